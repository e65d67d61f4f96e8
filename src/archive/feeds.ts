/**
 * The feeds' models: the site's Atom and JSON feed (its newest dated
 * articles) and one Atom feed per topic, per outlet and per author. Printed by
 * templates/feed-*.njk; src/site/feeds.ts turns a model into JSON Feed.
 */
import * as url from '../urls.ts';
import { pageFile, relPrefix, URLS } from '../urls.ts';
import { type ArchiveContext, authorDir, type Entry, outletDir, topicDir } from './context.ts';
import { PAGE_TEXT } from './pageTexts.ts';
import { parsePublished, type PublishedDate } from './dates.ts';
import type { FeedItem, FeedModel, FeedPage, PageUnit } from './types.ts';
import type { Article } from '../ingest/types.ts';

export const FEED_SIZE = 50;
/** Entries in a topic's or outlet's own feed. */
export const GROUP_FEED_SIZE = 20;

/** Feed entries of a list's newest dated articles, with links from the feed file at `from` (relative without a base URL). */
const laterOf = (published: PublishedDate, modified: PublishedDate | null): PublishedDate =>
  modified !== null && modified.epoch > published.epoch ? modified : published;

/** Deterministic: the newest update among the items, never the build clock (cold and incremental builds must match). */
function newestUpdate(items: readonly FeedItem[]): string {
  let best: string | null = null;
  let bestAt = -Infinity;
  for (const i of items) {
    const at = Date.parse(i.updated);
    if (at > bestAt) [best, bestAt] = [i.updated, at];
  }
  return best ?? '1970-01-01T00:00:00Z';
}

/** An article's text as feeds carry it: one array per article, shared by every feed it is in. */
const feedTexts = new WeakMap<Article, FeedItem['body']>();
function feedText(a: Article): FeedItem['body'] {
  let body = feedTexts.get(a);
  if (!body) feedTexts.set(a, (body = a.body.map((b) => ({ type: b.type, text: b.text }))));
  return body;
}

function feedItemsOf(ctx: ArchiveContext, list: Entry[], size: number, from: string): FeedItem[] {
  const baseUrl = ctx.baseUrl;
  return list
    .filter((e) => e.date !== null)
    .slice(0, size)
    .map((e) => ({
      id: baseUrl ? baseUrl + e.dir : `urn:arsip-berita:artikel:${encodeURIComponent(e.article.id)}`,
      title: e.article.title,
      url: baseUrl ? baseUrl + e.dir : relPrefix(from) + e.dir,
      published: e.date!.rfc3339,
      updated: laterOf(e.date!, parsePublished(e.article.modified)).rfc3339,
      original: e.article.sourceUrl,
      summary: e.card.excerpt,
      outlet: e.article.outlet,
      authors: [...e.article.authors],
      topics: [...new Set(e.article.topics)],
      body: feedText(e.article),
    }));
}

export function siteFeed(ctx: ArchiveContext): FeedModel {
  const baseUrl = ctx.baseUrl;
  const absOrRel = (path: string): string => (baseUrl ? baseUrl + path : path);
  const items = feedItemsOf(ctx, ctx.dated, FEED_SIZE, URLS.atom);
  return {
    title: ctx.site.name,
    homeUrl: baseUrl ?? pageFile(URLS.home),
    atomUrl: absOrRel(URLS.atom),
    jsonUrl: absOrRel(URLS.jsonFeed),
    id: baseUrl ?? 'urn:arsip-berita:feed',
    updated: newestUpdate(items),
    items,
  };
}

/**
 * One Atom feed per topic, outlet and author (`topik/china/feed.xml`), for following a subject or a
 * reporter; each a unit (types.ts PageUnit) decided by its group's newest dated articles.
 */
export function feedUnits(ctx: ArchiveContext): PageUnit<FeedPage>[] {
  const baseUrl = ctx.baseUrl;
  const groupFeed = (dir: string, title: string, list: Entry[]): PageUnit<FeedPage> => {
    const shown = list.filter((e) => e.date !== null).slice(0, GROUP_FEED_SIZE);
    const make = (): FeedPage => {
      const path = url.groupFeed(dir);
      const items = feedItemsOf(ctx, shown, GROUP_FEED_SIZE, path);
      return {
        path,
        title: PAGE_TEXT.groupFeed(title, ctx.site.name),
        homeUrl: baseUrl ? baseUrl + dir : pageFile(URLS.home),
        atomUrl: baseUrl ? baseUrl + path : URLS.atom,
        id: baseUrl ? baseUrl + path : `urn:arsip-berita:${dir.replace(/\/$/, '').replace(/\//g, ':')}`,
        updated: newestUpdate(items),
        items,
      };
    };
    return {
      id: `feeds\0${dir}`,
      inputs: () => ({ text: JSON.stringify([dir, title]), shows: shown.map((e) => e.article), folders: shown.map((e) => e.dir) }),
      make: () => [make()],
    };
  };
  return [
    ...[...ctx.byTopic].map(([name, list]) => groupFeed(topicDir(ctx, name), PAGE_TEXT.topic.heading(name), list)),
    ...[...ctx.byOutlet].map(([name, list]) => groupFeed(outletDir(ctx, name), PAGE_TEXT.outlet.heading(name), list)),
    ...[...ctx.byAuthor].map(([name, list]) => groupFeed(authorDir(ctx, name), PAGE_TEXT.author.heading(name), list)),
  ];
}

export const groupFeeds = (ctx: ArchiveContext): FeedPage[] => feedUnits(ctx).flatMap((u) => u.make());
