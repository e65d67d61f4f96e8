/**
 * The charts' way into the pages: two Eleventy filters, registered from
 * .eleventy.ts, that read the archive model (the global `archive`) and return
 * chart HTML for templates/kinds/statistik.njk and the topic and outlet pages.
 *
 * Statistics are counted once, by the archive stage (ArchiveModel.stats); the
 * links are asked of the URL scheme (src/urls.ts) for the pages the model has.
 */
import type { EleventyUserConfig } from '@11ty/eleventy';
import type { ArchiveStats, GroupMonths } from '../../archive/stats.ts';
import type { ArchiveModel, GroupPage, PageBase } from '../../archive/types.ts';
import { monthDir, outletDir, pageFile, topicDir, yearDir } from '../../urls.ts';
import { groupSeries, groupTimeline, statsSections, type ChartLinks, type ChartSection } from './statsPage.ts';
import { articles, fmt } from './svg.ts';

export interface ChartData {
  stats: ArchiveStats;
  groups: GroupMonths;
  links: ChartLinks;
}

/** Root-relative paths of month, year, outlet and topic pages; null for one the site does not have. */
export function linksOf(model: ArchiveModel): ChartLinks {
  const months = new Set(model.stats.archive.months.filter((m) => m.count > 0).map((m) => m.month));
  const years = new Set(model.pages.years.map((p) => p.key));
  const slugged = (slugs: Record<string, string>, dirOf: (slug: string) => string) => (name: string): string | null =>
    Object.hasOwn(slugs, name) ? pageFile(dirOf(slugs[name]!)) : null;
  return {
    // MonthKey is `YYYY-MM` (archive/stats.ts).
    month: (m) => (months.has(m) ? pageFile(monthDir(m.slice(0, 4), m.slice(5, 7))) : null),
    year: (y) => (years.has(y) ? pageFile(yearDir(y)) : null),
    outlet: slugged(model.outletSlugs, outletDir),
    topic: slugged(model.topicSlugs, topicDir),
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
    data = { stats: model.stats.archive, groups: model.stats.groups, links: linksOf(model) };
    cache.set(key, data);
  }
  return data;
}

export interface StatsView {
  intro: string;
  sections: ChartSection[];
}

/** What templates/kinds/statistik.njk prints: an intro sentence and one section per chart. */
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
