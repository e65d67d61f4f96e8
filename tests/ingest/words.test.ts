/** Word counts as the article page shows them (src/ingest/words.ts), character class by character class. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords } from '../../src/ingest/words.ts';

test('letters and digits of every ASCII range make words; everything else separates', () => {
  assert.equal(countWords('09 AZ az'), 3);
  assert.equal(countWords('0 9 A Z a z'), 6);
  assert.equal(countWords('a/b:c@d[e`f{g'), 7, 'the characters just outside the ranges separate');
  assert.equal(countWords('  \n\t '), 0);
  assert.equal(countWords(''), 0);
  assert.equal(countWords('Presiden Joko Widodo, Senin (3/2/2020).'), 7);
});

test('non-ASCII letters, digits and combining marks are word characters', () => {
  assert.equal(countWords('Café naïve 北京 ١٢٣'), 4);
  assert.equal(countWords('e\u0301te'), 1, 'a combining accent does not split a word');
  assert.equal(countWords('a — b … c'), 3);
});

test('an inner hyphen or apostrophe (straight or curly) joins; at the edge or doubled it separates', () => {
  assert.equal(countWords("Kim Jong-un, COVID-19 dan O'Brien serta O’Brien"), 7);
  assert.equal(countWords('negara-negara'), 1);
  assert.equal(countWords('-awal akhir- a--b'), 4);
  assert.equal(countWords("'kutip' a''b"), 3);
  assert.equal(countWords('a-'), 1);
  assert.equal(countWords('a- b'), 2);
  assert.equal(countWords('a -b'), 2);
  assert.equal(countWords('a‘b'), 2, 'only the right single quote joins');
  assert.equal(countWords('a–b'), 2, 'an en dash separates');
  assert.equal(countWords('a-é'), 1);
});
