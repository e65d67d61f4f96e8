/**
 * One page per article: the record as the page prints it, its neighbours in
 * time, related articles, the citation block, schema.org and Open Graph data.
 */
import type { Article } from '../ingest/types.ts';
import { pageFile, sourceCopyFile, URLS } from '../urls.ts';
import { citation, safeHttpUrl } from './citation.ts';
import { type ArchiveContext, authorDir, type Entry, monthDir, outletDir, pageBase, topicDir } from './context.ts';
import { formatLong, formatTime, monthYear, parsePublished, readingMinutes, type PublishedDate } from './dates.ts';
import { headerNotes, omittedNotes, readingNotes } from './notes.ts';
import { UI } from './indonesian.ts';
import { PAGE_TEXT } from './pageTexts.ts';
import { relatedInputs, relatedLists, type RelatedInput, type RelatedLists } from './related.ts';
import type { ArticlePage, Link } from './types.ts';

/** `2020-02-03T06:25:00+07:00` with a time, `2020-02-03` without. */
const isoOf = (d: PublishedDate): string => (d.time ? d.rfc3339 : `${d.year}-${d.month}-${d.day}`);

/**
 * The article pages of an archive without making them: their paths, what each is made from, and
 * the page itself on demand. A rebuild makes only the pages whose inputs changed (src/pipeline/plan.ts),
 * and a cold build makes them a run at a time, so 100,000 view models are never held at once.
 */
export interface ArticlePageSource {
  /** Output paths in archive order (the order of ArchiveModel.pages.articles). */
  readonly paths: readonly string[];
  /** The page's date for the sitemap (`2020-02-03`), or null. */
  lastmod(i: number): string | null;
  /**
   * What page `i` is made from besides the archive code and the options: the article itself and the
   * articles it shows (neighbours, related; null for no neighbour), each with its folder, and the
   * group links it prints. Equal inputs, equal page.
   */
  inputs(i: number): { shows: readonly (Article | null)[]; folders: readonly string[]; links: string };
  page(i: number): ArticlePage;
  /** The place of a record's page in archive order, or -1. */
  indexOf(a: Article): number;
}

/** What the related lists of the archive's articles are computed from, in archive order (relatedIndices). */
export function relatedInputsOf(ctx: ArchiveContext): RelatedInput[] {
  return relatedInputs(ctx.ordered.map((e) => e.article));
}

/** `related`: the related lists of `ctx.ordered` (relatedLists). */
export function articlePageSource(ctx: ArchiveContext, related: RelatedLists): ArticlePageSource {
  const { ordered } = ctx;
  let places: Map<Article, number> | undefined;
  const around = (i: number): { newer: Entry | null; older: Entry | null } => {
    const d = ordered[i]!.date;
    // Neighbours stay within the dated chain or within the undated one.
    const sameChain = d ? ctx.dated : ctx.undated;
    const pos = d ? i : i - ctx.dated.length;
    return { newer: pos > 0 ? sameChain[pos - 1]! : null, older: pos < sameChain.length - 1 ? sameChain[pos + 1]! : null };
  };
  return {
    paths: ordered.map((e) => pageFile(e.dir)),
    lastmod: (i) => ordered[i]!.card.dateIso,
    inputs(i) {
      const e = ordered[i]!;
      const { newer, older } = around(i);
      const shown = [e, older, newer, ...related.of(i).map((j) => ordered[j]!)];
      const a = e.article;
      const links = [
        a.outlet ? outletDir(ctx, a.outlet) : '',
        ...[...new Set(a.topics)].map((t) => topicDir(ctx, t)),
        '',
        ...[...new Set(a.authors)].map((p) => authorDir(ctx, p)),
      ].join('\n');
      return { shows: shown.map((s) => s?.article ?? null), folders: shown.map((s) => s?.dir ?? ''), links };
    },
    page: (i) => articlePage(ctx, i, around(i), related.of(i)),
    indexOf(a) {
      places ??= new Map(ordered.map((e, i) => [e.article, i]));
      return places.get(a) ?? -1;
    },
  };
}

/** Every article page, in archive order. */
export function articlePages(ctx: ArchiveContext): ArticlePage[] {
  const source = articlePageSource(ctx, relatedLists(ctx.ordered.map((e) => e.article)));
  return source.paths.map((_, i) => source.page(i));
}

function articlePage(ctx: ArchiveContext, i: number, { newer, older }: { newer: Entry | null; older: Entry | null }, related: readonly number[]): ArticlePage {
  const { ordered } = ctx;
  const e = ordered[i]!;
  const a = e.article;
  const d = e.date;
  const base = pageBase(ctx, pageFile(e.dir), a.title, e.card.excerpt, 'none');
  const minutes = readingMinutes(a.wordCount);
  const topics = [...new Set(a.topics)].map((t) => ({ href: pageFile(topicDir(ctx, t)), text: t }));
  const authors = [...new Set(a.authors)];
  const archiveLink: Link = d
    ? { href: pageFile(monthDir(d)), text: monthYear(d.year, d.month) }
    : { href: pageFile(URLS.undated), text: UI.undated };
  const sourceUrl = safeHttpUrl(a.sourceUrl);
  const modified = parsePublished(modifiedOf(a));
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: e.card.excerpt,
    inLanguage: 'id',
    wordCount: a.wordCount,
    ...(d ? { datePublished: isoOf(d) } : {}),
    ...(authors.length ? { author: authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(a.editor ? { editor: { '@type': 'Person', name: a.editor } } : {}),
    ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
    ...(a.dateline ? { locationCreated: { '@type': 'Place', name: a.dateline } } : {}),
    ...(topics.length ? { keywords: topics.map((t) => t.text) } : {}),
    ...(base.canonical ? { url: base.canonical, mainEntityOfPage: base.canonical } : {}),
    ...(sourceUrl ? { isBasedOn: sourceUrl } : {}),
    ...(modified ? { dateModified: isoOf(modified) } : {}),
  };
  return {
    ...base,
    article: {
      id: a.id,
      title: a.title,
      titleDerived: a.titleDerived,
      outlet: a.outlet ? { href: pageFile(outletDir(ctx, a.outlet)), text: a.outlet } : null,
      dateline: a.dateline,
      dateLong: d ? formatLong(d) : null,
      timeText: d ? formatTime(d) : null,
      dateIso: d ? isoOf(d) : null,
      yearInferred: a.yearInferred,
      archiveLink,
      readingMinutes: minutes,
      readingText: PAGE_TEXT.article.readingTime(minutes),
      wordCount: a.wordCount,
      lead: a.lead,
      body: a.body.map((b) => ({ type: b.type, text: b.text })),
      topics,
      authors: authors.map((name) => ({ href: pageFile(authorDir(ctx, name)), text: name })),
      editor: a.editor,
      photographer: a.photographer,
      sourceFile: a.sourceFile,
      seedCopy: ctx.sources ? sourceCopyFile(e.dir, a.sourceFile) : null,
      source: sourceUrl ? { href: sourceUrl, text: hostOf(sourceUrl) } : null,
      modifiedLong: modified ? formatLong(modified) : null,
      modifiedIso: modified ? isoOf(modified) : null,
      citation: citation({ id: a.id, title: a.title, titleDerived: a.titleDerived, authors, outlet: a.outlet, date: d, sourceUrl, archiveUrl: base.canonical, accessed: parsePublished(a.accessed) }),
      prev: older ? older.card : null,
      next: newer ? newer.card : null,
      related: related.map((j) => ordered[j]!.card),
      warnings: a.warnings,
      headerNotes: headerNotes(a),
      notes: readingNotes(a.notices),
      omitted: omittedNotes(a.omitted),
    },
    jsonLd,
    og: { type: 'article', title: a.title, description: e.card.excerpt, url: base.canonical, publishedTime: d ? d.rfc3339 : null, authors },
    crumbs: [ctx.crumbs.home, archiveLink],
  };
}

function modifiedOf(a: Article): string | null {
  return typeof a.modified === 'string' ? a.modified : null;
}

/** `www.kompas.com` → `kompas.com`: the original's site, as a link text. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
