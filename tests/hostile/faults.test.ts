/**
 * Faults a user meets during a build, caused for real: a full disk (a 64 MB
 * tmpfs mounted here when the tests run as root, as CI does; otherwise a write
 * error injected at the same call, Eleventy's fs.writeFileSync), a read-only
 * output filesystem, two build processes racing into one folder, `npm run dev`
 * holding the folder, a stale lock of a killed build, a truncated cache, a
 * missing seeds folder. Each checks the one
 * line the user gets, the exit status, the previous site byte for byte, and
 * that nothing is left behind (no staging folder, no lock).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateCorpus } from '../../bench/corpus.ts';
import { PROJECT, leftovers, snapshot, startCli, until, type Run } from './support.ts';

const IS_ROOT = process.getuid?.() === 0;
const INJECT = join(PROJECT, 'tests', 'support', 'inject-enospc.ts');

const runCli = (args: string[], env: Record<string, string> = {}, preload: string[] = []): Promise<Run> => startCli(args, env, preload).done;

/** The error report: exactly one line, no stack trace, no Eleventy log, no Node crash banner. */
function assertOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${stderr}`);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(stderr, /^\s+at |\[11ty\]|Node\.js v|triggerUncaughtException/m);
}

describe('build faults', () => {
  let root: string;
  let seeds: string;
  let moreSeeds: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'arsip-faults-'));
    seeds = join(root, 'seeds');
    moreSeeds = join(root, 'seeds-more');
    await generateCorpus({ n: 40, seed: 3, dir: seeds });
    await generateCorpus({ n: 160, seed: 3, dir: moreSeeds });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  describe('disk full and read-only output', () => {
    let fs: string;
    let out: string;
    let mounted = false;
    let previous: Map<string, string>;

    before(async () => {
      fs = join(root, 'fs');
      mkdirSync(fs);
      if (IS_ROOT) {
        const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', fs], { encoding: 'utf8' });
        assert.equal(mount.status, 0, `mount a 64 MB tmpfs: ${mount.stderr}`);
        mounted = true;
      }
      out = join(fs, 'dist');
      const first = await runCli(['build', '--seeds', seeds, '--out', out]);
      assert.equal(first.code, 0, first.stderr);
      previous = snapshot(out);
    });
    after(() => {
      if (mounted) {
        spawnSync('mount', ['-o', 'remount,rw', fs]);
        const umount = spawnSync('umount', [fs], { encoding: 'utf8' });
        assert.equal(umount.status, 0, `umount: ${umount.stderr}`);
      }
    });

    it('no space left: one line naming the cause, exit 1, the previous site byte for byte, no staging folder or lock left', async () => {
      let run: Run;
      if (mounted) {
        // Fill the filesystem but for ~1 MB: the bigger archive cannot fit.
        const free = Number(spawnSync('df', ['--output=avail', '-B1', fs], { encoding: 'utf8' }).stdout.trim().split('\n')[1]);
        writeFileSync(join(fs, 'ballast'), Buffer.alloc(Math.max(0, free - 1024 * 1024)));
        run = await runCli(['build', '--seeds', moreSeeds, '--out', out]);
        rmSync(join(fs, 'ballast'));
      } else {
        // Not root: the same failure at the same call (fs.writeFileSync of a page) after 50 pages.
        run = await runCli(['build', '--seeds', moreSeeds, '--out', out], { ARSIP_INJECT_ENOSPC_AFTER: '50' }, [INJECT]);
      }
      assert.equal(run.code, 1, run.stderr);
      assertOneLine(run.stderr, /^error: no space left on the device while writing \S*dist\/\S*; the previous site in \S*dist\/ is kept\. Free some space and build again\.$/);
      assert.deepEqual(snapshot(out), previous, 'the previous site is unchanged');
      assert.deepEqual(leftovers(fs), [], 'no staging folder, no lock');
      assert.deepEqual(leftovers(join(fs, '.cache', 'arsip-berita')), []);
    });

    it('with space again the same build succeeds', async () => {
      const run = await runCli(['build', '--seeds', moreSeeds, '--out', out]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal((JSON.parse(readFileSync(join(out, 'data', 'articles.json'), 'utf8')) as unknown[]).length, 160);
      assert.deepEqual(leftovers(fs), []);
      previous = snapshot(out);
    });

    it('read-only output filesystem (or, not as root, a folder without write permission): one line, exit 1, site kept', async () => {
      if (mounted) {
        // The last build's replaced output is deleted by a detached process, which keeps the filesystem
        // busy for a moment (longer on a loaded machine): remounting waits for it.
        let status: number | null = null;
        for (let i = 0; i < 100 && status !== 0; i++) {
          if (i > 0) await new Promise((done) => setTimeout(done, 100));
          status = spawnSync('mount', ['-o', 'remount,ro', fs]).status;
        }
        assert.equal(status, 0, 'remount read-only');
      }
      else chmodSync(fs, 0o555);
      try {
        const run = await runCli(['build', '--seeds', seeds, '--out', out]);
        assert.equal(run.code, 1, run.stderr);
        assertOneLine(
          run.stderr,
          mounted
            ? /^error: \S*dist\/ is on a read-only file system; the previous site in \S*dist\/ is kept\. Build into a writable folder with --out DIR\.$/
            : /^error: permission denied writing \S+; the previous site in \S*dist\/ is kept\./,
        );
      } finally {
        if (mounted) assert.equal(spawnSync('mount', ['-o', 'remount,rw', fs]).status, 0);
        else chmodSync(fs, 0o755);
      }
      assert.deepEqual(snapshot(out), previous);
      assert.deepEqual(leftovers(fs), []);
    });
  });

  describe('one build at a time per output folder', () => {
    let out: string;
    let parent: string;

    before(() => {
      parent = join(root, 'race');
      mkdirSync(parent);
      out = join(parent, 'dist');
    });

    it('two real builds racing into one folder: the second waits with a one-line notice; the result is exactly the later build, never a mix', async () => {
      const reference = join(root, 'reference', 'dist');
      const ref = await runCli(['build', '--seeds', seeds, '--out', reference, '--no-cache']);
      assert.equal(ref.code, 0, ref.stderr);

      // The first build is held just before its swap (the test hook in src/output.ts) until the second is waiting,
      // so the two really overlap however slow the machine is.
      const resume = join(root, 'resume-first');
      const first = startCli(['build', '--seeds', moreSeeds, '--out', out], { ARSIP_TEST_HOLD_SWAP: 'before', ARSIP_TEST_RESUME_FILE: resume });
      assert.ok(await until(() => first.stderr().includes('swap held before'), first.done), first.stderr());
      const holder = JSON.parse(readFileSync(join(parent, '.dist.lock'), 'utf8')) as { pid: number; kind: string };
      assert.equal(holder.pid, first.child.pid);
      assert.equal(holder.kind, 'build');
      const secondStart = startCli(['build', '--seeds', seeds, '--out', out]);
      assert.ok(await until(() => secondStart.stderr().includes('waiting:'), secondStart.done), secondStart.stderr());
      writeFileSync(resume, '');
      const [firstRun, second] = await Promise.all([first.done, secondStart.done]);
      assert.equal(firstRun.code, 0, firstRun.stderr);
      assert.equal(firstRun.stderr, 'arsip-test: swap held before\n');
      assert.equal(second.code, 0, second.stderr);
      assertOneLine(second.stderr, new RegExp(`^waiting: another build is writing \\S*dist/ \\(pid ${first.child.pid}, started \\d\\d:\\d\\d:\\d\\d\\)…$`));
      assert.deepEqual(snapshot(out), snapshot(reference), 'the output is the second build, byte for byte');
      assert.deepEqual(leftovers(parent), []);
      assert.deepEqual(leftovers(join(parent, '.cache', 'arsip-berita')), []);
    });

    it('a build while `npm run dev` serves the folder is refused in one line; after dev stops, it builds', async () => {
      const dev = startCli(['dev', '--seeds', seeds, '--out', out, '--port', '0']);
      try {
        assert.ok(await until(() => /Arsip Berita: http/.test(dev.stdout()), dev.done), dev.stderr());
        const before1 = snapshot(out);
        const refused = await runCli(['build', '--seeds', moreSeeds, '--out', out]);
        assert.equal(refused.code, 1);
        assertOneLine(refused.stderr, new RegExp(`^error: npm run dev is serving and rebuilding \\S*dist/ \\(pid ${dev.child.pid}, started \\d\\d:\\d\\d:\\d\\d\\); stop it first, or use another --out DIR$`));
        assert.deepEqual(snapshot(out), before1);
      } finally {
        dev.child.kill('SIGINT');
      }
      assert.equal((await dev.done).code, 0);
      assert.deepEqual(leftovers(parent), [], 'dev released its lock');
      const built = await runCli(['build', '--seeds', moreSeeds, '--out', out]);
      assert.equal(built.code, 0, built.stderr);
    });

    it('a lock left by a killed build (its process is gone) is taken over at once with one line, and removed afterwards', async () => {
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      const deadPid = Number(gone.stdout);
      const stale = { pid: deadPid, started: new Date(Date.now() - 60_000).toISOString(), host: (await import('node:os')).hostname(), kind: 'build' };
      writeFileSync(join(parent, '.dist.lock'), JSON.stringify(stale));
      const run = await runCli(['build', '--seeds', seeds, '--out', out]);
      assert.equal(run.code, 0, run.stderr);
      assertOneLine(run.stderr, new RegExp(`^note: took over the lock of \\S*dist/ from a build that is gone \\(pid ${deadPid}, started `));
      assert.deepEqual(leftovers(parent), []);
    });
  });

  describe('the cache and the seeds', () => {
    let out: string;
    let cache: string;
    let built: Map<string, string>;

    before(async () => {
      out = join(root, 'cached', 'dist');
      cache = join(root, 'cached', '.cache', 'arsip-berita', 'dist');
      const run = await runCli(['build', '--seeds', seeds, '--out', out]);
      assert.equal(run.code, 0, run.stderr);
      built = snapshot(out);
    });

    it('a truncated cache state file: one warning, a cold build, the same site byte for byte', async () => {
      const state = join(cache, 'output.json');
      truncateSync(state, Math.floor(statSync(state).size / 2));
      const shard = readdirSync(cache).find((n) => n.startsWith('ingest-'))!;
      truncateSync(join(cache, shard), 10);
      // The seeds changed only in time stamps: a cold build must still give the same bytes.
      const run = await runCli(['build', '--seeds', seeds, '--out', out, '--verbose']);
      assert.equal(run.code, 0, run.stderr);
      assertOneLine(run.stderr, /^warning: the build cache \S+ is damaged \((ingest-\d\d\.json, output\.json|output\.json, ingest-\d\d\.json)[^)]* cannot be read\); building cold, the site comes out the same$/);
      assert.match(run.stdout, /seeds read 40, parsed 40, reused 0; pages rendered [1-9]/, 'nothing was taken from the damaged cache');
      assert.deepEqual(snapshot(out), built);
      // The cache is whole again: the next build reuses it, quietly.
      const again = await runCli(['build', '--seeds', seeds, '--out', out, '--verbose']);
      assert.equal(again.stderr, '');
      // Nothing changed since: answered from the build record the rebuilt cache holds (src/pipeline/quick.ts).
      assert.match(again.stdout, /nothing changed since the last build \(40 seeds/);
    });

    it('a missing seeds folder: one line, exit 1, no stack trace (with --verbose: the stack), the site kept', async () => {
      const run = await runCli(['build', '--seeds', join(root, 'no-such-folder'), '--out', out]);
      assert.equal(run.code, 1);
      assertOneLine(run.stderr, /^error: seeds folder \S+no-such-folder cannot be read \(ENOENT\); the previous site in \S*dist\/ is kept\. Check the folder given with --seeds/);
      const verbose = await runCli(['build', '--seeds', join(root, 'no-such-folder'), '--out', out, '--verbose']);
      assert.equal(verbose.code, 1);
      assert.match(verbose.stderr, /^error: seeds folder/);
      assert.match(verbose.stderr, /^\s+at scanSeeds /m, '--verbose shows where');
      assert.deepEqual(snapshot(out), built);
      assert.deepEqual(leftovers(join(root, 'cached')), []);
    });
  });
});
