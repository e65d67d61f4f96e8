/**
 * Slugs (src/ingest/slug.ts) and the article addresses made of them: slugify, slug assignment and
 * urls; then slugs as a reader sees them in the address bar, rule by rule (letters, length, safe
 * slugs, front-matter slugs), written against the mutants `MUTATE=ingest/slug` left alive
 * (docs/TESTING.md).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignSlugs, ingestSeed } from '../../src/ingest/index.ts';
import { articleDir as articleUrl } from '../../src/urls.ts';
import { MAX_SLUG_LENGTH, safeSlug, sanitizeUserSlug, slugify } from '../../src/ingest/slug.ts';
import { bytes } from './helpers.ts';
import { noticeText, type Notice } from '../../src/ingest/notices.ts';

/** A slug problem as the report says it (English). */
const said = (p: Notice | null): string | null => p && noticeText(p, 'en');

describe('slugify', () => {
  it('ASCII, lower case, transliterated, words joined by "-"', () => {
    assert.equal(slugify('China Masih Enggan Terima Bantuan dari AS?'), 'china-masih-enggan-terima-bantuan-dari-as');
    assert.equal(slugify('Président à Montréal: Ærø & Straße'), 'president-a-montreal-aero-dan-strasse');
    assert.equal(slugify('Gempa 5,6 SR — “Cianjur”'), 'gempa-5-6-sr-cianjur');
    assert.equal(slugify('!!!'), '');
    assert.equal(slugify('北京'), '');
  });

  it('at most 80 characters, cut on a word boundary', () => {
    const s = slugify('Kata '.repeat(40));
    assert.ok(s.length <= MAX_SLUG_LENGTH);
    assert.ok(s.endsWith('kata'));
    assert.ok(!s.endsWith('-'));
  });

  it('never empty, never a Windows device name', () => {
    assert.equal(safeSlug('', '001_abc'), '001-abc');
    assert.equal(safeSlug('', '!!!'), 'artikel');
    assert.equal(safeSlug('con', 'x'), 'con-artikel');
    assert.equal(safeSlug('lpt9', 'x'), 'lpt9-artikel');
    assert.equal(safeSlug('console', 'x'), 'console');
  });

  it('front-matter slugs: a good one is kept silently, a dangerous one is cleaned and reported', () => {
    assert.deepEqual(sanitizeUserSlug('surat-kim', 'x'), { slug: 'surat-kim', problem: null });
    const r = sanitizeUserSlug('..\\..\\windows', 'x');
    assert.equal(r.slug, 'windows');
    assert.match(noticeText(r.problem!, 'en'), /contains a path/);
    assert.match(said(sanitizeUserSlug('C:\\x', 'y').problem) ?? '', /absolute path/);
    assert.match(said(sanitizeUserSlug('Huruf Besar', 'y').problem) ?? '', /not lower-case ASCII/);
  });
});

describe('urls and slug assignment', () => {
  it('dated articles go under artikel/YYYY/MM/, undated under artikel/tanpa-tanggal/', () => {
    assert.equal(articleUrl('2020-02-03', 'a'), 'artikel/2020/02/a/');
    assert.equal(articleUrl('2022-03-15T06:25:00+07:00', 'b'), 'artikel/2022/03/b/');
    assert.equal(articleUrl(null, 'c'), 'artikel/tanpa-tanggal/c/');
  });

  it('collisions: the first by sourceFile keeps the slug; a seed asking for "x-2" outright keeps it', () => {
    const seed = (file: string, text: string) => ingestSeed({ sourceFile: file, bytes: bytes(text) });
    const body = '\n\nIsi berita yang sama, Senin (3/2/2020).\n\nParagraf kedua.';
    const seeds = [
      seed('c.txt', 'Judul Yang Sama Persis' + body),
      seed('a.txt', 'Judul Yang Sama Persis' + body),
      seed('b.md', '---\nslug: judul-yang-sama-persis-2\n---\nJudul Lain Sekali' + body),
      seed('d.txt', 'Judul Yang Sama Persis' + body),
    ];
    const r = assignSlugs(seeds);
    assert.deepEqual(
      r.articles.map((a) => [a.sourceFile, a.slug]),
      [
        ['a.txt', 'judul-yang-sama-persis'],
        ['b.md', 'judul-yang-sama-persis-2'],
        ['c.txt', 'judul-yang-sama-persis-3'],
        ['d.txt', 'judul-yang-sama-persis-4'],
      ],
    );
    assert.ok(r.articles[2]!.warnings.some((w) => w.includes('already used by a.txt')));
    assert.equal(r.outcomes[2]!.status, 'warning');
  });

  it('ids are the file path without extension, made unique when a.txt and a.md both exist', () => {
    const body = 'Judul Berita Kembar Nama\n\nIsi.';
    const r = assignSlugs([ingestSeed({ sourceFile: 'a.txt', bytes: bytes(body) }), ingestSeed({ sourceFile: 'a.md', bytes: bytes(body) })]);
    assert.deepEqual(
      r.articles.map((a) => [a.sourceFile, a.id]),
      [
        ['a.md', 'a'],
        ['a.txt', 'a-txt'],
      ],
    );
    assert.ok(!r.articles[0]!.warnings.some((w) => w.startsWith('id ')));
    assert.ok(r.articles[1]!.warnings.some((w) => w.startsWith('id "a" is already used')));
  });
});

describe('slugify: letters', () => {
  it('transliterates every letter NFKD leaves alone, and & @ + as words', () => {
    assert.equal(slugify('ß æ Æ ø Ø œ Œ ł Ł đ Đ ð Ð þ Þ ı'), 'ss-ae-ae-o-o-oe-oe-l-l-d-d-d-d-th-th-i');
    assert.equal(slugify('Mitra&Co@Jakarta+Bandung'), 'mitra-dan-co-at-jakarta-plus-bandung');
    assert.equal(slugify('Ekspor Kopi Brasil Naik'), 'ekspor-kopi-brasil-naik');
  });

  it('accents are dropped, not turned into dashes', () => {
    assert.equal(slugify('Café Réunion'), 'cafe-reunion');
    assert.equal(slugify('e\u0301'), 'e');
  });

  it('no dash at either end, one dash between words', () => {
    assert.equal(slugify('  --Banjir,   Jakarta!-- '), 'banjir-jakarta');
    assert.equal(slugify('-a'), 'a');
    assert.equal(slugify('a-'), 'a');
    assert.equal(slugify('"Kutipan"'), 'kutipan');
  });

  it('reads only the first 2,000 characters of a title', () => {
    assert.equal(slugify('北'.repeat(2000) + 'akhir'), '');
    assert.equal(slugify('北'.repeat(1995) + 'akhir'), 'akhir');
  });
});

describe('slugify: length', () => {
  it('a slug of exactly 80 characters is kept whole; 81 is cut on the last word boundary', () => {
    const eighty = 'a'.repeat(39) + '-' + 'b'.repeat(40);
    assert.equal(eighty.length, MAX_SLUG_LENGTH);
    assert.equal(slugify(eighty), eighty);
    assert.equal(slugify(eighty + 'c'), 'a'.repeat(39));
  });

  it('a word ending exactly at 80 is kept', () => {
    const s = 'a'.repeat(39) + '-' + 'b'.repeat(40) + '-cc';
    assert.equal(slugify(s), 'a'.repeat(39) + '-' + 'b'.repeat(40));
  });

  it('one long word is cut at 80 characters; so is a text whose only boundary is early', () => {
    assert.equal(slugify('x'.repeat(120)), 'x'.repeat(80));
    assert.equal(slugify('a'.repeat(20) + '-' + 'y'.repeat(100)), ('a'.repeat(20) + '-' + 'y'.repeat(100)).slice(0, 80));
    assert.equal(slugify('a'.repeat(21) + '-' + 'y'.repeat(100)), 'a'.repeat(21));
  });
});

describe('safeSlug', () => {
  it('every Windows device name gets a suffix, in any of its forms', () => {
    for (const name of ['con', 'prn', 'aux', 'nul', 'com0', 'com9', 'com¹', 'com²', 'com³', 'lpt0', 'lpt5', 'lpt9', 'lpt¹', 'lpt³']) {
      assert.equal(safeSlug(name, 'x'), `${name}-artikel`, name);
    }
  });

  it('words that only contain a device name are left alone', () => {
    for (const name of ['xcon', 'cons', 'auxiliary', 'com', 'com10', 'lpt', 'nul-1', 'kon']) assert.equal(safeSlug(name, 'x'), name, name);
  });

  it('an empty slug falls back to the file name, then to "artikel"', () => {
    assert.equal(safeSlug('', 'Berita Satu.txt'), 'berita-satu-txt');
    assert.equal(safeSlug('', ''), 'artikel');
    assert.equal(safeSlug('', 'con'), 'con-artikel');
    assert.equal(safeSlug('ada', 'lain'), 'ada');
  });
});

describe('sanitizeUserSlug', () => {
  const problem = (raw: string): string | null => said(sanitizeUserSlug(raw, 'cadangan').problem);

  it('names each problem and the slug used instead', () => {
    assert.equal(problem('../rahasia'), 'front matter slug "../rahasia" contains a path (../); using "rahasia"');
    assert.equal(problem('a/./b'), 'front matter slug "a/./b" contains a path (../); using "a-b"');
    assert.equal(problem('..'), 'front matter slug ".." contains a path (../); using "cadangan"');
    assert.equal(problem('/etc/passwd'), 'front matter slug "/etc/passwd" is an absolute path; using "etc-passwd"');
    assert.equal(problem('\\server'), 'front matter slug "\\\\server" is an absolute path; using "server"');
    assert.equal(problem('D:/data'), 'front matter slug "D:/data" is an absolute path; using "d-data"');
    assert.equal(problem('tahun/2020'), 'front matter slug "tahun/2020" contains a slash; using "tahun-2020"');
    assert.equal(problem('a\\b'), 'front matter slug "a\\\\b" contains a slash; using "a-b"');
    assert.equal(problem('!!!'), 'front matter slug "!!!" has no letters or digits; using "cadangan"');
    assert.equal(problem('nul'), 'front matter slug "nul" is a reserved device name on Windows; using "nul-artikel"');
    assert.equal(problem('Huruf_Besar'), 'front matter slug "Huruf_Besar" is not lower-case ASCII words joined by "-"; using "huruf-besar"');
  });

  it('a slug longer than 80 characters is reported and shown cut at 60 with an ellipsis', () => {
    const raw = 'kata-'.repeat(20) + 'akhir';
    const r = sanitizeUserSlug(raw, 'x');
    assert.equal(said(r.problem), `front matter slug "${raw.slice(0, 60)}…" is longer than 80 characters; using "${slugify(raw)}"`);
    const sixty = 'a'.repeat(59) + '_';
    assert.match(said(sanitizeUserSlug(sixty, 'x').problem) ?? '', new RegExp(`^front matter slug "${sixty}" is not`));
    assert.match(said(sanitizeUserSlug(sixty + 'b', 'x').problem) ?? '', new RegExp(`^front matter slug "${sixty}…" is not`));
    const eighty = 'a'.repeat(80);
    assert.equal(said(sanitizeUserSlug(eighty, 'x').problem), null);
  });

  it('paths that only look like dots are not paths', () => {
    assert.equal(problem('versi-1.2'), 'front matter slug "versi-1.2" is not lower-case ASCII words joined by "-"; using "versi-1-2"');
    assert.equal(problem('...'), 'front matter slug "..." has no letters or digits; using "cadangan"');
    assert.equal(problem('a..b'), 'front matter slug "a..b" is not lower-case ASCII words joined by "-"; using "a-b"');
  });

  it('a good slug is kept silently', () => {
    assert.deepEqual(sanitizeUserSlug('surat-kim-2', 'x'), { slug: 'surat-kim-2', problem: null });
  });

  it('a drive letter makes an absolute path only at the start of a front-matter slug', () => {
    assert.equal(
      said(sanitizeUserSlug('catatan:/x', 'cadangan').problem),
      'front matter slug "catatan:/x" contains a slash; using "catatan-x"',
    );
    assert.equal(said(sanitizeUserSlug('C:/x', 'cadangan').problem), 'front matter slug "C:/x" is an absolute path; using "c-x"');
  });
});
