/**
 * Bad seeds (issue 6), reading side: every broken, strange or hostile file
 * gets one clear message naming it; readable articles are kept with warnings;
 * unreadable ones are skipped; no other seed is affected.
 *
 * Small fixtures live in tests/fixtures/hostile; huge, binary and special
 * files (50 MB, 1 MB line, NUL bytes, PNG bytes, FIFO, symlinks, a sparse
 * 65 MB file) are made here in a temp folder so they are never committed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingestSeed, ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import { writeGeneratedSeeds } from '../support/generated-seeds.ts';
import type { Article, SeedOutcome } from '../../src/ingest/types.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const GOOD_SEED = join(import.meta.dirname, '..', '..', 'seeds', '000_77c394e9428d86b1.txt');

describe('bad seeds', () => {
  let root: string;
  let dir: string;
  const outcome = new Map<string, SeedOutcome>();
  const articles = new Map<string, Article>();

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'arsip-bad-seeds-'));
    dir = join(root, 'seeds');
    cpSync(FIXTURES, dir, { recursive: true });
    cpSync(GOOD_SEED, join(dir, 'baik.txt'));
    // Binary (NUL bytes, a PNG named .txt) and huge (50 MB of paragraphs, a single 1 MB line).
    writeGeneratedSeeds(dir, { heavy: true });
    // A sparse file over the size limit: never read at all.
    writeFileSync(join(dir, 'raksasa.txt'), '');
    truncateSync(join(dir, 'raksasa.txt'), 65 * 1024 * 1024);
    // Symlinks: outside the seeds folder (refused), inside (followed), dangling (error).
    writeFileSync(join(root, 'rahasia.txt'), 'Data Rahasia Di Luar Folder\n\nIsi yang tidak boleh terbaca.\n');
    symlinkSync(join(root, 'rahasia.txt'), join(dir, 'tautan-keluar.txt'));
    symlinkSync('/etc/passwd', join(dir, 'tautan-passwd.txt'));
    symlinkSync('baik.txt', join(dir, 'tautan-dalam.txt'));
    symlinkSync(join(dir, 'tidak-ada.txt'), join(dir, 'tautan-putus.txt'));
    symlinkSync(join(dir, 'sub'), join(dir, 'tautan-folder'));
    // A FIFO named like a seed: opening it would hang the build.
    assert.equal(spawnSync('mkfifo', [join(dir, 'pipa.txt')]).status, 0, 'mkfifo available');
    // A hidden folder and a nested folder.
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config.txt'), 'bukan berita');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'dalam-folder.txt'), 'Berita Dalam Subfolder\n\nIsi berita di subfolder, Senin (3/2/2020).\n');

    const scanned = await scanSeeds(dir);
    const result = ingestSeeds(scanned.inputs);
    for (const o of [...scanned.outcomes, ...result.outcomes]) {
      assert.ok(!outcome.has(o.sourceFile), `one outcome per file: ${o.sourceFile}`);
      outcome.set(o.sourceFile, o);
    }
    for (const a of result.articles) articles.set(a.sourceFile, a);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const expectOutcome = (file: string, status: SeedOutcome['status'], pattern: RegExp): SeedOutcome => {
    const o = outcome.get(file);
    assert.ok(o, `${file} is accounted for`);
    assert.equal(o.status, status, `${file}: ${JSON.stringify(o.messages)}`);
    assert.ok(o.messages.some((m) => pattern.test(m)), `${file}: ${JSON.stringify(o.messages)} should match ${pattern}`);
    for (const m of o.messages) {
      assert.ok(m.startsWith(`${file}: `), `message names the file: ${m}`);
      assert.ok(!m.includes('\n'), 'one line');
    }
    return o;
  };
  const kept = (file: string): Article => {
    const a = articles.get(file);
    assert.ok(a, `${file} kept as an article`);
    return a;
  };

  it('every file in the folder is accounted for exactly once', () => {
    for (const f of ['baik.txt', 'kosong.txt', 'catatan.docx', '.tersembunyi.txt', '.git', 'pipa.txt', 'sub/dalam-folder.txt']) {
      assert.ok(outcome.has(f), f);
    }
  });

  it('empty file → skipped with "empty file"', () => {
    const o = expectOutcome('kosong.txt', 'error', /^kosong\.txt: empty file; skipped$/);
    assert.ok(!articles.has('kosong.txt'));
    assert.ok(o.problems.length > 0);
  });

  it('whitespace only → skipped', () => {
    expectOutcome('spasi-saja.txt', 'error', /empty file \(whitespace only\)/);
    assert.ok(!articles.has('spasi-saja.txt'));
  });

  it('NUL bytes → skipped as a binary file', () => {
    expectOutcome('nul.txt', 'error', /binary file \(contains NUL bytes\)/);
  });

  it('an image with a .txt name → skipped as a binary file, naming the kind', () => {
    expectOutcome('gambar.txt', 'error', /binary file \(PNG image\)/);
  });

  it('50 MB of text → kept, cut with a problem naming the size', () => {
    const o = expectOutcome('besar-50mb.txt', 'warning', /text is 52,4\d\d,\d{3} characters; only the first [\d,]+ were read/);
    assert.ok(o.problems.length > 0);
    const a = kept('besar-50mb.txt');
    assert.equal(a.title, 'Berkas Berita Yang Sangat Besar');
    assert.equal(a.published, '2020-02-03');
  });

  it('a 50 MB saved page → kept: scripts, styles and inline images cut before parsing, with a line saying so', () => {
    expectOutcome('besar-50mb.html', 'warning', /page is 5\d\.\d MB of text; .* cut before parsing/);
    const a = kept('besar-50mb.html');
    assert.equal(a.title, 'Halaman Tersimpan Yang Sangat Besar');
    assert.equal(a.published, '2020-02-03T10:00:00+07:00');
    assert.ok(!a.body.some((b) => /xxxx|AAAA|kelas-panjang/.test(b.text)));
  });

  it('a .html that is not HTML, and a page in another language → one line each', () => {
    expectOutcome('halaman-bukan-html.html', 'error', /^halaman-bukan-html\.html: not an HTML page/);
    expectOutcome('halaman-inggris.html', 'warning', /does not read as Indonesian/);
    assert.equal(kept('halaman-inggris.html').title, 'Volcano Alert Raised as Ash Reaches Nearby Villages');
  });

  it('a page whose title, meta tags and JSON-LD carry script → plain text in the record, each problem told', () => {
    const o = expectOutcome('halaman-skrip.html', 'warning', /JSON-LD headline carries markup or script/);
    assert.ok(o.messages.some((m) => /canonical "javascript:/.test(m)));
    const a = kept('halaman-skrip.html');
    assert.equal(a.title, 'Warga Tolak Tambang Pasir');
    assert.equal(a.outlet, 'Suara.com');
    assert.equal(a.sourceUrl, null, 'a javascript: address is never a source URL');
    assert.deepEqual(a.authors, []);
    const record = JSON.stringify({ ...a, warnings: [], notices: [] }); // the notices quote what was removed, as the warnings do
    assert.ok(!/__pwned|onerror|onclick|onload|javascript:/i.test(record), 'no script, handler or javascript: URL survives');
    assert.ok(a.body.some((b) => b.text.includes('<script>alert("spanduk")</script>')), 'escaped text in the page stays text');
  });

  it('a single 1 MB line → kept, the paragraph cut on a word boundary with a warning', () => {
    const o = expectOutcome('satu-baris.txt', 'warning', /a line of 1,050,000 characters was cut/);
    assert.ok(o.problems.length > 0, 'a problem with the file, so --strict fails on it');
    const a = kept('satu-baris.txt');
    assert.ok(a.body.every((b) => b.text.length <= 20_010));
    assert.ok(a.body[0]!.text.startsWith('kata kata'));
  });

  it('a file over 64 MB is not read at all', () => {
    expectOutcome('raksasa.txt', 'error', /file is 65\.0 MB, over the 64 MB limit; not read/);
  });

  it('Windows-1252 bytes → decoded (smart quotes, dashes, ellipsis kept) with a problem', () => {
    expectOutcome('windows-1252.txt', 'warning', /not valid UTF-8; decoded as Windows-1252/);
    const a = kept('windows-1252.txt');
    assert.equal(a.title, 'Pedagang “Cabai” Mengeluh');
    assert.ok(a.body.some((b) => b.text.includes('café – Senin')));
    assert.ok(a.body.some((b) => b.text.endsWith('turun…')));
  });

  it('Latin-1 bytes → decoded with a problem', () => {
    expectOutcome('latin-1.txt', 'warning', /decoded as Windows-1252\/Latin-1/);
    assert.equal(kept('latin-1.txt').title, 'Président Kunjungi Pasar');
    assert.equal(kept('latin-1.txt').slug, 'president-kunjungi-pasar');
  });

  it('UTF-16 with BOM (LE and BE) → decoded, with a note', () => {
    expectOutcome('utf16le-bom.txt', 'warning', /UTF-16LE \(with BOM\)/);
    expectOutcome('utf16be-bom.txt', 'warning', /UTF-16BE \(with BOM\)/);
    assert.equal(kept('utf16le-bom.txt').title, 'Banjir Rendam Kampung Melayu');
    assert.equal(kept('utf16le-bom.txt').outlet, 'ANTARA');
    assert.equal(kept('utf16be-bom.txt').published, '2020-02-02');
  });

  it('a UTF-8 BOM is invisible: no stray character in the title, no problem', () => {
    const a = kept('utf8-bom.txt');
    assert.equal(a.title, 'Gempa Guncang Lombok');
    assert.equal(outcome.get('utf8-bom.txt')!.problems.length, 0);
  });

  it('mixed CRLF / CR / LF line ends → the same paragraphs as LF', () => {
    const a = kept('akhir-baris-campur.txt');
    assert.equal(a.title, 'Jalan Tol Baru Dibuka');
    assert.deepEqual(
      a.body.map((b) => b.text),
      ['Jalan tol sepanjang 20 kilometer dibuka, Rabu (5/2/2020).', 'Pengendara menyambut baik.', 'Tarif akan diumumkan pekan depan.'],
    );
    assert.ok(a.body.every((b) => !b.text.includes('\r')));
  });

  it('malformed YAML front matter → a problem, the body is still read', () => {
    expectOutcome('yaml-rusak.md', 'warning', /front matter is not valid YAML/);
    assert.equal(kept('yaml-rusak.md').lead, 'Isi berita tetap terbaca walau front matter rusak, kata redaksi.');
  });

  it('wrong types (date: kemarin, title: 42, topics: "x") and unknown keys → one problem each, values ignored', () => {
    const o = expectOutcome('tipe-salah.md', 'warning', /front matter date "kemarin" is not a date/);
    assert.ok(o.messages.some((m) => /"title" should be text, got number 42/.test(m)));
    assert.ok(o.messages.some((m) => /"topics" should be a list/.test(m)));
    assert.ok(o.messages.some((m) => /key "warna" is unknown/.test(m)));
    assert.equal(o.problems.length, 4);
    const a = kept('tipe-salah.md');
    assert.notEqual(a.title, '42');
    assert.ok(!a.topics.includes('x'));
    assert.equal(a.published, '2020-02-03', 'the date in the text is used instead');
  });

  it('JavaScript front matter is never run', () => {
    expectOutcome('front-matter-js.md', 'warning', /front matter in "js" is not supported \(only YAML\); ignored and not run/);
    assert.equal((globalThis as Record<string, unknown>).__arsipPwned, undefined);
  });

  it('dangerous slugs are sanitised, with a problem naming what was wrong', () => {
    const cases: Array<[string, RegExp, string]> = [
      ['slug-traversal.md', /contains a path/, 'etc-passwd'],
      ['slug-absolut.md', /is an absolute path/, 'etc-passwd'],
      ['slug-kosong.md', /has no letters or digits/, 'judul-slug-berbahaya-nomor-3'],
      ['slug-tanda-baca.md', /has no letters or digits/, 'judul-slug-berbahaya-nomor-4'],
      ['slug-panjang.md', /longer than 80 characters/, 'a'.repeat(80)],
      ['slug-con.md', /reserved device name/, 'con-artikel'],
      ['slug-nul.md', /reserved device name/, 'nul-artikel'],
      ['slug-com1.md', /reserved device name/, 'com1-artikel'],
    ];
    for (const [file, why, base] of cases) {
      const o = expectOutcome(file, 'warning', why);
      assert.ok(o.problems.some((p) => why.test(p)));
      const a = kept(file);
      assert.ok(a.slug === base || a.slug.startsWith(`${base}-`), `${file}: ${a.slug}`);
      assert.match(a.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(!a.url.includes('..'));
    }
    // Two dangerous slugs that clean up to the same text still get distinct slugs.
    assert.notEqual(kept('slug-traversal.md').slug, kept('slug-absolut.md').slug);
  });

  it('two seeds with the same headline and date → both kept, distinct slugs, the second warned', () => {
    const a = kept('kembar-a.txt');
    const b = kept('kembar-b.txt');
    assert.equal(a.slug, 'rapat-kabinet-bahas-harga-beras');
    assert.equal(b.slug, 'rapat-kabinet-bahas-harga-beras-2');
    assert.notEqual(a.url, b.url);
    expectOutcome('kembar-b.txt', 'warning', /already used by kembar-a\.txt/);
  });

  it('files that are not .txt/.md/.html are ignored with a note', () => {
    expectOutcome('catatan.docx', 'ignored', /not a \.txt, \.md or \.html file; ignored/);
    expectOutcome('foto.jpg', 'ignored', /not a \.txt, \.md or \.html file; ignored/);
  });

  it('hidden files and folders are ignored with a note', () => {
    expectOutcome('.tersembunyi.txt', 'ignored', /hidden file; not read/);
    expectOutcome('.git', 'ignored', /hidden folder; not read/);
    assert.ok(!outcome.has('.git/config.txt'));
  });

  it('symlinks pointing outside the seeds folder are refused; inside ones are read; dangling ones are errors', () => {
    expectOutcome('tautan-keluar.txt', 'error', /symlink points outside the seeds folder; refused/);
    expectOutcome('tautan-passwd.txt', 'error', /symlink points outside the seeds folder; refused/);
    assert.ok(![...articles.values()].some((a) => a.title.includes('Rahasia') || a.lead.includes('root:')));
    assert.equal(kept('tautan-dalam.txt').title, kept('baik.txt').title);
    expectOutcome('tautan-putus.txt', 'error', /broken link|cannot be read/);
    expectOutcome('tautan-folder', 'ignored', /symlinked folder; not followed/);
    assert.ok(!outcome.has('tautan-folder/dalam-folder.txt'));
  });

  it('a missing seeds folder is one clear error, not a stack of them', async () => {
    await assert.rejects(scanSeeds(join(root, 'tidak-ada')), /seeds folder .*tidak-ada cannot be read \(ENOENT\)/);
    await assert.rejects(scanSeeds(join(root, 'rahasia.txt')), /is not a folder/);
  });

  it('a FIFO named like a seed is never opened (it would hang the build)', () => {
    expectOutcome('pipa.txt', 'error', /not a regular file/);
  });

  it('page furniture only → skipped, saying why', () => {
    expectOutcome('hanya-furnitur.txt', 'error', /no article text \(only page furniture\); skipped/);
  });

  it('seeds in sub-folders are read, with "/" in sourceFile', () => {
    assert.equal(kept('sub/dalam-folder.txt').title, 'Berita Dalam Subfolder');
    assert.equal(kept('sub/dalam-folder.txt').id, 'sub/dalam-folder');
  });

  it('no other seed is affected: the good seed reads exactly as it does alone', () => {
    const alone = ingestSeeds([{ sourceFile: 'baik.txt', bytes: new Uint8Array(readFileSync(GOOD_SEED)) }]).articles[0]!;
    assert.deepEqual(kept('baik.txt'), alone);
    assert.equal(outcome.get('baik.txt')!.problems.length, 0);
  });

  it('unreadable file (EACCES) → error naming the file; the others are still read', async () => {
    // Tests run as root, and root ignores chmod 000, so a real permission
    // error cannot be produced here. The scanner's read function is replaced
    // by one that fails exactly as fs does for a chmod-000 file (code EACCES).
    const small = join(root, 'izin');
    mkdirSync(small);
    writeFileSync(join(small, 'terkunci.txt'), 'Judul\n\nIsi.');
    writeFileSync(join(small, 'terbuka.txt'), 'Judul Terbuka Untuk Dibaca\n\nIsi berita terbuka.');
    const scanned = await scanSeeds(small, {
      readFile: async (path) => {
        if (path.endsWith('terkunci.txt')) {
          throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
        }
        return new Uint8Array(readFileSync(path));
      },
    });
    assert.deepEqual(scanned.outcomes, [
      {
        sourceFile: 'terkunci.txt',
        status: 'error',
        messages: ['terkunci.txt: cannot be read: permission denied'],
        notices: [{ code: 'file.unreadable', params: { subject: '', why: 'permission', detail: '' } }],
        problems: ['cannot be read: permission denied'],
      },
    ]);
    assert.deepEqual(
      scanned.inputs.map((i) => i.sourceFile),
      ['terbuka.txt'],
    );
  });

  it('ingestSeed never throws, even for bytes that break every stage', () => {
    for (const bytes of [new Uint8Array([0xff, 0xfe, 0x00]), new Uint8Array([0xfe, 0xff, 0xd8, 0x00]), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const r = ingestSeed({ sourceFile: 'x.txt', bytes });
      assert.ok(['error', 'warning', 'ok'].includes(r.outcome.status));
    }
  });
});
