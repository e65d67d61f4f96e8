/**
 * `npm run search -- --out DIR [options] QUERY…`: searches a built site's index
 * through the same engine (piece loading, partial lunr index), the same query
 * language (syntax.ts) and the same filters (facets.ts) as the search page.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { aliasNotes, topicOfAlias } from './aliases.ts';
import { DATE_FORMS, readDayBound } from './dateInput.ts';
import { excerpt } from './query.ts';
import { SearchEngine, type ResultDoc } from './engine.ts';
import { resultListText, type ResultFormat } from './resultList.ts';
import { SORT_ORDERS, anyFilter, applyFilters, countOverTime, everyDoc, resolveSlug, sortHits, unpackFacets } from './facets.ts';
import type { Facets, Filters, SortOrder } from './facets.ts';
import { SEARCH_DIR, SEARCH_PARAMS as P } from '../urls.ts';
import { fileLoader } from './node-loader.ts';
import { formatNumber, rangeOf, SAY, SEARCH_FIELD_HELP, UI } from '../archive/indonesian.ts';

/** The help, in the page's language (its field lines are the page's, SEARCH_FIELD_HELP). */
const USAGE =
  `cara pakai: npm run search -- --out FOLDER [--json | --csv | --bibtex | --ris] [--stdin] [--limit N] [--${P.outlet} MEDIA…] [--${P.topic} TOPIK…] ` +
  `[--${P.year} TTTT…] [--${P.from} TANGGAL] [--${P.to} TANGGAL] [--${P.order} relevansi|terbaru|terlama] [KATA…]\n` +
  `TANGGAL: ${DATE_FORMS}. Saringan media, topik dan tahun menerima beberapa nilai (--${P.outlet} a --${P.outlet} b, atau --${P.outlet} a,b): ` +
  'salah satunya cukup. Dengan saringan tanpa KATA: setiap artikel yang lolos saringan, terbaru dulu.\n' +
  '--json: hasil pertama (--limit, bawaan 10) dengan judul, media, tanggal, penulis, alamat, dan kutipan; ' +
  '--csv, --bibtex, --ris: seluruh daftar hasil (atau --limit N pertama) untuk spreadsheet atau pengelola referensi.\n' +
  'KATA: kata-kata, "frasa persis", -kecuali, awal*, =bentuk (hanya bentuk itu: =menteri, bukan kementerian), ' +
  '(a OR b) c dengan kurung, a OR b (ATAU), a AND b (DAN), NOT kata (BUKAN); awalan kolom membatasi kata ke satu kolom:\n' +
  SEARCH_FIELD_HELP.map((h) => `  ${h.example.padEnd(24)} ${h.meaning}`).join('\n');

class UsageError extends Error {}

/** Hides a leading "-" from parseArgs (see runSearchCli). */
const EXCLUDE_MARK = '\u0000';

interface Options {
  /** How results are written: lines for a reader, JSON for tools, or a result list's file (resultList.ts). */
  format: 'text' | 'json' | ResultFormat;
  limit: number;
  filters: Filters;
  order: SortOrder;
}

/** An excerpt as one line, the words found between `**` (the page marks them). */
function excerptLine(text: string, terms: ReadonlySet<string>): string {
  return excerpt(text, terms, 200)
    .map((s) => (s.mark ? `**${s.text}**` : s.text))
    .join('')
    .replace(/\s+/g, ' ');
}

/** Filters and no words: every article that passes them, newest first (or oldest with --urut terlama). */
async function browse(engine: SearchEngine, facets: Facets, o: Options): Promise<string> {
  const hits = sortHits(facets, applyFilters(facets, o.filters, everyDoc(facets)), o.order === 'terlama' ? 'terlama' : 'terbaru');
  const shown = hits.slice(0, o.limit);
  if (o.format !== 'text' && o.format !== 'json') return resultListText(o.format, await engine.listDocs(shown.map((h) => h.doc)), null);
  const docs = await engine.docs(shown.map((h) => h.doc));
  const none = new Set<string>();
  if (o.format === 'json') return JSON.stringify({ query: '', total: hits.length, results: docs.map((d) => jsonResult(d, 0, none)) });
  if (hits.length === 0) return SAY.noneFiltered;
  const lines = [`${rangeOf(1, shown.length, hits.length)} artikel${SAY.browsingLead}`, ...overTimeLine(facets, hits)];
  docs.forEach((d, i) => lines.push(...resultLines(i, d, null, none)));
  if (hits.length > shown.length) lines.push(`     … dan ${formatNumber(hits.length - shown.length)} lagi (--limit N)`);
  return lines.join('\n');
}

function jsonResult(d: ResultDoc, score: number, terms: ReadonlySet<string>): Record<string, unknown> {
  return {
    id: d.id,
    url: d.url,
    score,
    title: d.title,
    titleDerived: d.titleDerived,
    outlet: d.outlet,
    published: d.published,
    date: d.dateText,
    authors: d.authors,
    sourceUrl: d.sourceUrl,
    excerpt: excerptLine(d.text, terms),
  };
}

/** The query over time in one line: `  Hasil menurut tahun: 2020 3 · 2021 0 · 2022 1` (as the page's chart counts). */
function overTimeLine(facets: Facets, hits: readonly { doc: number }[]): string[] {
  const over = countOverTime(facets, hits);
  if (over.bars.length === 0) return [];
  const label = (key: string): string => (over.unit === 'year' ? key : SAY.monthShort(Number(key.slice(5))));
  const bars = over.bars.map((b) => `${label(b.key)} ${formatNumber(b.count)}`).join(' · ');
  return [`  ${SAY.overTime(over.unit, over.bars[0]!.key.slice(0, 4))}: ${bars}${over.undated > 0 ? ` · ${SAY.noDateCount(over.undated)}` : ''}`];
}

function resultLines(i: number, d: ResultDoc, score: number | null, terms: ReadonlySet<string>): string[] {
  return [
    `${String(i + 1).padStart(3)}. ${d.title}`,
    `     ${d.outlet ?? UI.unknownOutlet} · ${d.dateText ?? UI.noDate} · ${d.url}${score === null ? '' : ` · skor ${score.toFixed(3)}`}`,
    `     ${excerptLine(d.text, terms)}`,
  ];
}

async function answer(engine: SearchEngine, facets: Facets, query: string, o: Options): Promise<string> {
  if (query.trim() === '' && anyFilter(o.filters)) return browse(engine, facets, o);
  const outcome = await engine.search(query);
  const hits = sortHits(facets, applyFilters(facets, o.filters, outcome.hits), o.order);
  const shown = hits.slice(0, o.limit);
  if (o.format !== 'text' && o.format !== 'json') return resultListText(o.format, await engine.listDocs(shown.map((h) => h.doc)), null);
  const docs = await engine.docs(shown.map((h) => h.doc));
  const terms = new Set(outcome.terms);
  if (o.format === 'json') return JSON.stringify({ query, total: hits.length, results: shown.map((h, i) => jsonResult(docs[i]!, h.score, terms)) });
  const lines: string[] = [];
  if (hits.length === 0) {
    lines.push(outcome.hits.length > 0 ? SAY.noResultsFiltered(query, outcome.hits.length) : SAY.noResults(query));
    for (const w of outcome.missing) lines.push(`  ${SAY.notInArchive([w.word])}.`);
    if (outcome.parsed.groups.length === 0 && outcome.parsed.stopWords.length > 0)
      lines.push(`  Hanya kata umum (${outcome.parsed.stopWords.join(', ')}), yang tidak diindeks.`);
    const hint = outcome.missing.length > 0 ? await engine.suggest(query) : null;
    if (hint) lines.push(`  Mungkin maksud Anda: ${hint.query}`);
  } else lines.push(`${rangeOf(1, shown.length, hits.length)} hasil untuk “${query}”`, ...overTimeLine(facets, hits));
  for (const p of outcome.parsed.problems) lines.push(`  ${p}`);
  for (const a of aliasNotes(query)) lines.push(`  ${a.typed} → topik ${a.topic}`);
  for (const e of outcome.expansions)
    if (e.terms.length > 0 && !outcome.parsed.groups.flat().some((c) => c.kind === 'word' && c.partial))
      lines.push(`  ${e.prefix}* = ${e.words.slice(0, 8).join(', ')}${e.capped || e.words.length > 8 ? ', …' : ''}`);
  shown.forEach((h, i) => {
    const d = docs[i];
    if (d) lines.push(...resultLines(i, d, h.score, terms));
  });
  if (hits.length > shown.length) lines.push(`     … dan ${formatNumber(hits.length - shown.length)} lagi (--limit N)`);
  return lines.join('\n');
}

type FlagValues = Record<string, string | boolean | string[] | undefined>;

/** A facet flag's values: the flag given several times, or values separated by commas (`--media a,b`). */
function listFlag(values: FlagValues, k: string): string[] {
  const v = values[k];
  const given = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return given.flatMap((x) => x.split(',')).map((x) => x.trim()).filter((x) => x !== '');
}

function readFilters(values: FlagValues, facets: Facets): Filters {
  const str = (k: string): string | null => {
    const v = values[k];
    return typeof v === 'string' && v.trim() !== '' ? v : null;
  };
  const media = listFlag(values, P.outlet).map((m) => {
    const slug = resolveSlug(m, facets.outlets, facets.outletSlugs);
    if (slug === null) throw new UsageError(`--${P.outlet} "${m}": media itu tidak ada di arsip ini (${facets.outletSlugs.join(', ')})`);
    return slug;
  });
  const topik = listFlag(values, P.topic).map((t) => {
    // A topic by slug, by name or by one of its aliases ("korut"), as the search box reads it.
    const alias = topicOfAlias(t);
    const slug = resolveSlug(t, facets.topics, facets.topicSlugs) ?? (alias === null ? null : resolveSlug(alias, facets.topics, facets.topicSlugs));
    if (slug === null) throw new UsageError(`--${P.topic} "${t}": topik itu tidak ada di arsip ini (${facets.topicSlugs.join(', ')})`);
    return slug;
  });
  const tahun = listFlag(values, P.year).map((y) => {
    if (!/^\d{4}$/.test(y)) throw new UsageError(`--${P.year} "${y}": tulis tahun, misalnya 2020`);
    return Number(y);
  });
  const f = { media: [...new Set(media)], topik: [...new Set(topik)], tahun: [...new Set(tahun)], dari: null as string | null, sampai: null as string | null };
  for (const [k, side] of [[P.from, 'start'], [P.to, 'end']] as const) {
    const v = str(k);
    if (v === null) continue;
    const day = readDayBound(v, side);
    if (day === null) throw new UsageError(`--${k} "${v}": tulis tanggal seperti ${DATE_FORMS}`);
    f[k] = day;
  }
  return f;
}

export async function runSearchCli(argv: string[]): Promise<number> {
  let values: FlagValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      // "-rusia" is a query word (exclusion), not a flag: every flag is long.
      args: argv.map((a) => (/^-[^-]/.test(a) ? `${EXCLUDE_MARK}${a}` : a)),
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'dist' },
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        bibtex: { type: 'boolean', default: false },
        ris: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        limit: { type: 'string' },
        // The filters are the search page's address parameters (src/urls.ts).
        [P.outlet]: { type: 'string', multiple: true },
        [P.topic]: { type: 'string', multiple: true },
        [P.year]: { type: 'string', multiple: true },
        [P.from]: { type: 'string' },
        [P.to]: { type: 'string' },
        [P.order]: { type: 'string', default: 'relevansi' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  positionals = positionals.map((p) => (p.startsWith(EXCLUDE_MARK) ? p.slice(EXCLUDE_MARK.length) : p));
  const unmark = (v: string): string => (v.startsWith(EXCLUDE_MARK) ? v.slice(EXCLUDE_MARK.length) : v);
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'string') values[k] = unmark(v);
    else if (Array.isArray(v)) values[k] = v.map(unmark);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const formats = (['json', 'csv', 'bibtex', 'ris'] as const).filter((f) => values[f] === true);
  if (formats.length > 1) {
    console.error(`error: pilih satu: ${formats.map((f) => `--${f}`).join(' atau ')}\n${USAGE}`);
    return 2;
  }
  const format = formats[0] ?? 'text';
  // A result list's file holds the whole list unless --limit says otherwise; lines and JSON the first ten.
  const limit = values.limit === undefined ? (format === 'text' || format === 'json' ? 10 : Infinity) : Number(values.limit);
  if (limit !== Infinity && (!Number.isInteger(limit) || limit < 1)) {
    console.error(`error: --limit: tulis bilangan bulat positif, misalnya 20\n${USAGE}`);
    return 2;
  }
  const order = String(values[P.order]) as SortOrder;
  if (!SORT_ORDERS.includes(order)) {
    console.error(`error: --${P.order} "${String(values[P.order])}": pilih ${SORT_ORDERS.slice(0, -1).join(', ')} atau ${SORT_ORDERS.at(-1)}\n${USAGE}`);
    return 2;
  }
  const out = String(values.out ?? 'dist');
  const searchDir = join(resolve(out), SEARCH_DIR);
  if (!existsSync(join(searchDir, 'meta.js'))) {
    console.error(`error: tidak ada indeks pencarian di ${searchDir} (bangun situsnya dulu: npm run build -- --out ${out})`);
    return 1;
  }
  const filterFlags =
    [P.outlet, P.topic, P.year].some((k) => listFlag(values, k).length > 0) || [P.from, P.to].some((k) => typeof values[k] === 'string' && values[k].trim() !== '');
  if (!values.stdin && positionals.length === 0 && !filterFlags) {
    console.error(`error: tidak ada kata yang dicari dan tidak ada saringan\n${USAGE}`);
    return 2;
  }
  const engine = await SearchEngine.open(fileLoader(searchDir));
  const facets = unpackFacets(engine.meta);
  let filters: Filters;
  try {
    filters = readFilters(values, facets);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`error: ${err.message}`);
    return 2;
  }
  const options: Options = { format, limit, filters, order };
  // A result list's file is written as it is (its own line ends); lines and JSON end in a newline.
  const say = (text: string): void => void (format === 'text' || format === 'json' ? console.log(text) : process.stdout.write(text));
  if (values.stdin) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      const q = line.trim();
      if (q) say(await answer(engine, facets, q, options));
    }
  } else {
    say(await answer(engine, facets, positionals.join(' '), options));
  }
  return 0;
}
