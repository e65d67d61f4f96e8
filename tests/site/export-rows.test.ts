/**
 * The data exports of a rebuild copy the rows of unchanged articles from the
 * previous files and make the rest: the files are byte for byte what a cold
 * build writes (additions, deletions, changes, the empty archive).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FILES, writeExports, type ExportRows } from '../../src/site/exportFiles.ts';
import { articlesToJson, spreadsheetCsv } from '../../src/site/exports.ts';
import type { Article } from '../../src/ingest/types.ts';
import { makeArticles } from './make-articles.ts';

const identity = (a: Article): string => JSON.stringify(a);
const files = (dir: string): string[] => EXPORT_FILES.map((f) => readFileSync(join(dir, f.path), 'utf8'));

test('rows of unchanged articles are copied from the previous files, and the files equal a fresh write', async () => {
  const root = mkdtempSync(join(tmpdir(), 'arsip-rows-'));
  try {
    const all = makeArticles(40, 3);
    const first = join(root, 'a');
    const { rows } = await writeExports(all.slice(0, 30), first, { identity, previous: null });
    assert.deepEqual(files(first), [articlesToJson(all.slice(0, 30)), spreadsheetCsv(all.slice(0, 30)), spreadsheetCsv(all.slice(0, 30), ';')]);

    // Mark one unchanged article's row in the old JSON (same length): a copied row carries the mark.
    const json = join(first, EXPORT_FILES[0]!.path);
    const k = 7;
    const [start, length] = [rows.at[EXPORT_FILES[0]!.path]![2 * k]!, rows.at[EXPORT_FILES[0]!.path]![2 * k + 1]!];
    const old = readFileSync(json);
    const row = old.subarray(start, start + length).toString('utf8');
    assert.equal(row, JSON.stringify(JSON.parse(row)), 'the place recorded is exactly one row');
    const marked = Buffer.from(old);
    Buffer.from('"id":"XXXXXX', 'utf8').copy(marked, start + 1);
    writeFileSync(json, marked);

    // Next build: articles 0..29 minus 10..12, one changed title, plus 30..39.
    const changed = { ...all[20]!, title: `${all[20]!.title} (diperbarui)` };
    const next = [...all.slice(0, 10), ...all.slice(13, 20), changed, ...all.slice(21)];
    const second = join(root, 'b');
    const out = await writeExports(next, second, { identity, previous: { dir: first, rows } });
    const got = files(second);
    assert.ok(got[0]!.includes('"id":"XXXXXX'), 'the unchanged row was copied, not made again');
    writeFileSync(json, old);
    const again = join(root, 'c');
    await writeExports(next, again, { identity, previous: { dir: first, rows } });
    assert.deepEqual(files(again), [articlesToJson(next), spreadsheetCsv(next), spreadsheetCsv(next, ';')], 'equal to a fresh write');
    assert.equal(out.rows.ids.length, next.length);

    // Down to nothing and back: the empty files are right, and nothing stale is copied.
    const empty = join(root, 'd');
    const none: ExportRows = (await writeExports([], empty, { identity, previous: { dir: again, rows: out.rows } })).rows;
    assert.deepEqual(files(empty), [articlesToJson([]), spreadsheetCsv([]), spreadsheetCsv([], ';')]);
    const back = join(root, 'e');
    await writeExports(next, back, { identity, previous: { dir: empty, rows: none } });
    assert.deepEqual(files(back), files(again));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('streamed in small batches, any reuse of the previous rows (moved, dropped, changed, added) equals a fresh write', async () => {
  const root = mkdtempSync(join(tmpdir(), 'arsip-rows-'));
  try {
    const all = makeArticles(60, 5);
    const prevOut = join(root, 'prev');
    const { rows } = await writeExports(all.slice(0, 45), prevOut, { identity, previous: null }, 700);
    let seed = 11;
    const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 12; round++) {
      // Keep most rows in order, drop some, move a few, change one, add some new.
      const kept = all.slice(0, 45).filter(() => rand(6) !== 0);
      for (let m = 0; m < 3; m++) kept.splice(rand(kept.length), 0, ...kept.splice(rand(kept.length), 1));
      const c = rand(kept.length);
      kept[c] = { ...kept[c]!, title: `${kept[c]!.title} ${round}` };
      const next = [...kept, ...all.slice(45, 45 + rand(15))];
      const out = join(root, `r${round}`);
      await writeExports(next, out, { identity, previous: { dir: prevOut, rows } }, 1 + rand(3000));
      assert.deepEqual(files(out), [articlesToJson(next), spreadsheetCsv(next), spreadsheetCsv(next, ';')], `round ${round}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
