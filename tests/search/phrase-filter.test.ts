/**
 * The adjacency filter (src/search/follow.ts, x/<h>.n.js): a quoted phrase finds the same
 * articles, in the same order with the same scores, as when every candidate's text is read,
 * while the texts of candidates whose words are never side by side are not read.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import type { Article } from '../../src/ingest/types.ts';
import { SearchEngine, type ShardLoader } from '../../src/search/engine.ts';
import { writeSearchIndex } from '../../src/search/index.ts';
import { fileLoader } from '../../src/search/node-loader.ts';
import { generateCorpus } from '../../bench/corpus.ts';
import { widespread } from '../support/widespread.ts';
import { FollowText, encodeFollowers, followPairs, followWord, phrasePairs, splitEntries, type SliceFollowers } from '../../src/search/follow.ts';
import { atoms, hasPhrase, phraseWords } from '../../src/search/phrase.ts';
import { stemCached } from '../../src/search/query.ts';
import { Dictionary, cutTail, fieldTexts, makeAnalyser } from '../../src/search/analyse.ts';
import { searchDoc, storedText } from '../../src/search/doc.ts';
import { FOLLOW_BITS } from '../../src/search/follow.ts';

const root = join(import.meta.dirname, '../..');

/** A loader that counts the document pieces (stored texts) read; `filters: false` hides the filters, as an index without them. */
function counting(dir: string, filters: boolean): { loader: ShardLoader; docPieces: Set<string>; filterPieces: Set<string> } {
  const files = fileLoader(dir);
  const docPieces = new Set<string>();
  const filterPieces = new Set<string>();
  return {
    docPieces,
    filterPieces,
    loader: {
      load: (key) => {
        if (key.startsWith('d/')) docPieces.add(key);
        if (key.endsWith('.n')) {
          filterPieces.add(key);
          // A piece that does not fit the term's documents is not used (never trusted to drop one).
          if (!filters) return Promise.resolve([-1, '']);
        }
        return files.load(key);
      },
    },
  };
}

/** The same query with and without the filters: whole answer and first page alike. */
async function sameAnswer(dir: string, q: string): Promise<{ hits: number; read: number; readWithout: number }> {
  const without = counting(dir, false);
  const withF = counting(dir, true);
  const plain = await (await SearchEngine.open(without.loader)).search(q);
  const filtered = await (await SearchEngine.open(withF.loader)).search(q);
  assert.deepEqual(filtered.hits, plain.hits, `"${q}": the same results, order and scores`);
  assert.equal(filtered.total, plain.total, `"${q}": the same count`);
  const first = await (await SearchEngine.open(counting(dir, true).loader)).search(q, { first: 10 });
  assert.deepEqual(first.hits, plain.hits.slice(0, first.hits.length), `"${q}": the first page is the whole ranking's`);
  assert.ok(first.hits.length >= Math.min(1, plain.hits.length), `"${q}": something to show when there is`);
  assert.deepEqual((await first.full()).hits, plain.hits, `"${q}": completed`);
  return { hits: plain.hits.length, read: withF.docPieces.size, readWithout: without.docPieces.size };
}

describe('the follower keys: a text holding a phrase always passes its pairs', () => {
  test('every span of every text of the sample archive, stop words and compounds included', async () => {
    const articles = ingestSeeds((await scanSeeds(join(root, 'seeds'))).inputs).articles;
    let spans = 0;
    for (const a of articles) {
      for (const t of [a.title, a.lead, ...a.body.map((b) => b.text)]) {
        const have = new Set(followPairs([t], (w) => followWord(w, stemCached)).map(([s, h]) => `${s} ${h}`));
        const as = atoms(t);
        for (let i = 0; i + 1 < as.length; i += 3) {
          const span = t.slice(as[i]?.start ?? 0, as[Math.min(as.length - 1, i + 2)]?.end ?? 0);
          const words = phraseWords(span);
          assert.ok(hasPhrase([t], words), span);
          for (const [s, h] of phrasePairs(words)) assert.ok(have.has(`${s} ${h}`), `"${span}": pair ${s}+${h} in the filter`);
          spans++;
        }
      }
    }
    assert.ok(spans > 500, `${spans} spans`);
  });
});

describe('the filter piece', () => {
  test('entries read back as written, empty ones included; a piece that does not fit is not used', () => {
    let x = 7;
    const next = (m: number): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % m;
    const docs = Array.from({ length: 300 }, () => [...new Set(Array.from({ length: next(4) }, () => next(2 ** FOLLOW_BITS)))].sort((a, b) => a - b));
    docs[0] = [0, 2 ** FOLLOW_BITS - 1];
    const slots = docs.map((_, i) => 3 * i + 1);
    const text = docs.map(encodeFollowers).join('');
    assert.match(text, /^[A-Za-z0-9_.-]*$/, 'nothing a script would escape');
    const read = (t: string, s: number[]): SliceFollowers | null => FollowText.decode([[s.length], t])?.slice(0, Int32Array.from(s)) ?? null;
    const back = read(text, slots);
    assert.deepEqual(slots.map((slot) => back?.hashes(slot)), docs);
    assert.equal(back?.hashes(2), null, 'a document of no entry');
    // What a phrase asks: a hash the entry lacks, one it holds, a document the slice does not have (nothing said).
    assert.deepEqual([back?.lacks(1, 1), back?.lacks(1, 0), back?.lacks(2, 5)], [true, false, false]);
    assert.equal(read(text, slots.slice(1)), null, 'one document more than the slice has');
    assert.equal(read(text.slice(0, -1), slots), null, 'cut short');
    assert.equal(read(`${text}!`, slots), null, 'a character of no entry');
    assert.equal(read(`a${text}`, slots), null, 'an entry must open with its first hash');
    // Slices one after another: each part read with its own documents.
    const two = FollowText.decode([[100, 200], text]);
    assert.deepEqual(slots.slice(100).map((slot) => two?.slice(1, Int32Array.from(slots.slice(100)))?.hashes(slot)), docs.slice(100));
    assert.equal(two?.slice(1, Int32Array.from(slots.slice(99))), null, 'a part read with another part’s documents');
    assert.equal(FollowText.decode([[100, 201], text]), null, 'more documents than entries');
    // What a rebuild keeps of the unchanged documents (corpus-state.ts): the entries one by one.
    assert.deepEqual(splitEntries(text), docs.map(encodeFollowers));
    assert.equal(splitEntries(`a${text}`), null, 'an entry must open with its first hash');
  });
});

describe('the build keeps every pair of the texts a phrase is checked against', () => {
  test('title and stored text (lead, body and the pair across), compounds, and a word the 8,000-character cut leaves half', async () => {
    const seeds = ingestSeeds((await scanSeeds(join(root, 'seeds'))).inputs).articles;
    const base = seeds[0] as Article;
    // A long body cut inside "kementerian", a lead the body repeats, compounds on both sides of the lead.
    const long: Article = {
      ...base,
      id: 'panjang',
      lead: 'Kim Jong-un bertemu',
      body: [{ type: 'paragraph', text: `${'warga desa '.repeat(724)}sekarang kementerian keuangan COVID-19 menjawab` }],
    };
    const repeated: Article = { ...base, id: 'ulang', lead: 'Menteri luar', body: [{ type: 'paragraph', text: 'Menteri luar negeri berkata' }] };
    const dict = new Dictionary();
    const analyse = makeAnalyser(dict);
    let pairs = 0;
    for (const a of [...seeds, long, repeated].map(searchDoc)) {
      const follow = new Set(analyse(fieldTexts(a), cutTail(a)).follow);
      for (const [s, h] of followPairs([a.title, storedText(a)], (w) => followWord(w, stemCached))) {
        assert.ok(follow.has((dict.find(s) ?? -1) * 2 ** FOLLOW_BITS + h), `${a.id}: a pair after "${s}" kept`);
        pairs++;
      }
    }
    assert.ok(storedText(searchDoc(long)).endsWith(' kemente'), 'the cut leaves part of a word');
    assert.ok(pairs > 1000, `${pairs} pairs`);
  });
});

describe('phrases on the sample archive, every term with a filter', () => {
  let out = '';
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'arsip-phrase-filter-seeds-'));
    const articles = ingestSeeds((await scanSeeds(join(root, 'seeds'))).inputs).articles;
    // Own files (and so filters) for nearly every term, as the frequent ones have at 10,000 articles.
    await writeSearchIndex(articles, out, { ownFileChars: 60, headDocs: 4 });
  });
  after(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  test('the index has a filter beside each frequent term', async () => {
    const files = await readdir(join(out, 'search', 'x'));
    assert.ok(files.filter((f) => f.endsWith('.n.js')).length >= 20);
    assert.equal(files.filter((f) => f.endsWith('.n.js')).length, files.filter((f) => /^[^.]+\.js$/.test(f)).length);
  });

  for (const q of [
    '"bantuan militer"',
    '"membantu militer"',
    '"militer bantuan"',
    '"bantuan dari"',
    '"bantuan ke"',
    '"kim jong un"',
    '"Kim Jong-un"',
    '"jong un"',
    '"korea utara"',
    '"virus corona"',
    '"pemerintah china"',
    '"kerja sama"',
    '"bantuan militer" OR "kerja sama"',
    '"bantuan militer" china',
    'bantuan -"bantuan militer"',
    'china NOT "kerja sama"',
    'judul:"korea utara"',
    '"korea utara" "kim jong un"',
    '=menteri',
    '=menteri luar',
    '"menteri luar negeri"',
    '"di jakarta"',
    '"yang tidak"',
  ]) {
    test(`${q}: the same answer as reading every candidate's text`, async () => {
      await sameAnswer(join(out, 'search'), q);
    });
  }
});

describe('phrases of common words at 400 generated articles', () => {
  let dir = '';
  let generated: Article[] = [];
  let common: string[] = [];
  let collocation = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arsip-phrase-filter-gen-'));
    await generateCorpus({ n: 400, seed: 7, dir: join(dir, 'seeds') });
    generated = ingestSeeds((await scanSeeds(join(dir, 'seeds'))).inputs).articles;
    await writeSearchIndex(generated, join(dir, 'out'), { ownFileChars: 600, headDocs: 16 });
    const words = widespread(generated);
    common = words.common.slice(0, 4);
    collocation = words.pair;
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('two words most articles hold, rarely side by side: the same answer, and only the texts that may hold it are read', async () => {
    const [a = '', b = ''] = common;
    const r = await sameAnswer(join(dir, 'out', 'search'), `"${a} ${b}"`);
    assert.ok(r.readWithout > 50, `${r.readWithout} document pieces read without the filter`);
    assert.ok(r.read * 3 < r.readWithout, `${r.read} document pieces read with the filter, ${r.readWithout} without (${r.hits} results)`);
  });

  test('a collocation, the same pair reversed, with a stop word between, excluded, or in OR: the same answers', async () => {
    const [x = '', y = ''] = collocation.split(' ');
    const [a = '', b = '', c = ''] = common;
    for (const q of [`"${collocation}"`, `"${y} ${x}"`, `"${x} dan ${y}"`, `${a} -"${collocation}"`, `"${a} ${b}" OR "${collocation}"`, `${c} "${collocation}"`, `judul:"${collocation}"`]) {
      await sameAnswer(join(dir, 'out', 'search'), q);
    }
  });

  test('a query without a phrase loads no filter', async () => {
    const c = counting(join(dir, 'out', 'search'), true);
    const engine = await SearchEngine.open(c.loader);
    for (const q of [common[0] ?? '', `${common[0]} ${common[1]}`, `${common[0]} OR ${common[2]}`, `${common[0]} -${common[1]}`]) await engine.search(q, { first: 10 });
    assert.deepEqual([...c.filterPieces], []);
  });
});
