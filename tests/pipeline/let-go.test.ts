/**
 * A large archive built once through (npm run build) lets its records go once the exports are written
 * and the index has its documents (src/pipeline/letGo.ts): the site it publishes is the same, the
 * count it reports is right, and the ingest cache saved early still spares the next build its parsing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../src/build.ts';
import { diffSnapshots, makeProject, snapshot } from '../support/project.ts';

test('a large build that lets its records go publishes the same site, counts its articles and keeps its ingest cache', async () => {
  const { root, seeds } = await makeProject(30);
  try {
    // lowMemoryAbove 0: the large-archive path (index after the render, in a worker), on a small archive.
    const large = { seedsDir: seeds, projectRoot: root, lowMemoryAbove: 0, workers: 'always' as const };
    const kept = await build({ ...large, outDir: join(root, 'kept'), cache: join(root, 'cache-kept') });
    assert.ok(kept.articles.length > 30);
    assert.ok(!kept.timings.some((t) => t.stage === 'let-go'), 'a caller that wants the records keeps them');

    const cache = join(root, 'cache-gone');
    const gone = await build({ ...large, outDir: join(root, 'gone'), cache, keepRecords: false });
    assert.ok(gone.timings.some((t) => t.stage === 'let-go'), 'the records are let go before the index is waited for');
    assert.deepEqual(gone.articles, [], 'no records handed back when only the count was asked for');
    assert.equal(gone.articleCount, kept.articles.length);
    assert.deepEqual(diffSnapshots(snapshot(join(root, 'kept')), snapshot(join(root, 'gone'))), [], 'the same site');

    // The ingest cache was saved before the records went: a build on a new output folder parses nothing.
    const again = await build({ ...large, outDir: join(root, 'again'), cache, keepRecords: false });
    assert.equal(again.work.seedsParsed, 0);
    assert.equal(again.articleCount, kept.articles.length);
    assert.deepEqual(diffSnapshots(snapshot(join(root, 'kept')), snapshot(join(root, 'again'))), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
