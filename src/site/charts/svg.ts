/**
 * Small helpers shared by the chart builders: escaping, number formatting and
 * rounding coordinates so the SVG text stays short.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and double-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const NUMBER = new Intl.NumberFormat('id-ID');

/** `12.345` — Indonesian digit grouping. */
export function fmt(n: number): string {
  return NUMBER.format(n);
}

/** `1 artikel`, `12.345 artikel`. */
export function articles(n: number): string {
  return `${fmt(n)} artikel`;
}

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

/** Rough width of a label in SVG units (average glyph ≈ 0.58 em for the UI sans-serif). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}

/** Shortens a label to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
