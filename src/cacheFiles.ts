/**
 * The build cache's files, in one place: their names, the one format version they all
 * carry, and how each is written (whole or not at all: a temporary file renamed over the
 * old one) and read (present, absent, unreadable, or of another format, told apart).
 * Each cache keeps its own key for what its entries depend on (the parser's code, the
 * analysis code, the stage graphs); this version covers only the files' layout. The two
 * binary files (v8 serialisation) carry it inside too: the analysis in its code key, the
 * piece state as a field.
 * Node built-ins only: the no-change check (src/pipeline/quick.ts) reads through it
 * before anything else is loaded.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Bumped when the layout of any cache file changes: every cache of another format is ignored, and rebuilt. */
export const CACHE_FORMAT = 5;

/** Every file the cache folder holds. */
export const CACHE_FILES = {
  /** What the last build wrote into the output, with each file's key and stamp (src/pipeline/state.ts). */
  output: 'output.json',
  /** The record the no-change check reads (src/pipeline/quick.ts). */
  record: 'quick.json',
  /** Each stage's module graph with its files' hashes (src/pipeline/stages.ts). */
  graphs: 'graphs.json',
  /** Each article's analysed search fields by content hash (src/search/analysis-cache.ts). */
  analysis: 'search-analysis.v8',
  /** The last search index's make-up, for a rebuild to reuse its pieces (src/search/piece-state.ts). */
  pieces: 'search-pieces.v8',
  /** One shard of the per-seed ingest cache (src/pipeline/ingestCache.ts). */
  ingestShard: (i: number): string => `ingest-${String(i).padStart(2, '0')}.json`,
} as const;

/** A temporary file a write leaves only when it was cut off (cleared when the cache is dropped or saved again). */
export const isTempCacheFile = (name: string): boolean => name.endsWith('.tmp');

/** Writes `name` in `dir` whole or not at all. */
export function writeCacheFile(dir: string, name: string, data: string | Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * Writes `name` in `dir` whole or not at all, as a first line made from the sha256 (hex) of the rest, then
 * the rest as `parts` give it: written as they come (a few MB at a time), so the file's text is never held
 * whole. `head(digest)` must be as long whatever the digest (it is written last, over a placeholder).
 */
export function writeCacheFileHashed(dir: string, name: string, head: (digest: string) => string, parts: Iterable<string>): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  const tmp = `${file}.${process.pid}.tmp`;
  const placeholder = Buffer.from(`${head('0'.repeat(64))}\n`);
  const hash = createHash('sha256');
  const fd = openSync(tmp, 'w');
  try {
    let at = placeholder.length;
    let batch: string[] = [];
    let size = 0;
    const flush = (): void => {
      const bytes = Buffer.from(batch.join(''));
      hash.update(bytes);
      at += writeSync(fd, bytes, 0, bytes.length, at);
      batch = [];
      size = 0;
    };
    for (const part of parts) {
      batch.push(part);
      size += part.length;
      if (size >= 4 * 2 ** 20) flush();
    }
    flush();
    const first = Buffer.from(`${head(hash.digest('hex'))}\n`);
    if (first.length !== placeholder.length) throw new Error(`cache file ${name}: its first line changed length`);
    writeSync(fd, first, 0, first.length, 0);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

export function removeCacheFile(dir: string, name: string): void {
  rmSync(join(dir, name), { force: true });
}

export type CacheRead<T> = { kind: 'ok'; value: T } | { kind: 'missing' } | { kind: 'damaged' };

/** The bytes of `name` in `dir`: absent, or present but unreadable (a folder in its place, no permission). */
export function readCacheFile(dir: string, name: string): CacheRead<Buffer> {
  try {
    return { kind: 'ok', value: readFileSync(join(dir, name)) };
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'missing' } : { kind: 'damaged' };
  }
}

/**
 * A JSON cache file written as `{ format: CACHE_FORMAT, … }`. A file of another format is
 * `missing` (an older build's, to be replaced quietly); one that does not parse is `damaged`.
 */
export function readCacheJson<T extends { format: number }>(dir: string, name: string): CacheRead<T> {
  const read = readCacheFile(dir, name);
  if (read.kind !== 'ok') return read;
  let value: unknown;
  try {
    value = JSON.parse(read.value.toString('utf8'));
  } catch {
    return { kind: 'damaged' };
  }
  if (typeof value !== 'object' || value === null) return { kind: 'damaged' };
  return (value as { format?: unknown }).format === CACHE_FORMAT ? { kind: 'ok', value: value as T } : { kind: 'missing' };
}
