/**
 * The access date (`accessed`): when the seed's text was taken from the web, as
 * the seed itself says it (never the file's time or the clock): `accessed:` or
 * `diakses:` in front matter, SingleFile's "saved date" comment or Save Page
 * WE's `savepage-date` meta in a saved page. Null when the seed does not say.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FIELDS } from '../../src/ingest/record.ts';
import { ingestText as one } from './helpers.ts';

const BODY = `Banjir Rendam Ratusan Rumah di Kampung Melayu

JAKARTA - Banjir merendam ratusan rumah warga di Kampung Melayu, Jakarta Timur, Selasa pagi. Air setinggi satu meter masuk ke rumah warga sejak dini hari.

Petugas BPBD mengevakuasi warga lanjut usia ke tempat yang lebih tinggi. "Kami siaga sejak malam," kata seorang petugas.
`;

const md = (matter: string): string => `---\n${matter}\n---\n${BODY}`;

test('front matter: accessed: or diakses:, in the forms date: takes', () => {
  assert.equal(one(md('diakses: 2 Januari 2024'), 'a.md').article?.accessed, '2024-01-02');
  assert.equal(one(md('accessed: 2024-01-02'), 'b.md').article?.accessed, '2024-01-02');
  assert.equal(one(md('accessed: "2024-01-02T10:15:00+07:00"'), 'c.md').article?.accessed, '2024-01-02T10:15:00+07:00');
  assert.equal(one(md('diakses: 2 Januari 2024 10:15 WIB'), 'd.txt').article?.accessed, '2024-01-02T10:15:00+07:00');
  assert.equal(one(md('date: 1 Januari 2024'), 'e.md').article?.accessed, null);
  assert.equal(one(BODY, 'f.txt').article?.accessed, null);
});

test('front matter: an access date that is no date is a warning, never a guess', () => {
  const { article, outcome } = one(md('diakses: kemarin'), 'g.md');
  assert.equal(article?.accessed, null);
  assert.ok(article?.warnings.some((w) => /^front matter accessed "kemarin" is not a date with day, month and year; ignored$/.test(w)), article?.warnings.join('\n'));
  assert.equal(outcome.status, 'warning');
  assert.ok(one(md('accessed: 2024-02-30'), 'h.md').article?.warnings.some((w) => /^front matter accessed "2024-02-30" is impossible/.test(w)));
  const both = one(md('accessed: 2024-01-02\ndiakses: 3 Januari 2024'), 'i.md');
  assert.equal(both.article?.accessed, '2024-01-02');
  assert.ok(both.outcome.problems.some((p) => /both "accessed" and "diakses"/.test(p)));
});

const PAGE = (head: string, before = ''): string => `<!DOCTYPE html> <html lang="id">${before}<head><meta charset="utf-8"><title>Banjir Rendam Ratusan Rumah</title>${head}</head>
<body><article><h1>Banjir Rendam Ratusan Rumah di Kampung Melayu</h1>
<p>JAKARTA - Banjir merendam ratusan rumah warga di Kampung Melayu, Jakarta Timur, Selasa pagi. Air setinggi satu meter masuk ke rumah warga sejak dini hari.</p>
<p>Petugas BPBD mengevakuasi warga lanjut usia ke tempat yang lebih tinggi. "Kami siaga sejak malam," kata seorang petugas.</p>
</article></body></html>`;

test('saved pages: SingleFile\'s "saved date" and Save Page WE\'s savepage-date, with their UTC offset', () => {
  const singleFile = PAGE('', '<!--\n Page saved with SingleFile \n url: https://contoh.id/berita/banjir \n saved date: Tue Jan 02 2024 10:11:12 GMT+0700 (Western Indonesia Time)\n-->');
  assert.equal(one(singleFile, 'a.html').article?.accessed, '2024-01-02T10:11:12+07:00');
  const savePage = PAGE('<meta name="savepage-date" content="Sun Mar 10 2024 14:35:03 GMT+0800 (Central Indonesia Time)">');
  assert.equal(one(savePage, 'b.html').article?.accessed, '2024-03-10T14:35:03+08:00');
  assert.equal(one(PAGE(''), 'c.html').article?.accessed, null);
  // Not a date: nothing is made up.
  assert.equal(one(PAGE('', '<!--\n Page saved with SingleFile \n saved date: Xyz Foo 99 2024 \n-->'), 'd.html').article?.accessed, null);
  assert.equal(one(PAGE('', '<!--\n Page saved with SingleFile \n saved date: Fri Feb 30 2024 10:11:12 GMT+0700\n-->'), 'e.html').article?.accessed, null);
});

test('the record carries accessed after modified, and docs/RECORD.md describes every field in that order; the bytes alone decide it', () => {
  assert.equal(ARTICLE_FIELDS.at(-1), 'accessed');
  const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'RECORD.md'), 'utf8');
  const table = doc.slice(doc.indexOf('| `id` |'));
  const rows = [...table.slice(0, table.search(/\n(?!\|)/)).matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual(rows, [...ARTICLE_FIELDS]);
  const text = md('diakses: 2 Januari 2024');
  assert.deepEqual(one(text, 'a.md').article, one(text, 'a.md').article);
});
