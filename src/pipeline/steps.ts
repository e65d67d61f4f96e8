/**
 * The build as a table of steps, in the order the engine (engine.ts) runs them. Each step is a
 * function of the run (run.ts): it reads what earlier steps set and sets its own fields.
 *   - stage: the row of STAGES (stages.ts) whose code the step runs, whose code key it uses;
 *   - time: the label it is timed under (the index step times itself: its job runs beside others);
 *   - staged: it writes into the staging folder, so a failure removes that folder;
 *   - when: it runs only then (where the search index is built; the pages ahead of the rest in dev).
 * The no-change shortcut (unchanged) ends the build by setting the run's result.
 */
import type { BuildRun } from './run.ts';
import { archiveStep, contextStep, outputCheckedStep, planOutputsStep, planSearchStep, planStep, searchEarlyStep, searchEarlyWanted, stagingStep } from './planSteps.ts';
import { cacheStep, finishStep, publishPagesStep, publishStep, removeOldStep } from './publishSteps.ts';
import { codeStep, ingestStep, listStep, loadStep, scanStep, scheduleStep, unchangedStep, verifyStep } from './readSteps.ts';
import { indexStep, searchAfterStep, searchAt, searchBeforeStep, searchBesideStep } from './searchSteps.ts';
import type { StageName } from './stages.ts';
import { firstPagesStep, firstPagesWanted } from './firstPages.ts';
import { letGoStep, letsGoOfRecords } from './letGo.ts';
import { carryStep, copiesStep, exportsStep, renderedStep, renderStep } from './writeSteps.ts';

export interface Step {
  name: string;
  stage: StageName | null;
  time: string | null;
  staged: boolean;
  when?: (r: BuildRun) => boolean;
  run: (r: BuildRun) => Promise<void> | void;
}

const step = (name: string, stage: StageName | null, time: string | null, run: Step['run'], more: Partial<Pick<Step, 'staged' | 'when'>> = {}): Step => ({
  name,
  stage,
  time,
  staged: false,
  run,
  ...more,
});
const staged = { staged: true };

export const STEPS: readonly Step[] = [
  step('code', null, 'code', codeStep),
  step('list', null, 'list', listStep),
  // The cache first: the scan skips reading seeds whose cached result it proves current.
  step('load', 'ingest', 'load', loadStep),
  step('scan', 'ingest', 'scan', scanStep),
  step('schedule', null, null, scheduleStep),
  step('ingest', 'ingest', 'ingest', ingestStep),
  // npm run dev, a few seeds saved: the model at once, and their pages and the home page live before
  // anything else is done (the output's walk goes on meanwhile; verify takes those pages out of it).
  step('context-first', 'archive', 'context', contextStep, { when: firstPagesWanted }),
  step('archive-first', 'archive', 'archive', archiveStep, { when: firstPagesWanted }),
  step('first-pages', 'render', 'first', firstPagesStep, { when: firstPagesWanted }),
  // A rebuild that parsed seeds: its index update starts now, in a worker, while this thread waits
  // for the output's walk (planSteps.ts); after the first pages, so it does not slow them.
  step('search-early', 'search', null, searchEarlyStep, { when: searchEarlyWanted }),
  step('verify', null, 'verify', verifyStep),
  step('unchanged', null, null, unchangedStep),
  step('output-checked', null, null, outputCheckedStep),
  // The related lists start here (a worker for a large archive) and are taken by the archive step.
  step('context', 'archive', 'context', contextStep, { when: (r) => r.parts === null }),
  step('plan-search', null, null, planSearchStep),
  step('search-beside', 'search', null, searchBesideStep, { when: searchAt('beside-render') }),
  step('plan-outputs', null, null, planOutputsStep),
  step('archive', 'archive', 'archive', archiveStep, { ...staged, when: (r) => r.parts === null }),
  step('plan', 'render', 'plan', planStep, staged),
  step('staging', 'publish', null, stagingStep, staged),
  step('search-before', 'search', null, searchBeforeStep, { ...staged, when: searchAt('before-render') }),
  step('render', 'render', 'render', renderStep, staged),
  step('rendered', null, null, renderedStep, staged),
  step('carry', 'publish', 'carry', carryStep, staged),
  step('copies', 'exports', 'copies', copiesStep, staged),
  step('publish-pages', 'publish', 'pages', publishPagesStep, { ...staged, when: (r) => r.inPlace && r.onPages !== null }),
  step('exports', 'exports', 'exports', exportsStep, staged),
  // A large archive built once through: nothing reads a record from here on; they go before the index starts.
  step('let-go', null, 'let-go', letGoStep, { ...staged, when: letsGoOfRecords }),
  step('search-after', 'search', null, searchAfterStep, { ...staged, when: searchAt('after-render') }),
  step('index', 'search', null, indexStep, staged),
  step('publish', 'publish', 'swap', publishStep, staged),
  step('cache', null, 'cache', cacheStep),
  step('remove-old', 'publish', 'remove-old', removeOldStep, { when: (r) => r.onPages === null }),
  step('finish', null, null, finishStep),
];
