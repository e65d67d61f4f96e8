/**
 * One home for the build cache's files: after a build, every file in the cache folder is one
 * that src/cacheFiles.ts names, each JSON file carries its one format version, and a file of
 * another format is passed over quietly while one that does not parse is reported as damaged.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../src/build.ts';
import { CACHE_FILES, CACHE_FORMAT, readCacheJson, writeCacheFileHashed } from '../src/cacheFiles.ts';
import { sha256 } from '../src/sha256.ts';
import { makeProject } from './support/project.ts';

test('every file a build leaves in its cache folder is named in CACHE_FILES and carries CACHE_FORMAT', async () => {
  const { root, seeds } = await makeProject(12, 4);
  const cache = join(root, 'cache');
  await build({ seedsDir: seeds, outDir: join(root, 'out'), projectRoot: root, cache });
  const files = readdirSync(cache);
  const named = new Set<string>([CACHE_FILES.output, CACHE_FILES.record, CACHE_FILES.graphs, CACHE_FILES.analysis, CACHE_FILES.pieces]);
  const shards = Array.from({ length: 100 }, (_, i) => CACHE_FILES.ingestShard(i));
  for (const f of files) assert.ok(named.has(f) || shards.includes(f), `${f} is named in CACHE_FILES`);
  for (const f of [CACHE_FILES.output, CACHE_FILES.record, CACHE_FILES.graphs]) {
    assert.ok(files.includes(f), `${f} written`);
    assert.equal((JSON.parse(readFileSync(join(cache, f), 'utf8')) as { format: number }).format, CACHE_FORMAT, f);
  }
  const shard = files.find((f) => shards.includes(f));
  assert.ok(shard, 'an ingest shard written');
  const header = JSON.parse(readFileSync(join(cache, shard), 'utf8').split('\n')[0] ?? '') as { format: number };
  assert.equal(header.format, CACHE_FORMAT, 'the ingest shard header');
  rmSync(root, { recursive: true, force: true });
});

test('a cache file of another format reads as missing; one that does not parse as damaged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-cachefiles-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ format: CACHE_FORMAT - 1, x: 1 }));
  writeFileSync(join(dir, 'b.json'), '{"format": ');
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ format: CACHE_FORMAT, x: 2 }));
  assert.deepEqual(readCacheJson(dir, 'a.json'), { kind: 'missing' });
  assert.deepEqual(readCacheJson(dir, 'b.json'), { kind: 'damaged' });
  assert.deepEqual(readCacheJson(dir, 'c.json'), { kind: 'ok', value: { format: CACHE_FORMAT, x: 2 } });
  assert.deepEqual(readCacheJson(dir, 'none.json'), { kind: 'missing' });
  rmSync(dir, { recursive: true, force: true });
});

test('a file written a piece at a time is the digest line then the text, as if written whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-cachefile-'));
  try {
    // Multi-byte text across the 4 MB batches: the digest is of the UTF-8 bytes written.
    const parts = Array.from({ length: 3000 }, (_, i) => `,["berita-${i}",${JSON.stringify('Pukul 09.00 WIB — “kata” ' + 'é'.repeat(i % 7) + 'x'.repeat(2000))}]`);
    const head = (digest: string): string => JSON.stringify({ format: CACHE_FORMAT, digest });
    writeCacheFileHashed(dir, 'pieces.json', head, parts);
    const body = parts.join('');
    assert.equal(readFileSync(join(dir, 'pieces.json'), 'utf8'), `${head(sha256(body))}\n${body}`);
    assert.deepEqual(readdirSync(dir), ['pieces.json'], 'no temporary file left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
