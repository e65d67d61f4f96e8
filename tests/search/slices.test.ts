/**
 * A frequent term's slices (src/search/pieces.ts slicedPostings) are cut by each document's rank
 * in impact order, found without sorting the documents: the same slices as sorting them (impact key
 * descending, ties by slot), checked against that sort on random postings full of ties; the adjacency
 * filter goes slice by slice, each part holding the entries of that slice's documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FIELDS, bm25Factor } from '../../src/search/format.ts';
import { slicedPostings, termSlots } from '../../src/search/pieces.ts';
import { FollowText, encodeFollowers, FOLLOW_BITS, type FollowShard } from '../../src/search/follow.ts';
import type { TermPostings } from '../../src/search/corpus-state.ts';

/** Each document's slice by the plain definition: sort, then cut at head, head + 4·head, … */
function slicesBySorting(p: TermPostings, avgRef: readonly number[], headDocs: number): Map<number, number> {
  const key = new Map<number, number>();
  p.fields.forEach((flat, f) => {
    for (let k = 0; flat && k < flat.length; k += 3) {
      const slot = flat[k] ?? 0;
      key.set(slot, (key.get(slot) ?? 0) + (FIELDS[f]?.boost ?? 1) * bm25Factor(flat[k + 1] ?? 0, flat[k + 2] ?? 0, avgRef[f] ?? 1));
    }
  });
  const order = [...key.keys()].sort((a, b) => (key.get(b) ?? 0) - (key.get(a) ?? 0) || a - b);
  const slice = new Map<number, number>();
  for (let i = 0, s = 0, size = headDocs, end = headDocs; i < order.length; i++) {
    if (i === end) {
      s++;
      size *= 4;
      end += size;
    }
    slice.set(order[i] ?? 0, s);
  }
  return slice;
}

/** The slice each slot landed in, read back from the slices' JSON ([[field, slot deltas, tfs, lengths], …]). */
function slicesWritten(sliced: { head: string; tails: string[] }): Map<number, number> {
  const head = JSON.parse(sliced.head) as [number, number, number, number[], Array<[number, number[]]>];
  const slice = new Map<number, number>();
  [head[4], ...sliced.tails.map((t) => JSON.parse(t) as Array<[number, number[]]>)].forEach((postings, s) => {
    for (const [, deltas] of postings) {
      let slot = 0;
      for (const d of deltas) slice.set((slot += d), s);
    }
  });
  return slice;
}

test('slices by rank equal slices by sorting, ties included', () => {
  const field = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(4, 9, 20)), { maxLength: 400 });
  fc.assert(
    fc.property(fc.array(fc.option(field), { minLength: FIELDS.length, maxLength: FIELDS.length }), fc.constantFrom(0, 1, 2, 5, 16), (fields, headDocs) => {
      const p: TermPostings = { firstPos: 0, fields: [] };
      fields.forEach((postings, f) => {
        if (!postings || postings.length === 0) return;
        const flat: number[] = [];
        let slot = 0;
        for (const [gap, tf, len] of postings) flat.push((slot += gap), tf, len);
        p.fields[f] = flat;
      });
      if (!p.fields.some(Boolean)) return;
      const avgRef = FIELDS.map((_, f) => 3 + f * 7);
      // Each document's filter entry names it, so where the entries went can be read back.
      const slots = [...termSlots(p)];
      const entries = slots.map((slot) => encodeFollowers([slot % 2 ** FOLLOW_BITS]));
      const sliced = slicedPostings(p, avgRef, headDocs, (i) => entries[i] ?? '');
      const written = slicesWritten(sliced);
      assert.deepEqual(written, slicesBySorting(p, avgRef, headDocs));
      // The filter goes slice by slice: each slice's part holds its own documents' entries, in slot order.
      const filter = FollowText.decode(JSON.parse(sliced.follow) as FollowShard);
      for (let s = 0; s <= sliced.tails.length; s++) {
        const own = slots.filter((slot) => written.get(slot) === s);
        const read = filter?.slice(s, Int32Array.from(own));
        assert.deepEqual(own.map((slot) => read?.hashes(slot)), own.map((slot) => [slot % 2 ** FOLLOW_BITS]));
      }
    }),
    { numRuns: 300 },
  );
});
