/**
 * Ingest: seed files → typed Article records. Public surface:
 *   scanSeeds(dir)      read the seeds folder (the only function that touches the disk)
 *   ingestSeed(input)   one seed → draft record + outcome (pure; cacheable by content)
 *   assignSlugs(seeds)  the cheap global step: lines recurring across an outlet's articles
 *                       dropped (recurring.ts), unique, order-independent slugs and urls
 *   ingestSeeds(inputs) both of the above, for a whole folder (pure)
 */
import { bySourceFile } from '../collate.ts';
import { reportLine } from './messages.ts';
import { guessOf, notice, noticeText, type Notice } from './notices.ts';
import { FURNITURE } from './data/furniture.ts';
import { capBlocks, textToBlocks } from './blocks.ts';
import { cleanBlocks, omittedLines, UNLOCATED } from './clean.ts';
import { locateArticle } from './headline.ts';
import { findRecurring, menuLines, withoutBlocks, type MenuLines, type RecurringDraft } from './recurring.ts';
import { impossibleIso, parseWholeDate, toIso } from './dates.ts';
import { extract, topicsOf, type Extracted } from './extract.ts';
import { ingestHtml } from './html/index.ts';
import { parseFrontMatter, type FrontMatter } from './frontmatter.ts';
import { markdownToBlocks } from './markdown.ts';
import { resolveOutlet, titleCasePlace } from './outlets.ts';
import { declaredCharset, decodeSeed } from './read.ts';
import { safeSlug, sanitizeUserSlug, slugify, suffixed } from './slug.ts';
import { canonicalTopic } from './topics.ts';
import { articleDir } from '../urls.ts';
import { splitAuthors } from './people.ts';
import { articleRecord } from './record.ts';
import type { Article, DroppedLines, IngestResult, SeedInput, SeedOutcome, SeedRead } from './types.ts';

export { scanSeeds } from './scan.ts';

/** An article before the archive-wide step: no slug or url yet, its notices not yet written out as warnings. */
export interface DraftArticle extends Omit<Article, 'slug' | 'url' | 'warnings'> {
  /** The slug this article asks for (from front matter or its title); made unique by assignSlugs. */
  slugBase: string;
}

export interface IngestedSeed {
  sourceFile: string;
  /** null when nothing of the seed could be read (outcome status 'error'). */
  draft: DraftArticle | null;
  outcome: SeedOutcome;
}

/** Seed path → stable id: the path without its extension ("sub/a.txt" → "sub/a"). */
export function seedId(sourceFile: string): string {
  return sourceFile.replace(/\.(?:txt|md|html?)$/i, '');
}

/** The English of notices, as the records' `warnings` and the report's messages say them. */
const english = (notices: readonly Notice[]): string[] => notices.map((n) => noticeText(n, 'en'));

function outcomeFor(sourceFile: string, warnings: readonly Notice[], problems: readonly Notice[], dropped?: DroppedLines): SeedOutcome {
  const outcome: SeedOutcome = {
    sourceFile,
    status: warnings.length > 0 || problems.length > 0 ? 'warning' : 'ok',
    messages: english(warnings).map((w) => reportLine(sourceFile, w)),
    notices: [...warnings],
    problems: english(problems),
  };
  if (dropped && dropped.before + dropped.inside + dropped.after > 0) outcome.dropped = { ...dropped };
  return outcome;
}

/** A seed nothing could be read of: an error outcome, one report line `<file>: <error>; skipped`. */
export function failedSeed(sourceFile: string, error: Notice): IngestedSeed {
  return errorOutcome(sourceFile, error);
}

function errorOutcome(sourceFile: string, error: Notice, problems: readonly Notice[] = []): IngestedSeed {
  const skipped = notice('seed.skipped', { reason: error });
  return {
    sourceFile,
    draft: null,
    outcome: {
      sourceFile,
      status: 'error',
      messages: [reportLine(sourceFile, noticeText(skipped, 'en'))],
      notices: [skipped],
      problems: english([...problems, error]),
    },
  };
}

/** A front-matter date (`date:`, `accessed:`) → ISO 8601, or the problem with it: both take the same forms. */
function frontMatterDate(key: 'date' | 'accessed', text: string): { iso: string } | { problem: Notice } {
  const value = text.slice(0, 60);
  const isoShaped = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))?$/.test(text);
  const impossible = isoShaped ? impossibleIso(text) : null;
  if (impossible) return { problem: notice('fm.date-impossible', { key, value, why: impossible }) };
  if (isoShaped && text.includes('T')) return { iso: text };
  const found = parseWholeDate(text);
  if (found && found.year !== null) return { iso: toIso(found, found.year) };
  return { problem: notice('fm.date-invalid', { key, value }) };
}

/** Applies front-matter overrides on top of what extraction found. */
function applyFrontMatter(
  fm: FrontMatter,
  draft: DraftArticle,
  warnings: Notice[],
  problems: Notice[],
  guessWarnings: Record<'title' | 'date' | 'outlet', Notice[]>,
): void {
  const drop = (list: readonly Notice[]): void => {
    for (const w of list) {
      const i = warnings.indexOf(w);
      if (i !== -1) warnings.splice(i, 1);
    }
  };
  if (fm.title !== undefined) {
    draft.title = fm.title.replace(/\s+/g, ' ');
    draft.titleDerived = false;
    drop(guessWarnings.title);
  }
  if (fm.date !== undefined) {
    const date = frontMatterDate('date', fm.date);
    if ('iso' in date) {
      draft.published = date.iso;
      draft.yearInferred = false;
      drop(guessWarnings.date);
    } else {
      problems.push(date.problem);
      // What the text itself says (if anything) stays, with its own guess noted.
      warnings.push(date.problem);
    }
  }
  if (fm.accessed !== undefined) {
    const accessed = frontMatterDate('accessed', fm.accessed);
    if ('iso' in accessed) draft.accessed = accessed.iso;
    else {
      problems.push(accessed.problem);
      warnings.push(accessed.problem);
    }
  }
  if (fm.outlet !== undefined) {
    draft.outlet = fm.outlet === null ? null : (resolveOutlet(fm.outlet)?.name ?? fm.outlet.trim());
    drop(guessWarnings.outlet);
  }
  if (fm.dateline !== undefined) draft.dateline = titleCasePlace(fm.dateline);
  if (fm.url !== undefined) draft.sourceUrl = new URL(fm.url).href;
  if (fm.authors !== undefined) draft.authors = [...new Set(fm.authors)];
  else if (fm.author !== undefined) draft.authors = splitAuthors(fm.author);
  if (fm.editor !== undefined) draft.editor = fm.editor;
  if (fm.photographer !== undefined) draft.photographer = fm.photographer;
  if (fm.topics !== undefined) {
    draft.topics = [...new Set(fm.topics.map((t) => canonicalTopic(t) ?? t.trim()))];
    draft.topicSources = draft.topics.map((topic) => ({ topic, from: 'front-matter' as const }));
  }
}

/** A seed's draft from what was found in it (its slug asked for later); `notices` is the list the seed's guesses go on. */
function draftOf(
  sourceFile: string,
  { author, ...found }: Extracted,
  notices: Notice[],
  from: Pick<DraftArticle, 'sourceUrl' | 'modified' | 'accessed' | 'omitted'>,
): DraftArticle {
  return { id: seedId(sourceFile), sourceFile, ...found, authors: splitAuthors(author), photographer: null, notices, ...from, slugBase: '' };
}

/** A saved web page (.html/.htm) → its draft record and outcome. */
function ingestHtmlSeed(input: SeedInput): IngestedSeed {
  const { sourceFile } = input;
  const read = decodeSeed(input.bytes, { maxChars: MAX_HTML_CHARS, charset: declaredCharset(input.bytes) });
  if (!read.ok) return errorOutcome(sourceFile, read.error);
  const problems = [...read.problems];
  const html = ingestHtml(read.text);
  if (!html.ok) return errorOutcome(sourceFile, html.error, problems);
  const { found, sourceUrl, modified, accessed, omitted } = html.article;
  const warnings = [...problems, ...html.article.warnings];
  const draft = draftOf(sourceFile, found, warnings, { sourceUrl, modified, accessed, omitted });
  draft.slugBase = safeSlug(slugify(found.title.replace(/…$/, '')), seedId(sourceFile));
  if (draft.body.length === 0) warnings.push(notice('body.none'));
  return { sourceFile, draft, outcome: outcomeFor(sourceFile, warnings, problems) };
}

/** A saved page may be large (inline images, SingleFile); scripts and styles are cut before the page is parsed. */
const MAX_HTML_CHARS = 64 * 1024 * 1024;

/** One seed → its draft record and outcome. Pure: depends only on the input. */
export function ingestSeed(input: SeedInput): IngestedSeed {
  const { sourceFile } = input;
  try {
    if (/\.html?$/i.test(sourceFile)) return ingestHtmlSeed(input);
    const read = decodeSeed(input.bytes);
    if (!read.ok) return errorOutcome(sourceFile, read.error);
    const problems = [...read.problems];
    const fm = parseFrontMatter(read.text);
    problems.push(...fm.problems);

    const readWarnings: Notice[] = [];
    const isMarkdown = /\.md$/i.test(sourceFile);
    const raw = capBlocks(
      isMarkdown ? markdownToBlocks(fm.body, readWarnings) : textToBlocks(fm.body, readWarnings),
      readWarnings,
    );
    // Cutting a giant line or paragraph list is a problem with the file itself (--strict fails on it).
    problems.push(...readWarnings);
    // Plain text may be a whole page: the article is searched for inside it.
    const cleaned = cleanBlocks(raw, isMarkdown ? UNLOCATED : locateArticle(raw));
    if (cleaned.blocks.length === 0 && fm.data.title === undefined) {
      return errorOutcome(sourceFile, notice('seed.no-text', { furnitureOnly: raw.length > 0 }), problems);
    }

    const extractWarnings: Notice[] = [];
    const found = extract(cleaned, extractWarnings);
    const warnings = [...problems, ...extractWarnings];
    const draft = draftOf(sourceFile, found, warnings, {
      sourceUrl: null,
      modified: null,
      accessed: null,
      omitted: omittedLines(cleaned.removed),
    });
    const guesses = (about: 'title' | 'date' | 'outlet'): Notice[] => extractWarnings.filter((w) => guessOf(w) === about);
    applyFrontMatter(fm.data, draft, warnings, problems, { title: guesses('title'), date: guesses('date'), outlet: guesses('outlet') });

    if (fm.data.slug !== undefined) {
      const user = sanitizeUserSlug(fm.data.slug, draft.title || draft.id);
      draft.slugBase = user.slug;
      if (user.problem) {
        problems.push(user.problem);
        warnings.push(user.problem);
      }
    } else {
      draft.slugBase = safeSlug(slugify(draft.title.replace(/…$/, '')), draft.id);
    }
    if (draft.body.length === 0) warnings.push(notice('body.none'));
    return { sourceFile, draft, outcome: outcomeFor(sourceFile, warnings, problems, cleaned.dropped) };
  } catch (err) {
    // A bug must cost one seed, not the build.
    const message = err instanceof Error ? err.message : String(err);
    return errorOutcome(sourceFile, notice('seed.internal-error', { message: message.split('\n')[0]! }));
  }
}


/**
 * What the archive-wide step made of each seed result, kept by a long-lived caller (the dev
 * session's ingest cache) so that a later build, given the same result object and taking the same
 * decisions for it (dropped lines, slug, id), hands back the same record instead of making it again.
 */
export interface AssignMemo {
  menus: WeakMap<DraftArticle, MenuLines>;
  made: WeakMap<IngestedSeed, { decision: string; article: Article; outcome: SeedOutcome }>;
}

export const newAssignMemo = (): AssignMemo => ({ menus: new WeakMap(), made: new WeakMap() });

/**
 * The archive-wide step: unique slugs (and ids), stable whatever order the
 * seeds come in. Seeds are taken in sourceFile order; the first keeps the slug
 * it asked for, later ones get "-2", "-3"… with a warning.
 */
export function assignSlugs(seeds: readonly IngestedSeed[], memo?: AssignMemo): IngestResult {
  const sorted = [...seeds].sort(bySourceFile);
  const wanted = new Set<string>();
  for (const s of sorted) if (s.draft) wanted.add(s.draft.slugBase);
  const used = new Set<string>();
  const usedIds = new Set<string>();
  const claimed = new Map<string, string>(); // slug → sourceFile
  const articles: Article[] = [];
  const outcomes: SeedOutcome[] = [];
  const linesOf = (d: RecurringDraft): MenuLines => {
    const draft = d as DraftArticle;
    const known = memo?.menus.get(draft);
    if (known) return known;
    const lines = menuLines(draft);
    memo?.menus.set(draft, lines);
    return lines;
  };
  const recurring = findRecurring(
    sorted.map((s) => s.draft),
    linesOf,
  );
  for (const [index, seed] of sorted.entries()) {
    const draft = seed.draft;
    if (!draft) {
      outcomes.push(seed.outcome);
      continue;
    }
    // The decisions first (dropping a line changes neither slug nor id), then the record.
    const slugBase = draft.slugBase;
    const taken = used.has(slugBase) ? claimed.get(slugBase)! : null;
    // Skip numbers another seed asks for outright, so no later seed loses its own slug.
    const slug = taken === null ? slugBase : suffixed(slugBase, (s) => used.has(s) || wanted.has(s));
    used.add(slug);
    claimed.set(slug, seed.sourceFile);
    const id = usedIds.has(draft.id) ? seed.sourceFile.replace(/\./g, '-') : draft.id;
    usedIds.add(id);
    const drop = recurring.drop.get(index);
    const decision = JSON.stringify([drop ?? null, recurring.others.get(index) ?? null, slug, taken, id]);
    const known = memo?.made.get(seed);
    if (known && known.decision === decision) {
      articles.push(known.article);
      outcomes.push(known.outcome);
      continue;
    }
    let rest = draft;
    const extra: Notice[] = [];
    if (drop) {
      const first = rest.body[drop[0]!]!.text;
      const gone = drop.map((j) => ({ text: rest.body[j]!.text, reason: 'recurring' as const, rule: null }));
      rest = { ...rest, ...withoutBlocks(rest.title, rest.body, drop), omitted: [...rest.omitted, ...gone] };
      // A topic is read only from text the record keeps: tags and front matter stay, the rest is read again.
      if (!rest.topicSources.some((t) => t.from === 'front-matter')) {
        const tags = rest.topicSources.filter((t) => t.from === 'tag').map((t) => t.topic);
        rest = { ...rest, ...topicsOf(rest.title, rest.body, tags) };
      }
      extra.push(notice('recurring.dropped', { count: drop.length, others: recurring.others.get(index)!, outlet: rest.outlet, first: first.slice(0, 60) }));
    }
    if (taken !== null) extra.push(notice('slug.taken', { slug: slugBase, by: taken, next: slug }));
    if (id !== draft.id) extra.push(notice('id.taken', { id: draft.id, next: id }));
    const notices = [...rest.notices, ...extra];
    // Only the contract's fields, in contract order (record.ts): no draft-only field leaks into the export.
    const article = articleRecord({ ...rest, id, slug, url: articleDir(rest.published, slug), warnings: english(notices), notices });
    articles.push(article);
    const outcome: SeedOutcome =
      extra.length === 0
        ? seed.outcome
        : {
            ...seed.outcome,
            status: 'warning',
            messages: [...seed.outcome.messages, ...english(extra).map((w) => reportLine(seed.sourceFile, w))],
            notices: [...seed.outcome.notices, ...extra],
          };
    if (drop) {
      const d = seed.outcome.dropped ?? { before: 0, inside: 0, after: 0 };
      outcome.dropped = { ...d, inside: d.inside + drop.length };
    }
    const done = { ...outcome, read: seedRead(article) };
    outcomes.push(done);
    memo?.made.set(seed, { decision, article, outcome: done });
  }
  return { articles, outcomes };
}

/** End marks stripped off a paragraph ("(*)"): left out, but no line of their own. */
const MARKS = new Set(FURNITURE.filter((r) => r.kind === 'suffix').map((r) => r.id));

/** The report's brief of a record: what was read from its seed (lines left out, not end marks). */
function seedRead(a: Article): SeedRead {
  const leftOut = a.omitted.filter((o) => o.rule === null || !MARKS.has(o.rule)).length;
  return { title: a.title, outlet: a.outlet, published: a.published, authors: [...a.authors], leftOut };
}

/** A whole folder's seeds → articles (sorted by sourceFile) and one outcome per seed. Pure. */
export function ingestSeeds(inputs: readonly SeedInput[]): IngestResult {
  return assignSlugs(inputs.map(ingestSeed));
}
