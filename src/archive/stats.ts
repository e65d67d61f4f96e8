/**
 * Archive statistics: how many articles per month, outlet and topic, and which
 * topics travel together. Pure and linear in the number of articles (one pass,
 * hash maps), so it stays cheap at 100,000 records.
 */
import type { Article } from '../ingest/types.ts';
import { parsePublished } from './dates.ts';

/** `YYYY-MM`. */
export type MonthKey = string;

/** The fields statistics read from an Article (an article page's view can supply them too). */
export type StatsRecord = Pick<Article, 'published' | 'outlet' | 'topics'>;

export interface MonthCount {
  month: MonthKey;
  count: number;
}

export interface NamedCount {
  name: string;
  count: number;
}

export interface PairCount {
  /** The two topics, `a` < `b` in sort order. */
  a: string;
  b: string;
  count: number;
}

export interface ArchiveStats {
  total: number;
  /** Articles with a usable publication date. */
  dated: number;
  undated: number;
  /** Every month from the first to the last dated article, empty months as 0. */
  months: MonthCount[];
  /** Named outlets, most articles first (ties by name). */
  outlets: NamedCount[];
  /** Articles whose outlet is unknown. */
  unknownOutlet: number;
  /** Topics, most articles first (ties by name). */
  topics: NamedCount[];
  /** Articles with no topic. */
  untagged: number;
  /** Topic pairs that share at least one article, most shared first. */
  cooccurrence: PairCount[];
}

/**
 * The month an article counts for: the calendar month written in its `published`
 * field, read by the same parser as the month archive pages so the counts agree
 * (an unreadable or impossible date counts as undated there and here).
 */
export function monthOf(published: string | null): MonthKey | null {
  const d = parsePublished(published);
  return d === null ? null : `${d.year}-${d.month}`;
}

/** Months are compared as plain strings; this steps one month forward. */
export function nextMonth(month: MonthKey): MonthKey {
  const year = Number(month.slice(0, 4));
  const mon = Number(month.slice(5, 7));
  return mon === 12 ? `${pad4(year + 1)}-01` : `${pad4(year)}-${String(mon + 1).padStart(2, '0')}`;
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/**
 * Per-month counts over a contiguous span, empty months filled with 0. The span
 * defaults to the first..last month present; pass one to line several series up
 * (a topic's timeline on the archive's whole span).
 */
export function countByMonth(
  articles: readonly Pick<StatsRecord, 'published'>[],
  span?: { first: MonthKey; last: MonthKey },
): MonthCount[] {
  const counts = new Map<MonthKey, number>();
  for (const a of articles) {
    const m = monthOf(a.published);
    if (m !== null) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return fillMonths(counts, span);
}

/** Turns sparse month counts into a contiguous, zero-filled series. */
export function fillMonths(counts: ReadonlyMap<MonthKey, number>, span?: { first: MonthKey; last: MonthKey }): MonthCount[] {
  let first = span?.first;
  let last = span?.last;
  if (first === undefined || last === undefined) {
    for (const m of counts.keys()) {
      if (first === undefined || m < first) first = m;
      if (last === undefined || m > last) last = m;
    }
  }
  if (first === undefined || last === undefined || first > last) return [];
  const out: MonthCount[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push({ month: m, count: counts.get(m) ?? 0 });
  return out;
}

function byCountThenName(a: { count: number; name: string }, b: { count: number; name: string }): number {
  return b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function sortedCounts(map: ReadonlyMap<string, number>): NamedCount[] {
  return [...map].map(([name, count]) => ({ name, count })).sort(byCountThenName);
}

// A pair key that cannot collide with topic names (which never contain NUL).
const PAIR_SEP = '\u0000';

/** Per-month counts of every topic and every outlet (sparse: only months with articles). */
export interface GroupMonths {
  topics: Map<string, Map<MonthKey, number>>;
  outlets: Map<string, Map<MonthKey, number>>;
}

/** All the archive's statistics in one pass over the records. */
export function computeStats(records: readonly StatsRecord[]): ArchiveStats {
  return computeStatsAndGroups(records).stats;
}

/** The statistics plus every topic's and outlet's months, still one pass over the records. */
export function computeStatsAndGroups(records: readonly StatsRecord[]): { stats: ArchiveStats; groups: GroupMonths } {
  const months = new Map<MonthKey, number>();
  const outlets = new Map<string, number>();
  const topics = new Map<string, number>();
  const pairs = new Map<string, number>();
  const groups: GroupMonths = { topics: new Map(), outlets: new Map() };
  let dated = 0;
  let unknownOutlet = 0;
  let untagged = 0;

  for (const a of records) {
    const m = monthOf(a.published);
    if (m !== null) {
      dated++;
      months.set(m, (months.get(m) ?? 0) + 1);
    }
    const outlet = a.outlet === null || a.outlet.trim() === '' ? null : a.outlet;
    if (outlet === null) unknownOutlet++;
    else {
      outlets.set(outlet, (outlets.get(outlet) ?? 0) + 1);
      if (m !== null) bump(groups.outlets, outlet, m);
    }

    // A topic listed twice on one record still counts once for that record.
    const tags = [...new Set(a.topics)].sort();
    if (tags.length === 0) untagged++;
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i]!;
      topics.set(t, (topics.get(t) ?? 0) + 1);
      if (m !== null) bump(groups.topics, t, m);
      for (let j = i + 1; j < tags.length; j++) {
        const key = t + PAIR_SEP + tags[j]!;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }

  const cooccurrence: PairCount[] = [...pairs]
    .map(([key, count]) => {
      const [a = '', b = ''] = key.split(PAIR_SEP);
      return { a, b, count };
    })
    .sort((x, y) => y.count - x.count || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));

  const stats: ArchiveStats = {
    total: records.length,
    dated,
    undated: records.length - dated,
    months: fillMonths(months),
    outlets: sortedCounts(outlets),
    unknownOutlet,
    topics: sortedCounts(topics),
    untagged,
    cooccurrence,
  };
  return { stats, groups };
}

function bump(map: Map<string, Map<MonthKey, number>>, key: string, month: MonthKey): void {
  let months = map.get(key);
  if (!months) map.set(key, (months = new Map()));
  months.set(month, (months.get(month) ?? 0) + 1);
}

/** How often each pair of the given topics appears together (symmetric lookup). */
export function pairCount(stats: Pick<ArchiveStats, 'cooccurrence'>): (a: string, b: string) => number {
  const map = new Map<string, number>();
  for (const p of stats.cooccurrence) map.set(p.a + PAIR_SEP + p.b, p.count);
  return (a, b) => (a === b ? 0 : map.get(a < b ? a + PAIR_SEP + b : b + PAIR_SEP + a) ?? 0);
}

