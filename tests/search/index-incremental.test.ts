import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, seedFile } from '../../bench/corpus.ts';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import type { Article } from '../../src/ingest/types.ts';
import { articleTerms } from '../../src/search/analyse.ts';
import { searchDoc } from '../../src/search/doc.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { termBucket } from '../../src/search/format.ts';
import { writeSearchIndex } from '../../src/search/index.ts';
import { fileLoader } from '../../src/search/node-loader.ts';

async function ingestDir(dir: string): Promise<Article[]> {
  return ingestSeeds((await scanSeeds(dir)).inputs).articles;
}

/** Every file of a built search folder → its text. */
async function snapshot(out: string): Promise<Map<string, string>> {
  const dir = join(out, 'search');
  const files = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(join(e.parentPath, e.name).slice(dir.length + 1), await readFile(join(e.parentPath, e.name), 'utf8'));
  }
  return files;
}

function changedFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => a.get(n) !== b.get(n)).sort();
}

test('adding one article rewrites few index files and analyses only that article; removals keep the cache exact', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'arsip-search-incr-'));
  try {
    const seeds = join(tmp, 'seeds');
    // 160 articles: the corpus's field-length averages stay inside one 1/16-octave step when one article is
    // added (asserted below). Which size does depends on the ingest (at 150 the syndication rule's shorter
    // bodies put the body average on a step's edge).
    await generateCorpus({ n: 160, seed: 4, dir: seeds });
    const before = await ingestDir(seeds);
    const cacheDir = join(tmp, 'cache');
    // Low own-file threshold and small heads: frequent terms get files of their own, in several impact-ordered slices (x/<h>.<i>.js), as at 10,000 articles.
    const opts = { headDocs: 16, ownFileChars: 300 };
    const first = await writeSearchIndex(before, join(tmp, 'a'), { cacheDir, ...opts });
    assert.equal(first.analysed, before.length);
    assert.equal(first.reused, 0);

    const added = seedFile(4, 160);
    await writeFile(join(seeds, added.name), added.text);
    const after = await ingestDir(seeds);
    const second = await writeSearchIndex(after, join(tmp, 'b'), { cacheDir, ...opts });
    assert.equal(second.analysed, 1, 'only the new article is analysed');
    assert.equal(second.reused, before.length);

    // The same index as a build without any cache (byte for byte).
    await writeSearchIndex(after, join(tmp, 'cold'), opts);
    const [a, b, cold] = await Promise.all([snapshot(join(tmp, 'a')), snapshot(join(tmp, 'b')), snapshot(join(tmp, 'cold'))]);
    assert.deepEqual(changedFiles(b, cold), [], 'cached and cold builds are identical');

    const changed = changedFiles(a, b);
    // Postings that changed belong to the new article's own terms: its bucket, or its own file if frequent.
    const newArticle = after.find((x) => x.sourceFile === added.name);
    assert.ok(newArticle);
    const meta = await SearchEngine.open(fileLoader(join(tmp, 'b', 'search'))).then((e) => e.meta);
    const metaBefore = await SearchEngine.open(fileLoader(join(tmp, 'a', 'search'))).then((e) => e.meta);
    // The impact order is computed at averages rounded to 1/16 octave: one article does not move them here,
    // so the slices of terms it does not hold stay as they were.
    assert.deepEqual(meta.avgRef, metaBefore.avgRef);
    const big = new Map(meta.big.map(([term, file]) => [term, file]));
    const own = new Set<string>();
    const ownFile = new Set<string>();
    for (const term of articleTerms(searchDoc(newArticle))) {
      own.add(`t/${termBucket(term, meta.termBuckets)}.js`);
      const file = big.get(term);
      if (file) ownFile.add(file);
    }
    const postings = changed.filter((f) => /^(t|x)\//.test(f) && !ownFile.has(/^x\/([^.]+)/.exec(f)?.[1] ?? ''));
    assert.ok(changed.some((f) => /^x\/[^.]+\.\d+\.js$/.test(f)), 'tail slices of its frequent terms change too');
    assert.ok(changed.some((f) => /^x\/[^.]+\.n\.js$/.test(f)), 'and their adjacency filters (x/<h>.n.js)');
    assert.equal([...cold.keys()].filter((f) => f.endsWith('.n.js')).length, meta.big.length, 'a filter beside every frequent term, compared above');
    assert.ok(postings.length > 0);
    assert.ok(ownFile.size > 0, 'the new article holds frequent terms');
    assert.deepEqual(postings.filter((f) => !own.has(f)), [], 'only postings of the new article’s terms change');
    const docFiles = changed.filter((f) => f.startsWith('d/'));
    const listFiles = changed.filter((f) => f.startsWith('l/'));
    const other = changed.filter((f) => !/^(t|x|d|l|wp|ws)\//.test(f));
    // Its own document shard and list shard; meta (corpus statistics, its outlet and rank) and the client that carries meta.
    assert.equal(docFiles.length, 1, `document shards changed: ${docFiles.join(' ')}`);
    assert.equal(listFiles.length, 1, `list shards changed: ${listFiles.join(' ')}`);
    assert.deepEqual(other, ['cari.js', 'meta.js']);
    const hints = changed.filter((f) => /^w[ps]\//.test(f));
    assert.ok(hints.length <= 2 * meta.wordBuckets);

    // Removing articles: the cache drops them and renumbers its table; the index still equals a cold build.
    // An edited article (new words in its body) among them: analysed again, the rest reused.
    const fewer = after
      .filter((_, i) => i % 3 !== 0)
      .map((x, i) => (i === 5 ? { ...x, body: [...x.body, { type: 'paragraph' as const, text: 'Pemerintah menyebut virus corona dalam kerja sama baru.' }] } : x));
    const third = await writeSearchIndex(fewer, join(tmp, 'c'), { cacheDir, ...opts });
    assert.equal(third.analysed, 1);
    const again = await writeSearchIndex(fewer, join(tmp, 'd'), { cacheDir, ...opts });
    assert.equal(again.reused, fewer.length);
    await writeSearchIndex(fewer, join(tmp, 'cold2'), opts);
    const [c, d, cold2] = await Promise.all([snapshot(join(tmp, 'c')), snapshot(join(tmp, 'd')), snapshot(join(tmp, 'cold2'))]);
    assert.deepEqual(changedFiles(c, cold2), []);
    assert.deepEqual(changedFiles(d, cold2), []);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
