/**
 * The search stage alone at scale (`npm run bench:search-index -- --n 100000`): article
 * records made straight from the corpus generator (bench/corpus.ts, no seed files, no
 * ingest), then writeSearchIndex cold, and again after adding one article with the
 * analysis cache. Prints wall time, peak RSS of this process and the index size:
 * the search index's share of the 100,000-article budget (≤ 120 s, ≤ 4 GB cold).
 * A benchmark, not a test: it reports, it does not assert.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticle } from './corpus.ts';
import type { Article } from '../src/ingest/types.ts';
import { writeSearchIndex } from '../src/search/index.ts';
import { SearchEngine, type ShardLoader } from '../src/search/engine.ts';
import { fileLoader } from '../src/search/node-loader.ts';

const HELP = `npm run bench:search-index -- [--n N] [--runs R] [--no-query]

  --n N       articles (default 100000)
  --runs R    +1 rebuilds with piece reuse, each after the one before (default 2)
  --no-query  leave out the bytes-per-query table
`;
const { values } = parseArgs({
  options: { n: { type: 'string', default: '100000' }, runs: { type: 'string', default: '2' }, 'no-query': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const n = Number(values.n);
const runs = Number(values.runs);
/** As the pipeline passes it (src/pipeline/searchSteps.ts): with it the index records its make-up and reuses pieces. */
const CODE_KEY = 'bench';

const OUTLETS = ['Liputan6', 'Suara', 'Tribun', 'Kompas', 'Detik', 'CNN Indonesia', 'ANTARA', 'Tempo'];

/** A record as ingest would make it from the generated article (the fields the index reads). */
function record(i: number): Article {
  const g = generateArticle(1, i);
  const p = (x: number): string => String(x).padStart(2, '0');
  const published = g.dateStyle === 'none' ? null : `${g.date.year}-${p(g.date.month)}-${p(g.date.day)}T${p(g.date.hour)}:${p(g.date.minute)}:00+07:00`;
  const id = `${String(i).padStart(6, '0')}_gen`;
  return {
    id,
    slug: id,
    url: `artikel/${g.date.year}/${p(g.date.month)}/${id}/`,
    sourceFile: `${id}.txt`,
    title: g.title,
    titleDerived: false,
    outlet: OUTLETS[i % OUTLETS.length] ?? null,
    dateline: g.dateline,
    published,
    yearInferred: false,
    authors: g.author ? [g.author] : [],
    photographer: null,
    editor: g.editor,
    lead: g.summary,
    body: g.blocks.map((text) => ({ type: 'paragraph' as const, text: text.replace(/^(## |> )/, '') })),
    topics: g.topics,
    topicSources: g.topics.map((topic) => ({ topic, from: "body" as const })),
    omitted: [],
    wordCount: 0,
    warnings: [],
    notices: [],
    sourceUrl: null,
    modified: null,
    accessed: null,
  };
}

async function size(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}

/** Words most articles hold (issue 12's examples) and a rarer one, for the bytes a cold query loads. */
const QUERIES = ['virus', 'pemerintah', 'china', 'kerja sama', 'virus corona', 'bantuan'];
/** Results per page on cari/ (src/search/client/main.ts PAGE_SIZE). */
const PAGE = 10;

/** Files and bytes a fresh engine reads for a query: its first page (as the search page shows it first), or every result. */
async function coldQuery(searchDir: string, q: string, first: boolean): Promise<{ files: number; bytes: number; total: number | null; complete: boolean }> {
  let files = 0;
  let bytes = 0;
  const inner = fileLoader(searchDir);
  const loader: ShardLoader = {
    async load(key) {
      if (key !== 'meta') {
        files++;
        bytes += (await stat(join(searchDir, `${key}.js`))).size;
      }
      return inner.load(key);
    },
  };
  const engine = await SearchEngine.open(loader);
  const r = await engine.search(q, first ? { first: PAGE } : {});
  await engine.docs(r.hits.slice(0, PAGE).map((h) => h.doc));
  return { files, bytes, total: r.total, complete: r.complete };
}

const tmp = await mkdtemp(join(tmpdir(), 'arsip-bench-index-'));
try {
  const g0 = performance.now();
  const articles = Array.from({ length: n }, (_, i) => record(i));
  const genMs = performance.now() - g0;
  const rssBefore = process.memoryUsage().rss;
  const cacheDir = join(tmp, 'cache');
  const c0 = performance.now();
  const cold = await writeSearchIndex(articles, join(tmp, 'cold'), { cacheDir, codeKey: CODE_KEY });
  const coldMs = performance.now() - c0;
  const peakCold = process.resourceUsage().maxRSS * 1024;
  const disk = await size(join(tmp, 'cold', 'search'));
  // +1 rebuilds as `npm run build` and `npm run dev` make them: the published pieces' digests passed in, so the
  // pieces the new article does not go into are carried over, not made (src/search/reuse.ts).
  const plusOne: Array<{ ms: number; written: number; kept: number; analysed: number; reusedPieces: boolean }> = [];
  let digests = cold.digests;
  for (let r = 0; r < runs; r++) {
    articles.push(record(n + r));
    const w0 = performance.now();
    const warm = await writeSearchIndex(articles, join(tmp, `warm${r}`), { cacheDir, codeKey: CODE_KEY, previous: digests });
    plusOne.push({ ms: performance.now() - w0, written: warm.fileCount, kept: warm.kept.length, analysed: warm.analysed, reusedPieces: warm.reusedPieces });
    digests = warm.digests;
    await rm(join(tmp, `warm${r}`), { recursive: true, force: true });
  }
  const gb = (b: number): string => `${(b / 2 ** 30).toFixed(2)} GB`;
  console.log(`\nSearch index alone: ${n} generated articles (records made in ${(genMs / 1000).toFixed(1)} s, RSS then ${gb(rssBefore)})\n`);
  console.log(`| measure | result | target |`);
  console.log(`|---|---|---|`);
  console.log(`| cold index build (no analysis cache) | ${(coldMs / 1000).toFixed(1)} s, ${cold.analysed} analysed | share of ≤ 120 s |`);
  console.log(`| peak RSS of the process (records + index) | ${gb(peakCold)} | share of ≤ 4 GB |`);
  console.log(`| index on disk | ${disk.files} files, ${(disk.bytes / 2 ** 20).toFixed(0)} MB (${disk.bytes} bytes) | |`);
  for (const [r, w] of plusOne.entries()) {
    const how = `${w.analysed} analysed, ${w.written} pieces written, ${w.kept} carried${w.reusedPieces ? '' : ' (no reuse: the shape moved)'}`;
    console.log(`| rebuild ${r + 1} after adding 1 article (cache, pieces reused) | ${(w.ms / 1000).toFixed(2)} s, ${how} | ≤ 2 s with the rest of dev |`);
  }
  if (!values['no-query']) await queryTable(join(tmp, 'cold', 'search'));
  console.log(`\nload average: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs (other work on the machine inflates every figure)`);
} finally {
  await rm(tmp, { recursive: true, force: true });
}

async function queryTable(searchDir: string): Promise<void> {
  console.log(`\nBytes a cold query reads (counted; meta rides in cari.js and is not counted): first page of ${PAGE} / every result\n`);
  console.log(`| query | first page: files, KB | every result: files, KB | results |`);
  console.log(`|---|---|---|---|`);
  for (const q of QUERIES) {
    const quick = await coldQuery(searchDir, q, true);
    const all = await coldQuery(searchDir, q, false);
    const count = `${all.total ?? '?'}${quick.complete ? '' : quick.total === null ? ' (counted after the first page)' : ' (known from the head)'}`;
    console.log(`| ${q} | ${quick.files}, ${(quick.bytes / 1024).toFixed(0)} | ${all.files}, ${(all.bytes / 1024).toFixed(0)} | ${count} |`);
  }
}
