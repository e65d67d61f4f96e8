/**
 * Reading notes in Indonesian: every warning the ingest produces on the seeds,
 * the fixtures, the generated bad seeds and a generated corpus has a row in
 * src/archive/notes.ts; a message without one is shown marked as English, never
 * dropped and never silently passed off as Indonesian.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import { buildArchive } from '../../src/archive/index.ts';
import { readingNotes, translateNote } from '../../src/archive/notes.ts';
import { seedFile } from '../../bench/corpus.ts';
import { writeGeneratedSeeds } from '../support/generated-seeds.ts';
import { makeArticles } from './make-articles.ts';
import { ROOT } from './support.ts';

async function corpusWarnings(): Promise<Map<string, string>> {
  const found = new Map<string, string>(); // message → the file that produced it
  const collect = (articles: { sourceFile: string; warnings: string[] }[]): void => {
    for (const a of articles) for (const w of a.warnings) if (!found.has(w)) found.set(w, a.sourceFile);
  };
  for (const dir of ['seeds', 'tests/fixtures/hostile', 'tests/fixtures/outlets', 'tests/fixtures/pages/html']) {
    collect(ingestSeeds((await scanSeeds(join(ROOT, dir))).inputs).articles);
  }
  const generated = mkdtempSync(join(tmpdir(), 'arsip-notes-'));
  writeGeneratedSeeds(generated, { heavy: true });
  collect(ingestSeeds((await scanSeeds(generated)).inputs).articles);
  const encoder = new TextEncoder();
  const corpus = Array.from({ length: 1200 }, (_, i) => {
    const f = seedFile(1, i);
    return { sourceFile: f.name, bytes: encoder.encode(f.text) };
  });
  collect(ingestSeeds(corpus).articles);
  return found;
}

// Words that give away an English sentence outside the quoted values.
const ENGLISH = /\b(the|and|of|is|was|were|has|have|no|not|taken|left|ignored|used|gets|read|cut|found|should|got|assumed|inferred|decoded)\b/;

test('every warning the ingest writes on seeds, fixtures, bad seeds and a generated corpus has an Indonesian note', async () => {
  const found = await corpusWarnings();
  assert.ok(found.size >= 30, `${found.size} distinct warnings met`);
  const missing = [...found].filter(([w]) => translateNote(w) === null).map(([w, file]) => `${file}: ${w}`);
  assert.deepEqual(missing, [], 'warnings without a row in src/archive/notes.ts');
  for (const w of found.keys()) {
    const id = translateNote(w)!;
    const unquoted = id.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    assert.doesNotMatch(unquoted, ENGLISH, `${w} → ${id}`);
  }
});

test('numbers in notes are written the Indonesian way; quoted values are kept as they were', () => {
  assert.equal(translateNote('text is 52,428,875 characters; only the first 2,000,000 were read'), 'teks sepanjang 52.428.875 karakter; hanya 2.000.000 karakter pertama yang dibaca');
  assert.equal(
    translateNote('no date line; published taken from "Senin (3/2/2020)" in the text (the latest of 2 credit dates)'),
    'tidak ada baris tanggal; tanggal terbit diambil dari "Senin (3/2/2020)" di teks (yang terbaru dari 2 tanggal di baris kredit)',
  );
  assert.equal(translateNote('front matter "title" should be text, got number 42; ignored'), 'front matter "title" seharusnya teks, ternyata angka 42; diabaikan');
});

test('a warning without a translation is shown as written, marked English, on the page model', () => {
  const notes = readingNotes(['no outlet named in the text', 'a brand-new message the table does not know']);
  assert.deepEqual(notes, [
    { text: 'tidak ada nama media di teks', lang: 'id' },
    { text: 'a brand-new message the table does not know', lang: 'en' },
  ]);
  const [article] = makeArticles(1);
  article!.warnings = ['a brand-new message the table does not know'];
  const page = buildArchive([article!], { baseUrl: null }).pages.articles[0]!;
  assert.deepEqual(page.article.notes, [{ text: 'a brand-new message the table does not know', lang: 'en' }]);
  assert.deepEqual(page.article.warnings, ['a brand-new message the table does not know'], 'the record keeps its message');
});
