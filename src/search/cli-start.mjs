// @ts-check
/**
 * `npm run search` starts here, in plain JavaScript, so it answers in a fraction of
 * a second: most of the old 2–4 s was tsx compiling TypeScript and the build
 * pipeline's imports before the first query. It runs an esbuild bundle of
 * src/search/cli.ts (only the search code), cached in node_modules/.cache and
 * rebuilt when any of the files it was built from changed (size or time).
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = import.meta.dirname;
const project = resolve(here, '..', '..');
const cacheDir = join(project, 'node_modules', '.cache', 'arsip-search');
const bundleFile = join(cacheDir, 'cli.mjs');
const manifestFile = join(cacheDir, 'cli.inputs.json');

/** @param {string} file */
async function stamp(file) {
  const s = await stat(file);
  return `${s.size}:${s.mtimeMs}`;
}

/** Whether the cached bundle was built from the files as they are now. */
async function fresh() {
  try {
    /** @type {Record<string, string>} */
    const inputs = JSON.parse(await readFile(manifestFile, 'utf8'));
    const entries = Object.entries(inputs);
    if (entries.length === 0) return false;
    const now = await Promise.all(entries.map(([f]) => stamp(join(project, f)).catch(() => '')));
    return entries.every(([, was], i) => now[i] === was);
  } catch {
    return false;
  }
}

async function rebuild() {
  const { build } = await import('esbuild');
  const r = await build({
    entryPoints: [join(here, 'cli-main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    // lunr is CommonJS: give the bundle a require() for it.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    metafile: true,
    write: false,
    logLevel: 'silent',
    absWorkingDir: project,
  });
  const out = r.outputFiles[0];
  if (!out) throw new Error('esbuild produced no search CLI bundle');
  /** @type {Record<string, string>} */
  const inputs = {};
  for (const f of Object.keys(r.metafile.inputs)) inputs[f] = await stamp(join(project, f));
  inputs['package-lock.json'] = await stamp(join(project, 'package-lock.json'));
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${bundleFile}.${process.pid}.tmp`;
  await writeFile(tmp, out.text);
  await rename(tmp, bundleFile);
  await writeFile(manifestFile, JSON.stringify(inputs));
}

try {
  if (!(await fresh())) await rebuild();
} catch (err) {
  // E.g. a read-only node_modules: say so in one line.
  console.error(`error: cannot prepare the search command (${err instanceof Error ? err.message : String(err)}) in ${dirname(bundleFile)}`);
  process.exit(1);
}
await import(pathToFileURL(bundleFile).href);
