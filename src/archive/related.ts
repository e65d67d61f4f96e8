/**
 * Related articles by shared topics and distinctive terms, cheap at archive
 * scale: an inverted index over each article's topics and a few top terms
 * (title + lead), and for every key only the articles nearest in time on that
 * key's posting list are scored — O(n · keys · window), never O(n²).
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
  return ordered.map((a) => ({ text: [a.title, a.lead, ...a.body.filter((b) => b.type === 'heading').map((b) => b.text)].join(' '), topics: a.topics }));
}

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

/**
 * `ordered` (relatedInputs) must be in site order (newest first); returns, for each index, the
 * indices of its related articles, best first.
 *
 * Terms are numbered as they are first met, so counting and scoring run on typed arrays instead of
 * a map per article (a third of an archive step at 10,000 articles went to those maps); every
 * figure is computed by the same operations in the same order as before, so the lists are equal.
 */
export function relatedIndices(ordered: readonly RelatedInput[], options: Partial<RelatedOptions> = {}): number[][] {
  const opt = { ...DEFAULTS, ...options };
  const n = ordered.length;

  // Each article's terms (title + lead + headings) as term numbers, with their counts; document frequencies.
  const termOf = new Map<string, number>();
  const terms: string[] = [];
  let df = new Int32Array(1024);
  let seen = new Int32Array(1024);
  const termIds: Int32Array[] = [];
  const termTfs: Int32Array[] = [];
  const local: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const text = ordered[i]!.text;
    local.length = 0;
    counts.length = 0;
    for (const t of tokens(text)) {
      if (t.length < MIN_TERM_LENGTH) continue;
      let id = termOf.get(t);
      if (id === undefined) {
        id = terms.length;
        termOf.set(t, id);
        terms.push(t);
        if (id >= df.length) {
          df = grow(df);
          seen = grow(seen);
        }
      }
      // seen[id] holds 1 + this article's slot for the term in `local`, when met in this article.
      const at = seen[id]! - 1;
      if (at >= 0 && local[at] === id) counts[at]!++;
      else {
        seen[id] = local.length + 1;
        local.push(id);
        counts.push(1);
      }
    }
    for (const id of local) {
      df[id]!++;
      seen[id] = 0;
    }
    termIds.push(Int32Array.from(local));
    termTfs.push(Int32Array.from(counts));
  }
  const maxDf = Math.max(2, Math.floor(n * MAX_TERM_SHARE));
  const idf = new Float64Array(terms.length);
  for (let id = 0; id < terms.length; id++) idf[id] = Math.log(n / df[id]!);

  // Keys per article with their weights; posting lists keep site order because we push in order.
  const keyOf = new Map<string, number>();
  const postings: number[][] = [];
  const keyAt = (key: string): number => {
    let k = keyOf.get(key);
    if (k === undefined) {
      k = postings.length;
      keyOf.set(key, k);
      postings.push([]);
    }
    return k;
  };
  const keysOf: { key: number; weight: number; pos: number }[][] = [];
  const best = new Int32Array(opt.termsPerArticle);
  const bestScore = new Float64Array(opt.termsPerArticle);
  for (let i = 0; i < n; i++) {
    const a = ordered[i]!;
    const keys: { key: number; weight: number; pos: number }[] = [];
    const add = (key: number, weight: number): void => {
      const list = postings[key]!;
      list.push(i);
      keys.push({ key, weight, pos: list.length - 1 });
    };
    for (const t of a.topics) add(keyAt(`t:${t}`), TOPIC_WEIGHT);
    // The top terms by tf·idf (ties by the term), kept in a short sorted list.
    const ids = termIds[i]!;
    const tfs = termTfs[i]!;
    let kept = 0;
    for (let x = 0; x < ids.length; x++) {
      const id = ids[x]!;
      const d = df[id]!;
      if (d < 2 || d > maxDf) continue;
      const score = tfs[x]! * idf[id]!;
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
    for (let x = 0; x < kept; x++) add(keyAt(`w:${terms[best[x]!]!}`), 1 + idf[best[x]!]! / 4);
    keysOf.push(keys);
  }
  const scores = new Float64Array(n);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
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
    const best: number[] = [];
    for (const j of touched) {
      if (best.length === opt.count && !before(j, best[best.length - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(j, best[at - 1]!)) at--;
      best.splice(at, 0, j);
      if (best.length > opt.count) best.pop();
    }
    out.push(best);
    for (const j of touched) scores[j] = 0;
  }
  return out;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
