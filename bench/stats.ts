/**
 * Statistics benchmark: time to count 10,000 and 100,000 articles and to draw
 * every chart (statistics page + every topic and outlet timeline), and the
 * size of what lands on the pages. Records come from the corpus generator's
 * article model (dates, outlets as layouts, topics), without ingest.
 *
 *   npx tsx bench/stats.ts [--n 10000,100000]
 */
import { parseArgs } from 'node:util';
import { computeStatsAndGroups, type StatsRecord } from '../src/archive/stats.ts';
import { groupSeries, groupTimeline, statsSections, type ChartLinks } from '../src/site/charts/statsPage.ts';
import { generateArticle } from './corpus.ts';

const links: ChartLinks = {
  month: (m) => `arsip/${m.slice(0, 4)}/${m.slice(5)}/index.html`,
  year: (y) => `arsip/${y}/index.html`,
  outlet: (o) => `media/${encodeURIComponent(o)}/index.html`,
  topic: (t) => `topik/${encodeURIComponent(t)}/index.html`,
};

function records(n: number): StatsRecord[] {
  const out: StatsRecord[] = [];
  for (let i = 0; i < n; i++) {
    const a = generateArticle(1, i);
    const d = a.date;
    out.push({
      published: a.dateStyle === 'none' ? null : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
      outlet: a.layout,
      topics: a.topics,
    });
  }
  return out;
}

function ms(start: number): string {
  return `${(performance.now() - start).toFixed(1)} ms`;
}

const { values } = parseArgs({ options: { n: { type: 'string', default: '10000,100000' } } });
for (const n of values.n.split(',').map(Number)) {
  const recs = records(n);
  let t = performance.now();
  const { stats, groups } = computeStatsAndGroups(recs);
  const countTime = ms(t);
  t = performance.now();
  const sections = statsSections(stats, links, '../');
  const pageTime = ms(t);
  const pageBytes = sections.reduce((s, x) => s + x.html.length, 0);
  const svgBytes = sections.reduce((s, x) => s + (/<svg[\s\S]*?<\/svg>/.exec(x.html)?.[0].length ?? 0), 0);
  t = performance.now();
  let groupBytes = 0;
  let groupCount = 0;
  for (const [kind, map] of [
    ['topic', groups.topics],
    ['outlet', groups.outlets],
  ] as const) {
    for (const [name, months] of map) {
      groupBytes += groupTimeline(name, kind, groupSeries(months, stats.months), links, '../../').length;
      groupCount++;
    }
  }
  const groupTime = ms(t);
  console.log(
    `${n.toLocaleString('en')} articles, ${stats.months.length} months, ${stats.outlets.length} outlets, ${stats.topics.length} topics: ` +
      `count ${countTime}; statistics page charts ${pageTime} (${(pageBytes / 1024).toFixed(1)} KB HTML, of which SVG ${(svgBytes / 1024).toFixed(1)} KB); ` +
      `${groupCount} group timelines ${groupTime} (${(groupBytes / groupCount / 1024).toFixed(1)} KB each)`,
  );
}
