/**
 * A read-only output folder (issue 22): refused before anything moves, in one line naming the
 * read-only folder, the previous site byte for byte; a read-only `.dist.old-*` folder left over by an
 * earlier build never breaks a later one. The builds run as `nobody` (root may write anywhere).
 */
import assert from 'node:assert/strict';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateCorpus } from '../../bench/corpus.ts';
import { leftovers, runCli, snapshot } from './support.ts';

const IS_ROOT = process.getuid?.() === 0;

const articles = (out: string): number => (JSON.parse(readFileSync(join(out, 'data', 'articles.json'), 'utf8')) as unknown[]).length;

describe('a read-only output folder', { skip: IS_ROOT ? false : 'runs the build as nobody, which needs root' }, () => {
  let root: string;
  let seeds: string;
  let more: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'arsip-ro-'));
    chmodSync(root, 0o777);
    seeds = join(root, 'seeds');
    more = join(root, 'seeds-more');
    await generateCorpus({ n: 8, seed: 4, dir: seeds });
    await generateCorpus({ n: 12, seed: 4, dir: more });
  });
  after(() => {
    spawnChmod(root);
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  });

  function project(name: string): { parent: string; out: string } {
    const parent = join(root, name);
    mkdirSync(parent, { mode: 0o777 });
    chmodSync(parent, 0o777);
    return { parent, out: join(parent, 'dist') };
  }

  for (const [what, sub] of [
    ['the output folder itself', ''],
    ['a folder inside it', 'data'],
  ] as const) {
    it(`${what} read-only: refused before anything moves, one line naming it, the site kept`, () => {
      const { parent, out } = project(`ro-${sub || 'top'}`);
      const first = runCli(['build', '--seeds', seeds, '--out', out], { asNobody: true });
      assert.equal(first.status, 0, first.stderr);
      const before = snapshot(out);
      chmodSync(join(out, sub), 0o555);
      const run = runCli(['build', '--seeds', more, '--out', out], { asNobody: true });
      chmodSync(join(out, sub), 0o755);
      assert.equal(run.status, 1, run.stderr);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      const shown = sub === '' ? '\\S*dist/' : `\\S*dist/${sub}/`;
      assert.match(lines[0]!, new RegExp(`^error: ${shown} is read-only \\(permission denied\\), so the site in it cannot be replaced; nothing was changed\\. Make it writable \\(chmod -R u\\+w \\S*dist\\) or build elsewhere with --out DIR\\.$`));
      assert.deepEqual(snapshot(out), before, 'the previous site, byte for byte');
      assert.deepEqual(leftovers(parent), []);
      const again = runCli(['build', '--seeds', more, '--out', out], { asNobody: true });
      assert.equal(again.status, 0, again.stderr);
      assert.equal(articles(out), 12);
    });
  }

  it('a read-only `.dist.old-*` folder left over by an earlier build does not break later builds', () => {
    const { parent, out } = project('old-left');
    const first = runCli(['build', '--seeds', seeds, '--out', out], { asNobody: true });
    assert.equal(first.status, 0, first.stderr);
    const old = join(parent, '.dist.old-1-1');
    mkdirSync(join(old, 'arsip'), { recursive: true });
    writeFileSync(join(old, 'arsip', 'index.html'), 'old\n');
    writeFileSync(join(old, '.arsip-berita'), '');
    chmodSync(join(old, 'arsip'), 0o555);
    chmodSync(old, 0o555);
    spawnChown(old);
    for (const s of [more, seeds]) {
      const run = runCli(['build', '--seeds', s, '--out', out], { asNobody: true });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
    }
    assert.equal(articles(out), 8);
  });
});

/** The left-over folder belongs to the build's user, as one it made would. */
function spawnChown(dir: string): void {
  for (const p of [dir, join(dir, 'arsip'), join(dir, 'arsip', 'index.html'), join(dir, '.arsip-berita')]) {
    try {
      chownSync(p, 65534, 65534);
    } catch {
      // not root
    }
  }
}

/** Every folder writable again, for the clean-up (a detached removal may still be deleting some). */
function spawnChmod(dir: string): void {
  let entries: import('node:fs').Dirent[] = [];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    try {
      if (e.isDirectory()) chmodSync(join(e.parentPath, e.name), 0o755);
    } catch {
      // gone meanwhile
    }
  }
}
