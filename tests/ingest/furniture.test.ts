/**
 * Furniture rules (data/furniture.ts), checked against a FIXED table written out here, not built from the
 * rules themselves: deleting a rule, renaming it, or narrowing its pattern fails "removes", and widening it
 * so it eats article text fails "keeps".
 *
 * Adding a rule: add one row to SHIPPED_RULES with its id, lines it must remove (other than the
 * `examples` in the data file) and near-miss article lines it must keep.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawBlock } from '../../src/ingest/blocks.ts';
import { cleanBlocks, parseCredits } from '../../src/ingest/clean.ts';
import { personNames } from '../../src/ingest/lines.ts';
import { FURNITURE, type FurnitureKind } from '../../src/ingest/data/furniture.ts';
import { locateArticle } from '../../src/ingest/headline.ts';
import { article, ingestText } from './helpers.ts';

const blocks = (...texts: string[]): RawBlock[] => texts.map((text) => ({ text }));
const TITLE = 'Judul Berita Contoh untuk Uji';
const BODY1 = 'Paragraf pertama berita ini berisi kalimat yang biasa saja.';
const BODY2 = 'Paragraf kedua menyambung cerita dengan kalimat lain.';
const AFTER = 'Sebuah kalimat sesudahnya.';
const LEAD = 'Jakarta - Paragraf pembuka berita ini cukup panjang untuk dikenali sebagai awal cerita yang sebenarnya.';
const DATE = 'Rabu, 17 Juni 2015 | 22:26 WIB';
const LIST_ITEM = 'Banjir Rendam Lima Kecamatan di Bekasi 2 jam yang lalu';

interface RuleRow {
  kind: FurnitureKind;
  /** Lines (for `suffix`: paragraphs ending in the mark) this rule, and no other, must remove. */
  removes: string[];
  /** Article lines that look like this furniture but are not: they must survive untouched. */
  keeps: string[];
}

/** One row per shipped rule id. */
const SHIPPED_RULES: Record<string, RuleRow> = {
  'status-word': {
    kind: 'leading',
    removes: ['Berhasil', 'Gagal', 'Memuat…', 'iklan', 'LOADING'],
    keeps: ['Sukses Besar Timnas di Piala Asia', 'Iklan Rokok Dilarang Tayang di Televisi', 'Gagal Panen, Petani Minta Bantuan'],
  },
  'video-prompt': {
    kind: 'line',
    removes: ['Tonton Video Menarik Berikut Ini:', 'Saksikan video di bawah ini', 'Simak Juga Video Berikut:', 'tonton video'],
    keeps: ['Simak video lengkapnya yang viral di media sosial itu, kata polisi.', 'Tonton video itu dulu sebelum menilai, ujarnya.'],
  },
  'page-count': {
    kind: 'line',
    removes: ['3 dari 12 halaman', '10 DARI 10 HALAMAN', 'Halaman 1 2 3 Selanjutnya', '1 2 3 Next »', 'Halaman berikutnya'],
    keeps: ['Sebanyak 120 dari 300 halaman dokumen itu hilang.', 'Dua dari tiga halaman laporan itu dirobek.', 'Halaman 12 laporan itu memuat nama tersangka.', 'Halaman Istana Bogor Dibuka untuk Umum'],
  },
  'read-also': {
    kind: 'line',
    removes: [
      'Baca: Rupiah Menguat Jelang Rapat The Fed',
      'Simak juga: Harga Cabai Naik Lagi',
      'LIHAT JUGA: Banjir Rendam Bekasi',
      'baca juga : Tim SAR Temukan Korban',
      'BACA JUGA >> Harga Cabai Naik Lagi',
      'Baca Juga » Tim SAR Temukan Korban',
      'Baca juga - Kenapa Harga Cabai Naik?',
      'baca juga… kapan gerhana berikutnya?',
      'Baca Juga | Banjir Rendam Bekasi',
    ],
    keeps: [
      'Ia membaca juga buku itu: isinya menarik.',
      'Baca juga kolom pembaca kami yang terbit setiap Sabtu, katanya.',
      'Warga diminta baca juga petunjuk: jangan panik.',
      'Baca-baca dulu aturannya, kata petugas.',
    ],
  },
  'google-news': {
    kind: 'line',
    removes: ['Silakan baca konten menarik lainnya dari Kompas.com di Google News.', 'silakan baca konten menarik lainnya dari Suara Surabaya di Google News'],
    keeps: ['Silakan baca konten menarik lainnya dari arsip kami di perpustakaan daerah.'],
  },
  'follow-channel': {
    kind: 'line',
    removes: [
      'Ikuti berita Tempo di WhatsApp',
      'Ikuti saluran Detikcom di Telegram',
      'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram.',
    ],
    keeps: ['Ikuti berita resminya saja, kata Kepala BPBD kepada warga.', 'Warga diminta mengikuti berita resmi di Google News dan situs pemerintah.'],
  },
  'scroll-prompt': {
    kind: 'line',
    removes: ['Scroll To Continue With Content', 'Scroll to resume content', 'Advertisement', '[Gambas:Instagram]', 'loading...', 'Memuat…'],
    keeps: ['Advertisement itu dipasang di halte bus sejak Senin.', 'Scroll ke bawah layar ponselnya, ia menemukan pesan itu.', 'Loading barang di pelabuhan tertunda.'],
  },
  'editor-pick': {
    kind: 'line',
    removes: ['PILIHAN EDITOR : Harga BBM Turun', 'Pilihan editor: Jalan Tol Baru Dibuka'],
    keeps: ['Pilihan editor majalah itu jatuh pada novel debutan.'],
  },
  'desk-initials': {
    kind: 'line',
    removes: ['(ant/rds)', '(*)', '(abc/de/fgh/ij/klm)'],
    keeps: ['(Bersambung)', '(2/3)', '(Persero)'],
  },
  copyright: {
    kind: 'line',
    removes: ['Hak Cipta © 2024 Tempo', '©2023 detikcom', 'COPYRIGHT 2022 ANTARA. All rights reserved.', 'Copyright @ 2015 Suara Merdeka', 'Hak cipta dilindungi undang-undang.'],
    keeps: ['Hak cipta lagu itu kini dipegang ahli warisnya, kata kuasa hukum keluarga.', 'Copyright atas merek itu didaftarkan ulang tahun lalu.'],
  },
  'page-lists': {
    kind: 'trailing',
    removes: ['Tags', 'Tagar:', 'Topik :', 'Artikel Terkait', 'Berita Lainnya', 'Baca Berita Lainnya', 'Rekomendasi untuk Anda', 'Populer', 'Berita Terkini'],
    keeps: ['Pilihan itu sulit, kata dia.', 'Tag nama di kaus itu bertuliskan nomor pemain.', 'Terkini, harga beras mulai turun di pasar induk.'],
  },
  'share-prompt': {
    kind: 'line',
    removes: ['Bagikan', 'Share on Twitter', '1.204 views', 'Like (12)', 'Ikuti Kami', 'Salin tautan', 'A- A+', 'URL telah disalin'],
    keeps: ['Share itu dijual ke investor asing, kata dia.', 'Twitter menghapus akun itu pada Senin.', 'Bagikan bantuan kepada warga terdampak banjir, pinta Gubernur.'],
  },
  counters: {
    kind: 'line',
    removes: ['0 0', '1.204', '12 3 0'],
    keeps: ['Pada 2015, 12 orang tewas.', '12 Fakta Menarik tentang Gunung Bromo'],
  },
  'vote-widget': {
    kind: 'line',
    removes: ['No 32.20% - ( 19 votes )', 'Lihat Hasil', 'Total suara: 120'],
    keeps: ['Ya, 60% warga setuju dengan rencana itu.', 'Vote itu digelar Selasa.'],
  },
  'comment-widget': {
    kind: 'line',
    removes: ['Balas', 'Login untuk komentar', 'Powered by Livefyre', 'Newest | Oldest | Top Comments'],
    keeps: ['Balas dendam bukan jalan keluar, kata ulama itu.', 'Masuk ke ruang sidang, terdakwa menunduk.'],
  },
  'section-label': {
    kind: 'trailing',
    removes: ['View All', 'Most Popular', 'Lihat Semua', 'Indeks', 'Pilihan Redaksi', 'News Feed'],
    keeps: ['Indeks harga konsumen naik 0,3 persen.', 'Lihat semua foto di galeri kami, ujar panitia.'],
  },
  'footer-links': {
    kind: 'line',
    removes: ['Tentang Kami | Redaksi | Kontak | Disclaimer', 'Privacy · Sitemap · Contact Us'],
    keeps: ['Redaksi - yang dipimpin Budi - menolak berkomentar.'],
  },
  'photo-caption': {
    kind: 'header',
    removes: ['Suasana sidang di PN Jakarta Selatan. (ANTARA/Galih Pradipta)', 'Ilustrasi rumah subsidi (Sumber: Dok. Kementerian PUPR)'],
    keeps: ['Harga cabai naik sejak Senin (3/2/2020)', 'Warga menyambut baik rencana itu (ANTARA)'],
  },
  'caption-credit': {
    kind: 'line',
    removes: [
      'Suasana sidang di PN Jakarta Selatan. (ANTARA FOTO/Galih Pradipta)',
      'Ilustrasi rumah subsidi (Foto: Dok. Kementerian PUPR)',
      'Petugas memeriksa dokumen (dok. Humas Polda)',
      'Raisa tampil di panggung Java Jazz, Jumat (1/3/2024). ©KapanLagi.com/Agus Apriyanto',
      '(Photo: Reuters)',
      'Pemandangan Gunung Bromo dari Penanjakan. FOTO: Dok. Istimewa',
    ],
    keeps: [
      'Dokter memeriksa pasien (dokter spesialis anak).',
      'Ia memotret lokasi itu (foto itu kini viral).',
      'Foto: ia mengaku tidak tahu siapa pemotretnya, kata polisi.',
      'Harga beras naik lima persen (sumber: BPS)',
      'Ayo ikut lomba foto: Pendaftaran dibuka Senin',
    ],
  },
  'category-label': {
    kind: 'line',
    removes: ['Kanal: Ekonomi', 'Rubrik Nasional'],
    keeps: ['Kategori itu ditetapkan panitia sejak awal.'],
  },
  'reporter-label': {
    kind: 'header',
    removes: ['Wartawan', 'Kontributor'],
    keeps: ['Wartawan senior itu meninggal dunia Senin pagi.'],
  },
  'tag-list': {
    kind: 'trailing',
    removes: ['Tagar: #PemiluDamai', 'Kata kunci: banjir, Bekasi', '#Pilkada2024'],
    keeps: ['#SaveKPK menjadi trending topic di Twitter sejak Senin pagi.'],
  },
  'comment-prompt': {
    kind: 'trailing',
    removes: ['Tulis komentar', '12 komentar', 'Leave a Reply'],
    keeps: ['Komentar Anda sangat kami hargai, kata juru bicara itu.'],
  },
  separator: {
    kind: 'line',
    removes: ['* * * *', '———', '###'],
    keeps: ['***Breaking***', '- Kelurahan Sempaja Selatan', '3 - 2'],
  },
  syndication: {
    kind: 'line',
    removes: ['Artikel ini telah dipublikasikan di TribunJatim.com dengan judul Banjir Rendam Sidoarjo', 'Berita ini telah terbit di Suara.com'],
    keeps: ['Artikel ini ditulis berdasarkan wawancara dengan tiga narasumber.', 'Tulisan itu telah tayang di majalah sekolah, katanya.'],
  },
  'embed-label': {
    kind: 'line',
    removes: ['Infografis: Jadwal Cuti Bersama Lebaran 2024', 'Grafik: Harga Beras Medium Sepekan Terakhir'],
    keeps: ['Grafik itu menunjukkan harga beras naik sejak Januari.', 'Infografis: data ini dikumpulkan BPS. Sumbernya resmi.'],
  },
  'summary-box': {
    kind: 'line',
    removes: ['Intinya Sih…', 'Poin-poin penting', 'RINGKASAN BERITA', 'Highlights:'],
    keeps: ['Intinya, pemerintah menolak usul itu.', 'Ringkasan laporan itu dibagikan kepada wartawan.'],
  },
  'desk-label': {
    kind: 'line',
    removes: ['KATADATA RISET', 'Tim Riset Kompas', 'Bisnis Indonesia Research Desk'],
    keeps: ['Hasil Riset', 'Metode riset', 'Research itu dibiayai pemerintah.', 'Riset Terbaru dari BRIN'],
  },
  'video-teaser': {
    kind: 'line',
    removes: ['Tonton juga: Banjir Rendam Lima Kecamatan di Bekasi', 'Video: Kapan Rupiah Kembali Menguat?', 'Saksikan video “Banjir Bandang Terjang Sumbar”', 'Lihat Video: Pedagang Beras Mengeluh'],
    keeps: ['Video: ia terlihat memukul korban.', 'Video itu viral di media sosial, kata polisi.', 'Video amatir warga menunjukkan detik-detik banjir'],
  },
  'title-case-tags': {
    kind: 'closing',
    removes: ['Pemilu 2024 KPU Bawaslu', 'Harga Beras Bapanas Panen Raya'],
    keeps: ['Harga Beras Naik Tipis di Pasar Induk Cipinang, Kata Pedagang', 'Harga beras naik tipis', 'Pemilu 2024'],
  },
  'google-news-follow': {
    kind: 'line',
    removes: ['Follow Berita SINDOnews di Google News', 'Baca berita pilihan kami di Google News.'],
    keeps: ['Ikuti petunjuk petugas, kata dia, bukan kabar di Google News yang belum jelas sumbernya.', 'Cek ulang data itu sebelum diumumkan, katanya.'],
  },
  'relative-time': {
    kind: 'line',
    removes: ['10 menit yang lalu', 'sejam yang lalu', 'Beberapa detik lalu', '· 3 hari lalu', 'Updated 5 mins ago', 'Hari ini, 09.30 WIB', 'Baru saja'],
    keeps: ['Dua jam yang lalu, polisi menangkap pelaku di rumahnya.', 'Kemarin, harga cabai naik lagi di pasar induk.', '2 jam yang lalu ia masih terlihat di warung itu, kata tetangga.'],
  },
  'share-bar': {
    kind: 'line',
    removes: ['Share: Facebook X WhatsApp', '12 Komentar · Bagikan', 'Waktu baca 3 menit', 'Bagikan Facebook X WhatsApp Salin tautan', 'Facebook | Twitter | Telegram', 'Share · Tweet · WhatsApp'],
    keeps: [
      'Bagikan: itulah pesan yang ia ulang kepada warga penerima bantuan.',
      '12 komentar warga itu ditanggapi langsung oleh lurah.',
      'Facebook dan Twitter menghapus akun itu.',
      'Facebook Twitter',
    ],
  },
  'reaction-widget': {
    kind: 'trailing',
    removes: ['Apa reaksimu?', 'Bagaimana reaksi Anda terhadap artikel ini?', 'Latest in Sport'],
    keeps: ['Reaksi warga beragam, kata lurah setempat.', 'Next, pemerintah akan menggelar rapat terbatas.'],
  },
  'tag-line': {
    kind: 'trailing',
    removes: ['Tags rupiah the fed kurs dolar', 'Kata Kunci Bank Mandiri BMRI'],
    keeps: ['Tag nama di kaus itu bertuliskan nomor pemain.', 'Topik itu dibahas panjang dalam rapat kabinet.'],
  },
  'bare-tags': {
    kind: 'trailing',
    removes: ['rumah subsidi flpp kementerian pupr', 'gerhana bulan brin astronomi'],
    keeps: ['dan rapat itu berakhir tanpa kesepakatan.', 'Harga beras naik tipis'],
  },
  'photo-credit': {
    kind: 'header',
    removes: ['Kantor pusat Bank Mandiri di Jakarta. KONTAN/Carolus Agus Waluyo', 'Pekerja membangun rumah di Bogor. Bisnis/Arief Hermawan P', 'Keterangan gambar, Orangutan hidup di Batang Toru.'],
    keeps: ['Rute Jakarta/Bogor ditutup sementara', 'Harga cabai naik menjadi Rp 80.000/kg'],
  },
  'end-mark': {
    kind: 'suffix',
    removes: ['Pertandingan itu berakhir imbang tanpa gol.(**)', 'Warga kembali ke rumah masing-masing sore itu. (*)'],
    keeps: ['Anggaran itu disetujui fraksi terbesar (PDIP)', 'Ia menulis buku pertamanya (2019)'],
  },
};

/** Where a rule of each kind acts: leading before the title, the rest after the body has started. */
function layout(kind: FurnitureKind, line: string): RawBlock[] {
  if (kind === 'leading') return blocks(line, TITLE, BODY1, BODY2);
  // Header rules act between a headline found in a page and its lead.
  if (kind === 'header') return blocks('Menu', TITLE, DATE, line, LEAD, BODY1, BODY2);
  if (kind === 'suffix') return blocks(TITLE, BODY1, BODY2, line);
  // Closing rules act after a story paragraph, when only page lists follow.
  if (kind === 'closing') return blocks(TITLE, LEAD, BODY1, BODY2, line, LIST_ITEM);
  return blocks(TITLE, BODY1, BODY2, line, AFTER);
}

/** Header rules only act once the headline has been found in the page. */
const clean = (kind: FurnitureKind, input: RawBlock[]): ReturnType<typeof cleanBlocks> =>
  kind === 'header' ? cleanBlocks(input, locateArticle(input)) : cleanBlocks(input);

describe('furniture rules', () => {
  it('the project ships exactly the rules in the table here', () => {
    assert.deepEqual(
      FURNITURE.map((r) => r.id).sort(),
      Object.keys(SHIPPED_RULES).sort(),
      'a rule was added, renamed or removed: update SHIPPED_RULES (one row per rule, with examples)',
    );
    for (const rule of FURNITURE) assert.equal(rule.kind, SHIPPED_RULES[rule.id]?.kind, `${rule.id} changed kind`);
  });

  for (const [id, row] of Object.entries(SHIPPED_RULES)) {
    for (const line of row.removes) {
      it(`${id} removes "${line}"`, () => {
        const { blocks: out, removed } = clean(row.kind, layout(row.kind, line));
        const texts = out.map((b) => b.text);
        assert.ok(texts.includes(BODY1) && texts.includes(BODY2), 'body paragraphs kept');
        if (row.kind === 'suffix') {
          const mark = removed.find((r) => r.rule === id);
          assert.ok(mark, `"${line}" kept its end mark`);
          assert.ok(/^\s*\(\*{1,2}\)$/.test(mark.text), `only the mark goes, not "${mark.text}"`);
          assert.ok(texts.includes(line.slice(0, line.length - mark.text.length)), 'the paragraph stays, without the mark');
          return;
        }
        assert.ok(!texts.includes(line), `"${line}" survived`);
        assert.ok(removed.some((r) => r.rule === id && r.text === line), `"${line}" was not removed by ${id}`);
        if (row.kind === 'trailing') assert.ok(!texts.includes(AFTER), 'the list after it goes too');
        if (row.kind === 'closing') assert.ok(!texts.includes(LIST_ITEM), 'the list after it goes too');
        if (row.kind === 'line') assert.ok(texts.includes(AFTER), 'text after a line rule is kept');
      });
    }
    for (const line of row.keeps) {
      it(`${id} keeps the article line "${line}"`, () => {
        // A near-miss stands where the rule would act: first for leading rules, after the body otherwise.
        const input =
          row.kind === 'leading'
            ? blocks(line, BODY1, BODY2)
            : row.kind === 'header' || row.kind === 'closing'
              ? layout(row.kind, line)
              : blocks(TITLE, BODY1, BODY2, line, AFTER);
        const { blocks: out, removed } = clean(row.kind, input);
        const page = removed.filter((r) => r.rule === 'before-headline');
        assert.deepEqual(removed.slice(page.length), [], `removed: ${JSON.stringify(removed)}`);
        assert.deepEqual(
          out.map((b) => b.text),
          input.slice(page.length).map((b) => b.text),
        );
      });
    }
  }

  it('every rule still removes the examples listed beside it in the data file', () => {
    for (const rule of FURNITURE) {
      for (const example of rule.examples) {
        const { removed } = clean(rule.kind, layout(rule.kind, example));
        assert.ok(removed.some((r) => r.rule === rule.id), `${rule.id} no longer removes "${example}"`);
      }
    }
  });

  it('header rules apply only before the lead: the same lines inside the story are kept', () => {
    const caption = 'Warga antre di depan kantor kelurahan. (ANTARA/Galih Pradipta)';
    const input = blocks('Menu', TITLE, DATE, LEAD, BODY1, 'Jurnalis', caption, BODY2);
    const out = cleanBlocks(input, locateArticle(input)).blocks.map((b) => b.text);
    assert.ok(out.includes('Jurnalis') && out.includes(caption));
  });

  it('a bare "Baca juga" takes the linked headlines under it, and stops at the story', () => {
    const out = cleanBlocks(blocks(TITLE, BODY1, 'Baca juga', 'Judul Artikel Lain', 'Judul Artikel Kedua', BODY2)).blocks.map((b) => b.text);
    assert.deepEqual(out, [TITLE, BODY1, BODY2]);
  });

  it('a key-points box takes its short points with it, and stops at the story', () => {
    const out = cleanBlocks(blocks(TITLE, BODY1, 'Intinya sih...', 'Gerhana terjadi pada 25 Maret 2024', 'Bisa diamati tanpa alat khusus', BODY2)).blocks.map((b) => b.text);
    assert.deepEqual(out, [TITLE, BODY1, BODY2]);
  });

  it('question headlines under a bare "Baca juga:" go; a question right before a story paragraph is its subheading', () => {
    const links = ['Mengapa orangutan tapanuli disebut kera besar paling langka di dunia?', 'Proyek PLTA Batang Toru: Apa kata warga?'];
    const out = cleanBlocks(blocks(TITLE, BODY1, 'Baca juga:', ...links, 'Apa tanggapan perusahaan?', LEAD, BODY2)).blocks.map((b) => b.text);
    assert.deepEqual(out, [TITLE, BODY1, 'Apa tanggapan perusahaan?', LEAD, BODY2]);
  });

  it('a Title Case tag line ends the story only where it stands last: as a subheading over more story it stays', () => {
    const tags = 'Bekasi Lingkungan Urban Farming';
    const end = cleanBlocks(blocks(TITLE, LEAD, BODY1, tags, 'Bagaimana reaksi kamu tentang artikel ini?', 'Senang Terhibur Terinspirasi Sedih'));
    assert.deepEqual(end.blocks.map((b) => b.text), [TITLE, LEAD, BODY1]);
    assert.ok(end.removed.some((r) => r.rule === 'title-case-tags' && r.text === tags));
    const inside = cleanBlocks(blocks(TITLE, LEAD, 'Langkah Pemerintah Selanjutnya', BODY1, BODY2)).blocks.map((b) => b.text);
    assert.deepEqual(inside, [TITLE, LEAD, 'Langkah Pemerintah Selanjutnya', BODY1, BODY2]);
    // Nor without a story paragraph before it (a short note), nor as a Markdown list item.
    assert.deepEqual(cleanBlocks(blocks(TITLE, BODY1, tags)).blocks.map((b) => b.text), [TITLE, BODY1, tags]);
    const md: RawBlock[] = [{ text: TITLE }, { text: LEAD }, { text: tags, type: 'item' }];
    assert.deepEqual(cleanBlocks(md).blocks.map((b) => b.text), [TITLE, LEAD, tags]);
  });

  it('a Title Case headline of a whole page is still found: closing rules never mark a headline as furniture', () => {
    const head = 'Warga Margahayu Tanam Sayur Di Bantaran Kali';
    const lead = 'Warga Kelurahan Margahayu menanam sayur di bantaran kali yang dulu dipenuhi sampah, kata lurah setempat.';
    const input = blocks('Beranda Berita Ekonomi Olahraga', head, DATE, lead, BODY1, BODY2);
    assert.equal(cleanBlocks(input, locateArticle(input)).headline, head);
  });

  it('a status word is only furniture before the article starts', () => {
    const out = cleanBlocks(blocks(TITLE, BODY1, 'Sukses', BODY2)).blocks.map((b) => b.text);
    assert.ok(out.includes('Sukses'));
  });

  it('trailing-list rules only apply after the body has started', () => {
    const out = cleanBlocks(blocks('Terkini', BODY1, BODY2)).blocks.map((b) => b.text);
    assert.deepEqual(out, ['Terkini', BODY1, BODY2]);
  });

  it('a bare "Lihat Juga :" also removes the linked headline on the next line, and only that', () => {
    const out = cleanBlocks(blocks(TITLE, BODY1, 'Lihat Juga :', 'Judul Artikel Lain', BODY2)).blocks.map((b) => b.text);
    assert.deepEqual(out, [TITLE, BODY1, BODY2]);
  });

  it('paragraphs that merely mention furniture words are kept', () => {
    const kept = [
      'Pilihan warga jatuh pada calon nomor dua, kata dia.',
      'Copyright dalam undang-undang diatur secara khusus, kata pakar hukum itu panjang lebar dalam wawancara yang berlangsung lebih dari satu jam dan membahas banyak hal lain yang tidak kalah penting bagi pembaca, termasuk sejarah hak cipta di Indonesia sejak masa kolonial hingga sekarang.',
    ];
    const out = cleanBlocks(blocks(TITLE, ...kept, BODY1)).blocks.map((b) => b.text);
    for (const k of kept) assert.ok(out.includes(k), `kept: ${k}`);
  });
});

describe('credits', () => {
  it('reads Redaktur, Penulis, Editor, Pewarta, Reporter', () => {
    assert.deepEqual(parseCredits('Redaktur: Paskalis Yuri Alfred'), { editor: 'Paskalis Yuri Alfred' });
    assert.deepEqual(parseCredits('Penulis: Ardito Ramadhan | Editor: Icha Rastika'), {
      author: 'Ardito Ramadhan',
      editor: 'Icha Rastika',
    });
    assert.deepEqual(parseCredits('Pewarta: Aditya Ramadhan'), { author: 'Aditya Ramadhan' });
    assert.deepEqual(parseCredits('Reporter: Riri Rahayu'), { author: 'Riri Rahayu' });
    assert.equal(parseCredits('Editor: ini adalah sebuah kalimat yang terlalu panjang untuk menjadi nama orang sama sekali'), null);
    assert.equal(parseCredits('Menurut Editor: kami tidak tahu.'), null);
  });

  it('reads several names after one label: "A, B dan C", "A & B", initials; anything else is no credit', () => {
    assert.deepEqual(parseCredits('Penulis: Ardito Ramadhan, Icha Rastika dan Budi Santoso'), { author: 'Ardito Ramadhan, Icha Rastika dan Budi Santoso' });
    assert.deepEqual(parseCredits('Reporter: Ardito Ramadhan & Icha Rastika | Editor: Budi Santoso'), { author: 'Ardito Ramadhan & Icha Rastika', editor: 'Budi Santoso' });
    assert.deepEqual(parseCredits('Penulis: Ardito Ramadhan Putra, Icha Rastika Sari, Budi Santoso Wibowo dan Dewi Lestari'), {
      author: 'Ardito Ramadhan Putra, Icha Rastika Sari, Budi Santoso Wibowo dan Dewi Lestari',
    });
    assert.deepEqual(parseCredits('Pewarta: A. Rahman, M. Yusuf'), { author: 'A. Rahman, M. Yusuf' });
    assert.equal(parseCredits('Penulis: kami & mereka'), null);
    // Without the colon, only names after the label; a credit split over lines keeps its bar.
    assert.deepEqual(parseCredits('Penulis Ardito Ramadhan, Dian Erika Nugraheny'), { author: 'Ardito Ramadhan, Dian Erika Nugraheny' });
    assert.deepEqual(parseCredits('| Editor Icha Rastika'), { editor: 'Icha Rastika' });
    assert.deepEqual(parseCredits('Reporter Budi Santoso | Editor Icha Rastika'), { author: 'Budi Santoso', editor: 'Icha Rastika' });
    assert.equal(parseCredits('Editor Icha Rastika mengatakan rapat ditunda'), null);
    assert.equal(parseCredits('Redaktur Pelaksana'), null);
    assert.equal(parseCredits('Penulis Muda Indonesia'), null, 'a subheading that starts with a label word, alone');
    assert.deepEqual(parseCredits('Penulis Budi Kurniawan | Editor Tri Situmorang'), { author: 'Budi Kurniawan', editor: 'Tri Situmorang' });
    assert.equal(parseCredits('Editor: ini adalah sebuah kalimat yang terlalu panjang, dan tidak menyebut nama orang sama sekali'), null);
  });

  const LEAD2 = 'Warga Kelurahan Margahayu menanam sayur di bantaran kali yang dulu dipenuhi sampah, kata lurah setempat.';
  const MORE2 = 'Sekitar 30 keluarga ikut menanam kangkung dan bayam di lahan sepanjang 400 meter itu sejak tahun lalu.';
  const HEAD2 = 'Warga Bekasi Tanam Sayur di Bantaran Kali yang Dulu Kumuh';
  for (const [byline, author, outlet] of [
    ['Oleh Ardito Ramadhan & Icha Rastika', ['Ardito Ramadhan', 'Icha Rastika'], null],
    ['By Ardito Ramadhan and Icha Rastika', ['Ardito Ramadhan', 'Icha Rastika'], null],
    ['Oleh: Ardito Ramadhan, Icha Rastika dan Budi Santoso', ['Ardito Ramadhan', 'Icha Rastika', 'Budi Santoso'], null],
    ['Ardito Ramadhan dan Icha Rastika - detikNews', ['Ardito Ramadhan', 'Icha Rastika'], 'detikNews'],
    ['Oleh Suparno & Wahyu | Senin, 3 Juni 2024 10:00 WIB', ['Suparno', 'Wahyu'], null],
  ] as const) {
    it(`a byline of several names under the headline is its authors, not body: "${byline}"`, () => {
      const { article: a } = ingestText(['Menu Berita Ekonomi Olahraga', HEAD2, byline, ...(byline.includes('WIB') ? [] : ['Senin, 3 Juni 2024 10:00 WIB']), LEAD2, MORE2].join('\n'));
      assert.equal(a?.title, HEAD2);
      assert.deepEqual(a?.authors, author);
      assert.equal(a?.outlet, outlet);
      assert.equal(a?.published, '2024-06-03T10:00:00+07:00');
      assert.deepEqual(a?.body.map((b) => b.text), [LEAD2, MORE2]);
    });
  }

  it('a wire credit with its dateline in capitals is no list of names', () => {
    assert.equal(personNames('Agence France-Presse, CHARLESTON, South Carolina'), null);
    assert.deepEqual(personNames('Ardito Ramadhan, Icha Rastika dan Budi Santoso'), ['Ardito Ramadhan', 'Icha Rastika', 'Budi Santoso']);
    assert.equal(personNames('Ardito Ramadhan'), null, 'one name is not a list');
  });

  it('names alone under the headline, split by "|", are the byline; a credit under the story keeps its author', () => {
    const text = [HEAD2, 'Achmad Fauzi | Restu Fadilah', 'Senin, 3 Juni 2024 10:00 WIB', LEAD2, MORE2].join('\n');
    const { article: a } = ingestText(text);
    assert.deepEqual(a?.authors, ['Achmad Fauzi', 'Restu Fadilah']);
    assert.deepEqual(a?.body.map((b) => b.text), [LEAD2, MORE2]);
    const { article: b } = ingestText(`${text}\nKontributor : Restu Fadilah`);
    assert.deepEqual(b?.authors, ['Restu Fadilah']);
    assert.deepEqual(b?.body.map((x) => x.text), [LEAD2, MORE2]);
  });

  it('a label alone with several names under it on one line ("Penulis" / "A, B")', () => {
    const { article: a } = ingestText([HEAD2, 'Penulis', 'Ardito Ramadhan, Icha Rastika', 'Senin, 3 Juni 2024', LEAD2, MORE2].join('\n'));
    assert.deepEqual(a?.authors, ['Ardito Ramadhan', 'Icha Rastika']);
    assert.deepEqual(a?.body.map((b) => b.text), [LEAD2, MORE2]);
  });

  it('sets author and editor on the article and keeps them out of the body', () => {
    const { article: a } = ingestText(article([TITLE, BODY1, 'Penulis: Siti Aminah', 'Editor: Budi Santoso']));
    assert.deepEqual(a?.authors, ['Siti Aminah']);
    assert.equal(a?.editor, 'Budi Santoso');
    assert.deepEqual(a?.body.map((b) => b.text), [BODY1]);
  });
});
