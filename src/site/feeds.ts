/** JSON Feed 1.1 from the archive's feed model (the Atom feed is the template feed.xml.njk). */
import type { FeedModel } from '../archive/types.ts';
import { blocksToHtml } from './escape.ts';

export function jsonFeed(feed: FeedModel): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.jsonUrl,
    language: 'id',
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: blocksToHtml(item.body),
      date_published: item.published,
      ...(item.updated !== item.published ? { date_modified: item.updated } : {}),
      ...(item.original ? { external_url: item.original } : {}),
      ...(item.authors.length ? { authors: item.authors.map((name) => ({ name })) } : item.outlet ? { authors: [{ name: item.outlet }] } : {}),
      ...(item.topics.length ? { tags: item.topics } : {}),
    })),
  };
}
