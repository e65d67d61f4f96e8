/** The benchmark keeps working: a CI-sized run (N = 200) prints its full table. No timing assertions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT } from '../support/project.ts';

test('npm run bench -- --n 200 measures every row and prints the table', () => {
  const work = mkdtempSync(join(tmpdir(), 'arsip-bench-'));
  try {
    const res = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT, 'bench', 'run.ts'), '--n', '200', '--work', work], {
      cwd: PROJECT,
      encoding: 'utf8',
      timeout: 600_000,
    });
    assert.equal(res.status, 0, res.stderr);
    const out = res.stdout;
    assert.match(out, /\| +\| +N = 200 \| +target/);
    for (const row of [
      'cold build, npm run build (process)',
      'peak RSS (cold build)',
      'dist/ size',
      'search index size',
      'rebuild, +1 seed (npm run build)',
      'rebuild, edit 1 seed (npm run build)',
      'rebuild, delete 1 seed (npm run build)',
      'rebuild, +1 seed (npm run build -- --swap)',
      'rebuild, no change (npm run build)',
      'dev: start again, nothing changed',
      'dev: +1 seed, saved → its page and the home page live',
      'dev: +1 seed, saved → every changed page live',
      'dev: +1 seed, saved → findable in search',
      'dev: edit 1 seed (its page / all pages / + index)',
      'dev: delete 1 seed (pages / + index)',
      'Eleventy 3.1.7, same articles as .md',
      'Pagefind 1.6.0 over its output',
      'ratio: cold build ÷ (Eleventy + Pagefind)',
    ]) {
      const line = out.split('\n').find((l) => l.startsWith(`| ${row}`));
      assert.ok(line, `row "${row}" is printed`);
      assert.doesNotMatch(line, /—/, `row "${row}" has a figure`);
    }
    // The 200-article corpus really was built: 200 articles.
    assert.match(out.split('\n').find((l) => l.startsWith('| articles built')) ?? '', /\b200\b/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
