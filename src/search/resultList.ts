/**
 * A whole result list out, for a bibliography or an analysis: CSV (a row per article: its id, title,
 * outlet, date, authors, the archive copy's address, the original's address and its opening), BibTeX and
 * RIS (the article page's citation entries, src/archive/citation.ts). The search page's download
 * buttons and `npm run search -- --csv | --bibtex | --ris` both write with it, so the two agree.
 * Dependency-free at run time: it goes into the search page's bundle.
 */
import { bibtexEntry, risRecord, safeHttpUrl, type CitationInput } from '../archive/citation.ts';
import { parsePublished } from '../archive/dates.ts';
import { csvRow } from '../csv.ts';
import { excerpt } from './query.ts';

/**
 * A row of a result list: the list store's record (format.ts ListRecord) by name. No text: the excerpt is the
 * article's opening, stored with the record, so a list of a thousand reads a few large files, not the ~900
 * document pieces their texts are spread over (docs/SEARCH.md, "Result lists out").
 */
export interface ListDoc {
  doc: number;
  id: string;
  title: string;
  url: string;
  outlet: string | null;
  published: string | null;
  authors: string[];
  /** The original article's address (http/https), or null. */
  sourceUrl: string | null;
  /** The title was made from the lead, not the outlet's headline. */
  titleDerived: boolean;
  /** When the seed's text was taken from the web (ISO), or null. */
  accessed: string | null;
  /** The text's first ~240 characters as plain text, cut at a word ("… " marks the cut). */
  opening: string;
}

export type ResultFormat = 'csv' | 'bibtex' | 'ris';

/** The columns of a result list's CSV, in order: the records' own field names (docs/RECORD.md). */
export const RESULT_COLUMNS = ['id', 'title', 'outlet', 'published', 'authors', 'url', 'sourceUrl', 'excerpt'] as const;

/** Each format's file: its name's ending and its media type. */
export const RESULT_FILES: Record<ResultFormat, { ext: string; mime: string }> = {
  csv: { ext: 'csv', mime: 'text/csv' },
  bibtex: { ext: 'bib', mime: 'application/x-bibtex' },
  ris: { ext: 'ris', mime: 'application/x-research-info-systems' },
};

/**
 * `site`: the archive's own address (an http(s) base the article URLs are relative to), or null when it
 * is not known (a site opened from disk): the archive copy is then given by its path in the site.
 */
function citationOf(d: ListDoc, site: string | null): CitationInput {
  return {
    id: d.id,
    title: d.title,
    titleDerived: d.titleDerived,
    authors: d.authors,
    outlet: d.outlet,
    date: parsePublished(d.published),
    sourceUrl: safeHttpUrl(d.sourceUrl),
    archiveUrl: site ? safeHttpUrl(new URL(d.url, site).href) : null,
    accessed: parsePublished(d.accessed),
  };
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** A text's opening as plain text (a file has no marks): what the list store keeps as a row's excerpt. */
export const openingOf = (text: string): string =>
  excerpt(text, NO_TERMS)
    .map((s) => s.text)
    .join('')
    .replace(/\s+/g, ' ');

/** The result list as a file's text. */
export function resultListText(format: ResultFormat, docs: readonly ListDoc[], site: string | null, { bom = false }: { bom?: boolean } = {}): string {
  if (format === 'bibtex') return docs.map((d) => bibtexEntry(citationOf(d, site))).join('\n');
  if (format === 'ris') return docs.map((d) => risRecord(citationOf(d, site))).join('');
  const rows = docs.map((d) => {
    const archive = site ? new URL(d.url, site).href : d.url;
    return csvRow([d.id, d.title, d.outlet ?? '', d.published ?? '', d.authors.join('; '), archive, d.sourceUrl ?? '', d.opening]);
  });
  return `${bom ? '\uFEFF' : ''}${csvRow(RESULT_COLUMNS)}${rows.join('')}`;
}
