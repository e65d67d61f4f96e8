/**
 * The output folder as it is now: every file with its size and modification time, and every folder.
 * At 10,000 articles that is 42,000 files in 20,000 folders, 0.6–0.9 s of listing and lstat: done in a
 * worker thread started with the build, so it runs on the other core while the seeds are scanned and
 * read, and the verify step (state.ts) only compares. The worker is plain JavaScript (no TypeScript
 * loader to start) and uses synchronous calls, a fifth of the cost of promise round trips for this.
 */
import { lstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { listTreeSync } from '../listing.ts';

export interface OutputWalk {
  /** Files, root-relative with `/`. */
  files: string[];
  /** The folder itself and every folder in it (absolute). */
  folders: string[];
  /** Entries that are neither (links, FIFOs, sockets): the build leaves them, the no-change check does not answer over them. */
  others: number;
  /** Per file, in the order of `files`: size and mtimeMs, or -1 when it is not a regular file any more. */
  sizes: Float64Array;
  mtimes: Float64Array;
}

/** Lists and stats `root` in the calling thread. */
export function walkOutputSync(root: string): OutputWalk {
  const { files, folders, others } = listTreeSync(root);
  const sizes = new Float64Array(files.length);
  const mtimes = new Float64Array(files.length);
  for (let i = 0; i < files.length; i++) {
    const s = lstatSync(join(root, files[i] ?? ''), { throwIfNoEntry: false });
    sizes[i] = s?.isFile() ? s.size : -1;
    mtimes[i] = s?.isFile() ? s.mtimeMs : -1;
  }
  return { files, folders, others, sizes, mtimes };
}

// The same walk as walkOutputSync and listTreeSync, for a worker started with `eval` (CommonJS, no loader).
// POSIX paths: the worker is not used on Windows (startOutputWalk).
const WALKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { lstatSync, readdirSync } = require('node:fs');
const root = workerData;
const files = [];
const folders = [];
let others = 0;
// One readdir per folder, paths built by concatenation: a third faster than a recursive readdir and path.join.
const walk = (abs, prefix) => {
  folders.push(abs);
  for (const e of readdirSync(abs, { withFileTypes: true })) {
    if (e.isFile()) files.push(prefix + e.name);
    else if (e.isDirectory()) walk(abs + '/' + e.name, prefix + e.name + '/');
    else others++;
  }
};
try { walk(root, ''); } catch { files.length = 0; folders.length = 0; others = 0; }
const sizes = new Float64Array(files.length);
const mtimes = new Float64Array(files.length);
for (let i = 0; i < files.length; i++) {
  let s;
  try { s = lstatSync(root + '/' + files[i], { throwIfNoEntry: false }); } catch {}
  sizes[i] = s && s.isFile() ? s.size : -1;
  mtimes[i] = s && s.isFile() ? s.mtimeMs : -1;
}
parentPort.postMessage({ files, folders, others, sizes, mtimes }, [sizes.buffer, mtimes.buffer]);
`;

/**
 * Starts walking `root` in a worker; the promise gives the walk, or the same walk done in the calling
 * thread should the worker fail. Nothing may write into `root` meanwhile (the build holds its lock).
 */
export function startOutputWalk(root: string): Promise<OutputWalk> {
  if (process.platform === 'win32') return Promise.resolve(walkOutputSync(root));
  return new Promise<OutputWalk>((resolve) => {
    let done = false;
    const fallback = (): void => {
      if (done) return;
      done = true;
      resolve(walkOutputSync(root));
    };
    let worker: Worker;
    try {
      worker = new Worker(WALKER, { eval: true, workerData: root });
    } catch {
      fallback();
      return;
    }
    worker.once('message', (walk: OutputWalk) => {
      if (done) return;
      done = true;
      resolve(walk);
    });
    worker.once('error', fallback);
    worker.once('exit', fallback);
  });
}
