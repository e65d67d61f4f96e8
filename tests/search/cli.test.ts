import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import type { Article } from '../../src/ingest/types.ts';
import { writeSearchIndex } from '../../src/search/index.ts';

const root = join(import.meta.dirname, '../..');
let out = '';
let articles: Article[] = [];

before(async () => {
  out = await mkdtemp(join(tmpdir(), 'arsip-search-cli-'));
  articles = ingestSeeds((await scanSeeds(join(root, 'seeds'))).inputs).articles;
  await writeSearchIndex(articles, out);
});
after(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

function search(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npm', ['run', '-s', 'search', '--', ...args], { cwd: root, encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('npm run search prints ranked results with title, outlet, date and URL', () => {
  const r = search(['--out', out, 'membantu']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^1–4 dari 4 hasil untuk “membantu”/);
  assert.match(r.stdout, /1\. China Masih Enggan Terima Bantuan dari AS untuk Atasi Virus Corona\?/);
  assert.match(r.stdout, /Liputan6\.com · 3 Februari 2020 · artikel\/2020\/02\/[a-z0-9-]+\/ · skor \d/);
});

test('--json prints one line per query with id, url and score, ranked', () => {
  const r = search(['--out', out, '--json', 'bantuan']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const parsed = JSON.parse(lines[0] ?? '') as { query: string; results: Array<{ id: string; url: string; score: number }> };
  assert.equal(parsed.query, 'bantuan');
  assert.deepEqual(parsed.results.map((x) => x.id).sort(), ['000_77c394e9428d86b1', '002_1dac244115b3904c', '003_4a90d90526e6e1b4', '004_d122556d1d8862e0']);
  const scores = parsed.results.map((x) => x.score);
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  for (const x of parsed.results) assert.equal(x.url, articles.find((a) => a.id === x.id)?.url);
});

test('--stdin answers one query per line', () => {
  const r = search(['--out', out, '--json', '--stdin'], 'Tiongkok\n\nkorut\nkatatidakada\n');
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: string; results: unknown[] });
  assert.deepEqual(lines.map((l) => l.query), ['Tiongkok', 'korut', 'katatidakada']);
  assert.equal(lines[0]?.results.length, articles.filter((a) => a.topics.includes('China')).length);
  assert.ok((lines[1]?.results.length ?? 0) >= 1);
  assert.equal(lines[2]?.results.length, 0);
});

test('a typo gets a hint; a missing index or query is a clear error', () => {
  const hint = search(['--out', out, 'bantuab']);
  assert.equal(hint.code, 0);
  assert.match(hint.stdout, /Mungkin maksud Anda: bantuan/);
  const missing = search(['--out', join(out, 'tidak-ada'), 'china']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /tidak ada indeks pencarian di .*tidak-ada/);
  const noQuery = search(['--out', out]);
  assert.equal(noQuery.code, 2);
  assert.match(noQuery.stderr, /tidak ada kata yang dicari dan tidak ada saringan/);
});

test('the query language and the filters work as on the page: -word, "phrase", --media, --topik, --dari/--sampai, --urut', () => {
  const json = (args: string[]): { total: number; results: Array<{ id: string; published: string | null }> } => {
    const r = search(['--out', out, '--json', '--limit', '50', ...args]);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout.trim()) as { total: number; results: Array<{ id: string; published: string | null }> };
  };
  const idsOf = (pred: (a: Article) => boolean): string[] => articles.filter(pred).map((a) => a.id).sort();
  const text = (a: Article): string => [a.title, a.lead, ...a.body.map((b) => b.text)].join('\n');
  const bantu = idsOf((a) => /bantu/i.test(text(a)));
  // "-rusia" is a query word, not a flag.
  assert.deepEqual(json(['bantuan', '-rusia']).results.map((r) => r.id).sort(), bantu.filter((id) => !idsOf((a) => /rusia/i.test(text(a))).includes(id)));
  assert.deepEqual(json(['"bantuan militer"']).results.map((r) => r.id), idsOf((a) => /bantuan militer/i.test(text(a))));
  const china = json(['china']);
  assert.deepEqual(json(['--media', 'GenPI.co', 'china']).results.map((r) => r.id).sort(), idsOf((a) => a.outlet === 'GenPI.co' && /china/i.test(text(a) + a.topics.join(' '))));
  assert.deepEqual(json(['--media', 'genpi-co', 'china']), json(['--media', 'GenPI.co', 'china']), 'slug or name');
  // Several values of a facet: any of them passes, given as a repeated flag or a comma list.
  const twoOutlets = idsOf((a) => ['GenPI.co', 'Suara.com'].includes(a.outlet ?? '') && /china/i.test(text(a) + a.topics.join(' ')));
  assert.deepEqual(json(['--media', 'GenPI.co', '--media', 'suara-com', 'china', '--limit', '100']).results.map((r) => r.id).sort(), twoOutlets);
  assert.deepEqual(json(['--media', 'genpi-co,Suara.com', 'china', '--limit', '100']).results.map((r) => r.id).sort(), twoOutlets);
  assert.ok(twoOutlets.length > idsOf((a) => a.outlet === 'GenPI.co' && /china/i.test(text(a) + a.topics.join(' '))).length, 'the second outlet adds results');
  assert.deepEqual(json(['--topik', 'rusia', 'china']).results.map((r) => r.id).sort(), idsOf((a) => a.topics.includes('Rusia') && a.topics.includes('China')));
  const feb = json(['--dari', '2020-02', '--sampai', '2020-02', 'china']).results;
  assert.ok(feb.length >= 2 && feb.every((r) => r.published?.startsWith('2020-02')));
  const oldest = json(['--urut', 'terlama', 'china']).results.map((r) => r.published).filter((p): p is string => p !== null);
  assert.equal(oldest.length, china.results.filter((r) => r.published).length);
  assert.deepEqual(oldest, [...oldest].sort());
  const text1 = search(['--out', out, '--media', 'genpi-co', 'china']);
  assert.match(text1.stdout, /^1–\d+ dari \d+ hasil untuk “china”/);
});

test('bad filter values are one-line errors naming the flag', () => {
  for (const [args, re] of [
    [['--media', 'tidak-ada', 'china'], /^error: --media "tidak-ada": media itu tidak ada di arsip ini \(/],
    [['--topik', 'tidak-ada', 'china'], /^error: --topik "tidak-ada": topik itu tidak ada di arsip ini \(/],
    [['--dari', 'kemarin', 'china'], /^error: --dari "kemarin": tulis tanggal seperti 2024, 2024-12, Desember 2024, 31\/12\/2024 atau 2024-12-31/],
    [['--tahun', 'dulu', 'china'], /^error: --tahun "dulu": tulis tahun, misalnya 2020/],
    [['--urut', 'acak', 'china'], /^error: --urut "acak": pilih relevansi, terbaru atau terlama/],
    [['--limit', '0', 'china'], /^error: --limit: tulis bilangan bulat positif/],
  ] as const) {
    const r = search(['--out', out, ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, re);
  }
});

test('filters alone browse the archive, newest first: every article of an outlet, a topic, a year', () => {
  const json = (args: string[]): { total: number; results: Array<{ id: string; published: string | null; title: string; outlet: string | null; excerpt: string }> } => {
    const r = search(['--out', out, '--json', '--limit', '50', ...args]);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout.trim());
  };
  const outlet = json(['--media', 'Liputan6.com']);
  const expected = articles.filter((a) => a.outlet === 'Liputan6.com');
  assert.ok(expected.length > 0);
  assert.equal(outlet.total, expected.length);
  assert.deepEqual(outlet.results.map((r) => r.id).sort(), expected.map((a) => a.id).sort());
  const dates = outlet.results.map((r) => r.published ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  const byTopic = json(['--topik', 'china']);
  assert.equal(byTopic.total, articles.filter((a) => a.topics.includes('China')).length);
  const year = json(['--tahun', '2020']);
  assert.equal(year.total, articles.filter((a) => a.published?.startsWith('2020')).length);
  // Results carry what a reader or a script needs: the title, the outlet, the date and an excerpt.
  const first = outlet.results[0]!;
  const art = articles.find((a) => a.id === first.id)!;
  assert.equal(first.title, art.title);
  assert.equal(first.outlet, 'Liputan6.com');
  assert.ok(first.excerpt.length > 40, first.excerpt);
  const text = search(['--out', out, '--media', 'Liputan6.com']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, new RegExp(`^1–${expected.length} dari ${expected.length} artikel dengan saringan ini`));
});

test('the terminal reads filters as the page does: topic aliases, Indonesian dates; results show an excerpt with the words marked', () => {
  const ids = (args: string[]): string[] => {
    const r = search(['--out', out, '--json', '--limit', '50', ...args]);
    assert.equal(r.code, 0, r.stderr);
    return (JSON.parse(r.stdout.trim()) as { results: Array<{ id: string }> }).results.map((x) => x.id).sort();
  };
  assert.deepEqual(ids(['--topik', 'korut']), ids(['--topik', 'Korea Utara']));
  assert.ok(ids(['--topik', 'korut']).length > 0);
  assert.deepEqual(ids(['--dari', 'Februari 2020', '--sampai', '29/02/2020', 'china']), ids(['--dari', '2020-02', '--sampai', '2020-02', 'china']));
  assert.deepEqual(ids(['--dari', '1/2/2020', 'china']), ids(['--dari', '2020-02-01', 'china']));
  const text = search(['--out', out, 'bantuan']);
  assert.match(text.stdout, /\*\*[Bb]antuan\*\*/, 'the word found is marked in the excerpt');
});

test('judul:, media: and topik: keep a word to the title, the outlet, the topics', () => {
  const ids = (q: string): string[] => {
    const r = search(['--out', out, '--json', '--limit', '50', q]);
    assert.equal(r.code, 0, r.stderr);
    return (JSON.parse(r.stdout.trim()) as { results: Array<{ id: string }> }).results.map((x) => x.id).sort();
  };
  const where = (pred: (a: Article) => boolean): string[] => articles.filter(pred).map((a) => a.id).sort();
  const inTitle = where((a) => /\bbantuan\b/i.test(a.title));
  assert.ok(inTitle.length > 0 && inTitle.length < ids('bantuan').length, 'the title holds bantuan in some of the bantuan articles');
  assert.deepEqual(ids('judul:bantuan'), inTitle);
  assert.deepEqual(ids('media:liputan6'), where((a) => a.outlet === 'Liputan6.com'));
  assert.deepEqual(ids('topik:rusia'), where((a) => a.topics.includes('Rusia')));
  const help = search(['--help']);
  for (const p of ['judul:', 'media:', 'topik:']) assert.match(help.stdout, new RegExp(p));
});

test('Tiongkok says which topic it stands for; stop words only say so', () => {
  assert.match(search(['--out', out, 'Tiongkok']).stdout, /Tiongkok → topik China/);
  assert.match(search(['--out', out, 'yang', 'dan']).stdout, /Hanya kata umum \(yang, dan\), yang tidak diindeks/);
});

test('penulis: and tempat: work in the terminal as on the page; the help names them', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'arsip-search-cli-people-'));
  try {
    const withPeople = articles.map((a, i) => (i === 1 ? { ...a, authors: ['Ardito Ramadhan', 'Icha Rastika'] } : a));
    await writeSearchIndex(withPeople, dir);
    const ids = (q: string): string[] => {
      const r = search(['--out', dir, '--json', q]);
      assert.equal(r.code, 0, r.stderr);
      return (JSON.parse(r.stdout.trim()) as { results: Array<{ id: string }> }).results.map((x) => x.id).sort();
    };
    assert.deepEqual(ids('penulis:rastika'), [withPeople[1]!.id]);
    assert.deepEqual(ids('Icha Rastika'), [withPeople[1]!.id]);
    assert.deepEqual(ids('tempat:beijing'), articles.filter((a) => a.dateline === 'Beijing').map((a) => a.id).sort());
    assert.deepEqual(ids('tempat:rastika'), []);
    const help = search(['--help']);
    assert.match(help.stdout + help.stderr, /penulis:/);
    assert.match(help.stdout + help.stderr, /tempat:/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('--json gives each hit its authors and the original address; --csv, --bibtex and --ris give the whole list', async () => {
  const { parse } = await import('csv-parse/sync');
  const json = JSON.parse(search(['--out', out, '--json', 'bantuan']).stdout) as { total: number; results: Array<{ authors: string[]; sourceUrl: string | null; title: string }> };
  assert.ok(json.results.length >= 2);
  for (const r of json.results) {
    const a = articles.find((x) => x.title === r.title)!;
    assert.deepEqual(r.authors, a.authors);
    assert.equal(r.sourceUrl, a.sourceUrl);
  }
  // The whole list, not the first ten: --limit 1 for lines, none for the files.
  const csv = search(['--out', out, '--csv', '--media', 'genpi-co']);
  assert.equal(csv.code, 0, csv.stderr);
  const rows = parse(csv.stdout) as string[][];
  assert.deepEqual(rows[0], ['id', 'title', 'outlet', 'published', 'authors', 'url', 'sourceUrl', 'excerpt']);
  const genpi = articles.filter((a) => a.outlet === 'GenPI.co');
  assert.equal(rows.length - 1, genpi.length);
  assert.ok(rows.slice(1).every((r) => r[2] === 'GenPI.co'));
  const all = search(['--out', out, '--csv', 'bantuan']);
  assert.equal((parse(all.stdout) as string[][]).length - 1, json.total, 'every result of the query');
  // Each row's excerpt is the article's opening, wherever the words are (the page's download writes the same).
  for (const r of (parse(all.stdout) as string[][]).slice(1)) {
    const a = articles.find((x) => x.id === r[0])!;
    const opening = (a.lead || a.body[0]?.text || '').split(/\s+/).slice(0, 6).join(' ');
    assert.ok(r[7]!.startsWith(opening), `"${r[7]}" opens like the article: "${opening}"`);
  }
  const bib = search(['--out', out, '--bibtex', 'bantuan']).stdout;
  assert.equal((bib.match(/^@article\{/gm) ?? []).length, json.total);
  const ris = search(['--out', out, '--ris', 'bantuan']).stdout;
  assert.equal((ris.match(/^TY {2}- NEWS/gm) ?? []).length, json.total);
  assert.equal((search(['--out', out, '--ris', '--limit', '1', 'bantuan']).stdout.match(/^TY {2}- NEWS/gm) ?? []).length, 1);
  const both = search(['--out', out, '--csv', '--json', 'bantuan']);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /^error: pilih satu: --json atau --csv/);
});
