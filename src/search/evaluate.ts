/**
 * Which documents a parsed query selects (see syntax.ts): words, prefixes, OR,
 * exclusions and phrases resolved to a set of documents; the engine's lunr scoring
 * then ranks that set by the query's positive terms.
 */
import type { FoundTerm } from './ranking.ts';
import { FIELDS, type FieldName } from './format.ts';
import { hasPhrase, type PhraseWord } from './phrase.ts';
import { phrasePairs, surelyAbsent, type Followers } from './follow.ts';
import { stemCached } from './query.ts';
import { needsWholePostings, type Clause, type ParsedQuery, type WordClause } from './syntax.ts';
import { isStopWord } from './indonesian/index.ts';

/** What evaluation needs from the engine (index loading and scoring stay there). */
export interface EvaluationSource {
  lookup(terms: string[]): Promise<Map<string, FoundTerm>>;
  /** Indexed surface words starting with `prefix` (2+ plain letters), with document frequency. */
  wordsStartingWith(prefix: string): Promise<Array<[string, number]>>;
  /**
   * A frequent term's adjacency filter (follow.ts) for the documents of the slices `lookup` gives, by slot;
   * null when the index has none for it.
   */
  followers?(term: string): Promise<Followers | null>;
}

/**
 * What only the stored text can decide (phrases, the exact form, excluded phrases): the engine
 * reads the texts of `docs` and keeps those that hold, all of them or (for a first page) only as
 * many as it needs, in ranking order.
 */
export interface TextCheck {
  /** Candidates whose text decides, ascending. */
  docs: number[];
  /** Whether the candidate matches, given its title and stored text. */
  holds(doc: number, texts: readonly string[]): boolean;
}

/** Stems a prefix may stand for, most frequent first; more would make a query of hundreds of terms. */
export const MAX_EXPANSIONS = 30;
/** Shortest prefix that is expanded (one letter would mean a whole alphabet's share of the index). */
export const MIN_PREFIX = 2;

export interface Expansion {
  /** The prefix as typed (or the partial word). */
  prefix: string;
  /** The indexed words it stands for, most frequent first (at most MAX_EXPANSIONS stems). */
  words: string[];
  terms: string[];
  /** More words start with it than were used. */
  capped: boolean;
}

export interface Evaluation {
  /** Documents that match, unordered; with a `check`, the candidates (a superset). */
  docs: Set<number>;
  /** The candidates whose text still decides, or null when `docs` is the answer. */
  check: TextCheck | null;
  /** Terms to score by and highlight (every positive term found in the index). */
  terms: string[];
  found: Map<string, FoundTerm>;
  /**
   * The query is plain words only, all required, no phrase or exclusion: the engine
   * ranks exactly as lunr does for it (documents holding every term), in query order.
   */
  allRequired: boolean;
  /**
   * Per group that counts, the terms any of which satisfies it, when term membership
   * alone decides a match (no phrase asked or excluded; see `excluded`); null otherwise. What impact.ts
   * ranks by when the postings are partly loaded.
   */
  groupTerms: string[][] | null;
  /**
   * The same groups when phrases are asked too, a phrase's words (or an exact form's word) each a group of
   * their own: every document `check` accepts satisfies them, so a first page can be proven from part of the
   * postings (impact.ts partialBounds) and then checked. Null when a phrase shares its group with another
   * clause (OR) or a clause is kept to a field.
   */
  proofGroups: string[][] | null;
  /** The adjacency filters rule the document out: a phrase that must be in it (alone in its group) surely is not. */
  ruledOut(doc: number): boolean;
  /** The terms whose adjacency filters the phrases use. */
  filterTerms: string[];
  /**
   * The title tier's candidates among `docs`: documents whose title postings satisfy every
   * group (see titleGroups); `titleCheck`, when a phrase is asked, says from the title's
   * text which of them stay in it.
   */
  titleDocs: Set<number>;
  titleCheck: ((doc: number, title: string) => boolean) | null;
  /**
   * Documents the exclusions removed by term membership (words, prefixes); with `groupTerms`, what the
   * partial ranking leaves out. Complete only when the excluded terms' postings were loaded whole.
   */
  excluded: Set<number>;
  /** Plain words (not prefixes) that are in no document. */
  missing: WordClause[];
  expansions: Expansion[];
  /** A partial word too short to expand was left out for now. */
  waiting: boolean;
}

/** Documents holding the term (in one field when `field` is given: postings name their field by its place in FIELDS). */
function docSet(term: FoundTerm | undefined, field?: FieldName): Set<number> {
  const out = new Set<number>();
  const only = field === undefined ? -1 : FIELDS.findIndex((f) => f.name === field);
  for (const [f, deltas] of term?.postings ?? []) {
    if (only !== -1 && f !== only) continue;
    let doc = 0;
    for (const d of deltas) out.add((doc += d));
  }
  return out;
}

const intersect = (sets: Array<Set<number>>): Set<number> => {
  if (sets.length === 0) return new Set();
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...(smallest ?? [])].filter((d) => rest.every((s) => s.has(d))));
};

const union = (sets: Array<Set<number>>): Set<number> => {
  const out = new Set<number>();
  for (const s of sets) for (const d of s) out.add(d);
  return out;
};

/** Stems for a prefix: indexed words starting with it, grouped by stem, most frequent first. */
async function expand(src: EvaluationSource, prefix: string): Promise<Expansion> {
  if (prefix.length < MIN_PREFIX || !/^[a-z]+$/.test(prefix.slice(0, MIN_PREFIX))) return { prefix, words: [], terms: [], capped: false };
  const byStem = new Map<string, { df: number; words: string[] }>();
  for (const [w, df] of await src.wordsStartingWith(prefix)) {
    if (isStopWord(w)) continue;
    const t = stemCached(w);
    if (!t) continue;
    const e = byStem.get(t);
    if (e) {
      e.df = Math.max(e.df, df);
      e.words.push(w);
    } else byStem.set(t, { df, words: [w] });
  }
  const ranked = [...byStem].sort((a, b) => b[1].df - a[1].df || (a[0] < b[0] ? -1 : 1));
  const kept = ranked.slice(0, MAX_EXPANSIONS);
  return {
    prefix,
    terms: kept.map(([t]) => t),
    words: kept.flatMap(([, e]) => e.words),
    capped: ranked.length > kept.length,
  };
}

export const clauseTerms = (c: Clause): string[] =>
  c.kind === 'word' ? [c.term] : c.kind === 'phrase' ? c.words.map((w) => w.term).filter((t) => t !== '') : [];

/** A phrase checked against the stored text (one kept to a field needs its words there only). */
type TextPhrase = Clause & { kind: 'phrase' };
const isTextPhrase = (c: Clause): c is TextPhrase => c.kind === 'phrase' && !c.field;

export async function evaluate(src: EvaluationSource, parsed: ParsedQuery): Promise<Evaluation> {
  const all = [...parsed.groups.flat(), ...parsed.exclude];
  // The adjacency filters of the phrases' words are asked for with the postings, not after them.
  const pairs = new Map(all.filter(isTextPhrase).map((c) => [c, phrasePairs(c.words)]));
  const pairTerms = [...new Set([...pairs.values()].flatMap((ps) => ps.map(([t]) => t)))];
  const followers = src.followers ? Promise.all(pairTerms.map(async (t) => [t, await src.followers?.(t)] as const)) : Promise.resolve([]);
  const found = await src.lookup([...new Set(all.flatMap(clauseTerms))]);

  // Prefixes, and partial words that are no index word yet, stand for the words they start.
  const expansions = new Map<Clause, Expansion>();
  await Promise.all(
    all.map(async (c) => {
      if (c.kind === 'prefix') expansions.set(c, await expand(src, c.prefix));
      else if (c.kind === 'word' && c.partial && !found.has(c.term)) expansions.set(c, await expand(src, c.word));
    }),
  );
  const extra = [...new Set([...expansions.values()].flatMap((e) => e.terms))].filter((t) => !found.has(t));
  if (extra.length > 0) for (const [t, v] of await src.lookup(extra)) found.set(t, v);

  const sets = new Map<string, Set<number>>();
  const docsOf = (term: string, field?: FieldName): Set<number> => {
    const key = field ? `${field}:${term}` : term;
    let s = sets.get(key);
    if (!s) sets.set(key, (s = docSet(found.get(term), field)));
    return s;
  };
  let waiting = false;
  // Documents holding the clause's words; for a phrase, still to be checked for adjacency.
  const candidates = (c: Clause): Set<number> | null => {
    const e = expansions.get(c);
    if (e) {
      if (c.kind === 'word' && e.prefix.length < MIN_PREFIX) {
        waiting = true;
        return null; // not yet a word: leave it out rather than find nothing
      }
      return union(e.terms.map((t) => docsOf(t, c.field)));
    }
    return intersect(clauseTerms(c).map((t) => docsOf(t, c.field)));
  };

  // Groups narrow by their words first; phrases are checked after, on the text.
  const groupSets: Array<Set<number>> = [];
  for (const group of parsed.groups) {
    const sets = group.map(candidates).filter((x): x is Set<number> => x !== null);
    if (sets.length > 0) groupSets.push(union(sets));
  }
  const docs = intersect(groupSets);
  const filters = new Map<string, Followers>();
  for (const [t, m] of await followers) if (m) filters.set(t, m);
  const absent = new Map([...pairs].map(([c, ps]) => [c as Clause, surelyAbsent(ps, filters)]));
  /** Whether the phrase may be in the document's text: false only when a pair of its words is surely not side by side there. */
  const mayHold = (c: Clause, d: number): boolean => !(absent.get(c)?.(d) ?? false);
  const inText = (c: TextPhrase, d: number, texts: readonly string[]): boolean => mayHold(c, d) && hasPhrase(texts, c.words);
  const phrases: Array<Clause & { kind: 'phrase' }> = [];
  const excludedDocs = new Set<number>();
  for (const c of parsed.exclude) {
    const out = candidates(c);
    if (out === null) continue;
    if (c.kind === 'phrase' && !c.field) phrases.push(c);
    else
      for (const d of out) {
        docs.delete(d);
        excludedDocs.add(d);
      }
  }
  // A phrase kept to a field (`penulis:"…"`) needs its words there only: the stored text has no such field.
  for (const c of parsed.groups.flat()) if (c.kind === 'phrase' && !c.field) phrases.push(c);

  const excluded = parsed.exclude.filter(isTextPhrase);
  const holds = (d: number, t: readonly string[]): boolean => !excluded.some((c) => inText(c, d, t)) && groupsHold(parsed, d, t, docsOf, expansions, inText);
  // A phrase alone in its group must be there: when the filters rule it out, nothing else can make up for it.
  const required = parsed.groups.flatMap((g) => (g.length === 1 && g[0] !== undefined && isTextPhrase(g[0]) ? [g[0]] : []));
  const ruledOut = (d: number): boolean => required.some((c) => !mayHold(c, d));
  // Only documents holding all of some phrase's words need their text read; of those, the ones whose every such
  // phrase the filters rule out are decided here (as with texts holding none of them). Per candidate, of
  // thousands for two common words: each phrase's word sets are looked up once.
  const phraseDocs = phrases.map((c) => ({ c, sets: clauseTerms(c).map((t) => docsOf(t)), required: required.includes(c) }));
  const toCheck: number[] = [];
  for (const d of [...docs].sort((a, b) => a - b)) {
    let open = false;
    let may = false;
    let ruled = false;
    for (const p of phraseDocs) {
      if (!p.sets.every((s) => s.has(d))) continue;
      open = true;
      if (mayHold(p.c, d)) may = true;
      else if ((ruled = p.required)) break;
    }
    if (!open) continue;
    if (ruled) docs.delete(d);
    else if (may) toCheck.push(d);
    else if (!holds(d, NO_TEXT)) docs.delete(d);
  }
  const check: TextCheck | null = toCheck.length === 0 ? null : { docs: toCheck, holds };

  const positive = parsed.groups.flat();
  const terms = [...new Set(positive.flatMap((c) => expansions.get(c)?.terms ?? clauseTerms(c)))].filter((t) => found.has(t));
  const missing = positive.filter(
    (c): c is WordClause => c.kind === 'word' && !found.has(c.term) && !(c.partial && (expansions.get(c)?.terms.length ?? 0) > 0) && !(c.partial && c.word.length < MIN_PREFIX),
  );
  const allRequired =
    parsed.exclude.length === 0 &&
    expansions.size === 0 &&
    positive.every((c) => c.kind === 'word' && !needsWholePostings(c)) &&
    parsed.groups.every((g) => g.length === 1);
  // Term membership decides when no phrase is asked or excluded (an excluded phrase needs the text).
  const byTerms = parsed.exclude.every((c) => !(c.kind === 'phrase' && !c.field)) && !positive.some(needsWholePostings);
  const groups = termGroups(parsed, found, expansions);
  const groupTerms = byTerms ? groups : null;
  const title = titleGroups(parsed, docsOf, expansions);
  // A title whose phrase the filters rule out is not read for the tier.
  const titleMay = (c: TitleClause, d: number): boolean => c.docs.has(d) && (c.phrase === null || mayHold(c.clause, d));
  const titleDocs = new Set([...intersect([docs, ...title.map((g) => union(g.map((c) => c.docs)))])].filter((d) => title.every((g) => g.some((c) => titleMay(c, d)))));
  const titled = title.flat().filter((c) => c.phrase !== null);
  const titleCheck =
    titled.length === 0 ? null : (d: number, t: string): boolean => title.every((g) => g.some((c) => titleMay(c, d) && (c.phrase === null || hasPhrase([t], c.phrase))));
  return { docs, check, terms, found, excluded: excludedDocs, missing, expansions: [...expansions.values()], waiting, allRequired, groupTerms, proofGroups: groups, ruledOut, filterTerms: pairTerms, titleDocs, titleCheck };
}

/** Texts of a document whose phrases are all ruled out by the filters: none can hold. */
const NO_TEXT: readonly string[] = ['', ''];

/** A clause as the title tier sees it: the documents whose title holds its words, and the phrase the title text must still hold. */
interface TitleClause {
  clause: Clause;
  docs: Set<number>;
  phrase: PhraseWord[] | null;
}

/**
 * Per group that counts for the title tier, per clause: the documents whose title holds its
 * words, and the phrase its title text must still hold. The groups are those of termGroups; a
 * group with a clause kept to another field (author, place…) asks nothing of the title.
 */
function titleGroups(parsed: ParsedQuery, docsOf: (term: string, field?: FieldName) => Set<number>, expansions: Map<Clause, Expansion>): TitleClause[][] {
  const out: TitleClause[][] = [];
  for (const group of parsed.groups) {
    const clauses: TitleClause[] = [];
    let free = false;
    for (const c of group) {
      if (c.field !== undefined && c.field !== 'title') free = true;
      const e = expansions.get(c);
      if (e && c.kind === 'word' && e.prefix.length < MIN_PREFIX) continue;
      const docs = e ? union(e.terms.map((t) => docsOf(t, 'title'))) : intersect(clauseTerms(c).map((t) => docsOf(t, 'title')));
      clauses.push({ clause: c, docs, phrase: c.kind === 'phrase' && c.field === undefined ? c.words : null });
    }
    if (!free && clauses.length > 0) out.push(clauses);
  }
  return out;
}

/**
 * The terms that satisfy each group (as `candidates` selects them), a phrase's words each a group of their own (a
 * phrase of stop words only, which nothing matches, an empty one); groups of only a too-short partial word do not
 * count. Null when a phrase shares its group with another clause or a clause is kept to a field.
 */
function termGroups(parsed: ParsedQuery, found: Map<string, FoundTerm>, expansions: Map<Clause, Expansion>): string[][] | null {
  const out: string[][] = [];
  for (const group of parsed.groups) {
    if (group.some((c) => c.field !== undefined)) return null;
    const phrase = group.find((c) => c.kind === 'phrase');
    if (phrase) {
      if (group.length > 1) return null;
      const words = [...new Set(clauseTerms(phrase))];
      if (words.length === 0) out.push([]);
      for (const t of words) out.push(found.has(t) ? [t] : []);
      continue;
    }
    let considered = false;
    const terms: string[] = [];
    for (const c of group) {
      const e = expansions.get(c);
      if (e && c.kind === 'word' && e.prefix.length < MIN_PREFIX) continue;
      considered = true;
      terms.push(...(e?.terms ?? clauseTerms(c)).filter((t) => found.has(t)));
    }
    if (considered) out.push([...new Set(terms)]);
  }
  return out;
}

/** Whether every group holds for a document, phrases checked against its text. */
function groupsHold(
  parsed: ParsedQuery,
  doc: number,
  texts: readonly string[],
  docsOf: (term: string, field?: FieldName) => Set<number>,
  expansions: Map<Clause, Expansion>,
  inText: (c: TextPhrase, doc: number, texts: readonly string[]) => boolean,
): boolean {
  return parsed.groups.every((group) => {
    let considered = false;
    const ok = group.some((c) => {
      const e = expansions.get(c);
      if (e && c.kind === 'word' && e.prefix.length < MIN_PREFIX) return false;
      considered = true;
      if (e) return e.terms.some((t) => docsOf(t, c.field).has(doc));
      if (!clauseTerms(c).every((t) => docsOf(t, c.field).has(doc))) return false;
      return !isTextPhrase(c) || inText(c, doc, texts);
    });
    return ok || !considered;
  });
}
