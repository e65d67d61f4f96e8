/** Small helpers for the ingest tests. */
import { ingestSeeds } from '../../src/ingest/index.ts';
import type { Article, SeedOutcome } from '../../src/ingest/types.ts';

export const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** Ingests one seed given as text; returns the finished article (slug assigned) and its outcome. */
export function ingestText(text: string, sourceFile = 'uji.txt'): { article: Article | undefined; outcome: SeedOutcome } {
  const result = ingestSeeds([{ sourceFile, bytes: bytes(text) }]);
  return { article: result.articles[0], outcome: result.outcomes[0]! };
}

/** Paragraphs separated by blank lines, as most seeds are laid out. */
export function article(lines: string[]): string {
  return lines.join('\n\n');
}
