/**
 * Topic tagging from the gazetteer (data/topics.ts): whole-word matches of
 * every alias, compiled once into two regular expressions (case-insensitive
 * aliases and exact-case acronyms). Topics are ordered by how often they are
 * mentioned, then by table order.
 */
import { TOPIC_GAZETTEER } from './data/topics.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}]|-\\p{L})';

const byAlias = new Map<string, string>(); // lower-cased alias → topic
const byExact = new Map<string, string>(); // exact-case alias → topic
const order = new Map<string, number>();
TOPIC_GAZETTEER.forEach((t, i) => {
  order.set(t.name, i);
  for (const a of [t.name, ...t.aliases]) if (!t.caseSensitive?.includes(a)) byAlias.set(a.toLowerCase(), t.name);
  for (const a of t.caseSensitive ?? []) byExact.set(a, t.name);
});
// An entry whose canonical name is itself an acronym (WHO) must stay exact-case.
for (const t of TOPIC_GAZETTEER) if (t.caseSensitive?.includes(t.name)) byAlias.delete(t.name.toLowerCase());

const alternation = (keys: Iterable<string>): string =>
  [...keys].sort((a, b) => b.length - a.length).map(escape).join('|');
const INSENSITIVE = new RegExp(`${B}(${alternation(byAlias.keys())})${E}`, 'giu');
const SENSITIVE = byExact.size > 0 ? new RegExp(`${B}(${alternation(byExact.keys())})${E}`, 'gu') : null;

/** Canonical topic for a name given by a user (front matter), or null when the gazetteer does not know it. */
export function canonicalTopic(name: string): string | null {
  return byAlias.get(name.trim().toLowerCase()) ?? byExact.get(name.trim()) ?? null;
}

export function findTopics(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(INSENSITIVE)) {
    const topic = byAlias.get(m[1]!.toLowerCase());
    if (topic) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  if (SENSITIVE) {
    for (const m of text.matchAll(SENSITIVE)) {
      const topic = byExact.get(m[1]!);
      if (topic) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
    .map(([name]) => name);
}
