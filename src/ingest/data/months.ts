/**
 * Indonesian month and weekday names. The canonical names come from date-fns'
 * `id` locale; the extra rows are spellings found in real pages (old spellings,
 * newsroom abbreviations, English months some outlets print).
 */
import { id as idLocale } from 'date-fns/locale/id'; // subpath: the barrel loads every locale

type MonthIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
type DayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MONTH_INDEXES: MonthIndex[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const DAY_INDEXES: DayIndex[] = [0, 1, 2, 3, 4, 5, 6];

/** Spellings beyond date-fns' wide and abbreviated names; month number 1–12. */
const EXTRA_MONTH_SPELLINGS: ReadonlyArray<readonly [string, number]> = [
  ['Pebruari', 2],
  ['Peb', 2],
  ['Agu', 8],
  ['Ags', 8],
  ['Agust', 8],
  ['Sept', 9],
  ['Nopember', 11],
  ['Nop', 11],
  // English names and abbreviations appear in wire copy and CMS date lines.
  ['January', 1],
  ['February', 2],
  ['March', 3],
  ['May', 5],
  ['June', 6],
  ['July', 7],
  ['August', 8],
  ['Aug', 8],
  ['October', 10],
  ['Oct', 10],
  ['December', 12],
  ['Dec', 12],
];

/** Lower-cased month name → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const i of MONTH_INDEXES) {
    map.set(idLocale.localize.month(i, { width: 'wide' }).toLowerCase(), i + 1);
    map.set(idLocale.localize.month(i, { width: 'abbreviated' }).toLowerCase(), i + 1);
  }
  for (const [name, month] of EXTRA_MONTH_SPELLINGS) map.set(name.toLowerCase(), month);
  return map;
})();

/** Indonesian weekday names (Minggu … Sabtu), plus the common spelling "Jum'at". */
export const WEEKDAYS: readonly string[] = [
  ...DAY_INDEXES.map((i) => idLocale.localize.day(i, { width: 'wide' })),
  "Jum'at",
];

/** Time-zone words printed after a time, with their UTC offsets. Default is WIB. */
export const TIME_ZONES: ReadonlyMap<string, string> = new Map([
  ['WIB', '+07:00'],
  ['WITA', '+08:00'],
  ['WIT', '+09:00'],
]);
export const DEFAULT_OFFSET = '+07:00';
