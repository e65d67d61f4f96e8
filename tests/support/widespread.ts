/** The words phrase tests ask about: what the generated articles hold most widely, alone and side by side. */
import type { Article } from '../../src/ingest/types.ts';
import { isStopWord, tokenizeForIndex } from '../../src/search/indonesian/index.ts';

/** An article's title and texts as index tokens. */
export const articleWords = (a: Article): string[] => tokenizeForIndex([a.title, a.lead, ...a.body.map((b) => b.text)].join('\n')).map((t) => t.text);

/**
 * The words most articles hold (no stop words; plain letters, `minLength` or more), most widespread first, and the
 * pair of words (4+ letters) side by side that most articles hold.
 */
export function widespread(articles: readonly Article[], minLength = 5): { common: string[]; pair: string } {
  const df = new Map<string, number>();
  const pairs = new Map<string, number>();
  const plain = new RegExp(`^[a-z]{${minLength},}$`);
  for (const a of articles) {
    const words = articleWords(a);
    for (const w of new Set(words)) if (!isStopWord(w) && plain.test(w)) df.set(w, (df.get(w) ?? 0) + 1);
    const seen = new Set<string>();
    for (let i = 0; i + 1 < words.length; i++) {
      const [x = '', y = ''] = [words[i], words[i + 1]];
      if (!isStopWord(x) && !isStopWord(y) && /^[a-z]{4,}$/.test(x) && /^[a-z]{4,}$/.test(y)) seen.add(`${x} ${y}`);
    }
    for (const p of seen) pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  const byCount = (m: Map<string, number>): string[] => [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([w]) => w);
  return { common: byCount(df), pair: byCount(pairs)[0] ?? '' };
}
