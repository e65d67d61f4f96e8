/**
 * The build pipeline, one direction: scan seeds → ingest → archive model →
 * render (Eleventy) + exports + search index, all into a staging folder that is
 * swapped into place at the end.
 */
import { resolve } from 'node:path';
import { ingestSeeds, scanSeeds } from './ingest/index.ts';
import type { Article, SeedOutcome } from './ingest/types.ts';
import { buildArchive } from './archive/index.ts';
import { renderSite, writeExports } from './site/index.ts';
import { writeSearchIndex } from './search/index.ts';
import { makeStagingDir, refuseOutDir, removeStaleStaging, swapIntoPlace } from './output.ts';

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** Absolute base URL for canonical links and feeds, e.g. `https://example.org/arsip/`. */
  baseUrl?: string | undefined;
  verbose?: boolean;
  /** Project root, used to refuse dangerous output folders. */
  projectRoot?: string;
}

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface BuildResult {
  articles: Article[];
  outcomes: SeedOutcome[];
  timings: StageTiming[];
  /** Files written to the output folder. */
  fileCount: number;
}

export class BuildRefused extends Error {}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const seedsDir = resolve(options.seedsDir);
  const outDir = resolve(options.outDir);
  const refusal = refuseOutDir(outDir, seedsDir, projectRoot);
  if (refusal) throw new BuildRefused(refusal);

  const timings: StageTiming[] = [];
  const time = async <T>(stage: string, fn: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const value = await fn();
    timings.push({ stage, ms: performance.now() - start });
    return value;
  };

  const scanned = await time('scan', () => scanSeeds(seedsDir));
  const ingested = await time('ingest', () => ingestSeeds(scanned.inputs));
  const outcomes = [...scanned.outcomes, ...ingested.outcomes].sort((a, b) =>
    a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0,
  );
  const model = await time('archive', () => buildArchive(ingested.articles, { baseUrl: options.baseUrl ?? null }));

  await removeStaleStaging(outDir);
  const staging = makeStagingDir(outDir);
  let fileCount = 0;
  try {
    const rendered = await time('render', () => renderSite(model, staging));
    const exported = await time('exports', () => writeExports(ingested.articles, staging));
    const indexed = await time('index', () => writeSearchIndex(ingested.articles, staging));
    fileCount = rendered.fileCount + exported.fileCount + indexed.fileCount;
    await time('swap', () => swapIntoPlace(staging, outDir));
  } catch (err) {
    const { rm } = await import('node:fs/promises');
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  return { articles: ingested.articles, outcomes, timings, fileCount };
}
