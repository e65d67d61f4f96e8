/** The build record of the CLI's quick no-change check (quick.ts), saved when a build completes. */
import { siteKeyOf } from '../archive/siteSettings.ts';
import { recordedFiles, type OutputState } from './plan.ts';
import { dropRecord, saveRecord, seedRows, type BuildRecord } from './quick.ts';
import type { BuildRun } from './run.ts';

export function recordBuild(r: BuildRun, state: OutputState, files: number): void {
  const { session, listing } = r;
  const cacheDir = session.options.cacheDir;
  const rows = listing && cacheDir ? seedRows(listing, r.hashes) : null;
  if (!rows || !listing || !cacheDir) return;
  const output: BuildRecord['output'] = {};
  for (const [f, st] of recordedFiles(state)) output[f] = [st.size, st.mtimeMs];
  // Only a shortcut: when it cannot be saved, the next build simply runs the engine.
  try {
    saveRecord(cacheDir, {
      outDir: session.outDir,
      seedsDir: session.seedsDir,
      baseUrl: session.options.baseUrl,
      sources: r.sources,
      site: siteKeyOf(session.options.site),
      scanStartMs: r.scanStartMs,
      entries: listing.entries,
      seeds: rows,
      code: r.codeFiles,
      output,
      outcomes: r.outcomes,
      articles: r.articleCount,
      fileCount: files,
    });
  } catch {
    dropRecord(cacheDir);
  }
}
