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
import { makeArticles } from '../site/make-articles.ts';
import { listFiles } from '../site/support.ts';

const TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');
const kinds = Object.keys(PAGE_KINDS) as PageKindName[];

/** The front matter of a template (between the first two `---` lines). */
function frontMatter(file: string): string {
  const text = readFileSync(join(TEMPLATES, file), 'utf8');
  const m = /^---(?:js)?\n([\s\S]*?)\n---\n/.exec(text);
  return m ? m[1]! : '';
}

/** The `archive.pages.<kind>` a template's front matter paginates over, or null. */
function paginates(file: string): string | null {
  const m = /data:\s*["']archive\.pages\.(\w+)["']/.exec(frontMatter(file));
  return m ? m[1]! : null;
}

describe('the page-kind table', () => {
  const templates = readdirSync(TEMPLATES).filter((f) => f.endsWith('.njk'));

  it("names for each kind a template that paginates over that kind's pages", () => {
    for (const kind of kinds) {
      const { template } = PAGE_KINDS[kind];
      assert.ok(templates.includes(template), `templates/${template} (kind ${kind}) exists`);
      assert.equal(paginates(template), kind, `templates/${template} paginates over archive.pages.${kind}`);
    }
    assert.equal(new Set(kinds.map((k) => PAGE_KINDS[k].template)).size, kinds.length, 'one template per kind');
  });

  it('covers every template: none paginates data outside the table, the rest write one site-wide file', () => {
    const ofKinds = new Set(kinds.map((k) => PAGE_KINDS[k].template));
    for (const file of templates) {
      const data = paginates(file);
      if (data !== null) {
        assert.ok(kinds.includes(data as PageKindName), `templates/${file} paginates archive.pages.${data}, which is not in src/archive/kinds.ts`);
        continue;
      }
      const site = SITE_FILES.find((s) => s.template === file);
      assert.ok(site, `templates/${file} is neither a page kind nor in SITE_FILES`);
      assert.ok(frontMatter(file).includes(`"${site.path}"`), `templates/${file} writes ${site.path}`);
      assert.ok(readFileSync(join(TEMPLATES, file), 'utf8').includes(site.from), `templates/${file} prints ${site.from}`);
      assert.ok(!ofKinds.has(file));
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
    await renderSite(model, out, { assets: false });
    const written = new Set(listFiles(out));
    const expected = new Set([...kinds.flatMap((k) => model.pages[k].map((p) => p.path)), ...SITE_FILES.map((s) => s.path)]);
    for (const path of expected) assert.ok(written.has(path), `${path} was written`);
    assert.deepEqual([...written].filter((f) => !expected.has(f)), [], 'nothing written that no kind or site file declares');
  });
});
