/**
 * Pager link check over an archive big enough to paginate every kind of listing (home, a month, a topic,
 * an outlet), as a reader clicks through it in Chromium, from file:// and over http. What is expected comes
 * from the article records, never from the pages: each listing shows every one of its articles on exactly
 * one page, newest first; pages are chained newer/older; every pager link (newer, older, newest, oldest, the
 * pages around this one) opens a page of the same listing that exists.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildArchive, type ArchiveModel, type ListPage } from '../../src/archive/index.ts';
import type { Article } from '../../src/ingest/types.ts';
import { renderSite } from '../../src/site/index.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { makeArticles } from './make-articles.ts';

const MONTH = '2021-03';
const TOPIC = 'Ekonomi Digital';
const OUTLET = 'Kompas.com';
const pad = (n: number): string => String(n).padStart(2, '0');

/** 360 generated articles, with one month, one topic and one outlet given well over a hundred each. */
function corpus(): Article[] {
  return makeArticles(360, 3).map((a, i) => {
    const out = { ...a, topics: i % 2 === 0 ? [...a.topics, TOPIC] : a.topics, outlet: i < 150 ? OUTLET : a.outlet === OUTLET ? null : a.outlet };
    if (i < 60 || i >= 300 || a.published === null) return out;
    const day = `${MONTH}-${pad(1 + (i % 28))}`;
    const published = i % 3 === 0 ? day : `${day}T${pad(i % 24)}:${pad((i * 7) % 60)}:00+07:00`;
    return { ...out, published, url: `artikel/${MONTH.replace('-', '/')}/${a.slug}/` };
  });
}

/** The listings checked: how to find the first page, and which articles belong, by the records. */
const LISTINGS: { name: string; start: (m: ArchiveModel) => string; member: (a: Article) => boolean }[] = [
  { name: 'home', start: () => 'index.html', member: () => true },
  { name: `month ${MONTH}`, start: () => `arsip/${MONTH.replace('-', '/')}/index.html`, member: (a) => a.published?.startsWith(MONTH) === true },
  { name: `topic ${TOPIC}`, start: (m) => `topik/${m.topicSlugs[TOPIC]}/index.html`, member: (a) => a.topics.includes(TOPIC) },
  { name: `outlet ${OUTLET}`, start: (m) => `media/${m.outletSlugs[OUTLET]}/index.html`, member: (a) => a.outlet === OUTLET },
];

/** What a reader finds on one listing page. */
interface PageView {
  url: string;
  cards: string[];
  newer: string | null;
  older: string | null;
  /** The pager's page links in order (newest, nearby pages, oldest), without the newer/older steps. */
  pages: { href: string; current: boolean }[];
}

async function view(page: Page, url: string): Promise<PageView> {
  const response = await page.goto(url);
  if (url.startsWith('http')) assert.equal(response?.status(), 200, `${url} exists`);
  return {
    url: page.url(),
    // Inline callbacks only: they run in the page, where the test's own helpers do not exist.
    cards: await page.$$eval('ol.cards .card-title a', (as) => as.map((a) => (a as HTMLAnchorElement).href)),
    newer: await page.$$eval('nav.pager a[rel="prev"]', (as) => (as[0] as HTMLAnchorElement | undefined)?.href ?? null),
    older: await page.$$eval('nav.pager a[rel="next"]', (as) => (as[0] as HTMLAnchorElement | undefined)?.href ?? null),
    pages: await page.$$eval('nav.pager li:not(.pager-step):not(.pager-jump) a', (as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, current: a.getAttribute('aria-current') === 'page' })),
    ),
  };
}

let articles: Article[];
let model: ArchiveModel;
let out: string;
let browser: Browser;
let server: StaticServer;

before(async () => {
  articles = corpus();
  model = buildArchive(articles, { baseUrl: null });
  out = join(mkdtempSync(join(tmpdir(), 'arsip-pager-')), 'dist');
  await renderSite(model, out);
  browser = await launchBrowser();
  server = await serveStatic(out);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

it('the corpus paginates every kind of listing', () => {
  for (const l of LISTINGS) assert.ok(articles.filter(l.member).length > 110, `${l.name}: ${articles.filter(l.member).length} articles`);
});

it('in the model, every pager link of every list page names a page of that list, and the ends link nowhere further', () => {
  // Group pages by list: a list's pages share the folder before `halaman/`.
  const byList = new Map<string, ListPage[]>();
  for (const p of [...model.pages.home, ...model.pages.months, ...model.pages.outlets, ...model.pages.topics, ...model.pages.undated]) {
    const list = p.path.replace(/(?:halaman\/[^/]+\/)?index\.html$/, '');
    byList.set(list, [...(byList.get(list) ?? []), p]);
  }
  const lists = [...byList.values()];
  let paginated = 0;
  for (const list of lists) {
    const paths = list.map((p) => p.path);
    for (const [i, p] of list.entries()) {
      if (p.pager === null) {
        assert.equal(list.length, 1, `${p.path}: a list of several pages has no pager`);
        continue;
      }
      paginated++;
      assert.equal(p.pager.newer, i === 0 ? null : paths[i - 1], `${p.path}: newer`);
      assert.equal(p.pager.older, i === paths.length - 1 ? null : paths[i + 1], `${p.path}: older`);
      for (const link of p.pager.links) if (!link.gap) assert.ok(paths.includes(link.href), `${p.path}: pager link ${link.href} is not a page of the list`);
    }
  }
  assert.ok(paginated > 30, `${paginated} paginated pages checked`);
});

for (const mode of ['file', 'http'] as const) {
  describe(`pagers, clicked through from ${mode === 'file' ? 'file://' : 'http'}`, () => {
    const base = (): string => (mode === 'file' ? pathToFileURL(out).href + '/' : server.url.replace(/\/?$/, '/'));
    /** Where a link lands, as a file in the output: missing files are what the reader would hit. */
    const fileOf = (url: string): string =>
      mode === 'file' ? fileURLToPath(url) : join(out, decodeURIComponent(new URL(url).pathname));

    for (const l of LISTINGS) {
      it(`${l.name}: every page once, chained newer/older, each article on exactly one page, newest first`, async () => {
        const listing = { name: l.name, start: l.start(model), members: articles.filter(l.member) };
        const page = await browser.newPage();
        try {
          // Follow "older" from the first page to the end: the chain a reader walks.
          const chain: PageView[] = [];
          const seen = new Set<string>();
          for (let url: string | null = base() + listing.start; url !== null; url = chain.at(-1)!.older) {
            assert.ok(!seen.has(url), `${listing.name}: the older links loop back to ${url}`);
            assert.ok(existsSync(fileOf(url)), `${listing.name}: "older" points at a missing page ${url}`);
            seen.add(url);
            chain.push(await view(page, url));
            assert.ok(chain.length < 100, 'runaway pager');
          }
          assert.ok(chain.length >= 2, `${listing.name} is paginated (${chain.length} pages)`);
          const urls = chain.map((v) => v.url);
          for (const [i, v] of chain.entries()) {
            assert.equal(v.newer, i === 0 ? null : urls[i - 1], `${v.url}: "newer" is the page before it`);
            assert.equal(v.older, i === chain.length - 1 ? null : urls[i + 1], `${v.url}: "older" is the page after it`);
            assert.ok(v.cards.length > 0, `${v.url} lists articles`);
            // Newest page, pages near this one, oldest page: all in the chain, in its order, this one marked.
            const hrefs = v.pages.map((p) => p.href);
            assert.equal(hrefs[0], urls[0], `${v.url}: the pager starts at the newest page`);
            assert.equal(hrefs.at(-1), urls.at(-1), `${v.url}: the pager ends at the oldest page`);
            const positions = hrefs.map((h) => urls.indexOf(h));
            assert.ok(positions.every((p) => p >= 0), `${v.url}: a pager link leads outside the listing or to a missing page: ${hrefs.filter((h) => !urls.includes(h)).join(', ')}`);
            assert.deepEqual(positions, [...positions].sort((x, y) => x - y), `${v.url}: pager links in order`);
            assert.deepEqual(v.pages.filter((p) => p.current).map((p) => p.href), [v.url], `${v.url}: marks itself as current`);
            for (const near of [i - 1, i + 1]) if (near >= 0 && near < urls.length) assert.ok(hrefs.includes(urls[near]!), `${v.url}: links the page next to it`);
          }
          // Every article of the listing on exactly one page, and no other article.
          const cards = chain.flatMap((v) => v.cards);
          const expected = listing.members.map((a) => `${base()}${a.url}index.html`);
          assert.equal(cards.length, new Set(cards).size, `${listing.name}: an article is on two pages`);
          assert.deepEqual([...cards].sort(), [...expected].sort(), `${listing.name}: the pages hold exactly its articles`);
          // Newest first across the pages, by day; undated ('') last.
          const byUrl = new Map(listing.members.map((a) => [`${base()}${a.url}index.html`, a]));
          const days = cards.map((c) => byUrl.get(c)!.published?.slice(0, 10) ?? '');
          for (let k = 1; k < days.length; k++) assert.ok(days[k - 1]! >= days[k]!, `${listing.name}: ${days[k - 1]} before ${days[k]}`);
          // Each card opens its article.
          for (const c of cards.slice(0, 3).concat(cards.slice(-3))) {
            assert.ok(readFileSync(fileOf(c), 'utf8').includes(`<h1>${byUrl.get(c)!.title}</h1>`), `${c} is the article`);
          }
        } finally {
          await page.close();
        }
      });
    }
  });
}
