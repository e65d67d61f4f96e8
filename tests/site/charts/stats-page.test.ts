/**
 * The statistics page and the topic/outlet timelines in a real build (ingest →
 * archive model → Eleventy) of the five seeds and of a generated 300-article
 * archive: the numbers the charts and tables show equal the records' counts,
 * the pages are valid HTML, axe finds nothing in Chromium, and screenshots at
 * phone and desktop widths land in tests/screenshots/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { generateCorpus } from '../../../bench/corpus.ts';
import { buildArchive } from '../../../src/archive/index.ts';
import { ingestSeeds, scanSeeds } from '../../../src/ingest/index.ts';
import type { Article } from '../../../src/ingest/types.ts';
import type { ArchiveModel } from '../../../src/archive/types.ts';
import { renderSite } from '../../../src/site/index.ts';
import { launchBrowser } from '../../support/browser.ts';
import { contrast, luminance, readScreenshot } from '../../support/pixels.ts';
import { countBetween, readPage, recordMonth, rowRange, section, svgBars, tableRows, tally, tempDir } from './support.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHOTS = join(ROOT, 'tests/screenshots');

interface Site {
  name: string;
  out: string;
  articles: Article[];
  model: ArchiveModel;
}

async function buildFrom(name: string, seedsDir: string): Promise<Site> {
  const { inputs } = await scanSeeds(seedsDir);
  const { articles } = ingestSeeds(inputs);
  const out = tempDir(`arsip-stats-${name}-`);
  const model = buildArchive(articles, { baseUrl: null });
  await renderSite(model, out);
  return { name, out, articles, model };
}

const sites: Site[] = [];
let browser: Browser | undefined;

before(async () => {
  sites.push(await buildFrom('seeds', join(ROOT, 'seeds')));
  const corpus = tempDir('arsip-stats-corpus-');
  await generateCorpus({ n: 300, seed: 7, dir: corpus });
  sites.push(await buildFrom('corpus', corpus));
  rmSync(corpus, { recursive: true, force: true });
});

after(async () => {
  await browser?.close();
  for (const s of sites) rmSync(s.out, { recursive: true, force: true });
});

function monthCounts(articles: readonly Article[]): Map<string, number> {
  return tally(articles.map(recordMonth).filter((m): m is string => m !== null));
}

/** Checks a timeline's table rows and bars against per-month counts from the records. */
/** `group` (a topic's or outlet's folder, `topik/china/`): its timeline's bars lead to the group's own year lists. */
function checkTimeline(html: string, byMonth: Map<string, number>, pagePath: string, out: string, what: string, group: string | null = null): void {
  const rows = tableRows(html);
  for (const row of rows) {
    const { start, end } = rowRange(row);
    assert.equal(row.count, countBetween(byMonth, start, end), `${what}: ${row.cells[0]}`);
  }
  assert.equal(
    rows.reduce((s, r) => s + r.count, 0),
    [...byMonth.values()].reduce((s, c) => s + c, 0),
    `${what}: total`,
  );
  // The months span the archive without holes: first and last rows hold the first and last dated months.
  const bars = svgBars(html);
  assert.deepEqual(
    bars.map((b) => b.count),
    rows.filter((r) => r.count > 0).map((r) => r.count),
    `${what}: bars = non-empty rows`,
  );
  for (const b of bars) {
    assert.ok(b.href, `${what}: ${b.label} links somewhere`);
    assert.ok(existsSync(join(out, dirname(pagePath), b.href)), `${what}: ${b.label} → ${b.href} exists`);
    if (group !== null) {
      const year = /\d{4}/.exec(b.label)?.[0];
      assert.ok(b.href.endsWith(`${group.split('/').at(-2)}/${year}/index.html`), `${what}: ${b.label} → ${b.href} is the group's ${year}`);
    } else if (/^\d{4}$/.test(b.label) || b.label.includes('–')) assert.match(b.href, /arsip\/\d{4}\/index\.html$/);
    else assert.match(b.href, /arsip\/\d{4}\/\d{2}\/index\.html$/);
  }
}

for (const which of ['seeds', 'corpus'] as const) {
  test(`${which}: the timeline counts equal the records per month`, async () => {
    const site = sites.find((s) => s.name === which)!;
    const page = await readPage(site.out, 'statistik/index.html');
    const byMonth = monthCounts(site.articles);
    assert.ok(byMonth.size > 0);
    checkTimeline(section(page, 'per-bulan'), byMonth, 'statistik/index.html', site.out, `${which} timeline`);
    const undated = site.articles.filter((a) => recordMonth(a) === null).length;
    if (undated > 0) assert.match(page, new RegExp(`${undated} artikel tanpa tanggal tidak dihitung`));
    assert.match(page, new RegExp(`memuat ${site.articles.length.toLocaleString('id-ID')} artikel`));
  });

  test(`${which}: outlet and topic counts equal the records`, async () => {
    const site = sites.find((s) => s.name === which)!;
    const page = await readPage(site.out, 'statistik/index.html');

    const outlets = tally(site.articles.map((a) => a.outlet ?? 'Tanpa nama media'));
    const outletRows = tableRows(section(page, 'per-media'));
    assert.deepEqual(
      new Map(outletRows.map((r) => [r.cells[0]!, r.count])),
      outlets,
    );
    for (const b of svgBars(section(page, 'per-media'), true)) assert.equal(b.count, outlets.get(b.label), b.label);

    const topics = tally(site.articles.flatMap((a) => [...new Set(a.topics)]));
    const topicRows = tableRows(section(page, 'per-topik'));
    assert.deepEqual(
      new Map(topicRows.map((r) => [r.cells[0]!, r.count])),
      topics,
    );
    const bars = svgBars(section(page, 'per-topik'), true);
    assert.equal(bars.length, Math.min(12, topics.size));
    for (const b of bars) {
      assert.equal(b.count, topics.get(b.label), b.label);
      assert.ok(b.href && existsSync(join(site.out, 'statistik', b.href)), `${b.label} links to its topic page`);
    }

    // Co-occurrence: every pair listed is counted straight from the records.
    const pairs = tableRows(section(page, 'topik-bersama'));
    if (topics.size >= 2) assert.ok(pairs.length > 0);
    for (const p of pairs) {
      const [a, b] = p.cells as [string, string];
      const n = site.articles.filter((x) => x.topics.includes(a) && x.topics.includes(b)).length;
      assert.equal(p.count, n, `${a} + ${b}`);
    }
  });

  test(`${which}: every topic and outlet page shows its own timeline with the records' counts`, async () => {
    const site = sites.find((s) => s.name === which)!;
    const checked = { topics: 0, outlets: 0 };
    // Group timelines run over the archive's whole span, so they line up with the archive's timeline.
    const archiveRows = tableRows(section(await readPage(site.out, 'statistik/index.html'), 'per-bulan'));
    const firstMonth = rowRange(archiveRows[0]!).start;
    const lastMonth = rowRange(archiveRows[archiveRows.length - 1]!).end;
    for (const kind of ['topics', 'outlets'] as const) {
      for (const group of site.model.pages[kind]) {
        const html = await readPage(site.out, group.path);
        if (group.year !== null || (group.pager !== null && !group.pager.first)) {
          assert.doesNotMatch(html, /chart--timeline/, `${group.path}: timeline only on the first page of a list`);
          continue;
        }
        const members = site.articles.filter((a) => (kind === 'topics' ? a.topics.includes(group.key) : a.outlet === group.key));
        const listed = site.model.pages[kind].filter((p) => p.key === group.key && p.year === null).reduce((n, p) => n + p.items.length, 0);
        assert.equal(members.length, listed, group.path);
        const byMonth = monthCounts(members);
        if (byMonth.size === 0) {
          assert.doesNotMatch(html, /chart--timeline/, `${group.path}: no timeline without dated articles`);
          continue;
        }
        checkTimeline(html, byMonth, group.path, site.out, group.path, group.path.replace(/index\.html$/, ''));
        const rows = tableRows(html);
        assert.ok(rowRange(rows[0]!).start <= firstMonth && rowRange(rows[rows.length - 1]!).end >= lastMonth, `${group.path}: spans the whole archive`);
        checked[kind]++;
      }
    }
    assert.ok(checked.topics > 0 && checked.outlets > 0, JSON.stringify(checked));
  });
}

test('the statistics page and a topic and an outlet page pass html-validate, SVG included', async () => {
  const hv = new HtmlValidate({
    extends: ['html-validate:recommended'],
    // `<!doctype html>` in lower case is the site layout's house style, not an error.
    rules: { 'doctype-style': 'off' },
  });
  for (const site of sites) {
    const topic = readdirSync(join(site.out, 'topik')).find((d) => existsSync(join(site.out, 'topik', d, 'index.html')));
    const outlet = readdirSync(join(site.out, 'media')).find((d) => existsSync(join(site.out, 'media', d, 'index.html')));
    for (const path of ['statistik/index.html', `topik/${topic}/index.html`, `media/${outlet}/index.html`]) {
      const html = await readPage(site.out, path);
      assert.match(html, /<svg/, `${path} has a chart`);
      const report = await hv.validateString(html, path);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      assert.deepEqual(messages, [], `${site.name}: ${path}`);
    }
  }
});

async function axeViolations(url: string, colorScheme: 'light' | 'dark', width: number): Promise<string[]> {
  browser ??= await launchBrowser();
  // bypassCSP only so the test can inject axe; the page itself runs under its own CSP otherwise.
  const context = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    // Open the data tables so axe checks them too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const result = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const r = await axe.run(document);
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    return result;
  } finally {
    await context.close();
  }
}

test('axe-core finds no violations on the statistics page and a topic page (light and dark, phone and desktop)', async () => {
  const site = sites.find((s) => s.name === 'corpus')!;
  const topic = readdirSync(join(site.out, 'topik')).find((d) => existsSync(join(site.out, 'topik', d, 'index.html')));
  for (const path of ['statistik/index.html', `topik/${topic}/index.html`]) {
    const url = pathToFileURL(join(site.out, path)).href;
    for (const scheme of ['light', 'dark'] as const)
      for (const width of [390, 1280]) assert.deepEqual(await axeViolations(url, scheme, width), [], `${path} ${scheme} ${width}px`);
  }
});

test('statistics page (and a topic timeline) at phone and desktop widths: screenshots saved, nothing overflows, labels legible and apart', async () => {
  browser ??= await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  for (const site of sites) {
    const topic = site.model.pages.topics.find((p) => p.pager === null || p.pager.first)!;
    for (const [shot, path] of [
      ['statistik', 'statistik/index.html'],
      ['topik', topic.path],
    ] as const) {
      const url = pathToFileURL(join(site.out, path)).href;
      for (const width of [390, 1280]) {
        for (const scheme of ['light', 'dark'] as const) {
          const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
          const page = await context.newPage();
          const cspErrors: string[] = [];
          page.on('console', (m) => {
            if (m.type() === 'error') cspErrors.push(m.text());
          });
          await page.goto(url);
          const file = join(SHOTS, `${shot}-${site.name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`);
          const png = await page.screenshot({ path: file, fullPage: true });
          // What the screenshot shows: the first chart on a light or dark ground as asked, its bars and
          // labels standing out from it (WCAG's 3:1 for graphics). Page and screenshot coordinates agree at scroll 0.
          const chartBox = (await page.locator('svg.chart-svg').first().boundingBox())!;
          const [chart] = await readScreenshot(browser, png, [chartBox]);
          const where = `${shot} ${site.name} ${width}px ${scheme}`;
          assert.ok(scheme === 'light' ? luminance(chart!.background) > 0.8 : luminance(chart!.background) < 0.05, `${where}: chart ground ${JSON.stringify(chart!.background)}`);
          assert.ok(contrast(chart!.ink, chart!.background) >= 3, `${where}: chart contrast ${contrast(chart!.ink, chart!.background).toFixed(1)}`);
          assert.deepEqual(cspErrors, [], 'no console errors (CSP blocks inline styles)');
          const layout = await page.evaluate(() => {
            // (No named helpers in here: tsx would wrap them in a __name() the page does not have.)
            const labels = [...document.querySelectorAll('.chart--timeline svg text')]
              .filter((el) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).display !== 'none')
              .map((t) => {
              const r = t.getBoundingClientRect();
              return { text: t.textContent ?? '', x: r.left, y: r.top, w: r.width, h: r.height, size: parseFloat(getComputedStyle(t).fontSize) };
            });
            const svg = document.querySelector('.chart--timeline svg')!;
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            // Every drawn text of every chart stays inside its SVG's box (nothing clipped at the edges).
            const outside = [...document.querySelectorAll('svg.chart-svg')].flatMap((s) => {
              const box = s.getBoundingClientRect();
              return [...s.querySelectorAll('text')]
                .filter((el) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).display !== 'none')
                .filter((el) => {
                  const r = el.getBoundingClientRect();
                  return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
                })
                .map((el) => el.textContent ?? '');
            });
            return {
              outside,
              scrollWidth: document.documentElement.scrollWidth,
              labels,
              scale,
              bars: document.querySelectorAll('.chart-bar').length,
              svgs: [...document.querySelectorAll('svg.chart-svg')].map((s) => s.getBoundingClientRect().right),
            };
          });
          assert.ok(layout.scrollWidth <= width, `${site.name} ${width}px: page ${layout.scrollWidth}px wide`);
          for (const right of layout.svgs) assert.ok(right <= width, `${site.name} ${width}px: a chart sticks out (${right}px)`);
          assert.deepEqual(layout.outside, [], `${site.name} ${width}px ${scheme}: chart text drawn outside its chart`);
          assert.ok(layout.bars > 0);
          assert.ok(layout.labels.length > 0);
          // Text as drawn on screen: at least 10 CSS px, and labels on the same line do not touch.
          for (const l of layout.labels) assert.ok(l.size * layout.scale >= 10, `${site.name} ${width}px: "${l.text}" drawn at ${(l.size * layout.scale).toFixed(1)}px`);
          const rows = new Map<number, typeof layout.labels>();
          for (const l of layout.labels) rows.set(Math.round(l.y), [...(rows.get(Math.round(l.y)) ?? []), l]);
          for (const [, row] of rows) {
            row.sort((a, b) => a.x - b.x);
            for (let i = 1; i < row.length; i++)
              assert.ok(row[i]!.x >= row[i - 1]!.x + row[i - 1]!.w - 0.5, `${site.name} ${width}px: "${row[i - 1]!.text}" and "${row[i]!.text}" overlap`);
          }
          await context.close();
        }
      }
    }
  }
});

test('in print the charts are dark grey on white, whatever the screen colour scheme', async () => {
  browser ??= await launchBrowser();
  const site = sites.find((s) => s.name === 'corpus')!;
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(site.out, 'statistik/index.html')).href);
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() => ({
    bar: getComputedStyle(document.querySelector('.chart-bar')!).fill,
    text: getComputedStyle(document.querySelector('.chart-svg text')!).fill,
    details: getComputedStyle(document.querySelector('.chart-data')!).display,
  }));
  await page.screenshot({ path: join(SHOTS, 'statistik-corpus-print.png'), fullPage: true });
  await context.close();
  assert.equal(colours.bar, 'rgb(51, 51, 51)');
  assert.equal(colours.text, 'rgb(0, 0, 0)');
  assert.equal(colours.details, 'none');
});

test('bars are links a keyboard and a screen reader reach, named by their numbers', async () => {
  browser ??= await launchBrowser();
  const site = sites.find((s) => s.name === 'seeds')!;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(site.out, 'statistik/index.html')).href);
  const first = tableRows(section(await readPage(site.out, 'statistik/index.html'), 'per-bulan')).find((r) => r.count > 0)!;
  const name = `${first.cells[0]}: ${first.count} artikel`;
  const link = page.getByRole('link', { name, exact: true });
  assert.equal(await link.count(), 1, name);
  await link.focus();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('class')), 'chart-col');
  await page.keyboard.press('Enter');
  await page.waitForURL(/arsip\/\d{4}\/\d{2}\/index\.html$/);
  await context.close();
});
