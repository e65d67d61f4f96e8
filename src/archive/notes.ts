/**
 * Reading notes in Indonesian. The ingest says what it guessed as codes (src/ingest/notices.ts, one
 * table with each code's English and Indonesian); article pages show the Indonesian of each, in the
 * record's order. The two guesses a reader must see before the story (a derived headline, an inferred
 * year) are also said under the headline, in the words below.
 */
import { noticeText, type Notice } from '../ingest/notices.ts';
import type { Article, OmitReason, OmittedLine } from '../ingest/types.ts';

/** What an article page shows for a record's notices: each as an Indonesian sentence. */
export function readingNotes(notices: readonly Notice[]): string[] {
  return notices.map((n) => noticeText(n, 'id'));
}

/** The guesses said under the headline, before the story. */
const HEADER_NOTES = {
  titleDerived: 'Judul diambil dari paragraf pertama; teks sumber tidak memuat judul.',
  yearInferred: 'Tahun terbit tidak tertulis di samping tanggal dan disimpulkan dari konteks.',
} as const;

export function headerNotes(a: Pick<Article, 'titleDerived' | 'yearInferred'>): string[] {
  return (['titleDerived', 'yearInferred'] as const).filter((k) => a[k]).map((k) => HEADER_NOTES[k]);
}

/** Why a line of the seed is not in the article (Article.omitted), as the article page says it. */
export const OMIT_REASONS: Record<OmitReason, string> = {
  'before-headline': 'di atas judul, bagian halaman sebelum berita',
  furniture: 'perabot halaman',
  'after-story': 'setelah akhir berita',
  recurring: 'baris menu yang berulang di artikel lain dari media yang sama',
  markup: 'ditandai markah halaman sebagai widget atau keterangan',
};

/** One left-out line as the article page shows it: its text, the reason in Indonesian, the rule that decided (if named). */
export interface OmittedNote {
  text: string;
  reason: string;
  rule: string | null;
}

export function omittedNotes(omitted: readonly OmittedLine[]): OmittedNote[] {
  return omitted.map((o) => ({ text: o.text, reason: OMIT_REASONS[o.reason] ?? o.reason, rule: o.rule }));
}
