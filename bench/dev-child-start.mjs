// @ts-check
/** bench/dev-child.ts started as `npm run dev` starts: from its cached bundle (src/launch.mjs), not through tsx. */
import { launch } from '../src/launch.mjs';

await launch({ name: 'arsip-bench-dev', entry: 'bench/dev-child.ts', what: 'the benchmark dev session' });
