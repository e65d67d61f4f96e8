/**
 * Dates in Indonesian news text. Recognised shapes (any may start with a
 * weekday, "Senin," / "Senin"):
 *   "2 Februari 2020", "15 Maret 2022 06:25", "16 Mei 2023 | 14.30 WITA"
 *   "(3/2/2020)", "05/11/2015 10:08 WIB"          day/month/year
 *   "17-06-2015 | 22:26", "19.06.2015"            day-month-year, with the year always written
 *   "(9/5)", "2 Agustus"                          no year: completed from context
 *   "2020-02-03", "2022-03-15T06:25:00+07:00"      ISO
 *   "June 18, 2015", "Fri, June 19 2015, 7:36 AM"   English, month first
 *   "12:23 am Jun 19, 2015"                        English, time first
 * Times are WIB (+07:00) unless WITA/WIT is written.
 * Month/weekday names come from data/months.ts; validity is checked with date-fns.
 */
import { isValid } from 'date-fns/isValid'; // subpath: the barrel costs ~1 s of start-up
import { DEFAULT_OFFSET, MONTH_FIRST_NAMES, MONTHS, TIME_ZONES, WEEKDAYS } from './data/months.ts';
import { trieSource } from './trie.ts';
import type { Impossible } from './notices.ts';

export interface FoundDate {
  /** null when the text gives no year ("(9/5)", "2 Agustus"). */
  year: number | null;
  month: number;
  day: number;
  time: { hour: number; minute: number; second: number } | null;
  /** "+07:00" etc.; null when a time is given without a zone word (WIB is then assumed). */
  offset: string | null;
  /** Written with a weekday ("Senin (3/2/2020)", "Sabtu, 1 Februari 2020"). */
  weekday: boolean;
  /** Written in parentheses ("(3/2/2020)", "Senin (3/2/2020)"): the shape of a news credit. */
  parenthesized: boolean;
  /** The matched text, for warnings. */
  text: string;
  /** Position in the scanned text. */
  index: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH_ALT = trieSource(MONTHS.keys());
const MONTH_FIRST_ALT = trieSource(MONTH_FIRST_NAMES.keys());
const WEEKDAY_ALT = WEEKDAYS.map(escape).join('|');
const ZONE_ALT = [...TIME_ZONES.keys()].sort((a, b) => b.length - a.length).join('|');

const WEEKDAY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${WEEKDAY_ALT})\\s*,?\\s*\\(?$`, 'iu');
// A weekday glued to the word before it ("JAKARTASenin (3/5/2020)", "detikNewsSenin, 3 Mei 2020"):
// only as written in the table (capital first), where the change of case marks where it starts.
const WEEKDAY_GLUED = new RegExp(`\\p{L}(${WEEKDAY_ALT})\\s*,?\\s*\\(?$`, 'u');
// "06:25", "14.30 WIB", "| 10:08 WIB", ", pukul 14.30 WITA", ", 7:36 AM", " at 06:25 wib" — tried right after a full date.
const TIME_AFTER = new RegExp(
  `\\)?\\s*[,|–-]?\\s*(?:pukul\\s+|jam\\s+|at\\s+)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?!\\d)(?:\\s*([ap])\\.?m\\.?(?![\\p{L}\\p{N}]))?(?:\\s*(${ZONE_ALT})(?![\\p{L}\\p{N}]))?`,
  'iuy',
);
// "12:23 am " just before an English date ("12:23 am Jun 19, 2015").
const TIME_BEFORE = /(?:^|[^\p{L}\p{N}])(\d{1,2}):(\d{2})\s*([ap])\.?m\.?\s+(?:on\s+)?$/iu;
/**
 * One pass over the text finds every candidate; the cores all start with a
 * digit, so the engine rejects most positions at once.
 *   1-3: ISO date · 4-7: ISO time/offset · 8-10: "2 Februari 2020" · 11-13: "3/2/2020"
 *   14-16: "June 18, 2015" (the only core that starts with a letter: English month names only)
 *   17-20: "17-06-2015", "19.06.2015" (day, separator, month, the same separator, a four-digit year)
 */
const DATE_CORE = new RegExp(
  `(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?` +
    `|(\\d{1,2})\\s+(${MONTH_ALT})(?:\\.?,?\\s+(\\d{4})(?!\\d))?` +
    `|(\\d{1,2})/(\\d{1,2})(?:/(\\d{4})(?!\\d))?` +
    `|(${MONTH_FIRST_ALT})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)` +
    `|(\\d{1,2})([.-])(\\d{1,2})\\18(\\d{4})(?!\\d)`,
  'giu',
);
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The end of a word a date is glued to: two letters, not part of a longer code ("xA3"). */
const GLUED_WORD = /(?:^|[^\p{N}])\p{L}{2}$/u;
// Any case: "2024-03-12 14:05 wib".
const ZONE_AFTER = new RegExp(`\\s*(${ZONE_ALT})(?![\\p{L}\\p{N}])`, 'iuy');
// The left word boundary is checked by hand: a lookbehind at every position is slow.
const MONTH_YEAR = new RegExp(`(?:${MONTH_ALT})\\.?\\s+(\\d{4})(?![\\p{L}\\p{N}])`, 'giu');
const BARE_YEAR = /(?<![\p{L}\p{N}.,/-])((?:19|20)\d{2})(?![\p{L}\p{N}]|[.,]\d)/gu;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const y = year ?? 2000; // a leap year, so "29/2" without a year is allowed
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return false;
  const d = new Date(Date.UTC(y, month - 1, day));
  return isValid(d) && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function readTime(h?: string, m?: string, s?: string, zone?: string, meridiem?: string): Pick<FoundDate, 'time' | 'offset'> {
  if (h === undefined || m === undefined) return { time: null, offset: null };
  let hour = Number(h);
  if (meridiem !== undefined) {
    // 12-hour clock: "12:23 am" is 00:23, "7:36 PM" is 19:36.
    if (hour < 1 || hour > 12) return { time: null, offset: null };
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  const minute = Number(m);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return { time: null, offset: null };
  return { time: { hour, minute, second }, offset: zone ? (TIME_ZONES.get(zone.toUpperCase()) ?? null) : null };
}

/** Every date in a piece of text, in order of position. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  DATE_CORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_CORE.exec(text)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    // Whole tokens only: "12/2020/5", "A3 Mei" are not dates — but a full "17 Mar 2024" glued to a
    // word by a copied page's inline spans ("Sari Putri17 Mar 2024", "kumparanNEWS16 Maret 2024") is
    // one: two letters or more before it, in any case (one letter is a code: "A3", "B12").
    const glued = start > 1 && m[8] !== undefined && m[10] !== undefined && GLUED_WORD.test(text.slice(Math.max(0, start - 3), start));
    if ((start > 0 && !glued && WORD_CHAR.test(text[start - 1]!)) || (end < text.length && WORD_CHAR.test(text[end]!))) {
      if (m[0].length > 1) DATE_CORE.lastIndex = start + 1;
      continue;
    }
    let year: number | null;
    let month: number;
    let day: number;
    let time: FoundDate['time'] = null;
    let offset: string | null = null;
    if (m[1] !== undefined) {
      year = Number(m[1]);
      month = Number(m[2]);
      day = Number(m[3]);
      const t = readTime(m[4], m[5], m[6]);
      time = t.time;
      offset = t.time && m[7] !== undefined ? (m[7] === 'Z' ? '+00:00' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : null;
      if (t.time && m[7] === undefined) {
        // "2023-02-10 08:30 WITA" (front matter written by hand).
        ZONE_AFTER.lastIndex = end;
        const z = ZONE_AFTER.exec(text);
        if (z) {
          offset = TIME_ZONES.get(z[1]!.toUpperCase()) ?? null;
          end = ZONE_AFTER.lastIndex;
        }
      }
    } else if (m[8] !== undefined) {
      day = Number(m[8]);
      month = MONTHS.get(m[9]!.toLowerCase())!;
      year = m[10] === undefined ? null : Number(m[10]);
    } else if (m[14] !== undefined) {
      month = MONTH_FIRST_NAMES.get(m[14].toLowerCase())!;
      day = Number(m[15]);
      year = Number(m[16]);
    } else if (m[17] !== undefined) {
      day = Number(m[17]);
      month = Number(m[19]);
      year = Number(m[20]);
    } else {
      day = Number(m[11]);
      month = Number(m[12]);
      year = m[13] === undefined ? null : Number(m[13]);
      // "9/5" alone is a score or a fraction; without a year only "(9/5)" is a date.
      if (year === null && !(text[start - 1] === '(' && text[end] === ')')) continue;
    }
    if (!validDay(year, month, day)) continue;
    // "(3/2/2020)": the credit shape, even when a time follows ("(3/2/2020) pukul 10.00 WIB").
    const parenthesized = text[start - 1] === '(' && text[end] === ')';
    if (year !== null && m[1] === undefined) {
      TIME_AFTER.lastIndex = end;
      const t = TIME_AFTER.exec(text);
      if (t) {
        const read = readTime(t[1], t[2], t[3], t[5], t[4]);
        if (read.time) {
          ({ time, offset } = read);
          end = TIME_AFTER.lastIndex;
        }
      }
    }
    // Weekday and opening parenthesis just before: "Senin (3/2/2020)", "Sabtu, 1 Februari 2020".
    const before = text.slice(Math.max(0, start - 14), start);
    const wd = WEEKDAY_BEFORE.exec(before) ?? WEEKDAY_GLUED.exec(before);
    let from = start;
    if (wd) from = start - (before.length - wd.index - wd[0].indexOf(wd[1]!));
    else if (text[start - 1] === '(') from = start - 1;
    if (m[14] !== undefined && time === null) {
      const tb = TIME_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
      const read = tb ? readTime(tb[1], tb[2], undefined, undefined, tb[3]) : null;
      if (tb && read?.time) {
        ({ time, offset } = read);
        from = Math.min(from, start - (tb[0].length - (/^\d/.test(tb[0]) ? 0 : 1)));
      }
    }
    if (text[from] === '(' || text[start - 1] === '(') {
      if (text[end] === ')') end++;
    }
    out.push({ year, month, day, time, offset, weekday: wd !== null, parenthesized, text: text.slice(from, end).trim(), index: from });
    DATE_CORE.lastIndex = Math.max(DATE_CORE.lastIndex, end);
  }
  return out;
}

/**
 * Years the text itself gives as context for dates written without one:
 * "Januari 2020" first; failing that, bare years such as "pada 2019".
 */
export function contextYears(text: string): { fromMonths: number[]; bare: number[] } {
  const fromMonths: number[] = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) continue;
    const y = Number(m[1]);
    if (y >= MIN_YEAR && y <= MAX_YEAR) fromMonths.push(y);
  }
  const bare: number[] = [];
  for (const m of text.matchAll(BARE_YEAR)) bare.push(Number(m[1]));
  return { fromMonths, bare };
}

/**
 * The whole text is one date (a page's date line, or front matter): returns it,
 * or null. Allows an outlet-free prefix of separators.
 */
export function parseWholeDate(text: string): FoundDate | null {
  const t = text.trim();
  if (t.length > 80) return null;
  const found = findDates(t);
  if (found.length !== 1) return null;
  const d = found[0]!;
  const rest = (t.slice(0, d.index) + t.slice(d.index + d.text.length)).replace(/[\s,|–—()-]+/g, '');
  return rest === '' ? d : null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** ISO 8601: date only, or date-time with the offset (WIB when none was written). */
export function toIso(d: FoundDate, year: number): string {
  const day = `${pad(year, 4)}-${pad(d.month)}-${pad(d.day)}`;
  if (!d.time) return day;
  return `${day}T${pad(d.time.hour)}:${pad(d.time.minute)}:${pad(d.time.second)}${d.offset ?? DEFAULT_OFFSET}`;
}

/** Sort key: later dates compare greater; a time counts within its day. */
export function dateKey(d: FoundDate, year: number): number {
  return ((year * 100 + d.month) * 100 + d.day) * 10000 + (d.time ? d.time.hour * 100 + d.time.minute : 0);
}

/**
 * Why an ISO 8601 moment cannot be ("hour 25", "offset +99:00", "no 30 February"), or null when it is a
 * real one. Shape is the caller's business; this checks the numbers.
 */
export function impossibleIso(iso: string): Impossible | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|([+-])(\d{2}):(\d{2}))?)?$/.exec(iso);
  if (!m) return { unit: 'format' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { unit: 'month', value: String(month) };
  if (!validDay(year, month, day)) return { unit: 'day', value: String(day), month: `${year}-${m[2]}` };
  if (m[4] !== undefined && Number(m[4]) > 23) return { unit: 'hour', value: String(Number(m[4])) };
  if (m[5] !== undefined && Number(m[5]) > 59) return { unit: 'minute', value: String(Number(m[5])) };
  if (m[6] !== undefined && Number(m[6]) > 59) return { unit: 'second', value: String(Number(m[6])) };
  if (m[9] !== undefined && (Number(m[9]) > 14 || Number(m[10]) > 59)) return { unit: 'zone', value: `${m[8]}${m[9]}:${m[10]}` };
  return null;
}
