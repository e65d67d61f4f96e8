/**
 * Per-seed ingest cache: ingestSeed() is pure, so its result is reused when a
 * seed's path and bytes (sha256) and the parser's code are unchanged. Only
 * changed seeds are parsed again; the cheap archive-wide slug step always runs.
 *
 * On disk the cache is split into shards by seed path, so a rebuild after one
 * edit rewrites one small shard, and no single JSON string grows past V8's
 * string limit at 100,000 articles.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { CACHE_FILES, CACHE_FORMAT, isTempCacheFile, readCacheFile, writeCacheFileHashed } from '../cacheFiles.ts';
import { join } from 'node:path';
import { ingestSeed, newAssignMemo, type AssignMemo, type IngestedSeed } from '../ingest/index.ts';
import type { SeedInput } from '../ingest/types.ts';
import { sha256 } from './fingerprint.ts';

export interface CachedSeed {
  /** sha256 of the seed's bytes. */
  hash: string;
  seed: IngestedSeed;
}

export interface IngestRun {
  seeds: IngestedSeed[];
  /** Seeds parsed in this run (new or changed). */
  parsed: number;
  /** Seeds that were cached before and are gone now. */
  removed: number;
}

const SHARDS = 32;

/** JSON.stringify(entries), a piece at a time. */
function* shardText(entries: ReadonlyArray<[string, CachedSeed]>): Generator<string> {
  yield '[';
  for (let k = 0; k < entries.length; k++) yield k === 0 ? JSON.stringify(entries[k]) : `,${JSON.stringify(entries[k])}`;
  yield ']';
}
const shardOf = (sourceFile: string): number => (createHash('sha1').update(sourceFile).digest()[0] ?? 0) % SHARDS;

/**
 * A shard on disk: one header line (the parser code's fingerprint and the sha256 of the rest), then the
 * entries as JSON. A byte flipped anywhere in the entries fails the digest, and the shard counts as
 * damaged (a cold build, one warning) instead of publishing what the flip made of an article.
 */
interface ShardHeader {
  format: number;
  fingerprint: string;
  digest: string;
}

export class IngestCache {
  private entries = new Map<string, CachedSeed>();
  /** Shard files that load() found but could not read or parse (a torn write, a foreign file). */
  readonly damaged: string[] = [];
  private dirty = new Set<number>();
  /** The archive-wide step's results for these seed results: a dev session's next build reuses them. */
  readonly assigned: AssignMemo = newAssignMemo();

  constructor(readonly fingerprint: string) {}

  /** Loads the shards under `dir` written with the same parser code; anything else is ignored. */
  static load(dir: string, fingerprint: string): IngestCache {
    const cache = new IngestCache(fingerprint);
    if (!existsSync(dir)) return cache;
    for (let i = 0; i < SHARDS; i++) {
      const read = readCacheFile(dir, CACHE_FILES.ingestShard(i));
      if (read.kind === 'missing') continue;
      try {
        if (read.kind === 'damaged') throw new Error('unreadable');
        const text = read.value.toString('utf8');
        const nl = text.indexOf('\n');
        const header = JSON.parse(nl === -1 ? text : text.slice(0, nl)) as Partial<ShardHeader>;
        if (header.format !== CACHE_FORMAT || header.fingerprint !== fingerprint || typeof header.digest !== 'string') {
          cache.dirty.add(i); // another parser's (or an older layout's): rewritten, nothing taken from it
          continue;
        }
        const body = text.slice(nl + 1);
        if (sha256(body) !== header.digest) throw new Error('digest mismatch');
        for (const [k, v] of JSON.parse(body) as [string, CachedSeed][]) cache.entries.set(k, v);
      } catch {
        cache.damaged.push(CACHE_FILES.ingestShard(i));
        cache.dirty.add(i); // a torn or foreign file: rewrite it
      }
    }
    return cache;
  }

  /** Writes the shards that changed since load (atomically: temp file + rename). */
  save(dir: string): void {
    if (this.dirty.size === 0) return;
    const byShard = new Map<number, [string, CachedSeed][]>();
    for (const i of this.dirty) byShard.set(i, []);
    for (const [k, v] of this.entries) byShard.get(shardOf(k))?.push([k, v]);
    for (const [i, entries] of byShard) {
      // Entry by entry (the same text as JSON.stringify(entries)): at 100,000 articles a shard's text is
      // 40 MB, and thirty-two of them at once were a GB of garbage beside the build's records.
      const head = (digest: string): string => JSON.stringify({ format: CACHE_FORMAT, fingerprint: this.fingerprint, digest } satisfies ShardHeader);
      writeCacheFileHashed(dir, CACHE_FILES.ingestShard(i), head, shardText(entries));
    }
    for (const name of readdirSync(dir)) if (isTempCacheFile(name)) rmSync(join(dir, name), { force: true });
    this.dirty.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * A build run once through, its cache saved: the results are let go (a large archive's index needs
   * the memory). Saved already, so a later save() has nothing to write; asked to run again, it refuses.
   */
  letGo(): void {
    if (this.dirty.size > 0) throw new Error('ingest cache: let go before it was saved');
    this.entries = new Map();
    this.gone = true;
  }
  private gone = false;

  /** The hash the cached result of `sourceFile` was parsed from, if any. */
  hashOf(sourceFile: string): string | undefined {
    return this.entries.get(sourceFile)?.hash;
  }

  /** Seed inputs whose cached result cannot be reused. */
  stale(inputs: readonly SeedInput[], hashes: ReadonlyMap<string, string>): SeedInput[] {
    return inputs.filter((i) => this.entries.get(i.sourceFile)?.hash !== hashes.get(i.sourceFile));
  }

  /** Adds a result parsed elsewhere (a worker) so run() reuses it. */
  prime(sourceFile: string, hash: string, seed: IngestedSeed): void {
    this.entries.set(sourceFile, { hash, seed });
    this.dirty.add(shardOf(sourceFile));
  }

  /**
   * Ingests `inputs`, reusing cached results, and forgets seeds that are gone
   * (so a deleted seed can never come back from the cache). `uncached` results
   * stand for their seeds in this run and are not kept.
   */
  run(inputs: readonly SeedInput[], hashes: ReadonlyMap<string, string>, onSeed?: () => void, uncached?: ReadonlyMap<string, IngestedSeed>): IngestRun {
    if (this.gone) throw new Error('ingest cache: its results were let go (letGo)');
    const next = new Map<string, CachedSeed>();
    const seeds: IngestedSeed[] = [];
    let parsed = 0;
    for (const input of inputs) {
      // A result for this build only (a seed stopped over its time budget): used, not remembered.
      const once = uncached?.get(input.sourceFile);
      if (once) {
        seeds.push(once);
        this.dirty.add(shardOf(input.sourceFile));
        parsed++;
        onSeed?.();
        continue;
      }
      const hash = hashes.get(input.sourceFile) ?? sha256(input.bytes);
      let entry = this.entries.get(input.sourceFile);
      if (!entry || entry.hash !== hash) {
        entry = { hash, seed: ingestSeed(input) };
        this.dirty.add(shardOf(input.sourceFile));
        parsed++;
      }
      next.set(input.sourceFile, entry);
      seeds.push(entry.seed);
      onSeed?.();
    }
    let removed = 0;
    for (const key of this.entries.keys()) {
      if (!next.has(key)) {
        this.dirty.add(shardOf(key));
        removed++;
      }
    }
    this.entries = next;
    return { seeds, parsed, removed };
  }
}

/** sha256 of every input's bytes (or the hash it came with), by sourceFile; `memo` remembers hashes of byte arrays seen before. */
export function hashInputs(inputs: readonly SeedInput[], memo?: WeakMap<Uint8Array, string>): Map<string, string> {
  return new Map(
    inputs.map((i) => {
      if (i.hash !== undefined) return [i.sourceFile, i.hash];
      let hash = memo?.get(i.bytes);
      if (hash === undefined) {
        hash = sha256(i.bytes);
        memo?.set(i.bytes, hash);
      }
      return [i.sourceFile, hash];
    }),
  );
}
