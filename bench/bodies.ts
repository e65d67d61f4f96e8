/**
 * `npm run bench:bodies -- [--n 300] [--seed 1]`: how faithful records of a generated archive are.
 * Ingests n generated seeds together (so the archive-wide step runs over all of them) and prints
 * the share of articles that keep every paragraph of their story, and how often the author and
 * dateline are right. The generated text is a fixture, not evidence about real pages (see
 * `npm run eval` for those); this figure catches rules that delete story text.
 */
import { parseArgs } from 'node:util';
import { ingestSeeds } from '../src/ingest/index.ts';
import { seedFile } from './corpus.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '300' }, seed: { type: 'string', default: '1' } } });
const n = Number(values.n);
const seed = Number(values.seed);

const squash = (t: string): string => t.replace(/^(?:## |> )/, '').replace(/\s+/g, ' ').trim();
const files = Array.from({ length: n }, (_, i) => seedFile(seed, i));
const result = ingestSeeds(files.map((f) => ({ sourceFile: f.name, bytes: new TextEncoder().encode(f.text) })));
const byFile = new Map(result.articles.map((a) => [a.sourceFile, a]));

let whole = 0;
let authors = 0;
let datelines = 0;
let withAuthor = 0;
let withDateline = 0;
let blocks = 0;
let kept = 0;
const losses: string[] = [];
for (const f of files) {
  const a = byFile.get(f.name);
  const body = a ? a.body.map((b) => b.text).join('\n') : '';
  const missing = f.article.blocks.map(squash).filter((b) => !body.includes(b));
  blocks += f.article.blocks.length;
  kept += f.article.blocks.length - missing.length;
  if (missing.length === 0) whole++;
  else if (losses.length < 10) losses.push(`${f.name} (${f.article.layout}): lost "${missing[0]!.slice(0, 70)}"`);
  // Only where the seed's text names them: some layouts print no byline or dateline.
  if (f.text.includes(f.article.author)) {
    withAuthor++;
    if (a?.authors.join(', ') === f.article.author) authors++;
  }
  if (new RegExp(`\\b${f.article.dateline}\\b`, 'i').test(f.text.slice(0, 2000))) {
    withDateline++;
    if (a?.dateline?.toLowerCase() === f.article.dateline.toLowerCase()) datelines++;
  }
}
const pct = (x: number, of: number): string => `${((100 * x) / of).toFixed(1)} %`;
console.log(`generated archive: ${n} articles (seed ${seed})`);
console.log(`articles keeping every paragraph of their story: ${whole} (${pct(whole, n)}); target ≥ 99 %`);
console.log(`story paragraphs kept: ${kept} of ${blocks} (${pct(kept, blocks)})`);
console.log(`author right: ${pct(authors, withAuthor)} of ${withAuthor} seeds that name one · dateline right: ${pct(datelines, withDateline)} of ${withDateline}`);
for (const l of losses) console.log(`  ${l}`);
