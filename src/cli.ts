/**
 * Command-line entry points:
 *   build  [--seeds DIR] [--out DIR] [--base-url URL] [--strict] [--verbose] [--no-cache]
 *   dev    [--seeds DIR] [--out DIR] [--port N] [--base-url URL] [--no-cache]
 *   search --out DIR [--json] [--stdin] QUERY…
 *   report [--seeds DIR]            ingest only, print the per-seed report
 */
import { parseArgs } from 'node:util';
import { build, BuildRefused } from './build.ts';
import { formatReport, isStrictFailure } from './report.ts';
import { cleanUpAfterInterrupt } from './output.ts';
import { ingestSeeds, scanSeeds } from './ingest/index.ts';

const [command = 'build', ...rest] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case 'build': {
      const { values } = parseArgs({
        args: rest,
        options: {
          seeds: { type: 'string', default: 'seeds' },
          out: { type: 'string', default: 'dist' },
          'base-url': { type: 'string' },
          strict: { type: 'boolean', default: false },
          verbose: { type: 'boolean', default: false },
          // Ignore and leave alone the incremental cache: a cold build (same output, just slower).
          'no-cache': { type: 'boolean', default: false },
        },
      });
      const started = performance.now();
      // Ctrl-C: leave the previous output exactly as it was and remove our half-built staging folder.
      process.once('SIGINT', () => {
        cleanUpAfterInterrupt(values.out);
        process.stderr.write(`\nBuild interrupted; ${values.out}/ is left as it was.\n`);
        process.exit(130);
      });
      const result = await build({
        seedsDir: values.seeds,
        outDir: values.out,
        baseUrl: values['base-url'],
        verbose: values.verbose,
        cache: !values['no-cache'],
        progress: true,
      });
      console.log(formatReport(result.outcomes, result.articles.length));
      if (values.verbose) {
        for (const t of result.timings) console.log(`  ${t.stage.padEnd(11)} ${t.ms.toFixed(0).padStart(6)} ms`);
        const w = result.work;
        console.log(
          `  seeds parsed ${w.seedsParsed}, reused ${w.seedsReused}; pages rendered ${w.pagesRendered}, carried over ${w.pagesCarried}; ` +
            `search index ${w.searchRebuilt ? 'rebuilt' : 'carried over'}; exports ${w.exportsRebuilt ? 'rewritten' : 'carried over'}`,
        );
      }
      console.log(`Built ${result.fileCount} files into ${values.out}/ in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
      return values.strict && isStrictFailure(result.outcomes) ? 1 : 0;
    }
    case 'report': {
      const { values } = parseArgs({
        args: rest,
        options: { seeds: { type: 'string', default: 'seeds' }, strict: { type: 'boolean', default: false } },
      });
      const scanned = await scanSeeds(values.seeds);
      const ingested = ingestSeeds(scanned.inputs);
      const outcomes = [...scanned.outcomes, ...ingested.outcomes].sort((a, b) => a.sourceFile.localeCompare(b.sourceFile));
      console.log(formatReport(outcomes, ingested.articles.length));
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
    default:
      console.error(`Unknown command "${command}". Commands: build, dev, search, report.`);
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof BuildRefused) console.error(`error: ${err.message}`);
    else console.error(err instanceof Error ? `error: ${err.stack ?? err.message}` : `error: ${String(err)}`);
    process.exitCode = 1;
  },
);
