/**
 * npm run dev, a small rebuild: the saved seeds' own article pages and the home page go live as soon
 * as the archive model is made, before the rest of the changed pages are planned and rendered. The
 * model is the build's final one, so these pages are the bytes the rest of the build would write
 * (it renders them again and moves them in once more); a page they link to that is new (a new
 * topic's) follows a moment later with the rest.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { OUTPUT_MARKER } from '../output.ts';
import { basename, dirname, join } from 'node:path';
import { publishPagesInPlace } from '../publish/inPlace.ts';
import { renderSite } from '../site/index.ts';
import type { ArchiveModel, ArchiveParts } from '../archive/index.ts';
import { FIRST_PAGES_MAX_SEEDS } from './policy.ts';
import { archiveStep, contextStep, planStep } from './planSteps.ts';
import { voidRecord } from './publishSteps.ts';
import type { BuildRun } from './run.ts';

/**
 * A dev rebuild (published in place) of a few saved seeds, into an output the last build recorded.
 * Decided before the output is checked (its walk still runs): a seed parsed again has new bytes, so
 * this is never a build with nothing changed.
 */
export const firstPagesWanted = (r: BuildRun): boolean =>
  r.onPages !== null &&
  r.session.options.publish === 'in-place' &&
  r.session.state !== null &&
  existsSync(join(r.session.outDir, OUTPUT_MARKER)) &&
  r.parsedFiles.length > 0 &&
  r.parsedFiles.length <= FIRST_PAGES_MAX_SEEDS;

export async function firstPagesStep(r: BuildRun): Promise<void> {
  const { parts, onPages } = r;
  if (!parts || !onPages) return;
  const source = parts.articlePages;
  const saved = new Set(r.parsedFiles);
  const indices = r.articles.filter((a) => saved.has(a.sourceFile)).map((a) => source.indexOf(a)).filter((i) => i >= 0);
  if (indices.length === 0) return; // deleted or unreadable seeds: nothing of their own to show first
  const { outDir } = r.session;
  const tmp = besideOutput(outDir, 'first');
  await mkdir(tmp, { recursive: true });
  try {
    const model = fewPages(parts, indices);
    await renderSite(model, tmp, { assets: false, count: false });
    r.firstPrev = r.session.state;
    voidRecord(r);
    // Two or three files: each goes in by one rename, whether it was there or not.
    const moved = await publishPagesInPlace(tmp, outDir, []);
    r.firstMoved = moved;
    onPages({
      articles: r.articles,
      outcomes: r.outcomes,
      work: { seedsParsed: r.parsed, seedsReused: r.seedCount - r.parsed, pagesRendered: indices.length + model.pages.home.length, pagesCarried: 0, changed: [...moved].sort() },
      more: true,
      first: true,
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * A dev session that found nothing changed (its warm-up, in the background): the archive model, its
 * page keys and one article page and the home page rendered (into a folder removed at once), so the
 * memos of the whole-archive passes hold every record and the renderer's code is loaded and compiled
 * before the first save, whose pages then cost what a later save's do. Nothing is published.
 */
export async function warmSession(r: BuildRun): Promise<void> {
  contextStep(r);
  await archiveStep(r);
  await planStep(r);
  const { parts } = r;
  if (!parts) return;
  const tmp = besideOutput(r.session.outDir, 'warm');
  try {
    await renderSite(fewPages(parts, parts.articlePages.paths.length > 0 ? [0] : []), tmp, { assets: false, count: false });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The model with only these article pages (by place in archive order) and the home page's first page. */
function fewPages(parts: ArchiveParts, articles: readonly number[]): ArchiveModel {
  const pages = Object.fromEntries(Object.keys(parts.model.pages).map((kind) => [kind, []])) as Record<string, unknown[]>;
  pages.articles = articles.map((i) => parts.articlePages.page(i));
  pages.home = parts.model.pages.home.slice(0, 1);
  return { ...parts.model, pages: pages as unknown as ArchiveModel['pages'] };
}

/** A folder beside the output named like the staging folder, so a build killed meanwhile leaves nothing the next does not remove. */
const besideOutput = (outDir: string, tag: string): string => join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}-${Date.now()}-${tag}`);
