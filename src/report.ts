/**
 * The build report: one line per seed with its status, what was read (title, outlet, date, authors,
 * lines left out) and its messages, then a summary. A build shows only the seeds that need attention
 * (`attention`); `--verbose` and `npm run report` show every seed (`all`); `--quiet` only the summary.
 * In English or Indonesian (`--lang`, or `reportLanguage` in arsip.config.json).
 */
import { visible } from './ingest/messages.ts';
import { noticeText, worthChecking, type Lang } from './ingest/notices.ts';
import type { SeedOutcome, SeedRead } from './ingest/types.ts';
import { formatNumber } from './numbers.ts';

export type { Lang };

/** The report's own words in each language (the seeds' messages are in src/ingest/notices.ts). */
const WORDS = {
  en: {
    /** A seed kept with guesses is a note to read, not an alarm. */
    label: { ok: 'ok', warning: 'note', error: 'ERROR', ignored: 'ignored' },
    number: (n: number): string => String(n),
    summary: (c: Record<SeedOutcome['status'], string> & { files: string; problems: string; articles: string }): string =>
      `${c.files} files: ${c.ok} ok, ${c.warning} with notes, ${c.error} errors, ${c.ignored} ignored; ${c.problems} with problems; ${c.articles} articles.`,
    notListed: (hidden: string): string => ` (${hidden} not listed; --verbose lists every seed)`,
    noOutlet: 'no outlet',
    noDate: 'no date',
    by: (names: string): string => `by ${names}`,
    noAuthor: 'no author',
    nothingLeftOut: 'nothing left out',
    leftOut: (n: number): string => `${n} line${n === 1 ? '' : 's'} left out`,
    dropped: (total: number, parts: string): string => `dropped ${total} line${total === 1 ? '' : 's'} of page furniture (${parts})`,
    before: (n: number): string => `${n} before the headline`,
    inside: (n: number): string => `${n} in the story`,
    after: (n: number): string => `${n} after it`,
  },
  id: {
    label: { ok: 'ok', warning: 'catatan', error: 'GALAT', ignored: 'abaikan' },
    number: formatNumber,
    summary: (c: Record<SeedOutcome['status'], string> & { files: string; problems: string; articles: string }): string =>
      `${c.files} berkas: ${c.ok} ok, ${c.warning} dengan catatan, ${c.error} galat, ${c.ignored} diabaikan; ${c.problems} bermasalah; ${c.articles} artikel.`,
    notListed: (hidden: string): string => ` (${hidden} tidak dicantumkan; --verbose mencantumkan setiap berkas)`,
    noOutlet: 'tanpa media',
    noDate: 'tanpa tanggal',
    by: (names: string): string => `oleh ${names}`,
    noAuthor: 'tanpa penulis',
    nothingLeftOut: 'tidak ada yang disisihkan',
    leftOut: (n: number): string => `${formatNumber(n)} baris disisihkan`,
    dropped: (total: number, parts: string): string => `${formatNumber(total)} baris perabot halaman dibuang (${parts})`,
    before: (n: number): string => `${formatNumber(n)} di atas judul`,
    inside: (n: number): string => `${formatNumber(n)} di dalam berita`,
    after: (n: number): string => `${formatNumber(n)} sesudahnya`,
  },
} as const;

/** Which seeds get a line of their own. */
export type ReportDetail = 'all' | 'attention' | 'none';

/** A seed the reader should look at: it could not be read, the file has a problem, or a guess is worth checking (notices.ts). */
export function needsAttention(o: SeedOutcome): boolean {
  return o.status === 'error' || o.problems.length > 0 || o.notices.some(worthChecking);
}

/** The seed's messages in `lang`, without the file name (the line names it once), with visible escapes. */
function messagesOf(o: SeedOutcome, lang: Lang): string[] {
  if (lang === 'id') return o.notices.map((n) => visible(noticeText(n, 'id')));
  // Messages name their file so they stand alone elsewhere (dev server log, JSON); the line names it once.
  const prefix = `${visible(o.sourceFile)}: `;
  return o.messages.map((m) => visible(m)).map((m) => (m.startsWith(prefix) ? m.slice(prefix.length) : m));
}

export function formatReport(outcomes: SeedOutcome[], articleCount: number, detail: ReportDetail = 'all', lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  const shown = outcomes.filter((o) => detail === 'all' || (detail === 'attention' && needsAttention(o)));
  for (const o of shown) {
    // File names and messages with visible escapes: a name with a newline, ESC or U+202E cannot forge or hide a line.
    const name = visible(o.sourceFile);
    const head = `${w.label[o.status].padEnd(7)} ${name}`;
    const messages = messagesOf(o, lang);
    // How many lines were left out: the dropped note at the end says it with where they stood, when it counts them all.
    if (o.read) messages.unshift(readNote(o.read, o.dropped === undefined || droppedTotal(o.dropped) !== o.read.leftOut, lang));
    if (o.dropped) messages.push(droppedNote(o.dropped, lang));
    lines.push(messages.length === 0 ? head : `${head}: ${messages.join('; ')}`);
  }
  const count = (s: SeedOutcome['status']): string => w.number(outcomes.filter((o) => o.status === s).length);
  const problems = outcomes.filter((o) => o.problems.length > 0).length;
  const hidden = outcomes.length - shown.length;
  lines.push(
    w.summary({
      files: w.number(outcomes.length),
      ok: count('ok'),
      warning: count('warning'),
      error: count('error'),
      ignored: count('ignored'),
      problems: w.number(problems),
      articles: w.number(articleCount),
    }) + (hidden > 0 && outcomes.some((o) => o.status !== 'ok') ? w.notListed(w.number(hidden)) : ''),
  );
  return lines.join('\n');
}

const TITLE_SHOWN = 60;

/**
 * `"Jokowi Resmikan Bendungan…" · Kompas.com · 2023-05-16 · by Ardito Ramadhan, Icha Rastika · 3 lines left out`;
 * without `withCount` the count is left to the line's dropped note (droppedNote).
 */
export function readNote(r: SeedRead, withCount = true, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const title = visible(r.title.length > TITLE_SHOWN ? `${r.title.slice(0, TITLE_SHOWN).trimEnd()}…` : r.title);
  return [
    `"${title}"`,
    r.outlet ?? w.noOutlet,
    r.published ? r.published.slice(0, 10) : w.noDate,
    r.authors.length ? w.by(r.authors.join(', ')) : w.noAuthor,
    withCount ? (r.leftOut === 0 ? w.nothingLeftOut : w.leftOut(r.leftOut)) : '',
  ]
    .filter((p) => p !== '')
    .join(' · ');
}

/** "dropped 57 lines of page furniture (23 before the headline, 4 in the story, 30 after it)". */
const droppedTotal = (d: NonNullable<SeedOutcome['dropped']>): number => d.before + d.inside + d.after;

export function droppedNote(d: NonNullable<SeedOutcome['dropped']>, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const parts = [d.before > 0 ? w.before(d.before) : '', d.inside > 0 ? w.inside(d.inside) : '', d.after > 0 ? w.after(d.after) : ''].filter((p) => p !== '');
  return w.dropped(droppedTotal(d), parts.join(', '));
}

/** `--strict`: any unreadable seed, or any problem with a seed file, fails the build. */
export function isStrictFailure(outcomes: SeedOutcome[]): boolean {
  return outcomes.some((o) => o.status === 'error' || o.problems.length > 0);
}
