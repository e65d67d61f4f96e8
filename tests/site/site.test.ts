/**
 * The five seeds built through the real pipeline into a temporary folder:
 * page set, feeds, sitemap, links, exports, CSP, Indonesian dates.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildSeedsSite, isExternalOrFragment, linksIn, listFiles, type BuiltSite } from './support.ts';
import { buildArchive } from '../../src/archive/index.ts';
import { renderSite } from '../../src/site/index.ts';
import { writeExports } from '../../src/site/exportFiles.ts';
import { ARTICLE_FIELDS } from '../../src/site/exports.ts';
import { rootScript } from '../../src/site/rootScript.ts';
import { makeArticles } from './make-articles.ts';
import { readFragment } from './live-markup.ts';

let site: BuiltSite;
before(async () => {
  site = await buildSeedsSite();
});

const read = (rel: string): string => readFileSync(join(site.out, rel), 'utf8');

test('the five seeds become five article pages at their Article.url', () => {
  assert.equal(site.articles.length, 5);
  for (const a of site.articles) {
    assert.ok(site.files.includes(`${a.url}index.html`), `article page for ${a.sourceFile} at ${a.url}`);
    const html = read(`${a.url}index.html`);
    assert.ok(html.includes(`<h1>${escapeText(a.title)}</h1>`), `headline of ${a.sourceFile}`);
    assert.ok(html.includes(`<code>${escapeText(a.sourceFile)}</code>`), 'seed file name shown');
  }
});

test('every month, year, outlet and topic has its page, plus the fixed pages', () => {
  const expected = new Set<string>(['index.html', 'arsip/index.html', 'media/index.html', 'topik/index.html', 'tanpa-tanggal/index.html', 'tentang/index.html', '404.html', 'feed.xml', 'feed.json', 'sitemap.xml', 'robots.txt', 'assets/style.css', 'data/articles.json', 'data/articles.csv', 'data/articles-titik-koma.csv']);
  for (const a of site.articles) {
    if (a.published) {
      expected.add(`arsip/${a.published.slice(0, 4)}/${a.published.slice(5, 7)}/index.html`);
      expected.add(`arsip/${a.published.slice(0, 4)}/index.html`);
    }
    if (a.outlet) expected.add(`media/${site.model.outletSlugs[a.outlet]}/index.html`);
    for (const t of a.topics) expected.add(`topik/${site.model.topicSlugs[t]}/index.html`);
  }
  for (const f of expected) assert.ok(site.files.includes(f), `missing ${f}`);
  // The outlets the seeds name, with their ASCII slugs.
  for (const slug of ['liputan6-com', 'suara-com', 'genpi-co']) assert.ok(site.files.includes(`media/${slug}/index.html`), slug);
  assert.ok(site.files.includes('topik/china/index.html'));
  assert.ok(site.files.includes('topik/covid-19/index.html'));
});

test('home lists every article newest first, undated last', () => {
  const html = read('index.html');
  const hrefs = [...html.matchAll(/<h2 class="card-title"><a href="([^"]+)"/g)].map((m) => m[1]);
  const expected = site.model.pages.articles.map((p) => p.path);
  assert.deepEqual(hrefs, expected);
  const dated = site.articles.filter((a) => a.published).sort((x, y) => (x.published! < y.published! ? 1 : -1));
  assert.equal(expected[0], `${dated[0]!.url}index.html`);
  const undated = site.articles.filter((a) => !a.published);
  for (const u of undated) assert.ok(expected.indexOf(`${u.url}index.html`) >= dated.length);
});

test('article pages: Indonesian date with time zone, reading time, topics, related, JSON-LD and Open Graph', () => {
  const timed = site.articles.find((a) => a.published && a.published.includes('T'));
  assert.ok(timed, 'a seed with a time (GenPI: 15 Maret 2022 06:25)');
  const html = read(`${timed.url}index.html`);
  assert.match(html, /<time datetime="2022-03-15T06:25:00\+07:00">Selasa, 15 Maret 2022, pukul 06\.25 WIB<\/time>/);
  assert.match(html, /\d+ menit baca/);
  const day = site.articles.find((a) => a.published === '2020-02-03');
  assert.ok(day);
  assert.match(read(`${day.url}index.html`), />Senin, 3 Februari 2020<\/time>/);
  const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.headline, timed.title);
  assert.equal(ld.datePublished, '2022-03-15T06:25:00+07:00');
  assert.match(html, /<meta property="og:title" content="[^"]+">/);
  assert.match(html, /<meta property="og:type" content="article">/);
  assert.match(html, /<section class="related"/);
  for (const t of timed.topics) assert.ok(html.includes(`>${escapeText(t)}</a>`), `topic ${t}`);
});

test('every HTML page has lang="id", the CSP meta tag, one <h1>, a skip link, and no inline script or style (but 404.html\'s root finder, allowed by its hash)', () => {
  const finder = rootScript();
  for (const f of site.html) {
    const html = read(f);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="id">/, f);
    // 404.html without a base URL allows its own root finder by hash, and nothing else.
    const scriptSrc = f === '404.html' ? `'self' ${finder.cspSource.replace(/'/g, '&#39;')}` : `'self'`;
    assert.ok(
      html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; style-src 'self'; script-src ${scriptSrc}; object-src 'none'; base-uri 'none'; form-action 'self'">`),
      `CSP on ${f}`,
    );
    if (f === '404.html') {
      const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc="|application\/ld\+json/.test(m[0]));
      assert.deepEqual(inline.map((m) => m[1]), [finder.text], 'the one inline script is the root finder, as hashed');
    }
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1, `one h1 on ${f}`);
    assert.match(html, /<a class="skip-link" href="#isi">/);
    assert.doesNotMatch(html, /<style[\s>]|\sstyle="|\son[a-z]+="/i, `no inline style/handlers on ${f}`);
    for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
      if (f === '404.html' && /\sdata-folders="/.test(m[1]!)) continue;
      assert.ok(/type="application\/ld\+json"/.test(m[1]!) || /\ssrc="/.test(m[1]!), `only data blocks or external scripts on ${f}`);
    }
    assert.match(html, /<form class="site-search" role="search" aria-label="Cari di seluruh arsip" action="(\.\.\/)*cari\/index\.html" method="get">/);
    for (const nav of ['Beranda', 'Arsip', 'Media', 'Topik', 'Statistik', 'Tentang']) assert.ok(html.includes(`>${nav}</a>`), `${nav} in nav of ${f}`);
  }
});

test('link check: every relative href/src/action in every page resolves to an existing file', () => {
  let checked = 0;
  for (const f of site.html) {
    for (const link of linksIn(read(f))) {
      if (isExternalOrFragment(link)) continue;
      assert.ok(!link.startsWith('/'), `root-absolute link ${link} in ${f} breaks file:// and sub-paths`);
      const target = resolve(dirname(join(site.out, f)), decodeURIComponent(link.replace(/[?#].*$/, '')));
      assert.ok(target.startsWith(site.out), `${link} in ${f} leaves the site`);
      assert.ok(existsSync(target) && statSync(target).isFile(), `${link} in ${f} → ${target} is not a file`);
      checked++;
    }
  }
  assert.ok(checked > 500, `checked ${checked} links`);
});

test('Atom feed is valid XML with the dated articles newest first', () => {
  const xml = read('feed.xml');
  assert.equal(XMLValidator.validate(xml), true);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'category' }).parse(xml).feed;
  const dated = site.model.pages.articles.filter((p) => p.article.dateIso).map((p) => p.article.title);
  assert.deepEqual(feed.entry.map((e: { title: string }) => String(e.title)), dated.slice(0, 50));
  assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
  for (const e of feed.entry) {
    assert.match(e.published, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    assert.ok(existsSync(join(site.out, e.link['@_href'], 'index.html')), 'entry link points at the article');
  }
});

test('JSON Feed 1.1 parses and lists the same items', () => {
  const feed = JSON.parse(read('feed.json'));
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  const dated = site.model.pages.articles.filter((p) => p.article.dateIso);
  assert.deepEqual(feed.items.map((i: { title: string }) => i.title), dated.map((p) => p.article.title).slice(0, 50));
  for (const item of feed.items) {
    assert.equal(typeof item.id, 'string');
    assert.match(item.content_html, /^<p>/);
  }
});

test('sitemap.xml is valid and lists every page except 404', () => {
  const xml = read('sitemap.xml');
  assert.equal(XMLValidator.validate(xml), true);
  const urls = new XMLParser({ isArray: (n) => n === 'url' }).parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
  const pages = site.html.filter((f) => f !== '404.html');
  assert.deepEqual([...urls].sort(), [...pages].sort());
  assert.match(read('robots.txt'), /^User-agent: \*/);
});

test('exports: articles.json has exactly the contract fields; articles.csv is RFC 4180 with a header row', () => {
  const json = JSON.parse(read('data/articles.json'));
  assert.equal(json.length, 5);
  for (const rec of json) assert.deepEqual(Object.keys(rec), [...ARTICLE_FIELDS]);
  assert.deepEqual(json.map((r: { id: string }) => r.id).sort(), site.articles.map((a) => a.id).sort());
  const csvText = read('data/articles.csv');
  assert.ok(csvText.includes('\r\n'), 'CRLF line ends');
  assert.ok(csvText.startsWith('\uFEFF'), 'a byte-order mark, so spreadsheets read UTF-8');
  const rows: string[][] = parseCsv(csvText, { bom: true, record_delimiter: '\r\n' });
  // The ;-separated twin reads back to the same table, as a spreadsheet with Indonesian settings reads it.
  assert.deepEqual(parseCsv(read('data/articles-titik-koma.csv'), { bom: true, delimiter: ';', record_delimiter: '\r\n' }), rows);
  assert.deepEqual(rows[0], [...ARTICLE_FIELDS]);
  assert.equal(rows.length, 6);
  const titleCol = ARTICLE_FIELDS.indexOf('title');
  assert.deepEqual(rows.slice(1).map((r) => r[titleCol]).sort(), site.articles.map((a) => a.title).sort());
  assert.match(read('tentang/index.html'), /href="\.\.\/data\/articles\.json"/);
  assert.match(read('tentang/index.html'), /href="\.\.\/data\/articles\.csv"/);
  // The about page's counts read as words and dates, never "NaN" (dates went through the number format).
  const about = read('tentang/index.html').replace(/<[^>]+>/g, ' ');
  assert.ok(!/NaN|undefined|\[object Object\]/.test(about), 'the about page prints no NaN');
  assert.match(about, /Bertanggal\s+\d+ \(\d{1,2} \S+ \d{4} – \d{1,2} \S+ \d{4}\)/);
});

test('hostile text stays text: headline with </script>, U+2028, markup and formula cells', async () => {
  const [a, b] = makeArticles(2);
  const evil = 'Judul </script><script>alert(1)</script> <img src=x onerror=alert(2)> \u2028 & "kutip"';
  a!.title = evil;
  a!.body = [{ type: 'paragraph', text: '<b>tebal</b> javascript:alert(3) </textarea>' }];
  a!.topics = ['<svg onload=alert(4)>'];
  b!.title = '=HYPERLINK("http://evil","klik")';
  b!.authors = ['@SUM(1+1)', 'Siti Aminah'];
  const out = join(mkdtempSync(join(tmpdir(), 'arsip-hostile-')), 'dist');
  const model = buildArchive([a!, b!], { baseUrl: null });
  await renderSite(model, out);
  await writeExports([a!, b!], out);
  const page = model.pages.articles.find((p) => p.article.id === a!.id)!;
  const html = readFileSync(join(out, page.path), 'utf8');
  assert.doesNotMatch(html, /<script>alert|<img src=x|<svg onload|<b>tebal/);
  const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
  assert.ok(ld, 'JSON-LD block intact');
  assert.equal(JSON.parse(ld[1]!).headline, evil);
  assert.ok(!ld[1]!.includes('\u2028'));
  for (const f of listFiles(out).filter((x) => x.endsWith('.xml'))) assert.equal(XMLValidator.validate(readFileSync(join(out, f), 'utf8')), true, f);
  const items: { id: string; title: string; content_html: string }[] = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')).items;
  const item = items.find((i) => i.id === model.feed.items.find((f) => f.title === evil)?.id);
  assert.ok(item, 'the hostile article is in the JSON feed');
  assert.equal(item.title, evil);
  assert.deepEqual(readFragment(item.content_html).problems, [], 'its content_html carries no live markup');
  const rows: string[][] = parseCsv(readFileSync(join(out, 'data/articles.csv'), 'utf8'), { bom: true });
  const titles = rows.slice(1).map((r) => r[ARTICLE_FIELDS.indexOf('title')]);
  assert.ok(titles.includes(`'=HYPERLINK("http://evil","klik")`), 'formula neutralised');
  assert.ok(rows.slice(1).some((r) => r[ARTICLE_FIELDS.indexOf('authors')] === "'@SUM(1+1); Siti Aminah"));
});

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

test('renderSite given a model with only some pages writes those and the site-wide files, as a full render does; a later run (assets: false) the pages alone', async () => {
  const articles = makeArticles(60);
  const model = buildArchive(articles, { baseUrl: null });
  const target = model.pages.articles[5]!;
  // How the render stage renders a part of the site (src/pipeline/render.ts): the other lists left empty.
  const empty = Object.fromEntries(Object.keys(model.pages).map((k) => [k, []]));
  const part = { ...model, pages: { ...empty, articles: [target], home: [model.pages.home[0]!] } as unknown as typeof model.pages };
  const out = join(mkdtempSync(join(tmpdir(), 'arsip-only-')), 'dist');
  await renderSite(part, out);
  const siteFiles = ['feed.json', 'feed.xml', 'robots.txt', 'sitemap.xml'];
  assert.deepEqual(listFiles(out).filter((f) => !f.startsWith('assets/')).sort(), [...siteFiles, 'index.html', target.path].sort());
  // A render's later runs (src/pipeline/render.ts) write their pages only: the first run wrote the rest.
  const later = join(mkdtempSync(join(tmpdir(), 'arsip-later-')), 'dist');
  await renderSite(part, later, { assets: false });
  assert.deepEqual(listFiles(later).sort(), ['index.html', target.path].sort());
  const full = join(mkdtempSync(join(tmpdir(), 'arsip-full-')), 'dist');
  await renderSite(model, full);
  for (const f of [...siteFiles, 'index.html', target.path]) {
    assert.equal(readFileSync(join(out, f), 'utf8'), readFileSync(join(full, f), 'utf8'), `${f} identical to a full render`);
  }
});

test('no page of any kind prints NaN, undefined, null or [object …] to the reader', () => {
  const bad = /\b(?:NaN|undefined|null)\b|\[object /;
  const offenders: string[] = [];
  for (const rel of site.files.filter((f) => f.endsWith('.html'))) {
    // What a reader sees: the text outside tags, scripts and styles (JSON-LD may hold a JSON null).
    const text = read(rel)
      .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]+>/g, ' ');
    const m = bad.exec(text);
    if (m) offenders.push(`${rel}: …${text.slice(Math.max(0, m.index - 40), m.index + 20).replace(/\s+/g, ' ')}…`);
  }
  assert.deepEqual(offenders, []);
});
