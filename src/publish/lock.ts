/**
 * One build at a time per output folder (and per cache folder): a lock file
 * beside the folder, created with O_EXCL, holding the holder's pid, start time,
 * host and kind (build or dev session).
 *
 * Why not proper-lockfile: it marks staleness by the lock's mtime, refreshed by
 * a timer, and stores no holder. A killed build would block the next one for the
 * whole stale period, a build whose event loop is busy with long synchronous
 * work (Eleventy's writes, a big search index) can miss its refresh and lose
 * the lock, and the message could not say who holds it. Here a lock is stale
 * exactly when its process is gone (same host: `kill(pid, 0)`, and on Linux the
 * process's start tick from /proc, so a reused pid is not mistaken for the
 * holder, and a zombie — exited, not yet reaped — is no holder either), which is
 * known at once. Taking over a stale lock is said in one line.
 */
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserFacingError } from '../errors.ts';
import { cacheUnwritableNotice } from './cacheFaults.ts';

export type LockKind = 'build' | 'dev';

export interface LockHolder {
  pid: number;
  /** ISO time the lock was taken. */
  started: string;
  host: string;
  kind: LockKind;
  /** Linux: the process's start time in clock ticks since boot (/proc/PID/stat field 22). */
  procStart?: string;
}

/** The lock is held by a live build or dev session. */
export class LockBusy extends UserFacingError {
  override name = 'LockBusy';
  constructor(
    message: string,
    readonly holder: LockHolder,
  ) {
    super(message);
  }
}

/** Beside the folder, never inside it: the folder itself is replaced by a rename. */
export function lockPathFor(dir: string): string {
  const abs = resolve(dir);
  return join(dirname(abs), `.${basename(abs)}.lock`);
}

/** Linux: the fields of /proc/PID/stat after the command name (which may hold spaces and parentheses). */
function procFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** The process's start time in clock ticks since boot (field 22). */
const procStart = (pid: number): string | undefined => procFields(pid)?.[19];

function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // another machine's process: we cannot tell, so it holds
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const fields = procFields(holder.pid);
  // A zombie (state Z: exited, not yet reaped by its parent) or a dead thread group (X) holds nothing.
  if (fields?.[0] === 'Z' || fields?.[0] === 'X') return false;
  const now = fields?.[19];
  return !(holder.procStart && now && now !== holder.procStart);
}

/** A lock file whose creator died between creating and writing it is empty; give a live creator this long. */
const TORN_GRACE_MS = 5_000;

type Seen = { raw: string; holder: LockHolder | null } | null;

/** `fn()`, or null when it fails with the error `code` (any other failure is thrown). */
function unless<T>(code: string, fn: () => T): T | null {
  try {
    return fn();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === code) return null;
    throw err;
  }
}

function readLock(path: string): Seen {
  const raw = unless('ENOENT', () => readFileSync(path, 'utf8'));
  if (raw === null) return null;
  try {
    const holder = JSON.parse(raw) as LockHolder;
    return { raw, holder: typeof holder.pid === 'number' ? holder : null };
  } catch {
    return { raw, holder: null };
  }
}

function isStale(path: string, seen: NonNullable<Seen>): boolean {
  if (seen.holder) return !isAlive(seen.holder);
  try {
    return Date.now() - statSync(path).mtimeMs > TORN_GRACE_MS;
  } catch {
    return false;
  }
}

/** Creates `path` holding `content` only if it does not exist yet. */
function createExclusive(path: string, content: string): boolean {
  const fd = unless('EEXIST', () => openSync(path, 'wx'));
  if (fd === null) return false;
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Removes a stale lock, but only the one we looked at: a second lock file, taken
 * with O_EXCL, makes sure two processes that both saw the dead holder cannot both
 * delete — one of them a fresh lock the other has just taken.
 */
function takeOver(path: string, seen: NonNullable<Seen>, content: string): boolean {
  const guard = `${path}.takeover`;
  if (!createExclusive(guard, content)) {
    const other = readLock(guard);
    if (other && isStale(guard, other)) unlinkQuietly(guard);
    return false;
  }
  try {
    if (readLock(path)?.raw !== seen.raw) return false;
    unlinkQuietly(path);
    return true;
  } finally {
    unlinkQuietly(guard);
  }
}

/** Lock files this process holds, with the content it wrote (a lock is only removed while it still holds that). */
const held = new Map<string, string>();
let exitHookInstalled = false;

export interface Lock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

export interface AcquireOptions {
  kind: LockKind;
  /** What the lock protects, as the user knows it ("dist/"), for the messages. */
  label: string;
  /** Wait for a build holding it (with one notice) instead of refusing. A dev session is never waited for. */
  wait: boolean;
  notify?: (line: string) => void;
  pollMs?: number;
}

const clock = (iso: string): string => {
  const d = new Date(iso);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay ? d.toTimeString().slice(0, 8) : `${d.toISOString().slice(0, 10)} ${d.toTimeString().slice(0, 8)}`;
};

const describeHolder = (h: LockHolder): string =>
  `pid ${h.pid}${h.host !== hostname() ? ` on ${h.host}` : ''}, started ${clock(h.started)}`;

/** Takes the lock for `dir`; waits for another build, refuses a dev session (LockBusy). */
export async function acquireLock(dir: string, options: AcquireOptions): Promise<Lock> {
  const path = lockPathFor(dir);
  mkdirSync(dirname(path), { recursive: true });
  const me: LockHolder = { pid: process.pid, started: new Date().toISOString(), host: hostname(), kind: options.kind };
  const start = procStart(process.pid);
  if (start) me.procStart = start;
  const content = `${JSON.stringify(me)}\n`;
  let notified = false;
  let tookOver = false;
  for (;;) {
    if (createExclusive(path, content)) break;
    const seen = readLock(path);
    if (seen === null) continue; // released meanwhile
    if (isStale(path, seen)) {
      if (takeOver(path, seen, content) && !tookOver) {
        tookOver = true;
        const whose = seen.holder ? `from ${seen.holder.kind === 'dev' ? 'a dev session' : 'a build'} that is gone (${describeHolder(seen.holder)})` : 'left half-written by a build that is gone';
        options.notify?.(`note: took over the lock of ${options.label} ${whose}`);
      }
      continue;
    }
    const holder = seen.holder;
    if (holder === null) {
      await sleep(options.pollMs ?? 200); // being written right now
      continue;
    }
    const who = describeHolder(holder);
    if (holder.kind === 'dev')
      throw new LockBusy(`npm run dev is serving and rebuilding ${options.label} (${who}); stop it first, or use another --out DIR`, holder);
    if (!options.wait)
      throw new LockBusy(`another build is writing ${options.label} (${who}); wait for it to finish, or use another --out DIR`, holder);
    if (!notified) {
      options.notify?.(`waiting: another build is writing ${options.label} (${who})…`);
      notified = true;
    }
    await sleep(options.pollMs ?? 200);
  }
  held.set(path, content);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // process.exit() (Ctrl-C handler, a crash) still removes our locks; a kill -9 leaves a stale one, taken over next time.
    process.once('exit', () => {
      for (const [p, mine] of held) if (readLock(p)?.raw === mine) unlinkQuietly(p);
    });
  }
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      held.delete(path);
      if (readLock(path)?.raw === content) unlinkQuietly(path);
    },
  };
}

export interface OutputLockOptions {
  outDir: string;
  /** The incremental cache folder, locked the same way (null: no cache). */
  cacheDir: string | null;
  kind: LockKind;
  wait: boolean;
  notify?: (line: string) => void;
  /** How the output folder is named in messages (default: its path). */
  label?: string;
}

/** The output's lock and, when the cache folder can be written, its cache's. */
export interface OutputLock extends Lock {
  /**
   * Why the cache folder could not be locked (it cannot be written: read-only, no permission, a file in
   * the way), one phrase; null when it is locked or there is none. The build then runs without it.
   */
  readonly cacheUnwritable: string | null;
}

const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST']);

/** The phrase for a folder that cannot be made or written, naming the file in the way when there is one. */
function unwritableReason(dir: string, err: NodeJS.ErrnoException): string {
  if (err.code === 'EROFS') return 'read-only file system';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  for (let cur = resolve(dir); dirname(cur) !== cur; cur = dirname(cur)) {
    try {
      if (!statSync(cur).isDirectory()) return `${cur} is a file, not a folder`;
    } catch {
      // not there: look further up
    }
  }
  return err.code ?? 'cannot be written';
}

/**
 * Locks the output folder, then its cache folder (always in that order, so two builds cannot deadlock).
 * A cache folder that cannot be written is no reason to stop: the lock says so in `cacheUnwritable`.
 */
export async function lockOutput(options: OutputLockOptions): Promise<OutputLock> {
  const label = options.label ?? `${options.outDir}/`;
  const out = await acquireLock(options.outDir, { kind: options.kind, label, wait: options.wait, notify: options.notify });
  let cache: Lock | null = null;
  let cacheUnwritable: string | null = null;
  try {
    if (options.cacheDir) {
      try {
        cache = await acquireLock(options.cacheDir, { kind: options.kind, label: `the build cache of ${label}`, wait: options.wait, notify: options.notify });
        // The lock sits beside the cache folder: the folder itself must be writable too (or not made yet).
        if (existsSync(options.cacheDir)) {
          if (!statSync(options.cacheDir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
          accessSync(options.cacheDir, constants.W_OK);
        }
      } catch (err) {
        cache?.release();
        cache = null;
        const e = err as NodeJS.ErrnoException;
        if (typeof e.code !== 'string' || !UNWRITABLE.has(e.code)) throw err;
        cacheUnwritable = unwritableReason(options.cacheDir, e);
      }
    }
  } catch (err) {
    out.release();
    throw err;
  }
  return {
    path: out.path,
    cacheUnwritable,
    release() {
      cache?.release();
      out.release();
    },
  };
}

/**
 * Takes the build's locks on the output folder and its cache folder (waiting for another build, with one
 * notice, or refusing); a cache that cannot be written is said in one warning and left out. The CLI
 * takes them before its no-change check and hands them to build() as `lock`.
 */
export async function lockBuild(o: { outDir: string; cacheDir: string | null; wait: boolean; notify: (line: string) => void }): Promise<OutputLock> {
  const label = `${o.outDir.replace(/\/+$/, '')}/`;
  const lock = await lockOutput({ outDir: resolve(o.outDir), cacheDir: o.cacheDir, kind: 'build', wait: o.wait, notify: o.notify, label });
  if (lock.cacheUnwritable !== null && o.cacheDir !== null) o.notify(cacheUnwritableNotice(o.cacheDir, lock.cacheUnwritable));
  return lock;
}
