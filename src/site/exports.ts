/**
 * The records as data for users: data/articles.json (the Article contract of
 * src/ingest/types.ts, see docs/ARCHITECTURE.md; exactly those field names) and
 * data/articles.csv (RFC 4180: CRLF, quoted where needed, UTF-8, header row),
 * with spreadsheet formula injection defused.
 */
import { stringify } from 'csv-stringify/sync';
import { ARTICLE_FIELDS, exportRecord } from '../ingest/record.ts';
import type { Article } from '../ingest/types.ts';
import { neutraliseCell } from '../csv.ts';

export { ARTICLE_FIELDS } from '../ingest/record.ts';

/**
 * An export file as text around one row per article: what lets a rebuild copy the rows of
 * unchanged articles from the previous file (src/site/exportFiles.ts) and make only the new ones.
 */
export interface ExportLayout {
  /** Text before the first row (for `n` rows). */
  head: (n: number) => string;
  row: (a: Article) => string;
  /** Between two rows. */
  sep: string;
  /** Text after the last row. */
  tail: (n: number) => string;
}

/** The layout's text for these articles. */
export function layoutText(layout: ExportLayout, articles: readonly Article[]): string {
  return `${layout.head(articles.length)}${articles.map(layout.row).join(layout.sep)}${layout.tail(articles.length)}`;
}

/** A JSON array, one article per line (readable diffs, still one JSON document). */
export const JSON_LAYOUT: ExportLayout = {
  head: (n) => (n === 0 ? '[]\n' : '[\n'),
  row: (a) => JSON.stringify(exportRecord(a)),
  sep: ',\n',
  tail: (n) => (n === 0 ? '' : '\n]\n'),
};

export function articlesToJson(articles: readonly Article[]): string {
  return layoutText(JSON_LAYOUT, articles);
}

// Formula-looking cells are defused by the one rule of src/csv.ts (the search page's result lists use it too).
export { neutraliseCell } from '../csv.ts';

/**
 * Fields csv-stringify must quote beyond its own rule: with CRLF records it only
 * looks for CRLF, so a bare LF or CR would end the row for a strict reader (Excel,
 * Python's csv). Any line break is quoted.
 */
const LINE_BREAK = /[\r\n]/;

/** Joins body blocks with a blank line; headings, quotes and list items keep a light marker so structure survives. */
function bodyText(a: Article): string {
  const marker = { heading: '## ', quote: '> ', item: '- ', paragraph: '' } as const;
  return a.body.map((b) => `${marker[b.type]}${b.text}`).join('\n\n');
}

/** How a field that is not text becomes a cell. */
const CELL: Partial<Record<(typeof ARTICLE_FIELDS)[number], (a: Article) => string>> = {
  body: bodyText,
  authors: (a) => a.authors.join('; '),
  topics: (a) => a.topics.join('; '),
  topicSources: (a) => a.topicSources.map((t) => `${t.topic} (${t.from})`).join('; '),
  omitted: (a) => a.omitted.map((o) => `[${o.rule ?? o.reason}] ${o.text}`).join(' | '),
  warnings: (a) => a.warnings.join(' | '),
};

/**
 * RFC 4180 records; `delimiter` `;` for spreadsheets set to Indonesian (and most European) regional
 * settings. Each record ends in CRLF, so records written one at a time join into the same file.
 * With `bom`, a UTF-8 byte-order mark first, so a spreadsheet on Windows reads "…" and curly quotes
 * as UTF-8 rather than as its local code page (Excel shows them as "â€¦" without it).
 */
export function csvLayout(delimiter: ',' | ';', bom: boolean): ExportLayout {
  const options = { columns: [...ARTICLE_FIELDS], delimiter, record_delimiter: 'windows', quoted_match: LINE_BREAK } as const;
  const header = `${bom ? '\uFEFF' : ''}${stringify([], { ...options, header: true })}`;
  return {
    head: () => header,
    row: (a) => stringify([ARTICLE_FIELDS.map((f) => neutraliseCell(CELL[f]?.(a) ?? String(a[f] ?? '')))], { ...options, header: false }),
    sep: '',
    tail: () => '',
  };
}

/** RFC 4180 text of the records. */
export function articlesToCsv(articles: readonly Article[], delimiter: ',' | ';' = ','): string {
  return layoutText(csvLayout(delimiter, false), articles);
}

/** The CSV file as written: with the byte-order mark. */
export function spreadsheetCsv(articles: readonly Article[], delimiter: ',' | ';' = ','): string {
  return layoutText(csvLayout(delimiter, true), articles);
}
