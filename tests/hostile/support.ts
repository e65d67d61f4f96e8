/**
 * The hostile corpus as a seeds folder: the committed files in tests/fixtures/hostile
 * plus what cannot be committed (made here, in a temp folder): binary and NUL bytes,
 * 50 MB of text, a single 1 MB line, symlinks out of the folder, an unreadable file.
 * Builds run the real CLI in a child process, as a user would.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeGeneratedSeeds } from '../support/generated-seeds.ts';

export const PROJECT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(PROJECT, 'tests', 'fixtures', 'hostile');
export const GOOD_SEED = join(PROJECT, 'seeds', '000_77c394e9428d86b1.txt');

/** Root runs the build as `nobody` (setpriv), so that a chmod-000 seed really cannot be read. */
const AS_NOBODY = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

export interface HostileProject {
  root: string;
  seeds: string;
  out: string;
}

/** A temp project folder with `seeds/` holding the whole hostile corpus. `heavy` adds the 50 MB and 1 MB-line files. */
export function makeHostileProject(options: { heavy: boolean }): HostileProject {
  const root = mkdtempSync(join(tmpdir(), 'arsip-hostile-'));
  chmodSync(root, 0o777);
  const seeds = join(root, 'seeds');
  cpSync(FIXTURES, seeds, { recursive: true });
  cpSync(GOOD_SEED, join(seeds, 'baik.txt'));
  writeGeneratedSeeds(seeds, options);
  writeFileSync(join(root, 'rahasia.txt'), 'Data Rahasia Di Luar Folder\n\nIsi yang tidak boleh terbaca.\n');
  symlinkSync(join(root, 'rahasia.txt'), join(seeds, 'tautan-keluar.txt'));
  symlinkSync('/etc/passwd', join(seeds, 'tautan-passwd.txt'));
  writeFileSync(join(seeds, 'terkunci.txt'), 'Berita Yang Terkunci\n\nIsi yang tidak bisa dibaca.\n');
  chmodSync(join(seeds, 'terkunci.txt'), 0o000);
  mkdirSync(join(root, 'out-parent'), { mode: 0o777 });
  chmodSync(join(root, 'out-parent'), 0o777);
  return { root, seeds, out: join(root, 'out-parent', 'dist') };
}

/** `npm run build` as a child process (same entry point: node --import tsx src/cli.ts build). */
export function runCli(args: string[], options: { asNobody?: boolean } = {}): SpawnSyncReturns<string> {
  const node = [process.execPath, '--import', 'tsx', join(PROJECT, 'src', 'cli.ts'), ...args];
  const [cmd, ...rest] = options.asNobody ? [...AS_NOBODY, ...node] : node;
  return spawnSync(cmd!, rest, { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 });
}

/** Every file under `dir`, relative, sorted. */
export function listTree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run build` (or dev) as a running child process; `env` adds variables, `preload` modules to --import. */
export function startCli(args: string[], env: Record<string, string> = {}, preload: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload.flatMap((p) => ['--import', p]), join(PROJECT, 'src', 'cli.ts'), ...args], {
    cwd: PROJECT,
    env: { ...process.env, CI: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done, stderr: () => stderr, stdout: () => stdout };
}

/** Polls `ready` until it holds or `exited` settles (a loaded machine may need minutes to start a build). */
export async function until(ready: () => boolean, exited: Promise<unknown>): Promise<boolean> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 6000 && !ready() && !gone; i++) await sleep(50);
  return ready();
}

/** Every file under `dir` with the sha256 of its bytes. */
export function snapshot(dir: string): Map<string, string> {
  return new Map(listTree(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/** Staging, old and lock files a build keeps beside its output while it runs. */
export const leftovers = (parent: string): string[] => readdirSync(parent).filter((n) => /\.(staging|old)-|\.lock/.test(n));
