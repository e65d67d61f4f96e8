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
import { guessOf, notice, type Notice } from '../notices.ts';


export interface HtmlArticle {
  found: Extracted;
  sourceUrl: string | null;
  modified: string | null;
  /** When the page was saved, as its saving tool wrote it (html/saved.ts). */
  accessed: string | null;
  omitted: OmittedLine[];
  warnings: Notice[];
}

export function ingestHtml(source: string): { ok: true; article: HtmlArticle } | { ok: false; error: Notice } {
  const read = readPage(source);
  if (!read.ok) return read;
  const page = read.page;
  const cleaned = cleanBlocks(page.blocks);
  if (cleaned.blocks.length === 0) return { ok: false, error: notice('html.only-furniture') };

  const textWarnings: Notice[] = [];
  const withTitle = page.title ? [{ text: page.title, type: 'heading' as const, depth: 1 }, ...cleaned.blocks] : cleaned.blocks;
  const found = extract({ ...cleaned, blocks: withTitle }, textWarnings, page.tags);
  // Guesses of the text rules that the page's own declarations make moot.
  const declares = { title: Boolean(page.title), date: Boolean(page.published), outlet: Boolean(page.outlet) };
  const kept = textWarnings.filter((w) => {
    const guess = guessOf(w);
    return guess === null || !declares[guess];
  });
  const warnings = [...page.warnings];
  if (page.published) {
    found.published = page.published;
    found.yearInferred = false;
  }
  if (page.outlet) {
    if (found.outlet && found.outlet !== page.outlet.name && page.outlet.known) {
      warnings.push(notice('html.outlet-vs-credit', { outlet: page.outlet.name, from: page.outlet.from, credit: found.outlet }));
    }
    found.outlet = page.outlet.known || !found.outlet ? page.outlet.name : found.outlet;
    if (!page.outlet.known && found.outlet === page.outlet.name) {
      warnings.push(notice('html.outlet-unknown', { outlet: page.outlet.name, from: page.outlet.from }));
    }
  }
  if (page.author) found.author = page.author;
  if (page.editor && !found.editor) found.editor = page.editor;
  const dropped = page.blocks.length - cleaned.blocks.length;
  if (dropped > 0) warnings.push(notice('html.blocks-dropped', { count: dropped }));
  const omitted = [...page.leftOut, ...omittedLines(cleaned.removed)];
  return { ok: true, article: { found, sourceUrl: page.sourceUrl, modified: page.modified, accessed: savedDate(source), omitted, warnings: [...warnings, ...kept] } };
}
