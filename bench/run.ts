/**
 * `npm run bench`: builds generated archives of 1,000 and 10,000 articles
 * (100,000 with --full) and prints what a user would feel: cold build time by
 * stage, peak RSS, output and index size, rebuild times after no change and
 * after adding, editing and deleting one seed (through `npm run build` and
 * through `npm run dev`), and the peer baseline: stock Eleventy building the
 * same articles as plain Markdown plus Pagefind indexing its output.
 *
 *   npm run bench                     N = 1,000 and 10,000
 *   npm run bench -- --full           also N = 100,000
 *   npm run bench -- --n 200          one size only (the CI-sized run)
 *   npm run bench -- --n 10000 --skip-eleventy --skip-dev
 *   npm run bench -- --n 100000 --cold-only   cold build, RSS and sizes only
 *   npm run bench -- --work DIR       scratch folder (default bench/.out)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';
import { CORPUS_SEED, seedEdits } from './edits.ts';
import { writeMarkdownSite } from './markdown-baseline.ts';
import type { ChildReport } from './build-child.ts';
import type { DevChildReport } from './dev-child.ts';
import { trashDir } from '../src/output.ts';

const ROOT = resolve(import.meta.dirname, '..');
let WORK = join(ROOT, 'bench', '.out');
const ELEVENTY_CLI = join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
const PAGEFIND_CLI = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

// ---------------------------------------------------------------- processes

interface ProcResult {
  wallMs: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

function run(cmd: string, args: string[], cwd = ROOT): Promise<ProcResult> {
  const started = performance.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ wallMs: performance.now() - started, stdout, stderr, code }));
  });
}

function lastJson<T>(res: ProcResult, what: string): T {
  const line = res.stdout.trim().split('\n').at(-1) ?? '';
  if (res.code !== 0 || !line.startsWith('{')) {
    throw new Error(`${what} failed (exit ${res.code}):\n${res.stderr.slice(-3000)}\n${res.stdout.slice(-1000)}`);
  }
  return JSON.parse(line) as T;
}

interface BuildRun extends ChildReport {
  wallMs: number;
}

/**
 * Waits (up to two minutes) until the replaced outputs an earlier build left to a detached removal
 * are gone: a rebuild timed while 40,000 files of the cold build's output are being unlinked on the
 * same two cores measures the unlinking (the +1 took 10.4 s beside it, 7.2 s after it).
 */
async function settle(out: string): Promise<void> {
  const trash = trashDir(out);
  for (let i = 0; i < 240 && existsSync(trash) && readdirSync(trash).length > 0; i++) await new Promise((done) => setTimeout(done, 500));
}

async function buildOnce(seeds: string, out: string, cache: boolean, swap = false): Promise<BuildRun> {
  await settle(out);
  // Started as npm run build starts: from a bundle (bench/build-child-start.mjs), not through tsx.
  const args = [join(ROOT, 'bench', 'build-child-start.mjs'), '--seeds', seeds, '--out', out];
  if (!cache) args.push('--no-cache');
  if (swap) args.push('--swap');
  const res = await run(process.execPath, args);
  return { ...lastJson<ChildReport>(res, `build of ${seeds}`), wallMs: res.wallMs };
}

// ---------------------------------------------------------------- sizes

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      bytes += statSync(join(e.parentPath, e.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

/** The search index's files: everything search writes (its folder under dist). */
function indexSize(dist: string): { bytes: number; files: number } {
  for (const candidate of ['search']) {
    const dir = join(dist, candidate);
    if (existsSync(dir) && statSync(dir).isDirectory()) return dirSize(dir);
  }
  return { bytes: 0, files: 0 };
}

// ---------------------------------------------------------------- corpus

/** Generates the corpus once per (n, generator source); later runs reuse it. */
async function corpusFor(n: number): Promise<string> {
  const stamp = createHash('sha256')
    .update(readFileSync(join(ROOT, 'bench', 'corpus.ts')))
    .update(readFileSync(join(ROOT, 'bench', 'vocabulary.ts')))
    .update(`${n}:${CORPUS_SEED}`)
    .digest('hex')
    .slice(0, 16);
  const dir = join(WORK, `corpus-${n}`);
  const stampFile = join(WORK, `corpus-${n}.stamp`);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(dir)) return dir;
  rmSync(dir, { recursive: true, force: true });
  await generateCorpus({ n, seed: CORPUS_SEED, dir });
  writeFileSync(stampFile, stamp);
  return dir;
}

/** A private copy of the corpus that rebuild measurements may change. */
function copyCorpus(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) writeFileSync(join(to, name), readFileSync(join(from, name)));
}

// ---------------------------------------------------------------- measurements

interface SizeRun {
  n: number;
  cold: BuildRun;
  coldNoCache: BuildRun | null;
  dist: { bytes: number; files: number };
  index: { bytes: number; files: number };
  noChange: BuildRun | null;
  /** The same no-change rebuild typed as a user does: `npm run build` (npm's own start-up included). */
  noChangeNpmMs: number | null;
  add: BuildRun | null;
  edit: BuildRun | null;
  remove: BuildRun | null;
  /** +1 seed again, published with --swap (a whole new folder) instead of in place. */
  addSwap: BuildRun | null;
  dev: DevChildReport | null;
  eleventy: Timed | null;
  /** Pagefind indexing stock Eleventy's output. */
  pagefind: Timed | null;
}

interface Timed {
  wallMs: number;
  maxRssKb: number;
}

/** Runs a command under /usr/bin/time for its peak RSS. */
async function timed(what: string, cmd: string, args: string[], cwd: string): Promise<Timed> {
  const res = await run('/usr/bin/time', ['-f', 'MAXRSS %M', cmd, ...args], cwd);
  if (res.code !== 0) throw new Error(`${what} failed:\n${res.stderr.slice(-2000)}`);
  const rss = /MAXRSS (\d+)/.exec(res.stderr);
  return { wallMs: res.wallMs, maxRssKb: rss ? Number(rss[1]) : 0 };
}

async function measure(
  n: number,
  opts: { eleventy: boolean; dev: boolean; rebuilds: boolean; noCache: boolean; log: (s: string) => void },
): Promise<SizeRun> {
  const { log } = opts;
  log(`N=${n}: corpus…`);
  const corpus = await corpusFor(n);
  const base = join(WORK, `run-${n}`);
  const seeds = join(base, 'seeds');
  const out = join(base, 'dist');
  rmSync(base, { recursive: true, force: true });
  copyCorpus(corpus, seeds);

  let coldNoCache: BuildRun | null = null;
  if (opts.noCache) {
    log(`N=${n}: cold build (no cache)…`);
    coldNoCache = await buildOnce(seeds, out, false);
  }
  rmSync(join(base, '.cache'), { recursive: true, force: true });
  log(`N=${n}: cold build (empty cache)…`);
  const cold = await buildOnce(seeds, out, true);
  const dist = dirSize(out);
  const index = indexSize(out);
  let noChange: BuildRun | null = null;
  let noChangeNpmMs: number | null = null;
  let add: BuildRun | null = null;
  let edit: BuildRun | null = null;
  let remove: BuildRun | null = null;
  let addSwap: BuildRun | null = null;
  if (opts.rebuilds) {
    log(`N=${n}: rebuilds through npm run build…`);
    noChange = await buildOnce(seeds, out, true);
    // The command's bundle is made once after a code change (src/launch.mjs): made here, not timed.
    await run('npm', ['run', '-s', 'build', '--', '--help']);
    const npm = await run('npm', ['run', '-s', 'build', '--', '--seeds', seeds, '--out', out]);
    if (npm.code !== 0 || !npm.stdout.includes('nothing changed')) throw new Error(`npm run build with nothing changed did not take the quick path:\n${npm.stdout.slice(-800)}${npm.stderr.slice(-800)}`);
    noChangeNpmMs = npm.wallMs;
    const edits = seedEdits(seeds, n);
    edits.add();
    add = await buildOnce(seeds, out, true);
    edits.edit();
    edit = await buildOnce(seeds, out, true);
    edits.remove();
    remove = await buildOnce(seeds, out, true);
    // The same add again (another new seed), published with --swap instead of in place. Round 7:
    // the dev session below adds round 1's seed to this folder and must find it new.
    seedEdits(seeds, n, 7).add();
    addSwap = await buildOnce(seeds, out, true, true);
  }

  let dev: DevChildReport | null = null;
  if (opts.dev) {
    log(`N=${n}: rebuilds through npm run dev…`);
    // Started as npm run dev starts: from a bundle (bench/dev-child-start.mjs), not through tsx.
    const res = await run(process.execPath, [join(ROOT, 'bench', 'dev-child-start.mjs'), '--seeds', seeds, '--out', join(base, 'dev-dist'), '--n', String(n)]);
    dev = lastJson<DevChildReport>(res, 'dev session');
  }

  let eleventy: SizeRun['eleventy'] = null;
  let pagefind: SizeRun['pagefind'] = null;
  if (opts.eleventy) {
    log(`N=${n}: stock Eleventy on the same articles as Markdown, then Pagefind over its output…`);
    const mdDir = join(base, 'markdown');
    const input = writeMarkdownSite(CORPUS_SEED, n, mdDir);
    const site = join(mdDir, 'out');
    eleventy = await timed('Eleventy baseline', process.execPath, [ELEVENTY_CLI, `--input=${input}`, `--output=${site}`, '--quiet'], mdDir);
    pagefind = await timed('Pagefind baseline', process.execPath, [PAGEFIND_CLI, '--site', site, '--silent'], mdDir);
    rmSync(mdDir, { recursive: true, force: true });
  }
  return { n, cold, coldNoCache, dist, index, noChange, noChangeNpmMs, add, edit, remove, addSwap, dev, eleventy, pagefind };
}

// ---------------------------------------------------------------- table

const secs = (ms: number | undefined): string => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const stageMs = (r: BuildRun, ...names: string[]): number | undefined => {
  const found = r.timings.filter((t) => names.includes(t.stage));
  return found.length ? found.reduce((s, t) => s + t.ms, 0) : undefined;
};

interface Row {
  label: string;
  cells: string[];
  target?: string;
  verdict?: string;
}

function verdict(ok: boolean | null): string {
  return ok === null ? '' : ok ? 'ok' : 'MISS';
}

function table(runs: SizeRun[]): string {
  const byN = (n: number): SizeRun | undefined => runs.find((r) => r.n === n);
  const r10k = byN(10_000);
  const r100k = byN(100_000);
  const stages = [...new Set(runs.flatMap((r) => r.cold.timings.map((t) => t.stage)))];
  const rows: Row[] = [
    {
      label: 'cold build, npm run build (process)',
      cells: runs.map((r) => secs(r.cold.wallMs)),
      target: '100k ≤ 120 s',
      verdict: r100k ? verdict(r100k.cold.wallMs <= 120_000) : '',
    },
    { label: '  build() inside the process', cells: runs.map((r) => secs(r.cold.buildMs)) },
    ...stages.map((s) => ({ label: `    ${s}`, cells: runs.map((r) => secs(stageMs(r.cold, s))) })),
    { label: 'cold build, --no-cache', cells: runs.map((r) => secs(r.coldNoCache?.wallMs)) },
    {
      label: 'peak RSS (cold build)',
      cells: runs.map((r) => mb(r.cold.maxRssKb * 1024)),
      target: '100k ≤ 4 GB',
      verdict: r100k ? verdict(r100k.cold.maxRssKb * 1024 <= 4 * 1024 ** 3) : '',
    },
    { label: 'articles built', cells: runs.map((r) => String(r.cold.articles)) },
    { label: 'dist/ size', cells: runs.map((r) => `${mb(r.dist.bytes)} / ${r.dist.files} files`) },
    { label: 'search index size', cells: runs.map((r) => `${mb(r.index.bytes)} / ${r.index.files} files`) },
    {
      label: 'rebuild, no change (node process, bundle)',
      cells: runs.map((r) => secs(r.noChange?.wallMs)),
    },
    {
      label: 'rebuild, no change (npm run build)',
      cells: runs.map((r) => secs(r.noChangeNpmMs ?? undefined)),
      target: '10k ≤ 1 s',
      verdict: r10k?.noChangeNpmMs != null ? verdict(r10k.noChangeNpmMs <= 1000) : '',
    },
    {
      label: 'rebuild, +1 seed (npm run build)',
      cells: runs.map((r) => (r.add ? `${secs(r.add.wallMs)} (${((100 * r.add.wallMs) / r.cold.wallMs).toFixed(0)} %)` : '—')),
      target: '10k ≤ 10 % of cold',
      verdict: r10k?.add ? verdict(r10k.add.wallMs <= 0.1 * r10k.cold.wallMs) : '',
    },
    { label: '  work done', cells: runs.map((r) => r.add?.work ?? '—') },
    { label: 'rebuild, edit 1 seed (npm run build)', cells: runs.map((r) => secs(r.edit?.wallMs)) },
    { label: 'rebuild, delete 1 seed (npm run build)', cells: runs.map((r) => secs(r.remove?.wallMs)) },
    {
      label: 'rebuild, +1 seed (npm run build -- --swap)',
      cells: runs.map((r) => (r.addSwap ? `${secs(r.addSwap.wallMs)} (${((100 * r.addSwap.wallMs) / r.cold.wallMs).toFixed(0)} %)` : '—')),
    },
    { label: 'dev: first build (empty cache)', cells: runs.map((r) => secs(r.dev?.initialMs)) },
    {
      label: 'dev: start again, nothing changed',
      cells: runs.map((r) => secs(r.dev?.restartMs)),
      target: '10k ≤ 1 s',
      verdict: r10k?.dev ? verdict(r10k.dev.restartMs <= 1000) : '',
    },
    {
      label: 'dev: +1 seed, saved → its page and the home page live',
      cells: runs.map((r) => secs(r.dev?.addFirstMs)),
      target: '10k ≤ 1 s',
      verdict: r10k?.dev ? verdict(r10k.dev.addFirstMs <= 1000) : '',
    },
    { label: 'dev: +1 seed, saved → every changed page live', cells: runs.map((r) => secs(r.dev?.addMs)) },
    { label: '  work done', cells: runs.map((r) => r.dev?.work[0] ?? '—') },
    {
      label: 'dev: +1 seed, saved → findable in search',
      cells: runs.map((r) => secs(r.dev?.addSearchMs)),
      target: '10k ≤ 2 s',
      verdict: r10k?.dev ? verdict(r10k.dev.addSearchMs <= 2000) : '',
    },
    {
      label: 'dev: edit 1 seed (its page / all pages / + index)',
      cells: runs.map((r) => (r.dev ? `${secs(r.dev.editFirstMs)} / ${secs(r.dev.editMs)} / ${secs(r.dev.editSearchMs)}` : '—')),
    },
    { label: 'dev: delete 1 seed (pages / + index)', cells: runs.map((r) => (r.dev ? `${secs(r.dev.removeMs)} / ${secs(r.dev.removeSearchMs)}` : '—')) },
    { label: 'Eleventy 3.1.7, same articles as .md', cells: runs.map((r) => secs(r.eleventy?.wallMs)) },
    { label: '  its peak RSS', cells: runs.map((r) => (r.eleventy ? mb(r.eleventy.maxRssKb * 1024) : '—')) },
    { label: 'Pagefind 1.6.0 over its output', cells: runs.map((r) => secs(r.pagefind?.wallMs)) },
    { label: '  its peak RSS', cells: runs.map((r) => (r.pagefind ? mb(r.pagefind.maxRssKb * 1024) : '—')) },
    {
      label: 'ratio: cold build ÷ (Eleventy + Pagefind)',
      cells: runs.map((r) => (r.eleventy && r.pagefind ? (r.cold.wallMs / (r.eleventy.wallMs + r.pagefind.wallMs)).toFixed(2) : '—')),
      target: '10k ≤ 0.5',
      verdict: r10k?.eleventy && r10k.pagefind ? verdict(r10k.cold.wallMs <= 0.5 * (r10k.eleventy.wallMs + r10k.pagefind.wallMs)) : '',
    },
  ];
  const headers = ['', ...runs.map((r) => `N = ${r.n.toLocaleString('en-US')}`), 'target', 'met?'];
  const all = [headers, ...rows.map((r) => [r.label, ...r.cells, r.target ?? '', r.verdict ?? ''])];
  const widths = headers.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const fmt = (row: string[]): string =>
    `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [fmt(all[0] ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(fmt)].join('\n');
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', multiple: true },
      full: { type: 'boolean', default: false },
      'skip-eleventy': { type: 'boolean', default: false },
      'skip-dev': { type: 'boolean', default: false },
      /** Only the cold build (with an empty cache) and sizes: for a quick look at 100,000. */
      'cold-only': { type: 'boolean', default: false },
      json: { type: 'string' },
      /** Scratch folder for corpora and builds (default bench/.out, git-ignored). */
      work: { type: 'string' },
    },
  });
  if (values.work) WORK = resolve(values.work);
  const sizes = values.n?.length
    ? values.n.flatMap((v) => v.split(',')).map((v) => Number(v.replace(/[_k]/g, (m) => (m === 'k' ? '000' : ''))))
    : values.full
      ? [1000, 10_000, 100_000]
      : [1000, 10_000];
  for (const n of sizes) if (!Number.isInteger(n) || n < 1) throw new Error(`--n: not a positive whole number: ${n}`);
  mkdirSync(WORK, { recursive: true });
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  const runs: SizeRun[] = [];
  for (const n of sizes) {
    const full = !values['cold-only'];
    runs.push(
      await measure(n, {
        eleventy: full && !values['skip-eleventy'],
        dev: full && !values['skip-dev'],
        rebuilds: full,
        noCache: full,
        log,
      }),
    );
    rmSync(join(WORK, `run-${n}`), { recursive: true, force: true });
  }
  console.log(`\nArsip Berita benchmark — ${new Date().toISOString().slice(0, 16)}Z, node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
  console.log(table(runs));
  if (values.json) writeFileSync(values.json, JSON.stringify(runs, null, 2));
}

await main();
