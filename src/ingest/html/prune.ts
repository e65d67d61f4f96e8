/**
 * Takes widgets and captions out of the page before Readability looks for the
 * article: elements whose class or id names them (data/page-structure.ts) and
 * whose text is short. An element that holds the headline, or a lot of text,
 * is never removed: a class name is evidence, not proof.
 */
import { CAPTION_WORDS, MAX_PRUNED_TEXT, WIDGET_WORDS } from '../data/page-structure.ts';

interface PrunableEl {
  getAttribute(name: string): string | null;
  textContent: string | null;
  contains(other: PrunableEl): boolean;
  localName?: string;
  remove(): void;
  parentElement: PrunableEl | null;
}
interface Root {
  querySelectorAll(selector: string): ArrayLike<PrunableEl>;
}

const WORDS = new Set([...WIDGET_WORDS, ...CAPTION_WORDS]);
/** Elements that stand inside a line of text rather than make a block of their own. */
const INLINE = new Set(['a', 'span', 'b', 'strong', 'em', 'i', 'abbr', 'mark', 'u', 'small', 'sup', 'sub']);

/** The words of a class/id name: "pic_artikel relatedPosts share-box" → pic, artikel, related, posts, share, box. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

const marked = (el: PrunableEl): boolean => {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.trim() === '') return false;
  return nameWords(names).some((w) => WORDS.has(w));
};

/** Removes marked elements with little text; returns how many were removed. */
export function pruneWidgets(root: Root, keep: PrunableEl | null): number {
  const all = root.querySelectorAll('[class], [id]');
  const doomed: PrunableEl[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (!marked(el)) continue;
    if (keep && (el.contains(keep) || keep.contains(el))) continue;
    const own = (el.textContent ?? '').trim();
    if (own.length > MAX_PRUNED_TEXT) continue;
    // A linked word inside a sentence ("Menteri Perhubungan (<a class="tag">Menhub</a>) …") is the sentence's.
    if (INLINE.has(el.localName ?? '') && ((el.parentElement?.textContent ?? '').trim().length > own.length + 20)) continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
  return doomed.length;
}
