/**
 * Test preload (`--import`): holds `src/cli.ts` just before it loads the pipeline (`import('./build.ts')`)
 * until the file named by ARSIP_TEST_LOAD_RESUME exists, announcing the hold by creating
 * ARSIP_TEST_LOAD_HELD. It stands for a build that has decided to build and is still loading
 * Eleventy, the archive and the parsers (seconds on a busy machine).
 */
import { register } from 'node:module';

register(new URL('./hold-build-load-hooks.mjs', import.meta.url));
