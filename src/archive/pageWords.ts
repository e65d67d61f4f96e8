/**
 * The words only the site's pages print, beside indonesian.ts (the words and number format the
 * pages share with the search page's script and the terminal search). A module of its own because
 * the search page's bundle imports indonesian.ts: anything added there changes that bundle, even
 * unused (esbuild names its minified symbols from the whole module). Templates get both tables as
 * one, `archive.site.ui` (SiteWords), and the sentences with numbers as the Nunjucks global `say`.
 */
import { articleCount, formatNumber, UI } from './indonesian.ts';
import { SEARCH_PARAMS } from '../urls.ts';

/**
 * Text with inline markup, as the search page's help writes it: each run a plain string, or a word
 * in italics (`i`), a key or query to type (`kbd`), or a phrase in straight double quotes (`q`), as
 * the query language writes one. templates/_includes/partials/runs.njk prints it.
 */
export type Runs = readonly (string | { i: string } | { kbd: string } | { q: string })[];

/**
 * Words only the pages print (templates), by the page that prints them; templates read them with
 * `UI` as `archive.site.ui` (`ui.searchPage.queryLabel`).
 */
export const PAGE_UI = {
  /** The main navigation (NAV in context.ts) and the breadcrumbs that start from its pages. */
  nav: {
    home: 'Beranda',
    archive: 'Arsip',
    outlets: 'Media',
    topics: 'Topik',
    stats: 'Statistik',
    about: 'Tentang',
  },
  /** Every page's header and footer (layouts/base.njk). */
  layout: {
    searchRegion: 'Cari di seluruh arsip',
    about: 'Tentang arsip',
  },
  /** File formats by the names links and feed titles give them. */
  formats: { atom: 'Atom', jsonFeed: 'JSON Feed', csvData: 'Data CSV', bibtex: 'BibTeX', ris: 'RIS' },
  /** The search page (kinds/cari.njk): its form, filters and help; its script's words are in UI and SAY. */
  searchPage: {
    /** Without JavaScript, before links to the archive by date, the outlets and the topics. */
    noScript: 'Pencarian membutuhkan JavaScript, yang sedang mati di peramban ini. Semua artikel tetap bisa dibaca lewat',
    byDate: 'arsip per tanggal',
    outletList: 'daftar media',
    topicList: 'daftar topik',
    queryLabel: 'Kata yang dicari',
    /** The query language, shown under the search box; the field prefixes follow from SEARCH_FIELD_HELP. */
    help: {
      summary: ['Cara mencari: ', { q: 'frasa persis' }, ', -kecuali, awal*, =bentuk, OR/ATAU, AND/DAN, NOT/BUKAN, penulis: atau tempat:'],
      rows: [
        {
          example: ['bantuan militer'],
          meaning: ['artikel yang memuat kedua kata, dalam bentuk apa pun (', { i: 'bantu' }, ' juga menemukan ', { i: 'bantuan' }, ', ', { i: 'membantu' }, ')'],
        },
        { example: [{ q: 'bantuan militer' }], meaning: ['kata-kata itu berurutan, bersebelahan; kata umum di dalam tanda petik harus persis sama'] },
        { example: ['bantuan -rusia'], meaning: ['tanpa artikel yang memuat ', { i: 'rusia' }, ' (bentuk apa pun)'] },
        { example: ['viru*'], meaning: ['kata yang berawal ', { i: 'viru' }, ': ', { i: 'virus' }, ', ', { i: 'viral' }, ' …'] },
        { example: ['=menteri'], meaning: ['hanya bentuk kata itu, tanpa imbuhan lain: ', { i: 'menteri' }, ', bukan ', { i: 'kementerian' }] },
        { example: ['(china OR rusia) bantuan'], meaning: ['kurung mengelompokkan: ', { i: 'china' }, ' atau ', { i: 'rusia' }, ', dan ', { i: 'bantuan' }, '; ', { kbd: '-(rusia OR ukraina)' }, ' mengecualikan keduanya'] },
        {
          example: ['china OR jepang'],
          meaning: ['salah satunya (juga ', { kbd: 'ATAU' }, '); ', { kbd: 'AND' }, '/', { kbd: 'DAN' }, ' keduanya, ', { kbd: 'NOT' }, '/', { kbd: 'BUKAN' }, ' seperti tanda minus; hanya dalam huruf kapital'],
        },
      ],
      after: ['Kata terakhir yang sedang diketik juga dicari sebagai awal kata. Kata umum (', { i: 'yang' }, ', ', { i: 'dan' }, ', ', { i: 'di' }, ' …) tidak diindeks.'],
    } satisfies { summary: Runs; rows: readonly { example: Runs; meaning: Runs }[]; after: Runs },
    filters: 'Saring dan urutkan',
    /** The facets, each a box of values to tick (several at once); `name` is its address parameter. */
    facets: [
      { name: SEARCH_PARAMS.outlet, label: 'Media', all: 'Semua media' },
      { name: SEARCH_PARAMS.topic, label: 'Topik', all: 'Semua topik' },
      { name: SEARCH_PARAMS.year, label: 'Tahun', all: 'Semua tahun' },
    ],
    /** After a number: "3 dipilih" (three values ticked). */
    picked: 'dipilih',
    from: 'Dari',
    to: 'Sampai',
    sort: 'Urutkan',
    byRelevance: 'Paling relevan',
    newestFirst: 'Terbaru',
    oldestFirst: 'Terlama',
    notes: 'Catatan pencarian',
    results: 'Hasil pencarian',
    /** The whole result list out (src/search/resultList.ts), for a spreadsheet or a reference manager. */
    download: 'Unduh semua hasil:',
    downloads: [
      { format: 'csv', label: 'CSV', title: 'Tabel untuk spreadsheet: judul, media, tanggal, penulis, alamat, kutipan' },
      { format: 'bibtex', label: 'BibTeX', title: 'Untuk pengelola referensi (BibTeX)' },
      { format: 'ris', label: 'RIS', title: 'Untuk pengelola referensi (Zotero, Mendeley, EndNote)' },
    ],
  },
  /** 404.html. */
  notFound: {
    intro: 'Halaman ini tidak ada di arsip. Mungkin alamatnya salah ketik, atau artikelnya sudah dihapus dari arsip.',
    home: 'Kembali ke beranda',
    archive: 'Lihat arsip menurut waktu',
    search: 'Cari artikel',
  },
  /** The about page (tentang/): after the archive's name, its counts, its downloads. */
  about: {
    intro: 'adalah arsip berita Indonesia yang dibuat dari berkas teks. Semua halaman bisa dibuka langsung dari disk, dari server mana pun, dan dicari tanpa internet.',
    counts: 'Isi arsip',
    articles: 'Artikel',
    dated: 'Bertanggal',
    outlets: 'Media',
    /** After "dan 3 artikel", beside the outlets' count. */
    withoutOutlet: 'tanpa media yang dikenali',
    topics: 'Topik',
    yearsMonths: 'Tahun / bulan',
    words: 'Jumlah kata',
    titlesDerived: 'Judul diturunkan dari paragraf pertama',
    yearsInferred: 'Tahun terbit disimpulkan',
    withNotes: 'Artikel dengan catatan pembacaan',
    downloads: 'Data untuk diunduh',
    json: 'semua artikel sebagai JSON.',
    csv: 'tabel CSV (UTF-8, baris judul kolom, dipisah koma).',
    csvSemicolon: 'tabel yang sama dipisah titik koma, untuk Excel dengan pengaturan wilayah Indonesia.',
    /** After "50 artikel", of the site's feeds. */
    feedsNewest: 'terbaru.',
  },
  /** The article page (its reading notes are the warnings' own, src/archive/notes.ts). */
  article: {
    dateUnknown: 'Tanggal tidak diketahui',
    topics: 'Topik',
    original: 'Artikel asli',
    modified: 'Diperbarui',
    archive: 'Arsip',
    words: 'Jumlah kata',
    cite: 'Kutip',
    citeDownload: 'Unduh untuk pengelola referensi:',
    around: 'Artikel sebelum dan sesudahnya',
    older: 'Lebih lama',
    newer: 'Lebih baru',
    related: 'Artikel terkait',
    /** The reading notes' heading (the notes themselves: src/ingest/notices.ts, src/archive/notes.ts). */
    readingNotes: 'Catatan pembacaan sumber',
  },
  /** The archive's index (arsip/). */
  archive: {
    intro: 'Artikel menurut tahun dan bulan terbit.',
    noDated: 'Belum ada artikel bertanggal.',
  },
  /** The statistics page. */
  stats: {
    contents: 'Grafik di halaman ini',
  },
} as const;

/** Sentences with numbers in them that only the pages print (templates call them as `say.<name>`). */
export const PAGE_SAY = {
  /** `12 artikel dalam 3 bulan.`: a year's page. */
  yearIntro: (articles: number, months: number): string => `${articleCount(articles)} dalam ${formatNumber(months)} bulan.`,
  /** `12 artikel · terbaru 3 Februari 2020`: a group in the index of outlets, topics or authors. */
  groupCount: (articles: number, latest: string | null): string => `${articleCount(articles)}${latest ? ` · terbaru ${latest}` : ''}`,
} as const;

/** Every word the templates print: the shared ones (UI) and the pages' own (PAGE_UI). */
export const SITE_UI = { ...UI, ...PAGE_UI } as const;
export type SiteWords = typeof SITE_UI;
