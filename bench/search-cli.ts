/**
 * Terminal search benchmark (`npm run bench:search-cli [-- --n 200] [--runs 10]`):
 * builds the sample seeds (or, with --n, a generated archive of N articles), then
 * times whole `npm run search -- --out DIR QUERY` processes, as a reader would type
 * them, against the 0.5 s target on a small archive; also `node
 * src/search/cli-start.mjs` without npm, and the old way (`tsx src/cli.ts search`)
 * for comparison. A benchmark, not a test: it reports, it does not assert.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';
import { build } from '../src/build.ts';

const { values } = parseArgs({ options: { n: { type: 'string' }, runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
const root = join(import.meta.dirname, '..');
const QUERIES = ['bantuan', '"bantuan militer"', 'china -rusia', 'viru*', 'pemerintah --urut terlama'];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function time(cmd: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

const tmp = await mkdtemp(join(tmpdir(), 'arsip-bench-search-cli-'));
try {
  let seeds = join(root, 'seeds');
  if (values.n) {
    seeds = join(tmp, 'seeds');
    await mkdir(seeds);
    await generateCorpus({ n: Number(values.n), seed: 7, dir: seeds });
  }
  const out = join(tmp, 'dist');
  const built = await build({ seedsDir: seeds, outDir: out, projectRoot: root, cache: false });
  console.log(`archive: ${built.articles.length} articles; ${runs} runs per row over ${QUERIES.length} queries; ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const argsFor = (q: string): string[] => ['--out', out, ...q.split(/ (?=--)/).flatMap((part, i) => (i === 0 ? [part] : part.split(' ')))];
  // First run builds the cached bundle; not counted.
  time('npm', ['run', '-s', 'search', '--', ...argsFor('bantuan')]);
  const rows: Array<[string, (q: string) => number]> = [
    ['npm run search (whole process)', (q) => time('npm', ['run', '-s', 'search', '--', ...argsFor(q)])],
    ['node src/search/cli-start.mjs', (q) => time(process.execPath, ['src/search/cli-start.mjs', ...argsFor(q)])],
    ['before: tsx src/cli.ts search', (q) => time(join(root, 'node_modules/.bin/tsx'), ['src/cli.ts', 'search', ...argsFor(q)])],
  ];
  for (const [label, run] of rows) {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(run(QUERIES[i % QUERIES.length] ?? 'bantuan'));
    console.log(`${label.padEnd(34)} median ${median(ms).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms${label.startsWith('npm') ? ' (target ≤ 500 ms)' : ''}`);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
