/**
 * Horizontal bar chart (articles per outlet, per topic): the top items as SVG
 * bars, each linking to its page, and every item in a data table below.
 * Horizontal bars keep long names readable on a phone.
 */
import { articles, chartBlock, esc, fmt, niceScale, r, svgOpen, textWidth, truncate } from './svg.ts';

export interface BarItem {
  label: string;
  count: number;
  /** Link (relative to the current page), or null. */
  href: string | null;
  /** Drawn in a quieter colour (e.g. articles without an outlet). */
  muted?: boolean;
}

export interface BarChartOptions {
  /** Prefix for element ids; must be unique on the page. */
  id: string;
  title: string;
  /** Visible one-sentence caption. */
  caption: string;
  /** Column header for the item names in the data table (`Media`, `Topik`). */
  itemHeader: string;
  /** How many bars to draw; the table always lists every item. */
  limit?: number;
}

const WIDTH = 400;
const FONT = 13;
const ROW = 24;
const BAR = 15;
const MAX_LABEL = 24;

export function barChart(items: readonly BarItem[], opts: BarChartOptions): string {
  if (items.length === 0) return chartBlock('empty', null, opts.caption, null);
  const shown = items.slice(0, opts.limit ?? 12);
  const max = Math.max(...shown.map((i) => i.count));
  const { top } = niceScale(max, 4);
  const labelW = Math.min(Math.max(...shown.map((i) => textWidth(truncate(i.label, MAX_LABEL), FONT))), 170) + 8;
  const valueW = textWidth(fmt(max), FONT) + 10;
  const barX = labelW + 4;
  const barMax = WIDTH - barX - valueW;
  const height = shown.length * ROW + 6;

  const parts: string[] = [
    svgOpen(opts.id, WIDTH, height, opts.title, opts.caption, FONT),
    `<line class="chart-axis" x1="${r(barX)}" x2="${r(barX)}" y1="0" y2="${height}" stroke="currentColor" stroke-opacity="0.5"/>`,
  ];
  shown.forEach((item, i) => {
    const y0 = 3 + i * ROW;
    const w = Math.max(1.5, (item.count / top) * barMax);
    const mid = y0 + ROW / 2 + FONT * 0.35;
    const inner =
      `<title>${esc(`${item.label}: ${articles(item.count)}`)}</title>` +
      `<rect class="chart-hit" x="0" y="${r(y0)}" width="${WIDTH}" height="${ROW}" fill="#000" fill-opacity="0"/>` +
      `<text class="chart-label" x="${r(labelW)}" y="${r(mid)}" text-anchor="end" fill="currentColor">${esc(truncate(item.label, MAX_LABEL))}</text>` +
      `<rect class="chart-bar${item.muted ? ' chart-bar--muted' : ''}" x="${r(barX)}" y="${r(y0 + (ROW - BAR) / 2)}" width="${r(w)}" height="${BAR}" fill="currentColor"/>` +
      `<text class="chart-label chart-value" x="${r(barX + w + 4)}" y="${r(mid)}" fill="currentColor">${fmt(item.count)}</text>`;
    parts.push(item.href === null ? `<g class="chart-col">${inner}</g>` : `<a class="chart-col" href="${esc(item.href)}">${inner}</a>`);
  });
  parts.push('</svg>');

  const rows = items.map((item) => {
    const name = item.href === null ? esc(item.label) : `<a href="${esc(item.href)}">${esc(item.label)}</a>`;
    return `<tr><th scope="row">${name}</th><td>${fmt(item.count)}</td></tr>`;
  });
  const table =
    `<table class="chart-table"><caption>${esc(opts.title)}</caption>` +
    `<thead><tr><th scope="col">${esc(opts.itemHeader)}</th><th scope="col">Artikel</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`;
  return chartBlock('bars', parts.join(''), opts.caption, table, `Tabel data${items.length > shown.length ? ` (semua ${fmt(items.length)})` : ''}`);
}
