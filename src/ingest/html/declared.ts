/**
 * What a page says about its own article: JSON-LD (NewsArticle and kin), then
 * the meta-tag table (data/meta-tags.ts), then <link rel="canonical">. Values
 * are plain text: markup smuggled into a value (`<script>`, `onerror=`) is
 * taken out and noted, never passed on.
 */
import { JSONLD_ARTICLE_TYPES, META_RULES, TAG_META, type MetaField } from '../data/meta-tags.ts';
import { normalizeSpace } from '../blocks.ts';
import { sanitizeText } from '../read.ts';
import { notice, type Notice } from '../notices.ts';

export interface Declared {
  /** JSON-LD first, then meta rows in table order; each with where it came from. */
  titles: Sourced[];
  published: Sourced[];
  modified: Sourced[];
  authors: Sourced[];
  siteNames: Sourced[];
  urls: Sourced[];
  /** The outlet's tags: JSON-LD keywords, then every article:tag, then keywords meta tags (each a list). */
  tags: Sourced[];
  language: string | null;
  /** Notes about the declarations themselves (bad JSON-LD, markup in a value). */
  notes: Notice[];
}

export interface Sourced {
  value: string;
  /** e.g. `JSON-LD headline`, `meta og:title`, `link rel=canonical`. */
  from: string;
}

/** Minimal view of a DOM element: what linkedom and browsers both have. */
interface ElementLike {
  getAttribute(name: string): string | null;
}
export interface DocumentLike {
  querySelectorAll(selector: string): Iterable<ElementLike> & ArrayLike<ElementLike>;
}

const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|\bon[a-z]+\s*=|javascript\s*:/i;

/** A declared value as plain text; markup is removed (and noted) so no tag or handler survives. */
export function plainValue(raw: string, from: string, notes: Notice[]): string {
  let text = sanitizeText(raw);
  if (MARKUP.test(text)) {
    notes.push(notice('html.declared-markup', { from, value: text.slice(0, 60) }));
    text = text
      .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
      .replace(/<[^>]*>?/g, ' ')
      .replace(/\bon[a-z]+\s*=\s*("[^"]*"|'[^']*'|\S+)/gi, ' ')
      .replace(/javascript\s*:/gi, '');
  }
  return normalizeSpace(text);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every JSON object in a JSON-LD block (through arrays and @graph), breadth-first and bounded. */
function objects(root: Json): Array<{ [key: string]: Json }> {
  const out: Array<{ [key: string]: Json }> = [];
  const queue: Array<{ v: Json; depth: number }> = [{ v: root, depth: 0 }];
  while (queue.length > 0 && out.length < 200) {
    const { v, depth } = queue.shift()!;
    if (depth > 5) continue;
    if (Array.isArray(v)) for (const x of v.slice(0, 100)) queue.push({ v: x, depth: depth + 1 });
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) queue.push({ v: v['@graph'], depth: depth + 1 });
    }
  }
  return out;
}

function types(o: { [key: string]: Json }): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

/** A name from a string, an object with `name`, or a list of either. */
function names(v: Json | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.slice(0, 10).flatMap(names);
  if (isObject(v) && typeof v['name'] === 'string') return [v['name']];
  return [];
}

function idOrString(v: Json | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (isObject(v) && typeof v['@id'] === 'string') return [v['@id']];
  if (isObject(v) && typeof v['url'] === 'string') return [v['url']];
  return [];
}

function readJsonLd(blocks: readonly string[], d: Declared): void {
  for (const raw of blocks) {
    let parsed: Json;
    try {
      // Some sites put a trailing comma or a CDATA wrapper around the JSON.
      parsed = JSON.parse(raw.replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim()) as Json;
    } catch {
      d.notes.push(notice('html.jsonld-invalid'));
      continue;
    }
    for (const o of objects(parsed)) {
      if (!types(o).some((t) => JSONLD_ARTICLE_TYPES.includes(t))) continue;
      const add = (list: Sourced[], values: string[], from: string): void => {
        for (const v of values) {
          const value = plainValue(v, `JSON-LD ${from}`, d.notes);
          if (value !== '') list.push({ value, from: `JSON-LD ${from}` });
        }
      };
      add(d.titles, typeof o['headline'] === 'string' ? [o['headline']] : [], 'headline');
      add(d.published, typeof o['datePublished'] === 'string' ? [o['datePublished']] : [], 'datePublished');
      add(d.modified, typeof o['dateModified'] === 'string' ? [o['dateModified']] : [], 'dateModified');
      add(d.authors, names(o['author']), 'author');
      add(d.siteNames, names(o['publisher']), 'publisher');
      const keywords = o['keywords'];
      add(d.tags, typeof keywords === 'string' ? [keywords] : Array.isArray(keywords) ? [keywords.filter((k): k is string => typeof k === 'string').slice(0, 50).join(', ')] : [], 'keywords');
      for (const url of [...idOrString(o['mainEntityOfPage']), ...(typeof o['url'] === 'string' ? [o['url']] : [])]) {
        d.urls.push({ value: normalizeSpace(sanitizeText(url)), from: 'JSON-LD url' });
      }
      if (d.language === null && typeof o['inLanguage'] === 'string') d.language = o['inLanguage'];
    }
  }
}

export function readDeclared(document: DocumentLike, jsonLd: readonly string[]): Declared {
  const d: Declared = { titles: [], published: [], modified: [], authors: [], siteNames: [], urls: [], tags: [], language: null, notes: [] };
  readJsonLd(jsonLd, d);

  // One query for meta tags, links and microdata (each query walks the whole DOM), indexed by attribute and key.
  const metas = new Map<string, string>();
  const canonicals: string[] = [];
  const microdataDates: string[] = [];
  const articleTags: string[] = [];
  for (const el of Array.from(document.querySelectorAll('meta, link[rel], [itemprop]'))) {
    const rel = el.getAttribute('rel');
    if (rel !== null) {
      const href = el.getAttribute('href');
      if (/(?:^|\s)canonical(?:\s|$)/i.test(rel) && href && href.trim() !== '') canonicals.push(href);
      continue;
    }
    const content = el.getAttribute('content');
    if (el.getAttribute('itemprop') === 'datePublished') {
      const v = el.getAttribute('datetime') ?? content;
      if (v) microdataDates.push(v);
    }
    if (content === null || content.trim() === '') continue;
    // A page gives one article:tag meta tag per tag: all of them, not only the first.
    const property = el.getAttribute('property')?.trim().toLowerCase();
    if (property === 'article:tag' || property === 'og:article:tag') articleTags.push(content);
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv'] as const) {
      const key = el.getAttribute(attr);
      if (key === null) continue;
      const k = `${attr}:${key.trim().toLowerCase()}`;
      if (!metas.has(k)) metas.set(k, content);
    }
  }
  const lists: Record<Exclude<MetaField, 'language'>, Sourced[]> = {
    title: d.titles,
    published: d.published,
    modified: d.modified,
    author: d.authors,
    siteName: d.siteNames,
    url: d.urls,
  };
  const canonical = canonicals[0];
  // Addresses are checked as URLs (html/page.ts), not cleaned as text.
  if (canonical) d.urls.unshift({ value: normalizeSpace(sanitizeText(canonical)), from: 'link rel=canonical' });
  for (const rule of META_RULES) {
    const content = metas.get(`${rule.attr}:${rule.key.toLowerCase()}`);
    if (content === undefined) continue;
    const from = `meta ${rule.key}`;
    const value = rule.field === 'url' ? normalizeSpace(sanitizeText(content)) : plainValue(content, from, d.notes);
    if (value === '') continue;
    if (rule.field === 'language') d.language ??= value;
    else lists[rule.field].push({ value, from });
  }
  // Tags: JSON-LD keywords came first; then the page's article:tag list, then its keywords lists.
  // article:tag comes one meta tag per tag: one list.
  const articleTagList = articleTags.slice(0, 50).map((t) => plainValue(t, 'meta article:tag', d.notes).replace(/[,;|]/g, ' ')).filter((t) => t !== '');
  if (articleTagList.length === 1) d.tags.push({ value: articleTags[0]!, from: 'meta article:tag' });
  else if (articleTagList.length > 1) d.tags.push({ value: articleTagList.join(', '), from: 'meta article:tag' });
  for (const key of TAG_META) {
    const content = metas.get(`name:${key}`);
    const value = content === undefined ? '' : plainValue(content, `meta ${key}`, d.notes);
    if (value !== '') d.tags.push({ value, from: `meta ${key}` });
  }
  // <time datetime> marked as the publication date (microdata on a visible element).
  for (const v of microdataDates) d.published.push({ value: plainValue(v, 'itemprop datePublished', d.notes), from: 'itemprop datePublished' });
  return d;
}
