/**
 * How an article page knows it was opened from the search page: the result link
 * carries the search's address and the terms to highlight in its fragment
 * (`#cari=q%3Dbantuan&sorot=bantu`). A fragment is never sent to a server, works
 * from file:// and does not change which file is opened.
 */
import { FROM_SEARCH_PARAMS } from '../../urls.ts';

export interface FromSearch {
  /** The search page's query string, without "?" (q, filters, sort). */
  search: string;
  /** Index terms (stems) to highlight; a prefix's words are already among them. */
  terms: string[];
}

export function withFromSearch(href: string, from: FromSearch): string {
  const p = new URLSearchParams();
  p.set(FROM_SEARCH_PARAMS.search, from.search);
  if (from.terms.length > 0) p.set(FROM_SEARCH_PARAMS.marked, from.terms.join(' '));
  return `${href}#${p.toString()}`;
}

export function readFromSearch(hash: string): FromSearch | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const search = p.get(FROM_SEARCH_PARAMS.search);
  if (search === null) return null;
  const terms = (p.get(FROM_SEARCH_PARAMS.marked) ?? '').split(' ').filter((t) => t.length > 0).slice(0, 100);
  return { search, terms };
}

/** sessionStorage key: the search address the reader last left for an article (see the article's back link). */
export const LAST_SEARCH_KEY = 'arsip-berita:cari-terakhir';
