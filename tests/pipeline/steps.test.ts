/**
 * The engine's step table (src/pipeline/steps.ts) covers the stage table (src/pipeline/stages.ts),
 * times under the labels a build reports, and every pipeline module the engine runs is in a code key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moduleGraph } from '../../src/pipeline/moduleGraph.ts';
import { SHARED_FILES, STAGES, stageFiles } from '../../src/pipeline/stages.ts';
import { STEPS } from '../../src/pipeline/steps.ts';
import { PROJECT } from '../support/project.ts';

test('every stage of STAGES has a step that runs its code, and step names are unique', () => {
  for (const stage of STAGES) assert.ok(STEPS.some((s) => s.stage === stage.name), `no step runs the ${stage.name} stage`);
  assert.equal(new Set(STEPS.map((s) => s.name)).size, STEPS.length);
});

test('the steps time under the labels of a build, in order (index and index-wait come from the index job)', () => {
  const labels = STEPS.flatMap((s) => (s.time ? [s.time] : []));
  assert.deepEqual(labels, ['code', 'list', 'load', 'scan', 'ingest', 'context', 'archive', 'first', 'verify', 'context', 'archive', 'plan', 'render', 'carry', 'copies', 'pages', 'exports', 'let-go', 'swap', 'cache', 'remove-old']);
});

test('staged steps are one run: from the first that writes into the staging folder to the publish', () => {
  const staged = STEPS.map((s) => s.staged);
  const first = staged.indexOf(true);
  const last = staged.lastIndexOf(true);
  assert.ok(staged.slice(first, last + 1).every(Boolean));
  assert.equal(STEPS[last]?.name, 'publish');
});

test('every pipeline module the engine runs is in a code key: a change there reruns the stages', async () => {
  const keyed = new Set<string>(SHARED_FILES);
  for (const stage of STAGES) for (const f of await stageFiles(PROJECT, stage.name)) keyed.add(f);
  // Not orchestration: the caches' own files (each with its format) and the code-key machinery.
  const own = ['src/pipeline/ingestCache.ts', 'src/pipeline/moduleGraph.ts', 'src/pipeline/paths.ts', 'src/pipeline/quick.ts'];
  const engine = (await moduleGraph(PROJECT, ['src/pipeline/engine.ts'])).filter((f) => f.startsWith('src/pipeline/') && !own.includes(f));
  assert.ok(engine.includes('src/pipeline/steps.ts'));
  assert.deepEqual(engine.filter((f) => !keyed.has(f)), []);
});
