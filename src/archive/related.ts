/**
 * Related articles by shared topics and distinctive terms, cheap at archive
 * scale: an inverted index over each article's topics and a few top terms
 * (title + lead), and for every key only the articles nearest in time on that
 * key's posting list are scored — O(n · keys · window), never O(n²). The
 * archive-wide part (frequencies, keys, postings) is made at once; each list
 * when a page asks for it, so a saved seed's page does not wait for 10,000.
 */
import type { Article } from '../ingest/types.ts';

export interface RelatedOptions {
  /** How many related articles per article. */
  count: number;
  /** Distinctive terms taken from each article. */
  termsPerArticle: number;
  /** Neighbours on each side scored per posting list. */
  window: number;
}

const DEFAULTS: RelatedOptions = { count: 5, termsPerArticle: 6, window: 25 };

/**
 * What relatedness is computed from, per article: plain data, so the pipeline can hand it to a worker
 * thread (src/pipeline/related.ts) while the main thread goes on.
 */
export interface RelatedInput {
  /** Title, lead and headings, joined by spaces. */
  text: string;
  topics: readonly string[];
}

/** The inputs of `ordered` (site order), for relatedIndices. */
export function relatedInputs(ordered: readonly Article[]): RelatedInput[] {
  return ordered.map((a) => ({ text: relatedText(a), topics: a.topics }));
}

const relatedText = (a: Article): string => [a.title, a.lead, ...a.body.filter((b) => b.type === 'heading').map((b) => b.text)].join(' ');

/** A shared topic counts as much as this many shared rare terms. */
const TOPIC_WEIGHT = 3;
/** Terms in more than this share of the articles say nothing about relatedness (a stop-word list without a list). */
const MAX_TERM_SHARE = 0.1;
const MIN_TERM_LENGTH = 4;

function tokens(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [];
}

/** A term's rank among an article's candidates: higher score first, then the term itself. */
const ahead = (score: number, term: string, otherScore: number, otherTerm: string): boolean => score > otherScore || (score === otherScore && term < otherTerm);

/** One article's terms (of MIN_TERM_LENGTH and more) as numbers of a TermBook, in the order first met, with their counts. */
interface ArticleTerms {
  ids: Int32Array;
  tfs: Int32Array;
}

/**
 * Terms numbered as they are first met, so counting and scoring run on typed arrays instead of a map
 * per article (a third of an archive step at 10,000 articles went to those maps). The numbers only
 * name terms: the lists are the same whichever order the terms were met in.
 */
class TermBook {
  readonly termOf = new Map<string, number>();
  readonly terms: string[] = [];
  // Per text being read: seen[id] holds 1 + its slot in `local` when the term was met in this text.
  private seen = new Int32Array(1024);
  private readonly local: number[] = [];
  private readonly counts: number[] = [];

  read(text: string): ArticleTerms {
    const { local, counts } = this;
    local.length = 0;
    counts.length = 0;
    for (const t of tokens(text)) {
      if (t.length < MIN_TERM_LENGTH) continue;
      let id = this.termOf.get(t);
      if (id === undefined) {
        id = this.terms.length;
        this.termOf.set(t, id);
        this.terms.push(t);
        if (id >= this.seen.length) this.seen = grow(this.seen);
      }
      const at = this.seen[id]! - 1;
      if (at >= 0 && local[at] === id) counts[at]!++;
      else {
        this.seen[id] = local.length + 1;
        local.push(id);
        counts.push(1);
      }
    }
    for (const id of local) this.seen[id] = 0;
    return { ids: Int32Array.from(local), tfs: Int32Array.from(counts) };
  }
}

/**
 * What a long-lived caller (the dev session) keeps between builds: the term numbers and each record's
 * terms, so a rebuild reads again only the texts of the records it has not seen.
 */
export class RelatedMemo {
  readonly book = new TermBook();
  readonly terms = new WeakMap<Article, ArticleTerms>();
}

/** The related lists of an archive, each made when first asked for (a saved seed's own page needs only its own). */
export interface RelatedLists {
  /** The indices (site order) of article `i`'s related articles, best first. */
  of(i: number): readonly number[];
}

/** Lists computed elsewhere (a worker thread), as RelatedLists. */
export const relatedListsOf = (lists: readonly (readonly number[])[]): RelatedLists => ({ of: (i) => lists[i]! });

/**
 * `ordered` (relatedInputs) must be in site order (newest first); returns, for each index, the
 * indices of its related articles, best first.
 */
export function relatedIndices(ordered: readonly RelatedInput[], options: Partial<RelatedOptions> = {}): number[][] {
  const book = new TermBook();
  const lists = relatedFrom(
    ordered.map((a) => book.read(a.text)),
    ordered.map((a) => a.topics),
    book.terms,
    { ...DEFAULTS, ...options },
  );
  return ordered.map((_, i) => lists.of(i) as number[]);
}

/**
 * relatedIndices of the articles `ordered` (site order) in this thread, each list made when asked for;
 * with a memo, the terms of a record it has seen are not read again.
 */
export function relatedLists(ordered: readonly Article[], memo: RelatedMemo = new RelatedMemo()): RelatedLists {
  const terms = ordered.map((a) => {
    let t = memo.terms.get(a);
    if (!t) memo.terms.set(a, (t = memo.book.read(relatedText(a))));
    return t;
  });
  return relatedFrom(terms, ordered.map((a) => a.topics), memo.book.terms, DEFAULTS);
}

/** The archive-wide part (document frequencies, each article's keys, the posting lists); the lists themselves on demand. */
function relatedFrom(articleTerms: readonly ArticleTerms[], topics: readonly (readonly string[])[], terms: readonly string[], opt: RelatedOptions): RelatedLists {
  const n = articleTerms.length;
  const df = new Int32Array(terms.length);
  for (const { ids } of articleTerms) for (let x = 0; x < ids.length; x++) df[ids[x]!]!++;
  const maxDf = Math.max(2, Math.floor(n * MAX_TERM_SHARE));
  // idf of the terms met in this archive; NaN marks one not computed yet (a memo's book holds terms of records gone).
  const idf = new Float64Array(terms.length).fill(NaN);
  const idfOf = (id: number): number => {
    let v = idf[id]!;
    if (Number.isNaN(v)) idf[id] = v = Math.log(n / df[id]!);
    return v;
  };

  // Keys per article with their weights; posting lists keep site order because we push in order.
  // Term keys are numbered by term, topic keys after them.
  const topicKey = new Map<string, number>();
  const postings: number[][] = [];
  const keysOf: { key: number; weight: number; pos: number }[][] = [];
  const best = new Int32Array(opt.termsPerArticle);
  const bestScore = new Float64Array(opt.termsPerArticle);
  for (let i = 0; i < n; i++) {
    const keys: { key: number; weight: number; pos: number }[] = [];
    const add = (key: number, weight: number): void => {
      const list = (postings[key] ??= []);
      list.push(i);
      keys.push({ key, weight, pos: list.length - 1 });
    };
    for (const t of topics[i]!) {
      let k = topicKey.get(t);
      if (k === undefined) topicKey.set(t, (k = terms.length + topicKey.size));
      add(k, TOPIC_WEIGHT);
    }
    // The top terms by tf·idf (ties by the term), kept in a short sorted list.
    const { ids, tfs } = articleTerms[i]!;
    let kept = 0;
    for (let x = 0; x < ids.length; x++) {
      const id = ids[x]!;
      const d = df[id]!;
      if (d < 2 || d > maxDf) continue;
      const score = tfs[x]! * idfOf(id);
      if (kept === best.length && !ahead(score, terms[id]!, bestScore[kept - 1]!, terms[best[kept - 1]!]!)) continue;
      let at = kept < best.length ? kept++ : kept - 1;
      while (at > 0 && ahead(score, terms[id]!, bestScore[at - 1]!, terms[best[at - 1]!]!)) {
        best[at] = best[at - 1]!;
        bestScore[at] = bestScore[at - 1]!;
        at--;
      }
      best[at] = id;
      bestScore[at] = score;
    }
    for (let x = 0; x < kept; x++) add(best[x]!, 1 + idfOf(best[x]!) / 4);
    keysOf.push(keys);
  }

  const scores = new Float64Array(n);
  const made: (number[] | undefined)[] = new Array(n);
  const listOf = (i: number): number[] => {
    const touched: number[] = [];
    for (const k of keysOf[i]!) {
      const list = postings[k.key]!;
      const from = Math.max(0, k.pos - opt.window);
      const to = Math.min(list.length - 1, k.pos + opt.window);
      for (let p = from; p <= to; p++) {
        const j = list[p]!;
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = scores[j]! + k.weight;
      }
    }
    // Best first; ties go to the nearer in time, then the newer. Only the top `count` are kept
    // (insertion into a short list instead of sorting hundreds of candidates per article).
    const before = (x: number, y: number): boolean =>
      scores[x] !== scores[y] ? scores[x]! > scores[y]! : Math.abs(x - i) !== Math.abs(y - i) ? Math.abs(x - i) < Math.abs(y - i) : x < y;
    const top: number[] = [];
    for (const j of touched) {
      if (top.length === opt.count && !before(j, top[top.length - 1]!)) continue;
      let at = top.length;
      while (at > 0 && before(j, top[at - 1]!)) at--;
      top.splice(at, 0, j);
      if (top.length > opt.count) top.pop();
    }
    for (const j of touched) scores[j] = 0;
    return top;
  };
  return { of: (i) => (made[i] ??= listOf(i)) };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
