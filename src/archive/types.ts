/**
 * The archive model: everything the templates print, precomputed per page.
 *
 * Every page of the site is one *view model* (`PageBase` + its own fields) in
 * one of the arrays of `ArchiveModel.pages`. Each Eleventy template paginates
 * over one array with `size: 1, alias: p` and writes `p.path`. Templates only
 * print; a later incremental step can compare view models (they are plain,
 * JSON-serialisable data) and render only the pages whose model changed.
 *
 * Links inside a view model are *root-relative file paths* (`artikel/2020/02/x/index.html`);
 * templates print them after the page's own `p.rel` prefix (`../../../../`), so
 * every link is relative and points at a file (works from file://, a server
 * root and a sub-path).
 */
import type { Article } from '../ingest/types.ts';
import type { Citation } from './citation.ts';
import type { SiteWords } from './pageWords.ts';
import type { SEARCH_PARAMS, SITE_PATHS } from '../urls.ts';
import type { OmittedNote } from './notes.ts';
import type { ArchiveStats, GroupMonths } from './stats.ts';

export type NavKey = 'beranda' | 'arsip' | 'media' | 'topik' | 'penulis' | 'statistik' | 'tentang' | 'cari' | 'none';

export interface PageBase {
  /** Output file relative to the output folder, e.g. `artikel/2020/02/slug/index.html`. */
  path: string;
  /** Prefix from this page back to the site root: `''`, `'../'`, `'../../'` … */
  rel: string;
  /** Text of <title> (without the site name) and of the page's <h1>. */
  title: string;
  /** Meta description (plain text). */
  description: string;
  /** Absolute canonical URL when a base URL is given, else null. */
  canonical: string | null;
  /** Which navigation entry is the current one. */
  nav: NavKey;
}

/** A link to an article in a list (home, archives, related, prev/next). */
export interface ArticleCard {
  href: string;
  title: string;
  outlet: string | null;
  /** `3 Februari 2020`, or null when undated. */
  dateShort: string | null;
  /** `2020-02-03` (for <time datetime>), or null. */
  dateIso: string | null;
  /** The month archive the article belongs to (`arsip/2020/02/index.html`), or null when undated. */
  monthHref: string | null;
  /** Lead shortened to ~220 characters. */
  excerpt: string;
}

export interface Link {
  href: string;
  text: string;
}

export type PagerLink =
  | { href: string; text: string; current: boolean; edge: 'newest' | 'oldest' | null; gap?: false }
  | { gap: true };

/**
 * A list's pager (see paging.ts): the newest and oldest page, two either side of
 * this one, each labelled with the dates it covers. No page numbers and no totals,
 * so adding an article changes only the pagers of the pages next to it.
 */
export interface Pager {
  /** This is the list's first page (its index.html, the newest articles). */
  first: boolean;
  /** The page with the next newer articles, or null on the first page. */
  newer: string | null;
  /** The page with the next older articles, or null on the oldest. */
  older: string | null;
  links: PagerLink[];
}

export interface ListPage extends PageBase {
  /** Short line under the heading (count, period). */
  intro: string;
  items: ArticleCard[];
  pager: Pager | null;
  /** Breadcrumb trail above the heading (root-relative links). */
  crumbs: Link[];
  /** Beside the pager: where to jump by date (the month index, the list's years), or null. */
  jump: Link | null;
}

export interface GroupPage extends ListPage {
  /** The outlet, topic, year or month this list belongs to. */
  key: string;
  /** First page of a month list or a group's year list: the older and newer month or year (null at the ends); else null. */
  around: { older: Link | null; newer: Link | null } | null;
  /** A topic's or outlet's list of one year (`topik/china/2020/`): the year; null for the whole list. */
  year: string | null;
  /** First page of a topic's or outlet's whole list: its years, newest first, with counts (else empty). */
  years: YearLink[];
  /** Topic, outlet and author lists: root-relative path of the group's Atom feed; null for other lists. */
  feed: string | null;
}

/** A link to a topic's or outlet's list of one year. */
export interface YearLink {
  href: string;
  text: string;
  /** `12 artikel`. */
  count: string;
}

export interface ArticleView {
  id: string;
  title: string;
  titleDerived: boolean;
  outlet: Link | null;
  dateline: string | null;
  /** `Senin, 3 Februari 2020`, or null when undated. */
  dateLong: string | null;
  /** `pukul 06.25 WIB` when the time is known. */
  timeText: string | null;
  /** ISO value for <time datetime>. */
  dateIso: string | null;
  yearInferred: boolean;
  /** Link to the month archive of the article, or to the undated list. */
  archiveLink: Link;
  readingMinutes: number;
  /** `3 menit baca`. */
  readingText: string;
  wordCount: number;
  lead: string;
  body: { type: 'paragraph' | 'heading' | 'quote' | 'item'; text: string }[];
  topics: Link[];
  /** The byline's people in order, each linking to their page (`penulis/<slug>/`). */
  authors: Link[];
  editor: string | null;
  photographer: string | null;
  sourceFile: string;
  /** The seed as it was read, published beside the article page (root-relative, always a `.txt`); null with `--no-sources`. */
  seedCopy: string | null;
  /** The original article (Article.sourceUrl, http/https only), with its site as the link text. */
  source: Link | null;
  /** `Selasa, 4 Februari 2020` when the page declares an update (Article.modified). */
  modifiedLong: string | null;
  modifiedIso: string | null;
  /** The "Kutip" block and the reference-manager meta tags. */
  citation: Citation;
  /** Older neighbour in time (or in the undated list). */
  prev: ArticleCard | null;
  /** Newer neighbour in time. */
  next: ArticleCard | null;
  related: ArticleCard[];
  /** The record's warnings as the ingest wrote them (English). */
  warnings: string[];
  /** The guesses said under the headline (a derived title, an inferred year), in Indonesian. */
  headerNotes: string[];
  /** The record's notices in Indonesian (src/ingest/notices.ts). */
  notes: string[];
  /** Lines of the seed left out of the article (Article.omitted), each with its reason in Indonesian (notes.ts). */
  omitted: OmittedNote[];
}

export interface ArticlePage extends PageBase {
  article: ArticleView;
  /** schema.org NewsArticle, printed through the `jsonScript` filter. */
  jsonLd: Record<string, unknown>;
  og: { type: 'article'; title: string; description: string; url: string | null; publishedTime: string | null; authors: string[] };
  crumbs: Link[];
}

export interface YearSummary {
  year: string;
  href: string;
  count: number;
  months: { month: string; name: string; href: string; count: number }[];
}

export interface ArchiveIndexPage extends PageBase {
  years: YearSummary[];
  undated: { href: string; count: number };
}

export interface YearPage extends PageBase {
  key: string;
  count: number;
  months: YearSummary['months'];
  crumbs: Link[];
  /** The older and newer year of the archive. */
  around: { older: Link | null; newer: Link | null };
}

export interface GroupSummary {
  name: string;
  href: string;
  count: number;
  /** Newest dated article of the group (`3 Februari 2020`), if any. */
  latest: string | null;
}

export interface GroupIndexPage extends PageBase {
  intro: string;
  groups: GroupSummary[];
}

export interface ArchiveCounts {
  articles: number;
  dated: number;
  undated: number;
  outlets: number;
  unknownOutlet: number;
  topics: number;
  years: number;
  months: number;
  words: number;
  titlesDerived: number;
  yearsInferred: number;
  withWarnings: number;
  /** `3 Februari 2020` of the oldest and newest dated article. */
  oldest: string | null;
  newest: string | null;
}

export interface AboutPage extends PageBase {
  counts: ArchiveCounts;
  exports: { json: string; csv: string; csvSemicolon: string };
  feeds: { atom: string; json: string; /** How many articles the site's feeds carry (FEED_SIZE). */ size: number };
}

/** 404.html: shown by hosts for a missing address at any depth. */
export interface NotFoundPage extends PageBase {
  /**
   * Without a base URL: the site's top-level folders and what may follow each (`TOP_FOLDERS` in
   * src/urls.ts), from which the page's script finds the site's root in the missing address; null
   * with a base URL (the links are absolute).
   */
  siteFolders: Readonly<Record<string, string>> | null;
}

/** Pages owned by other helpers (search, statistics) that still use the shared layout. */
export type PlainPage = PageBase;

export interface FeedItem {
  id: string;
  title: string;
  /** Absolute URL when a base URL is given, else root-relative. */
  url: string;
  /** RFC 3339 instant (date-only values are taken as 00:00 WIB). */
  published: string;
  /** The article's last update (Article.modified) when later than its publication; else `published`. */
  updated: string;
  /** The original article's address (Article.sourceUrl), or null. */
  original: string | null;
  summary: string;
  outlet: string | null;
  authors: string[];
  topics: string[];
  body: { type: 'paragraph' | 'heading' | 'quote' | 'item'; text: string }[];
}

export interface FeedModel {
  title: string;
  /** Absolute or root-relative. */
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** Atom feed id (an absolute IRI). */
  id: string;
  updated: string;
  items: FeedItem[];
}

/** A topic's, outlet's or author's own Atom feed (`topik/china/feed.xml`); links relative to the feed file without a base URL. */
export interface FeedPage extends Omit<FeedModel, 'jsonUrl'> {
  /** Output file, root-relative. */
  path: string;
}

export interface SiteInfo {
  name: string;
  tagline: string;
  /** The keeper's paragraph for the about page (arsip.config.json `about`), or null. */
  about: string | null;
  /** Where to write with questions or corrections, or null. */
  contact: string | null;
  lang: 'id';
  /** Normalised to end with `/`, or null. */
  baseUrl: string | null;
  /** Main navigation, root-relative file links; `key` matches PageBase.nav for aria-current. */
  nav: { key: NavKey; href: string; text: string }[];
  /** The words templates print (src/archive/pageWords.ts: its own and those of indonesian.ts). */
  ui: SiteWords;
  /** The files templates link to, after `p.rel` (SITE_PATHS in src/urls.ts): templates name no path themselves. */
  paths: typeof SITE_PATHS;
  /** The search form's parameter names (SEARCH_PARAMS in src/urls.ts), as the search page's script reads them. */
  params: typeof SEARCH_PARAMS;
}

/**
 * The pages of one listing group (a month; an outlet, topic or author with its year lists), made
 * only when asked: a rebuild whose group came out the same carries its pages without making them
 * (src/pipeline/plan.ts).
 */
export interface PageUnit<P extends { path: string } = { path: string }> {
  /** Names the group across builds: its kind and key (`topics` + NUL + `China`). */
  id: string;
  /**
   * What its pages are made from besides the archive code and the options: the group's own text
   * (heading, folder, links to its neighbours, the archive's span its timeline covers) and the
   * articles it lists, in order, each with its folder. Equal inputs, equal pages.
   */
  inputs(): { text: string; shows: readonly Article[]; folders: readonly string[] };
  make(): P[];
}

export interface ArchiveModel {
  site: SiteInfo;
  counts: ArchiveCounts;
  pages: {
    /** index.html (the newest), halaman/<YYYY-MM-DD>-<hash>/index.html … (stable pages, paging.ts). */
    home: ListPage[];
    /** artikel/YYYY/MM/slug/index.html, artikel/tanpa-tanggal/slug/index.html. */
    articles: ArticlePage[];
    /** arsip/index.html */
    archiveIndex: ArchiveIndexPage[];
    /** arsip/YYYY/index.html */
    years: YearPage[];
    /** arsip/YYYY/MM/index.html (+ halaman/<name>/ when long). */
    months: GroupPage[];
    /** media/index.html */
    outletIndex: GroupIndexPage[];
    /** media/<slug>/index.html (+ halaman/<name>/), then media/<slug>/<year>/index.html (+ halaman/<name>/). */
    outlets: GroupPage[];
    /** topik/index.html */
    topicIndex: GroupIndexPage[];
    /** topik/<slug>/index.html (+ halaman/<name>/), then topik/<slug>/<year>/index.html (+ halaman/<name>/). */
    topics: GroupPage[];
    /** penulis/index.html */
    authorIndex: GroupIndexPage[];
    /** penulis/<slug>/index.html (+ halaman/<name>/), then penulis/<slug>/<year>/index.html (+ halaman/<name>/). */
    authors: GroupPage[];
    /** tanpa-tanggal/index.html (+ halaman/<name>/). */
    undated: ListPage[];
    /** tentang/index.html */
    about: AboutPage[];
    /** 404.html */
    notFound: NotFoundPage[];
    /** cari/index.html — rendered by the search helper's templates/kinds/cari.njk. */
    search: PlainPage[];
    /** statistik/index.html — rendered by the stats helper's templates/kinds/statistik.njk. */
    stats: PlainPage[];
    /** topik/<slug>/feed.xml, media/<slug>/feed.xml and penulis/<slug>/feed.xml (Atom, newest 20). */
    feeds: FeedPage[];
  };
  feed: FeedModel;
  /** Every HTML page (root-relative file paths), for sitemap.xml; 404 excluded. */
  sitemap: { loc: string; lastmod: string | null }[];
  /** The archive's statistics, counted once from the records (archive/stats.ts), for the charts. */
  stats: { archive: ArchiveStats; groups: GroupMonths };
  /** Root-relative slugs for outlets and topics, by name (for other stages). */
  outletSlugs: Record<string, string>;
  topicSlugs: Record<string, string>;
}
