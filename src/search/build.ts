/**
 * Builds the search index from Article records and cuts it into the script pieces
 * described in format.ts. Each article is analysed on its own (tokenizer → stop
 * words → stemmer: the Indonesian plugin's pipeline) into term frequencies and field
 * lengths, which a cache (analysis-cache.ts) keeps by content hash; the pieces are
 * then assembled from those. No lunr Builder runs at build time: the client computes
 * lunr's weights from the raw figures. Pure: returns file contents, writes nothing.
 */
import { articleKey, inArchiveOrder } from '../archive/order.ts';
import type { Article } from '../ingest/types.ts';
import {
  type DocRecord,
  type DocShard,
  type MetaShard,
  type WordShard,
  FIELDS,
  FORMAT_VERSION,
  bm25Factor,
  DOC_SHARD_SLOTS,
  encodeShard,
  hash32,
  refAverage,
  scriptJson,
  termBucket,
  wordPrefixKey,
  wordSuffixKey,
} from './format.ts';
import { type AnalysedDoc, bodyText, type Dictionary } from './analyse.ts';
import type { PieceState, ReuseInput } from './piece-state.ts';
import { formatShort, parsePublished } from '../archive/dates.ts';
import { buildFacets } from './facets.ts';
import { createHash } from 'node:crypto';
import { type ReusePlan, planReuse } from './reuse.ts';
import { compareId } from '../collate.ts';

/** Postings bigger than this (characters of JSON) get their own file instead of sharing a bucket. */
export const OWN_FILE_CHARS = 2048;
/**
 * Documents in a frequent term's head (x/<h>.js): enough for the first pages of a
 * word most articles hold; each later slice holds TAIL_GROWTH times the one before.
 */
export const HEAD_DOCS = 128;
const TAIL_GROWTH = 4;
/** Longest text kept per document for excerpts (a 1 MB line must not bloat the store). */
const MAX_TEXT = 8_000;
/** Typo hints in a big archive leave out words met in a single article (mostly names and typos). */
const HINT_MIN_DF_FROM = 1000;

/** The archive's order (src/archive/order.ts): the rank shipped for "newest" sorting and year ranges. */
export function orderArticles(articles: readonly Article[]): Article[] {
  return inArchiveOrder(articles, articleKey);
}

function excerptText(a: Article): string {
  const body = bodyText(a);
  const text = a.lead && !body.startsWith(a.lead) ? `${a.lead}\n${body}` : body || a.lead;
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

const pow2AtLeast = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/**
 * Slot per article: open addressing (linear probing) of hash(id) in a power-of-two space
 * at most half full, articles placed in id order. A function of the set of ids, so a cold
 * build and a rebuild agree; adding or removing one article moves at most the few in its
 * probe run. The space doubles when the archive does (then every number changes, rarely).
 */
export function assignSlots(articles: readonly Article[]): { slots: number; slotOf: Map<Article, number> } {
  const slots = Math.max(8, pow2AtLeast(2 * articles.length));
  const taken = new Uint8Array(slots);
  const slotOf = new Map<Article, number>();
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
}

/** Per term while assembling: its position in its first document, and per field flat [slot, tf, length, …] in slot order. */
interface TermAcc {
  id: number;
  firstPos: number;
  fields: Array<number[] | undefined>;
}

/** A shard whose data is JSON text made here (postings: digits and brackets only; terms through scriptJson). */
const rawShard = (key: string, json: string): string => `__arsip.push(${JSON.stringify(key)},${json});\n`;

/** Postings as JSON text from per-field flat [slot, tf, length, …] lists in slot order: [[field, slot deltas, tfs, lengths], …]. */
function fieldsJson(fields: ReadonlyArray<readonly number[] | undefined>): string {
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
const postingsJson = (acc: TermAcc): string => fieldsJson(acc.fields);

/** Rounded up at the 4th decimal: still an upper bound, and short. */
const ceil4 = (x: number): number => Math.ceil(x * 1e4) / 1e4;

/**
 * A frequent term's files: the head (HeadShard) and its tail slices, documents in
 * impact order (highest impact key first, ties by slot), each slice's postings in slot
 * order. A document's postings for the term (every field) stay in one slice, so a
 * loaded slice gives exact weights for its documents.
 */
function slicedPostings(acc: TermAcc, avgRef: readonly number[], headDocs = HEAD_DOCS): { head: string; tails: string[] } {
  const boosts = FIELDS.map((f) => f.boost);
  const key = new Map<number, number>();
  let df = 0;
  let firstSlot = Infinity;
  acc.fields.forEach((flat, f) => {
    if (!flat) return;
    for (let k = 0; k < flat.length; k += 3) {
      const slot = flat[k] ?? 0;
      const w = (boosts[f] ?? 1) * bm25Factor(flat[k + 1] ?? 0, flat[k + 2] ?? 0, avgRef[f] ?? 1);
      key.set(slot, (key.get(slot) ?? 0) + w);
      df++;
      firstSlot = Math.min(firstSlot, slot);
    }
  });
  const order = [...key.keys()].sort((a, b) => (key.get(b) ?? 0) - (key.get(a) ?? 0) || a - b);
  // Slice of each document: 0 = head, then slices growing by TAIL_GROWTH.
  const sliceOf = new Map<number, number>();
  const sliceMax: number[] = [];
  for (let i = 0, slice = 0, size = headDocs, end = headDocs; i < order.length; i++) {
    if (i === end) {
      slice++;
      size *= TAIL_GROWTH;
      end += size;
      sliceMax.push(ceil4(key.get(order[i] ?? 0) ?? 0));
    }
    sliceOf.set(order[i] ?? 0, slice);
  }
  const slices = sliceMax.length + 1;
  const perSlice: Array<Array<number[] | undefined>> = Array.from({ length: slices }, () => []);
  acc.fields.forEach((flat, f) => {
    if (!flat) return;
    for (let k = 0; k < flat.length; k += 3) {
      const s = sliceOf.get(flat[k] ?? 0) ?? 0;
      ((perSlice[s] as Array<number[] | undefined>)[f] ??= []).push(flat[k] ?? 0, flat[k + 1] ?? 0, flat[k + 2] ?? 0);
    }
  });
  const [head = [], ...tails] = perSlice.map(fieldsJson);
  return { head: `[${key.size},${df},${firstSlot},[${sliceMax.join(',')}],${head}]`, tails };
}

/** A document's entry in the document store (d/<shard>.js). */
function docRecord(a: Article): DocRecord {
  const date = parsePublished(a.published);
  return [
    a.id,
    a.title,
    a.url,
    a.outlet,
    a.published,
    date ? formatShort(date) : null,
    excerptText(a),
    a.authors,
    a.sourceUrl,
    a.titleDerived ? 1 : 0,
    a.accessed,
  ];
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('base64');

/**
 * The index of the articles. Documents are analysed (`analyse`, numbers from `dict`)
 * and accumulated one at a time in slot order, as the reference index adds them; the
 * piece files are made lazily from the accumulated postings, so neither every
 * article's analysis nor every file's text is held at once. With `reuse`, only the
 * pieces a changed document goes into are made (reuse.ts decides which); when the
 * index's shape turned out different from the previous one, everything is made.
 */
export function buildSearchFiles(
  articles: readonly Article[],
  analyse: (a: Article) => AnalysedDoc,
  dict: Dictionary,
  ownFileChars = OWN_FILE_CHARS,
  headDocs = HEAD_DOCS,
  reuse?: ReuseInput,
): SearchFiles {
  const codeKey = reuse?.codeKey ?? '';
  const { slots, slotOf } = assignSlots(articles);
  const bySlot = articles.map((a) => ({ a, slot: slotOf.get(a) ?? 0 })).sort((x, y) => x.slot - y.slot);
  const docKeys: PieceState['docs'] = reuse ? bySlot.map(({ a, slot }) => [slot, reuse.keyOf(a), sha1(JSON.stringify(docRecord(a)))]) : [];
  const plan = reuse ? planReuse(reuse, docKeys, analyse, dict, bySlot) : null;
  const made = assemble(articles, bySlot, analyse, dict, ownFileChars, headDocs, slots, docKeys, plan, codeKey);
  // Something every piece depends on changed (more terms, new averages, the slot space): make them all.
  if (plan && made.state.shape !== reuse?.previous?.shape) {
    return assemble(articles, bySlot, analyse, dict, ownFileChars, headDocs, slots, docKeys, null, codeKey);
  }
  return made;
}

function assemble(
  articles: readonly Article[],
  bySlot: ReadonlyArray<{ a: Article; slot: number }>,
  analyse: (a: Article) => AnalysedDoc,
  dict: Dictionary,
  ownFileChars: number,
  headDocs: number,
  slots: number,
  docKeys: PieceState['docs'],
  plan: ReusePlan | null,
  codeKey: string,
): SearchFiles {
  // Terms by dictionary number, and in the order first met (the output must not depend on the numbering).
  // Dictionary number → 1 + position in termOrder (a typed array: a sparse JS array turns into a slow dictionary).
  let accOf = new Int32Array(Math.max(1024, dict.strings.length));
  // Every distinct term counts for the bucket count; only those of pieces to make are accumulated.
  let seen = new Uint8Array(accOf.length);
  let termCount = 0;
  const termOrder: TermAcc[] = [];
  const fieldLengths = FIELDS.map(() => 0);
  const wordDf = new Map<number, number>();
  for (const { a, slot } of bySlot) {
    const doc = plan?.fresh.get(a) ?? analyse(a);
    let pos = 0;
    doc.terms.forEach((fieldTerms, f) => {
      const tfs = doc.tfs[f] ?? [];
      const length = doc.lengths[f] ?? 0;
      fieldLengths[f] = (fieldLengths[f] ?? 0) + length;
      for (let k = 0; k < fieldTerms.length; k++) {
        const id = fieldTerms[k] ?? 0;
        if (id >= accOf.length) {
          const size = Math.max(id + 1, accOf.length * 2);
          const grown = new Int32Array(size);
          grown.set(accOf);
          accOf = grown;
          const grownSeen = new Uint8Array(size);
          grownSeen.set(seen);
          seen = grownSeen;
        }
        if (seen[id] === 0) {
          seen[id] = 1;
          termCount++;
        }
        if (plan && !plan.wanted(id)) {
          pos++;
          continue;
        }
        let acc = termOrder[(accOf[id] ?? 0) - 1];
        if (acc === undefined) {
          acc = { id, firstPos: pos, fields: [] };
          accOf[id] = termOrder.push(acc);
        }
        pos++;
        (acc.fields[f] ??= []).push(slot, tfs[k] ?? 0, length);
      }
    });
    for (const w of doc.words) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
  }

  const termBuckets = pow2AtLeast(Math.ceil(termCount / 48));
  const term = (acc: TermAcc): string => dict.strings[acc.id] ?? '';
  // Postings over ownFileChars get their own file, named by a hash of the term (in term
  // order on a collision): stable across builds. Sizes are known only once encoded, so
  // the big terms' text is kept until their files are made.
  const bucketed: Array<Array<[TermAcc, string]>> = Array.from({ length: termBuckets }, () => []);
  const big: Array<[string, string, number]> = [];
  const bigText = new Map<string, { head: string; tails: string[] }>();
  const avgRef = fieldLengths.map((total) => refAverage(total / Math.max(1, articles.length)));
  // Reused: the previous big terms nothing changed in keep their files (and their place in meta).
  const keptBig = new Set<string>();
  if (plan) {
    for (const entry of plan.previousBig) {
      if (plan.dirtyTerms.has(entry[0])) continue;
      big.push([entry[0], '', entry[2]]);
      keptBig.add(entry[0]);
    }
  }
  for (const acc of termOrder) {
    const t = term(acc);
    if (keptBig.has(t)) {
      acc.fields = [];
      continue;
    }
    const json = postingsJson(acc);
    if (json.length > ownFileChars) {
      big.push([t, '', acc.firstPos]);
      bigText.set(t, slicedPostings(acc, avgRef, headDocs));
    } else bucketed[termBucket(t, termBuckets)]?.push([acc, json]);
    acc.fields = [];
  }
  big.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const bigFiles = new Set<string>();
  for (const entry of big) {
    const base = hash32(entry[0]).toString(36);
    let file = base;
    for (let k = 1; bigFiles.has(file); k++) file = `${base}-${k}`;
    bigFiles.add(file);
    entry[1] = file;
  }

  // Typo hints in a big archive leave out words met in a single article.
  const minDf = articles.length >= HINT_MIN_DF_FROM ? 2 : 1;
  const hintWords = [...wordDf]
    .filter(([, df]) => df >= minDf)
    .map(([w, df]): [string, number] => [dict.strings[w] ?? '', df])
    .sort((x, y) => (x[0] < y[0] ? -1 : 1));
  wordDf.clear();
  const wordBuckets = pow2AtLeast(Math.ceil(hintWords.length / 512));

  const meta = metaShard(articles, bySlot, { slots, fieldLengths, avgRef, termBuckets, wordBuckets, big });
  // A kept big term whose file name moved (another term's file took its name): its pieces are not the published ones.
  const renamed = plan ? big.some(([t, file]) => keptBig.has(t) && plan.previousBigFile.get(t) !== file) : false;
  const shape = JSON.stringify([FORMAT_VERSION, slots, termBuckets, wordBuckets, avgRef, minDf, ownFileChars, headDocs, codeKey, renamed]);
  const state: PieceState = { shape, termBuckets, wordBuckets, docs: docKeys, big: big.map((b) => [b[0], b[1], b[2]]), digests: {} };

  function* files(): Generator<[string, string | null]> {
    yield ['meta.js', encodeShard('meta', meta)];
    for (const [t, file] of big) {
      if (keptBig.has(t)) {
        for (const p of plan?.previousPieces.get(file) ?? []) yield [p, null];
        continue;
      }
      const sliced = bigText.get(t);
      bigText.delete(t);
      if (!sliced) continue;
      yield [`x/${file}.js`, rawShard(`x/${file}`, sliced.head)];
      for (const [i, tail] of sliced.tails.entries()) yield [`x/${file}.${i + 1}.js`, rawShard(`x/${file}.${i + 1}`, tail)];
    }
    for (let i = 0; i < termBuckets; i++) {
      if (plan && !plan.dirtyBuckets.has(i)) {
        if (plan.previous.digests[`t/${i}.js`] !== undefined) yield [`t/${i}.js`, null];
        continue;
      }
      const entries = (bucketed[i] ?? []).map(([acc, json]) => `[${scriptJson(term(acc))},${acc.firstPos},${json}]`);
      bucketed[i] = [];
      yield [`t/${i}.js`, rawShard(`t/${i}`, `[${entries.join(',')}]`)];
    }
    // Document store, by slot range; shards with no document are not written.
    for (let from = 0; from < bySlot.length; ) {
      const s = Math.floor((bySlot[from]?.slot ?? 0) / DOC_SHARD_SLOTS);
      if (plan && !plan.dirtyDocShards.has(s)) {
        while (from < bySlot.length && Math.floor((bySlot[from]?.slot ?? 0) / DOC_SHARD_SLOTS) === s) from++;
        yield [`d/${s}.js`, null];
        continue;
      }
      const shard: DocShard = Array.from({ length: DOC_SHARD_SLOTS }, () => null);
      for (; from < bySlot.length && Math.floor((bySlot[from]?.slot ?? 0) / DOC_SHARD_SLOTS) === s; from++) {
        const { a, slot } = bySlot[from] as { a: Article; slot: number };
        shard[slot % DOC_SHARD_SLOTS] = docRecord(a);
      }
      yield [`d/${s}.js`, encodeShard(`d/${s}`, shard)];
    }
    // Surface words for typo hints, reachable by prefix and by suffix.
    const wordShards = new Map<string, WordShard>();
    for (const [w, df] of hintWords) {
      for (const key of [wordPrefixKey(w, wordBuckets), wordSuffixKey(w, wordBuckets)]) {
        if (plan && !plan.dirtyWordShards.has(key)) continue;
        let shard = wordShards.get(key);
        if (!shard) wordShards.set(key, (shard = []));
        shard.push([w, Math.floor(Math.log2(df))]);
      }
    }
    for (let i = 0; i < wordBuckets; i++) {
      for (const kind of ['wp', 'ws']) {
        const key = `${kind}/${i}`;
        yield [`${key}.js`, plan && !plan.dirtyWordShards.has(key) ? null : encodeShard(key, wordShards.get(key) ?? [])];
      }
    }
  }
  return { meta, files: files(), state };
}

/** Meta: corpus statistics, outlets, per-document outlet and date rank, year ranges, frequent terms. */
function metaShard(
  articles: readonly Article[],
  bySlot: ReadonlyArray<{ a: Article; slot: number }>,
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
    slots: parts.slots,
    termBuckets: parts.termBuckets,
    wordBuckets: parts.wordBuckets,
    docShardSlots: DOC_SHARD_SLOTS,
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
