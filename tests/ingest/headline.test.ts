/**
 * src/ingest/headline.ts: what counts as a story paragraph, a date line and a byline (these decide where
 * the headline of a whole copied page is and what is kept as its header), and the page search itself.
 * Hand-written lines in the shapes of real pages. Written against the mutants `MUTATE=ingest/headline`
 * left alive (docs/TESTING.md).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawBlock } from '../../src/ingest/blocks.ts';
import { isByline, isDatedLine, isFurnitureLine, isProse, isTitleLikeLink, locateArticle, splitGluedByline } from '../../src/ingest/headline.ts';

const blocks = (...texts: string[]): RawBlock[] => texts.map((text) => ({ text }));
/** A string of exactly `n` characters: `head`, then words, then `tail`. */
const sized = (n: number, head: string, tail = ''): string => {
  const fill = 'dan kalimat biasa tentang harga beras di pasar induk kota '.repeat(10);
  return head + fill.slice(0, n - head.length - tail.length).replace(/ $/, 'x') + tail;
};

describe('story paragraphs (isProse)', () => {
  it('60 characters and eight words ending like a sentence is a paragraph; shorter or fewer is not', () => {
    const sixty = 'Harga beras di pasar induk kota naik lagi sejak awal pekan.';
    assert.equal(sixty.length, 59);
    assert.ok(!isProse(sixty));
    assert.ok(isProse('Harga beras di pasar induk kota naik lagi sejak awal pekan ini.'.slice(0, 59) + '.'));
    assert.ok(!isProse('Pemerintah menyiapkan operasi pasar beras menjelang Lebaran.'), 'seven words');
    assert.ok(isProse('Pemerintah menyiapkan operasi pasar beras menjelang Lebaran nanti.'));
  });

  it('a cut-off teaser is not a paragraph, but "..." inside a sentence is fine', () => {
    assert.ok(!isProse('Pemerintah menyiapkan operasi pasar beras di tiga puluh kota menjelang...'));
    assert.ok(!isProse('Pemerintah menyiapkan operasi pasar beras di tiga puluh kota menjelang…'));
    assert.ok(isProse('Pemerintah menyiapkan... operasi pasar beras di tiga puluh kota menjelang Lebaran.'));
    assert.ok(isProse('Ia menyebut tiga nama yang dicurigai terlibat dalam kasus itu (Andi, Budi, Cici...)'));
  });

  it('a long line without a sentence end is not a paragraph, even with a stop inside', () => {
    assert.ok(!isProse('Harga naik 5.000 rupiah per kilogram di pasar induk kota pada pekan ini menurut data'));
  });
});

describe('date lines (isDatedLine)', () => {
  it('a date with a time, zone and short label is a date line', () => {
    for (const line of [
      'Rabu, 17 Juni 2015 | 22:26 WIB',
      'Jumat, 19 Juni 2015 - 03:40 WIB',
      'Kamis, 18 Juni 2015 07:15 WIB Penulis Redaksi',
      'Rabu, 17 Juni 2015 22:26 WIB 1.200 kali dibaca',
    ]) {
      assert.ok(isDatedLine(line), line);
    }
  });

  it('a date and time followed by a headline is a teaser in a list, not a date line', () => {
    for (const line of [
      'Rabu, 17 Juni 2015 | 22:26 WIB Presiden Tinjau Banjir di Jakarta',
      'Rabu, 17 Juni 2015 pukul 22:26 WIB Presiden Tinjau Banjir di Jakarta',
      'Rabu, 17 Juni 2015 pukul22.26 WIB Presiden Tinjau Banjir di Jakarta',
      'Rabu, 17 Juni 2015 | 22:26:10 WIB Presiden Tinjau Banjir di Jakarta',
      'Rabu, 17 Juni 2015 | 22:26WIB Presiden Tinjau Banjir di Jakarta',
      'Rabu, 17 Juni 2015 22:26 WIB, Presiden Tinjau Banjir di Jakarta',
      'Rabu, 17 Juni 2015 Presiden Tinjau Banjir | Nasional',
    ]) {
      assert.ok(!isDatedLine(line), line);
    }
  });

  it('a date needs its year, and at most 90 other characters around it', () => {
    assert.ok(!isDatedLine('Rabu, 17 Juni | 22:26 WIB'));
    const date = 'Jumat, 19 Juni 2015';
    assert.ok(isDatedLine(sized(90 + date.length, 'Reporter : ', ` | ${date}`)));
    assert.ok(!isDatedLine(sized(91 + date.length, 'Reporter : ', ` | ${date}`)));
    assert.ok(!isDatedLine(sized(170, 'Presiden meresmikan jembatan pada Jumat, 19 Juni 2015, ', '.')));
  });
});

describe('bylines', () => {
  it('reads a name glued to its outlet', () => {
    assert.deepEqual(splitGluedByline('Ayomi AmindoniBBC News Indonesia'), { name: 'Ayomi Amindoni', outlet: 'BBC News Indonesia' });
    assert.deepEqual(splitGluedByline('AyomiBBC News Indonesia'), { name: 'Ayomi', outlet: 'BBC News Indonesia' });
    assert.deepEqual(splitGluedByline('Ayomi Amindoni PutriBBC News Indonesia'), { name: 'Ayomi Amindoni Putri', outlet: 'BBC News Indonesia' });
    assert.ok(isByline('Ayomi AmindoniBBC News Indonesia'));
  });

  it('a glued line is a byline only when the name is a name and the rest a known outlet, within 80 characters', () => {
    assert.equal(splitGluedByline('Ayomi AmindoniSuatu Tempat'), null);
    assert.equal(splitGluedByline('dr. Ayomi AmindoniBBC News Indonesia'), null);
    assert.equal(splitGluedByline('Ayomi Amindoni untuk kantorBBC News Indonesia'), null);
    const outlet = 'BBC News Indonesia';
    const name = (n: number): string => `Bartholomeus Wiryawan Kusumawardhani Adiwijayakusuma Sulistyowati`.slice(0, n - outlet.length);
    assert.equal(splitGluedByline(name(80) + outlet)?.outlet, outlet);
    assert.equal(splitGluedByline(name(81) + outlet), null);
  });

  it('a label and a name, "Name - outlet", within 120 characters', () => {
    assert.ok(isByline('By Silvanus Alvin'));
    assert.ok(isByline('Oleh : Adrianus Mandey'));
    assert.ok(isByline('Oleh:Adrianus Mandey'));
    assert.ok(isByline('Bagus Kurniawan - detiknews'));
    assert.ok(isByline(sized(120, 'Oleh Budi Santoso ', '')));
    assert.ok(!isByline(sized(121, 'Oleh Budi Santoso ', '')));
  });

  it('not a byline: a place after the dash, a label inside a sentence, a long tail, "Oleh-oleh"', () => {
    assert.ok(!isByline('Bagus Kurniawan - Jakarta'));
    assert.ok(!isByline('Diterbitkan oleh Kompas Gramedia'));
    assert.ok(!isByline('Oleh-oleh Khas Bandung Diburu Pemudik'));
    assert.ok(!isByline('dari Bagus Kurniawan - detiknews'));
    assert.ok(!isByline('Bagus Kurniawan - detiknews dan kantor berita lainnya di Jakarta Pusat'));
  });
});

describe('furniture lines and linked headlines', () => {
  it('an end mark is not a furniture line; a tag line is, up to 400 characters', () => {
    assert.ok(!isFurnitureLine('Warga kembali ke rumah masing-masing sore itu. (*)'));
    assert.ok(isFurnitureLine(sized(400, 'Tags: ')));
    assert.ok(!isFurnitureLine(sized(401, 'Tags: ')));
  });

  it('a linked headline is short, title-like, not a sentence and not furniture', () => {
    assert.ok(isTitleLikeLink('Harga Cabai Naik Lagi di Pasar Induk'));
    assert.ok(isTitleLikeLink('Harga Cabai Naik Lagi: Ini Kata Pedagang'));
    assert.ok(!isTitleLikeLink('Harga Cabai Naik Lagi, Ini Kata Pedagang:'));
    assert.ok(!isTitleLikeLink('Harga Cabai Naik Lagi di Pasar Induk.'));
    // A sentence ending in "!" is title-like, but a story paragraph: not a link.
    assert.ok(!isTitleLikeLink('Harga cabai di pasar induk kota naik lagi sejak awal pekan ini, kata pedagang!'));
    const title = (n: number): string => sized(n, 'Harga Cabai ').replace(/[a-z]/, 'H');
    assert.ok(isTitleLikeLink(title(160)));
    assert.ok(!isTitleLikeLink(title(161)));
    assert.ok(!isTitleLikeLink('Berita Terkait'));
    assert.ok(!isTitleLikeLink(`Harga Cabai ${'Naik Lagi '.repeat(16)}`.trim()));
  });
});

const LEAD = 'Jakarta - Pemerintah menyiapkan operasi pasar beras di tiga puluh kota untuk menahan kenaikan harga menjelang Lebaran.';
const BODY = [
  'Menteri Perdagangan mengatakan stok beras di gudang Bulog cukup untuk enam bulan ke depan, sehingga warga tidak perlu panik membeli.',
  'Operasi pasar akan dimulai pekan depan di pasar-pasar induk dan berlangsung sampai harga kembali normal, kata menteri itu.',
  'Pedagang di Pasar Induk Cipinang menyambut rencana itu, meski mereka berharap pasokan dari daerah juga segera lancar kembali.',
];
const TITLE = 'Pemerintah Siapkan Operasi Pasar Beras di 30 Kota';
const DATE = 'Rabu, 17 Juni 2015 | 22:26 WIB';

describe('the headline of a whole page (locateArticle)', () => {
  it('is the headline-shaped line over a date line and the lead, below the menus', () => {
    const page = blocks('Beranda', 'Nasional', 'Terpopuler', 'Harga Cabai Naik Lagi di Pasar Induk', TITLE, DATE, LEAD, ...BODY);
    assert.deepEqual(locateArticle(page), { headline: 4, span: 1, candidates: 2, bodyStart: 6 });
  });

  it('a headline wrapped onto a second line in lower case spans both', () => {
    const page = blocks('Beranda', 'Pemerintah Siapkan Operasi Pasar Beras', 'jelang hari raya Idul Fitri', DATE, LEAD, ...BODY);
    assert.deepEqual(locateArticle(page), { headline: 1, span: 2, candidates: 2, bodyStart: 4 });
  });

  it('a line ending in a comma, or followed by a long line, does not wrap', () => {
    const comma = blocks('Beranda', 'Pemerintah Siapkan Operasi Pasar Beras,', 'beras di 30 kota menjelang Lebaran', DATE, LEAD, ...BODY);
    assert.equal(locateArticle(comma).span, 1);
    const long = blocks('Beranda', TITLE, 'dengan anggaran yang disiapkan kementerian perdagangan dan badan pangan nasional tahun ini', DATE, LEAD, ...BODY);
    assert.equal(locateArticle(long).span, 1);
  });

  it('Markdown says where its headline is: it is never searched', () => {
    const md: RawBlock[] = [{ text: 'Beranda', type: 'paragraph' }, { text: TITLE, type: 'paragraph' }, { text: DATE, type: 'paragraph' }, ...[LEAD, ...BODY].map((text) => ({ text, type: 'paragraph' as const }))];
    assert.deepEqual(locateArticle(md), { headline: -1, span: 1, candidates: 0, bodyStart: -1 });
  });

  it('a page with no story under any headline-shaped line has no headline', () => {
    assert.deepEqual(locateArticle(blocks('Beranda', TITLE, DATE, 'Harga Cabai Naik Lagi di Pasar Induk')), {
      headline: -1,
      span: 1,
      candidates: 0,
      bodyStart: -1,
    });
  });

  it('a sub-heading inside the story is not the headline: the story stands after its headline', () => {
    const page = blocks(TITLE, DATE, LEAD, BODY[0]!, 'Stok Beras di Gudang Bulog Aman', ...BODY.slice(1));
    assert.equal(locateArticle(page).headline, 0);
  });

  it('away from the top, a headline-shaped line without header or shared words is not the headline', () => {
    // The lead has no dateline here ("Jakarta - " would be evidence).
    const page = blocks('Beranda', 'Jadwal Sholat Hari Ini di Wilayah Anda', ...BODY);
    assert.equal(locateArticle(page).headline, -1);
    const shared = blocks('Beranda', 'Operasi Pasar Beras Disiapkan Pemerintah', ...BODY);
    assert.equal(locateArticle(shared).headline, 1);
  });

  it('a date just above the headline counts as its header', () => {
    const page = blocks('Beranda', 'Nasional', DATE, 'Kabar Ekonomi', 'Jadwal Sholat Hari Ini di Wilayah Anda', ...BODY);
    assert.equal(locateArticle(page).headline, 4);
  });
  it('a sub-heading that shares words with the paragraphs under it is still not the headline', () => {
    const page = blocks('Kabar Terbaru dari Ibu Kota Hari Ini', LEAD, BODY[0]!, 'Operasi Pasar Beras Bulog Dimulai Pekan Depan', ...BODY.slice(1));
    // Lines after the lead (which opens with a dateline) are inside the story: not even weighed.
    assert.deepEqual(locateArticle(page), { headline: 0, span: 1, candidates: 1, bodyStart: 1 });
  });

  it('the first line that is not furniture needs no other evidence', () => {
    assert.equal(locateArticle(blocks('Kabar Terbaru dari Ibu Kota Hari Ini', ...BODY)).headline, 0);
    assert.equal(locateArticle(blocks('Bagikan: Facebook Twitter', 'Kabar Terbaru dari Ibu Kota Hari Ini', ...BODY)).headline, 1);
  });

  it('the lead is the first long paragraph, or a shorter one that opens with a dateline', () => {
    const caption = 'Warga antre membeli beras murah di halaman kantor kelurahan itu.';
    assert.ok(caption.length < 80 && isProse(caption));
    const page = blocks('Beranda', TITLE, DATE, caption, LEAD, ...BODY);
    assert.equal(locateArticle(page).bodyStart, 4);
    const short = 'JAKARTA - Harga beras naik lagi di semua pasar induk kota pekan ini.';
    assert.ok(short.length < 80);
    assert.equal(locateArticle(blocks('Beranda', TITLE, DATE, short, ...BODY)).bodyStart, 3);
    const eighty = sized(80, 'Warga antre membeli beras murah di halaman kantor kelurahan ', '.');
    assert.ok(isProse(eighty));
    assert.equal(locateArticle(blocks('Beranda', TITLE, DATE, eighty, ...BODY)).bodyStart, 3);
  });
});
