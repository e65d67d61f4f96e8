/**
 * Search stage: the articles → the search index files, in a worker thread
 * with its own heap when the scheduling policy says so. The cache folder keeps
 * each article's analysis (src/search/analysis-cache.ts) between builds.
 */
import type { Article } from '../ingest/types.ts';
import { searchDoc, type SearchDoc, type SearchIndexResult, writeSearchDocs } from '../search/index.ts';
import { runInWorker } from './worker.ts';

interface SearchTask {
  /** The records as the index reads them (searchDoc): what crosses to the worker, not whole records. */
  docs: SearchDoc[];
  outDir: string;
  cacheDir: string | null;
  /** Pieces already published (path under search/ → digest): not written again when unchanged. */
  previous: Record<string, string>;
  /** The search stage's code key: pieces of the previous index are reused only under the same code. */
  codeKey: string;
}

/** Runs in the worker (see worker.ts). */
export async function searchIndexTask(data: SearchTask): Promise<SearchIndexResult> {
  return writeSearchDocs(data.docs, data.outDir, { cacheDir: data.cacheDir ?? undefined, previous: data.previous, codeKey: data.codeKey });
}

export function runSearch(
  articles: readonly Article[],
  outDir: string,
  cacheDir: string | null,
  worker: { heapMb: number } | null,
  previous: Record<string, string> = {},
  codeKey = '',
  docOf: (a: Article) => SearchDoc = searchDoc,
): Promise<SearchIndexResult> {
  const docs = articles.map(docOf);
  if (!worker) return searchIndexTask({ docs, outDir, cacheDir, previous, codeKey });
  return runInWorker<SearchIndexResult>({
    module: new URL('./search.ts', import.meta.url).href,
    fn: 'searchIndexTask',
    data: { docs, outDir, cacheDir, previous, codeKey },
    maxHeapMb: worker.heapMb,
  });
}
