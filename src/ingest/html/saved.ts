/**
 * When a saved page was saved, as the saving tool wrote it into the page:
 * SingleFile's comment at the top (`<!-- Page saved with SingleFile … saved date:
 * Tue Jan 02 2024 10:11:12 GMT+0700 (…) -->`) and Save Page WE's
 * `<meta name="savepage-date" content="Tue Jan 02 2024 …">`. Both print the
 * browser's Date string, with the UTC offset of the machine that saved it,
 * which is kept. Read from the page's first bytes only (both sit at the top),
 * before the parser drops comments. A date that is not one gives nothing.
 */
import { MONTH_FIRST_NAMES } from '../data/months.ts';
import { impossibleIso } from '../dates.ts';

/** How far into the page the tools' marks are looked for. */
const HEAD_CHARS = 64 * 1024;

/** `Tue Jan 02 2024 10:11:12 GMT+0700` (the weekday is not checked: the date is). */
const DATE_STRING = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2})(\d{2})/;

const SINGLE_FILE = /<!--\s*Page saved with SingleFile\b[^]{0,4096}?\bsaved date:[ \t]*([^\n\r]{1,120})/;
const SAVE_PAGE = /<meta\b[^>]{0,200}\bname\s*=\s*["']?savepage-date["']?[^>]{0,200}?\bcontent\s*=\s*["']([^"'<>]{1,120})["']/i;
const SAVE_PAGE_REVERSED = /<meta\b[^>]{0,200}\bcontent\s*=\s*["']([^"'<>]{1,120})["'][^>]{0,200}?\bname\s*=\s*["']?savepage-date["']?/i;

/** A browser Date string → ISO 8601 with its offset (`2024-01-02T10:11:12+07:00`), or null. */
export function isoFromDateString(text: string): string | null {
  const m = DATE_STRING.exec(text.trim());
  if (!m) return null;
  const month = MONTH_FIRST_NAMES.get(m[1]!.toLowerCase());
  if (month === undefined) return null;
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}T${m[4]}:${m[5]}:${m[6]}${m[7]}${m[8]}:${m[9]}`;
  return impossibleIso(iso) === null ? iso : null;
}

/** The date the page was saved, as its saving tool wrote it; null when none did. */
export function savedDate(source: string): string | null {
  const head = source.slice(0, HEAD_CHARS);
  for (const pattern of [SINGLE_FILE, SAVE_PAGE, SAVE_PAGE_REVERSED]) {
    const value = pattern.exec(head)?.[1];
    if (value !== undefined) return isoFromDateString(value);
  }
  return null;
}
