/**
 * Command-line entry points:
 *   build  [--seeds DIR] [--out DIR] [--base-url URL] [--strict] [--verbose] [--no-cache] [--no-sources] [--in-place]
 *   dev    [--seeds DIR] [--out DIR] [--port N] [--base-url URL] [--no-cache]
 *   search --out DIR [--json] [--stdin] QUERY…
 *   report [--seeds DIR]            ingest only, print the per-seed report
 */
/*
 * Only light modules are imported up front: a build with nothing changed is answered by the
 * quick check (src/pipeline/quick.ts) before the pipeline (Eleventy, the archive, the parsers) loads.
 */
import { bySourceFile } from './collate.ts';
import { parseArgs } from 'node:util';
import { readCommandOptions } from './commandOptions.ts';
import { siteKeyOf } from './archive/siteSettings.ts';
import { formatReport, isStrictFailure, type ReportDetail } from './report.ts';
import { visible } from './ingest/messages.ts';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanUpAfterInterrupt, hasPublished, publishingInPlace, refuseOutDir } from './output.ts';
import { describeFailure, describeStacks, UserFacingError } from './errors.ts';
import { lockBuild } from './publish/lock.ts';
import { defaultCacheDir, PROJECT_ROOT } from './pipeline/paths.ts';
import { checkUnchanged, type GivenWalk, type SeedListing } from './pipeline/quick.ts';

/** The project this CLI belongs to (the code the build record's hashes cover). */
const CODE_ROOT = PROJECT_ROOT;

const [command = 'build', ...rest] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case 'build': {
      const options = readCommandOptions('build', rest);
      if (typeof options === 'number') return options;
      const { seedsDir, baseUrl, sources, lang } = options;
      // The seeds that need a look by default; every seed with --verbose; the summary alone with --quiet.
      const detail: ReportDetail = options.verbose ? 'all' : options.quiet ? 'none' : 'attention';
      const started = performance.now();
      // Ctrl-C or SIGTERM, handled here in the process that builds (the npm scripts run no tsx relay in
      // between, which would SIGKILL a busy build): our staging folders removed, the previous output put
      // back if the signal came between the two renames of the swap, the locks released (lock.ts, on
      // exit), one message, exit 128 + the signal's number.
      const label = `${options.outDir.replace(/\/+$/, '')}/`;
      const stop = (signal: 'SIGINT' | 'SIGTERM'): void => {
        // An in-place publish is a short run of renames: it ends first, so the site is never half moved.
        const moving = publishingInPlace();
        if (moving) {
          const wait = (): void => undefined;
          process.on('SIGINT', wait).on('SIGTERM', wait);
          void moving.then(() => stop(signal));
          return;
        }
        cleanUpAfterInterrupt(options.outDir);
        // An in-place publish is waited for above, so 'part' cannot be seen here.
        const state = hasPublished() !== 'none' ? `the new site was already published in ${label}; the next build saves the cache` : `${label} is left as it was`;
        process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}Build stopped (${signal}); ${state}.\n`);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
      const outDir = resolve(options.outDir);
      // Refused before anything is written beside the output folder, the lock included.
      const refusal = refuseOutDir(outDir, seedsDir, process.cwd());
      if (refusal) throw new UserFacingError(refusal);
      // The lock first, then the no-change check: a build still loading elsewhere is waited for, never
      // answered with "nothing changed" for a site it is about to replace.
      const wanted = options.cache ? defaultCacheDir(outDir) : null;
      let seedListing: SeedListing | undefined;
      let outputWalk: GivenWalk | undefined;
      const lock = await lockBuild({ outDir: options.outDir, cacheDir: wanted, wait: true, notify: (line) => void process.stderr.write(`${line}\n`) });
      if (wanted !== null && lock.cacheUnwritable === null) {
        // Nothing changed since the last complete build: its report, without loading the pipeline.
        const quick = await checkUnchanged({
          seedsDir,
          outDir: options.outDir,
          cacheDir: wanted,
          baseUrl,
          sources,
          site: siteKeyOf(options.site),
          codeRoot: CODE_ROOT,
          ownLocks: true,
        });
        if (quick.fresh) {
          lock.release();
          const r = quick.record;
          // Nothing was read this time: the summary (the seeds were listed by the build that read them).
          console.log(formatReport(r.outcomes, r.articles, options.verbose ? 'all' : 'none', lang));
          if (options.verbose) {
            console.log(`  nothing changed since the last build (${r.seeds.length} seeds, ${Object.keys(r.code).length} code files, ${Object.keys(r.output).length} output files checked); pipeline not loaded`);
          }
          console.log(`Built ${r.fileCount} files into ${options.outDir}/ in ${((performance.now() - started) / 1000).toFixed(2)} s (nothing changed).`);
          return options.strict && isStrictFailure(r.outcomes) ? 1 : 0;
        }
        if (options.verbose) console.log(`  quick check: ${quick.why}; running the build`);
        seedListing = quick.listing;
        outputWalk = quick.walk;
      }
      const { build } = await import('./build.ts');
      const result = await build({
        seedsDir,
        outDir: options.outDir,
        baseUrl: baseUrl ?? undefined,
        sources,
        site: options.site,
        verbose: options.verbose,
        cache: options.cache,
        progress: true,
        // Only the count is reported: a large archive's records go as soon as the build is done with them.
        keepRecords: false,
        detachRemoval: true,
        publish: options.publish,
        lock,
        seedListing,
        outputWalk,
      });
      lock.release();
      console.log(formatReport(result.outcomes, result.articleCount, detail, lang));
      if (options.verbose) {
        for (const t of result.timings) {
          const mem = t.rssMb === undefined ? '' : `   rss ${String(t.rssMb).padStart(5)} MB, heap ${String(t.heapMb).padStart(5)} MB after`;
          console.log(`  ${t.stage.padEnd(11)} ${t.ms.toFixed(0).padStart(6)} ms${mem}`);
        }
        const w = result.work;
        console.log(
          `  seeds read ${w.seedsRead}, parsed ${w.seedsParsed}, reused ${w.seedsReused}; pages rendered ${w.pagesRendered}, carried over ${w.pagesCarried}; ` +
            `search index ${w.searchRebuilt ? `rebuilt (${w.searchPiecesKept} pieces unchanged, kept)` : 'carried over'}; exports ${w.exportsRebuilt ? 'rewritten' : 'carried over'}; ` +
            `${w.filesWritten} files written, published by ${w.published}`,
        );
      }
      console.log(`Built ${result.fileCount} files into ${options.outDir}/ in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
      return options.strict && isStrictFailure(result.outcomes) ? 1 : 0;
    }
    case 'report': {
      const options = readCommandOptions('report', rest);
      if (typeof options === 'number') return options;
      const { scanSeeds } = await import('./ingest/index.ts');
      const { runIngest } = await import('./pipeline/ingest.ts');
      const { IngestCache, hashInputs } = await import('./pipeline/ingestCache.ts');
      const { createProgress } = await import('./progress.ts');
      const { schedule } = await import('./pipeline/policy.ts');
      const { cpus, totalmem } = await import('node:os');
      const scanned = await scanSeeds(options.seedsDir);
      const policy = schedule({ articles: scanned.inputs.length, cpus: cpus().length, totalMemBytes: totalmem() });
      // The build's ingest (supervised workers, a time budget per seed), with nothing cached.
      const { ingested } = await runIngest(scanned.inputs, hashInputs(scanned.inputs), new IngestCache(''), {
        inWorker: policy.ingestInWorker,
        progress: createProgress({ items: 0, enabled: false }),
      });
      // The build's order (engine.ts): code units, the same in every locale.
      const outcomes = [...scanned.outcomes, ...ingested.outcomes].sort(bySourceFile);
      if (options.json) console.log(JSON.stringify({ outcomes, articles: ingested.articles.length }, null, 1));
      else console.log(formatReport(outcomes, ingested.articles.length, options.quiet ? 'attention' : 'all', options.lang));
      return options.strict && isStrictFailure(outcomes) ? 1 : 0;
    }
    case 'search': {
      const { runSearchCli } = await import('./search/cli.ts');
      return runSearchCli(rest);
    }
    case 'dev': {
      const { runDev } = await import('./dev.ts');
      return runDev(rest);
    }
    case 'help':
    case '--help':
      console.log('Commands: npm run build, npm run dev (npm start), npm run report, npm run search; each takes --help.');
      return 0;
    default:
      console.error(`Unknown command "${command}". Commands: build, dev, search, report.`);
      return 2;
  }
}

/**
 * The first error of a build, reported once, in one line (the full chain of stacks with --verbose), exit 1.
 * Anything thrown later — a cleanup problem, a stray rejection from Eleventy — is not allowed to replace it.
 */
let reported = false;
function fail(err: unknown): string | null {
  if (reported) {
    if (rest.includes('--verbose')) process.stderr.write(`(after the first error) ${describeStacks(err)}\n`);
    return null;
  }
  reported = true;
  const { values } = parseArgs({ args: rest, options: { seeds: { type: 'string' }, out: { type: 'string' } }, strict: false });
  const outDir = typeof values.out === 'string' ? values.out : 'dist';
  const seedsDir = typeof values.seeds === 'string' ? values.seeds : 'seeds';
  const line = describeFailure(err, { outDir, seedsDir, cacheDir: defaultCacheDir(resolve(outDir)), previousSite: existsSync(outDir), published: hasPublished() });
  // Paths in it may hold line breaks, ESC or bidi controls (a seeds folder's name): shown escaped.
  process.stderr.write(`error: ${visible(line)}\n`);
  if (rest.includes('--verbose')) process.stderr.write(`${describeStacks(err)}\n`);
  process.exitCode = 1;
  return outDir;
}
// A stray rejection or exception (Eleventy's copy, a worker) must not end the process with Node's crash
// banner, nor let the build go on to publish: one line, our staging folders removed, exit 1.
const stray = (err: unknown): void => {
  const outDir = fail(err);
  if (outDir !== null && command === 'build') {
    cleanUpAfterInterrupt(outDir);
    process.exit(1);
  }
};
process.on('unhandledRejection', stray);
process.on('uncaughtException', stray);

main().then(
  (code) => {
    if (!reported) process.exitCode = code;
  },
  (err: unknown) => void fail(err),
);
