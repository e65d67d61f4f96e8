/** Module hooks of hold-build-load.mjs (they run in the loader thread). */
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export async function resolve(specifier, context, next) {
  const held = process.env.ARSIP_TEST_LOAD_HELD;
  const resume = process.env.ARSIP_TEST_LOAD_RESUME;
  if (held && resume && specifier === './build.ts' && (context.parentURL ?? '').endsWith('/src/cli.ts')) {
    writeFileSync(held, '');
    for (let waited = 0; waited < 600_000 && !existsSync(resume); waited += 50) await sleep(50);
  }
  return next(specifier, context);
}
