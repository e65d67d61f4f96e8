/**
 * Numbers the Indonesian way, one formatter for every page, chart, the search page
 * and the CLI: 10.001, "1–10 dari 7.732". Intl's id-ID grouping (a dot every three
 * digits, also for four-digit numbers) is the same in Node and in the browser.
 */
const NUMBER = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** "1–10 dari 7.732": which results are shown out of how many. */
export function rangeOf(first: number, last: number, total: number): string {
  return `${formatNumber(first)}–${formatNumber(last)} dari ${formatNumber(total)}`;
}
