/**
 * How this thread runs the project's TypeScript: from the command's bundle (src/launch.mjs marks
 * globalThis, and hands on the bundled entries of the modules that run outside the command's own
 * graph), or through tsx (the tests, `npx tsx …`). Worker threads are marked the same way by their
 * bootstrap (src/pipeline/worker.ts), so a worker started from the bundle starts its own workers,
 * and Eleventy, from the bundle too.
 */
import { BUNDLED, BUNDLED_MODULES } from './launch.mjs';

type Marks = Record<symbol, unknown>;

/** The bundled entries of this thread (source file URL → bundled file URL), or null when it runs the source through tsx. */
export function bundledModules(): Readonly<Record<string, string>> | null {
  const g = globalThis as unknown as Marks;
  if (g[BUNDLED] !== true) return null;
  const modules = g[BUNDLED_MODULES];
  return typeof modules === 'object' && modules !== null ? (modules as Record<string, string>) : {};
}

const warned = new Set<string>();

/**
 * The URL to import for a source module: its bundled entry, or the source itself (through tsx). A
 * bundled process without an entry for it still runs it, through tsx, and says so once on stderr:
 * the module is missing from SIDE_ENTRIES in src/launch.mjs (a slower build, not a wrong one).
 */
export function runnableModule(sourceUrl: string): { url: string; tsx: boolean } {
  const modules = bundledModules();
  const bundled = modules?.[sourceUrl];
  if (bundled) return { url: bundled, tsx: false };
  if (modules && !warned.has(sourceUrl)) {
    warned.add(sourceUrl);
    process.stderr.write(`warning: ${sourceUrl} has no entry in the command bundle (SIDE_ENTRIES, src/launch.mjs); it runs through tsx, more slowly\n`);
  }
  return { url: sourceUrl, tsx: true };
}

/**
 * What a worker's bootstrap sets on its globalThis before importing a bundled module: the same
 * marks as this thread's (keys are the symbols' descriptions: a symbol does not cross to a worker).
 */
export function marksForWorker(): { bundled: string; modules: string; entries: Record<string, string> } | null {
  const modules = bundledModules();
  return modules ? { bundled: BUNDLED.description!, modules: BUNDLED_MODULES.description!, entries: { ...modules } } : null;
}
