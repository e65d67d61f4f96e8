/**
 * A large archive built once through (npm run build at LOW_MEMORY_ARTICLES and more): the index is
 * made after the render, in a worker that holds its own copy of every article's text, while this
 * thread writes the exports. Once they are written nothing left in the build reads a record, so the
 * records (about 1 GB at 100,000 articles) are let go for the rest of the index's minutes, after the
 * ingest cache, the only later reader, is saved. A dev session keeps its records for the next build;
 * a caller that wants the records back (BuildOptions.keepRecords) keeps them too.
 */
import type { BuildRun } from './run.ts';

/** The records can go: a build run once, whose caller asked only for their count, its index running after the render. */
export const letsGoOfRecords = (r: BuildRun): boolean =>
  !r.session.remembers && r.session.options.keepRecords === false && r.policy.search === 'after-render' && r.searchJob !== null;

export function letGoStep(r: BuildRun): void {
  const dir = r.session.options.cacheDir;
  if (dir) {
    try {
      r.cache.save(dir);
    } catch {
      return; // kept: the cache step saves it again, and says so once if it cannot
    }
  }
  r.cache.letGo();
  r.letGoOfArticles();
  r.identities = new Map();
  r.context = null;
  r.related = null;
  r.parts = null;
}
