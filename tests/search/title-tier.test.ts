/**
 * Issue 24 item 6: the title tier. Articles whose title holds every word of the query
 * (or the quoted phrase) rank above scattered matches; scores stay lunr's, and within
 * each tier the order is lunr's. Checked in the engine, in `npm run search`, and with
 * the first page proven from part of the postings (impact.ts) against the full ranking.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lunr from 'lunr';
import { generateCorpus } from '../../bench/corpus.ts';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import type { Article } from '../../src/ingest/types.ts';
import { assignSlots } from '../../src/search/build.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { docRef } from '../../src/search/format.ts';
import { writeSearchIndex } from '../../src/search/index.ts';
import { fileLoader } from '../../src/search/node-loader.ts';
import { analyzeQuery } from '../../src/search/query.ts';
import { isStopWord, tokenizeForIndex } from '../../src/search/indonesian/index.ts';
import { buildFullIndex, tieredResults, titleTierRefs } from '../support/lunr-oracle.ts';
import { IN_TITLE, TITLE_TIER_ARTICLES } from '../support/title-tier-fixture.ts';

const root = join(import.meta.dirname, '../..');

describe('the exact pair in the title ranks first (issue 24: "bantuan militer")', () => {
  let out = '';
  let engine: SearchEngine;
  const full = buildFullIndex(TITLE_TIER_ARTICLES);
  const { slotOf } = assignSlots(TITLE_TIER_ARTICLES);
  const idOf = new Map(TITLE_TIER_ARTICLES.map((a) => [docRef(slotOf.get(a) ?? 0), a.id]));
  const lunrRanking = (q: string): lunr.Index.Result[] =>
    full.query((query) => {
      for (const w of analyzeQuery(q)) query.term(w.term, { usePipeline: false, presence: lunr.Query.presence.REQUIRED });
    });

  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'arsip-title-tier-'));
    await writeSearchIndex([...TITLE_TIER_ARTICLES], out);
    engine = await SearchEngine.open(fileLoader(join(out, 'search')));
  });
  after(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  test('lunr alone ranks it third, below two articles without "bantuan" in their title', () => {
    const ranked = lunrRanking('bantuan militer').map((r) => idOf.get(r.ref));
    assert.equal(ranked.length, 3);
    assert.equal(ranked[2], IN_TITLE);
  });

  test('the engine ranks it first, its score still lunr’s; the rest in lunr’s order', async () => {
    const expected = lunrRanking('bantuan militer');
    for (const first of [undefined, 1, 10]) {
      const o = await (await SearchEngine.open(fileLoader(join(out, 'search')))).search('bantuan militer', first === undefined ? {} : { first });
      const got = (await engine.docs(o.hits.map((h) => h.doc))).map((d) => d.id);
      assert.equal(got[0], IN_TITLE, `first: ${first}`);
      const full = await o.full();
      assert.deepEqual(
        full.hits.map((h) => [idOf.get(docRef(h.doc)), h.score]),
        tieredResults(expected, new Set([docRef(slotOf.get(TITLE_TIER_ARTICLES.find((a) => a.id === IN_TITLE) as Article) ?? 0)])).map((r) => [idOf.get(r.ref), r.score]),
      );
    }
  });

  test('the quoted phrase, and the words in either order, put it first too; the exact form as well', async () => {
    // (`bantuan OR militer` is met by "Militer" alone in another title: all three are in the tier, in lunr's order.)
    for (const q of ['"bantuan militer"', 'militer bantuan', '=bantuan militer', 'bantu* militer']) {
      for (const first of [undefined, 10]) {
        const o = await (await SearchEngine.open(fileLoader(join(out, 'search')))).search(q, first === undefined ? {} : { first });
        const [top] = await engine.docs(o.hits.slice(0, 1).map((h) => h.doc));
        assert.equal(top?.id, IN_TITLE, `${q} (first: ${first})`);
      }
    }
  });

  test('a phrase whose words are in the title but not side by side there does not count as in the title', async () => {
    // "militer bantuan": both words in the title, not in that order; the scattered articles hold the phrase in their text.
    const o = await engine.search('"militer menerima"');
    const ids = (await engine.docs(o.hits.map((h) => h.doc))).map((d) => d.id);
    assert.deepEqual(ids, ['sebaran-dua']);
    const reversed = await engine.search('"militer bantuan"');
    const [top] = await engine.docs(reversed.hits.slice(0, 1).map((h) => h.doc));
    assert.notEqual(top?.id, IN_TITLE);
  });

  test('a word kept to the title (judul:) is title-only already: lunr’s order, unchanged', async () => {
    const o = await engine.search('judul:militer');
    const expected = full.query((query) => query.term('militer', { usePipeline: false, fields: ['title'], presence: lunr.Query.presence.REQUIRED }));
    assert.deepEqual(o.hits.map((h) => docRef(h.doc)), expected.map((r) => r.ref));
  });

  test('npm run search ranks it first too', () => {
    const r = spawnSync('npm', ['run', '-s', 'search', '--', '--out', out, '--json', 'bantuan militer'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const results = (JSON.parse(r.stdout) as { results: Array<{ id: string }> }).results.map((x) => x.id);
    assert.equal(results[0], IN_TITLE);
    assert.equal(results.length, 3);
  });
});

describe('the first page from part of the postings is the full ranking’s, title tier included', () => {
  let dir = '';
  let articles: Article[] = [];
  let full: lunr.Index;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arsip-title-tier-partial-'));
    await generateCorpus({ n: 300, seed: 23, dir: join(dir, 'seeds') });
    const generated = ingestSeeds((await scanSeeds(join(dir, 'seeds'))).inputs).articles;
    // Some long headlines (another article's lead appended): a title word then weighs less than
    // words repeated in a story, and lunr's order puts scattered matches above such titles.
    articles = generated.map((a, i) => (i % 5 === 0 ? { ...a, title: `${a.title} ${generated[(i + 1) % generated.length]?.lead ?? ''}` } : a));
    // Own files for most terms and small heads: common words come in several slices, as at 10,000 articles.
    await writeSearchIndex(articles, join(dir, 'out'), { ownFileChars: 300, headDocs: 8 });
    full = buildFullIndex(articles);
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('random queries of title words: partial = full = lunr’s results by tier, then lunr’s order', async () => {
    const searchDir = join(dir, 'out', 'search');
    const engine = await SearchEngine.open(fileLoader(searchDir));
    // Words from titles (so the tier has members) and from bodies (so it often has few).
    const words = (texts: string[]): string[] =>
      [...new Set(texts.flatMap((t) => tokenizeForIndex(t).map((w) => w.text)))].filter((w) => !isStopWord(w) && /^[a-z]{4,}$/.test(w)).sort();
    const titleWords = words(articles.map((a) => a.title));
    const bodyWords = words(articles.map((a) => a.lead));
    let x = 2024;
    const pick = (list: string[]): string => list[(x = (Math.imul(x, 1103515245) + 12345) >>> 0) % list.length] ?? '';
    const queries: string[] = [];
    for (let i = 0; i < 40; i++) queries.push(`${pick(titleWords)} ${pick(bodyWords)}`);
    for (let i = 0; i < 20; i++) queries.push(pick(titleWords));
    for (let i = 0; i < 20; i++) queries.push(`${pick(titleWords)} ${pick(titleWords)}`);
    for (let i = 0; i < 15; i++) queries.push(`${pick(titleWords)} OR ${pick(bodyWords)}`);
    for (let i = 0; i < 10; i++) queries.push(`${pick(titleWords).slice(0, 3)}* ${pick(bodyWords)}`);
    // Phrases (two words side by side in a title or a lead), the exact form, exclusions: checked against the text.
    const pairs = (texts: string[]): string[] =>
      texts.flatMap((t) => {
        const ws = tokenizeForIndex(t).map((w) => w.text);
        return ws.slice(1).map((w, i) => `${ws[i]} ${w}`).filter((p) => p.split(' ').every((w) => !isStopWord(w) && /^[a-z]{4,}$/.test(w)));
      });
    const titlePairs = pairs(articles.map((a) => a.title));
    const leadPairs = pairs(articles.map((a) => a.lead));
    for (let i = 0; i < 10; i++) queries.push(`"${pick(titlePairs)}"`, `"${pick(leadPairs)}"`);
    for (let i = 0; i < 5; i++) queries.push(`=${pick(titleWords)} ${pick(bodyWords)}`, `${pick(titleWords)} -${pick(bodyWords)}`, `"${pick(titlePairs)}" OR ${pick(titleWords)}`);
    // An index built before titleLengthMax was in the meta: the tier is proven only once every slice is loaded.
    const oldMeta = { ...engine.meta, titleLengthMax: undefined };
    let partial = 0;
    let reordered = 0;
    let plain = 0;
    for (const q of queries) {
      const all = await engine.search(q);
      const quick = await (await SearchEngine.open(fileLoader(searchDir))).search(q, { first: 10 });
      const old = await SearchEngine.withMeta(fileLoader(searchDir), oldMeta).search(q, { first: 10 });
      assert.deepEqual(old.hits, all.hits.slice(0, old.hits.length), `"${q}" without titleLengthMax`);
      assert.ok(quick.hits.length >= Math.min(10, all.hits.length), `a whole first page for "${q}"`);
      assert.deepEqual(quick.hits, all.hits.slice(0, quick.hits.length), `"${q}": same first results, order and scores`);
      assert.deepEqual((await quick.full()).hits, all.hits, `"${q}" completed`);
      if (!quick.complete && all.hits.length > 10) partial++;
      // Plain words, all required: brute force with lunr (its scores; the tier from its title field).
      if (/^[a-z ]+$/.test(q)) {
        const terms = analyzeQuery(q).map((w) => w.term);
        const lunrOrder = full.query((query) => {
          for (const t of terms) query.term(t, { usePipeline: false, presence: lunr.Query.presence.REQUIRED });
        });
        const expected = tieredResults(lunrOrder, titleTierRefs(full, terms));
        assert.deepEqual(
          all.hits.map((h) => [docRef(h.doc), h.score]),
          expected.map((r) => [r.ref, r.score]),
          `"${q}": lunr's results and scores, title tier first`,
        );
        plain++;
        if (expected.some((r, i) => r.ref !== lunrOrder[i]?.ref)) reordered++;
      }
    }
    assert.ok(plain >= 60, `${plain} plain queries compared with lunr`);
    assert.ok(partial >= 5, `${partial} first pages came from part of the postings`);
    assert.ok(reordered >= 3, `${reordered} queries ranked their title tier above lunr's order`);
  });
});
