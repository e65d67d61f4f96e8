/** The dev server's seed watcher: a saved, edited or deleted seed anywhere under seeds/ starts a rebuild; editor scratch files do not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchSeeds } from '../../src/pipeline/seedWatcher.ts';

const settle = (ms = 250): Promise<void> => new Promise((r) => setTimeout(r, ms));

test('seed watcher: add, edit, delete, a new subfolder and a seed in it; swap files ignored', async () => {
  const root = mkdtempSync(join(tmpdir(), 'arsip-watch-'));
  const seen: string[] = [];
  const errors: Error[] = [];
  writeFileSync(join(root, 'lama.txt'), 'Judul\n\nIsi.');
  mkdirSync(join(root, 'arsip-2020'));
  const w = watchSeeds(root, (r) => seen.push(r), (e) => errors.push(e));
  try {
    writeFileSync(join(root, 'baru.txt'), 'Judul baru\n\nIsi.');
    await settle();
    assert.ok(seen.includes('add baru.txt'), `a new seed is reported as added: ${seen.join(' | ')}`);
    seen.length = 0;
    writeFileSync(join(root, 'lama.txt'), 'Judul\n\nIsi yang diubah.');
    await settle();
    assert.ok(seen.includes('change lama.txt'), `an edited seed is reported: ${seen.join(' | ')}`);
    seen.length = 0;
    unlinkSync(join(root, 'lama.txt'));
    await settle();
    assert.ok(seen.includes('unlink lama.txt'), `a deleted seed is reported: ${seen.join(' | ')}`);
    seen.length = 0;
    // A subfolder that existed at start, and one made afterwards: seeds in both are watched.
    writeFileSync(join(root, 'arsip-2020', 'a.txt'), 'x');
    mkdirSync(join(root, 'baru'));
    await settle();
    writeFileSync(join(root, 'baru', 'b.md'), 'x');
    await settle();
    assert.ok(seen.includes(`add ${join('arsip-2020', 'a.txt')}`), `seed in an existing subfolder: ${seen.join(' | ')}`);
    assert.ok(seen.includes('addDir baru'), `new subfolder: ${seen.join(' | ')}`);
    assert.ok(seen.includes(`add ${join('baru', 'b.md')}`), `seed in a new subfolder: ${seen.join(' | ')}`);
    seen.length = 0;
    writeFileSync(join(root, '.baru.txt.swp'), 'x');
    writeFileSync(join(root, 'baru.txt~'), 'x');
    await settle();
    assert.deepEqual(seen, [], 'editor swap and backup files start no rebuild');
    rmSync(join(root, 'baru'), { recursive: true });
    await settle();
    assert.ok((seen as string[]).some((r) => r.startsWith('unlink baru')), `a deleted subfolder is reported: ${seen.join(' | ')}`);
    assert.deepEqual(errors, [], 'no watch errors');
  } finally {
    w.close();
    rmSync(root, { recursive: true, force: true });
  }
});
