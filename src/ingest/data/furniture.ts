/**
 * Page furniture: text that comes with a scraped news page but is not part of
 * the article. Every rule is a row; `examples` are lines it must remove.
 * tests/ingest/furniture.test.ts holds a fixed table of the shipped rule ids
 * with their own examples and near misses: a new rule needs a row there too.
 *
 * kinds:
 *  - `leading`:  a lone status word before the article starts ("Sukses").
 *  - `line`:     a whole block that is furniture wherever it stands.
 *  - `trailing`: a block that starts the page's lists after the article
 *                ("Tag", "Terpopuler"); it and everything after it go. Only
 *                applies once the article body has started.
 *  - `suffix`:   an end-of-article mark stripped from the end of a paragraph.
 * Patterns are matched against a whole block with whitespace already collapsed.
 */
export type FurnitureKind = 'leading' | 'line' | 'trailing' | 'suffix';

export interface FurnitureRule {
  id: string;
  kind: FurnitureKind;
  pattern: RegExp;
  examples: string[];
  /**
   * When the matched block ends with its label ("Lihat Juga :"), the linked
   * headline stands in the next block: remove that one too.
   */
  takesNextWhenBare?: boolean;
}

export const FURNITURE: readonly FurnitureRule[] = [
  {
    id: 'status-word',
    kind: 'leading',
    pattern: /^(?:sukses|berhasil|gagal|loading\W*|memuat\W*|advertisement|iklan)$/i,
    examples: ['Sukses', 'Loading...', 'ADVERTISEMENT'],
  },
  {
    id: 'video-prompt',
    kind: 'line',
    pattern: /^(?:saksikan|simak|tonton)(?: juga)? video(?: pilihan| menarik| berikut)?(?: (?:di )?(?:bawah|berikut) ini)?\s*:?$/i,
    examples: ['Saksikan Video Pilihan di Bawah Ini:', 'Simak Video Pilihan Berikut Ini:', 'Simak video berikut ini:'],
  },
  {
    id: 'page-count',
    kind: 'line',
    pattern: /^\d{1,3} dari \d{1,3} halaman$/i,
    examples: ['2 dari 2 halaman', '1 dari 3 Halaman'],
  },
  {
    id: 'read-also',
    kind: 'line',
    pattern: /^(?:baca|lihat|simak) juga\s*:/i,
    takesNextWhenBare: true,
    examples: [
      'BACA JUGA: Kasus Infeksi Virus Korona Bertambah Jadi 11.791',
      'Baca Juga: Mengintip Cara Pemprov Kepri Beri Bantuan',
      'Baca juga: Harga emas hari ini',
      'Lihat Juga : Jokowi Tinjau Banjir',
      'Lihat Juga :',
    ],
  },
  {
    id: 'google-news',
    kind: 'line',
    pattern: /^silakan baca konten menarik lainnya dari .{1,80} di google news\.?$/i,
    examples: ['Silakan baca konten menarik lainnya dari GenPI.co di Google News'],
  },
  {
    id: 'follow-channel',
    kind: 'line',
    pattern: /^(?:dapatkan update berita pilihan dan breaking news|simak breaking news dan berita pilihan kami|ikuti (?:berita|kanal|saluran) .{1,80} di (?:whatsapp|google news|telegram))/i,
    examples: [
      'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.',
      'Simak breaking news dan berita pilihan kami langsung di ponselmu.',
    ],
  },
  {
    id: 'scroll-prompt',
    kind: 'line',
    pattern: /^(?:scroll to continue with content|advertisement|\[gambas:[^\]]{0,80}\])$/i,
    examples: ['SCROLL TO CONTINUE WITH CONTENT', 'ADVERTISEMENT', '[Gambas:Video CNN]'],
  },
  {
    id: 'editor-pick',
    kind: 'line',
    pattern: /^pilihan editor\s*:/i,
    examples: ['Pilihan Editor: Jokowi Bicara Soal Pemilu'],
  },
  {
    id: 'desk-initials',
    kind: 'line',
    pattern: /^\((?:[a-z]{2,5}|\*)(?:\/[a-z]{2,5}){0,4}\)$/,
    examples: ['(dmr/tsa)', '(ant)', '(rds/isn/wis)'],
  },
  {
    id: 'copyright',
    kind: 'line',
    // The word alone is not enough: "Hak cipta lagu itu…" is an article sentence.
    pattern: /^(?:©|(?:copyright|hak cipta)\s*(?:©|@|\(c\)|(?:19|20)\d\d\b|dilindungi\b)).{0,200}$/i,
    examples: ['Copyright © 2024 by GenPI.co', 'Copyright © ANTARA 2023', '© 2023 Kompas.com'],
  },
  {
    id: 'page-lists',
    kind: 'trailing',
    pattern:
      /^(?:tags?|tagar|topik|berita terkait|artikel terkait|terpopuler|berita terpopuler|pilihan|terkini|berita terkini|berita lainnya|baca berita lainnya|rekomendasi|rekomendasi untuk anda|populer)\s*:?$/i,
    examples: ['Tag', 'Berita Terkait', 'Terpopuler', 'Pilihan', 'Terkini', 'BERITA TERPOPULER', 'BERITA TERKAIT'],
  },
  {
    id: 'end-mark',
    kind: 'suffix',
    pattern: /\s*\((?:\*|\*\*)\)$/,
    examples: ['Ketika Rusia mencaplok Krimea pada 2014, China secara resmi tetap netral.(*)'],
  },
];

/**
 * Credit lines that name the people behind an article. They are read into
 * author/editor and kept out of the body. `label` is matched at the start of a
 * block; a block may hold several credits separated by "|" or "/".
 */
export interface CreditLabel {
  label: RegExp;
  role: 'author' | 'editor';
}

export const CREDIT_LABELS: readonly CreditLabel[] = [
  { label: /^(?:penulis|reporter|pewarta|wartawan|kontributor|oleh)$/i, role: 'author' },
  { label: /^(?:editor|redaktur|penyunting)$/i, role: 'editor' },
];
