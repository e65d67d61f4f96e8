/** Report messages for seeds: one line each, naming the file. */

/**
 * What a terminal would act on instead of printing: C0 and C1 controls (line breaks, CR, ESC, BEL, DEL),
 * the line and paragraph separators, and the bidi controls that reorder the rest of a line
 * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A file name or message as a terminal shows it, character for character: every character of UNSAFE
 * becomes a visible escape (`\n`, `\r`, `\t`, `\x1b`, `\u202e`), so a name can neither break, erase
 * nor reorder a report line.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return SHORT[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/**
 * A report message is one line whatever the seed put into it: the file name and quoted values are
 * shown with visible escapes (see `visible`).
 */
export function reportLine(sourceFile: string, text: string): string {
  return visible(`${sourceFile}: ${text}`);
}
