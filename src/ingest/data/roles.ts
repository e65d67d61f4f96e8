/**
 * The words a page names a person's part in an article by, by role: the byline's opening word
 * ("Oleh", "Reporter:"), a reporter's job title under the name ("Jurnalis"), the editing roles,
 * and the labels of a credits box ("Penulis : A | Editor : B"). The byline and credit rules
 * (extract.ts, headline.ts, html/page.ts, the furniture rules) build their patterns from these
 * lists, so a new word is a row here. Entries are regular-expression source (`staff? writer`).
 */
export const ROLE_WORDS = {
  /** Open the writer's byline: "Oleh …", "Reporter: …", "Laporan …". */
  byline: ['by', 'oleh', 'reporter', 'penulis', 'pewarta', 'wartawan', 'kontributor', 'laporan'],
  /** A reporter's job title, printed under or after the name: "Budi Santoso Jurnalis". */
  job: ['jurnalis', 'reporter', 'wartawan', 'penulis', 'kontributor', 'koresponden'],
  /** The same in English pages' headers. */
  jobEnglish: ['staff? writer', 'correspondent'],
  /** The editing roles, in bylines and under names. */
  editing: ['editor', 'redaktur'],
  /** A credits box's label for the writer(s). */
  creditAuthor: ['penulis', 'reporter', 'pewarta', 'wartawan', 'kontributor', 'oleh', 'author', 'authors', 'writer', 'rep', 'redaktur & reporter', 'reporter & redaktur', 'editorial team', 'tim redaksi'],
  /** A credits box's label for the editor. */
  creditEditor: ['editor', 'redaktur', 'penyunting', 'red'],
} as const;

/** The words as one alternation, for a pattern: `a|b|c`. */
export const anyOf = (words: readonly string[]): string => words.join('|');
