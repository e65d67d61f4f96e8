/**
 * The charts' way into the pages: two Eleventy filters, registered from
 * .eleventy.ts, that read the archive model (the global `archive`) and return
 * chart HTML for templates/statistik.njk and the topic and outlet pages.
 *
 * Statistics are counted from the model's article pages (one per record:
 * publication date, outlet and topics as the pages show them), once per model,
 * so the archive stage needs no extra fields and the charts count exactly what
 * the site lists.
 */
import type { EleventyUserConfig } from '@11ty/eleventy';
import { computeStatsAndGroups, type ArchiveStats, type GroupMonths, type StatsRecord } from '../../archive/stats.ts';
import type { ArchiveModel, GroupPage, PageBase } from '../../archive/types.ts';
import { groupSeries, groupTimeline, statsSections, type ChartLinks, type ChartSection } from './statsPage.ts';
import { articles, fmt } from './svg.ts';

export interface ChartData {
  stats: ArchiveStats;
  groups: GroupMonths;
  links: ChartLinks;
}

/** The records the statistics read, taken from the model's article pages. */
export function recordsOf(model: ArchiveModel): StatsRecord[] {
  return model.pages.articles.map((p) => ({
    published: p.article.dateIso,
    outlet: p.article.outlet?.text ?? null,
    topics: p.article.topics.map((t) => t.text),
  }));
}

/** Root-relative paths of month, year, outlet and topic pages, read from the pages the model has. */
export function linksOf(model: ArchiveModel): ChartLinks {
  const months = new Map<string, string>();
  for (const p of model.pages.months) {
    const m = /^arsip\/(\d{4})\/(\d{2})\/index\.html$/.exec(p.path);
    if (m) months.set(`${m[1]}-${m[2]}`, p.path);
  }
  const years = new Map<string, string>();
  for (const p of model.pages.years) years.set(p.key, p.path);
  const firstPages = (pages: GroupPage[]): Map<string, string> => {
    const out = new Map<string, string>();
    for (const p of pages) if (!out.has(p.key) && p.year === null && (p.pager === null || p.pager.first)) out.set(p.key, p.path);
    return out;
  };
  const outlets = firstPages(model.pages.outlets);
  const topics = firstPages(model.pages.topics);
  return {
    month: (m) => months.get(m) ?? null,
    year: (y) => years.get(y) ?? null,
    outlet: (o) => outlets.get(o) ?? null,
    topic: (t) => topics.get(t) ?? null,
  };
}

const cache = new WeakMap<object, ChartData>();

/**
 * Incremental builds (src/pipeline/engine.ts) hand Eleventy a copy of the model
 * whose `pages` lists hold only the pages to render again, with the complete
 * model as `whole`: statistics must always count the whole archive.
 */
export function wholeModel(model: ArchiveModel): ArchiveModel {
  return (model as ArchiveModel & { whole?: ArchiveModel }).whole ?? model;
}

/** Statistics and links for a model, computed once per model (the filters run on many pages). */
export function chartData(partial: ArchiveModel): ChartData {
  const model = wholeModel(partial);
  // Eleventy may hand templates a copy of the global data; the article pages array is shared either way.
  const key = model.pages.articles;
  let data = cache.get(key);
  if (!data) {
    const { stats, groups } = computeStatsAndGroups(recordsOf(model));
    data = { stats, groups, links: linksOf(model) };
    cache.set(key, data);
  }
  return data;
}

export interface StatsView {
  intro: string;
  sections: ChartSection[];
}

/** What templates/statistik.njk prints: an intro sentence and one section per chart. */
export function statsView(model: ArchiveModel, page: PageBase): StatsView {
  const { stats, links } = chartData(model);
  const intro =
    stats.total === 0
      ? 'Arsip ini belum memuat artikel.'
      : `Arsip ini memuat ${articles(stats.total)} dari ${fmt(stats.outlets.length)} media dengan ${fmt(stats.topics.length)} topik` +
        (stats.undated > 0 ? `; ${fmt(stats.undated)} di antaranya tanpa tanggal.` : '.');
  return { intro, sections: statsSections(stats, links, page.rel) };
}

/**
 * The small timeline for a topic or outlet page (first page of its whole list only), or '' when
 * there is nothing to draw. Its bars lead to the group's own year lists (`media/kompas-com/2020/`).
 */
export function groupTimelineHtml(model: ArchiveModel, page: GroupPage, kind: 'topic' | 'outlet'): string {
  if (page.year !== null || (page.pager !== null && !page.pager.first)) return '';
  const { stats, groups, links } = chartData(model);
  const series = groupSeries((kind === 'topic' ? groups.topics : groups.outlets).get(page.key), stats.months);
  if (series.length === 0) return '';
  const years = new Map(page.years.map((y) => [y.text, y.href]));
  const own: ChartLinks = { ...links, month: (m) => years.get(m.slice(0, 4)) ?? null, year: (y) => years.get(y) ?? null };
  return groupTimeline(page.key, kind, series, own, page.rel);
}

/** Registers `statsView` and `groupTimeline` for the templates (called from .eleventy.ts). */
export function registerChartFilters(cfg: EleventyUserConfig): void {
  cfg.addFilter('statsView', statsView as never);
  cfg.addFilter('groupTimeline', groupTimelineHtml as never);
}
