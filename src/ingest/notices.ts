/**
 * What the ingest says about a seed, as codes: every guess, problem and reason a seed was skipped is a
 * `Notice` ({ code, params }), and this one table renders each code in English (the build report, the
 * records' `warnings` strings and the exports, which keep their contract) and in Indonesian (the article
 * page's reading notes, and the report when asked: `--lang id`). The types make a code without a text in
 * either language a compile error; tests/ingest/notices.test.ts checks every code renders.
 *
 * Params hold what the message quotes, already cut to the length shown; numbers stay numbers so each
 * language writes them its own way (English as the messages always have: `12,000` where they grouped
 * digits, `1234` where they did not; Indonesian `12.000`).
 */
import { formatNumber } from '../numbers.ts';

export type Lang = 'en' | 'id';
export const LANGS = ['en', 'id'] as const satisfies readonly Lang[];

/** Why a file or folder could not be opened (scan.ts). */
export type Unreadable = 'replaced-by-link' | 'replaced' | 'not-regular' | 'changing' | 'permission' | 'missing' | 'is-folder' | 'loop' | 'other';
/** Known binary formats a seed may turn out to be (read.ts). */
export type BinaryFormat = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'gzip' | 'riff';
/** What a front-matter value should be (frontmatter.ts). */
export type Expected = 'text' | 'date' | 'place' | 'names' | 'topics' | 'url';
/** A front-matter value as the message describes it. */
export type Got = { kind: 'text'; value: string } | { kind: 'null' | 'list' | 'date' | 'mapping' } | { kind: 'scalar'; type: string; value: string };
/** Why a front-matter slug was not used as written (slug.ts). */
export type SlugFault = 'path' | 'absolute' | 'slash' | 'empty' | 'long' | 'device' | 'shape';
/** Which number of an ISO date cannot be (dates.ts impossibleIso). */
export type Impossible = { unit: 'format' } | { unit: 'month' | 'hour' | 'minute' | 'second' | 'zone'; value: string } | { unit: 'day'; value: string; month: string };
/** Where a text's date was taken from (extract.ts). */
export type DateSource = 'date line' | 'byline' | 'date line above the headline' | 'update line';

/** Each code's params. A code with no params has `{}`. */
export interface NoticeParams {
  // Reading the bytes (read.ts)
  'read.utf8-repaired': { bytes: number };
  'read.latin1': {};
  'read.utf16': { encoding: string; bom: boolean };
  'read.charset-unknown': { charset: string };
  'read.charset-utf8': { charset: string };
  'read.text-cut': { total: number; kept: number };
  'read.binary-format': { format: BinaryFormat };
  'read.binary-nul': { utf16: boolean };
  'read.binary-control': {};
  'read.empty': { whitespace: boolean };
  // The seeds folder (scan.ts)
  'file.unreadable': { subject: '' | 'folder' | 'symlink'; why: Unreadable; detail: string };
  'file.too-large': { bytes: number; limit: number };
  'scan.symlink-outside': {};
  'scan.symlink-folder': {};
  'scan.not-seed': {};
  'scan.hidden': { folder: boolean };
  // A seed as a whole (index.ts, src/pipeline/ingest.ts)
  'seed.skipped': { reason: Notice };
  'seed.timeout': { seconds: number };
  'seed.reader-stopped': { message: string };
  'seed.internal-error': { message: string };
  'seed.no-text': { furnitureOnly: boolean };
  'body.none': {};
  'slug.taken': { slug: string; by: string; next: string };
  'id.taken': { id: string; next: string };
  'recurring.dropped': { count: number; others: number; outlet: string | null; first: string };
  // Text into blocks (blocks.ts, markdown.ts)
  'text.paragraphs-cut': { count: number; max: number };
  'text.paragraph-cut': { length: number; kept: number };
  'text.line-cut': { length: number };
  'md.too-large': { chars: number };
  'md.raw-html': {};
  'md.unparsable': { message: string };
  // Front matter (frontmatter.ts, slug.ts, index.ts)
  'fm.unclosed': {};
  'fm.language': { language: string };
  'fm.yaml': { reason: string };
  'fm.not-mapping': {};
  'fm.both': { key: string; alias: string };
  'fm.unknown-key': { key: string; known: string[] };
  'fm.wrong-type': { key: string; expected: Expected; got: Got };
  'fm.date-impossible': { key: 'date' | 'accessed'; value: string; why: Impossible };
  'fm.date-invalid': { key: 'date' | 'accessed'; value: string };
  'fm.slug-unsafe': { value: string; fault: SlugFault; max: number; slug: string };
  // What the text says (extract.ts)
  'date.no-zone': { text: string };
  'date.from-text': { text: string; count: number; credits: boolean };
  'date.none': {};
  'date.no-year': { dates: string[] };
  'date.year-inferred': { text: string; year: number; fromMonth: boolean };
  'date.from-update-line': { text: string };
  'date.header-differs': { source: DateSource; text: string; other: 'top-bar' | 'lead'; says: string };
  'headline.chosen': { candidates: number; dropped: number };
  'headline.derived': {};
  'outlet.from-credit': { outlet: string; line: string };
  'outlet.from-title': { outlet: string; line: string };
  'outlet.from-mentions': { outlet: string; count: number };
  'outlet.from-address': { outlet: string };
  'outlet.none': {};
  'outlet.unknown': { outlet: string };
  // Saved web pages (html/)
  'html.not-html': {};
  'html.unreadable': { message: string };
  'html.no-article': {};
  'html.too-little-text': { chars: number };
  'html.mostly-links': { percent: number };
  'html.only-furniture': {};
  'html.page-cut': { chars: number; cut: number };
  'html.markup-cut': { limit: number; around: boolean };
  'html.nested': { depth: number; flattened: number; max: number };
  'html.declared-markup': { from: string; value: string };
  'html.jsonld-invalid': {};
  'html.url-not-full': { from: string; value: string };
  'html.url-not-http': { from: string; value: string };
  'html.site-name-removed': { names: string[]; from: string };
  'html.title-from-h1': {};
  'html.not-a-date': { from: string; value: string };
  'html.date-from-headline': { text: string };
  'html.date-from-address': { day: string };
  'html.address-date-differs': { addressDay: string; pageDay: string };
  'html.declared-differs': { from: string; declared: string; shown: string; what: 'date' | 'time' };
  'html.declared-no-zone': { from: string; value: string };
  'html.utc-local': { from: string; clock: string; shownClock: string; zone: string; iso: string };
  'html.editor-as-author': { name: string };
  'html.structure': { named: number; linkOnly: number };
  'html.header-lines': { count: number };
  'html.not-indonesian': { lang: string | null };
  'html.outlet-vs-credit': { outlet: string; from: string; credit: string };
  'html.outlet-unknown': { outlet: string; from: string };
  'html.blocks-dropped': { count: number };
}

export type NoticeCode = keyof NoticeParams;
export type Notice = { [C in NoticeCode]: { code: C; params: NoticeParams[C] } }[NoticeCode];

/** A notice; `notice('date.none')` for a code without params. */
export function notice<C extends NoticeCode>(code: C, ...params: {} extends NoticeParams[C] ? [NoticeParams[C]?] : [NoticeParams[C]]): Notice {
  return { code, params: params[0] ?? {} } as Notice;
}

/** `12,000` as the English messages group digits. */
const L = (n: number): string => n.toLocaleString('en-US');
/** `12.000`. */
const N = formatNumber;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const quoted = (list: readonly string[]): string => list.map((s) => `"${s}"`).join(', ');
/** Megabytes with one decimal, in each language's decimal mark. */
const mb = (chars: number, lang: Lang): string => {
  const text = (chars / 1048576).toFixed(1);
  return lang === 'id' ? text.replace('.', ',') : text;
};

const UNREADABLE: Record<Unreadable, Record<Lang, string>> = {
  'replaced-by-link': {
    en: 'it was replaced by a link while the seeds folder was read; not followed',
    id: 'diganti dengan tautan saat folder seeds dibaca; tidak diikuti',
  },
  replaced: {
    en: 'it was replaced by another file while the seeds folder was read; build again',
    id: 'diganti dengan berkas lain saat folder seeds dibaca; bangun ulang',
  },
  'not-regular': { en: 'not a regular file (FIFO, socket or device)', id: 'bukan berkas biasa (FIFO, soket, atau perangkat)' },
  changing: {
    en: 'it kept changing while being read (another program is writing it); build again once it is saved',
    id: 'terus berubah saat dibaca (program lain sedang menulisnya); bangun ulang setelah berkas disimpan',
  },
  permission: { en: 'permission denied', id: 'izin ditolak' },
  missing: { en: 'file disappeared or is a broken link', id: 'berkas hilang atau tautannya rusak' },
  'is-folder': { en: 'is a folder', id: 'berupa folder' },
  loop: { en: 'symlink loop', id: 'symlink berputar' },
  other: { en: '', id: '' },
};

const BINARY: Record<BinaryFormat, Record<Lang, string>> = {
  png: { en: 'PNG image', id: 'gambar PNG' },
  jpeg: { en: 'JPEG image', id: 'gambar JPEG' },
  gif: { en: 'GIF image', id: 'gambar GIF' },
  pdf: { en: 'PDF document', id: 'dokumen PDF' },
  zip: { en: 'ZIP archive', id: 'arsip ZIP' },
  gzip: { en: 'gzip archive', id: 'arsip gzip' },
  riff: { en: 'WebP/RIFF file', id: 'berkas WebP/RIFF' },
};

const EXPECTED: Record<Expected, Record<Lang, string>> = {
  text: { en: 'text', id: 'teks' },
  date: {
    en: 'a date such as 2020-02-03 or "3 Februari 2020 10:00 WIB"',
    id: 'tanggal seperti 2020-02-03 atau "3 Februari 2020 10:00 WIB"',
  },
  place: { en: 'a place name', id: 'nama tempat' },
  names: { en: 'a list of names, e.g. [Siti Aminah, Budi Santoso]', id: 'daftar nama, misalnya [Siti Aminah, Budi Santoso]' },
  topics: { en: 'a list of topics, e.g. [China, WHO]', id: 'daftar topik, misalnya [China, WHO]' },
  url: { en: 'a web address starting with http:// or https://', id: 'alamat web yang diawali http:// atau https://' },
};

function got(g: Got, lang: Lang): string {
  switch (g.kind) {
    case 'text':
      return `${lang === 'en' ? 'text' : 'teks'} ${JSON.stringify(g.value)}`;
    case 'scalar':
      if (lang === 'en') return `${g.type} ${g.value}`;
      return `${g.type === 'boolean' ? 'nilai benar/salah' : g.type === 'number' || g.type === 'bigint' ? 'angka' : g.type} ${g.value}`;
    default:
      return {
        null: { en: 'null', id: 'kosong (null)' },
        list: { en: 'a list', id: 'daftar' },
        date: { en: 'a date', id: 'tanggal' },
        mapping: { en: 'a mapping', id: 'pasangan kunci dan nilai' },
      }[g.kind][lang];
  }
}

const SLUG_FAULT: Record<SlugFault, (max: number) => Record<Lang, string>> = {
  path: () => ({ en: 'contains a path (../)', id: 'memuat jalur (../)' }),
  absolute: () => ({ en: 'is an absolute path', id: 'berupa jalur absolut' }),
  slash: () => ({ en: 'contains a slash', id: 'memuat garis miring' }),
  empty: () => ({ en: 'has no letters or digits', id: 'tidak memuat huruf atau angka' }),
  long: (max) => ({ en: `is longer than ${max} characters`, id: `lebih dari ${N(max)} karakter` }),
  device: () => ({ en: 'is a reserved device name on Windows', id: 'nama perangkat yang dicadangkan di Windows' }),
  shape: () => ({ en: 'is not lower-case ASCII words joined by "-"', id: 'bukan kata-kata ASCII huruf kecil yang digabung dengan "-"' }),
};

function impossible(w: Impossible, lang: Lang): string {
  if (w.unit === 'format') return lang === 'en' ? 'not an ISO 8601 date' : 'bukan tanggal ISO 8601';
  if (w.unit === 'day') return lang === 'en' ? `there is no day ${w.value} in ${w.month}` : `tidak ada tanggal ${w.value} pada ${w.month}`;
  if (lang === 'en') return `there is no ${w.unit === 'zone' ? 'time zone' : w.unit} ${w.value}`;
  return `tidak ada ${{ month: 'bulan', hour: 'jam', minute: 'menit', second: 'detik', zone: 'zona waktu' }[w.unit]} ${w.value}`;
}

const DATE_SOURCE: Record<DateSource, string> = {
  'date line': 'baris tanggal',
  byline: 'baris penulis',
  'date line above the headline': 'baris tanggal di atas judul',
  'update line': 'baris pembaruan ("Diperbarui …")',
};

const FIELD_DATE: Record<'date' | 'accessed', string> = { date: 'tanggal', accessed: 'tanggal akses' };

type Texts<C extends NoticeCode> = Record<Lang, (p: NoticeParams[C]) => string>;

/** The one table: each code in English and Indonesian. */
const TEXTS: { [C in NoticeCode]: Texts<C> } = {
  'read.utf8-repaired': {
    en: (p) => `${p.bytes} byte(s) are not valid UTF-8 and were replaced with U+FFFD`,
    id: (p) => `${N(p.bytes)} bita bukan UTF-8 yang sah dan diganti dengan U+FFFD`,
  },
  'read.latin1': {
    en: () => 'file is not valid UTF-8; decoded as Windows-1252/Latin-1',
    id: () => 'berkas bukan UTF-8 yang sah; dibaca sebagai Windows-1252/Latin-1',
  },
  'read.utf16': {
    en: (p) => `file is ${p.encoding} ${p.bom ? '(with BOM)' : 'without a BOM (recognised by its NUL bytes)'}; decoded, but UTF-8 is preferred`,
    id: (p) => `berkas berenkode ${p.encoding} ${p.bom ? '(dengan BOM)' : 'tanpa BOM (dikenali dari bita NUL-nya)'}; sudah dibaca, tetapi UTF-8 lebih disarankan`,
  },
  'read.charset-unknown': {
    en: (p) => `the page declares charset "${p.charset}", which is not a known encoding; its bytes are read without it`,
    id: (p) => `halaman menyatakan charset "${p.charset}", yang bukan pengodean yang dikenal; bita-bitanya dibaca tanpa pernyataan itu`,
  },
  'read.charset-utf8': {
    en: (p) => `the page declares charset "${p.charset}" but its bytes are UTF-8; read as UTF-8`,
    id: (p) => `halaman menyatakan charset "${p.charset}", tetapi bita-bitanya UTF-8; dibaca sebagai UTF-8`,
  },
  'read.text-cut': {
    en: (p) => `text is ${L(p.total)} characters; only the first ${L(p.kept)} were read`,
    id: (p) => `teks sepanjang ${N(p.total)} karakter; hanya ${N(p.kept)} karakter pertama yang dibaca`,
  },
  'read.binary-format': { en: (p) => `binary file (${BINARY[p.format].en})`, id: (p) => `berkas biner (${BINARY[p.format].id})` },
  'read.binary-nul': {
    en: (p) => `binary file (${p.utf16 ? 'NUL characters in UTF-16 text' : 'contains NUL bytes'})`,
    id: (p) => `berkas biner (${p.utf16 ? 'karakter NUL dalam teks UTF-16' : 'memuat bita NUL'})`,
  },
  'read.binary-control': { en: () => 'binary file (control characters)', id: () => 'berkas biner (karakter kendali)' },
  'read.empty': {
    en: (p) => (p.whitespace ? 'empty file (whitespace only)' : 'empty file'),
    id: (p) => (p.whitespace ? 'berkas kosong (hanya spasi)' : 'berkas kosong'),
  },

  'file.unreadable': {
    en: (p) => `${p.subject ? `${p.subject} ` : ''}cannot be read: ${p.why === 'other' ? p.detail : UNREADABLE[p.why].en}`,
    id: (p) => `${p.subject ? `${p.subject} ` : ''}tidak bisa dibaca: ${p.why === 'other' ? p.detail : UNREADABLE[p.why].id}`,
  },
  'file.too-large': {
    en: (p) => `file is ${mb(p.bytes, 'en')} MB, over the ${p.limit / 1048576} MB limit; not read`,
    id: (p) => `berkas berukuran ${mb(p.bytes, 'id')} MB, melebihi batas ${N(p.limit / 1048576)} MB; tidak dibaca`,
  },
  'scan.symlink-outside': { en: () => 'symlink points outside the seeds folder; refused', id: () => 'symlink menunjuk ke luar folder seeds; ditolak' },
  'scan.symlink-folder': { en: () => 'symlinked folder; not followed', id: () => 'folder berupa symlink; tidak diikuti' },
  'scan.not-seed': { en: () => 'not a .txt, .md or .html file; ignored', id: () => 'bukan berkas .txt, .md, atau .html; diabaikan' },
  'scan.hidden': {
    en: (p) => `hidden ${p.folder ? 'folder' : 'file'}; not read`,
    id: (p) => `${p.folder ? 'folder' : 'berkas'} tersembunyi; tidak dibaca`,
  },

  'seed.skipped': { en: (p) => `${noticeText(p.reason, 'en')}; skipped`, id: (p) => `${noticeText(p.reason, 'id')}; dilewati` },
  'seed.timeout': {
    en: (p) => `took longer than ${p.seconds} s to read`,
    id: (p) => `pembacaan memakan waktu lebih dari ${String(p.seconds).replace('.', ',')} detik`,
  },
  'seed.reader-stopped': { en: (p) => `the reader stopped on this file (${p.message})`, id: (p) => `pembaca berhenti pada berkas ini (${p.message})` },
  'seed.internal-error': { en: (p) => `internal error while reading (${p.message})`, id: (p) => `galat internal saat membaca (${p.message})` },
  'seed.no-text': {
    en: (p) => `no article text${p.furnitureOnly ? ' (only page furniture)' : ''}`,
    id: (p) => `tidak ada teks artikel${p.furnitureOnly ? ' (hanya perabot halaman)' : ''}`,
  },
  'body.none': { en: () => 'no body text', id: () => 'tidak ada isi berita' },
  'slug.taken': {
    en: (p) => `slug "${p.slug}" is already used by ${p.by}; this article gets "${p.next}"`,
    id: (p) => `slug "${p.slug}" sudah dipakai oleh ${p.by}; artikel ini memakai "${p.next}"`,
  },
  'id.taken': {
    en: (p) => `id "${p.id}" is already used by another seed; this article gets "${p.next}"`,
    id: (p) => `id "${p.id}" sudah dipakai berkas lain; artikel ini memakai "${p.next}"`,
  },
  'recurring.dropped': {
    en: (p) =>
      `${plural(p.count, 'line')} found in ${p.others} other articles ${p.outlet === null ? 'without an outlet' : `of "${p.outlet}"`} dropped as page furniture ("${p.first}")`,
    id: (p) =>
      `${N(p.count)} baris yang juga ada di ${N(p.others)} artikel lain ${p.outlet === null ? 'tanpa nama media' : `dari "${p.outlet}"`} dibuang sebagai perabot halaman ("${p.first}")`,
  },

  'text.paragraphs-cut': {
    en: (p) => `text has ${L(p.count)} paragraphs; only the first ${L(p.max)} were read`,
    id: (p) => `teks berisi ${N(p.count)} paragraf; hanya ${N(p.max)} paragraf pertama yang dibaca`,
  },
  'text.paragraph-cut': {
    en: (p) => `a paragraph of ${L(p.length)} characters was cut to ${L(p.kept)}`,
    id: (p) => `satu paragraf sepanjang ${N(p.length)} karakter dipotong menjadi ${N(p.kept)}`,
  },
  'text.line-cut': { en: (p) => `a line of ${L(p.length)} characters was cut`, id: (p) => `satu baris sepanjang ${N(p.length)} karakter dipotong` },
  'md.too-large': {
    en: (p) => `Markdown body of ${L(p.chars)} characters is too large to parse; read as plain text`,
    id: (p) => `isi Markdown sepanjang ${N(p.chars)} karakter terlalu besar untuk diurai; dibaca sebagai teks biasa`,
  },
  'md.raw-html': {
    en: () => 'raw HTML in the Markdown body shown as text only (tags, scripts and styles removed)',
    id: () => 'HTML mentah dalam isi Markdown ditampilkan sebagai teks saja (tag, skrip, dan gaya dibuang)',
  },
  'md.unparsable': {
    en: (p) => `Markdown could not be parsed (${p.message}); read as plain text`,
    id: (p) => `Markdown tidak bisa diurai; dibaca sebagai teks biasa (pesan pengurai: "${p.message}")`,
  },

  'fm.unclosed': {
    en: () => 'front matter is not closed by a "---" line; read as text',
    id: () => 'front matter tidak ditutup baris "---"; dibaca sebagai teks',
  },
  'fm.language': {
    en: (p) => `front matter in "${p.language}" is not supported (only YAML); ignored and not run`,
    id: (p) => `front matter dalam "${p.language}" tidak didukung (hanya YAML); diabaikan dan tidak dijalankan`,
  },
  'fm.yaml': {
    en: (p) => `front matter is not valid YAML (${p.reason}); ignored`,
    id: (p) => `front matter bukan YAML yang sah; diabaikan (pesan pengurai YAML: "${p.reason}")`,
  },
  'fm.not-mapping': {
    en: () => 'front matter is not a set of "key: value" lines; ignored',
    id: () => 'front matter bukan daftar baris "kunci: nilai"; diabaikan',
  },
  'fm.both': {
    en: (p) => `front matter has both "${p.key}" and "${p.alias}" (the same field); "${p.alias}" ignored`,
    id: (p) => `front matter memuat "${p.key}" dan "${p.alias}" sekaligus (kolom yang sama); "${p.alias}" diabaikan`,
  },
  'fm.unknown-key': {
    en: (p) => `front matter key "${p.key}" is unknown (known: ${p.known.join(', ')}); ignored`,
    id: (p) => `kunci front matter "${p.key}" tidak dikenal (yang dikenal: ${p.known.join(', ')}); diabaikan`,
  },
  'fm.wrong-type': {
    en: (p) => `front matter "${p.key}" should be ${EXPECTED[p.expected].en}, got ${got(p.got, 'en')}; ignored`,
    id: (p) => `front matter "${p.key}" seharusnya ${EXPECTED[p.expected].id}, ternyata ${got(p.got, 'id')}; diabaikan`,
  },
  'fm.date-impossible': {
    en: (p) => `front matter ${p.key} ${JSON.stringify(p.value)} is impossible (${impossible(p.why, 'en')}); ignored`,
    id: (p) => `${FIELD_DATE[p.key]} front matter ${JSON.stringify(p.value)} mustahil (${impossible(p.why, 'id')}); diabaikan`,
  },
  'fm.date-invalid': {
    en: (p) => `front matter ${p.key} ${JSON.stringify(p.value)} is not a date with day, month and year; ignored`,
    id: (p) => `${FIELD_DATE[p.key]} front matter ${JSON.stringify(p.value)} tidak memuat hari, bulan, dan tahun; diabaikan`,
  },
  'fm.slug-unsafe': {
    en: (p) => `front matter slug ${JSON.stringify(p.value)} ${SLUG_FAULT[p.fault](p.max).en}; using "${p.slug}"`,
    id: (p) => `slug front matter ${JSON.stringify(p.value)} ${SLUG_FAULT[p.fault](p.max).id}; dipakai "${p.slug}"`,
  },

  'date.no-zone': {
    en: (p) => `time in "${p.text}" has no time zone; WIB (+07:00) assumed`,
    id: (p) => `jam dalam "${p.text}" tanpa zona waktu; dianggap WIB (+07.00)`,
  },
  'date.from-text': {
    en: (p) => `no date line; published taken from "${p.text}" in the text${p.count > 1 ? ` (the latest of ${p.count} ${p.credits ? 'credit dates' : 'dates'})` : ''}`,
    id: (p) =>
      `tidak ada baris tanggal; tanggal terbit diambil dari "${p.text}" di teks${p.count > 1 ? ` (yang terbaru dari ${N(p.count)} ${p.credits ? 'tanggal di baris kredit' : 'tanggal'})` : ''}`,
  },
  'date.none': { en: () => 'no date found; published left empty', id: () => 'tanggal tidak ditemukan; tanggal terbit dikosongkan' },
  'date.no-year': {
    en: (p) => `date ${quoted(p.dates)} has no year and the article gives none; published left empty`,
    id: (p) => `tanggal ${quoted(p.dates)} tanpa tahun dan artikel tidak menyebutkannya; tanggal terbit dikosongkan`,
  },
  'date.year-inferred': {
    en: (p) => `year of "${p.text}" not written; ${p.year} inferred from ${p.fromMonth ? 'a month named with its year' : 'a year mentioned'} in the article`,
    id: (p) => `tahun pada "${p.text}" tidak tertulis; ${p.year} disimpulkan dari ${p.fromMonth ? 'nama bulan beserta tahunnya' : 'tahun yang disebut'} di artikel`,
  },
  'date.from-update-line': {
    en: (p) => `date from the update line ("${p.text}"); the page gives no first-publication date near the headline`,
    id: (p) => `tanggal diambil dari baris pembaruan ("${p.text}"); halaman tidak menyebut tanggal terbit pertama di dekat judul`,
  },
  'date.header-differs': {
    en: (p) => `date from the ${p.source} ("${p.text}"); the ${p.other === 'top-bar' ? "page's top bar" : "lead's credit"} says ${p.says}`,
    id: (p) =>
      `tanggal diambil dari ${DATE_SOURCE[p.source]} ("${p.text}"); ${p.other === 'top-bar' ? 'bilah atas halaman' : 'kredit di paragraf pembuka'} menyebut "${p.says}"`,
  },
  'headline.chosen': {
    en: (p) => `headline chosen among ${plural(p.candidates, 'candidate line')}; ${plural(p.dropped, 'line')} of page furniture before the headline dropped`,
    id: (p) => `judul dipilih dari ${N(p.candidates)} baris calon; ${N(p.dropped)} baris perabot halaman di atas judul dibuang`,
  },
  'headline.derived': {
    en: () => 'no headline in the text; title derived from the lead',
    id: () => 'tidak ada judul di teks; judul diambil dari paragraf pertama',
  },
  'outlet.from-credit': {
    en: (p) => `outlet "${p.outlet}" taken from the line "${p.line}"`,
    id: (p) => `media "${p.outlet}" diambil dari baris "${p.line}"`,
  },
  'outlet.from-title': {
    en: (p) => `outlet "${p.outlet}" taken from the page's title line "${p.line}"`,
    id: (p) => `media "${p.outlet}" diambil dari baris judul halaman "${p.line}"`,
  },
  'outlet.from-mentions': {
    en: (p) => `outlet "${p.outlet}" taken from the page, which names it ${p.count} times (no credit line names it)`,
    id: (p) => `media "${p.outlet}" diambil dari halaman, yang menyebutnya ${N(p.count)} kali (tidak ada baris kredit yang menyebutnya)`,
  },
  'outlet.from-address': {
    en: (p) => `outlet "${p.outlet}" taken from the web address the page prints`,
    id: (p) => `media "${p.outlet}" diambil dari alamat web yang tercetak di halaman`,
  },
  'outlet.none': { en: () => 'no outlet named in the text', id: () => 'tidak ada nama media di teks' },
  'outlet.unknown': {
    en: (p) => `outlet "${p.outlet}" is not in the outlet table; kept as written`,
    id: (p) => `media "${p.outlet}" tidak ada di tabel media; ditulis apa adanya`,
  },

  'html.not-html': {
    en: () => 'not an HTML page (no <html>, <head> or markup at the start)',
    id: () => 'bukan halaman HTML (tidak ada <html>, <head>, atau markup di awal)',
  },
  'html.unreadable': {
    en: (p) => `the page could not be read as an article (${p.message})`,
    id: (p) => `halaman tidak bisa dibaca sebagai artikel (${p.message})`,
  },
  'html.no-article': {
    en: () => 'no article found in the page (an index page or an error page?)',
    id: () => 'tidak ada artikel di halaman (halaman indeks atau halaman galat?)',
  },
  'html.too-little-text': {
    en: (p) => `no article found in the page (only ${p.chars} characters of text; an index page or an error page?)`,
    id: (p) => `tidak ada artikel di halaman (hanya ${N(p.chars)} karakter teks; halaman indeks atau halaman galat?)`,
  },
  'html.mostly-links': {
    en: (p) => `no article found in the page: ${p.percent}% of its text is links (an index page?)`,
    id: (p) => `tidak ada artikel di halaman: ${p.percent}% teksnya berupa tautan (halaman indeks?)`,
  },
  'html.only-furniture': {
    en: () => 'no article text in the page (only page furniture)',
    id: () => 'tidak ada teks artikel di halaman (hanya perabot halaman)',
  },
  'html.page-cut': {
    en: (p) => `page is ${mb(p.chars, 'en')} MB of text; ${mb(p.cut, 'en')} MB of scripts, styles, comments and inline images were cut before parsing`,
    id: (p) => `halaman berisi ${mb(p.chars, 'id')} MB teks; ${mb(p.cut, 'id')} MB skrip, gaya, komentar, dan gambar sisipan dibuang sebelum diurai`,
  },
  'html.markup-cut': {
    en: (p) => `page markup is over ${L(p.limit)} characters after scripts and styles are taken out; only ${p.around ? 'the part around the article' : 'the first part'} was read`,
    id: (p) =>
      `markup halaman lebih dari ${N(p.limit)} karakter setelah skrip dan gaya dibuang; hanya ${p.around ? 'bagian di sekitar artikel' : 'bagian awal'} yang dibaca`,
  },
  'html.nested': {
    en: (p) => `page markup nests elements ${L(p.depth)} levels deep; the tags of ${L(p.flattened)} element(s) deeper than ${p.max} levels were taken out, their text kept`,
    id: (p) => `markup halaman bersarang ${N(p.depth)} tingkat; tag ${N(p.flattened)} elemen yang lebih dalam dari ${p.max} tingkat dibuang, teksnya tetap dibaca`,
  },
  'html.declared-markup': {
    en: (p) => `${p.from} carries markup or script (${JSON.stringify(p.value)}); tags removed, read as text`,
    id: (p) => `${p.from} memuat markup atau skrip (${JSON.stringify(p.value)}); tag dibuang, dibaca sebagai teks`,
  },
  'html.jsonld-invalid': { en: () => 'a JSON-LD block is not valid JSON; ignored', id: () => 'satu blok JSON-LD bukan JSON yang sah; diabaikan' },
  'html.url-not-full': {
    en: (p) => `${p.from} "${p.value}" is not a full web address; ignored`,
    id: (p) => `${p.from} "${p.value}" bukan alamat web lengkap; diabaikan`,
  },
  'html.url-not-http': {
    en: (p) => `${p.from} "${p.value}" is not an http(s) address; ignored`,
    id: (p) => `${p.from} "${p.value}" bukan alamat http(s); diabaikan`,
  },
  'html.site-name-removed': {
    en: (p) => `site name ${quoted(p.names)} taken off the title (${p.from})`,
    id: (p) => `nama situs ${quoted(p.names)} dihapus dari judul (${p.from})`,
  },
  'html.title-from-h1': {
    en: () => 'the page declares no title; the first <h1> is taken as the headline',
    id: () => 'halaman tidak menyatakan judul; <h1> pertama dipakai sebagai judul',
  },
  'html.not-a-date': { en: (p) => `${p.from} "${p.value}" is not a date; ignored`, id: (p) => `${p.from} "${p.value}" bukan tanggal; diabaikan` },
  'html.date-from-headline': {
    en: (p) => `the page declares no date; published taken from "${p.text}" shown by the headline`,
    id: (p) => `halaman tidak menyatakan tanggal; tanggal terbit diambil dari "${p.text}" yang tampil di dekat judul`,
  },
  'html.date-from-address': {
    en: (p) => `the page shows no date; published taken from its address (${p.day})`,
    id: (p) => `halaman tidak menampilkan tanggal; tanggal terbit diambil dari alamatnya (${p.day})`,
  },
  'html.address-date-differs': {
    en: (p) => `the article's address says ${p.addressDay}, the page's date is ${p.pageDay}; the page's date kept`,
    id: (p) => `alamat artikel menyebut ${p.addressDay}, tanggal halaman ${p.pageDay}; tanggal halaman dipakai`,
  },
  'html.declared-differs': {
    en: (p) => `${p.from} says ${p.declared}, the page shows ${p.shown}; the declared ${p.what} kept`,
    id: (p) => `${p.from} menyebut ${p.declared}, halaman menampilkan ${p.shown}; ${p.what === 'date' ? 'tanggal' : 'waktu'} yang dinyatakan dipakai`,
  },
  'html.declared-no-zone': {
    en: (p) => `${p.from} "${p.value}" has no time zone; WIB (+07:00) assumed`,
    id: (p) => `${p.from} "${p.value}" tanpa zona waktu; dianggap WIB (+07.00)`,
  },
  'html.utc-local': {
    en: (p) => `${p.from} marks ${p.clock} as UTC, but the page shows ${p.shownClock} ${p.zone}: read as local time (${p.iso})`,
    id: (p) => `${p.from} menandai ${p.clock} sebagai UTC, tetapi halaman menampilkan ${p.shownClock} ${p.zone}: dibaca sebagai waktu setempat (${p.iso})`,
  },
  'html.editor-as-author': {
    en: (p) => `the page declares "${p.name}" as author, but prints that name as the editor; the author is taken from the printed credits`,
    id: (p) => `halaman menyatakan "${p.name}" sebagai penulis, tetapi mencetak nama itu sebagai editor; penulis diambil dari kredit yang tercetak`,
  },
  'html.structure': {
    en: (p) => `page structure: ${p.named} widget/caption element(s) named as such by the page and ${p.linkOnly} link-only line(s) left out of the article`,
    id: (p) =>
      `struktur halaman: ${N(p.named)} elemen widget/keterangan yang dinamai demikian oleh halaman dan ${N(p.linkOnly)} baris berisi tautan saja tidak dimasukkan ke artikel`,
  },
  'html.header-lines': {
    en: (p) => `${p.count} line(s) above the lead (headline, section label, byline or date line) left out of the body`,
    id: (p) => `${N(p.count)} baris di atas paragraf pertama (judul, label rubrik, baris penulis atau tanggal) tidak dimasukkan ke isi`,
  },
  'html.not-indonesian': {
    en: (p) => `the article does not read as Indonesian${p.lang !== null ? ` (the page says lang="${p.lang}")` : ''}; read with the same rules`,
    id: (p) => `artikel tidak terbaca sebagai bahasa Indonesia${p.lang !== null ? ` (halaman menyebut lang="${p.lang}")` : ''}; dibaca dengan aturan yang sama`,
  },
  'html.outlet-vs-credit': {
    en: (p) => `outlet "${p.outlet}" from ${p.from}; the text's credit line names "${p.credit}"`,
    id: (p) => `media "${p.outlet}" dari ${p.from}; baris kredit di teks menyebut "${p.credit}"`,
  },
  'html.outlet-unknown': {
    en: (p) => `outlet "${p.outlet}" (${p.from}) is not in the outlet table; kept as written`,
    id: (p) => `media "${p.outlet}" (${p.from}) tidak ada di tabel media; ditulis apa adanya`,
  },
  'html.blocks-dropped': {
    en: (p) => `${p.count} block(s) of page furniture dropped from the article`,
    id: (p) => `${N(p.count)} blok perabot halaman dibuang dari artikel`,
  },
};

export const NOTICE_CODES = Object.keys(TEXTS) as NoticeCode[];

/** A notice as a sentence in `lang`. */
export function noticeText(n: Notice, lang: Lang): string {
  return (TEXTS[n.code] as Texts<NoticeCode>)[lang](n.params as never);
}

/** Which guess a text rule's notice is: what a declaration (front matter, the page's own metadata) makes moot. */
const GUESS_OF: Partial<Record<NoticeCode, 'title' | 'date' | 'outlet'>> = {
  'headline.derived': 'title',
  'date.no-zone': 'date',
  'date.from-text': 'date',
  'date.none': 'date',
  'date.no-year': 'date',
  'date.year-inferred': 'date',
  'date.from-update-line': 'date',
  'date.header-differs': 'date',
  'outlet.from-credit': 'outlet',
  'outlet.from-title': 'outlet',
  'outlet.from-mentions': 'outlet',
  'outlet.from-address': 'outlet',
  'outlet.none': 'outlet',
  'outlet.unknown': 'outlet',
};

export function guessOf(n: Notice): 'title' | 'date' | 'outlet' | null {
  return GUESS_OF[n.code] ?? null;
}

/**
 * Guesses worth a reader's look even when nothing failed (the report lists the seed): the article has no
 * headline, date or outlet of its own, nothing of the story was found, or reading it ran out of time.
 */
const WORTH_CHECKING: ReadonlySet<NoticeCode> = new Set<NoticeCode>(['headline.derived', 'date.none', 'date.no-year', 'outlet.none', 'body.none', 'seed.timeout']);

export function worthChecking(n: Notice): boolean {
  return WORTH_CHECKING.has(n.code) || (n.code === 'seed.skipped' && worthChecking(n.params.reason));
}
