/**
 * The search index (steps.ts): built in a worker beside the archive model and Eleventy, before
 * rendering, or after it (a large archive, once the model can be let go), as the scheduling policy
 * (policy.ts) says; then waited for and its pieces recorded.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { publishPagesInPlace } from '../publish/inPlace.ts';
import { SEARCH_DIR } from '../urls.ts';
import { carryFiles, mergeInto, stampAll, stampOf, type FileStamp } from './carry.ts';
import type { Schedule } from './policy.ts';
import type { BuildRun, SearchDone } from './run.ts';
import type { OutputState } from './plan.ts';
import { voidRecord } from './publishSteps.ts';
import { GATE, newGate, runSearch } from './search.ts';
import { asInPlacePublish } from '../output.ts';
import type { Article } from '../ingest/types.ts';
import { searchDoc, type SearchDoc } from '../search/doc.ts';
import type { SearchIndexResult } from '../search/index.ts';

/** Whether the index is built at this point of the build. */
export const searchAt =
  (when: Schedule['search']) =>
  (r: BuildRun): boolean =>
    !r.search.carry && r.policy.search === when;

function startSearch(r: BuildRun): Promise<SearchDone> {
  return startSearchJob(r, r.prev, r.seen.intact);
}

/** The index job, given the previous record and the files of the output found (or taken to be) intact. */
export function startSearchJob(r: BuildRun, prev: OutputState | null, intact: ReadonlySet<string>): Promise<SearchDone> {
  const { policy } = r;
  // Index pieces that come out byte-identical are not written again: carried like unchanged pages.
  const previousPieces: Record<string, string> = {};
  for (const [f, d] of Object.entries(prev?.search?.digests ?? {})) {
    if (intact.has(f)) previousPieces[f.slice(SEARCH_DIR.length + 1)] = d;
  }
  const start = performance.now();
  const worker = policy.searchWorkerHeapMb === null ? null : { heapMb: policy.searchWorkerHeapMb };
  // A dev session keeps each record's search document for its next build; a build once through lets them go.
  const docOf = r.session.remembers ? (a: Article): SearchDoc => r.session.searchDoc(a) : searchDoc;
  const asDone = (s: SearchIndexResult): SearchDone => ({
    written: s.fileCount,
    digests: Object.fromEntries(Object.entries(s.digests).map(([f, d]) => [`${SEARCH_DIR}/${f}`, d])),
    kept: s.kept.map((f) => `${SEARCH_DIR}/${f}`),
    ms: performance.now() - start,
  });
  // The pieces are written a little before the job ends (the dev worker saves its caches after them).
  let piecesWritten: (done: SearchDone) => void = () => {};
  const pieces = new Promise<SearchDone>((resolve) => (piecesWritten = resolve));
  // npm run dev: the kept worker may move its pieces live itself (publishIndexEarly opens the gate);
  // an index made in this thread (no worker by the policy) is moved in by this thread.
  const early = r.onPages !== null && r.session.options.publish === 'in-place' && worker !== null && r.session.searchWorker !== undefined;
  r.searchGate = early ? newGate() : null;
  const publish = r.searchGate ? { liveDir: r.session.outDir, gate: r.searchGate } : undefined;
  // Made by the let-go step when the records are gone (letGo.ts); handed over, not held here.
  const docs = r.indexDocs ?? r.articles.map(docOf);
  r.indexDocs = null;
  const job = runSearch(
    docs,
    r.searchTmp,
    r.session.options.cacheDir,
    worker,
    previousPieces,
    r.code.search,
    r.session.searchWorker,
    (s, live) => piecesWritten({ ...asDone(s), live }),
    publish,
  ).then(asDone);
  job.catch(() => {}); // awaited (and its error thrown) in indexStep
  r.searchJob = job;
  r.searchPieces = Promise.race([pieces, job]);
  r.searchPieces.catch(() => {});
  return job;
}

/** In a worker beside the archive model, the page plan and Eleventy on the main thread. */
export function searchBesideStep(r: BuildRun): void {
  if (!r.searchJob) r.searchJob = startSearch(r);
}

export async function searchBeforeStep(r: BuildRun): Promise<void> {
  r.progress.stage('index');
  r.searchJob = startSearch(r);
  await r.searchJob;
}

/** A large archive's index waits until the model (and Eleventy's data) can be let go. */
export function searchAfterStep(r: BuildRun): void {
  Object.assign(r.pages, { renderModel: null });
  r.parts = null;
  r.progress.stage('index');
  r.searchJob = startSearch(r);
}

/**
 * npm run dev, the index started early (searchEarlyStep) and the output found as recorded: its pieces
 * move into the live folder as soon as they are made, new ones first, while the other pages are still
 * planned and rendered (the saved seeds' own pages are live already); the rest of the build goes on.
 */
export async function publishIndexEarly(r: BuildRun): Promise<{ done: SearchDone; written: Record<string, FileStamp> }> {
  voidRecord(r);
  const gate = r.searchGate;
  // Confirmed before the worker wrote its last piece: it moves them in itself the moment they are done,
  // without waiting for this thread, busy planning and rendering (up to a second at 10,000 articles).
  if (gate && Atomics.compareExchange(gate, 0, GATE.open, GATE.confirmed) === GATE.open) {
    // Until the worker says they are in, Ctrl-C waits (asInPlacePublish), as for the renames here.
    const done = await asInPlacePublish(() => r.searchPieces ?? Promise.reject(new Error('no index job')), { whole: false });
    if (done.live) {
      r.earlyMoved.push(...done.live.moved);
      r.onSearchable?.(done.live.at - performance.timeOrigin);
      return { done, written: done.live.stamps };
    }
    // Not moved by a worker (not expected: only a kept worker's job has a gate): moved in here, below.
  }
  const done = await (r.searchPieces ?? r.searchJob!);
  const written = await stampAll(r.searchTmp);
  r.earlyMoved.push(...(await publishPagesInPlace(r.searchTmp, r.session.outDir, r.seen.files)));
  await rm(r.searchTmp, { recursive: true, force: true });
  r.onSearchable?.(performance.now());
  return { done, written };
}

/** Waits for the index (timed by the job itself: 'index', and 'index-wait' beside rendering) or carries the last one. */
export async function indexStep(r: BuildRun): Promise<void> {
  const { session, stagingDir, inPlace, search, keep } = r;
  if (inPlace) {
    for (const f of [...r.pages.carry.map((c) => c.path), ...r.copyPlan.carry.map((c) => c.path), ...Object.keys(r.exportsPlan.carry?.files ?? {})]) keep.add(f);
  }
  if (r.searchJob) {
    r.progress.stage('index');
    const waitStart = performance.now();
    const early = r.searchPublished ? await r.searchPublished : null;
    // The whole job, published early or not: its make-up for the next index is saved before the record is.
    const done = await r.searchJob;
    const written = early ? early.written : await stampAll(r.searchTmp);
    const kept: Record<string, FileStamp> = {};
    const keptLinked = inPlace || (await carryFiles(session.outDir, stagingDir, done.kept));
    for (const f of done.kept) {
      const stamp = keptLinked ? r.prev?.search?.files[f] : ((await stampOf(join(stagingDir, f))) ?? undefined);
      if (stamp) kept[f] = stamp;
      keep.add(f);
    }
    r.searchRecord = { key: search.key, files: { ...kept, ...written }, digests: done.digests };
    if (!early) await mergeInto(r.searchTmp, stagingDir);
    for (const f of Object.keys(written)) r.changed.add(f);
    r.fileCount += Object.keys(done.digests).length;
    r.searchWritten = done.written;
    r.searchKept = done.kept.length;
    r.t.add('index', done.ms);
    if (r.policy.search === 'beside-render') r.t.add('index-wait', performance.now() - waitStart);
  } else if (search.carry) {
    if (!inPlace) await carryFiles(session.outDir, stagingDir, Object.keys(search.carry.files));
    for (const f of Object.keys(search.carry.files)) keep.add(f);
    r.fileCount += Object.keys(search.carry.files).length;
  }
}
