/**
 * Each article's analysed fields (term frequencies, field lengths, hint words) kept
 * on disk by content hash, so a rebuild runs the tokenizer and stemmer only on
 * articles whose indexed text changed. The key covers the indexed text and the
 * analysis code (src/search/indonesian); entries of articles no longer present are
 * dropped on save. Stored compactly: one string table, each article as varints.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { CACHE_FILES, CACHE_FORMAT, readCacheFile, writeCacheFile } from '../cacheFiles.ts';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type AnalysedDoc, Dictionary, cutTail, fieldTexts, makeAnalyser } from './analyse.ts';
import { FOLLOW_BITS } from './follow.ts';
import type { SearchDoc } from './doc.ts';
import { FIELDS } from './format.ts';
import { Bytes, VarintReader } from './varint.ts';


let codeKeyMemo: string | null = null;

/** The analysis code: tokenizer, stop words, stemmer and its root list, and the field list. */
function codeKey(): string {
  if (codeKeyMemo) return codeKeyMemo;
  const h = createHash('sha256').update(String(CACHE_FORMAT)).update(JSON.stringify(FIELDS));
  const dir = join(import.meta.dirname, 'indonesian');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  for (const f of ['build.ts', 'analyse.ts', 'follow.ts', 'phrase.ts']) h.update(readFileSync(join(import.meta.dirname, f)));
  return (codeKeyMemo = h.digest('hex'));
}

interface Stored {
  code: string;
  strings: string[];
  entries: Array<[string, Uint8Array]>;
  /** Entries dropped since the string table was last renumbered (their strings may still be in it). */
  dropped?: number;
}

const FOLLOW_SPAN = 2 ** FOLLOW_BITS;

/** Renumber the string table once this many entries per kept one were dropped: a removal costs O(1) amortised. */
const RENUMBER_AFTER = 1 / 8;

export interface AnalysisStats {
  analysed: number;
  reused: number;
}

export class AnalysisCache {
  /** Terms and words; AnalysedDoc numbers refer to it, cached or fresh. */
  readonly dict: Dictionary;
  private readonly entries = new Map<string, Uint8Array>();
  private readonly used = new Set<string>();
  private dropped = 0;
  /** What was saved last is what this instance holds (false after a renumbering): it can serve the next build as loaded. */
  private matchesSaved = false;
  /** Read whole from the cache folder under this code (so it is what is saved there). */
  private readFromDisk = false;
  private analyse: (texts: readonly string[], tail?: string) => AnalysedDoc;
  readonly stats: AnalysisStats = { analysed: 0, reused: 0 };

  /** `persist`: keep entries to save (without a cache folder there is nothing to keep). */
  private constructor(
    strings: string[],
    private readonly persist: boolean,
  ) {
    this.dict = new Dictionary(strings);
    this.analyse = makeAnalyser(this.dict);
  }

  /** An empty cache, or the one saved in `dir` when its analysis code is the current one. */
  static load(dir: string | undefined, keys?: WeakMap<SearchDoc, string>): AnalysisCache {
    const cache = AnalysisCache.read(dir);
    // A long-lived worker hands in the keys it computed for the same documents in earlier builds.
    if (keys) cache.keys = keys;
    return cache;
  }

  /**
   * A long-lived worker's cache made ahead of its first index: read from disk, with the keys of `docs`
   * (the documents of the index on disk) computed, ready to be taken again (`again`) as it is saved.
   */
  static primed(dir: string, keys: WeakMap<SearchDoc, string>, docs: readonly SearchDoc[]): AnalysisCache | null {
    const cache = AnalysisCache.load(dir, keys);
    if (!cache.readFromDisk) return null;
    for (const d of docs) cache.keyOf(d);
    cache.matchesSaved = true;
    return cache;
  }

  private static read(dir: string | undefined): AnalysisCache {
    if (!dir) return new AnalysisCache([], false);
    let stored: Stored;
    try {
      const read = readCacheFile(dir, CACHE_FILES.analysis);
      if (read.kind !== 'ok') throw new Error(read.kind);
      stored = deserialize(read.value) as Stored;
    } catch {
      return new AnalysisCache([], true); // none yet, or unreadable: analyse everything
    }
    if (stored.code !== codeKey()) return new AnalysisCache([], true);
    const cache = new AnalysisCache(stored.strings, true);
    for (const [k, v] of stored.entries) cache.entries.set(k, v);
    cache.dropped = typeof stored.dropped === 'number' ? stored.dropped : 0;
    cache.readFromDisk = true;
    return cache;
  }

  private static encode(doc: AnalysedDoc, id: (n: number) => number = (n) => n): Uint8Array {
    const b = new Bytes();
    // Followers first, so a rebuild reads them alone (followByKey): sorted again (renumbered stems reorder
    // them), as deltas.
    const follow = Float64Array.from(doc.follow, (x) => id(Math.floor(x / FOLLOW_SPAN)) * FOLLOW_SPAN + (x % FOLLOW_SPAN)).sort();
    b.put(follow.length);
    let prev = 0;
    for (const x of follow) {
      b.put(x - prev);
      prev = x;
    }
    doc.terms.forEach((terms, f) => {
      b.put(doc.lengths[f] ?? 0);
      b.put(terms.length);
      const tfs = doc.tfs[f] ?? [];
      terms.forEach((t, k) => {
        b.put(id(t));
        b.put(tfs[k] ?? 0);
      });
    });
    b.put(doc.words.length);
    for (const w of doc.words) b.put(id(w));
    return b.done();
  }

  /** The followers at the start of an entry (see encode). */
  private static readFollow(r: VarintReader): number[] {
    const n = r.next();
    const out = new Array<number>(n);
    let x = 0;
    for (let k = 0; k < n; k++) out[k] = x += r.next();
    return out;
  }

  private static decode(bytes: Uint8Array): AnalysedDoc {
    const r = new VarintReader(bytes);
    const next = (): number => r.next();
    const doc: AnalysedDoc = { terms: [], tfs: [], lengths: [], words: [], follow: AnalysisCache.readFollow(r) };
    for (let f = 0; f < FIELDS.length; f++) {
      doc.lengths.push(next());
      const n = next();
      const terms: number[] = [];
      const tfs: number[] = [];
      for (let k = 0; k < n; k++) {
        terms.push(next());
        tfs.push(next());
      }
      doc.terms.push(terms);
      doc.tfs.push(tfs);
    }
    const w = next();
    for (let k = 0; k < w; k++) doc.words.push(next());
    return doc;
  }

  private keys = new WeakMap<SearchDoc, string>();

  /**
   * The key of the article's indexed text (what its analysis is cached by). Asked of this build's
   * articles only, so its entry is kept on save even when the build never decodes it.
   */
  keyOf(a: SearchDoc): string {
    let key = this.keys.get(a);
    if (key === undefined) {
      // Each text after its length: no two different field splits hash alike.
      const h = createHash('sha1');
      for (const text of fieldTexts(a)) h.update(`${text.length}:`).update(text);
      key = h.digest('base64');
      this.keys.set(a, key);
    }
    if (this.persist) this.used.add(key);
    return key;
  }

  /** An analysis as loaded or made, by key (for the articles a rebuild no longer has); null when not kept. */
  byKey(key: string): AnalysedDoc | null {
    const bytes = this.entries.get(key);
    return bytes ? AnalysisCache.decode(bytes) : null;
  }

  /** An analysis's followers alone (AnalysedDoc.follow), by key: what a rebuild's adjacency filters need of the unchanged. */
  followByKey(key: string): number[] | null {
    const bytes = this.entries.get(key);
    return bytes ? AnalysisCache.readFollow(new VarintReader(bytes)) : null;
  }

  /**
   * Forgets what the analyser learnt of each surface word (its stem, hint and filter keys: at 100,000
   * articles 0.8 million words, a few hundred MB), once a cold index has walked every document; a later
   * analysis learns them again.
   */
  forgetWords(): void {
    this.analyse = makeAnalyser(this.dict);
  }

  /** The article's analysed fields (numbers in `dict`), from the cache when its indexed text is unchanged. */
  get(a: SearchDoc): AnalysedDoc {
    if (!this.persist) {
      this.stats.analysed++;
      return this.analyse(fieldTexts(a), cutTail(a));
    }
    const key = this.keyOf(a);
    this.used.add(key);
    const hit = this.entries.get(key);
    if (hit) {
      this.stats.reused++;
      return AnalysisCache.decode(hit);
    }
    this.stats.analysed++;
    const doc = this.analyse(fieldTexts(a), cutTail(a));
    this.entries.set(key, AnalysisCache.encode(doc));
    return doc;
  }

  /**
   * This instance, ready for the next build of a long-lived caller, as `load` would give it from what
   * it saved; null when it cannot stand for the saved file (never saved, or renumbered on save).
   */
  again(): AnalysisCache | null {
    if (!this.matchesSaved) return null;
    this.used.clear();
    this.stats.analysed = 0;
    this.stats.reused = 0;
    this.matchesSaved = false;
    return this;
  }

  /** Writes the entries of the articles seen since load. */
  save(dir: string | undefined): void {
    if (!dir || !this.persist) return;
    // Entries of articles no longer present go; their strings stay in the table until renumbering
    // (which decodes every entry) pays for itself.
    let dropped = this.dropped;
    for (const key of this.entries.keys()) {
      if (this.used.has(key)) continue;
      this.entries.delete(key);
      dropped++;
    }
    let stored: Stored;
    if (dropped <= this.entries.size * RENUMBER_AFTER) {
      stored = { code: codeKey(), strings: this.dict.strings, entries: [...this.entries], dropped };
      this.dropped = dropped;
    } else {
      // Renumber against a fresh table, so it does not grow forever.
      const kept = new Dictionary();
      const id = (n: number): number => kept.id(this.dict.strings[n] ?? '');
      const entries: Array<[string, Uint8Array]> = [];
      for (const [key, bytes] of this.entries) entries.push([key, AnalysisCache.encode(AnalysisCache.decode(bytes), id)]);
      stored = { code: codeKey(), strings: kept.strings, entries, dropped: 0 };
    }
    writeCacheFile(dir, CACHE_FILES.analysis, serialize(stored));
    this.matchesSaved = stored.strings === this.dict.strings;
  }
}
