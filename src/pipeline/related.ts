/**
 * The related-article lists (src/archive/related.ts) of a large archive, computed in a worker thread:
 * they are the costliest part of the archive step (about 40 µs an article) and need only each
 * article's title, lead, headings and topics, so the main thread hands those over and goes on with
 * the steps that do not need the lists (the outputs' plan, the search index's start), taking the
 * lists when the article pages are planned. The same function gives the same lists in either thread.
 */
import { relatedIndices, type RelatedInput } from '../archive/index.ts';
import { runInWorker } from './worker.ts';

/** Runs in the worker (see worker.ts). Below the worker's threshold the build uses relatedLists in its own thread. */
export function relatedTask(inputs: RelatedInput[]): number[][] {
  return relatedIndices(inputs);
}

/** The lists of `inputs` (in archive order), in a worker thread. */
export function runRelated(inputs: RelatedInput[]): Promise<number[][]> {
  return runInWorker<number[][]>({ module: new URL('./related.ts', import.meta.url).href, fn: 'relatedTask', data: inputs });
}
