/**
 * Fingerprints that decide what a cache may reuse. The code that produced a
 * cached result is part of its key: editing the parser invalidates every cached
 * seed, editing a template re-renders every page. No version numbers to forget.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Bumped when the cache's own format changes. */
export const CACHE_FORMAT = 1;

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A cheaper digest for large, frequent keys (page view models); collisions are not a security concern here. */
export function digest(data: string): string {
  return createHash('sha1').update(data).digest('base64');
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** sha256 over the paths and contents of every file under the given project paths. */
export function codeFingerprint(paths: readonly string[], extra = ''): string {
  const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\n${extra}\n`);
  for (const p of paths) {
    for (const file of filesUnder(join(PROJECT_ROOT, p))) {
      hash.update(relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

function installedVersion(pkg: string): string {
  try {
    const json = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: string };
    return `${pkg}@${json.version ?? '?'}`;
  } catch {
    return `${pkg}@missing`;
  }
}

/** What a cached ingest result depends on: the parser and the gazetteer/outlet tables it reads. */
export function ingestFingerprint(): string {
  return codeFingerprint(['src/ingest'], [installedVersion('gray-matter'), installedVersion('marked')].join(' '));
}

/** What a rendered page depends on besides its view model. */
export function renderFingerprint(): string {
  return codeFingerprint(
    ['templates', '.eleventy.ts', 'src/site'],
    installedVersion('@11ty/eleventy'),
  );
}

/** What the search index files depend on besides the articles. */
export function searchFingerprint(): string {
  return codeFingerprint(['src/search'], installedVersion('lunr'));
}
