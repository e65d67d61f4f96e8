/**
 * One build's run: everything the steps (steps.ts) hand on to later steps, in one place so each
 * step is a function of the run alone. A field is set by the step named beside it; the step
 * table's order sets it before any step reads it (the `!` fields).
 */
import type { ArchiveContext, ArchiveOptions, ArchiveParts, RelatedLists } from '../archive/index.ts';
import type { Article, SeedInput, SeedOutcome } from '../ingest/types.ts';
import { createProgress, type Progress } from '../progress.ts';
import type { InPlaceResult } from '../publish/inPlace.ts';
import type { SourceCopy } from '../site/sources.ts';
import type { FileStamp } from './carry.ts';
import type { EngineResult, PagesPublished, StageTiming } from './engineTypes.ts';
import type { IngestCache } from './ingestCache.ts';
import type { FileHashes } from './moduleGraph.ts';
import type { CarryPlan, FilesRecord, OutputState, PagePlan } from './plan.ts';
import type { Schedule } from './policy.ts';
import type { GivenWalk, listSeeds, SeedListing, SeedRow } from './quick.ts';
import type { EngineSession } from './session.ts';
import type { CodeKeys } from './stages.ts';
import type { Observed } from './state.ts';
import type { OutputWalk } from './outputWalk.ts';
import type { LivePieces } from './search.ts';
import type { SearchDoc } from '../search/doc.ts';

/** Times stages into a list, in the order they ran. */
export class Timings {
  readonly list: StageTiming[] = [];
  async time<T>(stage: string, fn: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      const mem = process.memoryUsage();
      this.list.push({ stage, ms: performance.now() - start, rssMb: Math.round(mem.rss / 2 ** 20), heapMb: Math.round(mem.heapUsed / 2 ** 20) });
    }
  }
  add(stage: string, ms: number): void {
    this.list.push({ stage, ms });
  }
}

/** The search index job, its pieces named root-relative (search/…). */
export interface SearchDone {
  written: number;
  digests: Record<string, string>;
  kept: string[];
  ms: number;
  /** The pieces the worker moved into the live folder itself (npm run dev, publishIndexEarly). */
  live?: LivePieces | null;
}

export class BuildRun {
  readonly t = new Timings();
  progress: Progress = createProgress({ items: 0, enabled: false });
  // code
  readonly codeFiles: FileHashes = {};
  code!: CodeKeys;
  // list: the seed listing of the quick no-change check (quick.ts), null without a cache folder
  scanStartMs = 0;
  listing: ReturnType<typeof listSeeds> = null;
  /** The quick check's listing of the seeds folder, when the caller hands it over (BuildCallOptions.seedListing). */
  givenListing: SeedListing | null = null;
  /** The output folder's walk the quick check began, when the caller hands it over (BuildCallOptions.outputWalk). */
  givenWalk: GivenWalk | null = null;
  /** The last complete build's seed rows its record proves (quick.ts provenSeeds), by path. */
  proven: Map<string, SeedRow> = new Map();
  /** Seeds whose bytes the scan read. */
  seedsRead = 0;
  /** The output folder's walk, begun in listStep, taken by verifyStep. */
  outputWalk: Promise<OutputWalk> | null = null;
  // scan, schedule, load, ingest
  scanned!: { inputs: SeedInput[]; outcomes: SeedOutcome[] };
  seedCount = 0;
  policy!: Schedule;
  hashes!: Map<string, string>;
  cache!: IngestCache;
  articles: Article[] = [];
  /** How many articles the build made, also once the records are let go (letGo.ts). */
  get articleCount(): number {
    return this.goneCount ?? this.articles.length;
  }
  private goneCount: number | null = null;
  letGoOfArticles(): void {
    this.goneCount = this.articleCount;
    this.articles = [];
  }
  /** The records a build's result lists: none for a caller that asked only for their count (keepRecords: false). */
  get resultArticles(): Article[] {
    return this.session.options.keepRecords === false ? [] : this.articles;
  }
  outcomes: SeedOutcome[] = [];
  parsed = 0;
  /** The seeds parsed in this build (their results were not in the cache). */
  parsedFiles: readonly string[] = [];
  // verify, unchanged
  prev: OutputState | null = null;
  seen!: Observed;
  articleKeys = '';
  sources = true;
  inputKey = '';
  // plan-search, plan-outputs
  search!: CarryPlan;
  exportsPlan!: CarryPlan;
  copyPlan!: { write: SourceCopy[]; carry: (SourceCopy & { stamp: FileStamp })[] };
  trashEmptied: Promise<void> | null = null;
  searchTmp = '';
  exportsTmp = '';
  inPlace = false;
  searchRecord: FilesRecord | null = null;
  exportsRecord: FilesRecord | null = null;
  // search-* (started beside, before or after rendering), index
  searchJob: Promise<SearchDone> | null = null;
  /** The same job's pieces all written (a little before it ends: a dev worker saves its caches after them). */
  searchPieces: Promise<SearchDone> | null = null;
  /** npm run dev: who moves the index job's pieces live, the worker or this thread (search.ts EarlyPublish). */
  searchGate: Int32Array | null = null;
  /** search-early: the record the index job was started on, before the output was checked (output-checked checks it). */
  searchEarly: OutputState | null = null;
  /** The early job was started on a true record: kept (outputCheckedStep). */
  searchEarlyKept = false;
  /** The early job's pieces moved into the live folder as soon as made (searchSteps.ts publishIndexEarly), with their stamps. */
  searchPublished: Promise<{ done: SearchDone; written: Record<string, FileStamp> }> | null = null;
  /** The index's documents, made before the records were let go (letGo.ts) and taken by the index job. */
  indexDocs: SearchDoc[] | null = null;
  searchWritten = 0;
  searchKept = 0;
  // archive, plan
  /** Each article by a digest of its identity (identity.ts articleIdentity): page keys and export rows name it so. */
  identities!: Map<Article, string>;
  archiveOptions!: ArchiveOptions;
  /** Let go once the pages are planned and rendered (a large archive's index then has the memory). */
  /** contextStep: the archive's context and its related lists (being) computed, taken by archiveStep. */
  context: ArchiveContext | null = null;
  related: Promise<RelatedLists> | null = null;
  parts: ArchiveParts | null = null;
  renderKey = '';
  pages!: PagePlan;
  // staging, render, exports, carry, publish
  stagingDir = '';
  renderedHere: string[] | null = null;
  readonly changed = new Set<string>();
  readonly nextPages: OutputState['pages'] = {};
  readonly nextSources: OutputState['sources'] = {};
  /** Files the in-place publish leaves as they are. */
  readonly keep = new Set<string>();
  fileCount = 0;
  published: InPlaceResult | null = null;
  /** Files the pages-first publish (publish-pages) moved in already. */
  earlyMoved: string[] = [];
  /** The files the first pages moved into the live folder (firstPages.ts), and the record they found. */
  firstMoved: string[] | null = null;
  firstPrev: OutputState | null = null;
  /** The record as the build found it: the first pages void it as they go live, so later steps compare with the one they found. */
  get foundState(): OutputState | null {
    return this.firstMoved ? this.firstPrev : this.session.state;
  }
  /** Set by the step that ends the build: the no-change shortcut or the last step. */
  result: EngineResult | null = null;

  constructor(
    readonly session: EngineSession,
    /** npm run dev: told when the pages are live, ahead of the index and exports (publish-pages). */
    readonly onPages: ((pages: PagesPublished) => void) | null,
    /** Told when everything the build wrote is live, the search index included (before its record is saved). */
    readonly onPublished: (() => void) | null = null,
    /** Told when the search index is live (BuildCallOptions.onSearchable). */
    readonly onSearchable: ((liveAt: number) => void) | null = null,
  ) {}
}
