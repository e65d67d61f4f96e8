/**
 * writeSearchIndex: the search stage of the build. Writes the index pieces and
 * the bundled browser client into <outDir>/search/. With a cache folder, each
 * article's analysis is reused while its indexed text is unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article } from '../ingest/types.ts';
import { AnalysisCache, type AnalysisStats } from './analysis-cache.ts';
import { searchDoc, type SearchDoc } from './doc.ts';
import { buildSearchFiles, type SearchFiles } from './build.ts';
import type { PieceState, ReuseInput } from './piece-state.ts';
import { dropPieceState, loadPieceState, savePieceState } from './piece-state.ts';
import { clientScript } from './format.ts';
import { fileName, SEARCH_DIR, URLS } from '../urls.ts';
import { bundleClient } from './bundle.ts';

export { searchDoc, type SearchDoc } from './doc.ts';

export interface SearchIndexOptions {
  /** Folder for the analysis cache (the build's cache folder); none: analyse every article. */
  cacheDir?: string;
  /** Postings longer than this (characters) get a file of their own; default OWN_FILE_CHARS (tests use less). */
  ownFileChars?: number;
  /** Documents in a frequent term's head slice; default HEAD_DOCS (tests use fewer). */
  headDocs?: number;
  /**
   * Files (paths under search/) already published with these digests (fileDigest): one that comes
   * out the same is not written, and is listed in `kept` for the caller to carry over.
   */
  previous?: Readonly<Record<string, string>>;
  /**
   * The search stage's code key (its module graph): with a cache folder and `previous`, the pieces
   * no changed article goes into are not made again at all (reuse.ts), only carried over.
   */
  codeKey?: string;
  /**
   * What a long-lived caller (the dev session's search worker) keeps between indexes: the keys of the
   * documents' indexed texts, by document object, and the analysis cache and the index's make-up
   * (piece-state.ts: 18 MB to read back at 10,000 articles) as it saved them last.
   */
  kept?: { textKeys: WeakMap<SearchDoc, string>; analysis: AnalysisCache | null; pieces?: PieceState | null; cacheDir: string | undefined };
  /**
   * Told as soon as every piece is written, before the caches for the next index are saved: a dev session
   * publishes the pieces then (the result is the one returned).
   */
  onWritten?: (result: SearchIndexResult) => void;
  /**
   * The documents' list is this call's to empty once the pieces are written (a worker's own copy): at
   * 100,000 articles every article's text, let go before the caches for the next index are saved.
   */
  letGoOfDocs?: boolean;
}

export interface SearchIndexResult extends AnalysisStats {
  /** The index was updated from the previous one (update.ts): pieces no change goes into were taken without being made again. */
  reusedPieces: boolean;
  /** Files written. */
  fileCount: number;
  /** Every file of the index (path under search/) → its digest. */
  digests: Record<string, string>;
  /** Files not written because `previous` had them with the same digest. */
  kept: string[];
}

/** What identifies a piece's contents between builds. */
export function fileDigest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

export function writeSearchIndex(articles: readonly Article[], outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  return writeSearchDocs(articles.map(searchDoc), outDir, options);
}

/** writeSearchIndex of the records as the index reads them (searchDoc): what the build hands its worker. */
export async function writeSearchDocs(articles: readonly SearchDoc[], outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const client = bundleClient();
  const article = bundleClient('article');
  const held = options.kept;
  const again = held && held.cacheDir === options.cacheDir ? held.analysis?.again() : null;
  const cache = again ?? AnalysisCache.load(options.cacheDir, held?.textKeys);
  const heldPieces = held && held.cacheDir === options.cacheDir ? held.pieces : null;
  if (held) {
    // Until this index is saved the kept cache and make-up are not what is on disk.
    held.analysis = null;
    held.pieces = null;
    held.cacheDir = options.cacheDir;
  }
  // With a cache folder and a code key: this index's make-up is recorded, and the previous one's pieces reused.
  const reuse: ReuseInput | undefined =
    options.cacheDir && options.codeKey
      ? {
          previous: options.previous ? (heldPieces ?? loadPieceState(options.cacheDir)) : null,
          published: options.previous ?? {},
          oldAnalysis: (k) => cache.byKey(k),
          oldFollow: (k) => cache.followByKey(k),
          keyOf: (a) => cache.keyOf(a),
          codeKey: options.codeKey,
        }
      : undefined;
  // Until this index is complete, the saved make-up does not describe anything published.
  if (options.cacheDir) dropPieceState(options.cacheDir);
  let built: SearchFiles | null = buildSearchFiles(articles, (a) => cache.get(a), cache.dict, options.ownFileChars, options.headDocs, reuse, () => cache.forgetWords());
  const dir = join(outDir, SEARCH_DIR);
  const made = new Set<string>();
  let fileCount = 0;
  const digests: Record<string, string> = {};
  const kept: string[] = [];
  const previous = options.previous ?? {};
  // Written in batches as they are made: the whole index's text is never held at once. A batch is
  // written while the next is made (the CPU and the disk both busy), never more than one behind.
  const BATCH = 256;
  let batch: Array<[string, string | null]> = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    // A piece that comes out as already published stays as it is (one new article changes few pieces).
    const toWrite: Array<[string, string]> = [];
    for (const [p, text] of batch) {
      if (text === null) {
        // Not made again: nothing it is made of changed (reuse.ts), and it is published as it was.
        const d = previous[p];
        if (d === undefined) throw new Error(`search index: piece ${p} was to be carried over but is not published`);
        digests[p] = d;
        kept.push(p);
      } else toWrite.push([p, text]);
    }
    const written = toWrite.filter(([p, text]) => {
      const d = (digests[p] = fileDigest(text));
      if (previous[p] !== d) return true;
      kept.push(p);
      return false;
    });
    const dirs = [...new Set(written.map(([p]) => dirname(join(dir, p))).filter((d) => !made.has(d)))];
    for (const d of dirs) made.add(d);
    fileCount += written.length;
    batch = [];
    const before = writing;
    await before;
    writing = (async () => {
      for (const d of dirs) await mkdir(d, { recursive: true });
      await Promise.all(written.map(([p, text]) => writeFile(join(dir, p), text)));
    })();
    writing.catch(() => {}); // awaited (and its error thrown) by the next flush or at the end
  };
  for (const file of built.files) {
    batch.push(file);
    if (batch.length >= BATCH) await flush();
  }
  const { meta, state: madeState, updated } = built;
  // The pieces are made: what they were made from (every document, by slot) is not held while the caches are saved.
  built = null;
  batch.push([fileName(URLS.searchScript), clientScript(meta, await client)]);
  // Article pages: "‹ Kembali ke hasil" and the query's words highlighted, when opened from search.
  batch.push([fileName(URLS.readScript), await article]);
  await flush();
  await writing;
  const result: SearchIndexResult = { fileCount, digests, kept, analysed: cache.stats.analysed, reused: articles.length - cache.stats.analysed, reusedPieces: updated };
  options.onWritten?.(result);
  if (options.letGoOfDocs) (articles as SearchDoc[]).length = 0;
  // After the pieces: a dev session's index is findable once they are written, not once these are saved.
  cache.save(options.cacheDir);
  if (held) held.analysis = cache;
  if (options.cacheDir && reuse) {
    const state = { ...madeState, digests };
    savePieceState(options.cacheDir, state);
    if (held) held.pieces = state;
  }
  return result;
}
