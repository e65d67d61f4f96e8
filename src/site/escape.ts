/**
 * Escaping for the few places where text leaves Nunjucks' HTML autoescape:
 * JSON inside <script> data blocks and JSON files, XML text and Atom's HTML content.
 */

/**
 * JSON that is safe inside a <script> element and in any HTML or JS context:
 * `<`, `>`, `&` and the line separators U+2028/U+2029 are written as \u escapes,
 * so `</script>` or `<!--` in a headline cannot end the element.
 */
export function jsonForScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Removes characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
export function xmlSafe(text: unknown): string {
  return String(text ?? '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** Body blocks as an HTML fragment (for Atom `type="html"` content, which the template escapes once more). */
export function blocksToHtml(blocks: readonly { type: string; text: string }[]): string {
  return blocks
    .map((b, i) => {
      const t = escapeHtml(xmlSafe(b.text));
      if (b.type === 'item') {
        // Consecutive list items are one list.
        const open = blocks[i - 1]?.type === 'item' ? '' : '<ul>';
        const close = blocks[i + 1]?.type === 'item' ? '' : '</ul>';
        return `${open}<li>${t}</li>${close}`;
      }
      return b.type === 'heading' ? `<h2>${t}</h2>` : b.type === 'quote' ? `<blockquote><p>${t}</p></blockquote>` : `<p>${t}</p>`;
    })
    .join('\n');
}

/**
 * A script of the project's own printed inside a <script> element (404.html's root finder): returned
 * as it is, after making sure it cannot end its element early. Its hash is in the page's CSP.
 */
export function ownInlineScript(text: string): string {
  if (/<\/script|<!--/i.test(text)) throw new Error('an inline script may not contain </script or <!--');
  return text;
}
