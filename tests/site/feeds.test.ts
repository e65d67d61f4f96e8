/**
 * The Atom and JSON feeds (src/site/feeds.ts), as a feed reader reads them: the elements each format
 * requires are there and say the right thing, and article text full of markup arrives as text, never as
 * live HTML; then the JSON Feed fields one by one, straight from jsonFeed() on hand-made items.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildArchive } from '../../src/archive/index.ts';
import type { FeedItem, FeedModel } from '../../src/archive/types.ts';
import type { Article } from '../../src/ingest/types.ts';
import { xmlSafe } from '../../src/site/escape.ts';
import { jsonFeed } from '../../src/site/feeds.ts';
import { renderSite } from '../../src/site/index.ts';
import { readFragment } from './live-markup.ts';
import { makeArticles } from './make-articles.ts';

/** Text an attacker (or a sloppy scraper) could put in a headline, a paragraph, a topic or a byline. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '</p><iframe src="javascript:alert(3)"></iframe><p>',
  '<svg onload=alert(4)>',
  '"><a href="javascript:alert(5)">klik</a>',
  '<object data="x.swf"></object><embed src="x.swf">',
  'Sudah di-escape: &lt;b&gt; &amp; &#39;',
  ']]> <![CDATA[ <!-- komentar --> \u2028 \u0007 kutip "ganda" & \'tunggal\'',
];

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function hostileArticles(): Article[] {
  return makeArticles(60, 5).map((a, i) => ({
    ...a,
    title: `${HOSTILE[i % HOSTILE.length]} judul ${i}`,
    authors: i % 2 === 0 ? [`${HOSTILE[(i + 1) % HOSTILE.length]} penulis`, 'Siti Aminah'] : a.authors,
    topics: [...a.topics, HOSTILE[(i + 2) % HOSTILE.length]!],
    body: a.body.map((b, k) => (k % 2 === 0 ? { ...b, text: `${b.text} ${HOSTILE[(i + k) % HOSTILE.length]}` } : b)),
  }));
}

/** What a reader should see: the article text with only the characters XML cannot carry removed. */
const shown = (text: string): string => xmlSafe(text);

let articles: Article[];
let out: string;
/** The newest 50 dated articles, by the records (newest first). */
let expected: Article[];
const byId = (id: string): Article => articles.find((a) => a.id === id)!;

before(async () => {
  articles = hostileArticles();
  out = join(mkdtempSync(join(tmpdir(), 'arsip-feeds-')), 'dist');
  await renderSite(buildArchive(articles, { baseUrl: null }), out);
  const key = (a: Article): number => Date.parse(a.published!.length === 10 ? `${a.published}T00:00:00+07:00` : a.published!);
  expected = articles.filter((a) => a.published).sort((x, y) => key(y) - key(x)).slice(0, 50);
});

/** Each fragment of item content holds the article's blocks as text, and nothing that would run or render. */
function assertContentIsText(html: string, article: Article, where: string): void {
  const reading = readFragment(html);
  assert.deepEqual(reading.problems, [], `${where}: live markup in the content`);
  assert.deepEqual(
    reading.blocks.map((b) => b.text),
    article.body.map((b) => shown(b.text)),
    `${where}: the reader sees the article text, escaped exactly once`,
  );
  assert.deepEqual(
    reading.blocks.map((b) => b.tag),
    article.body.map((b) => (b.type === 'heading' ? 'h2' : b.type === 'quote' ? 'blockquote' : 'p')),
  );
}

describe('Atom feed (RFC 4287)', () => {
  interface AtomLink {
    '@_rel'?: string;
    '@_href': string;
  }
  interface AtomEntry {
    id: string;
    title: string;
    updated: string;
    published: string;
    link: AtomLink[];
    author: { name: string }[];
    content: { '#text': string; '@_type': string };
  }
  let feed: { id: string; title: string; updated: string; link: AtomLink[]; entry: AtomEntry[]; '@_xmlns': string };

  before(() => {
    const xml = readFileSync(join(out, 'feed.xml'), 'utf8');
    assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
    const parser = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      trimValues: false,
      htmlEntities: true,
      isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
    });
    feed = parser.parse(xml).feed;
  });

  it('the feed has its required id, title, updated and self/alternate links', () => {
    assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
    assert.match(feed.id, /^[a-z][a-z0-9+.-]*:\S+$/, 'id is an IRI');
    assert.ok(feed.title.trim().length > 0);
    assert.match(feed.updated, RFC3339);
    assert.equal(Date.parse(feed.updated), Math.max(...feed.entry.map((e) => Date.parse(e.updated))), 'updated is the newest entry');
    assert.deepEqual(feed.link.map((l) => l['@_rel']).sort(), ['alternate', 'self']);
    assert.equal(feed.link.find((l) => l['@_rel'] === 'self')?.['@_href'], 'feed.xml');
  });

  it('each entry has a unique id, its title as text, updated, an alternate link and an author', () => {
    assert.deepEqual(feed.entry.map((e) => e.id), expected.map((a) => `urn:arsip-berita:artikel:${encodeURIComponent(a.id)}`));
    for (const [i, e] of feed.entry.entries()) {
      const a = expected[i]!;
      assert.equal(e.title, shown(a.title), `entry ${i}: title`);
      assert.match(e.updated, RFC3339);
      assert.match(e.published, RFC3339);
      const alt = e.link.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
      assert.equal(alt?.['@_href'], a.url, `entry ${i}: link to the article page`);
      assert.ok(e.author[0]!.name.trim().length > 0);
      if (a.authors.length) assert.deepEqual(e.author.map((x) => x.name), a.authors.map(shown));
    }
    assert.equal(new Set(feed.entry.map((e) => e.id)).size, feed.entry.length);
  });

  it('entry content (type="html") is the article text, with no element or attribute that would run', () => {
    for (const [i, e] of feed.entry.entries()) {
      assert.equal(e.content['@_type'], 'html');
      assertContentIsText(e.content['#text'], expected[i]!, `entry ${i}`);
    }
  });
});

describe('JSON Feed 1.1', () => {
  interface JsonItem {
    id: unknown;
    url: string;
    title: string;
    content_html?: string;
    content_text?: string;
    date_published: string;
    authors?: { name: string }[];
    tags?: string[];
  }
  let feed: { version: string; title: string; home_page_url: string; feed_url: string; items: JsonItem[] };

  before(() => {
    feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
  });

  it('has version, title, home_page_url, feed_url and items', () => {
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.ok(typeof feed.title === 'string' && feed.title.trim().length > 0);
    assert.equal(feed.home_page_url, 'index.html');
    assert.equal(feed.feed_url, 'feed.json');
    assert.ok(Array.isArray(feed.items));
  });

  it('every item has a unique string id, its url, its exact title, content and an RFC 3339 date', () => {
    assert.deepEqual(feed.items.map((i) => i.id), expected.map((a) => `urn:arsip-berita:artikel:${encodeURIComponent(a.id)}`));
    for (const [i, item] of feed.items.entries()) {
      const a = expected[i]!;
      assert.equal(typeof item.id, 'string');
      assert.equal(item.url, a.url);
      assert.equal(item.title, a.title, `item ${i}: the title, character for character`);
      assert.ok(item.content_html !== undefined || item.content_text !== undefined, 'content_html or content_text');
      assert.match(item.date_published, RFC3339);
      if (a.authors.length) assert.deepEqual(item.authors, a.authors.map((name) => ({ name })));
      assert.deepEqual(item.tags, [...new Set(a.topics)]);
    }
    assert.equal(new Set(feed.items.map((i) => i.id)).size, feed.items.length);
  });

  it('content_html is the article text, with no element or attribute that would run', () => {
    for (const [i, item] of feed.items.entries()) assertContentIsText(item.content_html!, byId(expected[i]!.id), `item ${i}`);
  });
});

describe('JSON Feed fields one by one, from jsonFeed() (no site build)', () => {
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
});
