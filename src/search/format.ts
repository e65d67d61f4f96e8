/**
 * The on-disk format of the search index, shared by the writer (build time),
 * the browser client and the CLI. Every piece is a script file that calls
 * `__arsip.push(key, data)`: `<script>` tags load from file://, fetch does not.
 *
 *   search/meta.js        fields, corpus statistics (document count, total field lengths), bucket counts,
 *                         outlets, per-document slot/outlet/date rank, year ranges, frequent terms
 *   search/t/<b>.js       term bucket b = hash(term) % termBuckets: term → [first position, postings | null]
 *   search/x/<h>.js       a frequent term (h: hash of the term), kept out of its bucket: its totals and
 *                         the postings of its highest-impact documents (the head, see HeadShard)
 *   search/x/<h>.<i>.js   the rest of its postings in impact order, slice i = 1, 2, … (loaded when needed)
 *   search/x/<h>.n.js     its adjacency filter (follow.ts): per document holding it, hashes of what follows
 *                         it in the title or stored text, slice by slice (a phrase reads those of the
 *                         slices it has loaded); loaded only for a quoted phrase
 *   search/d/<s>.js       document store shard s: slots s*docShardSlots … (title, url, outlet, date, text)
 *   search/l/<s>.js       list store shard s: slots s*listShardSlots … (what a downloaded result list needs,
 *                         no text: a thousand results in a few dozen files instead of hundreds)
 *   search/wp|ws/<b>.js   surface words by 2-letter prefix / suffix bucket, with a frequency class (typo hints)
 *   search/cari.js        the bundled client (Indonesian module + engine + page logic), preceded by
 *                         `window.__arsipMeta = <meta>` so a query needs no extra round trip for it
 *
 * Postings carry what lunr's BM25 needs, not lunr's weights: raw term frequencies and
 * field lengths. The weights depend on corpus statistics (document count, average
 * field length, document frequency) that change with every article; shipped raw, a new
 * article changes only the postings of its own terms, its document shard and meta.
 * The client computes each weight exactly as lunr 2.3.9's Builder#createFieldVectors
 * does and scores exactly as Index#query does (see engine.ts), so results equal a full
 * lunr index (tests/search/index-build.test.ts compares them over hundreds of queries).
 * lunr's query-time score divides by the query vector's magnitude only, never the
 * document's, so no per-document magnitudes are needed.
 *
 * Impact order: a frequent term's documents are sorted by lunr's weight of the term
 * in them (summed over fields), computed with average field lengths rounded to 1/16
 * octave (`avgRef`) so that one more article almost never reorders the postings of
 * terms it does not hold. The first page of results for a common word needs only
 * the heads; the client proves it exact with an upper bound on every unloaded
 * document's score (impact.ts) and loads further slices when the bound is not met.
 *
 * Documents are numbered by slot: an open-addressing hash of the article id into
 * `slots` (a power of two ≥ 2 × documents), so an added or removed article does not
 * renumber the others (a list ordered by date would shift every later number, and with
 * it every posting). The slots are a function of the set of ids alone: a cold build and
 * any rebuild give the same numbers.
 */

import { fnv1a } from '../hash.ts';
import type { FacetMeta } from './facets.ts';

export const FORMAT_VERSION = 7;

/** Slots per document-store file: a page of results touches few, small files. */
export const DOC_SHARD_SLOTS = 8;

/**
 * Slots per list-store file: a result list of 1,000 at 10,000 articles reads all 32 files (about 5 MB) rather
 * than ~900 document pieces; each script costs the browser a few milliseconds however small it is.
 */
export const LIST_SHARD_SLOTS = 1024;

/** lunr 2.3.9's Builder defaults (lunr.Builder: this._b = 0.75, this._k1 = 1.2). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export type FieldName = 'title' | 'lead' | 'body' | 'topics' | 'outlet' | 'authors' | 'dateline';

export interface FieldSpec {
  name: FieldName;
  boost: number;
  /** The query language's prefix that restricts a word to this field (`penulis:ardito`, syntax.ts), if any. */
  prefix?: string;
}

export const FIELDS: readonly FieldSpec[] = [
  { name: 'title', boost: 5, prefix: 'judul' },
  { name: 'lead', boost: 1 },
  { name: 'body', boost: 1 },
  { name: 'topics', boost: 1, prefix: 'topik' },
  { name: 'outlet', boost: 1, prefix: 'media' },
  // A reporter's name or the dateline town weighs a little more than a word of the story.
  { name: 'authors', boost: 2, prefix: 'penulis' },
  { name: 'dateline', boost: 2, prefix: 'tempat' },
];

export interface MetaShard {
  version: number;
  fields: string[];
  /** Number of documents (lunr's documentCount). */
  docCount: number;
  /** Sum of field lengths (terms after the pipeline) over all documents, per field: average = total / docCount. */
  fieldLengths: number[];
  /**
   * Per field, the average length the impact order of frequent terms was computed with:
   * the true average rounded to 1/16 octave (see refAverage). The client bounds unloaded
   * documents' weights from it (impact.ts).
   */
  avgRef: number[];
  /**
   * At least the length of the longest title (its index tokens, stop words counted): the
   * smallest weight a term standing in a title can have follows from it, which tells when
   * every title holding a query word is loaded (impact.ts, the title tier). Absent in
   * indexes built before it: any unloaded document may then be in the tier, which may load more
   * slices for a first page, never rank otherwise.
   */
  titleLengthMax?: number;
  /** Size of the slot space documents are numbered in (a power of two). */
  slots: number;
  termBuckets: number;
  wordBuckets: number;
  docShardSlots: number;
  listShardSlots: number;
  /** Outlet names, sorted; documents refer to them by position. */
  outlets: string[];
  /** Occupied slots in ascending order, delta-encoded. The next two arrays follow this order. */
  docSlots: number[];
  /** Outlet position per document, -1 when unknown. */
  docOutlet: number[];
  /** Position per document in newest-first order (0 = newest; undated last). */
  docRank: number[];
  /** Years in newest-first rank space: [year, first rank, end rank (exclusive)]. */
  years: Array<[number, number, number]>;
  /** Frequent terms whose postings live in x/<file>.js, loaded directly (no bucket). */
  big: BigTerm[];
  /** Outlet and topic slugs, topic postings, document days: filters and counts (see facets.ts). */
  facets?: FacetMeta;
}

/**
 * A frequent term: [term, file, firstPos, tail slices]. The number of slices lets a phrase ask for them all at
 * once, with the head, instead of after it.
 */
export type BigTerm = [string, string, number, number];

/**
 * Per field that has the term: [field number, slots delta-encoded, term frequencies, field lengths].
 * The first delta is the first slot holding the term in that field.
 */
export type FieldPostings = [number, number[], number[], number[]];
/**
 * lunr numbers terms in the order it first meets them (documents in slot order, then
 * fields, then tokens) and sums a multi-term dot product in that order. Shipping that
 * number would renumber every later term when an article lands in the middle; shipped
 * instead is the term's position in its first document (`firstPos`, counted over the
 * document's fields in order): (first slot, firstPos) sorts terms exactly as lunr's
 * numbers do, and only changes for a term whose postings change anyway.
 */
export type TermEntry = [number, FieldPostings[] | null];
/** [term, firstPos, postings | null (in x/<file>.js)]. Arrays, not objects: a term such as "__proto__" must stay data. */
export type TermShard = Array<[string, number, FieldPostings[] | null]>;
export type PostingsShard = FieldPostings[];
/**
 * x/<h>.js: [documents holding the term, lunr's document frequency ((document, field)
 * pairs), first slot holding it, per tail slice x/<h>.<i>.js the highest impact key
 * of its documents (rounded up, decreasing), the head's postings]. The impact key of a
 * document is Σ over fields of boost × BM25 term factor at `avgRef` (no idf): see impactKey.
 */
export type HeadShard = [number, number, number, number[], FieldPostings[]];

/** The average a frequent term's impact order is computed with: 2^(k/16) nearest the true average. */
export function refAverage(avg: number): number {
  return avg > 0 ? 2 ** (Math.round(Math.log2(avg) * 16) / 16) : 1;
}

/** lunr's BM25 factor of a term in a field (Builder#createFieldVectors without idf, boost and rounding). */
export function bm25Factor(tf: number, len: number, avg: number): number {
  return ((BM25_K1 + 1) * tf) / (BM25_K1 * (1 - BM25_B + BM25_B * (len / avg)) + tf);
}

/**
 * [id, title, url (relative to the site root), outlet, published (ISO), date as shown ("3 Februari 2020"),
 * text for excerpts, authors, the original's address, 1 when the title was derived from the lead, accessed (ISO)]:
 * what a result row shows and what a result list exported for a bibliography needs (src/search/resultList.ts).
 */
export type DocRecord = [string, string, string, string | null, string | null, string | null, string, string[], string | null, 0 | 1, string | null];
/** One entry per slot of the shard; null for an empty slot. */
export type DocShard = Array<DocRecord | null>;
/**
 * [id, title, url, outlet, published, authors, the original's address, derived title (1), accessed, the opening
 * (the text's first ~240 characters as plain text)]: a row of a downloaded result list (src/search/resultList.ts).
 */
export type ListRecord = [string, string, string, string | null, string | null, string[], string | null, 0 | 1, string | null, string];
/** The list-store shard's documents: [slot within the shard, record], ascending (a shard has ~1,000 slots, a third used). */
export type ListShard = Array<[number, ListRecord]>;

/** [word, frequency class]: ⌊log2(document frequency)⌋, so one more article rarely changes a word's entry. */
export type WordShard = Array<[string, number]>;

/**
 * lunr document refs: "d" + document number. Not integer-like on purpose: V8 stores
 * integer keys ("5234") as array elements, and lunr's postings objects then grow
 * dense holey arrays per term — gigabytes and 20+ s of GC at 10,000 documents.
 */
export const docRef = (n: number): string => `d${n}`;
export const docNumber = (ref: string): number => Number(ref.slice(1));

/** FNV-1a (src/hash.ts): the same bucket at build time and in the browser. */
export const hash32 = fnv1a;

export const termBucket = (term: string, buckets: number): number => hash32(term) % buckets;
export const wordPrefixKey = (word: string, buckets: number): string => `wp/${hash32(word.slice(0, 2)) % buckets}`;
export const wordSuffixKey = (word: string, buckets: number): string => `ws/${hash32(word.slice(-2)) % buckets}`;

/**
 * A shard as a script. JSON is valid JS; `<`, `>`, U+2028 and U+2029 are escaped so
 * hostile text (`</script>`, line separators) can never end or break the script.
 */
export function scriptJson(data: unknown): string {
  return (
    JSON.stringify(data)
      .replace(/[<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      // In an object literal `"__proto__": v` sets the prototype instead of a key; a computed key stays data.
      // (Outside keys, an unescaped `"__proto__":` cannot occur in JSON text.)
      .replace(/"__proto__":/g, '["__proto__"]:')
  );
}

/** JSON text that is also safe inside a <script>: `<`, `>`, U+2028 and U+2029 as \\u escapes (still strict JSON). */
function safeJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const PUSH = '__arsip.push(';
const PARSED = 'JSON.parse(';

/**
 * A piece: `__arsip.push("<key>",<data>);` where <data> is strict JSON, so a
 * reader outside the browser parses it instead of running it (decodeShard). An
 * object key `__proto__` would set the prototype in a script's object literal:
 * data holding one is written as `JSON.parse("<the JSON as a JSON string>")`,
 * which JSON.parse reads as an own key, and which is strict JSON twice over.
 */
export function encodeShard(key: string, data: unknown): string {
  const json = safeJson(data);
  const payload = json.includes('"__proto__":') ? `${PARSED}${safeJson(json)})` : json;
  return `${PUSH}${JSON.stringify(key)},${payload});\n`;
}

/** A piece that is not what encodeShard writes: the reason, in Indonesian (the CLI prints it). */
export class ShardFormatError extends Error {}

/**
 * The data of a piece, read as data: the wrapper matched exactly, the payload
 * through JSON.parse. Nothing in the piece is ever evaluated.
 */
export function decodeShard(text: string, key: string): unknown {
  const head = `${PUSH}${JSON.stringify(key)},`;
  const tail = /\);\r?\n?$/.exec(text);
  if (!text.startsWith(head) || !tail) throw new ShardFormatError(`tidak berbentuk ${PUSH}"${key}", data);`);
  const payload = text.slice(head.length, tail.index);
  try {
    if (payload.startsWith(PARSED) && payload.endsWith(')')) {
      const inner: unknown = JSON.parse(payload.slice(PARSED.length, -1));
      if (typeof inner !== 'string') throw new ShardFormatError('isi JSON.parse bukan teks JSON');
      return JSON.parse(inner);
    }
    return JSON.parse(payload);
  } catch (err) {
    if (err instanceof ShardFormatError) throw err;
    throw new ShardFormatError(`datanya bukan JSON (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
}

/** The client bundle with the index's meta in front of it. */
export function clientScript(meta: MetaShard, bundle: string): string {
  return `window.__arsipMeta=${scriptJson(meta)};\n${bundle}`;
}
