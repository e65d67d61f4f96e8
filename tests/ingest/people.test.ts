/**
 * Authors as people (issue 21, item 3): a byline of several reporters becomes `authors` in byline
 * order; each author gets a page (`penulis/<slug>/`), an Atom feed, and a row in `penulis/`;
 * the article page links them from its byline; citations, JSON-LD, feeds and exports carry them all.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildSeedsSite, type BuiltSite } from '../site/support.ts';
import { splitAuthors } from '../../src/ingest/people.ts';
import { ARTICLE_FIELDS } from '../../src/ingest/record.ts';

describe('a byline is cut into authors only where every part is a name', () => {
  it('splits on ",", "dan", "and", "&", "/" and "|"', () => {
    assert.deepEqual(splitAuthors('Ardito Ramadhan, Icha Rastika dan Budi Santoso'), ['Ardito Ramadhan', 'Icha Rastika', 'Budi Santoso']);
    assert.deepEqual(splitAuthors('Ardito Ramadhan & Icha Rastika'), ['Ardito Ramadhan', 'Icha Rastika']);
    assert.deepEqual(splitAuthors('Siti Aminah and John Smith'), ['Siti Aminah', 'John Smith']);
    assert.deepEqual(splitAuthors('Achmad Fauzi | Restu Fadilah'), ['Achmad Fauzi', 'Restu Fadilah']);
    assert.deepEqual(splitAuthors('A. Rahman/M. Yusuf'), ['A. Rahman', 'M. Yusuf']);
    assert.deepEqual(splitAuthors('Siti Aminah'), ['Siti Aminah']);
    assert.deepEqual(splitAuthors(null), []);
    assert.deepEqual(splitAuthors('  '), []);
  });
  it('keeps a byline whole when a part is not a name (an outlet, a desk in capitals, lower-case words)', () => {
    assert.deepEqual(splitAuthors('Ardito Ramadhan/Kompas.com'), ['Ardito Ramadhan/Kompas.com']);
    assert.deepEqual(splitAuthors('Galih Pradipta/ANTARA'), ['Galih Pradipta/ANTARA']);
    assert.deepEqual(splitAuthors('tim redaksi dan kontributor'), ['tim redaksi dan kontributor']);
  });
});

const SEEDS: Record<string, string> = {
  'bendungan.txt': [
    'Jokowi Resmikan Bendungan Baru di Jawa Tengah',
    'Kompas.com - 16/05/2023, 14:30 WIB',
    'Penulis: Ardito Ramadhan, Icha Rastika dan Budi Santoso | Editor: Dwi Susanto',
    '',
    'JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan Bendungan Sukamaju di Kabupaten Grobogan, Jawa Tengah, pada Selasa (16/5/2023) siang.',
    '',
    'Jokowi mengatakan, bendungan itu akan mengairi sekitar 5.000 hektar sawah milik petani di tiga kecamatan.',
  ].join('\n'),
  'pasar.txt': [
    'Harga Cabai di Pasar Grobogan Turun Menjelang Panen',
    'Kompas.com - 20/05/2023, 09:00 WIB',
    'Penulis: Ardito Ramadhan | Editor: Dwi Susanto',
    '',
    'GROBOGAN, KOMPAS.com - Harga cabai rawit di pasar tradisional Grobogan turun menjelang panen raya pekan ini.',
    '',
    'Pedagang mengatakan pasokan dari petani meningkat dua kali lipat dibandingkan bulan lalu.',
  ].join('\n'),
};

let site: BuiltSite;
const read = (rel: string): string => readFileSync(join(site.out, rel), 'utf8');
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-people-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(SEEDS)) writeFileSync(join(dir, name), text);
  site = await buildSeedsSite({ seedsDir: dir, baseUrl: 'https://arsip.example/' });
});

describe('authors in the built site', () => {
  it('the record holds the byline\'s reporters in order, the editor apart', () => {
    const a = site.articles.find((x) => x.sourceFile === 'bendungan.txt')!;
    assert.deepEqual(a.authors, ['Ardito Ramadhan', 'Icha Rastika', 'Budi Santoso']);
    assert.equal(a.editor, 'Dwi Susanto');
    assert.equal(a.photographer, null);
  });

  it('penulis/ lists every author with a count, most articles first; each has a page with its articles and a feed', () => {
    const index = read('penulis/index.html');
    const names = [...index.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <span class="count">([^<]+)<\/span>/g)].map((m) => [m[1], m[2], m[3]!.split(' ')[0]]);
    assert.deepEqual(names[0], ['../penulis/ardito-ramadhan/index.html', 'Ardito Ramadhan', '2']);
    assert.deepEqual(new Set(names.map((n) => n[1])), new Set(['Ardito Ramadhan', 'Icha Rastika', 'Budi Santoso']));
    const ardito = read('penulis/ardito-ramadhan/index.html');
    assert.match(ardito, /<h1>Penulis: Ardito Ramadhan<\/h1>/);
    assert.match(ardito, /Jokowi Resmikan Bendungan Baru/);
    assert.match(ardito, /Harga Cabai di Pasar Grobogan/);
    assert.match(ardito, /href="feed\.xml"|href="https:\/\/arsip\.example\/penulis\/ardito-ramadhan\/feed\.xml"/);
    const icha = read('penulis/icha-rastika/index.html');
    assert.doesNotMatch(icha, /Harga Cabai/);
    const feed = read('penulis/icha-rastika/feed.xml');
    assert.match(feed, /<title>Jokowi Resmikan Bendungan Baru di Jawa Tengah<\/title>/);
    assert.equal([...feed.matchAll(/<entry>/g)].length, 1);
    assert.ok(site.files.includes('penulis/2023/index.html') === false, 'a year list lives under the author, not beside it');
    assert.match(read('sitemap.xml'), /penulis\/ardito-ramadhan\//);
  });

  it('the article page links each author from its byline, and JSON-LD and the citation name them all', () => {
    const a = site.articles.find((x) => x.sourceFile === 'bendungan.txt')!;
    const html = read(`${a.url}index.html`);
    const byline = /<p class="byline">([\s\S]*?)<\/p>/.exec(html)![1]!;
    const links = [...byline.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(links, [
      ['../../../../penulis/ardito-ramadhan/index.html', 'Ardito Ramadhan'],
      ['../../../../penulis/icha-rastika/index.html', 'Icha Rastika'],
      ['../../../../penulis/budi-santoso/index.html', 'Budi Santoso'],
    ]);
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
    assert.deepEqual(ld.author, a.authors.map((name) => ({ '@type': 'Person', name })));
    assert.match(html, /Ardito Ramadhan, Icha Rastika, &amp; Budi Santoso\. \(2023, 16 Mei\)/);
    assert.equal([...html.matchAll(/<meta name="citation_author"/g)].length, 3);
    assert.equal([...html.matchAll(/<meta property="article:author"/g)].length, 3);
  });

  it('the site feeds give one author element per author', () => {
    const atom = read('feed.xml');
    const entry = /<entry>(?:(?!<\/entry>)[\s\S])*Bendungan(?:(?!<\/entry>)[\s\S])*<\/entry>/.exec(atom)![0];
    assert.deepEqual([...entry.matchAll(/<author><name>([^<]+)<\/name><\/author>/g)].map((m) => m[1]), ['Ardito Ramadhan', 'Icha Rastika', 'Budi Santoso']);
    const json = JSON.parse(read('feed.json')) as { items: { title: string; authors: { name: string }[] }[] };
    const item = json.items.find((i) => i.title.includes('Bendungan'))!;
    assert.deepEqual(item.authors, [{ name: 'Ardito Ramadhan' }, { name: 'Icha Rastika' }, { name: 'Budi Santoso' }]);
  });

  it('exports: authors as an array in JSON, joined with "; " in CSV; photographer beside editor', () => {
    const json = JSON.parse(read('data/articles.json')) as Record<string, unknown>[];
    const rec = json.find((r) => r.sourceFile === 'bendungan.txt')!;
    assert.deepEqual(rec.authors, ['Ardito Ramadhan', 'Icha Rastika', 'Budi Santoso']);
    assert.ok('photographer' in rec && !('author' in rec));
    const rows: string[][] = parseCsv(read('data/articles.csv'), { bom: true });
    assert.deepEqual(rows[0], [...ARTICLE_FIELDS]);
    const row = rows.find((r) => r[ARTICLE_FIELDS.indexOf('sourceFile')] === 'bendungan.txt')!;
    assert.equal(row[ARTICLE_FIELDS.indexOf('authors')], 'Ardito Ramadhan; Icha Rastika; Budi Santoso');
  });
});
