/**
 * The seeds as they were read, published beside their articles (src/urls.ts sourceCopyFile) so a
 * reader can check a record against its source: the original bytes, always under a `.txt` name
 * (a saved page as its source text, never a live page). Part of the exports stage, but file by file:
 * a copy is written again only when its seed's bytes, its place or the stage's code changed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readSeedFile } from '../ingest/scan.ts';
import { sha256 } from '../sha256.ts';
import { dirname, join, resolve } from 'node:path';
import { ARTICLES_DIR, sourceCopyFile } from '../urls.ts';
import type { Article } from '../ingest/types.ts';

/** An article folder safe to write under (`artikel/…/` with plain segments), as the archive accepts it. */
const SAFE_DIR = new RegExp(`^${ARTICLES_DIR}(?:[A-Za-z0-9][A-Za-z0-9._-]*/)+$`);
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
  /** sha256 of the bytes the build read: only those bytes are published. */
  hash: string;
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
    const hash = seedHashes.get(a.sourceFile) ?? '';
    copies.push({ path, from, key: `${codeKey}:${hash}:${a.sourceFile}`, hash });
  }
  return copies;
}

/**
 * Writes each seed's copy into `outDir`: read again as the scan reads (no link followed, a regular
 * file only) and written only when its bytes are the ones the build read. A seed changed, removed or
 * swapped for a link since is skipped (returned; the next build publishes what is there then): a
 * copy never publishes anything but the seed that was read, and one seed never fails the build.
 * Synchronous calls: a promise round trip per copy cost 5–6 s of a cold 10,000-article build.
 */
export function writeSourceCopies(copies: readonly Pick<SourceCopy, 'path' | 'from' | 'hash'>[], outDir: string): Pick<SourceCopy, 'path'>[] {
  const skipped: Pick<SourceCopy, 'path'>[] = [];
  for (const c of copies) {
    let bytes: Uint8Array;
    try {
      bytes = readSeedFile(c.from);
    } catch {
      skipped.push({ path: c.path });
      continue;
    }
    if (sha256(bytes) !== c.hash) {
      skipped.push({ path: c.path });
      continue;
    }
    const target = join(outDir, c.path);
    try {
      writeFileSync(target, bytes);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      // The folder is not there yet (no page of it rendered in this build): make it, then write.
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
  return skipped;
}
