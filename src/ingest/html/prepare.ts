/**
 * Saved page text → markup ready for the parser, in one linear pass:
 * comments, scripts, styles and other content that is never article text are
 * cut before parsing (a third to a half of a news page, and the DOM never
 * holds them), JSON-LD blocks are kept aside as data, inline data: URIs
 * (SingleFile's images) are emptied, and a fragment without <html> is wrapped
 * (linkedom builds an empty body for such input).
 */
import { flattenDeepNesting, trimAroundArticle, type MarkupShape } from './bounds.ts';

/** After stripping, more markup than this is not one article page; the rest is not parsed. */
export const MAX_MARKUP_CHARS = 3_000_000;

export interface Prepared {
  markup: string;
  /** Raw text of each <script type="application/ld+json"> block. */
  jsonLd: string[];
  /** Set when markup past MAX_MARKUP_CHARS was not parsed: where the part read starts (cutAround) or ends. */
  cutFrom: number | null;
  /** The part read is the article's neighbourhood, not the front of the page. */
  cutAround: boolean;
  /** Depth and element count of the markup (bounds.ts). */
  shape: MarkupShape;
}

/** Elements whose whole content is dropped. */
const DROPPED = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'textarea', 'select', 'button', 'canvas'];
// An opener: a comment, or the start of one of DROPPED (its attributes run to the next ">", found by index).
const OPENER = new RegExp(`<!--|<(${DROPPED.join('|')})(?![\\w-])`, 'gi');
const CLOSERS = new Map(DROPPED.map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]));
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;
/** data: URIs of any real size in a quoted attribute value, emptied (by index: a regex would overflow its stack on 30 MB). */
function emptyDataUris(markup: string): string {
  const out: string[] = [];
  let at = 0;
  for (let i = markup.indexOf('data:'); i !== -1; i = markup.indexOf('data:', i + 5)) {
    const quote = markup[i - 1];
    if (quote !== '"' && quote !== "'") continue;
    const end = markup.indexOf(quote, i);
    if (end === -1) break;
    if (end - i < 256) continue;
    out.push(markup.slice(at, i));
    at = end;
    i = end;
  }
  out.push(markup.slice(at));
  return out.join('');
}

/** True when the text looks like an HTML document or fragment (not a text file named .html). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|base)\b/.test(head)) return true;
  // A fragment: several block-level tags early on.
  const tags = head.match(/<(?:div|p|article|section|h[1-6]|main|span|a|table|ul)\b[^>]*>/g);
  return tags !== null && tags.length >= 3;
}

export function prepareMarkup(text: string): Prepared {
  const jsonLd: string[] = [];
  const parts: string[] = [];
  let at = 0;
  OPENER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENER.exec(text)) !== null) {
    parts.push(text.slice(at, m.index));
    let end: number;
    if (m[1] === undefined) {
      const close = text.indexOf('-->', m.index + 4);
      end = close === -1 ? text.length : close + 3;
    } else {
      const name = m[1].toLowerCase();
      const gt = text.indexOf('>', OPENER.lastIndex);
      if (gt === -1) {
        // A tag that never ends: the rest of the page is inside it, as in a browser.
        end = text.length;
      } else {
        const closer = CLOSERS.get(name)!;
        closer.lastIndex = gt + 1;
        const c = closer.exec(text);
        // An unclosed script swallows the rest of the page, as in a browser.
        end = c ? c.index + c[0].length : text.length;
        if (name === 'script' && JSON_LD.test(text.slice(OPENER.lastIndex, gt))) jsonLd.push(text.slice(gt + 1, c ? c.index : text.length));
      }
    }
    at = end;
    OPENER.lastIndex = end;
  }
  parts.push(text.slice(at));
  // Bounded before parsing (html/bounds.ts): the article's part of an oversized page, nesting flattened past a depth.
  const trimmed = trimAroundArticle(emptyDataUris(parts.join('')), MAX_MARKUP_CHARS);
  const flat = flattenDeepNesting(trimmed.markup);
  let markup = flat.markup;
  if (!/<html[\s>]/i.test(markup.slice(0, 65536))) markup = `<!DOCTYPE html><html><head></head><body>${markup}</body></html>`;
  return { markup, jsonLd, cutFrom: trimmed.cut?.at ?? null, cutAround: trimmed.cut?.from === 'article', shape: flat.shape };
}
