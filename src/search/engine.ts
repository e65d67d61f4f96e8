/**
 * The search engine behind the page and the CLI: loads only the index pieces a
 * query needs and ranks with lunr 2.3.9's arithmetic, replayed on raw figures:
 * BM25 weights as Builder#createFieldVectors computes them (from term frequency,
 * field length, document frequency, document count and average field length), and
 * scores as Index#query combines them (per field, dot(query, field) / |query|, summed
 * over fields in the order lunr meets them; ties in lunr's order). No lunr objects
 * are built, so a word found in most documents costs arithmetic on typed arrays, not
 * thousands of lunr field vectors. On top, the title tier (documents whose title
 * satisfies every group of the query) ranks first, each tier in lunr's order; scores
 * stay lunr's. tests/search/index-build.test.ts checks documents, order within each tier
 * and scores against a full lunr index.
 */
import {
  type DocRecord,
  type DocShard,
  type FieldPostings,
  type HeadShard,
  type ListRecord,
  type ListShard,
  type MetaShard,
  type PostingsShard,
  type TermEntry,
  type TermShard,
  type WordShard,
  FORMAT_VERSION,
  termBucket,
  wordPrefixKey,
  wordSuffixKey,
} from './format.ts';
import { type QueryWord, withinOneEdit } from './query.ts';
import { clauseTerms, evaluate, type Evaluation, type EvaluationSource, type Expansion, type TextCheck } from './evaluate.ts';
import { needsWholePostings, parseQuery, type ParsedQuery, type WordClause } from './syntax.ts';
import { tokenizeForQuery } from './indonesian/index.ts';
import { aboveCut, partialBounds, rankPartial, type PartialBounds } from './impact.ts';
import { FollowText, joinFollowers, type Followers, type FollowShard, type SliceFollowers } from './follow.ts';
import { byTier, rankDocuments, type FoundTerm, type Hit } from './ranking.ts';
import type { ListDoc } from './resultList.ts';

/** Loads one index piece by key ("meta", "t/12", "d/3"…) and returns its data. */
export interface ShardLoader {
  load(key: string): Promise<unknown>;
}

export interface SearchOutcome {
  query: string;
  parsed: ParsedQuery;
  /** The plain words asked for (not prefixes or phrases). */
  words: QueryWord[];
  /** Plain words whose stem is in no document. */
  missing: QueryWord[];
  /** Every positive term found in the index: what is scored and highlighted. */
  terms: string[];
  /** What each prefix (and the word being typed, if no index word yet) stood for. */
  expansions: Expansion[];
  /** The word being typed is too short to look up yet; it was left out. */
  waiting: boolean;
  /**
   * Ranked results: all of them, or (asked with `first`, see SearchEngine#search) the
   * first ones of the full ranking, exact, while `complete` is false.
   */
  hits: Hit[];
  /** `hits` holds every result. */
  complete: boolean;
  /** How many results there are in all, when known (always when complete). */
  total: number | null;
  /** The same search with every result (itself when complete). */
  full(): Promise<SearchOutcome>;
}

/** "Mungkin maksud Anda": the query with its missing words replaced, and which. */
export interface Suggestion {
  query: string;
  replaced: Array<{ from: string; to: string }>;
}

/** A result as the page shows it: a result list's row (resultList.ts) with its date as shown and its text. */
export interface ResultDoc extends Omit<ListDoc, 'opening'> {
  /** Date as shown, e.g. "3 Februari 2020". */
  dateText: string | null;
  text: string;
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

/** Candidates (in multiples of the first page) whose text a first page reads before showing what holds so far. */
const FIRST_CHECK_BUDGET = 4;

/** Sets of query terms whose ranking is remembered. */
const OUTCOME_MEMO = 64;

/** The documents of a slice's postings, ascending, each once (the order of its part of the filter). */
function sliceSlots(postings: readonly FieldPostings[]): Int32Array {
  let n = 0;
  for (const [, deltas] of postings) n += deltas.length;
  const all = new Int32Array(n);
  let at = 0;
  for (const [, deltas] of postings) {
    let slot = 0;
    for (const d of deltas) all[at++] = slot += d;
  }
  all.sort();
  let kept = 0;
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i] ?? 0;
  return all.subarray(0, kept);
}

/**
 * A query with phrases whose first page can come from head slices (SearchEngine#rankCheckedFirst): no clause kept to
 * a field, a phrase alone in its group (an OR of phrases needs them whole), nothing excluded but words and phrases.
 */
const phraseFromHeads = (parsed: ParsedQuery): boolean =>
  [...parsed.groups.flat(), ...parsed.exclude].some((c) => c.kind === 'phrase') &&
  parsed.groups.every((g) => g.every((c) => c.field === undefined) && (g.length === 1 || g.every((c) => c.kind !== 'phrase'))) &&
  parsed.exclude.every((c) => c.field === undefined && (c.kind === 'phrase' || (c.kind === 'word' && !c.partial)));

/** A term's totals from postings that are all there (a term in a shared bucket). */
function wholeTerm(firstPos: number, postings: FieldPostings[]): FoundTerm {
  let firstSlot = Infinity;
  let df = 0;
  const docs = new Set<number>();
  for (const [, deltas] of postings) {
    firstSlot = Math.min(firstSlot, deltas[0] ?? Infinity);
    df += deltas.length;
    let slot = 0;
    for (const d of deltas) docs.add((slot += d));
  }
  return { firstPos, firstSlot, df, docs: docs.size, postings, tails: [] };
}

export class SearchEngine {
  private readonly cache = new Map<string, Promise<unknown>>();

  /** Frequent terms: file, first position, tail slices. */
  private readonly big: Map<string, [string, number, number]>;

  /** Per slot: outlet position (-1 unknown or empty slot) and newest-first rank (-1 empty slot). */
  private readonly outlets: Int32Array;
  private readonly ranks: Int32Array;

  private constructor(
    private readonly loader: ShardLoader,
    readonly meta: MetaShard,
  ) {
    this.big = new Map((meta.big ?? []).map(([term, file, firstPos, tails]) => [term, [file, firstPos, tails]]));
    this.outlets = new Int32Array(meta.slots).fill(-1);
    this.ranks = new Int32Array(meta.slots).fill(-1);
    let slot = 0;
    meta.docSlots.forEach((d, i) => {
      slot += d;
      this.outlets[slot] = meta.docOutlet[i] ?? -1;
      this.ranks[slot] = meta.docRank[i] ?? -1;
    });
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

  /** The document's outlet (position in meta.outlets), -1 when unknown. */
  outletOf(doc: number): number {
    return this.outlets[doc] ?? -1;
  }

  /** The document's position in newest-first order (0 = newest); year ranges in meta.years use it. */
  rankOf(doc: number): number {
    return this.ranks[doc] ?? -1;
  }

  private piece<T>(key: string, transform: (raw: never) => unknown = (raw) => raw): Promise<T> {
    return this.once(key, () => this.loader.load(key).then((raw) => transform(raw as never) as T));
  }

  /** What `make` gives, made once per key (a failure is not kept). */
  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key);
    if (!p) {
      p = make();
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
    }
    return p as Promise<T>;
  }

  /** Each term that exists in the index, with all its postings. */
  async lookup(terms: string[]): Promise<Map<string, FoundTerm>> {
    this.prefetchSlices(terms, false);
    const found = await this.lookupHeads(terms);
    await Promise.all([...found].map(async ([term, t]) => found.set(term, await this.loadAll(t))));
    return found;
  }

  /**
   * A frequent term's adjacency filter over its first `slices` slices (every slice when null), each slice's
   * part read with that slice's documents; null for a term without one.
   */
  private async followers(term: string, slices: number | null): Promise<Followers | null> {
    const big = this.big.get(term);
    if (big === undefined) return null;
    const parts = await Promise.all(Array.from({ length: slices ?? big[2] + 1 }, (_, i) => this.sliceFollowers(big[0], i)));
    return joinFollowers(parts.filter((p): p is SliceFollowers => p !== null));
  }

  /**
   * Asks for every tail slice of the frequent terms among `terms` (and, with `filters`, every slice's filter) now,
   * beside their heads: what a phrase loads whole when its head slices cannot place its first page.
   */
  private prefetchSlices(terms: readonly string[], filters: boolean): void {
    for (const term of terms) {
      const big = this.big.get(term);
      if (big === undefined) continue;
      for (let i = 1; i <= big[2]; i++) this.piece(`x/${big[0]}.${i}`).catch(() => undefined);
      if (filters) this.followText(big[0]).catch(() => undefined);
    }
  }

  /** A frequent term's filter piece (x/<h>.n), its entries found once; null when it is not such a piece. */
  private followText(file: string): Promise<FollowText | null> {
    return this.once(`x/${file}.n#`, async () => FollowText.decode(await this.piece<FollowShard>(`x/${file}.n`)));
  }

  /** Slice i's part of the filter, read with the slice's documents; null when it does not fit them. */
  private sliceFollowers(file: string, i: number): Promise<SliceFollowers | null> {
    return this.once(`x/${file}.n#${i}`, async () => {
      const slice = i === 0 ? this.piece<HeadShard>(`x/${file}`).then((h) => h[4]) : this.piece<PostingsShard>(`x/${file}.${i}`);
      const [text, postings] = await Promise.all([this.followText(file), slice]);
      return text?.slice(i, sliceSlots(postings)) ?? null;
    });
  }

  /** The term with its next slice loaded (itself when all are). */
  async loadNext(t: FoundTerm): Promise<FoundTerm> {
    const [next, ...rest] = t.tails;
    if (next === undefined) return t;
    // The slice after it is asked for too, not waited for: when this one does not settle the first page
    // either, the next round finds it loaded (one round trip less); if it does, the exact count after
    // the first page reads it anyway.
    if (rest[0]) this.piece<PostingsShard>(rest[0][0]).catch(() => undefined);
    const more = await this.piece<PostingsShard>(next[0]);
    return { ...t, postings: [...t.postings, ...more], tails: rest };
  }

  /** The term with every slice loaded. */
  async loadAll(t: FoundTerm): Promise<FoundTerm> {
    if (t.tails.length === 0) return t;
    const slices = await Promise.all(t.tails.map(([key]) => this.piece<PostingsShard>(key)));
    return { ...t, postings: [...t.postings, ...slices.flat()], tails: [] };
  }

  /**
   * Each term that exists in the index; a frequent one with only its head slice (its highest-impact
   * documents), unless it is one of `whole`.
   */
  async lookupHeads(terms: string[], whole?: ReadonlySet<string>): Promise<Map<string, FoundTerm>> {
    if (whole) {
      const found = await this.lookupHeads(terms);
      await Promise.all([...found].filter(([term]) => whole.has(term)).map(async ([term, t]) => found.set(term, await this.loadAll(t))));
      return found;
    }
    const found = new Map<string, FoundTerm>();
    await Promise.all(
      terms.map(async (term) => {
        const big = this.big.get(term);
        if (big !== undefined) {
          const [docs, df, firstSlot, tailMax, postings] = await this.piece<HeadShard>(`x/${big[0]}`);
          const tails = tailMax.map((max, i): [string, number] => [`x/${big[0]}.${i + 1}`, max]);
          found.set(term, { firstPos: big[1], firstSlot, df, docs, postings, tails });
          return;
        }
        const shard = await this.piece<Map<string, TermEntry>>(
          `t/${termBucket(term, this.meta.termBuckets)}`,
          (raw: TermShard) => new Map(raw.map(([t, i, p]) => [t, [i, p] as TermEntry])),
        );
        const entry = shard.get(term);
        if (entry?.[1]) found.set(term, wholeTerm(entry[0], entry[1]));
      }),
    );
    return found;
  }

  /**
   * Ranked documents matching a query in the query language of syntax.ts (plain
   * words: every one required, any affixed form). Outcomes are remembered per
   * meaning of the query, so changing a word's affixes ranks once. `typing`: the last
   * word may still be incomplete (see syntax.ts). `first`: only the first this many
   * results are needed now: frequent terms' later slices are loaded only as far as it
   * takes to prove them exact (impact.ts); `full()` gives the rest. Callers must not
   * mutate `hits`.
   */
  search(query: string, options: { typing?: boolean; first?: number } = {}): Promise<SearchOutcome> {
    const parsed = parseQuery(query, options);
    const first = options.first !== undefined && options.first > 0 ? Math.ceil(options.first) : undefined;
    const key = first === undefined ? parsed.key : `${parsed.key}\u0000${first}`;
    let ranked = this.outcomes.get(key);
    if (ranked) {
      // Most recently used last.
      this.outcomes.delete(key);
    } else {
      ranked = this.rank(parsed, first);
      ranked.catch(() => this.outcomes.delete(key));
      if (this.outcomes.size >= OUTCOME_MEMO) this.outcomes.delete(this.outcomes.keys().next().value ?? '');
    }
    this.outcomes.set(key, ranked);
    const words = parsed.groups.flat().filter((c): c is WordClause => c.kind === 'word');
    return ranked.then((r) => {
      const outcome: SearchOutcome = {
        query,
        parsed,
        words: words.map((w) => ({ word: w.word, term: w.term })),
        // The memo is per meaning; report the words as typed this time.
        missing: words.filter((w) => r.missing.some((m) => m.term === w.term)).map((w) => ({ word: w.word, term: w.term })),
        terms: r.terms,
        expansions: r.expansions,
        waiting: r.waiting,
        hits: r.hits,
        complete: r.complete,
        total: r.total,
        full: () => (r.complete ? Promise.resolve(outcome) : this.search(query, { typing: options.typing })),
      };
      return outcome;
    });
  }

  private readonly outcomes = new Map<string, Promise<Ranked>>();

  /** What evaluate.ts reads through: postings, the typo-hint word lists, stored text. */
  private readonly source: EvaluationSource = {
    lookup: (terms) => this.lookup(terms),
    wordsStartingWith: (prefix) => this.wordsStartingWith(prefix),
    followers: (term) => this.followers(term, null),
  };

  /** The same, with frequent terms' head slices only (for rankPartial; its `docs` are not the answer). */
  private readonly headSource: EvaluationSource = { ...this.source, lookup: (terms) => this.lookupHeads(terms) };

  private async rank(parsed: ParsedQuery, first?: number): Promise<Ranked> {
    if (first !== undefined && phraseFromHeads(parsed)) {
      const r = await this.rankCheckedFirst(parsed, first);
      if (r !== null) return r;
    }
    // Phrases and words kept to a field select by what the whole postings (and texts) say. Excluded
    // words are read whole (every document they remove), the words ranked by their head slices.
    const partial =
      first !== undefined &&
      parsed.exclude.every((c) => c.kind === 'word' && !c.partial && !needsWholePostings(c)) &&
      !parsed.groups.flat().some(needsWholePostings);
    const whole = new Set(parsed.exclude.flatMap((c) => (c.kind === 'word' ? [c.term] : [])));
    const source = !partial ? this.source : whole.size === 0 ? this.headSource : { ...this.source, lookup: (terms: string[]) => this.lookupHeads(terms, whole) };
    const ev = await evaluate(source, parsed);
    const base = { missing: ev.missing, terms: ev.terms, expansions: ev.expansions, waiting: ev.waiting };
    let terms = ev.terms.map((t) => ev.found.get(t)).filter((t): t is FoundTerm => t !== undefined);
    if (partial && ev.groupTerms !== null) {
      const position = new Map(ev.terms.map((t, i) => [t, i]));
      const groups = ev.groupTerms.map((g) => g.map((t) => position.get(t)).filter((i): i is number => i !== undefined));
      for (;;) {
        const r = rankPartial(this.meta, terms, groups, ev.excluded);
        if (r.complete || r.hits.length >= first) return { ...base, ...r };
        // Not enough results proven yet: the next slice of every term not fully loaded.
        terms = await Promise.all(terms.map((t) => this.loadNext(t)));
      }
    }
    if (ev.docs.size === 0 || ev.terms.length === 0) return { ...base, hits: [], complete: true, total: 0 };
    // A document's score, tier and place do not depend on the others ranked with it: the candidates ranked
    // by tier then lunr's order, less those whose text fails, are the answer's ranking. A first page reads
    // the texts of its first candidates only.
    if (ev.check !== null && first !== undefined) {
      const { hits, complete, total } = await this.firstTiered(rankDocuments(this.meta, terms, ev.docs), ev, ev.check, first);
      return { ...base, hits, complete, total };
    }
    const docs = ev.check === null ? ev.docs : await this.checked(ev.docs, ev.check);
    // Only plain words, all required: lunr's own selection (every term held); else the evaluated set.
    const ranked = rankDocuments(this.meta, terms, ev.allRequired ? undefined : docs);
    const hits = byTier(ranked, await this.titleTier(ranked, ev));
    return { ...base, hits, complete: true, total: hits.length };
  }

  /**
   * A first page of a query with phrases from the head slices of its frequent words: the candidates placed for
   * sure (impact.ts partialBounds) are checked, filter then text, in ranking order until the page is full, as
   * firstTiered does with every candidate. The tail slices and their filters are asked for with the heads: null
   * (the whole postings decide, evaluated by `rank`) when the heads cannot fill the page, which two words most
   * documents hold, rarely side by side, mostly cannot (a document loaded for one word may hold the other in
   * a slice not loaded: its score is not known). Excluded words and phrases are read whole: every document they
   * remove must be known. Null too when the query's groups give no bound (evaluate.ts proofGroups).
   */
  private async rankCheckedFirst(parsed: ParsedQuery, first: number): Promise<Ranked | null> {
    const whole = new Set(parsed.exclude.flatMap(clauseTerms));
    const source: EvaluationSource = {
      lookup: (terms) => {
        this.prefetchSlices(terms, false);
        return this.lookupHeads(terms, whole);
      },
      wordsStartingWith: (prefix) => this.wordsStartingWith(prefix),
      followers: (term) => {
        this.prefetchSlices([term], true);
        return this.followers(term, whole.has(term) ? null : 1);
      },
    };
    const ev = await evaluate(source, parsed);
    if (ev.proofGroups === null) return null;
    const position = new Map(ev.terms.map((t, i) => [t, i]));
    const groups = ev.proofGroups.map((g) => g.map((t) => position.get(t)).filter((i): i is number => i !== undefined));
    const terms = ev.terms.map((t) => ev.found.get(t)).filter((t): t is FoundTerm => t !== undefined);
    const bounds = partialBounds(this.meta, terms, groups, ev.excluded, ev.ruledOut);
    const ranked = bounds.ranked.filter((h) => ev.docs.has(h.doc));
    const placed = placedCandidates(ranked, ev, bounds);
    if (placed.length < first && !bounds.complete) {
      // They cannot fill the page even if all hold: their texts, read first on the whole postings too, are asked for now.
      const toCheck = new Set(ev.check?.docs);
      this.prefetch(placed.filter((h) => toCheck.has(h.doc)));
      return null;
    }
    const r = await this.firstTiered(ranked, ev, ev.check, first, bounds);
    if (r.short) return null;
    return { missing: ev.missing, terms: ev.terms, expansions: ev.expansions, waiting: ev.waiting, hits: r.hits, complete: r.complete, total: r.total };
  }

  /** The results in the title tier (see evaluate.ts): their title's text read when a phrase decides. */
  private async titleTier(ranked: Hit[], ev: Evaluation): Promise<Set<number>> {
    const { titleCheck } = ev;
    if (titleCheck === null) return ev.titleDocs;
    const docs = ranked.filter((h) => ev.titleDocs.has(h.doc)).map((h) => h.doc);
    const texts = await this.texts(docs);
    return new Set(docs.filter((d) => titleCheck(d, texts.get(d)?.[0] ?? '')));
  }

  /**
   * A first page of text-checked candidates with the title tier first: the tier's candidates (their
   * text and title read) until they are all checked, then the rest, each in lunr's order. With `bounds`
   * (part of the postings loaded), only the candidates placed for sure are read: those of the tier above
   * its cut, and, once the tier is whole, the rest above theirs; `short`: they were all read and did not
   * fill the page (more slices are needed).
   */
  private async firstTiered(
    ranked: Hit[],
    ev: Evaluation,
    check: TextCheck | null,
    first: number,
    bounds?: PartialBounds,
  ): Promise<Pick<Ranked, 'hits' | 'complete' | 'total'> & { short: boolean }> {
    const toCheck = new Set(check?.docs);
    const holds = (d: number, t: readonly string[]): boolean => check === null || !toCheck.has(d) || check.holds(d, t);
    const { titleCheck } = ev;
    const tier = ranked.filter((h) => ev.titleDocs.has(h.doc));
    const placedTier = aboveCut(tier, bounds?.cutTop ?? -Infinity);
    const tierWhole = placedTier.length === tier.length && !(bounds?.tierOpen ?? false);
    const cutLow = bounds?.cutLow ?? -Infinity;
    // A tier too small to fill the page: the texts the rest's first batch will read are asked for with its own.
    if (tierWhole && tier.length < first) this.prefetch(ranked.filter((h) => !ev.titleDocs.has(h.doc) && toCheck.has(h.doc) && h.score > cutLow).slice(0, first - tier.length));
    const upper = await this.firstChecked(
      placedTier,
      (d) => titleCheck !== null || toCheck.has(d),
      (d, t) => holds(d, t) && (titleCheck === null || titleCheck(d, t[0] ?? '')),
      first,
      0,
    );
    if (!upper.complete) return { ...upper, short: false };
    if (!tierWhole) return { hits: upper.hits, complete: false, total: null, short: upper.hits.length < first };
    const inUpper = new Set(upper.hits.map((h) => h.doc));
    const rest = ranked.filter((h) => !inUpper.has(h.doc));
    const placedRest = aboveCut(rest, cutLow);
    const lower = await this.firstChecked(placedRest, (d) => toCheck.has(d), holds, first, upper.hits.length);
    const hits = [...upper.hits, ...lower.hits];
    // Every candidate read, and no document not among them may match.
    const complete = lower.complete && placedRest.length === rest.length && cutLow === -Infinity;
    return { hits, complete, total: complete ? hits.length : null, short: lower.complete && !complete && hits.length < first };
  }

  /** Starts loading the documents' pieces (cached for when they are read); a failure shows when they are. */
  private prefetch(hits: Hit[]): void {
    for (const p of this.docsEach(hits.map((h) => h.doc))) p.catch(() => undefined);
  }

  /** Title and stored text of each document, by number. */
  private async texts(docs: number[]): Promise<Map<number, [string, string]>> {
    return new Map((await this.docs(docs)).map((d) => [d.doc, [d.title, d.text]]));
  }

  /** The candidates whose text holds (every candidate's text read). */
  private async checked(docs: Set<number>, check: TextCheck): Promise<Set<number>> {
    const texts = await this.texts(check.docs);
    return new Set(
      [...docs].filter((d) => {
        const t = texts.get(d);
        return t === undefined || check.holds(d, t);
      }),
    );
  }

  /**
   * First text-checked candidates, read in batches down the candidates' ranking, until `first` hold
   * (`have` of them found before these candidates), or (words common apart but rarely side by side) some hold
   * after FIRST_CHECK_BUDGET × `first` candidates: those show now, the page fills up when the whole check is done.
   * `reads`: whether a candidate's text decides; `holds`: whether it matches, given its title and text.
   */
  private async firstChecked(
    ranked: Hit[],
    reads: (doc: number) => boolean,
    holds: (doc: number, texts: readonly string[]) => boolean,
    first: number,
    have: number,
  ): Promise<Pick<Ranked, 'hits' | 'complete' | 'total'>> {
    const hits: Hit[] = [];
    let from = 0;
    const enough = (): boolean => have + hits.length >= first || (have + hits.length > 0 && from >= FIRST_CHECK_BUDGET * first);
    // Each batch is what the page still lacks, in candidates at the rate they have held so far (with the adjacency
    // filter nearly all do), within the budget; twice the last while none has held. The first has a fifth more: one
    // candidate the filter passes in vain (a hash collision, a lead the body repeats) would cost a second round.
    let batch = Math.max(1, Math.ceil((first - have) * 1.2));
    while (from < ranked.length && !enough()) {
      const slice = ranked.slice(from, from + batch);
      const texts = await this.texts(slice.map((h) => h.doc).filter(reads));
      for (const h of slice) {
        const t = texts.get(h.doc);
        if (t === undefined || holds(h.doc, t)) hits.push(h);
      }
      from += slice.length;
      const lacking = first - have - hits.length;
      batch = hits.length === 0 ? 2 * batch : Math.max(1, Math.min(Math.ceil((lacking * from) / hits.length), FIRST_CHECK_BUDGET * first - from));
    }
    const complete = from >= ranked.length;
    return { hits, complete, total: complete ? hits.length : null };
  }

  /** Indexed surface words starting with `prefix` (plain letters, 2 or more), from the typo-hint word lists. */
  async wordsStartingWith(prefix: string): Promise<Array<[string, number]>> {
    if (prefix.length < 2) return [];
    const shard = await this.piece<WordShard>(wordPrefixKey(prefix, this.meta.wordBuckets));
    return shard.filter(([w]) => w.startsWith(prefix));
  }

  /** What a result list's rows need (resultList.ts), in the order asked: from the list store's few large pieces. */
  async listDocs(numbers: number[]): Promise<ListDoc[]> {
    const size = this.meta.listShardSlots;
    const shards = [...new Set(numbers.map((n) => Math.floor(n / size)))];
    const loaded = new Map(
      await Promise.all(
        shards.map(async (g) => [g, await this.piece<Map<number, ListRecord>>(`l/${g}`, (raw: ListShard) => new Map(raw))] as const),
      ),
    );
    return numbers.map((n) => {
      const rec = loaded.get(Math.floor(n / size))?.get(n % size);
      if (!rec) throw new Error(`search index: document ${n} missing`);
      const [id, title, url, outlet, published, authors, sourceUrl, derived, accessed, opening] = rec;
      return { doc: n, id, title, url, outlet, published, authors, sourceUrl, titleDerived: derived === 1, accessed, opening };
    });
  }

  /** Stored fields of documents, in the order asked. */
  docs(numbers: number[]): Promise<ResultDoc[]> {
    return Promise.all(this.docsEach(numbers));
  }

  /** Stored fields of each document as its own promise: all pieces are requested at once, each usable on arrival. */
  docsEach(numbers: number[]): Array<Promise<ResultDoc>> {
    const size = this.meta.docShardSlots;
    return numbers.map(async (n) => {
      const shard = await this.piece<DocShard>(`d/${Math.floor(n / size)}`);
      const rec: DocRecord | null | undefined = shard[n % size];
      if (!rec) throw new Error(`search index: document ${n} missing`);
      const [id, title, url, outlet, published, dateText, text, authors = [], sourceUrl = null, derived = 0, accessed = null] = rec;
      return { doc: n, id, title, url, outlet, published, dateText, text, authors, sourceUrl, titleDerived: derived === 1, accessed };
    });
  }

  /**
   * "Did you mean": each plain query word of 5+ letters found in no document is replaced
   * by the most frequent indexed word within one edit; the rest of the query is kept as
   * typed. Candidates within one edit of a word of 5+ letters share its first two or its
   * last two letters, so two small pieces suffice.
   */
  async suggest(query: string): Promise<Suggestion | null> {
    // Only which words are missing is needed here.
    const outcome = await this.search(query, { first: 1 });
    const fixes = new Map<string, string>();
    await Promise.all(
      outcome.missing.map(async (w) => {
        const best = await this.nearestWord(w.word);
        if (best !== null) fixes.set(w.word, best);
      }),
    );
    if (fixes.size === 0) return null;
    let text = '';
    let pos = 0;
    for (const t of tokenizeForQuery(query)) {
      const fix = fixes.get(t.text);
      if (fix === undefined) continue;
      text += query.slice(pos, t.start) + fix;
      pos = t.end;
    }
    text += query.slice(pos);
    return { query: text.trim(), replaced: [...fixes].map(([from, to]) => ({ from, to })) };
  }

  /** The most frequent indexed word one edit away from `word` (5+ plain letters), if any. */
  private async nearestWord(word: string): Promise<string | null> {
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return null;
    const b = this.meta.wordBuckets;
    const [pre, suf] = await Promise.all([
      this.piece<WordShard>(wordPrefixKey(word, b)),
      this.piece<WordShard>(wordSuffixKey(word, b)),
    ]);
    let best: string | null = null;
    let bestDf = -1;
    for (const shard of [pre, suf]) {
      for (const [cand, df] of shard) {
        if (cand === word || !withinOneEdit(word, cand)) continue;
        if (df > bestDf || (df === bestDf && best !== null && cand < best)) {
          best = cand;
          bestDf = df;
        }
      }
    }
    return best;
  }
}

/**
 * The candidates firstTiered may read with these bounds (at least as many as it places): the tier's above its cut,
 * and, when the tier can be whole, every candidate above the lower cut.
 */
function placedCandidates(ranked: readonly Hit[], ev: Evaluation, bounds: PartialBounds): Hit[] {
  const tier = ranked.filter((h) => ev.titleDocs.has(h.doc));
  const placedTier = aboveCut(tier, bounds.cutTop);
  return placedTier.length < tier.length || bounds.tierOpen ? placedTier : [...placedTier, ...aboveCut(ranked, bounds.cutLow).filter((h) => !ev.titleDocs.has(h.doc))];
}

/** What ranking found, before the outcome names its words: its missing words are still clauses. */
type Ranked = Pick<SearchOutcome, 'terms' | 'expansions' | 'waiting' | 'hits' | 'complete' | 'total'> & { missing: WordClause[] };
