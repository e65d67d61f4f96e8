/**
 * Topic tagging from the gazetteer (data/topics.ts): whole-word matches of
 * every alias, compiled once into two prefix-trie regular expressions — one run over the
 * lower-cased text (cheaper than the `i` flag), one for acronyms listed as
 * `caseSensitive` ("AS", "WHO") that only match in that exact case. A part of
 * a hyphenated word counts ("Rusia-Ukraina" mentions both). Topics are
 * ordered by how often they are mentioned, then by table order.
 *
 * Evidence rules: a name inside an organisation's name ("Bank Indonesia") is not
 * the topic; a `weak` name (BMKG) counts only beside the topic's own name; the
 * outlet's own tags are topics too, merged with the gazetteer by alias.
 */
import { ORGANISATION_AFTER, ORGANISATION_BEFORE, TOPIC_GAZETTEER } from './data/topics.ts';
import { trieSource } from './trie.ts';
import type { TopicFound } from './types.ts';

const byAlias = new Map<string, string>(); // lower-cased alias → topic
const byExact = new Map<string, string>(); // exact-case alias → topic
const weakAlias = new Set<string>(); // lower-cased weak names
const order = new Map<string, number>();
TOPIC_GAZETTEER.forEach((t, i) => {
  order.set(t.name, i);
  const exact = new Set(t.caseSensitive ?? []);
  for (const a of [t.name, ...t.aliases]) if (!exact.has(a)) byAlias.set(a.toLowerCase(), t.name);
  for (const a of exact) byExact.set(a, t.name);
  for (const w of t.weak ?? []) weakAlias.add(w.toLowerCase());
});
const anyAlias = new Map<string, string>(byAlias);
TOPIC_GAZETTEER.forEach((t) => {
  for (const w of t.weak ?? []) anyAlias.set(w.toLowerCase(), t.name);
});

// `\b` lets the engine skip mid-word positions cheaply; the exact Unicode boundary is checked by hand.
const INSENSITIVE = new RegExp(`\\b(?:${trieSource(anyAlias.keys())})(?![\\p{L}\\p{N}])`, 'gu');
const SENSITIVE = byExact.size > 0 ? new RegExp(`\\b(?:${trieSource(byExact.keys())})(?![\\p{L}\\p{N}])`, 'gu') : null;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ORG_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${ORGANISATION_BEFORE.join('|')})\\s+$`, 'u');
const ORG_AFTER = new RegExp(`^\\s+(?:${ORGANISATION_AFTER.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** Canonical topic for a name given by a user (front matter, an outlet's tag), or null when the gazetteer does not know it. */
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

/** The match at [start, end) of `original` is part of an organisation's capitalised name. */
function inOrganisationName(original: string, start: number, end: number): boolean {
  return ORG_BEFORE.test(original.slice(Math.max(0, start - 30), start)) || ORG_AFTER.test(original.slice(end, end + 30));
}

interface Counts {
  strong: Map<string, number>;
  weak: Map<string, number>;
}

function scan(search: string, original: string, re: RegExp, map: ReadonlyMap<string, string>, counts: Counts): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(search)) !== null) {
    if (wordCharBefore(search, m.index)) continue;
    const topic = map.get(m[0]);
    if (!topic || inOrganisationName(original, m.index, m.index + m[0].length)) continue;
    const into = weakAlias.has(m[0]) ? counts.weak : counts.strong;
    into.set(topic, (into.get(topic) ?? 0) + 1);
  }
}

/** Mentions per topic in the text: weak names only where the topic is also named outright. */
function mentions(text: string): Map<string, number> {
  const counts: Counts = { strong: new Map(), weak: new Map() };
  // Lower-casing keeps offsets for the texts news holds (no "İ"); the original is read for capitals.
  const lower = text.toLowerCase();
  scan(lower.length === text.length ? lower : text, text, lower.length === text.length ? INSENSITIVE : new RegExp(INSENSITIVE.source, 'giu'), anyAlias, counts);
  if (SENSITIVE) scan(text, text, SENSITIVE, byExact, counts);
  for (const [topic, n] of counts.weak) if (counts.strong.has(topic)) counts.strong.set(topic, counts.strong.get(topic)! + n);
  return counts.strong;
}

const ranked = (counts: ReadonlyMap<string, number>): string[] =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0)).map(([name]) => name);

/** Topics mentioned in the text, most mentioned first. */
export function findTopics(text: string): string[] {
  return ranked(mentions(text));
}

const MAX_TAG = 60;
/** An outlet's tag as a topic name: the gazetteer's name when an alias matches, else the tag tidied (lower-case words capitalised). */
export function tagTopic(tag: string): string | null {
  const t = tag.replace(/^[#\s]+|[\s,;.]+$/g, '').replace(/\s+/g, ' ');
  if (t.length < 2 || t.length > MAX_TAG || !/\p{L}/u.test(t)) return null;
  // "Corruption Eradication Commission (KPK)": the name or its acronym may be the gazetteer's.
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(t);
  const known = canonicalTopic(t) ?? (paren ? (canonicalTopic(paren[2]!) ?? canonicalTopic(paren[1]!)) : null);
  if (known) return known;
  return t === t.toLowerCase() ? t.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : t;
}

/**
 * The record's topics and where each was read: the outlet's tags first (in their order), then the
 * gazetteer's topics named in the headline or the kept body, most mentioned first.
 */
export function assignTopics(title: string, body: string, tags: readonly string[]): TopicFound[] {
  const out: TopicFound[] = [];
  const seen = new Set<string>();
  const add = (topic: string, from: TopicFound['from']): void => {
    const k = topic.toLowerCase();
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ topic, from });
  };
  for (const tag of tags) {
    const t = tagTopic(tag);
    if (t) add(t, 'tag');
  }
  const inTitle = mentions(title);
  const all = mentions(`${title}\n${body}`);
  for (const topic of ranked(all)) add(topic, inTitle.has(topic) ? 'title' : 'body');
  return out;
}
