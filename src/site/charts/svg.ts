/**
 * Small helpers shared by the chart builders: escaping, number formatting and
 * rounding coordinates so the SVG text stays short.
 */

import { escapeHtml as esc } from '../escape.ts';

/** Escapes text for element content and double-quoted attributes. */
export { esc };

/** `12.345` — Indonesian digit grouping, the site's one number format (src/archive/indonesian.ts). */
export { formatNumber as fmt } from '../../archive/indonesian.ts';

/** `1 artikel`, `12.345 artikel`. */
export { articleCount as articles } from '../../archive/indonesian.ts';

/** Coordinates with at most one decimal, no trailing `.0`. */
export function r(n: number): string {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
}

/**
 * A "nice" axis step (1, 2, 5 × 10^k) giving at most `maxTicks` steps up to `max`,
 * and the rounded-up axis top. Counts are whole numbers, so the step is at least 1.
 */
export function niceScale(max: number, maxTicks = 4): { step: number; top: number } {
  if (max <= 0) return { step: 1, top: 1 };
  let step = 1;
  for (let k = 1; ; k *= 10) {
    const found = [1, 2, 5].map((m) => m * k).find((s) => Math.ceil(max / s) <= maxTicks);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  return { step, top: Math.ceil(max / step) * step };
}

/**
 * Generous width of a label in SVG units, from rough glyph widths (in em) of
 * the widest common UI sans-serif (DejaVu Sans, Chromium's fallback on Linux),
 * so labels placed with it do not collide or clip in narrower fonts either.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += glyphEm(ch);
  return em * fontSize;
}

function glyphEm(ch: string): number {
  if (ch === 'm' || ch === 'M' || ch === 'W') return 0.97;
  if (ch === 'w') return 0.82;
  if ('iljtfr.,:;|!\'’'.includes(ch)) return 0.36;
  if (ch === ' ') return 0.32;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch !== ch.toLowerCase()) return 0.76;
  return 0.64;
}

/** Shortens a label to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/**
 * The opening of a chart's <svg>: a named group (its <title>) described by its
 * <desc>. Not role="img": the bars inside are links and must stay reachable.
 */
export function svgOpen(id: string, width: number, height: number, title: string, desc: string, font: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${id}-t" aria-describedby="${id}-d" font-size="${font}">` +
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>`
  );
}

/**
 * A chart block: the SVG and its one-sentence caption as a <figure>, then the
 * same numbers as a table in a <details> (outside the figure, so the figure's
 * accessible name stays the caption). Without an SVG, only the caption.
 */
export function chartBlock(variant: string, svg: string | null, caption: string, table: string | null, summary = 'Tabel data'): string {
  const figure =
    `<figure class="chart-figure">` +
    (svg === null ? '' : `<div class="chart-frame">${svg}</div>`) +
    `<figcaption class="chart-caption">${esc(caption)}</figcaption></figure>`;
  const details = table === null ? '' : `<details class="chart-data"><summary>${esc(summary)}</summary>${table}</details>`;
  return `<div class="chart chart--${variant}">${figure}${details}</div>`;
}
