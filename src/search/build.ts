/**
 * Builds the search index from Article records with lunr's Builder (Indonesian
 * plugin, fields title/lead/body/topics/outlet) and cuts it into the script
 * pieces described in format.ts. Pure: returns file contents, writes nothing.
 */
import lunr from 'lunr';
import type { Article } from '../ingest/types.ts';
import { TOPIC_GAZETTEER } from '../ingest/data/topics.ts';
import {
  type DocRecord,
  type FieldPostings,
  type MetaShard,
  type TermShard,
  type WordShard,
  FIELDS,
  FORMAT_VERSION,
  docNumber,
  docRef,
  encodeShard,
  termBucket,
  wordPrefixKey,
  wordSuffixKey,
} from './format.ts';
import { indonesian } from './indonesian/lunr-plugin.ts';
import { isStopWord, stem, tokenizeForIndex } from './indonesian/index.ts';
import { formatShort, parsePublished } from '../archive/dates.ts';

/** Postings bigger than this (characters of JSON) get their own file instead of sharing a bucket. */
const OWN_FILE_CHARS = 2048;
/** Documents per document-store file: a page of results touches few, small files. */
export const DOC_SHARD_SIZE = 2;
/** Longest text kept per document for excerpts (a 1 MB line must not bloat the store). */
const MAX_TEXT = 8_000;

interface IndexedDoc {
  ref: string;
  title: string;
  lead: string;
  body: string;
  topics: string;
  outlet: string;
}

const ALIASES = new Map(TOPIC_GAZETTEER.map((t) => [t.name, [t.name, ...t.aliases, ...(t.caseSensitive ?? [])]]));

/** The topics field holds every alias of every tag: "Tiongkok" finds China-tagged articles. */
export function topicsText(topics: readonly string[]): string {
  return topics.map((t) => (ALIASES.get(t) ?? [t]).join(' ; ')).join(' ; ');
}

/** Newest first; undated last; ties by id. Document numbers follow this order. */
export function orderArticles(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => {
    if (a.published !== b.published) {
      if (a.published === null) return 1;
      if (b.published === null) return -1;
      const da = a.published.slice(0, 10);
      const db = b.published.slice(0, 10);
      if (da !== db) return da < db ? 1 : -1;
      if (a.published !== b.published) return a.published < b.published ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

function bodyText(a: Article): string {
  return a.body.map((b) => b.text).join('\n');
}

function excerptText(a: Article): string {
  const body = bodyText(a);
  const text = a.lead && !body.startsWith(a.lead) ? `${a.lead}\n${body}` : body || a.lead;
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

const pow2AtLeast = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

export interface BuiltIndex {
  builder: lunr.Builder;
  ordered: Article[];
  /** Distinct surface words per document count (for typo hints). */
  wordDf: Map<string, number>;
}

/** lunr.Builder internals that `addDocument` fills exactly as Builder#add does. */
interface BuilderState {
  _ref: string;
  _fields: Record<string, unknown>;
  _documents: Record<string, object>;
  documentCount: number;
  termIndex: number;
  invertedIndex: Record<string, Record<string, Record<string, object>> & { _index?: number }>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
}

/**
 * Builder#add without lunr's per-token object overhead (lunr.Token, pipeline calls,
 * object-keyed lookups): 3.8 million tokens at 10,000 articles took 20–35 s in stock
 * add. Same result, field by field: the analysed terms (tokenizer → stop words →
 * stemmer, the plugin's pipeline), term indexes in first-seen order, term frequencies,
 * field lengths and postings. tests/search/index-build.test.ts checks the built index
 * against stock Builder#add document for document.
 */
function addDocument(
  builder: lunr.Builder,
  doc: Record<string, string>,
  docNo: number,
  analyse: (text: string, doc: number) => string[],
): void {
  const b = builder as unknown as BuilderState;
  const docRef = doc[b._ref] ?? '';
  b._documents[docRef] = {};
  b.documentCount += 1;
  for (const fieldName of Object.keys(b._fields)) {
    const terms = analyse(doc[fieldName] ?? '', docNo);
    const fieldRef = `${fieldName}/${docRef}` /* lunr.FieldRef#toString */;
    const fieldTerms: Record<string, number> = Object.create(null);
    b.fieldTermFrequencies[fieldRef] = fieldTerms;
    b.fieldLengths[fieldRef] = terms.length;
    for (const term of terms) {
      const tf = fieldTerms[term];
      if (tf !== undefined) {
        fieldTerms[term] = tf + 1;
        continue;
      }
      fieldTerms[term] = 1;
      let posting = b.invertedIndex[term];
      if (posting === undefined) {
        posting = Object.create(null) as BuilderState['invertedIndex'][string];
        posting._index = b.termIndex;
        b.termIndex += 1;
        b.invertedIndex[term] = posting;
      }
      // Field objects are created when first needed (fillPostings adds the empty ones
      // before an Index is made), and all postings share one empty metadata object
      // (no metadata is whitelisted): millions fewer allocations at 10,000 articles.
      let docs = posting[fieldName];
      if (docs === undefined) posting[fieldName] = docs = Object.create(null) as Record<string, object>;
      docs[docRef] = NO_METADATA;
    }
  }
}

const NO_METADATA: object = Object.freeze(Object.create(null) as object);

/** Gives every posting an (empty) entry for each field, as lunr's Index#query expects. */
function fillPostings(builder: lunr.Builder): void {
  const b = builder as unknown as BuilderState;
  const fields = Object.keys(b._fields);
  for (const term of Object.keys(b.invertedIndex)) {
    const posting = b.invertedIndex[term];
    if (!posting) continue;
    for (const f of fields) posting[f] ??= Object.create(null) as Record<string, object>;
  }
}

interface WordInfo {
  term: string | null;
  /** Counted for typo hints: plain lower-case letters, 4–30 long. */
  hint: boolean;
  lastDoc: number;
  df: number;
}

/**
 * The plugin's index pipeline as a function: text → terms (tokenize, drop stop
 * words, stem), memoised per surface word. It also counts, per document, the
 * surface words used for typo hints.
 */
export function makeAnalyser(): { analyse: (text: string, doc: number) => string[]; words: Map<string, WordInfo> } {
  const words = new Map<string, WordInfo>();
  const analyse = (text: string, doc: number): string[] => {
    const out: string[] = [];
    for (const t of tokenizeForIndex(text)) {
      let info = words.get(t.text);
      if (info === undefined) {
        const term = isStopWord(t.text) ? null : stem(t.text) || null;
        const hint = term !== null && t.text.length >= 4 && t.text.length <= 30 && /^[a-z]+$/.test(t.text);
        info = { term, hint, lastDoc: -1, df: 0 };
        words.set(t.text, info);
      }
      if (info.term === null) continue;
      out.push(info.term);
      if (info.lastDoc !== doc) {
        info.lastDoc = doc;
        info.df++;
      }
    }
    return out;
  };
  return { analyse, words };
}

export function newBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  builder.use(indonesian);
  builder.ref('ref');
  for (const f of FIELDS) builder.field(f.name, { boost: f.boost });
  return builder;
}

export function indexedDocs(ordered: readonly Article[]): IndexedDoc[] {
  return ordered.map((a, i) => ({
    ref: docRef(i),
    title: a.title,
    lead: a.lead,
    body: bodyText(a),
    topics: topicsText(a.topics),
    outlet: a.outlet ?? '',
  }));
}

/**
 * Runs lunr's Builder over the articles: documents added, then lunr's own
 * calculateAverageFieldLengths and createFieldVectors (BM25 weights). The token
 * set is not needed for shipping. `stockAdd` uses lunr's Builder#add (tests).
 */
export function runBuilder(articles: readonly Article[], stockAdd = false): BuiltIndex {
  const ordered = orderArticles(articles);
  const builder = newBuilder();
  const { analyse, words } = makeAnalyser();
  indexedDocs(ordered).forEach((doc, i) => {
    if (stockAdd) builder.add(doc);
    else addDocument(builder, doc as unknown as Record<string, string>, i, analyse);
  });
  // Typo hints point at words people will find; in a big archive, words met in a single
  // article (mostly names and typos themselves) are left out to keep the pieces small.
  const minDf = ordered.length >= 1000 ? 2 : 1;
  const wordDf = new Map<string, number>();
  for (const [w, info] of words) if (info.hint && info.df >= minDf) wordDf.set(w, info.df);
  const internal = builder as unknown as { calculateAverageFieldLengths(): void; createFieldVectors(): void };
  internal.calculateAverageFieldLengths();
  internal.createFieldVectors();
  return { builder, ordered, wordDf };
}

/** A complete in-memory lunr index of the articles (tests compare the shipped pieces with it). */
export function buildFullIndex(articles: readonly Article[], stockAdd = false): lunr.Index {
  const { builder } = runBuilder(articles, stockAdd);
  fillPostings(builder);
  (builder as unknown as { createTokenSet(): void }).createTokenSet();
  const b = builder as unknown as {
    invertedIndex: object;
    fieldVectors: Record<string, lunr.Vector>;
    tokenSet: lunr.TokenSet;
  };
  const attrs = {
    invertedIndex: b.invertedIndex,
    fieldVectors: b.fieldVectors,
    tokenSet: b.tokenSet,
    fields: FIELDS.map((f) => f.name),
    pipeline: new lunr.Pipeline(),
  };
  return new lunr.Index(attrs as unknown as lunr.Index.Attributes);
}

export interface SearchFiles {
  /** Path relative to the search folder (e.g. "t/12.js") → script text. */
  files: Map<string, string>;
  meta: MetaShard;
  terms: number;
  docs: number;
}

/** Cuts the built index into script pieces. */
export function buildSearchFiles(articles: readonly Article[]): SearchFiles {
  const { builder, ordered, wordDf } = runBuilder(articles);
  const b = builder as unknown as {
    invertedIndex: Record<string, { _index: number }>;
    fieldVectors: Record<string, { elements: number[] }>;
  };
  const fieldNo = new Map(FIELDS.map((f, i) => [f.name as string, i]));
  const terms = Object.keys(b.invertedIndex);
  const termByIndex: string[] = [];
  for (const t of terms) termByIndex[b.invertedIndex[t]?._index ?? 0] = t;

  // Postings with lunr's weights, per term and field, documents ascending.
  const postings: Array<Map<number, [number[], number[]]>> = termByIndex.map(() => new Map());
  for (const fieldRef of Object.keys(b.fieldVectors)) {
    const slash = fieldRef.indexOf('/');
    const field = fieldNo.get(fieldRef.slice(0, slash)) ?? 0;
    const doc = docNumber(fieldRef.slice(slash + 1));
    const el = b.fieldVectors[fieldRef]?.elements ?? [];
    for (let k = 0; k < el.length; k += 2) {
      const perField = postings[el[k] ?? 0];
      if (!perField) continue;
      let list = perField.get(field);
      if (!list) perField.set(field, (list = [[], []]));
      list[0].push(doc);
      list[1].push(Math.round((el[k + 1] ?? 0) * 1000));
    }
  }

  const files = new Map<string, string>();
  const termBuckets = pow2AtLeast(Math.ceil(terms.length / 48));
  const buckets: TermShard[] = Array.from({ length: termBuckets }, () => []);
  const big: Array<[string, number]> = [];
  termByIndex.forEach((term, termIndex) => {
    const perField = postings[termIndex];
    if (!perField) return;
    const encoded: FieldPostings[] = [...perField.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([f, [docs, weights]]) => {
        // Field vectors are visited in document order, but sort to be safe, then delta-encode.
        const order = docs.map((_, i) => i).sort((i, j) => (docs[i] ?? 0) - (docs[j] ?? 0));
        let prev = 0;
        const deltas = order.map((i) => {
          const d = (docs[i] ?? 0) - prev;
          prev = docs[i] ?? 0;
          return d;
        });
        return [f, deltas, order.map((i) => weights[i] ?? 0)];
      });
    const size = JSON.stringify(encoded).length;
    if (size > OWN_FILE_CHARS) {
      files.set(`x/${termIndex}.js`, encodeShard(`x/${termIndex}`, encoded));
      big.push([term, termIndex]);
    } else buckets[termBucket(term, termBuckets)]?.push([term, termIndex, encoded]);
  });
  buckets.forEach((shard, i) => files.set(`t/${i}.js`, encodeShard(`t/${i}`, shard)));

  // Document store.
  const records: DocRecord[] = ordered.map((a) => {
    const date = parsePublished(a.published);
    return [a.id, a.title, a.url, a.outlet, a.published, date ? formatShort(date) : null, excerptText(a)];
  });
  for (let s = 0; s * DOC_SHARD_SIZE < records.length; s++) {
    files.set(`d/${s}.js`, encodeShard(`d/${s}`, records.slice(s * DOC_SHARD_SIZE, (s + 1) * DOC_SHARD_SIZE)));
  }

  // Surface words for typo hints, reachable by prefix and by suffix.
  const wordBuckets = pow2AtLeast(Math.ceil(wordDf.size / 512));
  const wordShards = new Map<string, WordShard>();
  for (const [w, df] of wordDf) {
    for (const key of [wordPrefixKey(w, wordBuckets), wordSuffixKey(w, wordBuckets)]) {
      let shard = wordShards.get(key);
      if (!shard) wordShards.set(key, (shard = []));
      shard.push([w, df]);
    }
  }
  for (let i = 0; i < wordBuckets; i++) {
    for (const kind of ['wp', 'ws']) {
      const key = `${kind}/${i}`;
      files.set(`${key}.js`, encodeShard(key, wordShards.get(key) ?? []));
    }
  }

  // Meta: outlets, per-document outlet, year ranges.
  const outlets = [...new Set(ordered.map((a) => a.outlet).filter((o): o is string => o !== null))].sort((x, y) =>
    x.localeCompare(y, 'id'),
  );
  const outletNo = new Map(outlets.map((o, i) => [o, i]));
  const years: Array<[number, number, number]> = [];
  ordered.forEach((a, i) => {
    const y = a.published ? Number(a.published.slice(0, 4)) : NaN;
    if (!Number.isFinite(y)) return;
    const last = years[years.length - 1];
    if (last && last[0] === y && last[2] === i) last[2] = i + 1;
    else years.push([y, i, i + 1]);
  });
  const meta: MetaShard = {
    version: FORMAT_VERSION,
    fields: FIELDS.map((f) => f.name),
    docCount: ordered.length,
    termBuckets,
    wordBuckets,
    docShardSize: DOC_SHARD_SIZE,
    outlets,
    docOutlet: ordered.map((a) => (a.outlet === null ? -1 : (outletNo.get(a.outlet) ?? -1))),
    years,
    big,
  };
  files.set('meta.js', encodeShard('meta', meta));
  return { files, meta, terms: terms.length, docs: ordered.length };
}
