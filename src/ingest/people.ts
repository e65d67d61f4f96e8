/**
 * People in a record: a found byline ("Ardito Ramadhan, Icha Rastika dan Budi Santoso") → the
 * record's `authors`, in byline order. Conservative: a byline is split only when every part looks
 * like a person's name (capitalised words, no word in capitals, not an outlet); otherwise it stays
 * one author as written. Extraction (extract.ts, html/) finds the byline; this only cuts it.
 */
import { resolveOutlet } from './outlets.ts';
import { PERSON_NAME } from './lines.ts';

/** Between names: ", ", ", dan ", " dan ", " and ", "&", "/", "|". */
const SEPARATORS = /\s*,\s*(?:(?:dan|and|&)\s+)?|\s+(?:dan|and)\s+|\s*[&/|]\s*/u;
const MAX_AUTHORS = 8;

function looksLikeName(part: string): boolean {
  // A word in capitals is a desk or a wire ("ANTARA"), a known outlet is not a person ("Kompas.com").
  return PERSON_NAME.test(part) && !/\p{Lu}{3}/u.test(part) && resolveOutlet(part) === null;
}

/** A byline → its authors in order; [] for none. */
export function splitAuthors(byline: string | null | undefined): string[] {
  const whole = (byline ?? '').replace(/\s+/g, ' ').trim();
  if (whole === '') return [];
  const parts = whole.split(SEPARATORS).map((p) => p.trim());
  if (parts.length < 2 || parts.length > MAX_AUTHORS || !parts.every(looksLikeName)) return [whole];
  return [...new Set(parts)];
}
