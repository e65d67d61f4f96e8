/**
 * What every page builder shares (kinds.ts): the articles in archive order
 * with their page folders and cards, the groupings by month, outlet and topic,
 * their slugs and the archive's counts. Computed once per build, before any
 * page; the builders only read it.
 */
import type { Article } from '../ingest/types.ts';
import { nameSlug, nameSlugs, unique } from '../ingest/slug.ts';
import { ID_COLLATOR } from '../collate.ts';
import * as url from '../urls.ts';
import { ARTICLES_DIR, pageFile, relPrefix, URLS } from '../urls.ts';
import { formatShort, monthName, parsePublished, type PublishedDate } from './dates.ts';
import { inArchiveOrder } from './order.ts';
import { UI } from './indonesian.ts';
import { PAGE_UI } from './pageWords.ts';
import { DEFAULT_SITE, type SiteSettings } from './siteSettings.ts';
import type { ArchiveCounts, ArticleCard, Link, NavKey, PageBase, SiteInfo, YearSummary } from './types.ts';

export interface ArchiveOptions {
  /** Absolute base URL for canonical links and feeds; null for relative-only output. */
  baseUrl: string | null;
  /** The site publishes each seed as it was read (beside its article page) and links it; false with `--no-sources`. Default true. */
  sources?: boolean;
  /** The archive's name, description, about paragraph and contact (arsip.config.json); defaults otherwise. */
  site?: SiteSettings;
}

const EXCERPT_LENGTH = 220;

/** The main navigation, on every page. */
export const NAV: SiteInfo['nav'] = [
  { key: 'beranda', href: pageFile(URLS.home), text: PAGE_UI.nav.home },
  { key: 'arsip', href: pageFile(URLS.archive), text: PAGE_UI.nav.archive },
  { key: 'media', href: pageFile(URLS.outlets), text: PAGE_UI.nav.outlets },
  { key: 'topik', href: pageFile(URLS.topics), text: PAGE_UI.nav.topics },
  { key: 'penulis', href: pageFile(URLS.authors), text: UI.authors },
  { key: 'statistik', href: pageFile(URLS.stats), text: PAGE_UI.nav.stats },
  { key: 'tentang', href: pageFile(URLS.about), text: PAGE_UI.nav.about },
];

/** One article as the builders see it. */
export interface Entry {
  article: Article;
  date: PublishedDate | null;
  /** Root-relative directory of the article page, e.g. `artikel/2020/02/slug/`. */
  dir: string;
  card: ArticleCard;
}

export interface ArchiveContext {
  articles: readonly Article[];
  /** Normalised to end with `/`, or null. */
  baseUrl: string | null;
  /** Article pages link the seed copies (ArchiveOptions.sources). */
  sources: boolean;
  /** The archive's name, description, about paragraph and contact. */
  site: SiteSettings;
  /** Every article: dated newest first, then undated (order.ts). */
  ordered: Entry[];
  dated: Entry[];
  undated: Entry[];
  /** `YYYY/MM` → its articles, newest month first. */
  byMonth: Map<string, Entry[]>;
  /** Outlet, topic or author name → its articles, in archive order. */
  byOutlet: Map<string, Entry[]>;
  byTopic: Map<string, Entry[]>;
  byAuthor: Map<string, Entry[]>;
  outletSlugs: Map<string, string>;
  topicSlugs: Map<string, string>;
  authorSlugs: Map<string, string>;
  /** The archive's years, newest first, with their months. */
  years: YearSummary[];
  counts: ArchiveCounts;
  collator: Intl.Collator;
  /** Breadcrumb links every list starts from. */
  crumbs: { home: Link; arsip: Link };
}

function normaliseBaseUrl(baseUrl: string | null): string | null {
  if (!baseUrl) return null;
  const trimmed = baseUrl.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return null;
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** Article.url made safe to write: only under ARTICLES_DIR (`artikel/…/`) with plain segments, else a fallback from the slug. */
function articleDir(a: Article, date: PublishedDate | null): string {
  const segs = a.url.split('/').filter((s) => s !== '');
  const plain = segs.every((s) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(s) && s !== '..' && s !== '.');
  if (`${segs[0]}/` === ARTICLES_DIR && segs.length >= 3 && plain && a.url.endsWith('/')) return `${segs.join('/')}/`;
  return url.articleDir(date ? `${date.year}-${date.month}` : null, nameSlug(a.slug || a.id));
}

function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * What archiveContext made of each record, kept by a long-lived caller (the dev session) so that the
 * next build, given the same record object, reuses its date and card instead of making them again.
 */
export type CardMemo = WeakMap<Article, { date: PublishedDate | null; wanted: string; dir: string; card: ArticleCard }>;

export function archiveContext(articles: readonly Article[], opts: ArchiveOptions, memo?: CardMemo): ArchiveContext {
  const baseUrl = normaliseBaseUrl(opts.baseUrl);
  const collator = ID_COLLATOR;

  // Order: dated newest first, undated last (by title).
  const usedDirs = new Set<string>();
  const entries: Entry[] = articles.map((article) => {
    const known = memo?.get(article);
    const date = known ? known.date : parsePublished(article.published);
    // The folder the record asks for; one already taken is made unique again each build.
    const wanted = known ? known.wanted : articleDir(article, date);
    const dir = `${unique(wanted.replace(/\/$/, ''), (d) => usedDirs.has(`${d}/`))}/`;
    usedDirs.add(dir);
    if (known && known.dir === dir) return { article, date, dir, card: known.card };
    const card: ArticleCard = {
      href: pageFile(dir),
      title: article.title,
      outlet: article.outlet,
      dateShort: date ? formatShort(date) : null,
      dateIso: date ? `${date.year}-${date.month}-${date.day}` : null,
      monthHref: date ? pageFile(url.monthDir(date.year, date.month)) : null,
      excerpt: excerpt(article.lead),
    };
    memo?.set(article, { date, wanted, dir, card });
    return { article, date, dir, card };
  });
  const ordered = inArchiveOrder(entries, (e) => ({ epoch: e.date?.epoch ?? null, title: e.article.title, folder: e.dir }));
  const dated = ordered.filter((e) => e.date !== null);
  const undated = ordered.filter((e) => e.date === null);

  const byMonth = new Map<string, Entry[]>(); // insertion order follows `dated`: newest month first
  for (const e of dated) push(byMonth, `${e.date!.year}/${e.date!.month}`, e);
  const byOutlet = new Map<string, Entry[]>();
  const byTopic = new Map<string, Entry[]>();
  const byAuthor = new Map<string, Entry[]>();
  for (const e of ordered) {
    if (e.article.outlet) push(byOutlet, e.article.outlet, e);
    for (const t of new Set(e.article.topics)) push(byTopic, t, e);
    for (const p of new Set(e.article.authors)) push(byAuthor, p, e);
  }

  const years: YearSummary[] = [];
  for (const list of byMonth.values()) {
    const d = list[0]!.date!;
    let y = years.at(-1);
    if (!y || y.year !== d.year) years.push((y = { year: d.year, href: pageFile(url.yearDir(d.year)), count: 0, months: [] }));
    y.count += list.length;
    y.months.push({ month: d.month, name: monthName(d.month), href: pageFile(url.monthDir(d.year, d.month)), count: list.length });
  }

  const counts: ArchiveCounts = {
    articles: ordered.length,
    dated: dated.length,
    undated: undated.length,
    outlets: byOutlet.size,
    unknownOutlet: ordered.filter((e) => !e.article.outlet).length,
    topics: byTopic.size,
    years: years.length,
    months: byMonth.size,
    words: articles.reduce((s, a) => s + a.wordCount, 0),
    titlesDerived: articles.filter((a) => a.titleDerived).length,
    yearsInferred: articles.filter((a) => a.yearInferred).length,
    withWarnings: articles.filter((a) => a.warnings.length > 0).length,
    oldest: dated.length ? dated.at(-1)!.card.dateShort : null,
    newest: dated.length ? dated[0]!.card.dateShort : null,
  };

  return {
    articles,
    baseUrl,
    sources: opts.sources !== false,
    site: opts.site ?? DEFAULT_SITE,
    ordered,
    dated,
    undated,
    byMonth,
    byOutlet,
    byTopic,
    byAuthor,
    outletSlugs: nameSlugs(byOutlet.keys()),
    topicSlugs: nameSlugs(byTopic.keys()),
    authorSlugs: nameSlugs(byAuthor.keys()),
    years,
    counts,
    collator,
    crumbs: { home: { href: pageFile(URLS.home), text: PAGE_UI.nav.home }, arsip: { href: pageFile(URLS.archive), text: PAGE_UI.nav.archive } },
  };
}

/** An outlet's, topic's or author's page folder (`media/kompas-com/`, `topik/china/`, `penulis/siti-aminah/`). */
export const outletDir = (ctx: ArchiveContext, name: string): string => url.outletDir(ctx.outletSlugs.get(name)!);
export const topicDir = (ctx: ArchiveContext, name: string): string => url.topicDir(ctx.topicSlugs.get(name)!);
export const authorDir = (ctx: ArchiveContext, name: string): string => url.authorDir(ctx.authorSlugs.get(name)!);
export const monthDir = (d: PublishedDate): string => url.monthDir(d.year, d.month);

/** The canonical URL of a page: the base URL and its folder, or null without a base URL. */
export function canonicalOf(ctx: ArchiveContext, path: string): string | null {
  return ctx.baseUrl ? ctx.baseUrl + path.replace(/index\.html$/, '') : null;
}

/** The fields every page has. */
export function pageBase(ctx: ArchiveContext, path: string, title: string, description: string, nav: NavKey): PageBase {
  return { path, rel: relPrefix(path), title, description, canonical: canonicalOf(ctx, path), nav };
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
