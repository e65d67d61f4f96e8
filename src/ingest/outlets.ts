/**
 * Outlet and dateline recognition, driven by the outlet table
 * (data/outlets.ts). Dateline forms seen in Indonesian news:
 *   "Liputan6.com, Beijing -"  "TEMPO.CO, Jakarta -"     outlet, place
 *   "JAKARTA, KOMPAS.com -"    "Jakarta, CNN Indonesia --" place, outlet
 *   "Jakarta (ANTARA) -"                                  place (outlet)
 *   "Jakarta - detikNews"                                 place - outlet
 *   "Suara.com -"  "TribunKSN -"  "GenPI.co -"           outlet
 *   "SEOUL -"                                             place only
 */
import { OUTLETS } from './data/outlets.ts';
import { canonicalTopic } from './topics.ts';

export interface OutletMatch {
  /** Canonical name (or the name as written, for pattern families and unknown sites). */
  name: string;
  /** False when the name looks like a news site but is not in the outlet table. */
  known: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Case-insensitive source for one alias without the `i` flag (which would make \p{Lu} match lower case). */
const anyCase = (s: string): string =>
  escape(s).replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
const ALIASES = new Map<string, string>();
for (const o of OUTLETS) for (const a of [o.name, ...o.aliases]) ALIASES.set(a.toLowerCase(), o.name);
const PATTERNS = OUTLETS.filter((o) => o.pattern !== undefined);
// A family member written in capitals ("TRIBUNJATENG.COM" in a credit line): its case no longer shows the
// family's boundary, so a token all in capitals is tried against the patterns in any case.
const CAPS_PATTERNS = PATTERNS.map((o) => new RegExp(o.pattern!.source, 'i'));
const ALL_CAPS = (t: string): boolean => t === t.toUpperCase() && /\p{Lu}/u.test(t);
const DOMAIN = /^[A-Za-z][A-Za-z0-9-]{1,30}\.(?:com|co\.id|co|id|net|news|or\.id)$/i;
const HOST = /^(?:[a-z0-9-]{1,30}\.){1,3}(?:com|co\.id|co|id|net|news|or\.id|tv)$/i;

/** A token that names an outlet: table alias, family pattern, or a site name such as "Contoh.com". */
export function resolveOutlet(token: string): OutletMatch | null {
  const t = token.trim();
  const alias = ALIASES.get(t.toLowerCase());
  if (alias) return { name: alias, known: true };
  for (const o of PATTERNS) if (o.pattern!.test(t)) return { name: t, known: true };
  if (ALL_CAPS(t) && CAPS_PATTERNS.some((p) => p.test(t))) return { name: t, known: true };
  // A host the page names ("www.mediaindonesia.com", "m.detik.com"): the outlet of a listed domain.
  if (HOST.test(t)) {
    const named = outletFromHost(t);
    if (named) return { name: named, known: true };
  }
  if (DOMAIN.test(t)) return { name: t, known: false };
  return null;
}

// Outlet token: any alias (longest first), a family pattern, or a domain-like name.
const OUT = [
  ...[...ALIASES.keys()].sort((a, b) => b.length - a.length).map(anyCase),
  ...PATTERNS.map((o) => o.pattern!.source.replace(/^\^|\$$/g, '')),
  '[A-Za-z][A-Za-z0-9-]{1,30}\\.(?:com|co\\.id|co|id|net|news|or\\.id|COM|CO\\.ID|CO|ID|NET|NEWS|OR\\.ID)',
].join('|');
// Place: one to four capitalised words ("SEOUL", "Kuala Lumpur", "Tanjung Pinang").
const PLACE = "\\p{Lu}[\\p{L}'.]*(?:[ -]\\p{Lu}[\\p{L}'.]*){0,3}";
// A place written in capitals, as wire copy prints it ("JAKARTA", "KUALA LUMPUR").
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}'.]+(?:[ -]\\p{Lu}[\\p{Lu}'.]+){0,3}";
// After an outlet a double dash or an en/em dash may touch the lead ("JAKARTA, KOMPAS.com--Pemerintah …").
const DASH = '(?:\\s*(?:-{1,3}|–|—)\\s+|\\s*(?:-{2,3}|–|—)(?=[\\p{Lu}\\p{N}"“]))';
const SPACED_DASH = '\\s+(?:-{1,3}|–|—)\\s+';

interface Form {
  re: RegExp;
  outlet: number;
  place: number;
  /** A credit the outlet table does not know ("JAKARTA (Reuters) -"): the place is read, the paragraph kept whole. */
  credit?: boolean;
}
const FORMS: Form[] = [
  { re: new RegExp(`^(${OUT})\\s*,\\s*(${PLACE})${DASH}`, 'u'), outlet: 1, place: 2 },
  { re: new RegExp(`^(${PLACE})\\s*,\\s*(${OUT})${DASH}`, 'u'), outlet: 2, place: 1 },
  { re: new RegExp(`^(${PLACE})\\s*\\(\\s*(${OUT})\\s*\\)${DASH}`, 'u'), outlet: 2, place: 1 },
  { re: new RegExp(`^(${PLACE})${SPACED_DASH}(${OUT})(?:${DASH}|\\s*$|\\s+)`, 'u'), outlet: 2, place: 1 },
  { re: new RegExp(`^(${OUT})${DASH}`, 'u'), outlet: 1, place: 0 },
  // Wire style only: the place in capitals ("JAKARTA (Reuters) -"), a credit of at most three words and no
  // colon, so "Presiden Joko Widodo (Foto: Antara) -" or "(tengah) -" is never read as a dateline.
  { re: new RegExp(`^(${CAPS_PLACE})\\s*\\(\\s*\\p{Lu}[^():\\s]*(?:\\s[^():\\s]+){0,2}\\s*\\)${DASH}`, 'u'), outlet: 0, place: 1, credit: true },
  { re: new RegExp(`^(${PLACE})${SPACED_DASH}`, 'u'), outlet: 0, place: 1 },
];

export interface Dateline {
  outlet: OutletMatch | null;
  /** Title-cased place, e.g. "Seoul". */
  place: string | null;
  /** The paragraph without its dateline. */
  rest: string;
  /**
   * Only a place, written in title case ("Jakarta - …"): weaker evidence than
   * "SEOUL -" or an outlet name, since a sentence can start "Presiden Jokowi - …".
   */
  weak: boolean;
}

/** "SEOUL" → "Seoul", "KUALA LUMPUR" → "Kuala Lumpur"; short all-caps words (DKI) stay. */
export function titleCasePlace(place: string): string {
  return place
    .trim()
    .split(/\s+/)
    .map((w) => (w.length > 3 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ');
}

/** Reads a dateline at the start of a paragraph. The outlet-bearing forms are tried before place-only. */
export function readDateline(text: string): Dateline | null {
  const head = text.slice(0, 160);
  // Every form has a dash; most paragraphs do not start with one, so skip the regexes.
  if (!/\s[-–—]|[-–—]\s|--|[–—]/.test(head)) return null;
  for (const form of FORMS) {
    const m = form.re.exec(head);
    if (!m) continue;
    const outlet = form.outlet ? resolveOutlet(m[form.outlet]!) : null;
    if (form.outlet && !outlet) continue;
    const placeText = form.place ? m[form.place]! : null;
    // A place that is itself an outlet name ("Kompas -") is the outlet form's business.
    if (placeText && resolveOutlet(placeText)) continue;
    if (placeText && !/^\p{Lu}/u.test(placeText)) continue;
    const weak = outlet === null && placeText !== null && placeText !== placeText.toUpperCase();
    const rest = form.credit ? text : text.slice(m[0].length).trim();
    return { outlet, place: placeText ? titleCasePlace(placeText) : null, rest, weak };
  }
  return null;
}

/** Listed domain → outlet name, from the `domains` column of the outlet table. */
const DOMAINS = new Map<string, string>();
for (const o of OUTLETS) for (const d of o.domains ?? []) DOMAINS.set(d.toLowerCase(), o.name);

/**
 * The outlet a host belongs to: a listed domain or any subdomain of one
 * ("news.detik.com" → detikcom, "www.kompas.com" → Kompas.com). A look-alike
 * ("kompasiana.com", "detik.com.evil.example") is not a subdomain and is not matched.
 * A listed domain with a folder ("bbc.com/indonesia", for a site that shares its domain with
 * other services) matches only with the address's path in that folder.
 */
export function outletFromHost(host: string, path = ''): string | null {
  let h = host.trim().toLowerCase().replace(/\.$/, '');
  const folder = /^\/([^/?#]+)/.exec(path)?.[1]?.toLowerCase();
  for (;;) {
    const name = (folder !== undefined ? DOMAINS.get(`${h}/${folder}`) : undefined) ?? DOMAINS.get(h);
    if (name) return name;
    const dot = h.indexOf('.');
    if (dot < 0) return null;
    h = h.slice(dot + 1);
  }
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}]/gu;

/** Longest outlet alias, in words ("PT Viva Media Baru"). */
const MAX_ALIAS_WORDS = Math.max(...[...ALIASES.keys()].map((a) => a.split(/\s+/).length));

/**
 * The first outlet named in a credit or copyright line ("Copyright © 2024 by
 * GenPI.co", "Copyright © 2015 PT.Viva Media Baru"): at each word, the longest name first.
 */
export function outletInLine(text: string): OutletMatch | null {
  const words = [...text.replace(/\bPT\.\s*/g, 'PT ').matchAll(TOKEN)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n >= 1; n--) {
      const named = resolveOutlet(words.slice(i, i + n).join(' '));
      if (named) return named;
    }
  }
  return null;
}

/** Every outlet a line names, each once (a bar of sister sites names several). */
export function outletsInLine(text: string): string[] {
  const found = new Set<string>();
  const words = [...text.matchAll(TOKEN)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n >= 1; n--) {
      const named = resolveOutlet(words.slice(i, i + n).join(' '));
      if (named?.known) {
        found.add(named.name);
        i += n - 1;
        break;
      }
    }
  }
  return [...found];
}

/**
 * Masks outlet names that contain a topic name ("CNN Indonesia", "VOA
 * Indonesia") so that naming the outlet does not tag an article "Indonesia".
 * Only those names are searched for, computed once from both tables.
 */
const MASKED = [...ALIASES.keys()].filter((alias) => {
  const words = alias.split(/\s+/);
  return words.length > 1 && words.some((w) => canonicalTopic(w) !== null);
});
const OUTLET_NAMES =
  MASKED.length > 0
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${MASKED.sort((a, b) => b.length - a.length).map(anyCase).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;
export function maskOutletNames(text: string): string {
  if (!OUTLET_NAMES) return text;
  const lower = text.toLowerCase();
  return MASKED.some((name) => lower.includes(name)) ? text.replace(OUTLET_NAMES, ' ') : text;
}
