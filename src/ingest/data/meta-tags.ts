/**
 * What a saved page declares about its article in <meta> tags: one row per
 * tag, in order of trust within each field (the first row that has a value
 * wins). Open Graph / article:* first, then schema.org microdata, then the
 * outlets' own tags. Supporting another outlet's tag is adding a row.
 *
 * JSON-LD (NewsArticle …) is read before all of these; <link rel="canonical">
 * before `url` rows.
 */

export type MetaField = 'title' | 'published' | 'modified' | 'author' | 'siteName' | 'url' | 'language';

export interface MetaRule {
  field: MetaField;
  /** The attribute that names the tag: <meta property="…">, <meta name="…">, <meta itemprop="…">, <meta http-equiv="…">. */
  attr: 'property' | 'name' | 'itemprop' | 'http-equiv';
  /** Tag name, matched case-insensitively. */
  key: string;
}

const rows = (field: MetaField, attr: MetaRule['attr'], keys: string[]): MetaRule[] => keys.map((key) => ({ field, attr, key }));

export const META_RULES: readonly MetaRule[] = [
  ...rows('title', 'property', ['og:title']),
  ...rows('title', 'name', ['twitter:title']),
  ...rows('title', 'itemprop', ['headline', 'name']),
  ...rows('title', 'name', ['dc.title', 'title', 'parsely-title', 'sailthru.title']),

  ...rows('published', 'property', ['article:published_time', 'og:article:published_time', 'og:published_time', 'article:published']),
  ...rows('published', 'itemprop', ['datePublished', 'dateCreated']),
  ...rows('published', 'name', [
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'content_PublishedDate',
    'dtk:publishdate',
    'article_date_original',
    'parsely-pub-date',
    'sailthru.date',
    'dc.date.issued',
    'dc.date',
    'date',
    'datePublished',
    'original-publish-date',
  ]),

  ...rows('modified', 'property', ['article:modified_time', 'og:updated_time', 'og:article:modified_time']),
  ...rows('modified', 'itemprop', ['dateModified']),
  ...rows('modified', 'name', ['content_ModifiedDate', 'dtk:updatedate', 'last-modified', 'dc.date.modified', 'lastmod']),
  ...rows('modified', 'http-equiv', ['last-modified']),

  ...rows('author', 'property', ['article:author', 'og:article:author']),
  ...rows('author', 'name', ['author', 'content_author', 'dtk:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author']),
  ...rows('author', 'itemprop', ['author']),

  ...rows('siteName', 'property', ['og:site_name']),
  ...rows('siteName', 'name', ['application-name', 'publisher', 'dc.publisher']),
  ...rows('siteName', 'itemprop', ['publisher']),
  // A Twitter handle ("@detikcom", "@jakpost") is the weakest name: read after the title's site affix.
  ...rows('siteName', 'name', ['twitter:site']),

  ...rows('url', 'property', ['og:url']),
  ...rows('url', 'name', ['twitter:url']),

  ...rows('language', 'property', ['og:locale']),
  ...rows('language', 'http-equiv', ['content-language']),
  ...rows('language', 'name', ['language', 'dc.language']),
];

/**
 * <meta name="…"> tags that list the article's tags, in order of trust: after JSON-LD `keywords`
 * and the page's `article:tag` tags (Open Graph gives one meta tag per tag).
 */
export const TAG_META: readonly string[] = ['news_keywords', 'keywords', 'dtk:keywords', 'content_tag', 'parsely-tags', 'sailthru.tags'];

/** schema.org types whose JSON-LD object describes the article itself. */
export const JSONLD_ARTICLE_TYPES: readonly string[] = [
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
];
