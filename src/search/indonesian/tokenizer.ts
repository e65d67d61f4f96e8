/**
 * Indonesian tokenizer, shared by the index build (Node) and the browser.
 *
 * A word is a run of letters/digits, possibly joined by hyphens, dots,
 * commas or apostrophes. Then:
 *  - apostrophes (straight or curly) inside a word are dropped: O'Brien → obrien, Jum'at → jumat;
 *  - Indonesian numbers keep their meaning: "3.016" (thousands) → 3016, "1,7" (decimal) stays "1,7";
 *  - reduplication is one word: "negara-negara" → negara, "rekan-rekan" → rekan;
 *  - other compounds ("COVID-19", "asal-usul", "GenPI.co") give the whole compound
 *    and, when indexing, each part too, so "Jong Un" finds "Jong-un".
 * Case is folded and diacritics are removed.
 */

export interface WordToken {
  /** Normalised token text (lower case). */
  text: string;
  /** Offsets of the surface word in the input (UTF-16), for highlighting. */
  start: number;
  end: number;
}

// Letters/digits joined by single connector characters. Apostrophe-like: ' ’ ‘ ʼ `
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:[-‐‑'’‘ʼ`.,][\p{L}\p{N}\p{M}]+)*/gu;
const APOSTROPHES_RE = /['’‘ʼ`]/g;
const HYPHENS_RE = /[‐‑]/g;
const COMBINING_RE = /\p{M}+/gu;
const THOUSANDS_RE = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const NUMBER_RE = /^\d+(?:[.,]\d+)*$/;

const PLAIN_RE = /^[a-z0-9]+$/;
const ASCII_RE = /^[\x00-\x7f]*$/;

function fold(word: string): string {
  const low = word.toLowerCase();
  return ASCII_RE.test(low) ? low : low.normalize('NFKD').replace(COMBINING_RE, '');
}

/** Splits a connector-joined run into compound parts; keeps numbers whole. */
function normaliseRun(run: string): { whole: string; parts: string[] } {
  let w = fold(run).replace(APOSTROPHES_RE, '').replace(HYPHENS_RE, '-');
  if (NUMBER_RE.test(w)) {
    if (THOUSANDS_RE.test(w)) w = w.replace(/\./g, '');
    return { whole: w, parts: [] };
  }
  // Commas between non-digits are punctuation that lost its space ("a,b").
  const parts = w.split(/[-.,]/).filter((p) => p.length > 0);
  if (parts.length <= 1) return { whole: parts[0] ?? w, parts: [] };
  if (parts.every((p) => p === parts[0])) return { whole: parts[0] ?? w, parts: [] };
  return { whole: parts.join('-'), parts };
}

/**
 * Tokens for indexing: each word, plus the parts of a compound word.
 * All tokens of one surface word share its offsets.
 */
export function tokenizeForIndex(text: string): WordToken[] {
  const out: WordToken[] = [];
  scanIndexTokens(text, (t) => {
    out.push(t);
    return true;
  });
  return out;
}

/**
 * The tokens of tokenizeForIndex, one at a time, until `visit` returns false
 * (excerpts stop at the end of their window instead of tokenising 8,000 characters).
 */
export function scanIndexTokens(text: string, visit: (token: WordToken) => boolean): void {
  // A local copy: a visitor may tokenise other text meanwhile.
  const re = new RegExp(WORD_RE.source, WORD_RE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const low = m[0].toLowerCase();
    // Fast path: a plain word or number (nearly every token).
    if (PLAIN_RE.test(low)) {
      if (!visit({ text: low, start, end })) return;
      continue;
    }
    const { whole, parts } = normaliseRun(m[0]);
    if (!visit({ text: whole, start, end })) return;
    for (const p of parts) if (p !== whole && !visit({ text: p, start, end })) return;
  }
}

/** Tokens for a query: one per surface word (compounds stay whole). */
export function tokenizeForQuery(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    out.push({ text: normaliseRun(m[0]).whole, start, end: start + m[0].length });
  }
  return out;
}
