/**
 * Reusing index pieces (src/search/reuse.ts): a rebuild that makes only the pieces a changed
 * article goes into, and carries the rest over as published, must ship exactly the files a
 * cold build ships — after adding, editing, retitling, deleting articles, in any mix — and
 * must make few pieces for one new article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus.ts';
import type { Article } from '../../src/ingest/types.ts';
import { type SearchIndexResult, writeSearchIndex } from '../../src/search/index.ts';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(join(e.parentPath, e.name).slice(dir.length + 1), await readFile(join(e.parentPath, e.name), 'utf8'));
  }
  return files;
}

const opts = { headDocs: 16, ownFileChars: 300 };
const CODE = 'test-code-key';

/** One build as the engine runs it: fresh staging folder, kept pieces copied over from the published folder. */
async function rebuild(articles: Article[], published: string, staging: string, cacheDir: string, previous: Record<string, string>): Promise<SearchIndexResult> {
  await rm(staging, { recursive: true, force: true });
  const res = await writeSearchIndex(articles, staging, { cacheDir, previous, codeKey: CODE, ...opts });
  for (const f of res.kept) await cp(join(published, 'search', f), join(staging, 'search', f));
  await rm(published, { recursive: true, force: true });
  await cp(staging, published, { recursive: true });
  return res;
}

test('reused index pieces: adds, edits, retitles and deletes ship what a cold build ships', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'arsip-reuse-'));
  try {
    const seeds = join(tmp, 'seeds');
    await generateCorpus({ n: 163, seed: 9, dir: seeds });
    // Ingested together (ids unique across them); the last three are added later.
    const all = ingestSeeds((await scanSeeds(seeds)).inputs).articles.sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : 1));
    const extra = all.slice(160);
    let articles = all.slice(0, 160);
    const cacheDir = join(tmp, 'cache');
    const published = join(tmp, 'pub');
    const staging = join(tmp, 'stage');
    let res = await rebuild(articles, published, staging, cacheDir, {});
    assert.equal(res.reusedPieces, false, 'a first build has nothing to reuse');
    const steps: Array<[string, (xs: Article[]) => Article[]]> = [
      ['add one', (xs) => [...xs, extra[0] as Article]],
      ['edit one body', (xs) => xs.map((x, i) => (i === 7 ? { ...x, body: [...x.body, { type: 'paragraph' as const, text: 'Pemerintah menambah bantuan vaksin.' }] } : x))],
      ['retitle one', (xs) => xs.map((x, i) => (i === 20 ? { ...x, title: `${x.title} (diperbarui)` } : x))],
      ['new outlet name only', (xs) => xs.map((x, i) => (i === 33 ? { ...x, outlet: 'Media Baru' } : x))],
      ['delete two', (xs) => xs.filter((_, i) => i !== 3 && i !== 90)],
      ['add two, delete one', (xs) => [...xs.filter((_, i) => i !== 40), extra[1] as Article, extra[2] as Article]],
      ['nothing', (xs) => xs],
    ];
    for (const [what, change] of steps) {
      const digests = res.digests;
      articles = change(articles);
      res = await rebuild(articles, published, staging, cacheDir, digests);
      assert.equal(res.reusedPieces, true, `${what}: pieces were reused`);
      await rm(join(tmp, 'cold'), { recursive: true, force: true });
      await writeSearchIndex(articles, join(tmp, 'cold'), opts);
      const [got, cold] = await Promise.all([snapshot(join(published, 'search')), snapshot(join(tmp, 'cold', 'search'))]);
      const differ = [...new Set([...got.keys(), ...cold.keys()])].filter((f) => got.get(f) !== cold.get(f)).sort();
      assert.deepEqual(differ, [], `${what}: the published index equals a cold build`);
      if (what === 'add one') assert.ok(res.fileCount < got.size / 3, `${what}: ${res.fileCount} of ${got.size} pieces made`);
      if (what === 'nothing') assert.ok(res.fileCount <= 3, `${what}: only meta and the scripts are made (${res.fileCount})`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});

test('a published piece changed by hand is made again, not carried over', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'arsip-reuse-'));
  try {
    const seeds = join(tmp, 'seeds');
    await generateCorpus({ n: 60, seed: 3, dir: seeds });
    const articles = ingestSeeds((await scanSeeds(seeds)).inputs).articles;
    const cacheDir = join(tmp, 'cache');
    const published = join(tmp, 'pub');
    const first = await rebuild(articles, published, join(tmp, 'stage'), cacheDir, {});
    // The engine passes only intact pieces: one bucket and one document shard are missing from `previous`.
    const previous = { ...first.digests };
    delete previous['t/0.js'];
    delete previous['d/0.js'];
    const second = await writeSearchIndex(articles, join(tmp, 'again'), { cacheDir, previous, codeKey: CODE, ...opts });
    assert.equal(second.reusedPieces, true);
    assert.ok(!second.kept.includes('t/0.js') && !second.kept.includes('d/0.js'));
    const made = await snapshot(join(tmp, 'again', 'search'));
    assert.ok(made.has('t/0.js') && made.has('d/0.js'), 'the missing pieces are written');
    const cold = await snapshot(join(published, 'search'));
    assert.equal(made.get('t/0.js'), cold.get('t/0.js'));
    // Another code key: nothing is reused.
    const third = await writeSearchIndex(articles, join(tmp, 'other'), { cacheDir, previous: first.digests, codeKey: 'other', ...opts });
    assert.equal(third.reusedPieces, false);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
