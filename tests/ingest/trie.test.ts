/**
 * The name-matching trie (src/ingest/trie.ts) behind month and topic recognition: the regex it
 * builds must match exactly the given names, whole, longest first, with any character escaped.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { trieSource } from '../../src/ingest/trie.ts';

const whole = (words: string[]): RegExp => new RegExp(`^(?:${trieSource(words)})$`, 'u');
const longest = (words: string[], text: string): string | null => new RegExp(trieSource(words), 'u').exec(text)?.[0] ?? null;

test('matches exactly the given names, factored by shared prefixes', () => {
  const names = ['korea utara', 'korea selatan', 'korut', 'mei', 'maret', 'mar'];
  assert.equal(trieSource(['korea utara', 'korea selatan', 'korut']), 'kor(?:ea (?:selatan|utara)|ut)');
  const re = whole(names);
  for (const n of names) assert.ok(re.test(n), n);
  for (const n of ['korea', 'kor', 'koruta', 'me', 'mare', 'marett', '', 'korea utar']) assert.ok(!re.test(n), n);
});

test('a name that is the prefix of another: the longer one is tried first', () => {
  assert.equal(longest(['mar', 'maret'], '7 maret 2020'), 'maret');
  assert.equal(longest(['mar', 'maret'], '7 mar 2020'), 'mar');
  assert.equal(longest(['jun', 'juni'], 'juni'), 'juni');
  assert.equal(longest(['se', 'sep', 'sept', 'september'], 'september'), 'september');
  assert.equal(longest(['a', 'ab'], 'ab'), 'ab');
  assert.equal(longest(['ab', 'abcd'], 'abc'), 'ab');
  assert.equal(trieSource(['a', 'ab']), 'ab?');
  assert.equal(trieSource(['ab', 'abcd']), 'ab(?:cd)?');
  assert.equal(trieSource(['ab', 'abc', 'abd']), 'ab(?:(?:c|d))?');
});

test('regex characters in names are literal; empty names are ignored; no names match nothing', () => {
  const names = ['a.b', 'c*', '(x)', 'p|q', 'u+v', '$1', 'w?', '[k]', 'y^', 'z\\', '{n}'];
  const re = whole(names);
  for (const n of names) assert.ok(re.test(n), n);
  for (const n of ['axb', 'c', 'ccc', 'x', 'p', 'q', 'uuv', 'w', 'k', 'z']) assert.ok(!re.test(n), n);
  assert.equal(trieSource(['', 'mei']), 'mei');
  assert.equal(trieSource([]), '');
  assert.equal(trieSource(['']), '');
});

test('for any set of names, the whole-match regex accepts exactly those names', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5, unit: fc.constantFrom('a', 'b', '.', '(', 'é', ' ') }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'b', '.', '(', 'é', ' ') }), { maxLength: 20 }),
      (names, probes) => {
        const re = whole(names);
        for (const p of [...names, ...probes]) assert.equal(re.test(p), names.includes(p), JSON.stringify([names, p]));
      },
    ),
    { numRuns: 300, seed: 16 },
  );
});
