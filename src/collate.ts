/**
 * The one Indonesian collator: how names and titles sort everywhere (lists of outlets,
 * topics and authors, the order of undated articles, the search page's filters), so the
 * archive and the search index give a name the same place and the same slug.
 */
export const ID_COLLATOR = new Intl.Collator('id');

/** Indonesian order of two strings. */
export const compareId = (a: string, b: string): number => ID_COLLATOR.compare(a, b);

/**
 * Code-unit order, the same on every machine and in every locale: file names and folder keys
 * (the order of seeds in a build's report and in `npm run report`, ties between articles).
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Seeds (and their outcomes) in the one order the build, the report and `npm run report` list them: their paths by code units. */
export const bySourceFile = (a: { sourceFile: string }, b: { sourceFile: string }): number => byCodeUnits(a.sourceFile, b.sourceFile);
