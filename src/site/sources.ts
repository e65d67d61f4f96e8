/**
 * The seeds as they were read, published beside their articles (src/urls.ts sourceCopyFile) so a
 * reader can check a record against its source: the original bytes, always under a `.txt` name
 * (a saved page as its source text, never a live page). Part of the exports stage, but file by file:
 * a copy is written again only when its seed's bytes, its place or the stage's code changed.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
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

/** One seed copy to publish: where from, where to, and what its bytes depend on. */
export interface SourceCopy {
  /** Site path (seedCopyPath). */
  path: string;
  /** Absolute path of the seed. */
  from: string;
  /** Changes when the copy's bytes or place can change: the seed's hash, its place, `codeKey`. */
  key: string;
}

/** Every article's seed copy (articles whose record names no safe place get none). */
export function sourceCopies(articles: readonly Article[], seedsDir: string, seedHashes: ReadonlyMap<string, string>, codeKey: string): SourceCopy[] {
  const root = resolve(seedsDir);
  const copies: SourceCopy[] = [];
  for (const a of articles) {
    const path = seedCopyPath(a);
    if (path === null) continue;
    const from = resolve(root, a.sourceFile);
    if (!from.startsWith(`${root}/`)) continue;
    copies.push({ path, from, key: `${codeKey}:${seedHashes.get(a.sourceFile) ?? ''}:${a.sourceFile}` });
  }
  return copies;
}

/**
 * Copies the given seeds into `outDir`. Synchronous calls: at 10,000 seeds a promise round trip
 * per copy took 5–6 s of a cold build; the article folders mostly exist already (rendered pages).
 */
export function writeSourceCopies(copies: readonly Pick<SourceCopy, 'path' | 'from'>[], outDir: string): void {
  for (const c of copies) {
    const target = join(outDir, c.path);
    try {
      copyFileSync(c.from, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      // The folder is not there yet (no page of it rendered in this build): make it, then copy.
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(c.from, target);
    }
  }
}
