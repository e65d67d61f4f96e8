/**
 * Which index pieces a rebuild must make again, and which it can take as published.
 * A piece is a function of the index's shape (format, slot space, bucket counts,
 * averages, code: PieceState.shape) and of the documents that go into it: a term
 * bucket of its terms' postings, a term's own files of its postings, a document
 * shard of its slots' records, a word shard of its words' document counts. So when
 * the shape is the same, only pieces that a changed document goes into — before
 * or after the change — differ from the previous build's, and a piece the output
 * no longer holds unchanged is made again too. The builder checks the shape after
 * its pass and makes everything when it moved (buildSearchFiles).
 */
import type { Article } from '../ingest/types.ts';
import type { AnalysedDoc, Dictionary } from './analyse.ts';
import type { PieceState, ReuseInput } from './piece-state.ts';
import { DOC_SHARD_SLOTS, FORMAT_VERSION, termBucket, wordPrefixKey, wordSuffixKey } from './format.ts';

export interface ReusePlan {
  previous: PieceState;
  /** Analyses made while planning (changed documents): the builder's pass uses them. */
  fresh: Map<Article, AnalysedDoc>;
  /** Terms whose postings may differ: their bucket, or their own files, are made again. */
  dirtyTerms: Set<string>;
  dirtyBuckets: Set<number>;
  dirtyDocShards: Set<number>;
  dirtyWordShards: Set<string>;
  /** Whether the builder must accumulate a term's postings (a dirty term, or one sharing a dirty bucket). */
  wanted: (id: number) => boolean;
  previousBig: PieceState['big'];
  previousBigFile: Map<string, string>;
  /** A previous own-file term's file → its piece paths (head and tail slices). */
  previousPieces: Map<string, string[]>;
}

/** null: nothing can be reused (another code, slot space or format; an old analysis no longer known). */
export function planReuse(
  reuse: ReuseInput,
  docKeys: PieceState['docs'],
  analyse: (a: Article) => AnalysedDoc,
  dict: Dictionary,
  bySlot: ReadonlyArray<{ a: Article; slot: number }>,
): ReusePlan | null {
  const prev = reuse.previous;
  if (!prev) return null;
  let shape: unknown[];
  try {
    shape = JSON.parse(prev.shape) as unknown[];
  } catch {
    return null;
  }
  if (shape[0] !== FORMAT_VERSION || shape[8] !== reuse.codeKey) return null;

  const fresh = new Map<Article, AnalysedDoc>();
  const dirtyTerms = new Set<string>();
  const dirtyWords = new Set<string>();
  const dirtyDocShards = new Set<number>();
  const addTerms = (doc: AnalysedDoc): void => {
    for (const field of doc.terms) for (const id of field) dirtyTerms.add(dict.strings[id] ?? '');
    for (const w of doc.words) dirtyWords.add(dict.strings[w] ?? '');
  };
  const before = new Map<number, [string, string]>(prev.docs.map(([slot, aKey, rKey]) => [slot, [aKey, rKey]]));
  const now = new Set<number>();
  let missing = false;
  const forget = (slot: number, aKey: string): void => {
    dirtyDocShards.add(Math.floor(slot / DOC_SHARD_SLOTS));
    const old = reuse.oldAnalysis(aKey);
    if (old) addTerms(old);
    else missing = true;
  };
  docKeys.forEach(([slot, aKey, rKey], i) => {
    now.add(slot);
    const was = before.get(slot);
    if (was && was[0] === aKey && was[1] === rKey) return;
    dirtyDocShards.add(Math.floor(slot / DOC_SHARD_SLOTS));
    if (was && was[0] === aKey) return; // only its record changed: its postings are the same
    const a = bySlot[i]?.a;
    if (!a) return;
    const doc = analyse(a);
    fresh.set(a, doc);
    addTerms(doc);
    if (was) forget(slot, was[0]);
  });
  for (const [slot, [aKey]] of before) if (!now.has(slot)) forget(slot, aKey);
  if (missing) return null;

  const previousBigFile = new Map(prev.big.map(([t, file]) => [t, file]));
  const termOfFile = new Map(prev.big.map(([t, file]) => [file, t]));
  const previousPieces = new Map<string, string[]>();
  const dirtyBuckets = new Set<number>();
  const dirtyWordShards = new Set<string>();
  // Pieces the output no longer holds as they were made: made again.
  for (const [path, digest] of Object.entries(prev.digests)) {
    const own = /^x\/([^.]+)(?:\.\d+)?\.js$/.exec(path);
    if (own) {
      const file = own[1] ?? '';
      previousPieces.set(file, [...(previousPieces.get(file) ?? []), path]);
    }
    if (reuse.published[path] === digest) continue;
    const bucket = /^t\/(\d+)\.js$/.exec(path);
    const docs = /^d\/(\d+)\.js$/.exec(path);
    const words = /^(w[ps]\/\d+)\.js$/.exec(path);
    if (bucket) dirtyBuckets.add(Number(bucket[1]));
    else if (docs) dirtyDocShards.add(Number(docs[1]));
    else if (words) dirtyWordShards.add(words[1] ?? '');
    else if (own) dirtyTerms.add(termOfFile.get(own[1] ?? '') ?? '');
  }
  for (const t of dirtyTerms) dirtyBuckets.add(termBucket(t, prev.termBuckets));
  for (const w of dirtyWords) {
    dirtyWordShards.add(wordPrefixKey(w, prev.wordBuckets));
    dirtyWordShards.add(wordSuffixKey(w, prev.wordBuckets));
  }

  // 0 unknown, 1 wanted, 2 not: asked once per occurrence, decided once per term.
  let decided = new Uint8Array(Math.max(1024, dict.strings.length));
  const wanted = (id: number): boolean => {
    if (id >= decided.length) {
      const grown = new Uint8Array(Math.max(id + 1, decided.length * 2));
      grown.set(decided);
      decided = grown;
    }
    let d = decided[id] ?? 0;
    if (d === 0) {
      const t = dict.strings[id] ?? '';
      d = dirtyTerms.has(t) || dirtyBuckets.has(termBucket(t, prev.termBuckets)) ? 1 : 2;
      decided[id] = d;
    }
    return d === 1;
  };
  return {
    previous: prev,
    fresh,
    dirtyTerms,
    dirtyBuckets,
    dirtyDocShards,
    dirtyWordShards,
    wanted,
    previousBig: prev.big,
    previousBigFile,
    previousPieces,
  };
}
