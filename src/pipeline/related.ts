/**
 * The related-article lists (src/archive/related.ts) of a large archive, computed in a worker thread:
 * they are the costliest part of the archive step (about 40 µs an article) and need only each
 * article's title, lead, headings and topics, so the main thread hands those over and goes on with
 * the steps that do not need the lists (the outputs' plan, the search index's start), taking the
 * lists when the article pages are planned. The same function gives the same lists in either thread.
 */
import { relatedIndices, type RelatedInput } from '../archive/index.ts';
import { runInWorker } from './worker.ts';

/** Runs in the worker (see worker.ts). */
export function relatedTask(inputs: RelatedInput[]): number[][] {
  return relatedIndices(inputs);
}

/** The lists of `inputs` (in archive order), in a worker thread or, when `inWorker` is false, here and now. */
export function runRelated(inputs: RelatedInput[], inWorker: boolean): Promise<number[][]> {
  if (!inWorker) return Promise.resolve(relatedTask(inputs));
  return runInWorker<number[][]>({ module: new URL('./related.ts', import.meta.url).href, fn: 'relatedTask', data: inputs });
}
