/**
 * Real Chromium (tests/support/browser.ts) over the seeds site: axe-core on key
 * pages, click-through navigation from file:// and from a local server under
 * the sub-path /arsip/, and screenshots at phone and desktop widths.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { contrast, luminance, parseCssRgb, readScreenshot } from '../support/pixels.ts';
import { buildSeedsSite, ROOT, type BuiltSite } from './support.ts';

let site: BuiltSite;
let browser: Browser;
let server: Server;
let serverRoot = '';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A tiny static server that serves the site only under /arsip/ (a sub-path, as on a shared host). */
function serve(dir: string): Promise<string> {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/arsip/')) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice('/arsip/'.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    resolve(typeof addr === 'object' && addr ? `http://127.0.0.1:${addr.port}/arsip/` : '');
  }));
}

before(async () => {
  site = await buildSeedsSite();
  browser = await launchBrowser();
  serverRoot = await serve(site.out);
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** Collects everything a reader would see go wrong: failed requests, HTTP errors, console errors, page errors. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

const fileUrl = (rel: string): string => pathToFileURL(join(site.out, rel)).href;
const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe-core finds no violations on home, an article, an archive page and the search page (light and dark)', async () => {
  const article = site.model.pages.articles.find((p) => p.article.related.length > 0 && p.article.outlet)!;
  const month = site.model.pages.months[0]!;
  assert.ok(existsSync(join(site.out, 'cari/index.html')), 'the search page is built');
  const pages = ['index.html', article.path, month.path, 'arsip/index.html', 'cari/index.html'];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const rel of pages) {
      await page.goto(fileUrl(rel));
      assert.deepEqual(await axeViolations(page), [], `${rel} (${colorScheme})`);
    }
    await context.close();
  }
});

async function clickThrough(page: Page, start: string): Promise<void> {
  await page.goto(start);
  assert.equal(await page.locator('h1').innerText(), 'Berita terbaru');
  // home → an article that names its outlet
  const card = page.locator('.card', { has: page.locator('.outlet') }).first();
  const title = await card.locator('.card-title a').innerText();
  await Promise.all([page.waitForURL(/\/artikel\/\d{4}\/\d{2}\/[a-z0-9-]+\/index\.html$/), card.locator('.card-title a').click()]);
  assert.equal(await page.locator('h1').innerText(), title);
  // article → outlet page
  const outlet = await page.locator('.kicker a').textContent();
  await Promise.all([page.waitForURL(/\/media\/[a-z0-9-]+\/index\.html$/), page.locator('.kicker a').click()]);
  assert.equal(await page.locator('h1').innerText(), outlet);
  // outlet page → month archive (the date on a card)
  await Promise.all([page.waitForURL(/\/arsip\/\d{4}\/\d{2}\/index\.html$/), page.locator('.card a.date').first().click()]);
  assert.match(await page.locator('h1').innerText(), /^Arsip \p{L}+ \d{4}$/u);
  // month archive → home
  const month = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== month), page.locator('.site-nav a', { hasText: 'Beranda' }).click()]);
  assert.match(page.url(), /\/index\.html$/);
  assert.equal(await page.locator('h1').innerText(), 'Berita terbaru');
}

test('navigation from file://: home → article → outlet → month archive → home, nothing fails', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  await clickThrough(page, fileUrl('index.html'));
  assert.match(page.url(), /^file:\/\//);
  // The stylesheet really applied (CSP 'self' allows it from file:// too).
  assert.notEqual(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle), 'none');
  assert.deepEqual(problems, []);
  await context.close();
});

test('navigation over http under the sub-path /arsip/: same path, no failed request, no console error', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  await clickThrough(page, serverRoot);
  assert.ok(page.url().startsWith(serverRoot), `stayed under ${serverRoot}: ${page.url()}`);
  // The header search form leads to the search page under the sub-path.
  await page.locator('#cari-situs').fill('china');
  await Promise.all([page.waitForURL(`${serverRoot}cari/index.html?q=china`), page.locator('.site-search button').click()]);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(problems, []);
  await context.close();
});

test('home and an article at phone (390px) and desktop (1280px), light and dark: what the screenshot shows', async () => {
  // Screenshots land in tests/screenshots/ to look at; the assertions read their pixels and the layout.
  const dir = join(ROOT, 'tests/screenshots');
  mkdirSync(dir, { recursive: true });
  const article = site.model.pages.articles.find((p) => p.article.outlet && p.article.dateLong)!;
  for (const [name, width] of [['phone', 390], ['desktop', 1280]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme: scheme });
      const page = await context.newPage();
      for (const [what, rel] of [['home', 'index.html'], ['article', article.path]] as const) {
        const where = `${what} at ${width}px, ${scheme}`;
        await page.goto(fileUrl(rel));
        // Nothing may be wider than the viewport (no sideways scrolling on a phone).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${where}: overflows by ${overflow}px`);
        const png = await page.screenshot({ path: join(dir, `${what}-${name}${scheme === 'dark' ? '-dark' : ''}.png`) });
        const h1 = (await page.locator('h1').first().boundingBox())!;
        // The colour the stylesheet puts behind the headline: its nearest ancestor with a background.
        const cssBg = parseCssRgb(
          await page.evaluate(() => {
            let el: Element | null = document.querySelector('h1');
            while (el && getComputedStyle(el).backgroundColor.replace(/\s/g, '') === 'rgba(0,0,0,0)') el = el.parentElement;
            return getComputedStyle(el ?? document.documentElement).backgroundColor;
          }),
        );
        const [shot] = await readScreenshot(browser, png, [h1]);
        // The page a reader sees is light or dark as asked, in the stylesheet's own colour…
        assert.ok(scheme === 'light' ? luminance(shot!.background) > 0.8 : luminance(shot!.background) < 0.05, `${where}: background ${JSON.stringify(shot!.background)}`);
        assert.deepEqual(shot!.background, cssBg, `${where}: the screenshot shows the stylesheet's background behind the headline`);
        // …and the headline is drawn in ink that stands out from it, the right way round.
        const ink = shot!.ink;
        assert.ok(contrast(ink, shot!.background) >= 7, `${where}: headline contrast ${contrast(ink, shot!.background).toFixed(1)}`);
        assert.ok(scheme === 'light' ? luminance(ink) < luminance(shot!.background) : luminance(ink) > luminance(shot!.background), `${where}: headline ink`);
        // The story's text fills a phone's width but keeps a readable line length on a desktop.
        if (what === 'article') {
          const para = (await page.locator('.story-body p').first().boundingBox())!;
          if (name === 'phone') assert.ok(para.width >= width * 0.8, `${where}: paragraph ${para.width}px wide`);
          else assert.ok(para.width <= 42 * 16 + 1 && para.x > 100, `${where}: paragraph ${para.width}px wide at x=${para.x}`);
        }
      }
      await context.close();
    }
  }
});
