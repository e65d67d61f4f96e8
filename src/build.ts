/**
 * The build pipeline, one direction: scan seeds → ingest → archive model →
 * render (Eleventy) + exports + search index, all into a staging folder that is
 * swapped into place at the end (src/output.ts).
 *
 * build() runs the incremental engine (src/pipeline/engine.ts): with its
 * cache (default; `.cache/arsip-berita/<out>` beside the output folder) only
 * changed seeds are parsed and only changed pages rendered; `cache: false` is a
 * cold build. Both give byte-identical output.
 */
import { resolve } from 'node:path';
import type { SiteSettings } from './archive/siteSettings.ts';
import { BuildRefused, defaultCacheDir, IncrementalBuilder, type BuildWork, type EngineResult } from './pipeline/engine.ts';
import { refuseOutDir } from './output.ts';
import { refuseOptions } from './options.ts';
import { lockBuild, type OutputLock } from './publish/lock.ts';
import type { PublishMode } from './pipeline/policy.ts';
import type { GivenWalk, SeedListing } from './pipeline/quick.ts';

export { BuildRefused } from './pipeline/engine.ts';
export type { BuildResult, BuildWork, StageTiming } from './pipeline/engine.ts';

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** Absolute base URL for canonical links and feeds, e.g. `https://example.org/arsip/`. */
  baseUrl?: string | undefined;
  verbose?: boolean;
  /** Project root, used to refuse dangerous output folders. */
  projectRoot?: string;
  /** true (default): use and update the on-disk cache; false: cold build, cache untouched; a string: that cache folder. */
  cache?: boolean | string;
  /** Show a progress line on a terminal (the CLI turns it on). */
  progress?: boolean;
  /** Worker threads: 'auto' (default) uses them for big archives. */
  workers?: 'auto' | 'always' | 'never';
  /** Pages per Eleventy run (memory bound at large N); default 15,000. */
  renderChunk?: number;
  /** From this many articles on, build the search index after rendering (memory); default 50,000. */
  lowMemoryAbove?: number;
  /** false: the result gives the articles' count, not their records, and a large build lets them go early (the CLI). */
  keepRecords?: boolean;
  /** Publish each seed as it was read beside its article page, linked from its article (default true; `--no-sources`). */
  sources?: boolean;
  /** The archive's name, description, about paragraph and contact (arsip.config.json, src/settings.ts). */
  site?: SiteSettings;
  /** Time one seed may take to read before it is skipped with one line (default 10 s, src/pipeline/policy.ts). */
  seedBudgetMs?: number;
  /**
   * Another build writing the same output folder: wait for it (default, with one notice) or
   * refuse at once. A running `npm run dev` on the folder is always refused.
   */
  waitForLock?: boolean;
  /** One-line notices (waiting for another build, a damaged cache); default: stderr. */
  notify?: (line: string) => void;
  /**
   * The locks, already taken by the caller (the CLI takes them before its no-change check, see lockBuild);
   * the caller releases them. Without it build() takes and releases them itself.
   */
  lock?: OutputLock;
  /** Leave the replaced output to a detached process to delete (the CLI; see EngineOptions.detachRemoval). */
  detachRemoval?: boolean;
  /**
   * 'swap' (default here; `--swap`): the new site replaces the old in one rename. 'in-place'
   * (`--in-place`): a rebuild moves only the files it wrote into the site, as `npm run dev` does
   * (src/publish/inPlace.ts). 'auto' (the CLI's default): in place when a rebuild rewrites few pages.
   */
  publish?: PublishMode;
  /** The seeds folder as the caller's quick check listed it (quick.ts): not listed again. */
  seedListing?: SeedListing | undefined;
  /** The output folder's walk the caller's quick check began (quick.ts): not walked again. */
  outputWalk?: GivenWalk | undefined;
}

export type { EngineResult };

export async function build(options: BuildOptions): Promise<EngineResult & { work: BuildWork }> {
  const outDir = resolve(options.outDir);
  const notify = options.notify ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const wanted = options.cache === false ? null : typeof options.cache === 'string' ? resolve(options.cache) : defaultCacheDir(outDir);
  // Refused before the lock is taken, so a refused --out gets nothing written beside it either.
  const refusal =
    refuseOptions({ seeds: options.seedsDir, out: options.outDir, baseUrl: options.baseUrl }) ?? refuseOutDir(outDir, options.seedsDir, options.projectRoot ?? process.cwd());
  if (refusal) throw new BuildRefused(refusal);
  const lock = options.lock ?? (await lockBuild({ outDir: options.outDir, cacheDir: wanted, wait: options.waitForLock ?? true, notify }));
  // A cache folder that cannot be written: one warning (said where the lock was taken), a build without it.
  const cacheDir = lock.cacheUnwritable === null ? wanted : null;
  const builder = new IncrementalBuilder({
    seedsDir: options.seedsDir,
    outDir,
    baseUrl: options.baseUrl ?? null,
    sources: options.sources !== false,
    ...(options.site ? { site: options.site } : {}),
    projectRoot: options.projectRoot ?? process.cwd(),
    cacheDir,
    workers: options.workers,
    progress: options.progress,
    renderChunk: options.renderChunk,
    lowMemoryAbove: options.lowMemoryAbove,
    keepRecords: options.keepRecords,
    seedBudgetMs: options.seedBudgetMs,
    notify,
    publish: options.publish ?? 'swap',
    detachRemoval: options.detachRemoval === true && cacheDir !== null && cacheDir === defaultCacheDir(outDir),
  });
  try {
    return await builder.build({
      ...(options.seedListing ? { seedListing: options.seedListing } : {}),
      ...(options.outputWalk ? { outputWalk: options.outputWalk } : {}),
    });
  } finally {
    if (!options.lock) lock.release();
  }
}
