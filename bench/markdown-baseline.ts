/**
 * The peer baseline: the same generated articles as plain, already-parsed
 * Markdown files with front matter and one minimal layout, built by stock
 * Eleventy 3.1.7 (its CLI, no project config). Arsip Berita starts from raw
 * scraped text and must still compare well against this.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from './corpus.ts';

const LAYOUT = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
<main>
<h1>{{ title }}</h1>
{% if page.date %}<time datetime="{{ page.date.toISOString() }}">{{ page.date.toDateString() }}</time>{% endif %}
{{ content | safe }}
</main>
</body>
</html>
`;

/** Writes `src/` (posts + layout) under `dir` for articles 0..n-1 of corpus `seed`. Returns the input folder. */
export function writeMarkdownSite(seed: number, n: number, dir: string): string {
  const input = join(dir, 'src');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(input, 'posts'), { recursive: true });
  mkdirSync(join(input, '_includes'), { recursive: true });
  writeFileSync(join(input, '_includes', 'post.njk'), LAYOUT);
  for (let i = 0; i < n; i++) {
    const a = generateArticle(seed, i);
    const fm = ['---', `title: ${JSON.stringify(a.title)}`, 'layout: post.njk'];
    if (a.dateStyle !== 'none') {
      const d = a.date;
      fm.push(`date: ${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
    }
    fm.push(`tags: [${a.topics.map((t) => JSON.stringify(t)).join(', ')}]`, '---');
    writeFileSync(join(input, 'posts', `artikel-${String(i).padStart(6, '0')}.md`), `${fm.join('\n')}\n\n${a.blocks.join('\n\n')}\n`);
  }
  return input;
}
