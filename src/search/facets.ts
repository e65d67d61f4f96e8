/**
 * What the search page and the CLI filter and count by, beyond the words: outlet
 * and topic by the same stable slugs as the site's media/ and topik/ pages, and
 * the day of each document. Built with the index, read by the client and the CLI;
 * kept in the index meta. Stored by date rank (meta.docRank: 0 = newest, undated
 * last); hits are numbered by slot and are looked up through their rank.
 */
import { nameSlugs } from '../ingest/slug.ts';
import { compareId } from '../collate.ts';
import { SEARCH_PARAMS } from '../urls.ts';
import type { SearchDoc } from './doc.ts';

export interface FacetMeta {
  /** Slug of each outlet in MetaShard.outlets order (the media/<slug>/ page's). */
  outletSlugs: string[];
  /** Topic names, sorted, and their slugs (the topik/<slug>/ page's). */
  topics: string[];
  topicSlugs: string[];
  /** Date ranks of the documents tagged with each topic, ascending, delta-encoded. */
  topicDocs: number[][];
  /**
   * Day of each dated document in rank order (days since 1970-01-01 of the date as
   * written), the first absolute, then how many days older than the previous one.
   * Undated documents rank after the dated ones and have no entry.
   */
  docDays: number[];
}


/** Days since 1970-01-01 of an ISO date's own calendar day (no time zone arithmetic). */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null;
}

/** The ISO day (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Facets of articles in date-rank order (build.ts orderArticles: newest first, undated last). */
export function buildFacets(ordered: readonly SearchDoc[], outlets: readonly string[]): FacetMeta {
  // The same slugs as the archive's media/ and topik/ pages (one rule: nameSlugs).
  const outletSlugMap = nameSlugs(outlets);
  const byTopic = new Map<string, number[]>();
  const docDays: number[] = [];
  let prev: number | null = null;
  ordered.forEach((a, i) => {
    for (const t of new Set(a.topics)) {
      let list = byTopic.get(t);
      if (!list) byTopic.set(t, (list = []));
      list.push(i);
    }
    const day = a.published ? dayNumber(a.published) : null;
    if (day === null) return;
    docDays.push(prev === null ? day : prev - day);
    prev = day;
  });
  const topics = [...byTopic.keys()].sort(compareId);
  const topicSlugMap = nameSlugs(topics);
  return {
    outletSlugs: outlets.map((o) => outletSlugMap.get(o) ?? ''),
    topics,
    topicSlugs: topics.map((t) => topicSlugMap.get(t) ?? ''),
    topicDocs: topics.map((t) => {
      let last = 0;
      return (byTopic.get(t) ?? []).map((d) => {
        const delta = d - last;
        last = d;
        return delta;
      });
    }),
    docDays,
  };
}

/** FacetMeta unpacked for filtering and counting; per-document arrays are by date rank. */
export interface Facets {
  outlets: string[];
  outletSlugs: string[];
  /** Date rank of each slot (-1: empty slot). */
  rankOfSlot: Int32Array;
  /** Outlet position per rank, -1 when unknown. */
  docOutlet: readonly number[];
  topics: string[];
  topicSlugs: string[];
  /** Per topic, the set of its documents. */
  topicDocs: Array<Set<number>>;
  /** Per document, its topics' positions. */
  docTopics: number[][];
  /** Day number per dated document; days.length is the number of dated documents. */
  days: number[];
  /** Year per dated document. */
  years: number[];
}

interface MetaForFacets {
  outlets: string[];
  slots: number;
  docSlots: number[];
  docOutlet: number[];
  docRank: number[];
  docCount: number;
  facets?: FacetMeta;
}

export function unpackFacets(meta: MetaForFacets): Facets {
  const f = meta.facets;
  const rankOfSlot = new Int32Array(meta.slots).fill(-1);
  const outletByRank: number[] = new Array<number>(meta.docCount).fill(-1);
  let slot = 0;
  meta.docSlots.forEach((d, i) => {
    slot += d;
    const rank = meta.docRank[i] ?? -1;
    rankOfSlot[slot] = rank;
    if (rank >= 0) outletByRank[rank] = meta.docOutlet[i] ?? -1;
  });
  const docTopics: number[][] = Array.from({ length: meta.docCount }, () => []);
  const topicDocs = (f?.topicDocs ?? []).map((deltas, t) => {
    const s = new Set<number>();
    let d = 0;
    for (const x of deltas) {
      d += x;
      s.add(d);
      docTopics[d]?.push(t);
    }
    return s;
  });
  const days: number[] = [];
  let prev = 0;
  (f?.docDays ?? []).forEach((x, i) => {
    prev = i === 0 ? x : prev - x;
    days.push(prev);
  });
  return {
    outlets: meta.outlets,
    outletSlugs: f?.outletSlugs ?? meta.outlets.map(() => ''),
    rankOfSlot,
    docOutlet: outletByRank,
    topics: f?.topics ?? [],
    topicSlugs: f?.topicSlugs ?? [],
    topicDocs,
    docTopics,
    days,
    years: days.map((d) => Number(isoDay(d).slice(0, 4))),
  };
}

/**
 * The settings that narrow a search, by stable names (as in the address and the CLI flags). A facet
 * takes several values, any of which passes (two outlets side by side); the facets together must all
 * pass. An empty list does not narrow.
 */
export interface Filters {
  /** Outlet slugs. */
  [SEARCH_PARAMS.outlet]: readonly string[];
  /** Topic slugs. */
  [SEARCH_PARAMS.topic]: readonly string[];
  [SEARCH_PARAMS.year]: readonly number[];
  /** ISO days, inclusive. */
  [SEARCH_PARAMS.from]: string | null;
  [SEARCH_PARAMS.to]: string | null;
}

export const NO_FILTERS: Filters = { media: [], topik: [], tahun: [], dari: null, sampai: null };

/** The facets that take several values. */
export const LIST_FACETS = [SEARCH_PARAMS.outlet, SEARCH_PARAMS.topic, SEARCH_PARAMS.year] as const;

export type SortOrder = 'relevansi' | 'terbaru' | 'terlama';
export const SORT_ORDERS: readonly SortOrder[] = ['relevansi', 'terbaru', 'terlama'];

/**
 * Filters resolved against the facets once, so each document check is a few look-ups. A set is
 * null when its facet does not narrow; a value the archive does not have is in no set, so a
 * facet of only such values passes nothing.
 */
interface Compiled {
  outlets: Set<number> | null;
  topics: number[] | null;
  years: Set<number> | null;
  from: number | null;
  to: number | null;
}

function compile(f: Facets, filters: Filters): Compiled {
  const indices = (values: readonly string[], slugs: readonly string[]): number[] => values.map((v) => slugs.indexOf(v)).filter((i) => i >= 0);
  return {
    outlets: filters.media.length > 0 ? new Set(indices(filters.media, f.outletSlugs)) : null,
    topics: filters.topik.length > 0 ? indices(filters.topik, f.topicSlugs) : null,
    years: filters.tahun.length > 0 ? new Set(filters.tahun) : null,
    from: filters.dari === null ? null : dayNumber(filters.dari),
    to: filters.sampai === null ? null : dayNumber(filters.sampai),
  };
}

/** `doc`: a date rank. */
function passesCompiled(f: Facets, c: Compiled, doc: number, skip: keyof Filters | null): boolean {
  if (doc < 0) return false;
  if (skip !== 'media' && c.outlets !== null && !c.outlets.has(f.docOutlet[doc] ?? -1)) return false;
  if (skip !== 'topik' && c.topics !== null && !c.topics.some((t) => f.topicDocs[t]?.has(doc))) return false;
  const checkYear = skip !== 'tahun' && c.years !== null;
  const checkRange = skip !== 'dari' && (c.from !== null || c.to !== null);
  if (!checkYear && !checkRange) return true;
  const day = f.days[doc];
  if (day === undefined) return false;
  if (checkYear && !c.years!.has(f.years[doc] ?? -1)) return false;
  if (checkRange && ((c.from !== null && day < c.from) || (c.to !== null && day > c.to))) return false;
  return true;
}

/**
 * Every document of the archive as a hit of score 0, newest first (undated last): what a search
 * with filters and no words browses, in the page and the terminal alike.
 */
export function everyDoc(f: Facets): { doc: number; score: number }[] {
  const bySlot: { doc: number; score: number; rank: number }[] = [];
  f.rankOfSlot.forEach((rank, slot) => {
    if (rank >= 0) bySlot.push({ doc: slot, score: 0, rank });
  });
  return bySlot.sort((a, b) => a.rank - b.rank).map(({ doc, score }) => ({ doc, score }));
}

/** Any filter is set. */
export const anyFilter = (filters: Filters): boolean =>
  LIST_FACETS.some((k) => filters[k].length > 0) || filters.dari !== null || filters.sampai !== null;

/** The documents that pass every filter, in the order given. */
export function applyFilters<T extends { doc: number }>(f: Facets, filters: Filters, hits: readonly T[]): T[] {
  const c = compile(f, filters);
  return hits.filter((h) => passesCompiled(f, c, f.rankOfSlot[h.doc] ?? -1, null));
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface FacetCounts {
  media: FacetCount[];
  topik: FacetCount[];
  tahun: FacetCount[];
}

/**
 * Per facet, how many of the query's hits each value would leave, given the other
 * filters (the usual faceted-search rule: a facet's own choice does not hide its siblings).
 */
export function countFacets(f: Facets, filters: Filters, slots: Iterable<number>): FacetCounts {
  const c = compile(f, filters);
  const passes = (doc: number, skip: keyof Filters): boolean => passesCompiled(f, c, doc, skip);
  const media = new Map<number, number>();
  const topik = new Map<number, number>();
  const tahun = new Map<number, number>();
  for (const s of slots) {
    const doc = f.rankOfSlot[s] ?? -1;
    if (doc < 0) continue;
    const o = f.docOutlet[doc] ?? -1;
    if (o >= 0 && passes(doc, 'media')) media.set(o, (media.get(o) ?? 0) + 1);
    if (passes(doc, 'topik')) for (const t of f.docTopics[doc] ?? []) topik.set(t, (topik.get(t) ?? 0) + 1);
    const y = f.years[doc];
    if (y !== undefined && passes(doc, 'tahun')) tahun.set(y, (tahun.get(y) ?? 0) + 1);
  }
  return {
    media: f.outlets.map((name, i) => ({ value: f.outletSlugs[i] ?? '', label: name, count: media.get(i) ?? 0 })),
    topik: f.topics.map((name, i) => ({ value: f.topicSlugs[i] ?? '', label: name, count: topik.get(i) ?? 0 })),
    tahun: [...new Set(f.years)]
      .sort((a, b) => b - a)
      .map((y) => ({ value: String(y), label: String(y), count: tahun.get(y) ?? 0 })),
  };
}

/**
 * Hits in the asked order: relevance as ranked, or by date. Ranks run newest first
 * with the undated after them; undated ones stay last either way.
 */
export function sortHits<T extends { doc: number }>(f: Facets, hits: readonly T[], order: SortOrder): T[] {
  if (order === 'relevansi') return [...hits];
  const dated = f.days.length;
  const key = (slot: number): number => {
    const rank = f.rankOfSlot[slot] ?? -1;
    return rank >= dated || order === 'terbaru' ? rank : -rank;
  };
  return [...hits].sort((a, b) => key(a.doc) - key(b.doc));
}

/**
 * A date bound as written in the address or a CLI flag: `2020`, `2020-02` or
 * `2020-02-03`; a start bound is the first day of it, an end bound the last. Null
 * when it is not a real date.
 */
export function dayBound(text: string, side: 'start' | 'end'): string | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (side === 'start' ? 1 : 12) : Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] === undefined ? (side === 'start' ? 1 : last) : Number(m[3]);
  if (day < 1 || day > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A filter value given by slug or by name ("genpi-co", "GenPI.co", "genpi.co"): the slug, or null. */
export function resolveSlug(value: string, names: readonly string[], slugs: readonly string[]): string | null {
  const v = value.trim().toLowerCase();
  const i = slugs.findIndex((s, k) => s === v || (names[k] ?? '').toLowerCase() === v);
  return i < 0 ? null : (slugs[i] ?? null);
}

/** Each dated document's month (`2020-03`), by date rank: worked out once per archive, not per search. */
const MONTHS_OF = new WeakMap<Facets, string[]>();
function monthsOf(f: Facets): string[] {
  let months = MONTHS_OF.get(f);
  if (!months) MONTHS_OF.set(f, (months = f.days.map((d) => isoDay(d).slice(0, 7))));
  return months;
}

/** One bar of "the query over time": a year or a month, its results, and the days it spans (ISO, inclusive). */
export interface TimeBar {
  /** `2020` or `2020-03`. */
  key: string;
  count: number;
  from: string;
  to: string;
}

/**
 * How many of the results fall in each year, every year from the first to the last (empty ones too,
 * so gaps show); by month when they all fall in one year. Undated results are counted apart.
 */
export function countOverTime(f: Facets, hits: Iterable<{ doc: number }>): { unit: 'year' | 'month'; bars: TimeBar[]; undated: number } {
  const monthOf = monthsOf(f);
  const byMonth = new Map<string, number>();
  let undated = 0;
  for (const h of hits) {
    const rank = f.rankOfSlot[h.doc] ?? -1;
    const month = rank >= 0 ? monthOf[rank] : undefined;
    if (month === undefined) {
      undated++;
      continue;
    }
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
  const months = [...byMonth.keys()].sort();
  if (months.length === 0) return { unit: 'year', bars: [], undated };
  const firstYear = Number(months[0]!.slice(0, 4));
  const lastYear = Number(months[months.length - 1]!.slice(0, 4));
  const pad = (n: number): string => String(n).padStart(2, '0');
  const lastDay = (y: number, m: number): string => isoDay(Date.UTC(y, m, 0) / 86_400_000);
  if (firstYear === lastYear) {
    const bars = Array.from({ length: 12 }, (_, i) => {
      const key = `${firstYear}-${pad(i + 1)}`;
      return { key, count: byMonth.get(key) ?? 0, from: `${key}-01`, to: lastDay(firstYear, i + 1) };
    });
    return { unit: 'month', bars, undated };
  }
  const bars: TimeBar[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    let count = 0;
    for (let m = 1; m <= 12; m++) count += byMonth.get(`${y}-${pad(m)}`) ?? 0;
    bars.push({ key: String(y), count, from: `${y}-01-01`, to: `${y}-12-31` });
  }
  return { unit: 'year', bars, undated };
}
