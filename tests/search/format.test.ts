/**
 * The search index's on-disk format (src/search/format.ts), checked against outside references:
 * FNV-1a's published test vectors, lunr's own BM25 defaults, and what a browser makes of a shard.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import lunr from 'lunr';
import {
  BM25_B,
  BM25_K1,
  FIELDS,
  clientScript,
  docNumber,
  docRef,
  encodeShard,
  hash32,
  scriptJson,
  termBucket,
  wordPrefixKey,
  wordSuffixKey,
  type MetaShard,
} from '../../src/search/format.ts';

test('hash32 is 32-bit FNV-1a (published test vectors), never negative', () => {
  assert.equal(hash32(''), 0x811c9dc5);
  assert.equal(hash32('a'), 0xe40c292c);
  assert.equal(hash32('b'), 0xe70c2de5);
  assert.equal(hash32('foobar'), 0xbf9cf968);
  for (const w of ['bantuan', 'pemerintah', '北京', '__proto__']) {
    const h = hash32(w);
    assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 32, w);
  }
});

test('buckets: a term always lands in the same bucket, inside the range', () => {
  assert.equal(termBucket('foobar', 7), 0xbf9cf968 % 7);
  const seen = new Set<number>();
  for (const w of ['bantu', 'china', 'negara', 'kata', 'jakarta', 'banjir', 'gempa', 'presiden', 'harga', 'pasar']) {
    const b = termBucket(w, 4);
    assert.ok(b >= 0 && b < 4);
    seen.add(b);
  }
  assert.ok(seen.size > 1, 'terms spread over the buckets');
});

test('typo-hint buckets: words sharing their first (last) two letters share a file', () => {
  assert.equal(wordPrefixKey('bantuan', 64), wordPrefixKey('banjir', 64));
  assert.equal(wordPrefixKey('bantuan', 64), `wp/${hash32('ba') % 64}`);
  assert.equal(wordSuffixKey('bantuan', 64), wordSuffixKey('jalan', 64));
  assert.equal(wordSuffixKey('bantuan', 64), `ws/${hash32('an') % 64}`);
});

test('BM25 constants are lunr 2.3.9 Builder defaults; the title counts five times', () => {
  const builder = new lunr.Builder() as unknown as { _b: number; _k1: number };
  assert.equal(BM25_B, builder._b);
  assert.equal(BM25_K1, builder._k1);
  assert.deepEqual(
    FIELDS.map((f) => [f.name, f.boost]),
    [
      ['title', 5],
      ['lead', 1],
      ['body', 1],
      ['topics', 1],
      ['outlet', 1],
      ['authors', 2],
      ['dateline', 2],
    ],
  );
});

test('document refs are "d" + number and back', () => {
  assert.equal(docRef(0), 'd0');
  assert.equal(docRef(5234), 'd5234');
  assert.equal(docNumber('d5234'), 5234);
  assert.equal(docNumber(docRef(77)), 77);
});

test('a shard is a script that hands its exact data over, whatever the text holds', () => {
  const hostile = { title: '</script><script>alert(1)</script>', sep: 'a\u2028b\u2029c', gt: '1 > 0', __proto__: null } as Record<string, unknown>;
  const data = [['__proto__', 3, null], { ...hostile }, JSON.parse('{"__proto__": {"polluted": true}}')];
  const js = encodeShard('t/12', data);
  assert.equal(js.startsWith('__arsip.push("t/12",'), true);
  assert.ok(js.endsWith(');\n'));
  assert.ok(!/[<>\u2028\u2029]/.test(js), 'no character that could end or break the script');
  const pushed: unknown[][] = [];
  runInNewContext(js, { __arsip: { push: (...args: unknown[]) => pushed.push(args) } });
  assert.equal(pushed.length, 1);
  const [key, got] = pushed[0] as [string, unknown[]];
  assert.equal(key, 't/12');
  assert.equal(JSON.stringify(got), JSON.stringify(data));
  const polluted = got[2] as Record<string, unknown>;
  assert.ok(Object.hasOwn(polluted, '__proto__'), '"__proto__" stays an own key');
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
});

test('escapes are the JSON \\u form with four hex digits', () => {
  assert.equal(scriptJson('<>\u2028\u2029'), '"\\u003c\\u003e\\u2028\\u2029"');
  assert.equal(scriptJson({ a: 1 }), '{"a":1}');
  assert.equal(scriptJson({ __proto__x: 1 }), '{"__proto__x":1}');
});

test('the client script starts with the meta as a global, then the bundle', () => {
  const meta = { version: 2, fields: ['title'], docCount: 1 } as unknown as MetaShard;
  const js = clientScript(meta, 'console.log(1);');
  assert.equal(js, 'window.__arsipMeta={"version":2,"fields":["title"],"docCount":1};\nconsole.log(1);');
  const window: Record<string, unknown> = {};
  runInNewContext(js.split('\n')[0]!, { window });
  assert.equal(JSON.stringify(window['__arsipMeta']), JSON.stringify(meta));
});
