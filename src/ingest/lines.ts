/**
 * What a single line of a seed is, by its own shape: a headline-like line, a
 * person's name, several names. Shared by the headline search (headline.ts),
 * the furniture rules (clean.ts) and extraction (extract.ts), which import it
 * rather than each other.
 */
import { parseWholeDate } from './dates.ts';
import { readDateline } from './outlets.ts';

const MAX_TITLE = 180;

function words(text: string): string[] {
  return text.split(' ').filter((w) => w !== '');
}

/** A short first line that is not a sentence: the page's headline. */
export function isTitleLike(text: string): boolean {
  if (text.length < 8 || text.length > MAX_TITLE) return false;
  const n = words(text).length;
  if (n < 2 || n > 30) return false;
  const last = text[text.length - 1]!;
  if ('.:;,'.includes(last) && !text.endsWith('...')) return false;
  if (readDateline(text)) return false;
  if (parseWholeDate(text)) return false;
  return true;
}

/** One capitalised word of a name: "Rahman", "A.", "O’Neil", "Nguyễn" (combining marks too). */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
/** A person's name as a byline writes it, one to five capitalised words: the source, to build a pattern around it. */
export const PERSON_NAME_SOURCE = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}`;
/** A person's name, and nothing else: "Ardito Ramadhan", "A. Rahman", "Budi". */
export const PERSON_NAME = new RegExp(`^${PERSON_NAME_SOURCE}$`, 'u');

/** "Silvanus Alvin": two to five capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  return text.length <= 50 && PERSON_NAME.test(text) && /\s/.test(text);
}

/**
 * A byline of several people: "A, B dan C", "A & B", "A and B", "A | B", "A. Rahman, M. Yusuf" — two to six
 * capitalised names of up to five words each. Null for one name or anything else.
 */
export function personNames(text: string): string[] | null {
  if (text.length > 200) return null;
  const names = text.split(/\s*,\s*(?:(?:dan|and|&)\s+)?|\s+(?:dan|and|\|)\s+|\s*&\s*/u);
  if (names.length < 2 || names.length > 6) return null;
  // A word in capitals is a place or a desk ("Agence France-Presse, CHARLESTON, South Carolina"), not a name.
  return names.every((n) => PERSON_NAME.test(n) && !/\p{Lu}{3}/u.test(n)) ? names : null;
}

/** Letters and digits only, lower case: two lines that differ only in spacing and punctuation compare equal. */
export const squashLine = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A line that marks itself as a list item ("- …", "• …", "1. …", "2) …"): the story's own list. */
export const isListItemLine = (text: string): boolean => /^\s*(?:[-–•*·]|\d{1,2}[.)])\s+\S/u.test(text);

/** A line ends as a sentence does, in Latin script or in Chinese and Japanese (。！？ and closing quotes). */
export const endsLikeSentence = (text: string): boolean => /[.!?"”。！？」』]$/u.test(text.trimEnd());

/** Han, kana and hangul: scripts written without spaces, where a character carries about a word. */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** How much text a string holds, in Latin-character terms: a character of a spaceless script counts three. */
export const textAmount = (text: string): number => text.length + 2 * (text.match(SPACELESS)?.length ?? 0);
