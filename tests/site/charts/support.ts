/**
 * Test helpers for the charts: read the numbers back out of the generated
 * HTML/SVG (as a reader of the page would see them), count the same things
 * directly from Article records, and build a site into a temporary folder.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../../src/ingest/types.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] ?? _);
}

/** `12.345` → 12345 (Indonesian grouping). */
export function num(s: string): number {
  const n = Number(s.replace(/\./g, ''));
  if (!Number.isInteger(n)) throw new Error(`not a count: ${JSON.stringify(s)}`);
  return n;
}

function stripTags(s: string): string {
  return unescapeHtml(s.replace(/<[^>]*>/g, '')).trim();
}

export interface TableRow {
  /** Text of the row's cells (first is the header cell), tags stripped. */
  cells: string[];
  href: string | null;
  /** `datetime` values of <time> elements in the row. */
  datetimes: string[];
  count: number;
}

/** Rows of the first chart data table in `html` (last cell is the count). */
export function tableRows(html: string): TableRow[] {
  const body = /<table class="chart-table">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html);
  if (!body) throw new Error('no chart table');
  return [...body[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => {
    const cells = [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, c]) => c!);
    const href = /<a href="([^"]*)"/.exec(row!)?.[1];
    return {
      cells: cells.map(stripTags),
      href: href === undefined ? null : unescapeHtml(href),
      datetimes: [...row!.matchAll(/<time datetime="([^"]*)"/g)].map(([, d]) => d!),
      count: num(stripTags(cells[cells.length - 1] ?? '')),
    };
  });
}

export interface SvgBar {
  label: string;
  count: number;
  href: string | null;
  /** Height (timeline) or width (horizontal bars) of the drawn bar. */
  length: number;
}

/** Bars of the first chart SVG in `html`: their <title> (`label: N artikel`), link and drawn size. */
export function svgBars(html: string, horizontal = false): SvgBar[] {
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0];
  if (!svg) throw new Error('no svg');
  const re = /<(a|g) class="chart-col"(?: href="([^"]*)")?><title>([\s\S]*?)<\/title>[\s\S]*?(<rect class="chart-bar[^>]*>)/g;
  return [...svg.matchAll(re)].map((m) => {
    const title = unescapeHtml(m[3]!);
    const t = /^(.*): ([\d.]+) artikel$/.exec(title);
    if (!t) throw new Error(`bar title not understood: ${title}`);
    const attrs = attributes(m[4]!);
    return { label: t[1]!, count: num(t[2]!), href: m[2] === undefined ? null : unescapeHtml(m[2]), length: Number(horizontal ? attrs.width : attrs.height) };
  });
}

export function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, unescapeHtml(v!)]));
}

/** The HTML of `<section id="ID">…</section>` on the statistics page. */
export function section(page: string, id: string): string {
  const m = new RegExp(`<section class="stats-section" id="${id}"[\\s\\S]*?</section>`).exec(page);
  if (!m) throw new Error(`no section #${id}`);
  return m[0];
}

/** The month an article counts for, read straight from the record. */
export function recordMonth(a: Article): string | null {
  return a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published) ? a.published.slice(0, 7) : null;
}

export function tally<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Articles per month counted from the records, for months start..end (inclusive, `YYYY-MM` strings). */
export function countBetween(byMonth: ReadonlyMap<string, number>, start: string, end: string): number {
  let n = 0;
  for (const [m, c] of byMonth) if (m >= start && m <= end) n += c;
  return n;
}

/** Month range a timeline table row covers, from its <time> elements. */
export function rowRange(row: TableRow): { start: string; end: string } {
  const [first, last = first] = row.datetimes;
  if (!first || !last) throw new Error(`row without <time>: ${row.cells.join(' | ')}`);
  if (/^\d{4}$/.test(first)) return { start: `${first}-01`, end: `${first}-12` };
  return { start: first, end: last };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function readPage(outDir: string, path: string): Promise<string> {
  return readFile(join(outDir, path), 'utf8');
}
