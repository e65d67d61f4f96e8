/**
 * The records as data for users: data/articles.json (the Article contract of
 * src/ingest/types.ts, see docs/ARCHITECTURE.md; exactly those field names) and
 * data/articles.csv (RFC 4180: CRLF, quoted where needed, UTF-8, header row),
 * with spreadsheet formula injection defused.
 */
import { stringify } from 'csv-stringify/sync';
import { ARTICLE_FIELDS, articleRecord } from '../ingest/record.ts';
import type { Article } from '../ingest/types.ts';

export { ARTICLE_FIELDS } from '../ingest/record.ts';

/** A JSON array, one article per line (readable diffs, still one JSON document). */
export function articlesToJson(articles: readonly Article[]): string {
  if (articles.length === 0) return '[]\n';
  return `[\n${articles.map((a) => JSON.stringify(articleRecord(a))).join(',\n')}\n]\n`;
}

/**
 * Cells that a spreadsheet would read as a formula get a leading apostrophe
 * (OWASP's advice): those starting with `=`, `+`, `-`, `@`, also after leading
 * whitespace or a line break (which spreadsheets strip first), and those starting
 * with a tab or CR.
 */
const FORMULA_START = /^(?:\s*[=+\-@]|[\t\r])/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

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

/** RFC 4180 text of the records; `delimiter` `;` for spreadsheets set to Indonesian (and most European) regional settings. */
export function articlesToCsv(articles: readonly Article[], delimiter: ',' | ';' = ','): string {
  const rows = articles.map((a) =>
    ARTICLE_FIELDS.map((f) => neutraliseCell(CELL[f]?.(a) ?? String(a[f] ?? ''))),
  );
  return stringify(rows, { header: true, columns: [...ARTICLE_FIELDS], delimiter, record_delimiter: 'windows', quoted_match: LINE_BREAK });
}

/**
 * The CSV file as written: a UTF-8 byte-order mark first, so a spreadsheet on Windows reads "…" and curly
 * quotes as UTF-8 rather than as its local code page (Excel shows them as "â€¦" without it).
 */
export function spreadsheetCsv(articles: readonly Article[], delimiter: ',' | ';' = ','): string {
  return `\uFEFF${articlesToCsv(articles, delimiter)}`;
}
