/** The archive model: order, groupings, neighbours, related articles, dates, paths. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArchive, GROUP_PAGING, HOME_PAGING, pagerOf, relPrefix, type ArchiveModel, type ListPage, type PageBase } from '../../src/archive/index.ts';
import { archiveContext, type CardMemo } from '../../src/archive/context.ts';
import { formatLong, formatTime, parsePublished } from '../../src/archive/dates.ts';
import { relatedIndices, relatedInputs, relatedLists, RelatedMemo } from '../../src/archive/related.ts';
import type { Article } from '../../src/ingest/types.ts';
import { makeArticles } from '../site/make-articles.ts';

/** Every HTML page of the model (the feeds are XML files, not pages). */
function allPages(model: ArchiveModel): PageBase[] {
  const { feeds: _feeds, ...html } = model.pages;
  return Object.values(html).flat();
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

test('articles are ordered newest first with undated ones last; the home pages list each once, in that order', () => {
  const articles = makeArticles(530);
  const model = buildArchive(articles, { baseUrl: null });
  const order = model.pages.articles.map((p) => p.article);
  const datedIso = order.filter((a) => a.dateIso).map((a) => parsePublished(a.dateIso)!.epoch);
  for (let i = 1; i < datedIso.length; i++) assert.ok(datedIso[i - 1]! >= datedIso[i]!, 'dated newest first');
  const firstUndated = order.findIndex((a) => a.dateIso === null);
  assert.ok(firstUndated > 0);
  assert.ok(order.slice(firstUndated).every((a) => a.dateIso === null), 'undated last');
  assert.deepEqual(
    model.pages.home.flatMap((p) => p.items.map((c) => c.href)),
    model.pages.articles.map((p) => p.path),
  );
  const home = model.pages.home;
  assert.equal(home[0]!.path, 'index.html');
  assert.ok(home[0]!.items.length >= HOME_PAGING.firstMin, 'the home page shows at least 20 articles');
  assert.equal(home.at(-1)!.path, 'halaman/terlama/index.html');
  for (const p of home.slice(1, -1)) assert.match(p.path, /^halaman\/(\d{4}-\d{2}-\d{2}|tanpa-tanggal)-[0-9a-f]{6}(-\d+)?\/index\.html$/);
  assert.equal(home[1]!.rel, '../../');
  for (const p of home.slice(1)) {
    assert.ok(p.items.length > HOME_PAGING.window && p.items.length <= HOME_PAGING.max, `${p.path}: ${p.items.length} articles`);
  }
  const sizes = home.slice(1).map((p) => p.items.length);
  const mean = sizes.reduce((x, y) => x + y, 0) / sizes.length;
  assert.ok(mean > 15 && mean < 30, `pages hold about 20 articles (mean ${mean})`);
});

test('a paginated page says which dates it covers, in its heading and in the pager', () => {
  const model = buildArchive(makeArticles(400), { baseUrl: null });
  const page = model.pages.home.find((p) => p.path !== 'index.html' && p.items.every((c) => c.dateIso))!;
  const dates = page.items.map((c) => c.dateShort!);
  // e.g. "Berita terbaru — 3–9 Februari 2020": the newest article's day and year end the range, the oldest's day starts it.
  const newest = dates[0]!.split(' ');
  const oldest = dates.at(-1)!.split(' ');
  assert.ok(page.title.startsWith('Berita terbaru — '), page.title);
  assert.ok(page.title.endsWith(`${newest[0]} ${newest[1]} ${newest[2]}`), page.title);
  assert.ok(page.title.includes(`${oldest[0]}`), page.title);
  const first = model.pages.home[0]!;
  const link = first.pager!.links.find((l) => !l.gap && l.href === page.path);
  if (link && !link.gap) assert.match(link.text, /^\d{1,2}/);
  assert.equal(first.pager!.newer, null);
  assert.equal(first.pager!.older, model.pages.home[1]!.path);
  assert.deepEqual(first.jump, { href: 'arsip/index.html', text: 'Pilih bulan' });
});

/** Listing pages (every page but articles) whose view model differs between two models, or that only one has. */
function changedListPages(a: ArchiveModel, b: ArchiveModel): string[] {
  const kinds = ['home', 'months', 'years', 'outlets', 'topics', 'undated', 'archiveIndex', 'outletIndex', 'topicIndex'] as const;
  const json = (m: ArchiveModel) => new Map(kinds.flatMap((k) => (m.pages[k] as PageBase[]).map((p) => [p.path, JSON.stringify(p)] as const)));
  const x = json(a);
  const y = json(b);
  const changed = new Set<string>();
  for (const [path, v] of x) if (y.get(path) !== v) changed.add(path);
  for (const path of y.keys()) if (!x.has(path)) changed.add(path);
  return [...changed].sort();
}

/** Most pages of one list that one added article may change: three pages around it, one split, the first page, the pagers of two neighbours either side. */
const PER_LIST_BOUND = 9;

test('stable pages: adding one article anywhere changes a bounded number of listing pages; every other page keeps its articles', () => {
  const articles = makeArticles(1500);
  const before = buildArchive(articles, { baseUrl: null });
  // New articles at the newest end, the oldest end, the middle, undated, one per trial.
  const extra = makeArticles(1506, 7).slice(1500);
  extra[0]!.published = '2030-01-01T08:00:00+07:00';
  extra[1]!.published = '2001-01-01';
  extra[2]!.published = '2020-06-15T10:00:00+07:00';
  extra[3]!.published = null;
  for (const add of extra) {
    add.url = add.published ? `artikel/${add.published.slice(0, 4)}/${add.published.slice(5, 7)}/${add.slug}/` : `artikel/tanpa-tanggal/${add.slug}/`;
    const after = buildArchive([...articles, add], { baseUrl: null });
    const changed = changedListPages(before, after);
    const lists = (m: ArchiveModel): Map<string, ListPage[]> => {
      const out = new Map<string, ListPage[]>();
      for (const kind of ['home', 'months', 'outlets', 'topics', 'undated'] as const) {
        for (const p of m.pages[kind] as ListPage[]) {
          const list = `${kind}:${p.path.replace(/halaman\/[^/]+\/index\.html$/, 'index.html')}`;
          out.set(list, [...(out.get(list) ?? []), p]);
        }
      }
      return out;
    };
    const listsAfter = lists(after);
    const listsBefore = lists(before);
    let touched = 0;
    let neighbours = 0;
    for (const [list, pages] of listsAfter) {
      const paths = new Set([...pages.map((p) => p.path), ...(listsBefore.get(list) ?? []).map((p) => p.path)]);
      const hit = [...paths].filter((p) => changed.includes(p));
      const contains = pages.some((p) => p.items.some((c) => c.href === `${add.url}index.html`));
      if (!contains) {
        // A list without the article changes at most its first page, when a month or year appears beside it.
        const first = list.slice(list.indexOf(':') + 1);
        assert.ok(hit.length === 0 || (hit.length === 1 && hit[0] === first), `${list} does not hold the new article; changed: ${hit.join(', ')}`);
        neighbours += hit.length;
      } else {
        touched++;
        assert.ok(hit.length <= PER_LIST_BOUND, `${list}: ${hit.length} pages changed (${hit.join(', ')})`);
      }
    }
    assert.ok(neighbours <= 2 * touched, `${neighbours} neighbouring lists changed`);
    const home = before.pages.home.length;
    assert.ok(home > 60, `${home} home pages`);
    // The list pages changed, plus at most the year page, the archive index and the outlet and topic indexes.
    assert.ok(changed.length <= PER_LIST_BOUND * touched + neighbours + 6, `${add.published}: ${changed.length} pages changed`);
  }
});

test('stable pages hold for groups too: page sizes between the window and the maximum', () => {
  const model = buildArchive(makeArticles(3000), { baseUrl: null });
  for (const p of model.pages.topics.filter((t) => t.pager && !t.pager.first)) {
    assert.ok(p.items.length > GROUP_PAGING.window && p.items.length <= GROUP_PAGING.max, `${p.path}: ${p.items.length}`);
  }
  assert.ok(model.pages.topics.filter((t) => t.pager && t.pager.first).every((t) => t.items.length >= GROUP_PAGING.firstMin));
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
      const lists = model.pages.topics.filter((p) => `${p.path.replace(/halaman\/[^/]+\/index\.html$/, 'index.html')}` === t.href);
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
  const related = relatedIndices(relatedInputs(order), { count: 3 });
  for (let i = 0; i < 6; i++) assert.ok(related[i]!.every((j) => j < 6), 'Rusia articles relate to Rusia articles');
});

test('related lists made on demand with a kept memo equal those made whole, archive after archive', () => {
  // A dev session keeps one memo (term numbers, each record's terms) across builds; its lists must be
  // those of a build run once, whatever it saw before and in whatever order the pages ask for them.
  const pool = makeArticles(160, 7);
  const memo = new RelatedMemo();
  const edited = { ...pool[3]!, title: `${pool[3]!.title} pelabuhan kedutaan`, topics: ['Jepang'] };
  const sets = [pool.slice(0, 120), pool.slice(0, 121), [edited, ...pool.slice(4, 121)], pool.slice(30, 160), pool.slice(0, 160)];
  for (const set of sets) {
    const whole = relatedIndices(relatedInputs(set));
    const lists = relatedLists(set, memo);
    const asked = set.map((_, i) => i).reverse(); // last first: a list must not depend on the ones made before it
    const got = new Map(asked.map((i) => [i, lists.of(i)]));
    assert.deepEqual(set.map((_, i) => got.get(i)), whole);
    assert.ok(whole.some((l) => l.length > 0));
  }
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

test('pager: newest and oldest page, two either side of the current one, gaps between; labels, no numbers', () => {
  const hrefs = Array.from({ length: 40 }, (_, i) => (i === 0 ? 'index.html' : `halaman/p${i}/index.html`));
  const labels = hrefs.map((_, i) => (i === 0 ? 'Terbaru' : i === 39 ? 'Terlama' : `L${i}`));
  const pager = pagerOf(10, hrefs, labels);
  const shown = pager.links.map((l) => (l.gap ? '…' : l.current ? `[${l.text}]` : l.text));
  assert.deepEqual(shown, ['Terbaru', '…', 'L8', 'L9', '[L10]', 'L11', 'L12', '…', 'Terlama']);
  assert.equal(pager.newer, 'halaman/p9/index.html');
  assert.equal(pager.older, 'halaman/p11/index.html');
  assert.equal(pager.first, false);
  const small = pagerOf(0, hrefs.slice(0, 3), labels.slice(0, 3));
  assert.deepEqual(small.links.map((l) => (l.gap ? '…' : l.text)), ['Terbaru', 'L1', 'L2']);
  assert.equal(small.first, true);
  assert.equal(small.newer, null);
});

test('a dev session’s next build: cards remembered per record (CardMemo) give the context a fresh build gives', () => {
  const memo: CardMemo = new WeakMap();
  const articles = makeArticles(30);
  // Two records asking for one folder: the later gets "-2"; once the first is gone it gets its own.
  const twin = { ...articles[3]!, sourceFile: 'zz-twin.txt', id: 'zz-twin' };
  const shape = (ctx: ReturnType<typeof archiveContext>): unknown => ctx.ordered.map((e) => [e.dir, e.date, e.card]);
  for (const set of [articles, [...articles, twin], [...articles.slice(0, 3), ...articles.slice(4), twin], articles]) {
    assert.deepEqual(shape(archiveContext(set, { baseUrl: null }, memo)), shape(archiveContext(set, { baseUrl: null })));
  }
  const again = archiveContext([...articles.slice(0, 3), ...articles.slice(4), twin], { baseUrl: null }, memo);
  assert.equal(again.ordered.find((e) => e.article === twin)?.card.href, `${articles[3]!.url}index.html`);
});
