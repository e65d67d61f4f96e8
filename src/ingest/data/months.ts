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
// Pure (for bundlers): a bundle that imports only DEFAULT_OFFSET, e.g. the search page's, leaves the tables and date-fns' locale out.
export const MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const map = new Map<string, number>();
  for (const i of MONTH_INDEXES) {
    map.set(idLocale.localize.month(i, { width: 'wide' }).toLowerCase(), i + 1);
    map.set(idLocale.localize.month(i, { width: 'abbreviated' }).toLowerCase(), i + 1);
  }
  for (const [name, month] of EXTRA_MONTH_SPELLINGS) map.set(name.toLowerCase(), month);
  return map;
})();

/**
 * English month names as English pages write them, month first ("June 18, 2015",
 * "Jun 19, 2015"): the only shape in which a date starts with a word.
 */
const MONTH_FIRST_SPELLINGS: ReadonlyArray<readonly [string, number]> = [
  ['January', 1], ['Jan', 1], ['February', 2], ['Feb', 2], ['March', 3], ['Mar', 3], ['April', 4], ['Apr', 4],
  ['May', 5], ['June', 6], ['Jun', 6], ['July', 7], ['Jul', 7], ['August', 8], ['Aug', 8], ['September', 9],
  ['Sept', 9], ['Sep', 9], ['October', 10], ['Oct', 10], ['November', 11], ['Nov', 11], ['December', 12], ['Dec', 12],
];
export const MONTH_FIRST_NAMES: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  MONTH_FIRST_SPELLINGS.map(([name, month]) => [name.toLowerCase(), month]),
);

/**
 * Weekday names: Indonesian (Minggu … Sabtu), the common spelling "Jum'at",
 * and English ones, full and short, which English pages print before a date.
 */
export const WEEKDAYS: readonly string[] = /* @__PURE__ */ (() => [
  ...DAY_INDEXES.map((i) => idLocale.localize.day(i, { width: 'wide' })),
  "Jum'at",
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
])();

/**
 * Indonesia's time zones: the words printed after a time, with their UTC offsets.
 * The one table of them: ingest reads times with it, the site prints zone names from it.
 * A time without a zone, and a date without a time, count as WIB.
 */
export const TIME_ZONES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['WIB', '+07:00'],
  ['WITA', '+08:00'],
  ['WIT', '+09:00'],
]);
export const DEFAULT_OFFSET = '+07:00';

/** `+07:00` → `WIB`; null for an offset that is not one of Indonesia's zones. */
export function zoneName(offset: string): string | null {
  for (const [name, o] of TIME_ZONES) if (o === offset) return name;
  return null;
}
