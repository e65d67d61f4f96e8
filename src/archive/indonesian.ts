/**
 * The site's Indonesian, in one place: one number format (`10.001`) for every
 * page, chart, the search page and the terminal search, and the words they
 * print: `UI` (fixed words; handed to templates as `archive.site.ui`) and `SAY`
 * (sentences with numbers or names in them). Dependency-free, so the search
 * page's browser bundle imports it too. Dates are in dates.ts.
 */

/**
 * Intl's id-ID grouping: a dot every three digits, also for four-digit numbers,
 * the same in Node and in the browser.
 */
const NUMBER = new Intl.NumberFormat('id-ID', { useGrouping: true });

/** `10.001`, `2.446.896`, `7` — Indonesian digit grouping (a dot every three digits). */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** "1–10 dari 7.732": which results are shown out of how many. */
export function rangeOf(first: number, last: number, total: number): string {
  return `${formatNumber(first)}–${formatNumber(last)} dari ${formatNumber(total)}`;
}

/** `1 artikel`, `10.001 artikel`. */
export function articleCount(n: number): string {
  return `${formatNumber(n)} artikel`;
}

/**
 * The query language's field prefixes (src/search/format.ts FIELDS), as the search page's help
 * and `npm run search -- --help` explain them: an example query and what it finds.
 */
export const SEARCH_FIELD_HELP: readonly { example: string; meaning: string }[] = [
  { example: 'penulis:ardito', meaning: 'artikel yang penulisnya bernama Ardito; nama penulis dan kota asal berita juga dicari tanpa awalan' },
  { example: 'penulis:"icha rastika"', meaning: 'semua kata itu pada nama penulis' },
  { example: 'tempat:beijing', meaning: 'artikel yang ditulis di Beijing (kota di awal berita), bukan sekadar menyebut Beijing' },
  { example: 'judul:banjir', meaning: 'kata itu pada judul artikel' },
  { example: 'media:kompas', meaning: 'artikel dari media yang namanya memuat kata itu' },
  { example: 'topik:rusia', meaning: 'artikel bertopik Rusia (juga lewat nama lainnya, misalnya topik:kremlin)' },
];

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
  contact: 'Kontak',
  followFeed: 'Ikuti lewat umpan Atom',
  otherMonths: 'Bulan sebelum dan sesudahnya',
  otherYears: 'Tahun sebelum dan sesudahnya',
  yearsLabel: 'Menurut tahun',
  /** The people of a byline: their index (`penulis/`), a page's heading, the article page. */
  authors: 'Penulis',
  /** Before the authors in an article's byline: "Oleh A, B dan C". */
  by: 'Oleh',
  /** Between the last two authors of a byline. */
  and: 'dan',
  editor: 'Editor',
  photographer: 'Fotografer',
  /** The article page: the seed file's name, and the link to the seed as it was read (beside the page). */
  seedFile: 'Berkas sumber',
  seedAsRead: 'lihat teks sumber seperti dibaca',
  /** The article page's collapsed list of the seed's lines left out of the article (Article.omitted). */
  omitted: 'Yang tidak dimuat',
  omittedIntro: 'Baris berkas sumber yang tidak dimasukkan ke artikel ini, masing-masing dengan alasannya:',
  omittedRule: 'aturan',
  /** An article whose outlet is not known: the article page, the search page, the terminal search. */
  unknownOutlet: 'Media tidak diketahui',
  /** The same for its date, in a result line. */
  noDate: 'tanpa tanggal',
  /** The search page's help on `penulis:` and `tempat:`. */
  searchFields: SEARCH_FIELD_HELP,
  /** The search page's buttons under the results: the next page of them, or all of them at once. */
  showMore: 'Tampilkan lebih banyak',
  showAll: 'Tampilkan semua',
} as const;

/** Sentences with numbers or names in them, shared by the search page and the terminal search. */
export const SAY = {
  /** `Tidak ada hasil untuk “virus”` */
  noResults: (query: string): string => `Tidak ada hasil untuk “${query}”`,
  /** `Tidak ada hasil untuk “virus” dengan saringan ini (12 tanpa saringan)` */
  noResultsFiltered: (query: string, unfiltered: number): string =>
    `${SAY.noResults(query)} dengan saringan ini (${formatNumber(unfiltered)} tanpa saringan)`,
  /** Browsing by filters alone (no words): ` dengan saringan ini`, after "1–10 dari 50 hasil". */
  browsingLead: ' dengan saringan ini',
  /** `Tidak ada artikel dengan saringan ini.` */
  noneFiltered: 'Tidak ada artikel dengan saringan ini.',
  /** `1–10 hasil untuk “kerja sama”; jumlah seluruhnya sedang dihitung…`: a first page shown before the whole count is known. */
  countPending: (shown: number, lead: string): string => `${formatNumber(1)}–${formatNumber(shown)} hasil${lead}; jumlah seluruhnya sedang dihitung…`,
  /** `Ketik kata yang dicari, atau pilih saringan untuk menelusuri.` */
  typeOrFilter: 'Ketik kata yang dicari, atau pilih saringan untuk menelusuri.',
  /** `“virsu” tidak ada di arsip` */
  notInArchive: (words: readonly string[]): string => `${words.map((w) => `“${w}”`).join(', ')} tidak ada di arsip`,
  /** The query over time (search/facets.ts countOverTime): its heading, by year or by the months of one year. */
  overTime: (unit: 'year' | 'month', year: string): string => (unit === 'year' ? 'Hasil menurut tahun' : `Hasil menurut bulan, ${year}`),
  /** `Mar: 12 artikel`: one bar, as a screen reader says it. */
  overTimeBar: (label: string, count: number): string => `${label}: ${articleCount(count)}`,
  /** Under the chart: what a click does, and the undated results it cannot show. */
  overTimeNote: (undated: number): string =>
    `Pilih batang untuk mempersempit ke periode itu.${undated > 0 ? ` ${articleCount(undated)} tanpa tanggal tidak tampil di grafik.` : ''}`,
  /** `3 tanpa tanggal`: results the chart over time cannot place. */
  noDateCount: (n: number): string => `${formatNumber(n)} tanpa tanggal`,
  /** `Mar` (a month's short name, from Intl's Indonesian). */
  monthShort: (month: number): string => MONTH_SHORT.format(new Date(Date.UTC(2000, month - 1, 15))),
} as const;

const MONTH_SHORT = new Intl.DateTimeFormat('id-ID', { month: 'short', timeZone: 'UTC' });

/** What the query parser says when part of a query cannot be searched as written (src/search/syntax.ts). */
export const SAY_QUERY = {
  notOverAnd: 'Tanda minus atau BUKAN di depan kurung hanya bisa mengecualikan kata yang dipisah OR, misalnya -(rusia OR ukraina); bagian itu diabaikan.',
  tooComplex: 'Kueri ini terlalu rumit (terlalu banyak OR antara kurung); hanya sebagian yang dicari.',
} as const;

export type UiText = typeof UI;
