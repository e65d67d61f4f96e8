/**
 * Dates a page declares (JSON-LD, meta tags) → ISO 8601, and the check of a
 * declared date against the date shown next to the headline. Declared dates
 * come in loose shapes: "2015-06-16T14-05-11Z" (detik: dashes in the time),
 * "2015-06-19T03:40:00+07:00Z" (both an offset and a Z), "2015-06-19 13:06:00"
 * (no zone), "2015/06/19", or a written Indonesian date.
 */
import { DEFAULT_OFFSET, MONTHS, TIME_ZONES, zoneName } from '../data/months.ts';
import { parseWholeDate, toIso, type FoundDate } from '../dates.ts';
import { notice, type Notice } from '../notices.ts';

export interface DeclaredDate {
  /** ISO 8601 with an offset when a time is known. */
  iso: string;
  day: string;
  /** "14:05", or null when only the day is declared. */
  clock: string | null;
  /** Offset as declared ("+00:00" for Z), null when none was written. */
  offset: string | null;
}

const LOOSE_ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2})[:.-](\d{2})(?:[:.-](\d{2}))?(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?/i;

const pad = (n: number): string => String(n).padStart(2, '0');
/** `+07:00` → `WIB` (the one table's name), else the offset as written. */
const zoneLabel = (offset: string): string => zoneName(offset) ?? offset;

function normalOffset(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  if (/^(?:Z|UTC|GMT)$/i.test(raw)) return '+00:00';
  return raw.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
}

function build(year: number, month: number, day: number, clock: [number, number, number] | null, offset: string | null): DeclaredDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const dayIso = `${year}-${pad(month)}-${pad(day)}`;
  if (!clock) return { iso: dayIso, day: dayIso, clock: null, offset };
  const [h, m, s] = clock;
  if (h > 23 || m > 59 || s > 59) return null;
  // No zone on Earth is more than 14 hours from UTC: "+99:00" is no offset.
  if (offset !== null && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) return null;
  return { iso: `${dayIso}T${pad(h)}:${pad(m)}:${pad(s)}${offset ?? DEFAULT_OFFSET}`, day: dayIso, clock: `${pad(h)}:${pad(m)}`, offset };
}

/** A declared date value → ISO, or null when it is no date. */
export function parseDeclaredDate(value: string): DeclaredDate | null {
  const v = value.trim();
  const m = LOOSE_ISO.exec(v);
  if (m) {
    const clock = m[4] !== undefined ? ([Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] as [number, number, number]) : null;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), clock, clock ? normalOffset(m[7]) : null);
  }
  // "Jumat, 19 Juni 2015 13:06 WIB" and other written dates.
  const found = parseWholeDate(v.replace(/^[\p{L}]+,\s*/u, ''));
  return found && found.year !== null ? fromFound(found) : null;
}

/** A date read from the page's text → the same shape. */
export function fromFound(f: FoundDate): DeclaredDate {
  const iso = toIso(f, f.year!);
  return {
    iso,
    day: iso.slice(0, 10),
    clock: f.time ? `${pad(f.time.hour)}:${pad(f.time.minute)}` : null,
    offset: f.time ? f.offset : null,
  };
}

/** The same instant written with another offset ("+00:00" → "+07:00"). */
export function shiftTo(d: DeclaredDate, offset: string): DeclaredDate {
  if (!d.clock) return d;
  const minutes = (o: string): number => (o.startsWith('-') ? -1 : 1) * (Number(o.slice(1, 3)) * 60 + Number(o.slice(4, 6)));
  const utc = Date.parse(d.iso.slice(0, 19) + 'Z') - minutes(d.offset ?? DEFAULT_OFFSET) * 60_000;
  const local = new Date(utc + minutes(offset) * 60_000).toISOString();
  const iso = `${local.slice(0, 19)}${offset}`;
  return { iso, day: iso.slice(0, 10), clock: local.slice(11, 16), offset };
}

/**
 * The declared date, checked against the date shown by the headline.
 * A declared UTC time whose clock equals the shown WIB clock is WIB mislabelled
 * (a common CMS mistake): the shown zone wins. A UTC time that is the same
 * instant as the shown one is written in WIB. Other disagreements keep the
 * declared date, with a warning naming both.
 */
export function reconcile(declared: DeclaredDate, from: string, shown: DeclaredDate | null, warnings: Notice[]): string {
  if (!declared.clock) {
    if (shown && shown.day === declared.day && shown.clock) {
      return shown.iso;
    }
    if (shown && shown.day !== declared.day) {
      warnings.push(notice('html.declared-differs', { from, declared: declared.day, shown: shown.iso, what: 'date' }));
    }
    return declared.iso;
  }
  if (declared.offset === null) {
    if (shown?.clock && shown.day === declared.day && shown.clock === declared.clock) return shown.iso;
    warnings.push(notice('html.declared-no-zone', { from, value: declared.iso.slice(0, 19) }));
    return declared.iso;
  }
  if (declared.offset === '+00:00') {
    // Only a shown time with its zone written ("14:05 WIB") can say the Z is wrong: a bare
    // "12:23 am" equal to the UTC clock is the page showing UTC.
    if (shown?.clock && shown.offset !== null && shown.offset !== '+00:00' && shown.day === declared.day && shown.clock === declared.clock) {
      const fixed = { ...declared, offset: shown.offset, iso: declared.iso.replace(/\+00:00$/, shown.offset) };
      warnings.push(notice('html.utc-local', { from, clock: String(declared.clock), shownClock: String(shown.clock), zone: zoneLabel(shown.offset), iso: fixed.iso }));
      return fixed.iso;
    }
    const wib = shiftTo(declared, shown?.offset ?? DEFAULT_OFFSET);
    const showsUtc = shown?.clock && shown.offset === null && shown.day === declared.day && shown.clock === declared.clock;
    if (shown?.clock && !showsUtc && (shown.day !== wib.day || shown.clock !== wib.clock)) {
      warnings.push(notice('html.declared-differs', { from, declared: declared.iso, shown: shown.iso, what: 'time' }));
    }
    return wib.iso;
  }
  if (shown?.clock && shiftTo(shown, declared.offset).iso.slice(0, 16) !== declared.iso.slice(0, 16)) {
    warnings.push(notice('html.declared-differs', { from, declared: declared.iso, shown: shown.iso, what: 'time' }));
  } else if (shown && !shown.clock && shown.day !== declared.day) {
    warnings.push(notice('html.declared-differs', { from, declared: declared.day, shown: shown.day, what: 'date' }));
  }
  return declared.iso;
}

const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
// "June 19 2015", "Jun 19, 2015" (English order, as English-language outlets print it).
const MONTH_FIRST = new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'iu');
const CLOCK = new RegExp(`(?<![\\d:.])(\\d{1,2})[:.](\\d{2})(?![\\d])\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(${[...TIME_ZONES.keys()].join('|')})?`, 'i');

/** A month-first date in a shown line, with the line's clock time ("7:36 AM", "12:23 am") when it has one. */
export function monthFirstDate(line: string): { date: DeclaredDate; text: string } | null {
  const m = MONTH_FIRST.exec(line);
  if (!m) return null;
  const month = MONTHS.get(m[1]!.toLowerCase());
  if (!month) return null;
  const c = CLOCK.exec(line);
  let clock: [number, number, number] | null = null;
  let offset: string | null = null;
  if (c) {
    let h = Number(c[1]);
    const half = c[3]?.toLowerCase().replace(/\./g, '');
    if (half === 'pm' && h < 12) h += 12;
    if (half === 'am' && h === 12) h = 0;
    clock = [h, Number(c[2]), 0];
    offset = c[4] ? (TIME_ZONES.get(c[4].toUpperCase()) ?? null) : null;
  }
  const date = build(Number(m[3]), month, Number(m[2]), clock, offset);
  return date ? { date, text: c ? `${m[0]} ${c[0].trim()}` : m[0] } : null;
}
