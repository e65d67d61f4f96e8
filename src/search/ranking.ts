/**
 * lunr's arithmetic on raw figures, shared by the engine (engine.ts), its partial
 * ranking (impact.ts) and the query evaluator (evaluate.ts): a query term as found
 * in the index, a ranked hit, lunr.idf and lunr's ranking of documents.
 */
import { type FieldPostings, type MetaShard, BM25_B, BM25_K1, FIELDS } from './format.ts';

export interface Hit {
  /** Document number: its slot (lunr ref "d<slot>" in the reference index). */
  doc: number;
  score: number;
}

/** A query term found in the index: where lunr first meets it, its totals and its postings loaded so far. */
export interface FoundTerm {
  /** Position in its first document, and that document's slot (lunr's term order, see format.ts). */
  firstPos: number;
  firstSlot: number;
  /** lunr's document frequency: (document, field) pairs holding the term. */
  df: number;
  /** Documents holding the term. */
  docs: number;
  /** Postings loaded: all of them when `tails` is empty, else those of its highest-impact documents. */
  postings: FieldPostings[];
  /** Slices not loaded yet, in impact order: piece key and the highest impact key of its documents (format.ts). */
  tails: Array<[string, number]>;
}

/** lunr.idf over (document, field) pairs, as Builder#createFieldVectors computes it. */
export function lunrIdf(df: number, docCount: number): number {
  return Math.log(1 + Math.abs((docCount - df + 0.5) / (df + 0.5)));
}

/**
 * lunr's ranking of the documents holding every term (`terms` in query order, all
 * present in the index). Mirrors lunr 2.3.9 operation by operation, so the floating-point
 * results are identical, not merely close:
 * - weight (Builder#createFieldVectors): idf·((k1+1)·tf) / (k1·(1−b+b·(len/avgLen))+tf), × field
 *   boost, rounded to 1e-3; idf = ln(1 + |(N − df + 0.5)/(df + 0.5)|), df counting
 *   (document, field) pairs (lunr.idf);
 * - field score (Vector#similarity): Σ weights in ascending termIndex (Vector#dot) / √terms;
 *   termIndex order is (first slot, position in that document), see format.ts
 *   (every query term has boost 1 in every field's query vector);
 * - document score: field scores added in the order Index#query creates the field refs
 *   (first query term holding the field, then field order);
 * - order: score descending; ties keep lunr's first-seen order (field of the first query
 *   term, then slot, the order the reference index adds documents).
 */
export function rankDocuments(meta: MetaShard, terms: readonly FoundTerm[], keep?: ReadonlySet<number>): Hit[] {
  const n = terms.length;
  if (n === 0) return [];
  const F = meta.fields.length;
  const N = meta.docCount;
  const avg = meta.fieldLengths.map((total) => total / N);
  const boosts = meta.fields.map((name) => FIELDS.find((f) => f.name === name)?.boost || 1);
  const row = new Int32Array(meta.slots).fill(-1);
  const slotsOf: number[] = [];
  if (keep) {
    // The documents a query with OR, prefixes, exclusions or phrases selected (evaluate.ts); lunr scores such a
    // document by the terms it holds, over the whole query's magnitude (one that holds none is left out below).
    for (const s of [...keep].sort((a, b) => a - b)) if (s >= 0 && s < meta.slots) row[s] = slotsOf.push(s) - 1;
  } else {
    // Documents holding every term: count the terms each slot holds.
    const held = new Uint16Array(meta.slots);
    const lastTerm = new Int32Array(meta.slots);
    terms.forEach((t, ti) => {
      for (const [, deltas] of t.postings) {
        let slot = 0;
        for (let k = 0; k < deltas.length; k++) {
          slot += deltas[k] ?? 0;
          if (lastTerm[slot] !== ti + 1) {
            lastTerm[slot] = ti + 1;
            held[slot] = (held[slot] ?? 0) + 1;
          }
        }
      }
    });
    for (let s = 0; s < meta.slots; s++) if (held[s] === n) row[s] = slotsOf.push(s) - 1;
  }
  const R = slotsOf.length;
  if (R === 0) return [];
  const dot = new Float64Array(R * F);
  const firstTerm = new Uint16Array(R * F).fill(0xffff);
  const byTermIndex = terms
    .map((t, pos) => ({ t, pos }))
    .sort((x, y) => x.t.firstSlot - y.t.firstSlot || x.t.firstPos - y.t.firstPos);
  for (const { t, pos } of byTermIndex) {
    const idf = lunrIdf(t.df, N);
    for (const [f, deltas, tfs, lens] of t.postings) {
      const fieldAvg = avg[f] ?? 0;
      const boost = boosts[f] ?? 1;
      let slot = 0;
      for (let k = 0; k < deltas.length; k++) {
        slot += deltas[k] ?? 0;
        const r = row[slot] ?? -1;
        if (r < 0) continue;
        const tf = tfs[k] ?? 0;
        const len = lens[k] ?? 0;
        let score = (idf * ((BM25_K1 + 1) * tf)) / (BM25_K1 * (1 - BM25_B + BM25_B * (len / fieldAvg)) + tf);
        score *= boost;
        const w = Math.round(score * 1000) / 1000;
        const cell = r * F + f;
        dot[cell] = (dot[cell] ?? 0) + 1 * w;
        if (pos < (firstTerm[cell] ?? 0)) firstTerm[cell] = pos;
      }
    }
  }
  const magnitude = Math.sqrt(n);
  const hits: Array<Hit & { tie: number }> = [];
  const order: number[] = [];
  for (let r = 0; r < R; r++) {
    order.length = 0;
    for (let f = 0; f < F; f++) if ((firstTerm[r * F + f] ?? 0xffff) !== 0xffff) order.push(f);
    if (order.length === 0) continue;
    order.sort((x, y) => (firstTerm[r * F + x] ?? 0) - (firstTerm[r * F + y] ?? 0) || x - y);
    let score = 0;
    order.forEach((f, i) => {
      const s = (dot[r * F + f] ?? 0) / magnitude || 0;
      score = i === 0 ? s : score + s;
    });
    // The first field ref lunr creates for a result comes from the first query term.
    const firstField = order.find((f) => firstTerm[r * F + f] === 0) ?? 0;
    const slot = slotsOf[r] ?? 0;
    hits.push({ doc: slot, score, tie: firstField * meta.slots + slot });
  }
  hits.sort((a, b) => b.score - a.score || a.tie - b.tie);
  return hits.map(({ doc, score }) => ({ doc, score }));
}

/** Position of the title among the fields (postings name their field by it). */
export const TITLE_FIELD = FIELDS.findIndex((f) => f.name === 'title');

/** Documents whose title holds the term, among its loaded postings. */
export function titleHolders(t: FoundTerm | undefined): Set<number> {
  const out = new Set<number>();
  for (const [f, deltas] of t?.postings ?? []) {
    if (f !== TITLE_FIELD) continue;
    let slot = 0;
    for (const d of deltas) out.add((slot += d));
  }
  return out;
}

/**
 * The title tier on top of lunr's order: documents in `top` first, each tier in lunr's
 * order (a stable partition); scores stay lunr's.
 */
export function byTier(hits: readonly Hit[], top: ReadonlySet<number>): Hit[] {
  if (top.size === 0) return [...hits];
  return [...hits.filter((h) => top.has(h.doc)), ...hits.filter((h) => !top.has(h.doc))];
}
