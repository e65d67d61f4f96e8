import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { formatReport, isStrictFailure } from '../src/report.ts';
import { ingestSeeds, scanSeeds } from '../src/ingest/index.ts';

const badSeeds = join(import.meta.dirname, 'fixtures', 'hostile');

async function outcomesOf(dir: string) {
  const scanned = await scanSeeds(dir);
  const ingested = ingestSeeds(scanned.inputs);
  return { outcomes: [...scanned.outcomes, ...ingested.outcomes], articles: ingested.articles };
}

test('the report has one line per file naming it once, then a summary', async () => {
  const { outcomes, articles } = await outcomesOf(badSeeds);
  const lines = formatReport(outcomes, articles.length).split('\n');
  assert.equal(lines.length, outcomes.length + 1);
  for (const o of outcomes) {
    const line = lines.find((l) => l.split(/\s+/)[1]?.replace(/:$/, '') === o.sourceFile);
    assert.ok(line, `a line for ${o.sourceFile}`);
    assert.equal(line.split(o.sourceFile).length - 1, 1, `the file is named once: ${line}`);
  }
  // The errors: kosong.txt, spasi-saja.txt, hanya-furnitur.txt and halaman-bukan-html.html (a .html that is not HTML).
  const empty = lines.find((l) => l.includes('kosong.txt'));
  assert.match(empty ?? '', /^ERROR\s+kosong\.txt: empty file; skipped$/);
  assert.match(lines.at(-1) ?? '', /^\d+ files: \d+ ok, \d+ with notes, 4 errors, 3 ignored; \d+ with problems; \d+ articles\.$/);
  assert.ok(lines.at(-1)?.endsWith(`; ${articles.length} articles.`));
});

test('--strict fails on a file problem or an error, not on ordinary parser guesses', async () => {
  const seeds = await outcomesOf(join(import.meta.dirname, '..', 'seeds'));
  assert.ok(seeds.outcomes.every((o) => o.status === 'warning'), 'the five seeds carry guesses');
  assert.equal(isStrictFailure(seeds.outcomes), false);
  const bad = await outcomesOf(badSeeds);
  assert.equal(isStrictFailure(bad.outcomes), true);
  const latin = bad.outcomes.filter((o) => o.sourceFile === 'latin-1.txt');
  assert.equal(isStrictFailure(latin), true, 'a decoding fallback counts as a problem');
});

test('each seed that was read says what was read: title, outlet, date, authors and how many lines were left out', async () => {
  const { outcomes, articles } = await outcomesOf(join(import.meta.dirname, 'fixtures', 'outlets'));
  const lines = formatReport(outcomes, articles.length).split('\n');
  const kompas = lines.find((l) => l.includes('kompas-bendungan.txt'))!;
  assert.match(
    kompas,
    /^(?:ok|note)\s+kompas-bendungan\.txt: "Jokowi Resmikan Bendungan Baru di Jawa Tengah, Airi 5\.000 He…" · Kompas\.com · 2023-05-16 · by Ardito Ramadhan; .*dropped 7 lines of page furniture \(3 in the story, 4 after it\)$/,
  );
  // Nothing left out is said too, so every line answers the same questions.
  assert.ok(lines.some((l) => / · (?:by [^·;]+|no author) · nothing left out(?:;|$)/.test(l)), lines.join('\n'));
  for (const a of articles) {
    const line = lines.find((l) => l.split(/\s+/)[1]?.replace(/:$/, '') === a.sourceFile)!;
    const read = line.slice(line.indexOf(': ') + 2).split('; ')[0]!.split(' · ');
    assert.equal(read[1], a.outlet ?? 'no outlet', line);
    assert.equal(read[2], a.published?.slice(0, 10) ?? 'no date', line);
    assert.equal(read[3], a.authors.length ? `by ${a.authors.join(', ')}` : 'no author', line);
  }
  // A seed that could not be read says why, and nothing of a record.
  const bad = await outcomesOf(badSeeds);
  const empty = formatReport(bad.outcomes, bad.articles.length).split('\n').find((l) => l.includes('kosong.txt'));
  assert.match(empty ?? '', /^ERROR\s+kosong\.txt: empty file; skipped$/);
});

test('file names with line breaks, ESC, CR and bidi controls are shown escaped: one visible line per file', async () => {
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'arsip-names-'));
  try {
    const names = ['baris\nERROR   palsu.txt', 'esc\u001b[2Jhapus.txt', 'cr\rtimpa.txt', 'rlo\u202etxt.exe.txt', 'isolasi\u2066x\u2069.txt', 'tab\tdel\u007f.md'];
    for (const n of names) writeFileSync(join(dir, n), 'Judul Berita Yang Cukup Panjang\n\nIsi berita pendek di sini.\n');
    writeFileSync(join(dir, 'gambar\u001b]0;judul\u0007.png'), 'x');
    const { outcomes, articles } = await outcomesOf(dir);
    const report = formatReport(outcomes, articles.length);
    const lines = report.split('\n');
    assert.equal(lines.length, names.length + 2, report);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(report), `no raw control: ${JSON.stringify(report)}`);
    for (const shown of ['baris\\nERROR   palsu.txt', 'esc\\x1b[2Jhapus.txt', 'cr\\rtimpa.txt', 'rlo\\u202etxt.exe.txt', 'isolasi\\u2066x\\u2069.txt', 'tab\\tdel\\x7f.md', 'gambar\\x1b]0;judul\\x07.png']) {
      assert.ok(lines.some((l) => l.slice(8).startsWith(shown)), `a line for ${shown}:\n${report}`);
    }
    const ignored = outcomes.find((o) => o.sourceFile.endsWith('.png'))!;
    assert.deepEqual(ignored.messages, ['gambar\\x1b]0;judul\\x07.png: not a .txt, .md or .html file; ignored']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the report in Indonesian: every seed, guess, problem and the summary, nothing left in English', async () => {
  const { outcomes, articles } = await outcomesOf(badSeeds);
  const en = formatReport(outcomes, articles.length, 'all', 'en').split('\n');
  const id = formatReport(outcomes, articles.length, 'all', 'id').split('\n');
  assert.equal(id.length, en.length, 'the same lines');
  assert.match(id.find((l) => l.includes('kosong.txt')) ?? '', /^GALAT\s+kosong\.txt: berkas kosong; dilewati$/);
  assert.match(id.find((l) => l.includes('latin-1.txt')) ?? '', /berkas bukan UTF-8 yang sah; dibaca sebagai Windows-1252\/Latin-1/);
  assert.match(id.at(-1) ?? '', /^\d+ berkas: \d+ ok, \d+ dengan catatan, 4 galat, 3 diabaikan; \d+ bermasalah; \d+ artikel\.$/);
  // Outside quoted values and file names, no English sentence survives.
  const english = /\b(the|and|of|is|was|were|has|have|no|not|taken|left|ignored|used|gets|read|cut|found|should|got|assumed|inferred|decoded|skipped|dropped|files|articles|lines)\b/;
  for (const line of id) {
    const words = line.replace(/^\S+\s+\S+?: /, '').replace(/"(?:[^"\\]|\\.)*"/g, '""');
    assert.doesNotMatch(words, english, line);
  }
});

test('the seeds that need a look are the same in either language', async () => {
  const { outcomes, articles } = await outcomesOf(join(import.meta.dirname, '..', 'seeds'));
  const files = (lang: 'en' | 'id'): string[] =>
    formatReport(outcomes, articles.length, 'attention', lang)
      .split('\n')
      .slice(0, -1)
      .map((l) => l.split(/\s+/)[1]!);
  assert.deepEqual(files('id'), files('en'));
});
