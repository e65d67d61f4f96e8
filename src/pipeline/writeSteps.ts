/**
 * The steps that write into the staging folder (steps.ts): Eleventy's pages, the exports and seed
 * copies, and the carried pages, each recorded with its key and stamp for the next build.
 */
import { join } from 'node:path';
import type { Article } from '../ingest/types.ts';
import { eachLimit } from '../concurrency.ts';
import { listFiles, listFilesSync } from '../listing.ts';
import { writeExports } from '../site/exportFiles.ts';
import { writeSourceCopies } from '../site/sources.ts';
import { carryFiles, mergeInto, stampAll, stampOf } from './carry.ts';
import { digest } from './fingerprint.ts';
import { renderInChunks, renderSize } from './render.ts';
import type { BuildRun } from './run.ts';

export async function renderStep(r: BuildRun): Promise<void> {
  const { progress, pages, stagingDir } = r;
  progress.stage('render', pages.rendered.length + pages.alwaysRendered.length);
  // Eleventy renders in one call: count the files it has written so far, for the bar.
  let rendering = true;
  const poll = progress.enabled
    ? setInterval(() => void listFiles(stagingDir).then((files) => rendering && progress.set(Math.max(0, files.length - 1))), 500)
    : null;
  const { policy } = r;
  const spread = { size: policy.renderChunk, workers: policy.renderWorkers(renderSize(pages.renderModel)), workerSize: policy.renderWorkerChunk };
  const rendered = await renderInChunks(pages.renderModel, stagingDir, spread).finally(() => {
    rendering = false;
    if (poll) clearInterval(poll);
  });
  r.fileCount += rendered.fileCount;
}

/**
 * What is in the staging folder now is what Eleventy wrote (and the marker); after the swap the
 * files not recorded per page are the 'other' ones (feeds, assets, singletons), found without
 * listing the whole new output again. In place (dev) the live folder is listed instead.
 */
export function renderedStep(r: BuildRun): void {
  r.renderedHere = r.inPlace ? null : listFilesSync(r.stagingDir);
  r.progress.set(r.pages.rendered.length + r.pages.alwaysRendered.length);
}

/** The seed copies beside the article pages: written when their key changed, else carried. */
export async function copiesStep(r: BuildRun): Promise<void> {
  const { session, stagingDir, inPlace, copyPlan, nextSources, changed } = r;
  const linked = inPlace || (await carryFiles(session.outDir, stagingDir, copyPlan.carry.map((c) => c.path)));
  for (const c of copyPlan.carry) {
    const stamp = linked ? c.stamp : await stampOf(join(stagingDir, c.path));
    if (stamp) nextSources[c.path] = [c.key, stamp.size, stamp.mtimeMs];
  }
  const skipped = writeSourceCopies(copyPlan.write, stagingDir);
  if (skipped.length > 0) {
    session.options.notify?.(
      `note: ${skipped.length} seed(s) changed, moved or became links while the build ran; their copies are left out until the next build`,
    );
  }
  for (const c of copyPlan.write) {
    const stamp = await stampOf(join(stagingDir, c.path));
    if (stamp) nextSources[c.path] = [c.key, stamp.size, stamp.mtimeMs];
    changed.add(c.path);
  }
  r.fileCount += Object.keys(nextSources).length;
}

/** The data exports: written when their key changed, else carried. */
export async function exportsStep(r: BuildRun): Promise<void> {
  const { session, stagingDir, inPlace, exportsPlan, changed } = r;
  r.progress.stage('exports');
  if (exportsPlan.carry) {
    if (!inPlace) await carryFiles(session.outDir, stagingDir, Object.keys(exportsPlan.carry.files));
  } else {
    // The previous files' rows are reused where the article is the same (their places are in the record).
    const old = r.prev?.exports;
    const reusable = old?.rows && Object.keys(old.files).every((f) => r.seen.intact.has(f)) ? { dir: session.outDir, rows: old.rows } : null;
    const identity = (a: Article): string => digest(`${r.code.exports}\n${r.identities.get(a) ?? JSON.stringify(a)}`);
    const { rows } = await writeExports(r.articles, r.exportsTmp, { identity, previous: reusable });
    r.exportsRecord = { key: exportsPlan.key, files: await stampAll(r.exportsTmp), rows };
    await mergeInto(r.exportsTmp, stagingDir);
    for (const f of Object.keys(r.exportsRecord.files)) changed.add(f);
  }
  r.fileCount += Object.keys(r.exportsRecord?.files ?? {}).length;
}

/** The pages whose key did not change are linked from the previous output. */
export async function carryStep(r: BuildRun): Promise<void> {
  const { session, stagingDir, pages, nextPages } = r;
  r.progress.stage('carry', pages.carry.length);
  const linked = r.inPlace || (await carryFiles(session.outDir, stagingDir, pages.carry.map((c) => c.path)));
  for (const c of pages.carry) {
    const stamp = linked ? c.stamp : await stampOf(join(stagingDir, c.path));
    if (stamp) nextPages[c.path] = [c.key, stamp.size, stamp.mtimeMs];
  }
  await eachLimit(pages.rendered, 32, async (p) => {
    const stamp = await stampOf(join(stagingDir, p.path));
    if (stamp) nextPages[p.path] = [p.key, stamp.size, stamp.mtimeMs];
    r.changed.add(p.path);
  });
  r.fileCount += pages.carry.length;
}
