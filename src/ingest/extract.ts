/**
 * Cleaned blocks → the fields of an Article: title, outlet, dateline,
 * published date, credits, lead, typed body blocks, topics, word count.
 * Every guess is written into `warnings`.
 */
import type { RawBlock } from './blocks.ts';
import { contextYears, dateKey, findDates, parseWholeDate, toIso, type FoundDate } from './dates.ts';
import type { CleanResult } from './clean.ts';
import { isPersonName, isTitleLike, PERSON_NAME, personNames } from './lines.ts';
import { anyOf, ROLE_WORDS } from './data/roles.ts';
import { isByline, isDatedLine, isProse, splitGluedByline } from './headline.ts';
import { maskOutletNames, outletInLine, outletsInLine, readDateline, resolveOutlet, type Dateline, type OutletMatch } from './outlets.ts';
import { assignTopics } from './topics.ts';
import { MAX_TAGS, tagsFromLines } from './tags.ts';
import type { Article, BodyBlock } from './types.ts';
import { countWords } from './words.ts';
import { notice, type DateSource, type Notice } from './notices.ts';

export { countWords };

/** What extraction finds in a seed's text: the Article fields it fills. */
export type Extracted = Pick<
  Article,
  | 'title'
  | 'titleDerived'
  | 'outlet'
  | 'dateline'
  | 'published'
  | 'yearInferred'
  | 'editor'
  | 'lead'
  | 'body'
  | 'topics'
  | 'topicSources'
  | 'wordCount'
> & {
  /** The byline as found; ingest cuts it into Article.authors (people.ts). */
  author: string | null;
};

/** A host in running text: "www.mediaindonesia.com", "https://news.detik.com/berita/…". */
const HOST_IN_TEXT = /(?<![\p{L}\p{N}.@-])(?:https?:\/\/)?((?:[a-z0-9-]{1,30}\.){1,3}(?:com|co\.id|id|net|tv))(?![\p{L}\p{N}-])/giu;

/** How far into the article a date line or dateline may stand. */
const HEADER_BLOCKS = 4;
const DERIVED_TITLE = 110;

function words(text: string): string[] {
  return text.split(' ').filter((w) => w !== '');
}

const CAPITALISED = /^[\p{Lu}\p{N}]/u;
/** A short sub-head inside the body ("Lindungi Kazakhstan"). */
export function isSubheading(text: string): boolean {
  if (text.length > 80 || !CAPITALISED.test(text)) return false;
  if ('.,;:!?"”\'’)]…-'.includes(text[text.length - 1]!)) return false;
  const ws = words(text);
  if (ws.length > 10) return false;
  if (ws.length <= 6) return true;
  const long = ws.filter((w) => w.length >= 4);
  return long.filter((w) => CAPITALISED.test(w)).length >= long.length * 0.6;
}

/** A paragraph that is one quotation and nothing else. */
export function isQuotation(text: string): boolean {
  const first = text[0];
  if (first !== '"' && first !== '“') return false;
  const tail = text.slice(-2);
  if (!/["”][.!?]?$/.test(tail)) return false;
  const marks = text.match(/["“”]/g)?.length ?? 0;
  return marks === 2;
}

/** The lead's first sentence, or its first clause/words, as a headline. */
export function deriveTitle(lead: string): string {
  const first = lead.split(/(?<=[.!?])\s+(?=[\p{Lu}"“])/u)[0] ?? lead;
  const sentence = first.replace(/[.\s]+$/, '');
  if (sentence.length <= DERIVED_TITLE) return sentence;
  const head = sentence.slice(0, DERIVED_TITLE);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' - '));
  if (clause >= 40) return `${head.slice(0, clause)}…`;
  const space = head.lastIndexOf(' ');
  return `${(space >= 20 ? head.slice(0, space) : head).replace(/[\s,;:–-]+$/, '')}…`;
}

/** What a byline or dated header line says ("Reporter : A | Jumat, 19 Juni 2015 03:40", "By B", "C - detiknews"). */
interface Byline {
  date: FoundDate | null;
  author: string | null;
  outlet: OutletMatch | null;
}

const UPDATED = /^(?:diperbarui|diupdate|update|updated|last updated|terakhir diperbarui|pembaruan)\b\s*:?\s*/i;
const BY = new RegExp(`^(?:${anyOf(ROLE_WORDS.byline)})\\b\\s*:?\\s*`, 'i');

/** Reads a byline or dated header line; null when the line is not one (a sentence never is). */
export function readByline(text: string): Byline | null {
  if (/[.!?"”]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return null;
  const dated = isDatedLine(text);
  if (!dated && !isByline(text)) return null;
  const date = dated ? (findDates(text).find((d) => d.year !== null) ?? null) : null;
  const glued = date ? null : splitGluedByline(text);
  if (glued) return { date: null, author: glued.name, outlet: resolveOutlet(glued.outlet) };
  let rest = date ? text.replace(date.text, ' ') : text;
  rest = rest.replace(/\s+(?:on|at|pada)\s*$/i, '').replace(/^[\s|:,–—-]+|[\s|:,–—-]+$/g, '');
  const by = BY.test(rest);
  rest = rest.replace(BY, '');
  // "Bagus Kurniawan - detiknews": a name, then the outlet.
  const parts = rest.split(/\s+[-–|/]\s+/);
  let author: string | null = null;
  let outlet: OutletMatch | null = null;
  for (const part of parts) {
    const p = part.trim().replace(/\s+(?:on|at)$/i, '');
    const named = resolveOutlet(p) ?? (p.length <= 40 ? outletInLine(p) : null);
    if (named && (named.known || !author)) outlet ??= named;
    else if (!author && ((PERSON_NAME.test(p) && p.split(/\s+/).length >= 2) || personNames(p)) && (by || parts.length > 1 || date)) author = p;
  }
  if (!date && !author && !outlet) return null;
  return { date, author, outlet };
}

/**
 * The outlet a page names most often outside its bars of sister sites ("Bintang.com / Bola.com /
 * Vidio.com", "KAPANLAGI NETWORK / KAPANLAGI / MERDEKA"), which never name it. Null unless one
 * outlet is named at least twice and more often than any other.
 */
export function pageOutlet(lines: readonly string[]): { name: string; count: number } | null {
  const only = lines.map((t) => (t.length <= 40 ? resolveOutlet(t) : null));
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    // One outlet name alone next to another: a bar, one site per line.
    if (only[i] && (only[i - 1] || only[i + 1])) continue;
    const named = outletsInLine(lines[i]!);
    if (named.length !== 1) continue;
    counts.set(named[0]!, (counts.get(named[0]!) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return null;
  return { name: first[0], count: first[1] };
}

interface DatePick {
  published: string | null;
  yearInferred: boolean;
}

function pickPublished(header: FoundDate | null, texts: readonly string[], warnings: Notice[]): DatePick {
  const zoneNote = (d: FoundDate): void => {
    if (d.time && !d.offset) warnings.push(notice('date.no-zone', { text: d.text }));
  };
  if (header && header.year !== null) {
    zoneNote(header);
    return { published: toIso(header, header.year), yearInferred: false };
  }
  const all: FoundDate[] = [];
  for (const t of texts) all.push(...findDates(t));
  const full = all.filter((d) => d.year !== null);
  if (full.length > 0) {
    // A credit such as "Senin (3/2/2020)" dates the report; other dates may be events it
    // mentions, and a weekday date ("Rabu, 14 Februari 2024") may be one still to come.
    const parenthesized = full.filter((d) => d.parenthesized);
    const withWeekday = full.filter((d) => d.weekday);
    const credits = parenthesized.length > 0 ? parenthesized : withWeekday;
    const pool = credits.length > 0 ? credits : full;
    const best = pool.reduce((a, b) => (dateKey(b, b.year!) > dateKey(a, a.year!) ? b : a));
    warnings.push(notice('date.from-text', { text: best.text, count: pool.length, credits: credits.length > 0 }));
    zoneNote(best);
    return { published: toIso(best, best.year!), yearInferred: false };
  }
  const partial = header ? [header, ...all] : all;
  if (partial.length === 0) {
    warnings.push(notice('date.none'));
    return { published: null, yearInferred: false };
  }
  const years = contextYears(texts.join('\n'));
  const pool = years.fromMonths.length > 0 ? years.fromMonths : years.bare;
  const shown = partial.map((d) => d.text).slice(0, 3);
  if (pool.length === 0) {
    warnings.push(notice('date.no-year', { dates: shown }));
    return { published: null, yearInferred: false };
  }
  const year = Math.max(...pool);
  const best = partial.reduce((a, b) => (dateKey(b, year) > dateKey(a, year) ? b : a));
  warnings.push(notice('date.year-inferred', { text: best.text, year, fromMonth: years.fromMonths.length > 0 }));
  zoneNote(best);
  return { published: toIso(best, year), yearInferred: true };
}

/** The record's topics from its headline, its kept body and the outlet's tags (a saved page's declared ones, or tag lines in the text). */
export function topicsOf(title: string, body: readonly BodyBlock[], tags: readonly string[]): Pick<Article, 'topics' | 'topicSources'> {
  const found = assignTopics(maskOutletNames(title), maskOutletNames(body.map((b) => b.text).join('\n')), tags.slice(0, MAX_TAGS));
  return { topics: found.map((t) => t.topic), topicSources: found };
}

export function extract(clean: CleanResult, warnings: Notice[], declaredTags: readonly string[] = []): Extracted {
  const blocks: RawBlock[] = clean.blocks.map((b) => ({ ...b }));

  // 1. Page header lines, wherever they stand among the first blocks (before or
  //    after the headline): the outlet's name alone ("CNN Indonesia", "detikNews")
  //    and the date line ("15 Maret 2022 06:25", "Kompas.com - 16/05/2023, 14:30 WIB").
  let header: FoundDate | null = null;
  let headerSource: DateSource = 'date line';
  // "Diperbarui 16 Maret 2024 9:10 WIB": the last update, the publication date only when nothing else says one.
  let updated: FoundDate | null = null;
  let outlet: OutletMatch | null = null;
  let dateline: string | null = null;
  let author: string | null = clean.credits.author;
  // In a whole page the header is what stands between the headline and the lead.
  let headerEnd = Math.max(HEADER_BLOCKS, clean.headerBlocks);
  for (let i = 0; i <= headerEnd && i < blocks.length && blocks.length > 1; ) {
    const text = blocks[i]!.text;
    if (i === 0 && clean.headline !== null) {
      i++;
      continue;
    }
    const update = UPDATED.exec(text);
    if (update && isDatedLine(text)) {
      updated ??= findDates(text).find((d) => d.year !== null) ?? null;
      headerEnd--;
      blocks.splice(i, 1);
      continue;
    }
    const named: OutletMatch | null = !outlet && text.length <= 40 ? resolveOutlet(text) : null;
    const whole: FoundDate | null = header || named ? null : parseWholeDate(text);
    const withOutlet: Dateline | null = header || named || whole ? null : readDateline(text);
    const outletDate: FoundDate | null =
      withOutlet?.outlet && !withOutlet.place ? parseWholeDate(withOutlet.rest) : null;
    // "Jakarta - detikNews" is a dateline; "Bagus Kurniawan - detiknews" over a lead with its own dateline is a byline.
    const asDateline: Dateline | null = named || whole || outletDate ? null : (withOutlet ?? readDateline(text));
    const placeOutlet: boolean = asDateline !== null && asDateline.outlet !== null && asDateline.place !== null && asDateline.rest === '';
    const leadDateline: boolean = placeOutlet && blocks.slice(i + 1, i + 4).some((b) => readDateline(b.text) !== null);
    const byline: Byline | null =
      named || whole || outletDate || (placeOutlet && !leadDateline) ? null : readByline(text);
    // In a found header, a name alone under the headline is the byline ("Glery Lazuardi"), or names
    // alone ("Achmad Fauzi | Restu Fadilah": roles unsaid, kept as written).
    // A label over a list of headlines ("World News" above linked titles) is not a name.
    const labelsList = blocks.slice(i + 1, i + 3).filter((b) => isTitleLike(b.text) && !/[.!?"”]$/.test(b.text) && !isPersonName(b.text)).length === 2;
    // Only above the story: a short line after the lead ("Kronologi Kejadian") is its subheading.
    const afterLead = blocks.slice(1, i).some((b) => isProse(b.text));
    const names =
      byline || clean.headline === null || i >= headerEnd || labelsList || afterLead ? null : isPersonName(text) ? [text] : personNames(text);
    // Names the credits already gave ("Kontributor : B" under the story) keep the credit's author.
    const nameOnly = names !== null && (author === null || author === text || names.includes(author));
    if (named) outlet = named;
    else if (whole) header = whole;
    else if (outletDate) {
      header = outletDate;
      outlet ??= withOutlet!.outlet;
    } else if (byline && (byline.date === null || header === null)) {
      if (byline.date) {
        header = byline.date;
        headerSource = 'byline';
      }
      author ??= byline.author;
      if (byline.outlet && !outlet) outlet = byline.outlet;
    } else if (nameOnly) {
      author ??= text;
    } else {
      i++;
      continue;
    }
    headerEnd--;
    blocks.splice(i, 1);
  }

  // 2. Headline: a Markdown level-1 heading or a title-like first line followed by more text.
  let title = '';
  let titleDerived = false;
  const first = blocks[0];
  if (clean.headline !== null && first) {
    title = first.text;
    blocks.shift();
    // A headline on the first line is what the text says; one found further down is a guess.
    if (clean.dropped.before > 0) {
      warnings.push(notice('headline.chosen', { candidates: clean.candidates, dropped: clean.dropped.before }));
    }
  } else if (first && blocks.length > 1) {
    const mdTitle = first.type === 'heading' && first.depth === 1;
    const plain = first.type === undefined || first.type === 'paragraph';
    if (mdTitle || (plain && isTitleLike(first.text))) {
      title = first.text;
      blocks.shift();
    }
  }

  // 3. Dateline at the start of one of the first paragraphs.
  for (let i = 0; i < Math.min(HEADER_BLOCKS, blocks.length); i++) {
    const block = blocks[i]!;
    if (block.type === 'heading' || block.type === 'quote' || block.type === 'item') continue;
    const d = readDateline(block.text);
    // A title-case place alone ("Jakarta - ") only counts at the start of the body.
    if (!d || (d.weak && i > 0)) continue;
    if (d.outlet) outlet = d.outlet;
    dateline = d.place;
    if (d.rest === '') blocks.splice(i, 1);
    else block.text = d.rest;
    break;
  }
  if (!outlet) {
    const credit = clean.removed.find((r) => (r.rule === 'copyright' || r.rule === 'google-news') && outletInLine(r.text));
    if (credit) {
      outlet = outletInLine(credit.text);
      warnings.push(notice('outlet.from-credit', { outlet: outlet!.name, line: credit.text.slice(0, 60) }));
    }
  }
  if (!outlet && title !== '') {
    // The page's title line: the headline with the site's name ("… :: Okezone News", "… | merdeka.com").
    const titleLine = clean.removed.find((r) => r.rule === 'before-headline' && r.text.startsWith(title) && r.text.length > title.length);
    const named = titleLine ? outletInLine(titleLine.text.slice(title.length)) : null;
    if (named?.known) {
      outlet = named;
      warnings.push(notice('outlet.from-title', { outlet: named.name, line: titleLine!.text.slice(0, 80) }));
    }
  }
  if (!outlet) {
    const named = pageOutlet(clean.removed.map((r) => r.text));
    if (named) {
      outlet = { name: named.name, known: true };
      warnings.push(notice('outlet.from-mentions', { outlet: named.name, count: named.count }));
    }
  }
  if (!outlet) {
    // A web address names its site exactly: the one outlet whose host the page prints (a bar of several is no evidence).
    const hosts = new Set<string>();
    for (const r of clean.removed) {
      for (const m of r.text.matchAll(HOST_IN_TEXT)) {
        const named = resolveOutlet(m[1]!);
        if (named?.known) hosts.add(named.name);
      }
    }
    if (hosts.size === 1) {
      outlet = { name: [...hosts][0]!, known: true };
      warnings.push(notice('outlet.from-address', { outlet: outlet.name }));
    }
  }
  if (!outlet) warnings.push(notice('outlet.none'));
  else if (!outlet.known) warnings.push(notice('outlet.unknown', { outlet: outlet.name }));

  // 4. Body blocks, typed.
  const body: BodyBlock[] = blocks.map((b, i) => {
    if (b.type) return { type: b.type, text: b.text };
    const isLast = i === blocks.length - 1;
    if (i > 0 && !isLast && isSubheading(b.text)) return { type: 'heading', text: b.text };
    if (isQuotation(b.text)) return { type: 'quote', text: b.text };
    return { type: 'paragraph', text: b.text };
  });
  // The lead is the first paragraph (or quote); a list item only when nothing else is there.
  const lead = (body.find((b) => b.type !== 'heading' && b.type !== 'item') ?? body.find((b) => b.type !== 'heading') ?? body[0])?.text ?? '';
  if (title === '') {
    // Text without a single letter ("...", "???") still needs something to show.
    title = deriveTitle(lead) || lead.slice(0, DERIVED_TITLE).trim() || '(tanpa judul)';
    titleDerived = true;
    warnings.push(notice('headline.derived'));
  }

  // 5. Date: the article's own, by position — under the headline (date line, byline), just above it,
  //    then the lead's credit. Never the page's top bar, a caption or a related article's timestamp.
  const before = clean.removed.filter((r) => r.rule === 'before-headline').map((r) => r.text);
  if (!header && clean.headline !== null) {
    const near = before.slice(-3).reverse().find((t) => isDatedLine(t) && !/[.!?]$/.test(t));
    const d = near ? findDates(near).find((x) => x.year !== null) : undefined;
    if (d) {
      header = d;
      headerSource = 'date line above the headline';
    }
  }
  if (!header && updated) {
    header = updated;
    headerSource = 'update line';
    warnings.push(notice('date.from-update-line', { text: updated.text }));
  }
  if (header && header.year !== null) {
    const day = (d: FoundDate): string => `${d.year}-${d.month}-${d.day}`;
    // The top bar: a date alone among the page's first lines, above the menu.
    const topBar = before
      .slice(0, Math.min(10, before.length - 3))
      .filter((t) => isDatedLine(t) && t.length <= 60)
      .map((t) => findDates(t).find((x) => x.year !== null)!)[0];
    if (topBar && day(topBar) !== day(header)) {
      warnings.push(notice('date.header-differs', { source: headerSource, text: header.text, other: 'top-bar', says: topBar.text }));
    }
    const lead = body.slice(0, 2).flatMap((b) => findDates(b.text)).find((d) => d.parenthesized && d.year !== null);
    if (lead && day(lead) !== day(header)) {
      warnings.push(notice('date.header-differs', { source: headerSource, text: header.text, other: 'lead', says: lead.text }));
    }
  }
  const texts = [title, ...body.map((b) => b.text)];
  // A derived title repeats the lead: its dates are already counted there.
  const { published, yearInferred } = pickPublished(header, titleDerived ? texts.slice(1) : texts, warnings);

  const joined = texts.join('\n');
  const tags = declaredTags.length > 0 ? declaredTags : tagsFromLines(clean.removed.filter((r) => r.at !== 'before'));
  const { topics, topicSources } = topicsOf(title, body, tags);
  const wordCount = countWords(joined);
  return {
    title,
    titleDerived,
    outlet: outlet?.name ?? null,
    dateline,
    published,
    yearInferred,
    author,
    editor: clean.credits.editor,
    lead,
    body,
    topics,
    topicSources,
    wordCount,
  };
}
