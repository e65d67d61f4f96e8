/**
 * Reading notes on the article page: the record's notices in Indonesian, in the record's order
 * (src/ingest/notices.ts), and the two guesses a reader must see before the story said under the
 * headline. The record keeps its English warnings for the exports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArchive } from '../../src/archive/index.ts';
import { notice, noticeText } from '../../src/ingest/notices.ts';
import { makeArticles } from '../site/make-articles.ts';

test('the page model shows each notice in Indonesian; the record keeps its English', () => {
  const [article] = makeArticles(1);
  const notices = [notice('outlet.none'), notice('read.text-cut', { total: 12_345, kept: 10_000 })];
  article!.notices = notices;
  article!.warnings = notices.map((n) => noticeText(n, 'en'));
  const page = buildArchive([article!], { baseUrl: null }).pages.articles[0]!;
  assert.deepEqual(page.article.notes, [
    'tidak ada nama media di teks',
    'teks sepanjang 12.345 karakter; hanya 10.000 karakter pertama yang dibaca',
  ]);
  assert.deepEqual(page.article.warnings, ['no outlet named in the text', 'text is 12,345 characters; only the first 10,000 were read']);
});

test('a derived headline and an inferred year are said under the headline', () => {
  const [article] = makeArticles(1);
  const plain = buildArchive([{ ...article!, titleDerived: false, yearInferred: false }], { baseUrl: null }).pages.articles[0]!;
  assert.deepEqual(plain.article.headerNotes, []);
  const guessed = buildArchive([{ ...article!, titleDerived: true, yearInferred: true }], { baseUrl: null }).pages.articles[0]!;
  assert.equal(guessed.article.headerNotes.length, 2);
  assert.match(guessed.article.headerNotes[0]!, /^Judul diambil dari paragraf pertama/);
  assert.match(guessed.article.headerNotes[1]!, /^Tahun terbit tidak tertulis/);
});
