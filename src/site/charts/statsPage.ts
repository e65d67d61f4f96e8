/**
 * The statistics page's charts and the small timelines of topic and outlet
 * pages, from the archive's statistics and the site's link paths. Pure: data
 * in, HTML strings out (printed by templates/kinds/statistik.njk through a filter).
 */
import { fillMonths, pairCount, type ArchiveStats, type MonthCount, type MonthKey } from '../../archive/stats.ts';
import { barChart, type BarItem } from './bars.ts';
import { cooccurrenceMatrix, matrixFit } from './matrix.ts';
import { articles, esc, fmt } from './svg.ts';
import { timelineChart } from './timeline.ts';
import type { TimeBucket } from './timeBuckets.ts';

/** Root-relative paths (`arsip/2020/02/index.html`) of the pages charts link to, or null when there is none. */
export interface ChartLinks {
  month(month: MonthKey): string | null;
  year(year: string): string | null;
  outlet(name: string): string | null;
  topic(name: string): string | null;
}

export interface ChartSection {
  id: string;
  heading: string;
  html: string;
}

/** How many topics the co-occurrence matrix shows. */
export const MATRIX_TOPICS = 8;
/** How many bars the outlet and topic charts draw (the tables list all). */
export const BAR_LIMIT = 12;
export const UNKNOWN_OUTLET = 'Tanpa nama media';

/** A bar's link: the month archive for a month, the year archive for a quarter or a year. */
export function bucketHref(links: ChartLinks, rel: string): (b: TimeBucket) => string | null {
  return (b) => {
    const path = b.kind === 'month' ? links.month(b.start) : links.year(b.year);
    return path === null ? null : rel + path;
  };
}

function withRel(rel: string, path: string | null): string | null {
  return path === null ? null : rel + path;
}

export function statsSections(stats: ArchiveStats, links: ChartLinks, rel: string): ChartSection[] {
  const sections: ChartSection[] = [];

  const timeline = timelineChart(stats.months, { id: 'grafik-bulan', title: 'Artikel per waktu terbit', hrefFor: bucketHref(links, rel) });
  const undated = stats.undated > 0 ? ` ${articles(stats.undated)} tanpa tanggal tidak dihitung di sini.` : '';
  sections.push({ id: 'per-bulan', heading: 'Artikel per waktu terbit', html: timeline.html + (undated ? `<p class="chart-note">${esc(undated.trim())}</p>` : '') });

  const outletItems: BarItem[] = stats.outlets.map((o) => ({ label: o.name, count: o.count, href: withRel(rel, links.outlet(o.name)) }));
  if (stats.unknownOutlet > 0) {
    // In its place by count (after named outlets with as many), so a large unknown share is drawn too.
    const at = outletItems.findIndex((o) => o.count < stats.unknownOutlet);
    outletItems.splice(at === -1 ? outletItems.length : at, 0, { label: UNKNOWN_OUTLET, count: stats.unknownOutlet, href: null, muted: true });
  }
  const topOutlet = stats.outlets[0];
  sections.push({
    id: 'per-media',
    heading: 'Artikel per media',
    html: barChart(outletItems, {
      id: 'grafik-media',
      title: 'Artikel per media',
      itemHeader: 'Media',
      limit: BAR_LIMIT,
      caption: topOutlet
        ? `${fmt(stats.outlets.length)} media; terbanyak ${topOutlet.name} dengan ${articles(topOutlet.count)}${stats.unknownOutlet > 0 ? `, dan ${articles(stats.unknownOutlet)} tanpa nama media` : ''}.`
        : 'Belum ada artikel dengan nama media.',
    }),
  });

  const topTopic = stats.topics[0];
  const shownTopics = Math.min(BAR_LIMIT, stats.topics.length);
  sections.push({
    id: 'per-topik',
    heading: 'Topik terbanyak',
    html: barChart(
      stats.topics.map((t) => ({ label: t.name, count: t.count, href: withRel(rel, links.topic(t.name)) })),
      {
        id: 'grafik-topik',
        title: 'Artikel per topik',
        itemHeader: 'Topik',
        limit: BAR_LIMIT,
        caption: topTopic
          ? `${shownTopics < stats.topics.length ? `${fmt(shownTopics)} dari ${fmt(stats.topics.length)}` : fmt(stats.topics.length)} topik; paling sering ${topTopic.name} di ${articles(topTopic.count)}${stats.untagged > 0 ? `, dan ${articles(stats.untagged)} tanpa topik` : ''}.`
          : 'Belum ada artikel bertopik.',
      },
    ),
  });

  const count = pairCount(stats);
  const leading = stats.topics.slice(0, MATRIX_TOPICS).map((t) => t.name);
  const matrixTopics = leading.slice(0, matrixFit(leading, count, MATRIX_TOPICS));
  let best: { a: string; b: string; count: number } | null = null;
  for (let i = 0; i < matrixTopics.length; i++)
    for (let j = 0; j < i; j++) {
      const c = count(matrixTopics[i]!, matrixTopics[j]!);
      if (c > 0 && (best === null || c > best.count)) best = { a: matrixTopics[j]!, b: matrixTopics[i]!, count: c };
    }
  sections.push({
    id: 'topik-bersama',
    heading: 'Topik yang muncul bersama',
    html: cooccurrenceMatrix(matrixTopics, count, {
      id: 'grafik-bersama',
      title: `Artikel yang memuat dua topik sekaligus, ${fmt(matrixTopics.length)} topik terbanyak`,
      hrefFor: (t) => withRel(rel, links.topic(t)),
      caption:
        matrixTopics.length < 2
          ? 'Belum cukup topik untuk dibandingkan.'
          : best
            ? `Di antara ${fmt(matrixTopics.length)} topik terbanyak, ${best.a} dan ${best.b} paling sering muncul bersama, di ${articles(best.count)}.`
            : `${fmt(matrixTopics.length)} topik terbanyak belum pernah muncul dalam artikel yang sama.`,
    }),
  });
  return sections;
}

/**
 * A group's (topic's, outlet's) month series on the archive's whole span, so
 * its timeline lines up with the archive's.
 */
export function groupSeries(months: ReadonlyMap<MonthKey, number> | undefined, archiveMonths: readonly MonthCount[]): MonthCount[] {
  const first = archiveMonths[0]?.month;
  const last = archiveMonths[archiveMonths.length - 1]?.month;
  if (!months || first === undefined || last === undefined) return [];
  return fillMonths(months, { first, last });
}

/** The small timeline printed on a topic or outlet page. */
export function groupTimeline(name: string, kind: 'topic' | 'outlet', months: readonly MonthCount[], links: ChartLinks, rel: string): string {
  const what = kind === 'topic' ? `topik ${name}` : name;
  const chart = timelineChart(months, {
    id: 'grafik-linimasa',
    title: `Artikel ${what} per waktu terbit`,
    hrefFor: bucketHref(links, rel),
    compact: true,
  });
  return chart.html;
}
