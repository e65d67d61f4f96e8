/**
 * Ctrl-C and SIGTERM are handled by the process that builds (issue 22), not only through npm and tsx
 * (tsx relays a signal, waits 30 ms twice, then sends SIGKILL): one message, the lock released, the
 * staging folders removed, the previous site as it was, exit 130 (SIGINT) or 143 (SIGTERM).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateCorpus } from '../../bench/corpus.ts';
import { PROJECT, leftovers, runCli, snapshot } from './support.ts';


describe('a build stopped by a signal', () => {
  let root: string;
  let seeds: string;
  let other: string;
  let parent: string;
  let out: string;
  let site: Map<string, string>;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'arsip-signals-'));
    seeds = join(root, 'seeds');
    other = join(root, 'seeds-other');
    await generateCorpus({ n: 300, seed: 21, dir: seeds });
    await generateCorpus({ n: 300, seed: 22, dir: other });
    parent = join(root, 'situs');
    mkdirSync(parent);
    out = join(parent, 'dist');
    const first = runCli(['build', '--seeds', seeds, '--out', out]);
    assert.equal(first.status, 0, first.stderr);
    site = snapshot(out);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`${signal} mid-build: one message, exit ${code}, lock and staging gone, the previous site as it was`, async () => {
      // The build process itself (no relay in between), started as `npm run build` starts it: from its bundle.
      const child = spawn(process.execPath, [join(PROJECT, 'src', 'start.mjs'), 'build', '--seeds', other, '--out', out], {
        cwd: PROJECT,
        env: { ...process.env, CI: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.resume();
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (c, s) => done({ code: c, signal: s })));
      let building = false;
      // Mid-build: the lock is held and a staging folder exists (generous: a loaded machine is slow).
      for (let i = 0; i < 3000 && !building; i++) {
        await sleep(50);
        building = readdirSync(parent).some((n) => n.includes(`.staging-${child.pid}-`));
      }
      assert.ok(building, `the build got as far as staging: ${stderr}`);
      child.kill(signal);
      const end = await exited;
      assert.deepEqual(end, { code, signal: null }, stderr);
      const lines = stderr.trim().split('\n');
      assert.equal(lines.length, 1, stderr);
      assert.match(lines[0]!, new RegExp(`^Build stopped \\(${signal}\\); \\S*dist/ is left as it was\\.$`));
      assert.deepEqual(snapshot(out), site);
      // Our lock and staging folders are gone (a search worker's folder may outlive the exit; the next build removes it).
      assert.deepEqual(leftovers(parent).filter((n) => !n.endsWith('-search')), []);
      assert.deepEqual(leftovers(join(parent, '.cache', 'arsip-berita')), []);
    });
  }

  it('`npm run build` runs the build in its own process (no tsx relay that ends it with SIGKILL)', () => {
    const scripts = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['build', 'dev', 'start', 'report']) assert.match(scripts[name]!, /^node src\/start\.mjs (build|dev|report)$/, name);
    // The launcher imports the command's bundle into its own process: no child to relay signals to.
    for (const file of ['src/start.mjs', 'src/launch.mjs']) assert.doesNotMatch(readFileSync(join(PROJECT, file), 'utf8'), /child_process|spawn|fork/, file);
  });
});
