/**
 * Search stage: the articles → the search index files, in a worker thread
 * with its own heap when the scheduling policy says so. The cache folder keeps
 * each article's analysis (src/search/analysis-cache.ts) between builds.
 */
import { type SearchDoc, type SearchIndexOptions, type SearchIndexResult, writeSearchDocs } from '../search/index.ts';
import { AnalysisCache } from '../search/analysis-cache.ts';
import { bundleClient } from '../search/bundle.ts';
import type { MessagePort, Worker } from 'node:worker_threads';
import { runInWorker, serveInWorker } from './worker.ts';
import { moveInSync } from '../publish/inPlace.ts';
import type { FileStamp } from './carry.ts';

/**
 * npm run dev: the index's pieces go live the moment they are written, moved in by the worker itself
 * when the main thread has confirmed the output is as its record says (it may be rendering for a
 * second then). One shared Int32: the first of the two to reach it decides who moves the pieces.
 */
export interface EarlyPublish {
  /** The live output folder. */
  liveDir: string;
  /** GATE.open until the main thread confirms (GATE.confirmed) or the worker has passed without it (GATE.passed). */
  gate: Int32Array;
}
export const GATE = { open: 0, confirmed: 1, passed: 2 } as const;

/** A new gate for one index job (shared memory: both threads see it at once). */
export const newGate = (): Int32Array => new Int32Array(new SharedArrayBuffer(4));

/** The pieces a worker moved into the live folder itself, in the order they went live, with their stamps. */
export interface LivePieces {
  moved: string[];
  stamps: Record<string, FileStamp>;
  /** When the last went in: performance.timeOrigin + performance.now() (the same instant on every thread's clock). */
  at: number;
}

/** Told when an index's pieces are all written, with what the worker moved live itself (`live`), before its caches are saved. */
export type OnWritten = (result: SearchIndexResult, live: LivePieces | null) => void;

interface SearchTask {
  /** The records as the index reads them (searchDoc): what crosses to the worker, not whole records. */
  docs: SearchDoc[];
  outDir: string;
  cacheDir: string | null;
  /** Pieces already published (path under search/ → digest): not written again when unchanged. */
  previous: Record<string, string>;
  /** The search stage's code key: pieces of the previous index are reused only under the same code. */
  codeKey: string;
  /** npm run dev: the pieces may go live from the worker (EarlyPublish). */
  publish?: EarlyPublish;
}

/** Runs in the worker (see worker.ts). */
export async function searchIndexTask(data: SearchTask, onWritten?: (result: SearchIndexResult) => void): Promise<SearchIndexResult> {
  // The list handed to a task is its own (a worker's fed copy, or runSearch's): let go once the pieces are written.
  return writeSearchDocs(data.docs, data.outDir, { cacheDir: data.cacheDir ?? undefined, previous: data.previous, codeKey: data.codeKey, letGoOfDocs: true, ...(onWritten ? { onWritten } : {}) });
}

/** `docs`: the records as the index reads them (searchDoc), a list the index empties (WorkerTask.feed; letGoOfDocs): the caller's to give away. */
export function runSearch(
  docs: SearchDoc[],
  outDir: string,
  cacheDir: string | null,
  worker: { heapMb: number } | null,
  previous: Record<string, string> = {},
  codeKey = '',
  held?: SearchWorker,
  onWritten?: OnWritten,
  publish?: EarlyPublish,
): Promise<SearchIndexResult> {
  const written = onWritten ? (result: SearchIndexResult): void => onWritten(result, null) : undefined;
  if (!worker) return searchIndexTask({ docs, outDir, cacheDir, previous, codeKey }, written);
  // Only the dev session's kept worker publishes its pieces itself (npm run dev publishes in place).
  if (held) return held.run(docs, { outDir, cacheDir, previous, codeKey, ...(publish ? { publish } : {}) }, worker.heapMb, onWritten);
  return runInWorker<SearchIndexResult>({
    module: new URL('./search.ts', import.meta.url).href,
    fn: 'searchIndexTask',
    data: { outDir, cacheDir, previous, codeKey },
    feed: { key: 'docs', items: docs },
    maxHeapMb: worker.heapMb,
  });
}

/**
 * A document as the long-lived worker is sent it: whole, or, when the worker got this very document
 * for the last build, its source file only (unchanged records make the same SearchDoc object in a
 * dev session: EngineSession.searchDoc).
 */
type SentDoc = SearchDoc | { held: string };

type ServeRequest =
  | { kind: 'task'; task: Omit<SearchTask, 'docs'> & { docs: SentDoc[] } }
  /** The documents of the index on disk and the folder of its analysis cache: held and read ahead of the first task. */
  | { kind: 'prime'; docs: SearchDoc[]; cacheDir: string };
type ServeReply =
  | { kind: 'done'; result: SearchIndexResult | null }
  /** A task's pieces are all written, and moved into the live folder when `live` (its caches are saved next, then 'done'). */
  | { kind: 'written'; result: SearchIndexResult; live: LivePieces | null }
  | { kind: 'failed'; message: string };

/**
 * Runs in the long-lived worker of a dev session (worker.ts serveInWorker): one index at a time,
 * keeping the last build's documents and the keys of their texts, so a rebuild is sent only the
 * documents that changed and hashes only their texts.
 */
export function serveSearch(_data: unknown, port: MessagePort): void {
  let held = new Map<string, SearchDoc>();
  const kept: NonNullable<SearchIndexOptions['kept']> = { textKeys: new WeakMap(), analysis: null, cacheDir: undefined };
  port.on('message', (msg: ServeRequest) => {
    void (async (): Promise<ServeReply> => {
      try {
        if (msg.kind === 'prime') {
          // As the last index left them: the first save of the session then costs what any later one does.
          held = new Map(msg.docs.map((d) => [d.sourceFile, d]));
          kept.analysis = AnalysisCache.primed(msg.cacheDir, kept.textKeys, msg.docs);
          kept.cacheDir = msg.cacheDir;
          // The browser scripts every index writes: their sources hashed (and bundled if new) now, not at the first save.
          await Promise.all([bundleClient(), bundleClient('article')]);
          return { kind: 'done', result: null };
        }
        const docs = msg.task.docs.map((d) => {
          if (!('held' in d)) return d;
          const doc = held.get(d.held);
          if (!doc) throw new Error(`search worker: no document held for ${d.held}`);
          return doc;
        });
        held = new Map(docs.map((d) => [d.sourceFile, d]));
        const { outDir, cacheDir, previous, codeKey, publish } = msg.task;
        const onWritten = (written: SearchIndexResult): void => {
          // Confirmed before the pieces were done: they go live from here, now. Else the main thread moves them.
          const confirmed = publish && Atomics.compareExchange(publish.gate, 0, GATE.open, GATE.passed) === GATE.confirmed;
          const live = confirmed ? { ...moveInSync(outDir, publish.liveDir), at: performance.timeOrigin + performance.now() } : null;
          port.postMessage({ kind: 'written', result: written, live } satisfies ServeReply);
        };
        const result = await writeSearchDocs(docs, outDir, { cacheDir: cacheDir ?? undefined, previous, codeKey, kept, onWritten });
        return { kind: 'done', result };
      } catch (err) {
        held = new Map(); // what the caller thinks the worker holds is no longer sure: it sends everything next time
        kept.analysis = null;
        return { kind: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
      }
    })().then((reply) => port.postMessage(reply));
  });
}

/** The dev session's search worker: started at its first index, reused by every rebuild after. */
export class SearchWorker {
  private worker: Worker | null = null;
  /** The documents the worker holds from the last index it made. */
  private held = new WeakSet<SearchDoc>();
  private heapMb: number | null = null;
  /** The request under way: the worker answers one at a time, so the next waits for it. */
  private busy: Promise<unknown> = Promise.resolve();

  /** Asked anything yet (a worker that failed since is not primed again: the next index sends all). */
  get started(): boolean {
    return this.asked;
  }
  private asked = false;

  /** `onWritten`: told when the pieces are written (and moved in, `live`), before the worker saves its caches and answers. */
  run(docs: readonly SearchDoc[], task: Omit<SearchTask, 'docs'>, heapMb: number, onWritten?: OnWritten): Promise<SearchIndexResult> {
    return this.queue(heapMb, () => ({ kind: 'task', task: { ...task, docs: docs.map((d) => (this.held.has(d) ? { held: d.sourceFile } : d)) } }), docs, onWritten).then((r) => {
      if (!r) throw new Error('worker serveSearch: no index made');
      return r;
    });
  }

  /**
   * npm run dev, started from the build record: hands the worker the documents of the index on disk and
   * has it read their analyses now, while nobody waits (a failure only means the first save sends all).
   */
  prime(docs: readonly SearchDoc[], cacheDir: string, heapMb: number): Promise<void> {
    return this.queue(heapMb, () => ({ kind: 'prime', docs: [...docs], cacheDir }), docs).then(
      () => undefined,
      () => undefined,
    );
  }

  private queue(heapMb: number, request: () => ServeRequest, docs: readonly SearchDoc[], onWritten?: OnWritten): Promise<SearchIndexResult | null> {
    this.asked = true;
    const next = this.busy.then(() => this.send(heapMb, request(), docs, onWritten));
    this.busy = next.catch(() => {});
    return next;
  }

  private send(heapMb: number, request: ServeRequest, docs: readonly SearchDoc[], onWritten?: OnWritten): Promise<SearchIndexResult | null> {
    if (this.worker && this.heapMb !== heapMb) this.close();
    if (!this.worker) {
      this.worker = serveInWorker({ module: new URL('./search.ts', import.meta.url).href, fn: 'serveSearch', data: null, maxHeapMb: heapMb });
      this.worker.unref(); // a session that ends does not wait for it
      this.heapMb = heapMb;
      this.held = new WeakSet();
    }
    const worker = this.worker;
    return new Promise<SearchIndexResult | null>((resolve, reject) => {
      const fail = (err: Error): void => {
        cleanup();
        this.close(); // a worker that failed or died is not trusted again: the next index starts a new one
        reject(err);
      };
      const onMessage = (reply: ServeReply): void => {
        if (reply.kind === 'written') onWritten?.(reply.result, reply.live);
        else if (reply.kind === 'done') {
          cleanup();
          this.held = new WeakSet(docs);
          resolve(reply.result);
        } else fail(new Error(`worker serveSearch: ${reply.message}`));
      };
      const onError = (err: Error): void => fail(err);
      const onExit = (code: number): void => fail(new Error(`worker serveSearch exited with code ${code}`));
      const cleanup = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  close(): void {
    const w = this.worker;
    this.worker = null;
    this.held = new WeakSet();
    if (w) void w.terminate();
  }
}
