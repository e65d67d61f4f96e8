/**
 * Reusing index pieces (src/search/reuse.ts, src/search/update.ts): a rebuild that updates the
 * last index's corpus figures by the changed articles, makes only the pieces they go into, and
 * carries the rest over as published, must ship exactly the files a cold build ships — after
 * adding, editing, retitling, deleting articles, in any mix, as words change frequency class and
 * terms get or lose files of their own — and must make few pieces for one new article. A damaged
 * state falls back to the full pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus.ts';
import type { Article } from '../../src/ingest/types.ts';
import { type SearchIndexOptions, type SearchIndexResult, writeSearchIndex } from '../../src/search/index.ts';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import { CACHE_FILES } from '../../src/cacheFiles.ts';
import { AnalysisCache } from '../../src/search/analysis-cache.ts';
import { decodeShard, type MetaShard } from '../../src/search/format.ts';
import { docRecord, recordKey } from '../../src/search/pieces.ts';
import { searchDoc } from '../../src/search/doc.ts';

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
async function rebuild(
  articles: Article[],
  published: string,
  staging: string,
  cacheDir: string,
  previous: Record<string, string>,
  kept?: SearchIndexOptions['kept'],
): Promise<SearchIndexResult> {
  await rm(staging, { recursive: true, force: true });
  const res = await writeSearchIndex(articles, staging, { cacheDir, previous, codeKey: CODE, ...opts, ...(kept ? { kept } : {}) });
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
    // A first build with a cache folder reads each document's followers back from its analyses: the same pieces.
    await writeSearchIndex(articles, join(tmp, 'cold-first'), opts);
    const [first, coldFirst] = await Promise.all([snapshot(join(published, 'search')), snapshot(join(tmp, 'cold-first', 'search'))]);
    assert.deepEqual([...first.keys()].sort(), [...coldFirst.keys()].sort());
    assert.deepEqual([...first].filter(([f, text]) => coldFirst.get(f) !== text).map(([f]) => f), [], 'a first build with a cache equals one without');
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
      assert.ok([...cold.keys()].some((f) => /^x\/[^.]+\.n\.js$/.test(f)), `${what}: the adjacency filters are among the pieces compared`);
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
    delete previous['l/0.js'];
    const second = await writeSearchIndex(articles, join(tmp, 'again'), { cacheDir, previous, codeKey: CODE, ...opts });
    assert.equal(second.reusedPieces, true);
    assert.ok(!second.kept.includes('t/0.js') && !second.kept.includes('d/0.js') && !second.kept.includes('l/0.js'));
    const made = await snapshot(join(tmp, 'again', 'search'));
    assert.ok(made.has('t/0.js') && made.has('d/0.js') && made.has('l/0.js'), 'the missing pieces are written');
    const cold = await snapshot(join(published, 'search'));
    assert.equal(made.get('t/0.js'), cold.get('t/0.js'));
    assert.equal(made.get('l/0.js'), cold.get('l/0.js'));
    // A list shard alone missing is made again too (with the document shards of its range).
    const onlyList = { ...first.digests };
    delete onlyList['l/0.js'];
    const listAgain = await writeSearchIndex(articles, join(tmp, 'list-again'), { cacheDir, previous: onlyList, codeKey: CODE, ...opts });
    assert.ok(!listAgain.kept.includes('l/0.js'));
    assert.equal((await snapshot(join(tmp, 'list-again', 'search'))).get('l/0.js'), cold.get('l/0.js'));
    // Another code key: nothing is reused.
    const third = await writeSearchIndex(articles, join(tmp, 'other'), { cacheDir, previous: first.digests, codeKey: 'other', ...opts });
    assert.equal(third.reusedPieces, false);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});

/** The figures every piece is cut by: while they hold, a rebuild must be an update (update.ts), not a full pass. */
function shapeOf(files: Map<string, string>): string {
  const meta = decodeShard(files.get('meta.js') ?? '', 'meta') as MetaShard;
  return JSON.stringify([meta.slots, meta.termBuckets, meta.wordBuckets, meta.avgRef, meta.docCount >= 1000]);
}

async function coldDiff(articles: Article[], tmp: string, published: string): Promise<string[]> {
  await rm(join(tmp, 'cold'), { recursive: true, force: true });
  await writeSearchIndex(articles, join(tmp, 'cold'), opts);
  const [got, cold] = await Promise.all([snapshot(join(published, 'search')), snapshot(join(tmp, 'cold', 'search'))]);
  return [...new Set([...got.keys(), ...cold.keys()])].filter((f) => got.get(f) !== cold.get(f)).sort();
}

test('the index updated step after step equals a cold build: word classes, frequent terms entered and left, edits, deletes', () => updatedStepAfterStep());

test('… and so does a long-lived caller that keeps its analysis cache and text keys between indexes (the dev session\'s worker)', () =>
  updatedStepAfterStep({ textKeys: new WeakMap(), analysis: null, cacheDir: undefined }));

async function updatedStepAfterStep(kept?: SearchIndexOptions['kept']): Promise<void> {
  const tmp = await mkdtemp(join(tmpdir(), 'arsip-update-'));
  try {
    const seeds = join(tmp, 'seeds');
    await generateCorpus({ n: 150, seed: 21, dir: seeds });
    const all = ingestSeeds((await scanSeeds(seeds)).inputs).articles.sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : 1));
    const base = new Map(all.map((a) => [a.id, a]));
    // A made-up word (a hint word, and a term) in the articles of `holding`: its document count is set step by step.
    const WORD = 'qorvexia';
    const holding = new Set<string>();
    let present = all.slice(0, 145).map((a) => a.id);
    let edited = new Map<string, Article>();
    const current = (): Article[] =>
      present.map((id) => {
        const a = edited.get(id) ?? (base.get(id) as Article);
        return holding.has(id) ? { ...a, body: [...a.body, { type: 'paragraph' as const, text: `Warga menyebut ${WORD} lagi.` }] } : a;
      });
    const cacheDir = join(tmp, 'cache');
    const published = join(tmp, 'pub');
    const staging = join(tmp, 'stage');
    let res = await rebuild(current(), published, staging, cacheDir, {}, kept);
    // Indexes that started from the analysis cache kept from the one before (not read from disk).
    let fromKept = 0;
    let before = await snapshot(join(published, 'search'));
    const ids = (from: number, n: number): string[] => present.slice(from, from + n);
    const steps: Array<[string, () => void, (changed: string[], files: Map<string, string>) => void]> = [
      ['add one', () => present.push(all[145]?.id ?? ''), () => {}],
      ['a new word in one article', () => holding.add(present[5] ?? ''), () => {}],
      [
        'the word in a second article: its frequency class moves (1 → 2 documents)',
        () => holding.add(present[6] ?? ''),
        (changed) => assert.ok(changed.some((f) => /^w[ps]\//.test(f)), `a hint shard holding the word is written again: ${changed.join(' ')}`),
      ],
      ['the word in a third article: its class holds', () => holding.add(present[7] ?? ''), () => {}],
      [
        'the word in 60 articles: it gets a file of its own',
        () => ids(10, 57).forEach((id) => holding.add(id)),
        (_, files) => assert.ok((decodeShard(files.get('meta.js') ?? '', 'meta') as MetaShard).big.some(([t]) => t.startsWith('qorvex')), 'a frequent term now'),
      ],
      ['one more article enters the frequent term', () => holding.add(present[80] ?? ''), () => {}],
      [
        'the word out of all but four: back into its bucket',
        () => ids(10, 70).forEach((id) => holding.delete(id)),
        (_, files) => assert.ok(!(decodeShard(files.get('meta.js') ?? '', 'meta') as MetaShard).big.some(([t]) => t.startsWith('qorvex'))),
      ],
      [
        'an edit that changes a body',
        () => (edited = new Map([[present[20] ?? '', { ...(base.get(present[20] ?? '') as Article), body: [{ type: 'paragraph' as const, text: 'Pemerintah menambah bantuan vaksin untuk warga.' }] }]])),
        () => {},
      ],
      [
        'a record-only change (the address)',
        () => edited.set(present[30] ?? '', { ...(base.get(present[30] ?? '') as Article), url: 'artikel/lain/' }),
        (changed) => assert.ok(changed.filter((f) => /^(t|x)\//.test(f)).length === 0, `no postings change: ${changed.join(' ')}`),
      ],
      ['delete three, one of them holding the word', () => (present = present.filter((id) => id !== present[3] && id !== present[5] && id !== present[90])), () => {}],
      ['add two, delete one', () => (present = [...present.filter((id) => id !== present[40]), all[146]?.id ?? '', all[147]?.id ?? '']), () => {}],
      ['the word gone from every article', () => holding.clear(), () => {}],
      ['nothing', () => {}, (changed) => assert.deepEqual(changed.filter((f) => f !== 'meta.js' && f !== 'cari.js'), [])],
    ];
    for (const [what, change, check] of steps) {
      change();
      const articles = current();
      if (kept?.analysis) fromKept++;
      res = await rebuild(articles, published, staging, cacheDir, res.digests, kept);
      const files = await snapshot(join(published, 'search'));
      assert.deepEqual(await coldDiff(articles, tmp, published), [], `${what}: the published index equals a cold build`);
      if (shapeOf(files) === shapeOf(before)) assert.equal(res.reusedPieces, true, `${what}: updated, not made whole`);
      const changed = [...new Set([...files.keys(), ...before.keys()])].filter((f) => files.get(f) !== before.get(f));
      check(changed, files);
      before = files;
    }
    if (kept) assert.ok(fromKept >= steps.length - 2, `the kept analysis cache served ${fromKept} of ${steps.length} indexes`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

test('a damaged or missing index state, or a missing analysis, falls back to the full pass, never to a different index', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'arsip-update-'));
  try {
    const seeds = join(tmp, 'seeds');
    await generateCorpus({ n: 64, seed: 5, dir: seeds });
    const all = ingestSeeds((await scanSeeds(seeds)).inputs).articles.sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : 1));
    const cacheDir = join(tmp, 'cache');
    const published = join(tmp, 'pub');
    const staging = join(tmp, 'stage');
    let articles = all.slice(0, 58);
    let res = await rebuild(articles, published, staging, cacheDir, {});
    const state = join(cacheDir, CACHE_FILES.pieces);
    const damages: Array<[string, (bytes: Buffer) => Buffer]> = [
      ['a byte flipped', (b) => Buffer.from(b.map((x, i) => (i === Math.floor(b.length / 2) ? x ^ 0x55 : x)))],
      ['cut short', (b) => b.subarray(0, Math.floor(b.length * 0.7))],
      ['empty', () => Buffer.alloc(0)],
    ];
    for (const [i, [what, damage]] of damages.entries()) {
      await writeFile(state, damage(await readFile(state)));
      articles = [...articles, all[58 + i] as Article];
      res = await rebuild(articles, published, staging, cacheDir, res.digests);
      assert.equal(res.reusedPieces, false, `${what}: made whole`);
      assert.deepEqual(await coldDiff(articles, tmp, published), [], `${what}: equals a cold build`);
    }
    // Without the analyses, a removed article's old postings are unknown: made whole, then updated again.
    await rm(join(cacheDir, CACHE_FILES.analysis));
    articles = articles.slice(1);
    res = await rebuild(articles, published, staging, cacheDir, res.digests);
    assert.equal(res.reusedPieces, false, 'no analysis of the removed article: made whole');
    assert.deepEqual(await coldDiff(articles, tmp, published), []);
    articles = [...articles, all[62] as Article];
    res = await rebuild(articles, published, staging, cacheDir, res.digests);
    assert.equal(res.reusedPieces, true, 'then updated again');
    assert.deepEqual(await coldDiff(articles, tmp, published), []);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});

test('a document record changes only with its record key', () => {
  const a = {
    id: 'a',
    slug: 'a',
    url: 'artikel/a/',
    sourceFile: 'a.txt',
    title: 'Judul',
    titleDerived: false,
    outlet: 'Kompas',
    dateline: 'Jakarta',
    published: '2021-01-05',
    yearInferred: false,
    authors: ['Ardito'],
    photographer: null,
    editor: null,
    lead: 'Awal.',
    body: [{ type: 'paragraph' as const, text: 'Isi berita.' }],
    topics: ['China'],
    topicSources: [],
    omitted: [],
    wordCount: 2,
    warnings: [],
    notices: [],
    sourceUrl: 'https://example.org/a',
    modified: null,
    accessed: '2021-02-01',
  } satisfies Article;
  const cache = AnalysisCache.load(undefined);
  const key = (x: Article): string => {
    const d = searchDoc(x);
    return recordKey(d, cache.keyOf(d));
  };
  const changes: Array<Partial<Article>> = [
    { id: 'b' },
    { title: 'Lain' },
    { url: 'artikel/b/' },
    { outlet: null },
    { published: '2021-01-06' },
    { published: null },
    { lead: 'Awal lain.' },
    { body: [{ type: 'paragraph' as const, text: 'Isi lain.' }] },
    { body: [{ type: 'paragraph' as const, text: 'Isi' }, { type: 'paragraph' as const, text: 'berita.' }] },
    { authors: ['Ardito', 'Icha'] },
    { authors: ['Ardito, Icha'] },
    { sourceUrl: null },
    { titleDerived: true },
    { accessed: null },
    { topics: ['Rusia'] },
    { dateline: null },
    { slug: 'b' },
    { wordCount: 9 },
  ];
  for (const change of changes) {
    const b = { ...a, ...change };
    if (JSON.stringify(docRecord(searchDoc(b))) !== JSON.stringify(docRecord(searchDoc(a)))) assert.notEqual(key(b), key(a), `${JSON.stringify(change)} changes the record and its key`);
  }
});
