/**
 * The library we build on, alone: Readability (on linkedom) with its own
 * title, site name, date and content, for the evaluation's side-by-side
 * column. Nothing of the project's own rules runs here except turning the
 * content into blocks the same way (src/ingest/html/blocks.ts), so the column measures
 * Readability's choices, not ours.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeSeed } from '../src/ingest/read.ts';
import { domToBlocks, type NodeLike } from '../src/ingest/html/blocks.ts';
import { noticeText } from '../src/ingest/notices.ts';

export interface BaselineExtraction {
  title: string;
  outlet: string | null;
  published: string | null;
  body: string[];
  error?: string;
}

export function readabilityAlone(bytes: Uint8Array): BaselineExtraction {
  const read = decodeSeed(bytes, { maxChars: 64 * 1024 * 1024 });
  if (!read.ok) return { title: '', outlet: null, published: null, body: [], error: noticeText(read.error, 'en') };
  const { document } = parseHTML(read.text);
  const article = new Readability<NodeLike>(document as unknown as Document, {
    serializer: (n) => n as unknown as NodeLike,
  }).parse();
  if (!article) return { title: '', outlet: null, published: null, body: [], error: 'Readability found no article' };
  return {
    title: article.title ?? '',
    outlet: article.siteName ?? null,
    published: article.publishedTime ?? null,
    body: article.content ? domToBlocks(article.content, []).map((b) => b.text) : [],
  };
}
