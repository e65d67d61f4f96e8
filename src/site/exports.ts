/**
 * The records as data for users: data/articles.json (the DESIGN.md contract,
 * exactly those field names) and data/articles.csv (RFC 4180: CRLF, quoted
 * where needed, UTF-8, header row), with spreadsheet formula injection defused.
 */
import { stringify } from 'csv-stringify/sync';
import type { Article } from '../ingest/types.ts';

/** The contract's field order. */
export const ARTICLE_FIELDS = [
  'id',
  'slug',
  'url',
  'sourceFile',
  'title',
  'titleDerived',
  'outlet',
  'dateline',
  'published',
  'yearInferred',
  'author',
  'editor',
  'lead',
  'body',
  'topics',
  'wordCount',
  'warnings',
  'sourceUrl',
  'modified',
] as const satisfies readonly (keyof Article)[];

function contractRecord(a: Article): Record<(typeof ARTICLE_FIELDS)[number], unknown> {
  return {
    id: a.id,
    slug: a.slug,
    url: a.url,
    sourceFile: a.sourceFile,
    title: a.title,
    titleDerived: a.titleDerived,
    outlet: a.outlet,
    dateline: a.dateline,
    published: a.published,
    yearInferred: a.yearInferred,
    author: a.author,
    editor: a.editor,
    lead: a.lead,
    body: a.body.map((b) => ({ type: b.type, text: b.text })),
    topics: a.topics,
    wordCount: a.wordCount,
    warnings: a.warnings,
    sourceUrl: a.sourceUrl,
    modified: a.modified,
  };
}

/** A JSON array, one article per line (readable diffs, still one JSON document). */
export function articlesToJson(articles: readonly Article[]): string {
  if (articles.length === 0) return '[]\n';
  return `[\n${articles.map((a) => JSON.stringify(contractRecord(a))).join(',\n')}\n]\n`;
}

/**
 * Cells that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, and tab/CR
 * which some programs strip first) get a leading apostrophe (OWASP's advice).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Joins body blocks with a blank line; headings, quotes and list items keep a light marker so structure survives. */
function bodyText(a: Article): string {
  const marker = { heading: '## ', quote: '> ', item: '- ', paragraph: '' } as const;
  return a.body.map((b) => `${marker[b.type]}${b.text}`).join('\n\n');
}

export function articlesToCsv(articles: readonly Article[]): string {
  const rows = articles.map((a) => {
    const cells: Record<string, string> = {
      id: a.id,
      slug: a.slug,
      url: a.url,
      sourceFile: a.sourceFile,
      title: a.title,
      titleDerived: String(a.titleDerived),
      outlet: a.outlet ?? '',
      dateline: a.dateline ?? '',
      published: a.published ?? '',
      yearInferred: String(a.yearInferred),
      author: a.author ?? '',
      editor: a.editor ?? '',
      lead: a.lead,
      body: bodyText(a),
      topics: a.topics.join('; '),
      wordCount: String(a.wordCount),
      warnings: a.warnings.join(' | '),
      sourceUrl: a.sourceUrl ?? '',
      modified: a.modified ?? '',
    };
    return ARTICLE_FIELDS.map((f) => neutraliseCell(cells[f] ?? ''));
  });
  return stringify(rows, { header: true, columns: [...ARTICLE_FIELDS], record_delimiter: 'windows' });
}
