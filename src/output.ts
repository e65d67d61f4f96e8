/**
 * Output safety: refuse dangerous --out folders, build into a temporary folder
 * beside the output and swap it in at the end, so a failed or killed build
 * leaves the previous output intact and nothing outside it is ever deleted.
 */
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';

function real(p: string): string {
  // Resolve symlinks of the longest existing prefix, so `out/../seeds` and links are caught.
  let cur = resolve(p);
  const rest: string[] = [];
  while (!existsSync(cur)) {
    rest.unshift(basename(cur));
    const up = dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  return join(realpathSync(cur), ...rest);
}

function isSameOrInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

/** Returns a one-line reason when `outDir` may not be written, or null when it is safe. */
export function refuseOutDir(outDir: string, seedsDir: string, projectRoot: string): string | null {
  const out = real(outDir);
  const seeds = real(seedsDir);
  const root = real(projectRoot);
  if (out === parse(out).root) return `--out ${outDir}: refusing to write to the filesystem root`;
  if (isSameOrInside(seeds, out)) return `--out ${outDir}: refusing, it is the seeds folder or contains it`;
  if (isSameOrInside(out, seeds)) return `--out ${outDir}: refusing, it lies inside the seeds folder`;
  if (isSameOrInside(root, out)) return `--out ${outDir}: refusing, it is the project root or contains it`;
  if (out === real(join(projectRoot, 'src')) || out === real(join(projectRoot, 'templates')) || out === real(join(projectRoot, 'tests')))
    return `--out ${outDir}: refusing, it is a source folder of the project`;
  return null;
}

/** A fresh temporary folder beside `outDir` (same filesystem, so the swap is a rename). */
export function makeStagingDir(outDir: string): string {
  const out = resolve(outDir);
  const staging = join(dirname(out), `.${basename(out)}.staging-${process.pid}-${Date.now()}`);
  mkdirSync(staging, { recursive: true });
  return staging;
}

/** Replaces `outDir` with `staging`. The old output is moved aside first and only removed after the swap. */
export async function swapIntoPlace(staging: string, outDir: string): Promise<void> {
  const out = resolve(outDir);
  const old = join(dirname(out), `.${basename(out)}.old-${process.pid}-${Date.now()}`);
  const hadOld = existsSync(out);
  if (hadOld) await rename(out, old);
  try {
    await rename(staging, out);
  } catch (err) {
    if (hadOld) await rename(old, out);
    throw err;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** Removes staging folders left behind by killed builds of the same output. */
export async function removeStaleStaging(outDir: string): Promise<void> {
  const { readdir } = await import('node:fs/promises');
  const out = resolve(outDir);
  const parent = dirname(out);
  if (!existsSync(parent)) return;
  const names = await readdir(parent);
  // A build killed between the two renames of the swap leaves only the old output aside: put it back.
  const olds = names.filter((n) => n.startsWith(`.${basename(out)}.old-`)).sort();
  const newest = olds.at(-1);
  if (!existsSync(out) && newest !== undefined) await rename(join(parent, newest), out);
  const prefixes = [`.${basename(out)}.staging-`, `.${basename(out)}.old-`];
  for (const name of await readdir(parent)) {
    if (prefixes.some((p) => name.startsWith(p))) await rm(join(parent, name), { recursive: true, force: true });
  }
}
