/** Entry of the bundled search command (see cli-start.mjs): `npm run search -- …`. */
import { runSearchCli } from './cli.ts';

runSearchCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
