/**
 * The build's memory between runs: what the previous build wrote (OutputState,
 * saved as output.json in the cache folder) and what of it is still in the
 * output folder exactly as written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_MARKER } from '../output.ts';
import type { OutputWalk } from './outputWalk.ts';
import { recordedFiles, type OutputState } from './plan.ts';
import { CACHE_FILES, readCacheJson, removeCacheFile, writeCacheFile } from '../cacheFiles.ts';

/** The saved state, or null; `onDamaged` hears of a state file that exists but cannot be read or parsed. */
export function loadState(cacheDir: string, outDir: string, onDamaged?: (file: string) => void): OutputState | null {
  const saved = readCacheJson<OutputState>(cacheDir, CACHE_FILES.output);
  if (saved.kind === 'damaged') onDamaged?.(CACHE_FILES.output);
  return saved.kind === 'ok' && saved.value.outDir === outDir ? saved.value : null;
}

/** Forgets the saved state (the output is being changed in place: until done, nothing in it is known). */
export function dropState(cacheDir: string): void {
  removeCacheFile(cacheDir, CACHE_FILES.output);
}

export function saveState(cacheDir: string, state: OutputState): void {
  writeCacheFile(cacheDir, CACHE_FILES.output, JSON.stringify(state));
}

export interface Observed {
  /** Recorded files still exactly as the previous build wrote them. */
  intact: Set<string>;
  /** Every recorded file is intact and nothing else was added (the marker aside). */
  complete: boolean;
  /** Files in the output folder, the marker not counted. */
  fileCount: number;
  /** The output folder and every folder in it (absolute), from the same listing: for the read-only check. */
  folders: string[];
  /** Every file in the output folder (root-relative), from the same listing: what an in-place publish replaces. */
  files: string[];
}

/**
 * Which of the previous build's files are untouched, from a walk of the output folder (outputWalk.ts:
 * one listing for the files and the folders, a 10,000-article site has 60,000 of them, and a stat each).
 */
export function observeOutput(outDir: string, prev: OutputState | null, walk: OutputWalk): Observed {
  const intact = new Set<string>();
  if (!existsSync(outDir)) return { intact, complete: false, fileCount: 0, folders: [], files: [] };
  const { files, folders, sizes, mtimes } = walk;
  if (!prev) return { intact, complete: false, fileCount: files.filter((f) => f !== OUTPUT_MARKER).length, folders, files };
  const stamps = recordedFiles(prev);
  for (let i = 0; i < files.length; i++) {
    const was = stamps.get(files[i] ?? '');
    if (was && sizes[i] === was.size && mtimes[i] === was.mtimeMs) intact.add(files[i] ?? '');
  }
  const counted = files.filter((f) => f !== OUTPUT_MARKER);
  return { intact, complete: intact.size === stamps.size && files.length === stamps.size, fileCount: counted.length, folders, files };
}
