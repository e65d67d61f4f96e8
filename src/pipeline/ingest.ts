/**
 * Ingest stage: seed files → Article records, parsing only the seeds whose
 * bytes changed (IngestCache). A large batch of changed seeds is split between
 * this thread and a worker thread.
 */
import { assignSlugs, ingestSeed, type IngestedSeed } from '../ingest/index.ts';
import type { IngestResult, SeedInput } from '../ingest/types.ts';
import type { Progress } from '../progress.ts';
import type { IngestCache } from './ingestCache.ts';
import { seedCost } from './policy.ts';
import { runInWorker } from './worker.ts';

/** Runs in the worker (see worker.ts): one structured-cloneable argument and result. */
export async function ingestTask(data: { inputs: SeedInput[] }): Promise<IngestedSeed[]> {
  return data.inputs.map(ingestSeed);
}

export interface IngestStageResult {
  ingested: IngestResult;
  /** Seeds parsed in this build (the rest came from the cache). */
  parsed: number;
}

export async function runIngest(
  inputs: readonly SeedInput[],
  hashes: ReadonlyMap<string, string>,
  cache: IngestCache,
  opts: { inWorker: (cost: number) => boolean; progress: Progress },
): Promise<IngestStageResult> {
  const stale = cache.stale(inputs, hashes);
  const { progress } = opts;
  progress.stage('ingest', stale.length);
  const costs = stale.map((s) => seedCost(s.sourceFile));
  const total = costs.reduce((a, c) => a + c, 0);
  const split = opts.inWorker(total);
  if (split) {
    // Half the work in a worker, half here, at the same time: cut where half the cost is reached.
    let cut = 0;
    for (let sum = 0; cut < stale.length && sum < total / 2; cut++) sum += costs[cut]!;
    const remote = stale.slice(cut);
    const done = runInWorker<IngestedSeed[]>({
      module: new URL('./ingest.ts', import.meta.url).href,
      fn: 'ingestTask',
      data: { inputs: remote },
    });
    for (const input of stale.slice(0, cut)) {
      cache.prime(input.sourceFile, hashes.get(input.sourceFile) ?? '', ingestSeed(input));
      progress.tick();
    }
    const seeds = await done;
    remote.forEach((input, i) => {
      const seed = seeds[i];
      if (seed) cache.prime(input.sourceFile, hashes.get(input.sourceFile) ?? '', seed);
    });
    progress.tick(remote.length);
  }
  const run = cache.run(inputs, hashes, split ? undefined : () => progress.tick());
  return { ingested: assignSlugs(run.seeds), parsed: stale.length };
}
