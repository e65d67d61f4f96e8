/**
 * Markdown seed bodies → raw blocks, through marked's lexer (never its HTML
 * renderer): headings, paragraphs, block quotes, list items and table rows
 * become plain-text blocks. Raw HTML is never passed through: tags are
 * stripped to their text, and script/style contents are dropped.
 */
import { Lexer, type Token } from 'marked';
import { capBlock, normalizeSpace, type RawBlock } from './blocks.ts';
import { notice, type Notice } from './notices.ts';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
};

/** Decodes the character references Markdown allows in text; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const ok = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return ok ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

// Tags that separate words when stripped; inline tags (b, a, span …) join their text.
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|header|footer|figure|figcaption|img)\b[^>]*>?/gi;

/** HTML → its visible text. Script, style and comments vanish entirely. */
export function stripHtml(html: string): string {
  return html
    .replace(/<(script|style|template|iframe|object|noscript|textarea)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(BLOCK_TAG, ' ')
    .replace(/<\/?[a-zA-Z!?][^>]{0,2000}>?/g, '');
}

function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'html':
        out += stripHtml(t.raw);
        break;
      case 'br':
        out += ' ';
        break;
      case 'image':
        out += typeof t.text === 'string' ? t.text : '';
        break;
      case 'codespan':
      case 'escape':
        out += typeof t.text === 'string' ? t.text : '';
        break;
      default: {
        const g = t as { tokens?: Token[]; text?: unknown };
        out += g.tokens && g.tokens.length > 0 ? inlineText(g.tokens) : typeof g.text === 'string' ? decodeEntities(g.text) : '';
      }
    }
  }
  return out;
}

function push(blocks: RawBlock[], text: string, warnings: Notice[], type?: RawBlock['type'], depth?: number): void {
  const t = normalizeSpace(text);
  if (t === '') return;
  // Markdown says what each block is: what is not a heading or quote is a paragraph.
  const block: RawBlock = { text: capBlock(t, warnings), type: type ?? 'paragraph' };
  if (depth !== undefined) block.depth = depth;
  blocks.push(block);
}

function walk(tokens: readonly Token[], blocks: RawBlock[], warnings: Notice[], inQuote: boolean, inItem = false): void {
  const plain = inQuote ? 'quote' : inItem ? 'item' : undefined;
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        push(blocks, inlineText(t.tokens), warnings, inQuote ? 'quote' : 'heading', t.depth as number);
        break;
      case 'paragraph':
      case 'text':
        push(blocks, t.tokens ? inlineText(t.tokens) : decodeEntities(String((t as { text?: unknown }).text ?? '')), warnings, plain);
        break;
      case 'blockquote':
        walk(t.tokens ?? [], blocks, warnings, true);
        break;
      case 'list':
        for (const item of t.items as Array<{ tokens?: Token[] }>) walk(item.tokens ?? [], blocks, warnings, inQuote, !inQuote);
        break;
      case 'code':
        push(blocks, String(t.text ?? ''), warnings, inQuote ? 'quote' : undefined);
        break;
      case 'html': {
        // A block of raw HTML may hold several paragraphs: keep them apart.
        for (const part of stripHtml(t.raw).split(/\n\s*\n/)) push(blocks, part, warnings, inQuote ? 'quote' : undefined);
        break;
      }
      case 'table': {
        type Cell = { tokens?: Token[] };
        const rows = [t.header as Cell[], ...(t.rows as Cell[][])];
        for (const row of rows) push(blocks, row.map((cell) => inlineText(cell.tokens)).join(' | '), warnings);
        break;
      }
      default:
        // space, hr, def: nothing to read.
        break;
    }
  }
}

/** Beyond this size a seed is not Markdown prose: marked's nested-structure parsing gets slow, so read it as text. */
export const MAX_MARKDOWN_CHARS = 300_000;

/**
 * Deep nesting means nothing in a news article but costs marked super-linear
 * time (a 2,000-level list took over a minute): leading indentation is capped
 * at 12 columns and block-quote markers at 6 levels before lexing.
 */
function flattenNesting(markdown: string): string {
  return markdown.replace(/^([ \t]{13,})/gm, '            ').replace(/^((?:> ?){7,})/gm, '> > > > > > ');
}

function asPlainText(markdown: string, blocks: RawBlock[], warnings: Notice[]): RawBlock[] {
  for (const part of markdown.split(/\n\s*\n/)) push(blocks, decodeEntities(stripHtml(part)), warnings);
  return blocks;
}

/** Whether any token, however deep (lists, quotes, tables, inline), is raw HTML. */
function hasRawHtml(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (t.type === 'html') return true;
    const g = t as { tokens?: Token[]; items?: Array<{ tokens?: Token[] }>; header?: Array<{ tokens?: Token[] }>; rows?: Array<Array<{ tokens?: Token[] }>> };
    const nested = [g.tokens, ...(g.items ?? []).map((i) => i.tokens), ...(g.header ?? []).map((c) => c.tokens), ...(g.rows ?? []).flat().map((c) => c.tokens)];
    if (nested.some((list) => list !== undefined && hasRawHtml(list))) return true;
  }
  return false;
}

/** Markdown → raw blocks. Never throws: on a lexer failure the text is read as plain paragraphs. */
export function markdownToBlocks(markdown: string, warnings: Notice[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  if (markdown.length > MAX_MARKDOWN_CHARS) {
    warnings.push(notice('md.too-large', { chars: markdown.length }));
    return asPlainText(markdown, blocks, warnings);
  }
  try {
    const tokens = new Lexer({ gfm: true }).lex(flattenNesting(markdown));
    walk(tokens, blocks, warnings, false);
    if (hasRawHtml(tokens)) warnings.push(notice('md.raw-html'));
  } catch (err) {
    warnings.push(notice('md.unparsable', { message: err instanceof Error ? err.message : String(err) }));
    blocks.length = 0;
    return asPlainText(markdown, blocks, warnings);
  }
  return blocks;
}
