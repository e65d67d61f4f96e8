/**
 * Seeds are opened as what the scan checked them to be (issue 22): O_NOFOLLOW and an fstat of the
 * opened descriptor, same device and inode as the listing saw, so a symlink (or another file) swapped
 * in between the listing and the read is not followed; one line for such a file.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type FileIdentity, type FileStamp, readSeedFile, scanSeeds } from '../../src/ingest/scan.ts';
import { listSeeds } from '../../src/pipeline/quick.ts';

const SECRET = 'Rahasia Di Luar Folder Benih';

describe('seeds swapped during the scan', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'arsip-scan-'));
    writeFileSync(join(root, 'secret.txt'), `${SECRET}\n\nIsi rahasia.\n`);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  function seeds(name: string): string {
    const dir = join(root, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'Berita Pertama\n\nIsi pertama.\n');
    writeFileSync(join(dir, 'b.txt'), 'Berita Kedua\n\nIsi kedua.\n');
    return dir;
  }

  /** Reads with the real reader, after `swap` has run once (when the first seed is read). */
  function swapping(swap: () => void): (path: string, ...rest: unknown[]) => Uint8Array {
    let done = false;
    return (path, ...rest) => {
      if (!done) {
        done = true;
        swap();
      }
      return (readSeedFile as (p: string, ...r: unknown[]) => Uint8Array)(path, ...rest);
    };
  }

  it('a symlink swapped in for a listed file is not followed: one line, nothing of its target read', async () => {
    const dir = seeds('link');
    const readFile = swapping(() => {
      unlinkSync(join(dir, 'b.txt'));
      symlinkSync(join(root, 'secret.txt'), join(dir, 'b.txt'));
    });
    const { inputs, outcomes } = await scanSeeds(dir, { readFile });
    assert.deepEqual(inputs.map((i) => i.sourceFile), ['a.txt']);
    assert.ok(!inputs.some((i) => Buffer.from(i.bytes).toString().includes(SECRET)));
    assert.equal(outcomes.length, 1);
    assert.equal(outcomes[0]!.status, 'error');
    assert.deepEqual(outcomes[0]!.messages, ['b.txt: cannot be read: it was replaced by a link while the seeds folder was read; not followed']);
  });

  it('another file renamed over a listed one: one line, not read', async () => {
    const dir = seeds('rename');
    writeFileSync(join(root, 'other.txt'), `${SECRET}\n\nLain.\n`);
    const readFile = swapping(() => renameSync(join(root, 'other.txt'), join(dir, 'b.txt')));
    const { inputs, outcomes } = await scanSeeds(dir, { readFile });
    assert.deepEqual(inputs.map((i) => i.sourceFile), ['a.txt']);
    assert.deepEqual(outcomes[0]!.messages, ['b.txt: cannot be read: it was replaced by another file while the seeds folder was read; build again']);
  });

  it('a symlink to a seed inside the folder is still read; nothing swapped, nothing refused', async () => {
    const dir = seeds('plain');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'c.txt'));
    const { inputs, outcomes } = await scanSeeds(dir);
    assert.deepEqual(inputs.map((i) => i.sourceFile), ['a.txt', 'b.txt', 'c.txt']);
    assert.deepEqual(outcomes, []);
  });
});

describe('seeds the caller knows', () => {
  it('a seed with a known hash is not read; a linked one always is', async () => {
    const root = mkdtempSync(join(tmpdir(), 'arsip-scan-known-'));
    writeFileSync(join(root, 'a.txt'), 'Berita Pertama\n\nIsi pertama.\n');
    writeFileSync(join(root, 'b.txt'), 'Berita Kedua\n\nIsi kedua.\n');
    symlinkSync(join(root, 'b.txt'), join(root, 'c.txt'));
    const read: string[] = [];
    const asked: string[] = [];
    const scanned = await scanSeeds(root, {
      readFile: (p, expect) => (read.push(p.split('/').pop()!), readSeedFile(p, expect)),
      known: (rel, stat) => (asked.push(rel), rel === 'b.txt' || rel === 'c.txt' ? `hash-of-${rel}-${stat.size}` : undefined),
    });
    assert.deepEqual(asked, ['a.txt', 'b.txt'], 'a linked seed is not asked about');
    assert.deepEqual(read.sort(), ['a.txt', 'b.txt'], 'a.txt read, the link read through its target, b.txt not read');
    const b = scanned.inputs.find((i) => i.sourceFile === 'b.txt')!;
    assert.equal(b.hash, `hash-of-b.txt-${Buffer.byteLength('Berita Kedua\n\nIsi kedua.\n')}`);
    assert.equal(b.bytes.length, 0);
    assert.equal(scanned.inputs.find((i) => i.sourceFile === 'a.txt')!.hash, undefined);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('a folder scanned from its listing', () => {
  it('gives the seeds, notes and reads that walking it gives, with one stat per seed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'arsip-scan-listed-'));
    writeFileSync(join(root, 'a.txt'), 'Berita Pertama\n\nIsi pertama.\n');
    writeFileSync(join(root, 'B.TXT'), 'Berita Kedua\n\nIsi kedua.\n');
    writeFileSync(join(root, '.a.txt.swp'), 'swap');
    writeFileSync(join(root, 'catatan.docx'), 'bukan benih');
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'x.txt'), 'Tersembunyi\n\nIsi.\n');
    mkdirSync(join(root, '2024', 'maret'), { recursive: true });
    writeFileSync(join(root, '2024', 'maret', 'c.md'), '---\ntitle: Berita Ketiga\n---\nIsi ketiga.\n');
    writeFileSync(join(root, '2024', 'gambar.png'), 'png');
    const listing = listSeeds(root);
    assert.ok(listing, 'a plain folder has a listing');
    const stamped: string[] = [];
    const readFile = (p: string, expect: FileIdentity, stamp: FileStamp): Uint8Array => (stamped.push(`${p.slice(root.length + 1)} ${stamp.size}`), readSeedFile(p, expect));
    const walked = await scanSeeds(root);
    const listed = await scanSeeds(root, { listed: listing, readFile });
    const plain = (s: typeof walked): unknown => ({ inputs: s.inputs.map((i) => [i.sourceFile, Buffer.from(i.bytes).toString()]), outcomes: s.outcomes });
    assert.deepEqual(plain(listed), plain(walked));
    assert.deepEqual(walked.inputs.map((i) => i.sourceFile), ['2024/maret/c.md', 'B.TXT', 'a.txt']);
    assert.equal(walked.outcomes.length, 4, 'the hidden folder and file, the image and the document noted');
    // Each read is handed the stat the listing took: the reader of a dev session keys its bytes by it.
    const size = (rel: string): number => readFileSync(join(root, rel)).length;
    assert.deepEqual(stamped, ['2024/maret/c.md', 'B.TXT', 'a.txt'].map((rel) => `${rel} ${size(rel)}`));
    rmSync(root, { recursive: true, force: true });
  });

  it('a symlink swapped in after the listing is not followed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'arsip-scan-listed-swap-'));
    const dir = join(root, 'seeds');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'Berita Pertama\n\nIsi pertama.\n');
    writeFileSync(join(root, 'secret.txt'), `${SECRET}\n\nIsi rahasia.\n`);
    const listing = listSeeds(dir);
    unlinkSync(join(dir, 'a.txt'));
    symlinkSync(join(root, 'secret.txt'), join(dir, 'a.txt'));
    const { inputs, outcomes } = await scanSeeds(dir, { listed: listing });
    assert.deepEqual(inputs, []);
    assert.deepEqual(outcomes[0]!.messages, ['a.txt: cannot be read: it was replaced by a link while the seeds folder was read; not followed']);
    rmSync(root, { recursive: true, force: true });
  });
});
