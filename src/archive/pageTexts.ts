/**
 * The words of the view models the archive stage makes: each page's title, meta description
 * and intro, by page, the sentences as functions of the numbers and names they say. Templates
 * print them from the view model (`p.title`, `p.intro`). The words templates print themselves
 * are in pageWords.ts; those shared with the search page and the terminal in indonesian.ts.
 */
import { monthYear } from './dates.ts';
import { articleCount, formatNumber, UI } from './indonesian.ts';

const NEWEST_FIRST = 'terbaru lebih dulu';
const undatedLower = UI.undated.toLowerCase();

export const PAGE_TEXT = {
  archive: { title: 'Arsip menurut waktu', description: 'Semua artikel menurut tahun dan bulan terbit.' },
  year: {
    title: (year: string): string => `Arsip ${year}`,
    description: (year: string, n: number): string => `Arsip berita tahun ${year}: ${articleCount(n)}.`,
  },
  outlets: {
    title: 'Media',
    description: 'Semua media dalam arsip dan jumlah artikelnya.',
    intro: (outlets: number, unknown: number): string =>
      `${formatNumber(outlets)} media.` + (unknown > 0 ? ` ${articleCount(unknown)} tanpa nama media yang dikenali.` : ''),
  },
  topics: {
    title: 'Topik',
    description: 'Semua topik dalam arsip dan jumlah artikelnya.',
    intro: (topics: number): string => `${formatNumber(topics)} topik.`,
  },
  authors: {
    title: UI.authors,
    description: 'Semua penulis dalam arsip dan jumlah artikelnya.',
    intro: (authors: number, without: number): string =>
      `${formatNumber(authors)} penulis.` + (without > 0 ? ` ${articleCount(without)} tanpa nama penulis.` : ''),
  },
  about: { title: 'Tentang arsip ini', description: 'Tentang Arsip Berita: isi arsip, angka, dan data untuk diunduh.' },
  notFound: { title: 'Halaman tidak ditemukan', description: 'Halaman yang dicari tidak ada di arsip ini.' },
  search: { title: 'Cari', description: 'Cari artikel di arsip, juga tanpa internet.' },
  stats: { title: 'Statistik', description: 'Angka-angka arsip: artikel per bulan, media dan topik.' },
  home: {
    heading: 'Berita terbaru',
    description: `Arsip berita Indonesia: artikel ${NEWEST_FIRST}.`,
    intro: (n: number): string => `${articleCount(n)} dalam arsip, ${NEWEST_FIRST}.`,
  },
  month: {
    heading: (year: string, month: string): string => `Arsip ${monthYear(year, month)}`,
    intro: (n: number): string => `${articleCount(n)}, ${NEWEST_FIRST}.`,
  },
  outlet: {
    heading: (name: string): string => name,
    intro: (n: number, name: string): string => `${articleCount(n)} dari ${name}, ${NEWEST_FIRST}.`,
  },
  topic: {
    heading: (name: string): string => `Topik: ${name}`,
    intro: (n: number, name: string): string => `${articleCount(n)} tentang ${name}, ${NEWEST_FIRST}.`,
  },
  author: {
    heading: (name: string): string => `${UI.authors}: ${name}`,
    intro: (n: number, name: string): string => `${articleCount(n)} oleh ${name}, ${NEWEST_FIRST}.`,
  },
  /** A topic's, outlet's or author's list of one year. */
  groupYear: {
    heading: (heading: string, year: string): string => `${heading}, ${year}`,
    intro: (n: number, year: string): string => `${articleCount(n)} pada ${year}, ${NEWEST_FIRST}.`,
  },
  undated: {
    heading: UI.undated,
    description: 'Artikel yang tanggal terbitnya tidak diketahui.',
    none: 'Semua artikel dalam arsip punya tanggal terbit.',
    first: (n: number): string => `${articleCount(n)} yang tanggal terbitnya tidak ditemukan di teks sumber.`,
    later: (n: number): string => `${articleCount(n)} tanpa tanggal terbit, menurut judul.`,
  },
  /** Every list's pages after the first (a count of the whole list would change them all with each article), and a group's description. */
  list: {
    laterTitle: (heading: string, range: string | null): string => `${heading} — ${range ?? undatedLower}`,
    laterDescription: (heading: string, n: number, range: string | null): string => `${heading}: ${articleCount(n)}, ${range ?? undatedLower}.`,
    laterIntro: (n: number, range: string | null): string => `${articleCount(n)}${range ? `, ${range}` : ''}, ${NEWEST_FIRST}.`,
    groupDescription: (heading: string, n: number, site: string): string => `${heading}: ${articleCount(n)} di ${site}.`,
  },
  article: {
    readingTime: (minutes: number): string => `${minutes} menit baca`,
  },
  /** A topic's, outlet's or author's feed: its list's heading and the site's name. */
  groupFeed: (heading: string, site: string): string => `${heading} · ${site}`,
} as const;
