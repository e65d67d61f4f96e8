/**
 * Runs one exported function of a TypeScript module in a worker thread, so a
 * CPU-heavy stage (the search index) uses the second core while Eleventy
 * renders on the first. The worker registers tsx itself: worker threads do not
 * inherit the main thread's TypeScript loader.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerTask {
  /** Absolute file URL of the module (use `new URL('./x.ts', import.meta.url).href`). */
  module: string;
  /** Name of an async function exported by the module; it gets `data` as its only argument. */
  fn: string;
  data: unknown;
  /** Heap limit of the worker (MB); its heap is separate from the main thread's. */
  maxHeapMb?: number;
}

const TSX_API = import.meta.resolve('tsx/esm/api');

// The worker's bootstrap: plain JS, evaluated as a CommonJS-style script.
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const api = await import(workerData.tsx);
  api.register();
  const mod = await import(workerData.module);
  const result = await mod[workerData.fn](workerData.data);
  parentPort.postMessage({ ok: true, result });
})().catch((err) => {
  parentPort.postMessage({ ok: false, message: err && err.stack ? err.stack : String(err) });
});
`;

export function runInWorker<T>(task: WorkerTask): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: { tsx: TSX_API, module: task.module, fn: task.fn, data: task.data },
      ...(task.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: task.maxHeapMb } } : {}),
    });
    let settled = false;
    worker.on('message', (msg: { ok: true; result: T } | { ok: false; message: string }) => {
      settled = true;
      if (msg.ok) resolve(msg.result);
      else reject(new Error(`worker ${task.fn}: ${msg.message}`));
      void worker.terminate();
    });
    worker.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`worker ${task.fn} exited with code ${code}`));
    });
  });
}
