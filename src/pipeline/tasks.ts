/**
 * Stage functions that can run in a worker thread (see worker.ts): each takes
 * one structured-cloneable argument and returns a structured-cloneable result.
 */
import { ingestSeed, type IngestedSeed } from '../ingest/index.ts';
import type { Article, SeedInput } from '../ingest/types.ts';
import { writeSearchIndex } from '../search/index.ts';

export async function searchIndexTask(data: { articles: Article[]; outDir: string }): Promise<{ fileCount: number }> {
  return writeSearchIndex(data.articles, data.outDir);
}

export async function ingestTask(data: { inputs: SeedInput[] }): Promise<IngestedSeed[]> {
  return data.inputs.map(ingestSeed);
}
