/**
 * The pages that are not paginated lists: the archive's index by date, one
 * page per year, the outlet and topic indexes, about, 404, search and
 * statistics. Each builder returns its kind's pages (kinds.ts).
 */
import { pageFile, TOP_FOLDERS, URLS } from '../urls.ts';
import { type ArchiveContext, authorDir, type Entry, outletDir, pageBase, topicDir } from './context.ts';
import { PAGE_TEXT } from './pageTexts.ts';
import { FEED_SIZE } from './feeds.ts';
import type { AboutPage, ArchiveIndexPage, GroupIndexPage, GroupSummary, NavKey, NotFoundPage, PlainPage, YearPage } from './types.ts';

export function archiveIndexPage(ctx: ArchiveContext): ArchiveIndexPage[] {
  return [
    {
      ...pageBase(ctx, pageFile(URLS.archive), PAGE_TEXT.archive.title, PAGE_TEXT.archive.description, 'arsip'),
      years: ctx.years,
      undated: { href: pageFile(URLS.undated), count: ctx.undated.length },
    },
  ];
}

export function yearPages(ctx: ArchiveContext): YearPage[] {
  const years = ctx.years;
  return years.map((y, i) => ({
    ...pageBase(ctx, y.href, PAGE_TEXT.year.title(y.year), PAGE_TEXT.year.description(y.year, y.count), 'arsip'),
    key: y.year,
    count: y.count,
    months: y.months,
    crumbs: [ctx.crumbs.home, ctx.crumbs.arsip],
    around: {
      newer: i > 0 ? { href: years[i - 1]!.href, text: years[i - 1]!.year } : null,
      older: i < years.length - 1 ? { href: years[i + 1]!.href, text: years[i + 1]!.year } : null,
    },
  }));
}

/** Groups by size, then by name: the biggest outlets and topics first. */
function summaries(ctx: ArchiveContext, groups: Map<string, Entry[]>, dirOf: (name: string) => string): GroupSummary[] {
  return [...groups]
    .map(([name, list]) => {
      const newest = list.find((e) => e.date !== null);
      return { name, href: pageFile(dirOf(name)), count: list.length, latest: newest ? newest.card.dateShort : null };
    })
    .sort((a, b) => b.count - a.count || ctx.collator.compare(a.name, b.name));
}

/** An index of groups (outlets, topics, authors): one page listing them, the biggest first. */
function groupIndexPage(
  ctx: ArchiveContext,
  dir: string,
  text: { title: string; description: string },
  intro: string,
  nav: NavKey,
  groups: Map<string, Entry[]>,
  dirOf: (name: string) => string,
): GroupIndexPage[] {
  return [{ ...pageBase(ctx, pageFile(dir), text.title, text.description, nav), intro, groups: summaries(ctx, groups, dirOf) }];
}

export function outletIndexPage(ctx: ArchiveContext): GroupIndexPage[] {
  const intro = PAGE_TEXT.outlets.intro(ctx.byOutlet.size, ctx.counts.unknownOutlet);
  return groupIndexPage(ctx, URLS.outlets, PAGE_TEXT.outlets, intro, 'media', ctx.byOutlet, (name) => outletDir(ctx, name));
}

export function topicIndexPage(ctx: ArchiveContext): GroupIndexPage[] {
  const intro = PAGE_TEXT.topics.intro(ctx.byTopic.size);
  return groupIndexPage(ctx, URLS.topics, PAGE_TEXT.topics, intro, 'topik', ctx.byTopic, (name) => topicDir(ctx, name));
}

export function authorIndexPage(ctx: ArchiveContext): GroupIndexPage[] {
  const intro = PAGE_TEXT.authors.intro(ctx.byAuthor.size, ctx.articles.filter((a) => a.authors.length === 0).length);
  return groupIndexPage(ctx, URLS.authors, PAGE_TEXT.authors, intro, 'penulis', ctx.byAuthor, (name) => authorDir(ctx, name));
}

export function aboutPage(ctx: ArchiveContext): AboutPage[] {
  return [
    {
      ...pageBase(ctx, pageFile(URLS.about), PAGE_TEXT.about.title, PAGE_TEXT.about.description, 'tentang'),
      counts: ctx.counts,
      exports: { json: URLS.exportJson, csv: URLS.exportCsv, csvSemicolon: URLS.exportCsvSemicolon },
      feeds: { atom: URLS.atom, json: URLS.jsonFeed, size: FEED_SIZE },
    },
  ];
}

export function notFoundPage(ctx: ArchiveContext): NotFoundPage[] {
  const baseUrl = ctx.baseUrl;
  return [
    {
      ...pageBase(ctx, URLS.notFound, PAGE_TEXT.notFound.title, PAGE_TEXT.notFound.description, 'none'),
      // A server shows 404.html at any depth, so its links start from the base URL when one is known;
      rel: baseUrl ?? '',
      // without one, its script finds the root in the address from the site's folders (templates/_includes/scripts/find-root.js).
      siteFolders: baseUrl ? null : TOP_FOLDERS,
    },
  ];
}

/** The search page: its content is the search client's (templates/kinds/cari.njk). */
export function searchPage(ctx: ArchiveContext): PlainPage[] {
  return [pageBase(ctx, pageFile(URLS.search), PAGE_TEXT.search.title, PAGE_TEXT.search.description, 'cari')];
}

/** The statistics page: its charts are drawn from ArchiveModel.stats by src/site/charts. */
export function statsPage(ctx: ArchiveContext): PlainPage[] {
  return [pageBase(ctx, pageFile(URLS.stats), PAGE_TEXT.stats.title, PAGE_TEXT.stats.description, 'statistik')];
}
