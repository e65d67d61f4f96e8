/**
 * Optional YAML front matter at the top of a seed. Its fields override what
 * extraction finds. Everything about it is checked: malformed YAML, unknown
 * keys and wrongly typed values become problems (the body is still read).
 * Only YAML is accepted: gray-matter's JavaScript/CoffeeScript engines would
 * run code from a seed, so they are replaced by a refusal.
 */
import matter from 'gray-matter';
import { z } from 'zod';
import { normalizeSpace } from './blocks.ts';
import { sanitizeText } from './read.ts';
import { notice, type Expected, type Got, type Notice } from './notices.ts';

export interface FrontMatter {
  title?: string;
  /** Raw date text (a YAML timestamp is turned back into the text written in the file). */
  date?: string;
  /** `null` when front matter says explicitly that the outlet is unknown. */
  outlet?: string | null;
  dateline?: string;
  /** One byline ("A dan B"), cut into authors like a found one. */
  author?: string;
  /** The authors as a list, in byline order (wins over `author`). */
  authors?: string[];
  editor?: string;
  photographer?: string;
  topics?: string[];
  slug?: string;
  /** The original article's address (`url:`, or its alias `source:`): an http(s) URL. */
  url?: string;
  /** When the text was taken from the web (`accessed:`, or its alias `diakses:`): raw date text, as `date`. */
  accessed?: string;
}

export interface FrontMatterResult {
  data: FrontMatter;
  body: string;
  /** Problems with the front matter itself (file-level). */
  problems: Notice[];
  hasFrontMatter: boolean;
}

/**
 * YAML escapes ("\0", "\u2028", "\uD800") can put characters into a value that
 * the file itself could not carry: clean them like the body text.
 */
const cleanValue = (value: string): string => normalizeSpace(sanitizeText(value));
function isWebAddress(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
const text = (max: number) => z.string().transform(cleanValue).pipe(z.string().min(1).max(max));
const dateValue = z.union([z.string().transform(cleanValue).pipe(z.string().min(1)), z.date()]);
const FIELDS = {
  title: text(2000),
  date: dateValue,
  outlet: z.union([text(200), z.null()]),
  dateline: text(100),
  author: text(300),
  authors: z.array(text(200)).max(50),
  editor: text(300),
  photographer: text(300),
  topics: z.array(text(100)).max(100),
  slug: z.string(),
  url: z.string().transform(cleanValue).pipe(z.string().max(2000).refine(isWebAddress)),
  accessed: dateValue,
} as const;
type Key = keyof typeof FIELDS;
const KEYS = Object.keys(FIELDS) as Key[];

const refuse = (): never => {
  throw new Error('only YAML front matter is supported');
};
const OPTIONS = {
  // Passing options also turns off gray-matter's unbounded content cache.
  engines: { javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse, cson: refuse },
};

function describe(value: unknown): Got {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (value instanceof Date) return { kind: 'date' };
  if (typeof value === 'string') return { kind: 'text', value: value.length > 40 ? value.slice(0, 40) + '…' : value };
  if (typeof value === 'object') return { kind: 'mapping' };
  return { kind: 'scalar', type: typeof value, value: String(value) };
}

/** What each key's value should be (its words are in notices.ts). */
const EXPECTED: Record<Key, Expected> = {
  title: 'text',
  date: 'date',
  outlet: 'text',
  dateline: 'place',
  author: 'text',
  authors: 'names',
  editor: 'text',
  photographer: 'text',
  topics: 'topics',
  slug: 'text',
  url: 'url',
  accessed: 'date',
};

/** Other names of a key (the name written wins nothing: both at once is a problem, the second ignored). */
const ALIASES: readonly (readonly [alias: string, key: Key])[] = [
  // `source:` is another name for `url:` (the address of the original article).
  ['source', 'url'],
  // `diakses:` is the Indonesian name of `accessed:`.
  ['diakses', 'accessed'],
];

/** A date line as written (`date:`, `accessed:` …): YAML turns `2020-02-03` into a Date at UTC midnight, losing what was written. */
function rawDate(matterText: string, key: string): string | null {
  const m = new RegExp(`^${key}\\s*:\\s*['"]?([^'"\\n#]+?)['"]?\\s*(?:#.*)?$`, 'm').exec(matterText);
  return m?.[1] ?? null;
}

/** Splits front matter off a seed's text. Pure; never throws. */
export function parseFrontMatter(source: string): FrontMatterResult {
  if (!source.startsWith('---')) return { data: {}, body: source, problems: [], hasFrontMatter: false };
  const firstLineEnd = source.indexOf('\n');
  const opener = firstLineEnd === -1 ? source : source.slice(0, firstLineEnd);
  // "----" or "--- text" is a rule or a line of text, not a front-matter fence.
  if (!/^---[a-zA-Z]*\s*$/.test(opener)) return { data: {}, body: source, problems: [], hasFrontMatter: false };
  const close = firstLineEnd === -1 ? -1 : source.indexOf('\n---', firstLineEnd);
  if (close === -1) {
    return {
      data: {},
      body: source,
      problems: [notice('fm.unclosed')],
      hasFrontMatter: false,
    };
  }
  const language = opener.slice(3).trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    const rest = source.indexOf('\n', close + 1);
    return {
      data: {},
      body: rest === -1 ? '' : source.slice(rest + 1),
      problems: [notice('fm.language', { language })],
      hasFrontMatter: true,
    };
  }
  const afterClose = source.indexOf('\n', close + 1);
  const bodyAfterFence = afterClose === -1 ? '' : source.slice(afterClose + 1);

  let parsed: { data: Record<string, unknown>; content: string; matter: string };
  try {
    const file = matter(source, OPTIONS);
    parsed = { data: (file.data ?? {}) as Record<string, unknown>, content: file.content, matter: file.matter };
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return {
      data: {},
      body: bodyAfterFence,
      problems: [notice('fm.yaml', { reason: reason ?? '' })],
      hasFrontMatter: true,
    };
  }

  const problems: Notice[] = [];
  const data: FrontMatter = {};
  const raw = parsed.data;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(notice('fm.not-mapping'));
    return { data, body: parsed.content, problems, hasFrontMatter: true };
  }
  const written: Partial<Record<Key, string>> = {};
  for (const [alias, key] of ALIASES) {
    if (!(alias in raw)) continue;
    if (key in raw) problems.push(notice('fm.both', { key, alias }));
    else {
      raw[key] = raw[alias];
      written[key] = alias;
    }
    delete raw[alias];
  }
  for (const key of Object.keys(raw)) {
    if (!(KEYS as string[]).includes(key)) {
      problems.push(notice('fm.unknown-key', { key, known: [...KEYS] }));
    }
  }
  for (const key of KEYS) {
    if (!(key in raw)) continue;
    const value = raw[key];
    const result = FIELDS[key].safeParse(value);
    if (!result.success) {
      problems.push(notice('fm.wrong-type', { key, expected: EXPECTED[key], got: describe(value) }));
      continue;
    }
    const v = result.data;
    switch (key) {
      case 'date':
      case 'accessed':
        data[key] = v instanceof Date ? (rawDate(parsed.matter, written[key] ?? key) ?? v.toISOString()) : (v as string);
        break;
      case 'outlet':
        data.outlet = v as string | null;
        break;
      case 'topics':
      case 'authors':
        data[key] = v as string[];
        break;
      default:
        data[key] = v as string;
    }
  }
  return { data, body: parsed.content, problems, hasFrontMatter: true };
}
