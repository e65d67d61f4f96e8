/**
 * The site's Indonesian: one number format (`10.001`) for every page, chart
 * and status line, and the words the templates print, in one table (`UI`,
 * handed to templates as `archive.site.ui`). Dates are in dates.ts.
 */

const NUMBER = new Intl.NumberFormat('id-ID', { useGrouping: true });

/** `10.001`, `2.446.896`, `7` — Indonesian digit grouping (a dot every three digits). */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** `1 artikel`, `10.001 artikel`. */
export function articleCount(n: number): string {
  return `${formatNumber(n)} artikel`;
}

/** Words the templates print (so the site speaks one language from one place). */
export const UI = {
  skipLink: 'Langsung ke isi',
  mainNav: 'Navigasi utama',
  searchLabel: 'Cari artikel',
  searchPlaceholder: 'Cari artikel…',
  searchButton: 'Cari',
  crumbs: 'Jejak halaman',
  pagerLabel: 'Halaman daftar',
  newer: '‹ Lebih baru',
  older: 'Lebih lama ›',
  newest: 'Terbaru',
  oldest: 'Terlama',
  jumpMonth: 'Pilih bulan',
  jumpYear: 'Pilih tahun',
  emptyList: 'Belum ada artikel di sini.',
  undated: 'Tanpa tanggal',
  monthArchive: 'Arsip bulan ini',
  feedAtom: 'Umpan Atom',
  followFeed: 'Ikuti lewat umpan Atom',
  otherMonths: 'Bulan sebelum dan sesudahnya',
  otherYears: 'Tahun sebelum dan sesudahnya',
  yearsLabel: 'Menurut tahun',
} as const;

export type UiText = typeof UI;
