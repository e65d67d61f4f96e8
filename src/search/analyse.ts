/**
 * One article through the search index's pipeline (tokenizer → stop words →
 * stemmer: the Indonesian plugin's), field by field, into term numbers,
 * frequencies and lengths: what the index builder (build.ts), its reuse plan
 * (reuse.ts) and the analysis cache (analysis-cache.ts) share.
 */
import { TOPIC_GAZETTEER } from '../ingest/data/topics.ts';
import { MAX_TEXT, type SearchDoc, storedText } from './doc.ts';
import { FIELDS, type FieldName } from './format.ts';
import { isStopWord, scanIndexTokens, stem } from './indonesian/index.ts';
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

/**
 * The stored text's end when it is cut (storedText), from a word's start: the cut may leave part of a word,
 * which a phrase check then meets; null when it is whole.
 */
export function cutTail(a: SearchDoc): string | undefined {
  const text = storedText(a);
  if (text.length < MAX_TEXT) return undefined;
  let from = Math.max(0, text.length - 256);
  while (from > 0 && /\S/.test(text[from - 1] ?? '')) from--;
  return text.slice(from);
}

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
   * Words side by side in the texts a phrase is checked against (see makeAnalyser), for the adjacency filter (follow.ts): sorted distinct
   * `stem number × 2^FOLLOW_BITS + hash of the next word's key`, so a term's followers are one run.
   */
  follow: number[];
}

interface WordInfo {
  /** Dictionary number of the term, -1 for a stop word (or an empty stem). */
  term: number;
  /** Dictionary number of the word when it counts for typo hints (plain lower-case letters, 4–30 long), else -1. */
  hint: number;
  /** For the adjacency filter (stop words included: a phrase matches them as written): see FollowInfo. */
  follow: FollowInfo;
}

const fieldNo = (name: FieldName): number => FIELDS.findIndex((f) => f.name === name);
const TITLE = fieldNo('title');
const LEAD = fieldNo('lead');
const BODY = fieldNo('body');

/**
 * The plugin's index pipeline as a function: text → terms (tokenize, drop stop words,
 * stem), memoised per surface word. Same result as lunr's Builder#add with the
 * plugin, field by field (tests/search/index-build.test.ts checks against stock add).
 *
 * In the same pass, the words side by side for the adjacency filter (AnalysedDoc.follow) in what a
 * phrase is checked against: the title, and the stored text (the lead, then the body: their pairs and
 * the one across; cut at 8,000 characters, so `tail`, the stored text's cut end, adds its last words).
 * Pairs past the cut are kept: the filter may keep more than the text holds, never fewer.
 */
export function makeAnalyser(dict: Dictionary): (texts: readonly string[], tail?: string) => AnalysedDoc {
  const memo = new Map<string, WordInfo>();
  const infoOf = (word: string): WordInfo => {
    let info = memo.get(word);
    if (info === undefined) {
      const stemmed = isStopWord(word) ? '' : stem(word);
      const hint = stemmed !== '' && word.length >= 4 && word.length <= 30 && /^[a-z]+$/.test(word);
      const f = followWord(word, stem);
      const follow = { first: f.stem === '' ? -1 : dict.id(f.stem) * FOLLOW_SPAN, keys: f.keys };
      info = { term: stemmed === '' ? -1 : dict.id(stemmed), hint: hint ? dict.id(word) : -1, follow };
      memo.set(word, info);
    }
    return info;
  };
  return (texts, tail) => {
    const out: AnalysedDoc = { terms: [], tfs: [], lengths: [], words: [], follow: [] };
    const hints = new Set<number>();
    const pairs = new Pairs();
    texts.forEach((text, f) => {
      const tf = new Map<number, number>();
      let length = 0;
      const phrase = f === TITLE || f === LEAD || f === BODY;
      // The body goes on from the lead (the stored text); the title is a text of its own.
      if (f !== BODY) pairs.end();
      scanIndexTokens(text, (t) => {
        const info = infoOf(t.text);
        if (phrase) pairs.add(info.follow, t.start);
        if (info.term < 0) return true;
        length++;
        tf.set(info.term, (tf.get(info.term) ?? 0) + 1);
        if (info.hint >= 0) hints.add(info.hint);
        return true;
      });
      if (phrase) pairs.edge();
      out.terms.push([...tf.keys()]);
      out.tfs.push([...tf.values()]);
      out.lengths.push(length);
    });
    pairs.end();
    if (tail !== undefined) eachPair([tail], (w) => infoOf(w).follow, (first, next) => pairs.pair(first, next));
    out.words = [...hints];
    out.follow = pairs.done();
    return out;
  };
}

/**
 * The pairs of atoms (phrase.ts) side by side, from index tokens as they come: a compound's parts
 * replace the whole (the first part starts where the whole does), so a token waits for the next.
 */
class Pairs {
  private readonly nums: number[] = [];
  private prev: FollowInfo | null = null;
  private pending: FollowInfo | null = null;
  private runStart = -1;
  private runHasParts = false;

  pair(first: FollowInfo, next: FollowInfo): void {
    if (first.first >= 0) for (const k of next.keys) this.nums.push(first.first + k);
  }

  add(w: FollowInfo, start: number): void {
    if (start === this.runStart && !this.runHasParts) {
      this.runHasParts = true;
      this.pending = w;
      return;
    }
    if (start !== this.runStart) {
      this.runStart = start;
      this.runHasParts = false;
    }
    this.confirm();
    this.pending = w;
  }

  /** The waiting atom is final: paired with the one before it. */
  private confirm(): void {
    if (this.pending === null) return;
    if (this.prev !== null) this.pair(this.prev, this.pending);
    this.prev = this.pending;
    this.pending = null;
  }

  /** The end of a field: its last atom is final (the next field's first cannot replace it). */
  edge(): void {
    this.confirm();
    this.runStart = -1;
  }

  /** The end of a text: no pair across. */
  end(): void {
    this.edge();
    this.prev = null;
  }

  /** Sorted natively, without repeats. */
  done(): number[] {
    const sorted = Float64Array.from(this.nums).sort();
    const out: number[] = [];
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) out.push(sorted[k] ?? 0);
    return out;
  }
}

/** The distinct index terms of an article. */
export function articleTerms(a: SearchDoc): string[] {
  const dict = new Dictionary();
  return [...new Set(makeAnalyser(dict)(fieldTexts(a)).terms.flat())].map((id) => dict.strings[id] ?? '');
}
