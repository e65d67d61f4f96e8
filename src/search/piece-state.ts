/** The last search index's make-up (PieceState) in the cache folder, for the next build to reuse pieces of. */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { CACHE_FILES, CACHE_FORMAT, readCacheFile, removeCacheFile, writeCacheFile } from '../cacheFiles.ts';
import type { AnalysedDoc } from './analyse.ts';
import type { SearchDoc } from './doc.ts';
import { type CorpusState, isCorpusState } from './corpus-state.ts';
import { type BigTerm, FIELDS } from './format.ts';

/**
 * The last index's make-up, kept in the cache folder: with it a rebuild makes again only the
 * pieces that something changed went into (reuse.ts), from the corpus figures updated by the
 * changed documents (update.ts), and reuses the published rest.
 */
export interface PieceState {
  /** Everything every piece depends on besides its own documents: format, sizes, averages, code. */
  shape: string;
  termBuckets: number;
  wordBuckets: number;
  /** Per document in slot order: [slot, analysis key, document-record key]. */
  docs: Array<[number, string, string]>;
  /** Terms with files of their own (meta.big). */
  big: BigTerm[];
  /** Piece path → digest, filled in by the writer. */
  digests: Record<string, string>;
  /** The corpus figures and postings the pieces are made of (corpus-state.ts); null: not kept (no reuse asked). */
  corpus: CorpusState | null;
}

/** A previous index to reuse pieces of (see reuse.ts for the rules); previous null: a first build that records its make-up. */
export interface ReuseInput {
  previous: PieceState | null;
  /** The pieces published now (path → digest): a piece is reused only when it is still there unchanged. */
  published: Readonly<Record<string, string>>;
  /** The analysis of a document as the previous index had it, by analysis key; null when unknown. */
  oldAnalysis: (key: string) => AnalysedDoc | null;
  /** Its followers alone (AnalysedDoc.follow), read without the rest; null when unknown. */
  oldFollow: (key: string) => readonly number[] | null;
  /** The analysis key of an article (its indexed text). */
  keyOf: (a: SearchDoc) => string;
  /** The search stage's code key: a different one means nothing is reused. */
  codeKey: string;
}

/** On disk: the serialised state and its digest, so a damaged file is told from a good one before any of it is used. */
interface Stored {
  format: number;
  digest: string;
  body: Uint8Array;
}

const digestOf = (body: Uint8Array): string => createHash('sha1').update(body).digest('base64');

function isPieceState(s: unknown): s is PieceState {
  if (typeof s !== 'object' || s === null) return false;
  const p = s as Partial<PieceState>;
  return (
    typeof p.shape === 'string' &&
    Number.isInteger(p.termBuckets) &&
    Number.isInteger(p.wordBuckets) &&
    Array.isArray(p.docs) &&
    Array.isArray(p.big) &&
    typeof p.digests === 'object' &&
    p.digests !== null &&
    isCorpusState(p.corpus, p.termBuckets ?? 0, FIELDS.length)
  );
}

export function loadPieceState(dir: string): PieceState | null {
  try {
    const read = readCacheFile(dir, CACHE_FILES.pieces);
    if (read.kind !== 'ok') return null;
    const stored = deserialize(read.value) as Partial<Stored>;
    if (stored.format !== CACHE_FORMAT || !(stored.body instanceof Uint8Array) || stored.digest !== digestOf(stored.body)) return null;
    const state: unknown = deserialize(stored.body);
    return isPieceState(state) ? state : null;
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
  const body = serialize(state);
  const stored: Stored = { format: CACHE_FORMAT, digest: digestOf(body), body };
  writeCacheFile(dir, CACHE_FILES.pieces, serialize(stored));
}
