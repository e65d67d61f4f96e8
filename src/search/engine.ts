/**
 * The search engine behind the page and the CLI: loads only the index pieces a
 * query needs, assembles a partial lunr.Index from them and searches it with
 * lunr's own Index#query. Field vectors carry exactly lunr's weights for the
 * query's terms; lunr 2.3.9 scores a document field by dot(query, field) / |query|,
 * so the entries for other terms (and the field's magnitude) do not change a score.
 */
import lunr from 'lunr';
import {
  type DocRecord,
  type DocShard,
  type FieldPostings,
  type MetaShard,
  type PostingsShard,
  type TermEntry,
  type TermShard,
  type WordShard,
  FORMAT_VERSION,
  docNumber,
  docRef,
  termBucket,
  wordPrefixKey,
  wordSuffixKey,
} from './format.ts';
import { analyzeQuery, type QueryWord, withinOneEdit } from './query.ts';

/** Loads one index piece by key ("meta", "t/12", "d/3"…) and returns its data. */
export interface ShardLoader {
  load(key: string): Promise<unknown>;
}

export interface Hit {
  /** Document number (lunr ref). */
  doc: number;
  score: number;
}

export interface SearchOutcome {
  query: string;
  words: QueryWord[];
  /** Query words whose stem is not in the index. */
  missing: QueryWord[];
  hits: Hit[];
}

export interface ResultDoc {
  doc: number;
  id: string;
  title: string;
  url: string;
  outlet: string | null;
  published: string | null;
  /** Date as shown, e.g. "3 Februari 2020". */
  dateText: string | null;
  text: string;
}

/**
 * Every query word is required, so only documents holding all of them can match:
 * dropping the others before assembly changes no score (a document's score reads
 * only its own field vectors) and keeps lunr's work proportional to the answer.
 */
function keepCommonDocs(found: Map<string, [number, FieldPostings[]]>): Map<string, [number, FieldPostings[]]> {
  const sets: Array<Set<number>> = [];
  for (const [, [, postings]] of found) {
    const docs = new Set<number>();
    for (const [, deltas] of postings) {
      let doc = 0;
      for (const d of deltas) docs.add((doc += d));
    }
    sets.push(docs);
  }
  sets.sort((x, y) => x.size - y.size);
  const [smallest, ...rest] = sets;
  const keep = new Set<number>([...(smallest ?? [])].filter((doc) => rest.every((s) => s.has(doc))));
  const out = new Map<string, [number, FieldPostings[]]>();
  for (const [term, [termIndex, postings]] of found) {
    const kept: FieldPostings[] = [];
    for (const [field, deltas, weights] of postings) {
      const nd: number[] = [];
      const nw: number[] = [];
      let doc = 0;
      let prev = 0;
      deltas.forEach((d, i) => {
        doc += d;
        if (!keep.has(doc)) return;
        nd.push(doc - prev);
        nw.push(weights[i] ?? 0);
        prev = doc;
      });
      if (nd.length > 0) kept.push([field, nd, nw]);
    }
    out.set(term, [termIndex, kept]);
  }
  return out;
}

/**
 * The documents lunr will return (in no order), scored by the sum of their lunr field
 * weights for the query terms. lunr's score is that sum over |query vector|, the same for every
 * document, so this is lunr's order up to rounding and ties; it only decides which
 * pieces to load first, never what is shown.
 */
export function estimateRanking(found: Map<string, [number, FieldPostings[]]>, docCount: number): Hit[] {
  // Integer weights summed in a flat array: no hashing on the path to the first result.
  const score = new Int32Array(docCount);
  const seen = new Uint8Array(docCount);
  const docs: number[] = [];
  for (const [, [, postings]] of found) {
    for (const [, deltas, weights] of postings) {
      let doc = 0;
      for (let k = 0; k < deltas.length; k++) {
        doc += deltas[k] ?? 0;
        if (doc >= docCount) break;
        score[doc] = (score[doc] ?? 0) + (weights[k] ?? 0);
        if (seen[doc] === 0) {
          seen[doc] = 1;
          docs.push(doc);
        }
      }
    }
  }
  // Unsorted: the page needs only the best few after its filters (see topHits).
  return docs.map((doc) => ({ doc, score: (score[doc] ?? 0) / 1000 }));
}

/** The best `k` hits in order (`before(a, b)`: a ranks above b), without sorting them all. */
export function topHits(hits: readonly Hit[], k: number, before: (a: Hit, b: Hit) => boolean): Hit[] {
  const top: Hit[] = [];
  for (const h of hits) {
    if (top.length === k && !before(h, top[k - 1] as Hit)) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && before(h, top[i - 1] as Hit)) {
      top[i] = top[i - 1] as Hit;
      i--;
    }
    top[i] = h;
  }
  return top;
}

/** Sets of query terms whose ranking is remembered. */
const OUTCOME_MEMO = 64;

/** No metadata is whitelisted, so every posting shares one empty object (lunr copies it into MatchData). */
const NO_METADATA: object = Object.freeze(Object.create(null) as object);

export class SearchEngine {
  private readonly cache = new Map<string, Promise<unknown>>();

  private readonly big: Map<string, number>;

  private constructor(
    private readonly loader: ShardLoader,
    readonly meta: MetaShard,
  ) {
    this.big = new Map(meta.big ?? []);
  }

  static async open(loader: ShardLoader): Promise<SearchEngine> {
    return SearchEngine.withMeta(loader, await loader.load('meta'));
  }

  /**
   * An engine over meta already at hand (the browser has it in front of the client
   * bundle): no await, so the first query's pieces are requested in the same task.
   */
  static withMeta(loader: ShardLoader, meta: unknown): SearchEngine {
    const m = meta as MetaShard | null;
    if (!m || m.version !== FORMAT_VERSION) throw new Error('search index: unknown format version');
    return new SearchEngine(loader, m);
  }

  private piece<T>(key: string, transform: (raw: never) => unknown = (raw) => raw): Promise<T> {
    let p = this.cache.get(key);
    if (!p) {
      p = this.loader.load(key).then((raw) => transform(raw as never));
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
    }
    return p as Promise<T>;
  }

  /** Postings for each term that exists in the index. */
  private async lookup(terms: string[]): Promise<Map<string, [number, FieldPostings[]]>> {
    const found = new Map<string, [number, FieldPostings[]]>();
    await Promise.all(
      terms.map(async (term) => {
        const bigIndex = this.big.get(term);
        if (bigIndex !== undefined) {
          found.set(term, [bigIndex, await this.piece<PostingsShard>(`x/${bigIndex}`)]);
          return;
        }
        const shard = await this.piece<Map<string, TermEntry>>(
          `t/${termBucket(term, this.meta.termBuckets)}`,
          (raw: TermShard) => new Map(raw.map(([t, i, p]) => [t, [i, p] as TermEntry])),
        );
        const entry = shard.get(term);
        if (entry?.[1]) found.set(term, [entry[0], entry[1]]);
      }),
    );
    return found;
  }

  /** A lunr.Index holding exactly the given terms' postings and field-vector entries. */
  /** lunr refs ("d12") and field refs ("body/d12") by document number, made once per page. */
  private readonly refs: string[] = [];
  private readonly fieldRefs: string[][] = [];

  assemble(found: Map<string, [number, FieldPostings[]]>): lunr.Index {
    const fields = this.meta.fields;
    const refs = this.refs;
    const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
    // Terms in ascending term index, so each field vector's elements come out sorted.
    const ordered = [...found].sort((x, y) => x[1][0] - y[1][0]);
    const elements = new Map<string, number[]>();
    for (const [term, [termIndex, postings]] of ordered) {
      const posting: Record<string, unknown> = { _index: termIndex };
      for (const f of fields) posting[f] = Object.create(null);
      for (const [fieldNo, deltas, weights] of postings) {
        const field = fields[fieldNo] ?? '';
        const docs = posting[field] as Record<string, object>;
        const fieldRefs = (this.fieldRefs[fieldNo] ??= []);
        let doc = 0;
        for (let k = 0; k < deltas.length; k++) {
          doc += deltas[k] ?? 0;
          const ref = (refs[doc] ??= docRef(doc));
          docs[ref] = NO_METADATA;
          const fieldRef = (fieldRefs[doc] ??= `${field}/${ref}`);
          const list = elements.get(fieldRef);
          const w = (weights[k] ?? 0) / 1000;
          if (list) list.push(termIndex, w);
          else elements.set(fieldRef, [termIndex, w]);
        }
      }
      invertedIndex[term] = posting;
    }
    const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
    for (const [fieldRef, list] of elements) fieldVectors[fieldRef] = new lunr.Vector(list);
    // lunr 2.3.9 reads `fieldVectors` (the typings still say `documentVectors`).
    const attrs = {
      invertedIndex,
      fieldVectors,
      tokenSet: (lunr.TokenSet as unknown as { fromArray(a: string[]): lunr.TokenSet }).fromArray([...found.keys()].sort()),
      fields,
      pipeline: new lunr.Pipeline(),
    };
    return new lunr.Index(attrs as unknown as lunr.Index.Attributes);
  }

  /**
   * Ranked documents containing every query word (any affixed form, any field).
   * Hits are remembered per set of terms: typing "bant", "bantu", "bantuan" or
   * changing a word's affixes asks lunr once. Callers must not mutate `hits`.
   */
  search(query: string): Promise<SearchOutcome> {
    const words = analyzeQuery(query);
    const key = words
      .map((w) => w.term)
      .sort()
      .join(' ');
    let ranked = this.outcomes.get(key);
    if (ranked) {
      // Most recently used last.
      this.outcomes.delete(key);
    } else {
      ranked = this.rank(words);
      ranked.catch(() => this.outcomes.delete(key));
      if (this.outcomes.size >= OUTCOME_MEMO) this.outcomes.delete(this.outcomes.keys().next().value ?? '');
    }
    this.outcomes.set(key, ranked);
    return ranked.then(({ missing, hits }) => ({
      query,
      words,
      // The memo is per set of terms; report the words as typed this time.
      missing: words.filter((w) => missing.some((m) => m.term === w.term)),
      hits,
    }));
  }

  /**
   * Called with an estimate of the ranking just before lunr ranks a new query, so the
   * page can start loading the top results' pieces while lunr works. Only a head start:
   * what is shown is lunr's ranking (see estimateRanking).
   */
  onEstimate: ((estimate: Hit[]) => void) | null = null;

  private readonly outcomes = new Map<string, Promise<{ missing: QueryWord[]; hits: Hit[] }>>();

  private async rank(words: QueryWord[]): Promise<{ missing: QueryWord[]; hits: Hit[] }> {
    if (words.length === 0) return { missing: [], hits: [] };
    const found = await this.lookup(words.map((w) => w.term));
    const missing = words.filter((w) => !found.has(w.term));
    if (missing.length > 0) return { missing, hits: [] };
    const postings = words.length > 1 ? keepCommonDocs(found) : found;
    if (this.onEstimate) this.onEstimate(estimateRanking(postings, this.meta.docCount));
    const index = this.assemble(postings);
    // Every word is required. The partial index holds only documents that have them all,
    // so lunr's optional clauses select exactly those and score them as required ones
    // would (presence does not enter the score), without lunr's set arithmetic.
    const results = index.query((q) => {
      for (const w of words) q.term(w.term, { usePipeline: false });
    });
    return { missing, hits: results.map((r) => ({ doc: docNumber(r.ref), score: r.score })) };
  }

  /** Stored fields of documents, in the order asked. */
  docs(numbers: number[]): Promise<ResultDoc[]> {
    return Promise.all(this.docsEach(numbers));
  }

  /** Stored fields of each document as its own promise: all pieces are requested at once, each usable on arrival. */
  docsEach(numbers: number[]): Array<Promise<ResultDoc>> {
    const size = this.meta.docShardSize;
    return numbers.map(async (n) => {
      const shard = await this.piece<DocShard>(`d/${Math.floor(n / size)}`);
      const rec: DocRecord | undefined = shard[n % size];
      if (!rec) throw new Error(`search index: document ${n} missing`);
      const [id, title, url, outlet, published, dateText, text] = rec;
      return { doc: n, id, title, url, outlet, published, dateText, text };
    });
  }

  /**
   * "Did you mean": each query word of 5+ letters that is not in the index is replaced by
   * the most frequent indexed word within one edit. Candidates within one edit of a word
   * of 5+ letters share its first two or its last two letters, so two small pieces suffice.
   */
  async suggest(query: string): Promise<string | null> {
    const words = analyzeQuery(query);
    const found = await this.lookup(words.map((w) => w.term));
    let changed = false;
    const fixed = await Promise.all(
      words.map(async (w) => {
        if (found.has(w.term) || w.word.length < 5 || !/^[a-z]+$/.test(w.word)) return w.word;
        const b = this.meta.wordBuckets;
        const [pre, suf] = await Promise.all([
          this.piece<WordShard>(wordPrefixKey(w.word, b)),
          this.piece<WordShard>(wordSuffixKey(w.word, b)),
        ]);
        let best: string | null = null;
        let bestDf = 0;
        for (const shard of [pre, suf]) {
          for (const [cand, df] of shard) {
            if (cand === w.word || !withinOneEdit(w.word, cand)) continue;
            if (df > bestDf || (df === bestDf && best !== null && cand < best)) {
              best = cand;
              bestDf = df;
            }
          }
        }
        if (best === null) return w.word;
        changed = true;
        return best;
      }),
    );
    return changed ? fixed.join(' ') : null;
  }
}
