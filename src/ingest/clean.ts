/**
 * Removes page furniture (rules in data/furniture.ts) and sets credit lines
 * aside. A block that matches no rule is never removed; trailing-list rules
 * only fire once the article body has started.
 */
import type { RawBlock } from './blocks.ts';
import { CREDIT_LABELS, FURNITURE, type FurnitureRule } from './data/furniture.ts';
import { isByline, isDatedLine, isFurnitureLine, isProse, isQuestionLink, isTitleLikeLink, type Located } from './headline.ts';
import { findDates } from './dates.ts';
import { outletInLine, readDateline, resolveOutlet } from './outlets.ts';
import type { OmittedLine } from './types.ts';
import { isListItemLine, isPersonName, personNames, squashLine } from './lines.ts';

export interface Credits {
  author: string | null;
  editor: string | null;
}

export interface CleanResult {
  blocks: RawBlock[];
  /**
   * Furniture that was removed, in the seed's order, with the rule that removed it and where it stood:
   * above the found headline, inside the story, or from the end of the story on.
   */
  removed: Array<{ rule: string; text: string; at: 'before' | 'inside' | 'after' }>;
  credits: Credits;
  /** The headline found inside a whole page (first block of `blocks`), or null when the text was not searched or had none. */
  headline: string | null;
  /** Headline-shaped lines weighed when the headline was searched for. */
  candidates: number;
  /** Blocks of `blocks` that stand before the lead (headline, header lines, standfirst). */
  headerBlocks: number;
  /** Lines dropped: before the headline, inside the story (by a rule), after the end of the story. */
  dropped: { before: number; inside: number; after: number };
}

/** The record's list of what was left out (types.ts OmittedLine), from what the rules removed. */
export function omittedLines(removed: CleanResult['removed']): OmittedLine[] {
  return removed.map((r) =>
    r.at === 'before'
      ? { text: r.text, reason: 'before-headline', rule: null }
      : { text: r.text, reason: r.at === 'after' ? 'after-story' : 'furniture', rule: r.rule },
  );
}

/** What the headline search found; the default for text that was not searched. */
export const UNLOCATED: Located = { headline: -1, span: 1, candidates: 0, bodyStart: -1 };

const LEADING = FURNITURE.filter((r) => r.kind === 'leading');
const LINE = FURNITURE.filter((r) => r.kind === 'line');
const TRAILING = FURNITURE.filter((r) => r.kind === 'trailing');
const CLOSING = FURNITURE.filter((r) => r.kind === 'closing');
const HEADER = FURNITURE.filter((r) => r.kind === 'header');
/** Linked headlines a bare "Baca juga" label takes with it. */
const MAX_LINKS = 8;
const SUFFIX = FURNITURE.filter((r) => r.kind === 'suffix');

const firstMatch = (rules: readonly FurnitureRule[], text: string): FurnitureRule | undefined =>
  text.length > 400 ? undefined : rules.find((r) => r.pattern.test(text));

const CREDIT_PART = /^\(?\s*([A-Za-z]+(?:\s*&\s*[A-Za-z]+|\s[A-Za-z]+)?)\s*:\s*(\p{L}[\p{L}\p{M} .,'’&-]{0,150}?)\s*\)?$/u;

/**
 * "Redaktur: Paskalis Yuri Alfred", "Penulis: A | Editor: B" → credits; null
 * when the block is not made only of credits.
 */
export function parseCredits(text: string): Partial<Credits> | null {
  if (text.length > 200) return null;
  const found: Partial<Credits> = {};
  // A credit split over lines keeps its separator: "| Editor Icha Rastika".
  const credits = text.replace(/^[\s|/·•]+|[\s|/·•]+$/g, '');
  const parts = credits.split(/\s*[|/·]\s+|\s+[|/·]\s*/);
  // Without a colon a label may be a subheading's first word ("Penulis Muda Indonesia"): only beside
  // another credit or a separator, or before several names.
  const separated = parts.length > 1 || credits !== text.trim();
  for (const part of parts) {
    const m = CREDIT_PART.exec(part.trim()) ?? bareCredit(part.trim(), separated);
    if (!m) return null;
    const label = CREDIT_LABELS.find((c) => c.label.test(m[1]!));
    if (!label) return null;
    const name = m[2]!.replace(/[\s,.]+$/, '').trim();
    // One name of up to eight words, or several ("A, B dan C", "A & B").
    if (name === '' || (name.split(' ').length > 8 && !personNames(name)) || (name.includes('&') && !personNames(name))) return null;
    if (found[label.role] === undefined) found[label.role] = name;
  }
  return found;
}

/** "Editor Icha Rastika" (beside a separator), "Penulis A, B": a one-word label without its colon, then only names. */
function bareCredit(part: string, separated: boolean): readonly string[] | null {
  const m = /^([A-Za-z]+)\s+(\p{Lu}.*)$/u.exec(part);
  if (!m || !CREDIT_LABELS.some((c) => c.label.test(m[1]!))) return null;
  return (separated && isPersonName(m[2]!)) || personNames(m[2]!) ? m : null;
}

export function cleanBlocks(source: readonly RawBlock[], where: Located = UNLOCATED): CleanResult {
  const blocks: RawBlock[] = [];
  const removed: CleanResult['removed'] = [];
  const credits: Credits = { author: null, editor: null };
  const dropped = { before: 0, inside: 0, after: 0 };
  let input: readonly RawBlock[] = source;
  let bodyStart = -1;
  let headline: string | null = null;
  if (where.headline >= 0) {
    // Everything above the headline is the page around the article: menus, tickers, top bars, sidebars.
    for (const b of source.slice(0, where.headline)) removed.push({ rule: 'before-headline', text: b.text, at: 'before' });
    dropped.before = where.headline;
    const parts = source.slice(where.headline, where.headline + where.span);
    headline = parts.map((b) => b.text).join(' ');
    input = [{ text: headline }, ...source.slice(where.headline + where.span)];
    bodyStart = where.bodyStart - where.headline - where.span + 1;
  }
  const remove = (rule: string, text: string): void => {
    removed.push({ rule, text, at: 'inside' });
    dropped.inside++;
  };
  const takeCredits = (text: string): boolean => {
    const c = parseCredits(text);
    if (!c) return false;
    if (c.author && !credits.author) credits.author = c.author;
    if (c.editor && !credits.editor) credits.editor = c.editor;
    remove('credit', text);
    return true;
  };
  // Before the lead (when the headline was found): the article's header.
  const inHeader = (i: number): boolean => bodyStart > 0 && i > 0 && i < bodyStart;
  let headerBlocks = 0;

  for (let i = 0; i < input.length; i++) {
    const block = input[i]!;
    const text = block.text;
    if (blocks.length === 0) {
      const rule = firstMatch(LEADING, text);
      if (rule) {
        remove(rule.id, text);
        continue;
      }
    }
    if (takeCredits(text)) continue;
    const role = labelAlone(text);
    const named = (t: string): boolean => isPersonName(t) || personNames(t) !== null;
    if (role && i + 1 < input.length && named(input[i + 1]!.text)) {
      // "Author" / "Editor" on a line of its own, the names under it (one a line, or "A, B dan C").
      remove('credit', text);
      while (i + 1 < input.length && named(input[i + 1]!.text)) {
        const name = input[++i]!.text;
        if (!credits[role]) credits[role] = name;
        remove('credit', name);
      }
      continue;
    }
    const line = firstMatch(LINE, text) ?? (inHeader(i) ? firstMatch(HEADER, text) : undefined);
    if (line) {
      remove(line.id, text);
      if (line.takesNextWhenBare && isBareLabel(text)) {
        // The linked headlines under a bare "Baca juga" label.
        let taken = 0;
        while (taken < MAX_LINKS && i + 1 < input.length && isLinkAt(input, i + 1)) {
          remove(line.id, input[++i]!.text);
          taken++;
        }
      }
      continue;
    }
    if (inHeader(i)) {
      const label = firstMatch(TRAILING, text);
      if (label) {
        // A box of links inside the header ("Berita Terkait" under the photo): the label and its list.
        remove(label.id, text);
        while (i + 1 < bodyStart && !isProse(input[i + 1]!.text)) remove(label.id, input[++i]!.text);
        continue;
      }
    }
    // Trailing lists only after the story has started (a title alone is not a body; nor is a header).
    const started = bodyStart > 0 ? i > bodyStart : blocks.length >= 2;
    const trailing = started ? (firstMatch(TRAILING, text) ?? (blocks.some((b) => isProse(b.text)) ? closingAt(input, i) : undefined)) : undefined;
    if (trailing) {
      for (const rest of input.slice(i)) {
        // Credits and copyright lines sometimes sit among the page lists.
        if (parseCredits(rest.text)) {
          takeCredits(rest.text);
          removed[removed.length - 1]!.at = 'after';
          dropped.inside--;
          dropped.after++;
          continue;
        }
        const restLine = firstMatch(LINE, rest.text);
        removed.push({ rule: restLine?.id === 'copyright' ? 'copyright' : trailing.id, text: rest.text, at: 'after' });
        dropped.after++;
      }
      break;
    }
    let kept = text;
    for (const rule of SUFFIX) {
      // Suffix marks end in ")": skip the regex for the other paragraphs.
      if (!kept.endsWith(')')) continue;
      const stripped = kept.replace(rule.pattern, '');
      if (stripped !== kept && stripped.trim() !== '') {
        removed.push({ rule: rule.id, text: kept.slice(stripped.length), at: 'inside' });
        kept = stripped;
      }
    }
    // The article's header holds the headline, byline, date line, standfirst and caption; a short line
    // there that is none of these ("URL telah disalin", "A- A+") is the page's.
    if (inHeader(i) && headline !== null && squashLine(text) === squashLine(headline)) {
      // The headline printed again (a photo caption repeating it).
      remove('headline-repeat', text);
      continue;
    }
    if (inHeader(i) && headerFurniture(text)) {
      remove('header-line', text);
      continue;
    }
    if (inHeader(i) && linkBoxToLead(input, i, bodyStart)) {
      // A box of headlines under a label, between the photo and the lead ("World News" and its links).
      for (; i < bodyStart; i++) remove('header-links', input[i]!.text);
      i--;
      continue;
    }
    if (bodyStart > 0 && i < bodyStart) headerBlocks = blocks.length + 1;
    blocks.push(kept === text ? block : { ...block, text: kept });
  }
  if (bodyStart > 0) {
    // After the story's last sentence, short lines that are no sentence are the page's ("Halaman
    // selanjutnya", a share bar, a list of headlines without its label): the story has ended.
    const short = tailStart(blocks);
    const run = linkRunStart(blocks, headerBlocks);
    const rule = run < short ? 'after-link-run' : 'after-last-sentence';
    for (const b of blocks.splice(Math.min(short, run))) {
      removed.push({ rule, text: b.text, at: 'after' });
      dropped.after++;
    }
  }
  return { blocks, removed, credits, headline, candidates: where.candidates, headerBlocks, dropped };
}

/** Block j is a linked headline under a bare label; a question right before a story paragraph is a subheading. */
function isLinkAt(input: readonly RawBlock[], j: number): boolean {
  const text = input[j]!.text;
  if (isTitleLikeLink(text) && !(text.endsWith('?') && proseAt(input, j + 1))) return true;
  return isQuestionLink(text) && !proseAt(input, j + 1);
}
const proseAt = (input: readonly RawBlock[], j: number): boolean => j < input.length && isProse(input[j]!.text);

const SENTENCE = /\S+\s+\S+\s+\S.*[.!?"”]$/u;
/**
 * A closing rule matching block i when no sentence of the story stands after it before the page's
 * lists (the caller checks that a story paragraph stands before it). Never a block whose source says
 * what it is (a Markdown list item or heading).
 */
function closingAt(input: readonly RawBlock[], i: number): FurnitureRule | undefined {
  const rule = input[i]!.type === undefined ? firstMatch(CLOSING, input[i]!.text) : undefined;
  if (!rule) return undefined;
  for (const b of input.slice(i + 1)) {
    if (firstMatch(TRAILING, b.text)) break;
    if (SENTENCE.test(b.text) && !firstMatch(LINE, b.text)) return undefined;
  }
  return rule;
}

/** A line no reader would call a sentence: short, few words, no sentence-final mark. */
function shortNonSentence(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && t.split(/\s+/).length <= 8 && !/[.!?…]["”’')\]]*$/u.test(t) && !/["”]$/u.test(t);
}

/**
 * A header line that is not part of the article: a short phrase of up to three words with no sentence
 * ("URL telah disalin", "A- A+", "0 komentar") that is none of what a header holds: a date line, a
 * byline or names alone, an outlet's name, a dateline. A standfirst is longer and stays.
 */
function headerFurniture(text: string): boolean {
  const t = text.trim();
  if (!shortNonSentence(t) || t.split(/\s+/).length > 3) return false;
  if (isDatedLine(t) || isByline(t) || isPersonName(t) || personNames(t) !== null) return false;
  if (resolveOutlet(t) !== null || outletInLine(t) !== null || readDateline(t) !== null) return false;
  return findDates(t).length === 0 && !/\d{1,2}[:.]\d{2}/.test(t);
}

/**
 * Where the page after the story starts: after the last block that reads as part of the story (a
 * sentence, a paragraph, a quotation), the run of short non-sentences to the end. A run that a line
 * ending in ":" introduces is the story's own list, and stays.
 */
function tailStart(blocks: readonly RawBlock[]): number {
  let end = blocks.length;
  // A list item ("- …", "1. …") is the story's own list, never the page after it.
  const shortLine = (t: string): boolean => shortNonSentence(t) && !t.trim().endsWith(':') && !isDatedLine(t) && !isListItemLine(t);
  while (end > 1 && blocks[end - 1]!.type === undefined && shortLine(blocks[end - 1]!.text)) end--;
  if (end === blocks.length || end <= 1) return blocks.length;
  const last = blocks[end - 1]!.text.trim();
  if (last.endsWith(':') || !/[.!?…"”’')\]]$/u.test(last)) return blocks.length;
  return end;
}

/**
 * Block i is a short label and every line from it to the lead is a linked headline (two or more):
 * a box of links inside the header. Furniture lines among them do not count.
 */
function linkBoxToLead(input: readonly RawBlock[], i: number, bodyStart: number): boolean {
  const label = input[i]!.text;
  if (!shortNonSentence(label) || isDatedLine(label) || isByline(label)) return false;
  const rest = input.slice(i + 1, bodyStart).map((b) => b.text).filter((t) => !isFurnitureLine(t));
  return rest.length >= 2 && rest.every((t) => isTitleLikeLink(t) && t.split(/\s+/).length >= 3 && !isPersonName(t) && !isDatedLine(t));
}

/** Short lines in a row that end the story: a list of headlines, a menu, a share bar without their label. */
const LINK_RUN = 3;
const runLine = (b: RawBlock): boolean => {
  const t = b.text.trim();
  return b.type === undefined && !isListItemLine(t) && t.length <= 120 && t.split(/\s+/).length <= 12 && !/[.!?…:]["”’')\]]*$/u.test(t) && !/["”]$/u.test(t) && !isDatedLine(t);
};

/**
 * Where a run of three or more short non-sentences after the story's prose starts, when the prose
 * after the run is much less than before it (teasers of other articles, not more of the story). The
 * story's core — the run of prose — is never cut: a run between two halves of a story is its list.
 */
function linkRunStart(blocks: readonly RawBlock[], headerBlocks: number): number {
  const mass = (from: number, to: number): number =>
    blocks.slice(from, to).reduce((n, b) => n + (isProse(b.text) ? b.text.length : 0), 0);
  for (let i = Math.max(1, headerBlocks); i < blocks.length; i++) {
    if (!runLine(blocks[i]!)) continue;
    let j = i;
    while (j < blocks.length && runLine(blocks[j]!)) j++;
    const introduced = i > 0 && blocks[i - 1]!.text.trim().endsWith(':');
    if (j - i >= LINK_RUN && !introduced) {
      const before = mass(0, i);
      if (before > 0 && mass(j, blocks.length) * 3 < before) return i;
    }
    i = j;
  }
  return blocks.length;
}

/** A credit label alone on its line ("Author", "Editor :"): the role it names. */
function labelAlone(text: string): keyof Credits | null {
  if (text.length > 20) return null;
  const label = CREDIT_LABELS.find((c) => c.label.test(text.replace(/\s*:\s*$/, '')));
  return label ? label.role : null;
}

/** "Baca juga", "Lihat Juga :", "BACA JUGA >>", "Intinya sih...": a label with nothing after its separator. */
function isBareLabel(text: string): boolean {
  return !/(?::|>|[»›|–—]|-{1,2}\s|\.{3}|…)\s*\S/.test(text);
}
