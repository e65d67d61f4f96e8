/**
 * Renders runs of pages in worker threads, a run to each free worker, so a
 * large render uses both cores and no heap holds the whole site's Eleventy
 * data at once. The runs are made lazily (an article page is made when its run
 * is handed out) and write into one shared folder, each its own files.
 */
import type { Worker } from 'node:worker_threads';
import type { ArchiveModel } from '../archive/types.ts';
import type { RenderReply, RenderRun, RenderWorkerData } from './renderWorker.ts';
import { serveInWorker } from './worker.ts';

/** An error from a worker, its chain rebuilt (codes, paths, causes) so the build's messages read as in one thread. */
function workerError(reply: Extract<RenderReply, { kind: 'failed' }>): Error {
  const links = reply.chain?.length ? reply.chain : [{ message: reply.message }];
  let cause: Error | undefined;
  for (const link of [...links].reverse()) {
    const err = (cause ? new Error(link.message, { cause }) : new Error(link.message)) as Error & Record<string, unknown>;
    if (link.stack) err.stack = link.stack;
    for (const key of ['code', 'path', 'dest', 'syscall'] as const) if (link[key]) err[key] = link[key];
    cause = err;
  }
  return cause!;
}

export async function renderInWorkers(
  base: ArchiveModel,
  runs: Iterator<Omit<RenderRun, 'id'>>,
  outDir: string,
  workers: number,
  maxHeapMb?: number,
): Promise<void> {
  const data: RenderWorkerData = { base, outDir };
  const started: Worker[] = [];
  let failure: Error | null = null;
  let next = 0;
  const serve = (worker: Worker): Promise<void> =>
    new Promise<void>((resolve) => {
      let settled = false;
      const finish = (): void => {
        settled = true;
        resolve();
      };
      const handOut = (): void => {
        const item = failure ? null : runs.next();
        if (!item || item.done) {
          finish();
          return;
        }
        worker.postMessage({ ...item.value, id: next++ } satisfies RenderRun);
      };
      const fail = (err: Error): void => {
        if (settled) return;
        failure ??= err;
        finish();
      };
      worker.on('message', (reply: RenderReply) => {
        if (reply.kind === 'failed') fail(workerError(reply));
        else handOut();
      });
      worker.on('error', (err) => fail(err instanceof Error ? err : new Error(String(err))));
      // A worker gone before it said it was done (a crash, even before it was ready) ends its share: the render never waits on it.
      worker.on('exit', (code) => fail(new Error(`a render worker stopped (exit code ${code})`)));
    });
  try {
    const serving: Promise<void>[] = [];
    for (let k = 0; k < workers; k++) {
      const worker = serveInWorker({
        module: new URL('./renderWorker.ts', import.meta.url).href,
        fn: 'serveRender',
        data,
        ...(maxHeapMb ? { maxHeapMb } : {}),
      });
      started.push(worker);
      serving.push(serve(worker));
    }
    await Promise.all(serving);
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
  }
  if (failure) throw failure;
}
