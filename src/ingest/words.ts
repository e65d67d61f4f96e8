/**
 * Word counting: runs of letters, digits and combining marks, joined across an
 * inner hyphen or apostrophe ("Jong-un", "COVID-19", "O'Brien" are one word).
 * One pass without allocations; a regex test only for non-ASCII characters.
 */
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_WORD_CHAR.test(text[i]!);
}

const isJoiner = (code: number): boolean => code === 45 || code === 39 || code === 0x2019;

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code, text, i)) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && isJoiner(code) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1), text, i + 1))) {
      inWord = false;
    }
  }
  return n;
}
