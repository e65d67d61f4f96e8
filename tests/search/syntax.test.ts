/**
 * The query language (src/search/syntax.ts) item by item, as the search page and `npm run search`
 * read what a reader types. The canonical key shows the parse: words by stem, "…" phrases (=word: a
 * stop word kept as written), prefix*, a|b for OR, -x left out, word~typed for a word still being typed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, positiveClauses } from '../../src/search/syntax.ts';

const key = (q: string, typing = false): string => parseQuery(q, { typing }).key;

test('plain words are all required, by stem, in query order', () => {
  assert.equal(key('bantuan militer'), 'bantu militer');
  assert.equal(key('Militer BANTUAN'), 'militer bantu');
  const p = parseQuery('Bantuan');
  assert.deepEqual(p.groups, [[{ kind: 'word', word: 'bantuan', term: 'bantu', partial: false }]]);
  assert.deepEqual(p.exclude, []);
});

test('phrases: straight or curly quotes, stop words kept as written, unclosed runs to the end', () => {
  assert.equal(key('"bantuan dari AS"'), '"bantu =dari as"');
  assert.equal(key('“bantuan militer”'), '"bantu militer"');
  assert.equal(key('”bantuan militer“'), '"bantu militer"');
  assert.equal(key('"bantuan militer'), '"bantu militer"');
  assert.equal(key('"a b"c'), '"a b" c');
  assert.equal(key('china "bantuan militer" jepang'), 'china "bantu militer" jepang');
  assert.deepEqual(parseQuery('"dari AS"').groups, [[{ kind: 'phrase', words: [{ word: 'dari', term: '' }, { word: 'as', term: 'as' }] }]]);
});

test('a phrase of one word is that word; a phrase of stop words only is dropped and named', () => {
  assert.deepEqual(parseQuery('"bantuan"').groups, [[{ kind: 'word', word: 'bantuan', term: 'bantu', partial: false }]]);
  const p = parseQuery('"yang dan"');
  assert.deepEqual([p.key, p.stopWords, p.groups], ['', ['yang', 'dan'], []]);
  assert.equal(key('""'), '');
});

test('stop words are dropped from plain text and reported', () => {
  const p = parseQuery('bantuan dari china');
  assert.deepEqual([p.key, p.stopWords], ['bantu china', ['dari']]);
  assert.deepEqual(parseQuery('yang').stopWords, ['yang']);
});

test('minus leaves out a word or phrase; a lone minus or plus is just punctuation', () => {
  assert.equal(key('china -rusia'), 'china -rusia');
  assert.equal(key('china -bantuan'), 'china -bantu');
  assert.equal(key('china -"kata x"'), 'china -"kata x"');
  assert.equal(key('- rusia'), 'rusia');
  assert.equal(key('+china'), 'china');
  assert.equal(key('china -'), 'china');
  assert.equal(key('--rusia'), '-rusia');
  assert.equal(key('-OR'), '-or');
  const p = parseQuery('-rusia');
  assert.deepEqual([p.groups, p.exclude], [[], [{ kind: 'word', word: 'rusia', term: 'rusia', partial: false }]]);
});

test('an asterisk makes a prefix; words before it in the same chunk stay words', () => {
  assert.equal(key('viru*'), 'viru*');
  assert.equal(key('viru**'), 'viru*');
  assert.equal(key('VIRU*'), 'viru*');
  assert.equal(key('*'), '');
  assert.equal(key('covid/vir*'), 'covid vir*');
  assert.equal(key('-viru*'), '-viru*');
  assert.deepEqual(parseQuery('viru*').groups, [[{ kind: 'prefix', prefix: 'viru' }]]);
});

test('OR (capitals) binds the items either side; at either end, doubled or after a minus it does nothing', () => {
  assert.equal(key('china OR tiongkok'), 'china|tiongkok');
  assert.equal(key('a OR b OR c'), 'a|b|c');
  assert.equal(key('OR china'), 'china');
  assert.equal(key('china OR'), 'china');
  assert.equal(key('china OR OR jepang'), 'china|jepang');
  assert.equal(key('china or tiongkok'), 'china or tiongkok');
  assert.equal(key('china OR -rusia jepang'), 'china jepang -rusia');
  assert.equal(key('bantu* OR "a b"'), 'bantu*|"a b"');
  // One chunk, both parts required: x, or covid with corona (OR distributed over the chunk's parts).
  assert.equal(key('x OR covid/corona'), 'x|covid x|corona');
  assert.equal(key('yang OR china'), 'china');
});

test('a chunk the tokenizer splits ("covid/corona") requires every part', () => {
  assert.equal(key('covid/corona'), 'covid corona');
  assert.equal(parseQuery('covid/corona').groups.length, 2);
});

test('while typing, only the last word with no space after it is partial', () => {
  assert.equal(key('china bant', true), 'china bant~bant');
  assert.equal(key('china bant ', true), 'china bant');
  assert.equal(key('china bant', false), 'china bant');
  assert.equal(key('-bant', true), '-bant');
  assert.equal(key('china/bant', true), 'china bant~bant');
  assert.equal(key('bant*', true), 'bant*');
  assert.equal(key('china "bant', true), 'china bant');
  assert.deepEqual(
    parseQuery('china bantuan', { typing: true }).groups.flat().map((c) => c.kind === 'word' && c.partial),
    [false, true],
  );
});

test('only the first 500 characters are read', () => {
  const filler = 'x '.repeat(249);
  assert.equal(filler.length, 498);
  assert.equal(key(filler + 'ab'), ('x '.repeat(249) + 'ab').trim());
  assert.equal(key(filler + 'abc'), ('x '.repeat(249) + 'ab').trim());
  assert.equal(key(filler + '  china'), 'x '.repeat(249).trim());
});

test('positiveClauses lists what the query asks for, in order, without the left-out', () => {
  const p = parseQuery('china OR tiongkok -rusia "bantuan militer" viru*');
  assert.deepEqual(
    positiveClauses(p).map((c) => c.kind),
    ['word', 'word', 'phrase', 'prefix'],
  );
});
