/**
 * A large archive built once through (npm run build at LOW_MEMORY_ARTICLES and more): the index is
 * made after the render and the exports, in a worker that holds its own copy of every article's
 * text. Before it starts, the records (0.7 GB of heap at 100,000 articles) are let go: the ingest cache,
 * their last reader, is saved, the index's documents are made, and nothing else in the build reads a
 * record after the exports. A dev session keeps its records for the next build; a caller that wants
 * the records back (BuildOptions.keepRecords) keeps them too.
 */
import type { Article } from '../ingest/types.ts';
import { searchDoc } from '../search/doc.ts';
import type { BuildRun } from './run.ts';
import { searchAt } from './searchSteps.ts';

/** The records can go: a build run once, whose caller asked only for their count, its index made after the render. */
export const letsGoOfRecords = (r: BuildRun): boolean => !r.session.remembers && r.session.options.keepRecords === false && searchAt('after-render')(r);

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
  r.identities = new Map();
  r.context = null;
  r.related = null;
  r.parts = null;
  // Each record goes as its document is made: the two are never all held at once.
  const records: Array<Article | undefined> = r.articles;
  r.letGoOfArticles();
  r.indexDocs = records.map((a, i) => {
    records[i] = undefined;
    return searchDoc(a as Article);
  });
}
