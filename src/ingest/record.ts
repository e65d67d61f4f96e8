/**
 * The Article record's fields in contract order (src/ingest/types.ts), and the
 * one way a record is made from a larger object: only these fields, in this
 * order, body blocks with only their type and text. Ingest builds its records
 * with it (no draft-only field leaks, plus the notices that the exports leave
 * out), the exports write what `exportRecord` returns.
 */
import type { Article } from './types.ts';

/** The contract's field order: dist/data/articles.json keys and articles.csv columns. */
export const ARTICLE_FIELDS = [
  'id',
  'slug',
  'url',
  'sourceFile',
  'title',
  'titleDerived',
  'outlet',
  'dateline',
  'published',
  'yearInferred',
  'authors',
  'editor',
  'photographer',
  'lead',
  'body',
  'topics',
  'topicSources',
  'wordCount',
  'warnings',
  'omitted',
  'sourceUrl',
  'modified',
  'accessed',
] as const satisfies readonly (keyof Article)[];

/** Exactly the contract's fields of `from`, in contract order, then its notices (the warnings as codes). */
export function articleRecord(from: Article): Article {
  return { ...exportRecord(from), notices: from.notices.map((n) => ({ ...n })) };
}

/** What the exports write of an article: exactly the contract's fields, in contract order. */
export function exportRecord(from: Article): Omit<Article, 'notices'> {
  const out: Record<string, unknown> = {};
  for (const f of ARTICLE_FIELDS) {
    if (f === 'body') out[f] = from.body.map((b) => ({ type: b.type, text: b.text }));
    else if (f === 'authors') out[f] = [...from.authors];
    else if (f === 'omitted') out[f] = from.omitted.map((o) => ({ text: o.text, reason: o.reason, rule: o.rule }));
    else if (f === 'topicSources') out[f] = from.topicSources.map((t) => ({ topic: t.topic, from: t.from }));
    else out[f] = from[f];
  }
  return out as unknown as Omit<Article, 'notices'>;
}
