/** The Indonesian language module: one import for build time and the browser bundle. */
export { scanIndexTokens, tokenizeForIndex, tokenizeForQuery, type WordToken } from './tokenizer.ts';
export { STOP_WORDS, isStopWord } from './stopwords.ts';
export { mayStemTo, stem } from './stemmer.ts';
export { ROOT_WORDS } from './roots.ts';
