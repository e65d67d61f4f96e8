/**
 * Dates: the pieces of each pattern that tests/ingest/dates.mutants.test.ts left loose (spacing,
 * case, the time that must follow right after the date). A separate file so an incremental
 * `MUTATE=ingest/dates` run retests only the mutants that survived the first.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { contextYears, findDates, parseWholeDate, toIso } from '../../src/ingest/dates.ts';

const iso = (text: string): string | null => {
  const d = parseWholeDate(text);
  return d && d.year !== null ? toIso(d, d.year) : null;
};
const shown = (text: string): Array<[string, number, string | null]> =>
  findDates(text).map((d) => [d.text, d.index, d.time ? `${d.time.hour}:${d.time.minute}:${d.time.second}` : null]);

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
