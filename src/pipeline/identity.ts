/**
 * An article's identity: what its pages, export rows and index entries are keyed by. A dev
 * session's next build gets back the same record objects for unchanged seeds (AssignMemo in
 * src/ingest/index.ts), so their identities are remembered per object (`Identities`).
 */
import type { Article } from '../ingest/types.ts';
import { digest } from './fingerprint.ts';

/**
 * An article is determined by its seed's bytes and the ingest code (given with it) and what the
 * archive-wide step gave it: slug, id, address, and the recurring lines it dropped (named in a warning,
 * counted in body, omitted and topics).
 */
export function articleIdentity(a: Article, seedHashes: ReadonlyMap<string, string>): string {
  return [seedHashes.get(a.sourceFile), a.sourceFile, a.id, a.slug, a.url, a.body.length, a.omitted.length, a.topics.join('\u0001'), ...a.warnings].join('\0');
}

interface Known {
  hash: string | undefined;
  text: string;
  digest: string | null;
}

/** Identities (and their digests) by record object, for as long as the records live. */
export class Identities {
  private known = new WeakMap<Article, Known>();

  /** `remember`: kept between calls (a dev session); else made on each call. */
  constructor(private readonly remember: boolean) {}

  private of(a: Article, seedHashes: ReadonlyMap<string, string>): Known {
    const hash = seedHashes.get(a.sourceFile);
    let k = this.remember ? this.known.get(a) : undefined;
    if (!k || k.hash !== hash) {
      k = { hash, text: articleIdentity(a, seedHashes), digest: null };
      if (this.remember) this.known.set(a, k);
    }
    return k;
  }

  text(a: Article, seedHashes: ReadonlyMap<string, string>): string {
    return this.of(a, seedHashes).text;
  }

  digest(a: Article, seedHashes: ReadonlyMap<string, string>): string {
    const k = this.of(a, seedHashes);
    return (k.digest ??= digest(k.text));
  }

  /** The key of the whole set: the ingest code and every article's identity, in order. */
  articlesKey(articles: readonly Article[], seedHashes: ReadonlyMap<string, string>, ingestCode: string): string {
    return digest([ingestCode, ...articles.map((a) => this.text(a, seedHashes))].join('\n'));
  }
}
