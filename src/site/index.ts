/**
 * Render stage: the archive model → HTML pages, feeds and sitemap through
 * Eleventy (configured in .eleventy.ts), plus the data exports.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { ArchiveModel } from '../archive/types.ts';
import type { Article } from '../ingest/types.ts';
import { articlesToCsv, articlesToJson } from './exports.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const TEMPLATES_DIR = join(PROJECT_ROOT, 'templates');
export const ELEVENTY_CONFIG = join(PROJECT_ROOT, '.eleventy.ts');
/** Name of the global data that holds the ArchiveModel in templates. */
export const MODEL_GLOBAL = 'archive';

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

/** Output folders of every page in the model (article pages each have their own). */
export function pageDirs(model: ArchiveModel): string[] {
  const dirs = new Set<string>();
  for (const list of Object.values(model.pages)) {
    for (const page of list as { path: string }[]) {
      const slash = page.path.lastIndexOf('/');
      if (slash > 0) dirs.add(page.path.slice(0, slash));
    }
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
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < dirs.length) {
      const dir = dirs[next++]!;
      await mkdir(join(out, dir), { recursive: true });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Renders every page of the model into `outDir` (which should be empty or fresh). */
export async function renderSite(model: ArchiveModel, outDir: string): Promise<{ fileCount: number }> {
  const out = resolve(outDir);
  await mkdir(out, { recursive: true });
  const before = await countFiles(out);
  const eleventy = new Eleventy(TEMPLATES_DIR, out, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    config: (cfg) => {
      // Runs before .eleventy.ts, which then skips building a model from seeds/ itself.
      cfg.addGlobalData(MODEL_GLOBAL, model);
    },
  });
  const dirs = process.env.ARSIP_NO_PRECREATE ? Promise.resolve() : precreateDirs(out, pageDirs(model));
  await Promise.all([eleventy.write(), dirs]);
  return { fileCount: (await countFiles(out)) - before };
}

/** Writes data/articles.json and data/articles.csv. */
export async function writeExports(articles: Article[], outDir: string): Promise<{ fileCount: number }> {
  const dataDir = join(resolve(outDir), 'data');
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, 'articles.json'), articlesToJson(articles), 'utf8');
  await writeFile(join(dataDir, 'articles.csv'), articlesToCsv(articles), 'utf8');
  return { fileCount: 2 };
}
