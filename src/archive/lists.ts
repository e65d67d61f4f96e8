/**
 * The paginated listings: home, months, outlets, topics (each also per year)
 * and undated. Every list is cut into stable pages (paging.ts) named by their
 * newest article, so adding an article changes only the pages next to it.
 */
import { unique } from '../ingest/slug.ts';
import * as url from '../urls.ts';
import { pageFile, URLS } from '../urls.ts';
import { type ArchiveContext, authorDir, type Entry, monthDir, outletDir, pageBase, push, topicDir } from './context.ts';
import { formatRange, monthYear } from './dates.ts';
import { articleCount, UI } from './indonesian.ts';
import { PAGE_UI } from './pageWords.ts';
import { PAGE_TEXT } from './pageTexts.ts';
import { fnv1a } from '../hash.ts';
import { GROUP_PAGING, HOME_PAGING, stablePages, type PagingOptions, type StablePage } from './paging.ts';
import type { ArticleCard, GroupPage, Link, ListPage, NavKey, PageBase, PageUnit, Pager, PagerLink, YearLink } from './types.ts';

function rangeOf(list: Entry[], short = false): string | null {
  const dates = list.filter((e) => e.date !== null);
  if (dates.length === 0) return null;
  return formatRange(dates.at(-1)!.date!, dates[0]!.date!, short);
}

/**
 * URL names of a list's pages after the first: the page's newest article, as its date and a hash of
 * its folder (`2020-02-03-1a2b3c`); the oldest page is `terlama`, so the pager's link to it never moves.
 */
function pageNames(pages: StablePage<Entry>[]): string[] {
  const seen = new Set<string>();
  return pages.map((pg, i) => {
    const name = i === pages.length - 1 ? url.OLDEST_PAGE_NAME : `${pg.items[0]!.card.dateIso ?? 'tanpa-tanggal'}-${fnv1a(pg.key).toString(16).padStart(8, '0').slice(0, 6)}`;
    const out = unique(name, (n) => seen.has(n));
    seen.add(out);
    return out;
  });
}

type MakePage<T extends ListPage> = (base: PageBase, items: ArticleCard[], pager: Pager | null, first: boolean, range: string | null) => T;

/** One list before it is cut into pages. */
interface ListSpec {
  dir: string;
  entries: Entry[];
  paging: PagingOptions;
  heading: string;
  /** The first page's meta description. */
  description: string;
  nav: NavKey;
}

function listPages<T extends ListPage>(ctx: ArchiveContext, spec: ListSpec, make: MakePage<T>): T[] {
  const { dir, heading, description, nav } = spec;
  const { first, pages: rest } = stablePages(spec.entries, (e) => e.dir, spec.paging);
  const names = pageNames(rest);
  const hrefs = [pageFile(dir), ...names.map((n) => url.listPageFile(dir, n))];
  const chunks = [first, ...rest.map((pg) => pg.items)];
  const labels = chunks.map((c, i) => (i === 0 ? UI.newest : i === chunks.length - 1 ? UI.oldest : rangeOf(c, true) ?? UI.undated));
  return chunks.map((items, i) => {
    const range = rangeOf(items);
    const pager = chunks.length === 1 ? null : pagerOf(i, hrefs, labels);
    const title = i === 0 ? heading : PAGE_TEXT.list.laterTitle(heading, range);
    // Pages after the first say nothing about the whole list (a count would change them all with each new article).
    const desc = i === 0 ? description : PAGE_TEXT.list.laterDescription(heading, items.length, range);
    return make(pageBase(ctx, hrefs[i]!, title, desc, nav), items.map((e) => e.card), pager, i === 0, range);
  });
}

const pageIntro = (items: ArticleCard[], range: string | null): string => PAGE_TEXT.list.laterIntro(items.length, range);

export function homePages(ctx: ArchiveContext): ListPage[] {
  const spec = { dir: URLS.home, entries: ctx.ordered, paging: HOME_PAGING, heading: PAGE_TEXT.home.heading, description: PAGE_TEXT.home.description, nav: 'beranda' } as const;
  return listPages<ListPage>(ctx, spec, (base, items, pager, first, range) => ({
    ...base,
    intro: first ? PAGE_TEXT.home.intro(ctx.ordered.length) : pageIntro(items, range),
    items,
    pager,
    crumbs: first ? [] : [ctx.crumbs.home],
    jump: pager ? { href: pageFile(URLS.archive), text: UI.jumpMonth } : null,
  }));
}

interface GroupExtras {
  /** On the pages after the first: where to jump (the group's years). */
  jump?: Link | null;
  /** On the first page: the older and newer neighbour list (months, a group's years). */
  around?: { older: Link | null; newer: Link | null } | null;
  /** For a topic's or outlet's list of one year: that year. */
  year?: string | null;
  /** On the first page of a topic's or outlet's whole list: its years with their counts. */
  years?: YearLink[];
  /** The group's Atom feed (topics and outlets). */
  feed?: string | null;
}

interface GroupList {
  dir: string;
  entries: Entry[];
  /** GroupPage.key: the month, outlet or topic. */
  key: string;
  heading: string;
  intro: string;
  crumbs: Link[];
  nav: NavKey;
}

function groupPages(ctx: ArchiveContext, g: GroupList, extras: GroupExtras = {}): GroupPage[] {
  const description = PAGE_TEXT.list.groupDescription(g.heading, g.entries.length, ctx.site.name);
  return listPages<GroupPage>(ctx, { ...g, paging: GROUP_PAGING, description }, (base, items, pager, first, range) => ({
    ...base,
    key: g.key,
    intro: first ? g.intro : pageIntro(items, range),
    items,
    pager,
    crumbs: first ? g.crumbs : [...g.crumbs, { href: pageFile(g.dir), text: g.heading }],
    // Only a list's first page links its neighbours and years: they change when a month or year appears.
    jump: first ? null : (extras.jump ?? null),
    around: first ? (extras.around ?? null) : null,
    year: extras.year ?? null,
    years: first ? (extras.years ?? []) : [],
    feed: extras.feed ?? null,
  }));
}

/** A group's pages as a unit: made only when asked, decided by its own text and its entries. */
function unitOf(kind: string, key: string, text: unknown, entries: readonly Entry[], make: () => GroupPage[]): PageUnit<GroupPage> {
  return {
    id: `${kind}\0${key}`,
    inputs: () => ({ text: JSON.stringify(text), shows: entries.map((e) => e.article), folders: entries.map((e) => e.dir) }),
    make,
  };
}

/** One unit per month: its articles and the months either side. */
export function monthUnits(ctx: ArchiveContext): PageUnit<GroupPage>[] {
  const { home, arsip } = ctx.crumbs;
  const monthLinks = [...ctx.byMonth.values()].map((list): Link => {
    const d = list[0]!.date!;
    return { href: pageFile(monthDir(d)), text: monthYear(d.year, d.month) };
  });
  return [...ctx.byMonth].map(([key, list], i) => {
    const d = list[0]!.date!;
    const crumbs = [home, arsip, { href: pageFile(url.yearDir(d.year)), text: d.year }];
    const around = { newer: monthLinks[i - 1] ?? null, older: monthLinks[i + 1] ?? null };
    const heading = PAGE_TEXT.month.heading(d.year, d.month);
    const g = { dir: monthDir(d), key, heading, intro: PAGE_TEXT.month.intro(list.length), crumbs, nav: 'arsip' as const };
    return unitOf('months', key, { ...g, around }, list, () => groupPages(ctx, { ...g, entries: list }, { around }));
  });
}

export const monthPages = (ctx: ArchiveContext): GroupPage[] => monthUnits(ctx).flatMap((u) => u.make());

/**
 * A topic's or outlet's whole list, then one list per year (`topik/china/2020/`), newest year first.
 * Every page of the group links its years; only the group's first page says how many each holds.
 */
function groupWithYears(ctx: ArchiveContext, g: GroupList): GroupPage[] {
  const byYear = new Map<string, Entry[]>();
  for (const e of g.entries) if (e.date) push(byYear, e.date.year, e);
  const yearLinks: Link[] = [...byYear.keys()].map((year) => ({ href: pageFile(url.groupYearDir(g.dir, year)), text: year }));
  const jump = byYear.size > 0 ? { href: `${pageFile(g.dir)}#tahun`, text: UI.jumpYear } : null;
  const years = [...byYear].map(([year, entries]) => ({ href: pageFile(url.groupYearDir(g.dir, year)), text: year, count: articleCount(entries.length) }));
  const feed = url.groupFeed(g.dir);
  const whole = groupPages(ctx, g, { years, jump, feed });
  const yearCrumbs = [...g.crumbs, { href: pageFile(g.dir), text: g.heading }];
  const perYear = [...byYear].flatMap(([year, entries], i) =>
    groupPages(
      ctx,
      { ...g, dir: url.groupYearDir(g.dir, year), entries, heading: PAGE_TEXT.groupYear.heading(g.heading, year), intro: PAGE_TEXT.groupYear.intro(entries.length, year), crumbs: yearCrumbs },
      { year, jump, feed, around: { newer: yearLinks[i - 1] ?? null, older: yearLinks[i + 1] ?? null } },
    ),
  );
  return [...whole, ...perYear];
}

/**
 * One unit per outlet, topic or author: its whole list and its year lists. An outlet's or topic's
 * first page draws a timeline over the archive's whole span, so the span is part of its text.
 */
function groupUnits(ctx: ArchiveContext, kind: 'outlets' | 'topics' | 'authors', groups: Map<string, Entry[]>, make: (name: string, list: Entry[]) => GroupList): PageUnit<GroupPage>[] {
  const months = [...ctx.byMonth.keys()];
  const span = kind === 'authors' ? null : [months[0] ?? null, months.at(-1) ?? null];
  return [...groups].map(([name, list]) => {
    const g = make(name, list);
    const { entries: _entries, ...text } = g;
    return unitOf(kind, name, { ...text, span }, list, () => groupWithYears(ctx, g));
  });
}

export function outletUnits(ctx: ArchiveContext): PageUnit<GroupPage>[] {
  const crumbs = [ctx.crumbs.home, { href: pageFile(URLS.outlets), text: PAGE_UI.nav.outlets }];
  return groupUnits(ctx, 'outlets', ctx.byOutlet, (name, list) => ({
    dir: outletDir(ctx, name),
    entries: list,
    key: name,
    heading: PAGE_TEXT.outlet.heading(name),
    intro: PAGE_TEXT.outlet.intro(list.length, name),
    crumbs,
    nav: 'media',
  }));
}

export function topicUnits(ctx: ArchiveContext): PageUnit<GroupPage>[] {
  const crumbs = [ctx.crumbs.home, { href: pageFile(URLS.topics), text: PAGE_UI.nav.topics }];
  return groupUnits(ctx, 'topics', ctx.byTopic, (name, list) => ({
    dir: topicDir(ctx, name),
    entries: list,
    key: name,
    heading: PAGE_TEXT.topic.heading(name),
    intro: PAGE_TEXT.topic.intro(list.length, name),
    crumbs,
    nav: 'topik',
  }));
}

export function authorUnits(ctx: ArchiveContext): PageUnit<GroupPage>[] {
  const crumbs = [ctx.crumbs.home, { href: pageFile(URLS.authors), text: UI.authors }];
  return groupUnits(ctx, 'authors', ctx.byAuthor, (name, list) => ({
    dir: authorDir(ctx, name),
    entries: list,
    key: name,
    heading: PAGE_TEXT.author.heading(name),
    intro: PAGE_TEXT.author.intro(list.length, name),
    crumbs,
    nav: 'penulis',
  }));
}

export const outletPages = (ctx: ArchiveContext): GroupPage[] => outletUnits(ctx).flatMap((u) => u.make());
export const topicPages = (ctx: ArchiveContext): GroupPage[] => topicUnits(ctx).flatMap((u) => u.make());
export const authorPages = (ctx: ArchiveContext): GroupPage[] => authorUnits(ctx).flatMap((u) => u.make());

export function undatedPages(ctx: ArchiveContext): ListPage[] {
  const { home, arsip } = ctx.crumbs;
  const undated = ctx.undated;
  const spec = { dir: URLS.undated, entries: undated, paging: GROUP_PAGING, heading: PAGE_TEXT.undated.heading, description: PAGE_TEXT.undated.description, nav: 'arsip' } as const;
  return listPages<ListPage>(ctx, spec, (base, items, pager, first) => ({
    ...base,
    intro:
      undated.length === 0
        ? PAGE_TEXT.undated.none
        : first
          ? PAGE_TEXT.undated.first(undated.length)
          : PAGE_TEXT.undated.later(items.length),
    items,
    pager,
    crumbs: first ? [home, arsip] : [home, arsip, { href: pageFile(URLS.undated), text: UI.undated }],
    jump: null,
  }));
}

/**
 * The pager of page `current` (0 = the list's first page, newest): newest and oldest page,
 * two either side of the current one, gaps between. Labels are the pages' own date ranges,
 * never numbers or totals, so a page's pager changes only when a page near it does.
 */
export function pagerOf(current: number, hrefs: readonly string[], labels: readonly string[]): Pager {
  const last = hrefs.length - 1;
  const links: PagerLink[] = [];
  for (let i = 0; i <= last; i++) {
    if (i === 0 || i === last || Math.abs(i - current) <= 2) {
      links.push({ href: hrefs[i]!, text: labels[i]!, current: i === current, edge: i === 0 ? 'newest' : i === last ? 'oldest' : null });
    } else if (links.at(-1)?.gap !== true) links.push({ gap: true });
  }
  return {
    first: current === 0,
    newer: current > 0 ? hrefs[current - 1]! : null,
    older: current < last ? hrefs[current + 1]! : null,
    links,
  };
}
