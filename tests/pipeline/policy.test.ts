/** The ingest worker threshold weighs a saved page as about ten text seeds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schedule, seedCost } from '../../src/pipeline/policy.ts';

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
