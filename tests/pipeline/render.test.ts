/**
 * The render stage's runs: pages rendered in worker threads, a run to each free worker,
 * come out byte for byte as the same pages rendered in one run in this thread, and a
 * worker's failure reaches the build as the error it was (its errno code kept).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { describeFailure, systemCause } from '../../src/errors.ts';
import { archiveParts, buildArchive } from '../../src/archive/index.ts';
import { renderInChunks, renderSize, type RenderModel } from '../../src/pipeline/render.ts';
import { renderInWorkers } from '../../src/pipeline/renderPool.ts';
import { makeArticles } from '../site/make-articles.ts';

function renderModel(n: number): RenderModel {
  const articles = makeArticles(n, 5);
  const { articlePages } = archiveParts(articles, { baseUrl: null });
  const model = buildArchive(articles, { baseUrl: null });
  return { ...model, whole: model, articlesToMake: { source: articlePages, indices: articlePages.paths.map((_, i) => i) } };
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) out.set(join(f.parentPath, f.name).slice(dir.length + 1), readFileSync(join(f.parentPath, f.name), 'latin1'));
  }
  return out;
}

test('pages rendered in two workers, in runs of 9, equal the same pages rendered in one run here', async () => {
  const root = mkdtempSync(join(tmpdir(), 'arsip-render-'));
  const model = renderModel(40);
  assert.ok(renderSize(model) > 4 * 9, 'enough pages for several runs per worker');
  const here = await renderInChunks(model, join(root, 'here'), { size: 100_000, workers: 0, workerSize: 9 });
  const pooled = await renderInChunks(model, join(root, 'pool'), { size: 100_000, workers: 2, workerSize: 9 });
  const a = files(join(root, 'here'));
  const b = files(join(root, 'pool'));
  assert.equal(pooled.fileCount, here.fileCount);
  assert.equal(b.size, a.size);
  for (const [path, text] of a) assert.ok(b.get(path) === text, `${path} differs`);
  rmSync(root, { recursive: true, force: true });
});

test("a worker's failure is the build's error, with its code, and no worker is left running", async () => {
  const root = mkdtempSync(join(tmpdir(), 'arsip-render-'));
  const out = join(root, 'out');
  mkdirSync(out);
  // A file where the article pages' folder must go: every run that writes an article page fails.
  writeFileSync(join(out, 'artikel'), 'not a folder');
  await assert.rejects(
    renderInChunks(renderModel(30), out, { size: 100_000, workers: 2, workerSize: 5 }),
    (err: Error) => {
      const sys = systemCause(err);
      assert.ok(sys && ['ENOTDIR', 'EEXIST'].includes(sys.code), `a system error in the chain: ${sys?.code}`);
      assert.match(describeFailure(err, { outDir: out, previousSite: false }), /artikel/, 'the message names where');
      return true;
    },
  );
  rmSync(root, { recursive: true, force: true });
});

test('a render worker that dies (out of memory here) ends the render with an error instead of leaving it waiting', async () => {
  const root = mkdtempSync(join(tmpdir(), 'arsip-render-'));
  const { articlesToMake: _source, ...model } = renderModel(20);
  const runs = [{ pages: model.pages, assets: true }][Symbol.iterator]();
  // A heap far too small for Eleventy: each worker dies while loading or rendering.
  await assert.rejects(renderInWorkers({ ...model, pages: {} as typeof model.pages }, runs, join(root, 'out'), 2, 1), Error);
  rmSync(root, { recursive: true, force: true });
});
