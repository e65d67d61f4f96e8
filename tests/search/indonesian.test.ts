import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isStopWord, mayStemTo, stem, STOP_WORDS, tokenizeForIndex, tokenizeForQuery } from '../../src/search/indonesian/index.ts';
import { ROOTS, affixedForms } from '../../bench/vocabulary.ts';
import { loadPairs } from './stemmer-eval.ts';

const texts = (s: string): string[] => tokenizeForIndex(s).map((t) => t.text);

test('tokenizer: reduplication is one word, other compounds keep whole and parts', () => {
  assert.deepEqual(texts('negara-negara'), ['negara']);
  assert.deepEqual(texts('Rekan-rekan China'), ['rekan', 'china']);
  assert.deepEqual(texts('COVID-19'), ['covid-19', 'covid', '19']);
  assert.deepEqual(texts('asal-usul'), ['asal-usul', 'asal', 'usul']);
  assert.deepEqual(tokenizeForQuery('Kim Jong-un').map((t) => t.text), ['kim', 'jong-un']);
});

test('tokenizer: Indonesian numbers keep their meaning', () => {
  assert.deepEqual(texts('1,7 juta'), ['1,7', 'juta']);
  assert.deepEqual(texts('3.016 kasus'), ['3016', 'kasus']);
  assert.deepEqual(texts('12.000 orang.'), ['12000', 'orang']);
  assert.deepEqual(texts('pada 2020.'), ['pada', '2020']);
});

test('tokenizer: apostrophes (straight and curly) and quotes', () => {
  assert.deepEqual(texts("Robert O'Brien"), ['robert', 'obrien']);
  assert.deepEqual(texts('O’Brien'), ['obrien']);
  assert.deepEqual(texts('hari Jum‘at'), ['hari', 'jumat']);
  assert.deepEqual(texts('“salam hangat”, katanya'), ['salam', 'hangat', 'katanya']);
  assert.deepEqual(texts("'kutipan'"), ['kutipan']);
});

test('tokenizer: offsets point at the surface word, diacritics folded', () => {
  const [t] = tokenizeForIndex('  Café  ');
  assert.equal(t?.text, 'cafe');
  assert.equal(t?.start, 2);
  assert.equal(t?.end, 6);
  assert.deepEqual(texts('</script>\u2028<img onerror=x>'), ['script', 'img', 'onerror', 'x']);
});

test('stop words: function words dropped, content words kept', () => {
  for (const w of ['yang', 'dan', 'di', 'untuk', 'dengan', 'tersebut', 'adalah']) assert.ok(isStopWord(w), w);
  for (const w of ['bantuan', 'china', 'negara', 'pemerintah', 'kata']) assert.ok(!isStopWord(w), w);
  assert.equal(new Set(STOP_WORDS).size, STOP_WORDS.length, 'no duplicates in the table');
  assert.ok(STOP_WORDS.every((w) => w === w.toLowerCase().trim()));
});

test('stemmer: the required meN-/peN- sound changes and suffixes', () => {
  const expected: Record<string, string> = {
    menawarkan: 'tawar',
    memberikan: 'beri',
    penyebaran: 'sebar',
    pengendalian: 'kendali',
    menerima: 'terima',
    dibantu: 'bantu',
    bantuan: 'bantu',
    diplomatnya: 'diplomat',
    keprihatinan: 'prihatin',
    membantu: 'bantu',
    mengatakan: 'kata',
    memukul: 'pukul',
    meminum: 'minum',
    pemerintah: 'perintah',
    mengirim: 'kirim',
    mengambil: 'ambil',
    kebijakan: 'bijak',
    berita: 'berita',
    pesawat: 'pesawat',
    'negara-negara': 'negara',
    'meniru-nirukan': 'tiru',
  };
  for (const [word, root] of Object.entries(expected)) assert.equal(stem(word), root, word);
});

test('stemmer: a word stems to nothing its text does not allow (mayStemTo, what a phrase check skips stemming by)', () => {
  const lists = ['stemmer-sastrawi.tsv', 'stemmer-seeds.tsv', 'stemmer-heldout.tsv'].flatMap((f) => loadPairs(f).map(([w]) => w));
  const words = [...lists, ...ROOTS.flatMap((r) => affixedForms(r)), 'negara-negara', 'meniru-nirukan', 'kuasa-mu', 'covid-19', 'menyanyi'];
  for (const w of words) assert.ok(mayStemTo(w, stem(w)), `${w} → ${stem(w)}`);
  // Any letters with any affixes, the stemmer's recodings included.
  const affixed = fc
    .tuple(fc.constantFrom('', 'me', 'mem', 'men', 'meng', 'meny', 'pe', 'pen', 'peng', 'peny', 'ber', 'ter', 'per', 'di', 'ke', 'se', 'ku', 'kau', 'memper', 'diper'), fc.stringMatching(/^[a-z]{1,9}$/), fc.constantFrom('', 'i', 'an', 'kan', 'nya', 'lah', 'kah', 'pun', 'ku', 'mu', 'isme', 'isasi', 'kannya'), fc.boolean())
    .map(([p, root, s, twice]) => (twice ? `${p}${root}${s}-${root}` : `${p}${root}${s}`));
  fc.assert(fc.property(affixed, (w) => mayStemTo(w, stem(w))), { numRuns: 20_000 });
});

test('stemmer: leaves short words, numbers and compounds alone', () => {
  for (const w of ['di', 'mei', '2020', '1,7', 'covid-19', 'asal-usul']) assert.equal(stem(w), w);
});

function accuracy(pairs: ReadonlyArray<readonly [string, string]>): number {
  return pairs.filter(([w, r]) => stem(w) === r).length / pairs.length;
}

// Bars with room for ordinary changes, set from what the stemmer really does. Tuning lists (the
// stemmer and roots.ts were adjusted until these passed) guard against regressions only; the
// held-out list (stemmer-heldout.tsv, never tuned on) is the honest figure: 93.6 % (324/346) when
// written, 95 % interval about 91–96 %, so its bar is 90 %.
test('stemmer: at least 87 % right on the Sastrawi test pairs (MIT; tuning list, measured 90.3 %)', () => {
  assert.ok(accuracy(loadPairs('stemmer-sastrawi.tsv')) >= 0.87);
});

test('stemmer: at least 97 % right on the seed vocabulary (tuning list, measured 99.6 %)', () => {
  assert.ok(accuracy(loadPairs('stemmer-seeds.tsv')) >= 0.97);
});

test('stemmer: at least 90 % right on the held-out news vocabulary (measured 93.6 %)', () => {
  assert.ok(accuracy(loadPairs('stemmer-heldout.tsv')) >= 0.9);
});

test('stemmer: at least 90 % right on the benchmark vocabulary (held out, generated forms)', () => {
  const pairs = ROOTS.flatMap((r) => affixedForms(r).map((f) => [f, r] as const));
  assert.ok(accuracy(pairs) >= 0.9);
});
