/** A record with every field empty or default but those given: small search fixtures. */
import type { Article } from '../../src/ingest/types.ts';

export function article(id: string, over: Partial<Article>): Article {
  return {
    id,
    slug: id,
    url: `artikel/2021/01/${id}/`,
    sourceFile: `${id}.txt`,
    title: 'Judul',
    titleDerived: false,
    outlet: null,
    dateline: null,
    published: '2021-01-05',
    yearInferred: false,
    authors: [],
    editor: null,
    photographer: null,
    lead: '',
    body: [],
    topics: [],
    topicSources: [],
    omitted: [],
    wordCount: 0,
    warnings: [],
    notices: [],
    sourceUrl: null,
    modified: null,
    accessed: null,
    ...over,
  };
}
