/**
 * The index pieces' texts and the figures that decide them, shared by the pass over every
 * document (build.ts) and the update by the changed documents (update.ts), so that both make
 * the same bytes; and the writer that turns either's result into the piece files.
 */
import { createHash } from 'node:crypto';
import { articleKey, inArchiveOrder, type OrderKey } from '../archive/order.ts';
import { formatShort, parsePublished } from '../archive/dates.ts';
import { compareId } from '../collate.ts';
import { type SearchDoc, storedText } from './doc.ts';
import { tokenizeForIndex } from './indonesian/index.ts';
import type { FlatPostings, TermPostings } from './corpus-state.ts';
import { buildFacets } from './facets.ts';
import { FOLLOW_BITS, encodeFollowers } from './follow.ts';
import {
  type BigTerm,
  type DocRecord,
  type DocShard,
  type MetaShard,
  type WordShard,
  FIELDS,
  FORMAT_VERSION,
  bm25Factor,
  DOC_SHARD_SLOTS,
  LIST_SHARD_SLOTS,
  type ListRecord,
  type ListShard,
  encodeShard,
  hash32,
  refAverage,
} from './format.ts';
import type { PieceState } from './piece-state.ts';
import { openingOf } from './resultList.ts';

/** Postings bigger than this (characters of JSON) get their own file instead of sharing a bucket. */
export const OWN_FILE_CHARS = 2048;
/**
 * Documents in a frequent term's head (x/<h>.js): enough for the first pages of a
 * word most articles hold; each later slice holds TAIL_GROWTH times the one before.
 */
export const HEAD_DOCS = 128;
const TAIL_GROWTH = 4;
/** Typo hints in a big archive leave out words met in a single article (mostly names and typos). */
const HINT_MIN_DF_FROM = 1000;

/** The archive's order (src/archive/order.ts): the rank shipped for "newest" sorting and year ranges. */
export function orderArticles<T extends Pick<SearchDoc, 'published' | 'title' | 'url'>>(articles: readonly T[]): T[] {
  return inArchiveOrder(articles, (a) => {
    let key = orderKeys.get(a);
    if (!key) orderKeys.set(a, (key = articleKey(a)));
    return key;
  });
}

/** Kept by document, as recordKeys: a dev session's worker orders the same documents at every save (their dates parsed once). */
const orderKeys = new WeakMap<object, OrderKey>();

export const pow2AtLeast = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/** Term buckets for this many distinct terms (about 48 a bucket). */
export const termBucketCount = (termCount: number): number => pow2AtLeast(Math.ceil(termCount / 48));
/** Word buckets for this many hint words (about 512 a bucket). */
export const wordBucketCount = (hintWords: number): number => pow2AtLeast(Math.ceil(hintWords / 512));
/** Typo hints in a big archive leave out words met in a single article. */
export const hintMinDf = (docCount: number): number => (docCount >= HINT_MIN_DF_FROM ? 2 : 1);
/** A hint word's frequency class (WordShard). */
export const wordClass = (df: number): number => Math.floor(Math.log2(df));
/** Per field, the average its frequent terms' impact order is computed at (refAverage). */
export const averageRefs = (fieldLengths: readonly number[], docCount: number): number[] =>
  fieldLengths.map((total) => refAverage(total / Math.max(1, docCount)));

/** What every piece depends on besides its own documents (PieceState.shape): a rebuild whose shape moved makes every piece. */
export function shapeOf(s: {
  slots: number;
  termBuckets: number;
  wordBuckets: number;
  avgRef: readonly number[];
  minDf: number;
  ownFileChars: number;
  headDocs: number;
  codeKey: string;
}): string {
  return JSON.stringify([FORMAT_VERSION, s.slots, s.termBuckets, s.wordBuckets, s.avgRef, s.minDf, s.ownFileChars, s.headDocs, s.codeKey]);
}

/**
 * Sorts the frequent terms by term and names their files: a hash of the term, stable across
 * builds, with -1, -2 … on a collision in term order.
 */
export function nameBigFiles(big: BigTerm[]): void {
  big.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const files = new Set<string>();
  for (const entry of big) {
    const base = hash32(entry[0]).toString(36);
    let file = base;
    for (let k = 1; files.has(file); k++) file = `${base}-${k}`;
    files.add(file);
    entry[1] = file;
  }
}

/** A shard whose data is JSON text made here (postings: digits and brackets only; terms through scriptJson). */
const rawShard = (key: string, json: string): string => `__arsip.push(${JSON.stringify(key)},${json});\n`;

/** A frequent term's sliced postings and its adjacency filter. */
export interface SlicedTerm {
  head: string;
  tails: string[];
  follow: string;
}

/** A frequent term's files: the head, then each tail slice, then its adjacency filter. */
export function* slicedFiles(file: string, sliced: SlicedTerm): Generator<[string, string]> {
  yield [`x/${file}.js`, rawShard(`x/${file}`, sliced.head)];
  for (const [i, tail] of sliced.tails.entries()) yield [`x/${file}.${i + 1}.js`, rawShard(`x/${file}.${i + 1}`, tail)];
  yield [`x/${file}.n.js`, rawShard(`x/${file}.n`, sliced.follow)];
}

/** The term's documents (slots), ascending, each once. */
export function termSlots(p: TermPostings): Int32Array {
  let n = 0;
  let max = -1;
  for (const flat of p.fields) {
    if (!flat) continue;
    n += flat.length / 3;
    for (let k = 0; k < flat.length; k += 3) if ((flat[k] ?? 0) > max) max = flat[k] ?? 0;
  }
  // A frequent term's slots (the hot case: a rebuild slices a hundred of them again): marked in a
  // dense table and read back in order, not sorted. A table larger than the postings would be waste.
  if (max >= 0 && max < n * 16) {
    const seen = new Uint8Array(max + 1);
    for (const flat of p.fields) if (flat) for (let k = 0; k < flat.length; k += 3) seen[flat[k] ?? 0] = 1;
    const out = new Int32Array(n);
    let kept = 0;
    for (let slot = 0; slot <= max; slot++) if (seen[slot] === 1) out[kept++] = slot;
    return out.slice(0, kept);
  }
  const all = new Int32Array(n);
  let at = 0;
  for (const flat of p.fields) if (flat) for (let k = 0; k < flat.length; k += 3) all[at++] = flat[k] ?? 0;
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i] ?? 0;
  return all.slice(0, kept);
}

/** A document's entry in the adjacency filter of term `id` (follow.ts), from its AnalysedDoc.follow. */
export function followEntry(id: number, follow: readonly number[]): string {
  const lo = id * FOLLOW_SPAN;
  const hashes: number[] = [];
  for (let k = lowerBound(follow, lo); k < follow.length && (follow[k] ?? 0) < lo + FOLLOW_SPAN; k++) hashes.push((follow[k] ?? 0) - lo);
  return encodeFollowers(hashes);
}

/**
 * A frequent term's adjacency filter (FollowShard, follow.ts) as JSON text, from each slice's entries (head first),
 * each slice's documents in slot order.
 */
export const followJson = (slices: ReadonlyArray<readonly string[]>): string => `[[${slices.map((s) => s.length).join(',')}],${JSON.stringify(slices.map((s) => s.join('')).join(''))}]`;

const FOLLOW_SPAN = 2 ** FOLLOW_BITS;

/** The first index of sorted `xs` holding a number ≥ x. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Postings as JSON text from per-field flat [slot, tf, length, …] lists in slot order: [[field, slot deltas, tfs, lengths], …]. */
function fieldsJson(fields: ReadonlyArray<FlatPostings | undefined>): string {
  const parts: string[] = [];
  fields.forEach((flat, f) => {
    if (!flat || flat.length === 0) return;
    const deltas: number[] = [];
    const tfs: number[] = [];
    const lens: number[] = [];
    let prev = 0;
    for (let k = 0; k < flat.length; k += 3) {
      const slot = flat[k] ?? 0;
      deltas.push(slot - prev);
      prev = slot;
      tfs.push(flat[k + 1] ?? 0);
      lens.push(flat[k + 2] ?? 0);
    }
    parts.push(`[${f},[${deltas.join(',')}],[${tfs.join(',')}],[${lens.join(',')}]]`);
  });
  return `[${parts.join(',')}]`;
}

/** One term's postings as JSON text. */
const postingsJson = (p: TermPostings): string => fieldsJson(p.fields);

/** Rounded up at the 4th decimal: still an upper bound, and short. */
const ceil4 = (x: number): number => Math.ceil(x * 1e4) / 1e4;

/**
 * A frequent term's files: the head (HeadShard) and its tail slices, documents in
 * impact order (highest impact key first, ties by slot), each slice's postings in slot
 * order. A document's postings for the term (every field) stay in one slice, so a
 * loaded slice gives exact weights for its documents. The filter (`entries`: one per
 * document in slot order, as termSlots lists them) goes slice by slice in the same order,
 * so a phrase reads the entries of the slices it has loaded with their documents.
 */
export function slicedPostings(acc: TermPostings, avgRef: readonly number[], headDocs: number, entryAt: (i: number) => string): SlicedTerm {
  const boosts = FIELDS.map((f) => f.boost);
  let size = 0;
  for (const flat of acc.fields) if (flat && flat.length > 0) size = Math.max(size, (flat[flat.length - 3] ?? 0) + 1);
  // Per slot, dense (a Map per posting made this the index's hottest loop): the impact key and the slice.
  const key = new Float64Array(size);
  const sliceOf = new Uint8Array(size).fill(255);
  const docs: number[] = [];
  let df = 0;
  let firstSlot = Infinity;
  acc.fields.forEach((flat, f) => {
    if (!flat) return;
    for (let k = 0; k < flat.length; k += 3) {
      const slot = flat[k] ?? 0;
      if (sliceOf[slot] === 255) {
        sliceOf[slot] = 0;
        docs.push(slot);
      }
      key[slot] = (key[slot] ?? 0) + (boosts[f] ?? 1) * bm25Factor(flat[k + 1] ?? 0, flat[k + 2] ?? 0, avgRef[f] ?? 1);
      df++;
      firstSlot = Math.min(firstSlot, slot);
    }
  });
  // Slice of each document: 0 = head, then slices growing by TAIL_GROWTH, in impact order (key
  // descending, ties by slot). Neither the order nor each rank is needed, only the key at each cut
  // (the keys sorted natively) and how many of the documents tied at it the cut still takes.
  const n = docs.length;
  const sorted = new Float64Array(n);
  docs.forEach((slot, i) => (sorted[i] = key[slot] ?? 0));
  sorted.sort();
  const starts: number[] = [];
  for (let start = headDocs, size = headDocs; start < n; size *= TAIL_GROWTH, start += size) {
    starts.push(start);
    if (size === 0) break;
  }
  const sliceMax = starts.map((rank) => ceil4(sorted[n - 1 - rank] ?? 0));
  // A document is past a cut when its key is below the key at the cut's rank, or equal to it and not
  // among the first tied documents (in slot order) that the cut's rank still takes.
  const cuts = starts.length;
  const bound = new Float64Array(cuts);
  const need = new Int32Array(cuts);
  const tiesAt = new Int32Array(cuts);
  starts.forEach((rank, b) => {
    const t = sorted[n - 1 - rank] ?? 0;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) <= t) lo = mid + 1;
      else hi = mid;
    }
    bound[b] = t;
    need[b] = rank - (n - lo);
  });
  // Its documents in slot order: as termSlots lists them, so entryAt(i) is the i-th one's.
  const inSlotOrder = Int32Array.from(docs).sort();
  for (const slot of inSlotOrder) {
    const w = key[slot] ?? 0;
    let slice = 0;
    let held = false;
    for (let b = 0; b < cuts; b++) {
      const t = bound[b] ?? 0;
      if (w > t) break;
      if (w === t) {
        // Every cut at this key counts the document among its ties, the cuts past its place too.
        const tie = tiesAt[b] ?? 0;
        tiesAt[b] = tie + 1;
        if (tie < (need[b] ?? 0)) held = true;
      }
      if (!held) slice = b + 1;
    }
    sliceOf[slot] = slice;
  }
  const slices = sliceMax.length + 1;
  const perSlice: Array<Array<number[] | undefined>> = Array.from({ length: slices }, () => []);
  acc.fields.forEach((flat, f) => {
    if (!flat) return;
    for (let k = 0; k < flat.length; k += 3) {
      const s = sliceOf[flat[k] ?? 0] ?? 0;
      ((perSlice[s] as Array<number[] | undefined>)[f] ??= []).push(flat[k] ?? 0, flat[k + 1] ?? 0, flat[k + 2] ?? 0);
    }
  });
  const [head = [], ...tails] = perSlice.map(fieldsJson);
  const sliceEntries: string[][] = Array.from({ length: slices }, () => []);
  inSlotOrder.forEach((slot, i) => sliceEntries[sliceOf[slot] ?? 0]?.push(entryAt(i)));
  return { head: `[${n},${df},${firstSlot},[${sliceMax.join(',')}],${head}]`, tails, follow: followJson(sliceEntries) };
}

/**
 * Whether a term's postings are over `ownFileChars` as JSON (its own file), without writing
 * them when their count alone says so: each posting takes at least six characters.
 */
export function ownsFile(p: TermPostings, ownFileChars: number): { own: true } | { own: false; json: string } {
  let postings = 0;
  for (const flat of p.fields) if (flat) postings += flat.length / 3;
  if (6 * postings > ownFileChars) return { own: true };
  const json = postingsJson(p);
  return json.length > ownFileChars ? { own: true } : { own: false, json };
}

/** A document's entry in the document store (d/<shard>.js). */
export function docRecord(a: SearchDoc): DocRecord {
  const date = parsePublished(a.published);
  return [
    a.id,
    a.title,
    a.url,
    a.outlet,
    a.published,
    date ? formatShort(date) : null,
    storedText(a),
    a.authors,
    a.sourceUrl,
    a.titleDerived ? 1 : 0,
    a.accessed,
  ];
}

/** A document's entry in the list store (l/<shard>.js): its record less the date as shown, with the opening for the text. */
export function listRecord(d: DocRecord): ListRecord {
  const [id, title, url, outlet, published, , text, authors, sourceUrl, derived, accessed] = d;
  return [id, title, url, outlet, published, authors, sourceUrl, derived, accessed, openingOf(text)];
}

/**
 * What identifies a document's record between builds without making it (dates formatted,
 * excerpt cut): the key of its indexed text (`textKey`, which covers the lead and body the
 * excerpt is cut from) and every other field docRecord reads (tests/search/index-reuse.test.ts
 * checks that any change to the record changes this key).
 */
export function recordKey(a: SearchDoc, textKey: string): string {
  const known = recordKeys.get(a);
  if (known?.textKey === textKey) return known.key;
  const fields = [a.id, a.title, a.url, a.outlet, a.published, a.authors, a.sourceUrl, a.titleDerived, a.accessed];
  const key = createHash('sha1').update(textKey).update(JSON.stringify(fields)).digest('base64');
  recordKeys.set(a, { textKey, key });
  return key;
}

/** Kept by document: a dev session's search worker holds the same documents build after build (every one is keyed each time). */
const recordKeys = new WeakMap<SearchDoc, { textKey: string; key: string }>();

/**
 * A finished index before its files are made, from either assembly: what is made again is
 * given as text (made lazily, so not every piece's text is held at once), what is carried
 * over as published as null.
 */
export interface Parts {
  meta: MetaShard;
  state: PieceState;
  bySlot: ReadonlyArray<{ a: SearchDoc; slot: number }>;
  /** A frequent term's files (meta.big order): [path, text], or [path, null] when carried over. */
  bigFiles(term: string, file: string): Iterable<[string, string | null]>;
  /** Term bucket i's data as JSON text, or null when carried over. */
  bucket(i: number): string | null;
  /** Whether document shard s is made (else carried over). */
  docShard(s: number): boolean;
  /** A word shard's entries, or null when carried over. */
  wordShard(key: string): WordShard | null;
}

/** The piece files of `parts`: [path relative to the search folder, text or null (carried over)], in a fixed order. */
export function* pieceFiles(parts: Parts): Generator<[string, string | null]> {
  const { meta, bySlot } = parts;
  yield ['meta.js', encodeShard('meta', meta)];
  for (const [t, file] of meta.big) yield* parts.bigFiles(t, file);
  for (let i = 0; i < meta.termBuckets; i++) {
    const data = parts.bucket(i);
    yield [`t/${i}.js`, data === null ? null : rawShard(`t/${i}`, data)];
  }
  // Document store, by slot range; shards with no document are not written.
  for (let from = 0; from < bySlot.length; ) {
    const s = Math.floor((bySlot[from]?.slot ?? 0) / DOC_SHARD_SLOTS);
    if (!parts.docShard(s)) {
      while (from < bySlot.length && Math.floor((bySlot[from]?.slot ?? 0) / DOC_SHARD_SLOTS) === s) from++;
      yield [`d/${s}.js`, null];
      continue;
    }
    const shard: DocShard = Array.from({ length: DOC_SHARD_SLOTS }, () => null);
    for (; from < bySlot.length && Math.floor((bySlot[from]?.slot ?? 0) / DOC_SHARD_SLOTS) === s; from++) {
      const { a, slot } = bySlot[from] as { a: SearchDoc; slot: number };
      shard[slot % DOC_SHARD_SLOTS] = docRecord(a);
    }
    yield [`d/${s}.js`, encodeShard(`d/${s}`, shard)];
  }
  // List store, by larger slot ranges: made when any document shard in its range is (it holds the same fields).
  const perList = LIST_SHARD_SLOTS / DOC_SHARD_SLOTS;
  for (let from = 0; from < bySlot.length; ) {
    const g = Math.floor((bySlot[from]?.slot ?? 0) / LIST_SHARD_SLOTS);
    let made = false;
    for (let s = g * perList; s < (g + 1) * perList && !made; s++) made = parts.docShard(s);
    const shard: ListShard = [];
    for (; from < bySlot.length && Math.floor((bySlot[from]?.slot ?? 0) / LIST_SHARD_SLOTS) === g; from++) {
      const { a, slot } = bySlot[from] as { a: SearchDoc; slot: number };
      if (made) shard.push([slot % LIST_SHARD_SLOTS, listRecord(docRecord(a))]);
    }
    yield [`l/${g}.js`, made ? encodeShard(`l/${g}`, shard) : null];
  }
  // Surface words for typo hints, reachable by prefix and by suffix.
  for (let i = 0; i < meta.wordBuckets; i++) {
    for (const kind of ['wp', 'ws']) {
      const key = `${kind}/${i}`;
      const shard = parts.wordShard(key);
      yield [`${key}.js`, shard === null ? null : encodeShard(key, shard)];
    }
  }
}

/** A document's title in index tokens; kept by document, as a dev session's search worker holds them between builds. */
const titleLengths = new WeakMap<SearchDoc, number>();
function titleLength(a: SearchDoc): number {
  let n = titleLengths.get(a);
  if (n === undefined) titleLengths.set(a, (n = tokenizeForIndex(a.title).length));
  return n;
}

/** Meta: corpus statistics, outlets, per-document outlet and date rank, year ranges, frequent terms. */
export function metaShard(
  articles: readonly SearchDoc[],
  bySlot: ReadonlyArray<{ a: SearchDoc; slot: number }>,
  parts: Pick<MetaShard, 'slots' | 'fieldLengths' | 'avgRef' | 'termBuckets' | 'wordBuckets' | 'big'>,
): MetaShard {
  const ordered = orderArticles(articles);
  const rankOf = new Map(ordered.map((a, i) => [a, i]));
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => o !== null))].sort(compareId);
  const outletNo = new Map(outlets.map((o, i) => [o, i]));
  const years: Array<[number, number, number]> = [];
  ordered.forEach((a, i) => {
    const y = a.published ? Number(a.published.slice(0, 4)) : NaN;
    if (!Number.isFinite(y)) return;
    const last = years[years.length - 1];
    if (last && last[0] === y && last[2] === i) last[2] = i + 1;
    else years.push([y, i, i + 1]);
  });
  let prevSlot = 0;
  return {
    version: FORMAT_VERSION,
    fields: FIELDS.map((f) => f.name),
    docCount: articles.length,
    fieldLengths: parts.fieldLengths,
    avgRef: parts.avgRef,
    // From every title (not the corpus state): a full and an incremental build agree.
    titleLengthMax: articles.reduce((m, a) => Math.max(m, titleLength(a)), 0),
    slots: parts.slots,
    termBuckets: parts.termBuckets,
    wordBuckets: parts.wordBuckets,
    docShardSlots: DOC_SHARD_SLOTS,
    listShardSlots: LIST_SHARD_SLOTS,
    outlets,
    docSlots: bySlot.map(({ slot }) => {
      const d = slot - prevSlot;
      prevSlot = slot;
      return d;
    }),
    docOutlet: bySlot.map(({ a }) => (a.outlet === null ? -1 : (outletNo.get(a.outlet) ?? -1))),
    docRank: bySlot.map(({ a }) => rankOf.get(a) ?? 0),
    years,
    big: parts.big,
    facets: buildFacets(ordered, outlets),
  };
}
