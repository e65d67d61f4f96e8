/**
 * Builds the search index from Article records and cuts it into the script pieces
 * described in format.ts. Each article is analysed on its own (tokenizer → stop
 * words → stemmer: the Indonesian plugin's pipeline) into term frequencies and field
 * lengths, which a cache (analysis-cache.ts) keeps by content hash; the pieces are
 * then assembled from those. No lunr Builder runs at build time: the client computes
 * lunr's weights from the raw figures. Pure: returns file contents, writes nothing.
 */
import lunr from 'lunr';
import type { Article } from '../ingest/types.ts';
import { TOPIC_GAZETTEER } from '../ingest/data/topics.ts';
import {
  type DocRecord,
  type DocShard,
  type FieldPostings,
  type MetaShard,
  type TermShard,
  type WordShard,
  FIELDS,
  FORMAT_VERSION,
  docRef,
  encodeShard,
  hash32,
  termBucket,
  wordPrefixKey,
  wordSuffixKey,
} from './format.ts';
import { indonesian } from './indonesian/lunr-plugin.ts';
import { isStopWord, stem, tokenizeForIndex } from './indonesian/index.ts';
import { formatShort, parsePublished } from '../archive/dates.ts';

/** Postings bigger than this (characters of JSON) get their own file instead of sharing a bucket. */
const OWN_FILE_CHARS = 2048;
/** Slots per document-store file: a page of results touches few, small files. */
export const DOC_SHARD_SLOTS = 8;
/** Longest text kept per document for excerpts (a 1 MB line must not bloat the store). */
const MAX_TEXT = 8_000;
/** Typo hints in a big archive leave out words met in a single article (mostly names and typos). */
const HINT_MIN_DF_FROM = 1000;

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

/** Newest first; undated last; ties by id. The rank shipped for "newest" sorting and year ranges. */
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

/** The text of each indexed field, in FIELDS order. */
export function fieldTexts(a: Article): string[] {
  const doc: Record<string, string> = { title: a.title, lead: a.lead, body: bodyText(a), topics: topicsText(a.topics), outlet: a.outlet ?? '' };
  return FIELDS.map((f) => doc[f.name] ?? '');
}

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

/** One article through the index pipeline: what lunr's Builder#add would record for it. */
export interface AnalysedDoc {
  /** Per field (FIELDS order): distinct terms in first-seen order. */
  terms: string[][];
  /** Per field: each term's frequency, parallel to `terms`. */
  tfs: number[][];
  /** Per field: number of terms after the pipeline (lunr's field length). */
  lengths: number[];
  /** Distinct surface words eligible as typo hints. */
  words: string[];
}

interface WordInfo {
  term: string | null;
  /** Counted for typo hints: plain lower-case letters, 4–30 long. */
  hint: boolean;
}

/**
 * The plugin's index pipeline as a function: text → terms (tokenize, drop stop words,
 * stem), memoised per surface word. Same result as lunr's Builder#add with the
 * plugin, field by field (tests/search/index-build.test.ts checks against stock add).
 */
export function makeAnalyser(): (texts: readonly string[]) => AnalysedDoc {
  const memo = new Map<string, WordInfo>();
  return (texts) => {
    const out: AnalysedDoc = { terms: [], tfs: [], lengths: [], words: [] };
    const hints = new Set<string>();
    for (const text of texts) {
      const tf = new Map<string, number>();
      let length = 0;
      for (const t of tokenizeForIndex(text)) {
        let info = memo.get(t.text);
        if (info === undefined) {
          const term = isStopWord(t.text) ? null : stem(t.text) || null;
          const hint = term !== null && t.text.length >= 4 && t.text.length <= 30 && /^[a-z]+$/.test(t.text);
          info = { term, hint };
          memo.set(t.text, info);
        }
        if (info.term === null) continue;
        length++;
        tf.set(info.term, (tf.get(info.term) ?? 0) + 1);
        if (info.hint) hints.add(t.text);
      }
      out.terms.push([...tf.keys()]);
      out.tfs.push([...tf.values()]);
      out.lengths.push(length);
    }
    out.words = [...hints];
    return out;
  };
}

export function newBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  builder.use(indonesian);
  builder.ref('ref');
  for (const f of FIELDS) builder.field(f.name, { boost: f.boost });
  return builder;
}

/**
 * The reference: a complete lunr index of the articles, built with lunr's stock
 * Builder#add (the Indonesian plugin's pipeline), documents added in slot order
 * with ref "d<slot>". Tests compare the shipped pieces' ranking with it.
 */
export function buildFullIndex(articles: readonly Article[]): lunr.Index {
  const { slotOf } = assignSlots(articles);
  const builder = newBuilder();
  const docs: IndexedDoc[] = articles.map((a) => {
    const [title = '', lead = '', body = '', topics = '', outlet = ''] = fieldTexts(a);
    return { ref: docRef(slotOf.get(a) ?? 0), title, lead, body, topics, outlet };
  });
  const slot = (d: IndexedDoc): number => Number(d.ref.slice(1));
  for (const d of docs.sort((x, y) => slot(x) - slot(y))) builder.add(d);
  return builder.build();
}

export interface SearchFiles {
  /** Path relative to the search folder (e.g. "t/12.js") → script text. */
  files: Map<string, string>;
  meta: MetaShard;
  terms: number;
  docs: number;
}

/** Per term while assembling: its position in its first document, and per field flat [slot, tf, length, …] in slot order. */
interface TermAcc {
  firstPos: number;
  fields: Array<number[] | undefined>;
}

/**
 * Cuts the analysed articles into script pieces. `analysed[i]` belongs to `articles[i]`
 * (see analyseAll); documents are visited in slot order, as the reference index adds them.
 */
export function buildSearchFiles(articles: readonly Article[], analysed?: readonly AnalysedDoc[]): SearchFiles {
  const docsAnalysed = analysed ?? articles.map(makeAnalyserFor());
  const { slots, slotOf } = assignSlots(articles);
  const bySlot = articles.map((a, i) => ({ a, doc: docsAnalysed[i] as AnalysedDoc, slot: slotOf.get(a) ?? 0 })).sort((x, y) => x.slot - y.slot);

  const terms = new Map<string, TermAcc>();
  const fieldLengths = FIELDS.map(() => 0);
  const wordDf = new Map<string, number>();
  for (const { doc, slot } of bySlot) {
    let pos = 0;
    doc.terms.forEach((fieldTerms, f) => {
      const tfs = doc.tfs[f] ?? [];
      const length = doc.lengths[f] ?? 0;
      fieldLengths[f] = (fieldLengths[f] ?? 0) + length;
      fieldTerms.forEach((term, k) => {
        let acc = terms.get(term);
        if (acc === undefined) terms.set(term, (acc = { firstPos: pos, fields: [] }));
        pos++;
        (acc.fields[f] ??= []).push(slot, tfs[k] ?? 0, length);
      });
    });
    for (const w of doc.words) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
  }

  const files = new Map<string, string>();
  const termBuckets = pow2AtLeast(Math.ceil(terms.size / 48));
  const buckets: TermShard[] = Array.from({ length: termBuckets }, () => []);
  const big: Array<[string, string, number]> = [];
  const bigFiles = new Set<string>();
  const bigPostings = new Map<string, FieldPostings[]>();
  for (const [term, acc] of terms) {
    const encoded: FieldPostings[] = [];
    acc.fields.forEach((flat, f) => {
      if (!flat) return;
      const deltas: number[] = [];
      const tfs: number[] = [];
      const lens: number[] = [];
      let prev = 0;
      for (let k = 0; k < flat.length; k += 3) {
        const s = flat[k] ?? 0;
        deltas.push(s - prev);
        prev = s;
        tfs.push(flat[k + 1] ?? 0);
        lens.push(flat[k + 2] ?? 0);
      }
      encoded.push([f, deltas, tfs, lens]);
    });
    const size = JSON.stringify(encoded).length;
    if (size > OWN_FILE_CHARS) big.push([term, '', acc.firstPos]);
    else buckets[termBucket(term, termBuckets)]?.push([term, acc.firstPos, encoded]);
    if (size > OWN_FILE_CHARS) bigPostings.set(term, encoded);
  }
  // Frequent terms' files are named by a hash of the term (in term order on a collision): stable across builds.
  big.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  for (const entry of big) {
    const base = hash32(entry[0]).toString(36);
    let file = base;
    for (let k = 1; bigFiles.has(file); k++) file = `${base}-${k}`;
    bigFiles.add(file);
    entry[1] = file;
    files.set(`x/${file}.js`, encodeShard(`x/${file}`, bigPostings.get(entry[0])));
  }
  bigPostings.clear();
  terms.clear();
  buckets.forEach((shard, i) => files.set(`t/${i}.js`, encodeShard(`t/${i}`, shard)));

  // Document store, by slot range; shards with no document are not written.
  const shards = new Map<number, DocShard>();
  for (const { a, slot } of bySlot) {
    const s = Math.floor(slot / DOC_SHARD_SLOTS);
    let shard = shards.get(s);
    if (!shard) shards.set(s, (shard = Array.from({ length: DOC_SHARD_SLOTS }, () => null)));
    const date = parsePublished(a.published);
    const rec: DocRecord = [a.id, a.title, a.url, a.outlet, a.published, date ? formatShort(date) : null, excerptText(a)];
    shard[slot % DOC_SHARD_SLOTS] = rec;
  }
  for (const [s, shard] of shards) files.set(`d/${s}.js`, encodeShard(`d/${s}`, shard));

  // Surface words for typo hints, reachable by prefix and by suffix.
  const minDf = articles.length >= HINT_MIN_DF_FROM ? 2 : 1;
  const hintWords = [...wordDf].filter(([, df]) => df >= minDf).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const wordBuckets = pow2AtLeast(Math.ceil(hintWords.length / 512));
  const wordShards = new Map<string, WordShard>();
  for (const [w, df] of hintWords) {
    for (const key of [wordPrefixKey(w, wordBuckets), wordSuffixKey(w, wordBuckets)]) {
      let shard = wordShards.get(key);
      if (!shard) wordShards.set(key, (shard = []));
      shard.push([w, Math.floor(Math.log2(df))]);
    }
  }
  for (let i = 0; i < wordBuckets; i++) {
    for (const kind of ['wp', 'ws']) {
      const key = `${kind}/${i}`;
      files.set(`${key}.js`, encodeShard(key, wordShards.get(key) ?? []));
    }
  }

  // Meta: corpus statistics, outlets, per-document outlet and date rank, year ranges.
  const ordered = orderArticles(articles);
  const rankOf = new Map(ordered.map((a, i) => [a, i]));
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => o !== null))].sort((x, y) =>
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
  let prevSlot = 0;
  const meta: MetaShard = {
    version: FORMAT_VERSION,
    fields: FIELDS.map((f) => f.name),
    docCount: articles.length,
    fieldLengths,
    slots,
    termBuckets,
    wordBuckets,
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
    big,
  };
  files.set('meta.js', encodeShard('meta', meta));
  return { files, meta, terms: termBuckets ? buckets.reduce((n, b) => n + b.length, big.length) : 0, docs: articles.length };
}

/** An analyser applied to articles (one memo for the whole run). */
export function makeAnalyserFor(): (a: Article) => AnalysedDoc {
  const analyse = makeAnalyser();
  return (a) => analyse(fieldTexts(a));
}
