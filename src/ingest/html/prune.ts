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
  remove(): void;
  parentElement: PrunableEl | null;
}
interface Root {
  querySelectorAll(selector: string): ArrayLike<PrunableEl>;
}

const WORDS = new Set([...WIDGET_WORDS, ...CAPTION_WORDS]);

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
    if ((el.textContent ?? '').trim().length > MAX_PRUNED_TEXT) continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
  return doomed.length;
}
