/**
 * Command-line entry points:
 *   build  [--seeds DIR] [--out DIR] [--base-url URL] [--strict] [--verbose]
 *   dev    [--seeds DIR] [--out DIR] [--port N]
 *   search --out DIR [--json] [--stdin] QUERY…
 *   report [--seeds DIR]            ingest only, print the per-seed report
 */
import { parseArgs } from 'node:util';
import { build, BuildRefused } from './build.ts';
import { formatReport, isStrictFailure } from './report.ts';
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
        },
      });
      const started = performance.now();
      const result = await build({
        seedsDir: values.seeds,
        outDir: values.out,
        baseUrl: values['base-url'],
        verbose: values.verbose,
      });
      console.log(formatReport(result.outcomes, result.articles.length));
      if (values.verbose) {
        for (const t of result.timings) console.log(`  ${t.stage.padEnd(8)} ${t.ms.toFixed(0).padStart(6)} ms`);
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
