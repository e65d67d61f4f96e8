/**
 * The corpus-wide figures the index pieces depend on, kept with the piece state
 * (piece-state.ts) so that a rebuild updates them by the changed documents'
 * deltas (update.ts) instead of walking every document: the field length totals,
 * the number of distinct terms (it sets the bucket count), each hint word's
 * document count, and every term's postings, packed per term bucket. The postings
 * are what a remade bucket or a re-sliced frequent term is made of; kept per
 * bucket, a rebuild unpacks only the buckets its changed terms fall in, where
 * decoding the documents that hold them would decode nearly every document.
 */
import { Bytes, VarintReader } from './varint.ts';

/** Flat [slot, tf, field length, …] triples in slot order: an array, or typed (the full pass's, 4 bytes a number). */
export type FlatPostings = ArrayLike<number>;

/** One term's postings: its position in its first document, and per field its flat postings. */
export interface TermPostings {
  firstPos: number;
  fields: Array<FlatPostings | undefined>;
}

/** A bucket's terms packed: their strings one after another, and per term varints (see packBucket). */
export type PackedBucket = [string, Uint8Array];

export interface CorpusState {
  /** Per field, the sum of its length over every document. */
  fieldLengths: number[];
  /** Distinct terms in the index. */
  termCount: number;
  /** Every hint word (whatever the index's minimum count), sorted by code units, and, parallel, the number of documents holding it. */
  words: string[];
  wordDfs: Uint32Array;
  /** Per term bucket (PieceState.termBuckets), its terms' postings, in the order the index first meets them. */
  buckets: PackedBucket[];
  /**
   * Per frequent term, its adjacency filter's entries (follow.ts), documents in slot order: a remade filter
   * takes the unchanged documents' entries from here instead of reading their analyses.
   */
  follow: Map<string, string>;
}

/** The state's figures are not what was written (cut short, or not of this layout): the caller makes the index whole. */
export class CorpusStateError extends Error {}

/** The lowest slot holding the term (Infinity when none). */
export function firstSlot(p: TermPostings): number {
  let first = Infinity;
  for (const flat of p.fields) if (flat && flat.length > 0) first = Math.min(first, flat[0] ?? Infinity);
  return first;
}

/**
 * A bucket packed term by term. Per term: its length (UTF-16 units) in the string, firstPos,
 * the number of fields holding it, then per such field its number, its posting count and
 * each posting as [slot delta, tf, length].
 */
export class BucketPacker {
  private readonly b = new Bytes();
  private readonly text: string[] = [];
  add(term: string, p: TermPostings): void {
    const b = this.b;
    this.text.push(term);
    b.put(term.length);
    b.put(p.firstPos);
    let present = 0;
    for (const flat of p.fields) if (flat && flat.length > 0) present++;
    b.put(present);
    p.fields.forEach((flat, f) => {
      if (!flat || flat.length === 0) return;
      b.put(f);
      b.put(flat.length / 3);
      let prev = 0;
      for (let k = 0; k < flat.length; k += 3) {
        const slot = flat[k] ?? 0;
        b.put(slot - prev);
        prev = slot;
        b.put(flat[k + 1] ?? 0);
        b.put(flat[k + 2] ?? 0);
      }
    });
  }
  done(): PackedBucket {
    return [this.text.join(''), this.b.done()];
  }
}

export function packBucket(terms: ReadonlyArray<readonly [string, TermPostings]>): PackedBucket {
  const packer = new BucketPacker();
  for (const [term, p] of terms) packer.add(term, p);
  return packer.done();
}

/** The terms of a packed bucket, in their order; throws CorpusStateError on bytes that do not read back whole. */
export function unpackBucket([text, bytes]: PackedBucket, fieldCount: number): Array<[string, TermPostings]> {
  const r = new VarintReader(bytes);
  const out: Array<[string, TermPostings]> = [];
  let at = 0;
  while (!r.atEnd) {
    const len = r.next();
    const term = text.slice(at, at + len);
    at += len;
    const firstPos = r.next();
    const present = r.next();
    const fields: Array<number[] | undefined> = [];
    for (let i = 0; i < present; i++) {
      const f = r.next();
      const n = r.next();
      if (f >= fieldCount || fields[f] !== undefined || n === 0 || r.overrun) throw new CorpusStateError('postings');
      const flat: number[] = new Array<number>(3 * n);
      let slot = 0;
      for (let k = 0; k < 3 * n; k += 3) {
        slot += r.next();
        flat[k] = slot;
        flat[k + 1] = r.next();
        flat[k + 2] = r.next();
      }
      fields[f] = flat;
    }
    if (r.overrun || at > text.length || present === 0) throw new CorpusStateError('bucket');
    out.push([term, { firstPos, fields }]);
  }
  if (at !== text.length) throw new CorpusStateError('bucket terms');
  return out;
}

/** Whether a loaded value has the corpus state's shape (its bytes are checked as they are read). */
export function isCorpusState(v: unknown, termBuckets: number, fieldCount: number): v is CorpusState {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Partial<CorpusState>;
  return (
    Array.isArray(c.fieldLengths) &&
    c.fieldLengths.length === fieldCount &&
    c.fieldLengths.every((n) => Number.isInteger(n) && n >= 0) &&
    Number.isInteger(c.termCount) &&
    Array.isArray(c.words) &&
    c.wordDfs instanceof Uint32Array &&
    c.words.length === c.wordDfs.length &&
    Array.isArray(c.buckets) &&
    c.buckets.length === termBuckets &&
    c.buckets.every((b) => Array.isArray(b) && typeof b[0] === 'string' && b[1] instanceof Uint8Array) &&
    c.follow instanceof Map
  );
}
