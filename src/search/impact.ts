/**
 * The top of lunr's ranking from partly loaded postings (a threshold algorithm).
 * A frequent term ships its documents in impact order, cut into slices (format.ts);
 * with only the first slices of each query term at hand, the documents whose every
 * term weight is known get their exact lunr score (rankDocuments), and every other
 * document gets an upper bound: its known weights plus, for each term whose slices
 * are not all loaded, the largest weight its unloaded documents can have. The
 * known documents scoring above every bound are exactly the first results of the
 * full ranking, in order; when too few are, the caller loads the next slices.
 */
import { type FoundTerm, type Hit, lunrIdf, rankDocuments } from './ranking.ts';
import { type MetaShard, FIELDS, bm25Factor } from './format.ts';

/**
 * The largest weight (Σ over fields of lunr's rounded field weights) the term can have
 * in a document it has not loaded yet; 0 when every slice is loaded. A slice's impact
 * key was computed at meta.avgRef: with the true average a field's factor is at most
 * max(1, avg / avgRef) times larger (BM25's length norm is monotone in the average),
 * and rounding to 1e-3 adds at most 0.0005 per field.
 */
export function unloadedBound(meta: MetaShard, t: FoundTerm): number {
  const next = t.tails[0];
  if (next === undefined) return 0;
  let stretch = 1;
  meta.fieldLengths.forEach((total, f) => {
    const ref = meta.avgRef[f] ?? 1;
    if (total > 0) stretch = Math.max(stretch, total / meta.docCount / ref);
  });
  return lunrIdf(t.df, meta.docCount) * stretch * next[1] + 0.0005 * meta.fields.length;
}

/** The term's weight in each loaded document: Σ over fields of lunr's rounded weight. */
function loadedWeights(meta: MetaShard, t: FoundTerm): Map<number, number> {
  const idf = lunrIdf(t.df, meta.docCount);
  const out = new Map<number, number>();
  for (const [f, deltas, tfs, lens] of t.postings) {
    const avg = (meta.fieldLengths[f] ?? 0) / meta.docCount;
    const boost = FIELDS.find((x) => x.name === meta.fields[f])?.boost || 1;
    let slot = 0;
    for (let k = 0; k < deltas.length; k++) {
      slot += deltas[k] ?? 0;
      const w = Math.round(idf * bm25Factor(tfs[k] ?? 0, lens[k] ?? 0, avg) * boost * 1000) / 1000;
      out.set(slot, (out.get(slot) ?? 0) + w);
    }
  }
  return out;
}

export interface PartialRanking {
  /** The first results of the full ranking, exact in documents, order and score. */
  hits: Hit[];
  /** Every slice of every term was loaded: `hits` is the whole ranking. */
  complete: boolean;
  /** How many documents match in all, when known. */
  total: number | null;
}

/** Guards the bound against floating-point rounding in the sums (scores are ~1–30). */
const SLACK = 1e-9;

/**
 * `terms`: the query's positive terms in query order (what lunr scores by); `groups`:
 * per group of the query, the positions in `terms` any of which satisfies it (every
 * group must be satisfied). Queries with phrases or exclusions are not for this.
 */
export function rankPartial(meta: MetaShard, terms: readonly FoundTerm[], groups: ReadonlyArray<readonly number[]>): PartialRanking {
  const complete = terms.every((t) => t.tails.length === 0);
  if (terms.length === 0 || groups.length === 0 || groups.some((g) => g.length === 0)) return { hits: [], complete: true, total: 0 };
  const open = terms.map((t) => t.tails.length > 0);
  const bound = terms.map((t) => unloadedBound(meta, t));
  const weights = terms.map((t) => loadedWeights(meta, t));
  // The best score a document outside every loaded slice could have, if it can match at all.
  let limit = groups.every((g) => g.some((i) => open[i])) ? bound.reduce((a, b) => a + b, 0) : -Infinity;
  const known = new Set<number>();
  const seen = new Set<number>();
  for (const w of weights) for (const d of w.keys()) seen.add(d);
  for (const d of seen) {
    let possible = true;
    for (const g of groups) if (!g.some((i) => open[i] || weights[i]?.has(d))) possible = false;
    if (!possible) continue;
    let sure = true;
    let best = 0;
    terms.forEach((_, i) => {
      const w = weights[i]?.get(d);
      if (w !== undefined) best += w;
      else if (open[i]) {
        sure = false;
        best += bound[i] ?? 0;
      }
    });
    if (sure) known.add(d);
    else limit = Math.max(limit, best);
  }
  const ranked = rankDocuments(meta, terms, known);
  if (complete) return { hits: ranked, complete, total: ranked.length };
  const cut = (limit / Math.sqrt(terms.length)) * (1 + SLACK) + SLACK;
  let n = 0;
  while (n < ranked.length && (ranked[n]?.score ?? 0) > cut) n++;
  // One term (however many groups repeat it): its document count is the answer's.
  const total = terms.length === 1 ? (terms[0]?.docs ?? null) : null;
  return { hits: ranked.slice(0, n), complete, total };
}
