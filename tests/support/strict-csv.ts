/**
 * A strict RFC 4180 reader for tests: records end with CRLF, a field is either
 * quoted ("…", with "" for a quote, anything else inside, line breaks too) or
 * plain (no quote, comma, CR or LF). A bare CR or LF outside quotes is an error,
 * as it starts a new row in Excel and Python's csv: no guessing of line endings.
 */
export function parseStrictCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (why: string): never => {
    throw new Error(`strict CSV: ${why} at offset ${i} (row ${rows.length + 1})`);
  };
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) fail('unterminated quoted field');
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            cell += c;
            i++;
          }
        }
      } else {
        while (i < text.length && text[i] !== ',' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          const c = text[i]!;
          if (c === '"') fail('quote inside a plain field');
          if (c === '\r' || c === '\n') fail('bare line break outside quotes');
          cell += c;
          i++;
        }
      }
      row.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (i >= text.length) break;
      if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      }
      fail(`unexpected ${JSON.stringify(text[i])} after a field`);
    }
    rows.push(row);
  }
  return rows;
}

/** Header row plus records as objects; every record must have the header's width. */
export function parseStrictCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rest] = parseStrictCsv(text);
  if (!header) return [];
  return rest.map((row, n) => {
    if (row.length !== header.length) throw new Error(`strict CSV: row ${n + 2} has ${row.length} cells, header ${header.length}`);
    return Object.fromEntries(header.map((h, k) => [h, row[k]!]));
  });
}

/** What a spreadsheet would run: a formula character first, also after leading whitespace. */
export const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;
