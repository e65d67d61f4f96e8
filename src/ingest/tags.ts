/**
 * The outlet's own tags, as the seed gives them: in a saved page's
 * declarations (JSON-LD `keywords`, `article:tag`, `keywords`,
 * `news_keywords`), in pasted text as a "Tags: A, B" line, hashtags
 * ("# banjir"), or a bare "Tag" label with one tag a line under it.
 * Only the first run of tags after the story is the article's: a later
 * "Tag" box on the page is the site's trending list.
 */
import { FURNITURE } from './data/furniture.ts';
import { GENERIC_TAGS, SITE_TAGS_LABEL } from './data/topics.ts';

/** At most this many tags are read from one seed: past it a list is a keyword dump, not the article's tags. */
export const MAX_TAGS = 12;

const TAG_RULE = FURNITURE.find((r) => r.id === 'tag-list')!.pattern;
const LABELLED = /^(?:tags?|tagar|topik|kata kunci|keywords?|terkait)\s*:?\s*/i;
const BARE_LABEL = /^(?:tags?|tagar|topik|kata kunci|keywords?)\s*:?$/i;
/** One tag on a line of its own: short, up to five words, no sentence. */
const TAG_LINE = /^#?\s?[\p{L}\p{N}][\p{L}\p{N}\p{M} .,'’&()/-]{0,40}$/u;
const tagLine = (t: string): boolean => TAG_LINE.test(t) && !BARE_LABEL.test(t) && t.split(/\s+/).length <= 5 && !/[.!?]$/.test(t);

/** A declared list ("banjir, jakarta, bpbd") → tags. */
export function splitTags(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(/\s*[,;|]\s*/)).map((t) => t.trim()).filter((t) => t !== '');
}

/**
 * The tags that say what the story is about: generic ones ("berita terkini", a site section) out, and
 * nothing from a keyword dump (the description cut into single words: "Para, tahanan, itu, …").
 */
export function usefulTags(tags: readonly string[]): string[] {
  const kept = tags.map((t) => t.replace(/^[#\s]+|[\s.,;]+$/g, '')).filter((t) => t !== '' && !GENERIC_TAGS.some((g) => g.test(t)));
  const single = kept.filter((t) => !/\s/.test(t)).length;
  if (kept.length >= 5 && single >= kept.length * 0.7) return [];
  return kept.slice(0, MAX_TAGS);
}

/** The first declared list (in order of trust) that still has tags once the generic ones are out. */
export function firstUsefulTags(lists: ReadonlyArray<readonly string[]>): string[] {
  for (const list of lists) {
    const kept = usefulTags(list);
    if (kept.length > 0) return kept;
  }
  return [];
}

/** Tags in the lines a text seed left out (in order): the first run of tag lines, labelled, hashtags or under a bare label. */
export function tagsFromLines(lines: ReadonlyArray<{ text: string }>): string[] {
  const at = (k: number): string => lines[k]!.text.trim();
  // Under a label that announces the site's own list ("Trending Tags"), the tags are not the article's.
  const siteList = (k: number): boolean => k >= 0 && at(k).length <= 40 && SITE_TAGS_LABEL.test(at(k));
  for (let i = 0; i < lines.length; i++) {
    const run: string[] = [];
    let j = i;
    if (TAG_RULE.test(at(i))) {
      // "Tags: A, B" or hashtags, one or more lines of them.
      for (; j < lines.length && TAG_RULE.test(at(j)) && run.length < MAX_TAGS * 2; j++) {
        const rest = at(j).replace(LABELLED, '');
        run.push(...(rest.includes('#') ? rest.split('#') : rest.split(/\s*[,;|]\s*/)));
      }
    } else if (BARE_LABEL.test(at(i))) {
      for (j = i + 1; j < lines.length && tagLine(at(j)) && run.length < MAX_TAGS * 2; j++) run.push(at(j));
    } else continue;
    if (siteList(i - 1) || siteList(i)) {
      i = Math.max(i, j - 1);
      continue;
    }
    return usefulTags(run);
  }
  return [];
}
