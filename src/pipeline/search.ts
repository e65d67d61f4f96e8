/**
 * Search stage: the articles → the search index files, in a worker thread
 * with its own heap when the scheduling policy says so.
 */
import type { Article } from '../ingest/types.ts';
import { writeSearchIndex } from '../search/index.ts';
import { runInWorker } from './worker.ts';

/** Runs in the worker (see worker.ts). */
export async function searchIndexTask(data: { articles: Article[]; outDir: string }): Promise<{ fileCount: number }> {
  return writeSearchIndex(data.articles, data.outDir);
}

export function runSearch(articles: Article[], outDir: string, worker: { heapMb: number } | null): Promise<{ fileCount: number }> {
  if (!worker) return writeSearchIndex(articles, outDir);
  return runInWorker<{ fileCount: number }>({
    module: new URL('./search.ts', import.meta.url).href,
    fn: 'searchIndexTask',
    data: { articles, outDir },
    maxHeapMb: worker.heapMb,
  });
}
