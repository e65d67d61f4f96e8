/**
 * Dates the Indonesian way (date-fns `id` locale): "Senin, 3 Februari 2020",
 * "pukul 06.25 WIB". Dates are read from the ISO string's own fields, never
 * through the machine's time zone, so output is the same on every computer.
 */
import { format } from 'date-fns/format'; // subpath: the barrel costs ~1 s of start-up
import { id as localeId } from 'date-fns/locale/id';
import { DEFAULT_OFFSET, zoneName } from '../ingest/data/months.ts';

export interface PublishedDate {
  year: string;
  /** Two digits, `01`…`12`. */
  month: string;
  day: string;
  /** `HH.MM` when a time is known. */
  time: string | null;
  /** `+07:00`, `Z`, or null. */
  offset: string | null;
  /** Instant used to order articles; a date without time counts as 00:00 WIB. */
  epoch: number;
  /** Full RFC 3339 instant (date-only → 00:00 WIB). */
  rfc3339: string;
}


const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an Article.published value; null for null or anything that is not a real ISO date. */
export function parsePublished(value: string | null): PublishedDate | null {
  if (!value) return null;
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, year = '', month = '', day = '', hh, mm, ss, rawOffset] = m;
  const offset = rawOffset ? (rawOffset === 'Z' ? 'Z' : rawOffset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : null;
  const time = hh !== undefined && mm !== undefined ? `${hh}.${mm}` : null;
  const rfc3339 =
    hh !== undefined && mm !== undefined
      ? `${year}-${month}-${day}T${hh}:${mm}:${ss ?? '00'}${offset ?? DEFAULT_OFFSET}`
      : `${year}-${month}-${day}T00:00:00${DEFAULT_OFFSET}`;
  const epoch = Date.parse(rfc3339);
  if (Number.isNaN(epoch)) return null;
  // Reject impossible calendar days (2020-02-31) that Date.parse would roll over.
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (check.getUTCDate() !== Number(day) || check.getUTCMonth() !== Number(month) - 1) return null;
  return { year, month, day, time, offset, epoch, rfc3339 };
}

function localDate(d: PublishedDate): Date {
  // A calendar date for date-fns formatting; the time zone of the machine does not matter for y/m/d.
  return new Date(Number(d.year), Number(d.month) - 1, Number(d.day), 12);
}

/** `Senin, 3 Februari 2020` */
export function formatLong(d: PublishedDate): string {
  return format(localDate(d), 'EEEE, d MMMM yyyy', { locale: localeId });
}

/**
 * The same few calendar days and months are formatted for every card, list range and pager of an
 * archive: each is formatted once per process (date-fns' format was a tenth of the archive step).
 */
function once(fn: (key: string) => string): (key: string) => string {
  const memo = new Map<string, string>();
  return (key) => {
    let out = memo.get(key);
    if (out === undefined) memo.set(key, (out = fn(key)));
    return out;
  };
}

const shortOfDay = once((ymd) => {
  const [y, m, d] = ymd.split('-').map(Number);
  return format(new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12), 'd MMMM yyyy', { locale: localeId });
});

/** `3 Februari 2020` */
export function formatShort(d: PublishedDate): string {
  return shortOfDay(`${d.year}-${d.month}-${d.day}`);
}

/** `pukul 06.25 WIB` (zone name from the offset; `UTC+05:30` for others), or null without a time. */
export function formatTime(d: PublishedDate): string | null {
  if (!d.time) return null;
  const zone = d.offset === null ? '' : d.offset === 'Z' ? ' UTC' : ` ${zoneName(d.offset) ?? `UTC${d.offset}`}`;
  return `pukul ${d.time}${zone}`;
}

/** `Februari` for month `02`. */
export const monthName = once((month) => format(new Date(2000, Number(month) - 1, 1, 12), 'MMMM', { locale: localeId }));

/** `Februari 2020` */
export function monthYear(year: string, month: string): string {
  return `${monthName(month)} ${year}`;
}

/** Reading time at 200 words a minute, at least one minute. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 200));
}

/** `3–9 Februari 2020`, `28 Januari – 3 Februari 2020`, `28 Desember 2019 – 3 Januari 2020`; `3 Februari 2020` for one day. */
export function formatRange(oldest: PublishedDate, newest: PublishedDate, short = false): string {
  const month = (d: PublishedDate): string => (short ? monthShort(d.month) : monthName(d.month));
  const day = (d: PublishedDate): string => String(Number(d.day));
  if (oldest.year === newest.year && oldest.month === newest.month) {
    const days = oldest.day === newest.day ? day(oldest) : `${day(oldest)}–${day(newest)}`;
    return `${days} ${month(newest)} ${newest.year}`;
  }
  if (oldest.year === newest.year) return `${day(oldest)} ${month(oldest)} – ${day(newest)} ${month(newest)} ${newest.year}`;
  return `${day(oldest)} ${month(oldest)} ${oldest.year} – ${day(newest)} ${month(newest)} ${newest.year}`;
}

/** `Feb`, `Agt`: the month abbreviations of the date-fns `id` locale. */
export const monthShort = once((month) => format(new Date(2000, Number(month) - 1, 1, 12), 'MMM', { locale: localeId }));
