/**
 * The Article record: the project's public data contract (docs/ARCHITECTURE.md).
 * Field names are exported verbatim to dist/data/articles.json (all but `notices`).
 */
import type { Notice } from './notices.ts';

/** `item`: one item of a list (a saved page's <li>, a Markdown list item), in order; consecutive items are one list. */
export type BlockType = 'paragraph' | 'heading' | 'quote' | 'item';

export interface BodyBlock {
  type: BlockType;
  text: string;
}

/**
 * Why a line of the seed is not in the article: it stood above the found headline, a furniture rule
 * named it (`rule`), it stood after the end of the story, it recurs as a short non-prose line in
 * other articles of the outlet, or the saved page's markup marked it as a widget or caption.
 */
export type OmitReason = 'before-headline' | 'furniture' | 'after-story' | 'recurring' | 'markup';

export interface OmittedLine {
  text: string;
  reason: OmitReason;
  /** The furniture rule's id (data/furniture.ts) or another name for what decided; null when the reason says all. */
  rule: string | null;
}

/** Where a topic was read: the outlet's own tags, the headline, the kept body, or the seed's front matter. */
export type TopicSource = 'tag' | 'title' | 'body' | 'front-matter';

export interface TopicFound {
  topic: string;
  from: TopicSource;
}

export interface Article {
  /** Stable id: the seed file name without extension. */
  id: string;
  /** URL-safe, unique across the archive, stable across rebuilds. */
  slug: string;
  /** Page path relative to the site root, e.g. `artikel/2020/02/slug/`. */
  url: string;
  /** Seed path relative to the seeds folder, with `/` separators. */
  sourceFile: string;
  title: string;
  titleDerived: boolean;
  outlet: string | null;
  dateline: string | null;
  /** ISO 8601: `2022-03-15T06:25:00+07:00` with a time, `2020-02-03` without. */
  published: string | null;
  yearInferred: boolean;
  /** The reporters of the byline, in its order; [] when none was found. */
  authors: string[];
  editor: string | null;
  /** Who took the photographs, from a "Foto:" / "Fotografer:" credit; null when none. */
  photographer: string | null;
  lead: string;
  body: BodyBlock[];
  topics: string[];
  /** Where each topic of `topics` was read, in the same order. */
  topicSources: TopicFound[];
  wordCount: number;
  /** Every guess or problem met while reading the seed, in English: `notices` as sentences (the exported contract). */
  warnings: string[];
  /**
   * The same, as codes with their params (src/ingest/notices.ts), in the same order: what the article
   * page renders in Indonesian. Not exported; `warnings` is their English.
   */
  notices: Notice[];
  /** Lines of the seed left out of the article, in the seed's order, each with its reason. */
  omitted: OmittedLine[];
  /** The original article's address: a saved page's canonical URL, or `url:` / `source:` in front matter. */
  sourceUrl: string | null;
  /** ISO 8601 date of the article's last update, when the page declares one. */
  modified: string | null;
  /**
   * ISO 8601 date (or date and time) the seed's text was taken from the web, as the seed itself says:
   * `accessed:` / `diakses:` in front matter, a saved page's "saved date" (SingleFile) or `savepage-date`
   * (Save Page WE). Never the file's time or the clock; null when the seed does not say.
   */
  accessed: string | null;
}

/** One file handed to ingest: its path relative to the seeds folder and its raw bytes. */
export interface SeedInput {
  sourceFile: string;
  bytes: Uint8Array;
  /**
   * Set when the bytes were not read: the last build's record proves the seed unchanged since it
   * was hashed (and its parsed result is cached), so `bytes` is empty and this is its sha256.
   */
  hash?: string;
}

/**
 * ok: read cleanly · warning: kept, with warnings · error: could not be read, skipped
 * · ignored: not a seed (other extension, hidden file), noted in the report.
 */
export type SeedStatus = 'ok' | 'warning' | 'error' | 'ignored';

export interface SeedOutcome {
  sourceFile: string;
  status: SeedStatus;
  /**
   * One-line messages for the report, each naming the file: the article's
   * warnings (guesses) and any problems, or why the file was skipped/ignored.
   */
  messages: string[];
  /** The messages as codes, in the same order (without the file name): what the report renders in its language. */
  notices: Notice[];
  /**
   * Problems with the file itself (bad encoding, malformed or wrongly typed front
   * matter, dangerous slug, unreadable…), as opposed to ordinary parser guesses.
   * `--strict` fails the build when any seed has an error or a problem.
   */
  problems: string[];
  /**
   * Lines of page furniture left out of the article, by where they stood
   * (absent when none): before the found headline, inside the story (by a
   * furniture rule, or as a line that recurs across the archive), after its end.
   */
  dropped?: DroppedLines;
  /** What was read, for the report's line (absent when nothing of the seed could be read). */
  read?: SeedRead;
}

/** The record a seed gave, in brief: the report says it per seed (src/report.ts). */
export interface SeedRead {
  title: string;
  outlet: string | null;
  published: string | null;
  authors: string[];
  /** Lines of the seed left out of the article. */
  leftOut: number;
}

export interface DroppedLines {
  before: number;
  inside: number;
  after: number;
}

export interface IngestResult {
  /** Every readable seed, sorted by sourceFile, slugs and urls assigned. */
  articles: Article[];
  /** Every file met in the seeds folder, in sourceFile order. */
  outcomes: SeedOutcome[];
}
