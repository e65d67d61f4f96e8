/**
 * Every kind of page as one row: the builder that makes its view models from
 * the shared context (context.ts), the template in templates/kinds/ that paginates
 * over `archive.pages.<kind>` and prints them, and what its pages depend on.
 * A new page kind is one row here, its view-model type in types.ts and one
 * template (tests/archive/kinds.test.ts checks the three agree).
 *
 * The row order is the order of ArchiveModel.pages and so of the sitemap.
 */
import { articlePages } from './articlePages.ts';
import type { ArchiveContext } from './context.ts';
import { feedUnits, groupFeeds } from './feeds.ts';
import { authorPages, authorUnits, homePages, monthPages, monthUnits, outletPages, outletUnits, topicPages, topicUnits, undatedPages } from './lists.ts';
import { aboutPage, archiveIndexPage, authorIndexPage, notFoundPage, outletIndexPage, searchPage, statsPage, topicIndexPage, yearPages } from './pages.ts';
import type { ArchiveModel, PageUnit } from './types.ts';
import { URLS } from '../urls.ts';

export type PageKindName = keyof ArchiveModel['pages'];

export interface PageKind<K extends PageKindName> {
  build: (ctx: ArchiveContext) => ArchiveModel['pages'][K];
  /** File in templates/kinds/ that paginates over `archive.pages.<kind>` (size 1, alias `p`, permalink `p.path` from kinds.11tydata.js). */
  template: string;
  /** What the pages are made from (for a reader deciding what a change affects). */
  dependsOn: string;
  /**
   * The template prints only its page `p` and site-wide data, so an unchanged view model is an
   * unchanged page (the render stage's PER_PAGE_KINDS, src/pipeline/render.ts); else it reads
   * archive-wide data and is rendered on every build.
   */
  perPage: boolean;
  /** Listed in sitemap.xml. */
  sitemap: boolean;
  /**
   * The same pages in groups made only when asked (types.ts PageUnit): a rebuild makes only the groups
   * whose inputs changed. `build` makes them all.
   */
  units?: (ctx: ArchiveContext) => PageUnit<ArchiveModel['pages'][K][number]>[];
}

export const PAGE_KINDS: { readonly [K in PageKindName]: PageKind<K> } = {
  home: { build: homePages, template: 'index.njk', dependsOn: 'every article, newest first', perPage: true, sitemap: true },
  articles: { build: articlePages, template: 'artikel.njk', dependsOn: 'the article, its neighbours in time, related articles', perPage: true, sitemap: true },
  archiveIndex: { build: archiveIndexPage, template: 'arsip.njk', dependsOn: 'the years and months with their counts', perPage: false, sitemap: true },
  years: { build: yearPages, template: 'arsip-tahun.njk', dependsOn: "the year's months with their counts", perPage: true, sitemap: true },
  months: { build: monthPages, units: monthUnits, template: 'arsip-bulan.njk', dependsOn: "the month's articles, the months either side", perPage: true, sitemap: true },
  outletIndex: { build: outletIndexPage, template: 'media.njk', dependsOn: 'every outlet with its count and newest date', perPage: false, sitemap: true },
  outlets: { build: outletPages, units: outletUnits, template: 'media-outlet.njk', dependsOn: "the outlet's articles, by year; the archive's span", perPage: true, sitemap: true },
  topicIndex: { build: topicIndexPage, template: 'topik.njk', dependsOn: 'every topic with its count and newest date', perPage: false, sitemap: true },
  topics: { build: topicPages, units: topicUnits, template: 'topik-item.njk', dependsOn: "the topic's articles, by year; the archive's span", perPage: true, sitemap: true },
  authorIndex: { build: authorIndexPage, template: 'penulis.njk', dependsOn: 'every author with their count and newest date', perPage: false, sitemap: true },
  authors: { build: authorPages, units: authorUnits, template: 'penulis-item.njk', dependsOn: "the author's articles, by year", perPage: true, sitemap: true },
  undated: { build: undatedPages, template: 'tanpa-tanggal.njk', dependsOn: 'the undated articles, by title', perPage: true, sitemap: true },
  about: { build: aboutPage, template: 'tentang.njk', dependsOn: "the archive's counts", perPage: false, sitemap: true },
  notFound: { build: notFoundPage, template: '404.njk', dependsOn: 'the base URL', perPage: false, sitemap: false },
  search: { build: searchPage, template: 'cari.njk', dependsOn: 'nothing (the search client loads the index)', perPage: false, sitemap: true },
  stats: { build: statsPage, template: 'statistik.njk', dependsOn: 'ArchiveModel.stats (src/archive/stats.ts)', perPage: false, sitemap: true },
  feeds: { build: groupFeeds, units: feedUnits, template: 'feed-group.njk', dependsOn: "each topic's, outlet's and author's newest dated articles", perPage: true, sitemap: false },
};

/**
 * Templates that write one file each from site-wide data rather than a page kind. Each names its
 * file by its key in URLS (`permalink: "{{ archive.site.paths.<url> }}"` in its front matter).
 */
export const SITE_FILES: readonly { template: string; url: keyof typeof URLS; path: string; from: string }[] = (
  [
    { template: 'feed-atom.njk', url: 'atom', from: 'archive.feed' },
    { template: 'feed-json.njk', url: 'jsonFeed', from: 'archive.feed' },
    { template: 'sitemap.njk', url: 'sitemap', from: 'archive.sitemap' },
    { template: 'robots.njk', url: 'robots', from: 'archive.site.baseUrl' },
  ] as const
).map((row) => ({ ...row, path: URLS[row.url] }));

/** Every kind's pages, in the table's order; the kinds in `later` are left empty (made on demand elsewhere). */
export function buildPages(ctx: ArchiveContext, later: readonly PageKindName[] = []): ArchiveModel['pages'] {
  const build = <K extends PageKindName>(kind: K): ArchiveModel['pages'][K] =>
    later.includes(kind) ? ([] as unknown as ArchiveModel['pages'][K]) : PAGE_KINDS[kind].build(ctx);
  return Object.fromEntries((Object.keys(PAGE_KINDS) as PageKindName[]).map((kind) => [kind, build(kind)])) as unknown as ArchiveModel['pages'];
}

/** The kinds whose pages come in units (PageKind.units). */
export const UNIT_KINDS = (Object.keys(PAGE_KINDS) as PageKindName[]).filter((kind) => PAGE_KINDS[kind].units !== undefined);

/** Every unit kind's units, by kind. */
export function buildUnits(ctx: ArchiveContext): Partial<Record<PageKindName, PageUnit[]>> {
  return Object.fromEntries(UNIT_KINDS.map((kind) => [kind, (PAGE_KINDS[kind].units as (c: ArchiveContext) => PageUnit[])(ctx)]));
}
