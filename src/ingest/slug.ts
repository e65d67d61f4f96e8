/**
 * URL slugs: ASCII, lower case, words joined by "-", at most ~80 characters cut
 * on a word boundary; never empty, never "." or "..", never a Windows device
 * name (con, nul, com1 …) that would make the page's folder uncreatable.
 */
import { compareId } from '../collate.ts';
// Types only: the search page's bundle imports this module, and the notices' table stays out of it.
import type { Notice, SlugFault } from './notices.ts';

export const MAX_SLUG_LENGTH = 80;

/** Letters NFKD does not decompose to ASCII. */
const TRANSLITERATE: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  þ: 'th', Þ: 'th', ı: 'i', '&': ' dan ', '@': ' at ', '+': ' plus ',
};

const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;

/** Text → slug, or '' when nothing usable is left. */
export function slugify(text: string): string {
  const ascii = text
    .slice(0, 2000)
    .replace(/[ßæÆøØœŒłŁđĐðÐþÞı&@+]/g, (c) => TRANSLITERATE[c] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : ascii.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** Makes a slug safe as a folder name everywhere: reserved device names get a suffix. */
export function safeSlug(slug: string, fallback: string): string {
  let s = slug === '' ? slugify(fallback) : slug;
  if (s === '') s = 'artikel';
  if (RESERVED.test(s)) s = `${s}-artikel`;
  return s;
}

/** A name's slug (outlets, topics, an article folder from its id): `Liputan6.com` → `liputan6-com`; never empty. */
export function nameSlug(name: string): string {
  return safeSlug(slugify(name), 'x');
}

/** `base-2`, `base-3` …: the first that is not taken (base itself is the caller's to try first). */
export function suffixed(base: string, taken: (candidate: string) => boolean): string {
  let n = 2;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** `base`, or the first free `base-2`, `base-3` … */
export function unique(base: string, taken: (candidate: string) => boolean): string {
  return taken(base) ? suffixed(base, taken) : base;
}

/**
 * Unique slugs for names, in the order given (callers pass a sorted list, so
 * the result is stable): outlet and topic pages, and the search page's filters.
 */
export function uniqueSlugs(names: readonly string[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const name of names) {
    const slug = unique(nameSlug(name), (s) => used.has(s));
    used.add(slug);
    out.set(name, slug);
  }
  return out;
}

/**
 * The slug of each name (outlet, topic, author), assigned in Indonesian order: the one rule the
 * archive's `media/`, `topik/`, `penulis/` pages and the search page's filters share.
 */
export function nameSlugs(names: Iterable<string>): Map<string, string> {
  return uniqueSlugs([...new Set(names)].sort(compareId));
}

/**
 * A front-matter slug: sanitised the same way. Returns the slug and, when the
 * written value was dangerous or unusable, a problem to report.
 */
export function sanitizeUserSlug(raw: string, fallback: string): { slug: string; problem: Notice | null } {
  const cleaned = slugify(raw);
  let fault: SlugFault | null = null;
  if (/(^|[\\/])\.\.?([\\/]|$)/.test(raw)) fault = 'path';
  else if (/^[\\/]|^[A-Za-z]:[\\/]/.test(raw)) fault = 'absolute';
  else if (/[\\/]/.test(raw)) fault = 'slash';
  else if (cleaned === '') fault = 'empty';
  else if (raw.length > MAX_SLUG_LENGTH) fault = 'long';
  else if (RESERVED.test(cleaned)) fault = 'device';
  else if (cleaned !== raw) fault = 'shape';
  const slug = safeSlug(cleaned, fallback);
  const value = raw.length > 60 ? raw.slice(0, 60) + '…' : raw;
  return { slug, problem: fault ? { code: 'fm.slug-unsafe', params: { value, fault, max: MAX_SLUG_LENGTH, slug } } : null };
}
