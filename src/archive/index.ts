/**
 * Article[] → ArchiveModel: order, groupings, neighbours, related articles and
 * one precomputed view model per page (see types.ts). Pure: no I/O, no clock.
 *
 * The shared context (context.ts) is computed once; each page kind's builder
 * (the table in kinds.ts) makes its pages from it; the feed, the sitemap and
 * the statistics follow.
 */
import type { Article } from '../ingest/types.ts';
import { articlePageSource, type ArticlePageSource } from './articlePages.ts';
import { archiveContext, canonicalOf, NAV, type ArchiveOptions } from './context.ts';
import { siteFeed } from './feeds.ts';
import { SITE_UI } from './pageWords.ts';
import { SEARCH_PARAMS, SITE_PATHS } from '../urls.ts';
import { buildPages, PAGE_KINDS, type PageKindName } from './kinds.ts';
import { computeStatsAndGroups } from './stats.ts';
import type { ArchiveModel, PageBase } from './types.ts';

export type * from './types.ts';
export type { ArchiveOptions } from './context.ts';
export type { ArticlePageSource } from './articlePages.ts';
export { NAV } from './context.ts';
export { FEED_SIZE, GROUP_FEED_SIZE } from './feeds.ts';
export { pagerOf } from './lists.ts';
export { HOME_PAGING, GROUP_PAGING, stablePages } from './paging.ts';
export { formatNumber, articleCount, UI } from './indonesian.ts';
export { parsePublished, formatLong, formatShort, formatTime } from './dates.ts';
export { relPrefix } from '../urls.ts';

/** The whole model, every article page made. */
export function buildArchive(articles: Article[], opts: ArchiveOptions): ArchiveModel {
  const { model, articlePages } = archiveParts(articles, opts);
  model.pages.articles = articlePages.paths.map((_, i) => articlePages.page(i));
  return model;
}

export interface ArchiveParts {
  /** The model with `pages.articles` left empty: those pages come from `articlePages`. */
  model: ArchiveModel;
  articlePages: ArticlePageSource;
}

/**
 * The model with the article pages left to be made on demand: the build makes only those it
 * renders, a run at a time (they are most of the model: about 11 KB each).
 */
export function archiveParts(articles: readonly Article[], opts: ArchiveOptions): ArchiveParts {
  const ctx = archiveContext(articles, opts);
  const articlePages = articlePageSource(ctx);
  const pages = buildPages(ctx, ['articles']);
  const sitemap = (Object.entries(pages) as [PageKindName, PageBase[]][])
    .filter(([kind]) => PAGE_KINDS[kind].sitemap)
    .flatMap(([kind, list]) =>
      kind === 'articles'
        ? articlePages.paths.map((path, i) => ({ loc: canonicalOf(ctx, path) ?? path, lastmod: articlePages.lastmod(i) }))
        : list.map((p) => ({ loc: canonicalOf(ctx, p.path) ?? p.path, lastmod: null })),
    );

  const model: ArchiveModel = {
    site: { name: ctx.site.name, tagline: ctx.site.description, about: ctx.site.about, contact: ctx.site.contact, lang: 'id', baseUrl: ctx.baseUrl, nav: NAV, ui: SITE_UI, paths: SITE_PATHS, params: SEARCH_PARAMS },
    counts: ctx.counts,
    pages,
    feed: siteFeed(ctx),
    sitemap,
    stats: (({ stats: archive, groups }) => ({ archive, groups }))(computeStatsAndGroups(articles)),
    outletSlugs: Object.fromEntries(ctx.outletSlugs),
    topicSlugs: Object.fromEntries(ctx.topicSlugs),
  };
  return { model, articlePages };
}
