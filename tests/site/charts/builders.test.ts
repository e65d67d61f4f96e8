/** src/site/charts: the SVG builders draw the numbers they are given, stay legible and stay small. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { computeStats, fillMonths, nextMonth, pairCount, type MonthCount } from '../../../src/archive/stats.ts';
import { barChart } from '../../../src/site/charts/bars.ts';
import { cooccurrenceMatrix, matrixFit } from '../../../src/site/charts/matrix.ts';
import { statsSections, type ChartLinks } from '../../../src/site/charts/statsPage.ts';
import { textWidth } from '../../../src/site/charts/svg.ts';
import { FONT, PHONE_FONT, timelineChart } from '../../../src/site/charts/timeline.ts';
import { attributes, countBetween, rowRange, svgBars, tableRows, unescapeHtml } from './support.ts';

function series(first: string, counts: number[]): MonthCount[] {
  const out: MonthCount[] = [];
  let m = first;
  for (const c of counts) {
    out.push({ month: m, count: c });
    m = nextMonth(m);
  }
  return out;
}

const monthLink = (b: { kind: string; start: string; year: string }): string =>
  b.kind === 'month' ? `../arsip/${b.start.slice(0, 4)}/${b.start.slice(5)}/index.html` : `../arsip/${b.year}/index.html`;

function svgOf(html: string): string {
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0];
  assert.ok(svg, 'chart has an svg');
  return svg;
}

test('the time axis uses months, then quarters, then years as the span grows, never more than 48 bars', () => {
  const cases: [number, string][] = [
    [1, 'month'],
    [26, 'month'],
    [48, 'month'],
    [49, 'quarter'],
    [120, 'quarter'],
    [12 * 25, 'year'],
    [12 * 80, 'year'],
  ];
  for (const [n, kind] of cases) {
    const chart = timelineChart(series('2001-01', Array.from({ length: n }, (_, i) => (i % 5) + 1)), { id: 'x', title: 'x', hrefFor: monthLink });
    assert.equal(chart.kind, kind, `${n} months`);
    assert.ok(chart.buckets.length <= (kind === 'year' ? 81 : 48), `${n} months → ${chart.buckets.length} bars`);
  }
  // Twelve calendar years are exactly 48 quarters; the same span shifted by a month needs 49, so years.
  const twelveYears = Array.from({ length: 144 }, () => 1);
  assert.equal(timelineChart(series('2014-01', twelveYears), { id: 'x', title: 'x', hrefFor: monthLink }).kind, 'quarter');
  assert.equal(timelineChart(series('2014-02', twelveYears), { id: 'x', title: 'x', hrefFor: monthLink }).kind, 'year');
});

test('property: every bucket (bar and table row) holds exactly the sum of its months', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1990, max: 2030 }),
      fc.integer({ min: 1, max: 12 }),
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5000 })), { minLength: 1, maxLength: 400 }),
      (year, month, counts) => {
        const months = series(`${year}-${String(month).padStart(2, '0')}`, counts);
        const byMonth = new Map(months.map((m) => [m.month, m.count]));
        const chart = timelineChart(months, { id: 'g', title: 'Artikel', hrefFor: monthLink });
        if (counts.every((c) => c === 0)) return;
        const rows = tableRows(chart.html);
        assert.equal(rows.length, chart.buckets.length);
        for (const row of rows) {
          const { start, end } = rowRange(row);
          assert.equal(row.count, countBetween(byMonth, start, end), row.cells[0]);
        }
        // One bar per non-empty bucket, in order, with the same numbers.
        const bars = svgBars(chart.html);
        assert.deepEqual(
          bars.map((b) => b.count),
          rows.filter((r) => r.count > 0).map((r) => r.count),
        );
        assert.equal(rows.reduce((s, r) => s + r.count, 0), counts.reduce((s, c) => s + c, 0));
      },
    ),
    { numRuns: 150 },
  );
});

test('empty months are gaps: the bars keep their place on the time axis', () => {
  const chart = timelineChart(series('2020-01', [3, 0, 0, 1, 0, 2]), { id: 'g', title: 'Artikel', hrefFor: monthLink });
  const svg = svgOf(chart.html);
  const rects = [...svg.matchAll(/<rect class="chart-bar"[^>]*>/g)].map((m) => attributes(m[0]));
  assert.equal(rects.length, 3);
  const centre = (a: Record<string, string>): number => Number(a.x) + Number(a.width) / 2;
  const [a, b, c] = rects.map(centre) as [number, number, number];
  // Months 0, 3 and 5: the distances are 3 and 2 slots.
  assert.ok(Math.abs((b - a) / (c - b) - 3 / 2) < 0.01, `${a} ${b} ${c}`);
  const rows = tableRows(chart.html);
  assert.deepEqual(
    rows.map((r) => `${r.cells[0]}=${r.count}`),
    ['Januari 2020=3', 'Februari 2020=0', 'Maret 2020=0', 'April 2020=1', 'Mei 2020=0', 'Juni 2020=2'],
  );
  // Empty months are not links (there is no page for them).
  assert.deepEqual(
    rows.map((r) => r.href),
    ['../arsip/2020/01/index.html', null, null, '../arsip/2020/04/index.html', null, '../arsip/2020/06/index.html'],
  );
  assert.match(chart.html, /3 bulan tanpa artikel/);
});

test('bars link to the month archive they count (months) or the year archive (quarters, years)', () => {
  const monthly = timelineChart(series('2020-02', [1, 2]), { id: 'g', title: 'A', hrefFor: monthLink });
  assert.deepEqual(
    svgBars(monthly.html).map((b) => [b.label, b.href]),
    [
      ['Februari 2020', '../arsip/2020/02/index.html'],
      ['Maret 2020', '../arsip/2020/03/index.html'],
    ],
  );
  const quarterly = timelineChart(series('2015-01', Array.from({ length: 60 }, () => 1)), { id: 'g', title: 'A', hrefFor: monthLink });
  const first = svgBars(quarterly.html)[0]!;
  assert.deepEqual([first.label, first.count, first.href], ['Januari–Maret 2015', 3, '../arsip/2015/index.html']);
  const yearly = timelineChart(series('1990-01', Array.from({ length: 360 }, () => 2)), { id: 'g', title: 'A', hrefFor: () => null });
  const y = svgBars(yearly.html)[0]!;
  assert.deepEqual([y.label, y.count, y.href], ['1990', 24, null]);
});

test('bar heights are proportional to the counts', () => {
  const chart = timelineChart(series('2020-01', [10, 5, 20, 1, 7]), { id: 'g', title: 'A', hrefFor: monthLink });
  const bars = svgBars(chart.html);
  const unit = bars[2]!.length / 20;
  for (const b of bars) assert.ok(Math.abs(b.length - b.count * unit) <= 0.1, `${b.label}: ${b.length} vs ${b.count * unit}`);
});

test('axis labels never overlap, at desktop and at phone text size, for any span', () => {
  for (const n of [1, 2, 7, 13, 26, 48, 49, 100, 141, 200, 400, 1200]) {
    for (const compact of [false, true]) {
      const chart = timelineChart(series('1999-07', Array.from({ length: n }, (_, i) => (i % 3 === 1 ? 0 : 1 + (i % 7)))), { id: 'g', title: 'A', hrefFor: monthLink, compact });
      const svg = svgOf(chart.html);
      const [, , width, height] = attributes(/<svg[^>]*>/.exec(svg)![0]).viewBox!.split(' ').map(Number) as [number, number, number, number];
      // Each label group: [font size, hidden class]. Desktop shows all but .chart-coarse, phones all but .chart-fine.
      for (const [font, hidden] of [
        [FONT, 'chart-coarse'],
        [PHONE_FONT, 'chart-fine'],
      ] as const) {
        const rows = new Map<string, { x: number; w: number; anchor: string }[]>();
        for (const g of svg.matchAll(/<g class="chart-label( chart-(?:fine|coarse))?"([^>]*)>([\s\S]*?)<\/g>/g)) {
          if (g[1]?.trim() === hidden) continue;
          const gAttrs = attributes(`<g ${g[2]}>`);
          if (gAttrs['text-anchor'] === 'end') continue; // the y axis
          for (const t of g[3]!.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
            const a = attributes(`<t ${t[1]}>`);
            if (a.class === hidden) continue;
            const y = a.y!;
            // Hanging text: it must end inside the SVG.
            assert.ok(Number(y) + font <= height + 0.5, `${n} months, font ${font}: "${t[2]}" below the chart`);
            const list = rows.get(y) ?? [];
            list.push({ x: Number(a.x), w: textWidth(unescapeHtml(t[2]!), font), anchor: gAttrs['text-anchor'] ?? 'start' });
            rows.set(y, list);
          }
        }
        assert.ok(rows.size > 0, `${n} months: some labels`);
        for (const [, labels] of rows) {
          const spans = labels
            .map((l) => (l.anchor === 'middle' ? [l.x - l.w / 2, l.x + l.w / 2] : [l.x, l.x + l.w]) as [number, number])
            .sort((p, q) => p[0] - q[0]);
          for (let i = 1; i < spans.length; i++) assert.ok(spans[i]![0] >= spans[i - 1]![1], `${n} months, font ${font}: labels overlap`);
          for (const [from, to] of spans) assert.ok(from >= 0 && to <= width + 1, `${n} months, font ${font}: label outside the chart`);
        }
      }
    }
  }
});

const links: ChartLinks = {
  month: (m) => `arsip/${m.slice(0, 4)}/${m.slice(5)}/index.html`,
  year: (y) => `arsip/${y}/index.html`,
  outlet: (o) => `media/${o.toLowerCase()}/index.html`,
  topic: (t) => `topik/${t.toLowerCase()}/index.html`,
};

test('hostile names are escaped: every chart is well-formed SVG, with no inline style anywhere', () => {
  const evil = `<script>alert(1)</script>"'&`;
  const stats = computeStats([
    { published: '2020-02-03', outlet: evil, topics: [evil, 'China'] },
    { published: '2020-03-03', outlet: 'Suara.com', topics: ['China', 'WHO'] },
  ]);
  const html = statsSections(stats, { ...links, outlet: () => `media/${evil}/index.html` }, '../')
    .map((s) => s.html)
    .join('');
  assert.doesNotMatch(html, /<script/);
  assert.doesNotMatch(html, /\sstyle=|<style/);
  const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
  assert.equal(svgs.length, 4);
  for (const svg of svgs) assert.equal(XMLValidator.validate(svg), true);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;'));
});

test('horizontal bars: the top items drawn, every item in the table, widths proportional', () => {
  const items = Array.from({ length: 30 }, (_, i) => ({ label: `Media ${i}`, count: 300 - i * 10, href: `../media/${i}/index.html` }));
  const html = barChart(items, { id: 'm', title: 'Artikel per media', caption: 'Keterangan.', itemHeader: 'Media', limit: 12 });
  const bars = svgBars(html, true);
  assert.equal(bars.length, 12);
  assert.deepEqual(
    bars.map((b) => [b.label, b.count, b.href]),
    items.slice(0, 12).map((i) => [i.label, i.count, i.href]),
  );
  const unit = bars[0]!.length / 300;
  for (const b of bars) assert.ok(Math.abs(b.length - b.count * unit) <= 0.1);
  assert.deepEqual(
    tableRows(html).map((r) => [r.cells[0], r.count]),
    items.map((i) => [i.label, i.count]),
  );
  assert.match(html, /Tabel data \(semua 30\)/);
});

test('co-occurrence matrix: each cell is the number of articles with both topics', () => {
  const records = [
    { published: null, outlet: null, topics: ['China', 'WHO', 'COVID-19'] },
    { published: null, outlet: null, topics: ['China', 'COVID-19'] },
    { published: null, outlet: null, topics: ['Rusia', 'Ukraina'] },
    { published: null, outlet: null, topics: ['China'] },
  ];
  const stats = computeStats(records);
  const topics = stats.topics.map((t) => t.name);
  const html = cooccurrenceMatrix(topics, pairCount(stats), { id: 'c', title: 'Bersama', caption: 'Keterangan.', hrefFor: () => null });
  const cells = [...svgOf(html).matchAll(/<g class="chart-cell"><title>(.*?) dan (.*?): (\d+) artikel bersama<\/title>[\s\S]*?>(\d+)<\/text><\/g>/g)];
  assert.equal(cells.length, (topics.length * (topics.length - 1)) / 2);
  for (const [, a, b, titled, shown] of cells) {
    const expected = records.filter((r) => r.topics.includes(a!) && r.topics.includes(b!)).length;
    assert.equal(Number(titled), expected, `${a} × ${b}`);
    assert.equal(Number(shown), expected, `${a} × ${b}`);
  }
  const rows = tableRows(html);
  assert.equal(rows.length, cells.length);
  assert.deepEqual(rows[0]!.cells, ['COVID-19', 'China', '2']);
});

test('the statistics charts stay small however large and long the archive is', () => {
  // 100,000 articles over 30 years, 40 outlets, 300 topics: counts only, built directly.
  const months = fillMonths(new Map(Array.from({ length: 360 }, (_, i) => [`${1995 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 250 + (i % 40)])));
  const stats = {
    ...computeStats([]),
    total: 100_000,
    dated: 100_000,
    months,
    outlets: Array.from({ length: 40 }, (_, i) => ({ name: `Media ${i}`, count: 5000 - i * 100 })),
    topics: Array.from({ length: 300 }, (_, i) => ({ name: `Topik ${i}`, count: 20000 - i * 50 })),
    cooccurrence: [{ a: 'Topik 0', b: 'Topik 1', count: 9000 }],
  };
  const sections = statsSections(stats, links, '../');
  const total = sections.reduce((s, x) => s + x.html.length, 0);
  const timeline = sections[0]!.html;
  assert.ok(svgOf(timeline).length < 16_000, `timeline svg ${svgOf(timeline).length} bytes`);
  // The small timeline sits on every topic and outlet page: at most 36 bars, a few KB.
  const small = timelineChart(series('2014-01', Array.from({ length: 144 }, () => 300)), { id: 'g', title: 'A', hrefFor: monthLink, compact: true });
  assert.equal(small.kind, 'year');
  assert.ok(small.html.length < 12_000, `compact timeline ${small.html.length} bytes`);
  assert.ok(total < 80_000, `statistics charts ${total} bytes`);
});

test('an empty archive gets captions that say so, and no empty SVGs', () => {
  const sections = statsSections(computeStats([]), links, '../');
  assert.equal(sections.length, 4);
  for (const s of sections) {
    assert.doesNotMatch(s.html, /<svg/);
    assert.match(s.html, /<figcaption class="chart-caption">Belum/);
  }
});

test('large pair counts: the matrix shows fewer topics rather than shrinking the numbers', () => {
  const topics = ['Indonesia', 'DPR', 'Gempa Bumi', 'PBB', 'KPK', 'ASEAN', 'China', 'Banjir'];
  const small = (): number => 7;
  const large = (a: string, b: string): number => 10_000 + a.length * 100 + b.length;
  assert.equal(matrixFit(topics, small, 8), 8);
  const k = matrixFit(topics, large, 8);
  assert.ok(k >= 3 && k < 8, `fits ${k}`);
  const html = cooccurrenceMatrix(topics.slice(0, k), large, { id: 'c', title: 'T', caption: 'C.', hrefFor: () => null });
  const sizes = [...html.matchAll(/class="chart-cell-value[^"]*"[^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  assert.equal(sizes.length, (k * (k - 1)) / 2);
  for (const s of sizes) assert.equal(s, 12);
});
