/**
 * data/articles.csv read the way a spreadsheet reads it: a strict RFC 4180 reader
 * (CRLF records only, a bare line break outside quotes starts a new row, as in
 * Excel and Python's csv) and csv-parse with the record delimiter fixed to CRLF
 * (no guessing). One row per article, no cell a spreadsheet would run.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Article } from '../../src/ingest/types.ts';
import { ARTICLE_FIELDS, articlesToCsv, neutraliseCell } from '../../src/site/exports.ts';
import { makeArticles } from '../site/make-articles.ts';
import { FORMULA_START, parseStrictCsv, parseStrictCsvRecords } from '../support/strict-csv.ts';

/** Articles whose bodies have several paragraphs, later ones starting with formulas (the reported attack). */
function formulaArticles(): Article[] {
  return makeArticles(12, 7).map((a, i) => ({
    ...a,
    title: i === 0 ? ' =1+1 Judul' : a.title,
    lead: i === 1 ? '\n@SUM(A1)' : a.lead,
    outlet: i === 2 ? '\r-2 Koran' : a.outlet,
    body: [
      ...a.body,
      { type: 'paragraph' as const, text: `+cmd|' /C calc'!A0` },
      { type: 'paragraph' as const, text: '=1+1' },
      { type: 'paragraph' as const, text: '  -2+3' },
      { type: 'paragraph' as const, text: 'Akhir\rparagraf' },
    ],
  }));
}

function readStrict(csv: string): Record<string, string>[] {
  return parseStrictCsvRecords(csv);
}

describe('CSV export read strictly', () => {
  it('records end with CRLF and every line break sits inside a quoted field', () => {
    const csv = articlesToCsv(formulaArticles());
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseStrictCsv(csv);
    assert.equal(rows.length, 13, 'header and one row per article');
    for (const row of rows) assert.equal(row.length, ARTICLE_FIELDS.length);
  });

  it('a strict RFC 4180 reader gets one row per article and no formula cell', () => {
    const articles = formulaArticles();
    const rows = readStrict(articlesToCsv(articles));
    assert.equal(rows.length, articles.length);
    rows.forEach((row, i) => {
      for (const [field, cell] of Object.entries(row)) assert.ok(!FORMULA_START.test(cell), `${field}: ${JSON.stringify(cell.slice(0, 40))}`);
      assert.equal(row.id, articles[i]!.id);
      assert.ok(row.body!.includes(`\n\n+cmd|' /C calc'!A0\n\n=1+1`), 'later paragraphs stay inside the body cell');
    });
    assert.equal(rows[0]!.title, "' =1+1 Judul");
    assert.equal(rows[1]!.lead, "'\n@SUM(A1)");
    assert.equal(rows[2]!.outlet, "'\r-2 Koran");
  });

  it('csv-parse with the record delimiter fixed to CRLF reads the same cells', () => {
    const csv = articlesToCsv(formulaArticles());
    const fixed = parseCsv(csv, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    assert.deepEqual(fixed, readStrict(csv));
  });

  it('neutraliseCell: formula characters, also after leading whitespace or a line break', () => {
    for (const s of ['=1', '+1', '-1', '@A', '\t=1', '\r=1', ' =1', '\u00a0=1', '\n+1', '  @x']) assert.equal(neutraliseCell(s), `'${s}`, JSON.stringify(s));
    for (const s of ['Judul', '1-2', 'a=b', '', ' ']) assert.equal(neutraliseCell(s), s, JSON.stringify(s));
  });

  it('fuzz: any text in any field gives one strict row per article', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('\n', '\r', '\r\n', '=1+1', '+1', '-', '@', '\t', '"', ',', ' '), fc.string()), { maxLength: 8 }).map((p) => p.join(''));
    const base = makeArticles(1, 3)[0]!;
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, fc.array(text, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 4 }), (specs) => {
        const articles = specs.map(([title, lead, paras], i): Article => ({
          ...base,
          id: `a${i}`,
          title,
          lead,
          body: paras.map((t) => ({ type: 'paragraph' as const, text: t })),
        }));
        const rows = readStrict(articlesToCsv(articles));
        assert.equal(rows.length, articles.length);
        rows.forEach((row, i) => {
          for (const cell of Object.values(row)) assert.ok(!FORMULA_START.test(cell), JSON.stringify(cell));
          assert.equal(row.id, `a${i}`);
        });
      }),
      { numRuns: 300 },
    );
  });
});
