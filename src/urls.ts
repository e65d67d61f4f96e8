/**
 * The site's URL scheme: where every page, feed and data file lives, relative
 * to the site's root. Every stage asks here (ingest for Article.url, the
 * archive model for page paths and links, the charts for the pages they link
 * to); nothing builds these paths itself or parses them back out of a path.
 * Pure and dependency-free, so the browser's search code may import it too.
 *
 * Folders end in `/`; a page is its folder's `index.html` (pageFile).
 */

/** The file of a page folder: `arsip/2020/` → `arsip/2020/index.html`; `''` (the root) → `index.html`. */
export function pageFile(dir: string): string {
  return `${dir}index.html`;
}

/** A top-level folder's path: `artikel` → `artikel/`. */
function folder(segment: string): string {
  return `${segment}/`;
}

/** Root-relative prefix back to the site root for an output path (`a/b/index.html` → `../../`). */
export function relPrefix(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

/** `artikel/2020/02/slug/` for a dated article (year and month as written in `published`), `artikel/tanpa-tanggal/slug/` without a date. */
export function articleDir(published: string | null, slug: string): string {
  const m = published ? /^(\d{4})-(\d{2})/.exec(published) : null;
  return m ? `${ARTICLES_SEGMENT}/${m[1]}/${m[2]}/${slug}/` : `${ARTICLES_SEGMENT}/${UNDATED_SEGMENT}/${slug}/`;
}

const ARTICLES_SEGMENT = 'artikel';
const UNDATED_SEGMENT = 'tanpa-tanggal';
const ASSETS_SEGMENT = 'assets';
/** The search index's pieces (src/search/format.ts) and the two browser scripts. */
export const SEARCH_DIR = 'search';
/** The folder of a list's later pages (listPageFile); the home page's are at the root. */
const LIST_PAGES_SEGMENT = 'halaman';

// The tables below that are computed (template literals, calls) are marked pure: the browser scripts import
// this module, and esbuild keeps any top-level computation it cannot prove unused.
export const URLS = /* @__PURE__ */ (() => ({
  home: '',
  archive: 'arsip/',
  undated: `${UNDATED_SEGMENT}/`,
  outlets: 'media/',
  topics: 'topik/',
  authors: 'penulis/',
  about: 'tentang/',
  search: 'cari/',
  stats: 'statistik/',
  notFound: '404.html',
  atom: 'feed.xml',
  jsonFeed: 'feed.json',
  sitemap: 'sitemap.xml',
  robots: 'robots.txt',
  exportJson: 'data/articles.json',
  exportCsv: 'data/articles.csv',
  /** The same table separated by `;`, for spreadsheets with Indonesian regional settings. */
  exportCsvSemicolon: 'data/articles-titik-koma.csv',
  /** The stylesheet and icon: templates/assets, copied as they are (ASSETS_DIR). */
  stylesheet: `${ASSETS_SEGMENT}/style.css`,
  icon: `${ASSETS_SEGMENT}/favicon.svg`,
  /** The search page's script, and the article pages' script for a reader coming from it (src/search/index.ts writes both). */
  searchScript: `${SEARCH_DIR}/cari.js`,
  readScript: `${SEARCH_DIR}/baca.js`,
}) as const)();

/**
 * The search page's address parameters, which are also the terminal search's flags: the query,
 * each filter by stable name (slugs, years, ISO days), the order. A bookmark keeps working as
 * long as these do.
 */
export const SEARCH_PARAMS = { query: 'q', outlet: 'media', topic: 'topik', year: 'tahun', from: 'dari', to: 'sampai', order: 'urut' } as const;
/** In an article link's fragment: the search it was opened from, and the terms to mark (src/search/client/from-search.ts). */
export const FROM_SEARCH_PARAMS = { search: 'cari', marked: 'sorot' } as const;

/** `artikel/`: the folder of every article page (articleDir). */
export const ARTICLES_DIR = /* @__PURE__ */ folder(ARTICLES_SEGMENT);
/** `assets/`: where templates/assets is copied. */
export const ASSETS_DIR = /* @__PURE__ */ folder(ASSETS_SEGMENT);

/**
 * What templates print after a page's `p.rel` (handed to them as `archive.site.paths`): each
 * folder of URLS (the root `''` too) as its page file (`cari/` → `cari/index.html`), each file as it is.
 */
export const SITE_PATHS = /* @__PURE__ */ (() =>
  ({
    ...(Object.fromEntries(Object.entries(URLS).map(([key, path]) => [key, path === URLS.home || path.endsWith('/') ? pageFile(path) : path])) as {
      readonly [K in keyof typeof URLS]: string;
    }),
    /** A page folder's own page, relative to that folder (the search form submits to its own page). */
    ownPage: pageFile(''),
  }) as const)();

/** The last segment of a path: `data/articles.csv` → `articles.csv`. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `arsip/2020/` */
export function yearDir(year: string): string {
  return `${URLS.archive}${year}/`;
}

/** `arsip/2020/02/` (month as two digits). */
export function monthDir(year: string, month: string): string {
  return `${yearDir(year)}${month}/`;
}

/** `media/<slug>/`: an outlet's page. */
export function outletDir(slug: string): string {
  return `${URLS.outlets}${slug}/`;
}

/** `topik/<slug>/`: a topic's page. */
export function topicDir(slug: string): string {
  return `${URLS.topics}${slug}/`;
}

/** `penulis/<slug>/`: an author's page. */
export function authorDir(slug: string): string {
  return `${URLS.authors}${slug}/`;
}

/** A topic's or outlet's list of one year: `topik/china/2020/`. */
export function groupYearDir(groupDir: string, year: string): string {
  return `${groupDir}${year}/`;
}

/** A topic's or outlet's own Atom feed: `topik/china/feed.xml`. */
export function groupFeed(groupDir: string): string {
  return `${groupDir}feed.xml`;
}

/**
 * Where the site keeps an article's seed as it was read: in the article's own folder, beside its
 * page (`artikel/2020/02/slug/<file>`), under the seed's file name made safe. Not a folder tree of
 * its own: every folder costs each rebuild a mkdir (10,000 more of them at 10,000 articles). Every copy
 * ends in `.txt`, so a server and a browser show it as plain text: `.md` becomes `.md.txt` and a
 * saved page `.html.txt` (its source, inert: a live copy would run the page's scripts).
 */
export function sourceCopyFile(articleDir: string, sourceFile: string): string {
  const name = (sourceFile.split('/').pop() ?? 'sumber').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'sumber';
  const inert = /\.txt$/i.test(name) ? name : `${name}.txt`;
  return `${articleDir}${inert}`;
}

/** A list's page after the first, named after its newest article (archive/paging.ts): `topik/china/halaman/2020-02-03-1a2b3c/index.html`. */
export function listPageFile(listDir: string, name: string): string {
  return pageFile(`${listDir}${LIST_PAGES_SEGMENT}/${name}/`);
}

/** The name of a list's oldest page, which never moves (so the pager's link to it never changes). */
export const OLDEST_PAGE_NAME = 'terlama';

/**
 * The site's top-level folders, each with the shape of the name that may follow it (a pattern for
 * one path segment; `''`: nothing but its index.html). 404.html, which a host shows at the depth of
 * any missing address, finds the site's root in that address with this table
 * (templates/_includes/scripts/find-root.js).
 */
export const TOP_FOLDERS: Readonly<Record<string, string>> = /* @__PURE__ */ (() => ({
  [ARTICLES_SEGMENT]: `\\d{4}|${UNDATED_SEGMENT}`,
  [URLS.archive.slice(0, -1)]: '\\d{4}',
  [UNDATED_SEGMENT]: LIST_PAGES_SEGMENT,
  [LIST_PAGES_SEGMENT]: '[^/]+',
  [URLS.outlets.slice(0, -1)]: '[^/]+',
  [URLS.topics.slice(0, -1)]: '[^/]+',
  [URLS.authors.slice(0, -1)]: '[^/]+',
  [URLS.about.slice(0, -1)]: '',
  [URLS.search.slice(0, -1)]: '',
  [URLS.stats.slice(0, -1)]: '',
}))();
