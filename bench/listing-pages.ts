/**
 * `npx tsx bench/listing-pages.ts [--n 10000] [--adds 5]`: how many listing pages
 * (home, month, year, outlet, topic, undated pages and the indexes) change when
 * one article is added to a generated archive of N. Adds the corpus's next
 * articles one at a time (their dates fall anywhere in the archive's span) and
 * prints, per add, the pages whose view model differs or that appear or vanish,
 * by kind, beside the number of listing pages there are.
 */
import { parseArgs } from 'node:util';
import { buildArchive, type ArchiveModel, type PageBase } from '../src/archive/index.ts';
import { ingestSeeds } from '../src/ingest/index.ts';
import { seedFile } from './corpus.ts';
import { CORPUS_SEED } from './edits.ts';

const KINDS = ['home', 'months', 'years', 'outlets', 'topics', 'undated', 'archiveIndex', 'outletIndex', 'topicIndex'] as const;

function listing(model: ArchiveModel): Map<string, { kind: string; json: string }> {
  return new Map(KINDS.flatMap((kind) => (model.pages[kind] as PageBase[]).map((p) => [p.path, { kind, json: JSON.stringify(p) }] as const)));
}

const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' }, adds: { type: 'string', default: '5' } } });
const n = Number(values.n);
const adds = Number(values.adds);
const encoder = new TextEncoder();
const inputs = Array.from({ length: n + adds }, (_, i) => {
  const file = seedFile(CORPUS_SEED, i);
  return { sourceFile: file.name, bytes: encoder.encode(file.text) };
});

let before = listing(buildArchive(ingestSeeds(inputs.slice(0, n)).articles, { baseUrl: null }));
console.log(`${n} articles: ${before.size} listing pages`);
for (let k = 1; k <= adds; k++) {
  const { articles } = ingestSeeds(inputs.slice(0, n + k));
  const added = articles.find((a) => a.sourceFile === inputs[n + k - 1]!.sourceFile);
  const after = listing(buildArchive(articles, { baseUrl: null }));
  const byKind = new Map<string, number>();
  let total = 0;
  for (const [path, page] of after) {
    if (before.get(path)?.json === page.json) continue;
    byKind.set(page.kind, (byKind.get(page.kind) ?? 0) + 1);
    total++;
  }
  for (const [path, page] of before) {
    if (after.has(path)) continue;
    byKind.set(page.kind, (byKind.get(page.kind) ?? 0) + 1);
    total++;
  }
  const kinds = [...byKind].map(([kind, c]) => `${kind} ${c}`).join(', ');
  console.log(`+1 article (${added?.published ?? 'undated'}, ${added?.topics.length ?? 0} topics): ${total} of ${after.size} listing pages changed (${kinds})`);
  before = after;
}
