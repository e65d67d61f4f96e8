/**
 * Issue 22: no seed can stall the build. Deeply nested markup is flattened past a
 * depth (src/ingest/html/bounds.ts) before the DOM is built, oversized markup is
 * trimmed around the article, and every saved page is read in a supervised worker
 * with a time budget (src/pipeline/worker.ts, src/pipeline/ingest.ts): a seed over
 * it becomes one error line naming the file, and the rest of the archive builds.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestSeed } from '../../src/ingest/index.ts';
import { flattenDeepNesting, MARKUP_LIMITS, trimAroundArticle } from '../../src/ingest/html/bounds.ts';
import { prepareMarkup } from '../../src/ingest/html/prepare.ts';
import { runIngest } from '../../src/pipeline/ingest.ts';
import { IngestCache, hashInputs } from '../../src/pipeline/ingestCache.ts';
import { runEachInWorker } from '../../src/pipeline/worker.ts';
import { createProgress } from '../../src/progress.ts';
import { GOOD_SEED, PROJECT, runCli } from './support.ts';

const PARA =
  '<p>Presiden Joko Widodo mengatakan bahwa pemerintah akan terus mendukung program bantuan untuk warga yang terdampak banjir di Jakarta pada Selasa (4/2/2020), kata dia.</p>';
/** The reported page: 2,500 levels, about 27 KB. */
const DEEP_2500 = `${'<div>'.repeat(2500)}${PARA.repeat(6)}${'</div>'.repeat(2500)}`;
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('bounded ingest: nesting and size', () => {
  it('a 27 KB page nested 2,500 deep is read within 15 s, flattened, its text kept', () => {
    assert.ok(DEEP_2500.length > 26_000 && DEEP_2500.length < 29_000, String(DEEP_2500.length));
    const started = performance.now();
    const seed = ingestSeed({ sourceFile: 'bersarang.html', bytes: bytes(DEEP_2500) });
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 15, `took ${seconds.toFixed(1)} s`);
    assert.ok(seed.draft, seed.outcome.messages.join('\n'));
    assert.ok(seed.draft.body.map((b) => b.text).join(' ').includes('terdampak banjir di Jakarta'));
    assert.ok(seed.outcome.messages.some((m) => /^bersarang\.html: page markup nests elements 2,50\d levels deep; the tags of [\d,]+ element\(s\) deeper than 128 levels were taken out/.test(m)), seed.outcome.messages.join('\n'));
  });

  it('100,000 levels (1.1 MB) are read, not a stack overflow', () => {
    const page = `<html><body>${'<div>'.repeat(100_000)}${PARA.repeat(6)}${'</div>'.repeat(100_000)}</body></html>`;
    const started = performance.now();
    const seed = ingestSeed({ sourceFile: 'sangat-bersarang.html', bytes: bytes(page) });
    assert.ok((performance.now() - started) / 1000 < 15);
    assert.ok(seed.draft, seed.outcome.messages.join('\n'));
    assert.ok(!seed.outcome.messages.some((m) => /call stack/i.test(m)));
  });

  it('a page with megabytes of markup before the article is trimmed around the article, not read as empty', () => {
    const menu = '<div class="menu"><a href="/kanal">tautan menu kanal berita</a></div>\n'.repeat(60_000);
    const page = `<html><head><title>Banjir Rendam Jakarta Selasa</title></head><body>${menu}<article><h1>Banjir Rendam Jakarta Selasa</h1>${PARA.repeat(8)}</article></body></html>`;
    assert.ok(page.length > 3_500_000);
    const seed = ingestSeed({ sourceFile: 'panjang.html', bytes: bytes(page) });
    assert.ok(seed.draft, seed.outcome.messages.join('\n'));
    assert.equal(seed.draft.title, 'Banjir Rendam Jakarta Selasa');
    assert.ok(seed.draft.body.some((b) => b.text.includes('terdampak banjir')));
    assert.ok(seed.outcome.messages.some((m) => m.includes('only the part around the article was read')), seed.outcome.messages.join('\n'));
  });

  it('without <article> the densest run of paragraphs is kept', () => {
    const filler = '<div><span>iklan</span></div>'.repeat(150_000);
    const markup = `<html><head><title>T</title></head><body>${filler}<div class="isi">${PARA.repeat(50)}</div>${filler}</body></html>`;
    const trimmed = trimAroundArticle(markup, 3_000_000);
    assert.equal(trimmed.cut?.from, 'article');
    assert.ok(trimmed.markup.length <= 3_000_000);
    assert.ok(trimmed.markup.includes(PARA.repeat(50)));
    assert.ok(trimmed.markup.startsWith('<html><head><title>T</title></head><body>'));
  });

  it('pages within the limits pass unchanged (every fixture page); implied end tags do not count as depth', () => {
    const pages: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const f = join(dir, e.name);
        if (e.isDirectory()) walk(f);
        else if (/\.html?$/.test(e.name)) pages.push(f);
      }
    };
    walk(join(PROJECT, 'tests', 'fixtures'));
    assert.ok(pages.length >= 20);
    for (const f of pages) {
      const { markup } = prepareMarkup(readFileSync(f, 'latin1'));
      assert.equal(flattenDeepNesting(markup).markup, markup, f);
    }
    const unclosed = `<ul>${'<li>butir'.repeat(5000)}</ul>${'<p>alinea'.repeat(5000)}<table>${'<tr><td>sel'.repeat(5000)}</table>`;
    const flat = flattenDeepNesting(unclosed);
    assert.equal(flat.shape.flattened, 0);
    assert.ok(flat.shape.depth <= 3, String(flat.shape.depth));
    const deep = flattenDeepNesting(`<div title="a>b">${'<span>'.repeat(300)}teks${'</span>'.repeat(300)}</div>`);
    assert.equal(deep.shape.depth, 301);
    assert.equal(deep.markup, `<div title="a>b">${'<span>'.repeat(MARKUP_LIMITS.maxDepth - 1)}teks${'</span>'.repeat(MARKUP_LIMITS.maxDepth - 1)}</div>`);
  });
});

describe('bounded ingest: a time budget from outside', () => {
  it('an item over budget stops its worker and is reported; the others come back, in order', async () => {
    const results: string[] = [];
    const stopped: string[] = [];
    await runEachInWorker<string, string>({
      module: new URL('../fixtures/worker/spin.ts', import.meta.url).href,
      fn: 'spinOrEcho',
      items: ['a', 'spin', 'b', 'crash', 'c'],
      workers: 1,
      budgetMs: 1500,
      onResult: (item, out) => results.push(`${item}=${out}`),
      onStopped: (item, why) => stopped.push(`${item}:${why.kind}`),
    });
    assert.deepEqual(results, ['a=aa', 'b=bb', 'c=cc']);
    assert.deepEqual(stopped, ['spin:timeout', 'crash:crash']);
  });

  it('a seed over budget is one error line naming the file, not cached; the other seeds are read', async () => {
    const big = `<html><body><article>${`<div><span>x</span>${PARA}</div>`.repeat(15_000)}</article></body></html>`;
    const inputs = [
      { sourceFile: 'a-baik.txt', bytes: readFileSync(GOOD_SEED) },
      { sourceFile: 'b-berat.html', bytes: bytes(big) },
      { sourceFile: 'c-bersarang.html', bytes: bytes(DEEP_2500) },
    ];
    const hashes = hashInputs(inputs);
    const cache = new IngestCache('test');
    // 50 ms: the heavy page needs seconds; the worker's start-up is not counted.
    const { ingested } = await runIngest(inputs, hashes, cache, { inWorker: () => false, progress: createProgress({ items: 0, enabled: false }), seedBudgetMs: 50 });
    const heavy = ingested.outcomes.find((o) => o.sourceFile === 'b-berat.html')!;
    assert.equal(heavy.status, 'error');
    assert.deepEqual(heavy.messages, ['b-berat.html: took longer than 0.1 s to read; skipped']);
    assert.ok(ingested.articles.some((a) => a.sourceFile === 'a-baik.txt'));
    assert.deepEqual(cache.stale(inputs, hashes).map((i) => i.sourceFile).includes('b-berat.html'), true, 'tried again next build');
  });
});

describe('bounded ingest: the build', () => {
  it('a build with the nested pages completes and publishes the other articles', () => {
    const root = mkdtempSync(join(tmpdir(), 'arsip-stall-'));
    try {
      const seeds = join(root, 'seeds');
      mkdirSync(seeds);
      cpSync(GOOD_SEED, join(seeds, 'baik.txt'));
      writeFileSync(join(seeds, 'bersarang.html'), DEEP_2500);
      writeFileSync(join(seeds, 'sangat-bersarang.html'), `${'<div>'.repeat(100_000)}${PARA.repeat(6)}`);
      const out = join(root, 'dist');
      const r = runCli(['build', '--seeds', seeds, '--out', out, '--no-cache']);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.ok(existsSync(join(out, 'index.html')));
      const records = JSON.parse(readFileSync(join(out, 'data', 'articles.json'), 'utf8')) as { sourceFile: string }[];
      assert.deepEqual(records.map((a) => a.sourceFile).sort(), ['baik.txt', 'bersarang.html', 'sangat-bersarang.html']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
