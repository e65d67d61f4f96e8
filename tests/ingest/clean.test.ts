/**
 * src/ingest/clean.ts: credit lines read into author/editor, the article header between a found headline
 * and its lead, "Baca juga" link lists, trailing lists after the story, the counts the report prints.
 * Hand-written pages; each assertion is on what a reader would see (body paragraphs, headline, credits,
 * lines dropped). Written against the mutants `MUTATE=ingest/clean` left alive (docs/TESTING.md).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawBlock } from '../../src/ingest/blocks.ts';
import { cleanBlocks, parseCredits } from '../../src/ingest/clean.ts';
import { isPersonName } from '../../src/ingest/lines.ts';
import type { Located } from '../../src/ingest/headline.ts';

const blocks = (...texts: string[]): RawBlock[] => texts.map((text) => ({ text }));
const texts = (r: ReturnType<typeof cleanBlocks>): string[] => r.blocks.map((b) => b.text);
const TITLE = 'Pemerintah Siapkan Operasi Pasar Beras';
const BODY1 = 'Paragraf pertama berita ini berisi kalimat yang biasa saja tentang harga beras.';
const BODY2 = 'Paragraf kedua menyambung cerita dengan kalimat lain tentang pasokan gudang.';
const LEAD = 'Jakarta - Pemerintah menyiapkan operasi pasar beras di tiga puluh kota untuk menahan kenaikan harga menjelang Lebaran.';
const DATE = 'Rabu, 17 Juni 2015 | 22:26 WIB';
/** A headline found by the page search at `headline`, `span` lines long, with its lead at `bodyStart`. */
const at = (headline: number, bodyStart: number, span = 1): Located => ({ headline, span, candidates: 3, bodyStart });

describe('credit lines', () => {
  it('reads two-word labels, "&" labels, a space before the colon and none after it', () => {
    assert.deepEqual(parseCredits('Redaktur & Reporter: Yuli Astuti'), { author: 'Yuli Astuti' });
    assert.deepEqual(parseCredits('Tim Redaksi: Dewi Lestari'), { author: 'Dewi Lestari' });
    assert.deepEqual(parseCredits('Editor : Budi Santoso'), { editor: 'Budi Santoso' });
    assert.deepEqual(parseCredits('Editor:Budi Santoso'), { editor: 'Budi Santoso' });
  });

  it('splits credits on "|" with a space on one side only', () => {
    const both = { author: 'Ardito Ramadhan', editor: 'Icha Rastika' };
    assert.deepEqual(parseCredits('Penulis: Ardito Ramadhan |Editor: Icha Rastika'), both);
    assert.deepEqual(parseCredits('Penulis: Ardito Ramadhan| Editor: Icha Rastika'), both);
  });

  it('drops the stops after a name, keeps combining marks in it, and the first of two credits for a role wins', () => {
    assert.deepEqual(parseCredits('Reporter: Riri Rahayu.,'), { author: 'Riri Rahayu' });
    assert.deepEqual(parseCredits('Penulis: Nguye\u0302n Van'), { author: 'Nguye\u0302n Van' });
    assert.deepEqual(parseCredits('Penulis: Ardito Ramadhan | Reporter: Riri Rahayu'), { author: 'Ardito Ramadhan' });
  });

  it('a sentence that mentions an editor is not a credit line', () => {
    assert.equal(parseCredits('Terima kasih kepada Editor: Budi Santoso'), null);
    assert.equal(parseCredits('Terima kasih, Editor: Budi Santoso'), null);
    assert.equal(parseCredits('Penulis: Budi Santoso, 2 Juni 2024'), null);
    // Nine words after the label is a sentence, eight can still be one long name.
    assert.equal(parseCredits('Editor: kami tidak tahu siapa yang menulis berita ini kemarin'), null);
    assert.deepEqual(parseCredits('Penulis: Maria Goretti Sri Rahayu Dewi Kartika Sari Putri'), {
      author: 'Maria Goretti Sri Rahayu Dewi Kartika Sari Putri',
    });
  });

  it('a credit block of 200 characters is read, a longer one is not', () => {
    const line = (n: number): string => {
      const head = 'Penulis: Ardito Ramadhan | Editor: Icha Rastika | Pewarta: Aditya Ramadhan | Reporter: Riri Rahayu | Kontributor: Yuli Astuti | Redaktur: ';
      const name = 'Paskalis Yuri Alfred Wicaksono Bramantyo Sulistyo Adiwijayakusuma'.slice(0, n - head.length);
      return head + name;
    };
    assert.equal(line(200).length, 200);
    assert.equal(parseCredits(line(200))?.author, 'Ardito Ramadhan');
    assert.equal(parseCredits(line(201)), null);
  });

  it('credits on the page set author and editor, are removed as "credit", and the other role stays null', () => {
    const r = cleanBlocks(blocks(TITLE, BODY1, 'Editor: Budi Santoso', 'Editor: Siti Aminah', BODY2));
    assert.deepEqual(r.credits, { author: null, editor: 'Budi Santoso' });
    assert.deepEqual(texts(r), [TITLE, BODY1, BODY2]);
    assert.deepEqual(r.removed, [
      { rule: 'credit', text: 'Editor: Budi Santoso', at: 'inside' },
      { rule: 'credit', text: 'Editor: Siti Aminah', at: 'inside' },
    ]);
    assert.deepEqual(r.dropped, { before: 0, inside: 2, after: 0 });
  });

  it('a page without credits has none, and counts nothing dropped', () => {
    const r = cleanBlocks(blocks(TITLE, BODY1, BODY2));
    assert.deepEqual(r.credits, { author: null, editor: null });
    assert.deepEqual(r.dropped, { before: 0, inside: 0, after: 0 });
    assert.equal(r.headline, null);
    assert.equal(r.candidates, 0);
    assert.equal(r.headerBlocks, 0);
    assert.deepEqual(texts(r), [TITLE, BODY1, BODY2]);
  });
});

describe('a credit label on its own line, the names under it', () => {
  it('"Editor:" and "Redaktur & Reporter:" alone take the names below them; the first name is the credit', () => {
    const r = cleanBlocks(blocks(TITLE, BODY1, 'Redaktur & Reporter:', 'Yuli Astuti', BODY2, 'Editor:', 'Budi Santoso', 'Siti Aminah'));
    assert.deepEqual(r.credits, { author: 'Yuli Astuti', editor: 'Budi Santoso' });
    assert.deepEqual(texts(r), [TITLE, BODY1, BODY2]);
    assert.deepEqual(
      r.removed.map((x) => x.rule),
      ['credit', 'credit', 'credit', 'credit', 'credit'],
    );
    assert.equal(r.dropped.inside, 5);
  });

  it('"Editor :" with a space works too; the label is not taken when no name follows it', () => {
    const r = cleanBlocks(blocks(TITLE, BODY1, 'Editor :', 'Budi Santoso', BODY2));
    assert.equal(r.credits.editor, 'Budi Santoso');
    const alone = cleanBlocks(blocks(TITLE, BODY1, 'Siti Aminah', 'Penulis', BODY2));
    assert.deepEqual(texts(alone), [TITLE, BODY1, 'Siti Aminah', 'Penulis', BODY2]);
    assert.equal(alone.credits.author, null);
  });

  it('a label on the last line of the text is kept as it is', () => {
    const r = cleanBlocks(blocks(TITLE, BODY1, BODY2, 'Penulis'));
    assert.deepEqual(texts(r), [TITLE, BODY1, BODY2, 'Penulis']);
  });

  it('a person name is two to five capitalised words of at most 50 characters, nothing else', () => {
    assert.ok(isPersonName('Budi Santoso'));
    assert.ok(isPersonName('Maria Goretti Sri Rahayu'));
    assert.ok(isPersonName("Ni Luh Putu O'Neil-Sari"));
    const fifty = 'Bartholomeus Wiryawan Kusumawardhani Adiwijaya Ton';
    assert.equal(fifty.length, 50);
    assert.ok(isPersonName(fifty));
    assert.ok(!isPersonName(`${fifty}o`));
    assert.ok(!isPersonName('Budi'));
    assert.ok(!isPersonName('Budi Santoso mengatakan hal itu'));
    assert.ok(!isPersonName('dan Budi Santoso'));
    assert.ok(!isPersonName('Budi santoso'));
    assert.ok(!isPersonName('Satu Dua Tiga Empat Lima Enam'));
  });
});

describe('a headline found inside the page', () => {
  it('drops the lines above it, joins a wrapped headline with a space and counts the header', () => {
    const source = blocks('Beranda', 'Nasional', 'Pemerintah Siapkan Operasi', 'pasar beras di 30 kota', DATE, 'Jurnalis', LEAD, BODY1, 'Jurnalis', BODY2);
    const r = cleanBlocks(source, at(2, 6, 2));
    assert.equal(r.headline, 'Pemerintah Siapkan Operasi pasar beras di 30 kota');
    // "Jurnalis" under the byline goes; the same word inside the story stays.
    assert.deepEqual(texts(r), [r.headline, DATE, LEAD, BODY1, 'Jurnalis', BODY2]);
    assert.equal(r.headerBlocks, 2);
    assert.equal(r.candidates, 3);
    assert.deepEqual(r.dropped, { before: 2, inside: 1, after: 0 });
    assert.deepEqual(r.removed.slice(0, 2), [
      { rule: 'before-headline', text: 'Beranda', at: 'before' },
      { rule: 'before-headline', text: 'Nasional', at: 'before' },
    ]);
  });

  it('a headline on the first line is read too, and header rules never remove it', () => {
    const title = 'Harga BBM Turun, Pertamina/Shell Menyesuaikan';
    const r = cleanBlocks(blocks(title, DATE, LEAD, BODY1), at(0, 2));
    assert.equal(r.headline, title);
    assert.deepEqual(texts(r), [title, DATE, LEAD, BODY1]);
    assert.equal(r.headerBlocks, 2);
  });

  it('header rules stop at the lead: a lead ending in "(29/5)" is kept', () => {
    const lead = 'Jakarta - Presiden meresmikan jembatan baru di Kalimantan Barat yang menghubungkan dua kabupaten pada Jumat (29/5)';
    const r = cleanBlocks(blocks('Menu', TITLE, DATE, lead, BODY1), at(1, 3));
    assert.deepEqual(texts(r), [TITLE, DATE, lead, BODY1]);
    assert.equal(r.headerBlocks, 2);
  });

  it('a box of links in the header goes with its label; the lead and story stay', () => {
    const source = blocks('Menu', TITLE, DATE, 'Berita Terkait', 'Harga Cabai Naik Lagi', 'Stok Beras Bulog Aman', LEAD, BODY1, BODY2);
    const r = cleanBlocks(source, at(1, 6));
    assert.deepEqual(texts(r), [TITLE, DATE, LEAD, BODY1, BODY2]);
    assert.deepEqual(
      r.removed.slice(1).map((x) => [x.rule, x.text]),
      [
        ['page-lists', 'Berita Terkait'],
        ['page-lists', 'Harga Cabai Naik Lagi'],
        ['page-lists', 'Stok Beras Bulog Aman'],
      ],
    );
    assert.equal(r.headerBlocks, 2);
  });

  it('the box stops at a paragraph inside the header (a standfirst), which is kept', () => {
    const standfirst = 'Operasi pasar digelar serentak di tiga puluh kota mulai pekan depan.';
    const source = blocks('Menu', TITLE, DATE, 'Berita Terkait', 'Harga Cabai Naik Lagi', standfirst, LEAD, BODY1);
    const r = cleanBlocks(source, at(1, 6));
    assert.deepEqual(texts(r), [TITLE, DATE, standfirst, LEAD, BODY1]);
    assert.equal(r.headerBlocks, 3);
  });

  it('a trailing list ends the story only after the lead', () => {
    const r = cleanBlocks(blocks('Menu', TITLE, DATE, LEAD, BODY1, 'Berita Terkait', 'Harga Cabai Naik Lagi'), at(1, 3));
    assert.deepEqual(texts(r), [TITLE, DATE, LEAD, BODY1]);
    assert.deepEqual(r.dropped, { before: 1, inside: 0, after: 2 });
  });
});

describe('"Baca juga" links', () => {
  it('a "Baca juga" with its headline, or another line rule, does not take the sub-heading under it', () => {
    for (const line of ['Baca juga: Harga Emas Naik Lagi', 'Baca juga:Harga Emas Naik Lagi', 'Baca juga:Infografis', 'Tweet']) {
      const r = cleanBlocks(blocks(TITLE, BODY1, line, 'Dampak bagi Petani', BODY2));
      assert.deepEqual(texts(r), [TITLE, BODY1, 'Dampak bagi Petani', BODY2], line);
    }
  });

  it('a bare "Baca juga" takes at most eight linked headlines', () => {
    const links = ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Delapan', 'Sembilan'].map((n) => `Judul Berita Nomor ${n}`);
    const r = cleanBlocks(blocks(TITLE, BODY1, 'Baca juga', ...links, BODY2));
    assert.deepEqual(texts(r), [TITLE, BODY1, 'Judul Berita Nomor Sembilan', BODY2]);
  });

  it('links up to the end of the text are taken without reading past it', () => {
    const r = cleanBlocks(blocks(TITLE, BODY1, BODY2, 'Baca juga', 'Harga Cabai Naik Lagi', 'Stok Beras Bulog Aman'));
    assert.deepEqual(texts(r), [TITLE, BODY1, BODY2]);
    assert.equal(r.dropped.inside, 3);
  });
});

describe('trailing lists after the story', () => {
  it('start once a title and one paragraph are kept', () => {
    const r = cleanBlocks(blocks(TITLE, BODY1, 'Berita Terkait', 'Harga Cabai Naik Lagi'));
    assert.deepEqual(texts(r), [TITLE, BODY1]);
  });

  it('a removed status line does not count as kept text: a list label before the body stays', () => {
    const r = cleanBlocks(blocks('Sukses', TITLE, 'Terkini', BODY1, BODY2));
    assert.deepEqual(texts(r), [TITLE, 'Terkini', BODY1, BODY2]);
    assert.equal(r.headerBlocks, 0);
  });

  it('credits and the copyright line among the lists are read and counted after the story', () => {
    const r = cleanBlocks(blocks(TITLE, BODY1, BODY2, 'Berita Terkait', 'Harga Cabai Naik Lagi', 'Penulis: Siti Aminah', '© 2024 Kompas.com'));
    assert.deepEqual(texts(r), [TITLE, BODY1, BODY2]);
    assert.equal(r.credits.author, 'Siti Aminah');
    assert.deepEqual(r.dropped, { before: 0, inside: 0, after: 4 });
    assert.deepEqual(
      r.removed.map((x) => [x.rule, x.text]),
      [
        ['page-lists', 'Berita Terkait'],
        ['page-lists', 'Harga Cabai Naik Lagi'],
        ['credit', 'Penulis: Siti Aminah'],
        ['copyright', '© 2024 Kompas.com'],
      ],
    );
  });
});

describe('other guards', () => {
  it('a paragraph over 400 characters is article text even when it starts like a tag line', () => {
    const long = (n: number): string => `Tags: ${'kalimat panjang tentang harga beras '.repeat(20)}`.slice(0, n - 1) + '.';
    assert.equal(long(400).length, 400);
    // 401 characters: a paragraph; 400: still a (long) tag line, which ends the story.
    const r = cleanBlocks(blocks(TITLE, BODY1, long(401), BODY2, long(400), 'Harga Cabai Naik Lagi'));
    assert.deepEqual(texts(r), [TITLE, BODY1, long(401), BODY2]);
  });

  it('an end mark alone is kept rather than left as an empty paragraph', () => {
    const r = cleanBlocks(blocks(TITLE, BODY1, BODY2, '(**)'));
    assert.deepEqual(texts(r), [TITLE, BODY1, BODY2, '(**)']);
  });
});
