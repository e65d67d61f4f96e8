/**
 * A rebuild's index from the last one's corpus figures (corpus-state.ts) and the
 * changed documents (reuse.ts), without walking every document: the field length
 * totals, the distinct-term count and the hint words' counts are updated by the
 * changed documents' deltas (the old analysis taken away, the new one added), and
 * only the term buckets their terms fall in are unpacked, updated and packed again.
 * The pieces made from them are the bytes a full pass makes: the same postings, in
 * the same order, cut by the same shape. Anything that does not add up (a posting
 * to take away that is not there, a count below zero, bytes that do not read back)
 * or a shape that moved returns null, and the caller walks every document instead.
 */
import type { AnalysedDoc, Dictionary } from './analyse.ts';
import type { SearchDoc } from './doc.ts';
import { CorpusStateError, firstSlot, packBucket, type FlatPostings, type PackedBucket, type TermPostings, unpackBucket } from './corpus-state.ts';
import { type BigTerm, FIELDS, scriptJson, termBucket, type WordShard, wordPrefixKey, wordSuffixKey } from './format.ts';
import { splitEntries } from './follow.ts';
import type { PieceState } from './piece-state.ts';
import {
  type Parts,
  type SlicedTerm,
  averageRefs,
  followEntry,
  hintMinDf,
  metaShard,
  nameBigFiles,
  ownsFile,
  shapeOf,
  slicedFiles,
  slicedPostings,
  termBucketCount,
  termSlots,
  wordBucketCount,
  wordClass,
} from './pieces.ts';
import type { ReusePlan } from './reuse.ts';

export interface UpdateInput {
  articles: readonly SearchDoc[];
  bySlot: ReadonlyArray<{ a: SearchDoc; slot: number }>;
  dict: Dictionary;
  slots: number;
  docKeys: PieceState['docs'];
  plan: ReusePlan;
  cut: { ownFileChars: number; headDocs: number; codeKey: string };
  /** A present document's analysis by its key (for a term whose first document is now an unchanged one). */
  analysisOf: (key: string) => AnalysedDoc | null;
  /** A present document's followers alone (AnalysedDoc.follow), by its analysis key. */
  followOf: (key: string) => readonly number[] | null;
}

/**
 * The updated index, or null when the full pass must make it (shape moved, or the kept figures do not
 * add up). Any failure here means the same: the full pass makes the same bytes from the analyses alone.
 */
export function updateIndex(u: UpdateInput): Parts | null {
  try {
    return update(u);
  } catch {
    return null;
  }
}

/** Calls `fn` with every posting of a document: term number, field, tf, field length. */
function eachPosting(doc: AnalysedDoc, fn: (id: number, f: number, tf: number, len: number) => void): void {
  doc.terms.forEach((ids, f) => {
    const tfs = doc.tfs[f] ?? [];
    const len = doc.lengths[f] ?? 0;
    ids.forEach((id, k) => fn(id, f, tfs[k] ?? 0, len));
  });
}

/** The term's position in the document, counted over its fields as the full pass counts (firstPos). */
function positionIn(doc: AnalysedDoc, id: number | undefined): number {
  let pos = 0;
  for (const ids of doc.terms) {
    for (const x of ids) {
      if (x === id) return pos;
      pos++;
    }
  }
  throw new CorpusStateError('first document lacks the term');
}

/** What happens to one field's postings of a term: slots taken away (with the [tf, length] they must have), postings added. */
interface FieldEdit {
  remove: Map<number, [number, number]>;
  add: number[];
}

/** One field's postings after an edit, in slot order; throws when a removal is not there or an addition already is. */
function applyEdit(old: FlatPostings, edit: FieldEdit): number[] {
  const kept: number[] = [];
  let removed = 0;
  for (let k = 0; k < old.length; k += 3) {
    const slot = old[k] ?? 0;
    const r = edit.remove.get(slot);
    if (r) {
      if (r[0] !== old[k + 1] || r[1] !== old[k + 2]) throw new CorpusStateError('posting differs from its analysis');
      removed++;
      continue;
    }
    kept.push(slot, old[k + 1] ?? 0, old[k + 2] ?? 0);
  }
  if (removed !== edit.remove.size) throw new CorpusStateError('posting to remove missing');
  if (edit.add.length === 0) return kept;
  const order: number[] = [];
  for (let k = 0; k < edit.add.length; k += 3) order.push(k);
  order.sort((x, y) => (edit.add[x] ?? 0) - (edit.add[y] ?? 0));
  const out: number[] = [];
  let i = 0;
  for (const k of order) {
    const slot = edit.add[k] ?? 0;
    while (i < kept.length && (kept[i] ?? 0) < slot) out.push(kept[i] ?? 0, kept[i + 1] ?? 0, kept[i + 2] ?? 0), (i += 3);
    if (kept[i] === slot || out[out.length - 3] === slot) throw new CorpusStateError('posting added twice');
    out.push(slot, edit.add[k + 1] ?? 0, edit.add[k + 2] ?? 0);
  }
  for (; i < kept.length; i += 3) out.push(kept[i] ?? 0, kept[i + 1] ?? 0, kept[i + 2] ?? 0);
  return out;
}

function update(u: UpdateInput): Parts | null {
  const { plan, dict, articles, cut } = u;
  const prev = plan.previous;
  const corpus = prev.corpus;
  const term = (id: number): string => dict.strings[id] ?? '';

  // Field length totals.
  const fieldLengths = [...corpus.fieldLengths];
  for (const { before, after } of plan.changes) {
    before?.lengths.forEach((n, f) => (fieldLengths[f] = (fieldLengths[f] ?? 0) - n));
    after?.lengths.forEach((n, f) => (fieldLengths[f] = (fieldLengths[f] ?? 0) + n));
  }
  if (fieldLengths.some((n) => n < 0)) throw new CorpusStateError('field length');

  // Hint words' document counts, and each changed word's count before and after.
  const delta = new Map<string, number>();
  for (const { before, after } of plan.changes) {
    for (const w of before?.words ?? []) delta.set(term(w), (delta.get(term(w)) ?? 0) - 1);
    for (const w of after?.words ?? []) delta.set(term(w), (delta.get(term(w)) ?? 0) + 1);
  }
  const words = updateWords(corpus.words, corpus.wordDfs, delta);
  const minDf = hintMinDf(articles.length);
  let hintCount = 0;
  for (const df of words.dfs) if (df >= minDf) hintCount++;

  // The dirty buckets' terms, and the edits the changed documents make to their postings.
  const bucketTerms = new Map<number, Array<[string, TermPostings]>>();
  const postingsOf = new Map<string, TermPostings>();
  for (const b of plan.dirtyBuckets) {
    const packed = corpus.buckets[b];
    if (!packed) throw new CorpusStateError('bucket');
    const terms = unpackBucket(packed, FIELDS.length);
    bucketTerms.set(b, terms);
    for (const [t, p] of terms) postingsOf.set(t, p);
  }
  // The documents of each frequent term to remake, before the edits: its kept filter entries are theirs, in order.
  const slotsBefore = new Map<string, Int32Array>();
  for (const t of plan.dirtyTerms) {
    const p = postingsOf.get(t);
    if (p && corpus.follow.has(t)) slotsBefore.set(t, termSlots(p));
  }
  const edits = new Map<string, Array<FieldEdit | undefined>>();
  const editOf = (t: string, f: number): FieldEdit => {
    let e = edits.get(t);
    if (!e) edits.set(t, (e = []));
    return (e[f] ??= { remove: new Map(), add: [] });
  };
  for (const { slot, before, after } of plan.changes) {
    if (before) eachPosting(before, (id, f, tf, len) => editOf(term(id), f).remove.set(slot, [tf, len]));
    if (after) eachPosting(after, (id, f, tf, len) => editOf(term(id), f).add.push(slot, tf, len));
  }
  let termCount = corpus.termCount;
  const firstBefore = new Map<string, number>();
  for (const [t, fieldEdits] of edits) {
    let p = postingsOf.get(t);
    if (p) firstBefore.set(t, firstSlot(p));
    else {
      // A term new to the index: its bucket is a dirty one (its terms were unpacked above).
      const terms = bucketTerms.get(termBucket(t, prev.termBuckets));
      if (!terms) throw new CorpusStateError('new term outside the dirty buckets');
      p = { firstPos: 0, fields: [] };
      terms.push([t, p]);
      postingsOf.set(t, p);
      termCount++;
    }
    const fields = p.fields;
    fieldEdits.forEach((edit, f) => {
      if (!edit) return;
      const next = applyEdit(fields[f] ?? [], edit);
      fields[f] = next.length > 0 ? next : undefined;
    });
    if (!fields.some((flat) => flat && flat.length > 0)) termCount--;
  }

  const termBuckets = termBucketCount(termCount);
  const wordBuckets = wordBucketCount(hintCount);
  const avgRef = averageRefs(fieldLengths, articles.length);
  const shape = shapeOf({ slots: u.slots, termBuckets, wordBuckets, avgRef, minDf, ...cut });
  // More terms or hint words than the buckets were cut for, new averages, another slot space: every piece moves.
  if (shape !== prev.shape) return null;

  // Each edited term's position in its first document.
  const afterAt = new Map<number, AnalysedDoc>();
  for (const c of plan.changes) if (c.after) afterAt.set(c.slot, c.after);
  for (const t of edits.keys()) {
    const p = postingsOf.get(t) as TermPostings;
    const first = firstSlot(p);
    if (first === Infinity) continue;
    const fresh = afterAt.get(first);
    if (fresh) p.firstPos = positionIn(fresh, dict.find(t));
    else if (firstBefore.get(t) !== first) {
      // Its first document went away; the next one is unchanged, so its analysis is in the cache.
      const doc = u.analysisOf(analysisKeyAt(u.docKeys, first));
      if (!doc) throw new CorpusStateError('analysis of an unchanged document');
      p.firstPos = positionIn(doc, dict.find(t));
    }
  }

  // Frequent terms: the unchanged keep their files; the dirty are sliced again or go back to their bucket.
  const big: BigTerm[] = [];
  const kept = new Set<string>();
  for (const [t, , firstPos, tails] of prev.big) {
    if (plan.dirtyTerms.has(t)) continue;
    big.push([t, '', firstPos, tails]);
    kept.add(t);
  }
  const bigText = new Map<string, SlicedTerm>();
  // A frequent term's filter entries: a changed document's from its new analysis, an unchanged one's as the last
  // index had it (or, for a term new to its own file, from the cache's followers).
  const follow = new Map<string, string>();
  const entriesOf = (t: string, id: number, p: TermPostings): string[] => {
    const before = slotsBefore.get(t) ?? new Int32Array(0);
    const text = corpus.follow.get(t);
    const parts = before.length > 0 && text !== undefined ? splitEntries(text) : [];
    if (parts?.length !== before.length) throw new CorpusStateError('filter entries');
    // Both in slot order: the kept entries are met by walking the two lists side by side.
    let k = 0;
    return Array.from(termSlots(p), (slot) => {
      while (k < before.length && (before[k] ?? 0) < slot) k++;
      const fresh = afterAt.get(slot)?.follow;
      if (!fresh && before[k] === slot) return parts[k] ?? '';
      const f = fresh ?? u.followOf(analysisKeyAt(u.docKeys, slot));
      if (!f) throw new CorpusStateError('analysis of an unchanged document');
      return followEntry(id, f);
    });
  };
  const inBucket = new Map<string, string>();
  for (const terms of bucketTerms.values()) {
    for (const [t, p] of terms) {
      if (kept.has(t) || firstSlot(p) === Infinity) continue;
      const owns = ownsFile(p, cut.ownFileChars);
      if (owns.own) {
        if (!plan.dirtyTerms.has(t)) throw new CorpusStateError('an unchanged frequent term not kept');
        const id = dict.find(t);
        if (id === undefined) throw new CorpusStateError('a frequent term not in the dictionary');
        const entries = entriesOf(t, id, p);
        follow.set(t, entries.join(''));
        const sliced = slicedPostings(p, avgRef, cut.headDocs, (i) => entries[i] ?? '');
        big.push([t, '', p.firstPos, sliced.tails.length]);
        bigText.set(t, sliced);
      } else inBucket.set(t, owns.json);
    }
  }
  for (const t of kept) {
    const text = corpus.follow.get(t);
    if (text === undefined) throw new CorpusStateError('a kept frequent term without its filter');
    follow.set(t, text);
  }
  nameBigFiles(big);
  // A kept term's file name taken by a new one: its files are not the published ones.
  for (const [t, file] of big) if (kept.has(t) && plan.previousBigFile.get(t) !== file) return null;

  // Dirty buckets: their terms in the order the index first meets them, packed again for the next build.
  const buckets: PackedBucket[] = corpus.buckets.slice();
  const bucketText = new Map<number, string>();
  for (const [b, terms] of bucketTerms) {
    const live = terms
      .map((entry): [string, TermPostings, number] => [entry[0], entry[1], firstSlot(entry[1])])
      .filter((x) => x[2] !== Infinity)
      .sort((x, y) => x[2] - y[2] || x[1].firstPos - y[1].firstPos);
    buckets[b] = packBucket(live.map(([t, p]): [string, TermPostings] => [t, p]));
    const entries: string[] = [];
    for (const [t, p] of live) {
      const json = inBucket.get(t);
      if (json !== undefined) entries.push(`[${scriptJson(t)},${p.firstPos},${json}]`);
    }
    bucketText.set(b, `[${entries.join(',')}]`);
  }

  // Word shards: those a changed word enters, leaves or changes class in, and those not published as made.
  const dirtyWords = new Set(plan.dirtyWordShards);
  for (const [w, df0, df1] of words.changed) {
    const in0 = df0 >= minDf;
    const in1 = df1 >= minDf;
    if (in0 === in1 && (!in1 || wordClass(df0) === wordClass(df1))) continue;
    dirtyWords.add(wordPrefixKey(w, wordBuckets));
    dirtyWords.add(wordSuffixKey(w, wordBuckets));
  }
  const wordShards = dirtyWords.size > 0 ? shardsOf(words, minDf, wordBuckets, dirtyWords) : new Map<string, WordShard>();

  const meta = metaShard(articles, u.bySlot, { slots: u.slots, fieldLengths, avgRef, termBuckets, wordBuckets, big });
  const state: PieceState = {
    shape,
    termBuckets,
    wordBuckets,
    docs: u.docKeys,
    big: big.map((b) => [...b]),
    digests: {},
    corpus: { fieldLengths, termCount, words: words.words, wordDfs: words.dfs, buckets, follow },
  };
  return {
    meta,
    state,
    bySlot: u.bySlot,
    *bigFiles(t, file) {
      if (kept.has(t)) {
        for (const p of plan.previousPieces.get(file) ?? []) yield [p, null];
        return;
      }
      const sliced = bigText.get(t);
      bigText.delete(t);
      if (sliced) yield* slicedFiles(file, sliced);
    },
    bucket: (i) => bucketText.get(i) ?? null,
    docShard: (s) => plan.dirtyDocShards.has(s),
    wordShard: (key) => (dirtyWords.has(key) ? (wordShards.get(key) ?? []) : null),
  };
}

/** The analysis key of the document in `slot` (docs are in slot order). */
function analysisKeyAt(docs: PieceState['docs'], slot: number): string {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = docs[mid] as [number, string, string];
    if (d[0] === slot) return d[1];
    if (d[0] < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new CorpusStateError('no document in the slot');
}

/** The index of `w` in the sorted `words`, or -1. */
function findWord(words: readonly string[], w: string): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = words[mid] as string;
    if (x === w) return mid;
    if (x < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

interface WordCounts {
  /** Sorted by code units, as the hint shards list them. */
  words: string[];
  dfs: Uint32Array;
  /** [word, count before, count after] of each word whose count changed. */
  changed: Array<[string, number, number]>;
}

/** The hint words' counts with `delta` applied: found by binary search, merged in only when words come or go. */
function updateWords(words: string[], dfs0: Uint32Array, delta: ReadonlyMap<string, number>): WordCounts {
  const dfs = dfs0.slice();
  const changed: Array<[string, number, number]> = [];
  const added: Array<[string, number]> = [];
  let gone = 0;
  for (const [w, d] of delta) {
    if (d === 0) continue;
    const i = findWord(words, w);
    const df0 = i >= 0 ? (dfs[i] ?? 0) : 0;
    const df1 = df0 + d;
    if (df1 < 0 || (i >= 0 && df0 === 0)) throw new CorpusStateError('word count');
    if (i >= 0) dfs[i] = df1;
    else added.push([w, df1]);
    if (df1 === 0) gone++;
    changed.push([w, df0, df1]);
  }
  if (added.length === 0 && gone === 0) return { words, dfs, changed };
  added.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const nextWords: string[] = [];
  const nextDfs: number[] = [];
  let a = 0;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    for (; a < added.length && (w === undefined || (added[a] as [string, number])[0] < w); a++) {
      const [x, df] = added[a] as [string, number];
      nextWords.push(x);
      nextDfs.push(df);
    }
    if (w === undefined) break;
    const df = dfs[i] ?? 0;
    if (df === 0) continue;
    nextWords.push(w);
    nextDfs.push(df);
  }
  return { words: nextWords, dfs: Uint32Array.from(nextDfs), changed };
}

/** The entries of the `dirty` word shards: the words counted in at least minDf documents, in sorted order. */
function shardsOf(counts: WordCounts, minDf: number, wordBuckets: number, dirty: ReadonlySet<string>): Map<string, WordShard> {
  const shards = new Map<string, WordShard>();
  const put = (key: string, w: string, df: number): void => {
    if (!dirty.has(key)) return;
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = []));
    shard.push([w, wordClass(df)]);
  };
  // Sorted words share their first two letters in runs; the last two are memoised by their char codes.
  let prefix = '';
  let prefixKey = '';
  const suffixKeys = new Map<number, string>();
  counts.words.forEach((w, i) => {
    const df = counts.dfs[i] ?? 0;
    if (df < minDf) return;
    if (prefix.length < 2 || !w.startsWith(prefix)) {
      prefix = w.slice(0, 2);
      prefixKey = wordPrefixKey(w, wordBuckets);
    }
    put(prefixKey, w, df);
    const ends = w.length >= 2 ? w.charCodeAt(w.length - 2) * 65536 + w.charCodeAt(w.length - 1) : -1;
    let suffixKey = ends >= 0 ? suffixKeys.get(ends) : undefined;
    if (suffixKey === undefined) {
      suffixKey = wordSuffixKey(w, wordBuckets);
      if (ends >= 0) suffixKeys.set(ends, suffixKey);
    }
    put(suffixKey, w, df);
  });
  return shards;
}
