/**
 * `.html` / `.htm` seeds: a saved page → the fields of an Article. What the
 * page declares (html/page.ts) comes first; the project's text rules run on
 * the article's blocks after it: furniture rules (clean.ts) take out "Baca
 * juga" links and the like, extract.ts reads the dateline, credits and, when
 * the page declares none, the outlet and the date.
 */
import { cleanBlocks, omittedLines } from '../clean.ts';
import type { OmittedLine } from '../types.ts';
import { extract, type Extracted } from '../extract.ts';
import { readPage } from './page.ts';
import { savedDate } from './saved.ts';


export interface HtmlArticle {
  found: Extracted;
  sourceUrl: string | null;
  modified: string | null;
  /** When the page was saved, as its saving tool wrote it (html/saved.ts). */
  accessed: string | null;
  omitted: OmittedLine[];
  warnings: string[];
}

// Warnings of the text rules that a declaration makes moot.
const TITLE_GUESS = /^no headline/;
const DATE_GUESS = /published|no date|date .*no year|year of|time in/;
const OUTLET_GUESS = /outlet/;

export function ingestHtml(source: string): { ok: true; article: HtmlArticle } | { ok: false; error: string } {
  const read = readPage(source);
  if (!read.ok) return read;
  const page = read.page;
  const cleaned = cleanBlocks(page.blocks);
  if (cleaned.blocks.length === 0) return { ok: false, error: 'no article text in the page (only page furniture)' };

  const textWarnings: string[] = [];
  const withTitle = page.title ? [{ text: page.title, type: 'heading' as const, depth: 1 }, ...cleaned.blocks] : cleaned.blocks;
  const found = extract({ ...cleaned, blocks: withTitle }, textWarnings, page.tags);
  const kept = textWarnings.filter(
    (w) => !(page.title && TITLE_GUESS.test(w)) && !(page.published && DATE_GUESS.test(w)) && !(page.outlet && OUTLET_GUESS.test(w)),
  );
  const warnings = [...page.warnings];
  if (page.published) {
    found.published = page.published;
    found.yearInferred = false;
  }
  if (page.outlet) {
    if (found.outlet && found.outlet !== page.outlet.name && page.outlet.known) {
      warnings.push(`outlet "${page.outlet.name}" from ${page.outlet.from}; the text's credit line names "${found.outlet}"`);
    }
    found.outlet = page.outlet.known || !found.outlet ? page.outlet.name : found.outlet;
    if (!page.outlet.known && found.outlet === page.outlet.name) {
      warnings.push(`outlet "${page.outlet.name}" (${page.outlet.from}) is not in the outlet table; kept as written`);
    }
  }
  if (page.author) found.author = page.author;
  if (page.editor && !found.editor) found.editor = page.editor;
  const dropped = page.blocks.length - cleaned.blocks.length;
  if (dropped > 0) warnings.push(`${dropped} block(s) of page furniture dropped from the article`);
  const omitted = [...page.leftOut, ...omittedLines(cleaned.removed)];
  return { ok: true, article: { found, sourceUrl: page.sourceUrl, modified: page.modified, accessed: savedDate(source), omitted, warnings: [...warnings, ...kept] } };
}
