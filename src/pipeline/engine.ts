/**
 * The build engine behind `npm run build` and `npm run dev`: the stages of
 * stages.ts run in order — scan → ingest → archive → render ‖ search ‖
 * exports → publish — and each redoes only work whose inputs changed:
 *   - ingest: a seed is parsed again only when its bytes (sha256) or the
 *     ingest stage's code changed (IngestCache);
 *   - render: a page is rendered again only when its view model, the site-wide
 *     data or the render stage's code changed; every other page is hard-linked
 *     from the previous output into the new staging folder;
 *   - search index and exports: rebuilt when any article or their code changed.
 * Code keys come from each stage's module graph (stages.ts). What to render
 * and carry is decided by a pure plan (plan.ts), where threads go by the
 * scheduling policy (policy.ts). The staging folder always starts empty and
 * receives only what the current seeds produce, so nothing of a deleted seed
 * can survive. A cold build and an incremental build give byte-identical
 * output (tests/pipeline/rebuild.test.ts).
 *
 * build() walks the step table (steps.ts): each step is a function of one run
 * (run.ts) holding what earlier steps produced; what a builder keeps between
 * builds is its session (session.ts).
 */
import { discardStaging, refuseOutDir } from '../output.ts';
import { PROJECT_ROOT } from '../project.ts';
import { BuildRefused, type BuildCallOptions, type EngineOptions, type EngineResult } from './engineTypes.ts';
import { BuildRun } from './run.ts';
import { EngineSession } from './session.ts';
import { STEPS, type Step } from './steps.ts';

export type { BuildCallOptions, BuildResult, BuildWork, EngineOptions, EngineResult, PagesPublished, StageTiming } from './engineTypes.ts';
export { BuildRefused } from './engineTypes.ts';
export { defaultCacheDir } from './paths.ts';

/** The project this engine's code belongs to. */
export const CODE_ROOT = PROJECT_ROOT;

export class IncrementalBuilder {
  private readonly session: EngineSession;
  readonly seedsDir: string;
  readonly outDir: string;

  constructor(options: EngineOptions) {
    this.session = new EngineSession(options, CODE_ROOT);
    this.seedsDir = this.session.seedsDir;
    this.outDir = this.session.outDir;
  }

  /**
   * One build. `onPages` (the dev server): published in place, the changed pages go live as soon as
   * they are rendered, and the search index and exports follow when they are done.
   */
  async build(options: BuildCallOptions = {}): Promise<EngineResult> {
    const refusal = refuseOutDir(this.outDir, this.seedsDir, this.session.options.projectRoot);
    if (refusal) throw new BuildRefused(refusal);
    const r = new BuildRun(this.session, options.onPages ?? null, options.onPublished ?? null, options.onSearchable ?? null);
    r.givenListing = options.seedListing ?? null;
    r.givenWalk = options.outputWalk ?? null;
    for (const step of STEPS) {
      if (step.when && !step.when(r)) continue;
      if (step.staged) await this.staged(r, step);
      else await run(r, step);
      // Set by the no-change shortcut or by the last step.
      if (r.result) return r.result;
    }
    throw new Error('the step table (steps.ts) ended without a result');
  }

  /** Ends what the builder keeps running between builds (a dev session's search worker). */
  close(): void {
    this.session.close();
  }

  /** A step writing into the staging folder: on failure the folder goes, once a running index job let go of it. */
  private async staged(r: BuildRun, step: Step): Promise<void> {
    try {
      await run(r, step);
    } catch (err) {
      r.progress.finish();
      await r.searchJob?.catch(() => undefined); // let a running worker finish writing before cleaning up
      await discardStaging(this.outDir); // never throws: `err` is the error to report
      throw err;
    }
  }
}

async function run(r: BuildRun, step: Step): Promise<void> {
  if (step.time) await r.t.time(step.time, () => step.run(r));
  else await step.run(r);
}
