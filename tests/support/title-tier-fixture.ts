/**
 * Issue 24's ranking complaint in small: for `bantuan militer`, lunr ranks the article whose
 * title holds the exact pair (a long headline) third, below two with the words scattered
 * through a short lead and body, neither with "bantuan" in its title.
 */
import type { Article } from '../../src/ingest/types.ts';
import { article } from './article.ts';

const para = (text: string): Article['body'][number] => ({ type: 'paragraph', text });

/** The article a reader expects first: the exact pair in its (long) headline. */
export const IN_TITLE = 'judul-bantuan-militer';

export const TITLE_TIER_ARTICLES: readonly Article[] = [
  article('sebaran-satu', {
    title: 'Parlemen Membahas Anggaran Pertahanan',
    lead: 'Bantuan militer, bantuan militer, bantuan dan militer.',
    body: [para('Bantuan militer dibahas: bantuan, militer, bantuan, militer.')],
  }),
  article('sebaran-dua', {
    title: 'Latihan Militer di Perbatasan',
    lead: 'Bantuan dan bantuan lagi untuk latihan militer.',
    body: [para('Militer menerima bantuan; bantuan militer tiba, bantuan militer dipakai.')],
  }),
  article(IN_TITLE, {
    title:
      'Pemerintah Umumkan Bantuan Militer untuk Negara Tetangga setelah Rapat Panjang Kabinet yang Membahas Banyak Hal Lain seperti Pangan, Energi, Kesehatan, Pendidikan, Perdagangan, Pariwisata dan Perumahan Rakyat',
    lead: 'Rapat kabinet berlangsung sepanjang hari di istana.',
    body: [para('Menteri menjelaskan rencana anggaran, pangan, energi, dan kesehatan kepada wartawan yang hadir di istana negara.')],
  }),
  article('lain-satu', { title: 'Harga Beras Naik', lead: 'Pasar ramai.', body: [para('Pedagang beras mengeluh.')] }),
  article('lain-dua', { title: 'Hujan Deras di Kota', lead: 'Banjir melanda.', body: [para('Warga mengungsi ke sekolah.')] }),
  article('lain-tiga', { title: 'Pemilu Daerah', lead: 'Pemungutan suara lancar.', body: [para('Panitia menghitung suara.')] }),
];
