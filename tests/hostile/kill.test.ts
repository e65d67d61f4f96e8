/**
 * Output is never lost or half-written: a build killed part-way (SIGKILL, or
 * Ctrl-C / SIGINT) leaves the previous output byte for byte; nothing outside
 * the output folder is touched; the next build finishes the job and leaves no
 * temporary folders. Dangerous --out folders are refused by the CLI itself.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateCorpus } from '../../bench/corpus.ts';
import { PROJECT, listTree, runCli } from './support.ts';

function snapshot(dir: string): Map<string, string> {
  return new Map(listTree(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

const temporary = (parent: string): string[] => readdirSync(parent).filter((n) => /\.(staging|old)-/.test(n));

/** Starts a build and kills it with `signal` once rendering has written `files` files into its staging folder. */
async function killMidBuild(seeds: string, out: string, signal: NodeJS.Signals, files = 200): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; staged: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT, 'src', 'cli.ts'), 'build', '--seeds', seeds, '--out', out, '--no-cache'], {
    cwd: PROJECT,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, sig) => done({ code, signal: sig })));
  const parent = join(out, '..');
  let staged = 0;
  for (let i = 0; i < 1200 && staged < files; i++) {
    await sleep(50);
    const staging = readdirSync(parent).find((n) => n.includes(`.staging-${child.pid}-`) && !n.endsWith('-search') && !n.endsWith('-exports'));
    staged = staging ? listTree(join(parent, staging)).length : 0;
  }
  assert.ok(staged >= files, `the build got as far as rendering (${staged} files staged)`);
  child.kill(signal);
  return { ...(await exited), stderr, staged };
}

describe('a killed build', () => {
  let root: string;
  let seeds: string;
  let out: string;
  let before1: Map<string, string>;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'arsip-kill-'));
    seeds = join(root, 'seeds');
    await generateCorpus({ n: 1200, seed: 7, dir: seeds });
    mkdirSync(join(root, 'situs'));
    out = join(root, 'situs', 'dist');
    writeFileSync(join(root, 'situs', 'catatan-pribadi.txt'), 'jangan dihapus');
    const first = runCli(['build', '--seeds', seeds, '--out', out]);
    assert.equal(first.status, 0, first.stderr);
    before1 = snapshot(out);
    // The next builds have something new to write.
    await generateCorpus({ n: 30, seed: 7, dir: seeds, start: 1200 });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('SIGKILL part-way leaves the previous output byte for byte, and nothing outside it is touched', async () => {
    const killed = await killMidBuild(seeds, out, 'SIGKILL');
    assert.equal(killed.signal, 'SIGKILL');
    assert.deepEqual(snapshot(out), before1);
    assert.equal(readFileSync(join(root, 'situs', 'catatan-pribadi.txt'), 'utf8'), 'jangan dihapus');
    assert.equal(listTree(seeds).length, 1230, 'every seed is still there');
  });

  it('Ctrl-C (SIGINT) part-way: a clear message, exit 130, the previous output as it was, no staging folder left', async () => {
    const stale = temporary(join(root, 'situs')); // the SIGKILLed build's, if any: the next build removes them
    const interrupted = await killMidBuild(seeds, out, 'SIGINT');
    assert.equal(interrupted.code, 130, interrupted.stderr);
    assert.match(interrupted.stderr, /Build interrupted; .*dist\/ is left as it was\./);
    assert.deepEqual(snapshot(out), before1);
    // Our staging folder is gone; an index worker may still have been writing its own when the process ended.
    const left = temporary(join(root, 'situs')).filter((n) => !stale.includes(n) && !n.endsWith('-search'));
    assert.deepEqual(left, []);
  });

  it('the next build completes, shows the new seeds and removes every temporary folder', () => {
    const next = runCli(['build', '--seeds', seeds, '--out', out]);
    assert.equal(next.status, 0, next.stderr);
    assert.deepEqual(temporary(join(root, 'situs')), []);
    const articles = JSON.parse(readFileSync(join(out, 'data', 'articles.json'), 'utf8')) as unknown[];
    assert.equal(articles.length, 1230, 'the 30 new seeds are in');
    assert.notDeepEqual(snapshot(out), before1);
    assert.deepEqual(readdirSync(join(root, 'situs')).sort(), ['.cache', 'catatan-pribadi.txt', 'dist']);
  });
});

describe('--out refusals through the CLI', () => {
  it('refuses the seeds folder, the project root, a parent of either, a source folder and /, in one line, writing nothing', () => {
    const projectFiles = readdirSync(PROJECT).sort();
    for (const bad of ['seeds', '.', '..', 'seeds/..', '/', 'src', 'seeds/dist']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--out', bad], { cwd: PROJECT, encoding: 'utf8' });
      assert.equal(run.status, 1, `--out ${bad} must fail`);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, `one line: ${run.stderr}`);
      assert.match(lines[0]!, /^error: --out \S+: refusing/);
    }
    assert.deepEqual(readdirSync(PROJECT).sort(), projectFiles, 'nothing was written or removed');
  });
});
