/**
 * The shared knowledge modules: one article order for the site and the search
 * index, one slug function and uniquifier, one table of the UI's Indonesian words,
 * and templates that print words and paths only from those tables (src/urls.ts).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildArchive } from '../../src/archive/index.ts';
import { SAY, UI } from '../../src/archive/indonesian.ts';
import { PAGE_SAY, PAGE_UI } from '../../src/archive/pageWords.ts';
import { SITE_PATHS } from '../../src/urls.ts';
import { nameSlug, suffixed, unique, uniqueSlugs } from '../../src/ingest/slug.ts';
import { orderArticles } from '../../src/search/build.ts';
import { makeArticles } from './make-articles.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string, exts: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, exts);
    return exts.some((e) => name.endsWith(e)) ? [full] : [];
  });
}

describe('article order', () => {
  it('is the same on the site and in the search index, ties and undated articles included', () => {
    const articles = makeArticles(300, 3);
    // Same instants written with other offsets, and same titles without a date: the tie-break decides.
    articles[10] = { ...articles[10]!, published: '2021-05-05T10:00:00+07:00' };
    articles[11] = { ...articles[11]!, published: '2021-05-05T11:00:00+08:00' };
    articles[12] = { ...articles[12]!, published: null, title: 'Judul Sama' };
    articles[13] = { ...articles[13]!, published: null, title: 'Judul Sama' };
    for (const i of [10, 11, 12, 13]) {
      const a = articles[i]!;
      const m = a.published ? /^(\d{4})-(\d{2})/.exec(a.published) : null;
      articles[i] = { ...a, url: m ? `artikel/${m[1]}/${m[2]}/${a.slug}/` : `artikel/tanpa-tanggal/${a.slug}/` };
    }
    const site = buildArchive(articles, { baseUrl: null }).pages.articles.map((p) => p.path);
    const search = orderArticles(articles).map((a) => `${a.url}index.html`);
    assert.deepEqual(search, site);
    const dated = search.filter((p) => !p.includes('tanpa-tanggal'));
    assert.deepEqual(search.slice(0, dated.length), dated, 'undated articles come last');
  });
});

describe('slugs', () => {
  it('transliterate and refuse Windows device names, for outlets and topics too', () => {
    assert.equal(nameSlug('Liputan6.com'), 'liputan6-com');
    assert.equal(nameSlug('Straße & Co'), 'strasse-dan-co');
    assert.notEqual(nameSlug('CON'), 'con');
    assert.equal(nameSlug('???'), 'x');
  });
  it('add -2, -3 … in one way', () => {
    const used = new Set(['a', 'a-2']);
    assert.equal(unique('b', (s) => used.has(s)), 'b');
    assert.equal(unique('a', (s) => used.has(s)), 'a-3');
    assert.equal(suffixed('b', (s) => used.has(s)), 'b-2');
    assert.deepEqual([...uniqueSlugs(['Kompas.com', 'Kompas com', 'kompas-com']).values()], ['kompas-com', 'kompas-com-2', 'kompas-com-3']);
  });
});

describe('the UI text table', () => {
  const sources = [...filesUnder(join(ROOT, 'templates'), ['.njk']), ...filesUnder(join(ROOT, 'src'), ['.ts'])]
    .filter((f) => !f.endsWith('indonesian.ts') && !f.endsWith('pageWords.ts'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  it('has no entry that nothing prints', () => {
    for (const key of Object.keys(UI)) assert.match(sources, new RegExp(`\\b(?:ui|UI)\\.${key}\\b`), `UI.${key} is used`);
    for (const key of Object.keys(SAY)) assert.match(sources, new RegExp(`\\bSAY\\.${key}\\b`), `SAY.${key} is used`);
    for (const [group, words] of Object.entries(PAGE_UI)) {
      for (const key of Object.keys(words)) assert.match(sources, new RegExp(`\\b(?:ui|PAGE_UI)\\.${group}\\.${key}\\b`), `ui.${group}.${key} is printed`);
    }
    for (const key of Object.keys(PAGE_SAY)) assert.match(sources, new RegExp(`\\bsay\\.${key}\\(`), `say.${key} is printed`);
  });
  it('says "Media tidak diketahui" in one place', () => {
    assert.equal(sources.split('Media tidak diketahui').length - 1, 0, 'only src/archive/indonesian.ts holds it');
    assert.equal(UI.unknownOutlet, 'Media tidak diketahui');
  });
});

/**
 * What a template may still spell out itself. Everything else a reader sees comes from the words
 * table (archive.site.ui) and every site path from src/urls.ts (archive.site.paths).
 */
const ALLOWED_TEXT: readonly { file: string; text: string; why: string }[] = [
  { file: 'robots.njk', text: 'User-agent: *', why: 'robots.txt syntax, not Indonesian' },
  { file: 'robots.njk', text: 'Allow: /', why: 'robots.txt syntax' },
  { file: 'robots.njk', text: 'Sitemap:', why: 'robots.txt syntax' },
  { file: '_includes/pages/404.njk', text: "'self'", why: "a CSP source keyword: the block fills base.njk's script-src" },
  { file: '_includes/partials/atom.njk', text: 'Arsip Berita', why: "the generator's name: the software, not the archive (whose name is archive.site.name)" },
];

/** Attributes a reader sees or hears: their values come from the words table. */
const HUMAN_ATTRIBUTES = /^(?:aria-label|aria-description|title|placeholder|alt|label)$/;
/** Attributes that hold an address: their values come from archive.site.paths or the model (or point off the site). */
const ADDRESS_ATTRIBUTES = /^(?:href|src|action|data-.*)$/;
const OFF_SITE = /^(?:https?:\/\/|mailto:|#)/;
/** A literal naming a site folder (`cari/`, `assets/`) or a site file (`feed.xml`, `index.html`). */
const SITE_PATH = new RegExp(
  `(?:^|[^\\w-])(?:${[...new Set(Object.values(SITE_PATHS).flatMap((p) => (p.includes('/') ? [p.slice(0, p.indexOf('/'))] : [])))].join('|')})/|\\.(?:${[
    ...new Set(Object.values(SITE_PATHS).map((p) => p.slice(p.lastIndexOf('.') + 1))),
  ].join('|')})\\b`,
);
const HAS_LETTER = /\p{L}/u;

/**
 * The words and site paths a template spells out itself: text between tags and Nunjucks tags
 * that holds a letter, the values of HUMAN_ATTRIBUTES that do, the values of ADDRESS_ATTRIBUTES
 * that do (unless off the site), and any literal (front matter, a quoted string inside {{ }} or
 * {% %}) that names a site path or is a phrase. Comments ({# #}, YAML `#`) may say anything.
 */
export function spelledOut(source: string): string[] {
  const found: string[] = [];
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const body = (fm ? source.slice(fm[0].length) : source).replace(/\{#[\s\S]*?#\}/g, '');
  const frontMatter = (fm?.[1] ?? '').replace(/^\s*#.*$/gm, '').replace(/\{\{[\s\S]*?\}\}/g, ' ');
  if (SITE_PATH.test(frontMatter)) found.push(`front matter: ${frontMatter.trim()}`);
  for (const [tag] of body.matchAll(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g)) {
    for (const [, str] of tag.matchAll(/'([^']*)'|"([^"]*)"/g)) {
      const literal = str ?? '';
      if (SITE_PATH.test(literal) || (HAS_LETTER.test(literal) && /\s/.test(literal))) found.push(`in ${tag}: '${literal}'`);
    }
  }
  // Nunjucks output and tags become a mark no word holds, so what is left is the template's own text.
  const markup = body.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, '\u0000');
  const text = markup.replace(/<[!?][^>]*>|<\/?[A-Za-z][^>]*>/g, (tag) => {
    for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const [, name = '', value = m[3] ?? ''] = m;
      const own = value.replace(/\u0000/g, '');
      if (HUMAN_ATTRIBUTES.test(name) && HAS_LETTER.test(own)) found.push(`${name}="${value.replace(/\u0000/g, '{{…}}')}"`);
      else if (ADDRESS_ATTRIBUTES.test(name) && HAS_LETTER.test(own) && !OFF_SITE.test(value)) found.push(`${name}="${value.replace(/\u0000/g, '{{…}}')}"`);
      else if (!OFF_SITE.test(value) && SITE_PATH.test(own)) found.push(`${name}="${value.replace(/\u0000/g, '{{…}}')}"`);
    }
    return '\u0000';
  });
  for (const run of text.split(/[\u0000\n]/)) {
    const t = run.trim();
    if (HAS_LETTER.test(t) || SITE_PATH.test(t)) found.push(t);
  }
  return found;
}

describe('templates', () => {
  const dir = join(ROOT, 'templates');
  const templates = filesUnder(dir, ['.njk']);

  it('spell out no Indonesian word and no site path: words come from archive.site.ui, paths from archive.site.paths', () => {
    assert.ok(templates.length > 20, 'the templates were found');
    const left: string[] = [];
    for (const file of templates) {
      const name = file.slice(dir.length + 1);
      const allowed = new Set(ALLOWED_TEXT.filter((a) => a.file === name).map((a) => a.text));
      for (const literal of spelledOut(readFileSync(file, 'utf8'))) if (!allowed.has(literal)) left.push(`templates/${name}: ${literal}`);
    }
    assert.deepEqual(left, []);
  });

  it('have an allow-list with no stale entry', () => {
    for (const a of ALLOWED_TEXT) assert.ok(spelledOut(readFileSync(join(dir, a.file), 'utf8')).includes(a.text), `templates/${a.file} still holds "${a.text}" (${a.why})`);
  });

  it('are checked for words in text, in what a reader hears and in literals, and for paths in addresses', () => {
    const cases: [string, string][] = [
      ['<p>Belum ada artikel.</p>', 'Belum ada artikel.'],
      ['<p>{{ n | angka }} artikel</p>', 'artikel'],
      ['<nav aria-label="Halaman daftar">', 'aria-label="Halaman daftar"'],
      ['<input placeholder="Cari…">', 'placeholder="Cari…"'],
      ['<a href="{{ p.rel }}cari/index.html">', 'href="{{…}}cari/index.html"'],
      ['<link rel="stylesheet" href="{{ p.rel }}assets/style.css">', 'href="{{…}}assets/style.css"'],
      ['<script data-style="assets/style.css"></script>', 'data-style="assets/style.css"'],
      ["<a href=\"{{ p.rel + 'feed.xml' }}\">", "in {{ p.rel + 'feed.xml' }}: 'feed.xml'"],
      ["{% set label = 'Lebih baru' %}", "in {% set label = 'Lebih baru' %}: 'Lebih baru'"],
      ['---\npermalink: sitemap.xml\n---\n', 'front matter: permalink: sitemap.xml'],
    ];
    for (const [template, literal] of cases) assert.ok(spelledOut(template).includes(literal), `${template} → ${literal} (got ${JSON.stringify(spelledOut(template))})`);
    const clean = [
      '{# cari/index.html: a comment may name anything #}<p class="intro">{{ ui.archive.intro }}</p>',
      '<a href="{{ p.rel }}{{ archive.site.paths.search }}" rel="external noopener">{{ ui.searchButton }}</a> · <a href="#isi">…</a>',
      '<html lang="id"><meta property="og:locale" content="id_ID"><link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">',
      '---\npermalink: "{{ archive.site.paths.atom }}"\n---\n{% include "partials/atom.njk" %}{% if b.type == "heading" %}',
    ];
    for (const template of clean) assert.deepEqual(spelledOut(template), [], template);
  });
});

describe('imports', () => {
  it('form no circle in src/, type-only imports included (the data flow of docs/ARCHITECTURE.md runs one way)', () => {
    const src = join(ROOT, 'src');
    const files = filesUnder(src, ['.ts']).filter((f) => !f.endsWith('.d.ts'));
    const known = new Set(files);
    const graph = new Map<string, string[]>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const deps = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms)].map((m) => join(f, '..', m[1] ?? ''));
      graph.set(f, deps.filter((d) => known.has(d)));
    }
    // Tarjan's strongly connected components: any component of two or more files is a circle.
    let next = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const circles: string[][] = [];
    const visit = (v: string): void => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      for (const w of graph.get(v) ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const part: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          part.push(w.slice(ROOT.length + 1));
        } while (w !== v);
        if (part.length > 1) circles.push(part.sort());
      }
    };
    for (const f of files) if (!index.has(f)) visit(f);
    assert.deepEqual(circles, []);
    assert.ok([...graph.values()].some((d) => d.length > 0), 'imports were read');
  });
});

describe('page texts', () => {
  // The modules that make the pages' view models: their titles, descriptions and intros come from
  // src/archive/pageTexts.ts (or the shared tables), so no string in them says a sentence itself.
  const BUILDERS = ['pages.ts', 'lists.ts', 'feeds.ts', 'articlePages.ts'].map((f) => join(ROOT, 'src', 'archive', f));
  it('the view-model builders hold no string of words: sentences are table entries', async () => {
    const ts = (await import('typescript')).default;
    const found: string[] = [];
    for (const file of BUILDERS) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: import('typescript').Node): void => {
        const text =
          ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
            ? node.text
            : null;
        if (text !== null && /\p{L}{2,}\s+\p{L}{2,}/u.test(text)) found.push(`${file.slice(ROOT.length + 1)}: ${JSON.stringify(text)}`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(found, []);
  });
});
