/**
 * The reader can check a record against its seed (issue 21, item 2): the article page links the
 * seed as it was read — a .txt or .md as its original bytes, a saved page only as its source in a
 * .txt (never a live copy) — and `--no-sources` leaves the copies and the links out. The copies are
 * the bytes the build read: a seed changed, removed or swapped for a link after it was read is not
 * copied (the next build publishes what is there then), and never makes the build fail.
 */
import { before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from '../../src/build.ts';
import { sha256 } from '../../src/pipeline/fingerprint.ts';
import { writeSourceCopies } from '../../src/site/sources.ts';
import { listFiles, ROOT } from './support.ts';
import type { Article } from '../../src/ingest/types.ts';

export const SOURCE_SEEDS: Record<string, string> = {
  'teks.txt': [
    'Warga Bekasi Tanam Sayur di Bantaran Kali',
    'Kompas.com - 16/05/2023, 14:30 WIB',
    'Penulis: Ardito Ramadhan',
    '',
    'BEKASI, KOMPAS.com - Warga Bekasi menanam sayur di bantaran kali yang dulu kumuh, Selasa (16/5/2023).',
    '',
    'Sekitar 30 keluarga ikut menanam kangkung dan bayam di lahan sepanjang 400 meter itu sejak tahun lalu.',
    '',
    'Bagikan: Facebook Twitter WhatsApp',
  ].join('\n'),
  'sub/catatan.md': '---\ntitle: Catatan Redaksi Juli\ndate: 2021-07-01\n---\n\nRedaksi menerima **banyak** surat pembaca bulan ini tentang banjir di Jakarta dan sekitarnya.\n',
  'halaman.html':
    '<!doctype html><html><head><meta charset="utf-8"><title>Harga Beras Naik di Pasar Induk - Suara.com</title>' +
    '<meta property="og:site_name" content="Suara.com"><meta property="article:published_time" content="2023-08-14T10:15:00+07:00">' +
    '<script>window.__pwned = "head script"; document.title = "PWNED";</script></head>' +
    '<body onload="window.__pwned=\'onload\'"><article><h1>Harga Beras Naik di Pasar Induk</h1>' +
    '<p>Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 14.000 per kilogram pada Senin pagi, kata pedagang.</p>' +
    '<p>Pedagang menyebut pasokan dari daerah sentra produksi berkurang karena musim kemarau yang panjang tahun ini.</p>' +
    '<img src="x" onerror="window.__pwned=\'img\'"><script>window.__pwned = "body script"</script></article></body></html>',
};

export function writeSeeds(dir: string): void {
  for (const [name, text] of Object.entries(SOURCE_SEEDS)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** The site path of an article's copy of its seed, as the article page links it. */
export function sourceLink(out: string, a: Article): string | null {
  const html = readFileSync(join(out, a.url, 'index.html'), 'utf8');
  const m = /<a class="seed-link" href="([^"]+)"/.exec(html);
  return m ? join(a.url, m[1]!).replace(/\\/g, '/') : null;
}

describe('the seed as it was read, linked from its article', () => {
  let seeds = '';
  let out = '';
  let articles: Article[] = [];
  before(async () => {
    const root = mkdtempSync(join(tmpdir(), 'arsip-sources-'));
    seeds = join(root, 'seeds');
    writeSeeds(seeds);
    out = join(root, 'dist');
    articles = (await build({ seedsDir: seeds, outDir: out, projectRoot: root, cache: false })).articles;
    assert.equal(articles.length, 3);
  });

  it('a .txt is copied byte for byte beside its article page, a .md as .md.txt, and the article page links it', () => {
    const txt = articles.find((a) => a.sourceFile === 'teks.txt')!;
    const link = sourceLink(out, txt)!;
    assert.match(link, /^artikel\/2023\/05\/[a-z0-9-]+\/teks\.txt$/);
    assert.deepEqual(readFileSync(join(out, link)), readFileSync(join(seeds, 'teks.txt')));
    const md = articles.find((a) => a.sourceFile === 'sub/catatan.md')!;
    const mdLink = sourceLink(out, md)!;
    assert.match(mdLink, /\/catatan\.md\.txt$/);
    assert.deepEqual(readFileSync(join(out, mdLink)), readFileSync(join(seeds, 'sub/catatan.md')));
  });

  it('the article page shows, collapsed, each line left out with its reason in Indonesian', () => {
    const txt = articles.find((a) => a.sourceFile === 'teks.txt')!;
    const html = readFileSync(join(out, txt.url, 'index.html'), 'utf8');
    const box = /<details class="omitted">([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    assert.match(box, new RegExp(`<summary>Yang tidak dimuat \\(${txt.omitted.length}\\)</summary>`));
    const items = [...box.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    assert.equal(items.length, txt.omitted.length);
    const share = items.find((i) => i.includes('Bagikan: Facebook Twitter WhatsApp'));
    assert.ok(share, items.join('\n'));
    assert.match(share, /perabot halaman/);
    assert.match(share, /share-bar/);
    assert.doesNotMatch(box, /before-headline|after-story|furniture\b/, 'reasons are in Indonesian');
  });

  it('a saved page is published only as its source text (.html.txt), never as a page', () => {
    const page = articles.find((a) => a.sourceFile === 'halaman.html')!;
    const link = sourceLink(out, page)!;
    assert.match(link, /\/halaman\.html\.txt$/);
    assert.deepEqual(readFileSync(join(out, link)), readFileSync(join(seeds, 'halaman.html')));
    // In the article folders: each page and its seed's copy, nothing a browser would run.
    const files = listFiles(join(out, 'artikel'));
    assert.equal(files.filter((f) => f.endsWith('.txt')).length, 3);
    assert.ok(files.every((f) => f.endsWith('.txt') || f.endsWith('/index.html')), files.join(', '));
  });

  it('--no-sources leaves the copies and the links out; the help names the flag', () => {
    const noSrc = join(out, '..', 'tanpa-sumber');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'build', '--seeds', seeds, '--out', noSrc, '--no-sources'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(listFiles(join(noSrc, 'artikel')).filter((f) => f.endsWith('.txt')), []);
    for (const a of articles) assert.equal(sourceLink(noSrc, a), null, a.sourceFile);
    // The same output folder built again with sources: the copies and links come back.
    const again = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'build', '--seeds', seeds, '--out', noSrc], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    assert.equal(listFiles(join(noSrc, 'artikel')).filter((f) => f.endsWith('.txt')).length, 3);
    assert.notEqual(sourceLink(noSrc, articles[0]!), null);
    const help = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'build', '--help'], { encoding: 'utf8' });
    assert.match(help.stdout + help.stderr, /--no-sources/);
  });
});

test('a seed swapped for a link, changed or removed after it was read is not published; the rest are', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-copies-'));
  try {
    const seeds = join(dir, 'seeds');
    const out = join(dir, 'out');
    const secret = join(dir, 'rahasia.txt');
    writeFileSync(secret, 'kata sandi pemilik mesin\n');
    const read = 'Banjir melanda Bekasi.\n';
    (['a', 'b', 'c', 'd'] as const).forEach((n) => writeFileSync(join(seeds + '-' + n), read));
    const copy = (n: string) => ({ path: `artikel/2020/02/${n}/${n}.txt`, from: `${seeds}-${n}`, hash: sha256(read) });
    // After the build read them: a becomes a link to a private file, b is rewritten, c is removed; d is as read.
    unlinkSync(`${seeds}-a`);
    symlinkSync(secret, `${seeds}-a`);
    writeFileSync(`${seeds}-b`, 'Isi lain yang belum dibaca.\n');
    unlinkSync(`${seeds}-c`);
    const skipped = writeSourceCopies(['a', 'b', 'c', 'd'].map(copy), out);
    assert.deepEqual(skipped.map((c) => c.path), ['a', 'b', 'c'].map((n) => copy(n).path));
    for (const n of ['a', 'b', 'c']) assert.equal(existsSync(join(out, copy(n).path)), false, n);
    assert.equal(readFileSync(join(out, copy('d').path), 'utf8'), read);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
