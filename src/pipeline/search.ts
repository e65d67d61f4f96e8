/**
 * Search stage: the articles → the search index files, in a worker thread
 * with its own heap when the scheduling policy says so. The cache folder keeps
 * each article's analysis (src/search/analysis-cache.ts) between builds.
 */
import type { Article } from '../ingest/types.ts';
import { searchDoc, type SearchDoc, type SearchIndexOptions, type SearchIndexResult, writeSearchDocs } from '../search/index.ts';
import { AnalysisCache } from '../search/analysis-cache.ts';
import { bundleClient } from '../search/bundle.ts';
import type { MessagePort, Worker } from 'node:worker_threads';
import { runInWorker, serveInWorker } from './worker.ts';

interface SearchTask {
  /** The records as the index reads them (searchDoc): what crosses to the worker, not whole records. */
  docs: SearchDoc[];
  outDir: string;
  cacheDir: string | null;
  /** Pieces already published (path under search/ → digest): not written again when unchanged. */
  previous: Record<string, string>;
  /** The search stage's code key: pieces of the previous index are reused only under the same code. */
  codeKey: string;
}

/** Runs in the worker (see worker.ts). */
export async function searchIndexTask(data: SearchTask, onWritten?: (result: SearchIndexResult) => void): Promise<SearchIndexResult> {
  return writeSearchDocs(data.docs, data.outDir, { cacheDir: data.cacheDir ?? undefined, previous: data.previous, codeKey: data.codeKey, ...(onWritten ? { onWritten } : {}) });
}

export function runSearch(
  articles: readonly Article[],
  outDir: string,
  cacheDir: string | null,
  worker: { heapMb: number } | null,
  previous: Record<string, string> = {},
  codeKey = '',
  docOf: (a: Article) => SearchDoc = searchDoc,
  held?: SearchWorker,
  onWritten?: (result: SearchIndexResult) => void,
): Promise<SearchIndexResult> {
  const docs = articles.map(docOf);
  if (!worker) return searchIndexTask({ docs, outDir, cacheDir, previous, codeKey }, onWritten);
  if (held) return held.run(docs, { outDir, cacheDir, previous, codeKey }, worker.heapMb, onWritten);
  return runInWorker<SearchIndexResult>({
    module: new URL('./search.ts', import.meta.url).href,
    fn: 'searchIndexTask',
    data: { docs, outDir, cacheDir, previous, codeKey },
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
  /** A task's pieces are all written (its caches are saved next, then 'done'). */
  | { kind: 'written'; result: SearchIndexResult }
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
        const { outDir, cacheDir, previous, codeKey } = msg.task;
        const onWritten = (written: SearchIndexResult): void => port.postMessage({ kind: 'written', result: written } satisfies ServeReply);
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

  /** `onWritten`: told when the pieces are written, before the worker saves its caches and answers. */
  run(docs: readonly SearchDoc[], task: Omit<SearchTask, 'docs'>, heapMb: number, onWritten?: (result: SearchIndexResult) => void): Promise<SearchIndexResult> {
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

  private queue(heapMb: number, request: () => ServeRequest, docs: readonly SearchDoc[], onWritten?: (result: SearchIndexResult) => void): Promise<SearchIndexResult | null> {
    this.asked = true;
    const next = this.busy.then(() => this.send(heapMb, request(), docs, onWritten));
    this.busy = next.catch(() => {});
    return next;
  }

  private send(heapMb: number, request: ServeRequest, docs: readonly SearchDoc[], onWritten?: (result: SearchIndexResult) => void): Promise<SearchIndexResult | null> {
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
        if (reply.kind === 'written') onWritten?.(reply.result);
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
