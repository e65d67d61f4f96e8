/**
 * A render worker (src/pipeline/renderPool.ts): holds the model's archive-wide
 * part once and renders each run of pages it is sent through Eleventy into the
 * shared output folder. Its own heap holds only its run's pages, so the
 * garbage collector does not walk the whole archive for every page.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ArchiveModel } from '../archive/types.ts';
import { errorChain } from '../errors.ts';
import { renderSite } from '../site/index.ts';

export interface RenderWorkerData {
  /** The model without its page lists (they come a run at a time), `whole` included. */
  base: ArchiveModel;
  outDir: string;
}
export interface RenderRun {
  id: number;
  pages: ArchiveModel['pages'];
  assets: boolean;
}
/** One error of a failure's chain (outermost first), with the fields the build's messages read. */
export interface ErrorLink {
  message: string;
  stack?: string;
  code?: string;
  path?: string;
  dest?: string;
  syscall?: string;
}
export type RenderReply = { kind: 'ready' } | { kind: 'done'; id: number } | { kind: 'failed'; id?: number; message: string; chain?: ErrorLink[] };

/** An error and what it wraps as plain data: a worker's messages carry no Error's `cause`. */
export function errorLinks(err: unknown): ErrorLink[] {
  return errorChain(err).map((e) => {
    if (!(e instanceof Error)) return { message: String(e) };
    const o = e as NodeJS.ErrnoException & { dest?: unknown };
    const link: ErrorLink = { message: e.message };
    if (e.stack) link.stack = e.stack;
    for (const key of ['code', 'path', 'dest', 'syscall'] as const) if (typeof o[key] === 'string') link[key] = o[key] as string;
    return link;
  });
}

export async function serveRender(data: RenderWorkerData, port: MessagePort): Promise<void> {
  // One run at a time: a run's promise chain keeps the worker's memory to one Eleventy instance.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (run: RenderRun) => {
    queue = queue.then(async () => {
      try {
        await renderSite({ ...data.base, pages: run.pages }, data.outDir, { assets: run.assets, count: false });
        port.postMessage({ kind: 'done', id: run.id } satisfies RenderReply);
      } catch (err) {
        port.postMessage({ kind: 'failed', id: run.id, message: err instanceof Error ? err.message : String(err), chain: errorLinks(err) } satisfies RenderReply);
      }
    });
  });
  port.postMessage({ kind: 'ready' } satisfies RenderReply);
}
