/**
 * Reads an HTML fragment as a browser would (parse5, the WHATWG parsing algorithm) and reports anything in
 * it that would run or render as markup: for feed content, which feed readers turn back into HTML.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/** The only elements blocksToHtml writes (paragraph, heading, quote). */
const BLOCK_ELEMENTS = new Set(['p', 'h2', 'blockquote']);
const RUNNABLE_URL = /^\s*(?:javascript|vbscript|data):/i;

export interface FragmentReading {
  /** One line per element, attribute or comment that is not plain text inside a block; empty when safe. */
  problems: string[];
  /** The top-level blocks with the text a reader sees in them. */
  blocks: { tag: string; text: string }[];
}

function textOf(node: ChildNode): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

export function readFragment(html: string): FragmentReading {
  const problems: string[] = [];
  // Blocks at the top, and a quote's one paragraph inside it: any other element is markup that got through.
  const walk = (node: ChildNode, parent: string | null): void => {
    if (node.nodeName === '#comment') problems.push('a comment');
    if (!('tagName' in node)) return;
    const allowed = parent === null ? BLOCK_ELEMENTS.has(node.tagName) : parent === 'blockquote' && node.tagName === 'p';
    if (!allowed) problems.push(`<${node.tagName}> element`);
    for (const attr of node.attrs) {
      if (/^on/i.test(attr.name)) problems.push(`${attr.name} attribute on <${node.tagName}>`);
      else if (RUNNABLE_URL.test(attr.value)) problems.push(`${attr.name}="${attr.value}" on <${node.tagName}>`);
      else problems.push(`${attr.name} attribute on <${node.tagName}>`);
    }
    for (const child of node.childNodes) walk(child, node.tagName);
  };
  const fragment = parseFragment(html);
  for (const node of fragment.childNodes) walk(node, null);
  const blocks = fragment.childNodes
    .filter((n): n is DefaultTreeAdapterTypes.Element => 'tagName' in n)
    .map((n) => ({ tag: n.tagName, text: textOf(n) }));
  return { problems, blocks };
}
