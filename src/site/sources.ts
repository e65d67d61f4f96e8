/**
 * The seeds as they were read, published beside their articles (src/urls.ts sourceCopyFile) so a
 * reader can check a record against its source: the original bytes, always under a `.txt` name
 * (a saved page as its source text, never a live page). Part of the exports stage: rewritten
 * whenever any seed's bytes change, like data/articles.json.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { sourceCopyFile } from '../urls.ts';
import type { Article } from '../ingest/types.ts';

/** An article folder safe to write under (`artikel/…/` with plain segments), as the archive accepts it. */
const SAFE_DIR = /^artikel\/(?:[A-Za-z0-9][A-Za-z0-9._-]*\/)+$/;
const SAFE_SOURCE = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[^\0\\]+$/;

/** The site path of an article's seed copy, or null when its record names no safe place for one. */
export function seedCopyPath(a: Pick<Article, 'url' | 'sourceFile'>): string | null {
  if (!SAFE_DIR.test(a.url) || a.url.split('/').some((s) => s === '..' || s === '.') || !SAFE_SOURCE.test(a.sourceFile)) return null;
  return sourceCopyFile(a.url, a.sourceFile);
}

/** Copies every article's seed from `seedsDir` into `outDir` at its seedCopyPath; returns how many. */
export async function writeSources(articles: readonly Article[], seedsDir: string, outDir: string): Promise<number> {
  const root = resolve(seedsDir);
  let count = 0;
  for (const a of articles) {
    const to = seedCopyPath(a);
    if (to === null) continue;
    const from = resolve(root, a.sourceFile);
    if (!from.startsWith(`${root}/`)) continue;
    const target = join(outDir, to);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(from, target);
    count++;
  }
  return count;
}
