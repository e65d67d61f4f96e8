/**
 * Evidence across the archive (src/ingest/recurring.ts): a line that recurs in
 * several articles of one outlet is dropped as that outlet's furniture; a line
 * in one or two articles, or repeated only by copies of one article, is kept.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignSlugs, ingestSeed, ingestSeeds, newAssignMemo, type IngestedSeed } from '../../src/ingest/index.ts';
import type { IngestResult } from '../../src/ingest/types.ts';
import { countWords } from '../../src/ingest/words.ts';
import { formatReport } from '../../src/report.ts';
import { article, bytes } from './helpers.ts';

const PROMO = 'Dengarkan siniar pilihan redaksi setiap pagi bersama penyiar kesayangan Anda';
const story = (outlet: string, title: string, extra: string[] = []): string =>
  article([
    title,
    `${outlet}, Jakarta - Paragraf pembuka tentang ${title.toLowerCase()} yang cukup panjang untuk sebuah berita biasa.`,
    ...extra,
    `Paragraf penutup tentang ${title.toLowerCase()} berakhir di sini dengan kalimat lengkap.`,
  ]);
const ingest = (texts: string[]): IngestResult =>
  ingestSeeds(texts.map((t, i) => ({ sourceFile: `seed-${String(i).padStart(2, '0')}.txt`, bytes: bytes(t) })));
const has = (r: IngestResult, i: number, line: string): boolean => r.articles[i]!.body.some((b) => b.text === line);

describe('lines that recur across an outlet’s articles', () => {
  const titles = ['Harga Cabai Naik Tajam', 'Jalan Tol Baru Dibuka', 'Banjir Rendam Kampung Pulo', 'Gempa Kecil Guncang Sukabumi'];

  it('a line in three or more articles of one outlet is dropped from each, with a warning and a count in the report', () => {
    const r = ingest(titles.map((t) => story('Suara.com', t, [PROMO])));
    for (let i = 0; i < titles.length; i++) {
      assert.ok(!has(r, i, PROMO), `article ${i} kept the promo`);
      assert.ok(r.articles[i]!.warnings.some((w) => w.startsWith('1 line found in 3 other articles of "Suara.com" dropped as page furniture')));
      assert.equal(r.outcomes[i]!.dropped?.inside, 1);
    }
    assert.match(formatReport(r.outcomes, r.articles.length).split('\n')[0]!, /dropped 1 line of page furniture \(1 in the story\)$/);
    const a = r.articles[0]!;
    assert.equal(a.wordCount, countWords([a.title, ...a.body.map((b) => b.text)].join('\n')), 'word count made again without the line');
  });

  it('a line in only two articles is kept: one article alone is no evidence', () => {
    const r = ingest([story('Suara.com', titles[0]!, [PROMO]), story('Suara.com', titles[1]!, [PROMO]), story('Suara.com', titles[2]!)]);
    assert.ok(has(r, 0, PROMO) && has(r, 1, PROMO));
    assert.ok(r.articles.every((a) => !a.warnings.some((w) => /other articles/.test(w))));
  });

  it('copies of one article (same title) repeat all their lines, and lose none of them', () => {
    const copy = story('Suara.com', titles[0]!, [PROMO]);
    const r = ingest([copy, copy, copy]);
    for (let i = 0; i < 3; i++) assert.ok(has(r, i, PROMO));
  });

  it('articles of different outlets are not pooled', () => {
    const r = ingest([story('Suara.com', titles[0]!, [PROMO]), story('Liputan6.com', titles[1]!, [PROMO]), story('GenPI.co', titles[2]!, [PROMO])]);
    for (let i = 0; i < 3; i++) assert.ok(has(r, i, PROMO));
  });

  it('the result does not depend on the order of the seeds', () => {
    const inputs = titles.map((t, i) => ({ sourceFile: `s${i}.txt`, bytes: bytes(story('Suara.com', t, [PROMO])) }));
    assert.deepEqual(ingestSeeds(inputs), ingestSeeds([...inputs].reverse()));
  });

  it('follow-up stories that repeat background paragraphs keep every sentence of their story', () => {
    // Three detikNews follow-ups about one flood repeat the same two background paragraphs (sentences).
    const background = [
      'Banjir merendam 12 kelurahan di Jakarta Timur sejak Senin pagi setelah hujan deras mengguyur Bogor.',
      'BPBD DKI mencatat 3.200 warga mengungsi ke 14 titik pengungsian yang disiapkan pemerintah kota.',
    ];
    const follow = ['Banjir Jakarta Timur Mulai Surut', 'Pengungsi Banjir Kembali ke Rumah', 'Warga Bersihkan Lumpur Sisa Banjir'];
    const r = ingest(follow.map((t) => story('detikNews', t, [...background, PROMO])));
    for (let i = 0; i < follow.length; i++) {
      for (const line of background) assert.ok(has(r, i, line), `article ${i} lost "${line.slice(0, 40)}"`);
    }
  });

  it('a recurring line is dropped only when its own shape is not prose (a short label or link title, no sentence end)', () => {
    const wire = 'Baca berita menarik lainnya di kanal kami setiap hari.';
    const r = ingest(titles.map((t) => story('Suara.com', t, [wire, PROMO])));
    for (let i = 0; i < titles.length; i++) {
      assert.ok(has(r, i, wire), 'a sentence is kept even when it recurs');
      assert.ok(!has(r, i, PROMO), 'a short line without a sentence end recurring in four articles is furniture');
      const o = r.articles[i]!.omitted.find((x) => x.text === PROMO);
      assert.equal(o?.reason, 'recurring', 'the dropped line is listed with its reason');
    }
  });

  it('adding a seed never changes another article\'s story sentences', () => {
    const background = 'Pemerintah provinsi menetapkan status tanggap darurat selama 14 hari sejak banjir pertama terjadi.';
    const two = ingest(titles.slice(0, 2).map((t) => story('Kompas.com', t, [background])));
    const four = ingest(titles.map((t) => story('Kompas.com', t, [background])));
    assert.deepEqual(four.articles[0]!.body, two.articles[0]!.body);
  });
});

describe('a dev session’s next build: the archive-wide step remembered (AssignMemo)', () => {
  // The same seed result objects from build to build, as the dev session's ingest cache keeps them.
  const seedOf = (file: string, text: string): IngestedSeed => ingestSeed({ sourceFile: file, bytes: bytes(text) });
  const titles = ['Harga Cabai Naik Tajam', 'Jalan Tol Baru Dibuka', 'Banjir Rendam Kampung Pulo'];
  const pool = {
    a: seedOf('a.txt', story('Suara.com', titles[0]!, [PROMO])),
    b: seedOf('b.txt', story('Suara.com', titles[1]!, [PROMO])),
    c: seedOf('c.txt', story('Suara.com', titles[2]!, [PROMO])),
    // Takes a's slug (same title), and a's id as a.md.
    a2: seedOf('a.md', story('Suara.com', titles[0]!)),
    b0: seedOf('0.txt', story('Suara.com', titles[1]!)),
  };

  it('gives every build the records and outcomes a build without memory gives', () => {
    const memo = newAssignMemo();
    const builds: Array<Array<keyof typeof pool>> = [
      ['a', 'b'], // the promo in two articles: kept
      ['a', 'b', 'c'], // in three: dropped from each, with a warning
      ['a', 'b', 'c', 'a2', 'b0'], // slugs and an id taken by seeds that sort first
      ['a', 'b'], // back: kept again, no warnings
      ['b', 'c', 'a2'],
    ];
    for (const names of builds) {
      const seeds = names.map((n) => pool[n]);
      assert.deepEqual(assignSlugs(seeds, memo), assignSlugs(seeds), names.join(' '));
    }
    const again = assignSlugs([pool.a, pool.b, pool.c], memo);
    assert.ok(again.articles[0]!.warnings.some((w) => /dropped as page furniture/.test(w)));
  });
});
