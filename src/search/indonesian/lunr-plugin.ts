/**
 * lunr language plugin for Indonesian: the project's tokenizer, stop-word filter
 * and stemmer wired into a lunr.Builder. Used by the index build; the browser
 * analyses queries with the same functions (see ../query.ts).
 */
import lunr from 'lunr';
import { isStopWord } from './stopwords.ts';
import { stem } from './stemmer.ts';
import { tokenizeForIndex } from './tokenizer.ts';

export const stopWordFilter: lunr.PipelineFunction = (token) =>
  isStopWord(token.toString()) ? null : token;

export const stemmer: lunr.PipelineFunction = (token) => token.update((s) => stem(s));

lunr.Pipeline.registerFunction(stopWordFilter, 'stopWordFilter-id');
lunr.Pipeline.registerFunction(stemmer, 'stemmer-id');

/** lunr-compatible tokenizer: one lunr.Token per index token, with position metadata. */
export function indonesianTokenizer(obj?: unknown): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const text = Array.isArray(obj) ? obj.map(String).join(' ') : String(obj);
  return tokenizeForIndex(text).map(
    (t, i) => new lunr.Token(t.text, { position: [t.start, t.end - t.start], index: i }),
  );
}

/** Plugin: `builder.use(indonesian)`. */
export function indonesian(this: lunr.Builder, builder: lunr.Builder): void {
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(stopWordFilter, stemmer);
  builder.searchPipeline.add(stemmer);
  (builder as unknown as { tokenizer: typeof indonesianTokenizer }).tokenizer = indonesianTokenizer;
}
