/** Where things live, without importing the pipeline (the CLI's quick path uses it). */
import { join, resolve } from 'node:path';

/** Where `build` keeps its cache for an output folder: `.cache/arsip-berita/<out name>` beside it. */
export function defaultCacheDir(outDir: string): string {
  const out = resolve(outDir);
  return join(resolve(out, '..'), '.cache', 'arsip-berita', out.split(/[\\/]/).pop() ?? 'dist');
}

/** This project, its templates and Eleventy configuration (src/project.ts), for watchers. */
export { ELEVENTY_CONFIG, PROJECT_ROOT, TEMPLATES_DIR } from '../project.ts';
