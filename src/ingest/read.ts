/**
 * Bytes → text. Seeds come from copy-paste, old Windows tools and scrapers, so
 * the decoder accepts UTF-8 (with or without BOM), UTF-16 with a BOM (or without one,
 * recognised by its NUL bytes at alternating places), and falls
 * back to Windows-1252 (a superset of Latin-1) for bytes that are not UTF-8 —
 * always with a note, never a crash. Binary files and empty files are refused.
 */
import { notice, type BinaryFormat, type Notice } from './notices.ts';

export type ReadResult =
  | { ok: true; text: string; encoding: string; problems: Notice[] }
  | { ok: false; error: Notice };

/** Text longer than this is cut at a paragraph break: no news article is this long. */
export const MAX_TEXT_CHARS = 2_000_000;

const MAGIC: ReadonlyArray<readonly [BinaryFormat, number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['riff', [0x52, 0x49, 0x46, 0x46]],
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

/**
 * Windows-1252's 0x80–0x9F block (smart quotes, dashes, €, …). Node's
 * TextDecoder('windows-1252') decodes these as C1 controls (Latin-1), which
 * would silently lose them, so the mapping is done here; undefined bytes → U+FFFD.
 */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Counts of well-formed multi-byte UTF-8 sequences and of bytes that break UTF-8. */
function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/**
 * UTF-16 without a BOM, as some Windows tools save it: text that is mostly ASCII has a NUL in every
 * other byte — the high bytes, odd places for little-endian, even places for big-endian — and none in
 * the others. Judged on the first 4 KB; null when the bytes do not look like that.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** True when the bytes look like a binary file rather than text in some 8-bit encoding. */
function binaryKind(bytes: Uint8Array): Notice | null {
  for (const [format, sig] of MAGIC) if (startsWith(bytes, sig)) return notice('read.binary-format', { format });
  // One pass: NUL anywhere means binary; many other C0 controls in the head too.
  const headEnd = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < headEnd; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) {
      if (b === 0) return notice('read.binary-nul', { utf16: false });
      if (b !== 0x0c && b !== 0x1b) controls++;
    }
  }
  if (headEnd < bytes.length && bytes.indexOf(0, headEnd) !== -1) return notice('read.binary-nul', { utf16: false });
  if (headEnd > 0 && controls / headEnd > 0.05) return notice('read.binary-control');
  return null;
}

// Zero-width joiner and non-joiner (U+200D, U+200C) are not here: emoji sequences and scripts such as
// Persian and the Indic ones need them. The zero-width space (U+200B) and word joiner go.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFEFF\u200B\u2060]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes what must never reach a page, feed or index: C0/C1 control characters
 * (invalid in XML), stray BOMs/zero-width characters, lone surrogates; and
 * normalises line ends to LF.
 */
export function sanitizeText(text: string): string {
  // Each pass only runs when its characters occur: most seeds need none of them.
  let t = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (CONTROL.test(t)) t = t.replace(CONTROL_ALL, '');
  if (t.includes('\f')) t = t.replace(/\f/g, '\n');
  if (SURROGATE.test(t)) t = t.replace(LONE_SURROGATE, '\uFFFD');
  return t.normalize('NFC');
}

/** Bytes with no usable declaration: UTF-8, repaired when a few bytes break it, else Windows-1252 (a guess, noted). */
function decodeUndeclared(body: Uint8Array, hasBom: boolean, problems: Notice[]): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: hasBom ? 'UTF-8 (BOM)' : 'UTF-8' };
  } catch {
    const { multibyte, invalid } = utf8Census(body);
    if (multibyte > invalid) {
      // Mostly UTF-8 with a few broken bytes: keep the good characters.
      problems.push(notice('read.utf8-repaired', { bytes: invalid }));
      return { text: new TextDecoder('utf-8').decode(body), encoding: 'UTF-8 (repaired)' };
    }
    problems.push(notice('read.latin1'));
    return { text: decodeWindows1252(body), encoding: 'Windows-1252' };
  }
}

/**
 * The charset a saved page declares in its first bytes (`<meta charset>`, the http-equiv Content-Type,
 * an XML declaration), as written, or null. Read on the raw bytes: the declaration is ASCII.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const m =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head) ??
    /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]{1,40})["']/i.exec(head);
  return m ? m[1]! : null;
}

/** A declared label → the WHATWG encoding name ("latin1", "iso-8859-1" → "windows-1252"), or null when unknown. */
function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes a seed's bytes. Pure; never throws. `maxChars`: where a longer text is cut (saved pages allow more).
 * `charset`: the label a saved page declares; its bytes are decoded by it (a browser does the same),
 * unless they are valid UTF-8 with non-ASCII characters, which a single-byte declaration never makes.
 */
export function decodeSeed(bytes: Uint8Array, { maxChars = MAX_TEXT_CHARS, charset = null }: { maxChars?: number; charset?: string | null } = {}): ReadResult {
  const problems: Notice[] = [];
  let text: string;
  let encoding: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    encoding = le ? 'UTF-16LE' : 'UTF-16BE';
    text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    problems.push(notice('read.utf16', { encoding, bom: true }));
    if (text.includes('\u0000')) return { ok: false, error: notice('read.binary-nul', { utf16: true }) };
  } else if (utf16WithoutBom(bytes) !== null) {
    const le = utf16WithoutBom(bytes) === 'utf-16le';
    encoding = le ? 'UTF-16LE' : 'UTF-16BE';
    text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes);
    problems.push(notice('read.utf16', { encoding, bom: false }));
    if (text.includes('\u0000')) return { ok: false, error: notice('read.binary-nul', { utf16: true }) };
  } else {
    const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    const body = hasBom ? bytes.subarray(3) : bytes;
    const binary = binaryKind(body);
    if (binary) return { ok: false, error: binary };
    const declared = charset === null || hasBom ? null : encodingOf(charset);
    if (charset !== null && !hasBom && declared === null) problems.push(notice('read.charset-unknown', { charset }));
    const utf8 = declared !== null && declared !== 'utf-8' ? utf8Census(body) : null;
    if (declared !== null && declared !== 'utf-8' && utf8!.invalid === 0 && utf8!.multibyte > 0) {
      problems.push(notice('read.charset-utf8', { charset: charset! }));
      text = new TextDecoder('utf-8').decode(body);
      encoding = 'UTF-8';
    } else if (declared === 'windows-1252') {
      // Also what a browser does for "iso-8859-1", "latin1", "ascii" (the WHATWG labels of windows-1252).
      text = decodeWindows1252(body);
      encoding = 'Windows-1252';
    } else if (declared !== null && declared !== 'utf-8' && declared !== 'utf-16le' && declared !== 'utf-16be') {
      text = new TextDecoder(declared).decode(body);
      encoding = declared;
    } else {
      ({ text, encoding } = decodeUndeclared(body, hasBom, problems));
    }
  }
  if (text.length > maxChars) {
    const total = text.length;
    const cut = text.lastIndexOf('\n\n', maxChars);
    text = text.slice(0, cut > maxChars / 2 ? cut : maxChars);
    problems.push(notice('read.text-cut', { total, kept: text.length }));
  }
  text = sanitizeText(text);
  if (text.trim() === '') return { ok: false, error: notice('read.empty', { whitespace: bytes.length > 0 }) };
  return { ok: true, text, encoding, problems };
}
