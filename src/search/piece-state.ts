/** The last search index's make-up (PieceState) in the cache folder, for the next build to reuse pieces of. */
import { deserialize, serialize } from 'node:v8';
import { CACHE_FILES, CACHE_FORMAT, readCacheFile, removeCacheFile, writeCacheFile } from '../cacheFiles.ts';
import type { Article } from '../ingest/types.ts';
import type { AnalysedDoc } from './analyse.ts';

/**
 * The last index's make-up, kept in the cache folder: with it a rebuild makes again only the
 * pieces that something changed went into (reuse.ts) and reuses the published rest.
 */
export interface PieceState {
  /** Everything every piece depends on besides its own documents: format, sizes, averages, code. */
  shape: string;
  termBuckets: number;
  wordBuckets: number;
  /** Per document in slot order: [slot, analysis key, document-record key]. */
  docs: Array<[number, string, string]>;
  /** Terms with files of their own: [term, file, first position] (meta.big). */
  big: Array<[string, string, number]>;
  /** Piece path → digest, filled in by the writer. */
  digests: Record<string, string>;
}

/** A previous index to reuse pieces of (see reuse.ts for the rules); previous null: a first build that records its make-up. */
export interface ReuseInput {
  previous: PieceState | null;
  /** The pieces published now (path → digest): a piece is reused only when it is still there unchanged. */
  published: Readonly<Record<string, string>>;
  /** The analysis of a document as the previous index had it, by analysis key; null when unknown. */
  oldAnalysis: (key: string) => AnalysedDoc | null;
  /** The analysis key of an article (its indexed text). */
  keyOf: (a: Article) => string;
  /** The search stage's code key: a different one means nothing is reused. */
  codeKey: string;
}


export function loadPieceState(dir: string): PieceState | null {
  try {
    const read = readCacheFile(dir, CACHE_FILES.pieces);
    if (read.kind !== 'ok') return null;
    const { format, ...s } = deserialize(read.value) as PieceState & { format?: number };
    if (format !== CACHE_FORMAT) return null;
    return typeof s.shape === 'string' && Array.isArray(s.docs) && Array.isArray(s.big) && typeof s.digests === 'object' ? s : null;
  } catch {
    return null; // none yet, or unreadable: the index is made whole
  }
}

export function dropPieceState(dir: string): void {
  try {
    removeCacheFile(dir, CACHE_FILES.pieces);
  } catch {
    // A read-only cache: the state there is checked against the published pieces anyway.
  }
}

export function savePieceState(dir: string, state: PieceState): void {
  writeCacheFile(dir, CACHE_FILES.pieces, serialize({ format: CACHE_FORMAT, ...state }));
}
