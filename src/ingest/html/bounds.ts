/**
 * Limits on the markup of a saved page, checked before the DOM is built, so one
 * hostile or broken page costs a bounded amount of work (the per-seed time
 * budget of src/pipeline/ingest.ts is the backstop from outside):
 *
 * - nesting depth: a cheap scan of the tags (the parser's own rules for void
 *   elements, implied end tags and end-tag matching) finds elements nested past
 *   `maxDepth`; their tags are taken out, their text stays, so the page reads
 *   the same but flat. Readability's cleaning is roughly cubic in depth
 *   (2,500 levels took over a minute, 100,000 overflowed the stack).
 * - element count: past `cleanBelowElements` Readability's conditional cleaning
 *   (the textContent of every container, again and again) is left out.
 * - markup size: past the cap the page is trimmed around its article
 *   (<article>, articleBody, <main>, else the run of paragraphs densest in
 *   <p> tags) with its <head>, not cut at the front.
 *
 * Pages within the limits are passed on unchanged.
 */

export const MARKUP_LIMITS = {
  /** Elements nested deeper than this lose their tags (text kept). News pages nest 20 to 60 levels. */
  maxDepth: 128,
  /** From this many elements on, Readability's conditional cleaning is skipped. */
  cleanBelowElements: 25_000,
  /** A <head> longer than this is not kept beside a trimmed article. */
  maxHeadChars: 256 * 1024,
  /** Markup kept before the article's start when trimming (headline, date line). */
  beforeArticleChars: 64 * 1024,
} as const;

/** What the scan saw. */
export interface MarkupShape {
  /** Deepest nesting seen (before flattening). */
  depth: number;
  /** Elements opened. */
  elements: number;
  /** Elements whose tags were taken out because they sat deeper than the limit. */
  flattened: number;
}

// The parser's rules (htmlparser2, which linkedom builds its DOM with).
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** Opening the key closes the open element on top while it is one of these. */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']],
      ['th', ['th']],
      ['td', ['thead', 'th', 'td']],
      ['body', ['head', 'link', 'script']],
      ['li', ['li']],
      ['option', ['option']],
      ['optgroup', ['optgroup', 'option']],
      ['dd', ['dd', 'dt']],
      ['dt', ['dd', 'dt']],
      ['rt', ['rt', 'rp']],
      ['rp', ['rt', 'rp']],
      ['tbody', ['thead', 'tbody']],
      ['tfoot', ['thead', 'tbody']],
      ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as const),
      ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
        (t) => [t, P] as const,
      ),
    ] as const
  ).map(([k, v]) => [k, new Set<string>(v)]),
);
/** Elements whose content is text up to their end tag, with that end tag's pattern. */
const RAW_TEXT = new Map(['title', 'xmp', 'noembed', 'noframes'].map((t) => [t, new RegExp(`</${t}`, 'gi')]));

const NAME = /\/?([a-zA-Z][^\s/>]*)/y;

/** Index of the `>` ending a tag whose name ends at `from`, skipping quoted attribute values. -1: none. */
function tagEnd(markup: string, from: number): number {
  for (let i = from; i < markup.length; i++) {
    const c = markup.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 61 /* = */) {
      let j = i + 1;
      while (j < markup.length && /\s/.test(markup[j]!)) j++;
      const q = markup[j];
      if (q === '"' || q === "'") {
        const close = markup.indexOf(q, j + 1);
        if (close === -1) return -1;
        i = close;
      }
    }
  }
  return -1;
}

/**
 * Scans the tags of `markup` as the parser would nest them; elements deeper than
 * `maxDepth` lose their start and end tags. Linear in the markup's length.
 */
export function flattenDeepNesting(markup: string, maxDepth: number = MARKUP_LIMITS.maxDepth): { markup: string; shape: MarkupShape } {
  /** Open elements, innermost last; `cut` marks those whose tags are taken out. */
  const names: string[] = [];
  const cut: boolean[] = [];
  const openCount = new Map<string, number>();
  const remove: number[] = []; // [start, end) pairs
  const shape: MarkupShape = { depth: 0, elements: 0, flattened: 0 };
  const pop = (): void => {
    const name = names.pop()!;
    cut.pop();
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
  };
  let i = markup.indexOf('<');
  while (i !== -1 && i < markup.length) {
    NAME.lastIndex = i + 1;
    const m = NAME.exec(markup);
    if (!m) {
      i = markup.indexOf('<', i + 1);
      continue;
    }
    const closing = markup[i + 1] === '/';
    const name = m[1]!.toLowerCase();
    const gt = tagEnd(markup, NAME.lastIndex);
    if (gt === -1) break;
    let next = gt + 1;
    if (closing) {
      if (!VOID.has(name) && (openCount.get(name) ?? 0) > 0) {
        // The parser closes every element above the match (implied) and the match itself.
        while (names[names.length - 1] !== name) pop();
        if (cut[cut.length - 1]) remove.push(i, gt + 1);
        pop();
      }
    } else {
      const implied = OPEN_IMPLIES_CLOSE.get(name);
      if (implied) while (names.length > 0 && implied.has(names[names.length - 1]!)) pop();
      shape.elements++;
      if (!VOID.has(name)) {
        const depth = names.length + 1;
        if (depth > shape.depth) shape.depth = depth;
        const deep = depth > maxDepth;
        if (deep) {
          remove.push(i, gt + 1);
          shape.flattened++;
        }
        names.push(name);
        cut.push(deep);
        openCount.set(name, (openCount.get(name) ?? 0) + 1);
        const raw = RAW_TEXT.get(name);
        if (raw) {
          raw.lastIndex = gt + 1;
          next = raw.exec(markup)?.index ?? markup.length;
        }
      }
    }
    i = markup.indexOf('<', next);
  }
  if (remove.length === 0) return { markup, shape };
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < remove.length; k += 2) {
    parts.push(markup.slice(at, remove[k]));
    at = remove[k + 1]!;
  }
  parts.push(markup.slice(at));
  return { markup: parts.join(''), shape };
}

/** Where the article starts in the markup, by the first sign found: the element, the schema.org body, <main>. */
const ARTICLE_STARTS = [/<article[\s>]/i, /<[a-z][^>]*\bitemprop\s*=\s*["']?articleBody\b/i, /<main[\s>]/i];
const PARAGRAPH = /<p[\s>]/gi;

/** Start of the window of `size` characters holding the most <p> tags (two pointers over their positions). */
function densestParagraphs(markup: string, size: number): number | null {
  const at: number[] = [];
  PARAGRAPH.lastIndex = 0;
  for (let m = PARAGRAPH.exec(markup); m; m = PARAGRAPH.exec(markup)) at.push(m.index);
  if (at.length === 0) return null;
  let best = 0;
  let bestCount = 0;
  let lo = 0;
  for (let hi = 0; hi < at.length; hi++) {
    while (at[hi]! - at[lo]! > size) lo++;
    if (hi - lo + 1 > bestCount) {
      bestCount = hi - lo + 1;
      best = at[lo]!;
    }
  }
  return best;
}

export interface Trimmed {
  markup: string;
  /** null: the markup was within the cap. */
  cut: null | { from: 'start' | 'article'; at: number };
}

/**
 * Markup over `max` characters: the article's neighbourhood (and the <head>)
 * within `max`. When the article starts early the front of the page is kept, as
 * a cut at the cap would.
 */
export function trimAroundArticle(markup: string, max: number): Trimmed {
  if (markup.length <= max) return { markup, cut: null };
  const front = (): Trimmed => {
    const cut = markup.lastIndexOf('<', max);
    const at = cut > 0 ? cut : max;
    return { markup: markup.slice(0, at), cut: { from: 'start', at } };
  };
  let start: number | null = null;
  for (const re of ARTICLE_STARTS) {
    const m = re.exec(markup);
    if (m) {
      start = m.index;
      break;
    }
  }
  start ??= densestParagraphs(markup, max / 2);
  if (start === null || start < max / 2) return front();
  const headEnd = markup.search(/<\/head\s*>/i);
  const head = headEnd !== -1 && headEnd < MARKUP_LIMITS.maxHeadChars ? markup.slice(0, headEnd) + '</head><body>' : '<html><head></head><body>';
  const from = Math.max(0, markup.lastIndexOf('<', start - MARKUP_LIMITS.beforeArticleChars));
  const room = max - head.length;
  const endCut = markup.lastIndexOf('<', from + room);
  const to = endCut > start ? endCut : from + room;
  return { markup: head + markup.slice(from, to), cut: { from: 'article', at: from } };
}

/** Readability's flag for `_cleanConditionally` (Readability.FLAG_CLEAN_CONDITIONALLY in @mozilla/readability 0.6). */
const FLAG_CLEAN_CONDITIONALLY = 0x4;

/**
 * Turns off Readability's conditional cleaning for one reader: on a page of many
 * thousands of elements it reads the textContent of every container again and
 * again. The flag is internal to Readability (no option sets it).
 */
export function withoutConditionalCleaning(reader: object): void {
  const r = reader as { _flags?: unknown };
  if (typeof r._flags === 'number') r._flags &= ~FLAG_CLEAN_CONDITIONALLY;
}
