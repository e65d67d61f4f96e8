// @ts-check
/** bench/build-child.ts started as `npm run build` starts: from its cached bundle (src/launch.mjs), not through tsx. */
import { launch } from '../src/launch.mjs';

await launch({ name: 'arsip-bench-child', entry: 'bench/build-child.ts', what: 'the benchmark build' });
