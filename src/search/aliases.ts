/**
 * Why a query finds articles that do not contain its words: the index's topics
 * field holds every alias of an article's gazetteer topics, so "Tiongkok" finds
 * the China-tagged articles. The page and the CLI say so ("Tiongkok → topik China")
 * and highlight the topic's own name in the results.
 */
import { TOPIC_GAZETTEER } from '../ingest/data/topics.ts';
import { tokenizeForQuery } from './indonesian/index.ts';

export interface AliasNote {
  /** The alias as it appears in the query. */
  typed: string;
  /** The canonical topic name. */
  topic: string;
}

const norm = (text: string): string[] => tokenizeForQuery(text).map((t) => t.text);

/** Aliases (other than the topic's own name) in the query's words, each topic once. */
export function aliasNotes(query: string): AliasNote[] {
  const toks = tokenizeForQuery(query);
  const words = toks.map((t) => t.text);
  const out: AliasNote[] = [];
  for (const topic of TOPIC_GAZETTEER) {
    const own = norm(topic.name).join(' ');
    for (const alias of topic.aliases) {
      const a = norm(alias);
      if (a.length === 0 || a.join(' ') === own) continue;
      const at = words.findIndex((_, i) => a.every((w, k) => words[i + k] === w));
      if (at < 0) continue;
      const first = toks[at];
      const last = toks[at + a.length - 1];
      if (first && last) out.push({ typed: query.slice(first.start, last.end), topic: topic.name });
      break;
    }
  }
  return out;
}

/** The topic an alias or a topic's own name stands for ("korut" → "Korea Utara"), or null. */
export function topicOfAlias(text: string): string | null {
  const typed = norm(text).join(' ');
  if (typed === '') return null;
  for (const topic of TOPIC_GAZETTEER) {
    if ([topic.name, ...topic.aliases].some((a) => norm(a).join(' ') === typed)) return topic.name;
  }
  return null;
}
