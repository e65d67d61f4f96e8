/**
 * What the build engine (engine.ts) is given and what it answers: its options, its result and the
 * work it did. A module of its own so the steps (steps.ts) and the engine share them without a circle.
 */
import type { GivenWalk, SeedListing } from './quick.ts';
import type { Article, SeedOutcome } from '../ingest/types.ts';
import type { SiteSettings } from '../archive/siteSettings.ts';
import type { PublishMode, WorkerMode } from './policy.ts';

export interface StageTiming {
  stage: string;
  ms: number;
  /** The main thread's memory when the stage ended (MB): where peak memory goes, stage by stage. */
  rssMb?: number;
  heapMb?: number;
}

export interface BuildResult {
  /** The records, in seed order; none when the caller asked only for their count (keepRecords: false). */
  articles: Article[];
  articleCount: number;
  outcomes: SeedOutcome[];
  timings: StageTiming[];
  /** Files in the output folder (pages, feeds, assets, exports, index). */
  fileCount: number;
}

/** What the engine did, for --verbose, the dev server and the tests. */
export interface BuildWork {
  /** Seeds whose bytes were read (the rest were proven unchanged by the last build's record). */
  seedsRead: number;
  seedsParsed: number;
  seedsReused: number;
  pagesRendered: number;
  pagesCarried: number;
  searchRebuilt: boolean;
  exportsRebuilt: boolean;
  /** Output files (root-relative) that differ from the previous build's, for live reload. */
  changed: string[];
  /** Files written by this build (pages rendered, feeds and singletons, exports and index pieces written). */
  filesWritten: number;
  /** Search index pieces that came out byte-identical to the published ones and were kept, not written. */
  searchPiecesKept: number;
  /** How the output was published: a new folder swapped in, or the changed files moved into the live one (dev). */
  published: 'swap' | 'in-place' | 'nothing';
}

export interface EngineResult extends BuildResult {
  work: BuildWork;
}

/**
 * The pages of a build published ahead of its search index and data exports (npm run dev, in place):
 * what a reader of the site sees change now, and what the build did so far.
 */
export interface PagesPublished {
  articles: Article[];
  outcomes: SeedOutcome[];
  work: Pick<BuildWork, 'seedsParsed' | 'seedsReused' | 'pagesRendered' | 'pagesCarried' | 'changed'>;
  /** The index or the exports are still being built: they follow in the same build. */
  more: boolean;
  /**
   * Only the saved seeds' own article pages and the home page (npm run dev publishes those first,
   * firstPages.ts); the rest of the changed pages follow in a second call.
   */
  first?: boolean;
}

export interface BuildCallOptions {
  /**
   * Called once the changed pages are live, when the build publishes in place: the search index and
   * data exports follow in the same build (built beside the pages, moved in after them). A small
   * rebuild calls it first for the saved seeds' pages and the home page (`first`), then for the rest.
   */
  onPages?: (pages: PagesPublished) => void;
  /** Called once all the build wrote is in the output folder, the search index included (its record follows). */
  onPublished?: () => void;
  /**
   * Called once the search index is live: a dev rebuild of a few saved seeds moves it in as soon as it
   * is made, ahead of the other pages and the exports; otherwise just before onPublished. `liveAt`: when
   * it went live, on this thread's performance.now() clock (a dev worker moves it in itself, earlier
   * than this thread, busy rendering, hears of it).
   */
  onSearchable?: (liveAt: number) => void;
  /** The seeds folder as the quick check just listed it (the CLI): the build does not list it again. */
  seedListing?: SeedListing;
  /** The output folder's walk the quick check began (the CLI, under the same lock): not begun again. */
  outputWalk?: GivenWalk;
}

export interface EngineOptions {
  /**
   * `npm run build`: the replaced output is deleted by a detached process (output.ts removeDetached),
   * so the command ends when the new site is in place; otherwise the build waits for the deletion.
   */
  detachRemoval?: boolean;
  seedsDir: string;
  outDir: string;
  baseUrl: string | null;
  projectRoot: string;
  /** Folder of the on-disk cache; null keeps the cache in memory only (still incremental across calls). */
  cacheDir: string | null;
  /** Worker threads: 'auto' uses them when the archive is big enough to pay for a thread's start-up. */
  workers?: WorkerMode;
  /** One-line notices that do not fail the build (a damaged cache dropped, a cache that could not be saved). */
  notify?: (line: string) => void;
  /** Show a progress line (TTY only). */
  progress?: boolean;
  /**
   * Long-lived sessions (npm run dev): keep seed bytes in memory and read a seed
   * again only when its size, mtime, ctime or inode changed. The content hash
   * still decides what is parsed again. Such a session also remembers, per record,
   * what the whole-archive passes made of it (EngineSession.remembers).
   */
  keepSeedsInMemory?: boolean;
  /**
   * The result lists the records (default true). false: it gives only their count, and a large archive
   * built once lets them go as soon as nothing in the build reads them (letGo.ts): npm run build.
   */
  keepRecords?: boolean;
  /** Publish each seed as it was read beside its article page and link it from its article (default true; `--no-sources`: false). */
  sources?: boolean;
  /** The archive's name, description, about paragraph and contact (arsip.config.json); the defaults when absent. */
  site?: SiteSettings;
  /** Pages per Eleventy run (default RENDER_CHUNK); tests use small runs to check they join seamlessly. */
  renderChunk?: number;
  /** From this many articles on (default LOW_MEMORY_ARTICLES), the search index is built after rendering. */
  lowMemoryAbove?: number;
  /** Time one seed may take to read (default SEED_BUDGET_MS in src/pipeline/policy.ts). */
  seedBudgetMs?: number | undefined;
  /** Where the code lives (default: this project); tests point it at an edited copy. */
  codeRoot?: string;
  /**
   * 'swap' (default): a complete new folder replaces the output in one rename. 'in-place' (npm run
   * dev): only the files a rebuild wrote are moved into the live folder (src/publish/inPlace.ts).
   * 'auto' (npm run build): in place when a rebuild rewrites few pages (publishesInPlace, policy.ts).
   */
  publish?: PublishMode;
}

/** A build that must not run (an output folder that would hurt, a read-only folder in it). */
export class BuildRefused extends Error {}
