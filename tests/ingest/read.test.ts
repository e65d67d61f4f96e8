/** Bytes → text: encodings, BOMs, line ends, binary detection, characters that must never reach a page. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeSeed, decodeWindows1252, MAX_TEXT_CHARS } from '../../src/ingest/read.ts';
import { noticeText } from '../../src/ingest/notices.ts';

/** A read result with its notices in English, as the report says them. */
const said = (r: ReturnType<typeof decodeSeed>): unknown => (r.ok ? { ...r, problems: r.problems.map((n) => noticeText(n, 'en')) } : { ok: false, error: noticeText(r.error, 'en') });

const text = (r: ReturnType<typeof decodeSeed>): string => {
  assert.ok(r.ok, JSON.stringify(r));
  return r.text;
};

describe('decodeSeed', () => {
  it('UTF-8 with and without BOM give the same text, without problems', () => {
    const plain = decodeSeed(Buffer.from('Café «baru»'));
    const bom = decodeSeed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café «baru»')]));
    assert.equal(text(plain), 'Café «baru»');
    assert.equal(text(bom), 'Café «baru»');
    assert.ok(plain.ok && plain.problems.length === 0 && bom.ok && bom.problems.length === 0);
  });

  it('UTF-16 LE and BE with BOM', () => {
    assert.equal(text(decodeSeed(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Berita ä', 'utf16le')]))), 'Berita ä');
    const be = Buffer.from('Berita ä', 'utf16le').swap16();
    assert.equal(text(decodeSeed(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))), 'Berita ä');
  });

  it('Windows-1252 smart quotes, dashes, euro and ellipsis are kept', () => {
    const r = decodeSeed(Buffer.from([0x93, 0x48, 0x61, 0x72, 0x67, 0x61, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x85, 0x20, 0xe9]));
    assert.equal(text(r), '“Harga” – €5… é');
    assert.ok(r.ok && /Windows-1252/.test(noticeText(r.problems[0]!, 'en')));
    assert.equal(decodeWindows1252(new Uint8Array([0x81, 0x41])), '\uFFFDA');
  });

  it('mostly-UTF-8 text with a stray byte keeps its UTF-8 characters and says how many bytes were bad', () => {
    const r = decodeSeed(Buffer.concat([Buffer.from('Café “baru” dan '), Buffer.from([0xff]), Buffer.from(' lagi é')]));
    assert.equal(text(r), 'Café “baru” dan \uFFFD lagi é');
    assert.ok(r.ok && /1 byte\(s\) are not valid UTF-8/.test(noticeText(r.problems[0]!, 'en')));
  });

  it('CRLF and CR become LF; control characters, zero-width characters and lone surrogates are removed', () => {
    assert.equal(text(decodeSeed(Buffer.from('a\r\nb\rc\nd'))), 'a\nb\nc\nd');
    const filler = 'Paragraf berita biasa yang cukup panjang untuk uji. ';
    assert.equal(text(decodeSeed(Buffer.from(`${filler}a\u0007b\u200bc\u0085d\ufeffe`))), `${filler}abcde`);
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x41, 0x00, 0x00, 0xd8, 0x42, 0x00])]);
    assert.equal(text(decodeSeed(lone)), 'A\uFFFDB');
  });

  it('refuses empty, whitespace-only and binary files with a reason', () => {
    assert.deepEqual(said(decodeSeed(new Uint8Array())), { ok: false, error: 'empty file' });
    assert.deepEqual(said(decodeSeed(Buffer.from(' \n\t\r\n'))), { ok: false, error: 'empty file (whitespace only)' });
    assert.deepEqual(said(decodeSeed(Buffer.from('teks\u0000biner'))), { ok: false, error: 'binary file (contains NUL bytes)' });
    assert.deepEqual(said(decodeSeed(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]))), { ok: false, error: 'binary file (JPEG image)' });
    assert.deepEqual(said(decodeSeed(Buffer.from('%PDF-1.7\n...'))), { ok: false, error: 'binary file (PDF document)' });
    assert.deepEqual(said(decodeSeed(Buffer.from([1, 2, 3, 4, 5, 6, 0x41]))), { ok: false, error: 'binary file (control characters)' });
  });

  it('cuts absurdly long text at a paragraph break, saying so', () => {
    const para = 'kalimat '.repeat(100) + '\n\n';
    const r = decodeSeed(Buffer.from(para.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / para.length))));
    assert.ok(r.ok);
    assert.ok(r.text.length <= MAX_TEXT_CHARS);
    assert.ok(r.text.endsWith('kalimat '), 'cut between paragraphs');
    assert.match(noticeText(r.problems[0]!, 'en'), /^text is [\d,]+ characters; only the first [\d,]+ were read$/);
  });
});

describe('UTF-16 without a BOM and joiners (issue 22)', () => {
  const article = 'Banjir Melanda Jakarta\n\nHujan deras sejak Senin malam membuat sungai meluap, kata warga.\n';

  it('UTF-16LE and UTF-16BE without a BOM are recognised by their NULs at alternating places, not called binary', () => {
    for (const [label, bytes] of [
      ['UTF-16LE', Buffer.from(article, 'utf16le')],
      ['UTF-16BE', Buffer.from(article, 'utf16le').swap16()],
    ] as const) {
      const r = decodeSeed(bytes);
      assert.ok(r.ok, `${label}: ${JSON.stringify(r)}`);
      assert.equal(r.text, article);
      assert.equal(r.encoding, label);
      assert.deepEqual(r.problems.map((n) => noticeText(n, 'en')), [`file is ${label} without a BOM (recognised by its NUL bytes); decoded, but UTF-8 is preferred`]);
    }
  });

  it('text with a few NULs, and binary files, are still refused', () => {
    assert.deepEqual(said(decodeSeed(Buffer.from('teks\u0000biner'))), { ok: false, error: 'binary file (contains NUL bytes)' });
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 251;
    assert.equal(decodeSeed(noise).ok, false);
  });

  it('zero-width joiner and non-joiner are kept (emoji sequences, Persian, Indic scripts); zero-width space may go', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const persian = 'می\u200Cخواهم';
    const hindi = 'क्\u200Dष';
    const r = decodeSeed(Buffer.from(`Judul ${family}\n\n${persian} ${hindi} kata\u200Bkata\n`));
    assert.ok(r.ok);
    assert.equal(r.text, `Judul ${family}\n\n${persian} ${hindi} katakata\n`);
  });
});
