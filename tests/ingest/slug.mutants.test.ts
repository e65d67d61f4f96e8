/**
 * Slugs as a reader sees them in the address bar, rule by rule (written against the surviving
 * mutants of src/ingest/slug.ts). Imports slug.ts alone, so `MUTATE=ingest/slug` stays fast.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_SLUG_LENGTH, safeSlug, sanitizeUserSlug, slugify } from '../../src/ingest/slug.ts';
import { noticeText } from '../../src/ingest/notices.ts';

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
  const problem = (raw: string): string | null => {
    const p = sanitizeUserSlug(raw, 'cadangan').problem;
    return p && noticeText(p, 'en');
  };

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
    assert.equal(noticeText(r.problem!, 'en'), `front matter slug "${raw.slice(0, 60)}…" is longer than 80 characters; using "${slugify(raw)}"`);
    const sixty = 'a'.repeat(59) + '_';
    assert.match(noticeText(sanitizeUserSlug(sixty, 'x').problem!, 'en'), new RegExp(`^front matter slug "${sixty}" is not`));
    assert.match(noticeText(sanitizeUserSlug(sixty + 'b', 'x').problem!, 'en'), new RegExp(`^front matter slug "${sixty}…" is not`));
    const eighty = 'a'.repeat(80);
    assert.equal(sanitizeUserSlug(eighty, 'x').problem, null);
  });

  it('paths that only look like dots are not paths', () => {
    assert.equal(problem('versi-1.2'), 'front matter slug "versi-1.2" is not lower-case ASCII words joined by "-"; using "versi-1-2"');
    assert.equal(problem('...'), 'front matter slug "..." has no letters or digits; using "cadangan"');
    assert.equal(problem('a..b'), 'front matter slug "a..b" is not lower-case ASCII words joined by "-"; using "a-b"');
  });

  it('a good slug is kept silently', () => {
    assert.deepEqual(sanitizeUserSlug('surat-kim-2', 'x'), { slug: 'surat-kim-2', problem: null });
  });
});
