/**
 * Finds the article inside a whole page's text. The headline is not the first
 * line of a copied page (that is a menu): it is the headline-shaped line that
 * is followed, within a few lines, by the article's header (a date, a byline,
 * a credit) and then by the story's own long, sentence-like paragraphs, and
 * whose words come back in its lead. Each headline-shaped line is scored on
 * that evidence; the best one wins when its evidence is enough.
 */
import type { RawBlock } from './blocks.ts';
import { findDates } from './dates.ts';
import { FURNITURE } from './data/furniture.ts';
import { outletInLine, readDateline, resolveOutlet } from './outlets.ts';
import { isTitleLike, PERSON_NAME, squashLine } from './lines.ts';
import { anyOf, ROLE_WORDS } from './data/roles.ts';

export interface Located {
  /** Index of the headline block, or -1 when no line has the evidence of a headline. */
  headline: number;
  /** Blocks the headline spans (2 when it wrapped onto a second line). */
  span: number;
  /** Headline-shaped lines with a story within reach that were weighed. */
  candidates: number;
  /** Index of the first paragraph of the story (the lead), or -1. */
  bodyStart: number;
}

/** How far after a headline its first paragraph may stand (header, caption, share bar between). */
const HEADER_REACH = 14;
/** How many blocks of story are weighed after the lead. */
const STORY_REACH = 40;

const TRAILING = FURNITURE.filter((r) => r.kind === 'trailing');
// Closing rules only mean furniture where they stand last: a Title Case line elsewhere may be the headline.
const ANY_RULE = FURNITURE.filter((r) => r.kind !== 'suffix' && r.kind !== 'closing');

const words = (text: string): string[] => text.split(' ').filter((w) => w !== '');

/** Matches a furniture rule of any kind (such a line is never the headline or the story). */
export function isFurnitureLine(text: string): boolean {
  return text.length <= 400 && ANY_RULE.some((r) => r.pattern.test(text));
}

const PROSE_END = /[.!?"”’')\]]$/;
/** A paragraph of the story: long enough, ends like a sentence, not a cut-off teaser ("…", "..."). */
export function isProse(text: string): boolean {
  if (text.length < 60 || /(?:\.\.\.|…)\s*$/.test(text)) return false;
  return PROSE_END.test(text) && words(text).length >= 8;
}

/** A short line that carries a full date ("Rabu, 17 Juni 2015 | 22:26 WIB", "Reporter : A | Jumat, 19 Juni 2015"). */
export function isDatedLine(text: string): boolean {
  if (text.length > 160) return false;
  const d = findDates(text).find((x) => x.year !== null);
  if (d === undefined || text.length - d.text.length > 90) return false;
  // A headline that names a day ("5 Fakta Gerhana 25 Maret 2024, Bisa Dilihat dari Indonesia") goes on
  // after its date with words; a date line ends there, or with its time, zone and a short label.
  const after = text
    .slice(text.indexOf(d.text) + d.text.length)
    .replace(/^[\s,|·•–—-]*(?:(?:pukul|jam)\s*)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT|GMT[+\d]*|UTC)?)?/iu, '');
  return !/^[\s,]*\p{L}+(?:\s+\p{L}+){2,}/u.test(after) || /^\s*[|·•]/u.test(after);
}

/**
 * A name glued to its outlet by a copied page's inline spans ("Ayomi AmindoniBBC News Indonesia"):
 * the name and the outlet, or null.
 */
export function splitGluedByline(text: string): { name: string; outlet: string } | null {
  if (text.length > 80) return null;
  for (const m of text.matchAll(/\p{Ll}(?=\p{Lu})/gu)) {
    const name = text.slice(0, m.index + 1);
    const named = resolveOutlet(text.slice(m.index + 1));
    if (named?.known && PERSON_NAME.test(name)) return { name, outlet: named.name };
  }
  return null;
}

const BYLINE_START = new RegExp(`^(?:${anyOf([...ROLE_WORDS.byline, ...ROLE_WORDS.editing])})\\b\\s*:?\\s*\\p{Lu}`, 'iu');
/** "By Silvanus Alvin", "Oleh : Adrianus Mandey", "Bagus Kurniawan - detiknews". */
export function isByline(text: string): boolean {
  if (text.length > 120) return false;
  if (BYLINE_START.test(text) || splitGluedByline(text) !== null) return true;
  const m = /^\p{Lu}[\p{L}.' ]{2,40}\s[-–|/]\s(\S.{1,40})$/u.exec(text);
  return m !== null && outletInLine(m[1]!) !== null;
}

/** Menus and breadcrumbs: "TOP NEWS | TERKINI", "Bola / Liga Indonesia", "MERDEKA.COM » PERISTIWA". */
const MENU_MARK = /\s[|»›·/•]\s|^[|»›·•]|[|»›·•]$/;
const TITLE_CASE_WORD = /^[\p{Lu}\p{N}"“'‘(]/u;

function headlineShape(text: string): boolean {
  if (text.length < 15 || words(text).length < 3) return false;
  if (/(?:\.\.\.|…)\s*$/.test(text) || MENU_MARK.test(text) || text.startsWith('#')) return false;
  return isTitleLike(text);
}

/** Content words for the overlap measure: lower-cased, 4+ letters, possessive "’s" off. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    const t = w.replace(/^-+|-+$/g, '');
    if (t.length >= 4) out.add(t);
  }
  return out;
}

interface Features {
  furniture: boolean;
  prose: boolean;
  header: boolean;
  shape: boolean;
  trailing: boolean;
}

function features(text: string): Features {
  const furniture = isFurnitureLine(text);
  return {
    furniture,
    prose: !furniture && isProse(text),
    header: !furniture && (isDatedLine(text) || isByline(text)),
    shape: !furniture && headlineShape(text),
    trailing: text.length <= 400 && TRAILING.some((r) => r.pattern.test(text)),
  };
}

const isLead = (text: string): boolean => text.length >= 80 || readDateline(text) !== null;

export function locateArticle(blocks: readonly RawBlock[]): Located {
  const none: Located = { headline: -1, span: 1, candidates: 0, bodyStart: -1 };
  // Markdown says where its headline is; only plain text is searched.
  if (blocks.some((b) => b.type !== undefined)) return none;
  const f = blocks.map((b) => features(b.text));
  // Prose before each position, for the check that a headline has the story after it, not before.
  const proseBefore: number[] = [0];
  for (let i = 0; i < blocks.length; i++) proseBefore.push(proseBefore[i]! + (f[i]!.prose ? blocks[i]!.text.length : 0));
  const firstContent = f.findIndex((x) => !x.furniture);
  // A paragraph opening with a dateline ("Jakarta, CNN Indonesia -- …") is the story's lead: a line after
  // it is inside the story (a subheading), never the headline.
  const firstLead = blocks.findIndex((b, i) => f[i]!.prose && readDateline(b.text) !== null);

  let best = -Infinity;
  let found: Located = none;
  let candidates = 0;
  for (let c = 0; c < blocks.length; c++) {
    if (!f[c]!.shape || f[c]!.header || (firstLead !== -1 && c > firstLead)) continue;
    let text = blocks[c]!.text;
    let span = 1;
    // A headline wrapped over two lines: the second starts in lower case and is no sentence (nor
    // furniture: "kemarin", "2 jam yang lalu" under a headline are the page's age).
    const next = blocks[c + 1]?.text;
    if (next && /^\p{Ll}/u.test(next) && next.length <= 80 && !f[c + 1]!.prose && !f[c + 1]!.furniture && !/[.:;,]$/.test(text)) {
      text = `${text} ${next}`;
      span = 2;
    }
    let start = -1;
    let headerEvidence = false;
    let between = 0;
    // A date line or byline belongs to the nearest headline above it: past another headline-shaped
    // line it is that one's evidence (a related article's headline standing over the real one).
    let otherHeadline = false;
    for (let j = c + span; j < Math.min(blocks.length, c + span + HEADER_REACH); j++) {
      const x = f[j]!;
      if (x.prose && isLead(blocks[j]!.text)) {
        start = j;
        break;
      }
      if (x.header) headerEvidence ||= !otherHeadline;
      else if (!x.furniture) {
        between++;
        // Headlines are written in title case; a standfirst under the headline is a sentence-case phrase.
        if (x.shape && !headerEvidence && isTitleCase(blocks[j]!.text) && !NAMES.test(blocks[j]!.text)) otherHeadline = true;
      }
    }
    if (start === -1) continue;
    // A caption or teaser that stands apart from the story: three or more short lines that are no prose
    // (a box of links) part it from the run of prose that follows; the story starts there.
    let k = start + 1;
    let gap = 0;
    while (k < blocks.length && !f[k]!.prose && k - start <= HEADER_REACH) {
      if (!f[k]!.furniture) gap++;
      k++;
    }
    if (gap >= 3 && k < blocks.length && f[k]!.prose && isLead(blocks[k]!.text) && !readDateline(blocks[start]!.text)) start = k;
    candidates++;
    // A date just above the headline (some pages print it over the kicker).
    const above = [c - 1, c - 2, c - 3].some((k) => k >= 0 && f[k]!.header && isDatedLine(blocks[k]!.text));
    const dateline = readDateline(blocks[start]!.text) !== null;

    let mass = 0;
    for (let j = start; j < Math.min(blocks.length, start + STORY_REACH); j++) {
      if (j > start && f[j]!.trailing) break;
      if (f[j]!.prose) mass += blocks[j]!.text.length;
    }
    const own = contentWords(text);
    const after = contentWords(blocks.slice(c + span, start + 3).map((b) => b.text).join(' '));
    let shared = 0;
    for (const w of own) if (after.has(w)) shared++;
    const overlap = own.size > 0 ? shared / own.size : 0;
    const titleCase = isTitleCase(text);
    const allCaps = text === text.toUpperCase() && /\p{Lu}/u.test(text);
    // A breadcrumb or masthead names the site ("detikTravel Travel News Detail Artikel"); a headline seldom does.
    const namesOutlet = outletInLine(text)?.known === true;

    let score =
      (headerEvidence ? 3 : 0) +
      (above ? 1.5 : 0) +
      (dateline ? 1.5 : 0) +
      Math.min(4, Math.log2(1 + mass / 300)) +
      3 * overlap +
      (titleCase ? 1 : 0) +
      (words(text).length <= 16 ? 0.5 : 0) -
      (allCaps ? 1.5 : 0) -
      (namesOutlet ? 2 : 0) -
      0.4 * between;
    // The story stands after its headline: a line with more prose before it than after is inside the story.
    if (proseBefore[c]! * 2 > mass) score = -Infinity;
    // Away from the top, a headline needs its header or its words in the lead.
    const evidence = headerEvidence || above || dateline || overlap >= 0.3;
    if (c !== firstContent && !evidence) score = -Infinity;
    if (score > best) {
      best = score;
      found = { headline: c, span, candidates: 0, bodyStart: start };
    }
  }
  if (found.headline === -1) return none;
  // The headline printed again under the date line (a photo caption repeating it): the first one is the
  // headline, and what stands between them is the article's header.
  const same = squashLine(blocks.slice(found.headline, found.headline + found.span).map((b) => b.text).join(' '));
  for (let k = Math.max(0, found.headline - HEADER_REACH); k < found.headline; k++) {
    if (squashLine(blocks[k]!.text) === same && f[k]!.shape) return { ...found, headline: k, span: 1, candidates };
  }
  return { ...found, candidates };
}

/** Names under a headline ("Ardito Ramadhan, Icha Rastika", "Budi dan Ani"): a byline, not another headline. */
const NAME_PART = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
const NAMES = new RegExp(`^${NAME_PART}(?:\\s*(?:,|&|\\bdan\\b|\\band\\b)\\s*${NAME_PART})+$`, 'u');

/** Most longer words capitalised: "Warga Bekasi Mengungsi ke Masjid". */
function isTitleCase(text: string): boolean {
  const long = words(text).filter((w) => w.length >= 4);
  return long.length > 0 && long.filter((w) => TITLE_CASE_WORD.test(w)).length >= long.length * 0.7;
}


/** A linked headline in a "Baca juga" list: headline-shaped, not a sentence, not furniture. */
export function isTitleLikeLink(text: string): boolean {
  return text.length <= 160 && !isProse(text) && !/[.:;]$/.test(text) && isTitleLike(text) && !isFurnitureLine(text);
}

/**
 * A linked question headline ("Mengapa orangutan tapanuli disebut kera besar paling langka di dunia?"):
 * it reads as prose only by its question mark. Short, no quotes; the caller checks that it does not
 * stand right before a story paragraph (there a question is the story's subheading).
 */
export function isQuestionLink(text: string): boolean {
  return text.endsWith('?') && text.length <= 100 && words(text).length <= 14 && !/["“”]/.test(text) && isTitleLike(text) && !isFurnitureLine(text);
}
