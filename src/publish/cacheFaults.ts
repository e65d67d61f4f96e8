/**
 * The incremental cache is an optimisation: a fault in it must never fail a
 * build or change its output. A damaged cache (a truncated or foreign file, a
 * crash mid-write) is dropped whole, so the build runs cold, with one warning;
 * a cache that cannot be saved (disk full, read-only) leaves the new site
 * published, with one warning, and no half-written cache files behind.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure, userPath } from '../errors.ts';
import { CACHE_FILES, isTempCacheFile } from '../cacheFiles.ts';

export function damagedCacheNotice(cacheDir: string, files: readonly string[]): string {
  const list = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  return `warning: the build cache ${userPath(cacheDir, { outDir: cacheDir })} is damaged (${list} cannot be read); building cold, the site comes out the same`;
}

/** The cache folder cannot be written at all (found when locking it): the build goes on without it. */
export function cacheUnwritableNotice(cacheDir: string, why: string): string {
  return `warning: the build cache ${userPath(cacheDir, { outDir: cacheDir })} cannot be written (${why}); building without it, the site comes out the same`;
}

/** Runs `save`; on failure removes what it left half-written and reports one warning instead of failing the build. */
export function saveCacheOrWarn(save: () => void, cacheDir: string, notify: ((line: string) => void) | undefined): void {
  try {
    save();
  } catch (err) {
    // The record of the output must not outlive a failed save: without it the next build is cold, never wrong.
    for (const name of safeList(cacheDir)) {
      if (name === CACHE_FILES.output || isTempCacheFile(name)) rmSync(join(cacheDir, name), { force: true });
    }
    const why = describeFailure(err, { outDir: cacheDir, previousSite: false }).split(';')[0];
    notify?.(`warning: the build cache could not be saved (${why}); the site is built, the next build starts cold`);
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
