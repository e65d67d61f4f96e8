/**
 * Stable listing pages: where a long list (home, a topic, an outlet, a month)
 * is cut into pages, decided by the articles themselves, not by counting.
 *
 * Counting ("page k holds articles 20k…20k+19") moves every page after an
 * insertion: one back-dated article shifts all older pages by one. Here an
 * article ends a page when its hash is the smallest among the `window`
 * articles on either side of it in the list (local-minimum content-defined
 * chunking). Whether an article ends a page depends only on its 2·window
 * neighbours, so adding or removing one article anywhere changes at most the
 * pages within `window` articles of it — two or three pages — and every other
 * page keeps exactly its articles, and its URL, which is named after the
 * page's newest article. Pages hold more than `window` articles (two
 * boundaries are never within a window of each other), about 2·window on
 * average; a rare page longer than `max` is split in equal parts.
 *
 * The newest articles, fewer than a window after the last boundary or not yet
 * followed by a full window, are not a page of their own: they open the
 * list's first page (`index.html`), topped up with whole newest pages until it
 * shows at least `firstMin` articles. Only that first page changes with each
 * new newest article.
 */
import { fnv1a } from '../hash.ts';

export interface PagingOptions {
  /** Neighbours on each side an article's hash must beat to end a page. */
  window: number;
  /** Pages longer than this are split into equal parts. */
  max: number;
  /** The first page shows at least this many articles (when the list has them). */
  firstMin: number;
}

/** The home page: pages of about 21 (at least 11, split above 40); the first page at least 20. */
export const HOME_PAGING: PagingOptions = { window: 10, max: 40, firstMin: 20 };
/** Month, outlet, topic and undated lists: pages of about 50 (at least 26, split above 100). */
export const GROUP_PAGING: PagingOptions = { window: 25, max: 100, firstMin: 50 };

export interface StablePage<T> {
  /** Items newest first. */
  items: T[];
  /** Key of the page's newest item (stable name for its URL). */
  key: string;
}

export interface StablePaging<T> {
  /** The first page (index.html): the newest items, newest first. */
  first: T[];
  /** The other pages, newest first; each items newest first. */
  pages: StablePage<T>[];
}


/**
 * Cuts `newestFirst` into stable pages. `keyOf` must be unique and stable per item
 * (the article's page folder): it decides the cuts and names the pages.
 */
export function stablePages<T>(newestFirst: readonly T[], keyOf: (item: T) => string, opts: PagingOptions): StablePaging<T> {
  const seq = [...newestFirst].reverse(); // oldest first: the newest end is the open one
  const n = seq.length;
  const keys = seq.map(keyOf);
  const hashes = keys.map(fnv1a);
  // A strict order on items: hash, then key (keys are unique, so there are no ties).
  const less = (i: number, j: number): boolean => hashes[i]! < hashes[j]! || (hashes[i] === hashes[j] && keys[i]! < keys[j]!);
  const w = opts.window;
  const cuts: number[] = []; // index of the last item of each closed chunk
  for (let i = w; i + w < n; i++) {
    let min = true;
    for (let j = i - w; j <= i + w && min; j++) if (j !== i && !less(i, j)) min = false;
    if (min) cuts.push(i);
  }
  const closed: T[][] = [];
  let start = 0;
  for (const c of cuts) {
    const chunk = seq.slice(start, c + 1);
    const parts = Math.ceil(chunk.length / opts.max);
    for (let p = 0; p < parts; p++) closed.push(chunk.slice(Math.floor((p * chunk.length) / parts), Math.floor(((p + 1) * chunk.length) / parts)));
    start = c + 1;
  }
  const first: T[] = seq.slice(start);
  while (closed.length > 0 && first.length < opts.firstMin) first.unshift(...closed.pop()!);
  const pages = closed.reverse().map((chunk) => ({ items: chunk.reverse(), key: keyOf(chunk[0]!) }));
  return { first: first.reverse(), pages };
}
