/**
 * Ready citations of an article: an Indonesian APA-style line, BibTeX and RIS,
 * and the reference-manager meta tags (Highwire `citation_*`, Dublin Core) that
 * Zotero's browser connector reads. Pure: record fields in, strings out.
 *
 * APA as Indonesian style guides write it: `Penulis. (2020, 3 Februari). Judul.
 * Media. URL`; without a byline the title comes first; without a date `(t.t.)`
 * ("tanpa tahun"). Names are left as the byline writes them: Indonesian names
 * often have no family name to invert. Several authors as APA joins them:
 * `A, & B.`, `A, B, & C.`. When the seed says when its text was taken from the
 * web (Article.accessed), APA's retrieval statement comes before the address:
 * `Diakses 2 Januari 2024, dari URL`; BibTeX has it as `urldate`, RIS as `Y2`.
 * Without one, no date is cited: none is ever made up.
 */
import type { PublishedDate } from './dates.ts';
import { monthName } from './dates.ts';

export interface CitationInput {
  id: string;
  title: string;
  /** The title is not the outlet's headline but made from the lead: cited in brackets, as APA cites an untitled work. */
  titleDerived?: boolean;
  /** The byline's people, in order ([] when none). */
  authors: readonly string[];
  outlet: string | null;
  date: PublishedDate | null;
  /** The original article's address (http/https only), or null. */
  sourceUrl: string | null;
  /** This archive's own address of the article (with --base-url), or null. */
  archiveUrl: string | null;
  /** When the seed's text was taken from the web, as the seed says (Article.accessed); absent or null: never cited. */
  accessed?: PublishedDate | null;
}

export interface Citation {
  apa: string;
  bibtex: string;
  ris: string;
  /** `data:` links to download each as a file (work from file:// and under the CSP). */
  bibtexHref: string;
  risHref: string;
  /** File names offered for the downloads. */
  bibtexFile: string;
  risFile: string;
  /** `<meta name content>` pairs, in order. */
  meta: { name: string; content: string }[];
}

/** A source URL safe to link and cite: absolute http(s) without spaces or controls, else null. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (!/^https?:\/\/[^\s"<>\\^`{|}\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/i.test(v)) return null;
  try {
    const url = new URL(v);
    return url.protocol === 'http:' || url.protocol === 'https:' ? v : null;
  } catch {
    return null;
  }
}

/** One line, no control characters (a seed's title could hold any). */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function sentence(text: string): string {
  const t = oneLine(text);
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** The APA line's date: `(2020, 3 Februari)` or `(t.t.)`. */
function apaDate(d: PublishedDate | null): string {
  return d ? `(${d.year}, ${Number(d.day)} ${monthName(d.month)})` : '(t.t.)';
}

/** APA's list of authors: `A`, `A, & B`, `A, B, & C`. */
function apaAuthors(authors: readonly string[]): string {
  const names = authors.map(oneLine);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)!}`;
}

/** The title as cited: a title made from the lead is a description in brackets, never passed off as the headline. */
function citedTitle(c: CitationInput): string {
  return c.titleDerived ? `[${oneLine(c.title).replace(/…$/, '')}]` : c.title;
}

/** What a derived title is, for the notes of BibTeX and RIS. */
const DERIVED_NOTE = 'Judul tidak ada di sumber; diturunkan dari paragraf pertama';

/** APA's retrieval statement: `Diakses 2 Januari 2024, dari URL`, or `Diakses 2 Januari 2024.` without an address. */
function apaAccessed(d: PublishedDate, url: string | null): string {
  const when = `Diakses ${Number(d.day)} ${monthName(d.month)} ${d.year}`;
  return url ? `${when}, dari ${url}` : `${when}.`;
}

export function apaLine(c: CitationInput): string {
  const url = c.sourceUrl ?? c.archiveUrl;
  const title = citedTitle(c);
  const parts = c.authors.length
    ? [sentence(apaAuthors(c.authors)), `${apaDate(c.date)}.`, sentence(title)]
    : [sentence(title), `${apaDate(c.date)}.`];
  if (c.outlet) parts.push(sentence(c.outlet));
  if (c.accessed) parts.push(apaAccessed(c.accessed, url));
  else if (url) parts.push(url);
  // The original's address first; this archive's copy beside it, where the reader can check the text.
  if (c.sourceUrl && c.archiveUrl && c.archiveUrl !== c.sourceUrl) parts.push(`(salinan arsip: ${c.archiveUrl})`);
  return parts.join(' ');
}

/** BibTeX text: special characters escaped, so any title compiles. */
function bib(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\^{}' : ch === '~' ? '\\~{}' : `\\${ch}`,
  );
}

/** A citation key from the record id: ASCII letters, digits, `-` and `_`. */
export function citationKey(id: string, d: PublishedDate | null): string {
  const base = id.normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'artikel';
  return d ? `${base}_${d.year}` : base;
}

export function bibtexEntry(c: CitationInput): string {
  const fields: [string, string][] = [['title', `{${bib(c.title)}}`]];
  // Each name in its own braces (one name, or an editorial team, never split or inverted), joined by BibTeX's " and ".
  if (c.authors.length) fields.push(['author', c.authors.map((a) => `{${bib(a)}}`).join(' and ')]);
  if (c.outlet) fields.push(['journal', bib(c.outlet)]);
  if (c.date) {
    fields.push(['year', c.date.year], ['month', String(Number(c.date.month))], ['date', `${c.date.year}-${c.date.month}-${c.date.day}`]);
  }
  const url = c.sourceUrl ?? c.archiveUrl;
  // safeHttpUrl admits no braces or backslashes, and BibTeX reads % and _ in a url field as they are.
  if (url) fields.push(['url', url]);
  if (c.accessed) fields.push(['urldate', `${c.accessed.year}-${c.accessed.month}-${c.accessed.day}`]);
  if (c.sourceUrl && c.archiveUrl && c.archiveUrl !== c.sourceUrl) fields.push(['howpublished', `Salinan arsip: \\url{${c.archiveUrl}}`]);
  if (c.titleDerived) fields.push(['note', DERIVED_NOTE]);
  fields.push(['langid', 'indonesian']);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@article{${citationKey(c.id, c.date)},\n${body}\n}\n`;
}

export function risRecord(c: CitationInput): string {
  const lines: [string, string][] = [['TY', 'NEWS'], ['TI', oneLine(c.title)]];
  for (const a of c.authors) lines.push(['AU', oneLine(a)]);
  if (c.date) lines.push(['PY', c.date.year], ['DA', `${c.date.year}/${c.date.month}/${c.date.day}/`]);
  if (c.outlet) lines.push(['T2', oneLine(c.outlet)], ['PB', oneLine(c.outlet)]);
  const url = c.sourceUrl ?? c.archiveUrl;
  if (url) lines.push(['UR', url]);
  if (c.sourceUrl && c.archiveUrl && c.archiveUrl !== c.sourceUrl) lines.push(['L2', c.archiveUrl]);
  if (c.accessed) lines.push(['Y2', `${c.accessed.year}/${c.accessed.month}/${c.accessed.day}/`]);
  if (c.titleDerived) lines.push(['N1', DERIVED_NOTE]);
  lines.push(['LA', 'id'], ['ER', '']);
  return lines.map(([tag, v]) => `${tag}  - ${v}`.trimEnd()).join('\r\n') + '\r\n';
}

function dataHref(mime: string, text: string): string {
  return `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
}

/** `citation_*` (Highwire, read by Zotero and Google Scholar) and Dublin Core `DC.*` meta tags. */
export function citationMeta(c: CitationInput): { name: string; content: string }[] {
  const meta: { name: string; content: string }[] = [{ name: 'citation_title', content: oneLine(c.title) }];
  for (const a of c.authors) meta.push({ name: 'citation_author', content: oneLine(a) });
  if (c.date) meta.push({ name: 'citation_publication_date', content: `${c.date.year}/${c.date.month}/${c.date.day}` });
  if (c.outlet) meta.push({ name: 'citation_publisher', content: oneLine(c.outlet) });
  meta.push({ name: 'citation_language', content: 'id' });
  if (c.sourceUrl) meta.push({ name: 'citation_public_url', content: c.sourceUrl });
  meta.push({ name: 'DC.title', content: oneLine(c.title) });
  for (const a of c.authors) meta.push({ name: 'DC.creator', content: oneLine(a) });
  if (c.date) meta.push({ name: 'DC.date', content: `${c.date.year}-${c.date.month}-${c.date.day}` });
  if (c.outlet) meta.push({ name: 'DC.publisher', content: oneLine(c.outlet) });
  meta.push({ name: 'DC.language', content: 'id' }, { name: 'DC.type', content: 'Text' });
  if (c.sourceUrl) meta.push({ name: 'DC.source', content: c.sourceUrl });
  if (c.archiveUrl) meta.push({ name: 'DC.identifier', content: c.archiveUrl });
  return meta;
}

export function citation(c: CitationInput): Citation {
  const bibtex = bibtexEntry(c);
  const ris = risRecord(c);
  const key = citationKey(c.id, c.date);
  return {
    apa: apaLine(c),
    bibtex,
    ris,
    bibtexHref: dataHref('application/x-bibtex', bibtex),
    risHref: dataHref('application/x-research-info-systems', ris),
    bibtexFile: `${key}.bib`,
    risFile: `${key}.ris`,
    meta: citationMeta(c),
  };
}
