/**
 * Which index pieces a rebuild must make again, and which it can take as published.
 * A piece is a function of the index's shape (format, slot space, bucket counts,
 * averages, code: PieceState.shape) and of the documents that go into it: a term
 * bucket of its terms' postings, a term's own files of its postings, a document
 * shard of its slots' records, a word shard of its words' document counts. So when
 * the shape is the same, only pieces that a changed document goes into — before
 * or after the change — differ from the previous build's, and a piece the output
 * no longer holds unchanged is made again too. The update (update.ts) checks the
 * shape from the updated corpus figures first and leaves a moved shape to the full pass.
 */
import type { AnalysedDoc, Dictionary } from './analyse.ts';
import type { SearchDoc } from './doc.ts';
import type { PieceState, ReuseInput } from './piece-state.ts';
import type { CorpusState } from './corpus-state.ts';
import { DOC_SHARD_SLOTS, FORMAT_VERSION, LIST_SHARD_SLOTS, termBucket } from './format.ts';

/** A slot whose postings changed: the analysis its document had (null: the slot was empty) and has now (null: emptied). */
export interface DocChange {
  slot: number;
  before: AnalysedDoc | null;
  after: AnalysedDoc | null;
}

export interface ReusePlan {
  previous: PieceState & { corpus: CorpusState };
  /** The slots whose postings changed, in slot order. */
  changes: DocChange[];
  /** Terms whose postings may differ (or whose own files were changed by hand): their bucket, or their own files, are made again. */
  dirtyTerms: Set<string>;
  /** Buckets (previous.termBuckets) made again: of the dirty terms, and those not published as made. */
  dirtyBuckets: Set<number>;
  dirtyDocShards: Set<number>;
  /** Word shards not published as made (the update adds those a changed word's class moves in). */
  dirtyWordShards: Set<string>;
  /** A previous own-file term → its file. */
  previousBigFile: Map<string, string>;
  /** A previous own-file term's file → its piece paths (head and tail slices). */
  previousPieces: Map<string, string[]>;
}

/** null: nothing can be reused (no previous make-up, another code or format; an old analysis no longer known). */
export function planReuse(
  reuse: ReuseInput,
  docKeys: PieceState['docs'],
  analyse: (a: SearchDoc) => AnalysedDoc,
  dict: Dictionary,
  bySlot: ReadonlyArray<{ a: SearchDoc; slot: number }>,
): ReusePlan | null {
  const prev = reuse.previous;
  if (!prev?.corpus) return null;
  let shape: unknown[];
  try {
    shape = JSON.parse(prev.shape) as unknown[];
  } catch {
    return null;
  }
  if (shape[0] !== FORMAT_VERSION || shape[8] !== reuse.codeKey) return null;

  const changes: DocChange[] = [];
  const dirtyTerms = new Set<string>();
  const dirtyDocShards = new Set<number>();
  const addTerms = (doc: AnalysedDoc): void => {
    for (const field of doc.terms) for (const id of field) dirtyTerms.add(dict.strings[id] ?? '');
  };
  const before = new Map<number, [string, string]>(prev.docs.map(([slot, aKey, rKey]) => [slot, [aKey, rKey]]));
  const now = new Set<number>();
  let missing = false;
  const old = (aKey: string): AnalysedDoc | null => {
    const doc = reuse.oldAnalysis(aKey);
    if (doc) addTerms(doc);
    else missing = true;
    return doc;
  };
  docKeys.forEach(([slot, aKey, rKey], i) => {
    now.add(slot);
    const was = before.get(slot);
    if (was && was[0] === aKey && was[1] === rKey) return;
    dirtyDocShards.add(Math.floor(slot / DOC_SHARD_SLOTS));
    if (was && was[0] === aKey) return; // only its record changed: its postings are the same
    const a = bySlot[i]?.a;
    if (!a) return;
    const after = analyse(a);
    addTerms(after);
    changes.push({ slot, before: was ? old(was[0]) : null, after });
  });
  for (const [slot, [aKey]] of before) {
    if (now.has(slot)) continue;
    dirtyDocShards.add(Math.floor(slot / DOC_SHARD_SLOTS));
    changes.push({ slot, before: old(aKey), after: null });
  }
  if (missing) return null;
  changes.sort((x, y) => x.slot - y.slot);

  const previousBigFile = new Map(prev.big.map(([t, file]) => [t, file]));
  const termOfFile = new Map(prev.big.map(([t, file]) => [file, t]));
  const previousPieces = new Map<string, string[]>();
  const dirtyBuckets = new Set<number>();
  const dirtyWordShards = new Set<string>();
  // Pieces the output no longer holds as they were made: made again.
  for (const [path, digest] of Object.entries(prev.digests)) {
    const own = /^x\/([^.]+)(?:\.\d+|\.n)?\.js$/.exec(path);
    if (own) {
      const file = own[1] ?? '';
      previousPieces.set(file, [...(previousPieces.get(file) ?? []), path]);
    }
    if (reuse.published[path] === digest) continue;
    const bucket = /^t\/(\d+)\.js$/.exec(path);
    const docs = /^d\/(\d+)\.js$/.exec(path);
    const words = /^(w[ps]\/\d+)\.js$/.exec(path);
    const list = /^l\/(\d+)\.js$/.exec(path);
    if (bucket) dirtyBuckets.add(Number(bucket[1]));
    else if (docs) dirtyDocShards.add(Number(docs[1]));
    // A list shard is made again with any document shard of its range (pieces.ts): mark them all.
    else if (list) for (let s = 0; s < LIST_SHARD_SLOTS / DOC_SHARD_SLOTS; s++) dirtyDocShards.add(Number(list[1]) * (LIST_SHARD_SLOTS / DOC_SHARD_SLOTS) + s);
    else if (words) dirtyWordShards.add(words[1] ?? '');
    else if (own) dirtyTerms.add(termOfFile.get(own[1] ?? '') ?? '');
  }
  for (const t of dirtyTerms) dirtyBuckets.add(termBucket(t, prev.termBuckets));
  // A piece the previous index should have but did not record is made, never assumed.
  for (let i = 0; i < prev.termBuckets; i++) if (prev.digests[`t/${i}.js`] === undefined) dirtyBuckets.add(i);
  for (let i = 0; i < prev.wordBuckets; i++) {
    for (const kind of ['wp', 'ws']) if (prev.digests[`${kind}/${i}.js`] === undefined) dirtyWordShards.add(`${kind}/${i}`);
  }

  return {
    previous: { ...prev, corpus: prev.corpus },
    changes,
    dirtyTerms,
    dirtyBuckets,
    dirtyDocShards,
    dirtyWordShards,
    previousBigFile,
    previousPieces,
  };
}
