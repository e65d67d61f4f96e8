/**
 * The reference for the search index's tests: a complete lunr 2.3.9 index built with
 * lunr's stock Builder#add and the Indonesian plugin. The shipped pieces are
 * assembled without lunr (src/search/build.ts); tests compare their ranking with this.
 */
import lunr from 'lunr';
import type { Article } from '../../src/ingest/types.ts';
import { fieldTexts } from '../../src/search/analyse.ts';
import { searchDoc } from '../../src/search/doc.ts';
import { assignSlots } from '../../src/search/build.ts';
import { docRef, FIELDS, type FieldName } from '../../src/search/format.ts';
import { indonesian } from '../../src/search/indonesian/lunr-plugin.ts';

/** A document for lunr's Builder#add: its ref and the text of every field of FIELDS. */
type IndexedDoc = { ref: string } & Record<FieldName, string>;

export function newBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  builder.use(indonesian);
  builder.ref('ref');
  for (const f of FIELDS) builder.field(f.name, { boost: f.boost });
  return builder;
}

/**
 * The reference: a complete lunr index of the articles, built with lunr's stock
 * Builder#add (the Indonesian plugin's pipeline), documents added in slot order
 * with ref "d<slot>". Tests compare the shipped pieces' ranking with it.
 */
export function buildFullIndex(articles: readonly Article[]): lunr.Index {
  const { slotOf } = assignSlots(articles);
  const builder = newBuilder();
  const docs: IndexedDoc[] = articles.map((a) => {
    const texts = fieldTexts(searchDoc(a));
    const fields = Object.fromEntries(FIELDS.map((f, i) => [f.name, texts[i] ?? ''])) as Record<FieldName, string>;
    return { ref: docRef(slotOf.get(a) ?? 0), ...fields };
  });
  const slot = (d: IndexedDoc): number => Number(d.ref.slice(1));
  for (const d of docs.sort((x, y) => slot(x) - slot(y))) builder.add(d);
  return builder.build();
}

/**
 * The title tier as lunr itself finds it: the refs of documents whose title field holds
 * every term (each a required term kept to the title).
 */
export function titleTierRefs(index: lunr.Index, terms: readonly string[]): Set<string> {
  if (terms.length === 0) return new Set();
  const found = index.query((q) => {
    for (const t of terms) q.term(t, { usePipeline: false, fields: ['title'], presence: lunr.Query.presence.REQUIRED });
  });
  return new Set(found.map((r) => r.ref));
}

/** lunr's results with the title tier first, each tier in lunr's order (what the engine ranks by). */
export function tieredResults(results: lunr.Index.Result[], top: ReadonlySet<string>): lunr.Index.Result[] {
  return [...results.filter((r) => top.has(r.ref)), ...results.filter((r) => !top.has(r.ref))];
}
