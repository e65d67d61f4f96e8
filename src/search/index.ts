/**
 * writeSearchIndex: the search stage of the build. Writes the index pieces and
 * the bundled browser client into <outDir>/search/. With a cache folder, each
 * article's analysis is reused while its indexed text is unchanged.
 */
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
}

export interface SearchIndexResult extends AnalysisStats {
  fileCount: number;
}

export async function writeSearchIndex(articles: Article[], outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const client = bundleClient();
  const cache = AnalysisCache.load(options.cacheDir);
  const built = buildSearchFiles(articles, articles.map((a) => cache.get(a)));
  cache.save(options.cacheDir);
  const dir = join(outDir, SEARCH_DIR);
  const files = built.files;
  files.set('cari.js', clientScript(built.meta, await client));
  const dirs = new Set([...files.keys()].map((p) => dirname(join(dir, p))));
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
  // Many small files: write in parallel batches.
  const entries = [...files.entries()];
  const BATCH = 256;
  for (let i = 0; i < entries.length; i += BATCH) {
    await Promise.all(entries.slice(i, i + BATCH).map(([p, text]) => writeFile(join(dir, p), text)));
  }
  return { fileCount: files.size, ...cache.stats };
}
