/**
 * What one IncrementalBuilder keeps from build to build (engine.ts): its options, the ingest cache,
 * the record of the output it wrote, the removal of the output it replaced, and the seed bytes of a
 * dev session. The steps (steps.ts) read and update it through the run (run.ts).
 */
import { lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CardMemo } from '../archive/context.ts';
import { RelatedMemo } from '../archive/related.ts';
import type { Article } from '../ingest/types.ts';
import { searchDoc, type SearchDoc } from '../search/doc.ts';
import { damagedCacheNotice } from '../publish/cacheFaults.ts';
import { listFilesSync } from '../listing.ts';
import type { FileStamp } from './carry.ts';
import type { EngineOptions } from './engineTypes.ts';
import { Identities } from './identity.ts';
import { IngestCache } from './ingestCache.ts';
import { KeyMemo } from './render.ts';
import { SearchWorker } from './search.ts';
import type { FilesRecord, OutputState } from './plan.ts';
import { SeedReader } from './seedReader.ts';
import type { CodeKeys } from './stages.ts';
import { loadState, saveState } from './state.ts';

export class EngineSession {
  private ingestCache: IngestCache | null = null;
  state: OutputState | null = null;
  private loaded = false;
  /** Removal of the output replaced by the last dev build, still running (see swapIntoPlace). */
  pendingRemoval: Promise<void> | null = null;
  readonly seedReader = new SeedReader();
  /**
   * A dev session's builder lives from build to build, and so do the records of unchanged seeds: it
   * remembers per record object what the whole-archive passes made of it. A build run once does not
   * (at 100,000 articles that would hold tens of MB for nothing).
   */
  readonly remembers: boolean;
  /** Article identities by record object. */
  readonly identities: Identities;
  /** Each record's date, folder and card (archiveContext), by record object. */
  readonly cards: CardMemo | undefined;
  /** The related lists' term numbers and each record's terms (remembers only). */
  readonly related: RelatedMemo | undefined;
  /** The last page keys and what they were made from (remembers only). */
  readonly pageKeys: KeyMemo | undefined;
  /** A dev session's memos and renderer made ready while nothing changed (firstPages.ts warmSession). */
  warmed = false;
  private readonly searchDocs = new WeakMap<Article, SearchDoc>();
  /** A dev session's search index worker, kept from build to build (src/pipeline/search.ts). */
  readonly searchWorker: SearchWorker | undefined;
  readonly seedsDir: string;
  readonly outDir: string;
  readonly codeRoot: string;

  constructor(
    readonly options: EngineOptions,
    codeRoot: string,
  ) {
    this.seedsDir = resolve(options.seedsDir);
    this.outDir = resolve(options.outDir);
    this.codeRoot = resolve(options.codeRoot ?? codeRoot);
    this.remembers = options.keepSeedsInMemory === true;
    this.identities = new Identities(this.remembers);
    this.cards = this.remembers ? new WeakMap() : undefined;
    this.related = this.remembers ? new RelatedMemo() : undefined;
    this.pageKeys = this.remembers ? new KeyMemo() : undefined;
    this.searchWorker = this.remembers ? new SearchWorker() : undefined;
  }

  /** Lets the kept worker go (the dev session ends). */
  close(): void {
    this.searchWorker?.close();
  }

  loadCache(code: CodeKeys): IngestCache {
    const dir = this.options.cacheDir;
    if (!this.loaded) {
      this.loaded = true;
      if (dir) {
        this.ingestCache = IngestCache.load(dir, code.ingest);
        const damaged = [...this.ingestCache.damaged];
        this.state = loadState(dir, this.outDir, (file) => damaged.push(file));
        if (damaged.length > 0) {
          // Nothing of a damaged cache is trusted: a cold build (src/publish/cacheFaults.ts).
          this.options.notify?.(damagedCacheNotice(dir, damaged));
          this.ingestCache = new IngestCache(code.ingest);
          this.state = null;
        }
      }
    }
    if (!this.ingestCache || this.ingestCache.fingerprint !== code.ingest) this.ingestCache = new IngestCache(code.ingest);
    return this.ingestCache;
  }

  /** What the search index reads of a record (its body as one text), made once per record object. */
  searchDoc(a: Article): SearchDoc {
    let doc = this.searchDocs.get(a);
    if (!doc) this.searchDocs.set(a, (doc = searchDoc(a)));
    return doc;
  }

  saveCache(): void {
    const dir = this.options.cacheDir;
    if (!dir) return;
    this.ingestCache?.save(dir);
    if (this.state) saveState(dir, this.state);
  }

  /** Stamps of the output files not recorded per page or per record (feeds, sitemap, assets, fixed pages). */
  async otherStamps(
    pages: OutputState['pages'],
    candidates: readonly string[] | null,
    ...records: (FilesRecord | null)[]
  ): Promise<Record<string, FileStamp>> {
    const recorded = new Set([...Object.keys(pages), ...records.flatMap((r) => Object.keys(r?.files ?? {}))]);
    const other: Record<string, FileStamp> = {};
    // Synchronously: the replaced output's deletion may fill the thread pool now (see listFilesSync).
    for (const f of candidates ?? listFilesSync(this.outDir)) {
      if (recorded.has(f)) continue;
      const s = lstatSync(join(this.outDir, f), { throwIfNoEntry: false });
      if (s?.isFile()) other[f] = { size: s.size, mtimeMs: s.mtimeMs };
    }
    return other;
  }
}
