/**
 * `npm run eval -- --pages DIR`: how well real saved pages become records.
 *
 * DIR holds `truth.jsonl` and the pages in up to three forms: `html/<id>.html`
 * (a saved page), `text/<id>.txt` (the whole page's text), and
 * `text-from-headline/<id>.txt` (the text from the headline down). Each page
 * goes through the general ingest entry (ingestSeed), exactly as a seed in
 * seeds/ would, and is compared with its truth record. For `.html` the same
 * measures are printed for the library we build on, alone (Readability on
 * linkedom, its own title, byline, site name and date), side by side.
 *
 *   npm run eval -- --pages ../shared/realpages            the table
 *   npm run eval -- --pages ../shared/realpages --details  also every miss, page by page
 *   npm run eval -- --pages DIR --json out.json            the figures as JSON as well
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestSeed } from '../src/ingest/index.ts';
import { readabilityAlone } from './readability-alone.ts';

export interface Truth {
  id: string;
  title: string;
  outletAccept: string[];
  published: string | null;
  first: string;
  last: string;
  content: string;
}

/** What one extractor made of one page, in the terms the truth uses. */
export interface Extraction {
  title: string;
  outlet: string | null;
  published: string | null;
  /** Body blocks' text, in order. */
  body: string[];
  error?: string;
}

export interface PageScore {
  id: string;
  title: boolean;
  titleNoSuffix: boolean;
  outlet: boolean;
  day: boolean;
  /** null when truth or record has no time. */
  minute: boolean | null;
  first: boolean;
  last: boolean;
  /** Share of the truth content's sentences found in the body. */
  recall: number;
  /** Body blocks that are not article text. */
  furniture: string[];
  error?: string;
}

/** Whitespace-free, quote- and dash-normalised, case-folded: the comparison form. */
export function squash(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** The truth content's sentences (paragraphs are joined without a space, so a sentence end may touch a capital). */
export function sentences(content: string): string[] {
  return content
    .split(/(?<=[.!?]["”']?)(?=\s*[\p{Lu}"“])/u)
    .map((s) => s.trim())
    .filter((s) => squash(s).length >= 12);
}

/** A sentence is in the body whole, or without a leading dateline ("Yogyakarta - …", "JAKARTA, KOMPAS.com - …"). */
function present(sentence: string, body: string): boolean {
  if (body.includes(squash(sentence))) return true;
  // Trailing desk initials ("(bgs/rul)", "[ian]") are furniture the truth keeps.
  const initials = /\s*(?:\([\p{L}\d/ ,.-]{1,24}\)|\[[\p{L}\d/ ,.-]{1,24}\])\s*$/u;
  if (initials.test(sentence) && present(sentence.replace(initials, ''), body)) return true;
  const dash = /^.{2,60}?\s[-–—]{1,2}\s/u.exec(sentence);
  return dash !== null && body.includes(squash(sentence.slice(dash[0].length)));
}

const SUFFIX = /\s*(?:[-|–—:•·]|::)\s*[^-|–—:•·]{2,40}$/u;
const PREFIX = /^[^-|–—:•·]{2,40}?(?:[-|–—•·]|::|:)\s*/u;

/** The day (and minute) of an ISO date in WIB, the zone the truth is written in. */
function wib(iso: string): { day: string; minute: string | null } {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/.exec(iso);
  if (!m) return { day: iso.slice(0, 10), minute: null };
  if (m[2] === undefined) return { day: m[1]!, minute: null };
  const sign = m[4]?.startsWith('-') ? -1 : 1;
  const offset =
    m[4] === undefined ? 7 * 60 : m[4] === 'Z' ? 0 : sign * (Number(m[4].slice(1, 3)) * 60 + Number(m[4].slice(4, 6)));
  const utc = Date.parse(`${m[1]}T${m[2]}:${m[3]}:00Z`) - offset * 60_000;
  const local = new Date(utc + 7 * 60 * 60_000).toISOString();
  return { day: local.slice(0, 10), minute: local.slice(11, 16) };
}

export function scorePage(truth: Truth, got: Extraction): PageScore {
  const body = squash(got.body.join('\n'));
  const content = squash(truth.content);
  const title = squash(got.title);
  const want = squash(truth.title);
  const t = truth.published ? wib(truth.published) : null;
  const g = got.published ? wib(got.published) : null;
  const s = sentences(truth.content);
  const furniture = got.body.filter((b) => {
    const q = squash(b);
    return q !== '' && q !== want && !content.includes(q);
  });
  return {
    id: truth.id,
    title: title === want,
    titleNoSuffix:
      title === want || squash(got.title.replace(SUFFIX, '')) === want || squash(got.title.replace(PREFIX, '')) === want,
    outlet: got.outlet !== null && truth.outletAccept.some((o) => o.toLowerCase() === got.outlet!.toLowerCase()),
    day: t !== null && g !== null && t.day === g.day,
    minute: t?.minute && g?.minute ? t.day === g.day && t.minute === g.minute : null,
    first: present(truth.first, body),
    last: present(truth.last, body),
    recall: s.length === 0 ? 1 : s.filter((x) => present(x, body)).length / s.length,
    furniture,
    ...(got.error ? { error: got.error } : {}),
  };
}

export interface Summary {
  pages: number;
  title: number;
  titleNoSuffix: number;
  outlet: number;
  day: number;
  minute: string;
  firstLast: number;
  recall: number;
  furnitureMedian: number;
  furnitureMean: number;
}

const pct = (n: number, of: number): number => (of === 0 ? 0 : Math.round((1000 * n) / of) / 10);

export function summarise(scores: readonly PageScore[]): Summary {
  const n = scores.length;
  const count = (f: (s: PageScore) => boolean): number => scores.filter(f).length;
  const timed = scores.filter((s) => s.minute !== null);
  const furn = scores.map((s) => s.furniture.length).sort((a, b) => a - b);
  const median = n === 0 ? 0 : n % 2 ? furn[(n - 1) / 2]! : (furn[n / 2 - 1]! + furn[n / 2]!) / 2;
  return {
    pages: n,
    title: pct(count((s) => s.title), n),
    titleNoSuffix: pct(count((s) => s.titleNoSuffix), n),
    outlet: pct(count((s) => s.outlet), n),
    day: pct(count((s) => s.day), n),
    minute: `${count((s) => s.minute === true)}/${timed.length}`,
    firstLast: pct(count((s) => s.first && s.last), n),
    recall: pct(scores.reduce((a, s) => a + s.recall, 0), n),
    furnitureMedian: median,
    furnitureMean: n === 0 ? 0 : Math.round((10 * furn.reduce((a, b) => a + b, 0)) / n) / 10,
  };
}

/** A record (or a skipped seed) → the extraction's terms. */
function fromIngest(sourceFile: string, bytes: Uint8Array): Extraction {
  const { draft, outcome } = ingestSeed({ sourceFile, bytes });
  if (!draft) return { title: '', outlet: null, published: null, body: [], error: outcome.messages[0] ?? 'skipped' };
  return { title: draft.title, outlet: draft.outlet, published: draft.published, body: draft.body.map((b) => b.text) };
}

interface Form {
  name: string;
  folder: string;
  ext: string;
  run: (id: string, bytes: Uint8Array) => Extraction;
}

const FORMS: Form[] = [
  { name: '.html (ours)', folder: 'html', ext: '.html', run: (id, b) => fromIngest(`${id}.html`, b) },
  { name: '.html (Readability alone)', folder: 'html', ext: '.html', run: (_id, b) => readabilityAlone(b) },
  { name: 'text from the headline', folder: 'text-from-headline', ext: '.txt', run: (id, b) => fromIngest(`${id}.txt`, b) },
  { name: 'whole-page text', folder: 'text', ext: '.txt', run: (id, b) => fromIngest(`${id}.txt`, b) },
];

export function evaluate(pagesDir: string): Array<{ form: string; scores: PageScore[]; summary: Summary }> {
  const truths = readFileSync(join(pagesDir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Truth);
  const out: Array<{ form: string; scores: PageScore[]; summary: Summary }> = [];
  for (const form of FORMS) {
    const scores: PageScore[] = [];
    for (const truth of truths) {
      const file = join(pagesDir, form.folder, `${truth.id}${form.ext}`);
      if (!existsSync(file)) continue;
      scores.push(scorePage(truth, form.run(truth.id, new Uint8Array(readFileSync(file)))));
    }
    if (scores.length > 0) out.push({ form: form.name, scores, summary: summarise(scores) });
  }
  return out;
}

function table(results: ReturnType<typeof evaluate>): string {
  const head = ['input', 'pages', 'title', 'title (suffix off)', 'outlet', 'date (day)', 'time (minute)', 'first & last', 'body recall', 'furniture median', 'furniture mean'];
  const rows = results.map(({ form, summary: s }) => [
    form,
    String(s.pages),
    `${s.title}%`,
    `${s.titleNoSuffix}%`,
    `${s.outlet}%`,
    `${s.day}%`,
    s.minute,
    `${s.firstLast}%`,
    `${s.recall}%`,
    String(s.furnitureMedian),
    String(s.furnitureMean),
  ]);
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function details(results: ReturnType<typeof evaluate>): string {
  const lines: string[] = [];
  for (const { form, scores } of results) {
    lines.push('', `## ${form}`);
    for (const s of scores) {
      const misses = [
        s.error ? `error: ${s.error}` : '',
        s.title ? '' : s.titleNoSuffix ? 'title (suffix)' : 'title',
        s.outlet ? '' : 'outlet',
        s.day ? '' : 'date',
        s.minute === false ? 'time' : '',
        s.first ? '' : 'first sentence',
        s.last ? '' : 'last sentence',
        s.recall < 1 ? `recall ${Math.round(s.recall * 100)}%` : '',
        s.furniture.length > 0 ? `${s.furniture.length} furniture` : '',
      ].filter((x) => x !== '');
      lines.push(`- ${s.id}: ${misses.length === 0 ? 'all right' : misses.join(', ')}`);
      for (const f of s.furniture.slice(0, 8)) lines.push(`    furniture: ${JSON.stringify(f.slice(0, 100))}`);
    }
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '../shared/realpages' },
      details: { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const results = evaluate(values.pages);
  console.log(table(results));
  if (values.details) console.log(details(results));
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
}
