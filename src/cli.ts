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
import { BUILD, parseCommand, REPORT } from './cliOptions.ts';
import { commandSettings } from './settings.ts';
import { siteKeyOf } from './archive/siteSettings.ts';
import { formatReport, isStrictFailure, type ReportDetail } from './report.ts';
import { visible } from './ingest/messages.ts';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanUpAfterInterrupt, hasPublished, refuseOutDir } from './output.ts';
import { describeFailure, describeStacks, UserFacingError } from './errors.ts';
import { lockBuild } from './publish/lock.ts';
import { refuseOptions } from './options.ts';
import { defaultCacheDir, PROJECT_ROOT } from './pipeline/paths.ts';
import { checkUnchanged } from './pipeline/quick.ts';

/** The project this CLI belongs to (the code the build record's hashes cover). */
const CODE_ROOT = PROJECT_ROOT;

const [command = 'build', ...rest] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case 'build': {
      const values = parseCommand('build', BUILD, rest);
      if (typeof values === 'number') return values;
      // The seeds that need a look by default; every seed with --verbose; the summary alone with --quiet.
      const detail: ReportDetail = values.verbose ? 'all' : values.quiet ? 'none' : 'attention';
      const chosen = commandSettings(values);
      if (typeof chosen === 'number') return chosen;
      const { settings, lang } = chosen;
      // A flag wins over the settings file.
      const sources = values['no-sources'] ? false : settings.sources;
      const baseUrl = values['base-url'] ?? settings.baseUrl ?? undefined;
      const started = performance.now();
      // Ctrl-C or SIGTERM, handled here in the process that builds (the npm scripts run no tsx relay in
      // between, which would SIGKILL a busy build): our staging folders removed, the previous output put
      // back if the signal came between the two renames of the swap, the locks released (lock.ts, on
      // exit), one message, exit 128 + the signal's number.
      const label = `${values.out.replace(/\/+$/, '')}/`;
      const stop = (signal: 'SIGINT' | 'SIGTERM'): void => {
        cleanUpAfterInterrupt(values.out);
        const state = hasPublished() ? `the new site was already published in ${label}; the next build saves the cache` : `${label} is left as it was`;
        process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}Build stopped (${signal}); ${state}.\n`);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
      const outDir = resolve(values.out);
      // Refused before anything is written beside the output folder, the lock included.
      const refusal = refuseOptions({ seeds: values.seeds, out: values.out, baseUrl }) ?? refuseOutDir(outDir, values.seeds, process.cwd());
      if (refusal) throw new UserFacingError(refusal);
      // The lock first, then the no-change check: a build still loading elsewhere is waited for, never
      // answered with "nothing changed" for a site it is about to replace.
      const wanted = values['no-cache'] ? null : defaultCacheDir(outDir);
      const lock = await lockBuild({ outDir: values.out, cacheDir: wanted, wait: true, notify: (line) => void process.stderr.write(`${line}\n`) });
      if (wanted !== null && lock.cacheUnwritable === null) {
        // Nothing changed since the last complete build: its report, without loading the pipeline.
        const quick = checkUnchanged({
          seedsDir: values.seeds,
          outDir: values.out,
          cacheDir: wanted,
          baseUrl: baseUrl ?? null,
          sources,
          site: siteKeyOf(settings.site),
          codeRoot: CODE_ROOT,
          ownLocks: true,
        });
        if (quick.fresh) {
          lock.release();
          const r = quick.record;
          // Nothing was read this time: the summary (the seeds were listed by the build that read them).
          console.log(formatReport(r.outcomes, r.articles, values.verbose ? 'all' : 'none', lang));
          if (values.verbose) {
            console.log(`  nothing changed since the last build (${r.seeds.length} seeds, ${Object.keys(r.code).length} code files, ${Object.keys(r.output).length} output files checked); pipeline not loaded`);
          }
          console.log(`Built ${r.fileCount} files into ${values.out}/ in ${((performance.now() - started) / 1000).toFixed(2)} s (nothing changed).`);
          return values.strict && isStrictFailure(r.outcomes) ? 1 : 0;
        }
        if (values.verbose) console.log(`  quick check: ${quick.why}; running the build`);
      }
      const { build } = await import('./build.ts');
      const result = await build({
        seedsDir: values.seeds,
        outDir: values.out,
        baseUrl,
        sources,
        site: settings.site,
        verbose: values.verbose,
        cache: !values['no-cache'],
        progress: true,
        detachRemoval: true,
        publish: values['in-place'] ? 'in-place' : 'swap',
        lock,
      });
      lock.release();
      console.log(formatReport(result.outcomes, result.articles.length, detail, lang));
      if (values.verbose) {
        for (const t of result.timings) {
          const mem = t.rssMb === undefined ? '' : `   rss ${String(t.rssMb).padStart(5)} MB, heap ${String(t.heapMb).padStart(5)} MB after`;
          console.log(`  ${t.stage.padEnd(11)} ${t.ms.toFixed(0).padStart(6)} ms${mem}`);
        }
        const w = result.work;
        console.log(
          `  seeds parsed ${w.seedsParsed}, reused ${w.seedsReused}; pages rendered ${w.pagesRendered}, carried over ${w.pagesCarried}; ` +
            `search index ${w.searchRebuilt ? `rebuilt (${w.searchPiecesKept} pieces unchanged, kept)` : 'carried over'}; exports ${w.exportsRebuilt ? 'rewritten' : 'carried over'}; ` +
            `${w.filesWritten} files written, published by ${w.published}`,
        );
      }
      console.log(`Built ${result.fileCount} files into ${values.out}/ in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
      return values.strict && isStrictFailure(result.outcomes) ? 1 : 0;
    }
    case 'report': {
      const values = parseCommand('report', REPORT, rest);
      if (typeof values === 'number') return values;
      const chosen = commandSettings(values);
      if (typeof chosen === 'number') return chosen;
      const { scanSeeds } = await import('./ingest/index.ts');
      const { runIngest } = await import('./pipeline/ingest.ts');
      const { IngestCache, hashInputs } = await import('./pipeline/ingestCache.ts');
      const { createProgress } = await import('./progress.ts');
      const { schedule } = await import('./pipeline/policy.ts');
      const { cpus, totalmem } = await import('node:os');
      const scanned = await scanSeeds(values.seeds);
      const policy = schedule({ articles: scanned.inputs.length, cpus: cpus().length, totalMemBytes: totalmem() });
      // The build's ingest (supervised workers, a time budget per seed), with nothing cached.
      const { ingested } = await runIngest(scanned.inputs, hashInputs(scanned.inputs), new IngestCache(''), {
        inWorker: policy.ingestInWorker,
        progress: createProgress({ items: 0, enabled: false }),
      });
      // The build's order (engine.ts): code units, the same in every locale.
      const outcomes = [...scanned.outcomes, ...ingested.outcomes].sort(bySourceFile);
      if (values.json) console.log(JSON.stringify({ outcomes, articles: ingested.articles.length }, null, 1));
      else console.log(formatReport(outcomes, ingested.articles.length, values.quiet ? 'attention' : 'all', chosen.lang));
      return values.strict && isStrictFailure(outcomes) ? 1 : 0;
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
  const line = describeFailure(err, { outDir, seedsDir, cacheDir: defaultCacheDir(resolve(outDir)), previousSite: existsSync(outDir) });
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
