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
});
