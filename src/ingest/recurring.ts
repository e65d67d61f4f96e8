/**
 * Evidence across the archive: a line that recurs in several articles of the
 * same outlet is that outlet's page furniture (a menu, a footer, a section
 * label, a standing promo) even when no rule names it. A line found in one or
 * two articles only is never dropped on this ground, nor a line repeated by
 * seeds that are copies of one article (same title).
 *
 * Only lines that are not prose by their own shape can go this way: a sentence
 * or paragraph that recurs is the outlet's standing background, wire copy or a
 * follow-up series repeating itself, and it is part of each story. So other
 * seeds can never take a sentence out of an article.
 *
 * Pure, and run over the drafts of every seed after the per-seed (cached)
 * ingest, so a cold and an incremental build give the same records.
 */
import { countWords } from './words.ts';
import type { BodyBlock } from './types.ts';

/** In how many different articles of one outlet a line must stand to count as furniture. */
export const MIN_ARTICLES = 3;
/** A menu item, label or link title is short: past this it is text someone wrote for the story. */
const MAX_LINE = 120;
const MAX_WORDS = 12;

/**
 * A line whose own shape says it is not a sentence: short, few words, no
 * sentence-final punctuation (nor a closing quote or bracket after one).
 */
export function isMenuShaped(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_LINE) return false;
  if (/[.!?…]["”’')\]]*$/u.test(t) || /["”]$/u.test(t)) return false;
  return t.split(/\s+/).length <= MAX_WORDS;
}

export interface RecurringDraft {
  outlet: string | null;
  title: string;
  body: BodyBlock[];
}

export interface Recurring {
  /** Seed index → indexes of its body blocks that recur across the outlet's articles. */
  drop: Map<number, number[]>;
  /** Seed index → how many other articles of its outlet the first dropped line stands in. */
  others: Map<number, number>;
}

const key = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** A draft's menu-shaped lines: block index and comparison key. */
export type MenuLines = ReadonlyArray<readonly [number, string]>;

export function menuLines(d: RecurringDraft): MenuLines {
  const out: Array<readonly [number, string]> = [];
  d.body.forEach((b, j) => {
    if (isMenuShaped(b.text)) out.push([j, key(b.text)]);
  });
  return out;
}

/**
 * Finds the recurring lines; `null` drafts (seeds that could not be read) are skipped. `linesOf`
 * may hand back lines remembered from an earlier build for the same draft (menuLines by default).
 */
export function findRecurring(drafts: ReadonlyArray<RecurringDraft | null>, linesOf: (d: RecurringDraft) => MenuLines = menuLines): Recurring {
  // outlet → line → titles of the articles it stands in
  const seen = new Map<string, Map<string, Set<string>>>();
  const outletKey = (d: RecurringDraft): string => d.outlet ?? '';
  const menus = drafts.map((d) => (d ? linesOf(d) : []));
  drafts.forEach((d, i) => {
    if (!d || menus[i]!.length === 0) return;
    let lines = seen.get(outletKey(d));
    if (!lines) seen.set(outletKey(d), (lines = new Map()));
    const title = key(d.title);
    for (const [, k] of menus[i]!) {
      let titles = lines.get(k);
      if (!titles) lines.set(k, (titles = new Set()));
      titles.add(title);
    }
  });
  const drop = new Map<number, number[]>();
  const others = new Map<number, number>();
  drafts.forEach((d, i) => {
    if (!d) return;
    const hits: number[] = [];
    let most = 0;
    for (const [j, k] of menus[i]!) {
      const n = seen.get(outletKey(d))!.get(k)!.size;
      if (n >= MIN_ARTICLES) {
        hits.push(j);
        most = Math.max(most, n - 1);
      }
    }
    // Never empty an article: if every block recurs, the evidence is about the seeds, not furniture.
    if (hits.length > 0 && hits.length < d.body.length) {
      drop.set(i, hits);
      others.set(i, most);
    }
  });
  return { drop, others };
}

/** The body without the dropped blocks, with its lead and word count made again. */
export function withoutBlocks(
  title: string,
  body: readonly BodyBlock[],
  dropped: readonly number[],
): { body: BodyBlock[]; lead: string; wordCount: number } {
  const gone = new Set(dropped);
  const kept = body.filter((_, j) => !gone.has(j));
  const lead = (kept.find((b) => b.type !== 'heading') ?? kept[0])?.text ?? '';
  return { body: kept, lead, wordCount: countWords([title, ...kept.map((b) => b.text)].join('\n')) };
}
