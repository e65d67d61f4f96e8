/**
 * The ingest's notices (src/ingest/notices.ts): every code has its English and its Indonesian, the
 * Indonesian reads as Indonesian and writes numbers the Indonesian way, the records' `warnings` and the
 * report's messages are exactly the English of the notices, and the English keeps the words the
 * exports have always carried.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import { NOTICE_CODES, noticeText, type Notice, type NoticeCode, type NoticeParams } from '../../src/ingest/notices.ts';
import { reportLine } from '../../src/ingest/messages.ts';
import { seedFile } from '../../bench/corpus.ts';
import { writeGeneratedSeeds } from '../support/generated-seeds.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** One example of each code's params: a new code without an example here does not compile. */
const EXAMPLES: { [C in NoticeCode]: NoticeParams[C] } = {
  'read.utf8-repaired': { bytes: 1234 },
  'read.latin1': {},
  'read.utf16': { encoding: 'UTF-16LE', bom: false },
  'read.charset-unknown': { charset: 'x-mac-what' },
  'read.charset-utf8': { charset: 'iso-8859-1' },
  'read.text-cut': { total: 52_428_875, kept: 2_000_000 },
  'read.binary-format': { format: 'pdf' },
  'read.binary-nul': { utf16: true },
  'read.binary-control': {},
  'read.empty': { whitespace: true },
  'file.unreadable': { subject: 'folder', why: 'permission', detail: '' },
  'file.too-large': { bytes: 60 * 1048576, limit: 50 * 1048576 },
  'scan.symlink-outside': {},
  'scan.symlink-folder': {},
  'scan.not-seed': {},
  'scan.hidden': { folder: false },
  'seed.skipped': { reason: { code: 'read.empty', params: { whitespace: false } } },
  'seed.timeout': { seconds: 2.5 },
  'seed.reader-stopped': { message: 'worker exited' },
  'seed.internal-error': { message: 'boom' },
  'seed.no-text': { furnitureOnly: true },
  'body.none': {},
  'slug.taken': { slug: 'banjir', by: 'a.txt', next: 'banjir-2' },
  'id.taken': { id: 'a', next: 'a-md' },
  'recurring.dropped': { count: 2, others: 5, outlet: 'Kompas.com', first: 'Baca juga' },
  'text.paragraphs-cut': { count: 12_000, max: 10_000 },
  'text.paragraph-cut': { length: 70_000, kept: 50_000 },
  'text.line-cut': { length: 200_000 },
  'md.too-large': { chars: 1_500_000 },
  'md.raw-html': {},
  'md.unparsable': { message: 'bad token' },
  'fm.unclosed': {},
  'fm.language': { language: 'js' },
  'fm.yaml': { reason: 'bad indentation' },
  'fm.not-mapping': {},
  'fm.both': { key: 'url', alias: 'source' },
  'fm.unknown-key': { key: 'judul', known: ['title', 'date'] },
  'fm.wrong-type': { key: 'title', expected: 'text', got: { kind: 'scalar', type: 'number', value: '42' } },
  'fm.date-impossible': { key: 'date', value: '2023-02-30', why: { unit: 'day', value: '30', month: '2023-02' } },
  'fm.date-invalid': { key: 'accessed', value: 'kemarin' },
  'fm.slug-unsafe': { value: '../x', fault: 'path', max: 80, slug: 'x' },
  'date.no-zone': { text: '3/2/2020 10:00' },
  'date.from-text': { text: 'Senin (3/2/2020)', count: 2, credits: true },
  'date.none': {},
  'date.no-year': { dates: ['3 Februari'] },
  'date.year-inferred': { text: '3 Februari', year: 2020, fromMonth: true },
  'date.from-update-line': { text: 'Diperbarui 4 Februari 2020' },
  'date.header-differs': { source: 'byline', text: '3 Februari 2020', other: 'top-bar', says: '4 Februari 2020' },
  'headline.chosen': { candidates: 3, dropped: 1 },
  'headline.derived': {},
  'outlet.from-credit': { outlet: 'Kompas.com', line: 'KOMPAS.com -' },
  'outlet.from-title': { outlet: 'Kompas.com', line: 'Banjir - Kompas.com' },
  'outlet.from-mentions': { outlet: 'Kompas.com', count: 1200 },
  'outlet.from-address': { outlet: 'Kompas.com' },
  'outlet.none': {},
  'outlet.unknown': { outlet: 'Warta Desa' },
  'html.not-html': {},
  'html.unreadable': { message: 'parse error' },
  'html.no-article': {},
  'html.too-little-text': { chars: 90 },
  'html.mostly-links': { percent: 80 },
  'html.only-furniture': {},
  'html.page-cut': { chars: 3 * 1048576, cut: 1.5 * 1048576 },
  'html.markup-cut': { limit: 2_000_000, around: true },
  'html.nested': { depth: 5000, flattened: 1200, max: 200 },
  'html.declared-markup': { from: 'meta og:title', value: '<b>x</b>' },
  'html.jsonld-invalid': {},
  'html.url-not-full': { from: 'link canonical', value: '/berita' },
  'html.url-not-http': { from: 'link canonical', value: 'ftp://x' },
  'html.site-name-removed': { names: ['Kompas.com'], from: 'meta og:title' },
  'html.title-from-h1': {},
  'html.not-a-date': { from: 'meta article:published_time', value: 'kemarin' },
  'html.date-from-headline': { text: 'Senin, 3 Februari 2020' },
  'html.date-from-address': { day: '2015-06-19' },
  'html.address-date-differs': { addressDay: '2015-06-19', pageDay: '2015-06-20' },
  'html.declared-differs': { from: 'JSON-LD datePublished', declared: '2021-06-09', shown: '2021-06-07', what: 'date' },
  'html.declared-no-zone': { from: 'JSON-LD datePublished', value: '2021-06-09T08:00:00' },
  'html.utc-local': { from: 'JSON-LD datePublished', clock: '08:00', shownClock: '08:00', zone: 'WIB', iso: '2021-06-09T08:00:00+07:00' },
  'html.editor-as-author': { name: 'Budi' },
  'html.structure': { named: 3, linkOnly: 4 },
  'html.header-lines': { count: 2 },
  'html.not-indonesian': { lang: 'en' },
  'html.outlet-vs-credit': { outlet: 'Kompas.com', from: 'meta og:site_name', credit: 'Tribunnews.com' },
  'html.outlet-unknown': { outlet: 'Warta Desa', from: 'meta og:site_name' },
  'html.blocks-dropped': { count: 2 },
};

const example = (code: NoticeCode): Notice => ({ code, params: EXAMPLES[code] }) as Notice;
/** Words that give away an English sentence outside the quoted values. */
const ENGLISH = /\b(the|and|of|is|was|were|has|have|no|not|taken|left|ignored|used|gets|read|cut|found|should|got|assumed|inferred|decoded|skipped|dropped)\b/;
const unquoted = (text: string): string => text.replace(/"(?:[^"\\]|\\.)*"/g, '""');

test('every code says something in English and in Indonesian, and its Indonesian reads as Indonesian', () => {
  assert.deepEqual(Object.keys(EXAMPLES).sort(), [...NOTICE_CODES].sort());
  for (const code of NOTICE_CODES) {
    const en = noticeText(example(code), 'en');
    const id = noticeText(example(code), 'id');
    assert.ok(en.trim().length > 0 && id.trim().length > 0, code);
    assert.notEqual(en, id, `${code}: not translated`);
    assert.doesNotMatch(unquoted(id), ENGLISH, `${code}: ${id}`);
    assert.doesNotMatch(en, /undefined|NaN|\[object/, `${code}: ${en}`);
    assert.doesNotMatch(id, /undefined|NaN|\[object/, `${code}: ${id}`);
  }
});

test('numbers: English as the exports have always written them, Indonesian with dots; quoted values kept', () => {
  const say = (code: NoticeCode, lang: 'en' | 'id'): string => noticeText(example(code), lang);
  assert.equal(say('read.text-cut', 'en'), 'text is 52,428,875 characters; only the first 2,000,000 were read');
  assert.equal(say('read.text-cut', 'id'), 'teks sepanjang 52.428.875 karakter; hanya 2.000.000 karakter pertama yang dibaca');
  assert.equal(say('read.utf8-repaired', 'en'), '1234 byte(s) are not valid UTF-8 and were replaced with U+FFFD');
  assert.equal(say('read.utf8-repaired', 'id'), '1.234 bita bukan UTF-8 yang sah dan diganti dengan U+FFFD');
  assert.equal(say('date.from-text', 'en'), 'no date line; published taken from "Senin (3/2/2020)" in the text (the latest of 2 credit dates)');
  assert.equal(say('date.from-text', 'id'), 'tidak ada baris tanggal; tanggal terbit diambil dari "Senin (3/2/2020)" di teks (yang terbaru dari 2 tanggal di baris kredit)');
  assert.equal(say('fm.wrong-type', 'en'), 'front matter "title" should be text, got number 42; ignored');
  assert.equal(say('fm.wrong-type', 'id'), 'front matter "title" seharusnya teks, ternyata angka 42; diabaikan');
  assert.equal(say('html.page-cut', 'en'), 'page is 3.0 MB of text; 1.5 MB of scripts, styles, comments and inline images were cut before parsing');
  assert.equal(say('html.page-cut', 'id'), 'halaman berisi 3,0 MB teks; 1,5 MB skrip, gaya, komentar, dan gambar sisipan dibuang sebelum diurai');
  assert.equal(say('seed.skipped', 'en'), 'empty file; skipped');
  assert.equal(say('seed.skipped', 'id'), 'berkas kosong; dilewati');
});

test('on seeds, fixtures, bad seeds and a generated corpus, warnings and report messages are the English of the notices', async () => {
  const generated = mkdtempSync(join(tmpdir(), 'arsip-notices-'));
  try {
    writeGeneratedSeeds(generated, { heavy: true });
    const encoder = new TextEncoder();
    const corpus = Array.from({ length: 600 }, (_, i) => {
      const f = seedFile(1, i);
      return { sourceFile: f.name, bytes: encoder.encode(f.text) };
    });
    const codes = new Set<string>();
    const folders = ['seeds', 'tests/fixtures/hostile', 'tests/fixtures/outlets', 'tests/fixtures/pages/html'].map((d) => join(ROOT, d));
    for (const inputs of [...(await Promise.all([...folders, generated].map(async (d) => (await scanSeeds(d)).inputs))), corpus]) {
      const { articles, outcomes } = ingestSeeds(inputs);
      for (const a of articles) {
        assert.deepEqual(a.warnings, a.notices.map((n) => noticeText(n, 'en')), a.sourceFile);
        for (const n of a.notices) codes.add(n.code);
      }
      for (const o of outcomes) {
        assert.deepEqual(o.messages, o.notices.map((n) => reportLine(o.sourceFile, noticeText(n, 'en'))), o.sourceFile);
        for (const n of o.notices) assert.ok(noticeText(n, 'id').length > 0);
      }
    }
    assert.ok(codes.size >= 25, `${codes.size} distinct codes met`);
  } finally {
    rmSync(generated, { recursive: true, force: true });
  }
});
