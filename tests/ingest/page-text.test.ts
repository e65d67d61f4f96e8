/**
 * Whole-page text (Ctrl+A, Ctrl+C of a news page), on pages written for this
 * project in shapes real pages have (tests/fixtures/pages/text): the headline
 * is found below menus and sidebars, the article's own date and outlet are
 * read, and no page furniture reaches the body. Each guess is a warning and
 * the report says how many lines were dropped.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestSeeds } from '../../src/ingest/index.ts';
import type { Article } from '../../src/ingest/types.ts';
import { readingNotes } from '../../src/archive/notes.ts';
import { noticeText } from '../../src/ingest/notices.ts';
import { formatReport } from '../../src/report.ts';
import { article, ingestText } from './helpers.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'pages', 'text');
const page = (name: string): { article: Article; outcome: ReturnType<typeof ingestText>['outcome'] } => {
  const { article: a, outcome } = ingestText(readFileSync(join(DIR, name), 'utf8'), name);
  assert.ok(a, `${name} was read`);
  return { article: a, outcome };
};
const bodyText = (a: Article): string => a.body.map((b) => b.text).join('\n');

describe('whole-page text: a news agency page with Terpopuler and Tag sidebars above the headline', () => {
  const { article: a, outcome } = page('kantor-berita-sidebar-atas.txt');

  it('the headline is the line with the date line and the lead under it, not the first line or a sidebar item', () => {
    assert.equal(a.title, 'Pemerintah Siapkan Operasi Pasar Beras di 30 Kota');
    assert.equal(a.titleDerived, false);
    assert.ok(a.warnings.includes('headline chosen among 3 candidate lines; 13 lines of page furniture before the headline dropped'));
  });

  it('the "Tag" sidebar above the headline does not end the story: every paragraph is there', () => {
    assert.match(a.lead, /^Pemerintah akan menggelar operasi pasar beras di 30 kota/);
    assert.equal(a.body.at(-1)?.text, 'Pedagang di Pasar Induk Cipinang menyambut rencana itu dan berharap harga kembali normal sebelum Lebaran tiba.');
    assert.equal(a.body.length, 5);
  });

  it("the date is the one under the headline, not the top bar's, and the warning names both", () => {
    assert.equal(a.published, '2015-06-17T20:15:00+07:00');
    assert.ok(
      a.warnings.includes('date from the date line ("Rabu, 17 Juni 2015 20:15 WIB"); the page\'s top bar says Kamis, 18 Juni 2015'),
      a.warnings.join(' | '),
    );
  });

  it('outlet, dateline and credits come from the credit line and the byline', () => {
    assert.equal(a.outlet, 'ANTARA');
    assert.equal(a.dateline, 'Jakarta');
    assert.deepEqual(a.authors, ['Rina Kartika']);
    assert.equal(a.editor, 'Budi Santoso');
  });

  it('no menu, sidebar, caption, related list or footer line is left', () => {
    for (const gone of ['Beranda', 'Terpopuler', 'Harga Cabai Melonjak', '#Ramadan', 'Ekonomi / Pangan', 'ANTARA FOTO', 'Berita Terkait', 'Bulog Jamin', 'COPYRIGHT', 'Tentang Kami']) {
      assert.ok(!bodyText(a).includes(gone), `"${gone}" survived`);
    }
  });

  it('the report line says how many lines were dropped, and where', () => {
    assert.deepEqual(outcome.dropped, { before: 13, inside: 4, after: 5 });
    const line = formatReport([outcome], 1).split('\n')[0]!;
    assert.ok(line.endsWith('dropped 22 lines of page furniture (13 before the headline, 4 in the story, 5 after it)'), line);
  });
});

describe('whole-page text: a bar of sister sites, a standfirst and share counters', () => {
  const { article: a } = page('jaringan-situs-saudara.txt');

  it('finds the headline among the section lists and keeps the standfirst as the first paragraph', () => {
    assert.equal(a.title, 'Warga Bantaran Sungai Diminta Waspada Kiriman Banjir');
    assert.equal(a.lead, 'Curah hujan di hulu masih tinggi hingga akhir pekan.');
  });

  it('the outlet is the copyright owner, never a site of the bar at the top', () => {
    assert.equal(a.outlet, 'VIVA.co.id');
    assert.ok(a.warnings.some((w) => w.startsWith('outlet "VIVA.co.id" taken from the line "Copyright © 2015 PT Viva Media Baru"')));
  });

  it('reads the byline and the date, and drops counters, caption, "Baca Juga" list and widgets', () => {
    assert.deepEqual(a.authors, ['Sri Wahyuni']);
    assert.equal(a.published, '2015-06-19T09:40:00+07:00');
    assert.equal(a.body.at(-1)?.text, 'Warga diminta segera melapor ke posko terdekat jika air mulai masuk ke permukiman.');
    for (const gone of ['SHARES', '13 746', 'Foto: Dok', 'Baca Juga', 'Tanggul Jebol', 'KOMENTARI', 'Bola.com']) {
      assert.ok(!bodyText(a).includes(gone), `"${gone}" survived`);
    }
  });
});

describe('whole-page text in English', () => {
  const { article: a } = page('english-dateline.txt');

  it('reads the headline, the English byline date and the outlet named in it', () => {
    assert.equal(a.title, 'Jakarta Police Tighten Security for Ramadan Markets');
    assert.equal(a.published, '2015-06-18T10:15:00+07:00');
    assert.equal(a.outlet, 'Jakarta Globe');
    assert.equal(a.body.length, 4);
    for (const gone of ['Category', 'Tags:', 'Share', 'Related Articles', 'Traffic Police', 'Most Popular', 'Markets Rally']) {
      assert.ok(!bodyText(a).includes(gone), `"${gone}" survived`);
    }
  });
});

describe('text from the headline down', () => {
  it('the first line is still the headline, and nothing before it is dropped or warned about', () => {
    const { article: a, outcome } = ingestText(
      article([
        'Petani Garam Panen Lebih Awal karena Kemarau',
        'Senin, 3 Agustus 2015 10:00 WIB',
        'Cirebon - Petani garam di pesisir Cirebon mulai memanen lebih awal karena kemarau panjang membuat air laut cepat mengering di tambak.',
        'Harga garam di tingkat petani naik menjadi Rp 600 per kilogram, kata ketua kelompok tani setempat.',
      ]),
    );
    assert.equal(a?.title, 'Petani Garam Panen Lebih Awal karena Kemarau');
    assert.equal(a?.published, '2015-08-03T10:00:00+07:00');
    assert.ok(!a?.warnings.some((w) => /headline chosen|before the headline/.test(w)));
    assert.equal(outcome.dropped, undefined);
  });

  it('an article without a headline keeps every paragraph (no sub-head or list item is taken for one)', () => {
    const paragraphs = [
      'JAKARTA - Pemerintah provinsi memperpanjang masa tanggap darurat banjir selama tujuh hari ke depan untuk mempercepat pemulihan.',
      'Keputusan itu diambil setelah rapat koordinasi dengan seluruh wali kota dan bupati pada Selasa malam.',
      'Langkah Pemulihan Berikutnya',
      'Dinas sosial akan menambah dapur umum di enam kecamatan yang masih terendam air setinggi lutut orang dewasa.',
      'Petugas kesehatan juga disiagakan untuk mencegah penyakit kulit dan diare di tempat pengungsian.',
    ];
    const { article: a } = ingestText(article(paragraphs));
    assert.equal(a?.titleDerived, true);
    assert.equal(a?.body.length, 5);
  });
});

describe('date candidates that disagree', () => {
  it('the date under the headline wins over the credit in the lead, and the warning names both', () => {
    const { article: a } = ingestText(
      article([
        'Menu Utama',
        'Berita | Video | Foto',
        'Kapal Nelayan Hilang Ditemukan Selamat di Perairan Selatan',
        'Kamis, 18 Juni 2015 07:10 WIB',
        'Cilacap - Kapal nelayan yang hilang sejak pekan lalu ditemukan selamat oleh tim SAR gabungan, Rabu (17/6/2015), sekitar 40 mil dari pantai.',
        'Seluruh awak kapal dalam keadaan sehat dan langsung dibawa ke puskesmas untuk diperiksa, kata kepala tim SAR.',
      ]),
    );
    assert.equal(a?.published, '2015-06-18T07:10:00+07:00');
    assert.ok(a?.warnings.includes('date from the date line ("Kamis, 18 Juni 2015 07:10 WIB"); the lead\'s credit says Rabu (17/6/2015)'), a?.warnings.join(' | '));
  });
});

describe('ingestSeeds over whole pages is order-independent', () => {
  it('gives the same records whatever order the pages come in', () => {
    const names = ['kantor-berita-sidebar-atas.txt', 'jaringan-situs-saudara.txt', 'english-dateline.txt'];
    const inputs = names.map((n) => ({ sourceFile: n, bytes: readFileSync(join(DIR, n)) }));
    const a = ingestSeeds(inputs);
    const b = ingestSeeds([...inputs].reverse());
    assert.deepEqual(a, b);
  });
});

describe('whole-page text: a channel page whose only date is "Diperbarui", with a reaction box after the story', () => {
  const { article: a } = page('kanal-diperbarui.txt');

  it('the update line is used for the date only because nothing else dates the article, and says so', () => {
    assert.equal(a.title, 'Warga Depok Ubah Lahan Kosong Jadi Taman Baca Anak');
    assert.equal(a.published, '2024-04-09T10:05:00+07:00');
    assert.ok(a.warnings.includes('date from the update line ("9 April 2024 10:05 WIB"); the page gives no first-publication date near the headline'), a.warnings.join('\n'));
  });

  it('the caption with its unbracketed credit, the comment bar, the tags and the reaction box stay out of the body', () => {
    assert.deepEqual(
      a.body.map((b) => b.text.slice(0, 20)),
      ['Lahan kosong di sudu', 'Warga mengumpulkan l', '"Anak-anak sekarang ', 'Pemerintah kota berj'],
    );
  });
});

describe('whole-page text: a headline that names a day, over a byline glued to its date', () => {
  const { article: a } = page('judul-bertanggal.txt');

  it('the date inside the headline does not make it a date line; the byline "Name12 Apr 2024, 19:00 WIB" dates the article', () => {
    assert.equal(a.title, 'Hujan Meteor Lyrid 22 April 2024, Begini Cara Melihatnya dari Indonesia');
    assert.equal(a.published, '2024-04-12T19:00:00+07:00');
    assert.deepEqual(a.authors, ['Dimas Prakoso']);
  });

  it('the tag line and the "Latest in" list end the story', () => {
    assert.equal(a.body.at(-1)?.text, 'Waktu terbaik pengamatan adalah setelah tengah malam hingga menjelang subuh.');
    assert.ok(!bodyText(a).includes('unsplash'));
  });
});

describe('whole-page text: a relative time under the headline ("2 jam yang lalu", "kemarin")', () => {
  const LEAD = 'Warga Kelurahan Margahayu menanam sayur di bantaran kali yang dulu dipenuhi sampah, kata lurah setempat.';
  const MORE = 'Sekitar 30 keluarga ikut menanam kangkung dan bayam di lahan sepanjang 400 meter itu sejak tahun lalu.';
  const HEAD = 'Warga Bekasi Tanam Sayur di Bantaran Kali yang Dulu Kumuh';

  for (const [shape, text] of [
    ['on the line under the headline', `${HEAD}\nkemarin\n${LEAD}\n${MORE}`],
    ['after a blank line', `${HEAD}\n\nkemarin\n\n${LEAD}\n\n${MORE}`],
    ['under a byline', `Menu Berita Ekonomi Olahraga\n${HEAD}\nOleh Budi Santoso\n5 menit lalu\n${LEAD}\n${MORE}`],
  ] as const) {
    it(`${shape}: is neither headline, body nor date; with no other date the record says so, in both languages`, () => {
      const { article: a } = ingestText(text);
      assert.ok(a);
      assert.equal(a.title, HEAD);
      assert.deepEqual(a.body.map((b) => b.text), [LEAD, MORE]);
      assert.equal(a.published, null);
      assert.ok(a.warnings.includes('no date found; published left empty'), a.warnings.join(' | '));
      assert.deepEqual(a.notices.map((n) => noticeText(n, 'en')), a.warnings, 'the warnings are the English of the notices');
      assert.ok(readingNotes(a.notices).includes('tanggal tidak ditemukan; tanggal terbit dikosongkan'));
    });
  }

  it('a date elsewhere in the page still dates the article; the relative time never does', () => {
    const { article: a } = ingestText(`${HEAD}\n3 jam yang lalu\n${LEAD}\nPanen pertama dilakukan pada Senin (11/3/2024).`);
    assert.equal(a?.published, '2024-03-11');
    assert.ok(!a?.body.some((b) => b.text.includes('jam yang lalu')));
  });
});
