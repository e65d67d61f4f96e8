// @ts-check
/**
 * Commands start here, in plain JavaScript, from an esbuild bundle of their TypeScript: a process
 * that goes through tsx spends 0.3–1 s compiling and resolving through its loader hooks before
 * the first line of the command runs. The bundle is cached in node_modules/.cache/<name>/ and made
 * again when any file it was built from changed (size or time), or package-lock.json did.
 *
 * `npm run build`, `dev` and `report` (src/start.mjs) bundle only the project's code, split at its
 * dynamic imports, so a build with nothing changed never loads the pipeline or Eleventy; the
 * packages load from node_modules as usual. `npm run search` (src/search/cli-start.mjs) bundles
 * its packages too. Inside the bundle every source file keeps its own `import.meta.url` and
 * `import.meta.dirname`, so paths relative to the source (the project root, worker modules) are
 * those of the source tree.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const project = resolve(import.meta.dirname, '..');

/** Set on globalThis by launch(): the project's TypeScript runs from a bundle, without a TypeScript loader. */
export const BUNDLED = Symbol.for('arsip-berita.bundled');
/**
 * Set on globalThis by launch() beside BUNDLED: source file URL → URL of its bundled entry, for the
 * modules a worker thread starts from and for .eleventy.ts (src/bundledModule.ts reads it).
 */
export const BUNDLED_MODULES = Symbol.for('arsip-berita.bundled-modules');

/**
 * Modules that run outside the command's own module graph, bundled as entries of their own beside
 * the command (a bundle that splits shares their code with it): the modules worker threads start
 * from (src/pipeline/worker.ts), and the Eleventy configuration Eleventy imports itself. Without
 * them a worker or Eleventy would load the TypeScript source through tsx (0.1–0.3 s per worker,
 * and slower code). tests/start.test.ts checks every worker module in src/ is listed.
 */
export const SIDE_ENTRIES = ['src/pipeline/search.ts', 'src/pipeline/ingest.ts', 'src/pipeline/renderWorker.ts', 'src/pipeline/related.ts', '.eleventy.ts'];

/** @param {string} file */
async function stamp(file) {
  const s = await stat(file);
  return `${s.size}:${s.mtimeMs}`;
}

/**
 * @param {string} manifestFile
 * @param sides the side entries the bundle must have
 * @returns {Promise<{ dir: string; inputs: Record<string, string>; entries: Record<string, string> } | null>} the bundle, when built from the files as they are now
 */
async function fresh(manifestFile, /** @type {readonly string[]} */ sides) {
  try {
    /** @type {{ root: string; dir: string; inputs: Record<string, string>; entries: Record<string, string> }} */
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    // A copy of the project sharing this node_modules (a symlink) made it: its paths are not ours.
    if (manifest.root !== project || typeof manifest.entries !== 'object') return null;
    // Bundled by a launcher with another list of side entries.
    if (Object.keys(manifest.entries).join('\n') !== sides.join('\n')) return null;
    const entries = Object.entries(manifest.inputs);
    if (entries.length === 0) return null;
    const now = await Promise.all(entries.map(([f]) => stamp(join(project, f)).catch(() => '')));
    return entries.every(([, was], i) => now[i] === was) ? manifest : null;
  } catch {
    return null;
  }
}

/**
 * Rewrites `import.meta.url`, `.dirname` and `.filename` in the project's TypeScript to the source
 * file's own, so the bundle finds what the source finds. `import.meta.resolve` (of packages) stays.
 * @type {import('esbuild').Plugin}
 */
const sourceMeta = {
  name: 'source-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
      const text = (await readFile(args.path, 'utf8'))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents: text, loader: 'ts' };
    });
  },
};

/**
 * @param {string} cacheDir
 * @param {string} entry project-relative
 * @param {boolean} packagesInside
 */
async function rebuild(cacheDir, entry, packagesInside) {
  const { build } = await import('esbuild');
  const tmp = join(cacheDir, `.tmp-${process.pid}-${Date.now()}`);
  // The command is `main`; with a split bundle, each side entry is `side-<n>` (see SIDE_ENTRIES).
  /** @type {Record<string, string>} */
  const entryPoints = { main: join(project, entry) };
  if (!packagesInside) SIDE_ENTRIES.forEach((f, i) => (entryPoints[`side-${i}`] = join(project, f)));
  const r = await build({
    entryPoints,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    // The project's code only: split at its dynamic imports, packages loaded from node_modules.
    ...(packagesInside ? {} : { packages: /** @type {const} */ ('external'), splitting: true, chunkNames: 'chunk-[hash]' }),
    // Bundled CommonJS packages (lunr) need a require().
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    plugins: [sourceMeta],
    metafile: true,
    outdir: tmp,
    entryNames: '[name]',
    // ESM by its name: node_modules/.cache is outside the project's package scope ("type": "module").
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    absWorkingDir: project,
  });
  /** @type {Record<string, string>} */
  const inputs = {};
  for (const f of Object.keys(r.metafile.inputs)) inputs[f] = await stamp(join(project, f));
  inputs['package-lock.json'] = await stamp(join(project, 'package-lock.json'));
  /** @type {Record<string, string>} project-relative source → file in the bundle folder */
  const entries = {};
  if (!packagesInside) SIDE_ENTRIES.forEach((f, i) => (entries[f] = `side-${i}.mjs`));
  // A folder per set of inputs and entries (side-<n> names another module when the list changes): a
  // process still running an older bundle may yet import its chunks.
  const id = createHash('sha256').update(JSON.stringify({ project, inputs, entries })).digest('hex').slice(0, 16);
  const dir = join(cacheDir, id);
  await rename(tmp, dir).catch(async () => {
    await rm(tmp, { recursive: true, force: true }); // another process made the same bundle first
  });
  const manifestTmp = join(cacheDir, `.manifest-${process.pid}.tmp`);
  await writeFile(manifestTmp, JSON.stringify({ root: project, dir: id, inputs, entries }));
  await rename(manifestTmp, join(cacheDir, 'manifest.json'));
  await prune(cacheDir, id);
  return { dir: id, inputs, entries };
}

/** Keeps the newest few bundles of earlier code (a long dev session may still load chunks of one). */
async function prune(/** @type {string} */ cacheDir, /** @type {string} */ keep) {
  const names = (await readdir(cacheDir)).filter((n) => /^[0-9a-f]{16}$/.test(n) && n !== keep);
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(cacheDir, n)).catch(() => null))?.mtimeMs ?? 0 })));
  for (const { n } of dated.sort((a, b) => b.t - a.t).slice(3)) await rm(join(cacheDir, n), { recursive: true, force: true });
}

/**
 * Runs the bundle of `entry` (project-relative), making it first when the code changed.
 * @param {{ name: string; entry: string; packagesInside?: boolean; what: string }} options
 */
export async function launch({ name, entry, packagesInside = false, what }) {
  const cacheDir = join(project, 'node_modules', '.cache', name);
  let bundle;
  try {
    bundle = await fresh(join(cacheDir, 'manifest.json'), packagesInside ? [] : SIDE_ENTRIES);
    if (!bundle) {
      await mkdir(cacheDir, { recursive: true });
      bundle = await rebuild(cacheDir, entry, packagesInside);
    }
  } catch (err) {
    // E.g. a read-only node_modules: say so in one line.
    console.error(`error: cannot prepare ${what} (${err instanceof Error ? err.message : String(err)}) in ${cacheDir}`);
    process.exit(1);
  }
  const g = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));
  g[BUNDLED] = true;
  /** @type {Record<string, string>} */
  const modules = {};
  for (const [source, file] of Object.entries(bundle.entries)) modules[pathToFileURL(join(project, source)).href] = pathToFileURL(join(cacheDir, bundle.dir, file)).href;
  g[BUNDLED_MODULES] = modules;
  await import(pathToFileURL(join(cacheDir, bundle.dir, 'main.mjs')).href);
}
