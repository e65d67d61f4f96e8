/**
 * Render stage: the archive model → HTML pages, feeds and sitemap through
 * Eleventy (configured in .eleventy.ts), plus the data exports.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { ArchiveModel } from '../archive/types.ts';
import { eachLimit } from '../concurrency.ts';
import { writeSettled } from './eleventyWrite.ts';
import { eleventyConfigPath } from './typeScriptLoader.ts';
import { TEMPLATES_DIR } from '../project.ts';

/** Name of the global data that holds the ArchiveModel in templates. */
export const MODEL_GLOBAL = 'archive';
/** Global data: whether .eleventy.ts copies templates/assets and renders the site-wide templates. */
export const COPY_ASSETS_GLOBAL = 'copyAssets';

/** Files under `dir` (all depths). */
export async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

/** Output folders of every page in the model (article pages each have their own). */
export function pageDirs(model: ArchiveModel): string[] {
  return dirsOf(Object.values(model.pages).flatMap((list) => (list as { path: string }[]).map((p) => p.path)));
}

function dirsOf(paths: Iterable<string>): string[] {
  const dirs = new Set<string>();
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    if (slash > 0) dirs.add(path.slice(0, slash));
  }
  return [...dirs].sort();
}

/**
 * Creates the page folders on libuv's thread pool while Eleventy renders on the
 * main thread; Eleventy's writer then finds them and skips its own mkdir per page
 * (with 10,000 article folders this takes a second or more of file system work
 * off the main thread).
 */
async function precreateDirs(out: string, dirs: string[], concurrency = 8): Promise<void> {
  await eachLimit(dirs, concurrency, async (dir) => void (await mkdir(join(out, dir), { recursive: true })));
}

export interface RenderOptions {
  /** Copy templates/assets and write the site-wide files: feeds, sitemap, robots.txt (default true). */
  assets?: boolean;
  /** Count the files written (default true; the render pool counts once for all its runs, which share the folder). */
  count?: boolean;
}

/**
 * Renders every page of the model into `outDir`. To render only some pages, pass a model whose
 * page lists hold only those (as the render stage does, src/pipeline/render.ts).
 */
export async function renderSite(model: ArchiveModel, outDir: string, options: RenderOptions = {}): Promise<{ fileCount: number }> {
  const out = resolve(outDir);
  await mkdir(out, { recursive: true });
  const counting = options.count ?? true;
  const before = counting ? await countFiles(out) : 0;
  // Relative to the working folder: Eleventy 3 skips directory data files (templates/kinds/kinds.11tydata.js)
  // when its input folder is absolute (11ty/eleventy#1100: template paths are relative, the input is not).
  const configPath = await eleventyConfigPath();
  const eleventy = new Eleventy(relative(process.cwd(), TEMPLATES_DIR), out, {
    configPath,
    quietMode: true,
    config: (cfg) => {
      // Runs before .eleventy.ts, which then skips building a model from seeds/ itself.
      cfg.addGlobalData(MODEL_GLOBAL, model);
      cfg.addGlobalData(COPY_ASSETS_GLOBAL, options.assets ?? true);
    },
  });
  eleventy.disableLogger();
  const dirs = precreateDirs(out, pageDirs(model));
  // Both run to the end before an error is passed on: nothing may still be writing when the caller cleans up.
  const [written, made] = await Promise.allSettled([writeSettled(eleventy), dirs]);
  if (written.status === 'rejected') throw written.reason;
  if (made.status === 'rejected') throw made.reason;
  return { fileCount: counting ? (await countFiles(out)) - before : 0 };
}
