/**
 * Hand-made Article records for site tests and render timing, following the
 * src/ingest/types.ts contract (used before and beside the real seeds).
 */
import type { Article } from '../../src/ingest/types.ts';
import { notice } from '../../src/ingest/notices.ts';

const OUTLETS = ['Liputan6.com', 'Suara.com', 'TribunKSN', 'SINDOnews', 'GenPI.co', 'Kompas.com', 'Detik.com', 'ANTARA', null];
const TOPICS = ['China', 'Amerika Serikat', 'Korea Utara', 'Rusia', 'Ukraina', 'COVID-19', 'Indonesia', 'Jepang'];
const WORDS = (
  'pemerintah presiden menteri bantuan kerja sama virus wabah pandemi ekonomi pasar harga minyak ' +
  'militer perang pasukan diplomat kedutaan sanksi perdagangan ekspor impor vaksin rumah sakit pasien ' +
  'pemilu partai parlemen undang-undang kebijakan anggaran investasi pelabuhan bandara kereta jalan tol ' +
  'banjir gempa cuaca nelayan petani mahasiswa sekolah guru polisi pengadilan hakim jaksa saksi'
).split(' ');

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeArticles(n: number, seed = 1): Article[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (len: number): string => {
    const w = Array.from({ length: len }, () => pick(WORDS));
    const s = w.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${String(i).padStart(6, '0')}_gen`;
    const undated = i % 23 === 5;
    const y = 2018 + Math.floor(rand() * 6);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const withTime = rand() < 0.5;
    const pad = (x: number) => String(x).padStart(2, '0');
    const published = undated ? null : withTime ? `${y}-${pad(m)}-${pad(d)}T${pad(Math.floor(rand() * 24))}:${pad(Math.floor(rand() * 60))}:00+07:00` : `${y}-${pad(m)}-${pad(d)}`;
    const title = `${sentence(6 + Math.floor(rand() * 5)).slice(0, -1)} ${i}`;
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    const paragraphs = Array.from({ length: 6 + Math.floor(rand() * 8) }, () => sentence(20 + Math.floor(rand() * 30)));
    const body = paragraphs.map((text, k) => ({ type: (k === 3 ? 'heading' : k === 5 ? 'quote' : 'paragraph') as 'paragraph' | 'heading' | 'quote', text }));
    const topics = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(TOPICS)))];
    const wordCount = [title, ...paragraphs].join(' ').split(/\s+/).length;
    out.push({
      id,
      slug,
      url: published ? `artikel/${published.slice(0, 4)}/${published.slice(5, 7)}/${slug}/` : `artikel/tanpa-tanggal/${slug}/`,
      sourceFile: `${id}.txt`,
      title,
      titleDerived: i % 17 === 3,
      outlet: pick(OUTLETS),
      dateline: i % 3 === 0 ? 'Jakarta' : null,
      published,
      yearInferred: i % 11 === 2,
      authors: i % 4 === 0 ? ['Tim Redaksi'] : i % 9 === 1 ? ['Siti Aminah', 'Budi Santoso'] : [],
      editor: i % 5 === 0 ? 'Nanda' : null,
      photographer: null,
      lead: paragraphs[0]!,
      body,
      topics,
      topicSources: topics.map((topic) => ({ topic, from: 'body' as const })),
      omitted: [],
      wordCount,
      warnings: i % 7 === 0 ? ['no outlet named in the text'] : [],
      notices: i % 7 === 0 ? [notice('outlet.none')] : [],
      sourceUrl: i % 2 === 0 ? `https://contoh.example/berita/${id}` : null,
      modified: null,
      accessed: null,
    });
  }
  return out;
}
