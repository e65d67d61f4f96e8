/**
 * The seed copies published beside each article are the bytes the build read: a seed changed, removed
 * or swapped for a link after it was read is not copied (the next build publishes what is there then),
 * and never makes the build fail.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sha256 } from '../../src/pipeline/fingerprint.ts';
import { writeSourceCopies } from '../../src/site/sources.ts';

test('a seed swapped for a link, changed or removed after it was read is not published; the rest are', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-copies-'));
  try {
    const seeds = join(dir, 'seeds');
    const out = join(dir, 'out');
    const secret = join(dir, 'rahasia.txt');
    writeFileSync(secret, 'kata sandi pemilik mesin\n');
    const read = 'Banjir melanda Bekasi.\n';
    (['a', 'b', 'c', 'd'] as const).forEach((n) => writeFileSync(join(seeds + '-' + n), read));
    const copy = (n: string) => ({ path: `artikel/2020/02/${n}/${n}.txt`, from: `${seeds}-${n}`, hash: sha256(read) });
    // After the build read them: a becomes a link to a private file, b is rewritten, c is removed; d is as read.
    unlinkSync(`${seeds}-a`);
    symlinkSync(secret, `${seeds}-a`);
    writeFileSync(`${seeds}-b`, 'Isi lain yang belum dibaca.\n');
    unlinkSync(`${seeds}-c`);
    const skipped = writeSourceCopies(['a', 'b', 'c', 'd'].map(copy), out);
    assert.deepEqual(skipped.map((c) => c.path), ['a', 'b', 'c'].map((n) => copy(n).path));
    for (const n of ['a', 'b', 'c']) assert.equal(existsSync(join(out, copy(n).path)), false, n);
    assert.equal(readFileSync(join(out, copy('d').path), 'utf8'), read);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
