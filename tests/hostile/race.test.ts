/**
 * Racing builds and stale locks (issue 22, item 5/6): the lock is taken before the no-change
 * check, so a build started while another is still loading waits for it and never answers
 * "nothing changed" for a site that is about to be replaced; a lock whose holder is dead or a
 * zombie is taken over at once, with one line.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateCorpus } from '../../bench/corpus.ts';
import { PROJECT, leftovers, startCli, until } from './support.ts';

const HOLD_LOAD = join(PROJECT, 'tests', 'support', 'hold-build-load.mjs');

const articleCount = (out: string): number => (JSON.parse(readFileSync(join(out, 'data', 'articles.json'), 'utf8')) as unknown[]).length;

describe('racing builds and stale locks', () => {
  let root: string;
  let seeds: string;
  let moreSeeds: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'arsip-race-'));
    seeds = join(root, 'seeds');
    moreSeeds = join(root, 'seeds-more');
    await generateCorpus({ n: 12, seed: 5, dir: seeds });
    await generateCorpus({ n: 30, seed: 5, dir: moreSeeds });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('a build started while another is still loading waits for it, never answers "nothing changed"; the later build is the site', async () => {
    const parent = join(root, 'loading');
    mkdirSync(parent);
    const out = join(parent, 'dist');
    const first = await startCli(['build', '--seeds', seeds, '--out', out]).done;
    assert.equal(first.code, 0, first.stderr);
    assert.equal(articleCount(out), 12);

    // A: other seeds, held while it loads the pipeline (after deciding that something changed).
    const held = join(root, 'a-held');
    const resume = join(root, 'a-resume');
    const a = startCli(['build', '--seeds', moreSeeds, '--out', out], { ARSIP_TEST_LOAD_HELD: held, ARSIP_TEST_LOAD_RESUME: resume }, [HOLD_LOAD]);
    assert.ok(await until(() => existsSync(held), a.done), a.stderr());
    // B: the seeds of the published site, started while A loads.
    const b = startCli(['build', '--seeds', seeds, '--out', out]);
    await until(() => b.stderr().includes('waiting:'), b.done);
    writeFileSync(resume, '');
    const [ra, rb] = await Promise.all([a.done, b.done]);
    assert.equal(ra.code, 0, ra.stderr);
    assert.equal(rb.code, 0, rb.stderr);
    assert.doesNotMatch(rb.stdout, /nothing changed/, 'B did not answer from the record while A was building');
    assert.match(rb.stderr, /^waiting: another build is writing \S*dist\/ \(pid \d+, started [\d: -]+\)…$/m);
    assert.equal(articleCount(out), 12, 'the later build (B) is what is published');
    assert.deepEqual(leftovers(parent), []);
  });

  it('a lock held by a zombie process (exited, never reaped) is taken over at once, with one line', async (t) => {
    if (!existsSync('/proc/self/stat')) return t.skip('needs /proc');
    const parent = join(root, 'zombie');
    mkdirSync(parent);
    const out = join(parent, 'dist');
    // Perl forks a child that exits at once and never reaps it: the child stays a zombie. (A shell's
    // `sleep 0 & exec sleep 300` raced: the shell could reap the child before the exec.)
    const keeper = spawn('perl', ['-e', '$| = 1; my $p = fork() // die; if (!$p) { exit 0 } print "$p\\n"; sleep 300'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      const zombie = await new Promise<number>((resolve) => keeper.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
      const stat = (): string => (existsSync(`/proc/${zombie}/stat`) ? readFileSync(`/proc/${zombie}/stat`, 'utf8') : 'gone) X');
      assert.ok(await until(() => stat().slice(stat().lastIndexOf(')') + 2).startsWith('Z'), new Promise(() => {})), 'the child is a zombie');
      const fields = stat().slice(stat().lastIndexOf(')') + 2).split(' ');
      const lock = { pid: zombie, started: new Date(Date.now() - 60_000).toISOString(), host: hostname(), kind: 'build', procStart: fields[19] };
      writeFileSync(join(parent, '.dist.lock'), JSON.stringify(lock));
      const b = startCli(['build', '--seeds', seeds, '--out', out]);
      const timer = setTimeout(() => b.child.kill('SIGKILL'), 240_000);
      const run = await b.done;
      clearTimeout(timer);
      assert.equal(run.code, 0, `the build must not wait for a zombie: ${run.stderr}`);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0]!, new RegExp(`^note: took over the lock of \\S*dist/ from a build that is gone \\(pid ${zombie}, started [\\d: -]+\\)$`));
      assert.deepEqual(leftovers(parent), []);
    } finally {
      keeper.kill('SIGKILL');
    }
  });

  it('a lock of a dead process is taken over with one line', async () => {
    const parent = join(root, 'dead');
    mkdirSync(parent);
    const out = join(parent, 'dist');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const lock = { pid: Number(gone.stdout), started: new Date(Date.now() - 60_000).toISOString(), host: hostname(), kind: 'build' };
    writeFileSync(join(parent, '.dist.lock'), JSON.stringify(lock));
    const run = await startCli(['build', '--seeds', seeds, '--out', out]).done;
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, new RegExp(`^note: took over the lock of \\S*dist/ from a build that is gone \\(pid ${gone.stdout}, started [\\d: -]+\\)\\n$`));
    assert.deepEqual(leftovers(parent), []);
  });
});
