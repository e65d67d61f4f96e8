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
import type { Article } from '../ingest/types.ts';
import { type AnalysedDoc, Dictionary, fieldTexts, makeAnalyser } from './analyse.ts';
import { FIELDS } from './format.ts';


let codeKeyMemo: string | null = null;

/** The analysis code: tokenizer, stop words, stemmer and its root list, and the field list. */
function codeKey(): string {
  if (codeKeyMemo) return codeKeyMemo;
  const h = createHash('sha256').update(String(CACHE_FORMAT)).update(JSON.stringify(FIELDS));
  const dir = join(import.meta.dirname, 'indonesian');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  h.update(readFileSync(join(import.meta.dirname, 'build.ts')));
  return (codeKeyMemo = h.digest('hex'));
}

interface Stored {
  code: string;
  strings: string[];
  entries: Array<[string, Uint8Array]>;
}

/** Unsigned varints into a growable byte buffer. */
class Bytes {
  buf = new Uint8Array(256);
  len = 0;
  put(n: number): void {
    if (this.len + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    while (n >= 0x80) {
      this.buf[this.len++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.len++] = n;
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

function reader(bytes: Uint8Array): () => number {
  let pos = 0;
  return () => {
    let n = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[pos++] ?? 0;
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return n;
  };
}

export interface AnalysisStats {
  analysed: number;
  reused: number;
}

export class AnalysisCache {
  /** Terms and words; AnalysedDoc numbers refer to it, cached or fresh. */
  readonly dict: Dictionary;
  private readonly entries = new Map<string, Uint8Array>();
  private readonly used = new Set<string>();
  private readonly analyse: (texts: readonly string[]) => AnalysedDoc;
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
  static load(dir: string | undefined): AnalysisCache {
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
    return cache;
  }

  private static encode(doc: AnalysedDoc, id: (n: number) => number = (n) => n): Uint8Array {
    const b = new Bytes();
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

  private static decode(bytes: Uint8Array): AnalysedDoc {
    const next = reader(bytes);
    const doc: AnalysedDoc = { terms: [], tfs: [], lengths: [], words: [] };
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

  private readonly keys = new WeakMap<Article, string>();

  /** The key of the article's indexed text (what its analysis is cached by). */
  keyOf(a: Article): string {
    let key = this.keys.get(a);
    if (key === undefined) {
      key = createHash('sha1').update(fieldTexts(a).join('\u0000')).digest('base64');
      this.keys.set(a, key);
    }
    return key;
  }

  /** An analysis as loaded or made, by key (for the articles a rebuild no longer has); null when not kept. */
  byKey(key: string): AnalysedDoc | null {
    const bytes = this.entries.get(key);
    return bytes ? AnalysisCache.decode(bytes) : null;
  }

  /** The article's analysed fields (numbers in `dict`), from the cache when its indexed text is unchanged. */
  get(a: Article): AnalysedDoc {
    if (!this.persist) {
      this.stats.analysed++;
      return this.analyse(fieldTexts(a));
    }
    const key = this.keyOf(a);
    this.used.add(key);
    const hit = this.entries.get(key);
    if (hit) {
      this.stats.reused++;
      return AnalysisCache.decode(hit);
    }
    this.stats.analysed++;
    const doc = this.analyse(fieldTexts(a));
    this.entries.set(key, AnalysisCache.encode(doc));
    return doc;
  }

  /** Writes the entries of the articles seen since load. */
  save(dir: string | undefined): void {
    if (!dir || !this.persist) return;
    let stored: Stored;
    if (this.used.size === this.entries.size) {
      stored = { code: codeKey(), strings: this.dict.strings, entries: [...this.entries] };
    } else {
      // Articles went away: renumber the rest against a fresh table, so it does not grow forever.
      const kept = new Dictionary();
      const id = (n: number): number => kept.id(this.dict.strings[n] ?? '');
      const entries: Array<[string, Uint8Array]> = [];
      for (const key of this.used) {
        const bytes = this.entries.get(key);
        if (bytes) entries.push([key, AnalysisCache.encode(AnalysisCache.decode(bytes), id)]);
      }
      stored = { code: codeKey(), strings: kept.strings, entries };
    }
    writeCacheFile(dir, CACHE_FILES.analysis, serialize(stored));
  }
}
