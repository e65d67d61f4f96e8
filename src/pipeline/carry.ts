/**
 * Carrying unchanged output files from the previous build into the staging
 * folder (hard links: no bytes copied; a copy where links are impossible), and
 * recognising whether a previous output file is still exactly what we wrote.
 */
import { lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { copyFileSync, linkSync, lstatSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { eachLimit } from '../concurrency.ts';
import { listFiles } from '../listing.ts';

/** What we remember about a file we wrote: enough to notice anyone changing it since. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export async function stampOf(path: string): Promise<FileStamp | null> {
  try {
    const s = await lstat(path);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** stampOf without the thread pool, for checking thousands of files in a row. */
export function stampOfSync(path: string): FileStamp | null {
  try {
    const s = lstatSync(path, { throwIfNoEntry: false });
    return s?.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** True when `path` still has the size and modification time we recorded when writing it. */
export async function isUntouched(path: string, stamp: FileStamp | undefined): Promise<boolean> {
  if (!stamp) return false;
  const now = await stampOf(path);
  return now !== null && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs;
}

/**
 * Links `rel` (a path relative to both roots) from `fromRoot` into `toRoot`.
 * The previous output stays untouched: nothing ever writes through these links,
 * since every file a build writes is a new file in a fresh staging folder.
 */
export async function carryFiles(fromRoot: string, toRoot: string, rels: readonly string[]): Promise<boolean> {
  // Folders first (each once), then the links. Synchronous calls: three times faster here than
  // thousands of promise round trips through the thread pool (0.26 s against 0.83 s for 12,000).
  // Each folder made once, parent first, without `recursive` (which stats every ancestor on every
  // call: 3.1 s of a 10,000-article rebuild went to 20,000 recursive mkdirs).
  mkdirSync(toRoot, { recursive: true });
  const made = new Set<string>([toRoot]);
  const makeDir = (dir: string): void => {
    if (made.has(dir)) return;
    makeDir(dirname(dir));
    try {
      mkdirSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    made.add(dir);
  };
  for (const rel of rels) makeDir(dirname(join(toRoot, rel)));
  let linksWork = true;
  for (const rel of rels) {
    const from = join(fromRoot, rel);
    const to = join(toRoot, rel);
    if (linksWork) {
      try {
        linkSync(from, to);
        continue;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw err;
        linksWork = false;
      }
    }
    copyFileSync(from, to);
  }
  return linksWork;
}

/**
 * Moves everything under `from` into `to` (same file system, so renames), merging
 * folders that exist on both sides. `from` is removed afterwards.
 */
export async function mergeInto(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true }).catch(() => []);
  await mkdir(to, { recursive: true });
  for (const e of entries) {
    const src = join(from, e.name);
    const dst = join(to, e.name);
    const existing = await stat(dst).catch(() => null);
    if (e.isDirectory() && existing?.isDirectory()) await mergeInto(src, dst);
    else await rename(src, dst);
  }
  await rm(from, { recursive: true, force: true });
}

/** Stamps of every file under `root`, root-relative, in sorted order. */
export async function stampAll(root: string): Promise<Record<string, FileStamp>> {
  const rels = (await listFiles(root)).sort();
  const stamps = new Map<string, FileStamp>();
  await eachLimit(rels, 32, async (rel) => {
    const s = await stampOf(join(root, rel));
    if (s) stamps.set(rel, s);
  });
  const out: Record<string, FileStamp> = {};
  for (const rel of rels) {
    const s = stamps.get(rel);
    if (s) out[rel] = s;
  }
  return out;
}
