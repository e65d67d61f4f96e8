/**
 * The archive's one article order, used by every list of the site and by the
 * search index's "newest" rank: dated articles newest first (by the instant,
 * offsets taken into account), then undated ones by title (Indonesian
 * collation); ties broken by the article's page folder (Article.url, unique).
 */
import { compareId, byCodeUnits } from '../collate.ts';
import type { Article } from '../ingest/types.ts';
import { parsePublished } from './dates.ts';

export interface OrderKey {
  /** The publication instant (ms), or null when the article has no readable date. */
  epoch: number | null;
  title: string;
  /** The article's page folder: unique, so the order is total. */
  folder: string;
}


/** Newest first, undated last by title; ties by folder. */
export function compareKeys(x: OrderKey, y: OrderKey): number {
  if (x.epoch !== null && y.epoch !== null) return y.epoch - x.epoch || byCodeUnits(x.folder, y.folder);
  if (x.epoch !== null) return -1;
  if (y.epoch !== null) return 1;
  return compareId(x.title, y.title) || byCodeUnits(x.folder, y.folder);
}

/** The items in archive order; each item's key is computed once. */
export function inArchiveOrder<T>(items: readonly T[], keyOf: (item: T) => OrderKey): T[] {
  const keyed = items.map((item) => ({ item, key: keyOf(item) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map((k) => k.item);
}

/** An Article's key (the archive uses its own parsed date and safe folder, which agree with these). */
export function articleKey(a: Pick<Article, 'published' | 'title' | 'url'>): OrderKey {
  return { epoch: parsePublished(a.published)?.epoch ?? null, title: a.title, folder: a.url };
}
