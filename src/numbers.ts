/**
 * Indonesian numbers, in one place: Intl's id-ID grouping (a dot every three digits, also for
 * four-digit numbers), the same in Node and in the browser. Dependency-free: the search page's
 * bundle, the site and the ingest's notices (src/ingest/notices.ts) all write numbers with it.
 */
const NUMBER = new Intl.NumberFormat('id-ID', { useGrouping: true });

/** `10.001`, `2.446.896`, `7` — Indonesian digit grouping (a dot every three digits). */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}
