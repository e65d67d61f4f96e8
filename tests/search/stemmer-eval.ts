/**
 * Stemmer accuracy table (`npx tsx tests/search/stemmer-eval.ts`): the project's
 * stemmer against @orama/stemmers (Snowball/Tala) and sastrawijs (dictionary-based)
 * on the Sastrawi test pairs and the seed vocabulary (both used while tuning) and on the held-out
 * news vocabulary (stemmer-heldout.tsv, never tuned on).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer as oramaStem } from '@orama/stemmers/indonesian';
import { Stemmer as SastrawiStemmer } from 'sastrawijs';
import { stem } from '../../src/search/indonesian/stemmer.ts';
import { ROOTS, affixedForms } from '../../bench/vocabulary.ts';

export function loadPairs(name: string): Array<[string, string]> {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/search', name), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string]);
}

function accuracy(pairs: Array<[string, string]>, fn: (w: string) => string): { right: number; wrong: string[] } {
  const wrong: string[] = [];
  let right = 0;
  for (const [w, r] of pairs) {
    const got = fn(w);
    if (got === r) right++;
    else wrong.push(`${w}→${got} (want ${r})`);
  }
  return { right, wrong };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sastrawi = new SastrawiStemmer();
  const stemmers: Array<[string, (w: string) => string]> = [
    ['arsip (confix + compact roots)', stem],
    ['@orama/stemmers indonesian', oramaStem],
    ['sastrawijs 1.1.0', (w) => sastrawi.stem(w)],
  ];
  // Held out: the benchmark corpus's roots with their generated affixed forms (bench/vocabulary.ts,
  // written by another helper; mechanical, so a few forms are not real words).
  const generated: Array<[string, string]> = ROOTS.flatMap((r) => affixedForms(r).map((f): [string, string] => [f, r]));
  for (const [file, pairs] of [
    ['stemmer-sastrawi.tsv', loadPairs('stemmer-sastrawi.tsv')],
    ['stemmer-seeds.tsv', loadPairs('stemmer-seeds.tsv')],
    ['stemmer-heldout.tsv (held out)', loadPairs('stemmer-heldout.tsv')],
    ['bench/vocabulary.ts affixedForms(ROOTS)', generated],
  ] as const) {
    console.log(`\n${file} (${pairs.length} pairs)`);
    for (const [name, fn] of stemmers) {
      const { right, wrong } = accuracy([...pairs], fn);
      console.log(`  ${name.padEnd(32)} ${((100 * right) / pairs.length).toFixed(1).padStart(5)} %  (${right}/${pairs.length})`);
      if (process.argv.includes('-v') && name.startsWith('arsip')) console.log('    ' + wrong.join('\n    '));
    }
  }
}
