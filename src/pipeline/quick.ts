/**
 * The no-change shortcut without the pipeline: `npm run build` first asks this
 * module whether anything could have changed since the last complete build,
 * and when nothing did it prints the saved report and exits — without loading
 * Eleventy, the archive model, the ingest parsers or esbuild (their imports
 * alone cost more than the whole check).
 *
 * The build record (quick.json in the cache folder, written by the engine after
 * every complete build) holds:
 *   - every entry of the seeds folder, and each seed's size, mtime, ctime,
 *     inode and sha256 (a seed whose stat changed, or whose ctime was too close
 *     to the scan to prove it was not written after being read — git's "racy
 *     clean" case — is hashed again);
 *   - the sha256 of every code file any stage's key covers, plus this entry's
 *     own import graph and the templates folder's listing;
 *   - every output file's size and mtime (a file changed, added or removed by
 *     hand means a real build);
 *   - the stamps of the cache's own files (a damaged cache is reported by the engine);
 *   - the base URL, the outcomes for the report and the file count.
 * Anything unusual (a symlink or special file among the seeds, a lock held, a
 * record of another format) answers "not sure", and the real engine runs.
 * Only node: built-ins, type imports and modules of node: built-ins alone (the cache files, sha256) here.
 */
import { sha256 } from '../sha256.ts';
import { CACHE_FILES, CACHE_FORMAT, isTempCacheFile, readCacheJson, removeCacheFile, writeCacheFile } from '../cacheFiles.ts';
import { siteKeyOf } from '../archive/siteSettings.ts';
import { existsSync, lstatSync, readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SeedOutcome } from '../ingest/types.ts';
import { SEED_EXTENSIONS } from '../ingest/seedFiles.ts';
import { type OutputWalk, startOutputWalk } from './outputWalk.ts';

/** A ctime this close to the scan's start (or after it) does not prove the bytes read are the bytes now. */
const RACY_MS = 2000;

/** One seed: path, size, mtimeMs, ctimeMs, inode, sha256. */
export type SeedRow = [string, number, number, number, number, string];

export interface BuildRecord {
  format: number;
  outDir: string;
  seedsDir: string;
  baseUrl: string | null;
  /** Whether the build published the seed copies (absent in older records: it did). */
  sources?: boolean;
  /** The site settings the build used (engine.ts siteKeyOf); absent in older records. */
  site?: string;
  /** Date.now() before the seeds were listed. */
  scanStartMs: number;
  /** Every entry of the seeds folder (files end in nothing, folders in '/'), in walk order. */
  entries: string[];
  seeds: SeedRow[];
  /** Project-relative code file → sha256 (templates included). */
  code: Record<string, string>;
  /** Output file → [size, mtimeMs]. */
  output: Record<string, [number, number]>;
  /** The cache folder's other files → [size, mtimeMs]: a damaged or replaced cache means a real build (which says so). */
  cache: Record<string, [number, number]>;
  outcomes: SeedOutcome[];
  articles: number;
  fileCount: number;
}

export interface SeedEntry {
  rel: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** With ino, the file the scan must still find when it opens it (FileIdentity). */
  dev: number;
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The seeds folder as the scan sees it, with a stat of every seed; null when it holds something
 * the shortcut does not try to reason about (symlinks, FIFOs, devices, unreadable folders).
 */
export function listSeeds(dir: string): { entries: string[]; seeds: SeedEntry[] } | null {
  const entries: string[] = [];
  const seeds: SeedEntry[] = [];
  const walk = (abs: string, prefix: string): boolean => {
    let list: Dirent[];
    try {
      list = readdirSync(abs, { withFileTypes: true });
    } catch {
      return false;
    }
    for (const e of list.sort(byName)) {
      const rel = prefix + e.name;
      if (e.isSymbolicLink() || !(e.isFile() || e.isDirectory())) return false;
      if (e.isDirectory()) {
        entries.push(`${rel}/`);
        if (!e.name.startsWith('.') && !walk(join(abs, e.name), `${rel}/`)) return false;
        continue;
      }
      entries.push(rel);
      const lower = e.name.toLowerCase();
      if (e.name.startsWith('.') || !SEED_EXTENSIONS.some((s) => lower.endsWith(s))) continue;
      const s = statSync(join(abs, e.name), { throwIfNoEntry: false });
      if (!s || !s.isFile()) return false;
      seeds.push({ rel, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino, dev: s.dev });
    }
    return true;
  };
  try {
    return walk(resolve(dir), '') ? { entries, seeds } : null;
  } catch {
    return null;
  }
}


function hashOf(path: string): string | null {
  try {
    return sha256(readFileSync(path));
  } catch {
    return null;
  }
}

/** Every file under `dir` with its [size, mtimeMs]; null when the folder cannot be read. */
export function outputStamps(dir: string): Record<string, [number, number]> | null {
  const out: Record<string, [number, number]> = {};
  const walk = (abs: string, prefix: string): void => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const full = join(abs, e.name);
      if (e.isDirectory()) walk(full, `${prefix}${e.name}/`);
      else {
        const s = lstatSync(full);
        out[`${prefix}${e.name}`] = [s.size, s.mtimeMs];
      }
    }
  };
  try {
    walk(dir, '');
    return out;
  } catch {
    return null;
  }
}

/** Files of a folder of non-code inputs (templates), project-relative, sorted. */
export function filesUnder(root: string, rel: string): string[] {
  const full = join(root, rel);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [rel];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split('\\').join('/'))
    .sort();
}

/**
 * The seeds the last complete build's record proves unchanged if their stat still matches: each
 * row whose ctime was old enough at that build's scan (not the racy case). Empty for a record of
 * another seeds folder or none.
 */
export function provenSeeds(cacheDir: string, seedsDir: string): Map<string, SeedRow> {
  const saved = readCacheJson<BuildRecord>(cacheDir, CACHE_FILES.record);
  if (saved.kind !== 'ok' || saved.value.format !== CACHE_FORMAT || saved.value.seedsDir !== resolve(seedsDir)) return new Map();
  return provenRows(saved.value);
}

/** The rows of a record that prove their seeds (provenSeeds), by path. */
export function provenRows(record: Pick<BuildRecord, 'seeds' | 'scanStartMs'>): Map<string, SeedRow> {
  const proven = new Map<string, SeedRow>();
  for (const row of record.seeds) if (row[3] < record.scanStartMs - RACY_MS) proven.set(row[0], row);
  return proven;
}

/** The sha256 a proven row gives a seed whose stat is the same as recorded, or undefined. */
export function provenHash(row: SeedRow | undefined, now: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): string | undefined {
  return row && row[1] === now.size && row[2] === now.mtimeMs && row[3] === now.ctimeMs && row[4] === now.ino ? row[5] : undefined;
}

/** Removes the record (a build is starting: until it completes, nothing is known to be fresh). */
export function dropRecord(cacheDir: string): void {
  try {
    removeCacheFile(cacheDir, CACHE_FILES.record);
  } catch {
    // A read-only cache: the record there is checked against the seeds, code and output anyway.
  }
}

/** The cache folder's files besides the record itself. */
function cacheStamps(cacheDir: string): Record<string, [number, number]> | null {
  const all = outputStamps(cacheDir);
  if (!all) return null;
  delete all[CACHE_FILES.record];
  for (const name of Object.keys(all)) if (isTempCacheFile(name)) delete all[name];
  return all;
}

export function saveRecord(cacheDir: string, record: Omit<BuildRecord, 'format' | 'cache'>): void {
  const cache = cacheStamps(cacheDir);
  if (!cache) return;
  writeCacheFile(cacheDir, CACHE_FILES.record, JSON.stringify({ format: CACHE_FORMAT, ...record, cache } satisfies BuildRecord));
}

/** The seeds as the engine read them, for the record; null when the listing and the scan disagree. */
export function seedRows(listing: { seeds: SeedEntry[] }, hashes: ReadonlyMap<string, string>): SeedRow[] | null {
  const rows: SeedRow[] = [];
  for (const s of listing.seeds) {
    const hash = hashes.get(s.rel);
    if (hash === undefined) return null; // unreadable, or gone during the scan
    rows.push([s.rel, s.size, s.mtimeMs, s.ctimeMs, s.ino, hash]);
  }
  return rows.length === hashes.size ? rows : null;
}

export interface QuickQuestion {
  seedsDir: string;
  outDir: string;
  cacheDir: string;
  baseUrl: string | null;
  /** Default true. */
  sources?: boolean;
  /** The site settings as engine.ts siteKeyOf writes them; absent: the defaults. */
  site?: string;
  codeRoot: string;
  /** The caller holds the output's locks itself (a dev session checking its own folder). */
  ownLocks?: boolean;
}

/**
 * Why the shortcut did not answer (for --verbose and the tests), or the saved record when nothing changed.
 * Not fresh: the output folder's walk, begun with the check, for the build that follows (GivenWalk).
 */
export type QuickAnswer = { fresh: true; record: BuildRecord } | { fresh: false; why: string; listing?: SeedListing; walk: GivenWalk };

/** The output folder's walk (outputWalk.ts) begun by the quick check, under the lock the build then holds. */
export interface GivenWalk {
  outDir: string;
  walk: Promise<OutputWalk>;
}

/** The seeds folder as the quick check listed it, and when: the build that follows starts from it. */
export interface SeedListing {
  /** Date.now() before the listing. */
  startMs: number;
  seedsDir: string;
  entries: string[];
  seeds: SeedEntry[];
  /** The last complete build's record of these seeds, as the check read it (for provenRows). */
  recorded: Pick<BuildRecord, 'seeds' | 'scanStartMs'>;
}

const lockPath = (dir: string): string => join(dirname(resolve(dir)), `.${basename(resolve(dir))}.lock`);

/**
 * Nothing changed since the recorded build: same seeds (bytes), same code, output untouched, no build
 * running. The output folder is walked on the other core meanwhile (its 40,000 files at 10,000 articles
 * take longer than everything else here).
 */
export async function checkUnchanged(q: QuickQuestion): Promise<QuickAnswer> {
  const outDir = resolve(q.outDir);
  const walk = startOutputWalk(outDir);
  const answer = checkRecord(q, outDir);
  if (!answer.fresh) return { ...answer, walk: { outDir, walk } };
  if (!sameOutput(await walk, answer.record.output)) return { fresh: false, why: 'output files changed, added or removed', listing: answer.listing, walk: { outDir, walk } };
  return { fresh: true, record: answer.record };
}

/** The check but for the output folder's files: not fresh, or fresh so far with the listing it took. */
type RecordAnswer = { fresh: false; why: string; listing?: SeedListing } | { fresh: true; record: BuildRecord; listing: SeedListing };

function checkRecord(q: QuickQuestion, outDir: string): RecordAnswer {
  const seedsDir = resolve(q.seedsDir);
  const saved = readCacheJson<BuildRecord>(q.cacheDir, CACHE_FILES.record);
  if (saved.kind !== 'ok') return { fresh: false, why: 'no build record' };
  const record = saved.value;
  if (record.outDir !== outDir || record.seedsDir !== seedsDir) return { fresh: false, why: 'record of another build' };
  if ((record.baseUrl ?? null) !== (q.baseUrl ?? null)) return { fresh: false, why: 'base URL changed' };
  if ((record.sources ?? true) !== (q.sources ?? true)) return { fresh: false, why: '--no-sources changed' };
  if ((record.site ?? siteKeyOf(undefined)) !== (q.site ?? siteKeyOf(undefined))) return { fresh: false, why: 'site settings changed' };
  // Another build or a dev session on this folder: the real path waits for it or refuses.
  if (!q.ownLocks && (existsSync(lockPath(outDir)) || existsSync(lockPath(q.cacheDir)))) return { fresh: false, why: 'output locked' };

  for (const [rel, hash] of Object.entries(record.code)) {
    if (hashOf(join(q.codeRoot, rel)) !== hash) return { fresh: false, why: `code changed: ${rel}` };
  }
  const templates = filesUnder(q.codeRoot, 'templates');
  if (templates.some((f) => !(f in record.code))) return { fresh: false, why: 'a template was added' };

  const startMs = Date.now();
  const listing = listSeeds(seedsDir);
  if (!listing) return { fresh: false, why: 'seeds folder holds links or special files' };
  // From here on a "not sure" hands the build its listing: it need not walk the seeds folder again.
  const recorded = { seeds: record.seeds, scanStartMs: record.scanStartMs };
  const notSure = (why: string): RecordAnswer => ({ fresh: false, why, listing: { startMs, seedsDir, ...listing, recorded } });
  if (listing.entries.length !== record.entries.length || listing.entries.some((e, i) => e !== record.entries[i])) {
    return notSure('seeds folder changed');
  }
  if (listing.seeds.length !== record.seeds.length) return notSure('seeds changed');
  for (let i = 0; i < listing.seeds.length; i++) {
    const now = listing.seeds[i]!;
    const [rel, size, mtimeMs, ctimeMs, ino, hash] = record.seeds[i]!;
    const sameStat = now.rel === rel && now.size === size && now.mtimeMs === mtimeMs && now.ctimeMs === ctimeMs && now.ino === ino;
    if (sameStat && ctimeMs < record.scanStartMs - RACY_MS) continue;
    if (now.rel !== rel || hashOf(join(seedsDir, rel)) !== hash) return notSure(`seed changed: ${rel}`);
  }

  if (!sameStamps(cacheStamps(q.cacheDir), record.cache)) return notSure('cache files changed');
  return { fresh: true, record, listing: { startMs, seedsDir, ...listing, recorded } };
}

/** The walked output holds exactly the recorded files, each with its recorded size and mtime, and nothing else. */
function sameOutput(walk: OutputWalk, was: Record<string, [number, number]>): boolean {
  if (walk.folders.length === 0 || walk.others > 0 || walk.files.length !== Object.keys(was).length) return false;
  return walk.files.every((f, i) => {
    const w = was[f];
    return w !== undefined && w[0] === walk.sizes[i] && w[1] === walk.mtimes[i];
  });
}

function sameStamps(now: Record<string, [number, number]> | null, was: Record<string, [number, number]>): boolean {
  if (!now) return false;
  const names = Object.keys(now);
  if (names.length !== Object.keys(was).length) return false;
  return names.every((f) => {
    const w = was[f];
    const n = now[f]!;
    return w !== undefined && w[0] === n[0] && w[1] === n[1];
  });
}
