/** Every date shape from the issue, the time-zone words, and how the published date is chosen. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, parseWholeDate, toIso } from '../../src/ingest/dates.ts';
import { article, ingestText } from './helpers.ts';

const iso = (text: string): string | null => {
  const d = parseWholeDate(text);
  return d && d.year !== null ? toIso(d, d.year) : null;
};

describe('date shapes', () => {
  const CASES: Array<[string, string]> = [
    ['Minggu 2 Februari 2020', '2020-02-02'],
    ['Sabtu, 1 Februari 2020', '2020-02-01'],
    ['15 Maret 2022 06:25', '2022-03-15T06:25:00+07:00'],
    ['Senin (3/2/2020)', '2020-02-03'],
    ['Kamis, 05/11/2015 10:08 WIB', '2015-11-05T10:08:00+07:00'],
    ['Selasa, 16 Mei 2023 14.30 WITA', '2023-05-16T14:30:00+08:00'],
    ['Rabu, 08 Mar 2023 16:45 WIT', '2023-03-08T16:45:00+09:00'],
    ['16/05/2023, 14:30 WIB', '2023-05-16T14:30:00+07:00'],
    ['Senin, 21 Nov 2022 | 14:05 WIB', '2022-11-21T14:05:00+07:00'],
    ['3 Sept 2021', '2021-09-03'],
    ['17 Agt 2019', '2019-08-17'],
    ['10 Nopember 1945', '1945-11-10'],
    ["Jum'at, 7 Juni 2019", '2019-06-07'],
    ['2020-02-03', '2020-02-03'],
    ['2022-03-15T06:25:00+07:00', '2022-03-15T06:25:00+07:00'],
    ['2023-02-10 08:30 WITA', '2023-02-10T08:30:00+08:00'],
  ];
  for (const [text, expected] of CASES) {
    it(`"${text}" → ${expected}`, () => assert.equal(iso(text), expected));
  }

  it('a full date glued to a word in any case is read; a single letter before the day is a code, not a word', () => {
    const shown = (text: string): Array<[string, boolean]> => findDates(text).map((d) => [d.text, d.weekday]);
    assert.deepEqual(shown('kumparanNEWS16 Maret 2024 8:45 WIB·waktu baca 2 menit'), [['16 Maret 2024 8:45 WIB', false]]);
    assert.deepEqual(shown('Sari PUTRI17 Mar 2024, 19:00 WIB'), [['17 Mar 2024, 19:00 WIB', false]]);
    assert.deepEqual(shown('Sari Putri17 Mar 2024'), [['17 Mar 2024', false]]);
    assert.deepEqual(shown('A3 Mei 2020'), []);
    assert.deepEqual(shown('B12 Mei 2020'), []);
    assert.deepEqual(shown('KOMPAS.COM3 Mei'), [], 'glued without a year is no date');
    // A weekday glued to the word before it, written as the table has it: the change of case shows where it starts.
    assert.deepEqual(shown('JAKARTA, KOMPAS.com -- Senin (3/5/2020)'), [['Senin (3/5/2020)', true]]);
    assert.deepEqual(shown('JAKARTASenin (3/5/2020)'), [['Senin (3/5/2020)', true]]);
    assert.deepEqual(shown('detikNewsSenin, 04 Mei 2020 10:00 WIB'), [['Senin, 04 Mei 2020 10:00 WIB', true]]);
    assert.deepEqual(shown('Pesenin 2 Februari 2020'), [['2 Februari 2020', false]]);
  });

  it('a zone word in lower case after an ISO time or a clock time: "wib", "wita"', () => {
    assert.equal(iso('2024-03-12 14:05 wib'), '2024-03-12T14:05:00+07:00');
    assert.equal(iso('2024-03-12T14:05 wita'), '2024-03-12T14:05:00+08:00');
    assert.equal(iso('12 Maret 2024 14:05 wib'), '2024-03-12T14:05:00+07:00');
    assert.equal(iso('Selasa, 12/03/2024 | 14.05 wit'), '2024-03-12T14:05:00+09:00');
  });

  it('finds dates inside running text, with the weekday and parentheses of a credit', () => {
    const found = findDates('seperti dikutip dari Channel News Asia, Senin (3/2/2020). Lalu pada Minggu 2 Februari 2020.');
    assert.deepEqual(
      found.map((d) => [d.text, d.weekday, d.year, d.month, d.day]),
      [
        ['Senin (3/2/2020)', true, 2020, 2, 3],
        ['Minggu 2 Februari 2020', true, 2020, 2, 2],
      ],
    );
  });

  it('reads "(9/5)" and "2 Agustus" as dates without a year', () => {
    const found = findDates('surat itu dilayangkan hari ini (9/5), dan dikirim pada 2 Agustus.');
    assert.deepEqual(
      found.map((d) => [d.text, d.year, d.month, d.day]),
      [
        ['(9/5)', null, 5, 9],
        ['2 Agustus', null, 8, 2],
      ],
    );
  });

  it('a credit keeps its shape when a time follows it', () => {
    const [d] = findDates('kata dia, Senin (3/2/2020) pukul 10.00 WITA.');
    assert.deepEqual([d?.text, d?.parenthesized, d?.weekday, d?.offset], ['Senin (3/2/2020) pukul 10.00 WITA', true, true, '+08:00']);
  });

  it('ignores what is not a date: impossible days, bare fractions, scores, numbers', () => {
    assert.deepEqual(findDates('31/2/2020 dan skor 9/5 dan 12.000 orang dan 3/4 bagian dan (13/13)'), []);
    assert.equal(parseWholeDate('kemarin'), null);
    assert.equal(parseWholeDate('30 Februari 2020'), null);
  });

  it('a time without a zone is WIB; WITA is +08:00 and WIT +09:00', () => {
    assert.equal(iso('1 Januari 2021 07:00'), '2021-01-01T07:00:00+07:00');
    assert.equal(iso('1 Januari 2021 07:00 WITA'), '2021-01-01T07:00:00+08:00');
    assert.equal(iso('1 Januari 2021 07:00 WIT'), '2021-01-01T07:00:00+09:00');
  });
});

describe('choosing the published date', () => {
  it('a date line at the top wins over dates in the text', () => {
    const { article: a } = ingestText(
      article(['Judul Berita Yang Pendek Sekali', '15 Maret 2022 06:25', 'Isi berita menyebut peristiwa 20 Maret 2022 yang akan datang.']),
    );
    assert.equal(a?.published, '2022-03-15T06:25:00+07:00');
    assert.equal(a?.yearInferred, false);
  });

  it('without a date line, the latest credit date in the text is taken, with a warning', () => {
    const { article: a } = ingestText(
      article([
        'Kata dia pada Minggu 2 Februari 2020 di Washington.',
        'Demikian seperti dikutip dari Channel News Asia, Senin (3/2/2020).',
        'Rencana itu akan dibahas pada 10 Maret 2020.',
      ]),
    );
    assert.equal(a?.published, '2020-02-03');
    assert.ok(a?.warnings.some((w) => w.includes('"Senin (3/2/2020)"')));
  });

  it('a credit in parentheses beats a weekday date of an event still to come', () => {
    const { article: a } = ingestText(
      article([
        'Komisi memastikan pemungutan suara digelar Rabu, 14 Februari 2024 di seluruh provinsi.',
        'Hal itu disampaikan dalam rapat di Jakarta, Senin (3/7/2023).',
      ]),
    );
    assert.equal(a?.published, '2023-07-03');
  });

  it('"(9/5)" takes its year from the article itself and is marked yearInferred', () => {
    const { article: a } = ingestText(
      article(['Surat dikirim hari ini (9/5), kata kantor berita.', 'Wabah menyebar sejak Januari 2020 di kawasan itu.']),
    );
    assert.equal(a?.published, '2020-05-09');
    assert.equal(a?.yearInferred, true);
    assert.ok(a?.warnings.some((w) => w.includes('inferred')));
  });

  it('"2 Agustus" with no year anywhere gives published null and a warning', () => {
    const { article: a } = ingestText(article(['Pernyataan dikirim pada 2 Agustus, kata juru bicara.', 'Tidak ada keterangan lain.']));
    assert.equal(a?.published, null);
    assert.ok(a?.warnings.some((w) => w.includes('"2 Agustus"') && w.includes('no year')));
  });

  it('a year is never taken from page furniture (Terpopuler list, copyright line)', () => {
    const { article: a } = ingestText(
      article([
        'Pertemuan digelar pada 2 Agustus di Jakarta, kata panitia.',
        'Semua peserta hadir tepat waktu.',
        'Terpopuler\n- Kode Redeem Terbaru 4 Oktober 2025\n- Harga Emas 2024',
        'Copyright © 2024 by Contoh.com',
      ]),
    );
    assert.equal(a?.published, null);
  });

  it('no date at all: published null and a warning', () => {
    const { article: a } = ingestText(article(['Sebuah berita tanpa tanggal.', 'Paragraf kedua juga tanpa tanggal.']));
    assert.equal(a?.published, null);
    assert.ok(a?.warnings.includes('no date found; published left empty'));
  });
});

describe('day-month-year with dashes or dots', () => {
  it('reads "17-06-2015 | 22:26" and "19.06.2015", and never a time or a range without a year', () => {
    const d = findDates('Rabu, 17-06-2015 | 22:26').find((x) => x.year !== null)!;
    assert.deepEqual([d.year, d.month, d.day, d.time?.hour, d.time?.minute, d.weekday], [2015, 6, 17, 22, 26, true]);
    const e = findDates('Diperbarui 19.06.2015')[0]!;
    assert.deepEqual([e.year, e.month, e.day], [2015, 6, 19]);
    assert.deepEqual(findDates('pukul 14.30 WIB, skor 3-1, halaman 12-13'), []);
    assert.deepEqual(findDates('31-02-2015'), [], 'not a calendar day');
  });
});
