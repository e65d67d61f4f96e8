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
import { type FoundTerm, type Hit, TITLE_FIELD, byTier, lunrIdf, rankDocuments, titleHolders } from './ranking.ts';
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
 * The smallest weight the term has in a document whose title holds it: title only, tf 1,
 * the longest title (BM25's factor falls with length), rounded as lunr rounds (rounding is
 * monotone, other fields add). 0 when the index does not say how long titles get.
 */
export function titleFloor(meta: MetaShard, t: FoundTerm): number {
  const longest = meta.titleLengthMax;
  const total = meta.fieldLengths[TITLE_FIELD] ?? 0;
  if (longest === undefined || total <= 0) return 0;
  const boost = FIELDS[TITLE_FIELD]?.boost ?? 1;
  return Math.round(lunrIdf(t.df, meta.docCount) * bm25Factor(1, Math.max(1, longest), total / meta.docCount) * boost * 1000) / 1000;
}

/** What partly loaded postings prove about the full ranking (see rankPartial). */
export interface PartialBounds {
  /** Every slice of every term is loaded: `ranked` is every document that may match. */
  complete: boolean;
  /** The documents whose every weight is known and that may match, in lunr's order, scores exact. */
  ranked: Hit[];
  /** Those of them whose loaded title postings satisfy every group. */
  top: Set<number>;
  /**
   * A document of `ranked` scoring above `cutTop` outranks every document not in `ranked` that may be in the
   * title tier; above `cutLow`, every such document that may be below it (-Infinity: there is none).
   */
  cutTop: number;
  cutLow: number;
  /** Some document not in `ranked` may be in the title tier. */
  tierOpen: boolean;
}

/**
 * `terms`: the query's positive terms in query order (what lunr scores by); `groups`:
 * per group of the query, the positions in `terms` any of which satisfies it (every
 * group must be satisfied). `excluded` and `ruledOut`: documents known not to match
 * (excluded terms read whole; a phrase the adjacency filter rules out).
 *
 * The title tier (documents whose title satisfies every group) ranks first, each tier in
 * lunr's order. A document not loaded for a term cannot hold it in its title once the
 * term's unloaded bound is below its titleFloor; until then such a document may be in the
 * tier. A document's bound is its known weights plus the unloaded bounds of the terms it
 * is not loaded for; the cuts are the highest such bound among the documents that may be
 * in (below) the tier, as a score.
 */
export function partialBounds(
  meta: MetaShard,
  terms: readonly FoundTerm[],
  groups: ReadonlyArray<readonly number[]>,
  excluded: ReadonlySet<number> = new Set(),
  ruledOut: (doc: number) => boolean = () => false,
): PartialBounds {
  const complete = terms.every((t) => t.tails.length === 0);
  if (terms.length === 0 || groups.length === 0 || groups.some((g) => g.length === 0)) return { complete: true, ranked: [], top: new Set(), cutTop: -Infinity, cutLow: -Infinity, tierOpen: false };
  const open = terms.map((t) => t.tails.length > 0);
  const bound = terms.map((t) => unloadedBound(meta, t));
  // Whether a document not loaded for the term may still hold it in its title.
  const mayTitle = terms.map((t, i) => open[i] === true && !((bound[i] ?? 0) * (1 + SLACK) + SLACK < titleFloor(meta, t)));
  const weights = terms.map((t) => loadedWeights(meta, t));
  const titles = terms.map((t) => titleHolders(t));
  // The best score a document outside every loaded slice could have, if it can match at all; and if it can be in the tier.
  const unseen = bound.reduce((a, b) => a + b, 0);
  let limitLow = groups.every((g) => g.some((i) => open[i])) ? unseen : -Infinity;
  let limitTop = groups.every((g) => g.some((i) => mayTitle[i])) ? unseen : -Infinity;
  const known = new Set<number>();
  const top = new Set<number>();
  const seen = new Set<number>();
  for (const w of weights) for (const d of w.keys()) seen.add(d);
  for (const d of seen) {
    // An excluded document is no candidate (the exclusions' postings are whole: see engine.ts rank).
    if (excluded.has(d) || ruledOut(d)) continue;
    let possible = true;
    for (const g of groups) if (!g.some((i) => open[i] || weights[i]?.has(d))) possible = false;
    if (!possible) continue;
    const inTop = groups.every((g) => g.some((i) => titles[i]?.has(d)));
    const mayTop = inTop || groups.every((g) => g.some((i) => titles[i]?.has(d) || (mayTitle[i] && !weights[i]?.has(d))));
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
    if (sure) {
      known.add(d);
      if (inTop) top.add(d);
    } else {
      if (mayTop) limitTop = Math.max(limitTop, best);
      if (!inTop) limitLow = Math.max(limitLow, best);
    }
  }
  const cut = (limit: number): number => (limit / Math.sqrt(terms.length)) * (1 + SLACK) + SLACK;
  return { complete, ranked: rankDocuments(meta, terms, known), top, cutTop: cut(limitTop), cutLow: cut(limitLow), tierOpen: limitTop > -Infinity };
}

/** The hits of `tier` (in lunr's order) scoring above `cut`: those placed for sure. */
export function aboveCut(tier: readonly Hit[], cut: number): Hit[] {
  let n = 0;
  while (n < tier.length && (tier[n]?.score ?? 0) > cut) n++;
  return tier.slice(0, n);
}

/**
 * The first results of the full ranking from partly loaded postings (partialBounds): those of the title
 * tier above its cut, and once the tier is whole (every document that may be in it known, all above the
 * cut), those below it above theirs. Queries whose matches term membership alone decides (no phrase).
 */
export function rankPartial(meta: MetaShard, terms: readonly FoundTerm[], groups: ReadonlyArray<readonly number[]>, excluded: ReadonlySet<number> = new Set()): PartialRanking {
  const b = partialBounds(meta, terms, groups, excluded);
  if (b.complete) {
    const hits = byTier(b.ranked, b.top);
    return { hits, complete: true, total: hits.length };
  }
  const first = aboveCut(
    b.ranked.filter((h) => b.top.has(h.doc)),
    b.cutTop,
  );
  // The lower tier counts only once the whole title tier is proven.
  const hits = first.length === b.top.size && !b.tierOpen ? [...first, ...aboveCut(b.ranked.filter((h) => !b.top.has(h.doc)), b.cutLow)] : first;
  // One term (however many groups repeat it) and nothing excluded: its document count is the answer's.
  const total = terms.length === 1 && excluded.size === 0 ? (terms[0]?.docs ?? null) : null;
  return { hits, complete: false, total };
}
