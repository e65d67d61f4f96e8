/**
 * The shared knowledge modules: one article order for the site and the search
 * index, one slug function and uniquifier, one table of the UI's Indonesian words.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildArchive } from '../../src/archive/index.ts';
import { SAY, UI } from '../../src/archive/indonesian.ts';
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
    .filter((f) => !f.endsWith('indonesian.ts'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  it('has no entry that nothing prints', () => {
    for (const key of Object.keys(UI)) assert.match(sources, new RegExp(`\\b(?:ui|UI)\\.${key}\\b`), `UI.${key} is used`);
    for (const key of Object.keys(SAY)) assert.match(sources, new RegExp(`\\bSAY\\.${key}\\b`), `SAY.${key} is used`);
  });
  it('says "Media tidak diketahui" in one place', () => {
    assert.equal(sources.split('Media tidak diketahui').length - 1, 0, 'only src/archive/indonesian.ts holds it');
    assert.equal(UI.unknownOutlet, 'Media tidak diketahui');
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
