/**
 * JSON Feed fields one by one, straight from jsonFeed() (no site build), so a feed reader's view is
 * guarded by a fast test: `MUTATE=feeds npm run mutate` runs only this file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FeedItem, FeedModel } from '../../src/archive/types.ts';
import { jsonFeed } from '../../src/site/feeds.ts';

const item = (over: Partial<FeedItem>): FeedItem => ({
  id: 'tag:arsip.example,2020:a1',
  title: 'Bantuan China tiba di Jakarta',
  url: '/2020/02/bantuan-china/',
  published: '2020-02-03T10:00:00+07:00',
  updated: '2020-02-03T10:00:00+07:00',
  original: null,
  summary: 'Bantuan tiba.',
  outlet: 'Kompas',
  authors: ['Ani Wijaya'],
  topics: ['China', 'Kesehatan'],
  body: [
    { type: 'heading', text: 'Tiba pagi' },
    { type: 'paragraph', text: 'Bantuan <b>tiba</b> pagi ini.' },
  ],
  ...over,
});

const model = (items: FeedItem[]): FeedModel => ({
  title: 'Arsip Berita',
  homeUrl: 'https://arsip.example/',
  atomUrl: 'https://arsip.example/feed.xml',
  jsonUrl: 'https://arsip.example/feed.json',
  id: 'tag:arsip.example,2020:feed',
  updated: '2020-02-03T10:00:00+07:00',
  items,
});

test('JSON feed: the top-level fields a reader needs to subscribe', () => {
  const feed = jsonFeed(model([]));
  assert.deepEqual(feed, {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Arsip Berita',
    home_page_url: 'https://arsip.example/',
    feed_url: 'https://arsip.example/feed.json',
    language: 'id',
    items: [],
  });
});

test('JSON feed: an item carries its id, link, title, summary, date, author, tags and escaped body', () => {
  const [got] = jsonFeed(model([item({})])).items as Record<string, unknown>[];
  assert.deepEqual(got, {
    id: 'tag:arsip.example,2020:a1',
    url: '/2020/02/bantuan-china/',
    title: 'Bantuan China tiba di Jakarta',
    summary: 'Bantuan tiba.',
    content_html: '<h2>Tiba pagi</h2>\n<p>Bantuan &lt;b&gt;tiba&lt;/b&gt; pagi ini.</p>',
    date_published: '2020-02-03T10:00:00+07:00',
    authors: [{ name: 'Ani Wijaya' }],
    tags: ['China', 'Kesehatan'],
  });
});

test('JSON feed: without an author the outlet is named; with neither, no authors; no topics, no tags', () => {
  const items = jsonFeed(model([item({ authors: [] }), item({ authors: [], outlet: null, topics: [] })])).items as Record<string, unknown>[];
  assert.deepEqual(items[0]?.authors, [{ name: 'Kompas' }]);
  assert.ok(!('authors' in items[1]!), 'no empty authors list');
  assert.ok(!('tags' in items[1]!), 'no empty tags list');
  assert.equal(items.length, 2);
});

test('an updated article carries date_modified; an article with its original address links it as external_url', () => {
  const feed = jsonFeed({ title: 'Arsip', homeUrl: '/', atomUrl: '/feed.xml', jsonUrl: '/feed.json', id: 'urn:x', updated: '2020-02-04T08:00:00+07:00',
    items: [item({ updated: '2020-02-04T08:00:00+07:00', original: 'https://news.example.id/berita/1' }), item({ id: 'b' })] }) as { items: Array<Record<string, unknown>> };
  assert.equal(feed.items[0]!.date_modified, '2020-02-04T08:00:00+07:00');
  assert.equal(feed.items[0]!.external_url, 'https://news.example.id/berita/1');
  assert.ok(!('date_modified' in feed.items[1]!) && !('external_url' in feed.items[1]!));
});
