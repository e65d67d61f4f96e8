/**
 * Saved web pages (.html/.htm) as seeds: the fixtures in tests/fixtures/pages/html
 * are small pages written for these tests in the shapes news sites use (JSON-LD,
 * Open Graph only, a detik-style Z-but-WIB pubdate, a fragment without <html>, an
 * unknown outlet, an index page). Each test states what a reader of the record
 * would notice.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestSeeds } from '../../../src/ingest/index.ts';
import { parseDeclaredDate, reconcile } from '../../../src/ingest/html/dates.ts';
import { looksLikeHtml, prepareMarkup } from '../../../src/ingest/html/prepare.ts';
import { chooseOutlet, stripSiteAffix } from '../../../src/ingest/html/site.ts';
import type { Article, SeedOutcome } from '../../../src/ingest/types.ts';
import { bytes } from '../helpers.ts';
import { noticeText, type Notice } from '../../../src/ingest/notices.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'pages', 'html');

function page(name: string): { article: Article | undefined; outcome: SeedOutcome } {
  const result = ingestSeeds([{ sourceFile: name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }]);
  return { article: result.articles[0], outcome: result.outcomes[0]! };
}
const bodyText = (a: Article): string => a.body.map((b) => b.text).join('\n');

describe('a page with JSON-LD NewsArticle (jsonld-kompas.html)', () => {
  const { article: a, outcome } = page('jsonld-kompas.html');
  it('is read as an article, with the record fields from the page declarations', () => {
    assert.ok(a, outcome.messages.join('\n'));
    assert.equal(a.id, 'jsonld-kompas');
    assert.equal(a.title, 'Pemkot Bandung Tambah 40 Bus Sekolah Gratis', 'the " - Kompas.com" suffix is off');
    assert.equal(a.outlet, 'Kompas.com');
    assert.equal(a.published, '2023-08-14T10:15:00+07:00');
    assert.equal(a.modified, '2023-08-14T13:02:00+07:00');
    assert.deepEqual(a.authors, ['Rina Maharani']);
    assert.equal(a.editor, 'Dwi Susanto');
    assert.equal(a.dateline, 'Bandung');
    assert.equal(a.sourceUrl, 'https://regional.kompas.com/read/2023/08/14/101500078/pemkot-bandung-tambah-40-bus-sekolah-gratis', 'the canonical link, not og:url with its utm tail');
  });
  it('keeps the structure: paragraphs, the subheading, the quote and each list item, in order', () => {
    assert.ok(a);
    assert.match(a.lead, /^Pemerintah Kota Bandung menambah 40 unit/, 'the dateline is off the lead');
    const kinds = a.body.map((b) => `${b.type}:${b.text.slice(0, 20)}`);
    assert.deepEqual(kinds, [
      'paragraph:Pemerintah Kota Band',
      'paragraph:Wali Kota Bandung me',
      'heading:Rute baru di kawasan',
      'paragraph:Sebagian besar rute ',
      'quote:"Kami ingin tidak ad',
      'paragraph:Dinas Perhubungan me',
      'item:membawa kartu pelaja',
      'item:naik dan turun di ha',
      'item:mendaftar lebih dahu',
      'paragraph:Pemerintah kota mena',
    ]);
  });
  it('lets no page furniture, script output or markup into the record', () => {
    assert.ok(a);
    const text = bodyText(a);
    for (const junk of ['Baca juga', 'Bus Listrik', 'ADVERTISEMENT', 'Bagikan', 'Tweet', 'Komentar', 'Leuwipanjang', 'Tag:', 'Berita Terkait', 'Angkot Bandung Mogok', 'Copyright', 'Iklan sisipan', 'dataLayer', 'Kirim']) {
      assert.ok(!text.includes(junk), `"${junk}" is not in the body`);
    }
    assert.ok(!JSON.stringify(a).includes('<'), 'no markup anywhere in the record');
  });
});

describe('a detik-style page: pubdate marked Z, page shows WIB (meta-z-wib.html)', () => {
  const { article: a, outcome } = page('meta-z-wib.html');
  it('reads the time as WIB and says so, naming both', () => {
    assert.ok(a);
    assert.equal(a.published, '2021-03-04T09:15:00+07:00');
    assert.ok(outcome.messages.some((m) => /marks 09:15 as UTC, but the page shows 09:15 WIB/.test(m)), outcome.messages.join('\n'));
  });
  it('names the outlet from the address, the author from the byline, and keeps <br>-separated paragraphs', () => {
    assert.ok(a);
    // news.detik.com is detik's news channel, a row of its own in the outlet table.
    assert.equal(a.outlet, 'detikNews');
    assert.deepEqual(a.authors, ['Rini Astuti']);
    assert.equal(a.dateline, 'Sleman');
    assert.equal(a.body.length, 4);
    assert.match(a.body[3]!.text, /^Pemerintah kabupaten berjanji membangun jembatan permanen/);
    const text = bodyText(a);
    assert.ok(!/gotong royong membangun jembatan bambu di Sleman\. \(Foto/.test(text), 'the photo caption is not in the body');
    assert.ok(!/Share|komentar|Banjir Rendam/.test(text), 'no share bar, no related link');
  });
});

describe('pages that declare less', () => {
  it('a fragment without <html>: headline from <h1>, date from the line under it, both warned', () => {
    const { article: a, outcome } = page('fragmen-tanpa-html.html');
    assert.ok(a, outcome.messages.join('\n'));
    assert.equal(a.title, 'Harga Cabai Rawit di Pasar Induk Turun Tajam');
    assert.equal(a.published, '2022-01-12T07:40:00+07:00');
    assert.equal(a.dateline, 'Jakarta');
    assert.equal(a.body.length, 3);
    assert.ok(outcome.messages.some((m) => /first <h1> is taken as the headline/.test(m)));
    assert.ok(outcome.messages.some((m) => /published taken from "Rabu, 12 Januari 2022 \| 07:40 WIB" shown by the headline/.test(m)));
  });
  it('an outlet not in the table: its declared name, warned; the date by the headline, not the top bar', () => {
    const { article: a, outcome } = page('situs-tak-dikenal.html');
    assert.ok(a);
    assert.equal(a.title, 'Nelayan Pangandaran Panen Lobster di Awal Musim');
    assert.equal(a.outlet, 'Warta Priangan');
    assert.ok(outcome.messages.some((m) => /"Warta Priangan" .* not in the outlet table/.test(m)));
    assert.equal(a.published, '2021-06-07T10:30:00+07:00');
    assert.equal(a.sourceUrl, 'https://wartapriangan.example/ekonomi/nelayan-pangandaran-panen-lobster');
    assert.ok(!/Baca Juga|Tongkol|Terpopuler|Batu Karas|Hak cipta/.test(bodyText(a)));
  });
  it('an index page (a list of headlines) is skipped with one line', () => {
    const { article: a, outcome } = page('halaman-indeks.html');
    assert.equal(a, undefined);
    assert.equal(outcome.status, 'error');
    assert.equal(outcome.messages.length, 1);
    assert.match(outcome.messages[0]!, /^halaman-indeks\.html: no article found in the page .*; skipped$/);
  });
  it('an .htm file is a saved page too, and its id drops the extension', () => {
    const html = readFileSync(join(DIR, 'fragmen-tanpa-html.html'));
    const [a] = ingestSeeds([{ sourceFile: 'lama/berita.htm', bytes: new Uint8Array(html) }]).articles;
    assert.equal(a?.id, 'lama/berita');
    assert.equal(a?.title, 'Harga Cabai Rawit di Pasar Induk Turun Tajam');
  });
});

describe('the site name comes off a title (no list of suffixes)', () => {
  const CASES: Array<[string, { names: string[]; host: string | null }, string]> = [
    ['Pemkot Bandung Tambah Bus - Kompas.com', { names: [], host: null }, 'Pemkot Bandung Tambah Bus'],
    ['KapanLagi.com: Artis Muda Rilis Album Baru', { names: ['KapanLagi.com'], host: null }, 'Artis Muda Rilis Album Baru'],
    ['Kisah penjaga penjara | merdeka.com', { names: ['merdeka.com'], host: 'www.merdeka.com' }, 'Kisah penjaga penjara'],
    ['Judul Berita - News Liputan6.com', { names: [], host: 'news.liputan6.com' }, 'Judul Berita'],
    ['Banjir di Kota Lama | Warta Priangan', { names: ['Warta Priangan'], host: null }, 'Banjir di Kota Lama'],
    ['Suspect caught | The Jakarta Post', { names: [], host: 'www.thejakartapost.com' }, 'Suspect caught'],
  ];
  for (const [title, site, want] of CASES) it(`"${title}" → "${want}"`, () => assert.equal(stripSiteAffix(title, site).title, want));
  it('a headline with a colon or dash that is not a site name stays whole', () => {
    for (const t of ['Jokowi: Kami Siap Hadapi Tantangan Ekonomi', 'Timnas Menang 2-1 - Pelatih Puas dengan Hasilnya', 'Harga BBM Naik - Ini Daftarnya']) {
      assert.equal(stripSiteAffix(t, { names: ['Kompas.com'], host: 'www.kompas.com' }).title, t);
    }
  });
});

describe('the outlet of a page', () => {
  it('a sister site on the group domain keeps its own name; the group domain alone names the group', () => {
    // Jakarta Globe is in the outlet table: its canonical name.
    assert.equal(chooseOutlet([{ value: 'The Jakarta Globe', from: 'og' }], 'thejakartaglobe.beritasatu.com')?.name, 'Jakarta Globe');
    assert.equal(chooseOutlet([], 'www.beritasatu.com')?.name, 'BeritaSatu');
    assert.equal(chooseOutlet([{ value: 'detiknews', from: 'og' }], 'news.detik.com')?.name, 'detikNews');
  });

  it("BBC News Indonesia is the outlet of bbc.com's /indonesia folder only, even when the page names no site", () => {
    assert.equal(chooseOutlet([], 'www.bbc.com', '/indonesia/articles/c0w1x2y3z4o')?.name, 'BBC News Indonesia');
    assert.equal(chooseOutlet([], 'www.bbc.com', '/news/world-asia-123'), null);
    assert.equal(chooseOutlet([], 'www.bbc.com'), null);
    const html = `<!doctype html><html lang="id"><head><title>Orangutan Tapanuli terancam tambang</title>
<link rel="canonical" href="https://www.bbc.com/indonesia/articles/c0w1x2y3z4o"></head><body><main><article>
<h1>Orangutan Tapanuli terancam tambang</h1>
<p>Para peneliti memperingatkan bahwa perluasan tambang emas di ekosistem Batang Toru dapat memutus jalur jelajah orangutan tapanuli.</p>
<p>Orangutan tapanuli baru dinyatakan sebagai spesies tersendiri pada 2017 dan kini berstatus sangat terancam punah menurut para ahli.</p>
<p>Perusahaan tambang menyatakan telah menjalankan kajian lingkungan dan menyisihkan kawasan konservasi di sekitar area operasinya.</p>
</article></main></body></html>`;
    const a = ingestSeeds([{ sourceFile: 'bbc.html', bytes: bytes(html) }]).articles[0];
    assert.equal(a?.outlet, 'BBC News Indonesia');
  });
});

describe('declared dates', () => {
  const CASES: Array<[string, string]> = [
    ['2015-06-16T14-05-11Z', '2015-06-16T14:05:11+00:00'],
    ['2015-06-19T03:40:00+07:00Z', '2015-06-19T03:40:00+07:00'],
    ['2015-06-19 13:06:00', '2015-06-19T13:06:00+07:00'],
    ['2021/03/04', '2021-03-04'],
    ['Jumat, 19 Juni 2015 13:06 WIB', '2015-06-19T13:06:00+07:00'],
  ];
  for (const [value, iso] of CASES) it(`"${value}" → ${iso}`, () => assert.equal(parseDeclaredDate(value)?.iso, iso));
  it('"kemarin" and "2015-13-45" are not dates', () => {
    assert.equal(parseDeclaredDate('kemarin'), null);
    assert.equal(parseDeclaredDate('2015-13-45'), null);
  });
  it('a UTC time the page shows with no zone is the same instant, written in WIB', () => {
    const w: Notice[] = [];
    const shown = parseDeclaredDate('2015-06-19 00:23')!;
    assert.equal(reconcile(parseDeclaredDate('2015-06-19T00:23:23+00:00')!, 'meta', { ...shown, offset: null }, w), '2015-06-19T07:23:23+07:00');
    assert.deepEqual(w, []);
  });
  it('a declared date that disagrees with the shown one is kept, with both named', () => {
    const w: Notice[] = [];
    const shown = parseDeclaredDate('Senin, 7 Juni 2021 10:30 WIB')!;
    assert.equal(reconcile(parseDeclaredDate('2021-06-09T08:00:00+07:00')!, 'meta article:published_time', shown, w), '2021-06-09T08:00:00+07:00');
    assert.match(w[0] ? noticeText(w[0], 'en') : '', /meta article:published_time says 2021-06-09T08:00:00\+07:00, the page shows 2021-06-07T10:30:00\+07:00/);
  });
});

describe('markup before parsing', () => {
  it('scripts, styles and comments are cut; JSON-LD is kept aside; an unclosed script swallows the rest', () => {
    const p = prepareMarkup('<html><head><script type="application/ld+json">{"a":1}</script><style>p{}</style></head><body><!-- x --><p>Isi</p><script>alert(1)<p>hilang</p>');
    assert.deepEqual(p.jsonLd, ['{"a":1}']);
    assert.ok(!/script|style|alert|hilang|<!--/.test(p.markup), p.markup);
    assert.ok(p.markup.includes('<p>Isi</p>'));
  });
  it('a text file named .html is not HTML; a fragment is', () => {
    assert.equal(looksLikeHtml('Judul berita\n\nIsi berita yang biasa saja.'), false);
    assert.equal(looksLikeHtml('<!DOCTYPE html><html>'), true);
    assert.equal(looksLikeHtml('<h1>Judul</h1><p>Satu</p><p>Dua</p>'), true);
  });
  it('thousands of unclosed "<script" openers cost one pass, not one pass each', () => {
    const hostile = `<html><body>${'<script x '.repeat(20_000)}</body></html>`;
    const t = process.hrtime.bigint();
    prepareMarkup(hostile);
    // Not a speed target: a quadratic scan would take minutes here, a linear one milliseconds.
    assert.ok(Number(process.hrtime.bigint() - t) / 1e9 < 5);
  });
  it('a page of only scripts and styles is skipped with one line', () => {
    const [o] = ingestSeeds([{ sourceFile: 'kosong.html', bytes: bytes('<html><head><script>var a=1</script></head><body><style>b{}</style></body></html>') }]).outcomes;
    assert.equal(o?.status, 'error');
    assert.match(o?.messages[0] ?? '', /^kosong\.html: no article found in the page/);
  });
});

describe('the charset a page declares', () => {
  it('windows-1252 bytes are decoded by the declaration: curly quotes, en and em dashes come out right, with no warning', () => {
    const { article: a, outcome } = page('charset-windows-1252.html');
    assert.ok(a, outcome.messages.join('\n'));
    assert.equal(a.title, 'Harga Kopi Gayo Naik 20 Persen Jelang Musim Panen');
    assert.match(bodyText(a), /“Permintaan dari pembeli di Medan dan luar negeri sedang tinggi,” kata/);
    assert.match(bodyText(a), /tanpa perantara—harga/);
    assert.equal(a.dateline, 'Takengon');
    assert.ok(!bodyText(a).includes('\uFFFD') && !/[\u0080-\u009f]/.test(bodyText(a)));
    assert.ok(!a.warnings.some((w) => /charset|UTF-8|Windows-1252/.test(w)), a.warnings.join('\n'));
    assert.equal(outcome.problems.length, 0);
  });

  it('a page that declares iso-8859-1 but is UTF-8 (re-saved by an editor) is read as UTF-8, and says so', () => {
    const { article: a, outcome } = page('charset-latin1-utf8.html');
    assert.ok(a);
    assert.match(bodyText(a), /“Permintaan dari pembeli/);
    assert.ok(!/â€/.test(bodyText(a)), 'no mojibake');
    assert.ok(outcome.problems.includes('the page declares charset "iso-8859-1" but its bytes are UTF-8; read as UTF-8'), outcome.problems.join('\n'));
  });

  it('without a declaration, bytes that are not UTF-8 are guessed as Windows-1252 with a warning; an unknown label is named', () => {
    const raw = readFileSync(join(DIR, 'charset-windows-1252.html'), 'latin1');
    const undeclared = Buffer.from(raw.replace(/<meta http-equiv[^>]*>/, ''), 'latin1');
    const r1 = ingestSeeds([{ sourceFile: 'tanpa-charset.html', bytes: new Uint8Array(undeclared) }]);
    assert.match(r1.articles[0]!.body.map((b) => b.text).join('\n'), /“Permintaan/);
    assert.ok(r1.outcomes[0]!.problems.includes('file is not valid UTF-8; decoded as Windows-1252/Latin-1'));
    const bogus = Buffer.from(raw.replace('charset=windows-1252', 'charset=x-klingon'), 'latin1');
    const r2 = ingestSeeds([{ sourceFile: 'charset-aneh.html', bytes: new Uint8Array(bogus) }]);
    assert.ok(r2.outcomes[0]!.problems.includes('the page declares charset "x-klingon", which is not a known encoding; its bytes are read without it'));
    assert.match(r2.articles[0]!.body.map((b) => b.text).join('\n'), /“Permintaan/);
  });
});
