/**
 * Dates as a reader sees them on the article page, edge by edge (written against the surviving
 * mutants of src/ingest/dates.ts). Imports dates.ts alone, so `MUTATE=ingest/dates` stays fast.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextYears, dateKey, findDates, parseWholeDate, toIso, type FoundDate } from '../../src/ingest/dates.ts';

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
