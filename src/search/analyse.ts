/**
 * One article through the search index's pipeline (tokenizer → stop words →
 * stemmer: the Indonesian plugin's), field by field, into term numbers,
 * frequencies and lengths: what the index builder (build.ts), its reuse plan
 * (reuse.ts) and the analysis cache (analysis-cache.ts) share.
 */
import { TOPIC_GAZETTEER } from '../ingest/data/topics.ts';
import { type SearchDoc, storedText } from './doc.ts';
import { FIELDS, type FieldName } from './format.ts';
import { isStopWord, stem, tokenizeForIndex } from './indonesian/index.ts';
import { FOLLOW_BITS, eachPair, followWord } from './follow.ts';

const FOLLOW_SPAN = 2 ** FOLLOW_BITS;

/** A word for the adjacency filter: its stem's number × FOLLOW_SPAN (-1: no stem), and its keys' hashes. */
interface FollowInfo {
  first: number;
  keys: number[];
}

const ALIASES = new Map(TOPIC_GAZETTEER.map((t) => [t.name, [t.name, ...t.aliases, ...(t.caseSensitive ?? [])]]));

/** The topics field holds every alias of every tag: "Tiongkok" finds China-tagged articles. */
export function topicsText(topics: readonly string[]): string {
  return topics.map((t) => (ALIASES.get(t) ?? [t]).join(' ; ')).join(' ; ');
}

/** The text of each indexed field, in FIELDS order. */
export function fieldTexts(a: SearchDoc): string[] {
  const doc: Record<FieldName, string> = {
    title: a.title,
    lead: a.lead,
    body: a.bodyText,
    topics: topicsText(a.topics),
    outlet: a.outlet ?? '',
    authors: a.authors.join(', '),
    dateline: a.dateline ?? '',
  };
  return FIELDS.map((f) => doc[f.name] ?? '');
}

/** The texts a phrase is checked against (the title and the stored text, each on its own): what the adjacency filter reads. */
export const phraseTexts = (a: SearchDoc): string[] => [a.title, storedText(a)];

/** Terms and words by number: the analysis cache stores numbers, and the build indexes arrays by them. */
export class Dictionary {
  private readonly ids = new Map<string, number>();

  constructor(readonly strings: string[] = []) {
    strings.forEach((s, i) => this.ids.set(s, i));
  }

  /** The string's number, without adding it. */
  find(s: string): number | undefined {
    return this.ids.get(s);
  }

  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.strings.push(s) - 1;
      this.ids.set(s, i);
    }
    return i;
  }
}

/** One article through the index pipeline: what lunr's Builder#add would record for it (strings as Dictionary numbers). */
export interface AnalysedDoc {
  /** Per field (FIELDS order): distinct terms in first-seen order. */
  terms: number[][];
  /** Per field: each term's frequency, parallel to `terms`. */
  tfs: number[][];
  /** Per field: number of terms after the pipeline (lunr's field length). */
  lengths: number[];
  /** Distinct surface words eligible as typo hints. */
  words: number[];
  /**
   * Words side by side in the phrase texts (phraseTexts), for the adjacency filter (follow.ts): sorted distinct
   * `stem number × 2^FOLLOW_BITS + hash of the next word's key`, so a term's followers are one run.
   */
  follow: number[];
}

interface WordInfo {
  /** Dictionary number of the term, -1 for a stop word (or an empty stem). */
  term: number;
  /** Dictionary number of the word when it counts for typo hints (plain lower-case letters, 4–30 long), else -1. */
  hint: number;
}

/**
 * The plugin's index pipeline as a function: text → terms (tokenize, drop stop words,
 * stem), memoised per surface word. Same result as lunr's Builder#add with the
 * plugin, field by field (tests/search/index-build.test.ts checks against stock add).
 */
export function makeAnalyser(dict: Dictionary): (texts: readonly string[], phrase?: readonly string[]) => AnalysedDoc {
  const memo = new Map<string, WordInfo>();
  // Per surface word, what it gives the adjacency filter (stop words included: a phrase matches them as written).
  const follows = new Map<string, FollowInfo>();
  const followOf = (word: string): FollowInfo => {
    let f = follows.get(word);
    if (f === undefined) {
      const w = followWord(word, stem);
      follows.set(word, (f = { first: w.stem === '' ? -1 : dict.id(w.stem) * FOLLOW_SPAN, keys: w.keys }));
    }
    return f;
  };
  return (texts, phrase = []) => {
    const out: AnalysedDoc = { terms: [], tfs: [], lengths: [], words: [], follow: [] };
    const hints = new Set<number>();
    for (const text of texts) {
      const tf = new Map<number, number>();
      let length = 0;
      for (const t of tokenizeForIndex(text)) {
        let info = memo.get(t.text);
        if (info === undefined) {
          const stemmed = isStopWord(t.text) ? '' : stem(t.text);
          const hint = stemmed !== '' && t.text.length >= 4 && t.text.length <= 30 && /^[a-z]+$/.test(t.text);
          info = { term: stemmed === '' ? -1 : dict.id(stemmed), hint: hint ? dict.id(t.text) : -1 };
          memo.set(t.text, info);
        }
        if (info.term < 0) continue;
        length++;
        tf.set(info.term, (tf.get(info.term) ?? 0) + 1);
        if (info.hint >= 0) hints.add(info.hint);
      }
      out.terms.push([...tf.keys()]);
      out.tfs.push([...tf.values()]);
      out.lengths.push(length);
    }
    out.words = [...hints];
    const pairs: number[] = [];
    eachPair(phrase, followOf, (first, next) => {
      if (first.first >= 0) for (const k of next.keys) pairs.push(first.first + k);
    });
    // Sorted natively, then without repeats.
    const sorted = Float64Array.from(pairs).sort();
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) out.follow.push(sorted[k] ?? 0);
    return out;
  };
}

/** The distinct index terms of an article. */
export function articleTerms(a: SearchDoc): string[] {
  const dict = new Dictionary();
  return [...new Set(makeAnalyser(dict)(fieldTexts(a)).terms.flat())].map((id) => dict.strings[id] ?? '');
}
