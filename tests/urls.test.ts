/**
 * The URL scheme (src/urls.ts) is the one place that says where pages live: every
 * page the archive model plans sits where the scheme says, and the links the
 * charts draw lead to pages that exist.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArchive, type ArchiveModel } from '../src/archive/index.ts';
import { linksOf } from '../src/site/charts/eleventy.ts';
import * as url from '../src/urls.ts';
import { makeArticles } from './site/make-articles.ts';

const articles = makeArticles(400, 7);
const model: ArchiveModel = buildArchive(articles, { baseUrl: null });
const allPaths = new Set(Object.values(model.pages).flatMap((list) => (list as { path: string }[]).map((p) => p.path)));

describe('URL scheme', () => {
  it('puts each article page at pageFile(articleDir(published, slug)), the same as Article.url', () => {
    const paths = new Set(model.pages.articles.map((p) => p.path));
    for (const a of articles) {
      assert.equal(a.url, url.articleDir(a.published, a.slug));
      assert.ok(paths.has(url.pageFile(a.url)), a.url);
    }
  });

  it('has a first page for every year, month, outlet and topic, where the scheme says', () => {
    for (const a of articles) {
      const m = a.published ? /^(\d{4})-(\d{2})/.exec(a.published) : null;
      if (m) {
        assert.ok(allPaths.has(url.pageFile(url.yearDir(m[1]!))), `year ${m[1]}`);
        assert.ok(allPaths.has(url.pageFile(url.monthDir(m[1]!, m[2]!))), `month ${m[0]}`);
      }
      if (a.outlet) assert.ok(allPaths.has(url.pageFile(url.outletDir(model.outletSlugs[a.outlet]!))), a.outlet);
      for (const t of a.topics) {
        const dir = url.topicDir(model.topicSlugs[t]!);
        assert.ok(allPaths.has(url.pageFile(dir)), t);
        assert.ok(model.pages.feeds.some((f) => f.path === url.groupFeed(dir)), `feed of ${t}`);
      }
    }
    for (const dir of [url.URLS.home, url.URLS.archive, url.URLS.undated, url.URLS.outlets, url.URLS.topics, url.URLS.about, url.URLS.search, url.URLS.stats]) {
      assert.ok(allPaths.has(url.pageFile(dir)), dir);
    }
    assert.ok(allPaths.has(url.URLS.notFound));
  });

  it('names every page after the first of a list under its folder, the oldest one fixed', () => {
    const later = [...model.pages.home, ...model.pages.topics, ...model.pages.outlets].filter((p) => p.pager && !p.pager.first);
    assert.ok(later.length > 0, 'the sample has lists long enough for two pages');
    for (const p of later) {
      const name = /(?:^|\/)halaman\/([^/]+)\/index\.html$/.exec(p.path)?.[1];
      assert.ok(name, p.path);
      assert.equal(p.path, url.listPageFile(p.path.slice(0, p.path.indexOf('halaman/')), name));
    }
    assert.ok(model.pages.home.some((p) => p.path === url.listPageFile(url.URLS.home, url.OLDEST_PAGE_NAME)));
  });

  it('gives the charts links to pages that exist, and none for pages that do not', () => {
    const links = linksOf(model);
    for (const m of model.stats.archive.months) {
      const href = links.month(m.month);
      if (m.count > 0) assert.ok(href !== null && allPaths.has(href), m.month);
      else assert.equal(href, null, `${m.month} has no articles and no page`);
    }
    for (const o of model.stats.archive.outlets) assert.ok(allPaths.has(links.outlet(o.name)!), o.name);
    for (const t of model.stats.archive.topics) assert.ok(allPaths.has(links.topic(t.name)!), t.name);
    assert.equal(links.outlet('Tidak Ada'), null);
    assert.equal(links.year('1900'), null);
  });

  it('counts the statistics once, from the records', () => {
    assert.equal(model.stats.archive.total, articles.length);
    assert.equal(model.stats.archive.undated, articles.filter((a) => a.published === null).length);
  });

  it('prefixes back to the root by depth', () => {
    assert.equal(url.relPrefix('index.html'), '');
    assert.equal(url.relPrefix('arsip/2020/02/index.html'), '../../../');
  });
});
