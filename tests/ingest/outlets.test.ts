/**
 * Outlets and datelines (src/ingest/outlets.ts): every outlet and dateline form named in the issue, the
 * outlet table's aliases, outlets from host names; then datelines and outlet names as the article page
 * shows them (outlet, "Jakarta" under the headline), form by form, written against the mutants
 * `MUTATE=ingest/outlets` left alive (docs/TESTING.md).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OUTLETS } from '../../src/ingest/data/outlets.ts';
import { maskOutletNames, outletFromHost, outletInLine, outletsInLine, readDateline, resolveOutlet, titleCasePlace } from '../../src/ingest/outlets.ts';
import { article, ingestText } from './helpers.ts';

const known = (name: string) => ({ name, known: true });
const line = (text: string) => readDateline(text);

describe('dateline forms', () => {
  const CASES: Array<[string, string | null, string | null]> = [
    ['Liputan6.com, Beijing - China kini lebih transparan.', 'Liputan6.com', 'Beijing'],
    ['Suara.com - Setelah China menolak permintaan WHO.', 'Suara.com', null],
    ['TribunKSN - Presiden China Xi Jinping disebut mengirim surat.', 'TribunKSN', null],
    ['GenPI.co - Para pejabat Amerika Serikat mengatakan.', 'GenPI.co', null],
    ['JAKARTA, KOMPAS.com - Presiden meresmikan bendungan.', 'Kompas.com', 'Jakarta'],
    ['Jakarta, CNN Indonesia -- Gempa bumi mengguncang.', 'CNN Indonesia', 'Jakarta'],
    ['Jakarta (ANTARA) - Harga beras turun.', 'ANTARA', 'Jakarta'],
    ['TEMPO.CO, Jakarta - Kementerian Keuangan menyiapkan anggaran.', 'Tempo.co', 'Jakarta'],
    ['Jakarta - detikNews', 'detikNews', 'Jakarta'],
    ['Jakarta - detikNews - Polisi menangkap pelaku.', 'detikNews', 'Jakarta'],
    ['SEOUL - Pemimpin Korea Utara mengirim surat.', null, 'Seoul'],
    ['KUALA LUMPUR - Pemerintah Malaysia mengumumkan.', null, 'Kuala Lumpur'],
    ['BANDUNG, Contohberita.com - Wali kota meresmikan taman.', 'Contohberita.com', 'Bandung'],
    // A double or long dash after the outlet may touch the lead.
    ['JAKARTA, KOMPAS.com--Pemerintah pada Senin (3/5/2020) menyiapkan operasi pasar.', 'Kompas.com', 'Jakarta'],
    ['Jakarta, CNN Indonesia—Gempa bumi mengguncang.', 'CNN Indonesia', 'Jakarta'],
    ['TEMPO.CO, Jakarta–KPK memeriksa tiga pejabat.', 'Tempo.co', 'Jakarta'],
    // A family member in capitals keeps its name as written; an unknown site in capitals is still a site.
    ['TRIBUNJATENG.COM, SEMARANG - Pemerintah Kota Semarang menambah bus.', 'TRIBUNJATENG.COM', 'Semarang'],
    ['BANDUNG, CONTOHBERITA.COM - Wali kota meresmikan taman.', 'CONTOHBERITA.COM', 'Bandung'],
  ];
  for (const [text, outlet, place] of CASES) {
    it(`"${text.slice(0, 40)}" → outlet ${outlet}, dateline ${place}`, () => {
      const d = readDateline(text);
      assert.ok(d, 'recognised');
      assert.equal(d.outlet?.name ?? null, outlet);
      assert.equal(d.place, place);
      assert.ok(!/^[-–—\s]/.test(d.rest), 'the rest starts with the text');
    });
  }

  it('a title-case place alone is only a dateline at the start of the body', () => {
    const { article: a } = ingestText(article(['Judul Berita Untuk Uji Dateline', 'Paragraf pembuka tanpa dateline.', 'Presiden Jokowi - yang baru tiba - langsung rapat.']));
    assert.equal(a?.dateline, null);
    assert.ok(a?.body.some((b) => b.text.startsWith('Presiden Jokowi - yang baru tiba')));
    const { article: b } = ingestText(article(['Judul Berita Untuk Uji Dateline', 'Jakarta - Presiden langsung rapat.', 'Paragraf kedua.']));
    assert.equal(b?.dateline, 'Jakarta');
  });

  it('sentences that only look a little like datelines are not datelines', () => {
    for (const text of [
      'Pemerintah menyebut angka itu - bila benar - sangat tinggi.',
      'Tempo-tempo hujan turun di kota itu.',
      'kata dia - yang enggan disebut namanya - kepada wartawan.',
      'Sebuah kalimat biasa tanpa tanda pisah.',
      'Presiden Jokowi–Ma’ruf Amin menang di provinsi itu.',
      'Jalur Jakarta—Bandung ditutup sementara.',
      'Kompas.com-nya sedang diperbaiki, kata dia.',
    ]) {
      assert.equal(readDateline(text), null, text);
    }
  });
});

describe('outlet table', () => {
  it('every alias of every row resolves to its canonical name', () => {
    for (const row of OUTLETS) for (const alias of row.aliases) assert.equal(resolveOutlet(alias)?.name, row.name, alias);
  });

  it('families keep their own name; unknown sites are kept but flagged', () => {
    assert.deepEqual(resolveOutlet('TribunJakarta'), { name: 'TribunJakarta', known: true });
    assert.deepEqual(resolveOutlet('detikFinance'), { name: 'detikFinance', known: true });
    assert.deepEqual(resolveOutlet('Contohberita.com'), { name: 'Contohberita.com', known: false });
    assert.equal(resolveOutlet('Presiden'), null);
  });

  it('finds the outlet in copyright lines', () => {
    assert.equal(outletInLine('Copyright © 2024 by GenPI.co')?.name, 'GenPI.co');
    assert.equal(outletInLine('COPYRIGHT © ANTARA 2023')?.name, 'ANTARA');
    assert.equal(outletInLine('© 2023 CNN Indonesia')?.name, 'CNN Indonesia');
  });

  it('an article with no dateline takes its outlet from the copyright line, and says so', () => {
    const { article: a } = ingestText(
      article(['Judul Berita Tanpa Dateline', 'Isi berita pertama.', 'Isi berita kedua.', 'Copyright © 2023 Kompas.com']),
    );
    assert.equal(a?.outlet, 'Kompas.com');
    assert.ok(a?.warnings.some((w) => w.includes('taken from the line')));
  });

  it('an unknown outlet is kept as written with a warning; no outlet at all is a warning too', () => {
    const { article: a } = ingestText(article(['BANDUNG, Contohberita.com - Wali kota meresmikan taman.', 'Paragraf kedua.']));
    assert.equal(a?.outlet, 'Contohberita.com');
    assert.ok(a?.warnings.some((w) => w.includes('not in the outlet table')));
    const { article: b } = ingestText(article(['Sebuah berita tanpa nama media.', 'Paragraf kedua.']));
    assert.equal(b?.outlet, null);
    assert.ok(b?.warnings.includes('no outlet named in the text'));
  });

  it('the outlet name does not tag a topic ("CNN Indonesia" is not about Indonesia)', () => {
    const { article: a } = ingestText(article(['Jakarta, CNN Indonesia -- Gempa terjadi.', 'Laporan CNN Indonesia menyebut gempa kecil.']));
    assert.ok(!a?.topics.includes('Indonesia'));
  });
});

describe('outlet from a host name', () => {
  const CASES: Array<[string, string | null]> = [
    ['kompas.com', 'Kompas.com'],
    ['nasional.kompas.com', 'Kompas.com'],
    ['WWW.Liputan6.com', 'Liputan6.com'],
    ['news.detik.com', 'detikNews'],
    ['www.detik.com', 'detikcom'],
    ['www.republika.co.id', 'Republika'],
    ['kompasiana.com', 'Kompasiana'],
    ['kompas.com.contoh.example', null],
    ['detik.com.contoh.example', null],
    ['co.id', null],
    ['', null],
  ];
  for (const [host, name] of CASES) {
    it(`${JSON.stringify(host)} → ${name}`, () => assert.equal(outletFromHost(host), name));
  }
  it('a listed folder of a shared domain ("bbc.com/indonesia") names its outlet only for addresses in it', () => {
    assert.equal(outletFromHost('www.bbc.com', '/indonesia/articles/c0w1x2y3z4o'), 'BBC News Indonesia');
    assert.equal(outletFromHost('WWW.BBC.COM', '/Indonesia'), 'BBC News Indonesia');
    assert.equal(outletFromHost('www.bbc.com', '/indonesian-food'), null);
    assert.equal(outletFromHost('www.bbc.com', '/news/world-asia-123'), null);
    assert.equal(outletFromHost('bbc.com.contoh.example', '/indonesia'), null);
    assert.equal(outletFromHost('www.kompas.com', '/indonesia'), 'Kompas.com', 'a folder never hides the domain itself');
  });

  it('a family pattern matches a token in capitals in any case, and only a token all in capitals', () => {
    assert.deepEqual(resolveOutlet('TRIBUNJATENG.COM'), { name: 'TRIBUNJATENG.COM', known: true });
    assert.deepEqual(resolveOutlet('TribunJateng.com'), { name: 'TribunJateng.com', known: true });
    assert.equal(resolveOutlet('Tribunal'), null);
    assert.equal(resolveOutlet('tribunjateng'), null);
  });

  it('every listed domain is lower case and names its own row', () => {
    for (const o of OUTLETS) for (const d of o.domains ?? []) {
      assert.equal(d, d.toLowerCase());
      assert.equal(outletFromHost(d), o.name);
    }
  });
});

describe('outlets of the issue list added as rows, and their credit lines', () => {
  const CASES: Array<[string, string, string | null]> = [
    ['Solopos.com, SOLO - Pemkot Solo menata ulang Pasar Gede.', 'Solopos.com', 'Solo'],
    ['Harianjogja.com, JOGJA - Kemacetan di Malioboro berkurang.', 'Harian Jogja', 'Jogja'],
    ['AYOBANDUNG.COM - Jalan Asia Afrika ditutup sementara.', 'AyoBandung.com', null],
    ['RADARBOGOR.ID - Banjir merendam Kota Bogor.', 'Radar Bogor', null],
    ['SuaraJogja.id - Warga Sleman menggelar kirab budaya.', 'SuaraJogja.id', null],
    ['GridOto.com - Harga mobil listrik turun.', 'GridOto.com', null],
    ['Jakarta, Gatra.com - DPR membahas RUU Penyiaran.', 'Gatra.com', 'Jakarta'],
    ['Kapanlagi.com - Penyanyi itu merilis album baru.', 'KapanLagi.com', null],
    ['KONTAN.CO.ID - JAKARTA. Laba bank naik.', 'Kontan.co.id', null],
    ['jpnn.com, JAKARTA - Guru honorer mendapat insentif.', 'JPNN.com', 'Jakarta'],
    ['Bisnis.com, JAKARTA - Rupiah menguat.', 'Bisnis.com', 'Jakarta'],
    ['REPUBLIKA.CO.ID, JAKARTA -- Masjid Istiqlal menyiapkan takjil.', 'Republika', 'Jakarta'],
    ['tirto.id - Harga beras belum turun.', 'Tirto.id', null],
    ['Jakarta, IDN Times - Gerhana bulan terjadi Senin.', 'IDN Times', 'Jakarta'],
    ['Jakarta, CNBC Indonesia - Rupiah menguat.', 'CNBC Indonesia', 'Jakarta'],
  ];
  for (const [text, outlet, place] of CASES) {
    it(`"${text.slice(0, 40)}" → ${outlet}`, () => {
      const d = readDateline(text);
      assert.ok(d, 'recognised');
      assert.equal(d.outlet?.name ?? null, outlet);
      assert.equal(d.place, place);
    });
  }

  it('their domains name them; words that are also outlet names do not ("Inilah", "gatra", "radar")', () => {
    assert.equal(outletFromHost('www.solopos.com'), 'Solopos.com');
    assert.equal(outletFromHost('jogjapolitan.harianjogja.com'), 'Harian Jogja');
    assert.equal(outletFromHost('www.hops.id'), 'Hops.ID');
    assert.equal(outletFromHost('otomotif.grid.id'), 'Grid.ID');
    assert.equal(outletInLine('Inilah lima fakta gerhana bulan'), null);
    assert.equal(outletInLine('Setiap gatra pembangunan dibahas'), null);
    assert.equal(outletInLine('Radar cuaca BMKG menangkap awan'), null);
  });
});

describe('dateline forms, part by part', () => {
  it('outlet, place', () => {
    assert.deepEqual(line('Liputan6.com, Beijing - Isi.'), { outlet: known('Liputan6.com'), place: 'Beijing', rest: 'Isi.', weak: false });
    assert.deepEqual(line('TEMPO.CO, Jakarta -- Isi.'), { outlet: known('Tempo.co'), place: 'Jakarta', rest: 'Isi.', weak: false });
    assert.deepEqual(line('kompas.com, Jakarta - Isi'), { outlet: known('Kompas.com'), place: 'Jakarta', rest: 'Isi', weak: false });
    assert.deepEqual(line('Contoh.com, Bandung - Isi'), { outlet: { name: 'Contoh.com', known: false }, place: 'Bandung', rest: 'Isi', weak: false });
  });

  it('place, outlet and place (outlet)', () => {
    assert.deepEqual(line('JAKARTA, KOMPAS.com - Isi.'), { outlet: known('Kompas.com'), place: 'Jakarta', rest: 'Isi.', weak: false });
    assert.deepEqual(line('Jakarta, CNN Indonesia -- Isi.'), { outlet: known('CNN Indonesia'), place: 'Jakarta', rest: 'Isi.', weak: false });
    assert.deepEqual(line('Jakarta (ANTARA) - Isi.'), { outlet: known('ANTARA'), place: 'Jakarta', rest: 'Isi.', weak: false });
    assert.deepEqual(line('Jakarta ( Antara ) - Isi.'), { outlet: known('ANTARA'), place: 'Jakarta', rest: 'Isi.', weak: false });
  });

  it('place - outlet, with or without text after it', () => {
    assert.deepEqual(line('Jakarta - detikNews Isi berita.'), { outlet: known('detikNews'), place: 'Jakarta', rest: 'Isi berita.', weak: false });
    assert.deepEqual(line('Jakarta - detikNews'), { outlet: known('detikNews'), place: 'Jakarta', rest: '', weak: false });
    assert.deepEqual(line('Jakarta - detikNews - Isi.'), { outlet: known('detikNews'), place: 'Jakarta', rest: 'Isi.', weak: false });
  });

  it('outlet alone, family names as written, unknown sites flagged', () => {
    assert.deepEqual(line('Suara.com - Isi.'), { outlet: known('Suara.com'), place: null, rest: 'Isi.', weak: false });
    assert.deepEqual(line('TribunKSN - Isi.'), { outlet: known('TribunKSN'), place: null, rest: 'Isi.', weak: false });
    assert.deepEqual(line('Kompas - Isi'), { outlet: known('Kompas.com'), place: null, rest: 'Isi', weak: false });
    assert.deepEqual(line('Contoh.com - Isi'), { outlet: { name: 'Contoh.com', known: false }, place: null, rest: 'Isi', weak: false });
  });

  it('place alone: capitals are strong evidence, title case weak; every dash kind', () => {
    assert.deepEqual(line('SEOUL - Isi.'), { outlet: null, place: 'Seoul', rest: 'Isi.', weak: false });
    assert.deepEqual(line('DKI JAKARTA - x'), { outlet: null, place: 'DKI Jakarta', rest: 'x', weak: false });
    assert.deepEqual(line('KUALA LUMPUR — Isi.'), { outlet: null, place: 'Kuala Lumpur', rest: 'Isi.', weak: false });
    assert.deepEqual(line('Jakarta - Isi.'), { outlet: null, place: 'Jakarta', rest: 'Isi.', weak: true });
    assert.deepEqual(line('Tanjung Pinang – Isi.'), { outlet: null, place: 'Tanjung Pinang', rest: 'Isi.', weak: true });
    assert.deepEqual(line('Jakarta --- Isi'), { outlet: null, place: 'Jakarta', rest: 'Isi', weak: true });
  });

  it('not datelines: lower case, no spaces round the dash, five words, a dash after 160 characters', () => {
    assert.equal(line('jakarta - isi'), null);
    assert.equal(line('Jakarta-Isi'), null);
    assert.equal(line('A B C D E - Isi'), null);
    assert.equal(line('Jakarta (Antara) -Isi'), null);
    assert.equal(line(`SEOUL${' '.repeat(160)}- Isi`), null);
    assert.equal(line('Tanpa garis pisah sama sekali.'), null);
  });
});

describe('outlet names in a line', () => {
  it('places: capitals become title case, short abbreviations stay', () => {
    assert.equal(titleCasePlace('SEOUL'), 'Seoul');
    assert.equal(titleCasePlace('KUALA LUMPUR'), 'Kuala Lumpur');
    assert.equal(titleCasePlace('DKI JAKARTA'), 'DKI Jakarta');
    assert.equal(titleCasePlace('NTT'), 'NTT');
    assert.equal(titleCasePlace('ACEH'), 'Aceh');
    assert.equal(titleCasePlace('  Jakarta  Selatan '), 'Jakarta Selatan');
  });

  it('outlet tokens: aliases in any case and with spaces around, families, site-like names', () => {
    assert.deepEqual(resolveOutlet('kompas'), known('Kompas.com'));
    assert.deepEqual(resolveOutlet(' Kompas.com '), known('Kompas.com'));
    assert.deepEqual(resolveOutlet('TribunJakarta.com'), known('TribunJakarta.com'));
    assert.equal(resolveOutlet('Tribunjakarta'), null);
    for (const site of ['Contoh.co.id', 'Contoh.or.id', 'Contoh.net', 'Contoh.news', 'Contoh.id', 'Contoh.co', 'Co-ntoh.com']) {
      assert.deepEqual(resolveOutlet(site), { name: site, known: false }, site);
    }
    for (const not of ['Contoh.org', '1abc.com', 'a.com', 'Contoh.com.evil', `${'a'.repeat(32)}.com`]) assert.equal(resolveOutlet(not), null, not);
  });

  it('credit lines: the first outlet, the longest name at each word; "PT." joined', () => {
    assert.deepEqual(outletInLine('Copyright © 2015 PT.Viva Media Baru'), known('VIVA.co.id'));
    assert.deepEqual(outletInLine('CNN Indonesia dan Kompas TV'), known('CNN Indonesia'));
    assert.deepEqual(outletInLine('oleh redaksi Kompas TV'), known('KompasTV'));
    assert.equal(outletInLine('tidak ada'), null);
    assert.equal(outletInLine(''), null);
  });

  it('a bar of sister sites: every known outlet once, in order', () => {
    assert.deepEqual(outletsInLine('Baca juga di Kompas.com dan Tempo.co serta Kompas.com'), ['Kompas.com', 'Tempo.co']);
    assert.deepEqual(outletsInLine('CNN Indonesia dan Kompas TV'), ['CNN Indonesia', 'KompasTV']);
    assert.deepEqual(outletsInLine('Contoh.com dan Lain.com'), [], 'unknown sites are not sister sites');
    assert.deepEqual(outletsInLine('tidak ada'), []);
  });

  it('outlet names that contain a topic are masked, whole words only, any case', () => {
    assert.equal(maskOutletNames('Kata CNN Indonesia soal Indonesia'), 'Kata   soal Indonesia');
    assert.equal(maskOutletNames('cnn indonesia'), ' ');
    assert.equal(maskOutletNames('Indonesia saja'), 'Indonesia saja');
    assert.equal(maskOutletNames('XCNN Indonesia'), 'XCNN Indonesia');
  });

  it('hosts: trailing dot and case ignored, subdomains match, look-alikes do not', () => {
    assert.equal(outletFromHost('news.detik.com.'), 'detikNews');
    assert.equal(outletFromHost(' WWW.KOMPAS.COM '), 'Kompas.com');
    assert.equal(outletFromHost('kompas.com.evil.example'), null);
    assert.equal(outletFromHost('example'), null);
    assert.equal(outletFromHost(''), null);
  });
});
