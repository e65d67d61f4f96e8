/**
 * Ingest stage: seed files → Article records, parsing only the seeds whose
 * bytes changed (IngestCache). Saved pages are parsed in a supervised worker
 * thread (worker.ts, runEachInWorker): each has a time budget watched from
 * this thread, so one pathological page costs one line in the report, not the
 * build, and this thread keeps answering (the dev server). Text seeds are
 * parsed here, unless a large batch is shared with the worker(s).
 */
import { assignSlugs, failedSeed, ingestSeed, type IngestedSeed } from '../ingest/index.ts';
import type { IngestResult, SeedInput } from '../ingest/types.ts';
import type { Progress } from '../progress.ts';
import type { IngestCache } from './ingestCache.ts';
import { SEED_BUDGET_MS, seedCost } from './policy.ts';
import { runEachInWorker } from './worker.ts';
import { notice } from '../ingest/notices.ts';

const isPage = (sourceFile: string): boolean => /\.html?$/i.test(sourceFile);

/** Runs in the worker (see worker.ts): one seed in, its structured-cloneable result out. */
export function ingestOne(input: SeedInput): IngestedSeed {
  return ingestSeed(input);
}

export interface IngestStageResult {
  ingested: IngestResult;
  /** Seeds parsed in this build (the rest came from the cache). */
  parsed: number;
  parsedFiles: string[];
}

/** What a seed whose reading was stopped becomes: an error outcome, one line naming the file. */
export function stoppedSeed(sourceFile: string, why: { kind: 'timeout' } | { kind: 'crash'; message: string }, budgetMs: number): IngestedSeed {
  return failedSeed(
    sourceFile,
    why.kind === 'timeout'
      ? notice('seed.timeout', { seconds: Math.round(budgetMs / 100) / 10 })
      : notice('seed.reader-stopped', { message: why.message.replace(/\s+/g, ' ').slice(0, 120) }),
  );
}

export async function runIngest(
  inputs: readonly SeedInput[],
  hashes: ReadonlyMap<string, string>,
  cache: IngestCache,
  opts: { inWorker: (cost: number) => boolean; progress: Progress; seedBudgetMs?: number | undefined; remember?: boolean },
): Promise<IngestStageResult> {
  const stale = cache.stale(inputs, hashes);
  const { progress } = opts;
  const budgetMs = opts.seedBudgetMs ?? SEED_BUDGET_MS;
  progress.stage('ingest', stale.length);
  // A seed that was stopped is not cached: how long it takes depends on the machine, so the next build tries again.
  const stopped = new Map<string, IngestedSeed>();
  const prime = (input: SeedInput, seed: IngestedSeed): void => {
    cache.prime(input.sourceFile, hashes.get(input.sourceFile) ?? '', seed);
    progress.tick();
  };
  // Saved pages (a DOM, Readability) go to the supervised worker; text seeds, read by bounded text rules,
  // stay here unless the batch is big enough to share (then the later half by cost goes too).
  const costs = stale.map((s) => seedCost(s.sourceFile));
  const total = costs.reduce((a, c) => a + c, 0);
  const split = opts.inWorker(total);
  const remote: SeedInput[] = [];
  const local: SeedInput[] = [];
  let localCost = 0;
  stale.forEach((input, i) => {
    if (isPage(input.sourceFile) || (split && localCost >= total / 2)) remote.push(input);
    else {
      local.push(input);
      localCost += costs[i]!;
    }
  });
  const pool =
    remote.length === 0
      ? Promise.resolve()
      : runEachInWorker<SeedInput, IngestedSeed>({
          module: new URL('./ingest.ts', import.meta.url).href,
          fn: 'ingestOne',
          items: remote,
          workers: split && total - localCost > total / 2 ? 2 : 1,
          budgetMs,
          onResult: prime,
          onStopped: (input, why) => {
            stopped.set(input.sourceFile, stoppedSeed(input.sourceFile, why, budgetMs));
            progress.tick();
          },
        });
  // This thread gives the event loop a turn now and then, so the workers' budgets are watched on time.
  let turn = performance.now();
  for (const input of local) {
    prime(input, ingestSeed(input));
    if (performance.now() - turn > 20) {
      await new Promise<void>((r) => setImmediate(r));
      turn = performance.now();
    }
  }
  await pool;
  const run = cache.run(inputs, hashes, undefined, stopped);
  return { ingested: assignSlugs(run.seeds, opts.remember ? cache.assigned : undefined), parsed: stale.length, parsedFiles: stale.map((s) => s.sourceFile) };
}
