/**
 * `npm run build` runs the command from its cached bundle (src/start.mjs → src/launch.mjs), not
 * through tsx: it must build exactly what the TypeScript source builds (Eleventy still reads
 * .eleventy.ts, workers still load their modules), answer "nothing changed" the second time, and
 * make its bundle again when the cache is gone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from '../src/build.ts';
import { diffSnapshots, makeProject, PROJECT, snapshot } from './support/project.ts';
import { SIDE_ENTRIES } from '../src/launch.mjs';

const CACHE = join(PROJECT, 'node_modules', '.cache', 'arsip-cli');
const npmBuild = (...args: string[]) => spawnSync('npm', ['run', '-s', 'build', '--', ...args], { cwd: PROJECT, encoding: 'utf8' });

test('npm run build from the bundle builds what the source builds, then finds nothing changed', async () => {
  // 160 articles: the search index runs in a worker; a saved page is read in the supervised ingest worker.
  const { root, seeds } = await makeProject(160, 3);
  const pages = join(PROJECT, 'tests', 'fixtures', 'pages', 'html');
  const page = readdirSync(pages).find((f) => f.endsWith('.html'));
  assert.ok(page);
  copyFileSync(join(pages, page), join(seeds, page));
  try {
    const viaBundle = join(root, 'bundle-dist');
    const first = npmBuild('--seeds', seeds, '--out', viaBundle);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Built \d+ files into/);
    assert.match(first.stdout, /166 articles/, 'the saved page was read');
    // The ingest and search workers and Eleventy's configuration ran from their bundled entries.
    assert.doesNotMatch(first.stderr, /runs through tsx/);
    const manifest = JSON.parse(readFileSync(join(CACHE, 'manifest.json'), 'utf8')) as {
      root: string;
      dir: string;
      inputs: Record<string, string>;
      entries: Record<string, string>;
    };
    assert.equal(manifest.root, PROJECT);
    assert.ok('src/cli.ts' in manifest.inputs && 'src/pipeline/engine.ts' in manifest.inputs, 'the bundle is made of the source');
    // The workers and Eleventy's configuration ran from bundled entries of their own, not through tsx.
    assert.deepEqual(Object.keys(manifest.entries), SIDE_ENTRIES);
    for (const file of Object.values(manifest.entries)) assert.ok(existsSync(join(CACHE, manifest.dir, file)), file);

    const viaSource = join(root, 'source-dist');
    await build({ seedsDir: seeds, outDir: viaSource, projectRoot: PROJECT, cache: false });
    assert.deepEqual(diffSnapshots(snapshot(viaSource), snapshot(viaBundle)), []);

    const again = npmBuild('--seeds', seeds, '--out', viaBundle);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /\(nothing changed\)/);

    // No bundle (a fresh clone, a cleared cache): made again on the way.
    rmSync(CACHE, { recursive: true, force: true });
    const fresh = npmBuild('--seeds', seeds, '--out', viaBundle);
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.ok(existsSync(join(CACHE, 'manifest.json')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('every module a worker thread starts from has a bundled entry of its own', () => {
  // A worker module missing from SIDE_ENTRIES would still run, through tsx: slower, and silently.
  const started = new Set<string>();
  for (const e of readdirSync(join(PROJECT, 'src'), { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts')) continue;
    const file = join(e.parentPath, e.name);
    for (const m of readFileSync(file, 'utf8').matchAll(/module:\s*new URL\('(\.\/[^']+\.ts)', import\.meta\.url\)/g)) {
      started.add(relative(PROJECT, join(dirname(file), m[1]!)));
    }
  }
  assert.ok(started.size >= 3, `found the worker modules: ${[...started].join(', ')}`);
  for (const module of started) assert.ok(SIDE_ENTRIES.includes(module), `${module} is in SIDE_ENTRIES (src/launch.mjs)`);
  assert.ok(SIDE_ENTRIES.includes('.eleventy.ts'));
});
