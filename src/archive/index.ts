/**
 * Article[] → ArchiveModel: order, groupings, neighbours, related articles and
 * one precomputed view model per page (see types.ts). Pure: no I/O, no clock.
 *
 * The shared context (context.ts) is computed once; each page kind's builder
 * (the table in kinds.ts) makes its pages from it; the feed, the sitemap and
 * the statistics follow.
 */
import type { Article } from '../ingest/types.ts';
import { articlePageSource, relatedInputsOf, type ArticlePageSource } from './articlePages.ts';
import { archiveContext, canonicalOf, NAV, type ArchiveContext, type ArchiveOptions } from './context.ts';
import { relatedLists, type RelatedLists } from './related.ts';
import { siteFeed } from './feeds.ts';
import { SITE_UI } from './pageWords.ts';
import { SEARCH_PARAMS, SITE_PATHS } from '../urls.ts';
import { buildPages, buildUnits, PAGE_KINDS, UNIT_KINDS, type PageKindName } from './kinds.ts';
import { computeStatsAndGroups } from './stats.ts';
import type { ArchiveModel, PageBase, PageUnit } from './types.ts';

export type * from './types.ts';
export type { ArchiveContext, ArchiveOptions } from './context.ts';
export { archiveContext } from './context.ts';
export { relatedIndices, relatedLists, relatedListsOf, RelatedMemo, type RelatedInput, type RelatedLists } from './related.ts';
export { relatedInputsOf, type ArticlePageSource } from './articlePages.ts';
export { NAV } from './context.ts';
export { FEED_SIZE, GROUP_FEED_SIZE } from './feeds.ts';
export { pagerOf } from './lists.ts';
export { HOME_PAGING, GROUP_PAGING, stablePages } from './paging.ts';
export { formatNumber, articleCount, UI } from './indonesian.ts';
export { parsePublished, formatLong, formatShort, formatTime } from './dates.ts';
export { relPrefix } from '../urls.ts';

/** The whole model, every page made. */
export function buildArchive(articles: Article[], opts: ArchiveOptions): ArchiveModel {
  const parts = archiveParts(articles, opts);
  const { model, articlePages, units } = parts;
  model.pages.articles = articlePages.paths.map((_, i) => articlePages.page(i));
  const made = new Map<PageUnit, { path: string }[]>();
  for (const [kind, list] of Object.entries(units) as [PageKindName, PageUnit[]][]) {
    const pages = list.flatMap((u) => {
      const ps = u.make();
      made.set(u, ps);
      return ps;
    });
    (model.pages as Record<PageKindName, unknown[]>)[kind] = pages;
  }
  model.sitemap = parts.sitemap((u) => made.get(u)!.map((p) => p.path));
  return model;
}

export interface ArchiveParts {
  /**
   * The model with `pages.articles` and the unit kinds' pages left empty (they come from
   * `articlePages` and `units`) and `sitemap` empty (from `sitemap`).
   */
  model: ArchiveModel;
  articlePages: ArticlePageSource;
  /** The pages of months, outlets, topics and authors, a group at a time, made when asked. */
  units: Partial<Record<PageKindName, PageUnit[]>>;
  /** The sitemap, given the paths of each unit's pages (made now, or as an earlier build recorded them). */
  sitemap(unitPaths: (unit: PageUnit) => readonly string[]): ArchiveModel['sitemap'];
}

/**
 * The model with the article pages and the listing groups left to be made on demand: the build makes
 * only those it renders, a run at a time (article pages are most of the model: about 11 KB each), and a
 * rebuild makes only the groups whose inputs changed.
 */
export function archiveParts(articles: readonly Article[], opts: ArchiveOptions): ArchiveParts {
  const ctx = archiveContext(articles, opts);
  return archivePartsOf(ctx, relatedLists(ctx.ordered.map((e) => e.article)));
}

/**
 * archiveParts in two steps, for a caller that computes the related lists elsewhere meanwhile (the
 * build hands them to a worker thread, src/pipeline/related.ts): the shared context first, then the
 * parts from it and the related lists of `ctx.ordered` (relatedLists, or relatedIndices of relatedInputsOf).
 */
export function archivePartsOf(ctx: ArchiveContext, related: RelatedLists): ArchiveParts {
  const { articles } = ctx;
  const articlePages = articlePageSource(ctx, related);
  const pages = buildPages(ctx, ['articles', ...UNIT_KINDS]);
  const units = buildUnits(ctx);
  const sitemap = (unitPaths: (unit: PageUnit) => readonly string[]): ArchiveModel['sitemap'] =>
    (Object.entries(pages) as [PageKindName, PageBase[]][])
      .filter(([kind]) => PAGE_KINDS[kind].sitemap)
      .flatMap(([kind, list]) => {
        if (kind === 'articles') return articlePages.paths.map((path, i) => ({ loc: canonicalOf(ctx, path) ?? path, lastmod: articlePages.lastmod(i) }));
        const paths = units[kind] ? units[kind].flatMap((u) => unitPaths(u)) : list.map((p) => p.path);
        return paths.map((path) => ({ loc: canonicalOf(ctx, path) ?? path, lastmod: null }));
      });

  const model: ArchiveModel = {
    site: { name: ctx.site.name, tagline: ctx.site.description, about: ctx.site.about, contact: ctx.site.contact, lang: 'id', baseUrl: ctx.baseUrl, nav: NAV, ui: SITE_UI, paths: SITE_PATHS, params: SEARCH_PARAMS },
    counts: ctx.counts,
    pages,
    feed: siteFeed(ctx),
    sitemap: [],
    stats: (({ stats: archive, groups }) => ({ archive, groups }))(computeStatsAndGroups(articles)),
    outletSlugs: Object.fromEntries(ctx.outletSlugs),
    topicSlugs: Object.fromEntries(ctx.topicSlugs),
  };
  return { model, articlePages, units, sitemap };
}
