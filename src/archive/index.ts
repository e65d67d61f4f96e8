/**
 * Article[] → ArchiveModel: order, groupings, neighbours, related articles and
 * one precomputed view model per page (see types.ts). Pure: no I/O, no clock.
 *
 * The shared context (context.ts) is computed once; each page kind's builder
 * (the table in kinds.ts) makes its pages from it; the feed, the sitemap and
 * the statistics follow.
 */
import type { Article } from '../ingest/types.ts';
import { archiveContext, canonicalOf, NAV, type ArchiveOptions } from './context.ts';
import { siteFeed } from './feeds.ts';
import { UI } from './indonesian.ts';
import { buildPages, PAGE_KINDS, type PageKindName } from './kinds.ts';
import { computeStatsAndGroups } from './stats.ts';
import type { ArchiveModel, PageBase } from './types.ts';

export type * from './types.ts';
export type { ArchiveOptions } from './context.ts';
export { NAV } from './context.ts';
export { FEED_SIZE, GROUP_FEED_SIZE } from './feeds.ts';
export { pagerOf } from './lists.ts';
export { HOME_PAGING, GROUP_PAGING, stablePages } from './paging.ts';
export { formatNumber, articleCount, UI } from './indonesian.ts';
export { parsePublished, formatLong, formatShort, formatTime } from './dates.ts';
export { relPrefix } from '../urls.ts';

export function buildArchive(articles: Article[], opts: ArchiveOptions): ArchiveModel {
  const ctx = archiveContext(articles, opts);
  const pages = buildPages(ctx);
  const lastmodOf = new Map(pages.articles.map((p) => [p.path, p.article.dateIso ? p.article.dateIso.slice(0, 10) : null]));
  const sitemap = (Object.entries(pages) as [PageKindName, PageBase[]][])
    .filter(([kind]) => PAGE_KINDS[kind].sitemap)
    .flatMap(([, list]) => list.map((p) => ({ loc: canonicalOf(ctx, p.path) ?? p.path, lastmod: lastmodOf.get(p.path) ?? null })));

  return {
    site: { name: ctx.site.name, tagline: ctx.site.description, about: ctx.site.about, contact: ctx.site.contact, lang: 'id', baseUrl: ctx.baseUrl, nav: NAV, ui: UI },
    counts: ctx.counts,
    pages,
    feed: siteFeed(ctx),
    sitemap,
    stats: (({ stats: archive, groups }) => ({ archive, groups }))(computeStatsAndGroups(articles)),
    outletSlugs: Object.fromEntries(ctx.outletSlugs),
    topicSlugs: Object.fromEntries(ctx.topicSlugs),
  };
}
