/**
 * The incremental cache is an optimisation (issue 22): a cache that cannot be written is one warning
 * and the site is still built; a byte flipped inside a cache shard is caught by the shard's digest,
 * said in one warning, and never reaches the published site.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateCorpus } from '../../bench/corpus.ts';
import { leftovers, runCli, snapshot } from './support.ts';

const IS_ROOT = process.getuid?.() === 0;


const articles = (out: string): number => (JSON.parse(readFileSync(join(out, 'data', 'articles.json'), 'utf8')) as unknown[]).length;

function oneWarning(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${stderr}`);
  assert.match(lines[0]!, pattern);
}

describe('a cache that cannot be written or was damaged', () => {
  let root: string;
  let seeds: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'arsip-cache-'));
    chmodSync(root, 0o777);
    seeds = join(root, 'seeds');
    await generateCorpus({ n: 10, seed: 9, dir: seeds });
    chmodSync(seeds, 0o755);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /** A project folder writable by the build's user; `.cache` prepared by `prepare`. */
  function project(name: string): { parent: string; out: string } {
    const parent = join(root, name);
    mkdirSync(parent, { mode: 0o777 });
    chmodSync(parent, 0o777);
    return { parent, out: join(parent, 'dist') };
  }

  it('the cache path is a file: one warning, the site is built, twice', () => {
    const { parent, out } = project('file');
    writeFileSync(join(parent, '.cache'), 'not a folder\n');
    for (let i = 0; i < 2; i++) {
      const run = runCli(['build', '--seeds', seeds, '--out', out]);
      assert.equal(run.status, 0, run.stderr);
      oneWarning(run.stderr, /^warning: the build cache \S+ cannot be written \(\S+\.cache is a file, not a folder\); building without it, the site comes out the same$/);
      assert.equal(articles(out), 10);
    }
    assert.deepEqual(leftovers(parent), []);
  });

  it('`.cache` not writable (another user\'s, or read-only): one warning, the site is built', (t) => {
    if (!IS_ROOT) return t.skip('runs the build as nobody, which needs root');
    const { parent, out } = project('cache-ro');
    mkdirSync(join(parent, '.cache'), { mode: 0o555 });
    chmodSync(join(parent, '.cache'), 0o555);
    const run = runCli(['build', '--seeds', seeds, '--out', out], { asNobody: true });
    assert.equal(run.status, 0, run.stderr);
    oneWarning(run.stderr, /^warning: the build cache \S+ cannot be written \(permission denied\); building without it, the site comes out the same$/);
    assert.equal(articles(out), 10);
    assert.deepEqual(leftovers(parent), []);
  });

  it('a read-only cache folder of an earlier build: one warning, the site is built with the new seeds', async (t) => {
    if (!IS_ROOT) return t.skip('runs the build as nobody, which needs root');
    const { parent, out } = project('shards-ro');
    const first = runCli(['build', '--seeds', seeds, '--out', out], { asNobody: true });
    assert.equal(first.status, 0, first.stderr);
    const cache = join(parent, '.cache', 'arsip-berita', 'dist');
    chmodSync(cache, 0o555);
    const more = join(root, 'seeds-ro-more');
    await generateCorpus({ n: 14, seed: 9, dir: more });
    chmodSync(more, 0o755);
    const run = runCli(['build', '--seeds', more, '--out', out], { asNobody: true });
    chmodSync(cache, 0o755);
    assert.equal(run.status, 0, run.stderr);
    oneWarning(run.stderr, /^warning: the build cache \S+ cannot be written \(permission denied\); building without it, the site comes out the same$/);
    assert.equal(articles(out), 14);
    assert.deepEqual(leftovers(parent), []);
  });

  it('a byte flipped inside a cache shard: one warning, the entry is read again, the site is the same', () => {
    const { parent, out } = project('flip');
    const first = runCli(['build', '--seeds', seeds, '--out', out]);
    assert.equal(first.status, 0, first.stderr);
    const built = snapshot(out);
    const cache = join(parent, '.cache', 'arsip-berita', 'dist');
    const title = (JSON.parse(readFileSync(join(out, 'data', 'articles.json'), 'utf8')) as { title: string }[])[0]!.title;
    const word = title.split(' ').find((w) => /^[A-Za-z]{4,}$/.test(w))!;
    const shard = readdirSync(cache).find((n) => n.startsWith('ingest-') && readFileSync(join(cache, n), 'utf8').includes(word))!;
    const text = readFileSync(join(cache, shard), 'utf8');
    const flipped = word.slice(0, -1) + (word.endsWith('x') ? 'y' : 'x');
    writeFileSync(join(cache, shard), text.split(word).join(flipped));
    const run = runCli(['build', '--seeds', seeds, '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    oneWarning(run.stderr, new RegExp(`^warning: the build cache \\S+ is damaged \\(${shard.replace('.', '\\.')} cannot be read\\); building cold, the site comes out the same$`));
    assert.deepEqual(snapshot(out), built, 'the flipped byte is not published');
    assert.ok(!readFileSync(join(out, 'data', 'articles.json'), 'utf8').includes(flipped));
  });
});
