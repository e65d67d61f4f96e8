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
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

test('the data handed to a worker is not held by this thread while the worker runs (a second copy of every article)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-worker-'));
  try {
    // A worker that answers only when told to by a file: the data is checked meanwhile.
    const go = join(dir, 'go');
    const mod = join(dir, 'slow.mjs');
    writeFileSync(
      mod,
      `import { existsSync } from 'node:fs';
      export async function slow(data) {
        while (!existsSync(${JSON.stringify(go)})) await new Promise((r) => setTimeout(r, 20));
        return data.texts.length;
      }`,
    );
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let ref: WeakRef<object> | null = null;
    const job = ((): Promise<number> => {
      const data = { texts: Array.from({ length: 1000 }, (_, i) => `text ${i}`.repeat(20)) };
      ref = new WeakRef(data);
      return runInWorker<number>({ module: pathToFileURL(mod).href, fn: 'slow', data });
    })();
    // A WeakRef's target is kept until the end of the job that read it: collect in a job of its own.
    const tick = (): Promise<unknown> => new Promise((r) => setTimeout(r, 20));
    let held = true;
    for (let k = 0; k < 3 && held; k++) {
      await tick();
      gc();
      await tick();
      held = ref!.deref() !== undefined;
    }
    writeFileSync(go, '');
    assert.equal(await job, 1000, 'the worker still got the data');
    assert.equal(held, false, 'the data was let go once copied to the worker');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a long list fed to a worker arrives whole and in order, piece by piece, and leaves this thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-worker-'));
  try {
    const mod = join(dir, 'fed.mjs');
    writeFileSync(mod, `export async function fed(data) { return { label: data.label, n: data.docs.length, ids: data.docs.map((d) => d.id).join(',') }; }`);
    const docs = Array.from({ length: 4_321 }, (_, i) => ({ id: i, text: `berita ${i}` }));
    const items: unknown[] = [...docs];
    const got = await runInWorker<{ label: string; n: number; ids: string }>({ module: pathToFileURL(mod).href, fn: 'fed', data: { label: 'indeks' }, feed: { key: 'docs', items } });
    assert.equal(got.label, 'indeks', 'the rest of the data beside the list');
    assert.equal(got.n, docs.length);
    assert.equal(got.ids, docs.map((d) => d.id).join(','), 'in order');
    assert.equal(items.length, 0, 'the list was handed over, not kept');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
