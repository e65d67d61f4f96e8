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
const LOW_CODE = codes(LOW);

/** A filter piece's data (one slice's): [documents, their entries one after another], documents in ascending slot order. */
export type FollowShard = [number, string];

/** Per document (slot), the hashes of what follows the term in it. */
export type Followers = ReadonlyMap<number, ReadonlySet<number>>;

/** Per document (slot) of the slice, its followers' hashes; null when the piece does not fit the slice's documents. */
export function decodeFollowers(shard: FollowShard, slots: readonly number[]): Map<number, Set<number>> | null {
  const [n, text] = shard;
  if (n !== slots.length || typeof text !== 'string') return null;
  const out = new Map<number, Set<number>>();
  let doc = -1;
  let set = new Set<number>();
  for (let i = 0; i < text.length; ) {
    const c = text[i] ?? '';
    const top = NEW_CODE.get(c) ?? SAME_CODE.get(c);
    if (c === EMPTY || NEW_CODE.has(c)) out.set(slots[++doc] ?? -1, (set = new Set()));
    else if (top === undefined || doc < 0) return null;
    if (c === EMPTY) {
      i++;
      continue;
    }
    const mid = LOW_CODE.get(text[i + 1] ?? '');
    const low = LOW_CODE.get(text[i + 2] ?? '');
    if (top === undefined || mid === undefined || low === undefined) return null;
    set.add((top << 12) | (mid << 6) | low);
    i += 3;
  }
  return doc === n - 1 ? out : null;
}

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

/** The phrase surely is in neither text of `doc`: some pair's filter lacks the next word's hash. */
export function surelyAbsent(pairs: ReadonlyArray<[string, number]>, filters: ReadonlyMap<string, Followers>, doc: number): boolean {
  return pairs.some(([term, h]) => {
    const set = filters.get(term)?.get(doc);
    return set !== undefined && !set.has(h);
  });
}
