/**
 * The adjacency filter of frequent terms (x/<h>.n.js, see format.ts): per document holding
 * the term, short hashes of the keys of the atoms that follow it in the title or the stored
 * text. A phrase's candidates lacking a pair of its words side by side are dropped without
 * reading their text (phrase.ts still decides the rest). It only narrows: a document that
 * holds the phrase always has its pairs' hashes (collisions keep a few that do not).
 *
 * Keys are what phrase.ts matches by: a word by its stem, a stop word (or a word without a
 * stem) as written. An atom may be met by either kind of phrase word, so it gives both keys
 * where both apply; the first atom of a pair is keyed by its stem alone (a stop word in a
 * phrase is never the first of a pair used).
 */
import { fnv1a } from '../hash.ts';
import { isStopWord } from './indonesian/index.ts';
import { atoms, type PhraseWord } from './phrase.ts';

/**
 * Bits of a follower's hash. 12 bits let one frequent neighbour of a word collide with the phrase's
 * next word in every document holding both (at 10,000 articles "kata hari" passed for "kata menjadi"
 * in 24 of 72 candidates); 17 bits make such a collision rare.
 */
export const FOLLOW_BITS = 17;
const MASK = 2 ** FOLLOW_BITS - 1;
/**
 * A hash is three characters: its top 5 bits from NEW (the hash opens the next document's entry) or
 * SAME (it goes on with the current one), then 6 and 6 bits from LOW. A document without followers is
 * EMPTY. So entries need no separator; no character needs escaping in a script.
 */
const NEW = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const SAME = 'abcdefghijklmnopqrstuvwxyz6789-_';
const LOW = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const EMPTY = '.';

export const followHash = (key: string): number => fnv1a(key) & MASK;

/** What a word gives the filter: its stem (first of a pair; '' none) and the hashes of its keys (second of a pair). */
export interface FollowWord {
  stem: string;
  keys: number[];
}

export function followWord(word: string, stemOf: (word: string) => string): FollowWord {
  const stem = stemOf(word);
  const keys: number[] = [];
  if (stem !== '') keys.push(followHash(stem));
  if (stem === '' || (isStopWord(word) && stem !== word)) keys.push(followHash(word));
  return { stem, keys };
}

/** Calls `fn` for each pair of atoms side by side in each text, with what `wordOf` makes of each atom's text. */
export function eachPair<W>(texts: readonly string[], wordOf: (word: string) => W, fn: (first: W, next: W) => void): void {
  for (const text of texts) {
    let prev: W | undefined;
    for (const a of atoms(text)) {
      const w = wordOf(a.text);
      if (prev !== undefined) fn(prev, w);
      prev = w;
    }
  }
}

/** [stem of an atom, hash of a key of the atom after it], for every pair side by side in each text. */
export function followPairs(texts: readonly string[], wordOf: (word: string) => FollowWord): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  eachPair(texts, wordOf, (first, next) => {
    if (first.stem !== '') for (const k of next.keys) out.push([first.stem, k]);
  });
  return out;
}

/** One document's entry: its sorted distinct hashes, three characters each (see NEW). */
export function encodeFollowers(hashes: readonly number[]): string {
  if (hashes.length === 0) return EMPTY;
  let s = '';
  hashes.forEach((h, i) => (s += ((i === 0 ? NEW : SAME)[h >> 12] ?? '') + (LOW[(h >> 6) & 63] ?? '') + (LOW[h & 63] ?? '')));
  return s;
}

const codes = (alphabet: string): Map<string, number> => new Map([...alphabet].map((c, i) => [c, i]));
const NEW_CODE = codes(NEW);
const SAME_CODE = codes(SAME);

/** Per character code, its value in the alphabet, -1 for none: a filter is read character by character. */
function codeTable(alphabet: string): Int8Array {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = i;
  return t;
}
const NEW_T = codeTable(NEW);
const SAME_T = codeTable(SAME);
const LOW_T = codeTable(LOW);
const EMPTY_C = EMPTY.charCodeAt(0);
const code = (t: Int8Array, c: number): number => (c < 128 ? (t[c] ?? -1) : -1);

/**
 * A filter piece's data: [per slice (head first) the number of its documents, their entries one after another],
 * each slice's documents in ascending slot order.
 */
export type FollowShard = [number[], string];

/** What the filter of the loaded slices says of a document. */
export interface Followers {
  /** The document holds the term in a loaded slice and the hash never follows it there. */
  lacks(doc: number, hash: number): boolean;
}

/** A term's filter with its entries' starts found (once), read slice by slice with each slice's documents. */
export class FollowText {
  private constructor(
    private readonly counts: readonly number[],
    private readonly starts: Int32Array,
    private readonly text: string,
  ) {}

  /** The piece's entries, or null when it is not such a piece. */
  static decode(shard: FollowShard): FollowText | null {
    const [counts, text] = shard;
    if (!Array.isArray(counts) || !counts.every((c) => Number.isInteger(c) && c >= 0) || typeof text !== 'string') return null;
    const n = counts.reduce((a, b) => a + b, 0);
    const starts = new Int32Array(n + 1);
    let doc = -1;
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (c === EMPTY_C || code(NEW_T, c) >= 0) {
        if (++doc >= n) return null;
        starts[doc] = i;
        if (c === EMPTY_C) {
          i++;
          continue;
        }
      } else if (doc < 0 || code(SAME_T, c) < 0) return null;
      if (code(LOW_T, text.charCodeAt(i + 1)) < 0 || code(LOW_T, text.charCodeAt(i + 2)) < 0) return null;
      i += 3;
    }
    if (doc !== n - 1) return null;
    starts[n] = text.length;
    return new FollowText(counts, starts, text);
  }

  /** Slice i's filter over its documents (ascending slots); null when they are not as many as its entries. */
  slice(i: number, slots: Int32Array): SliceFollowers | null {
    let from = 0;
    for (let k = 0; k < i; k++) from += this.counts[k] ?? 0;
    const n = this.counts[i];
    return n === slots.length ? new SliceFollowers(slots, this.starts.subarray(from, from + n + 1), this.text) : null;
  }
}

/**
 * One slice's filter, read where asked: a document's entry is read when a phrase asks about it (no set per
 * document: a common word's slices hold thousands).
 */
export class SliceFollowers implements Followers {
  /** `starts`: where each document's entry starts in `text`, and where the last one ends. */
  constructor(
    private readonly slots: Int32Array,
    private readonly starts: Int32Array,
    private readonly text: string,
  ) {}

  /** The document's place among the slice's, -1 when it is not one of them. */
  private indexOf(doc: number): number {
    let lo = 0;
    let hi = this.slots.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.slots[mid] ?? 0) < doc) lo = mid + 1;
      else hi = mid;
    }
    return this.slots[lo] === doc ? lo : -1;
  }

  lacks(doc: number, hash: number): boolean {
    const k = this.indexOf(doc);
    if (k < 0) return false;
    for (let i = this.starts[k] ?? 0, end = this.starts[k + 1] ?? 0; i + 2 < end; i += 3) if (this.hashAt(i) === hash) return false;
    return true;
  }

  /** The document's hashes, ascending; null when it has no entry. */
  hashes(doc: number): number[] | null {
    const k = this.indexOf(doc);
    if (k < 0) return null;
    const out: number[] = [];
    for (let i = this.starts[k] ?? 0, end = this.starts[k + 1] ?? 0; i + 2 < end; i += 3) out.push(this.hashAt(i));
    return out;
  }

  /** The hash written at `i` (three characters, see NEW). */
  private hashAt(i: number): number {
    const t = this.text;
    const c = t.charCodeAt(i);
    return (Math.max(code(NEW_T, c), code(SAME_T, c)) << 12) | (code(LOW_T, t.charCodeAt(i + 1)) << 6) | code(LOW_T, t.charCodeAt(i + 2));
  }
}

/** The filters of several slices as one (a document is in one slice at most). */
export const joinFollowers = (parts: readonly Followers[]): Followers =>
  parts.length === 1 && parts[0] !== undefined ? parts[0] : { lacks: (doc, hash) => parts.some((p) => p.lacks(doc, hash)) };

/** A filter's entries one by one (as encodeFollowers made them), or null when the text is not such entries. */
export function splitEntries(text: string): string[] | null {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const c = text[i] ?? '';
    const opens = c === EMPTY || NEW_CODE.has(c);
    if (!opens && (start < 0 || !SAME_CODE.has(c))) return null;
    if (opens) {
      if (start >= 0) out.push(text.slice(start, i));
      start = i;
    }
    i += c === EMPTY ? 1 : 3;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** The key a phrase word is matched by (phrase.ts): its stem, or as written. */
const keyOf = (w: PhraseWord): string => (w.term !== '' ? w.term : w.word);

/**
 * The pairs of a phrase a filter can test: [term of the first word, hash of the next word's key],
 * for each word with a stem followed by another.
 */
export function phrasePairs(words: readonly PhraseWord[]): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as PhraseWord;
    if (w.term !== '') out.push([w.term, followHash(keyOf(words[i + 1] as PhraseWord))]);
  }
  return out;
}

/**
 * Whether the phrase is surely in neither text of a document: some pair's filter lacks the next word's hash. (The
 * filters looked up once: the test runs for each of thousands of candidates.)
 */
export function surelyAbsent(pairs: ReadonlyArray<[string, number]>, filters: ReadonlyMap<string, Followers>): (doc: number) => boolean {
  const tests = pairs.flatMap(([term, h]) => {
    const f = filters.get(term);
    return f === undefined ? [] : [[f, h] as const];
  });
  return (doc) => tests.some(([f, h]) => f.lacks(doc, h));
}
