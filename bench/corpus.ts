/**
 * Deterministic benchmark corpus: N scraped-style Indonesian news seeds in many
 * outlet layouts, with page furniture, dates in many shapes (some undated, some
 * without a year), bylines, gazetteer topics and a Zipf-distributed vocabulary
 * whose tail never ends, so the term dictionary grows with N like a real archive.
 *
 * Article i depends only on (seed, i): a corpus of 1,000 is the first 1,000
 * files of a corpus of 10,000, and the benchmark can add article N+1 later.
 *
 *   tsx bench/corpus.ts --n 1000 [--seed 1] --out DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TOPIC_GAZETTEER } from '../src/ingest/data/topics.ts';
import {
  affixedForms,
  CITIES,
  CODAS,
  DAY_NAMES,
  FIRST_NAMES,
  FOREIGN_DATELINES,
  FUNCTION_WORDS,
  LAST_NAMES,
  MONTH_ABBR,
  MONTH_NAMES,
  ONSETS,
  ORGANISATIONS,
  ROLES,
  ROOTS,
} from './vocabulary.ts';

// ---------------------------------------------------------------- randomness

/** A small, fast, seedable PRNG (sfc32), so no Math.random anywhere. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(...seeds: number[]) {
    // Mix the seeds through a 32-bit hash so neighbouring indices give unrelated streams.
    let h = 0x811c9dc5;
    for (const s of seeds) h = Math.imul(h ^ (s >>> 0), 0x01000193) ^ (h >>> 15);
    this.a = h ^ 0x9e3779b9;
    this.b = Math.imul(h, 0x85ebca6b) >>> 0;
    this.c = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    this.d = 1;
    for (let i = 0; i < 15; i++) this.next();
  }
  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** Zipf-ish pick: early items are much more likely. */
  pickSkewed<T>(items: readonly T[], s = 1): T {
    const rank = Math.floor(continuousZipf(this.next(), s, items.length + 1)) - 1;
    return items[Math.min(items.length - 1, Math.max(0, rank))] as T;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

/** Inverse CDF of a density ∝ x^-s on [1, max): heavy-tailed ranks without a table. */
function continuousZipf(u: number, s: number, max: number, min = 1): number {
  if (Math.abs(s - 1) < 1e-9) return min * Math.exp(u * Math.log(max / min));
  const k = 1 - s;
  const lo = Math.pow(min, k);
  return Math.pow(lo - u * (lo - Math.pow(max, k)), 1 / k);
}

// ---------------------------------------------------------------- vocabulary

/** Ranked head vocabulary: function words, then each affixed form across all roots. */
const HEAD: readonly string[] = (() => {
  const rng = new Rng(0x5eed);
  const roots = [...ROOTS];
  for (let i = roots.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [roots[i], roots[j]] = [roots[j] as string, roots[i] as string];
  }
  const forms = roots.map(affixedForms);
  const seen = new Set<string>(FUNCTION_WORDS);
  const out = [...FUNCTION_WORDS];
  const width = forms[0]?.length ?? 0;
  for (let f = 0; f < width; f++) {
    for (const list of forms) {
      const w = list[f];
      if (w !== undefined && !seen.has(w)) {
        seen.add(w);
        out.push(w);
      }
    }
  }
  return out;
})();

/** Cumulative Zipf (s = 1) weights over HEAD, for binary-search sampling. */
const HEAD_CDF: Float64Array = (() => {
  const cdf = new Float64Array(HEAD.length);
  let sum = 0;
  for (let r = 0; r < HEAD.length; r++) {
    sum += 1 / (r + 1);
    cdf[r] = sum;
  }
  for (let r = 0; r < cdf.length; r++) cdf[r] = (cdf[r] as number) / sum;
  return cdf;
})();

const SYLLABLES: readonly string[] = ONSETS.flatMap((o) => ['a', 'i', 'u', 'e', 'o'].map((v) => o + v));
const TAIL_AFFIXES: readonly [string, string][] = [
  ['', ''], ['', ''], ['', ''], ['me', ''], ['di', ''], ['', 'nya'], ['ber', ''], ['', 'an'], ['pe', 'an'], ['', 'kan'],
];

/** The tail word of a rank: a unique pseudo-Indonesian term or name, the same for the same rank. */
export function tailWord(rank: number): string {
  let r = rank;
  let word = '';
  let digits = 0;
  while (r > 0 || digits < 2) {
    word += SYLLABLES[r % SYLLABLES.length];
    r = Math.floor(r / SYLLABLES.length);
    digits++;
  }
  word += CODAS[rank % CODAS.length];
  if (rank % 5 === 0) return word.charAt(0).toUpperCase() + word.slice(1);
  const [pre, post] = TAIL_AFFIXES[Math.floor(rank / 5) % TAIL_AFFIXES.length] ?? ['', ''];
  return pre + word + post;
}

/** Share of running words drawn from the open-ended tail (names, new terms, rare words). */
const TAIL_SHARE = 0.08;
const TAIL_EXPONENT = 1.35;
/** The tail continues the head's ranks, so its first words are no more common than the head's last. */
const TAIL_MIN = 3000;
const TAIL_MAX = 5e7;

function headWord(rng: Rng): string {
  const u = rng.next();
  let lo = 0;
  let hi = HEAD_CDF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((HEAD_CDF[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return HEAD[lo] as string;
}

function word(rng: Rng): string {
  if (rng.next() < TAIL_SHARE) return tailWord(Math.floor(continuousZipf(rng.next(), TAIL_EXPONENT, TAIL_MAX, TAIL_MIN)) - TAIL_MIN + 1);
  return headWord(rng);
}

// ---------------------------------------------------------------- article model

export type DateStyle = 'full' | 'yearless' | 'none';

export interface GeneratedArticle {
  index: number;
  layout: LayoutName;
  title: string;
  dateline: string;
  /** The true publication moment (local WIB); absent from the text when dateStyle is 'none'. */
  date: { year: number; month: number; day: number; hour: number; minute: number; weekday: number };
  dateStyle: DateStyle;
  author: string;
  editor: string;
  topics: string[];
  summary: string;
  /** Paragraphs of the body; headings start with '## ', quotes with '> '. */
  blocks: string[];
  /** Headlines for furniture (Baca juga, Terpopuler…). */
  related: string[];
}

function personName(rng: Rng): string {
  if (rng.chance(0.15)) {
    const tail = tailWord(Math.floor(continuousZipf(rng.next(), 1.1, 1e6)) * 5); // capitalised tail rank
    return `${rng.pickSkewed(FIRST_NAMES, 0.6)} ${tail}`;
  }
  return `${rng.pickSkewed(FIRST_NAMES, 0.6)} ${rng.pickSkewed(LAST_NAMES, 0.6)}`;
}

function number(rng: Rng): string {
  return rng.weighted<() => string>([
    [() => String(rng.int(2, 999)), 4],
    [() => `${rng.int(1, 99)}.${String(rng.int(0, 999)).padStart(3, '0')}`, 2],
    [() => `${rng.int(1, 9)},${rng.int(1, 9)} juta`, 1],
    [() => `Rp ${rng.int(1, 900)} miliar`, 1],
    [() => `${rng.int(1, 99)},${rng.int(0, 9)} persen`, 1],
  ])();
}

function topicAlias(rng: Rng, topic: string): string {
  const entry = TOPIC_GAZETTEER.find((t) => t.name === topic);
  if (!entry) return topic;
  const all = [...entry.aliases, ...(entry.caseSensitive ?? [])];
  return rng.chance(0.6) ? (entry.aliases[0] ?? topic) : rng.pick(all);
}

interface SentenceContext {
  theme: string[];
  topics: string[];
}

function sentence(rng: Rng, ctx: SentenceContext, minWords = 9, maxWords = 22): string {
  const n = rng.int(minWords, maxWords);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = rng.next();
    if (x < 0.07 && ctx.theme.length > 0) words.push(rng.pick(ctx.theme));
    else if (x < 0.09) words.push(number(rng));
    else if (x < 0.105) words.push(personName(rng));
    else if (x < 0.115) words.push(rng.pick(ORGANISATIONS));
    else if (x < 0.125) words.push(rng.pickSkewed(CITIES));
    else if (x < 0.14 && ctx.topics.length > 0) words.push(topicAlias(rng, rng.pick(ctx.topics)));
    else {
      let w = word(rng);
      if (w === words[words.length - 1]) w = word(rng); // "yang yang" reads as a scraping error
      words.push(w);
    }
    if (i > 3 && i < n - 2 && rng.chance(0.06)) words[words.length - 1] += ',';
  }
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function headline(rng: Rng, ctx: SentenceContext): string {
  const n = rng.int(6, 12);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = rng.next();
    let w: string;
    if (x < 0.2 && ctx.theme.length > 0) w = rng.pick(ctx.theme);
    else if (x < 0.3 && ctx.topics.length > 0) w = topicAlias(rng, rng.pick(ctx.topics));
    else if (x < 0.35) w = rng.pickSkewed(LAST_NAMES);
    else w = word(rng);
    words.push(w.charAt(0).toUpperCase() + w.slice(1));
  }
  const title = words.join(' ');
  return rng.chance(0.1) ? `${title}?` : rng.chance(0.05) ? `${title}!` : title;
}

function paragraph(rng: Rng, ctx: SentenceContext): string {
  const n = rng.weighted([[1, 3], [2, 4], [3, 2]] as const);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(rng, ctx));
  return out.join(' ');
}

function quoteParagraph(rng: Rng, ctx: SentenceContext): string {
  const said = sentence(rng, ctx, 8, 18).replace(/\.$/, '');
  const verb = rng.pick(['kata', 'ujar', 'ucap', 'tutur', 'jelas', 'tegas']);
  return `"${said}," ${verb} ${rng.pick(ROLES)} ${personName(rng)}.`;
}

/** Days since 1970-01-01 → civil date, plus weekday (0 = Minggu). */
function civil(days: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

const FROM_DAY = Math.floor(Date.UTC(2014, 0, 1) / 86_400_000);
const TO_DAY = Math.floor(Date.UTC(2025, 11, 31) / 86_400_000);

export function generateArticle(seed: number, index: number): GeneratedArticle {
  const rng = new Rng(seed, index, 0xa57);
  const layout = rng.weighted(LAYOUT_WEIGHTS);
  // More recent years have more articles, like a growing archive.
  const day = Math.floor(FROM_DAY + (TO_DAY - FROM_DAY) * Math.sqrt(rng.next()));
  const date = { ...civil(day), hour: rng.int(5, 23), minute: rng.int(0, 59) };
  const dateStyle = rng.weighted<DateStyle>([['full', 84], ['yearless', 9], ['none', 7]]);

  const topics = new Set<string>();
  let dateline: string;
  if (rng.chance(0.25)) {
    const foreign = rng.pick(FOREIGN_DATELINES);
    dateline = foreign.place;
    if (foreign.topic) topics.add(foreign.topic);
  } else {
    dateline = rng.pickSkewed(CITIES, 1.1);
    if (rng.chance(0.4)) topics.add('Indonesia');
  }
  const extra = rng.weighted([[0, 4], [1, 4], [2, 2]] as const);
  for (let i = 0; i < extra; i++) topics.add(rng.pickSkewed(TOPIC_GAZETTEER, 0.7).name);

  const theme: string[] = [];
  for (let i = rng.int(3, 7); i > 0; i--) theme.push(rng.chance(0.3) ? tailWord(rng.int(1, 2_000_000)) : headWord(rng));
  const ctx: SentenceContext = { theme, topics: [...topics] };

  const blocks: string[] = [];
  const count = rng.weighted([[4, 1], [7, 3], [10, 4], [14, 2], [22, 1]] as const) + rng.int(0, 3);
  for (let i = 0; i < count; i++) {
    if (i > 2 && rng.chance(0.06)) blocks.push(`## ${headline(rng, ctx)}`);
    blocks.push(i > 0 && rng.chance(0.25) ? `> ${quoteParagraph(rng, ctx)}` : paragraph(rng, ctx));
  }
  const related: string[] = [];
  for (let i = rng.int(2, 6); i > 0; i--) related.push(headline(rng, { theme: [], topics: [] }));

  return {
    index,
    layout,
    title: headline(rng, ctx),
    dateline,
    date,
    dateStyle,
    author: personName(rng),
    editor: personName(rng),
    topics: [...topics],
    summary: sentence(rng, ctx, 12, 24),
    blocks,
    related,
  };
}

// ---------------------------------------------------------------- date shapes

const pad2 = (n: number): string => String(n).padStart(2, '0');
type D = GeneratedArticle['date'];
const dayName = (d: D): string => DAY_NAMES[d.weekday] ?? 'Senin';
const monthName = (d: D): string => MONTH_NAMES[d.month - 1] ?? 'Januari';
const monthAbbr = (d: D): string => MONTH_ABBR[d.month - 1] ?? 'Jan';
const hm = (d: D): string => `${pad2(d.hour)}:${pad2(d.minute)}`;

/** A date mention inside running text, in the shape the article's dateStyle allows. */
function inTextDate(rng: Rng, a: GeneratedArticle): string | null {
  const d = a.date;
  if (a.dateStyle === 'none') return null;
  if (a.dateStyle === 'yearless')
    return rng.pick([`${dayName(d)} (${d.day}/${d.month})`, `${dayName(d)}, ${d.day} ${monthName(d)}`, `${d.day} ${monthName(d)}`]);
  return rng.pick([
    `${dayName(d)} ${d.day} ${monthName(d)} ${d.year}`,
    `${dayName(d)}, ${d.day} ${monthName(d)} ${d.year}`,
    `${dayName(d)} (${d.day}/${d.month}/${d.year})`,
    `${d.day} ${monthName(d)} ${d.year}`,
  ]);
}

/** Appends a date mention to the first paragraph, as reporters do ("… pada Senin (3/2/2020)."). */
function withDate(rng: Rng, a: GeneratedArticle, text: string): string {
  const when = inTextDate(rng, a);
  if (!when) return text;
  const lead = rng.pick(['Hal itu disampaikan', 'Demikian dilaporkan', 'Pernyataan itu disampaikan', 'Hal tersebut diungkapkan']);
  return `${text} ${lead} pada ${when}.`;
}

/** The body as plain-text paragraphs: headings bare, quotes without the marker. */
function plainBlocks(a: GeneratedArticle): string[] {
  return a.blocks.map((b) => (b.startsWith('## ') ? b.slice(3) : b.startsWith('> ') ? b.slice(2) : b));
}

/** Inserts furniture lines (Baca juga…) between paragraphs. */
function interleave(paras: string[], rng: Rng, make: (i: number) => string, every = 4): string[] {
  const out: string[] = [];
  let k = 0;
  paras.forEach((p, i) => {
    out.push(p);
    if (i > 0 && i < paras.length - 1 && i % every === 0 && rng.chance(0.8)) out.push(make(k++));
  });
  return out;
}

const initials = (rng: Rng): string =>
  Array.from({ length: 3 }, () => String.fromCharCode(97 + rng.int(0, 25))).join('');

// ---------------------------------------------------------------- outlet layouts

type Layout = (a: GeneratedArticle, rng: Rng) => { ext: 'txt' | 'md'; text: string };
const upper = (s: string): string => s.toUpperCase();
const rel = (a: GeneratedArticle, i: number): string => a.related[i % a.related.length] ?? a.title;

const LAYOUTS = {
  /** Like seeds/000: "Sukses", title, summary, "Liputan6.com, Beijing -", page break furniture. */
  liputan6(a, rng) {
    const paras = plainBlocks(a);
    paras[0] = `Liputan6.com, ${a.dateline} - ${withDate(rng, a, paras[0] ?? '')}`;
    const out = [rng.chance(0.5) ? 'Sukses' : '', a.title, a.summary, ...paras.slice(0, 3)];
    out.push('Saksikan Video Pilihan di Bawah Ini:', '2 dari 2 halaman', ...paras.slice(3));
    return { ext: 'txt', text: out.filter(Boolean).join('\n\n') + '\n' };
  },
  /** Like seeds/001: no title, "Suara.com -", single newlines, Terpopuler/Pilihan/Terkini furniture. */
  suara(a, rng) {
    const paras = plainBlocks(a);
    paras[0] = `Suara.com - ${withDate(rng, a, paras[0] ?? '')}`;
    const body = interleave(paras, rng, (i) => `Baca Juga: ${rel(a, i)}`, 5);
    const foot = ['Tag', 'Berita Terkait', 'Terpopuler', ...a.related.map((r) => `- ${r}`), 'Pilihan'];
    for (const r of a.related) foot.push('-', r);
    return { ext: 'txt', text: [...body, ...foot].join('\n') + '\n' };
  },
  /** Like seeds/002: regional Tribun, "TribunKSN -", no title, "(9/5)" dates. */
  tribunRegional(a, rng) {
    const paras = plainBlocks(a);
    const name = rng.pick(['TribunKSN', 'TribunJatim', 'TribunMedan', 'TribunBali', 'TribunJogja', 'TribunLampung']);
    paras[0] = `${name} - ${withDate(rng, a, paras[0] ?? '')}`;
    return { ext: 'txt', text: paras.join('\n\n') + '\n' };
  },
  /** Like seeds/003: "SEOUL -" dateline in capitals, no title, "BACA JUGA:" lines. */
  capsDateline(a, rng) {
    const paras = plainBlocks(a);
    paras[0] = `${upper(a.dateline)} - ${withDate(rng, a, paras[0] ?? '')}`;
    return { ext: 'txt', text: interleave(paras, rng, (i) => `BACA JUGA: ${rel(a, i)}`, 3).join('\n') + '\n' };
  },
  /** Like seeds/004: GenPI.co with a date line, Redaktur and copyright footer. */
  genpi(a, rng) {
    const d = a.date;
    const paras = plainBlocks(a);
    paras[0] = `GenPI.co - ${paras[0] ?? ''}`;
    const head = [a.title];
    if (a.dateStyle === 'full') head.push(`${d.day} ${monthName(d)} ${d.year} ${hm(d)}`);
    const body = interleave(paras, rng, (i) => `BACA JUGA:  ${rel(a, i)}`, 3);
    const foot = ['Silakan baca konten menarik lainnya dari GenPI.co di Google News', `Redaktur: ${a.editor}`];
    foot.push('BERITA TERPOPULER', 'BERITA TERKAIT', `Copyright © ${Math.max(2024, d.year)} by GenPI.co`);
    return { ext: 'txt', text: [...head, ...body, ...foot].join('\n\n') + '\n' };
  },
  kompas(a, rng) {
    const d = a.date;
    const paras = plainBlocks(a);
    paras[0] = `${upper(a.dateline)}, KOMPAS.com - ${paras[0] ?? ''}`;
    const head = [a.title];
    if (a.dateStyle === 'full') head.push(`Kompas.com - ${pad2(d.day)}/${pad2(d.month)}/${d.year}, ${hm(d)} WIB`);
    else paras[0] = withDate(rng, a, paras[0] ?? '');
    head.push(`Penulis ${a.author} | Editor ${a.editor}`);
    const body = interleave(paras, rng, (i) => `Baca juga: ${rel(a, i)}`, 3);
    const foot = [
      'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.',
    ];
    return { ext: 'txt', text: [...head, ...body, ...foot].join('\n\n') + '\n' };
  },
  cnnIndonesia(a, rng) {
    const d = a.date;
    const paras = plainBlocks(a);
    paras[0] = `${a.dateline}, CNN Indonesia -- ${paras[0] ?? ''}`;
    const head = [a.title, 'CNN Indonesia'];
    if (a.dateStyle === 'full') head.push(`${dayName(d)}, ${pad2(d.day)} ${monthAbbr(d)} ${d.year} ${hm(d)} WIB`);
    else paras[0] = withDate(rng, a, paras[0] ?? '');
    head.push('Bagikan:', 'url telah tercopy');
    const body = [paras[0] ?? '', 'ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', ...paras.slice(1)];
    if (rng.chance(0.4)) body.push('[Gambas:Video CNN]');
    body.push(`(${initials(rng)}/${initials(rng)})`);
    return { ext: 'txt', text: [...head, ...body].join('\n\n') + '\n' };
  },
  antara(a, rng) {
    const d = a.date;
    const paras = plainBlocks(a);
    paras[0] = `${a.dateline} (ANTARA) - ${paras[0] ?? ''}`;
    const head = [a.title];
    if (a.dateStyle === 'full') head.push(`${dayName(d)}, ${d.day} ${monthName(d)} ${d.year} ${hm(d)} WIB`);
    else paras[0] = withDate(rng, a, paras[0] ?? '');
    const body = interleave(paras, rng, (i) => `Baca juga: ${rel(a, i)}`, 4);
    const foot = [`Pewarta: ${a.author}`, `Editor: ${a.editor}`, `Copyright © ANTARA ${Math.max(2024, d.year)}`];
    return { ext: 'txt', text: [...head, ...body].join('\n\n') + '\n\n' + foot.join('\n') + '\n' };
  },
  tempo(a, rng) {
    const d = a.date;
    const paras = plainBlocks(a);
    paras[0] = `TEMPO.CO, ${a.dateline} - ${paras[0] ?? ''}`;
    const head = [a.title, `Reporter: ${a.author}`, `Editor: ${a.editor}`];
    if (a.dateStyle === 'full') head.push(`${dayName(d)}, ${d.day} ${monthName(d)} ${d.year} ${hm(d)} WIB`);
    else paras[0] = withDate(rng, a, paras[0] ?? '');
    const body = interleave(paras, rng, (i) => `Baca juga: ${rel(a, i)}`, 4);
    return { ext: 'txt', text: [head.join('\n'), ...body, `Pilihan Editor: ${rel(a, 9)}`].join('\n\n') + '\n' };
  },
  detik(a, rng) {
    const d = a.date;
    const paras = plainBlocks(a);
    paras[0] = `${a.dateline} - ${paras[0] ?? ''}`;
    const head = [a.title, `${a.author} - detikNews`];
    if (a.dateStyle === 'full') head.push(`${dayName(d)}, ${pad2(d.day)} ${monthAbbr(d)} ${d.year} ${hm(d)} WIB`);
    else paras[0] = withDate(rng, a, paras[0] ?? '');
    const body = interleave(paras, rng, (i) => `Baca juga: ${rel(a, i)}`, 3);
    body.splice(1, 0, 'ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT');
    body.push(`(${initials(rng)}/${initials(rng)})`);
    return { ext: 'txt', text: [...head, ...body].join('\n') + '\n' };
  },
  sindonews(a, rng) {
    const d = a.date;
    const paras = plainBlocks(a);
    paras[0] = `${upper(a.dateline)} - ${paras[0] ?? ''}`;
    const head = [a.title];
    if (a.dateStyle === 'full') head.push(`${dayName(d)}, ${pad2(d.day)} ${monthName(d)} ${d.year} - ${hm(d)} WIB`);
    else paras[0] = withDate(rng, a, paras[0] ?? '');
    head.push('loading...');
    const body = interleave(paras, rng, (i) => `Baca Juga: ${rel(a, i)}`, 3);
    return { ext: 'txt', text: [...head, ...body, `(${initials(rng)})`].join('\n\n') + '\n' };
  },
  tribunnews(a, rng) {
    const d = a.date;
    const paras = plainBlocks(a);
    paras[0] = `TRIBUNNEWS.COM, ${upper(a.dateline)} - ${paras[0] ?? ''}`;
    const head = [a.title, `Penulis: ${a.author}`, `Editor: ${a.editor}`];
    if (a.dateStyle === 'full') head.push(`${dayName(d)}, ${d.day} ${monthName(d)} ${d.year} ${hm(d)} WIB`);
    else paras[0] = withDate(rng, a, paras[0] ?? '');
    const body = interleave(paras, rng, (i) => `Baca juga: ${rel(a, i)}`, 4);
    const foot = `Artikel ini telah tayang di Tribunnews.com dengan judul ${a.title}`;
    return { ext: 'txt', text: [head.join('\n'), ...body, foot].join('\n\n') + '\n' };
  },
  /** A hand-curated Markdown seed with YAML front matter, headings and block quotes. */
  markdown(a, rng) {
    const d = a.date;
    const outlet = rng.pick(['Kumparan', 'Republika', 'Okezone', 'Viva.co.id', 'Katadata', 'Bisnis.com']);
    const fm = ['---', `title: ${JSON.stringify(a.title)}`];
    if (a.dateStyle !== 'none') {
      fm.push(rng.chance(0.5) ? `date: ${d.year}-${pad2(d.month)}-${pad2(d.day)}` : `date: ${d.year}-${pad2(d.month)}-${pad2(d.day)}T${hm(d)}:00+07:00`);
    }
    fm.push(`outlet: ${outlet}`, `author: ${JSON.stringify(a.author)}`);
    if (rng.chance(0.5)) fm.push(`dateline: ${a.dateline}`);
    fm.push('---');
    return { ext: 'md', text: `${fm.join('\n')}\n\n${a.blocks.join('\n\n')}\n` };
  },
} satisfies Record<string, Layout>;

export type LayoutName = keyof typeof LAYOUTS;

/** How often each layout appears: the five sample layouts and the big national outlets dominate. */
const LAYOUT_WEIGHTS: readonly (readonly [LayoutName, number])[] = [
  ['liputan6', 10], ['suara', 8], ['tribunRegional', 6], ['capsDateline', 5], ['genpi', 6], ['kompas', 12],
  ['cnnIndonesia', 10], ['antara', 10], ['tempo', 8], ['detik', 12], ['sindonews', 6], ['tribunnews', 8], ['markdown', 5],
];

export const LAYOUT_NAMES: readonly LayoutName[] = LAYOUT_WEIGHTS.map(([name]) => name);

// ---------------------------------------------------------------- files

export interface SeedFile {
  /** File name inside the corpus folder. */
  name: string;
  text: string;
  article: GeneratedArticle;
}

/** Stable 16-hex file-name suffix, like the sample seeds' `000_77c394e9428d86b1.txt`. */
function hex16(seed: number, index: number): string {
  const rng = new Rng(seed, index, 0xf11e);
  let s = '';
  for (let i = 0; i < 2; i++) s += Math.floor(rng.next() * 4294967296).toString(16).padStart(8, '0');
  return s;
}

/** Renders seed `index` of corpus `seed` as the text an outlet page would have given. */
export function seedFile(seed: number, index: number): SeedFile {
  const article = generateArticle(seed, index);
  const rng = new Rng(seed, index, 0x1a70);
  const { ext, text } = LAYOUTS[article.layout](article, rng);
  return { name: `${String(index).padStart(6, '0')}_${hex16(seed, index)}.${ext}`, text, article };
}

export interface CorpusOptions {
  n: number;
  seed?: number;
  dir: string;
  /** First index to generate (default 0): lets a caller append articles n..n+k later. */
  start?: number;
}

export interface CorpusResult {
  dir: string;
  files: string[];
  bytes: number;
}

/** Writes seeds start..start+n-1 of corpus `seed` into `dir` (created if missing). */
export async function generateCorpus(options: CorpusOptions): Promise<CorpusResult> {
  const dir = resolve(options.dir);
  const seed = options.seed ?? 1;
  const start = options.start ?? 0;
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let i = start; i < start + options.n; i++) {
    const file = seedFile(seed, i);
    const buf = Buffer.from(file.text, 'utf8');
    writeFileSync(join(dir, file.name), buf);
    files.push(file.name);
    bytes += buf.length;
  }
  return { dir, files, bytes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      start: { type: 'string', default: '0' },
    },
  });
  if (!values.out) {
    console.error('usage: tsx bench/corpus.ts --n 1000 [--seed 1] [--start 0] --out DIR');
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const result = await generateCorpus({ n: Number(values.n), seed: Number(values.seed), start: Number(values.start), dir: values.out });
  const secs = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Wrote ${result.files.length} seeds (${(result.bytes / 1e6).toFixed(1)} MB) into ${result.dir} in ${secs} s.`);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/corpus.ts')) {
  await main();
}
