/**
 * CSV for spreadsheets, dependency-free (the search page's bundle writes result lists with it; the site's
 * data exports use csv-stringify and the same cell rule): RFC 4180 rows ending in CRLF, quoted where a
 * comma, quote or line break needs it, and formula-looking cells defused.
 */

/**
 * Cells that a spreadsheet would read as a formula get a leading apostrophe
 * (OWASP's advice): those starting with `=`, `+`, `-`, `@`, also after leading
 * whitespace or a line break (which spreadsheets strip first), and those starting
 * with a tab or CR.
 */
const FORMULA_START = /^(?:\s*[=+\-@]|[\t\r])/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV row: each cell defused, quoted when it holds the separator, a quote or a line break. */
export function csvRow(cells: readonly string[], delimiter: ',' | ';' = ','): string {
  return (
    cells
      .map((cell) => {
        const v = neutraliseCell(cell);
        return v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
      })
      .join(delimiter) + '\r\n'
  );
}
