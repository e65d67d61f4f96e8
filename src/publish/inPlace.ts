/**
 * Publishing in place: the few files a rebuild wrote are moved from the
 * staging folder into the live output one by one (each a rename, so a reader
 * never sees half a file), files of the previous output that the new site no
 * longer has are removed, and everything carried over simply stays where it
 * is. `npm run dev` always publishes this way, `npm run build` when a rebuild
 * rewrites few pages (publishesInPlace, src/pipeline/policy.ts): the atomic
 * swap of the whole folder (src/output.ts) costs a link and a folder per
 * unchanged file, seconds at 10,000 articles for one added seed. The price, a
 * reader who may see pages of both builds for the moment of the renames, is
 * what `--swap` avoids. Ctrl-C waits for the renames to end (asInPlacePublish,
 * src/cli.ts); a crash midway leaves the build record dropped, so the next
 * build repairs everything.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { eachLimit } from '../concurrency.ts';
import { listFiles, listFilesSync } from '../listing.ts';
import { asInPlacePublish, holdSwapForTest } from '../output.ts';

/** A moved file's size and time, as the build record keeps them (FileStamp, src/pipeline/carry.ts). */
export interface MovedStamp {
  size: number;
  mtimeMs: number;
}

export interface InPlaceResult {
  /** Files moved from staging into the output (root-relative). */
  moved: string[];
  /** Files of the previous output that the new one does not have, removed. */
  removed: string[];
}

/**
 * Moves every file of `staging` into `outDir` and removes the files of `outDir` that are neither
 * moved (now or by an earlier `publishPagesInPlace` of the same build: `already`) nor in `keep`
 * (what the build carried over); `staging` is removed afterwards. `present`: the files of `outDir`
 * as the build listed them before it began (saves listing a large site again).
 *
 * New files go in first, then the changed ones, then the gone ones go: a page that links to a new
 * article is replaced only once the article's page is there, so nobody browsing meanwhile follows
 * a link into nothing.
 */
export function publishInPlace(
  staging: string,
  outDir: string,
  keep: ReadonlySet<string>,
  present?: readonly string[],
  already: readonly string[] = [],
): Promise<InPlaceResult> {
  return asInPlacePublish(async () => {
    const before = present ?? (await listFiles(outDir));
    const moved = [...already, ...(await moveIn(staging, outDir, before))];
    const now = new Set(moved);
    const removed = before.filter((f) => !now.has(f) && !keep.has(f)).sort();
    await eachLimit(removed, 32, async (f) => unlink(join(outDir, f)));
    await pruneEmpty(outDir, removed);
    await rm(staging, { recursive: true, force: true });
    return { moved, removed };
  });
}

/**
 * The pages first (npm run dev): moves what `staging` holds so far into `outDir` (new files first,
 * then changed ones) and leaves the staging folder for the rest of the build, which
 * `publishInPlace` moves in after (given these files as `already`). Nothing is removed yet.
 */
export function publishPagesInPlace(staging: string, outDir: string, present: readonly string[]): Promise<string[]> {
  return asInPlacePublish(() => moveIn(staging, outDir, present), { whole: false });
}

/** The order written files go live in: new ones first (a changed page may link to them), then the changed ones. */
function liveOrder(written: readonly string[], present: (f: string) => boolean): { moved: string[]; fresh: number } {
  const sorted = [...written].sort();
  const fresh = sorted.filter((f) => !present(f));
  return { moved: [...fresh, ...sorted.filter((f) => present(f))], fresh: fresh.length };
}

/** Moves every file of `staging` into `outDir`, new ones first; returns them root-relative. */
async function moveIn(staging: string, outDir: string, before: readonly string[]): Promise<string[]> {
  const there = new Set(before);
  const { moved, fresh } = liveOrder(await listFiles(staging), (f) => there.has(f));
  const dirs = [...new Set(moved.map((f) => dirname(join(outDir, f))))].sort();
  await eachLimit(dirs, 32, async (d) => void (await mkdir(d, { recursive: true })));
  await eachLimit(moved.slice(0, fresh), 32, async (f) => rename(join(staging, f), join(outDir, f)));
  await holdSwapForTest('in-place');
  await eachLimit(moved.slice(fresh), 32, async (f) => rename(join(staging, f), join(outDir, f)));
  return moved;
}

/**
 * moveIn in one synchronous stretch, for a worker thread that publishes what it has just written
 * itself (npm run dev's search index) while the main thread is busy rendering: the files moved, in
 * the order they went live, each with its stamp (a rename keeps size and time). `staging` goes after.
 */
export function moveInSync(staging: string, outDir: string): { moved: string[]; stamps: Record<string, MovedStamp> } {
  const { moved } = liveOrder(listFilesSync(staging), (f) => existsSync(join(outDir, f)));
  for (const d of new Set(moved.map((f) => dirname(join(outDir, f))))) mkdirSync(d, { recursive: true });
  const stamps: Record<string, MovedStamp> = {};
  for (const f of moved) {
    const s = statSync(join(staging, f));
    stamps[f] = { size: s.size, mtimeMs: s.mtimeMs };
    renameSync(join(staging, f), join(outDir, f));
  }
  rmSync(staging, { recursive: true, force: true });
  return { moved, stamps };
}

/** Removes the folders that the removed files leave empty (a deleted article's folder), never `root` itself. */
async function pruneEmpty(root: string, removed: readonly string[]): Promise<void> {
  const dirs = [...new Set(removed.map((f) => dirname(f)).filter((d) => d !== '.'))].sort((a, b) => b.length - a.length);
  for (let dir of dirs) {
    while (dir !== '.' && dir !== '') {
      const full = join(root, dir);
      const entries = await readdir(full).catch(() => null);
      if (entries === null || entries.length > 0) break;
      await rmdir(full).catch(() => undefined);
      dir = dirname(dir);
    }
  }
}
