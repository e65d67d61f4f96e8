/**
 * Runs one exported function of a TypeScript module in a worker thread, so a
 * CPU-heavy stage (the search index) uses the second core while Eleventy
 * renders on the first. A thread running from the command bundle starts the
 * module's bundled entry (src/runtime.ts) and marks the worker as bundled too;
 * otherwise the worker registers tsx itself: worker threads do not inherit the
 * main thread's TypeScript loader.
 *
 * runEachInWorker is the supervised form for work on untrusted input (seeds):
 * one call per item, each with a time budget watched from this thread; an item
 * over budget stops its worker, is reported, and the rest go on in a new one.
 */
import { Worker } from 'node:worker_threads';
import { marksForWorker, runnableModule } from '../runtime.ts';

export interface WorkerTask {
  /** Absolute file URL of the module (use `new URL('./x.ts', import.meta.url).href`). */
  module: string;
  /** Name of an async function exported by the module; it gets `data` as its only argument. */
  fn: string;
  data: unknown;
  /** Heap limit of the worker (MB); its heap is separate from the main thread's. */
  maxHeapMb?: number;
  /**
   * A long list handed over in pieces once the worker runs, each copied when the worker has taken the
   * one before, and given to `fn` as `data[key]`: at 100,000 articles the index's documents copied at
   * once were a GB held twice over (the copy being made, and the list it is made from). The list is
   * emptied as it goes.
   */
  feed?: { key: string; items: unknown[] };
}

/** Items per piece of a fed list (WorkerTask.feed). */
const FEED_PIECE = 2_000;

const TSX_API = import.meta.resolve('tsx/esm/api');

/**
 * The start of every bootstrap: the bundle's marks set on the worker's globalThis, or tsx registered;
 * then the module imported as `mod`. Plain JS, in an async function of a CommonJS-style script.
 */
const LOAD = `
  const marks = workerData.marks;
  if (marks) {
    globalThis[Symbol.for(marks.bundled)] = true;
    globalThis[Symbol.for(marks.modules)] = marks.entries;
  } else {
    const api = await import(workerData.tsx);
    api.register();
  }
  const mod = await import(workerData.module);`;

/** What every bootstrap gets: the module to import and how (src/runtime.ts). */
function bootData(module: string): { module: string; tsx: string; marks: ReturnType<typeof marksForWorker> } {
  const { url, tsx } = runnableModule(module);
  return { module: url, tsx: TSX_API, marks: tsx ? null : marksForWorker() };
}

// The worker's bootstrap: plain JS, evaluated as a CommonJS-style script.
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {${LOAD}
  let data = workerData.data;
  if (workerData.feedKey) {
    const items = [];
    await new Promise((resolve) => {
      const onPiece = (msg) => {
        if (msg.end) {
          parentPort.off('message', onPiece);
          resolve();
          return;
        }
        for (const x of msg.piece) items.push(x);
        parentPort.postMessage({ fed: true });
      };
      parentPort.on('message', onPiece);
    });
    data = { ...data, [workerData.feedKey]: items };
  }
  const result = await mod[workerData.fn](data);
  parentPort.postMessage({ ok: true, result });
})().catch((err) => {
  parentPort.postMessage({ ok: false, message: err && err.stack ? err.stack : String(err) });
});
`;

export function runInWorker<T>(task: WorkerTask): Promise<T> {
  // The worker is made outside the promise's closures, which keep only its name: the data is copied
  // to the worker now, and a closure holding `task` would keep a second copy of it (the search index's
  // documents: every article's text) until the worker answers.
  const { fn } = task;
  const feed = task.feed?.items ?? null;
  let worker: Worker;
  try {
    worker = new Worker(BOOT, {
      eval: true,
      workerData: { ...bootData(task.module), fn, data: task.data, feedKey: task.feed?.key ?? null },
      ...(task.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: task.maxHeapMb } } : {}),
    });
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
  const sendPiece = (): void => {
    if (!feed) return;
    if (feed.length === 0) worker.postMessage({ end: true });
    else worker.postMessage({ piece: feed.splice(0, FEED_PIECE) });
  };
  sendPiece();
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    worker.on('message', (msg: { ok: true; result: T } | { ok: false; message: string } | { fed: true }) => {
      if ('fed' in msg) return sendPiece();
      settled = true;
      if (msg.ok) resolve(msg.result);
      else reject(new Error(`worker ${fn}: ${msg.message}`));
      void worker.terminate();
    });
    worker.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`worker ${fn} exited with code ${code}`));
    });
  });
}

export interface EachTask<I, O> {
  /** Absolute file URL of the module. */
  module: string;
  /** Name of an exported function taking one item and returning (a promise of) its result. */
  fn: string;
  items: readonly I[];
  /** Workers at the same time (each gets a share of the items, in order). */
  workers: number;
  /** Time one item may take, from the moment its worker starts on it. */
  budgetMs: number;
  /** Called with each item's result, in each worker's order. */
  onResult: (item: I, result: O) => void;
  /** Called for an item whose worker was stopped: over budget, or the worker died on it (stack, heap). */
  onStopped: (item: I, why: { kind: 'timeout' } | { kind: 'crash'; message: string }) => void;
}

// The supervised worker's bootstrap: one result message per item, in order.
const EACH_BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {${LOAD}
  parentPort.postMessage({ kind: 'ready' });
  for (let i = 0; i < workerData.items.length; i++) {
    const result = await mod[workerData.fn](workerData.items[i]);
    parentPort.postMessage({ kind: 'result', i, result });
  }
})().catch((err) => {
  parentPort.postMessage({ kind: 'failed', message: err && err.stack ? err.stack : String(err) });
});
`;

type EachMessage<O> = { kind: 'ready' } | { kind: 'result'; i: number; result: O } | { kind: 'failed'; message: string };

/**
 * Runs `fn` over every item in supervised workers. Resolves when every item has
 * a result or was stopped; rejects only when the module itself fails (a bug).
 */
export async function runEachInWorker<I, O>(task: EachTask<I, O>): Promise<void> {
  const n = Math.max(1, Math.min(task.workers, task.items.length));
  const size = Math.ceil(task.items.length / n);
  const shares = Array.from({ length: n }, (_, k) => task.items.slice(k * size, (k + 1) * size)).filter((s) => s.length > 0);
  await Promise.all(shares.map((share) => supervise(task, share)));
}

/** One share of the items: a worker, replaced after an item it was stopped on, until every item is done. */
async function supervise<I, O>(task: EachTask<I, O>, items: readonly I[]): Promise<void> {
  let rest = items;
  while (rest.length > 0) {
    const done = await oneWorker(task, rest);
    if (done.stopped) task.onStopped(rest[done.count]!, done.stopped);
    rest = rest.slice(done.count + (done.stopped ? 1 : 0));
  }
}

function oneWorker<I, O>(
  task: EachTask<I, O>,
  items: readonly I[],
): Promise<{ count: number; stopped: null | { kind: 'timeout' } | { kind: 'crash'; message: string } }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(EACH_BOOT, { eval: true, workerData: { ...bootData(task.module), fn: task.fn, items } });
    let count = 0;
    let timer: NodeJS.Timeout | null = null;
    let settled = false;
    const finish = (stopped: null | { kind: 'timeout' } | { kind: 'crash'; message: string }): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      void worker.terminate();
      resolve({ count, stopped });
    };
    const arm = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => finish({ kind: 'timeout' }), task.budgetMs);
    };
    worker.on('message', (msg: EachMessage<O>) => {
      if (settled) return;
      if (msg.kind === 'ready') arm();
      else if (msg.kind === 'result') {
        task.onResult(items[msg.i]!, msg.result);
        count = msg.i + 1;
        if (count === items.length) finish(null);
        else arm();
      } else {
        settled = true;
        if (timer) clearTimeout(timer);
        void worker.terminate();
        reject(new Error(`worker ${task.fn}: ${msg.message}`));
      }
    });
    // Before 'ready' a death is the module's failure; after it, the item in hand's.
    let ready = false;
    worker.once('message', () => {
      ready = true;
    });
    const died = (message: string): void => {
      if (settled) return;
      if (!ready) {
        settled = true;
        if (timer) clearTimeout(timer);
        reject(new Error(`worker ${task.fn}: ${message}`));
        return;
      }
      finish({ kind: 'crash', message });
    };
    worker.on('error', (err) => died(err instanceof Error ? err.message.split('\n')[0]! : String(err)));
    worker.on('exit', (code) => died(`exited with code ${code}`));
  });
}

// A long-lived worker's bootstrap: the module's `fn` gets the data and the port, and answers messages itself.
const SERVE_BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {${LOAD}
  await mod[workerData.fn](workerData.data, parentPort);
})().catch((err) => {
  parentPort.postMessage({ kind: 'failed', message: err && err.stack ? err.stack : String(err) });
});
`;

/**
 * Starts a worker whose module function `fn(data, port)` serves messages until the worker is
 * terminated: for work handed out a piece at a time (the render pool, src/pipeline/renderPool.ts).
 */
export function serveInWorker(task: WorkerTask): Worker {
  return new Worker(SERVE_BOOT, {
    eval: true,
    workerData: { ...bootData(task.module), fn: task.fn, data: task.data },
    ...(task.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: task.maxHeapMb } } : {}),
  });
}
