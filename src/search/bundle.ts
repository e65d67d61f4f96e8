/** Bundles the browser client (lunr + Indonesian module + page logic) with esbuild, once per process. */
import { build } from 'esbuild';
import { join } from 'node:path';

let cached: Promise<string> | null = null;

export function bundleClient(): Promise<string> {
  cached ??= build({
    entryPoints: [join(import.meta.dirname, 'client', 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'eof',
    charset: 'ascii',
    write: false,
    logLevel: 'silent',
  }).then((r) => {
    const out = r.outputFiles[0];
    if (!out) throw new Error('esbuild produced no client bundle');
    return out.text;
  });
  cached.catch(() => {
    cached = null;
  });
  return cached;
}
