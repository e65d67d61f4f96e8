// @ts-check
/** `npm run build`, `dev` and `report` start here: src/cli.ts from its cached bundle (src/launch.mjs). */
import { launch } from './launch.mjs';

await launch({ name: 'arsip-cli', entry: 'src/cli.ts', what: 'the arsip command' });
