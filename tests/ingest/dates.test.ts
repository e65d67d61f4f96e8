/**
 * Dates (src/ingest/dates.ts): every date shape from the issue, the time-zone words, and how the published
 * date is chosen; then dates as a reader sees them on the article page, edge by edge (calendar limits,
 * times, shapes and boundaries, whole-date lines, context years, the ISO form), and the pieces of each
 * pattern that are easy to loosen (spacing, case, the time that must follow right after the date). The
 * edge cases were written against the mutants `MUTATE=ingest/dates` left alive (docs/TESTING.md).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextYears, dateKey, findDates, parseWholeDate, toIso, type FoundDate } from '../../src/ingest/dates.ts';
import { article, ingestText } from './helpers.ts';

/** The ISO date a reader would see, or null. */
const iso = (text: string): string | null => {
  const d = parseWholeDate(text);
  return d && d.year !== null ? toIso(d, d.year) : null;
};
const one = (text: string): FoundDate => {
  const found = findDates(text);
  assert.equal(found.length, 1, `one date in ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  return found[0]!;
};
const shown = (text: string): Array<[string, number, string | null]> =>
  findDates(text).map((d) => [d.text, d.index, d.time ? `${d.time.hour}:${d.time.minute}:${d.time.second}` : null]);

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

describe('calendar limits', () => {
  it('first and last day of every month; the day after is not a date', () => {
    const last = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (let m = 1; m <= 12; m++) {
      assert.equal(iso(`1/${m}/2020`), `2020-${String(m).padStart(2, '0')}-01`);
      assert.equal(iso(`${last[m - 1]}/${m}/2020`), `2020-${String(m).padStart(2, '0')}-${last[m - 1]}`);
      assert.equal(iso(`${last[m - 1]! + 1}/${m}/2020`), null, `${last[m - 1]! + 1}/${m}/2020`);
    }
    assert.equal(iso('0/1/2020'), null);
    assert.equal(iso('1/0/2020'), null);
    assert.equal(iso('1/13/2020'), null);
    assert.equal(iso('32/1/2020'), null);
  });

  it('29 February only in leap years; without a year it is allowed', () => {
    assert.equal(iso('29/2/2020'), '2020-02-29');
    assert.equal(iso('29/2/2019'), null);
    assert.equal(iso('29 Februari 2021'), null);
    const [d] = findDates('kejadian (29/2) itu');
    assert.deepEqual([d?.day, d?.month, d?.year], [29, 2, null]);
  });

  it('years from 1900 to 2100 only', () => {
    assert.equal(iso('1 Januari 1900'), '1900-01-01');
    assert.equal(iso('31 Desember 2100'), '2100-12-31');
    assert.equal(iso('31 Desember 1899'), null);
    assert.equal(iso('1 Januari 2101'), null);
    assert.equal(iso('1899-12-31'), null);
    assert.equal(iso('2101-01-01'), null);
  });
});

describe('times', () => {
  it('00:00 to 23:59:59; 24:00, :60 and a 60th second are not times', () => {
    assert.equal(iso('1 Januari 2021 00:00'), '2021-01-01T00:00:00+07:00');
    assert.equal(iso('1 Januari 2021 23:59'), '2021-01-01T23:59:00+07:00');
    assert.equal(iso('2021-01-01T23:59:59+07:00'), '2021-01-01T23:59:59+07:00');
    assert.equal(iso('1 Januari 2021 24:00'), null);
    assert.equal(iso('1 Januari 2021 10:60'), null);
    assert.equal(iso('2021-01-01T10:00:60'), '2021-01-01');
    assert.equal(iso('2021-01-01T24:00'), '2021-01-01');
    assert.equal(iso('1 Januari 2021 10:15:30'), '2021-01-01T10:15:30+07:00');
  });

  it('12-hour clock: 12 am is midnight, 12 pm noon, 7:36 PM is 19:36; 0 pm and 13 pm are not times', () => {
    assert.equal(iso('June 19, 2015, 12:05 am'), '2015-06-19T00:05:00+07:00');
    assert.equal(iso('June 19, 2015, 12:05 pm'), '2015-06-19T12:05:00+07:00');
    assert.equal(iso('Fri, June 19 2015, 7:36 PM'), '2015-06-19T19:36:00+07:00');
    assert.equal(iso('June 19, 2015, 7:36 a.m.'), '2015-06-19T07:36:00+07:00');
    assert.equal(iso('June 19, 2015, 1:00 am'), '2015-06-19T01:00:00+07:00');
    assert.equal(findDates('June 19, 2015, 13:00 pm')[0]?.time, null);
    assert.equal(findDates('June 19, 2015, 0:30 am')[0]?.time, null);
  });

  it('the time may come first in English: "12:23 am Jun 19, 2015"', () => {
    const d = one('Posted 12:23 am Jun 19, 2015 by staff');
    assert.deepEqual([d.text, d.index, d.time?.hour, d.time?.minute], ['12:23 am Jun 19, 2015', 7, 0, 23]);
    const e = one('9:05 pm on June 18, 2015');
    assert.deepEqual([e.text, e.index, e.time?.hour], ['9:05 pm on June 18, 2015', 0, 21]);
    assert.equal(one('skor 13:23 am Jun 19, 2015').time, null);
  });

  it('time zone words: WIB, WITA, WIT, any case; a word that only starts like one is not a zone', () => {
    assert.equal(iso('1 Januari 2021 07:00 wita'), '2021-01-01T07:00:00+08:00');
    assert.equal(iso('2023-02-10 08:30 WIT'), '2023-02-10T08:30:00+09:00');
    assert.equal(iso('2023-02-10 08:30 WIB'), '2023-02-10T08:30:00+07:00');
    assert.equal(one('1 Januari 2021 07:00 WITAX').offset, null);
    assert.equal(one('2023-02-10 08:30 WITAX').offset, null);
  });

  it('ISO offsets: Z, +0800 and -05:00 are kept as written (normalised to ±hh:mm)', () => {
    assert.equal(iso('2022-03-15T06:25:00Z'), '2022-03-15T06:25:00+00:00');
    assert.equal(iso('2022-03-15T06:25:00+0800'), '2022-03-15T06:25:00+08:00');
    assert.equal(iso('2022-03-15T06:25:00-05:00'), '2022-03-15T06:25:00-05:00');
    assert.equal(iso('2022-03-15T06:25:00.123+07:00'), '2022-03-15T06:25:00+07:00');
    assert.equal(iso('2022-03-15 06:25'), '2022-03-15T06:25:00+07:00');
    assert.equal(one('2022-03-15').time, null);
  });

  it('a time after the date: "pukul", "jam", "at", "|" and "," are allowed in between', () => {
    assert.equal(iso('3 Februari 2020, pukul 14.30 WIB'), '2020-02-03T14:30:00+07:00');
    assert.equal(iso('3 Februari 2020 jam 14.30'), '2020-02-03T14:30:00+07:00');
    assert.equal(iso('3 Februari 2020 at 14:30'), '2020-02-03T14:30:00+07:00');
    assert.equal(iso('3 Februari 2020 – 14:30'), '2020-02-03T14:30:00+07:00');
    assert.equal(one('3 Februari 2020 14:305').time, null);
    assert.equal(one('dikirim (9/5) 10:00 kemarin').time, null, 'no time for a date without a year');
  });
});

describe('shapes and boundaries', () => {
  it('a date glued to letters or digits is not a date', () => {
    assert.deepEqual(findDates('A3 Mei 2020'), []);
    assert.deepEqual(findDates('12/2020/5'), []);
    assert.deepEqual(findDates('3 Mei 2020x'), []);
    assert.deepEqual(findDates('x2020-02-03'), []);
  });

  it('the weekday before the date is part of it; "Jum\'at" too; other words are not', () => {
    const d = one('Dilaporkan Sabtu, 1 Februari 2020 kemarin');
    assert.deepEqual([d.text, d.index, d.weekday, d.parenthesized], ['Sabtu, 1 Februari 2020', 11, true, false]);
    const e = one("pada Jum'at (7/6/2019).");
    assert.deepEqual([e.text, e.weekday, e.parenthesized], ["Jum'at (7/6/2019)", true, true]);
    const f = one('Senin(3/2/2020)');
    assert.deepEqual([f.text, f.index], ['Senin(3/2/2020)', 0]);
    const g = one('Pesenin 2 Februari 2020');
    assert.deepEqual([g.text, g.weekday], ['2 Februari 2020', false]);
    const h = one('Friday June 19, 2015');
    assert.deepEqual([h.text, h.weekday], ['Friday June 19, 2015', true]);
  });

  it('parentheses: "(3/2/2020)" is the credit shape and keeps both brackets', () => {
    const d = one('kata dia (3/2/2020).');
    assert.deepEqual([d.text, d.index, d.parenthesized, d.weekday], ['(3/2/2020)', 9, true, false]);
    const e = one('kata dia (3/2/2020 ini');
    assert.deepEqual([e.text, e.parenthesized], ['(3/2/2020', false]);
    const f = one('kata dia 3/2/2020) ini');
    assert.deepEqual([f.text, f.parenthesized], ['3/2/2020', false]);
    assert.deepEqual(findDates('skor 9/5) dan (9/5 lagi'), []);
  });

  it('month names: Indonesian, abbreviated, old spellings, English month-first', () => {
    assert.equal(iso('5 Pebruari 2015'), '2015-02-05');
    assert.equal(iso('5 Agust. 2015'), '2015-08-05');
    assert.equal(iso('5 Des, 2015'), '2015-12-05');
    assert.equal(iso('Sept. 5, 2015'), '2015-09-05');
    assert.equal(iso('Dec 5 2015'), '2015-12-05');
    assert.equal(iso('june 5, 2015'), '2015-06-05');
  });

  it('every date in order, each once, with its position', () => {
    const found = findDates('1 Mei 2020; lalu (2/5/2020) dan 2020-05-03T10:00 serta May 4, 2020.');
    assert.deepEqual(
      found.map((d) => [d.index, d.day, d.month, d.year]),
      [
        [0, 1, 5, 2020],
        [17, 2, 5, 2020],
        [32, 3, 5, 2020],
        [55, 4, 5, 2020],
      ],
    );
  });
});

describe('whole-date lines', () => {
  it('allows separators and brackets around the date, nothing else', () => {
    assert.equal(iso('  | 3 Februari 2020 —  '), '2020-02-03');
    assert.equal(iso('(3/2/2020)'), '2020-02-03');
    assert.equal(iso('- 3 Februari 2020, -'), '2020-02-03');
    assert.equal(iso('Oleh 3 Februari 2020'), null);
    assert.equal(iso('3 Februari 2020 dan 4 Februari 2020'), null);
  });

  it('a line longer than 80 characters is not a date line', () => {
    const pad = ' '.repeat(30);
    assert.equal(iso(`${pad}3 Februari 2020${pad}`), '2020-02-03', 'surrounding spaces do not count');
    assert.equal(iso(`3 Februari 2020 ${'-'.repeat(64)}`), '2020-02-03');
    assert.equal(iso(`3 Februari 2020 ${'-'.repeat(65)}`), null);
  });
});

describe('context years', () => {
  it('"Januari 2020" gives a month year; bare years count separately', () => {
    assert.deepEqual(contextYears('Sejak Januari 2020 dan pada 2019 lalu'), { fromMonths: [2020], bare: [2020, 2019] });
    assert.deepEqual(contextYears('Mei. 2018'), { fromMonths: [2018], bare: [2018] });
  });

  it('a month name inside a word, a year outside 1900–2100 or glued to a number is not context', () => {
    assert.deepEqual(contextYears('Permei 2020').fromMonths, []);
    assert.deepEqual(contextYears('Januari 1800 dan Januari 2200').fromMonths, []);
    assert.deepEqual(contextYears('Januari 20201').fromMonths, []);
    assert.deepEqual(contextYears('Rp1.2019 dan 3,2020 dan 2020,5 dan 2020.5 dan x2020 dan 2020x dan 1899 dan 2100').bare, []);
    assert.deepEqual(contextYears('tahun 1999, lalu 2000.').bare, [1999, 2000]);
  });
});

describe('ISO form and ordering', () => {
  it('pads every part', () => {
    const d = one('(5/1/2005)');
    assert.equal(toIso(d, 987), '0987-01-05');
    const t = one('2005-01-05T04:03:02+07:00');
    assert.equal(toIso(t, 2005), '2005-01-05T04:03:02+07:00');
    assert.equal(toIso({ ...t, offset: null }, 2005), '2005-01-05T04:03:02+07:00');
  });

  it('later dates sort later; a time orders within its day', () => {
    const key = (text: string): number => {
      const d = parseWholeDate(text)!;
      return dateKey(d, d.year!);
    };
    const order = ['31 Desember 2019', '1 Januari 2020', '1 Januari 2020 00:01', '1 Januari 2020 09:59', '1 Januari 2020 10:00', '2 Januari 2020', '1 Februari 2020', '1 Januari 2021'];
    for (let i = 1; i < order.length; i++) assert.ok(key(order[i - 1]!) < key(order[i]!), `${order[i - 1]} < ${order[i]}`);
    assert.equal(key('1 Januari 2020'), key('1 Januari 2020 00:00'));
    assert.equal(key('3 Februari 2020 14:30'), 2020020314 * 100 + 30);
  });
});

describe('spacing, case and what follows right after a date', () => {
  it('weekdays in capitals, with spaces around the comma, and up to 14 characters before the date', () => {
    assert.deepEqual(shown('SENIN, 3 Februari 2020'), [['SENIN, 3 Februari 2020', 0, null]]);
    assert.deepEqual(shown('Sabtu  ,  1 Februari 2020'), [['Sabtu  ,  1 Februari 2020', 0, null]]);
    assert.deepEqual(shown('Wednesday,    June 18, 2015'), [['Wednesday,    June 18, 2015', 0, null]]);
    assert.deepEqual(shown('Wednesday,     June 18, 2015'), [['June 18, 2015', 15, null]]);
  });

  it('spacing inside a date: several spaces between day, month and year', () => {
    assert.equal(iso('2  Februari 2020'), '2020-02-02');
    assert.equal(iso('June  5,  2015'), '2015-06-05');
    assert.equal(iso('2 FEBRUARI 2020'), '2020-02-02');
    assert.deepEqual(findDates('3 Mei 20201').map((d) => [d.text, d.year]), [['3 Mei', null]]);
  });

  it('a time right after the date: hyphen, doubled space after "pukul", seconds with dots, capitals', () => {
    assert.equal(iso('3 Februari 2020 - 14:30'), '2020-02-03T14:30:00+07:00');
    assert.equal(iso('3 Februari 2020, pukul  14.30'), '2020-02-03T14:30:00+07:00');
    assert.equal(iso('3 Februari 2020 10.15.30'), '2020-02-03T10:15:30+07:00');
    assert.equal(iso('3 Februari 2020 PUKUL 14.30'), '2020-02-03T14:30:00+07:00');
    assert.equal(iso('June 19, 2015, 7:36PM'), '2015-06-19T19:36:00+07:00');
  });

  it('a time further along the sentence is not the date\'s time', () => {
    assert.deepEqual(shown('3 Februari 2020 kata dia 14:30'), [['3 Februari 2020', 0, null]]);
    assert.equal(findDates('2023-02-10 08:30 kata WITA')[0]?.offset, null);
    assert.deepEqual(shown('June 19, 2015, 7:36 pmnya'), [['June 19, 2015, 7:36', 0, '7:36:0']]);
  });

  it('an English time before the date: no space before pm, dotted p.m., capitals; not glued to a word', () => {
    assert.deepEqual(shown('9:05pm June 18, 2015'), [['9:05pm June 18, 2015', 0, '21:5:0']]);
    assert.deepEqual(shown('9:05 p.m. June 18, 2015'), [['9:05 p.m. June 18, 2015', 0, '21:5:0']]);
    assert.deepEqual(shown('9:05 PM June 18, 2015'), [['9:05 PM June 18, 2015', 0, '21:5:0']]);
    assert.deepEqual(shown('x9:05 pm June 18, 2015'), [['June 18, 2015', 9, null]]);
    assert.deepEqual(shown('9:05 pm 3 Februari 2020'), [['3 Februari 2020', 8, null]], 'only before an English date');
  });

  it('context years: 1900 and 2100 count, capitals and doubled spaces too; a year after "/" or "-" is not bare', () => {
    assert.deepEqual(contextYears('Januari 1900, Januari 2100, Januari 1899, Januari 2101, JANUARI 2020, Januari  2019').fromMonths, [1900, 2100, 2020, 2019]);
    assert.deepEqual(contextYears('3/2020 dan -2021 dan 2022').bare, [2022]);
  });

  it('a whole-date line may be wrapped in en dashes', () => {
    assert.equal(iso('– 3 Februari 2020 –'), '2020-02-03');
  });
});
