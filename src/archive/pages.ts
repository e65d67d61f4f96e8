/**
 * The pages that are not paginated lists: the archive's index by date, one
 * page per year, the outlet and topic indexes, about, 404, search and
 * statistics. Each builder returns its kind's pages (kinds.ts).
 */
import { pageFile, TOP_FOLDERS, URLS } from '../urls.ts';
import { type ArchiveContext, authorDir, type Entry, outletDir, pageBase, topicDir } from './context.ts';
import { articleCount, formatNumber, UI } from './indonesian.ts';
import { FEED_SIZE } from './feeds.ts';
import type { AboutPage, ArchiveIndexPage, GroupIndexPage, GroupSummary, NotFoundPage, PlainPage, YearPage } from './types.ts';

export function archiveIndexPage(ctx: ArchiveContext): ArchiveIndexPage[] {
  return [
    {
      ...pageBase(ctx, pageFile(URLS.archive), 'Arsip menurut waktu', 'Semua artikel menurut tahun dan bulan terbit.', 'arsip'),
      years: ctx.years,
      undated: { href: pageFile(URLS.undated), count: ctx.undated.length },
    },
  ];
}

export function yearPages(ctx: ArchiveContext): YearPage[] {
  const years = ctx.years;
  return years.map((y, i) => ({
    ...pageBase(ctx, y.href, `Arsip ${y.year}`, `Arsip berita tahun ${y.year}: ${articleCount(y.count)}.`, 'arsip'),
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

export function outletIndexPage(ctx: ArchiveContext): GroupIndexPage[] {
  const unknown = ctx.counts.unknownOutlet;
  return [
    {
      ...pageBase(ctx, pageFile(URLS.outlets), 'Media', 'Semua media dalam arsip dan jumlah artikelnya.', 'media'),
      intro: `${formatNumber(ctx.byOutlet.size)} media.` + (unknown > 0 ? ` ${articleCount(unknown)} tanpa nama media yang dikenali.` : ''),
      groups: summaries(ctx, ctx.byOutlet, (name) => outletDir(ctx, name)),
    },
  ];
}

export function topicIndexPage(ctx: ArchiveContext): GroupIndexPage[] {
  return [
    {
      ...pageBase(ctx, pageFile(URLS.topics), 'Topik', 'Semua topik dalam arsip dan jumlah artikelnya.', 'topik'),
      intro: `${formatNumber(ctx.byTopic.size)} topik.`,
      groups: summaries(ctx, ctx.byTopic, (name) => topicDir(ctx, name)),
    },
  ];
}

export function authorIndexPage(ctx: ArchiveContext): GroupIndexPage[] {
  const without = ctx.articles.filter((a) => a.authors.length === 0).length;
  return [
    {
      ...pageBase(ctx, pageFile(URLS.authors), UI.authors, 'Semua penulis dalam arsip dan jumlah artikelnya.', 'penulis'),
      intro: `${formatNumber(ctx.byAuthor.size)} penulis.` + (without > 0 ? ` ${articleCount(without)} tanpa nama penulis.` : ''),
      groups: summaries(ctx, ctx.byAuthor, (name) => authorDir(ctx, name)),
    },
  ];
}

export function aboutPage(ctx: ArchiveContext): AboutPage[] {
  return [
    {
      ...pageBase(ctx, pageFile(URLS.about), 'Tentang arsip ini', 'Tentang Arsip Berita: isi arsip, angka, dan data untuk diunduh.', 'tentang'),
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
      ...pageBase(ctx, URLS.notFound, 'Halaman tidak ditemukan', 'Halaman yang dicari tidak ada di arsip ini.', 'none'),
      // A server shows 404.html at any depth, so its links start from the base URL when one is known;
      rel: baseUrl ?? '',
      // without one, its script finds the root in the address from the site's folders (templates/_includes/scripts/find-root.js).
      siteFolders: baseUrl ? null : TOP_FOLDERS,
    },
  ];
}

/** The search page: its content is the search client's (templates/kinds/cari.njk). */
export function searchPage(ctx: ArchiveContext): PlainPage[] {
  return [pageBase(ctx, pageFile(URLS.search), 'Cari', 'Cari artikel di arsip, juga tanpa internet.', 'cari')];
}

/** The statistics page: its charts are drawn from ArchiveModel.stats by src/site/charts. */
export function statsPage(ctx: ArchiveContext): PlainPage[] {
  return [pageBase(ctx, pageFile(URLS.stats), 'Statistik', 'Angka-angka arsip: artikel per bulan, media dan topik.', 'statistik')];
}
