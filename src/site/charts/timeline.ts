/**
 * Timeline: articles per month (or quarter, or year) as an SVG bar chart.
 *
 * The time axis is continuous, so an empty month is an empty slot (a gap), not
 * a missing bar. Each bar is a link to the archive page it counts. The SVG has a
 * <title>/<desc>, every bar a <title>, and the same numbers sit in a data table
 * under the chart. No inline styles (the site's CSP forbids them): colours come
 * from classes in style.css, with `currentColor` presentation attributes as the
 * fallback, so the chart follows light/dark mode and prints.
 */
import type { MonthCount } from '../../archive/stats.ts';
import { articles, chartBlock, esc, fmt, niceScale, r, svgOpen, textWidth } from './svg.ts';
import { bucketMonths, chooseBucketKind, onStep, tickStep, tickText, type BucketKind, type TimeBucket } from './timeBuckets.ts';

export interface TimelineOptions {
  /** Prefix for element ids; must be unique on the page. */
  id: string;
  /** Short accessible title, e.g. `Artikel per bulan`. */
  title: string;
  /** Visible one-sentence caption; defaults to a summary of the numbers. */
  caption?: string;
  /** Link for a bar (already relative to the current page), or null for no link. */
  hrefFor: (bucket: TimeBucket) => string | null;
  /** A smaller chart for topic and outlet pages. */
  compact?: boolean;
  /** Upper bound on the number of bars (default 48; 36 for compact charts, which sit on many pages). */
  maxBuckets?: number;
}

export interface TimelineChart {
  html: string;
  kind: BucketKind;
  buckets: TimeBucket[];
}

const KIND_WORD: Record<BucketKind, string> = { month: 'bulan', quarter: 'kuartal', year: 'tahun' };
const KIND_HEADER: Record<BucketKind, string> = { month: 'Bulan', quarter: 'Kuartal', year: 'Tahun' };

const WIDTH = 640;
const MAX_BUCKETS = 48;
const COMPACT_MAX_BUCKETS = 36;

/** One-sentence summary of a series: total, span, unit and the busiest period. */
export function summarise(buckets: readonly TimeBucket[], kind: BucketKind): string {
  const total = buckets.reduce((s, b) => s + b.count, 0);
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last || total === 0) return 'Belum ada artikel bertanggal.';
  let peak = first;
  for (const b of buckets) if (b.count > peak.count) peak = b;
  const span = first === last ? first.label : `${first.label} sampai ${last.label}`;
  const empty = buckets.filter((b) => b.count === 0).length;
  const gaps = empty > 0 ? `, ${fmt(empty)} ${KIND_WORD[kind]} tanpa artikel` : '';
  return `${articles(total)} dari ${span}, dihitung per ${KIND_WORD[kind]}; terbanyak ${articles(peak.count)} pada ${peak.label}${gaps}.`;
}

export function timelineChart(months: readonly MonthCount[], opts: TimelineOptions): TimelineChart {
  const kind = months.length === 0 ? 'month' : chooseBucketKind(months[0]!.month, months[months.length - 1]!.month, opts.maxBuckets ?? (opts.compact ? COMPACT_MAX_BUCKETS : MAX_BUCKETS));
  const buckets = bucketMonths(months, kind);
  const summary = summarise(buckets, kind);
  const caption = opts.caption ?? summary;
  const total = buckets.reduce((s, b) => s + b.count, 0);
  if (buckets.length === 0 || total === 0) {
    return { html: chartBlock('empty', null, caption, null), kind, buckets };
  }
  const svg = timelineSvg(buckets, kind, opts, summary);
  const table = dataTable(buckets, kind, opts);
  const html = chartBlock(opts.compact ? 'timeline chart--compact' : 'timeline', svg, caption, table);
  return { html, kind, buckets };
}

/**
 * Chart text is sized twice: FONT for wide screens and PHONE_FONT (in the same
 * viewBox units) for phones, where the SVG is drawn at about half its size.
 * Tick labels that only fit at the small size carry `chart-fine`, the ones
 * placed for the big size `chart-coarse`; style.css shows one set or the other.
 */
export const FONT = 12;
export const PHONE_FONT = 20;

function timelineSvg(buckets: TimeBucket[], kind: BucketKind, opts: TimelineOptions, summary: string): string {
  const compact = opts.compact === true;
  const height = compact ? 170 : 270;
  const max = Math.max(...buckets.map((b) => b.count));
  const { step, top } = niceScale(max, compact ? 2 : 4);
  const left = Math.ceil(textWidth(fmt(top), PHONE_FONT)) + 8;
  const right = 8;
  const plotW = WIDTH - left - right;
  const slot = plotW / buckets.length;

  // X tick steps, once per text size. Quarter ticks only when every quarter has
  // its label: "K1 K3 K1 K3" says less than the years below.
  const widest = (font: number): number => Math.max(...buckets.map((b) => textWidth(tickText(b), font)));
  const stepFor = (font: number): number => {
    const s = tickStep(kind, slot, widest(font));
    return kind === 'quarter' && s !== 1 ? 0 : s;
  };
  const fine = stepFor(FONT);
  const coarse = stepFor(PHONE_FONT);
  // Rows under the axis: ticks, then years (years move up when there are no ticks).
  const rows = kind === 'year' || (coarse === 0 && fine === 0) ? 1 : 2;

  const topPad = PHONE_FONT / 2 + 2;
  const bottom = 6 + rows * (PHONE_FONT + 5);
  const plotH = height - topPad - bottom;
  const gap = Math.max(1, Math.min(slot * 0.2, 6));
  const barW = Math.min(slot - gap, 48);
  const baseY = topPad + plotH;
  const y = (v: number): number => baseY - (v / top) * plotH;
  const row1 = baseY + 5;

  const parts: string[] = [svgOpen(opts.id, WIDTH, height, opts.title, summary, FONT)];

  // Horizontal grid and y labels.
  parts.push('<g class="chart-grid" stroke="currentColor" stroke-opacity="0.18">');
  for (let v = step; v <= top; v += step) parts.push(`<line x1="${left}" x2="${WIDTH - right}" y1="${r(y(v))}" y2="${r(y(v))}"/>`);
  parts.push('</g><g class="chart-label" fill="currentColor" text-anchor="end" dominant-baseline="central">');
  for (let v = 0; v <= top; v += step) parts.push(`<text x="${left - 5}" y="${r(y(v))}">${fmt(v)}</text>`);
  parts.push('</g>');

  // Bars: a transparent full-height hit area per slot so thin bars are easy to point at.
  parts.push('<g class="chart-bars">');
  buckets.forEach((b, i) => {
    if (b.count === 0) return;
    const x = left + i * slot;
    const h = Math.max(1.5, (b.count / top) * plotH);
    const inner =
      `<title>${esc(`${b.label}: ${articles(b.count)}`)}</title>` +
      `<rect class="chart-hit" x="${r(x)}" y="${r(topPad)}" width="${r(slot)}" height="${r(plotH)}" fill="#000" fill-opacity="0"/>` +
      `<rect class="chart-bar" x="${r(x + (slot - barW) / 2)}" y="${r(baseY - h)}" width="${r(barW)}" height="${r(h)}" fill="currentColor"/>`;
    const href = opts.hrefFor(b);
    parts.push(href === null ? `<g class="chart-col">${inner}</g>` : `<a class="chart-col" href="${esc(href)}">${inner}</a>`);
  });
  parts.push('</g>');

  // Baseline.
  parts.push(`<line class="chart-axis" x1="${left}" x2="${WIDTH - right}" y1="${r(baseY)}" y2="${r(baseY)}" stroke="currentColor"/>`);

  // Tick labels: shared ones unmarked, the rest marked for one text size.
  parts.push('<g class="chart-label" fill="currentColor" text-anchor="middle" dominant-baseline="hanging">');
  buckets.forEach((b, i) => {
    const f = onStep(b, fine);
    const c = onStep(b, coarse);
    if (!f && !c) return;
    const cls = f && c ? '' : f ? ' class="chart-fine"' : ' class="chart-coarse"';
    parts.push(`<text${cls} x="${r(left + (i + 0.5) * slot)}" y="${r(row1)}">${esc(tickText(b))}</text>`);
  });
  parts.push('</g>');

  if (kind !== 'year') {
    for (const [font, s, cls] of [
      [FONT, fine, 'chart-fine'],
      [PHONE_FONT, coarse, 'chart-coarse'],
    ] as const) {
      const yearY = s === 0 ? row1 : row1 + font + 4;
      // Year starts get a tick reaching down beside the year label.
      const end = r(yearY + font + 2);
      const ticks = buckets
        .map((b, i) => (i > 0 && b.part === 1 ? `<line x1="${r(left + i * slot)}" x2="${r(left + i * slot)}" y1="${r(baseY)}" y2="${end}"/>` : ''))
        .join('');
      parts.push(`<g class="chart-axis ${cls}" stroke="currentColor" stroke-opacity="0.5">${ticks}</g>`);
      parts.push(yearRow(buckets, left, slot, yearY, font, cls));
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Years under month or quarter ticks, at each year's first bucket; every 2nd,
 * 5th or 10th year when years are too narrow for their labels, and a partial
 * first year only when its label fits before the next one.
 */
function yearRow(buckets: TimeBucket[], left: number, slot: number, y: number, font: number, cls: string): string {
  const yearW = textWidth('0000', font) + 6;
  const perYear = buckets[0]?.kind === 'quarter' ? 4 : 12;
  const every = [1, 2, 5, 10, 20, 50, 100].find((k) => k * perYear * slot >= yearW) ?? 100;
  const starts = buckets
    .map((b, i) => ({ b, i }))
    .filter(({ b, i }) => (i === 0 || b.part === 1) && (i === 0 || Number(b.year) % every === 0));
  const labels: string[] = [];
  starts.forEach(({ b, i }, k) => {
    const x = left + i * slot;
    const next = starts[k + 1];
    const room = (next ? next.i - i : buckets.length - i) * slot;
    if (room >= yearW || (!next && x + yearW <= WIDTH)) labels.push(`<text x="${r(x + 3)}" y="${r(y)}">${esc(b.year)}</text>`);
  });
  return `<g class="chart-label ${cls}" fill="currentColor" text-anchor="start" dominant-baseline="hanging" font-size="${font}">${labels.join('')}</g>`;
}

function dataTable(buckets: TimeBucket[], kind: BucketKind, opts: TimelineOptions): string {
  const rows = buckets.map((b) => {
    const href = b.count > 0 ? opts.hrefFor(b) : null;
    const label = href === null ? timeHtml(b) : `<a href="${esc(href)}">${timeHtml(b)}</a>`;
    return `<tr><th scope="row">${label}</th><td>${fmt(b.count)}</td></tr>`;
  });
  return (
    `<table class="chart-table"><caption>${esc(opts.title)}</caption>` +
    `<thead><tr><th scope="col">${KIND_HEADER[kind]}</th><th scope="col">Artikel</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

/** The bucket's label with machine-readable dates: `<time datetime="2020-02">Februari 2020</time>`. */
function timeHtml(b: TimeBucket): string {
  if (b.kind === 'quarter') {
    const [from = '', to = ''] = b.label.split('–');
    return `<time datetime="${b.start}">${esc(from)}</time>–<time datetime="${b.end}">${esc(to)}</time>`;
  }
  return `<time datetime="${b.kind === 'year' ? b.year : b.start}">${esc(b.label)}</time>`;
}
