/**
 * writeSearchIndex: the search stage of the build. Writes the index pieces and
 * the bundled browser client into <outDir>/search/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article } from '../ingest/types.ts';
import { buildSearchFiles } from './build.ts';
import { SEARCH_DIR, clientScript } from './format.ts';
import { bundleClient } from './bundle.ts';

export async function writeSearchIndex(articles: Article[], outDir: string): Promise<{ fileCount: number }> {
  const [built, client] = await Promise.all([Promise.resolve().then(() => buildSearchFiles(articles)), bundleClient()]);
  const dir = join(outDir, SEARCH_DIR);
  const files = new Map(built.files);
  files.set('cari.js', clientScript(built.meta, client));
  const dirs = new Set([...files.keys()].map((p) => dirname(join(dir, p))));
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
  // Many small files: write in parallel batches.
  const entries = [...files.entries()];
  const BATCH = 256;
  for (let i = 0; i < entries.length; i += BATCH) {
    await Promise.all(entries.slice(i, i + BATCH).map(([p, text]) => writeFile(join(dir, p), text)));
  }
  return { fileCount: files.size };
}
