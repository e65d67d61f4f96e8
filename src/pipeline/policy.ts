/**
 * Scheduling policy: which stages get a worker thread and when the search
 * index is built, from the archive's size, the machine and the options.
 * Pure: the same inputs give the same schedule.
 */
export type WorkerMode = 'auto' | 'always' | 'never';

export interface Schedule {
  /** Parse changed seeds of this total cost (seedCost) partly in a worker. */
  ingestInWorker: (cost: number) => boolean;
  /** Where and when the search index is built. */
  search: 'before-render' | 'beside-render' | 'after-render';
  /** Heap of the search worker (MB), or null: the index is built in the main thread. */
  searchWorkerHeapMb: number | null;
  /** Pages per Eleventy run in the main thread. */
  renderChunk: number;
  /** Worker threads a render of this many pages runs in (0: the main thread). */
  renderWorkers: (pages: number) => number;
  /** Pages per Eleventy run in a render worker. */
  renderWorkerChunk: number;
  /** The related-article lists are computed in a worker thread while the main thread goes on (src/pipeline/related.ts). */
  relatedInWorker: boolean;
}

/** Articles below this are built in one thread: a worker's start-up costs more than it saves. */
const WORKER_MIN_ARTICLES = 150;
/** Changed seeds whose cost (seedCost, a text seed = 1) stays below this are parsed in the main thread. */
const WORKER_MIN_INGEST = 1500;
/**
 * A saved page costs about ten text seeds to parse (an HTML parser, a DOM and
 * Readability against a few regular expressions), so 150 changed `.html` seeds
 * are worth a worker as 1500 text seeds are.
 */
const HTML_SEED_COST = 10;

/**
 * Time one seed may take to read, watched from outside the parser (src/pipeline/ingest.ts):
 * past it the seed is skipped with one line. Saved pages read in well under a second; the
 * bounded parser (src/ingest/html/bounds.ts) keeps even hostile ones to a few seconds.
 */
export const SEED_BUDGET_MS = 10_000;

/** What one changed seed weighs against WORKER_MIN_INGEST. */
export function seedCost(sourceFile: string): number {
  return /\.html?$/i.test(sourceFile) ? HTML_SEED_COST : 1;
}
/**
 * From this many articles on, the search index is built after rendering, once the archive model
 * is released, so the two largest memory users never overlap.
 */
export const LOW_MEMORY_ARTICLES = 50_000;
/**
 * Eleventy keeps every page of a run in memory: at 100,000 articles one run would need
 * several GB, so pages are rendered in runs of at most this many.
 */
export const RENDER_CHUNK = 15_000;
/**
 * From this many pages on, a render runs in worker threads, one per core (at most four): below
 * it a worker's start-up (its own Eleventy) costs more than it saves. Each worker's runs are
 * smaller, so the workers stay balanced and each heap holds one run's pages.
 */
const RENDER_WORKER_MIN_PAGES = 2_000;
const RENDER_WORKERS_MAX = 4;
export const RENDER_WORKER_CHUNK = 4_000;
/** A large archive's runs (LOW_MEMORY_ARTICLES): two workers' runs and the main thread's records share the memory. */
export const RENDER_WORKER_CHUNK_LOW_MEMORY = 2_000;
/**
 * From this many articles on, the related lists (about 40 µs an article) are computed in a worker
 * thread while the main thread goes on. Below it the second core is as busy with the search index's
 * update, started at the same time (a rebuild's findable time waits for it), and the lists cost under
 * a second: measured at 10,000 articles, no gain; at 100,000, 3 s off the archive step of a +1 rebuild.
 */
const RELATED_WORKER_MIN_ARTICLES = 20_000;

export function schedule(input: {
  articles: number;
  cpus: number;
  totalMemBytes: number;
  workers?: WorkerMode | undefined;
  lowMemoryAbove?: number | undefined;
  renderChunk?: number | undefined;
}): Schedule {
  const mode = input.workers ?? 'auto';
  const threads = (n: number): boolean => mode === 'always' || (mode === 'auto' && n >= WORKER_MIN_ARTICLES && input.cpus > 1);
  const lowMemory = input.articles >= (input.lowMemoryAbove ?? LOW_MEMORY_ARTICLES);
  const parallel = !lowMemory && threads(input.articles);
  // lunr's structures for 100,000 articles outgrow V8's default 4 GB heap: a worker gets 60 % of the machine, at most 16 GB.
  const heapMb = Math.min(16_384, Math.floor((input.totalMemBytes * 0.6) / 2 ** 20));
  return {
    ingestInWorker: (cost) => cost >= WORKER_MIN_INGEST && threads(cost),
    search: lowMemory ? 'after-render' : parallel ? 'beside-render' : 'before-render',
    searchWorkerHeapMb: parallel || (lowMemory && mode !== 'never') ? heapMb : null,
    renderChunk: input.renderChunk ?? RENDER_CHUNK,
    renderWorkers: (pages) =>
      mode === 'always' ? Math.max(2, Math.min(RENDER_WORKERS_MAX, input.cpus)) : threads(pages) && pages >= RENDER_WORKER_MIN_PAGES ? Math.min(RENDER_WORKERS_MAX, input.cpus) : 0,
    renderWorkerChunk: input.renderChunk ?? (lowMemory ? RENDER_WORKER_CHUNK_LOW_MEMORY : RENDER_WORKER_CHUNK),
    relatedInWorker: mode === 'always' || (threads(input.articles) && input.articles >= RELATED_WORKER_MIN_ARTICLES),
  };
}

/**
 * A rebuild that changed at most this share of the articles (at least one), with the previous index
 * intact, updates that index rather than building it again (src/search/update.ts).
 */
export const SMALL_REBUILD_SHARE = 0.01;

/**
 * Where a rebuild's index goes. A large archive builds its index after the render (after-render) so
 * the archive model and a whole index never share memory; but a small rebuild with the previous
 * index intact only updates it by the changed documents, a fraction of that memory, so it runs
 * beside the archive step and the render instead of after them (at 100,000 articles the index was
 * 18 s of a 92 s rebuild's critical path).
 */
export function searchPlacement(
  planned: Schedule['search'],
  rebuild: { previousIndex: boolean; changed: number; articles: number },
): Schedule['search'] {
  const small = rebuild.changed <= Math.max(1, rebuild.articles * SMALL_REBUILD_SHARE);
  return planned === 'after-render' && rebuild.previousIndex && small ? 'beside-render' : planned;
}

/**
 * How a build publishes: 'swap' makes a complete new folder (every unchanged file linked into it, one
 * folder made per article: seconds at 10,000 articles whatever changed) and replaces the output in one
 * rename; 'in-place' moves only the files the build wrote into the live folder; 'auto' (the CLI's
 * default) publishes in place when a rebuild rewrites at most a quarter of the site's pages, so adding
 * a seed costs what it changed, and swaps when most of the site is new anyway (a template edit).
 */
export type PublishMode = 'swap' | 'in-place' | 'auto';

/** The share of pages a rebuild may rewrite and still publish in place under 'auto'. */
export const IN_PLACE_MAX_SHARE = 0.25;

/**
 * npm run dev: a rebuild of at most this many changed seeds publishes their own article pages and
 * the home page before the rest of the site (firstPages.ts). More, and it is a bulk change (a pull,
 * a folder copied in): the pages go live together.
 */
export const FIRST_PAGES_MAX_SEEDS = 8;

export function publishesInPlace(mode: PublishMode, run: { previous: boolean; written: number; carried: number }): boolean {
  // Without a previous output that is still as recorded there is nothing to publish into.
  if (mode === 'swap' || !run.previous) return false;
  return mode === 'in-place' || run.written <= IN_PLACE_MAX_SHARE * (run.written + run.carried);
}
