/**
 * 404.html in real Chromium, as hosts show it: at the depth of whatever address
 * was missing. At the root of a server, under a sub-path (with and without
 * --base-url), from file:// and on the dev server, the page asks for nothing
 * that fails (no request answered ≥ 400 but the page itself, no failed request),
 * logs no console error (the CSP blocks nothing), is styled, and its links and
 * its search box lead back into the site.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildArchive } from '../../src/archive/index.ts';
import { renderSite } from '../../src/site/index.ts';
import { writeSearchIndex } from '../../src/search/index.ts';
import { startDev } from '../../src/dev.ts';
import { launchBrowser } from '../support/browser.ts';
import { makeArticles } from './make-articles.ts';
import { makeProject } from '../support/project.ts';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

let browser: Browser;
const servers: Server[] = [];

/** Serves `dir` under `prefix` (`/` or `/arsip/`); a missing file gets 404.html with status 404, at any depth. */
function serve(dir: () => string, prefix: string): Promise<string> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rel = url.pathname.startsWith(prefix) ? decodeURIComponent(url.pathname.slice(prefix.length)) : null;
    if (rel !== null && (rel === '' || rel.endsWith('/'))) rel += 'index.html';
    const file = rel === null ? '' : normalize(join(dir(), rel));
    if (rel === null || !file.startsWith(dir() + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': TYPES['.html']! }).end(rel === null ? 'not found' : readFileSync(join(dir(), '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    resolve(typeof addr === 'object' && addr ? `http://127.0.0.1:${addr.port}${prefix}` : '');
  }));
}

/** Every folder the builds made, removed after the tests. */
const made: string[] = [];

async function build(baseUrl: string | null): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'arsip-404-'));
  made.push(root);
  const out = join(root, 'dist');
  const articles = makeArticles(40);
  await renderSite(buildArchive(articles, { baseUrl }), out);
  await writeSearchIndex(articles, out);
  return out;
}

let plain = '';
let based = '';
let atRoot = '';
let underSub = '';
let basedSub = '';

before(async () => {
  plain = await build(null);
  atRoot = await serve(() => plain, '/');
  underSub = await serve(() => plain, '/arsip/');
  // --base-url is the very address the site is served from (under a sub-path).
  basedSub = await serve(() => based, '/sub/');
  based = await build(basedSub);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const s of servers) await new Promise((r) => s.close(r));
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

/**
 * Everything that goes wrong while the page loads: failed requests, answers ≥ 400 and console errors,
 * except the document's own 404 (which Chromium also logs as a console error).
 */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.request().isNavigationRequest()) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    const own = /status of 404/.test(m.text()) && m.location().url === page.url();
    if ((m.type() === 'error' || m.type() === 'warning') && !own) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

/** Opens `address`, checks the 404 page there, follows its home link, then searches from its header. */
async function checkNotFound(address: string, root: string, status: number | null = 404): Promise<void> {
  const page = await browser.newPage();
  const problems = watch(page);
  const response = await page.goto(address);
  if (status !== null) assert.equal(response?.status(), status, address);
  assert.equal(await page.locator('h1').innerText(), 'Halaman tidak ditemukan', address);
  await page.waitForLoadState('load');
  // Styled: the header has its border.
  assert.notEqual(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle), 'none', `${address}: styled`);
  const home = page.locator('main a', { hasText: 'Kembali ke beranda' });
  assert.equal(await home.evaluate((a) => (a as HTMLAnchorElement).href), `${root}index.html`, `${address}: home link`);
  assert.equal(await page.locator('.site-nav a', { hasText: 'Topik' }).evaluate((a) => (a as HTMLAnchorElement).href), `${root}topik/index.html`, `${address}: nav`);
  assert.deepEqual(problems, [], address);
  await Promise.all([page.waitForURL(`${root}index.html`), home.click()]);
  assert.equal(await page.locator('h1').innerText(), 'Berita terbaru');
  await page.goBack();
  assert.equal(await page.locator('h1').innerText(), 'Halaman tidak ditemukan');
  await page.locator('#cari-situs').fill('banjir');
  await Promise.all([page.waitForURL(`${root}cari/index.html?q=banjir`), page.locator('.site-search button').click()]);
  assert.equal(await page.locator('h1').innerText(), 'Cari');
  await page.close();
}

test('at the root of a server: a missing address at depth 1 and 3 (site folders or not) gets a working 404 page, nothing fails', async () => {
  for (const rel of ['tidak-ada/', 'artikel/2099/01/tidak-ada/', '2019/05/judul-lama/']) await checkNotFound(`${atRoot}${rel}`, atRoot);
});

test('under a sub-path without --base-url: addresses inside the site\'s folders at depth 1 and 3 find the root, nothing fails', async () => {
  for (const rel of ['penulis/tidak-ada', 'topik/tidak-ada/2099/', 'artikel/2099/01/tidak-ada/lagi/', 'arsip/2099/01/']) await checkNotFound(`${underSub}${rel}`, underSub);
});

test('under a sub-path with --base-url: any missing address at depth 1 and 3 gets absolute links, nothing fails', async () => {
  for (const rel of ['tidak-ada/', 'a/b/c/']) await checkNotFound(`${basedSub}${rel}`, basedSub);
});

test('404.html opened from file:// and asked for by name over http: nothing fails, links lead to the site beside it', async () => {
  await checkNotFound(pathToFileURL(join(plain, '404.html')).href, pathToFileURL(plain).href + '/', null);
  await checkNotFound(`${underSub}404.html`, underSub, 200);
});

test('on the dev server: a missing address at depth 1 and 3 gets a working 404 page, no CSP error', async () => {
  const { root, seeds } = await makeProject(0);
  const session = await startDev({ seedsDir: seeds, outDir: join(root, 'dist'), port: 0, projectRoot: root, log: () => {} });
  try {
    await session.idle();
    for (const rel of ['tidak-ada/', 'artikel/2099/01/tidak-ada/']) await checkNotFound(`${session.url}${rel}`, session.url ?? '');
  } finally {
    await session.close();
  }
});
