/**
 * `npm run bench:html`: how fast saved web pages (.html seeds) become records.
 * The pages come from bench/html-corpus.ts (the text corpus's articles, shipped
 * as real-shaped pages). Prints pages per second for:
 *   - one thread        ingestSeed() page after page
 *   - two threads       half the pages in a worker thread, half here (what the
 *                       build's ingest stage does with many changed seeds)
 *   - cached            a second ingest of the same bytes through IngestCache
 *   - build (--build)   a cold `npm run build` of the page folder, end to end
 *
 *   npm run bench:html                   N = 400
 *   npm run bench:html -- --n 1000 --build
 *   npm run bench:html -- --out DIR      also write the pages into DIR (to build or inspect)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestSeed, type IngestedSeed } from '../src/ingest/index.ts';
import type { SeedInput } from '../src/ingest/types.ts';
import { hashInputs, IngestCache } from '../src/pipeline/ingestCache.ts';
import { runInWorker } from '../src/pipeline/worker.ts';
import { htmlCorpus } from './html-corpus.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '400' },
    build: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const n = Number(values.n);
const pages = htmlCorpus(n);
const inputs: SeedInput[] = pages.map((p) => ({ sourceFile: p.name, bytes: new Uint8Array(Buffer.from(p.text, 'utf8')) }));
const mb = inputs.reduce((s, i) => s + i.bytes.length, 0) / 2 ** 20;
console.log(`${n} pages, ${mb.toFixed(1)} MB (${((mb * 1024) / n).toFixed(0)} KB a page), ${availableParallelism()} cores`);

const rate = (count: number, ms: number): string => `${((count * 1000) / ms).toFixed(1)} pages/s (${(ms / 1000).toFixed(2)} s)`;

// Warm up the parser and Readability (JIT) on a few pages, as a build's first seconds would.
for (const input of inputs.slice(0, 5)) ingestSeed(input);

let t = performance.now();
const single = inputs.map(ingestSeed);
const oneThread = performance.now() - t;
const failed = single.filter((s) => !s.draft).length;

t = performance.now();
const cut = Math.ceil(inputs.length / 2);
const remote = runInWorker<IngestedSeed[]>({ module: new URL('../src/pipeline/ingest.ts', import.meta.url).href, fn: 'ingestTask', data: { inputs: inputs.slice(cut) } });
const local = inputs.slice(0, cut).map(ingestSeed);
const both = [...local, ...(await remote)];
const twoThreads = performance.now() - t;
if (both.length !== inputs.length) throw new Error('the worker lost pages');

const hashes = hashInputs(inputs);
const cache = new IngestCache('bench');
cache.run(inputs, hashes);
t = performance.now();
const again = cache.run(inputs, hashes);
const cached = performance.now() - t;

const rows: Array<[string, string]> = [
  ['ingest, one thread', rate(n, oneThread)],
  ['ingest, two threads (main + worker)', `${rate(n, twoThreads)} (target ≥ 50 pages/s)`],
  ['ingest, cached (same bytes)', `${rate(n, cached)}, ${again.parsed} parsed again`],
];

if (values.build || values.out) {
  const root = values.out ?? mkdtempSync(join(tmpdir(), 'arsip-bench-html-'));
  const seeds = join(root, 'seeds');
  mkdirSync(seeds, { recursive: true });
  for (const p of pages) writeFileSync(join(seeds, p.name), p.text);
  if (values.build) {
    t = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'src', 'cli.ts'), 'build', '--seeds', seeds, '--out', join(root, 'dist'), '--no-cache'], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    const ms = performance.now() - t;
    if (run.status !== 0) throw new Error(`build failed:\n${run.stderr}`);
    rows.push(['cold build (npm run build --no-cache), end to end', rate(n, ms)]);
  }
  if (!values.out) rmSync(root, { recursive: true, force: true });
}

console.log(`| measure | figure |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);
if (failed > 0) console.log(`${failed} page(s) were not read as articles: the generator or the parser is broken`);
