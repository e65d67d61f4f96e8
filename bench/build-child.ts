/**
 * One build in a fresh process, the way `npm run build` runs it (the quick
 * no-change check first, the pipeline loaded only when it says "not sure"), reporting
 * its stage timings and the process's peak RSS (worker threads included) as
 * JSON on the last stdout line. Spawned by bench/run.ts.
 *
 *   node bench/build-child-start.mjs --seeds DIR --out DIR [--no-cache] [--in-place | --swap]
 *   (or node --import tsx bench/build-child.ts …: the same through tsx)
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { defaultCacheDir } from '../src/pipeline/paths.ts';
import { checkUnchanged, type GivenWalk, type SeedListing } from '../src/pipeline/quick.ts';

export interface ChildReport {
  articles: number;
  fileCount: number;
  timings: { stage: string; ms: number }[];
  buildMs: number;
  maxRssKb: number;
  /** What the incremental engine did: "1 read, 37 rendered, 1,220 carried, index rebuilt". */
  work: string;
}

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    out: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    'in-place': { type: 'boolean', default: false },
    swap: { type: 'boolean', default: false },
  },
});
if (!values.seeds || !values.out) throw new Error('usage: build-child.ts --seeds DIR --out DIR [--no-cache]');

const started = performance.now();
let seedListing: SeedListing | undefined;
let outputWalk: GivenWalk | undefined;
// As src/cli.ts does: nothing changed since the last complete build → its record, pipeline not loaded.
if (!values['no-cache']) {
  const quick = await checkUnchanged({
    seedsDir: values.seeds,
    outDir: values.out,
    cacheDir: defaultCacheDir(resolve(values.out)),
    baseUrl: null,
    codeRoot: join(import.meta.dirname, '..'),
  });
  if (quick.fresh) {
    const ms = performance.now() - started;
    const report: ChildReport = {
      articles: quick.record.articles,
      fileCount: quick.record.fileCount,
      timings: [{ stage: 'quick check', ms }],
      buildMs: ms,
      maxRssKb: process.resourceUsage().maxRSS,
      work: 'nothing changed (quick check; pipeline not loaded)',
    };
    console.log(JSON.stringify(report));
    process.exit(0);
  }
  seedListing = quick.listing;
  outputWalk = quick.walk;
}
const { build } = await import('../src/build.ts');
const result = await build({
  seedsDir: values.seeds,
  outDir: values.out,
  cache: !values['no-cache'],
  keepRecords: false, // as the CLI
  detachRemoval: true,
  // As the CLI: in place for a small rebuild, unless a flag says which.
  publish: values['in-place'] ? 'in-place' : values.swap ? 'swap' : 'auto',
  seedListing,
  outputWalk,
});
const report: ChildReport = {
  articles: result.articleCount,
  fileCount: result.fileCount,
  timings: result.timings,
  buildMs: performance.now() - started,
  maxRssKb: process.resourceUsage().maxRSS,
  work:
    `${result.work.seedsParsed} read, ${result.work.pagesRendered} rendered, ${result.work.pagesCarried} carried` +
    (result.work.searchRebuilt ? `, index rebuilt (${result.work.searchPiecesKept} pieces kept)` : '') +
    `, ${result.work.filesWritten} files written`,
};
console.log(JSON.stringify(report));
