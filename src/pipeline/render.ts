/**
 * Render stage: which pages a view model decides, and rendering a (partial)
 * model through Eleventy in runs small enough for memory.
 */
import type { ArchiveModel, ArticlePageSource, GroupPage, PageUnit } from '../archive/index.ts';
import type { Article } from '../ingest/types.ts';
import { groupTimelineHtml } from '../site/charts/eleventy.ts';
import { mkdir } from 'node:fs/promises';
import { countFiles, renderSite } from '../site/index.ts';
import { renderInWorkers } from './renderPool.ts';
import { digest } from './fingerprint.ts';

/**
 * Page kinds whose templates print only their own view model `p` plus the
 * site-wide data in the render key, so an unchanged view model means an
 * unchanged page. Singleton pages (indexes, about, statistics, search, 404) read
 * archive-wide data and are always rendered; they are few and cheap.
 */
export const PER_PAGE_KINDS = ['articles', 'home', 'years', 'months', 'outlets', 'topics', 'authors', 'undated', 'feeds'] as const;
export type PerPageKind = (typeof PER_PAGE_KINDS)[number];
export const isPerPageKind = (kind: string): kind is PerPageKind => (PER_PAGE_KINDS as readonly string[]).includes(kind);

/**
 * Archive-wide inputs that some per-page templates print besides `p`, through
 * filters that take the whole model: they join the page's key, so a page is
 * rendered again when they change. Keep in step with templates/ (the
 * byte-identical tests in tests/pipeline catch a template that reads more).
 */
const EXTRA_INPUTS: Partial<Record<PerPageKind, (model: ArchiveModel, page: never) => string>> = {
  // The small timeline on an outlet's or topic's first page spans the whole archive's months.
  outlets: (model, page: GroupPage) => groupTimelineHtml(model, page, 'outlet'),
  topics: (model, page: GroupPage) => groupTimelineHtml(model, page, 'topic'),
};

/**
 * Digests of the parts many pages share (an article's card is on its home, month, outlet, topic and
 * author pages; its text in each of its group feeds), each encoded once per build instead of once
 * per page that shows it: a key names a shared part by its digest, which changes exactly when it does.
 */
export type SharedDigests = WeakMap<object, string>;

const sharedDigest = (memo: SharedDigests, part: object): string => {
  let d = memo.get(part);
  if (d === undefined) memo.set(part, (d = digest(JSON.stringify(part))));
  return d;
};

/** The view model as keyed: listed cards and feed texts by their digests. */
function keyedView(page: unknown, memo: SharedDigests | undefined): unknown {
  if (!memo || typeof page !== 'object' || page === null || !('items' in page) || !Array.isArray(page.items)) return page;
  const items = (page.items as unknown[]).map((item) => {
    if (typeof item !== 'object' || item === null) return item;
    // A feed item: its own fields, the article's text (shared between feeds) by digest.
    if ('body' in item && Array.isArray(item.body)) return { ...item, body: sharedDigest(memo, item.body) };
    return sharedDigest(memo, item);
  });
  return { ...page, items };
}

/**
 * Everything a per-page output depends on besides the render code: its view model (and extra inputs).
 * `memo` (one per build) keys shared parts by digest; without it the whole view model is encoded.
 */
export function pageKey(model: ArchiveModel, kind: PerPageKind, page: unknown, memo?: SharedDigests): string {
  const extra = EXTRA_INPUTS[kind];
  const view = JSON.stringify(keyedView(page, memo));
  return digest(extra ? view + extra(model, page as never) : view);
}

/** What every page shares: site-wide data printed on every page. */
export function siteKey(model: ArchiveModel): string {
  return digest([JSON.stringify(model.site), model.feed.atomUrl, model.feed.jsonUrl].join('\n'));
}

/**
 * The key of article page `i`: the archive and ingest code and options (`common`), the group links
 * it prints, and each article it shows (itself, its neighbours, related) by identity and folder.
 */
export function articlePageKey(source: ArticlePageSource, i: number, common: string, identity: (a: Article) => string, memo?: KeyMemo): string {
  const { shows, folders, links } = source.inputs(i);
  const parts = [common, links];
  shows.forEach((a, k) => parts.push(a ? `${identity(a)}\0${folders[k]}` : '-'));
  return memo ? memo.key(shows[0]!, parts) : digest(parts.join('\n'));
}

/**
 * The key of a listing group's pages (PageUnit): the archive and ingest code and options (`common`),
 * the group's own text, and each article it lists by identity and folder. Equal key, equal pages.
 */
export function unitKey(unit: PageUnit, common: string, identity: (a: Article) => string, memo?: KeyMemo): string {
  const { text, shows, folders } = unit.inputs();
  const parts = [common, unit.id, text];
  shows.forEach((a, k) => parts.push(`${identity(a)}\0${folders[k]}`));
  return memo ? memo.key(unit.id, parts) : digest(parts.join('\n'));
}

/**
 * The page keys a long-lived caller (the dev session) made last, with the parts each was made from,
 * by the article or the listing group it was made for: equal parts, the same key without digesting
 * them again (most of a rebuild's 10,000 article pages show what they showed).
 */
export class KeyMemo {
  private readonly byArticle = new WeakMap<Article, Made>();
  private readonly byUnit = new Map<string, Made>();

  key(owner: Article | string, parts: readonly string[]): string {
    const known = typeof owner === 'string' ? this.byUnit.get(owner) : this.byArticle.get(owner);
    if (known && known.parts.length === parts.length && known.parts.every((p, k) => p === parts[k])) return known.key;
    const made = { parts, key: digest(parts.join('\n')) };
    if (typeof owner === 'string') this.byUnit.set(owner, made);
    else this.byArticle.set(owner, made);
    return made.key;
  }
}

interface Made {
  parts: readonly string[];
  key: string;
}

/**
 * A model to render: only some per-page pages, with the complete model riding along as `whole`;
 * the article pages to render are made from `articlesToMake` a run at a time.
 */
export type RenderModel = ArchiveModel & { whole: ArchiveModel; articlesToMake: { source: ArticlePageSource; indices: readonly number[] } };

/** How the render step spreads its runs: worker threads (0: this thread) and pages per run. */
export interface RenderSpread {
  /** Pages per Eleventy run in this thread. */
  size: number;
  /** Worker threads to render in; 0 renders in this thread. */
  workers: number;
  /** Pages per run in a worker (smaller runs balance the workers and bound each one's heap). */
  workerSize: number;
}

/**
 * The runs of a render: each a set of page lists, the article pages made when the run is
 * taken. Singleton pages and the copy of templates/assets come with the first run only.
 */
function* renderRuns(model: RenderModel, size: number): Generator<{ pages: ArchiveModel['pages']; assets: boolean }> {
  const { source, indices } = model.articlesToMake;
  // Article pages are made when their run comes (most of the model's memory), the rest are made already.
  const items: [PerPageKind, () => unknown][] = PER_PAGE_KINDS.flatMap((kind) =>
    kind === 'articles'
      ? indices.map((i) => [kind, () => source.page(i)] as [PerPageKind, () => unknown])
      : (model.pages[kind] as unknown[]).map((p) => [kind, () => p] as [PerPageKind, () => unknown]),
  );
  for (let start = 0; start === 0 || start < items.length; start += size) {
    const pages = { ...model.pages } as Record<string, unknown[]>;
    for (const kind of Object.keys(pages)) {
      // Per-page lists are filled from this run; singletons stay only in the first run.
      if (isPerPageKind(kind) || start > 0) pages[kind] = [];
    }
    for (const [kind, make] of items.slice(start, start + size)) pages[kind]?.push(make());
    yield { pages: pages as unknown as ArchiveModel['pages'], assets: start === 0 };
  }
}

/** Pages a render makes (for the choice of threads). */
export function renderSize(model: RenderModel): number {
  return PER_PAGE_KINDS.reduce((n, kind) => n + (kind === 'articles' ? model.articlesToMake.indices.length : model.pages[kind].length), 0);
}

/**
 * Eleventy keeps every page of a run in memory (templates, data, results):
 * at 100,000 articles one run would need several GB. Pages are rendered in
 * runs, here or in worker threads (src/pipeline/renderPool.ts).
 */
export async function renderInChunks(model: RenderModel, outDir: string, spread: RenderSpread): Promise<{ fileCount: number }> {
  if (spread.workers < 1) {
    let fileCount = 0;
    for (const run of renderRuns(model, spread.size)) {
      fileCount += (await renderSite({ ...model, pages: run.pages }, outDir, { assets: run.assets })).fileCount;
    }
    return { fileCount };
  }
  await mkdir(outDir, { recursive: true });
  const before = await countFiles(outDir);
  // The workers get the model once without its pages and without the article page source (functions); of the
  // whole model only what the charts read (chartData: statistics, slugs, the years' pages), not every listing.
  const { articlesToMake: _pages, whole, ...rest } = model;
  const listings = Object.fromEntries(PER_PAGE_KINDS.map((kind) => [kind, []]));
  const base = { ...rest, whole: { ...whole, pages: { ...whole.pages, ...listings, years: whole.pages.years } }, pages: {} as ArchiveModel['pages'] };
  await renderInWorkers(base, renderRuns(model, spread.workerSize), outDir, spread.workers);
  return { fileCount: (await countFiles(outDir)) - before };
}
