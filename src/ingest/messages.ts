/** Report messages for seeds: one line each, naming the file. */

/**
 * A report message is one line whatever the seed put into it: line breaks and
 * line/paragraph separators in quoted values or file names become visible escapes.
 */
export function reportLine(sourceFile: string, text: string): string {
  return `${sourceFile}: ${text}`.replace(/[\r\n\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
