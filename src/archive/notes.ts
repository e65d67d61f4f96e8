/**
 * Reading notes in Indonesian. Records and the build report keep the ingest's
 * English messages (they are data, and grep-able); article pages show them
 * translated, by pattern, from this one table. A message no pattern matches is
 * shown as written, marked `lang="en"` and "(belum diterjemahkan)" on the page,
 * never dropped: tests/site/notes.test.ts fails on every message the ingest
 * produces on the seeds, fixtures and generated corpus that has no row here.
 */
import type { OmitReason, OmittedLine } from '../ingest/types.ts';
import { formatNumber } from './indonesian.ts';

export interface ReadingNote {
  text: string;
  /** `en` when no row of the table matched and the message is shown as the ingest wrote it. */
  lang: 'id' | 'en';
}

type Row = [RegExp, (...groups: string[]) => string];

/** `2,000,000` (as the ingest writes numbers) → `2.000.000`. */
const num = (text: string): string => formatNumber(Number(text.replace(/,/g, '')));
/** A quoted value as the ingest writes it (it may itself hold quotes). */
const Q = '(".*")';

/** Where the ingest took an article's date from. */
const DATE_FROM: Record<string, string> = {
  'date line': 'baris tanggal',
  byline: 'baris penulis',
  'date line above the headline': 'baris tanggal di atas judul',
  'update line': 'baris pembaruan ("Diperbarui …")',
};

/** What a front matter value should be, and what it was, in Indonesian. */
const EXPECTED: Record<string, string> = {
  text: 'teks',
  'a place name': 'nama tempat',
  'a list of topics, e.g. [China, WHO]': 'daftar topik, misalnya [China, WHO]',
  'a date such as 2020-02-03 or "3 Februari 2020 10:00 WIB"': 'tanggal seperti 2020-02-03 atau "3 Februari 2020 10:00 WIB"',
};
function got(value: string): string {
  const text = /^text (".*")$/s.exec(value);
  if (text) return `teks ${text[1]}`;
  const other = /^(number|boolean|bigint) (.*)$/.exec(value);
  if (other) return `${other[1] === 'boolean' ? 'nilai benar/salah' : 'angka'} ${other[2]}`;
  return { null: 'kosong (null)', 'a list': 'daftar', 'a date': 'tanggal', 'a mapping': 'pasangan kunci dan nilai' }[value] ?? value;
}

const SLUG_REASONS: Record<string, string> = {
  'contains a path (../)': 'memuat jalur (../)',
  'is an absolute path': 'berupa jalur absolut',
  'contains a slash': 'memuat garis miring',
  'has no letters or digits': 'tidak memuat huruf atau angka',
  'is a reserved device name on Windows': 'nama perangkat yang dicadangkan di Windows',
};
function slugReason(reason: string): string {
  const long = /^is longer than ([\d,]+) characters$/.exec(reason);
  return long ? `lebih dari ${num(long[1]!)} karakter` : (SLUG_REASONS[reason] ?? reason);
}

/** One row per message shape of src/ingest: the English pattern and its Indonesian. */
export const NOTE_TABLE: readonly Row[] = [
  [
    new RegExp(`^no date line; published taken from ${Q} in the text(?: \\(the latest of ([\\d,]+) (credit dates|dates)\\))?$`, 's'),
    (text, n, kind) => `tidak ada baris tanggal; tanggal terbit diambil dari ${text} di teks` + (n ? ` (yang terbaru dari ${num(n)} ${kind === 'credit dates' ? 'tanggal di baris kredit' : 'tanggal'})` : ''),
  ],
  [/^date (.+) has no year and the article gives none; published left empty$/s, (d) => `tanggal ${d} tanpa tahun dan artikel tidak menyebutkannya; tanggal terbit dikosongkan`],
  [new RegExp(`^time in ${Q} has no time zone; WIB \\(\\+07:00\\) assumed$`, 's'), (t) => `jam dalam ${t} tanpa zona waktu; dianggap WIB (+07.00)`],
  [
    new RegExp(`^year of ${Q} not written; (\\d+) inferred from (a month named with its year|a year mentioned) in the article$`, 's'),
    (d, y, from) => `tahun pada ${d} tidak tertulis; ${y} disimpulkan dari ${from === 'a year mentioned' ? 'tahun yang disebut' : 'nama bulan beserta tahunnya'} di artikel`,
  ],
  [/^no date found; published left empty$/, () => 'tanggal tidak ditemukan; tanggal terbit dikosongkan'],
  [new RegExp(`^outlet ${Q} taken from the line ${Q}$`, 's'), (o, line) => `media ${o} diambil dari baris ${line}`],
  [/^no outlet named in the text$/, () => 'tidak ada nama media di teks'],
  [new RegExp(`^outlet ${Q} is not in the outlet table; kept as written$`, 's'), (o) => `media ${o} tidak ada di tabel media; ditulis apa adanya`],
  [/^no headline in the text; title derived from the lead$/, () => 'tidak ada judul di teks; judul diambil dari paragraf pertama'],
  // Whole-page text (src/ingest/headline.ts, extract.ts, recurring.ts).
  [
    /^headline chosen among ([\d,]+) candidate lines?; ([\d,]+) lines? of page furniture before the headline dropped$/,
    (n, k) => `judul dipilih dari ${num(n)} baris calon; ${num(k)} baris perabot halaman di atas judul dibuang`,
  ],
  [
    new RegExp(`^date from the (date line|byline|date line above the headline|update line) \\((".*")\\); the (page's top bar|lead's credit) says (.+)$`, 's'),
    (from, d, other, says) =>
      `tanggal diambil dari ${DATE_FROM[from!] ?? from} (${d}); ${other === "page's top bar" ? 'bilah atas halaman' : 'kredit di paragraf pembuka'} menyebut "${says}"`,
  ],
  [
    new RegExp(`^date from the update line \\((".*")\\); the page gives no first-publication date near the headline$`, 's'),
    (d) => `tanggal diambil dari baris pembaruan (${d}); halaman tidak menyebut tanggal terbit pertama di dekat judul`,
  ],
  [new RegExp(`^outlet ${Q} taken from the page's title line ${Q}$`, 's'), (o, line) => `media ${o} diambil dari baris judul halaman ${line}`],
  [
    new RegExp(`^outlet ${Q} taken from the page, which names it ([\\d,]+) times \\(no credit line names it\\)$`, 's'),
    (o, n) => `media ${o} diambil dari halaman, yang menyebutnya ${num(n!)} kali (tidak ada baris kredit yang menyebutnya)`,
  ],
  [
    new RegExp(`^([\\d,]+) lines? found in ([\\d,]+) other articles (?:of ("[^"]*")|without an outlet) dropped as page furniture \\((".*")\\)$`, 's'),
    (n, k, o, line) =>
      `${num(n!)} baris yang juga ada di ${num(k!)} artikel lain ${o ? `dari ${o}` : 'tanpa nama media'} dibuang sebagai perabot halaman (${line})`,
  ],
  [/^no body text$/, () => 'tidak ada isi berita'],
  [/^front matter is not closed by a "---" line; read as text$/, () => 'front matter tidak ditutup baris "---"; dibaca sebagai teks'],
  [new RegExp(`^front matter in ${Q} is not supported \\(only YAML\\); ignored and not run$`, 's'), (l) => `front matter dalam ${l} tidak didukung (hanya YAML); diabaikan dan tidak dijalankan`],
  [/^front matter is not valid YAML \((.*)\); ignored$/s, (why) => `front matter bukan YAML yang sah; diabaikan (pesan pengurai YAML: "${why}")`],
  [/^front matter is not a set of "key: value" lines; ignored$/, () => 'front matter bukan daftar baris "kunci: nilai"; diabaikan'],
  [new RegExp(`^front matter key ${Q} is unknown \\(known: (.*)\\); ignored$`, 's'), (k, known) => `kunci front matter ${k} tidak dikenal (yang dikenal: ${known}); diabaikan`],
  [
    new RegExp(`^front matter (date|accessed) ${Q} is not a date with day, month and year; ignored$`, 's'),
    (key, d) => `${key === 'date' ? 'tanggal' : 'tanggal akses'} front matter ${d} tidak memuat hari, bulan, dan tahun; diabaikan`,
  ],
  [
    new RegExp(`^front matter ${Q} should be (.+), got (.+); ignored$`, 's'),
    (k, expected, value) => `front matter ${k} seharusnya ${EXPECTED[expected!] ?? expected}, ternyata ${got(value!)}; diabaikan`,
  ],
  [
    new RegExp(`^front matter slug (.+) (contains a path \\(\\.\\./\\)|is an absolute path|contains a slash|has no letters or digits|is longer than [\\d,]+ characters|is a reserved device name on Windows); using ${Q}$`, 's'),
    (raw, reason, slug) => `slug front matter ${raw} ${slugReason(reason!)}; dipakai ${slug}`,
  ],
  [/^raw HTML in the Markdown body shown as text only \(tags, scripts and styles removed\)$/, () => 'HTML mentah dalam isi Markdown ditampilkan sebagai teks saja (tag, skrip, dan gaya dibuang)'],
  [/^Markdown could not be parsed \((.*)\); read as plain text$/s, (why) => `Markdown tidak bisa diurai; dibaca sebagai teks biasa (pesan pengurai: "${why}")`],
  [/^Markdown body of ([\d,]+) characters is too large to parse; read as plain text$/, (n) => `isi Markdown sepanjang ${num(n)} karakter terlalu besar untuk diurai; dibaca sebagai teks biasa`],
  [/^file is (UTF-16LE|UTF-16BE) \(with BOM\); decoded, but UTF-8 is preferred$/, (enc) => `berkas berenkode ${enc} (dengan BOM); sudah dibaca, tetapi UTF-8 lebih disarankan`],
  [/^([\d,]+) byte\(s\) are not valid UTF-8 and were replaced with U\+FFFD$/, (n) => `${num(n)} bita bukan UTF-8 yang sah dan diganti dengan U+FFFD`],
  [/^file is not valid UTF-8; decoded as Windows-1252\/Latin-1$/, () => 'berkas bukan UTF-8 yang sah; dibaca sebagai Windows-1252/Latin-1'],
  [
    new RegExp(`^the page declares charset ${Q}, which is not a known encoding; its bytes are read without it$`, 's'),
    (c) => `halaman menyatakan charset ${c}, yang bukan pengodean yang dikenal; bita-bitanya dibaca tanpa pernyataan itu`,
  ],
  [new RegExp(`^the page declares charset ${Q} but its bytes are UTF-8; read as UTF-8$`, 's'), (c) => `halaman menyatakan charset ${c}, tetapi bita-bitanya UTF-8; dibaca sebagai UTF-8`],
  [/^text is ([\d,]+) characters; only the first ([\d,]+) were read$/, (n, k) => `teks sepanjang ${num(n)} karakter; hanya ${num(k)} karakter pertama yang dibaca`],
  [/^text has ([\d,]+) paragraphs; only the first ([\d,]+) were read$/, (n, k) => `teks berisi ${num(n)} paragraf; hanya ${num(k)} paragraf pertama yang dibaca`],
  [/^a paragraph of ([\d,]+) characters was cut to ([\d,]+)$/, (n, k) => `satu paragraf sepanjang ${num(n)} karakter dipotong menjadi ${num(k)}`],
  [/^a line of ([\d,]+) characters was cut$/, (n) => `satu baris sepanjang ${num(n)} karakter dipotong`],
  [new RegExp(`^slug ${Q} is already used by (.+); this article gets ${Q}$`, 's'), (s, by, slug) => `slug ${s} sudah dipakai oleh ${by}; artikel ini memakai ${slug}`],
  [new RegExp(`^id ${Q} is already used by another seed; this article gets ${Q}$`, 's'), (id, next) => `id ${id} sudah dipakai berkas lain; artikel ini memakai ${next}`],
  // Saved web pages (src/ingest/html): `from` names the page's own metadata (meta og:title, JSON-LD url …) and stays as written.
  [/^headline chosen among ([\d,]+) candidate lines?; ([\d,]+) lines? of page furniture before the headline dropped$/, (n, k) => `judul dipilih dari ${num(n)} baris calon; ${num(k)} baris furnitur halaman sebelum judul dibuang`],
  [
    new RegExp(`^the article does not read as Indonesian(?: \\(the page says lang=${Q}\\))?; read with the same rules$`, 's'),
    (lang) => `artikel tidak terbaca sebagai bahasa Indonesia${lang ? ` (halaman menyebut lang=${lang})` : ''}; dibaca dengan aturan yang sama`,
  ],
  [new RegExp(`^outlet ${Q} \\((.+)\\) is not in the outlet table; kept as written$`, 's'), (o, from) => `media ${o} (${from}) tidak ada di tabel media; ditulis apa adanya`],
  [new RegExp(`^outlet ${Q} from (.+); the text's credit line names ${Q}$`, 's'), (o, from, c) => `media ${o} dari ${from}; baris kredit di teks menyebut ${c}`],
  [new RegExp(`^(.+?) carries markup or script \\(${Q}\\); tags removed, read as text$`, 's'), (from, v) => `${from} memuat markup atau skrip (${v}); tag dibuang, dibaca sebagai teks`],
  [new RegExp(`^(.+?) ${Q} is not an http\\(s\\) address; ignored$`, 's'), (from, v) => `${from} ${v} bukan alamat http(s); diabaikan`],
  [new RegExp(`^(.+?) ${Q} is not a full web address; ignored$`, 's'), (from, v) => `${from} ${v} bukan alamat web lengkap; diabaikan`],
  [new RegExp(`^(.+?) ${Q} is not a date; ignored$`, 's'), (from, v) => `${from} ${v} bukan tanggal; diabaikan`],
  [new RegExp(`^(.+?) ${Q} has no time zone; WIB \\(\\+07:00\\) assumed$`, 's'), (from, v) => `${from} ${v} tanpa zona waktu; dianggap WIB (+07.00)`],
  [/^the page declares no title; the first <h1> is taken as the headline$/, () => 'halaman tidak menyatakan judul; <h1> pertama dipakai sebagai judul'],
  [new RegExp(`^the page declares no date; published taken from ${Q} shown by the headline$`, 's'), (d) => `halaman tidak menyatakan tanggal; tanggal terbit diambil dari ${d} yang tampil di dekat judul`],
  [/^([\d,]+) line\(s\) above the lead \(headline, section label, byline or date line\) left out of the body$/, (n) => `${num(n)} baris di atas paragraf pertama (judul, label rubrik, baris penulis atau tanggal) tidak dimasukkan ke isi`],
  [
    /^page structure: ([\d,]+) widget\/caption element\(s\) named as such by the page and ([\d,]+) link-only line\(s\) left out of the article$/,
    (a, b) => `struktur halaman: ${num(a)} elemen widget/keterangan yang dinamai demikian oleh halaman dan ${num(b)} baris berisi tautan saja tidak dimasukkan ke artikel`,
  ],
  [/^([\d,]+) block\(s\) of page furniture dropped from the article$/, (n) => `${num(n)} blok furnitur halaman dibuang dari artikel`],
  [
    /^(.+?) marks (\S+) as UTC, but the page shows (\S+) (\S+): read as local time \((.+)\)$/s,
    (from, c, shown, zone, iso) => `${from} menandai ${c} sebagai UTC, tetapi halaman menampilkan ${shown} ${zone}: dibaca sebagai waktu setempat (${iso})`,
  ],
  [/^(.+?) says (\S+), the page shows (\S+); the declared (date|time) kept$/s, (from, a, b, what) => `${from} menyebut ${a}, halaman menampilkan ${b}; ${what === 'date' ? 'tanggal' : 'waktu'} yang dinyatakan dipakai`],
  [/^a JSON-LD block is not valid JSON; ignored$/, () => 'satu blok JSON-LD bukan JSON yang sah; diabaikan'],
  [/^site name (.+) taken off the title \((.+)\)$/s, (names, from) => `nama situs ${names} dihapus dari judul (${from})`],
  [
    /^page is ([\d.]+) MB of text; ([\d.]+) MB of scripts, styles, comments and inline images were cut before parsing$/,
    (a, b) => `halaman berisi ${a!.replace('.', ',')} MB teks; ${b!.replace('.', ',')} MB skrip, gaya, komentar, dan gambar sisipan dibuang sebelum diurai`,
  ],
  [/^page markup is over ([\d,]+) characters after scripts and styles are taken out; only the first part was read$/, (n) => `markup halaman lebih dari ${num(n)} karakter setelah skrip dan gaya dibuang; hanya bagian awal yang dibaca`],
  [/^page markup is over ([\d,]+) characters after scripts and styles are taken out; only the part around the article was read$/, (n) => `markup halaman lebih dari ${num(n)} karakter setelah skrip dan gaya dibuang; hanya bagian di sekitar artikel yang dibaca`],
  [/^page markup nests elements ([\d,]+) levels deep; the tags of ([\d,]+) element\(s\) deeper than (\d+) levels were taken out, their text kept$/, (d, n, max) => `markup halaman bersarang ${num(d)} tingkat; tag ${num(n)} elemen yang lebih dalam dari ${max} tingkat dibuang, teksnya tetap dibaca`],
];

/** The Indonesian of one ingest message, or null when no row matches. */
export function translateNote(message: string): string | null {
  for (const [pattern, render] of NOTE_TABLE) {
    const m = pattern.exec(message);
    if (m) return render(...m.slice(1).map((g) => g ?? ''));
  }
  return null;
}

/** What an article page shows for a record's warnings. */
export function readingNotes(warnings: readonly string[]): ReadingNote[] {
  return warnings.map((w) => {
    const text = translateNote(w);
    return text === null ? { text: w, lang: 'en' } : { text, lang: 'id' };
  });
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
