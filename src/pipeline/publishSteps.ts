/**
 * The last steps (steps.ts): the staging folder becomes the output (swapped in whole, or in dev
 * its written files moved in), what was written is recorded for the next build, the replaced
 * output is removed, and the run's result is made.
 */
import { swapIntoPlace } from '../output.ts';
import { saveCacheOrWarn } from '../publish/cacheFaults.ts';
import { publishInPlace, publishPagesInPlace } from '../publish/inPlace.ts';
import { recordBuild } from './buildRecord.ts';
import type { OutputState } from './plan.ts';
import type { BuildRun } from './run.ts';
import { CACHE_FORMAT } from '../cacheFiles.ts';
import { dropState } from './state.ts';

/** A publish in place is about to change the live folder: the record of what it holds is void until the build ends. */
export function voidRecord(r: BuildRun): void {
  r.session.state = null;
  if (r.session.options.cacheDir) dropState(r.session.options.cacheDir);
}

/**
 * npm run dev, in place: the pages (and the new seeds' copies) go live now; the search index and the
 * data exports, still being built, follow in publishStep. New pages go in before the changed ones
 * that link to them; files of deleted seeds go at the end.
 */
export async function publishPagesStep(r: BuildRun): Promise<void> {
  if (!r.inPlace || !r.onPages) return;
  voidRecord(r);
  r.earlyMoved.push(...(await publishPagesInPlace(r.stagingDir, r.session.outDir, r.seen.files)));
  const changed = new Set(r.changed);
  for (const f of r.pages.alwaysRendered) changed.add(f);
  r.onPages({
    articles: r.articles,
    outcomes: r.outcomes,
    work: {
      seedsParsed: r.parsed,
      seedsReused: r.seedCount - r.parsed,
      pagesRendered: r.pages.rendered.length,
      pagesCarried: r.pages.carry.length,
      changed: [...changed].sort(),
    },
    more: !r.search.carry || !r.exportsPlan.carry,
  });
}

export async function publishStep(r: BuildRun): Promise<void> {
  const { session, stagingDir } = r;
  r.progress.stage('swap');
  if (r.inPlace) {
    // The written files move into the live folder; until that is done the record is void.
    voidRecord(r);
    r.published = await publishInPlace(stagingDir, session.outDir, r.keep, r.seen.files, r.earlyMoved);
  } else {
    // The staging folder replaces the output in one rename; the replaced output is deleted while
    // the caches are saved (a dev build: while the next one starts).
    const swapped = await swapIntoPlace(stagingDir, session.outDir, { removeOld: session.options.detachRemoval ? 'detached' : 'later' });
    session.pendingRemoval = swapped.removal;
  }
  if (!r.searchPublished) r.onSearchable?.(performance.now());
  r.onPublished?.();
}

/** Records what was written, for the next build. */
export async function cacheStep(r: BuildRun): Promise<void> {
  const { session, changed, nextPages, nextSources } = r;
  // Non-page files (feeds, sitemap, assets, singletons) are rendered every time: count them as changed for reload.
  for (const f of r.pages.alwaysRendered) changed.add(f);
  for (const f of r.published?.removed ?? []) changed.add(f);
  r.progress.stage('cache');
  const state: OutputState = {
    format: CACHE_FORMAT,
    outDir: session.outDir,
    renderKey: r.renderKey,
    pages: nextPages,
    sources: nextSources,
    search: r.searchRecord,
    exports: r.exportsRecord,
    inputKey: r.inputKey,
    units: r.pages.units,
    // Published in place, the output now holds exactly what was moved in and what was kept (the rest
    // was removed): no need to list a site of tens of thousands of files again.
    other: await session.otherStamps({ ...nextPages, ...nextSources }, r.published ? [...r.published.moved, ...r.keep] : r.renderedHere, r.searchRecord, r.exportsRecord),
  };
  session.state = state;
  saveCacheOrWarn(() => session.saveCache(), session.options.cacheDir ?? '', session.options.notify);
  // Lists the record's files (recordedFiles, kept per record): a dev session's next build checks against them.
  recordBuild(r, state, r.fileCount);
}

/** Waits for the replaced output's removal; a dev build leaves it to the next one (the reload goes out first). */
export async function removeOldStep(r: BuildRun): Promise<void> {
  await r.session.pendingRemoval;
  await r.trashEmptied;
  r.session.pendingRemoval = null;
}

export function finishStep(r: BuildRun): void {
  const { pages, search, exportsPlan } = r;
  r.progress.finish();
  r.result = {
    articles: r.resultArticles,
    articleCount: r.articleCount,
    outcomes: r.outcomes,
    timings: r.t.list,
    fileCount: r.fileCount,
    work: {
      seedsRead: r.seedsRead,
      seedsParsed: r.parsed,
      seedsReused: r.seedCount - r.parsed,
      pagesRendered: pages.rendered.length,
      pagesCarried: pages.carry.length,
      searchRebuilt: !search.carry,
      exportsRebuilt: !exportsPlan.carry,
      changed: [...r.changed].sort(),
      filesWritten:
        pages.rendered.length +
        pages.alwaysRendered.length +
        r.searchWritten +
        r.copyPlan.write.length +
        (exportsPlan.carry ? 0 : Object.keys(r.exportsRecord?.files ?? {}).length),
      searchPiecesKept: r.searchKept,
      published: r.published ? 'in-place' : 'swap',
    },
  };
}
