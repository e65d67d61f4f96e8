/** The last search index's make-up (build.ts PieceState) in the cache folder, for the next build to reuse pieces of. */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PieceState } from './build.ts';

const STATE_FILE = 'search-pieces.v8';

export function loadPieceState(dir: string): PieceState | null {
  try {
    const s = deserialize(readFileSync(join(dir, STATE_FILE))) as PieceState;
    return typeof s.shape === 'string' && Array.isArray(s.docs) && Array.isArray(s.big) && typeof s.digests === 'object' ? s : null;
  } catch {
    return null; // none yet, or unreadable: the index is made whole
  }
}

export function dropPieceState(dir: string): void {
  try {
    rmSync(join(dir, STATE_FILE), { force: true });
  } catch {
    // A read-only cache: the state there is checked against the published pieces anyway.
  }
}

export function savePieceState(dir: string, state: PieceState): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, STATE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, serialize(state));
  renameSync(tmp, file);
}
