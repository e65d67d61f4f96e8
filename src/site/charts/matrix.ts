/**
 * Topic co-occurrence as a small triangular matrix: the most frequent topics,
 * each cell the number of articles tagged with both, shaded by that number and
 * printed in the cell. The same pairs are listed in a data table below.
 */
import { articles, chartBlock, esc, fmt, r, svgOpen, textWidth, truncate } from './svg.ts';

export interface MatrixOptions {
  id: string;
  title: string;
  caption: string;
  /** Link to a topic's page (relative to the current page), or null. */
  hrefFor: (topic: string) => string | null;
}

export interface MatrixPair {
  a: string;
  b: string;
  count: number;
}

const WIDTH = 400;
const FONT = 13;
const CELL_FONT = 12;
/** Widest cell: enough for a five-digit count at full size. */
const MAX_CELL = 56;
const MAX_LABEL = 16;

/**
 * Every pair among `topics` (in the given order: most frequent first), with
 * how many articles carry both. `count(a, b)` must be symmetric.
 */
export function matrixPairs(topics: readonly string[], count: (a: string, b: string) => number): MatrixPair[] {
  const out: MatrixPair[] = [];
  for (let i = 1; i < topics.length; i++) for (let j = 0; j < i; j++) out.push({ a: topics[i]!, b: topics[j]!, count: count(topics[i]!, topics[j]!) });
  return out;
}

/** Cell size and label room for a matrix of these topics. */
function layout(topics: readonly string[]): { labels: string[]; labelW: number; reach: number; cell: number } {
  const n = topics.length - 1; // rows: topics[1..], columns: topics[..n-1]
  const labels = topics.map((t) => truncate(t, MAX_LABEL));
  const labelW = Math.max(...labels.slice(1).map((l) => textWidth(l, FONT))) + 8;
  // Slanted column labels reach up and to the right by their width × cos 45°.
  const reach = Math.max(...labels.slice(0, n).map((l) => textWidth(l, FONT))) * Math.SQRT1_2;
  const cell = Math.min(MAX_CELL, (WIDTH - labelW - reach - 4) / n);
  return { labels, labelW, reach, cell };
}

/**
 * How many of the leading `topics` (at most `limit`) fit in the matrix with
 * every cell's number at full text size: large archives have four- and
 * five-digit pair counts, which need wider cells, hence fewer topics.
 */
export function matrixFit(topics: readonly string[], count: (a: string, b: string) => number, limit: number): number {
  for (let k = Math.min(limit, topics.length); k > 2; k--) {
    const shown = topics.slice(0, k);
    const max = Math.max(0, ...matrixPairs(shown, count).map((p) => p.count));
    if (layout(shown).cell >= textWidth(fmt(max), CELL_FONT) + 8) return k;
  }
  // Nothing fits (absurdly long numbers): keep the topics, the numbers shrink.
  return Math.min(limit, topics.length);
}

export function cooccurrenceMatrix(topics: readonly string[], count: (a: string, b: string) => number, opts: MatrixOptions): string {
  const pairs = matrixPairs(topics, count);
  if (topics.length < 2) return chartBlock('empty', null, opts.caption, null);
  const n = topics.length - 1;
  const { labels, labelW, reach, cell } = layout(topics);
  const colLabelH = reach + FONT + 6;
  const top = Math.ceil(colLabelH);
  const height = Math.ceil(top + n * cell + 4);
  const max = Math.max(1, ...pairs.map((p) => p.count));
  // Full size when the topics were chosen with matrixFit; otherwise numbers shrink to fit.
  const cellFont = Math.max(9, Math.min(CELL_FONT, (cell - 8) / (textWidth(fmt(max), CELL_FONT) / CELL_FONT)));

  const parts: string[] = [
    svgOpen(opts.id, WIDTH, height, opts.title, opts.caption, FONT),
  ];
  // Column labels, slanted so long names fit above narrow columns.
  parts.push('<g class="chart-label" fill="currentColor">');
  for (let j = 0; j < n; j++) {
    const x = labelW + (j + 0.5) * cell;
    const y = top - 4;
    parts.push(`<text x="${r(x)}" y="${r(y)}" transform="rotate(-45 ${r(x)} ${r(y)})">${esc(labels[j]!)}</text>`);
  }
  parts.push('</g>');

  for (let i = 1; i <= n; i++) {
    const y0 = top + (i - 1) * cell;
    const topic = topics[i]!;
    const rowLabel = `<text class="chart-label" x="${r(labelW - 6)}" y="${r(y0 + cell / 2 + FONT * 0.35)}" text-anchor="end" fill="currentColor">${esc(labels[i]!)}</text>`;
    const href = opts.hrefFor(topic);
    parts.push(href === null ? rowLabel : `<a href="${esc(href)}"><title>${esc(`Topik ${topic}`)}</title>${rowLabel}</a>`);
    for (let j = 0; j < i; j++) {
      const c = count(topic, topics[j]!);
      const x0 = labelW + j * cell;
      const strength = c / max;
      // Shade steps over the middle tones, where neither dark nor light digits would stand out:
      // light cells stay at most 55 % opaque (page-colour digits), dark ones at least 80 % (background-colour digits).
      const strong = c > 0 && strength > 0.6;
      const opacity = strong ? 0.8 + 0.5 * (strength - 0.6) : 0.1 + 0.75 * strength;
      const fill =
        c === 0
          ? `<rect class="chart-cell-empty" x="${r(x0 + 1)}" y="${r(y0 + 1)}" width="${r(cell - 2)}" height="${r(cell - 2)}" fill="none" stroke="currentColor" stroke-opacity="0.25"/>`
          : `<rect class="chart-heat" x="${r(x0 + 1)}" y="${r(y0 + 1)}" width="${r(cell - 2)}" height="${r(cell - 2)}" fill="currentColor" fill-opacity="${opacity.toFixed(2)}"/>`;
      const text = `<text class="chart-cell-value${strong ? ' chart-on-strong' : ''}" x="${r(x0 + cell / 2)}" y="${r(y0 + cell / 2)}" text-anchor="middle" dominant-baseline="central" font-size="${r(cellFont)}" fill="${strong ? '#fff' : 'currentColor'}">${fmt(c)}</text>`;
      parts.push(`<g class="chart-cell"><title>${esc(`${topic} dan ${topics[j]!}: ${articles(c)} bersama`)}</title>${fill}${text}</g>`);
    }
  }
  parts.push('</svg>');

  const rows = [...pairs]
    .sort((x, y) => y.count - x.count)
    .map((p) => `<tr><td>${esc(p.a)}</td><td>${esc(p.b)}</td><td>${fmt(p.count)}</td></tr>`);
  const table =
    `<table class="chart-table"><caption>${esc(opts.title)}</caption>` +
    `<thead><tr><th scope="col">Topik</th><th scope="col">Bersama topik</th><th scope="col">Artikel</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`;
  return chartBlock('matrix', parts.join(''), opts.caption, table);
}
