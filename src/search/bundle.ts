/**
 * Bundles the browser client (lunr + Indonesian module + page logic) with esbuild.
 * The bundle is cached (in memory, and in node_modules/.cache keyed by a hash of
 * every source it includes) so a rebuild does not pay esbuild's start-up again.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project.ts';

const SEARCH_SRC = import.meta.dirname;
const PROJECT = PROJECT_ROOT;
/** The client also bundles shared modules from elsewhere in src/ (number format, topic table): hash them all. */
const SRC = join(SEARCH_SRC, '..');
const CACHE_DIR = join(PROJECT, 'node_modules', '.cache', 'arsip-search');

/** The two browser scripts: the search page's client, and the article page's "back to results" and highlighting. */
export type ClientEntry = 'main' | 'article';

const cached = new Map<ClientEntry, Promise<string>>();

async function sourceHash(): Promise<string> {
  const h = createHash('sha256');
  const files = (await readdir(SRC, { recursive: true }))
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const f of files) h.update(f).update(await readFile(join(SRC, f)));
  h.update(await readFile(join(PROJECT, 'node_modules', 'lunr', 'lunr.js')));
  h.update(await readFile(join(PROJECT, 'node_modules', 'esbuild', 'package.json')));
  return h.digest('hex').slice(0, 24);
}

async function bundle(entry: ClientEntry): Promise<string> {
  const r = await build({
    entryPoints: [join(SEARCH_SRC, 'client', `${entry}.ts`)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'eof',
    charset: 'ascii',
    write: false,
    logLevel: 'silent',
  });
  const out = r.outputFiles[0];
  if (!out) throw new Error('esbuild produced no client bundle');
  return out.text;
}

async function cachedBundle(entry: ClientEntry): Promise<string> {
  const file = join(CACHE_DIR, `${entry}-${await sourceHash()}.js`);
  try {
    return await readFile(file, 'utf8');
  } catch {
    const text = await bundle(entry);
    try {
      await mkdir(CACHE_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, text);
      await rename(tmp, file);
    } catch {
      // A read-only node_modules only costs the next build a re-bundle.
    }
    return text;
  }
}

export function bundleClient(entry: ClientEntry = 'main'): Promise<string> {
  let p = cached.get(entry);
  if (!p) {
    p = cachedBundle(entry);
    p.catch(() => cached.delete(entry));
    cached.set(entry, p);
  }
  return p;
}
