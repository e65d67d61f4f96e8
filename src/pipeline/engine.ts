/**
 * The build engine behind `npm run build` and `npm run dev`: the stages of
 * stages.ts run in order — scan → ingest → archive → render ‖ search ‖
 * exports → publish — and each redoes only work whose inputs changed:
 *   - ingest: a seed is parsed again only when its bytes (sha256) or the
 *     ingest stage's code changed (IngestCache);
 *   - render: a page is rendered again only when its view model, the site-wide
 *     data or the render stage's code changed; every other page is hard-linked
 *     from the previous output into the new staging folder;
 *   - search index and exports: rebuilt when any article or their code changed.
 * Code keys come from each stage's module graph (stages.ts). What to render
 * and carry is decided by a pure plan (plan.ts), where threads go by the
 * scheduling policy (policy.ts). The staging folder always starts empty and
 * receives only what the current seeds produce, so nothing of a deleted seed
 * can survive. A cold build and an incremental build give byte-identical
 * output (tests/pipeline/rebuild.test.ts).
 */
import { byCodeUnits } from '../collate.ts';
import { lstat, rm } from 'node:fs/promises';
import { lstatSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { archiveParts } from '../archive/index.ts';
import { DEFAULT_SITE, siteKeyOf, type SiteSettings } from '../archive/siteSettings.ts';
import { scanSeeds } from '../ingest/index.ts';
import { readSeedFile, type FileIdentity } from '../ingest/scan.ts';
import type { Article, SeedOutcome } from '../ingest/types.ts';
import { discardStaging, emptyTrash, makeStagingDir, refuseOutDir, refuseReadOnlyOutput, removeStaleStaging, swapIntoPlace } from '../output.ts';
import { userPath } from '../errors.ts';
import { damagedCacheNotice, saveCacheOrWarn } from '../publish/cacheFaults.ts';
import { createProgress, type Progress } from '../progress.ts';
import { writeExports } from '../site/exportFiles.ts';
import { sourceCopies, writeSourceCopies } from '../site/sources.ts';
import { carryFiles, mergeInto, stampOf, type FileStamp } from './carry.ts';
import { eachLimit } from '../concurrency.ts';
import { listFiles, listFilesSync } from '../listing.ts';
import { digest } from './fingerprint.ts';
import { runIngest } from './ingest.ts';
import { hashInputs, IngestCache } from './ingestCache.ts';
import type { FileHashes } from './moduleGraph.ts';
import { PROJECT_ROOT } from '../project.ts';
import { planFiles, planKeyed, planPages, recordedFiles, type FilesRecord, type OutputState } from './plan.ts';
import { dropRecord, listSeeds, saveRecord, seedRows, type BuildRecord } from './quick.ts';
import { schedule, type WorkerMode } from './policy.ts';
import { articlePageKey, renderInChunks, siteKey } from './render.ts';
import { runSearch } from './search.ts';
import { CACHE_FORMAT, codeKeys, type CodeKeys } from './stages.ts';
import { dropState, loadState, observeOutput, saveState } from './state.ts';
import { publishInPlace, type InPlaceResult } from '../publish/inPlace.ts';
import { SEARCH_DIR } from '../urls.ts';

export interface StageTiming {
  stage: string;
  ms: number;
  /** The main thread's memory when the stage ended (MB): where peak memory goes, stage by stage. */
  rssMb?: number;
  heapMb?: number;
}

export interface BuildResult {
  articles: Article[];
  outcomes: SeedOutcome[];
  timings: StageTiming[];
  /** Files in the output folder (pages, feeds, assets, exports, index). */
  fileCount: number;
}

/** What the engine did, for --verbose, the dev server and the tests. */
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
   * still decides what is parsed again.
   */
  keepSeedsInMemory?: boolean;
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
   */
  publish?: 'swap' | 'in-place';
}

/** The project this engine's code belongs to. */
export const CODE_ROOT = PROJECT_ROOT;


/**
 * An article is determined by its seed's bytes and the ingest code (given with it) and what the
 * archive-wide step gave it: slug, id, address, and the recurring lines it dropped (named in a warning,
 * counted in body, omitted and topics).
 */
function articleIdentity(a: Article, seedHashes: ReadonlyMap<string, string>): string {
  return [seedHashes.get(a.sourceFile), a.sourceFile, a.id, a.slug, a.url, a.body.length, a.omitted.length, a.topics.join('\u0001'), ...a.warnings].join('\0');
}

function articlesKey(articles: readonly Article[], seedHashes: ReadonlyMap<string, string>, ingestCode: string): string {
  return digest([ingestCode, ...articles.map((a) => articleIdentity(a, seedHashes))].join('\n'));
}

export { defaultCacheDir } from './paths.ts';

export class BuildRefused extends Error {}

/** Times stages into a list, in the order they ran. */
class Timings {
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

export class IncrementalBuilder {
  private ingestCache: IngestCache | null = null;
  private state: OutputState | null = null;
  private loaded = false;
  /** Removal of the output replaced by the last dev build, still running (see swapIntoPlace). */
  private pendingRemoval: Promise<void> | null = null;
  private readonly seedReader = new SeedReader();
  readonly seedsDir: string;
  readonly outDir: string;
  private readonly codeRoot: string;

  constructor(private readonly options: EngineOptions) {
    this.seedsDir = resolve(options.seedsDir);
    this.outDir = resolve(options.outDir);
    this.codeRoot = resolve(options.codeRoot ?? CODE_ROOT);
  }

  /**
   * One build. `deferSearch` (the dev server) publishes changed pages without
   * waiting for the search index when a previous index exists: the old index is
   * carried over and `work.searchDeferred` asks for a follow-up build.
   */
  async build(options: { deferSearch?: boolean } = {}): Promise<EngineResult> {
    const refusal = refuseOutDir(this.outDir, this.seedsDir, this.options.projectRoot);
    if (refusal) throw new BuildRefused(refusal);
    const t = new Timings();
    let progress: Progress = createProgress({ items: 0, enabled: false });

    // ---- code keys: each stage's module graph (stages.ts)
    const cacheDir = this.options.cacheDir;
    const codeFiles: FileHashes = {};
    const code = await t.time('code', () => codeKeys(this.codeRoot, cacheDir ? join(cacheDir, 'graphs.json') : null, codeFiles));
    // The build record of the CLI's quick no-change check (quick.ts): void until this build completes.
    const scanStartMs = Date.now();
    const listing = await t.time('list', () => (cacheDir ? (dropRecord(cacheDir), listSeeds(this.seedsDir)) : null));
    const record = (state: OutputState, articleCount: number, outcomeList: SeedOutcome[], files: number): void => {
      const rows = listing && cacheDir ? seedRows(listing, hashes) : null;
      if (!rows || !listing || !cacheDir) return;
      const output: BuildRecord['output'] = {};
      for (const [f, st] of recordedFiles(state)) output[f] = [st.size, st.mtimeMs];
      // Only a shortcut: when it cannot be saved, the next build simply runs the engine.
      try {
        saveRecord(cacheDir, {
          outDir: this.outDir,
          seedsDir: this.seedsDir,
          baseUrl: this.options.baseUrl,
          sources,
          site: siteKeyOf(this.options.site),
          scanStartMs,
          entries: listing.entries,
          seeds: rows,
          code: codeFiles,
          output,
          outcomes: outcomeList,
          articles: articleCount,
          fileCount: files,
        });
      } catch {
        dropRecord(cacheDir);
      }
    };

    // ---- scan + ingest (only new or changed seeds are parsed)
    const scanned = await t.time('scan', () =>
      this.options.keepSeedsInMemory ? scanSeeds(this.seedsDir, { readFile: (p, expect) => this.seedReader.read(p, expect) }) : scanSeeds(this.seedsDir),
    );
    this.seedReader.endScan();
    if (this.options.progress) progress = createProgress({ items: scanned.inputs.length });
    const seedCount = scanned.inputs.length;
    const policy = schedule({
      articles: seedCount,
      cpus: cpus().length,
      totalMemBytes: totalmem(),
      workers: this.options.workers,
      lowMemoryAbove: this.options.lowMemoryAbove,
      renderChunk: this.options.renderChunk,
    });
    const cache = await t.time('load', () => this.loadCache(code));
    const hashes = hashInputs(scanned.inputs, this.seedReader.hashes);
    const { ingested, parsed } = await t.time('ingest', () =>
      runIngest(scanned.inputs, hashes, cache, { inWorker: policy.ingestInWorker, progress, seedBudgetMs: this.options.seedBudgetMs }),
    );
    const articles = ingested.articles;
    const outcomes = [...scanned.outcomes, ...ingested.outcomes].sort((a, b) => byCodeUnits(a.sourceFile, b.sourceFile));
    // The seeds' bytes are not needed any more: let them go (hundreds of MB at 100,000 seeds).
    scanned.inputs = [];

    // ---- nothing changed since a complete build, and its output is exactly as we left it: done.
    const articleKeys = articlesKey(articles, hashes, code.ingest);
    const sources = this.options.sources !== false;
    const inputKey = digest([...Object.values(code), this.options.baseUrl ?? '', `sources ${sources}`, siteKeyOf(this.options.site), articleKeys].join('\n'));
    const prev = this.state;
    const seen = await t.time('verify', () => observeOutput(this.outDir, prev));
    const work = { seedsParsed: parsed, seedsReused: seedCount - parsed };
    if (prev && prev.inputKey === inputKey && seen.complete) {
      record(prev, articles.length, outcomes, seen.fileCount);
      progress.finish();
      const nothing = { pagesRendered: 0, pagesCarried: Object.keys(prev.pages).length, searchRebuilt: false, searchDeferred: false };
      const none = { exportsRebuilt: false, changed: [], filesWritten: 0, searchPiecesKept: 0, published: 'nothing' as const };
      return { articles, outcomes, timings: t.list, fileCount: seen.fileCount, work: { ...work, ...nothing, ...none } };
    }

    // ---- plan the search index and the exports (they need only the articles)
    const search = planFiles(digest(`${code.search}\n${articleKeys}`), prev?.search, seen.intact, options.deferSearch === true);
    // In dev the data exports wait for the same follow-up build as the index (a second off the reload).
    const exportsPlan = planFiles(digest(`${code.exports}\n${articleKeys}`), prev?.exports, seen.intact, search.deferred);
    // The seed copies, file by file: one new seed is one file written, never deferred.
    const copyPlan = planKeyed(sources ? sourceCopies(articles, this.seedsDir, hashes, code.exports) : [], prev?.sources, seen.intact);

    // A read-only folder in the output would fail the build after the swap: refused before anything moves.
    const readOnly = refuseReadOnlyOutput(this.outDir, (p) => userPath(p, { outDir: this.options.outDir }), seen.folders);
    if (readOnly) throw new BuildRefused(readOnly);
    await this.pendingRemoval;
    await removeStaleStaging(this.outDir);
    // What a detached removal of an earlier build did not finish; awaited with this build's own removal.
    const trashEmptied = this.options.detachRemoval ? emptyTrash(this.outDir) : null;
    const tmpBase = join(dirname(this.outDir), `.${basename(this.outDir)}.staging-${process.pid}-${Date.now()}`);
    const searchTmp = `${tmpBase}-search`;
    const exportsTmp = `${tmpBase}-exports`;
    let staging: string | null = null;
    // dev, after a first build: only what changed is moved into the live folder; carried files stay put.
    const inPlace = this.options.publish === 'in-place' && prev !== null && seen.intact.size > 0;
    // Search pieces that come out byte-identical are not written again: carried like unchanged pages.
    const previousPieces: Record<string, string> = {};
    for (const [f, d] of Object.entries(prev?.search?.digests ?? {})) {
      if (seen.intact.has(f)) previousPieces[f.slice(SEARCH_DIR.length + 1)] = d;
    }
    type SearchDone = { written: number; digests: Record<string, string>; kept: string[]; ms: number };
    let searchJob: Promise<SearchDone> | null = null;
    const startSearch = (): Promise<SearchDone> => {
      const start = performance.now();
      const worker = policy.searchWorkerHeapMb === null ? null : { heapMb: policy.searchWorkerHeapMb };
      const job = runSearch(articles, searchTmp, this.options.cacheDir, worker, previousPieces, code.search).then((r) => ({
        written: r.fileCount,
        digests: Object.fromEntries(Object.entries(r.digests).map(([f, d]) => [`${SEARCH_DIR}/${f}`, d])),
        kept: r.kept.map((f) => `${SEARCH_DIR}/${f}`),
        ms: performance.now() - start,
      }));
      job.catch(() => {}); // awaited (and its error thrown) below
      return job;
    };
    // In a worker beside the archive model, the page plan and Eleventy on the main thread.
    if (!search.carry && policy.search === 'beside-render') searchJob = startSearch();

    const changed = new Set<string>();
    const nextPages: OutputState['pages'] = {};
    const nextSources: OutputState['sources'] = {};
    let searchRecord: FilesRecord | null = search.carry;
    let exportsRecord: FilesRecord | null = exportsPlan.carry;
    let fileCount = 0;
    let published: InPlaceResult | null = null;
    let searchWritten = 0;
    let searchKept = 0;
    let renderKey: string;
    let renderedHere: string[] | null = null;
    let pages: ReturnType<typeof planPages>;
    try {
      // ---- archive model (pure, whole archive: cheap next to rendering)
      progress.stage('archive');
      const identities = new Map(articles.map((a) => [a, articleIdentity(a, hashes)]));
      const archiveOptions = { baseUrl: this.options.baseUrl, sources, site: this.options.site ?? DEFAULT_SITE };
      const parts = await t.time('archive', () => archiveParts(articles, archiveOptions));
      const { model } = parts;

      // ---- plan (pure): which pages to render, which to carry from the output we are about to replace
      progress.stage('plan');
      renderKey = digest(`${code.render}\n${siteKey(model)}`);
      pages = await t.time('plan', () => {
        const common = [code.archive, code.ingest, JSON.stringify(archiveOptions)].join('\n');
        const articleKey = (i: number): string => articlePageKey(parts.articlePages, i, common, (a) => identities.get(a) ?? JSON.stringify(a));
        return planPages(parts, renderKey, articleKey, prev, seen.intact);
      });

      // ---- write into a fresh staging folder: search index ‖ render, exports, carried files
      staging = makeStagingDir(this.outDir);
      const stagingDir = staging;
      if (!search.carry && policy.search === 'before-render') {
        progress.stage('index');
        searchJob = startSearch();
        await searchJob;
      }

      progress.stage('render', pages.rendered.length + pages.alwaysRendered.length);
      // Eleventy renders in one call: count the files it has written so far, for the bar.
      let rendering = true;
      const poll = progress.enabled
        ? setInterval(() => void listFiles(stagingDir).then((files) => rendering && progress.set(Math.max(0, files.length - 1))), 500)
        : null;
      const rendered = await t.time('render', () => renderInChunks(pages.renderModel, stagingDir, policy.renderChunk)).finally(() => {
        rendering = false;
        if (poll) clearInterval(poll);
      });
      fileCount += rendered.fileCount;
      // What is in the staging folder now is what Eleventy wrote (and the marker); after the swap the
      // files not recorded per page are the 'other' ones (feeds, assets, singletons), found without
      // listing the whole new output again. In place (dev) the live folder is listed instead.
      renderedHere = inPlace ? null : listFilesSync(stagingDir);
      progress.set(pages.rendered.length + pages.alwaysRendered.length);

      progress.stage('exports');
      await t.time('exports', async () => {
        const linked = inPlace || (await carryFiles(this.outDir, stagingDir, copyPlan.carry.map((c) => c.path)));
        for (const c of copyPlan.carry) {
          const stamp = linked ? c.stamp : await stampOf(join(stagingDir, c.path));
          if (stamp) nextSources[c.path] = [c.key, stamp.size, stamp.mtimeMs];
        }
        const skipped = writeSourceCopies(copyPlan.write, stagingDir);
        if (skipped.length > 0) {
          this.options.notify?.(
            `note: ${skipped.length} seed(s) changed, moved or became links while the build ran; their copies are left out until the next build`,
          );
        }
        for (const c of copyPlan.write) {
          const stamp = await stampOf(join(stagingDir, c.path));
          if (stamp) nextSources[c.path] = [c.key, stamp.size, stamp.mtimeMs];
          changed.add(c.path);
        }
        if (exportsPlan.carry) {
          if (!inPlace) await carryFiles(this.outDir, stagingDir, Object.keys(exportsPlan.carry.files));
          return;
        }
        // The previous files' rows are reused where the article is the same (their places are in the record).
        const old = prev?.exports;
        const reusable = old?.rows && Object.keys(old.files).every((f) => seen.intact.has(f)) ? { dir: this.outDir, rows: old.rows } : null;
        const identity = (a: Article): string => digest(`${code.exports}\n${identities.get(a) ?? JSON.stringify(a)}`);
        const { rows } = await writeExports(articles, exportsTmp, { identity, previous: reusable });
        exportsRecord = { key: exportsPlan.key, files: await stampAll(exportsTmp), rows };
        await mergeInto(exportsTmp, stagingDir);
        for (const f of Object.keys(exportsRecord.files)) changed.add(f);
      });
      fileCount += Object.keys(exportsRecord?.files ?? {}).length + Object.keys(nextSources).length;

      progress.stage('carry', pages.carry.length);
      await t.time('carry', async () => {
        const linked = inPlace || (await carryFiles(this.outDir, stagingDir, pages.carry.map((c) => c.path)));
        for (const c of pages.carry) {
          const stamp = linked ? c.stamp : await stampOf(join(stagingDir, c.path));
          if (stamp) nextPages[c.path] = [c.key, stamp.size, stamp.mtimeMs];
        }
        await eachLimit(pages.rendered, 32, async (r) => {
          const stamp = await stampOf(join(stagingDir, r.path));
          if (stamp) nextPages[r.path] = [r.key, stamp.size, stamp.mtimeMs];
          changed.add(r.path);
        });
      });
      fileCount += pages.carry.length;

      // A large archive's index waits until the model (and Eleventy's data) can be let go.
      if (!search.carry && policy.search === 'after-render') {
        Object.assign(pages, { renderModel: null });
        progress.stage('index');
        searchJob = startSearch();
      }
      const keep = new Set<string>(
        inPlace ? [...pages.carry.map((c) => c.path), ...copyPlan.carry.map((c) => c.path), ...Object.keys(exportsPlan.carry?.files ?? {})] : [],
      );
      if (searchJob) {
        progress.stage('index');
        const waitStart = performance.now();
        const done = await searchJob;
        const written = await stampAll(searchTmp);
        const kept: Record<string, FileStamp> = {};
        const keptLinked = inPlace || (await carryFiles(this.outDir, stagingDir, done.kept));
        for (const f of done.kept) {
          const stamp = keptLinked ? prev?.search?.files[f] : ((await stampOf(join(stagingDir, f))) ?? undefined);
          if (stamp) kept[f] = stamp;
          keep.add(f);
        }
        searchRecord = { key: search.key, files: { ...kept, ...written }, digests: done.digests };
        await mergeInto(searchTmp, stagingDir);
        for (const f of Object.keys(written)) changed.add(f);
        fileCount += Object.keys(done.digests).length;
        searchWritten = done.written;
        searchKept = done.kept.length;
        t.add('index', done.ms);
        if (policy.search === 'beside-render') t.add('index-wait', performance.now() - waitStart);
      } else if (search.carry) {
        if (!inPlace) await carryFiles(this.outDir, stagingDir, Object.keys(search.carry.files));
        for (const f of Object.keys(search.carry.files)) keep.add(f);
        fileCount += Object.keys(search.carry.files).length;
      }

      progress.stage('swap');
      if (inPlace) {
        // ---- publish (dev): the written files move into the live folder; until that is done the record is void.
        this.state = null;
        if (cacheDir) dropState(cacheDir);
        published = await t.time('swap', () => publishInPlace(stagingDir, this.outDir, keep, seen.files));
      } else {
        // ---- publish: the staging folder replaces the output in one rename
        // The replaced output is deleted while the caches are saved (a dev build: while the next one starts).
        const swapped = await t.time('swap', () => swapIntoPlace(stagingDir, this.outDir, { removeOld: this.options.detachRemoval ? 'detached' : 'later' }));
        this.pendingRemoval = swapped.removal;
      }
    } catch (err) {
      progress.finish();
      await searchJob?.catch(() => undefined); // let a running worker finish writing before cleaning up
      await discardStaging(this.outDir); // never throws: `err` is the error to report
      throw err;
    }

    // ---- record what was written, for the next build
    // Non-page files (feeds, sitemap, assets, singletons) are rendered every time: count them as changed for reload.
    for (const f of pages.alwaysRendered) changed.add(f);
    for (const f of published?.removed ?? []) changed.add(f);
    progress.stage('cache');
    await t.time('cache', async () => {
      this.state = {
        format: CACHE_FORMAT,
        outDir: this.outDir,
        renderKey,
        pages: nextPages,
        sources: nextSources,
        search: searchRecord,
        exports: exportsRecord,
        inputKey: search.deferred ? null : inputKey,
        other: await this.otherStamps({ ...nextPages, ...nextSources }, renderedHere, searchRecord, exportsRecord),
      };
      saveCacheOrWarn(() => this.saveCache(), this.options.cacheDir ?? '', this.options.notify);
      if (this.state.inputKey !== null) record(this.state, articles.length, outcomes, fileCount);
    });
    if (options.deferSearch !== true) {
      await t.time('remove-old', async () => {
        await this.pendingRemoval;
        await trashEmptied;
      });
      this.pendingRemoval = null;
    }
    progress.finish();

    return {
      articles,
      outcomes,
      timings: t.list,
      fileCount,
      work: {
        ...work,
        pagesRendered: pages.rendered.length,
        pagesCarried: pages.carry.length,
        searchRebuilt: !search.carry,
        searchDeferred: search.deferred,
        exportsRebuilt: !exportsPlan.carry,
        changed: [...changed].sort(),
        filesWritten:
          pages.rendered.length +
          pages.alwaysRendered.length +
          searchWritten +
          copyPlan.write.length +
          (exportsPlan.carry ? 0 : Object.keys(exportsRecord?.files ?? {}).length),
        searchPiecesKept: searchKept,
        published: published ? 'in-place' : 'swap',
      },
    };
  }

  private loadCache(code: CodeKeys): IngestCache {
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

  private saveCache(): void {
    const dir = this.options.cacheDir;
    if (!dir) return;
    this.ingestCache?.save(dir);
    if (this.state) saveState(dir, this.state);
  }

  /** Stamps of the output files not recorded per page or per record (feeds, sitemap, assets, fixed pages). */
  private async otherStamps(
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

/** Seed bytes kept between builds of one session; a file is read again when its stat changes. */
class SeedReader {
  private files = new Map<string, { key: string; bytes: Uint8Array }>();
  /** sha256 per bytes object, so unchanged seeds are not hashed again either. */
  readonly hashes = new WeakMap<Uint8Array, string>();

  private seen = new Set<string>();

  async read(path: string, expect?: FileIdentity): Promise<Uint8Array> {
    this.seen.add(path);
    const s = await lstat(path);
    const key = `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
    const known = this.files.get(path);
    if (known && known.key === key && (!expect || expect.ino === s.ino)) return known.bytes;
    // Read as the scan does: without following a link, and only the file the listing saw.
    const bytes = readSeedFile(path, expect);
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
