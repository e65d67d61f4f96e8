/**
 * The incremental build engine behind `npm run build` and `npm run dev`.
 *
 * Same one-way pipeline as a cold build — scan → ingest → archive → render +
 * exports + search index → staging folder → atomic swap — but each stage only
 * redoes work whose inputs changed:
 *   - ingest: a seed is parsed again only when its bytes (sha256) or the parser
 *     code changed (IngestCache);
 *   - render: a page is rendered again only when its view model, the site-wide
 *     data or the template code changed; every other page is hard-linked from
 *     the previous output into the new staging folder;
 *   - search index and exports: rebuilt when any article changed, else carried.
 * The staging folder always starts empty and receives only what the current
 * seeds produce, so nothing of a deleted seed can survive. A cold build and an
 * incremental build give byte-identical output (tests/rebuild).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { buildArchive } from '../archive/index.ts';
import type { ArchiveModel, GroupPage } from '../archive/types.ts';
import { assignSlugs, ingestSeed, scanSeeds, type IngestedSeed } from '../ingest/index.ts';
import type { Article, SeedOutcome } from '../ingest/types.ts';
import { OUTPUT_MARKER, makeStagingDir, refuseOutDir, removeStaleStaging, swapIntoPlace } from '../output.ts';
import { createProgress, type Progress } from '../progress.ts';
import { renderSite, writeExports } from '../site/index.ts';
import { groupTimelineHtml } from '../site/charts/eleventy.ts';
import { writeSearchIndex } from '../search/index.ts';
import { carryFiles, eachLimit, isUntouched, listFiles, mergeInto, stampOf, type FileStamp } from './carry.ts';
import { CACHE_FORMAT, digest, ingestFingerprint, renderFingerprint, searchFingerprint } from './fingerprint.ts';
import { hashInputs, IngestCache } from './ingestCache.ts';
import { runInWorker } from './worker.ts';

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface BuildResult {
  articles: Article[];
  outcomes: SeedOutcome[];
  timings: StageTiming[];
  /** Files in the output folder (pages, feeds, assets, exports, index). */
  fileCount: number;
}

/** What the incremental engine did, for --verbose, the dev server and the tests. */
export interface BuildWork {
  seedsParsed: number;
  seedsReused: number;
  pagesRendered: number;
  pagesCarried: number;
  searchRebuilt: boolean;
  /**
   * The articles changed but the previous search index was carried over unchanged
   * (build({ deferSearch: true }), npm run dev): a follow-up build brings it up to date.
   */
  searchDeferred: boolean;
  exportsRebuilt: boolean;
  /** Output files (root-relative) that differ from the previous build's, for live reload. */
  changed: string[];
}

export interface EngineResult extends BuildResult {
  work: BuildWork;
}

export interface EngineOptions {
  seedsDir: string;
  outDir: string;
  baseUrl: string | null;
  projectRoot: string;
  /** Folder of the on-disk cache; null keeps the cache in memory only (still incremental across calls). */
  cacheDir: string | null;
  /** Worker threads: 'auto' uses them when the archive is big enough to pay for a thread's start-up. */
  workers?: 'auto' | 'always' | 'never';
  /** Show a progress line (TTY only). */
  progress?: boolean;
  /**
   * Long-lived sessions (npm run dev): keep seed bytes in memory and read a seed
   * again only when its size, mtime, ctime or inode changed. The content hash
   * still decides what is parsed again.
   */
  keepSeedsInMemory?: boolean;
  /** Pages per Eleventy run (default RENDER_CHUNK); tests use small runs to check they join seamlessly. */
  renderChunk?: number;
  /**
   * From this many articles on (default LOW_MEMORY_ARTICLES), the search index is built after
   * rendering, in the main thread, once the archive model is released, so the two largest
   * memory users never overlap.
   */
  lowMemoryAbove?: number;
}

/**
 * Page kinds whose templates print only their own view model `p` plus the
 * site-wide data in the global key below, so an unchanged view model means an
 * unchanged page. Singleton pages (indexes, about, statistics, search, 404) read
 * archive-wide data and are always rendered; they are few and cheap.
 */
const PER_PAGE_KINDS = ['articles', 'home', 'years', 'months', 'outlets', 'topics', 'undated'] as const;
type PerPageKind = (typeof PER_PAGE_KINDS)[number];

/**
 * Archive-wide inputs that some per-page templates print besides `p`, through
 * filters that take the whole model: they join the page's key, so a page is
 * rendered again when they change. Keep in step with templates/ (the
 * byte-identical test in tests/rebuild catches a template that reads more).
 */
const EXTRA_INPUTS: Partial<Record<PerPageKind, (model: ArchiveModel, page: never) => string>> = {
  // The small timeline on an outlet's or topic's first page spans the whole archive's months.
  outlets: (model, page: GroupPage) => groupTimelineHtml(model, page, 'outlet'),
  topics: (model, page: GroupPage) => groupTimelineHtml(model, page, 'topic'),
};

/** Heap limit for the search index worker: 60 % of the machine's memory, at most 16 GB. */
const INDEX_HEAP_MB = Math.min(16_384, Math.floor((totalmem() * 0.6) / 2 ** 20));
/** See EngineOptions.lowMemoryAbove. */
const LOW_MEMORY_ARTICLES = 50_000;
/** Articles below this are built in one thread: a worker's start-up costs more than it saves. */
const WORKER_MIN_ARTICLES = 150;
/** Seeds to parse below this are parsed in the main thread. */
const WORKER_MIN_INGEST = 1500;

interface FilesRecord {
  key: string;
  files: Record<string, FileStamp>;
}

interface SearchPlan {
  key: string;
  /** The previous index's files to carry over, or null to build it. */
  carry: FilesRecord | null;
  /** `carry` is an out-of-date index kept for now (dev). */
  deferred: boolean;
  exports: { key: string; carry: FilesRecord | null };
}

/** What the previous build wrote, saved beside the ingest cache. */
interface OutputState {
  format: number;
  outDir: string;
  /** Render code + site-wide data: when it changes, every page is rendered. */
  globalKey: string;
  /** Per-page output path → [view-model digest, size, mtimeMs]. */
  pages: Record<string, [string, number, number]>;
  search: FilesRecord | null;
  exports: FilesRecord | null;
  /**
   * Everything the output depends on (code, base URL, every article), when the output is
   * complete (not a dev build with a deferred index): an unchanged key means nothing to do.
   */
  inputKey?: string | null;
  /** Stamps of the output files not recorded above (feeds, sitemap, assets, fixed pages). */
  other?: Record<string, FileStamp>;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An article is determined by its seed's bytes, the parser's code and what the archive-wide slug step gave it. */
function articlesKey(articles: readonly Article[], seedHashes: ReadonlyMap<string, string>, ingestCode: string): string {
  return digest(
    [ingestCode, ...articles.map((a) => [seedHashes.get(a.sourceFile), a.sourceFile, a.id, a.slug, a.url, ...a.warnings].join('\0'))].join('\n'),
  );
}

/** Where `build` keeps its cache for an output folder: `.cache/arsip-berita/<out name>` beside it. */
export function defaultCacheDir(outDir: string): string {
  const out = resolve(outDir);
  return join(resolve(out, '..'), '.cache', 'arsip-berita', out.split(/[\\/]/).pop() ?? 'dist');
}

export class BuildRefused extends Error {}

export class IncrementalBuilder {
  private ingestCache: IngestCache | null = null;
  private state: OutputState | null = null;
  private loaded = false;
  /** Removal of the output replaced by the last dev build, still running (see swapIntoPlace). */
  private pendingRemoval: Promise<void> | null = null;
  private readonly seedReader = new SeedReader();
  readonly seedsDir: string;
  readonly outDir: string;

  constructor(private readonly options: EngineOptions) {
    this.seedsDir = resolve(options.seedsDir);
    this.outDir = resolve(options.outDir);
  }

  private loadCache(fingerprint: string): IngestCache {
    const dir = this.options.cacheDir;
    if (!this.loaded) {
      this.loaded = true;
      if (dir) {
        this.ingestCache = IngestCache.load(dir, fingerprint);
        const file = join(dir, 'output.json');
        try {
          const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as OutputState) : null;
          this.state = saved && saved.format === CACHE_FORMAT && saved.outDir === this.outDir ? saved : null;
        } catch {
          this.state = null;
        }
      }
    }
    if (!this.ingestCache || this.ingestCache.fingerprint !== fingerprint) this.ingestCache = new IngestCache(fingerprint);
    return this.ingestCache;
  }

  private saveCache(): void {
    const dir = this.options.cacheDir;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    this.ingestCache?.save(dir);
    if (this.state) {
      const file = join(dir, 'output.json');
      writeFileSync(`${file}.tmp`, JSON.stringify(this.state));
      renameSync(`${file}.tmp`, file);
    }
  }

  private useWorkers(articles: number): boolean {
    const mode = this.options.workers ?? 'auto';
    if (mode === 'never') return false;
    if (mode === 'always') return true;
    return articles >= WORKER_MIN_ARTICLES && cpus().length > 1;
  }

  /**
   * One build. `deferSearch` (the dev server) publishes changed pages without
   * waiting for the search index when a previous index exists: the old index is
   * carried over and `work.searchDeferred` asks for a follow-up build.
   */
  async build(options: { deferSearch?: boolean } = {}): Promise<EngineResult> {
    const refusal = refuseOutDir(this.outDir, this.seedsDir, this.options.projectRoot);
    if (refusal) throw new BuildRefused(refusal);

    const timings: StageTiming[] = [];
    const time = async <T>(stage: string, fn: () => Promise<T> | T): Promise<T> => {
      const start = performance.now();
      const value = await fn();
      timings.push({ stage, ms: performance.now() - start });
      return value;
    };
    let progress: Progress = createProgress({ items: 0, enabled: false });

    // ---- scan + ingest (only new or changed seeds are parsed)
    const scanned = await time('scan', () =>
      this.options.keepSeedsInMemory ? scanSeeds(this.seedsDir, { readFile: (p) => this.seedReader.read(p) }) : scanSeeds(this.seedsDir),
    );
    this.seedReader.endScan();
    if (this.options.progress) progress = createProgress({ items: scanned.inputs.length });
    const code = { ingest: ingestFingerprint(), render: renderFingerprint(), search: searchFingerprint() };
    const cache = this.loadCache(code.ingest);
    const hashes = hashInputs(scanned.inputs, this.seedReader.hashes);
    const { ingested, parsed } = await time('ingest', async () => {
      const stale = cache.stale(scanned.inputs, hashes);
      progress.stage('ingest', stale.length);
      if (stale.length >= WORKER_MIN_INGEST && this.useWorkers(stale.length)) {
        // Half the changed seeds in a worker, half here, at the same time.
        const half = stale.slice(Math.ceil(stale.length / 2));
        const remote = runInWorker<IngestedSeed[]>({
          module: new URL('./tasks.ts', import.meta.url).href,
          fn: 'ingestTask',
          data: { inputs: half },
        });
        const local = stale.slice(0, Math.ceil(stale.length / 2));
        for (const input of local) {
          cache.prime(input.sourceFile, hashes.get(input.sourceFile) ?? '', ingestSeed(input));
          progress.tick();
        }
        const done = await remote;
        half.forEach((input, i) => {
          const seed = done[i];
          if (seed) cache.prime(input.sourceFile, hashes.get(input.sourceFile) ?? '', seed);
        });
        progress.tick(half.length);
      }
      const run = cache.run(scanned.inputs, hashes, stale.length < WORKER_MIN_INGEST ? () => progress.tick() : undefined);
      return { ingested: assignSlugs(run.seeds), parsed: stale.length };
    });
    const articles = ingested.articles;
    const outcomes = [...scanned.outcomes, ...ingested.outcomes].sort((a, b) => byString(a.sourceFile, b.sourceFile));
    // The seeds' bytes are not needed any more: let them go (hundreds of MB at 100,000 seeds).
    const seedCount = scanned.inputs.length;
    scanned.inputs = [];

    // ---- nothing changed since a complete build, and its output is exactly as we left it: done.
    const articleKeys = articlesKey(articles, hashes, code.ingest);
    const inputKey = digest([code.render, code.search, this.options.baseUrl ?? '', articleKeys].join('\n'));
    const untouched = await time('verify', () => this.untouchedOutput(inputKey));
    if (untouched !== null) {
      return {
        articles,
        outcomes,
        timings,
        fileCount: untouched,
        work: {
          seedsParsed: parsed,
          seedsReused: seedCount - parsed,
          pagesRendered: 0,
          pagesCarried: Object.keys(this.state?.pages ?? {}).length,
          searchRebuilt: false,
          searchDeferred: false,
          exportsRebuilt: false,
          changed: [],
        },
      };
    }

    // ---- search index: it needs only the articles, so it starts now, in a worker, and runs
    //      alongside the archive model, the page plan and Eleventy on the main thread.
    const searchPlan = await this.planSearch(articleKeys, code, options.deferSearch === true);
    await this.pendingRemoval;
    await removeStaleStaging(this.outDir);
    const tmpBase = join(dirname(this.outDir), `.${basename(this.outDir)}.staging-${process.pid}-${Date.now()}`);
    const searchTmp = `${tmpBase}-search`;
    const exportsTmp = `${tmpBase}-exports`;
    const lowMemory = articles.length >= (this.options.lowMemoryAbove ?? LOW_MEMORY_ARTICLES);
    const parallel = !lowMemory && this.useWorkers(articles.length);
    // A large archive's index is built after rendering, in a worker of its own with a heap sized to
    // the machine: lunr's structures for 100,000 articles outgrow V8's default 4 GB limit.
    const indexInWorker = parallel || (lowMemory && this.options.workers !== 'never');
    let searchMs = 0;
    const runSearch = async (): Promise<number> => {
      const start = performance.now();
      const res = indexInWorker
        ? await runInWorker<{ fileCount: number }>({
            module: new URL('./tasks.ts', import.meta.url).href,
            fn: 'searchIndexTask',
            data: { articles, outDir: searchTmp },
            maxHeapMb: INDEX_HEAP_MB,
          })
        : await writeSearchIndex(articles, searchTmp);
      searchMs = performance.now() - start;
      return res.fileCount;
    };
    let searchJob: Promise<number> | null = searchPlan.carry || !parallel ? null : runSearch();
    searchJob?.catch(() => {}); // awaited (and its error thrown) below

    let staging: string | null = null;
    let fileCount = 0;
    const nextPages: OutputState['pages'] = {};
    let searchRecord: FilesRecord | null = null;
    const records: { exports: FilesRecord | null } = { exports: null };
    const changed = new Set<string>();
    const prevOut = this.outDir;
    let plan: Awaited<ReturnType<IncrementalBuilder['plan']>>;
    try {
      // ---- archive model (pure, whole archive: cheap next to rendering)
      progress.stage('archive');
      let model: ArchiveModel | null = await time('archive', () => buildArchive(articles, { baseUrl: this.options.baseUrl }));

      // ---- plan: which pages changed since the output we are about to replace
      progress.stage('plan');
      // (no const alias: `model` is set to null below to let the model go)
      plan = await time('plan', () => this.plan(model as ArchiveModel, code, searchPlan));

      // ---- write: render (main thread) ‖ search index (worker) ‖ exports, into a fresh staging folder
      const stagingDir = makeStagingDir(this.outDir);
      staging = stagingDir;
      // Without a worker the index runs here, before rendering, so timings stay separate.
      if (!searchPlan.carry && !parallel && !lowMemory) {
        progress.stage('index');
        searchJob = runSearch();
        await searchJob;
      }

      progress.stage('render', plan.renderCount);
      // Eleventy renders in one call: count the files it has written so far, for the bar.
      let rendering = true;
      const poll = progress.enabled
        ? setInterval(() => void listFiles(stagingDir).then((files) => rendering && progress.set(Math.max(0, files.length - 1))), 500)
        : null;
      const rendered = await time('render', () => renderInChunks(plan.renderModel, stagingDir, this.options.renderChunk ?? RENDER_CHUNK)).finally(() => {
        rendering = false;
        if (poll) clearInterval(poll);
      });
      progress.set(plan.renderCount);

      progress.stage('exports');
      await time('exports', async () => {
        if (plan.exports.carry) {
          await carryFiles(prevOut, stagingDir, Object.keys(plan.exports.carry.files));
          records.exports = plan.exports.carry;
        } else {
          await writeExports(articles, exportsTmp);
          records.exports = { key: plan.exports.key, files: await stampAll(exportsTmp) };
          await mergeInto(exportsTmp, stagingDir);
          for (const f of Object.keys(records.exports.files)) changed.add(f);
        }
      });

      progress.stage('carry', plan.carry.length);
      await time('carry', async () => {
        const linked = await carryFiles(prevOut, stagingDir, plan.carry.map((c) => c.path));
        for (const c of plan.carry) {
          const stamp = linked ? c.stamp : await stampOf(join(stagingDir, c.path));
          if (stamp) nextPages[c.path] = [c.hash, stamp.size, stamp.mtimeMs];
        }
        await eachLimit(plan.rendered, 32, async (r) => {
          const stamp = await stampOf(join(stagingDir, r.path));
          if (stamp) nextPages[r.path] = [r.hash, stamp.size, stamp.mtimeMs];
          changed.add(r.path);
        });
      });

      if (!searchPlan.carry && lowMemory) {
        // The model (and Eleventy's data) can go before the index is built.
        model = null;
        Object.assign(plan, { renderModel: null });
        progress.stage('index');
        searchJob = runSearch();
      }
      if (searchJob) {
        progress.stage('index');
        const waitStart = performance.now();
        const searchFiles = await searchJob;
        searchRecord = { key: plan.search.key, files: await stampAll(searchTmp) };
        await mergeInto(searchTmp, stagingDir);
        for (const f of Object.keys(searchRecord.files)) changed.add(f);
        fileCount += searchFiles;
        timings.push({ stage: 'index', ms: searchMs });
        if (parallel) timings.push({ stage: 'index-wait', ms: performance.now() - waitStart });
      } else if (plan.search.carry) {
        await carryFiles(prevOut, stagingDir, Object.keys(plan.search.carry.files));
        searchRecord = plan.search.carry;
        fileCount += Object.keys(plan.search.carry.files).length;
      }
      fileCount += rendered.fileCount + plan.carry.length + Object.keys(records.exports?.files ?? {}).length;

      progress.stage('swap');
      // The dev server publishes first and deletes the replaced output afterwards.
      const swapped = await time('swap', () =>
        swapIntoPlace(stagingDir, this.outDir, { removeOld: options.deferSearch === true ? 'later' : 'now' }),
      );
      this.pendingRemoval = swapped.removal;
    } catch (err) {
      progress.finish();
      await searchJob?.catch(() => undefined); // let a running worker finish writing before cleaning up
      const leftovers = [staging, searchTmp, exportsTmp].filter((d): d is string => d !== null);
      await Promise.all(leftovers.map((d) => rm(d, { recursive: true, force: true })));
      // The previous output is intact, but our record of it may no longer match what we are about to write next.
      throw err;
    }

    // Non-page files (feeds, sitemap, assets, singletons) are rendered every time: count them as changed for reload.
    for (const f of plan.alwaysRendered) changed.add(f);
    const recorded = new Set([...Object.keys(nextPages), ...Object.keys(searchRecord?.files ?? {}), ...Object.keys(records.exports?.files ?? {})]);
    const other: Record<string, FileStamp> = {};
    await eachLimit((await listFiles(this.outDir)).filter((f) => !recorded.has(f)), 32, async (f) => {
      const stamp = await stampOf(join(this.outDir, f));
      if (stamp) other[f] = stamp;
    });
    this.state = {
      format: CACHE_FORMAT,
      outDir: this.outDir,
      globalKey: plan.globalKey,
      pages: nextPages,
      search: searchRecord,
      exports: records.exports,
      inputKey: plan.search.deferred ? null : inputKey,
      other,
    };
    progress.stage('cache');
    await time('cache', () => this.saveCache());
    progress.finish();

    return {
      articles,
      outcomes,
      timings,
      fileCount,
      work: {
        seedsParsed: parsed,
        seedsReused: seedCount - parsed,
        pagesRendered: plan.rendered.length,
        pagesCarried: plan.carry.length,
        searchRebuilt: !plan.search.carry,
        searchDeferred: plan.search.deferred,
        exportsRebuilt: !plan.exports.carry,
        changed: [...changed].sort(),
      },
    };
  }

  /**
   * When the last build was complete for exactly these inputs and every file of its output is
   * still there, unchanged, with nothing added: the number of files; otherwise null.
   */
  private async untouchedOutput(inputKey: string): Promise<number | null> {
    const prev = this.previous();
    if (!prev || !prev.inputKey || prev.inputKey !== inputKey || !prev.other) return null;
    const stamps = new Map<string, FileStamp>();
    for (const [f, [, size, mtimeMs]] of Object.entries(prev.pages)) stamps.set(f, { size, mtimeMs });
    for (const rec of [prev.search, prev.exports]) for (const [f, st] of Object.entries(rec?.files ?? {})) stamps.set(f, st);
    for (const [f, st] of Object.entries(prev.other)) stamps.set(f, st);
    const files = await listFiles(this.outDir);
    if (files.length !== stamps.size || files.some((f) => !stamps.has(f))) return null;
    let intact = true;
    await eachLimit(files, 32, async (f) => {
      if (intact && !(await isUntouched(join(this.outDir, f), stamps.get(f)))) intact = false;
    });
    return intact ? files.filter((f) => f !== OUTPUT_MARKER).length : null;
  }

  /** The previous build's record, when its output folder is still there. */
  private previous(): OutputState | null {
    return this.state && existsSync(this.outDir) ? this.state : null;
  }

  /** A previous files record still valid for `key`, if every file is still exactly what we wrote. */
  private async reusable(rec: FilesRecord | null | undefined, key: string): Promise<FilesRecord | null> {
    if (!rec || rec.key !== key) return null;
    const ok = await Promise.all(Object.entries(rec.files).map(([f, s]) => isUntouched(join(this.outDir, f), s)));
    return ok.every(Boolean) ? rec : null;
  }

  /**
   * Search index and exports depend on every article: `articleKeys` (articlesKey) covers all of them.
   */
  private async planSearch(
    articleKeys: string,
    code: { ingest: string; render: string; search: string },
    deferSearch: boolean,
  ): Promise<SearchPlan> {
    const prev = this.previous();
    const key = digest(`${code.search}\n${articleKeys}`);
    const exportsKey = digest(`${code.render}\n${articleKeys}`);
    const exports = { key: exportsKey, carry: await this.reusable(prev?.exports, exportsKey) };
    const current = await this.reusable(prev?.search, key);
    if (current || !deferSearch || !prev?.search) return { key, carry: current, deferred: false, exports };
    // Deferred (dev): the previous index as it is, if its files are still exactly what we wrote.
    const old = await this.reusable(prev.search, prev.search.key);
    if (old === null) return { key, carry: null, deferred: false, exports };
    // The data exports wait for the same follow-up build as the index (a second off the reload).
    if (!exports.carry && prev.exports) exports.carry = await this.reusable(prev.exports, prev.exports.key);
    return { key, carry: old, deferred: true, exports };
  }

  /** Decides which pages to render and which to carry over from the previous output. */
  private async plan(model: ArchiveModel, code: { render: string }, searchPlan: SearchPlan) {
    const prev = this.previous();
    const globalKey = digest([code.render, JSON.stringify(model.site), model.feed.atomUrl, model.feed.jsonUrl].join('\n'));
    const samePipeline = prev !== null && prev.globalKey === globalKey;

    const rendered: { path: string; hash: string }[] = [];
    const carry: { path: string; hash: string; stamp: FileStamp }[] = [];
    const candidates: { path: string; hash: string; stamp: FileStamp }[] = [];
    const pages = { ...model.pages } as ArchiveModel['pages'];
    for (const kind of PER_PAGE_KINDS) {
      const all = model.pages[kind] as { path: string }[];
      const keep: { path: string }[] = [];
      const extra = EXTRA_INPUTS[kind];
      for (const page of all) {
        const hash = digest(extra ? JSON.stringify(page) + extra(model, page as never) : JSON.stringify(page));
        const old = samePipeline ? prev.pages[page.path] : undefined;
        if (old && old[0] === hash) {
          candidates.push({ path: page.path, hash, stamp: { size: old[1], mtimeMs: old[2] } });
          continue;
        }
        keep.push(page);
        rendered.push({ path: page.path, hash });
      }
      (pages as Record<PerPageKind, unknown[]>)[kind] = keep;
    }
    // A previous output file someone touched since is rendered again, not trusted.
    const verified = await Promise.all(candidates.map((c) => isUntouched(join(this.outDir, c.path), c.stamp)));
    const recheck = new Set<string>();
    candidates.forEach((c, i) => {
      if (verified[i]) carry.push(c);
      else recheck.add(c.path);
    });
    if (recheck.size > 0) {
      for (const kind of PER_PAGE_KINDS) {
        const extra = (model.pages[kind] as { path: string }[]).filter((p) => recheck.has(p.path));
        if (extra.length === 0) continue;
        (pages as Record<PerPageKind, unknown[]>)[kind] = [...((pages as Record<PerPageKind, unknown[]>)[kind] ?? []), ...extra];
        for (const p of extra) rendered.push({ path: p.path, hash: candidates.find((c) => c.path === p.path)?.hash ?? '' });
      }
    }
    const alwaysRendered: string[] = [];
    for (const [kind, list] of Object.entries(model.pages)) {
      if ((PER_PAGE_KINDS as readonly string[]).includes(kind)) continue;
      for (const p of list as { path: string }[]) alwaysRendered.push(p.path);
    }
    alwaysRendered.push('feed.xml', 'feed.json', 'sitemap.xml');

    // The complete model rides along as `whole`: filters that count the archive must see all of it.
    const renderModel: ArchiveModel & { whole: ArchiveModel } = { ...model, pages, whole: model };
    const renderCount = rendered.length + alwaysRendered.length;
    return {
      globalKey,
      renderModel,
      renderCount,
      rendered,
      carry,
      alwaysRendered,
      search: searchPlan,
      exports: searchPlan.exports,
    };
  }
}

/**
 * Eleventy keeps every page of a run in memory (templates, data, results):
 * at 100,000 articles one run would need several GB. Pages are rendered in
 * runs of at most this many; singleton pages only in the first run.
 */
const RENDER_CHUNK = 15_000;

async function renderInChunks(
  model: ArchiveModel & { whole: ArchiveModel },
  outDir: string,
  size: number,
): Promise<{ fileCount: number }> {
  const items: [PerPageKind, unknown][] = PER_PAGE_KINDS.flatMap((kind) => (model.pages[kind] as unknown[]).map((p) => [kind, p] as [PerPageKind, unknown]));
  if (items.length <= size) return renderSite(model, outDir);
  let fileCount = 0;
  for (let start = 0; start < items.length; start += size) {
    const pages = { ...model.pages } as Record<string, unknown[]>;
    for (const kind of Object.keys(pages)) {
      // Per-page lists are filled from this chunk; singletons stay only in the first run.
      if ((PER_PAGE_KINDS as readonly string[]).includes(kind) || start > 0) pages[kind] = [];
    }
    for (const [kind, page] of items.slice(start, start + size)) pages[kind]?.push(page);
    const chunk = { ...model, pages: pages as unknown as ArchiveModel['pages'] };
    fileCount += (await renderSite(chunk, outDir)).fileCount;
  }
  return { fileCount };
}

/** Seed bytes kept between builds of one session; a file is read again when its stat changes. */
class SeedReader {
  private files = new Map<string, { key: string; bytes: Uint8Array }>();
  /** sha256 per bytes object, so unchanged seeds are not hashed again either. */
  readonly hashes = new WeakMap<Uint8Array, string>();

  private seen = new Set<string>();

  async read(path: string): Promise<Uint8Array> {
    this.seen.add(path);
    const s = await stat(path);
    const key = `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
    const known = this.files.get(path);
    if (known && known.key === key) return known.bytes;
    const bytes = new Uint8Array(await readFile(path));
    this.files.set(path, { key, bytes });
    return bytes;
  }

  /** Forgets files the last scan did not read (deleted or renamed seeds). */
  endScan(): void {
    for (const path of this.files.keys()) if (!this.seen.has(path)) this.files.delete(path);
    this.seen.clear();
  }
}

async function stampAll(root: string): Promise<Record<string, FileStamp>> {
  const rels = (await listFiles(root)).sort();
  const stamps = new Map<string, FileStamp>();
  await eachLimit(rels, 32, async (rel) => {
    const s = await stampOf(join(root, rel));
    if (s) stamps.set(rel, s);
  });
  const out: Record<string, FileStamp> = {};
  for (const rel of rels) {
    const s = stamps.get(rel);
    if (s) out[rel] = s;
  }
  return out;
}
