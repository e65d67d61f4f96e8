/**
 * Topic tagging from the gazetteer (data/topics.ts): whole-word matches of
 * every alias, compiled once into two prefix-trie regular expressions — one run over the
 * lower-cased text (cheaper than the `i` flag), one for acronyms listed as
 * `caseSensitive` ("AS", "WHO") that only match in that exact case. A part of
 * a hyphenated word counts ("Rusia-Ukraina" mentions both). Topics are
 * ordered by how often they are mentioned, then by table order.
 */
import { TOPIC_GAZETTEER } from './data/topics.ts';
import { trieSource } from './trie.ts';

const byAlias = new Map<string, string>(); // lower-cased alias → topic
const byExact = new Map<string, string>(); // exact-case alias → topic
const order = new Map<string, number>();
TOPIC_GAZETTEER.forEach((t, i) => {
  order.set(t.name, i);
  const exact = new Set(t.caseSensitive ?? []);
  for (const a of [t.name, ...t.aliases]) if (!exact.has(a)) byAlias.set(a.toLowerCase(), t.name);
  for (const a of exact) byExact.set(a, t.name);
});

// `\b` lets the engine skip mid-word positions cheaply; the exact Unicode boundary is checked by hand.
const INSENSITIVE = new RegExp(`\\b(?:${trieSource(byAlias.keys())})(?![\\p{L}\\p{N}])`, 'gu');
const SENSITIVE = byExact.size > 0 ? new RegExp(`\\b(?:${trieSource(byExact.keys())})(?![\\p{L}\\p{N}])`, 'gu') : null;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Canonical topic for a name given by a user (front matter), or null when the gazetteer does not know it. */
export function canonicalTopic(name: string): string | null {
  const t = name.trim();
  return byExact.get(t) ?? byAlias.get(t.toLowerCase()) ?? null;
}

/** True when the character before `index` is a letter or digit (ASCII fast path). */
function wordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(text[index - 1]!);
}

function scan(text: string, re: RegExp, map: ReadonlyMap<string, string>, counts: Map<string, number>): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (wordCharBefore(text, m.index)) continue;
    const topic = map.get(m[0]);
    if (topic) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
}

/** Topics mentioned in the text, most mentioned first. */
export function findTopics(text: string): string[] {
  const counts = new Map<string, number>();
  scan(text.toLowerCase(), INSENSITIVE, byAlias, counts);
  if (SENSITIVE) scan(text, SENSITIVE, byExact, counts);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
    .map(([name]) => name);
}
