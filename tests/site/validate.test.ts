/** html-validate (recommended rules, config in tests/site/htmlvalidate.config.ts) on every generated page. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArchive } from '../../src/archive/index.ts';
import { renderSite } from '../../src/site/index.ts';
import { makeArticles } from './make-articles.ts';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { buildSeedsSite, type BuiltSite } from './support.ts';
import { htmlValidateConfig } from './htmlvalidate.config.ts';

let site: BuiltSite;
before(async () => {
  site = await buildSeedsSite({ baseUrl: 'https://contoh.id/arsip/' });
});

test('every generated HTML page passes html-validate', async () => {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
  const problems: string[] = [];
  for (const f of site.html) {
    const report = await validator.validateString(readFileSync(join(site.out, f), 'utf8'), f);
    for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  assert.ok(site.html.length >= 30, `validated ${site.html.length} pages`);
  assert.deepEqual(problems, []);
});

test('pages with pagination, undated lists, warnings and hostile text pass html-validate too', async () => {
  const articles = makeArticles(400);
  articles[3]!.title = 'Judul <b>tebal</b> & "kutip" </script>';
  // List items, in two runs and at the end of the body: each run is one <ul>.
  articles[3]!.body.splice(1, 0, { type: 'item', text: 'butir <satu>' }, { type: 'item', text: 'butir dua' });
  articles[3]!.body.push({ type: 'item', text: 'butir terakhir' });
  const out = join(mkdtempSync(join(tmpdir(), 'arsip-validate-')), 'dist');
  const model = buildArchive(articles, { baseUrl: null });
  await renderSite(model, out);
  const sample = [
    ...model.pages.home.slice(0, 2),
    model.pages.months[0]!,
    model.pages.outlets[0]!,
    model.pages.topics.find((p) => p.pager)!,
    model.pages.undated[0]!,
    model.pages.years[0]!,
    ...model.pages.articles.filter((p) => p.article.warnings.length > 0 || p.article.titleDerived).slice(0, 3),
    model.pages.articles.find((p) => p.article.id === articles[3]!.id)!,
  ];
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
  const problems: string[] = [];
  for (const page of sample) {
    const report = await validator.validateString(readFileSync(join(out, page.path), 'utf8'), page.path);
    for (const r of report.results) for (const m of r.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  assert.deepEqual(problems, []);
  const listed = readFileSync(join(out, model.pages.articles.find((p) => p.article.id === articles[3]!.id)!.path), 'utf8');
  assert.match(listed, /<ul>\s*<li>butir &lt;satu&gt;<\/li>\s*<li>butir dua<\/li>\s*<\/ul>/);
  assert.match(listed, /<ul>\s*<li>butir terakhir<\/li>\s*<\/ul>\s*<\/div>/);
});

test('with --base-url: canonical links, absolute feed and sitemap URLs, robots.txt names the sitemap', () => {
  const home = readFileSync(join(site.out, 'index.html'), 'utf8');
  assert.match(home, /<link rel="canonical" href="https:\/\/contoh\.id\/arsip\/">/);
  assert.match(home, /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="https:\/\/contoh\.id\/arsip\/feed\.xml">/);
  const article = site.model.pages.articles[0]!;
  const html = readFileSync(join(site.out, article.path), 'utf8');
  assert.ok(html.includes(`<link rel="canonical" href="https://contoh.id/arsip/${article.path.replace(/index\.html$/, '')}">`));
  assert.ok(html.includes(`<meta property="og:url" content="https://contoh.id/arsip/${article.path.replace(/index\.html$/, '')}">`));
  const atom = readFileSync(join(site.out, 'feed.xml'), 'utf8');
  assert.match(atom, /<link rel="self" type="application\/atom\+xml" href="https:\/\/contoh\.id\/arsip\/feed\.xml"\/>/);
  assert.match(atom, /<id>https:\/\/contoh\.id\/arsip\/artikel\//);
  const sitemap = readFileSync(join(site.out, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  assert.equal(locs.length, site.html.length - 1);
  assert.ok(locs.every((l) => l.startsWith('https://contoh.id/arsip/')));
  assert.match(readFileSync(join(site.out, 'robots.txt'), 'utf8'), /^Sitemap: https:\/\/contoh\.id\/arsip\/sitemap\.xml$/m);
  // A server shows 404.html at any depth: its links start from the base URL.
  assert.match(readFileSync(join(site.out, '404.html'), 'utf8'), /href="https:\/\/contoh\.id\/arsip\/assets\/style\.css"/);
});
