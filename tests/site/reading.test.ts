/**
 * Reading and browsing in real Chromium, from file:// and over http under the
 * sub-path /arsip/ (with a host that answers missing addresses with 404.html,
 * as GitHub Pages and Netlify do): stable pages and their pager, month and year
 * neighbours, a topic's years, feeds and timeline, the original and the Kutip
 * block, Indonesian notes, the 404 page at depth, and axe on every page type
 * in light and dark mode.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildArchive, type ArchiveModel } from '../../src/archive/index.ts';
import { renderSite } from '../../src/site/index.ts';
import { writeSearchIndex } from '../../src/search/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { makeArticles } from './make-articles.ts';
import { ROOT } from './support.ts';

let out = '';
let model: ArchiveModel;
let browser: Browser;
let server: Server;
let httpRoot = '';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.xml': 'application/atom+xml' };

/** Serves the site under /arsip/; a missing file gets 404.html with status 404, at any depth. */
function serve(dir: string): Promise<string> {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rel = url.pathname.startsWith('/arsip/') ? decodeURIComponent(url.pathname.slice('/arsip/'.length)) : null;
    if (rel !== null && (rel === '' || rel.endsWith('/'))) rel += 'index.html';
    const file = rel === null ? '' : normalize(join(dir, rel));
    if (rel === null || !file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': TYPES['.html']! }).end(rel === null ? 'not found' : readFileSync(join(dir, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    resolve(typeof addr === 'object' && addr ? `http://127.0.0.1:${addr.port}/arsip/` : '');
  }));
}

before(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'arsip-reading-')), 'dist');
  const articles = makeArticles(700);
  model = buildArchive(articles, { baseUrl: null });
  await renderSite(model, out);
  // The whole site as a build makes it: article pages load search/baca.js.
  await writeSearchIndex(articles, out);
  browser = await launchBrowser();
  httpRoot = await serve(out);
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

const roots = (): [string, (rel: string) => string][] => [
  ['file://', (rel) => pathToFileURL(join(out, rel)).href],
  ['http /arsip/', (rel) => httpRoot + rel],
];

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

for (const [where, url] of roots()) {
  test(`${where}: the pager walks stable pages by date; headings name their dates; "Pilih bulan" leads to the months`, async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(url('index.html'));
    assert.equal(await page.locator('h1').innerText(), 'Berita terbaru');
    await Promise.all([page.waitForURL(/\/halaman\/[^/]+\/index\.html$/), page.locator('.pager a', { hasText: 'Lebih lama' }).click()]);
    const second = model.pages.home[1]!;
    assert.ok(page.url().endsWith(second.path), page.url());
    assert.equal(await page.locator('h1').innerText(), second.title);
    assert.match(second.title, /^Berita terbaru — \d{1,2}/);
    assert.equal(await page.locator('.card').count(), second.items.length);
    assert.equal(await page.locator('.pager a[aria-current="page"]').count(), 1);
    await Promise.all([page.waitForURL(/\/halaman\/terlama\/index\.html$/), page.locator('.pager a', { hasText: 'Terlama' }).click()]);
    assert.equal(await page.locator('.card-title a').last().innerText(), model.pages.home.at(-1)!.items.at(-1)!.title);
    await Promise.all([page.waitForURL(/\/arsip\/index\.html$/), page.locator('.pager a', { hasText: 'Pilih bulan' }).click()]);
    assert.equal(await page.locator('h1').innerText(), 'Arsip menurut waktu');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test(`${where}: month and year pages lead to the older and newer month and year`, async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    const month = model.pages.months.find((m) => m.around?.older && m.around.newer)!;
    await page.goto(url(month.path));
    await Promise.all([page.waitForURL((u) => u.href.endsWith(month.around!.older!.href)), page.locator('.around a[rel="prev"]').click()]);
    assert.equal(await page.locator('h1').innerText(), `Arsip ${month.around!.older!.text}`);
    const year = model.pages.years.find((y) => y.around.older)!;
    await page.goto(url(year.path));
    await Promise.all([page.waitForURL((u) => u.href.endsWith(year.around.older!.href)), page.locator('.around a[rel="prev"]').click()]);
    assert.equal(await page.locator('h1').innerText(), `Arsip ${year.around.older!.text}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test(`${where}: a topic lists its years; a year and a timeline bar lead to the topic's year; its Atom feed is linked`, async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    const topic = model.pages.topics.find((t) => t.year === null && t.years.length > 1)!;
    await page.goto(url(topic.path));
    const head = await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((els) => els.map((e) => (e as HTMLLinkElement).href));
    assert.ok(head.some((h) => h.endsWith(topic.feed!)), `head links ${topic.feed}: ${head.join(' ')}`);
    assert.ok((await page.locator('a.feed-link').getAttribute('href'))!.endsWith(topic.feed!));
    const year = topic.years[1]!;
    await Promise.all([page.waitForURL((u) => u.href.endsWith(year.href)), page.locator('#tahun a', { hasText: year.text }).click()]);
    assert.equal(await page.locator('h1').innerText(), `${topic.title}, ${year.text}`);
    assert.ok((await page.locator('.card .date time').allInnerTexts()).every((d) => d.endsWith(year.text)));
    await page.goto(url(topic.path));
    const bar = page.locator('.chart--timeline a.chart-col').first();
    const label = await bar.locator('title').textContent();
    await Promise.all([page.waitForURL(/\/topik\/[^/]+\/\d{4}\/index\.html$/), bar.click()]);
    assert.ok(page.url().endsWith(`${/\d{4}/.exec(label!)![0]}/index.html`), `${label} → ${page.url()}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test(`${where}: an article links its original, cites itself (APA, BibTeX and RIS downloads) and reads its notes in Indonesian`, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems = watch(page);
    const article = model.pages.articles.find((p) => p.article.source && p.article.authors.length && p.article.notes.length)!;
    await page.goto(url(article.path));
    assert.equal(await page.locator('a.source-link').getAttribute('href'), article.article.source!.href);
    assert.equal(await page.locator('#kutip-apa').innerText(), article.article.citation.apa);
    assert.ok(article.article.citation.apa.startsWith(`${article.article.authors[0]!.text}`));
    for (const [name, text] of [['BibTeX', article.article.citation.bibtex], ['RIS', article.article.citation.ris]] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.kutip-unduh a', { hasText: name }).click()]);
      assert.match(download.suggestedFilename(), name === 'BibTeX' ? /\.bib$/ : /\.ris$/);
      assert.equal(readFileSync((await download.path())!, 'utf8'), text);
    }
    const meta = await page.locator('meta[name^="citation_"], meta[name^="DC."]').evaluateAll((els) => els.map((e) => `${e.getAttribute('name')}=${e.getAttribute('content')}`));
    assert.ok(meta.includes(`citation_title=${article.article.title}`));
    assert.ok(meta.includes(`citation_author=${article.article.authors[0]!.text}`));
    assert.ok(meta.some((m) => m.startsWith('citation_publication_date=')) === (article.article.dateIso !== null));
    await page.locator('details.warnings summary').click();
    assert.equal(await page.locator('details.warnings li').first().innerText(), 'tidak ada nama media di teks');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('http: a missing address deep under /arsip/ gets 404.html styled, with links that lead back into the site', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`${httpRoot}artikel/2099/01/tidak-ada/lagi/`);
  assert.equal(response?.status(), 404);
  assert.equal(await page.locator('h1').innerText(), 'Halaman tidak ditemukan');
  // The stylesheet applied: the header has its border, the skip link is hidden off-screen.
  assert.notEqual(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle), 'none');
  await Promise.all([page.waitForURL(`${httpRoot}index.html`), page.locator('main a', { hasText: 'Kembali ke beranda' }).click()]);
  assert.equal(await page.locator('h1').innerText(), 'Berita terbaru');
  assert.deepEqual(errors, []);
  await page.goto(pathToFileURL(join(out, '404.html')).href);
  assert.notEqual(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle), 'none');
  assert.ok((await page.locator('main a', { hasText: 'Kembali ke beranda' }).evaluate((a) => (a as HTMLAnchorElement).href)).endsWith(`${out}/index.html`));
  await page.close();
});

test('with --base-url, 404.html links and styles are absolute and need no script', () => {
  const based = buildArchive(makeArticles(5), { baseUrl: 'https://contoh.id/arsip/' });
  assert.equal(based.pages.notFound[0]!.rel, 'https://contoh.id/arsip/');
  assert.equal(based.pages.notFound[0]!.siteFolders, null);
  assert.ok(model.pages.notFound[0]!.siteFolders);
});

const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

test('axe-core finds no violation on any page type but search, light and dark (file://, and 404 at depth over http)', async () => {
  const first = <T extends { pager: unknown }>(list: T[], ok: (p: T) => boolean = () => true): T => list.find((p) => ok(p))!;
  const article = model.pages.articles.find((p) => p.article.notes.length && p.article.source && p.article.related.length)!;
  const pages = [
    'index.html',
    model.pages.home[1]!.path,
    article.path,
    model.pages.articles.find((p) => !p.article.dateIso)!.path,
    'arsip/index.html',
    model.pages.years[0]!.path,
    first(model.pages.months).path,
    'media/index.html',
    first(model.pages.outlets, (p) => p.year === null).path,
    first(model.pages.outlets, (p) => p.year !== null).path,
    'topik/index.html',
    first(model.pages.topics, (p) => p.year === null).path,
    first(model.pages.topics, (p) => p.year === null && p.pager !== null && !p.pager.first).path,
    'tanpa-tanggal/index.html',
    'tentang/index.html',
    'statistik/index.html',
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const targets = [...pages.map((p) => pathToFileURL(join(out, p)).href), `${httpRoot}topik/tidak-ada/2099/`];
    for (const target of targets) {
      await page.goto(target);
      await page.evaluate(axeSource);
      const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return axe.run(document, { resultTypes: ['violations'] });
      });
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `${target} (${colorScheme})`);
    }
    await context.close();
  }
});
