/**
 * Phrase matching: "words next to each other, in order". The index has no word
 * positions (lunr keeps none unless whitelisted, and positions would roughly
 * double the postings), so a phrase is looked up as its words (all must occur)
 * and then checked against the document's stored title and text.
 *
 * Both sides are cut into the same atoms: index tokens, with a compound split into
 * its parts ("Jong-un" → jong, un; "COVID-19" → covid, 19), so "Kim Jong Un"
 * finds "Kim Jong-un". Reduplication stays one atom ("negara-negara" → negara).
 */
import { isStopWord, mayStemTo, scanIndexTokens } from './indonesian/index.ts';
import { stemCached, type Range } from './query.ts';

/** A word of a quoted phrase as the query asked for it. */
export interface PhraseWord {
  word: string;
  /** Stem; empty for a stop word, which must match `word` as written. */
  term: string;
  /** `=menteri`: this form only, as written (its stem still finds the candidates). */
  exact?: true;
}

interface Atom {
  text: string;
  /** The surface word it belongs to. */
  start: number;
  end: number;
}

/** Index tokens with compounds replaced by their parts, in text order. */
export function atoms(text: string): Atom[] {
  const out: Atom[] = [];
  let runStart = -1;
  let runHasParts = false;
  scanIndexTokens(text, (t) => {
    if (t.start === runStart) {
      // A part of the compound just seen: the parts replace the whole.
      if (!runHasParts) {
        out.pop();
        runHasParts = true;
      }
    } else {
      runStart = t.start;
      runHasParts = false;
    }
    out.push({ text: t.text, start: t.start, end: t.end });
    return true;
  });
  return out;
}

/** A phrase's words: its atoms, stop words kept as written, other words by stem. */
export function phraseWords(text: string): PhraseWord[] {
  return atoms(text).map((a) => ({ word: a.text, term: isStopWord(a.text) ? '' : stemCached(a.text) }));
}

const matches = (a: Atom, w: PhraseWord): boolean => (w.term === '' || w.exact ? a.text === w.word : mayStemTo(a.text, w.term) && stemCached(a.text) === w.term);

/** Where the phrase occurs in `text` (each occurrence from its first to its last word). */
export function phraseRanges(text: string, words: readonly PhraseWord[]): Range[] {
  if (words.length === 0) return [];
  const as = atoms(text);
  const out: Range[] = [];
  for (let i = 0; i + words.length <= as.length; i++) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = matches(as[i + k] as Atom, words[k] as PhraseWord);
    if (ok) out.push({ start: (as[i] as Atom).start, end: (as[i + words.length - 1] as Atom).end });
  }
  return out;
}

export const hasPhrase = (texts: readonly string[], words: readonly PhraseWord[]): boolean =>
  texts.some((t) => phraseRanges(t, words).length > 0);
