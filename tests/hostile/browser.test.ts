/**
 * Issue 6 in real Chromium: pages built from the hostile seeds, opened from disk
 * (file://) and over http. No script of the seeds runs, no dialog opens, the
 * Content-Security-Policy reports no violation, and search still works under it.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { type HostileProject, listTree, makeHostileProject, readJson, runCli } from './support.ts';

interface Seen {
  dialogs: string[];
  problems: string[];
}

/** Records what a seed's script would leave behind, before any page script runs. */
const WATCH = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
`;

async function open(browser: Browser, seen: Seen): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(WATCH);
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning' || /Content.Security.Policy/i.test(m.text())) seen.problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.problems.push(`pageerror: ${e.message}`));
  // A load cut short by the next navigation (the favicon, typically) is not a failure; a missing file is.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && seen.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  return page;
}

async function assertInert(page: Page, where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    csp: (window as unknown as { __csp: string[] }).__csp,
    scripts: [...document.scripts].map((s) => (s.src ? 'external' : s.type === 'application/ld+json' ? 'data' : `inline ${s.type}`)),
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
  }));
  assert.equal(state.pwned, null, `${where}: a seed's script ran`);
  assert.deepEqual(state.csp, [], `${where}: CSP violations`);
  assert.deepEqual(state.handlers, [], `${where}: event handler attributes in the DOM`);
  assert.deepEqual(state.scripts.filter((s) => s.startsWith('inline')), [], `${where}: inline script`);
}

describe('hostile seeds in Chromium', () => {
  let project: HostileProject;
  let browser: Browser;
  let server: StaticServer;
  let targets: string[];

  before(async () => {
    project = makeHostileProject({ heavy: false });
    const run = runCli(['build', '--seeds', project.seeds, '--out', project.out]);
    assert.equal(run.status, 0, run.stderr);
    const articles = readJson<{ sourceFile: string; url: string; topics: string[]; outlet: string | null }[]>(join(project.out, 'data', 'articles.json'));
    const hostile = articles.filter((a) => a.sourceFile.startsWith('teks-') || a.sourceFile.startsWith('slug-') || a.sourceFile.startsWith('halaman-'));
    const files = listTree(project.out);
    const topicPage = files.find((f) => f.startsWith('topik/') && f.includes('script') && f.endsWith('index.html'));
    const outletPage = files.find((f) => f.startsWith('media/') && f.includes('img') && f.endsWith('index.html'));
    assert.ok(topicPage && outletPage, 'the hostile topic and outlet have pages');
    targets = ['index.html', ...hostile.map((a) => `${a.url}index.html`), topicPage, outletPage, 'statistik/index.html', 'tentang/index.html', 'arsip/index.html'];
    browser = await launchBrowser();
    server = await serveStatic(project.out);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(project.root, { recursive: true, force: true });
  });

  for (const via of ['file', 'http'] as const) {
    const base = (): string => (via === 'file' ? pathToFileURL(project.out).href + '/' : `${server.url.replace(/\/$/, '')}/`);

    it(`${via}: no seed script runs, no dialog opens, no CSP violation, on every hostile page`, async () => {
      const seen: Seen = { dialogs: [], problems: [] };
      const page = await open(browser, seen);
      for (const target of targets) {
        await page.goto(base() + target, { waitUntil: 'load' });
        // Give a would-be onerror/onload handler its chance.
        await page.waitForTimeout(50);
        await assertInert(page, `${via} ${target}`);
      }
      await page.close();
      assert.deepEqual(seen.dialogs, [], 'no dialog');
      assert.deepEqual(seen.problems, [], 'no console error, no failed request');
    });

    it(`${via}: a seed as it was read opens from its article's link as plain text; no script of a saved page runs`, async () => {
      const seen: Seen = { dialogs: [], problems: [] };
      const page = await open(browser, seen);
      // A plain-text document has no <link rel=icon>: over http Chromium asks the server's /favicon.ico, which the site has not.
      const missing: string[] = [];
      page.on('console', (m) => /status of 404/.test(m.text()) && missing.push(new URL(m.location().url).pathname));
      const articlePages = targets.filter((t) => t.startsWith('artikel/'));
      let savedPages = 0;
      for (const target of articlePages) {
        await page.goto(base() + target, { waitUntil: 'load' });
        const link = page.locator('a.seed-link');
        assert.equal(await link.count(), 1, `${target}: one link to its seed`);
        const href = (await link.getAttribute('href')) ?? '';
        assert.match(href, /\.txt$/, `${target}: the copy is a .txt`);
        await Promise.all([page.waitForURL((u) => u.href.endsWith('.txt')), link.click()]);
        await page.waitForTimeout(50);
        const state = await page.evaluate(() => ({
          type: document.contentType,
          pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
          elements: document.querySelectorAll('body *').length,
          text: document.body?.innerText ?? '',
        }));
        assert.equal(state.type, 'text/plain', `${target}: shown as text`);
        assert.equal(state.pwned, null, `${target}: a seed's script ran from its copy`);
        assert.ok(state.elements <= 1, `${target}: the copy is no page (${state.elements} elements)`);
        if (href.endsWith('.html.txt')) {
          assert.match(state.text, /<html/i, `${target}: the saved page's source is shown as text`);
          if (/<script/i.test(state.text)) savedPages++;
        }
      }
      assert.ok(savedPages >= 1, 'a saved page with scripts is among the seeds');
      await page.close();
      assert.deepEqual(seen.dialogs, [], 'no dialog');
      assert.deepEqual([...new Set(missing)], via === 'http' && missing.length ? ['/favicon.ico'] : [], 'nothing of the site is missing');
      const problems = seen.problems.filter((p) => !(missing.length && /status of 404/.test(p)));
      assert.deepEqual(problems, [], 'no console error, no failed request');
    });

    it(`${via}: search works under the CSP and shows hostile results as text`, async () => {
      const seen: Seen = { dialogs: [], problems: [] };
      const page = await open(browser, seen);
      for (const [q, title] of [
        ['ksatriaungu', 'Serangan Skrip di Judul Berita'],
        ['kuarsamerah', 'dari Front Matter'],
      ] as const) {
        await page.goto(`${base()}cari/index.html?q=${q}`, { waitUntil: 'load' });
        await page.waitForSelector('#cari-hasil li', { timeout: 10_000 });
        const items = await page.$$eval('#cari-hasil li', (lis) => lis.map((li) => li.textContent ?? ''));
        assert.ok(items.some((t) => t.includes(title) && t.includes('<script>')), `${q}: the hostile headline is shown as text: ${items.join(' | ')}`);
        await assertInert(page, `${via} search ${q}`);
      }
      // Typing works too: "Tiongkok" finds the China-tagged hostile article.
      await page.fill('#cari-q', 'Tiongkok');
      await page.waitForFunction(() => [...document.querySelectorAll('#cari-hasil li')].some((li) => li.textContent?.includes('dari Front Matter')), null, { timeout: 10_000 });
      await assertInert(page, `${via} search typed`);
      await page.close();
      assert.deepEqual(seen.dialogs, []);
      assert.deepEqual(seen.problems, []);
    });
  }

  it('every page carries the CSP: default-src self, no unsafe-inline, no unsafe-eval', () => {
    for (const file of listTree(project.out).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(project.out, file), 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      assert.ok(csp, `${file} has a CSP`);
      assert.match(csp, /(?:^|;\s*)default-src 'self'(?:;|$)/, file);
      assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(csp), `${file}: ${csp}`);
      assert.ok(html.indexOf(csp) < html.indexOf('<link'), `${file}: the CSP comes before any resource`);
    }
  });
});
