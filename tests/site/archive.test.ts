/** The archive model: order, groupings, neighbours, related articles, dates, paths. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArchive, pagerLinks, relPrefix, type ArchiveModel, type PageBase } from '../../src/archive/index.ts';
import { formatLong, formatTime, parsePublished } from '../../src/archive/dates.ts';
import { relatedIndices } from '../../src/archive/related.ts';
import type { Article } from '../../src/ingest/types.ts';
import { makeArticles } from './make-articles.ts';

function allPages(model: ArchiveModel): PageBase[] {
  return Object.values(model.pages).flat();
}

test('dates are written the Indonesian way, with the time zone name when a time is known', () => {
  assert.equal(formatLong(parsePublished('2020-02-03')!), 'Senin, 3 Februari 2020');
  const timed = parsePublished('2022-03-15T06:25:00+07:00')!;
  assert.equal(formatLong(timed), 'Selasa, 15 Maret 2022');
  assert.equal(formatTime(timed), 'pukul 06.25 WIB');
  assert.equal(formatTime(parsePublished('2021-08-17T10:00:00+08:00')!), 'pukul 10.00 WITA');
  assert.equal(formatTime(parsePublished('2021-08-17T10:00:00+09:00')!), 'pukul 10.00 WIT');
  assert.equal(formatTime(parsePublished('2020-02-03')!), null);
  assert.equal(parsePublished('2020-02-31'), null, 'impossible days are not dates');
  assert.equal(parsePublished('kemarin'), null);
});

test('articles are ordered newest first with undated ones last; home pages hold 20 each', () => {
  const articles = makeArticles(130);
  const model = buildArchive(articles, { baseUrl: null });
  const order = model.pages.articles.map((p) => p.article);
  const datedIso = order.filter((a) => a.dateIso).map((a) => parsePublished(a.dateIso)!.epoch);
  for (let i = 1; i < datedIso.length; i++) assert.ok(datedIso[i - 1]! >= datedIso[i]!, 'dated newest first');
  const firstUndated = order.findIndex((a) => a.dateIso === null);
  assert.ok(firstUndated > 0);
  assert.ok(order.slice(firstUndated).every((a) => a.dateIso === null), 'undated last');
  assert.equal(model.pages.home.length, Math.ceil(130 / 20));
  assert.deepEqual(
    model.pages.home.flatMap((p) => p.items.map((c) => c.href)),
    model.pages.articles.map((p) => p.path),
  );
  assert.equal(model.pages.home[0]!.path, 'index.html');
  assert.equal(model.pages.home[1]!.path, 'halaman/2/index.html');
  assert.equal(model.pages.home[1]!.rel, '../../');
});

test('every article is in exactly one month (or the undated list), each of its topic lists and its outlet list', () => {
  const articles = makeArticles(300);
  const model = buildArchive(articles, { baseUrl: null });
  const inMonths = model.pages.months.flatMap((p) => p.items.map((c) => c.href));
  const inUndated = model.pages.undated.flatMap((p) => p.items.map((c) => c.href));
  assert.equal(new Set([...inMonths, ...inUndated]).size, articles.length);
  assert.equal(inMonths.length + inUndated.length, articles.length);
  for (const page of model.pages.articles) {
    const a = page.article;
    for (const t of a.topics) {
      const lists = model.pages.topics.filter((p) => `${p.path.replace(/halaman\/\d+\/index\.html$/, 'index.html')}` === t.href);
      assert.ok(lists.some((p) => p.items.some((c) => c.href === page.path)), `${page.path} listed under topic ${t.text}`);
    }
    if (a.outlet) {
      const lists = model.pages.outlets.filter((p) => p.key === a.outlet!.text);
      assert.ok(lists.some((p) => p.items.some((c) => c.href === page.path)));
    }
  }
  const yearTotal = model.pages.archiveIndex[0]!.years.reduce((s, y) => s + y.count, 0);
  assert.equal(yearTotal + model.counts.undated, articles.length);
  assert.equal(model.counts.articles, 300);
});

test('slugs of outlets and topics are ASCII and unique; every output path is unique and safe', () => {
  const articles = makeArticles(40);
  articles[0]!.outlet = 'Kompas.com';
  articles[1]!.outlet = 'KOMPAS com'; // same slug base as Kompas.com
  articles[2]!.topics = ['Côte d’Ivoire'];
  const model = buildArchive(articles, { baseUrl: null });
  const slugs = Object.values(model.outletSlugs);
  assert.equal(new Set(slugs).size, slugs.length);
  for (const s of [...slugs, ...Object.values(model.topicSlugs)]) assert.match(s, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  assert.equal(model.topicSlugs['Côte d’Ivoire'], 'cote-d-ivoire');
  const paths = allPages(model).map((p) => p.path);
  assert.equal(new Set(paths).size, paths.length, 'no two pages share an output path');
  for (const p of allPages(model)) {
    assert.doesNotMatch(p.path, /(^|\/)\.\.?(\/|$)|^\/|\\/);
    if (p.path !== '404.html') assert.equal(p.rel, relPrefix(p.path));
  }
});

test('a hostile Article.url never escapes artikel/', () => {
  const [a, b] = makeArticles(2);
  a!.url = '../../etc/passwd/';
  b!.url = '/abs/olute/';
  const model = buildArchive([a!, b!], { baseUrl: null });
  for (const p of model.pages.articles) assert.match(p.path, /^artikel\/(\d{4}\/\d{2}|tanpa-tanggal)\/[a-z0-9-]+\/index\.html$/);
});

test('previous/next follow time order within dated articles and within undated ones', () => {
  const model = buildArchive(makeArticles(80), { baseUrl: null });
  const pages = model.pages.articles;
  const dated = pages.filter((p) => p.article.dateIso);
  for (let i = 0; i < dated.length; i++) {
    assert.equal(dated[i]!.article.next?.href ?? null, i > 0 ? dated[i - 1]!.path : null);
    assert.equal(dated[i]!.article.prev?.href ?? null, i < dated.length - 1 ? dated[i + 1]!.path : null);
  }
  const undated = pages.filter((p) => !p.article.dateIso);
  assert.equal(undated[0]!.article.next, null);
  assert.equal(undated.at(-1)!.article.prev, null);
});

test('related articles: five, never the article itself, each sharing a topic or a term', () => {
  const articles = makeArticles(200);
  const model = buildArchive(articles, { baseUrl: null });
  const byPath = new Map(model.pages.articles.map((p) => [p.path, p.article]));
  for (const page of model.pages.articles) {
    const rel = page.article.related;
    assert.equal(rel.length, 5);
    assert.ok(rel.every((r) => r.href !== page.path));
    assert.equal(new Set(rel.map((r) => r.href)).size, 5);
    const topics = new Set(page.article.topics.map((t) => t.text));
    const first = byPath.get(rel[0]!.href)!;
    assert.ok(first.topics.some((t) => topics.has(t.text)) || first.title.split(' ').some((w) => page.article.title.includes(w)));
  }
});

test('related articles prefer shared topics over unrelated ones', () => {
  const base = makeArticles(12);
  base.forEach((a, i) => (a.topics = i < 6 ? ['Rusia'] : ['Jepang']));
  const order = [...base];
  const related = relatedIndices(order, { count: 3 });
  for (let i = 0; i < 6; i++) assert.ok(related[i]!.every((j) => j < 6), 'Rusia articles relate to Rusia articles');
});

test('canonical URLs, feed links and JSON-LD urls use the base URL only when given', () => {
  const articles = makeArticles(10);
  const plain = buildArchive(articles, { baseUrl: null });
  assert.ok(allPages(plain).every((p) => p.canonical === null));
  assert.match(plain.feed.items[0]!.id, /^urn:arsip-berita:artikel:/);
  const based = buildArchive(articles, { baseUrl: 'https://contoh.id/arsip' });
  assert.equal(based.pages.home[0]!.canonical, 'https://contoh.id/arsip/');
  const art = based.pages.articles[0]!;
  assert.equal(art.canonical, `https://contoh.id/arsip/${art.path.replace(/index\.html$/, '')}`);
  assert.equal(art.jsonLd.url, art.canonical);
  assert.equal(based.feed.atomUrl, 'https://contoh.id/arsip/feed.xml');
  assert.ok(based.sitemap.every((u) => u.loc.startsWith('https://contoh.id/arsip/')));
});

test('view models are plain data: equal input gives deep-equal models, one changed article changes few pages', () => {
  const articles = makeArticles(120);
  const a = buildArchive(articles, { baseUrl: null });
  const b = buildArchive(structuredClone(articles), { baseUrl: null });
  assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
  const edited = structuredClone(articles);
  edited[7]!.body.push({ type: 'paragraph', text: 'Paragraf tambahan.' });
  const c = buildArchive(edited, { baseUrl: null });
  const before = new Map(allPages(a).map((p) => [p.path, JSON.stringify(p)]));
  const changed = allPages(c).filter((p) => before.get(p.path) !== JSON.stringify(p));
  assert.deepEqual(changed.map((p) => p.path), [a.pages.articles.find((p) => p.article.id === articles[7]!.id)!.path]);
});

test('an empty archive still has every fixed page', () => {
  const model = buildArchive([] as Article[], { baseUrl: null });
  for (const kind of ['home', 'archiveIndex', 'outletIndex', 'topicIndex', 'undated', 'about', 'notFound'] as const) {
    assert.equal(model.pages[kind].length, 1, kind);
  }
  assert.equal(model.pages.articles.length, 0);
  assert.equal(model.feed.items.length, 0);
});

test('pager links: first, last, two either side of the current page, gaps between', () => {
  const links = pagerLinks(10, 40, (n) => `halaman/${n}/index.html`);
  const shown = links.map((l) => (l.gap ? '…' : l.current ? `[${l.number}]` : String(l.number)));
  assert.deepEqual(shown, ['1', '…', '8', '9', '[10]', '11', '12', '…', '40']);
  assert.deepEqual(pagerLinks(1, 3, String).map((l) => (l.gap ? '…' : l.number)), [1, 2, 3]);
});
