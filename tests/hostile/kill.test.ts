/**
 * Output is never lost or half-written: a build killed part-way (SIGKILL, or
 * Ctrl-C / SIGINT) leaves the previous output byte for byte; nothing outside
 * the output folder is touched; the next build finishes the job and leaves no
 * temporary folders. Dangerous --out folders are refused by the CLI itself.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
    assert.match(interrupted.stderr, /^Build stopped \(SIGINT\); .*dist\/ is left as it was\.$/m);
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

/**
 * SIGKILL inside the swap itself. src/output.ts holds the swap at a named point when ARSIP_TEST_HOLD_SWAP is
 * set (ARSIP_TEST only) and says so on stderr; the test kills the real build process right there.
 */
describe('a build killed during the swap', () => {
  let root: string;
  let oldSite: Map<string, string>;
  let newSite: Map<string, string>;
  const seedsOld = (): string => join(root, 'seeds-old');
  const seedsNew = (): string => join(root, 'seeds-new');

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'arsip-swapkill-'));
    await generateCorpus({ n: 40, seed: 11, dir: seedsOld() });
    await generateCorpus({ n: 40, seed: 11, dir: seedsNew() });
    await generateCorpus({ n: 5, seed: 11, dir: seedsNew(), start: 40 });
    for (const [name, seeds] of [['old', seedsOld()], ['new', seedsNew()]] as const) {
      const run = runCli(['build', '--seeds', seeds, '--out', join(root, name, 'dist')]);
      assert.equal(run.status, 0, run.stderr);
    }
    oldSite = snapshot(join(root, 'old', 'dist'));
    newSite = snapshot(join(root, 'new', 'dist'));
    assert.notDeepEqual(oldSite, newSite);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /**
   * A copy of the old site (and its cache), then a build of the new seeds held at `stage` and sent `signal`
   * (`--swap` for the swap's stages; the in-place stage is halfway through the renames of an in-place publish).
   */
  async function killHeldAt(stage: 'before' | 'between' | 'after' | 'in-place', signal: NodeJS.Signals = 'SIGKILL', whileHeld?: (dist: string) => void): Promise<string> {
    const site = join(root, `killed-${stage}-${signal}`);
    if (stage === 'in-place') {
      // Its own build of the old seeds: the build record names the folder, so a copy would not be published into.
      const first = runCli(['build', '--seeds', seedsOld(), '--out', join(site, 'dist')]);
      assert.equal(first.status, 0, first.stderr);
    } else cpSync(join(root, 'old'), site, { recursive: true });
    const publish = stage === 'in-place' ? '--in-place' : '--swap';
    const resume = join(site, 'resume');
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT, 'src', 'cli.ts'), 'build', '--seeds', seedsNew(), '--out', join(site, 'dist'), publish], {
      cwd: PROJECT,
      env: { ...process.env, CI: '1', ARSIP_TEST: '1', ARSIP_TEST_HOLD_SWAP: stage, ARSIP_TEST_RESUME_FILE: resume },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, sig) => done(sig)));
    let stderr = '';
    await new Promise<void>((held, failed) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes(`arsip-test: swap held ${stage}`)) held();
      });
      child.on('exit', () => failed(new Error(`the build ended before the swap was held: ${stderr}`)));
    });
    whileHeld?.(join(site, 'dist'));
    child.kill(signal);
    if (signal === 'SIGKILL') {
      assert.equal(await exited, 'SIGKILL');
      return site;
    }
    // Any other signal waits for the held publish: let it go on, then the build stops.
    await sleep(300);
    writeFileSync(resume, '');
    await exited;
    lastStderr = stderr;
    lastCode = child.exitCode;
    return site;
  }
  let lastStderr = '';
  let lastCode: number | null = null;

  /** The next ordinary build must publish the whole new site and leave no temporary folder. */
  function assertNextBuildRecovers(site: string): void {
    const next = runCli(['build', '--seeds', seedsNew(), '--out', join(site, 'dist')]);
    assert.equal(next.status, 0, next.stderr);
    assert.deepEqual(snapshot(join(site, 'dist')), newSite);
    assert.deepEqual(temporary(site), []);
  }

  it('killed just before the old output is moved aside: dist/ is the whole old site; the next build publishes the new one', async () => {
    const site = await killHeldAt('before');
    assert.deepEqual(snapshot(join(site, 'dist')), oldSite);
    assertNextBuildRecovers(site);
  });

  it('killed between the two renames: the whole old site waits intact beside dist/, and the next build recovers', async () => {
    // The one moment dist/ is absent (two renames cannot be one atomic step for folders in Node).
    const site = await killHeldAt('between');
    assert.equal(existsSync(join(site, 'dist')), false);
    const aside = readdirSync(site).filter((n) => n.startsWith('.dist.old-'));
    assert.equal(aside.length, 1, `the old output is set aside once: ${readdirSync(site).join(', ')}`);
    assert.deepEqual(snapshot(join(site, aside[0]!)), oldSite);
    assertNextBuildRecovers(site);
  });

  it('killed after the new output is in place: dist/ is the whole new site; the next build removes the old copy', async () => {
    const site = await killHeldAt('after');
    assert.deepEqual(snapshot(join(site, 'dist')), newSite);
    assertNextBuildRecovers(site);
  });

  it('killed halfway through an in-place publish: dist/ is a mix, and the next build repairs it to exactly the new site', async () => {
    const site = await killHeldAt('in-place');
    const mixed = snapshot(join(site, 'dist'));
    assert.notDeepEqual(mixed, oldSite, 'the new pages were moved in');
    assert.notDeepEqual(mixed, newSite, 'the changed pages were not');
    assertNextBuildRecovers(site);
  });

  it('an in-place publish that fails halfway says the site is part new, and the next build repairs it', async () => {
    // SIGCONT: a signal the build does not act on, so only the fault placed while it is held does.
    const site = await killHeldAt('in-place', 'SIGCONT', (dist) => {
      // The home page is one of the changed files still to be moved in: a folder in its place makes that rename fail.
      rmSync(join(dist, 'index.html'));
      mkdirSync(join(dist, 'index.html', 'penghalang'), { recursive: true });
    });
    assert.equal(lastCode, 1, lastStderr);
    assert.match(lastStderr, /^error: .*dist\/ holds part of the new site; the next build completes it/m);
    rmSync(join(site, 'dist', 'index.html'), { recursive: true });
    assertNextBuildRecovers(site);
  });

  it('Ctrl-C during an in-place publish: the renames end first, then the build stops (exit 130) and says the new site is published', async () => {
    const site = await killHeldAt('in-place', 'SIGINT');
    assert.equal(lastCode, 130, lastStderr);
    assert.match(lastStderr, /^Build stopped \(SIGINT\); the new site was already published in .*dist\/; the next build saves the cache\.$/m);
    assert.deepEqual(snapshot(join(site, 'dist')), newSite, 'the publish was not left half done');
    assertNextBuildRecovers(site);
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
