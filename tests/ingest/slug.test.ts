/** Slugs and urls. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignSlugs, ingestSeed } from '../../src/ingest/index.ts';
import { articleDir as articleUrl } from '../../src/urls.ts';
import { MAX_SLUG_LENGTH, safeSlug, sanitizeUserSlug, slugify } from '../../src/ingest/slug.ts';
import { bytes } from './helpers.ts';
import { noticeText } from '../../src/ingest/notices.ts';

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
    assert.match(noticeText(sanitizeUserSlug('C:\\x', 'y').problem!, 'en'), /absolute path/);
    assert.match(noticeText(sanitizeUserSlug('Huruf Besar', 'y').problem!, 'en'), /not lower-case ASCII/);
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
