/** The build report: one line per seed with its status and messages, then a summary. */
import { visible } from './ingest/messages.ts';
import type { SeedOutcome } from './ingest/types.ts';

const LABEL: Record<SeedOutcome['status'], string> = {
  ok: 'ok',
  warning: 'warning',
  error: 'ERROR',
  ignored: 'ignored',
};

export function formatReport(outcomes: SeedOutcome[], articleCount: number): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    // File names and messages with visible escapes: a name with a newline, ESC or U+202E cannot forge or hide a line.
    const name = visible(o.sourceFile);
    const head = `${LABEL[o.status].padEnd(7)} ${name}`;
    // Messages name their file so they stand alone elsewhere (dev server log, JSON); the line names it once.
    const prefix = `${name}: `;
    const messages = o.messages.map((m) => visible(m)).map((m) => (m.startsWith(prefix) ? m.slice(prefix.length) : m));
    if (o.dropped) messages.push(droppedNote(o.dropped));
    lines.push(messages.length === 0 ? head : `${head}: ${messages.join('; ')}`);
  }
  const count = (s: SeedOutcome['status']): number => outcomes.filter((o) => o.status === s).length;
  const problems = outcomes.filter((o) => o.problems.length > 0).length;
  lines.push(
    `${outcomes.length} files: ${count('ok')} ok, ${count('warning')} with warnings, ${count('error')} errors, ` +
      `${count('ignored')} ignored; ${problems} with problems; ${articleCount} articles.`,
  );
  return lines.join('\n');
}

/** "dropped 57 lines of page furniture (23 before the headline, 4 in the story, 30 after it)". */
export function droppedNote(d: NonNullable<SeedOutcome['dropped']>): string {
  const total = d.before + d.inside + d.after;
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
