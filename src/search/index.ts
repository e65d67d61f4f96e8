/**
 * writeSearchIndex: the search stage of the build. Writes the index pieces and
 * the bundled browser client into <outDir>/search/. With a cache folder, each
 * article's analysis is reused while its indexed text is unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article } from '../ingest/types.ts';
import { AnalysisCache, type AnalysisStats } from './analysis-cache.ts';
import { buildSearchFiles } from './build.ts';
import { SEARCH_DIR, clientScript } from './format.ts';
import { bundleClient } from './bundle.ts';

export interface SearchIndexOptions {
  /** Folder for the analysis cache (the build's cache folder); none: analyse every article. */
  cacheDir?: string;
  /** Postings longer than this (characters) get a file of their own; default OWN_FILE_CHARS (tests use less). */
  ownFileChars?: number;
  /** Documents in a frequent term's head slice; default HEAD_DOCS (tests use fewer). */
  headDocs?: number;
  /**
   * Files (paths under search/) already published with these digests (fileDigest): one that comes
   * out the same is not written, and is listed in `kept` for the caller to carry over.
   */
  previous?: Readonly<Record<string, string>>;
}

export interface SearchIndexResult extends AnalysisStats {
  /** Files written. */
  fileCount: number;
  /** Every file of the index (path under search/) → its digest. */
  digests: Record<string, string>;
  /** Files not written because `previous` had them with the same digest. */
  kept: string[];
}

/** What identifies a piece's contents between builds. */
export function fileDigest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

export async function writeSearchIndex(articles: Article[], outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const client = bundleClient();
  const article = bundleClient('article');
  const cache = AnalysisCache.load(options.cacheDir);
  const built = buildSearchFiles(articles, (a) => cache.get(a), cache.dict, options.ownFileChars, options.headDocs);
  cache.save(options.cacheDir);
  const dir = join(outDir, SEARCH_DIR);
  const made = new Set<string>();
  let fileCount = 0;
  const digests: Record<string, string> = {};
  const kept: string[] = [];
  const previous = options.previous ?? {};
  // Written in batches as they are made: the whole index's text is never held at once.
  const BATCH = 256;
  let batch: Array<[string, string]> = [];
  const flush = async (): Promise<void> => {
    // A piece that comes out as already published stays as it is (one new article changes few pieces).
    batch = batch.filter(([p, text]) => {
      const d = (digests[p] = fileDigest(text));
      if (previous[p] !== d) return true;
      kept.push(p);
      return false;
    });
    const dirs = new Set(batch.map(([p]) => dirname(join(dir, p))).filter((d) => !made.has(d)));
    for (const d of dirs) {
      await mkdir(d, { recursive: true });
      made.add(d);
    }
    await Promise.all(batch.map(([p, text]) => writeFile(join(dir, p), text)));
    fileCount += batch.length;
    batch = [];
  };
  for (const file of built.files) {
    batch.push(file);
    if (batch.length >= BATCH) await flush();
  }
  batch.push(['cari.js', clientScript(built.meta, await client)]);
  // Article pages: "‹ Kembali ke hasil" and the query's words highlighted, when opened from search.
  batch.push(['baca.js', await article]);
  await flush();
  return { fileCount, digests, kept, ...cache.stats };
}
