// @ts-check
/**
 * `npm run search` starts here, in plain JavaScript, so it answers in a fraction of a second: most
 * of the old 2–4 s was tsx compiling TypeScript and the build pipeline's imports before the first
 * query. It runs a bundle of src/search/cli-main.ts (the search code and its packages only), cached
 * and remade as src/launch.mjs says.
 */
import { launch } from '../launch.mjs';

await launch({ name: 'arsip-search-cli', entry: 'src/search/cli-main.ts', packagesInside: true, what: 'the search command' });
