import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lunr from 'lunr';
import { generateCorpus } from '../../bench/corpus.ts';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import type { Article } from '../../src/ingest/types.ts';
import { orderArticles } from '../../src/search/build.ts';
import { buildFullIndex, tieredResults, titleTierRefs } from '../support/lunr-oracle.ts';
import { SearchEngine, type SearchOutcome, type ShardLoader, topHits } from '../../src/search/engine.ts';
import { docRef } from '../../src/search/format.ts';
import { writeSearchIndex } from '../../src/search/index.ts';
import { fileLoader } from '../../src/search/node-loader.ts';
import { analyzeQuery } from '../../src/search/query.ts';
import { tokenizeForIndex } from '../../src/search/indonesian/index.ts';
import { article } from '../support/article.ts';

/** Results per page on the search page; documents in a frequent term's head slice in these tests. */
const PAGE = 10;
const HEAD = 16;

const HOSTILE = article('hostile', {
  title: 'Judul </script><script>alert(1)</script> \u2028 Ksatriaungu \u2029 baris',
  lead: 'Teks dengan <img src=x onerror=alert(1)> dan __proto__ serta constructor.',
  body: [{ type: 'paragraph', text: 'Paragraf berisi </SCRIPT> lagi, "kutipan" dan \\ garis miring.' }],
  outlet: 'Media </script>',
});

async function corpus(): Promise<Article[]> {
  const dir = await mkdtemp(join(tmpdir(), 'arsip-search-corpus-'));
  try {
    await generateCorpus({ n: 250, seed: 7, dir });
    const generated = ingestSeeds((await scanSeeds(dir)).inputs).articles;
    const seeds = ingestSeeds((await scanSeeds(join(import.meta.dirname, '../../seeds'))).inputs).articles;
    return [...seeds, ...generated, HOSTILE];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Deterministic queries: one and two words drawn from the articles' own text, some affixed. */
function queries(articles: Article[]): string[] {
  const words = [...new Set(articles.flatMap((a) => tokenizeForIndex(`${a.title} ${a.lead}`).map((t) => t.text)))].sort();
  const out: string[] = ['bantuan', 'membantu', 'tiongkok', 'amerika serikat', 'korut', 'covid-19', '__proto__', 'constructor'];
  let x = 12345;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % words.length;
  for (let i = 0; i < 150; i++) out.push(words[next()] ?? '');
  // Words most documents hold: long postings, many ties broken by lunr's first-seen order.
  out.push('pemerintah', 'warga', 'kata', 'presiden menteri', 'jakarta pemerintah');
  for (let i = 0; i < 80; i++) out.push(`${words[next()]} ${words[next()]}`);
  // Three and four words: lunr sums a field's dot product in termIndex order, the client must too.
  for (let i = 0; i < 40; i++) out.push(`${words[next()]} ${words[next()]} ${words[next()]}`);
  for (const [a, b, c, d] of [['pemerintah', 'bantuan', 'warga', 'jakarta'], ['presiden', 'menteri', 'kebijakan', 'ekonomi']]) out.push(`${a} ${b} ${c} ${d}`);
  return out;
}

test('index build → load round trip: the client scores exactly like a full lunr index, and orders by title tier then lunr', async () => {
  const articles = await corpus();
  const out = await mkdtemp(join(tmpdir(), 'arsip-search-out-'));
  try {
    // A low own-file threshold: this small corpus then has many frequent-term files (x/), as 10,000 articles do;
    // small heads: frequent terms' postings come in several impact-ordered slices, as at 10,000 articles.
    const { fileCount } = await writeSearchIndex(articles, out, { ownFileChars: 300, headDocs: HEAD });
    assert.ok(fileCount > 10);
    const engine = await SearchEngine.open(fileLoader(join(out, 'search')));
    // A fresh engine per first page: it starts with nothing loaded, as a page opened from a link.
    const firstPage = async (q: string): Promise<SearchOutcome> =>
      (await SearchEngine.open(fileLoader(join(out, 'search')))).search(q, { first: PAGE });
    assert.equal(engine.meta.docCount, articles.length);
    // Reference: lunr's stock Builder#add (with the Indonesian plugin) and a complete index.
    const full = buildFullIndex(articles);
    let compared = 0;
    let nonEmpty = 0;
    let multi = 0;
    let partial = 0;
    let reordered = 0;
    // Frequent terms live in files of their own (x/): query each of them too.
    assert.ok(engine.meta.big.length > 0, 'the corpus has frequent terms');
    const frequent = engine.meta.big.map(([term]) => term);
    for (const q of [...queries(articles), ...frequent]) {
      const words = analyzeQuery(q);
      const lunrOrder = words.length
        ? full.query((query) => {
            for (const w of words) query.term(w.term, { usePipeline: false, presence: lunr.Query.presence.REQUIRED });
          })
        : [];
      // lunr's documents and scores; its order within the title tier and below it (documents whose title holds every word first).
      const expected = tieredResults(lunrOrder, titleTierRefs(full, words.map((w) => w.term)));
      if (expected.some((r, i) => r.ref !== lunrOrder[i]?.ref)) reordered++;
      const got = await engine.search(q);
      assert.deepEqual(
        got.hits.map((h) => docRef(h.doc)),
        expected.map((r) => r.ref),
        `same documents in the same order (by tier, then lunr's) for "${q}"`,
      );
      // Not close: equal. The client replays lunr's arithmetic operation by operation.
      assert.deepEqual(
        got.hits.map((h) => h.score),
        expected.map((r) => r.score),
        `same scores for "${q}"`,
      );
      // The first page from the head slices (and as many further slices as the bound needs): the full ranking's first results.
      const quick = await firstPage(q);
      assert.ok(quick.hits.length >= Math.min(PAGE, expected.length), `a whole first page for "${q}"`);
      assert.deepEqual(
        quick.hits.map((h) => [docRef(h.doc), h.score]),
        expected.slice(0, quick.hits.length).map((r) => [r.ref, r.score]),
        `first page for "${q}" as a full lunr index ranks it`,
      );
      if (quick.total !== null) assert.equal(quick.total, expected.length, `count for "${q}"`);
      if (quick.complete) assert.equal(quick.hits.length, expected.length);
      else partial++;
      assert.deepEqual((await quick.full()).hits, got.hits, `the rest of "${q}" completes the same ranking`);
      compared++;
      if (expected.length > 0) nonEmpty++;
      if (expected.length > 0 && words.length > 1) multi++;
    }
    const bigHits = await Promise.all(frequent.map(async (t) => (await engine.search(t)).hits.length));
    assert.ok(bigHits.filter((h) => h > 0).length >= frequent.length / 2, 'frequent terms are found through their own files');
    assert.ok(compared > 200 && nonEmpty > 150 && multi > 10, `${nonEmpty} of ${compared} queries had results, ${multi} of several words`);
    assert.ok(partial > 20, `${partial} first pages were answered before every slice was loaded`);
    // The tier is exercised: some queries' order is not lunr's plain order (scores still are). Titles weigh
    // five times a word of the story, so lunr mostly puts them first already (tests/search/title-tier.test.ts has more).
    assert.ok(reordered > 0, `${reordered} queries put their title tier above lunr's order`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('document store: stored fields come back through the script pieces; hostile text cannot break a piece', async () => {
  const articles = await corpus();
  const out = await mkdtemp(join(tmpdir(), 'arsip-search-out-'));
  try {
    await writeSearchIndex(articles, out);
    const dir = join(out, 'search');
    for (const sub of ['t', 'd', 'wp', 'ws']) {
      for (const f of await readdir(join(dir, sub))) {
        const text = await readFile(join(dir, sub, f), 'utf8');
        assert.ok(!/<\/script/i.test(text) && !/[\u2028\u2029]/.test(text), `${sub}/${f} is inert in any context`);
      }
    }
    const engine = await SearchEngine.open(fileLoader(dir));
    const hit = (await engine.search('ksatriaungu')).hits;
    assert.equal(hit.length, 1);
    const [doc] = await engine.docs(hit.map((h) => h.doc));
    assert.equal(doc?.id, 'hostile');
    assert.equal(doc?.title, HOSTILE.title);
    assert.equal(doc?.outlet, 'Media </script>');
    assert.equal((await engine.search('__proto__')).hits.length, 1);
    // Ranks are newest-first positions: the year ranges match each document's date.
    const ordered = orderArticles(articles);
    const byId = new Map(articles.map((a) => [a.id, a]));
    let slot = 0;
    let checked = 0;
    for (const d of engine.meta.docSlots) {
      slot += d;
      const [rec] = await engine.docs([slot]);
      const rank = engine.rankOf(slot);
      assert.equal(ordered[rank]?.id, rec?.id, `rank of ${rec?.id}`);
      const year = engine.meta.years.find(([, from, to]) => rank >= from && rank < to)?.[0];
      const published = byId.get(rec?.id ?? '')?.published ?? null;
      assert.equal(year === undefined ? null : String(year), published === null ? null : published.slice(0, 4));
      checked++;
    }
    assert.equal(checked, articles.length);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('topic aliases: any alias finds the articles tagged with the topic', async () => {
  const china = article('china', { title: 'Kunjungan ke Beijing', topics: ['China'], body: [{ type: 'paragraph', text: 'Presiden tiba.' }] });
  const korut = article('korut', { title: 'Uji rudal', topics: ['Korea Utara'], body: [{ type: 'paragraph', text: 'Pyongyang menembakkan rudal.' }] });
  const other = article('lain', { title: 'Harga beras naik', topics: [] });
  const out = await mkdtemp(join(tmpdir(), 'arsip-search-out-'));
  try {
    await writeSearchIndex([china, korut, other], out);
    const engine = await SearchEngine.open(fileLoader(join(out, 'search')));
    const ids = async (q: string): Promise<string[]> =>
      (await engine.docs((await engine.search(q)).hits.map((h) => h.doc))).map((d) => d.id).sort();
    assert.deepEqual(await ids('Tiongkok'), ['china']);
    assert.deepEqual(await ids('RRT'), ['china']);
    assert.deepEqual(await ids('Korut'), ['korut']);
    assert.deepEqual(await ids('Korea Utara'), ['korut']);
    assert.deepEqual(await ids('beras'), ['lain']);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('typo hints: a word one edit away from an indexed word is suggested', async () => {
  const out = await mkdtemp(join(tmpdir(), 'arsip-search-out-'));
  try {
    await writeSearchIndex([article('a', { title: 'Bantuan untuk warga', lead: 'Pemerintah memberikan bantuan.' })], out);
    const engine = await SearchEngine.open(fileLoader(join(out, 'search')));
    assert.equal((await engine.search('bantuab')).hits.length, 0);
    assert.equal((await engine.suggest('bantuab'))?.query, 'bantuan');
    assert.equal((await engine.suggest('pemerinth'))?.query, 'pemerintah');
    assert.equal(await engine.suggest('bantu'), null, 'found words need no hint');
    assert.equal(await engine.suggest('bntu'), null, 'words under 5 letters get no hint');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('topHits picks the same best hits, in the same order, as a full sort', () => {
  let x = 7;
  const next = (m: number): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % m;
  const before = (a: { doc: number; score: number }, b: { doc: number; score: number }): boolean =>
    a.score > b.score || (a.score === b.score && a.doc < b.doc);
  for (let round = 0; round < 200; round++) {
    const hits = Array.from({ length: next(60) }, (_, doc) => ({ doc, score: next(12) / 4 }));
    const k = 1 + next(15);
    const sorted = [...hits].sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, k);
    assert.deepEqual(topHits(hits, k, before), sorted, `round ${round}`);
  }
});
