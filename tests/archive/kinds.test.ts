/**
 * The page-kind table (src/archive/kinds.ts) is the one list of what the site
 * renders: every row has a template that paginates over its own pages, every
 * template in templates/ is a row (or one of the site-wide files), and a build
 * writes every page of every kind.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildArchive } from '../../src/archive/index.ts';
import { PAGE_KINDS, SITE_FILES, type PageKindName } from '../../src/archive/kinds.ts';
import { PER_PAGE_KINDS } from '../../src/pipeline/render.ts';
import { renderSite } from '../../src/site/index.ts';
import { ASSETS_DIR } from '../../src/urls.ts';
import { makeArticles } from '../site/make-articles.ts';
import { listFiles } from '../site/support.ts';

const TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');
/** One template per page kind, sharing size, alias and permalink through kinds/kinds.11tydata.js. */
const KIND_TEMPLATES = join(TEMPLATES, 'kinds');
const kinds = Object.keys(PAGE_KINDS) as PageKindName[];

/** The front matter of a template (between the first two `---` lines). */
function frontMatter(file: string, dir = TEMPLATES): string {
  const text = readFileSync(join(dir, file), 'utf8');
  const m = /^---(?:js)?\n([\s\S]*?)\n---\n/.exec(text);
  return m ? m[1]! : '';
}

/** The `archive.pages.<kind>` a template's front matter paginates over, or null. */
function paginates(file: string, dir = TEMPLATES): string | null {
  const m = /data:\s*["']?archive\.pages\.(\w+)/.exec(frontMatter(file, dir));
  return m ? m[1]! : null;
}

describe('the page-kind table', () => {
  const templates = readdirSync(TEMPLATES).filter((f) => f.endsWith('.njk'));
  const kindTemplates = readdirSync(KIND_TEMPLATES).filter((f) => f.endsWith('.njk'));

  it("names for each kind a template in templates/kinds/ that paginates over that kind's pages and nothing else", () => {
    for (const kind of kinds) {
      const { template } = PAGE_KINDS[kind];
      assert.ok(kindTemplates.includes(template), `templates/kinds/${template} (kind ${kind}) exists`);
      assert.equal(paginates(template, KIND_TEMPLATES), kind, `templates/kinds/${template} paginates over archive.pages.${kind}`);
      // Size, alias and permalink come from the folder's data file, once.
      assert.doesNotMatch(frontMatter(template, KIND_TEMPLATES), /size|alias|permalink|before/, `templates/kinds/${template} repeats no shared front matter`);
    }
    assert.deepEqual(kindTemplates.sort(), kinds.map((k) => PAGE_KINDS[k].template).sort(), 'templates/kinds/ holds the kinds and nothing else');
    assert.equal(new Set(kinds.map((k) => PAGE_KINDS[k].template)).size, kinds.length, 'one template per kind');
  });

  it('covers every other template: each writes one site-wide file of SITE_FILES and paginates nothing', () => {
    assert.deepEqual(templates.sort(), SITE_FILES.map((s) => s.template).sort());
    for (const site of SITE_FILES) {
      assert.equal(paginates(site.template), null, `templates/${site.template} paginates nothing`);
      assert.match(frontMatter(site.template), new RegExp(`^permalink: "\\{\\{ archive\\.site\\.paths\\.${site.url} \\}\\}"$`, 'm'), `templates/${site.template} writes ${site.path}`);
      assert.ok(readFileSync(join(TEMPLATES, site.template), 'utf8').includes(site.from), `templates/${site.template} prints ${site.from}`);
    }
  });

  it("marks as per-page exactly the kinds the render stage re-renders only when their view model changes", () => {
    assert.deepEqual(kinds.filter((k) => PAGE_KINDS[k].perPage).sort(), [...PER_PAGE_KINDS].sort());
  });

  it('is the model: its pages come in the order of the table; the sitemap lists every HTML page but 404.html', () => {
    const model = buildArchive(makeArticles(40), { baseUrl: null });
    assert.deepEqual(Object.keys(model.pages), kinds);
    const html = kinds.flatMap((k) => model.pages[k].map((p) => p.path)).filter((p) => p.endsWith('.html') && p !== '404.html');
    assert.deepEqual(model.sitemap.map((u) => u.loc), html);
    for (const kind of kinds) assert.equal(PAGE_KINDS[kind].sitemap, model.pages[kind].some((p) => html.includes(p.path)), `${kind}: sitemap column`);
  });

  it('is what a build writes: every page of every kind, and no other page', async () => {
    const model = buildArchive(makeArticles(120, 7), { baseUrl: null });
    for (const kind of kinds) assert.ok(model.pages[kind].length > 0, `the fixture has ${kind} pages`);
    const out = join(mkdtempSync(join(tmpdir(), 'arsip-kinds-')), 'dist');
    await renderSite(model, out);
    // templates/assets is copied as it is; everything else is a page or a site file.
    const written = new Set(listFiles(out).filter((f) => !f.startsWith(`${ASSETS_DIR}`)));
    const expected = new Set([...kinds.flatMap((k) => model.pages[k].map((p) => p.path)), ...SITE_FILES.map((s) => s.path)]);
    for (const path of expected) assert.ok(written.has(path), `${path} was written`);
    assert.deepEqual([...written].filter((f) => !expected.has(f)), [], 'nothing written that no kind or site file declares');
  });
});
