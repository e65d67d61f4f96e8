/**
 * The search page's controls and its address: the query box, the facet boxes, the dates and the
 * order, read from and written to the address by the parameter names of src/urls.ts (SEARCH_PARAMS),
 * so a bookmark or a link opens the same search. Holds no results; main.ts runs the search.
 */
import type { Hit } from '../ranking.ts';
import { countFacets, dayBound, isoDay, LIST_FACETS, SORT_ORDERS, type Facets, type Filters, type SortOrder } from '../facets.ts';
import { SEARCH_PARAMS } from '../../urls.ts';
import type { FacetBox } from './facetBox.ts';

export interface SearchControls {
  input: HTMLInputElement;
  /** Each facet's box, by its parameter, with the word the notes name it by. */
  boxes: ReadonlyArray<readonly [(typeof LIST_FACETS)[number], FacetBox, string]>;
  fromIn: HTMLInputElement;
  toIn: HTMLInputElement;
  sortSel: HTMLSelectElement;
}

export interface SearchAddress {
  /** The boxes' values and the date range of the archive, once its facets are known. */
  fill(f: Facets): void;
  /** Sets the controls from an address; says in a note each value this archive does not have. */
  apply(p: URLSearchParams): string[];
  filters(): Filters;
  order(): SortOrder;
  /** The search as an address: every setting by stable names (slugs, years, ISO days). */
  params(): URLSearchParams;
  /** Each value's count for the current query, given the other filters; null: not all results are known yet. */
  counts(f: Facets, hits: readonly Hit[] | null): void;
}

export function searchAddress(c: SearchControls): SearchAddress {
  const box = (key: (typeof LIST_FACETS)[number]): FacetBox => c.boxes.find(([k]) => k === key)![1];
  const filters = (): Filters => ({
    [SEARCH_PARAMS.outlet]: box(SEARCH_PARAMS.outlet).values(),
    [SEARCH_PARAMS.topic]: box(SEARCH_PARAMS.topic).values(),
    [SEARCH_PARAMS.year]: box(SEARCH_PARAMS.year).values().map(Number),
    [SEARCH_PARAMS.from]: c.fromIn.value ? dayBound(c.fromIn.value, 'start') : null,
    [SEARCH_PARAMS.to]: c.toIn.value ? dayBound(c.toIn.value, 'end') : null,
  });
  const order = (): SortOrder => (SORT_ORDERS.includes(c.sortSel.value as SortOrder) ? (c.sortSel.value as SortOrder) : 'relevansi');
  return {
    fill(f) {
      box(SEARCH_PARAMS.outlet).fill(f.outlets.map((name, i) => ({ value: f.outletSlugs[i] ?? '', label: name, count: -1 })));
      box(SEARCH_PARAMS.topic).fill(f.topics.map((name, i) => ({ value: f.topicSlugs[i] ?? '', label: name, count: -1 })));
      box(SEARCH_PARAMS.year).fill([...new Set(f.years)].map((y) => ({ value: String(y), label: String(y), count: -1 })));
      if (f.days.length > 0) {
        // Days run newest first.
        for (const input of [c.fromIn, c.toIn]) {
          input.min = isoDay(f.days[f.days.length - 1] ?? 0);
          input.max = isoDay(f.days[0] ?? 0);
        }
      }
    },
    apply(p) {
      const unknown: string[] = [];
      for (const [key, b, what] of c.boxes) {
        for (const v of b.set(p.getAll(key).filter((v) => v !== ''))) unknown.push(`${what} “${v}” tidak ada di arsip ini; saringan itu diabaikan.`);
      }
      c.fromIn.value = dayBound(p.get(SEARCH_PARAMS.from) ?? '', 'start') ?? '';
      c.toIn.value = dayBound(p.get(SEARCH_PARAMS.to) ?? '', 'end') ?? '';
      const urut = p.get(SEARCH_PARAMS.order) as SortOrder | null;
      c.sortSel.value = urut !== null && SORT_ORDERS.includes(urut) ? urut : 'relevansi';
      return unknown;
    },
    filters,
    order,
    params() {
      const p = new URLSearchParams();
      const q = c.input.value.trim();
      if (q) p.set(SEARCH_PARAMS.query, q);
      const f = filters();
      for (const key of LIST_FACETS) for (const v of f[key]) p.append(key, String(v));
      if (f.dari) p.set(SEARCH_PARAMS.from, f.dari);
      if (f.sampai) p.set(SEARCH_PARAMS.to, f.sampai);
      if (order() !== 'relevansi') p.set(SEARCH_PARAMS.order, order());
      return p;
    },
    counts(f, hits) {
      const n = countFacets(f, filters(), (hits ?? []).map((h) => h.doc));
      for (const [key, b] of c.boxes) b.counts(hits === null ? null : new Map(n[key].map((x) => [x.value, x.count])));
    },
  };
}
