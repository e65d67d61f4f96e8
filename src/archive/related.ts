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

/** A shared topic counts as much as this many shared rare terms. */
const TOPIC_WEIGHT = 3;
/** Terms in more than this share of the articles say nothing about relatedness (a stop-word list without a list). */
const MAX_TERM_SHARE = 0.1;
const MIN_TERM_LENGTH = 4;

function tokens(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [];
}

/**
 * `ordered` must be in site order (newest first); returns, for each index, the
 * indices of its related articles, best first.
 */
export function relatedIndices(ordered: readonly Article[], options: Partial<RelatedOptions> = {}): number[][] {
  const opt = { ...DEFAULTS, ...options };
  const n = ordered.length;

  // Term frequencies per article (title + lead + headings) and document frequencies.
  const termCounts: Map<string, number>[] = [];
  const df = new Map<string, number>();
  for (const a of ordered) {
    const counts = new Map<string, number>();
    const text = [a.title, a.lead, ...a.body.filter((b) => b.type === 'heading').map((b) => b.text)].join(' ');
    for (const t of tokens(text)) {
      if (t.length < MIN_TERM_LENGTH) continue;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    termCounts.push(counts);
  }
  const maxDf = Math.max(2, Math.floor(n * MAX_TERM_SHARE));

  // Keys per article with their weights; posting lists keep site order because we push in order.
  const postings = new Map<string, number[]>();
  const keysOf: { key: string; weight: number; pos: number }[][] = [];
  for (let i = 0; i < n; i++) {
    const a = ordered[i]!;
    const keys: { key: string; weight: number }[] = a.topics.map((t) => ({ key: `t:${t}`, weight: TOPIC_WEIGHT }));
    const scored: { term: string; score: number }[] = [];
    for (const [term, tf] of termCounts[i]!) {
      const d = df.get(term) ?? 0;
      if (d < 2 || d > maxDf) continue;
      scored.push({ term, score: tf * Math.log(n / d) });
    }
    scored.sort((x, y) => y.score - x.score || (x.term < y.term ? -1 : 1));
    for (const s of scored.slice(0, opt.termsPerArticle)) keys.push({ key: `w:${s.term}`, weight: 1 + Math.log(n / (df.get(s.term) ?? 1)) / 4 });
    const withPos = keys.map((k) => {
      let list = postings.get(k.key);
      if (!list) postings.set(k.key, (list = []));
      list.push(i);
      return { ...k, pos: list.length - 1 };
    });
    keysOf.push(withPos);
  }

  const scores = new Float64Array(n);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    for (const k of keysOf[i]!) {
      const list = postings.get(k.key)!;
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
