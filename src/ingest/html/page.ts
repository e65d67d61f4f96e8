/**
 * A saved web page → what it says about its article and the article's blocks.
 * The page is parsed once (linkedom); the headline, the date shown by it and
 * the metadata are read first, then Readability (Firefox Reader View) finds
 * the article in the same DOM. The text rules of src/ingest run afterwards on
 * the blocks (html/index.ts).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawBlock } from '../blocks.ts';
import { normalizeSpace } from '../blocks.ts';
import { parseCredits } from '../clean.ts';
import { endsLikeSentence, isPersonName, PERSON_NAME_SOURCE, textAmount } from '../lines.ts';
import { anyOf, ROLE_WORDS } from '../data/roles.ts';
import { findDates } from '../dates.ts';
import { outletInLine, resolveOutlet } from '../outlets.ts';
import { domToBlocks, type BlockStats, type NodeLike } from './blocks.ts';
import { firstUsefulTags, splitTags } from '../tags.ts';
import type { OmittedLine } from '../types.ts';
import { fromFound, monthFirstDate, parseDeclaredDate, reconcile, shiftTo, type DeclaredDate } from './dates.ts';
import { readDeclared, type Declared, type DocumentLike, type Sourced } from './declared.ts';
import { MARKUP_LIMITS, withoutConditionalCleaning } from './bounds.ts';
import { looksLikeHtml, MAX_MARKUP_CHARS, prepareMarkup } from './prepare.ts';
import { pruneWidgets } from './prune.ts';
import { chooseOutlet, cleanSiteName, squashName, stripSiteAffix, type OutletChoice, type SiteEvidence } from './site.ts';
import { notice, type Notice } from '../notices.ts';

export interface PageRead {
  /** null when the page declares no title and has no <h1>: the text rules derive one. */
  title: string | null;
  blocks: RawBlock[];
  outlet: OutletChoice | null;
  /** From the page's declarations or the date shown by the headline; null: the text rules decide. */
  published: string | null;
  modified: string | null;
  author: string | null;
  editor: string | null;
  sourceUrl: string | null;
  /** The outlet's own tags as the page declares them (article:tag, keywords, JSON-LD keywords). */
  tags: string[];
  /** Lines of the article's region left out by the page's structure (link-only lines, the header above the lead). */
  leftOut: OmittedLine[];
  /** Guesses and notes, one line each. */
  warnings: Notice[];
}

export type PageResult = { ok: true; page: PageRead } | { ok: false; error: Notice };

/** Minimal DOM surface used here (linkedom's elements have it all). */
interface El extends NodeLike {
  textContent: string | null;
  localName: string;
  parentElement: El | null;
  nextElementSibling: El | null;
  previousElementSibling: El | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

/** A page this large is worth a note: what was cut to read it. */
const BIG_PAGE_CHARS = 10 * 1024 * 1024;

const text = (el: El): string => normalizeSpace(el.textContent ?? '');

/** Text of an element as lines: one per block-ish element, so dates and credits stay whole tokens. */
function lines(el: El, out: string[], budget: { chars: number }): void {
  const walk = (n: NodeLike, depth: number): void => {
    if (budget.chars <= 0 || depth > 30) return;
    for (let i = 0; i < n.childNodes.length && budget.chars > 0; i++) {
      const c = n.childNodes[i]!;
      if (c.nodeType === 3) {
        const t = normalizeSpace(c.nodeValue ?? '');
        if (t !== '') {
          out.push(t);
          budget.chars -= t.length;
        }
      } else if (c.nodeType === 1 && !['script', 'style', 'figcaption', 'figure', 'a'].includes(c.localName ?? '')) walk(c, depth + 1);
    }
  };
  walk(el, 0);
}

/** The lines shown right after the headline (date line, byline), in document order, bounded. */
function linesAfter(headline: El): string[] {
  const out: string[] = [];
  const budget = { chars: 600 };
  let el: El | null = headline;
  for (let level = 0; level < 4 && el && budget.chars > 0; level++) {
    let sib: El | null = el.nextElementSibling;
    for (let k = 0; sib && k < 8 && budget.chars > 0; k++, sib = sib.nextElementSibling) lines(sib, out, budget);
    el = el.parentElement;
  }
  return out;
}

/** The lines shown just above the headline (some sites put the date there). */
function linesBefore(headline: El): string[] {
  const out: string[] = [];
  let sib = headline.previousElementSibling;
  for (let k = 0; sib && k < 3; k++, sib = sib.previousElementSibling) {
    const got: string[] = [];
    lines(sib, got, { chars: 200 });
    out.unshift(...got);
  }
  return out;
}

/** The first full date in the shown lines ("Selasa 16 Jun 2015, 14:05 WIB", "Fri, June 19 2015, 7:36 AM"). */
function shownDate(shown: readonly string[]): { date: DeclaredDate; text: string } | null {
  for (const line of shown) {
    if (line.length > 200) continue;
    // A date inside a sentence of the story ("…, Kamis (2/1/2020).") is an event's, not the page's date line.
    const sentence = /[.!?"”]$/.test(line) && line.split(/\s+/).length > 8;
    const d = sentence ? undefined : findDates(line).find((f) => f.year !== null);
    if (d) return { date: fromFound(d), text: d.text };
    const e = monthFirstDate(line);
    if (e) return e;
  }
  return null;
}

const ORGANISATION = /\b(?:media|redaksi|redaktur|network|cyber|news|tim|team|admin|staff|desk|pt|tbk|group|grup)\b|\.(?:com|co|id|net)\b|https?:|@/i;

/** A declared author that names a person (not the outlet, not desk initials such as "bgs"). */
function personAuthor(candidates: readonly Sourced[]): string | null {
  for (const c of candidates) {
    const v = c.value.replace(/^(?:oleh|by|penulis|reporter)\s*:?\s+/i, '').trim();
    if (v.length < 3 || v.length > 80 || ORGANISATION.test(v)) continue;
    if (resolveOutlet(v) || outletInLine(v)) continue;
    const words = v.split(/\s+/);
    if (words.length > 8 || !/\p{L}{2}/u.test(v)) continue;
    if (words.length === 1 && (v.length <= 4 || v === v.toLowerCase())) continue;
    return v;
  }
  return null;
}

/** Elements a credit is printed in: a table row, a line of a box, an <author> element. */
const CREDIT_ELEMENTS = 'author, [itemprop="author"], [rel="author"], tr, p, div, span, li, dd';
/** Elements looked at for credits: enough for any article page, bounded for a pathological one. */
const MAX_CREDIT_ELEMENTS = 4000;
const JOB_LABEL = new RegExp(`\\s+(?:${anyOf(ROLE_WORDS.job)})$`, 'i');
/** "Bagus Kurniawan - detiknews": a name, a dash or bar, what may be an outlet. */
const NAME_THEN_OUTLET = new RegExp(`^(${PERSON_NAME_SOURCE})\\s+[-–—|]\\s+(.{2,40})$`, 'u');

/**
 * The credits the page prints anywhere ("Penulis : A" / "Editor : B" in a table under the story,
 * <author>A</author>, a name over its job label "A Jurnalis"): what each person's role is, as the page
 * says it. The first of each role wins.
 */
function visibleCredits(doc: { querySelectorAll(selector: string): ArrayLike<El> }): { author: string | null; editor: string | null } {
  const found: { author: string | null; editor: string | null } = { author: null, editor: null };
  const all = doc.querySelectorAll(CREDIT_ELEMENTS);
  for (let i = 0; i < all.length && i < MAX_CREDIT_ELEMENTS && (!found.author || !found.editor); i++) {
    const el = all[i]!;
    // A box of many parts is not one credit line; its rows are looked at on their own.
    if (((el as unknown as { children?: ArrayLike<unknown> }).children?.length ?? 0) > 4) continue;
    const line = text(el);
    if (line.length < 3 || line.length > 120) continue;
    const marked = el.localName === 'author' || el.getAttribute('itemprop') === 'author' || el.getAttribute('rel') === 'author';
    const c = parseCredits(line);
    if (c) {
      found.author ??= c.author ?? null;
      found.editor ??= c.editor ?? null;
      continue;
    }
    const labelled = JOB_LABEL.exec(line);
    const name = marked ? line.replace(/^(?:oleh|by|penulis|reporter)\s*:?\s*/i, '') : labelled ? line.slice(0, labelled.index) : null;
    if (name && isPersonName(name) && !resolveOutlet(name)) found.author ??= name;
  }
  return found;
}

/** "Bagus Kurniawan - detiknews", "Oleh: Rina Wati" → the name, when the rest names an outlet. */
function bylineName(line: string): string | null {
  const credit = parseCredits(line);
  if (credit?.author) return credit.author;
  const m = NAME_THEN_OUTLET.exec(line.trim());
  if (m && outletInLine(m[2]!)) return m[1]!;
  return null;
}

/** A whole day in a URL path ("/2015/06/19/", "/20150619/"), checked as a calendar day; null otherwise. */
export function dayInUrl(path: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_-]|$)/.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function httpUrl(candidates: readonly Sourced[], warnings: Notice[]): string | null {
  for (const c of candidates) {
    let url: URL;
    try {
      url = new URL(c.value);
    } catch {
      warnings.push(notice('html.url-not-full', { from: c.from, value: c.value.slice(0, 80) }));
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      warnings.push(notice('html.url-not-http', { from: c.from, value: c.value.slice(0, 80) }));
      continue;
    }
    if (url.href.length > 2000) continue;
    return url.href;
  }
  return null;
}

/** Share of the article's text that sits inside links: a list of headlines is an index page. */
function linkDensity(root: El): number {
  const all = text(root).length;
  if (all === 0) return 1;
  let linked = 0;
  const links = root.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) linked += text(links[i]!).length;
  return linked / all;
}

const INDONESIAN = new Set(['yang', 'dan', 'di', 'itu', 'dengan', 'untuk', 'dari', 'ini', 'tidak', 'dalam', 'akan', 'pada', 'juga', 'ke', 'karena', 'ada', 'oleh', 'kata', 'bahwa', 'saat']);

/** Share of Indonesian function words among the first 400 words. */
function indonesianShare(blocks: readonly RawBlock[]): number {
  const words = blocks.map((b) => b.text).join(' ').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '').slice(0, 400);
  if (words.length === 0) return 0;
  return words.filter((w) => INDONESIAN.has(w)).length / words.length;
}

export function readPage(source: string): PageResult {
  if (!looksLikeHtml(source)) return { ok: false, error: notice('html.not-html') };
  const warnings: Notice[] = [];
  const prepared = prepareMarkup(source);
  if (source.length > BIG_PAGE_CHARS) {
    warnings.push(notice('html.page-cut', { chars: source.length, cut: source.length - prepared.markup.length }));
  }
  if (prepared.cutFrom !== null) {
    warnings.push(notice('html.markup-cut', { limit: MAX_MARKUP_CHARS, around: prepared.cutAround }));
  }
  if (prepared.shape.flattened > 0) {
    warnings.push(notice('html.nested', { depth: prepared.shape.depth, flattened: prepared.shape.flattened, max: MARKUP_LIMITS.maxDepth }));
  }
  const { document } = parseHTML(prepared.markup) as unknown as { document: DocumentLike & { title: string; documentElement: El | null; body: El | null } };
  const doc = document;
  const declared: Declared = readDeclared(doc, prepared.jsonLd);
  warnings.push(...declared.notes);

  // Address and site.
  const sourceUrl = httpUrl(declared.urls, warnings);
  const host = sourceUrl ? new URL(sourceUrl).hostname : null;
  const docTitle = normalizeSpace(doc.title ?? '');
  const rawTitles = [...declared.titles.map((t) => t.value), docTitle].filter((t) => t !== '');
  const siteNames: Sourced[] = declared.siteNames
    .map((s) => ({ value: cleanSiteName(s.value, rawTitles), from: s.from }))
    .filter((s) => s.value !== '');
  const site: SiteEvidence = { names: siteNames.map((s) => s.value), host };

  // Headline: the page's own heading that equals a declared title (site affix off); else the declared title.
  const declaredTitles = [...declared.titles, ...(docTitle ? [{ value: docTitle, from: '<title>' }] : [])].map((t) => ({
    ...t,
    ...stripSiteAffix(t.value, site),
  }));
  const wanted = new Set(declaredTitles.map((t) => squashName(t.title)).filter((t) => t.length >= 4));
  const headings = Array.from((doc.querySelectorAll('h1, h2, h3') as unknown as ArrayLike<El>)).slice(0, 60);
  const byRank = [...headings.filter((h) => h.localName === 'h1'), ...headings.filter((h) => h.localName !== 'h1')];
  let headline = byRank.find((h) => wanted.has(squashName(text(h)))) ?? null;
  let title: string | null = null;
  if (headline) title = text(headline);
  else if (declaredTitles[0]) {
    const t = declaredTitles[0];
    title = t.title;
    if (t.removed.length > 0) warnings.push(notice('html.site-name-removed', { names: [...t.removed], from: t.from }));
    headline = headings.find((h) => h.localName === 'h1' && squashName(text(h)).includes(squashName(t.title))) ?? null;
  } else {
    headline = headings.find((h) => h.localName === 'h1' && text(h).split(' ').length >= 3) ?? null;
    if (headline) {
      title = text(headline);
      warnings.push(notice('html.title-from-h1'));
    }
  }
  if (title !== null && title.length > 300) title = `${title.slice(0, 300).replace(/\s+\S*$/, '')}…`;

  // What the page shows by the headline: the date line and byline.
  const shown = headline ? [...linesAfter(headline), ...linesBefore(headline)] : [];
  const seen = shownDate(shown);

  // Published: declared first (JSON-LD, meta), checked against the date shown.
  let published: string | null = null;
  let mislabelledZ = false;
  const declaredDate = declared.published.map((p) => ({ p, d: parseDeclaredDate(p.value) })).find((x) => x.d !== null);
  for (const p of declared.published) {
    if (!parseDeclaredDate(p.value)) warnings.push(notice('html.not-a-date', { from: p.from, value: p.value.slice(0, 40) }));
  }
  if (declaredDate) {
    const before = warnings.length;
    published = reconcile(declaredDate.d!, declaredDate.p.from, seen?.date ?? null, warnings);
    mislabelledZ = warnings.slice(before).some((w) => w.code === 'html.utc-local');
  } else if (seen) {
    published = seen.date.iso;
    warnings.push(notice('html.date-from-headline', { text: seen.text }));
    if (seen.date.clock && seen.date.offset === null) warnings.push(notice('date.no-zone', { text: seen.text }));
  }
  // The article's address often carries its day (/read/2015/06/19/…): evidence the page cannot restyle.
  const urlDay = sourceUrl ? dayInUrl(new URL(sourceUrl).pathname) : null;
  if (urlDay && published === null) {
    published = urlDay;
    warnings.push(notice('html.date-from-address', { day: urlDay }));
  } else if (urlDay && published !== null && published.slice(0, 10) !== urlDay) {
    warnings.push(notice('html.address-date-differs', { addressDay: urlDay, pageDay: published.slice(0, 10) }));
  }
  const modifiedDate = declared.modified.map((m) => parseDeclaredDate(m.value)).find((d) => d !== null) ?? null;
  let modified: string | null = null;
  if (modifiedDate) {
    modified = modifiedDate.offset === '+00:00' ? shiftTo(modifiedDate, '+07:00').iso : modifiedDate.iso;
    if (mislabelledZ && modifiedDate.offset === '+00:00') modified = modifiedDate.iso.replace(/(?:Z|\+00:00)$/, '+07:00');
  }

  // Outlet: declared names and the address; the text rules decide when none.
  const affixes = declaredTitles.flatMap((t) => t.removed.map((r) => ({ value: r, from: `the site name in the title (${t.from})` })));
  const handles = siteNames.filter((s) => s.from === 'meta twitter:site');
  const outlet = chooseOutlet([...siteNames.filter((s) => !handles.includes(s)), ...affixes, ...handles], host, sourceUrl ? new URL(sourceUrl).pathname : '');

  // Author: a declared person, or a credit line or byline shown by the headline; the editor from a credit line.
  let author = personAuthor(declared.authors);
  let editor: string | null = null;
  for (const line of shown.slice(0, 12)) {
    if (line.length > 200) continue;
    const c = parseCredits(line);
    author ??= c?.author ?? bylineName(line);
    editor ??= c?.editor ?? null;
  }
  const printed = visibleCredits(doc as unknown as { querySelectorAll(selector: string): ArrayLike<El> });
  editor ??= printed.editor;
  if (author !== null && author === editor) {
    // The page declares its editor as the author; the printed credits say who wrote it.
    warnings.push(notice('html.editor-as-author', { name: author }));
    author = printed.author !== editor ? printed.author : null;
  }
  author ??= printed.author !== editor ? printed.author : null;

  // Widgets and captions the markup names, then the article: Readability on the same DOM.
  const pruned = doc.body ? pruneWidgets(doc.body as unknown as Parameters<typeof pruneWidgets>[0], headline as unknown as Parameters<typeof pruneWidgets>[1]) : 0;
  let content: El | null = null;
  try {
    const reader = new Readability<El>(doc as unknown as Document, { serializer: (n) => n as unknown as El, maxElemsToParse: 0 });
    if (prepared.shape.elements >= MARKUP_LIMITS.cleanBelowElements) withoutConditionalCleaning(reader);
    content = reader.parse()?.content ?? null;
  } catch (err) {
    return { ok: false, error: notice('html.unreadable', { message: err instanceof Error ? err.message.split('\n')[0]! : String(err) }) };
  }
  if (!content) return { ok: false, error: notice('html.no-article') };
  const blockWarnings: Notice[] = [];
  const stats: BlockStats = { linkOnly: 0, linkOnlyTexts: [] };
  let blocks = domToBlocks(content, blockWarnings, { dropLinkOnly: true, stats });
  warnings.push(...blockWarnings);
  if (pruned + stats.linkOnly > 0) {
    warnings.push(notice('html.structure', { named: pruned, linkOnly: stats.linkOnly }));
  }
  // Above the lead: the headline repeated, a kicker or section label (a heading that heads no text
  // yet), and the header lines shown by the headline (byline, date line) are not the story.
  const shownSet = new Set(shown.map(squashName));
  let header = 0;
  while (header < blocks.length && header < 6) {
    const b = blocks[header]!;
    const q = squashName(b.text);
    const sentence = endsLikeSentence(b.text) || textAmount(b.text) >= 120;
    if ((title && q === squashName(title)) || b.type === 'heading' || (!sentence && shownSet.has(q))) {
      if (!author && b.type !== 'heading') author = bylineName(b.text);
      header++;
    } else break;
  }
  const leftOut: OmittedLine[] = [
    ...blocks.slice(0, header).map((b) => ({ text: b.text, reason: 'markup' as const, rule: 'above-lead' })),
    ...(stats.linkOnlyTexts ?? []).map((text) => ({ text, reason: 'markup' as const, rule: 'link-only' })),
  ];
  if (header > 0) {
    warnings.push(notice('html.header-lines', { count: header }));
    blocks = blocks.slice(header);
  }
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  if (blocks.reduce((n, b) => n + textAmount(b.text), 0) < 150) return { ok: false, error: notice('html.too-little-text', { chars }) };
  const density = linkDensity(content);
  if (density > 0.5) {
    return { ok: false, error: notice('html.mostly-links', { percent: Math.round(density * 100) }) };
  }

  const lang = (doc.documentElement?.getAttribute('lang') ?? declared.language ?? '').trim().toLowerCase();
  const share = indonesianShare(blocks);
  if (share < 0.04) {
    warnings.push(notice('html.not-indonesian', { lang: lang && !/^(?:id|in)\b/.test(lang) ? lang.slice(0, 10) : null }));
  }
  // Each declaration is one list; the first with tags that say something about the story wins.
  const tags = firstUsefulTags(declared.tags.map((t) => splitTags([t.value])));
  return { ok: true, page: { title, blocks, outlet, published, modified, author, editor, sourceUrl, tags, leftOut, warnings } };
}
