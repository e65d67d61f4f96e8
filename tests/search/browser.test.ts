/**
 * The search page in real Chromium, from file:// and over http (gzip), on the
 * site built from the sample seeds.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from '../../src/build.ts';
import type { Article } from '../../src/ingest/types.ts';
import { stem, tokenizeForIndex } from '../../src/search/indonesian/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const root = join(import.meta.dirname, '../..');
let tmp = '';
let dist = '';
let articles: Article[] = [];
let browser: Browser;
let server: StaticServer;
const problems: string[] = [];

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'arsip-search-browser-'));
  dist = join(tmp, 'dist');
  const result = await build({ seedsDir: join(root, 'seeds'), outDir: dist, projectRoot: root, cache: false });
  articles = result.articles;
  server = await serveStatic(dist);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Articles that contain some form of the root, by their page URL. */
function containing(root: string): string[] {
  return articles
    .filter((a) =>
      tokenizeForIndex([a.title, a.lead, ...a.body.map((b) => b.text)].join('\n')).some((t) => stem(t.text) === root),
    )
    .map((a) => a.url)
    .sort();
}

async function open(base: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(new URL(path, base).href);
  return page;
}

/** Result links as site-relative article URLs, after the status line settles on a count. */
async function resultUrls(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /hasil untuk|Tidak ada hasil/.test(document.getElementById('cari-status')?.textContent ?? ''));
  const hrefs = await page.locator('#cari-hasil .cari-judul a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const cari = page.url().replace(/cari\/index\.html.*$/, '');
  return hrefs.map((h) => h.slice(cari.length).replace(/index\.html$/, '')).sort();
}

for (const [mode, baseOf] of [
  ['file://', () => pathToFileURL(dist + '/').href],
  ['http', () => server.url],
] as const) {
  describe(`search page from ${mode}`, () => {
    test('"bantuan" and "membantu" both return the four seed articles with a form of "bantu"', async () => {
      const expected = containing('bantu');
      assert.equal(expected.length, 4);
      for (const q of ['bantuan', 'membantu']) {
        const page = await open(baseOf(), `cari/index.html?q=${q}`);
        assert.deepEqual(await resultUrls(page), expected, q);
        assert.match((await page.locator('#cari-status').textContent()) ?? '', /^4 hasil/);
        await page.close();
      }
    });

    test('"Tiongkok" returns the China-tagged articles', async () => {
      const china = articles.filter((a) => a.topics.includes('China')).map((a) => a.url).sort();
      assert.ok(china.length >= 3);
      const page = await open(baseOf(), 'cari/index.html?q=Tiongkok');
      assert.deepEqual(await resultUrls(page), china);
      await page.close();
    });

    test('the outlet filter narrows the results', async () => {
      const page = await open(baseOf(), 'cari/index.html?q=china');
      const all = await resultUrls(page);
      await page.selectOption('#cari-media', { label: 'GenPI.co' });
      await page.waitForFunction((n) => document.querySelectorAll('#cari-hasil .cari-item').length < n, all.length);
      const outlets = await page.locator('#cari-hasil .cari-media-nama').allTextContents();
      assert.ok(outlets.length >= 1 && outlets.length < all.length);
      assert.ok(outlets.every((o) => o === 'GenPI.co'));
      assert.match(page.url(), /media=/, 'the filter is kept in the URL');
      // Year filter and newest-first sort.
      await page.selectOption('#cari-media', '');
      await page.selectOption('#cari-tahun', '2020');
      await page.selectOption('#cari-urut', 'terbaru');
      await page.waitForFunction(() => {
        const times = [...document.querySelectorAll('#cari-hasil time')].map((t) => t.getAttribute('datetime') ?? '');
        return /tahun=2020/.test(location.search) && /urut=terbaru/.test(location.search) && times.length >= 2 && times.every((d) => d.startsWith('2020'));
      });
      const dates = await page.locator('#cari-hasil time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
      assert.ok(dates.length >= 2 && dates.every((d) => d.startsWith('2020')), dates.join(' '));
      assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
      await page.close();
    });

    test('excerpts and titles highlight affixed forms of the query word', async () => {
      for (const q of ['bantu', 'membantu']) {
        const page = await open(baseOf(), `cari/index.html?q=${q}`);
        await resultUrls(page);
        const marked = (await page.locator('#cari-hasil mark').allTextContents()).map((m) => m.toLowerCase());
        assert.ok(marked.includes('bantuan'), `"${q}" marks: ${marked.join(', ')}`);
        assert.ok(marked.every((m) => stem(m) === 'bantu'), `"${q}" marks only forms of bantu`);
        assert.ok((await page.locator('#cari-hasil .cari-kutipan mark').count()) >= 4, 'every excerpt has a mark');
        await page.close();
      }
    });

    test('the search form on another page leads to the results; typing updates results and the URL', async () => {
      const page = await open(baseOf(), 'tentang/index.html');
      await page.fill('#cari-situs', 'membantu');
      await page.press('#cari-situs', 'Enter');
      await page.waitForURL(/cari\/index\.html\?q=membantu/);
      assert.equal((await resultUrls(page)).length, 4);
      await page.fill('#cari-q', 'korut');
      await page.waitForFunction(() => /“korut”/.test(document.getElementById('cari-status')?.textContent ?? ''));
      // The address follows a moment after the results (replaceState is kept off the typing path).
      await page.waitForURL(/\?q=korut/, { timeout: 5_000 });
      assert.ok((await page.locator('#cari-hasil .cari-item').count()) >= 1);
      // Keyboard: arrow down from the box reaches the first result, Escape returns.
      await page.focus('#cari-q');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement?.closest('.cari-judul') !== null), true);
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'cari-q');
      // A result link opens the article.
      await page.focus('#cari-q');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(/artikel\/.*index\.html$/);
      await page.close();
    });

    test('a typo gets "Mungkin maksud Anda" and its results', async () => {
      const page = await open(baseOf(), 'cari/index.html?q=bantuab');
      await page.waitForSelector('#cari-saran:not([hidden])');
      assert.equal(await page.locator('#cari-saran').textContent(), 'Mungkin maksud Anda: bantuan');
      assert.equal((await resultUrls(page)).length, 4);
      await page.close();
    });
  });
}

test('no console error or warning on any search page', () => {
  assert.deepEqual(problems, []);
});

test('with JavaScript off the page says search needs it', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(dist, 'cari/index.html')).href);
  assert.match((await page.locator('noscript, .cari-noscript').first().textContent()) ?? '', /JavaScript/);
  assert.equal(await page.locator('#cari-form').isVisible(), false);
  await context.close();
});
