/** The build's policies: the ingest worker threshold (a saved page weighs about ten text seeds), workers, publishing. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishesInPlace, schedule, searchPlacement, seedCost } from '../../src/pipeline/policy.ts';

const machine = { articles: 10, cpus: 2, totalMemBytes: 8 * 2 ** 30 };

test('a saved page costs ten text seeds; .txt and .md cost one', () => {
  assert.equal(seedCost('kompas/berita.html'), 10);
  assert.equal(seedCost('a/B.HTM'), 10);
  assert.equal(seedCost('berita.txt'), 1);
  assert.equal(seedCost('berita.md'), 1);
});

test('150 changed .html seeds get a worker where 150 text seeds do not', () => {
  const s = schedule(machine);
  const cost = (files: string[]): number => files.reduce((a, f) => a + seedCost(f), 0);
  const html = Array.from({ length: 150 }, (_, i) => `p${i}.html`);
  const text = Array.from({ length: 150 }, (_, i) => `p${i}.txt`);
  assert.equal(s.ingestInWorker(cost(html)), true);
  assert.equal(s.ingestInWorker(cost(text)), false);
  assert.equal(s.ingestInWorker(1500), true);
  assert.equal(schedule({ ...machine, cpus: 1 }).ingestInWorker(cost(html)), false);
  assert.equal(schedule({ ...machine, workers: 'never' }).ingestInWorker(cost(html)), false);
});

test('publishing: a rebuild of a few pages goes in place, one of most pages (or the first build) swaps a new folder in', () => {
  const run = (written: number, carried: number, previous = true) => ({ previous, written, carried });
  assert.equal(publishesInPlace('auto', run(23, 21_628)), true, 'one added seed');
  assert.equal(publishesInPlace('auto', run(250, 750)), true, 'a quarter of the pages');
  assert.equal(publishesInPlace('auto', run(251, 749)), false, 'more than a quarter');
  assert.equal(publishesInPlace('auto', run(10, 0, false)), false, 'no previous output to publish into');
  assert.equal(publishesInPlace('in-place', run(900, 100)), true, '--in-place whatever the size');
  assert.equal(publishesInPlace('in-place', run(10, 0, false)), false, '--in-place on a first build');
  assert.equal(publishesInPlace('swap', run(1, 10_000)), false, '--swap');
});

test('a large archive builds its index after the render, unless a small rebuild only updates the previous one', () => {
  const big = schedule({ ...machine, articles: 100_000 });
  assert.equal(big.search, 'after-render');
  const rebuild = (changed: number, previousIndex = true) => searchPlacement(big.search, { previousIndex, changed, articles: 100_000 });
  assert.equal(rebuild(1), 'beside-render', 'one added seed');
  assert.equal(rebuild(1_000), 'beside-render', '1 % of the articles');
  assert.equal(rebuild(1_001), 'after-render', 'more');
  assert.equal(rebuild(1, false), 'after-render', 'no intact previous index: a whole index is built');
  assert.equal(searchPlacement('before-render', { previousIndex: true, changed: 1, articles: 100 }), 'before-render', 'small archives keep theirs');
});

test('the related lists of a large archive are computed in a worker thread, beside the main thread', () => {
  assert.equal(schedule({ ...machine, articles: 100_000 }).relatedInWorker, true);
  assert.equal(schedule({ ...machine, articles: 19_999 }).relatedInWorker, false, 'a smaller archive: the second core is busy with the index');
  assert.equal(schedule({ ...machine, articles: 100_000, cpus: 1 }).relatedInWorker, false, 'one core');
  assert.equal(schedule({ ...machine, articles: 100_000, workers: 'never' }).relatedInWorker, false);
  assert.equal(schedule({ ...machine, articles: 10, workers: 'always' }).relatedInWorker, true);
});
