/**
 * Builds the search index from SearchDoc records and cuts it into the script pieces
 * described in format.ts. Each article is analysed on its own (tokenizer → stop
 * words → stemmer: the Indonesian plugin's pipeline) into term frequencies and field
 * lengths, which a cache (analysis-cache.ts) keeps by content hash; the pieces are
 * then assembled from those: by a pass over every document, or, on a rebuild, by
 * updating the last index's corpus figures with the changed documents (update.ts).
 * No lunr Builder runs at build time: the client computes lunr's weights from the raw
 * figures. Pure: returns file contents, writes nothing.
 */
import { type BigTerm, type MetaShard, type WordShard, FIELDS, hash32, scriptJson, termBucket, wordPrefixKey, wordSuffixKey } from './format.ts';
import type { AnalysedDoc, Dictionary } from './analyse.ts';
import type { SearchDoc } from './doc.ts';
import type { PieceState, ReuseInput } from './piece-state.ts';
import { BucketPacker, type CorpusState, type TermPostings } from './corpus-state.ts';
import {
  type Parts,
  type SlicedTerm,
  averageRefs,
  followEntry,
  HEAD_DOCS,
  hintMinDf,
  metaShard,
  nameBigFiles,
  OWN_FILE_CHARS,
  pieceFiles,
  ownsFile,
  pow2AtLeast,
  recordKey,
  shapeOf,
  slicedFiles,
  slicedPostings,
  termBucketCount,
  termSlots,
  wordBucketCount,
  wordClass,
} from './pieces.ts';
import { planReuse } from './reuse.ts';
import { updateIndex } from './update.ts';

export { HEAD_DOCS, OWN_FILE_CHARS, orderArticles } from './pieces.ts';

/**
 * Slot per article: open addressing (linear probing) of hash(id) in a power-of-two space
 * at most half full, articles placed in id order. A function of the set of ids, so a cold
 * build and a rebuild agree; adding or removing one article moves at most the few in its
 * probe run. The space doubles when the archive does (then every number changes, rarely).
 */
export function assignSlots<T extends Pick<SearchDoc, 'id' | 'sourceFile'>>(articles: readonly T[]): { slots: number; slotOf: Map<T, number> } {
  const slots = Math.max(8, pow2AtLeast(2 * articles.length));
  const taken = new Uint8Array(slots);
  const slotOf = new Map<T, number>();
  const byId = [...articles].sort((a, b) =>
    a.id !== b.id ? (a.id < b.id ? -1 : 1) : a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0,
  );
  for (const a of byId) {
    let s = hash32(a.id) & (slots - 1);
    while (taken[s] === 1) s = (s + 1) & (slots - 1);
    taken[s] = 1;
    slotOf.set(a, s);
  }
  return { slots, slotOf };
}

export interface SearchFiles {
  meta: MetaShard;
  /**
   * [path relative to the search folder (e.g. "t/12.js"), script text], made one by one as they are read;
   * text null: the piece is the one `reuse.published` has (nothing it is made of changed), not made again.
   */
  files: Iterable<[string, string | null]>;
  /** What the next build needs to reuse these pieces (with the digests of the files as written). */
  state: PieceState;
  /** The index was updated from the previous one (only what changed was made), not made whole. */
  updated: boolean;
}

/** Per term while assembling: its dictionary number besides its postings. */
interface TermAcc extends TermPostings {
  id: number;
  /** Per field, the postings as they are gathered (made `fields` once every document is walked). */
  lists: Array<TripleList | undefined>;
}

/**
 * Postings gathered into a typed array that doubles as it fills: 4 bytes a number instead of a JS
 * array's 8 and its spare capacity (a cold index of 100,000 articles holds tens of millions of them).
 */
class TripleList {
  private buf = new Int32Array(6);
  private n = 0;
  push(a: number, b: number, c: number): void {
    if (this.n + 3 > this.buf.length) {
      const grown = new Int32Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.n++] = a;
    this.buf[this.n++] = b;
    this.buf[this.n++] = c;
  }
  /** Exactly the numbers pushed, without the spare room. */
  done(): Int32Array {
    return this.buf.slice(0, this.n);
  }
}

/** Sizes and keys the pieces are cut by. */
export interface CutOptions {
  ownFileChars: number;
  headDocs: number;
  codeKey: string;
}

/**
 * The index of the articles. With `reuse` and the last index's make-up, the index is
 * updated by the changed documents (update.ts: only their analyses and the buckets their
 * terms fall in are read, only the pieces they go into are made); when that is not
 * possible (no or another make-up, another code, a different shape: more terms, new
 * averages, another slot space), every document is walked, one at a time in slot order,
 * as the reference index adds them, and the piece files are made lazily.
 */
export function buildSearchFiles(
  articles: readonly SearchDoc[],
  analyse: (a: SearchDoc) => AnalysedDoc,
  dict: Dictionary,
  ownFileChars = OWN_FILE_CHARS,
  headDocs = HEAD_DOCS,
  reuse?: ReuseInput,
  /** Told once every document is walked (a cold index): what only the analysis needed may go. */
  walked: () => void = () => {},
): SearchFiles {
  const cut: CutOptions = { ownFileChars, headDocs, codeKey: reuse?.codeKey ?? '' };
  const { slots, slotOf } = assignSlots(articles);
  const bySlot = articles.map((a) => ({ a, slot: slotOf.get(a) ?? 0 })).sort((x, y) => x.slot - y.slot);
  const docKeys: PieceState['docs'] = reuse
    ? bySlot.map(({ a, slot }) => {
        const textKey = reuse.keyOf(a);
        return [slot, textKey, recordKey(a, textKey)];
      })
    : [];
  const plan = reuse ? planReuse(reuse, docKeys, analyse, dict, bySlot) : null;
  const updated = plan && reuse ? updateIndex({ articles, bySlot, dict, slots, docKeys, plan, cut, analysisOf: reuse.oldAnalysis, followOf: reuse.oldFollow }) : null;
  const parts = updated ?? assembleAll(articles, bySlot, analyse, dict, slots, docKeys, cut, reuse ?? null, walked);
  return { meta: parts.meta, files: pieceFiles(parts), state: parts.state, updated: updated !== null };
}

/** A frequent term's adjacency-filter entries joined (as the corpus state keeps them), with where each ends. */
interface JoinedEntries {
  text: string;
  ends: Int32Array;
}

/** Entries joined per this many: a hundred frequent terms × 100,000 documents as single strings would be 0.4 GB. */
const JOIN_EVERY = 1024;

/**
 * Each frequent term's adjacency-filter entries (followEntry), one per document holding it, in slot order:
 * one sweep over the documents in slot order, each document's followers asked once (`followersAt`: by its
 * place in `bySlot` and its slot), however many of the terms it holds.
 */
function ownedEntries(
  owning: readonly TermAcc[],
  bySlot: ReadonlyArray<{ slot: number }>,
  followersAt: (i: number, slot: number) => readonly number[],
): JoinedEntries[] {
  const slotsOf = owning.map((acc) => termSlots(acc));
  const ends = slotsOf.map((slots) => new Int32Array(slots.length));
  const chunks = owning.map((): string[] => []);
  const pending = owning.map((): string[] => []);
  const length = new Float64Array(owning.length);
  const at = new Int32Array(owning.length);
  bySlot.forEach(({ slot }, i) => {
    let follow: readonly number[] | null = null;
    for (let k = 0; k < owning.length; k++) {
      const slots = slotsOf[k] as Int32Array;
      const n = at[k] ?? 0;
      if (slots[n] !== slot) continue;
      follow ??= followersAt(i, slot);
      const entry = followEntry(owning[k]?.id ?? 0, follow);
      const waiting = pending[k] as string[];
      waiting.push(entry);
      length[k] = (length[k] ?? 0) + entry.length;
      (ends[k] as Int32Array)[n] = length[k] ?? 0;
      at[k] = n + 1;
      if (waiting.length >= JOIN_EVERY) {
        chunks[k]?.push(waiting.join(''));
        pending[k] = [];
      }
    }
  });
  return owning.map((_, k) => ({ text: [...(chunks[k] ?? []), (pending[k] ?? []).join('')].join(''), ends: ends[k] ?? new Int32Array(0) }));
}

/**
 * Every document walked in slot order; with `reuse` (a cache folder), also the corpus figures packed for
 * the next build (corpus-state.ts), and each document's followers read back from the analysis cache when
 * the frequent terms' filters are made, instead of held from the walk (at 100,000 articles, 0.3 GB).
 */
function assembleAll(
  articles: readonly SearchDoc[],
  bySlot: ReadonlyArray<{ a: SearchDoc; slot: number }>,
  analyse: (a: SearchDoc) => AnalysedDoc,
  dict: Dictionary,
  slots: number,
  docKeys: PieceState['docs'],
  cut: CutOptions,
  reuse: ReuseInput | null,
  walked: () => void,
): Parts {
  const keep = reuse !== null;
  // Terms by dictionary number, and in the order first met (the output must not depend on the numbering).
  // Dictionary number → 1 + position in termOrder (a typed array: a sparse JS array turns into a slow dictionary).
  let accOf = new Int32Array(Math.max(1024, dict.strings.length));
  const termOrder: TermAcc[] = [];
  const fieldLengths = FIELDS.map(() => 0);
  const wordDf = new Map<number, number>();
  // Per slot, the document's followers (AnalysedDoc.follow), until the frequent terms' filters are made;
  // with a cache they are read back from it then (followersAt), not held.
  let followBySlot: Array<readonly number[] | undefined> = new Array<readonly number[] | undefined>(keep ? 0 : slots);
  for (const { a, slot } of bySlot) {
    const doc = analyse(a);
    if (!keep) followBySlot[slot] = doc.follow;
    let pos = 0;
    doc.terms.forEach((fieldTerms, f) => {
      const tfs = doc.tfs[f] ?? [];
      const length = doc.lengths[f] ?? 0;
      fieldLengths[f] = (fieldLengths[f] ?? 0) + length;
      for (let k = 0; k < fieldTerms.length; k++) {
        const id = fieldTerms[k] ?? 0;
        if (id >= accOf.length) {
          const grown = new Int32Array(Math.max(id + 1, accOf.length * 2));
          grown.set(accOf);
          accOf = grown;
        }
        let acc = termOrder[(accOf[id] ?? 0) - 1];
        if (acc === undefined) {
          acc = { id, firstPos: pos, fields: [], lists: new Array<TripleList | undefined>(FIELDS.length) };
          accOf[id] = termOrder.push(acc);
        }
        pos++;
        (acc.lists[f] ??= new TripleList()).push(slot, tfs[k] ?? 0, length);
      }
    });
    for (const w of doc.words) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
  }
  walked();
  for (const acc of termOrder) {
    acc.fields = acc.lists.map((list) => list?.done());
    acc.lists = [];
  }

  const termBuckets = termBucketCount(termOrder.length);
  const avgRef = averageRefs(fieldLengths, articles.length);
  // Postings over ownFileChars get their own file, named by a hash of the term (in term
  // order on a collision): stable across builds. Sizes are known only once encoded, so
  // the big terms' text is kept until their files are made.
  const bucketed: string[][] = Array.from({ length: termBuckets }, () => []);
  const packers = keep ? Array.from({ length: termBuckets }, () => new BucketPacker()) : [];
  const big: BigTerm[] = [];
  const bigText = new Map<string, SlicedTerm>();
  const follow = new Map<string, string>();
  // The terms with files of their own, in term order: their postings are kept until their filters are made.
  const owning: TermAcc[] = [];
  for (const acc of termOrder) {
    const t = dict.strings[acc.id] ?? '';
    const b = termBucket(t, termBuckets);
    packers[b]?.add(t, acc);
    const owns = ownsFile(acc, cut.ownFileChars);
    if (owns.own) owning.push(acc);
    else {
      bucketed[b]?.push(`[${scriptJson(t)},${acc.firstPos},${owns.json}]`);
      acc.fields = [];
    }
  }
  const followersAt = (i: number, slot: number): readonly number[] => {
    if (!reuse) return followBySlot[slot] ?? [];
    const key = docKeys[i]?.[1] ?? '';
    const read = reuse.oldFollow(key);
    if (!read) throw new Error(`search index: no analysis cached for document ${key}`);
    return read;
  };
  const joined = ownedEntries(owning, bySlot, followersAt);
  followBySlot = [];
  owning.forEach((acc, k) => {
    const t = dict.strings[acc.id] ?? '';
    const { text, ends } = joined[k] ?? { text: '', ends: new Int32Array(0) };
    joined[k] = { text: '', ends: new Int32Array(0) };
    if (keep) follow.set(t, text);
    const entryAt = (i: number): string => text.slice(i === 0 ? 0 : (ends[i - 1] ?? 0), ends[i] ?? 0);
    const sliced = slicedPostings(acc, avgRef, cut.headDocs, entryAt);
    big.push([t, '', acc.firstPos, sliced.tails.length]);
    bigText.set(t, sliced);
    acc.fields = [];
  });
  nameBigFiles(big);

  const minDf = hintMinDf(articles.length);
  const allWords = [...wordDf].map(([w, df]): [string, number] => [dict.strings[w] ?? '', df]).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  wordDf.clear();
  const hintWords = allWords.filter(([, df]) => df >= minDf);
  const wordBuckets = wordBucketCount(hintWords.length);
  const corpus: CorpusState | null = keep
    ? {
        fieldLengths,
        termCount: termOrder.length,
        words: allWords.map(([w]) => w),
        wordDfs: Uint32Array.from(allWords, ([, df]) => df),
        buckets: packers.map((p) => p.done()),
        follow,
      }
    : null;

  const meta = metaShard(articles, bySlot, { slots, fieldLengths, avgRef, termBuckets, wordBuckets, big });
  const shape = shapeOf({ slots, termBuckets, wordBuckets, avgRef, minDf, ...cut });
  const state: PieceState = { shape, termBuckets, wordBuckets, docs: docKeys, big: big.map((b) => [...b]), digests: {}, corpus };
  let wordShards: Map<string, WordShard> | null = null;
  return {
    meta,
    state,
    bySlot,
    *bigFiles(t, file) {
      const sliced = bigText.get(t);
      bigText.delete(t);
      if (sliced) yield* slicedFiles(file, sliced);
    },
    bucket(i) {
      const entries = bucketed[i] ?? [];
      bucketed[i] = [];
      return `[${entries.join(',')}]`;
    },
    docShard: () => true,
    wordShard(key) {
      // Made when first asked (after the postings and the document store): not held beside them.
      if (!wordShards) {
        wordShards = new Map();
        for (const [w, df] of hintWords) {
          for (const k of [wordPrefixKey(w, wordBuckets), wordSuffixKey(w, wordBuckets)]) {
            let shard = wordShards.get(k);
            if (!shard) wordShards.set(k, (shard = []));
            shard.push([w, wordClass(df)]);
          }
        }
      }
      return wordShards.get(key) ?? [];
    },
  };
}
