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

/** Bits of a follower's hash: with a few followers a document, about one in a thousand kept in vain. */
export const FOLLOW_BITS = 12;
const MASK = (1 << FOLLOW_BITS) - 1;
/** Two characters a hash (6 bits each), none of them the separator ','. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export const followHash = (key: string): number => fnv1a(key) & MASK;

/** [stem of an atom, hash of a key of the atom after it], for every pair side by side in each text. */
export function followPairs(texts: readonly string[], stemOf: (word: string) => string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const text of texts) {
    const as = atoms(text);
    for (let i = 0; i + 1 < as.length; i++) {
      const first = stemOf((as[i] as { text: string }).text);
      if (first === '') continue;
      const next = (as[i + 1] as { text: string }).text;
      const s = stemOf(next);
      if (s !== '') out.push([first, followHash(s)]);
      if (s === '' || (isStopWord(next) && s !== next)) out.push([first, followHash(next)]);
    }
  }
  return out;
}

/** One document's entry: its sorted distinct hashes, two characters each. */
export function encodeFollowers(hashes: readonly number[]): string {
  let s = '';
  for (const h of hashes) s += (ALPHABET[h >> 6] ?? '') + (ALPHABET[h & 63] ?? '');
  return s;
}

const CODE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** A filter piece's data: [documents, their entries joined by ','], documents in ascending slot order. */
export type FollowShard = [number, string];

/** Per document (slot) of the term, its followers' hashes; null when the piece does not fit the term's documents. */
export function decodeFollowers(shard: FollowShard, slots: readonly number[]): Map<number, Set<number>> | null {
  const [n, text] = shard;
  const entries = text === '' ? (n === 1 ? [''] : []) : text.split(',');
  if (n !== slots.length || entries.length !== n) return null;
  const out = new Map<number, Set<number>>();
  entries.forEach((e, i) => {
    const set = new Set<number>();
    for (let k = 0; k + 1 < e.length; k += 2) set.add(((CODE.get(e[k] ?? '') ?? 0) << 6) | (CODE.get(e[k + 1] ?? '') ?? 0));
    out.set(slots[i] ?? -1, set);
  });
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
export function surelyAbsent(pairs: ReadonlyArray<[string, number]>, filters: ReadonlyMap<string, Map<number, Set<number>>>, doc: number): boolean {
  return pairs.some(([term, h]) => {
    const set = filters.get(term)?.get(doc);
    return set !== undefined && !set.has(h);
  });
}
