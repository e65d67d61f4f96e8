/**
 * Stable listing pages (src/archive/paging.ts) as a reader meets them: every article once, in order,
 * pages of the documented sizes named after their newest article, and an insertion that moves only
 * nearby pages. Imports paging.ts alone, so `MUTATE=archive/paging` stays fast.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fnv1a } from '../../src/hash.ts';
import { GROUP_PAGING, HOME_PAGING, stablePages, type PagingOptions } from '../../src/archive/paging.ts';

const keys = (n: number, tag = 'a'): string[] => Array.from({ length: n }, (_, i) => `artikel/2020/${tag}-${String(n - i).padStart(4, '0')}`);
const id = (k: string): string => k;

/** The documented rule, written out plainly: an item ends a page when it beats every item within `window` on both sides. */
function reference(newestFirst: string[], o: PagingOptions): { first: string[]; pages: string[][] } {
  const seq = [...newestFirst].reverse();
  const rank = (k: string): [number, string] => [fnv1a(k), k];
  const beats = (a: string, b: string): boolean => {
    const [ha, ka] = rank(a);
    const [hb, kb] = rank(b);
    return ha !== hb ? ha < hb : ka < kb;
  };
  const closed: string[][] = [];
  let start = 0;
  for (let i = o.window; i + o.window < seq.length; i++) {
    const around = seq.slice(i - o.window, i + o.window + 1).filter((_, j) => j !== o.window);
    if (!around.every((k) => beats(seq[i]!, k))) continue;
    const chunk = seq.slice(start, i + 1);
    const parts = Math.ceil(chunk.length / o.max);
    for (let p = 0; p < parts; p++) closed.push(chunk.slice(Math.floor((p * chunk.length) / parts), Math.floor(((p + 1) * chunk.length) / parts)));
    start = i + 1;
  }
  let first = seq.slice(start);
  while (closed.length && first.length < o.firstMin) first = [...closed.pop()!, ...first];
  return { first: first.reverse(), pages: closed.reverse().map((c) => [...c].reverse()) };
}

test('fnv1a is 32-bit FNV-1a (published test vectors)', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('page sizes as documented: home about 21 (window 10, split above 40, first ≥ 20); lists about 50', () => {
  assert.deepEqual(HOME_PAGING, { window: 10, max: 40, firstMin: 20 });
  assert.deepEqual(GROUP_PAGING, { window: 25, max: 100, firstMin: 50 });
});

test('a short list is one first page, whole and in order', () => {
  for (const n of [0, 1, 20, 21]) {
    const list = keys(n);
    assert.deepEqual(stablePages(list, id, HOME_PAGING), { first: list, pages: [] }, `n=${n}`);
  }
});

test('home paging of 500 articles: every article once in order, page sizes within the bounds, pages named after their newest', () => {
  const list = keys(500);
  const { first, pages } = stablePages(list, id, HOME_PAGING);
  assert.deepEqual([...first, ...pages.flatMap((p) => p.items)], list);
  assert.ok(first.length >= HOME_PAGING.firstMin);
  assert.ok(pages.length >= 10, `${pages.length} pages`);
  for (const p of pages) {
    assert.ok(p.items.length > HOME_PAGING.window && p.items.length <= HOME_PAGING.max, `page of ${p.items.length}`);
    assert.equal(p.key, p.items[0]);
  }
  assert.deepEqual({ first, pages: pages.map((p) => p.items) }, reference(list, HOME_PAGING));
});

test('matches the documented rule for any list and options (cuts, equal splits, first-page top-up)', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 160 }),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 30 }),
      (list, window, max, firstMin) => {
        const o = { window, max, firstMin };
        const got = stablePages(list, id, o);
        assert.deepEqual({ first: got.first, pages: got.pages.map((p) => p.items) }, reference(list, o));
        for (const p of got.pages) assert.equal(p.key, p.items[0]);
      },
    ),
    { numRuns: 300, seed: 16 },
  );
});

test('a page longer than max is split into equal parts, oldest part last', () => {
  // window 1: items are cut at local minima; max 2 forces splits of every longer chunk.
  const list = keys(60);
  const { first, pages } = stablePages(list, id, { window: 1, max: 2, firstMin: 0 });
  assert.ok(pages.every((p) => p.items.length >= 1 && p.items.length <= 2));
  assert.ok(pages.some((p) => p.items.length === 2) && pages.some((p) => p.items.length === 1));
  assert.deepEqual([...first, ...pages.flatMap((p) => p.items)], list);
});

test('one back-dated article changes only the pages near it; the others keep their articles and names', () => {
  const list = keys(400);
  const before = stablePages(list, id, HOME_PAGING);
  const inserted = [...list.slice(0, 200), 'artikel/2020/sisipan', ...list.slice(200)];
  const after = stablePages(inserted, id, HOME_PAGING);
  const sig = (p: { items: string[]; key: string }): string => `${p.key}:${p.items.join(',')}`;
  const kept = new Set(after.pages.map(sig));
  const changed = before.pages.filter((p) => !kept.has(sig(p)));
  assert.ok(changed.length >= 1 && changed.length <= 3, `${changed.length} pages changed`);
  for (const p of changed) {
    const at = list.indexOf(p.items[0]!);
    assert.ok(Math.abs(at - 200) <= 2 * HOME_PAGING.max, `changed page at ${at} is near the insertion`);
  }
});

test('the same articles give the same pages whatever order the caller built them in', () => {
  const list = keys(300);
  const a = stablePages(list, id, GROUP_PAGING);
  const b = stablePages([...list], (k) => k, GROUP_PAGING);
  assert.deepEqual(a, b);
  assert.ok(a.first.length >= GROUP_PAGING.firstMin);
  for (const p of a.pages) assert.ok(p.items.length > GROUP_PAGING.window && p.items.length <= GROUP_PAGING.max);
});
