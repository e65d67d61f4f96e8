/**
 * Article[] → ArchiveModel: order, groupings, neighbours, related articles and
 * one precomputed view model per page (see types.ts). Pure: no I/O, no clock.
 */
import type { Article } from '../ingest/types.ts';
import { formatLong, formatRange, formatShort, formatTime, monthName, monthYear, parsePublished, readingMinutes, type PublishedDate } from './dates.ts';
import { citation, safeHttpUrl } from './citation.ts';
import { articleCount, formatNumber, UI } from './indonesian.ts';
import { readingNotes } from './notes.ts';
import { fnv1a, GROUP_PAGING, HOME_PAGING, stablePages, type PagingOptions, type StablePage } from './paging.ts';
import { relatedIndices } from './related.ts';
import { inArchiveOrder } from './order.ts';
import { computeStatsAndGroups } from './stats.ts';
import { nameSlug, unique, uniqueSlugs } from '../ingest/slug.ts';
import * as url from '../urls.ts';
import { pageFile, relPrefix, URLS } from '../urls.ts';
import type {
  AboutPage,
  ArchiveCounts,
  ArchiveIndexPage,
  ArchiveModel,
  ArticleCard,
  ArticlePage,
  FeedItem,
  FeedPage,
  GroupIndexPage,
  GroupPage,
  GroupSummary,
  Link,
  ListPage,
  NavKey,
  PageBase,
  Pager,
  PagerLink,
  NotFoundPage,
  PlainPage,
  SiteInfo,
  YearLink,
  YearPage,
  YearSummary,
} from './types.ts';

export type * from './types.ts';
export { HOME_PAGING, GROUP_PAGING, stablePages } from './paging.ts';
export { formatNumber, articleCount, UI } from './indonesian.ts';
export { parsePublished, formatLong, formatShort, formatTime } from './dates.ts';

export interface ArchiveOptions {
  /** Absolute base URL for canonical links and feeds; null for relative-only output. */
  baseUrl: string | null;
}

export const SITE_NAME = 'Arsip Berita';
export const FEED_SIZE = 50;
/** How deep below the site's root a missing address may be for 404.html to find its way back without --base-url. */
export const NOT_FOUND_DEPTH = 7;
/** Entries in a topic's or outlet's own feed. */
export const GROUP_FEED_SIZE = 20;
const EXCERPT_LENGTH = 220;

/** The main navigation, on every page. */
export const NAV: SiteInfo['nav'] = [
  { key: 'beranda', href: pageFile(URLS.home), text: 'Beranda' },
  { key: 'arsip', href: pageFile(URLS.archive), text: 'Arsip' },
  { key: 'media', href: pageFile(URLS.outlets), text: 'Media' },
  { key: 'topik', href: pageFile(URLS.topics), text: 'Topik' },
  { key: 'statistik', href: pageFile(URLS.stats), text: 'Statistik' },
  { key: 'tentang', href: pageFile(URLS.about), text: 'Tentang' },
];

interface Entry {
  article: Article;
  date: PublishedDate | null;
  /** Root-relative directory of the article page, e.g. `artikel/2020/02/slug/`. */
  dir: string;
  card: ArticleCard;
}

export { relPrefix } from '../urls.ts';

function normaliseBaseUrl(baseUrl: string | null): string | null {
  if (!baseUrl) return null;
  const trimmed = baseUrl.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return null;
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** Article.url made safe to write: only `artikel/…/` with plain segments, else a fallback from the slug. */
function articleDir(a: Article, date: PublishedDate | null): string {
  const segs = a.url.split('/').filter((s) => s !== '');
  const plain = segs.every((s) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(s) && s !== '..' && s !== '.');
  if (segs[0] === 'artikel' && segs.length >= 3 && plain && a.url.endsWith('/')) return `${segs.join('/')}/`;
  return url.articleDir(date ? `${date.year}-${date.month}` : null, nameSlug(a.slug || a.id));
}

function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

export function buildArchive(articles: Article[], opts: ArchiveOptions): ArchiveModel {
  const baseUrl = normaliseBaseUrl(opts.baseUrl);
  const canonicalOf = (path: string): string | null => (baseUrl ? baseUrl + path.replace(/index\.html$/, '') : null);
  const absOrRel = (path: string): string => (baseUrl ? baseUrl + path : path);
  const collator = new Intl.Collator('id');

  // ---- order: dated newest first, undated last (by title) --------------------------------
  const usedDirs = new Set<string>();
  const entries: Entry[] = articles.map((article) => {
    const date = parsePublished(article.published);
    const dir = `${unique(articleDir(article, date).replace(/\/$/, ''), (d) => usedDirs.has(`${d}/`))}/`;
    usedDirs.add(dir);
    const card: ArticleCard = {
      href: pageFile(dir),
      title: article.title,
      outlet: article.outlet,
      dateShort: date ? formatShort(date) : null,
      dateIso: date ? `${date.year}-${date.month}-${date.day}` : null,
      monthHref: date ? pageFile(url.monthDir(date.year, date.month)) : null,
      excerpt: excerpt(article.lead),
    };
    return { article, date, dir, card };
  });
  const ordered = inArchiveOrder(entries, (e) => ({ epoch: e.date?.epoch ?? null, title: e.article.title, folder: e.dir }));
  const dated = ordered.filter((e) => e.date !== null);
  const undated = ordered.filter((e) => e.date === null);

  // ---- groupings ---------------------------------------------------------------------------
  const byMonth = new Map<string, Entry[]>(); // `YYYY/MM`, newest month first (insertion order follows `dated`)
  for (const e of dated) push(byMonth, `${e.date!.year}/${e.date!.month}`, e);
  const byOutlet = new Map<string, Entry[]>();
  const byTopic = new Map<string, Entry[]>();
  for (const e of ordered) {
    if (e.article.outlet) push(byOutlet, e.article.outlet, e);
    for (const t of new Set(e.article.topics)) push(byTopic, t, e);
  }
  const outletSlugs = uniqueSlugs([...byOutlet.keys()].sort(collator.compare));
  const topicSlugs = uniqueSlugs([...byTopic.keys()].sort(collator.compare));
  const outletDir = (name: string): string => url.outletDir(outletSlugs.get(name)!);
  const topicDir = (name: string): string => url.topicDir(topicSlugs.get(name)!);
  const monthDir = (d: PublishedDate): string => url.monthDir(d.year, d.month);

  const page = (path: string, title: string, description: string, nav: NavKey): PageBase => ({
    path,
    rel: relPrefix(path),
    title,
    description,
    canonical: canonicalOf(path),
    nav,
  });
  const home: Link = { href: pageFile(URLS.home), text: 'Beranda' };
  const arsip: Link = { href: pageFile(URLS.archive), text: 'Arsip' };

  // ---- lists (stable pages, see paging.ts) -------------------------------------------------
  const rangeOf = (list: Entry[], short = false): string | null => {
    const dates = list.filter((e) => e.date !== null);
    if (dates.length === 0) return null;
    return formatRange(dates.at(-1)!.date!, dates[0]!.date!, short);
  };
  /**
   * URL names of a list's pages after the first: the page's newest article, as its date and a hash of
   * its folder (`2020-02-03-1a2b3c`); the oldest page is `terlama`, so the pager's link to it never moves.
   */
  const pageNames = (pages: StablePage<Entry>[]): string[] => {
    const seen = new Set<string>();
    return pages.map((pg, i) => {
      const name = i === pages.length - 1 ? url.OLDEST_PAGE_NAME : `${pg.items[0]!.card.dateIso ?? 'tanpa-tanggal'}-${fnv1a(pg.key).toString(16).padStart(8, '0').slice(0, 6)}`;
      const out = unique(name, (n) => seen.has(n));
      seen.add(out);
      return out;
    });
  };
  function listPages<T extends ListPage>(
    dir: string,
    list: Entry[],
    paging: PagingOptions,
    make: (base: PageBase, items: ArticleCard[], pager: Pager | null, first: boolean, range: string | null) => T,
    heading: string,
    description: string,
    nav: NavKey,
  ): T[] {
    const { first, pages: rest } = stablePages(list, (e) => e.dir, paging);
    const names = pageNames(rest);
    const hrefs = [pageFile(dir), ...names.map((n) => url.listPageFile(dir, n))];
    const chunks = [first, ...rest.map((pg) => pg.items)];
    const labels = chunks.map((c, i) => (i === 0 ? UI.newest : i === chunks.length - 1 ? UI.oldest : rangeOf(c, true) ?? UI.undated));
    return chunks.map((items, i) => {
      const range = rangeOf(items);
      const pager = chunks.length === 1 ? null : pagerOf(i, hrefs, labels);
      const title = i === 0 ? heading : `${heading} — ${range ?? UI.undated.toLowerCase()}`;
      // Pages after the first say nothing about the whole list (a count would change them all with each new article).
      const desc = i === 0 ? description : `${heading}: ${countText(items.length)}, ${range ?? UI.undated.toLowerCase()}.`;
      return make(page(hrefs[i]!, title, desc, nav), items.map((e) => e.card), pager, i === 0, range);
    });
  }
  const countText = (n: number): string => articleCount(n);
  const pageIntro = (items: ArticleCard[], range: string | null): string =>
    `${countText(items.length)}${range ? `, ${range}` : ''}, terbaru lebih dulu.`;

  const homePages = listPages<ListPage>(
    URLS.home,
    ordered,
    HOME_PAGING,
    (base, items, pager, first, range) => ({
      ...base,
      intro: first ? `${countText(ordered.length)} dalam arsip, terbaru lebih dulu.` : pageIntro(items, range),
      items,
      pager,
      crumbs: first ? [] : [home],
      jump: pager ? { href: pageFile(URLS.archive), text: UI.jumpMonth } : null,
    }),
    'Berita terbaru',
    'Arsip berita Indonesia: artikel terbaru lebih dulu.',
    'beranda',
  );

  interface GroupExtras {
    /** On the pages after the first: where to jump (the group's years). */
    jump?: Link | null;
    /** On the first page: the older and newer neighbour list (months, a group's years). */
    around?: { older: Link | null; newer: Link | null } | null;
    /** For a topic's or outlet's list of one year: that year. */
    year?: string | null;
    /** On the first page of a topic's or outlet's whole list: its years with their counts. */
    years?: YearLink[];
    /** The group's Atom feed (topics and outlets). */
    feed?: string | null;
  }
  const groupPages = (
    dir: string,
    entriesOf: Entry[],
    key: string,
    heading: string,
    intro: string,
    crumbs: Link[],
    nav: NavKey,
    extras: GroupExtras = {},
  ): GroupPage[] =>
    listPages<GroupPage>(
      dir,
      entriesOf,
      GROUP_PAGING,
      (base, items, pager, first, range) => ({
        ...base,
        key,
        intro: first ? intro : pageIntro(items, range),
        items,
        pager,
        crumbs: first ? crumbs : [...crumbs, { href: pageFile(dir), text: heading }],
        // Only a list's first page links its neighbours and years: they change when a month or year appears.
        jump: first ? null : (extras.jump ?? null),
        around: first ? (extras.around ?? null) : null,
        year: extras.year ?? null,
        years: first ? (extras.years ?? []) : [],
        feed: extras.feed ?? null,
      }),
      heading,
      `${heading}: ${countText(entriesOf.length)} di ${SITE_NAME}.`,
      nav,
    );

  const monthPages: GroupPage[] = [];
  const monthLinks = [...byMonth.values()].map((list): Link => {
    const d = list[0]!.date!;
    return { href: pageFile(monthDir(d)), text: monthYear(d.year, d.month) };
  });
  [...byMonth].forEach(([key, list], i) => {
    const d = list[0]!.date!;
    const crumbs = [home, arsip, { href: pageFile(url.yearDir(d.year)), text: d.year }];
    const around = { newer: monthLinks[i - 1] ?? null, older: monthLinks[i + 1] ?? null };
    monthPages.push(
      ...groupPages(monthDir(d), list, key, `Arsip ${monthYear(d.year, d.month)}`, `${countText(list.length)}, terbaru lebih dulu.`, crumbs, 'arsip', { around }),
    );
  });

  /**
   * A topic's or outlet's whole list, then one list per year (`topik/china/2020/`), newest year first.
   * Every page of the group links its years; only the group's first page says how many each holds.
   */
  const groupWithYears = (dir: string, name: string, list: Entry[], heading: string, intro: string, crumbs: Link[], nav: NavKey): GroupPage[] => {
    const byYear = new Map<string, Entry[]>();
    for (const e of list) if (e.date) push(byYear, e.date.year, e);
    const yearLinks: Link[] = [...byYear.keys()].map((year) => ({ href: pageFile(url.groupYearDir(dir, year)), text: year }));
    const jump = byYear.size > 0 ? { href: `${pageFile(dir)}#tahun`, text: UI.jumpYear } : null;
    const years = [...byYear].map(([year, entries]) => ({ href: pageFile(url.groupYearDir(dir, year)), text: year, count: countText(entries.length) }));
    const feed = url.groupFeed(dir);
    const whole = groupPages(dir, list, name, heading, intro, crumbs, nav, { years, jump, feed });
    const yearCrumbs = [...crumbs, { href: pageFile(dir), text: heading }];
    const perYear = [...byYear].flatMap(([year, entries], i) =>
      groupPages(url.groupYearDir(dir, year), entries, name, `${heading}, ${year}`, `${countText(entries.length)} pada ${year}, terbaru lebih dulu.`, yearCrumbs, nav, {
        year,
        jump,
        feed,
        around: { newer: yearLinks[i - 1] ?? null, older: yearLinks[i + 1] ?? null },
      }),
    );
    return [...whole, ...perYear];
  };

  const years: YearSummary[] = [];
  for (const [key, list] of byMonth) {
    const d = list[0]!.date!;
    let y = years.at(-1);
    if (!y || y.year !== d.year) years.push((y = { year: d.year, href: pageFile(url.yearDir(d.year)), count: 0, months: [] }));
    y.count += list.length;
    y.months.push({ month: d.month, name: monthName(d.month), href: pageFile(monthDir(d)), count: list.length });
    void key;
  }
  const yearPages: YearPage[] = years.map((y, i) => ({
    ...page(y.href, `Arsip ${y.year}`, `Arsip berita tahun ${y.year}: ${countText(y.count)}.`, 'arsip'),
    key: y.year,
    count: y.count,
    months: y.months,
    crumbs: [home, arsip],
    around: {
      newer: i > 0 ? { href: years[i - 1]!.href, text: years[i - 1]!.year } : null,
      older: i < years.length - 1 ? { href: years[i + 1]!.href, text: years[i + 1]!.year } : null,
    },
  }));
  const archiveIndex: ArchiveIndexPage = {
    ...page(pageFile(URLS.archive), 'Arsip menurut waktu', 'Semua artikel menurut tahun dan bulan terbit.', 'arsip'),
    years,
    undated: { href: pageFile(URLS.undated), count: undated.length },
  };

  const summaries = (groups: Map<string, Entry[]>, dirOf: (name: string) => string): GroupSummary[] =>
    [...groups]
      .map(([name, list]) => {
        const newest = list.find((e) => e.date !== null);
        return { name, href: pageFile(dirOf(name)), count: list.length, latest: newest ? newest.card.dateShort : null };
      })
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));

  const outletPages: GroupPage[] = [];
  for (const [name, list] of byOutlet) {
    outletPages.push(...groupWithYears(outletDir(name), name, list, name, `${countText(list.length)} dari ${name}, terbaru lebih dulu.`, [home, { href: pageFile(URLS.outlets), text: 'Media' }], 'media'));
  }
  const unknownOutlet = ordered.filter((e) => !e.article.outlet).length;
  const outletIndex: GroupIndexPage = {
    ...page(pageFile(URLS.outlets), 'Media', 'Semua media dalam arsip dan jumlah artikelnya.', 'media'),
    intro:
      `${formatNumber(byOutlet.size)} media.` + (unknownOutlet > 0 ? ` ${countText(unknownOutlet)} tanpa nama media yang dikenali.` : ''),
    groups: summaries(byOutlet, outletDir),
  };

  const topicPages: GroupPage[] = [];
  for (const [name, list] of byTopic) {
    topicPages.push(...groupWithYears(topicDir(name), name, list, `Topik: ${name}`, `${countText(list.length)} tentang ${name}, terbaru lebih dulu.`, [home, { href: pageFile(URLS.topics), text: 'Topik' }], 'topik'));
  }
  const topicIndex: GroupIndexPage = {
    ...page(pageFile(URLS.topics), 'Topik', 'Semua topik dalam arsip dan jumlah artikelnya.', 'topik'),
    intro: `${formatNumber(byTopic.size)} topik.`,
    groups: summaries(byTopic, topicDir),
  };

  const undatedPages = listPages<ListPage>(
    URLS.undated,
    undated,
    GROUP_PAGING,
    (base, items, pager, first) => ({
      ...base,
      intro:
        undated.length === 0
          ? 'Semua artikel dalam arsip punya tanggal terbit.'
          : first
            ? `${countText(undated.length)} yang tanggal terbitnya tidak ditemukan di teks sumber.`
            : `${countText(items.length)} tanpa tanggal terbit, menurut judul.`,
      items,
      pager,
      crumbs: first ? [home, arsip] : [home, arsip, { href: pageFile(URLS.undated), text: UI.undated }],
      jump: null,
    }),
    'Tanpa tanggal',
    'Artikel yang tanggal terbitnya tidak diketahui.',
    'arsip',
  );

  // ---- article pages -----------------------------------------------------------------------
  const related = relatedIndices(ordered.map((e) => e.article));
  const articlePages: ArticlePage[] = ordered.map((e, i) => {
    const a = e.article;
    const d = e.date;
    const sameChain = d ? dated : undated;
    const pos = d ? i : i - dated.length;
    const newer = pos > 0 ? sameChain[pos - 1]! : null;
    const older = pos < sameChain.length - 1 ? sameChain[pos + 1]! : null;
    const path = pageFile(e.dir);
    const base = page(path, a.title, e.card.excerpt, 'none');
    const minutes = readingMinutes(a.wordCount);
    const topics = [...new Set(a.topics)].map((t) => ({ href: pageFile(topicDir(t)), text: t }));
    const archiveLink: Link = d
      ? { href: pageFile(monthDir(d)), text: monthYear(d.year, d.month) }
      : { href: pageFile(URLS.undated), text: 'Tanpa tanggal' };
    const sourceUrl = sourceUrlOf(a);
    const modified = parsePublished(modifiedOf(a));
    const jsonLd: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: a.title,
      description: e.card.excerpt,
      inLanguage: 'id',
      wordCount: a.wordCount,
      ...(d ? { datePublished: d.time ? d.rfc3339 : `${d.year}-${d.month}-${d.day}` } : {}),
      ...(a.author ? { author: { '@type': 'Person', name: a.author } } : {}),
      ...(a.editor ? { editor: { '@type': 'Person', name: a.editor } } : {}),
      ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
      ...(a.dateline ? { locationCreated: { '@type': 'Place', name: a.dateline } } : {}),
      ...(topics.length ? { keywords: topics.map((t) => t.text) } : {}),
      ...(base.canonical ? { url: base.canonical, mainEntityOfPage: base.canonical } : {}),
      ...(sourceUrl ? { isBasedOn: sourceUrl } : {}),
      ...(modified ? { dateModified: modified.time ? modified.rfc3339 : `${modified.year}-${modified.month}-${modified.day}` } : {}),
    };
    return {
      ...base,
      article: {
        id: a.id,
        title: a.title,
        titleDerived: a.titleDerived,
        outlet: a.outlet ? { href: pageFile(outletDir(a.outlet)), text: a.outlet } : null,
        dateline: a.dateline,
        dateLong: d ? formatLong(d) : null,
        timeText: d ? formatTime(d) : null,
        dateIso: d ? (d.time ? d.rfc3339 : `${d.year}-${d.month}-${d.day}`) : null,
        yearInferred: a.yearInferred,
        archiveLink,
        readingMinutes: minutes,
        readingText: `${minutes} menit baca`,
        wordCount: a.wordCount,
        lead: a.lead,
        body: a.body.map((b) => ({ type: b.type, text: b.text })),
        topics,
        author: a.author,
        editor: a.editor,
        sourceFile: a.sourceFile,
        source: sourceUrl ? { href: sourceUrl, text: hostOf(sourceUrl) } : null,
        modifiedLong: modified ? formatLong(modified) : null,
        modifiedIso: modified ? (modified.time ? modified.rfc3339 : `${modified.year}-${modified.month}-${modified.day}`) : null,
        citation: citation({ id: a.id, title: a.title, author: a.author, outlet: a.outlet, date: d, sourceUrl, archiveUrl: base.canonical }),
        prev: older ? older.card : null,
        next: newer ? newer.card : null,
        related: related[i]!.map((j) => ordered[j]!.card),
        warnings: a.warnings,
        notes: readingNotes(a.warnings),
      },
      jsonLd,
      og: { type: 'article', title: a.title, description: e.card.excerpt, url: base.canonical, publishedTime: d ? d.rfc3339 : null },
      crumbs: [home, archiveLink],
    };
  });

  // ---- counts, about, other pages ------------------------------------------------------------
  const counts: ArchiveCounts = {
    articles: ordered.length,
    dated: dated.length,
    undated: undated.length,
    outlets: byOutlet.size,
    unknownOutlet,
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
  const about: AboutPage = {
    ...page(pageFile(URLS.about), 'Tentang arsip ini', 'Tentang Arsip Berita: isi arsip, angka, dan data untuk diunduh.', 'tentang'),
    counts,
    exports: { json: URLS.exportJson, csv: URLS.exportCsv },
    feeds: { atom: URLS.atom, json: URLS.jsonFeed },
  };
  const notFound: NotFoundPage = {
    ...page(URLS.notFound, 'Halaman tidak ditemukan', 'Halaman yang dicari tidak ada di arsip ini.', 'none'),
    // A server shows 404.html at any depth, so its links start from the base URL when one is known;
    rel: baseUrl ?? '',
    // without one, assets/arsip-berita-404.js, asked for at every depth, finds the root (see that file).
    rootScripts: baseUrl ? [] : Array.from({ length: NOT_FOUND_DEPTH + 1 }, (_, depth) => `${'../'.repeat(depth)}assets/arsip-berita-404.js`),
  };
  const search: PlainPage = page(pageFile(URLS.search), 'Cari', 'Cari artikel di arsip, juga tanpa internet.', 'cari');
  const stats: PlainPage = page(pageFile(URLS.stats), 'Statistik', 'Angka-angka arsip: artikel per bulan, media dan topik.', 'statistik');

  // ---- feed + sitemap ----------------------------------------------------------------------
  /** Feed entries of a list's newest dated articles, with links from the feed file at `from` (relative without a base URL). */
  const feedItemsOf = (list: Entry[], size: number, from: string): FeedItem[] =>
    list
      .filter((e) => e.date !== null)
      .slice(0, size)
      .map((e) => ({
        id: baseUrl ? baseUrl + e.dir : `urn:arsip-berita:artikel:${encodeURIComponent(e.article.id)}`,
        title: e.article.title,
        url: baseUrl ? baseUrl + e.dir : relPrefix(from) + e.dir,
        published: e.date!.rfc3339,
        summary: e.card.excerpt,
        outlet: e.article.outlet,
        author: e.article.author,
        topics: [...new Set(e.article.topics)],
        body: e.article.body.map((b) => ({ type: b.type, text: b.text })),
      }));
  const feedItems = feedItemsOf(dated, FEED_SIZE, URLS.atom);
  const feed = {
    title: SITE_NAME,
    homeUrl: baseUrl ?? pageFile(URLS.home),
    atomUrl: absOrRel(URLS.atom),
    jsonUrl: absOrRel(URLS.jsonFeed),
    id: baseUrl ?? 'urn:arsip-berita:feed',
    // Deterministic: the newest article's date, never the build clock (cold and incremental builds must match).
    updated: feedItems[0]?.published ?? '1970-01-01T00:00:00Z',
    items: feedItems,
  };
  /** One Atom feed per topic and per outlet (`topik/china/feed.xml`), for following a subject. */
  const groupFeed = (dir: string, title: string, list: Entry[]): FeedPage => {
    const path = url.groupFeed(dir);
    const items = feedItemsOf(list, GROUP_FEED_SIZE, path);
    return {
      path,
      title: `${title} · ${SITE_NAME}`,
      homeUrl: baseUrl ? baseUrl + dir : pageFile(URLS.home),
      atomUrl: baseUrl ? baseUrl + path : URLS.atom,
      id: baseUrl ? baseUrl + path : `urn:arsip-berita:${dir.replace(/\/$/, '').replace(/\//g, ':')}`,
      updated: items[0]?.published ?? '1970-01-01T00:00:00Z',
      items,
    };
  };
  const feeds: FeedPage[] = [
    ...[...byTopic].map(([name, list]) => groupFeed(topicDir(name), `Topik: ${name}`, list)),
    ...[...byOutlet].map(([name, list]) => groupFeed(outletDir(name), name, list)),
  ];

  const pages: ArchiveModel['pages'] = {
    home: homePages,
    articles: articlePages,
    archiveIndex: [archiveIndex],
    years: yearPages,
    months: monthPages,
    outletIndex: [outletIndex],
    outlets: outletPages,
    topicIndex: [topicIndex],
    topics: topicPages,
    undated: undatedPages,
    about: [about],
    notFound: [notFound],
    search: [search],
    stats: [stats],
    feeds,
  };
  const lastmodOf = new Map(articlePages.map((p) => [p.path, p.article.dateIso ? p.article.dateIso.slice(0, 10) : null]));
  const sitemap = Object.entries(pages)
    .filter(([kind]) => kind !== 'notFound' && kind !== 'feeds')
    .flatMap(([, list]) => (list as PageBase[]).map((p) => ({ loc: baseUrl ? canonicalOf(p.path)! : p.path, lastmod: lastmodOf.get(p.path) ?? null })));

  return {
    site: { name: SITE_NAME, tagline: 'Berita Indonesia, bisa dibaca dan dicari tanpa internet', lang: 'id', baseUrl, nav: NAV, ui: UI },
    counts,
    pages,
    feed,
    sitemap,
    stats: (({ stats: archive, groups }) => ({ archive, groups }))(computeStatsAndGroups(articles)),
    outletSlugs: Object.fromEntries(outletSlugs),
    topicSlugs: Object.fromEntries(topicSlugs),
  };
}

/**
 * The pager of page `current` (0 = the list's first page, newest): newest and oldest page,
 * two either side of the current one, gaps between. Labels are the pages' own date ranges,
 * never numbers or totals, so a page's pager changes only when a page near it does.
 */
export function pagerOf(current: number, hrefs: readonly string[], labels: readonly string[]): Pager {
  const last = hrefs.length - 1;
  const links: PagerLink[] = [];
  for (let i = 0; i <= last; i++) {
    if (i === 0 || i === last || Math.abs(i - current) <= 2) {
      links.push({ href: hrefs[i]!, text: labels[i]!, current: i === current, edge: i === 0 ? 'newest' : i === last ? 'oldest' : null });
    } else if (links.at(-1)?.gap !== true) links.push({ gap: true });
  }
  return {
    first: current === 0,
    newer: current > 0 ? hrefs[current - 1]! : null,
    older: current < last ? hrefs[current + 1]! : null,
    links,
  };
}

/** Only http(s) originals are linked (a seed's front matter could hold any text). */
function sourceUrlOf(a: Article): string | null {
  return safeHttpUrl(a.sourceUrl);
}

function modifiedOf(a: Article): string | null {
  return typeof a.modified === 'string' ? a.modified : null;
}

/** `www.kompas.com` → `kompas.com`: the original's site, as a link text. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
