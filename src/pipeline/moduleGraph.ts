/**
 * The project files a module really loads: its static and dynamic imports,
 * followed transitively, as esbuild resolves them (its metafile). Packages
 * stay outside the graph; package-lock.json stands for them in cache keys.
 *
 * Finding the graph costs esbuild a parse of every file (~0.1 s); a build with
 * no code change skips it: the graph is remembered with each file's sha256, and
 * unchanged file contents mean an unchanged graph (an import can only appear by
 * editing a file of the graph).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';

/** Project-relative paths (with `/`) → sha256 of their contents. */
export type FileHashes = Record<string, string>;

function sha256File(root: string, rel: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(join(root, rel))).digest('hex');
  } catch {
    return null;
  }
}

/** True when every file still has the recorded contents. */
export function unchanged(root: string, files: FileHashes): boolean {
  return Object.entries(files).every(([rel, hash]) => sha256File(root, rel) === hash);
}

/** Every project file reachable from `entries` (project-relative), sorted, entries included. */
export async function moduleGraph(root: string, entries: readonly string[]): Promise<string[]> {
  return reachable(await metafileOf(root, entries), entries);
}

/**
 * The graph of each entry group, from one esbuild run over all their entries
 * (a file shared by several stages is parsed once).
 */
export async function moduleGraphs<K extends string>(root: string, groups: Record<K, readonly string[]>): Promise<Record<K, string[]>> {
  const all = [...new Set(Object.values<readonly string[]>(groups).flat())];
  const meta = await metafileOf(root, all);
  const out = {} as Record<K, string[]>;
  for (const key of Object.keys(groups) as K[]) out[key] = reachable(meta, groups[key]);
  return out;
}

async function metafileOf(root: string, entries: readonly string[]): Promise<Metafile> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [...entries],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outdir: join(root, '.module-graph'),
    logLevel: 'silent',
  });
  return result.metafile;
}

/** Walks the metafile's import edges from `entries`; external imports (packages, node:) are left out. */
export function reachable(meta: Metafile, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of meta.inputs[file]?.imports ?? []) if (!edge.external) todo.push(edge.path);
  }
  return [...seen].sort();
}

/** sha256 of each file, for `unchanged` on the next build. */
export function hashFiles(root: string, files: readonly string[]): FileHashes {
  const out: FileHashes = {};
  for (const rel of files) out[rel] = sha256File(root, rel) ?? 'missing';
  return out;
}
