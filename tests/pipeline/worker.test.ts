/**
 * Worker threads started from the command bundle import their module's bundled entry and are marked
 * bundled themselves (src/runtime.ts, src/pipeline/worker.ts); started from the source, they load
 * the TypeScript through tsx.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledModules, runnableModule } from '../../src/runtime.ts';
import { runInWorker } from '../../src/pipeline/worker.ts';

const BUNDLED = Symbol.for('arsip-berita.bundled');
const BUNDLED_MODULES = Symbol.for('arsip-berita.bundled-modules');
const marks = globalThis as unknown as Record<symbol, unknown>;

/** Runs `fn` as a process started from the bundle would, with `modules` as its bundled entries. */
async function asBundled<T>(modules: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  marks[BUNDLED] = true;
  marks[BUNDLED_MODULES] = modules;
  try {
    return await fn();
  } finally {
    delete marks[BUNDLED];
    delete marks[BUNDLED_MODULES];
  }
}

test('from the source, a module runs as it is, through tsx', () => {
  assert.equal(bundledModules(), null);
  const source = new URL('../../src/pipeline/search.ts', import.meta.url).href;
  assert.deepEqual(runnableModule(source), { url: source, tsx: true });
});

test('from the bundle, a worker imports the bundled entry without tsx and is marked bundled itself', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-worker-'));
  try {
    // What a bundled entry is: plain JavaScript. It reports how its thread was started.
    const entry = join(dir, 'side-0.mjs');
    writeFileSync(
      entry,
      `export function report(data) {
        const modules = globalThis[Symbol.for('arsip-berita.bundled-modules')];
        return { data, bundled: globalThis[Symbol.for('arsip-berita.bundled')] === true, modules };
      }`,
    );
    const source = pathToFileURL(join(dir, 'task.ts')).href; // no such file: only its entry can run
    const modules = { [source]: pathToFileURL(entry).href };
    const result = await asBundled(modules, () => {
      assert.deepEqual(runnableModule(source), { url: pathToFileURL(entry).href, tsx: false });
      const warned: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((line: string) => (warned.push(line), true)) as typeof process.stderr.write;
      try {
        assert.equal(runnableModule('file:///elsewhere.ts').tsx, true, 'a module without an entry still runs, through tsx');
        runnableModule('file:///elsewhere.ts');
      } finally {
        process.stderr.write = write;
      }
      assert.deepEqual(warned, ['warning: file:///elsewhere.ts has no entry in the command bundle (SIDE_ENTRIES, src/launch.mjs); it runs through tsx, more slowly\n'], 'said once');
      return runInWorker<{ data: number; bundled: boolean; modules: Record<string, string> }>({ module: source, fn: 'report', data: 7 });
    });
    assert.equal(result.data, 7);
    assert.equal(result.bundled, true, 'the worker is marked bundled: its own workers and Eleventy run from the bundle too');
    assert.deepEqual(result.modules, modules);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
