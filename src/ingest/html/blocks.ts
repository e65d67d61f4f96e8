/**
 * An article's DOM (what Readability kept) → raw blocks with their structure:
 * <p> and loose text runs are paragraphs, <h1>–<h6> headings, <blockquote>
 * quotes, <li> list items (one `item` block each). Only text nodes'
 * data is read, so no markup can reach a record; captions, figures, forms and
 * embedded media are skipped (they are not the article's text).
 */
import type { RawBlock } from '../blocks.ts';
import { capBlock, normalizeSpace } from '../blocks.ts';
import type { Notice } from '../notices.ts';

/** What the walker needs of a DOM node (linkedom's and a browser's alike). */
export interface NodeLike {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  childNodes: ArrayLike<NodeLike>;
}

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio', 'picture',
  'img', 'figure', 'figcaption', 'form', 'input', 'button', 'select', 'textarea', 'nav', 'aside', 'footer', 'head', 'title',
]);
const HEADING = /^h[1-6]$/;
/** Elements that start and end a block (everything else is inline). */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'pre', 'address', 'center', 'body', 'html', 'hr', 'details', 'summary',
]);
const CELL = new Set(['td', 'th']);

/** A short block that is all link text is a related-article, tag or share link, not the story. */
const LINK_ONLY_MAX = 200;

export interface BlockStats {
  /** Short blocks made only of link text, left out (when `dropLinkOnly`). */
  linkOnly: number;
  /** Their text, in page order, for the record's list of what was left out. */
  linkOnlyTexts?: string[];
}

export function domToBlocks(
  root: NodeLike,
  warnings: Notice[],
  { dropLinkOnly = false, stats }: { dropLinkOnly?: boolean; stats?: BlockStats } = {},
): RawBlock[] {
  const blocks: RawBlock[] = [];
  let inline: string[] = [];
  let linked = 0;
  let linkDepth = 0;
  let quoteDepth = 0;
  let itemDepth = 0;
  const flush = (): void => {
    if (inline.length === 0) return;
    const raw = inline.join('');
    const text = normalizeSpace(raw);
    const linkShare = raw.trim() === '' ? 0 : linked / raw.replace(/\s+/g, '').length;
    inline = [];
    linked = 0;
    if (text === '') return;
    if (dropLinkOnly && text.length <= LINK_ONLY_MAX && linkShare >= 0.9) {
      if (stats) {
        stats.linkOnly++;
        stats.linkOnlyTexts?.push(text);
      }
      return;
    }
    blocks.push({ text: capBlock(text, warnings), type: quoteDepth > 0 ? 'quote' : itemDepth > 0 ? 'item' : 'paragraph' });
  };
  const walk = (node: NodeLike, depth: number): void => {
    if (depth > 200) return; // pathological nesting: the rest of this branch is not prose
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 3) {
        const t = child.nodeValue ?? '';
        inline.push(t);
        if (linkDepth > 0) linked += t.replace(/\s+/g, '').length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = child.localName ?? '';
      if (SKIP.has(name)) continue;
      if (name === 'br') {
        flush();
        continue;
      }
      if (HEADING.test(name)) {
        flush();
        walk(child, depth + 1);
        const raw = inline.join('');
        const text = normalizeSpace(raw);
        const allLink = linked > 0 && linked >= 0.9 * raw.replace(/\s+/g, '').length;
        inline = [];
        linked = 0;
        if (text === '') continue;
        if (dropLinkOnly && allLink && text.length <= LINK_ONLY_MAX) {
          if (stats) {
            stats.linkOnly++;
            stats.linkOnlyTexts?.push(text);
          }
          continue;
        }
        blocks.push({ text: capBlock(text, warnings), type: 'heading', depth: Number(name[1]) });
        continue;
      }
      if (BLOCK.has(name) || name === 'blockquote' || name === 'li') {
        // A block of its own; inside a quote or a list item its paragraphs are typed so.
        const inQuote = name === 'blockquote' ? 1 : 0;
        const inItem = name === 'li' ? 1 : 0;
        flush();
        quoteDepth += inQuote;
        itemDepth += inItem;
        walk(child, depth + 1);
        flush();
        quoteDepth -= inQuote;
        itemDepth -= inItem;
        continue;
      }
      if (CELL.has(name)) {
        walk(child, depth + 1);
        inline.push(' ');
        continue;
      }
      if (name === 'a') {
        linkDepth++;
        walk(child, depth + 1);
        linkDepth--;
        continue;
      }
      walk(child, depth + 1);
    }
  };
  walk(root, 0);
  flush();
  return blocks;
}
