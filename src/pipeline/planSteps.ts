/**
 * The steps that decide what to write (steps.ts): the search index, exports and seed copies by
 * their keys, the archive model, and which pages to render or carry (all pure plans, plan.ts).
 */
import { basename, dirname, join } from 'node:path';
import { archiveContext, archivePartsOf, relatedInputsOf, relatedLists, relatedListsOf } from '../archive/index.ts';
import { DEFAULT_SITE } from '../archive/siteSettings.ts';
import { userPath } from '../errors.ts';
import { emptyTrash, makeStagingDir, refuseReadOnlyOutput, removeStaleStaging } from '../output.ts';
import { sourceCopies } from '../site/sources.ts';
import { BuildRefused } from './engineTypes.ts';
import { digest } from './fingerprint.ts';
import { planFiles, planKeyed, planPages } from './plan.ts';
import { publishesInPlace, searchPlacement } from './policy.ts';
import { runRelated } from './related.ts';
import { articlePageKey, siteKey, unitKey } from './render.ts';
import type { Article } from '../ingest/types.ts';
import type { BuildRun } from './run.ts';
import type { OutputState } from './plan.ts';
import { publishIndexEarly, startSearchJob } from './searchSteps.ts';

/**
 * The output as found (verify): a read-only folder in it refused, and an index job started early
 * (searchEarlyStep) kept if the record it was started on was true, else dropped. Right after the
 * check, before the archive model: in npm run dev a kept job's pieces then go live the moment they
 * are written (a deleted seed's update is done about when the archive context is).
 */
export async function outputCheckedStep(r: BuildRun): Promise<void> {
  const { session, prev, seen } = r;
  // A read-only folder in the output would fail the build after the swap: refused before anything moves.
  const { outDir, options } = session;
  const readOnly = refuseReadOnlyOutput(outDir, (p) => userPath(p, { outDir: options.outDir }), seen.folders);
  if (readOnly) throw new BuildRefused(readOnly);
  const early = r.searchEarly;
  if (!early) return;
  r.searchEarly = null;
  // Started before the output was checked, on the word of the record: kept if the record was true.
  if (early === prev && Object.keys(prev.search?.files ?? {}).every((f) => seen.intact.has(f))) {
    r.searchEarlyKept = true;
    // npm run dev publishes in place: the pieces go live as soon as they are made.
    if (r.onPages !== null && options.publish === 'in-place') {
      r.searchPublished = publishIndexEarly(r);
      r.searchPublished.catch(() => {}); // awaited (and its error thrown) in indexStep
    }
    return;
  }
  await r.searchJob?.catch(() => {});
  r.searchJob = null;
  r.searchPieces = null;
}

/**
 * The search index needs only the articles: its plan, and the ground cleared beside the output
 * (leftovers of killed builds removed, this build's temporary folders named), so it can start now.
 * An early job kept by outputCheckedStep has both already.
 */
export async function planSearchStep(r: BuildRun): Promise<void> {
  if (r.searchEarlyKept) return;
  planSearch(r, r.prev, r.seen.intact);
  await clearGround(r);
}

/**
 * A rebuild with a previous index on record: its index update can start early. Seeds parsed or not:
 * a deleted seed changes the index too (and an unchanged one is seen from the articles' key at once).
 */
export const searchEarlyWanted = (r: BuildRun): boolean => !!r.foundState?.search;

/**
 * A rebuild whose articles changed (added, edited or deleted seeds): when the index is updated in a
 * worker beside the other steps, the update starts before the output is checked (this thread waits for
 * its walk) and before the archive model of npm run build (npm run dev's first pages come before it,
 * so it does not slow them), assuming the previous index is as the record says; output-checked keeps it
 * when the check agrees, else starts it again. In npm run dev its pieces go live as soon as both are done.
 */
export async function searchEarlyStep(r: BuildRun): Promise<void> {
  const prev = r.foundState;
  if (!prev?.search) return;
  r.articleKeys = articleKeysOf(r);
  planSearch(r, prev, new Set(Object.keys(prev.search.files)));
  if (r.search.carry || r.policy.search !== 'beside-render') return;
  await clearGround(r);
  r.searchEarly = prev;
  startSearchJob(r, prev, new Set(Object.keys(prev.search.files)));
}

/** Every article's identity in one digest: made once a run (the index, the exports and the no-change check use it). */
export function articleKeysOf(r: BuildRun): string {
  return (r.articleKeys ||= r.session.identities.articlesKey(r.articles, r.hashes, r.code.ingest));
}

/** The index's key and whether it is carried, and where it is built (policy.ts), given the files found intact. */
function planSearch(r: BuildRun, prev: OutputState | null, intact: ReadonlySet<string>): void {
  r.search = planFiles(digest(`${r.code.search}\n${r.articleKeys}`), prev?.search, intact);
  // A small rebuild of a large archive updates its index beside the other steps (policy.ts).
  const previousIndex = !!prev?.search && Object.keys(prev.search.files).every((f) => intact.has(f));
  r.policy = { ...r.policy, search: searchPlacement(r.policy.search, { previousIndex, changed: r.parsed, articles: r.articles.length }) };
}

/** Leftovers of killed builds removed beside the output, this build's temporary folders named. */
async function clearGround(r: BuildRun): Promise<void> {
  const { session } = r;
  const { outDir, options } = session;
  await session.pendingRemoval;
  await removeStaleStaging(outDir);
  // What a detached removal of an earlier build did not finish; awaited with this build's own removal.
  r.trashEmptied = options.detachRemoval ? emptyTrash(outDir) : null;
  const tmpBase = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}-${Date.now()}`);
  r.searchTmp = `${tmpBase}-search`;
  r.exportsTmp = `${tmpBase}-exports`;
  r.searchRecord = r.search.carry;
}

/** The exports and the seed copies need only the articles too. */
export function planOutputsStep(r: BuildRun): void {
  const { session, code, articleKeys, prev, seen } = r;
  r.exportsPlan = planFiles(digest(`${code.exports}\n${articleKeys}`), prev?.exports, seen.intact);
  // The seed copies, file by file: one new seed is one file written.
  r.copyPlan = planKeyed(r.sources ? sourceCopies(r.articles, session.seedsDir, r.hashes, code.exports) : [], prev?.sources, seen.intact);
  r.exportsRecord = r.exportsPlan.carry;
}

/**
 * The archive's shared context (order, groupings, cards), and its related lists started: in a worker
 * thread for a large archive (policy.ts), while the next steps run here (src/pipeline/related.ts).
 */
export function contextStep(r: BuildRun): void {
  const { options } = r.session;
  r.progress.stage('archive');
  r.sources = options.sources !== false;
  r.archiveOptions = { baseUrl: options.baseUrl, sources: r.sources, site: options.site ?? DEFAULT_SITE };
  r.context = archiveContext(r.articles, r.archiveOptions, r.session.cards);
  r.related = r.policy.relatedInWorker
    ? runRelated(relatedInputsOf(r.context)).then(relatedListsOf)
    : Promise.resolve(relatedLists(r.context.ordered.map((e) => e.article), r.session.related));
  r.related.catch(() => {}); // awaited by archiveStep; a failure meanwhile is its to report
}

/** The archive model: pure, whole archive, cheap next to rendering. */
export async function archiveStep(r: BuildRun): Promise<void> {
  const { context, related } = r;
  if (!context || !related) throw new Error('the archive model needs its context');
  // Digested once here: every page key and export row names an article by it (tens of keys per article).
  r.identities = new Map(r.articles.map((a) => [a, r.session.identities.digest(a, r.hashes)]));
  r.parts = archivePartsOf(context, await related);
  r.context = null;
  r.related = null;
}

/** Article page keys made between two turns of the event loop (about 50 ms at 10,000 articles in dev). */
const KEYS_PER_TURN = 1_000;

/** Which pages to render, which to carry from the output we are about to replace (pure). */
export async function planStep(r: BuildRun): Promise<void> {
  const { code, parts, identities } = r;
  if (!parts) throw new Error('the page plan needs the archive model');
  r.progress.stage('plan');
  r.renderKey = digest(`${code.render}\n${siteKey(parts.model)}`);
  const common = digest([code.archive, code.ingest, JSON.stringify(r.archiveOptions)].join('\n'));
  const identity = (a: Article): string => identities.get(a) ?? JSON.stringify(a);
  const memo = r.session.pageKeys;
  // Every article page's key, a share at a time with the event loop let in between: half a second of a
  // dev rebuild at 10,000, during which its search index, made in a worker meanwhile, can go live.
  const keys = new Array<string>(parts.articlePages.paths.length);
  for (let i = 0; i < keys.length; i++) {
    keys[i] = articlePageKey(parts.articlePages, i, common, identity, memo);
    if (i % KEYS_PER_TURN === KEYS_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  r.pages = planPages(parts, r.renderKey, (i) => keys[i] ?? '', (unit) => unitKey(unit, common, identity, memo), r.prev, r.seen.intact);
  // A small rebuild moves only what it wrote into the live folder; carried files stay put (policy.ts).
  r.inPlace = publishesInPlace(r.session.options.publish ?? 'swap', {
    previous: r.prev !== null && r.seen.intact.size > 0,
    written: r.pages.rendered.length,
    carried: r.pages.carry.length,
  });
}

/** A fresh staging folder: it receives only what the current seeds produce. */
export function stagingStep(r: BuildRun): void {
  r.stagingDir = makeStagingDir(r.session.outDir);
}
