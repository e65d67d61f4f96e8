/**
 * The steps that read (steps.ts): code keys, the seeds, the ingest, the output as the last build
 * left it — and the shortcut when nothing changed. Each takes the run (run.ts) and sets its fields.
 */
import { join, resolve } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { bySourceFile } from '../collate.ts';
import { siteKeyOf } from '../archive/siteSettings.ts';
import { scanSeeds } from '../ingest/index.ts';
import type { FileStamp } from '../ingest/scan.ts';
import type { Article } from '../ingest/types.ts';
import { createProgress } from '../progress.ts';
import { digest } from './fingerprint.ts';
import { runIngest } from './ingest.ts';
import { hashInputs } from './ingestCache.ts';
import { schedule } from './policy.ts';
import { dropRecord, listSeeds, provenHash, provenRows, provenSeeds } from './quick.ts';
import { recordBuild } from './buildRecord.ts';
import type { BuildRun } from './run.ts';
import { codeKeys } from './stages.ts';
import { observeOutput } from './state.ts';
import { startOutputWalk } from './outputWalk.ts';
import { warmSession } from './firstPages.ts';
import { articleKeysOf } from './planSteps.ts';

/** Each stage's code key, from its module graph (stages.ts). */
export async function codeStep(r: BuildRun): Promise<void> {
  const cacheDir = r.session.options.cacheDir;
  r.code = await codeKeys(r.session.codeRoot, cacheDir ?? null, r.codeFiles);
}

/**
 * The seed listing of the quick no-change check (quick.ts); its record is void until this build
 * completes. The output folder's walk starts here too.
 */
export function listStep(r: BuildRun): void {
  const cacheDir = r.session.options.cacheDir;
  // The output folder is walked on the other core meanwhile (outputWalk.ts); verifyStep takes the result.
  r.outputWalk = r.givenWalk?.outDir === r.session.outDir ? r.givenWalk.walk : startOutputWalk(r.session.outDir);
  // The quick check's listing of this seeds folder, taken under the same lock, stands for this one.
  const given = r.givenListing?.seedsDir === resolve(r.session.seedsDir) ? r.givenListing : null;
  r.scanStartMs = given?.startMs ?? Date.now();
  // What the last complete build proved of each seed, read before its record is dropped.
  r.proven = !cacheDir || r.session.options.keepSeedsInMemory ? new Map() : given ? provenRows(given.recorded) : provenSeeds(cacheDir, r.session.seedsDir);
  r.listing = cacheDir ? (dropRecord(cacheDir), given ? { entries: given.entries, seeds: given.seeds } : listSeeds(r.session.seedsDir)) : null;
}

/**
 * Reads the seeds. A seed whose stat is as the last build's record has it, and whose parsed result
 * the ingest cache holds for that record's hash, is not read again (the quick check's rule, quick.ts):
 * a rebuild reads what changed, not the whole seeds folder.
 */
export async function scanStep(r: BuildRun): Promise<void> {
  const { options, seedsDir, seedReader } = r.session;
  const { proven, cache } = r;
  const known = (rel: string, stat: FileStamp): string | undefined => {
    const hash = provenHash(proven.get(rel), stat);
    return hash !== undefined && cache.hashOf(rel) === hash ? hash : undefined;
  };
  // The listing for the build record was taken a moment ago: the scan goes by it (one stat per seed, not two).
  const listed = r.listing;
  r.scanned = options.keepSeedsInMemory
    ? await scanSeeds(seedsDir, { readFile: (p, expect, stamp) => seedReader.read(p, expect, stamp), listed })
    : await scanSeeds(seedsDir, { known, listed });
  seedReader.endScan();
  r.seedsRead = r.scanned.inputs.filter((i) => i.hash === undefined).length;
}

/** The progress line, the thread policy for this many seeds, and the seeds' hashes. */
export function scheduleStep(r: BuildRun): void {
  const { options, seedReader } = r.session;
  if (options.progress) r.progress = createProgress({ items: r.scanned.inputs.length });
  r.seedCount = r.scanned.inputs.length;
  r.policy = schedule({
    articles: r.seedCount,
    cpus: cpus().length,
    totalMemBytes: totalmem(),
    workers: options.workers,
    lowMemoryAbove: options.lowMemoryAbove,
    renderChunk: options.renderChunk,
  });
  r.hashes = hashInputs(r.scanned.inputs, seedReader.hashes);
}

export function loadStep(r: BuildRun): void {
  r.cache = r.session.loadCache(r.code);
}

/** Only new or changed seeds are parsed. */
export async function ingestStep(r: BuildRun): Promise<void> {
  const { ingested, parsed, parsedFiles } = await runIngest(r.scanned.inputs, r.hashes, r.cache, {
    inWorker: r.policy.ingestInWorker,
    progress: r.progress,
    seedBudgetMs: r.session.options.seedBudgetMs,
    remember: r.session.remembers,
  });
  r.parsed = parsed;
  r.parsedFiles = parsedFiles;
  r.articles = ingested.articles;
  r.outcomes = [...r.scanned.outcomes, ...ingested.outcomes].sort(bySourceFile);
  // The seeds' bytes are not needed any more: let them go (hundreds of MB at 100,000 seeds).
  r.scanned.inputs = [];
}

/** Which of the last build's files are still as it left them (the walk began with the build: listStep). */
export async function verifyStep(r: BuildRun): Promise<void> {
  r.prev = r.foundState;
  r.seen = observeOutput(r.session.outDir, r.prev, await (r.outputWalk ?? startOutputWalk(r.session.outDir)));
  r.outputWalk = null;
  // No longer as the last build recorded them: the plan renders them again (to the same bytes) rather
  // than carrying them with their old stamps.
  for (const f of r.firstMoved ?? []) r.seen.intact.delete(f);
}

/**
 * A dev session that found nothing changed (its warm-up): its search worker is handed the index's
 * documents and reads their analyses now, in the background, so the first save is a warm update.
 */
function primeSearchWorker(r: BuildRun): void {
  const { session, policy, prev } = r;
  const { searchWorker } = session;
  const cacheDir = session.options.cacheDir;
  if (!searchWorker || searchWorker.started || !cacheDir || !prev?.search || policy.searchWorkerHeapMb === null) return;
  void searchWorker.prime(
    r.articles.map((a) => session.searchDoc(a)),
    cacheDir,
    policy.searchWorkerHeapMb,
  );
}

/** Nothing changed since a complete build, and its output is exactly as we left it: done. */
export async function unchangedStep(r: BuildRun): Promise<void> {
  const { options } = r.session;
  r.articleKeys = articleKeysOf(r);
  r.sources = options.sources !== false;
  r.inputKey = digest([...Object.values(r.code), options.baseUrl ?? '', `sources ${r.sources}`, siteKeyOf(options.site), r.articleKeys].join('\n'));
  const { prev, seen } = r;
  if (!(prev && prev.inputKey === r.inputKey && seen.complete)) return;
  recordBuild(r, prev, seen.fileCount);
  primeSearchWorker(r);
  if (r.session.remembers && r.onPages && !r.session.warmed) {
    r.session.warmed = true;
    // Only a head start for the first save: if it cannot be made (no room beside the output, say),
    // that save makes what it needs itself, and this build, which changed nothing, did not fail.
    await warmSession(r).catch(() => {});
  }
  r.progress.finish();
  const work = { seedsRead: r.seedsRead, seedsParsed: r.parsed, seedsReused: r.seedCount - r.parsed, pagesRendered: 0, pagesCarried: Object.keys(prev.pages).length };
  const none = { searchRebuilt: false, searchDeferred: false, exportsRebuilt: false, changed: [], filesWritten: 0, searchPiecesKept: 0 };
  r.result = { articles: r.resultArticles, articleCount: r.articleCount, outcomes: r.outcomes, timings: r.t.list, fileCount: seen.fileCount, work: { ...work, ...none, published: 'nothing' } };
}
