/**
 * The on-disk format of the search index, shared by the writer (build time),
 * the browser client and the CLI. Every piece is a script file that calls
 * `__arsip.push(key, data)`: `<script>` tags load from file://, fetch does not.
 *
 *   search/meta.js        fields, bucket counts, outlets, per-document outlet, year ranges
 *   search/t/<b>.js       term bucket b = hash(term) % termBuckets: term → [termIndex, postings | null]
 *   search/x/<i>.js       postings of a frequent term (termIndex i), kept out of its bucket
 *   search/d/<s>.js       document store shard s: documents s*docShardSize … (title, url, outlet, date, text)
 *   search/wp|ws/<b>.js   surface words by 2-letter prefix / suffix bucket, with document frequency (typo hints)
 *   search/cari.js        the bundled client (lunr + Indonesian module + page logic), preceded by
 *                         `window.__arsipMeta = <meta>` so a query needs no extra round trip for it
 *
 * Postings carry lunr's own field-vector weights (already rounded by lunr to 1e-3,
 * stored ×1000 as integers), so a partial index assembled from them scores exactly
 * like the full one.
 */

export const SEARCH_DIR = 'search';
export const FORMAT_VERSION = 1;

export interface FieldSpec {
  name: 'title' | 'lead' | 'body' | 'topics' | 'outlet';
  boost: number;
}

export const FIELDS: readonly FieldSpec[] = [
  { name: 'title', boost: 5 },
  { name: 'lead', boost: 1 },
  { name: 'body', boost: 1 },
  { name: 'topics', boost: 1 },
  { name: 'outlet', boost: 1 },
];

export interface MetaShard {
  version: number;
  fields: string[];
  docCount: number;
  termBuckets: number;
  wordBuckets: number;
  docShardSize: number;
  /** Outlet names, sorted; documents refer to them by position. */
  outlets: string[];
  /** Outlet position per document, -1 when unknown. */
  docOutlet: number[];
  /** Documents are numbered newest first: [year, first document, end (exclusive)]. */
  years: Array<[number, number, number]>;
  /** Frequent terms whose postings live in x/<termIndex>.js: [term, termIndex]. Loaded directly, no bucket. */
  big: Array<[string, number]>;
}

/** Per field that has the term: [field number, document numbers delta-encoded, weights ×1000]. */
export type FieldPostings = [number, number[], number[]];
/** [termIndex, postings], or [termIndex, null] when the postings live in x/<termIndex>.js. */
export type TermEntry = [number, FieldPostings[] | null];
/** Arrays, not objects: a term such as "__proto__" must stay data in an object literal. */
export type TermShard = Array<[string, number, FieldPostings[] | null]>;
export type PostingsShard = FieldPostings[];

/** [id, title, url (relative to the site root), outlet, published (ISO), date as shown ("3 Februari 2020"), text for excerpts] */
export type DocRecord = [string, string, string, string | null, string | null, string | null, string];
export type DocShard = DocRecord[];

/** [word, document frequency] */
export type WordShard = Array<[string, number]>;

/**
 * lunr document refs: "d" + document number. Not integer-like on purpose: V8 stores
 * integer keys ("5234") as array elements, and lunr's postings objects then grow
 * dense holey arrays per term — gigabytes and 20+ s of GC at 10,000 documents.
 */
export const docRef = (n: number): string => `d${n}`;
export const docNumber = (ref: string): number => Number(ref.slice(1));

/** FNV-1a over UTF-16 code units: the same bucket at build time and in the browser. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

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

export function encodeShard(key: string, data: unknown): string {
  return `__arsip.push(${JSON.stringify(key)},${scriptJson(data)});\n`;
}

/** The client bundle with the index's meta in front of it. */
export function clientScript(meta: MetaShard, bundle: string): string {
  return `window.__arsipMeta=${scriptJson(meta)};\n${bundle}`;
}
