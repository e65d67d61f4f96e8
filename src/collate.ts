/**
 * The one Indonesian collator: how names and titles sort everywhere (lists of outlets,
 * topics and authors, the order of undated articles, the search page's filters), so the
 * archive and the search index give a name the same place and the same slug.
 */
export const ID_COLLATOR = new Intl.Collator('id');

/** Indonesian order of two strings. */
export const compareId = (a: string, b: string): number => ID_COLLATOR.compare(a, b);
