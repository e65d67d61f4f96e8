/**
 * Query analysis and match highlighting, shared by the browser and the CLI:
 * the same tokenizer, stop words and stemmer as the index build.
 */
import { isStopWord, scanIndexTokens, stem, tokenizeForQuery } from './indonesian/index.ts';

/**
 * Stemming tries every affix reading of a word; excerpts stem every word of every
 * shown text, so a memo turns a page of results from ~16,000 stemmer runs into
 * look-ups (news text repeats its words). Bounded: cleared when it grows large.
 */
const STEM_MEMO = new Map<string, string>();
const STEM_MEMO_MAX = 50_000;

export function stemCached(word: string): string {
  let s = STEM_MEMO.get(word);
  if (s === undefined) {
    if (STEM_MEMO.size >= STEM_MEMO_MAX) STEM_MEMO.clear();
    s = stem(word);
    STEM_MEMO.set(word, s);
  }
  return s;
}

export interface QueryWord {
  /** The word as typed, normalised (lower case, no apostrophes). */
  word: string;
  /** Its index term (stem). */
  term: string;
}

/** Words of a query that can match: stop words dropped, duplicates (same stem) merged. */
export function analyzeQuery(query: string): QueryWord[] {
  const out: QueryWord[] = [];
  const seen = new Set<string>();
  for (const t of tokenizeForQuery(query.slice(0, 500))) {
    if (isStopWord(t.text)) continue;
    const term = stemCached(t.text);
    if (term.length === 0 || seen.has(term)) continue;
    seen.add(term);
    out.push({ word: t.text, term });
  }
  return out;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Where in `text` the query terms occur, affixed forms included: every word of the
 * text is stemmed and compared with the query's stems ("bantu" marks "bantuan").
 */
export function matchRanges(text: string, terms: ReadonlySet<string>, until = Infinity): Range[] {
  const out: Range[] = [];
  // No terms, no match: not a scan (and a stem) of every word (the index's list store asks this of every article).
  if (terms.size === 0) return out;
  let last = -1;
  scanIndexTokens(text, (t) => {
    if (t.start >= until) return false;
    if (t.start !== last && terms.has(stemCached(t.text))) {
      out.push({ start: t.start, end: t.end });
      last = t.start;
    }
    return true;
  });
  return out;
}

/** The first match of the query terms in `text`, reading no further than it. */
function firstMatch(text: string, terms: ReadonlySet<string>): Range | null {
  if (terms.size === 0) return null;
  let found: Range | null = null;
  scanIndexTokens(text, (t) => {
    if (!terms.has(stemCached(t.text))) return true;
    found = { start: t.start, end: t.end };
    return false;
  });
  return found;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits text into plain and marked segments (rendered as text nodes and <mark>, never as HTML). */
export function segments(text: string, ranges: Range[]): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start < pos) continue;
    if (r.start > pos) out.push({ text: text.slice(pos, r.start), mark: false });
    out.push({ text: text.slice(r.start, r.end), mark: true });
    pos = r.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}

/** An excerpt of about `size` characters around the first match (or the start), on word boundaries. */
export function excerpt(text: string, terms: ReadonlySet<string>, size = 240): Segment[] {
  const first = firstMatch(text, terms);
  let start = 0;
  if (first && first.start > size / 3) {
    start = first.start - Math.floor(size / 3);
    const space = text.lastIndexOf(' ', start);
    start = space > 0 && start - space < 30 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + size);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + size / 2) end = space;
  }
  const slice = text.slice(start, end);
  const local = matchRanges(text, terms, end)
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
  const segs = segments(slice, local);
  if (start > 0) segs.unshift({ text: '… ', mark: false });
  if (end < text.length) segs.push({ text: ' …', mark: false });
  return segs;
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
