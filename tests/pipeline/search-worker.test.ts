/**
 * npm run dev's search worker (src/pipeline/search.ts SearchWorker): the index's pieces go live the
 * moment they are written, moved in by the worker itself when the main thread has confirmed the
 * output first (it may be rendering for a second then, and could not move them); otherwise the
 * worker leaves them for the main thread. And a kept worker's next index, made from what it kept
 * in memory, is the one a cold index makes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATE, newGate, SearchWorker, type LivePieces } from '../../src/pipeline/search.ts';
import { searchDoc } from '../../src/search/doc.ts';
import { writeSearchDocs } from '../../src/search/index.ts';
import { article } from '../support/article.ts';

const docs = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    searchDoc(
      article(`a${i}`, {
        title: `Panen durian ke-${i} di Kalimantan`,
        lead: `Warga desa ${i % 2 ? 'Zamrudbiru' : 'Safirjingga'} merayakan panen durian yang langka.`,
        body: [
          { type: 'paragraph', text: 'Kepala desa mengatakan panen tahun ini adalah yang terbesar.' },
          { type: 'paragraph', text: `Nomor ${i} dicatat.` },
        ],
        published: `2021-01-${String((i % 27) + 1).padStart(2, '0')}`,
      }),
    ),
  );

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

test('confirmed first, the worker moves its written pieces into the live folder itself; else it leaves them', async () => {
  const root = mkdtempSync(join(tmpdir(), 'arsip-search-worker-'));
  const worker = new SearchWorker();
  try {
    const live = join(root, 'live');
    mkdirSync(join(live, 'search'), { recursive: true });
    // A piece the live folder already has: it is replaced, after the new ones went in.
    writeFileSync(join(live, 'search', 'cari.js'), 'old');
    const cacheDir = join(root, 'cache');

    // Confirmed before the worker is done: when it tells the pieces are written, they are live already.
    const confirmed = newGate();
    assert.equal(Atomics.compareExchange(confirmed, 0, GATE.open, GATE.confirmed), GATE.open);
    let told: LivePieces | null = null;
    let liveWhenTold: string[] = [];
    const tmp1 = join(root, 'tmp1');
    await worker.run(docs(12), { outDir: tmp1, cacheDir, previous: {}, codeKey: 'k', publish: { liveDir: live, gate: confirmed } }, 256, (_r, l) => {
      told = l;
      liveWhenTold = filesUnder(live);
    });
    const moved = (told as LivePieces | null)?.moved ?? [];
    assert.ok(moved.length > 3, `the worker said what it moved in (${moved.length})`);
    assert.deepEqual(filesUnder(tmp1), [], 'nothing is left in its folder');
    for (const f of moved) assert.ok(liveWhenTold.includes(f), `${f} was live when the main thread heard of it`);
    assert.notEqual(readFileSync(join(live, 'search', 'cari.js'), 'utf8'), 'old', 'a changed piece is replaced');
    // New pieces before changed ones: a reader never follows a changed piece to a piece not there yet.
    assert.ok(moved.indexOf('search/cari.js') > moved.findIndex((f) => f !== 'search/cari.js'));
    for (const f of moved) {
      const s = statSync(join(live, f));
      assert.deepEqual((told as LivePieces | null)?.stamps[f], { size: s.size, mtimeMs: s.mtimeMs }, `${f}: its stamp is the live file's`);
    }
    const at = (told as LivePieces | null)?.at ?? 0;
    assert.ok(at > performance.timeOrigin && at <= performance.timeOrigin + performance.now(), 'when it went live, on the shared clock');

    // Not confirmed in time: the worker passes the gate and leaves the pieces for the main thread.
    const open = newGate();
    let toldOpen: LivePieces | null | undefined;
    const tmp2 = join(root, 'tmp2');
    const before = filesUnder(live).map((f) => readFileSync(join(live, f), 'utf8'));
    await worker.run(docs(13), { outDir: tmp2, cacheDir, previous: {}, codeKey: 'k', publish: { liveDir: live, gate: open } }, 256, (_r, l) => (toldOpen = l));
    assert.equal(toldOpen, null, 'nothing moved');
    assert.equal(Atomics.load(open, 0), GATE.passed, 'the main thread, confirming now, learns it must move them');
    assert.ok(filesUnder(tmp2).length > 3, 'the pieces wait in the worker folder');
    assert.deepEqual(filesUnder(live).map((f) => readFileSync(join(live, f), 'utf8')), before, 'the live folder is untouched');
  } finally {
    worker.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a kept worker makes each next index from what it holds, as a cold index would', async () => {
  const root = mkdtempSync(join(tmpdir(), 'arsip-search-worker-'));
  const worker = new SearchWorker();
  try {
    const cacheDir = join(root, 'cache');
    const all = docs(40);
    const opts = { cacheDir, codeKey: 'k' };
    // Each index is handed the digests of the one before as published, as the build does.
    let previous: Record<string, string> = {};
    const steps: Array<[string, ReturnType<typeof docs>]> = [
      ['first', all.slice(0, 38)],
      ['one added', all.slice(0, 39)],
      ['another added', all],
      ['one gone', all.filter((_, i) => i !== 5)],
    ];
    for (const [what, set] of steps) {
      const out = join(root, what);
      const made = await worker.run(set, { outDir: out, previous, ...opts }, 256);
      previous = made.digests;
      const cold = join(root, `${what}-cold`);
      await writeSearchDocs(set, cold, {});
      // Pieces kept as published are not written again: every written one equals the cold index's.
      for (const f of filesUnder(out)) assert.equal(readFileSync(join(out, f), 'utf8'), readFileSync(join(cold, f), 'utf8'), `${what}: ${f}`);
      assert.equal(Object.keys(made.digests).length, filesUnder(join(cold, 'search')).length, `${what}: as many pieces as the cold index`);
    }
  } finally {
    worker.close();
    rmSync(root, { recursive: true, force: true });
  }
});
