/**
 * The build report: one line per seed with its status, what was read (title, outlet, date, authors,
 * lines left out) and its messages, then a summary. A build shows only the seeds that need attention
 * (`attention`); `--verbose` and `npm run report` show every seed (`all`); `--quiet` only the summary.
 */
import { visible } from './ingest/messages.ts';
import type { SeedOutcome, SeedRead } from './ingest/types.ts';

/** A seed kept with guesses is a note to read, not an alarm. */
const LABEL: Record<SeedOutcome['status'], string> = {
  ok: 'ok',
  warning: 'note',
  error: 'ERROR',
  ignored: 'ignored',
};

/** Which seeds get a line of their own. */
export type ReportDetail = 'all' | 'attention' | 'none';

/**
 * Guesses worth a look even when nothing failed: the article has no headline, date or outlet of its own,
 * or nothing of the story was found. Other notes (a time zone assumed, furniture dropped) are routine.
 */
const WORTH_CHECKING: readonly RegExp[] = [/no headline/, /no date found|published left empty/, /no outlet named/, /no body text/, /took longer than/];

/** A seed the reader should look at: it could not be read, the file has a problem, or a guess is worth checking. */
export function needsAttention(o: SeedOutcome): boolean {
  return o.status === 'error' || o.problems.length > 0 || o.messages.some((m) => WORTH_CHECKING.some((w) => w.test(m)));
}

export function formatReport(outcomes: SeedOutcome[], articleCount: number, detail: ReportDetail = 'all'): string {
  const lines: string[] = [];
  const shown = outcomes.filter((o) => detail === 'all' || (detail === 'attention' && needsAttention(o)));
  for (const o of shown) {
    // File names and messages with visible escapes: a name with a newline, ESC or U+202E cannot forge or hide a line.
    const name = visible(o.sourceFile);
    const head = `${LABEL[o.status].padEnd(7)} ${name}`;
    // Messages name their file so they stand alone elsewhere (dev server log, JSON); the line names it once.
    const prefix = `${name}: `;
    const messages = o.messages.map((m) => visible(m)).map((m) => (m.startsWith(prefix) ? m.slice(prefix.length) : m));
    // How many lines were left out: the dropped note at the end says it with where they stood, when it counts them all.
    if (o.read) messages.unshift(readNote(o.read, o.dropped === undefined || droppedTotal(o.dropped) !== o.read.leftOut));
    if (o.dropped) messages.push(droppedNote(o.dropped));
    lines.push(messages.length === 0 ? head : `${head}: ${messages.join('; ')}`);
  }
  const count = (s: SeedOutcome['status']): number => outcomes.filter((o) => o.status === s).length;
  const problems = outcomes.filter((o) => o.problems.length > 0).length;
  const hidden = outcomes.length - shown.length;
  lines.push(
    `${outcomes.length} files: ${count('ok')} ok, ${count('warning')} with notes, ${count('error')} errors, ` +
      `${count('ignored')} ignored; ${problems} with problems; ${articleCount} articles.` +
      (hidden > 0 && outcomes.some((o) => o.status !== 'ok') ? ` (${hidden} not listed; --verbose lists every seed)` : ''),
  );
  return lines.join('\n');
}

const TITLE_SHOWN = 60;

/**
 * `"Jokowi Resmikan Bendungan…" · Kompas.com · 2023-05-16 · by Ardito Ramadhan, Icha Rastika · 3 lines left out`;
 * without `withCount` the count is left to the line's dropped note (droppedNote).
 */
export function readNote(r: SeedRead, withCount = true): string {
  const title = visible(r.title.length > TITLE_SHOWN ? `${r.title.slice(0, TITLE_SHOWN).trimEnd()}…` : r.title);
  return [
    `"${title}"`,
    r.outlet ?? 'no outlet',
    r.published ? r.published.slice(0, 10) : 'no date',
    r.authors.length ? `by ${r.authors.join(', ')}` : 'no author',
    withCount ? (r.leftOut === 0 ? 'nothing left out' : `${r.leftOut} line${r.leftOut === 1 ? '' : 's'} left out`) : '',
  ]
    .filter((p) => p !== '')
    .join(' · ');
}

/** "dropped 57 lines of page furniture (23 before the headline, 4 in the story, 30 after it)". */
const droppedTotal = (d: NonNullable<SeedOutcome['dropped']>): number => d.before + d.inside + d.after;

export function droppedNote(d: NonNullable<SeedOutcome['dropped']>): string {
  const total = droppedTotal(d);
  const parts = [
    d.before > 0 ? `${d.before} before the headline` : '',
    d.inside > 0 ? `${d.inside} in the story` : '',
    d.after > 0 ? `${d.after} after it` : '',
  ].filter((p) => p !== '');
  return `dropped ${total} line${total === 1 ? '' : 's'} of page furniture (${parts.join(', ')})`;
}

/** `--strict`: any unreadable seed, or any problem with a seed file, fails the build. */
export function isStrictFailure(outcomes: SeedOutcome[]): boolean {
  return outcomes.some((o) => o.status === 'error' || o.problems.length > 0);
}
