/** Output safety: dangerous --out folders are refused; the swap never loses the previous output. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT_MARKER, cleanUpAfterInterrupt, makeStagingDir, refuseOutDir, removeStaleStaging, swapIntoPlace } from '../src/output.ts';

function project(): { root: string; seeds: string } {
  const root = mkdtempSync(join(tmpdir(), 'arsip-out-'));
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  mkdirSync(join(root, 'src'));
  return { root, seeds };
}

test('refuses --out that is the seeds folder, inside it, the project root, a parent of either, or /', () => {
  const { root, seeds } = project();
  for (const bad of [seeds, join(seeds, 'out'), root, join(root, '..'), '/', join(root, 'src'), join(root, 'dist', '..')]) {
    const reason = refuseOutDir(bad, seeds, root);
    assert.ok(reason, `expected refusal for ${bad}`);
    assert.match(reason, /^--out .*: refusing/);
    assert.equal(reason.split('\n').length, 1);
  }
});

test('refuses an --out that is a symlink to the seeds folder', () => {
  const { root, seeds } = project();
  symlinkSync(seeds, join(root, 'sneaky'));
  assert.ok(refuseOutDir(join(root, 'sneaky'), seeds, root));
});

test('accepts ordinary output folders, existing or not', () => {
  const { root, seeds } = project();
  assert.equal(refuseOutDir(join(root, 'dist'), seeds, root), null);
  assert.equal(refuseOutDir(join(root, 'build', 'site'), seeds, root), null);
  assert.equal(refuseOutDir(mkdtempSync(join(tmpdir(), 'arsip-elsewhere-')), seeds, root), null);
});

test('refuses to replace a non-empty folder Arsip Berita did not build, and a file', () => {
  const { root, seeds } = project();
  const docs = join(root, 'Documents');
  mkdirSync(docs);
  writeFileSync(join(docs, 'thesis.docx'), 'precious');
  assert.match(refuseOutDir(docs, seeds, root) ?? '', /not built by Arsip Berita/);
  writeFileSync(join(root, 'file.txt'), 'x');
  assert.match(refuseOutDir(join(root, 'file.txt'), seeds, root) ?? '', /not a folder/);
  // An empty folder, or one that carries our marker, may be replaced.
  mkdirSync(join(root, 'empty'));
  assert.equal(refuseOutDir(join(root, 'empty'), seeds, root), null);
  const staging = makeStagingDir(join(root, 'site'));
  assert.ok(existsSync(join(staging, OUTPUT_MARKER)));
});

test('swap replaces the output and leaves no staging or old folders behind', async () => {
  const { root } = project();
  const out = join(root, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, OUTPUT_MARKER), '');
  writeFileSync(join(out, 'index.html'), 'old');
  const staging = makeStagingDir(out);
  writeFileSync(join(staging, 'index.html'), 'new');
  await swapIntoPlace(staging, out);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'new');
  assert.deepEqual(readdirSync(root).sort(), ['dist', 'seeds', 'src']);
});

test('swap with the old output removed later: the new output is live at once, the old one goes afterwards', async () => {
  const { root } = project();
  const out = join(root, 'dist');
  mkdirSync(join(out, 'artikel'), { recursive: true });
  writeFileSync(join(out, OUTPUT_MARKER), '');
  for (let i = 0; i < 200; i++) writeFileSync(join(out, 'artikel', `${i}.html`), 'old');
  const staging = makeStagingDir(out);
  writeFileSync(join(staging, 'index.html'), 'new');
  const { removal } = await swapIntoPlace(staging, out, { removeOld: 'later' });
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'new');
  assert.equal(existsSync(join(out, 'artikel')), false, 'nothing of the old output shows in the new one');
  await removal;
  assert.deepEqual(readdirSync(root).sort(), ['dist', 'seeds', 'src']);
});

test('a build killed mid-swap gets its previous output back on the next run', async () => {
  const { root } = project();
  const out = join(root, 'dist');
  // State after a kill between the two renames: the old output moved aside, no dist/.
  const aside = join(root, '.dist.old-123-1');
  mkdirSync(aside);
  writeFileSync(join(aside, 'index.html'), 'previous');
  const staleStaging = join(root, '.dist.staging-123-1');
  mkdirSync(staleStaging);
  await removeStaleStaging(out);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'previous');
  assert.ok(!existsSync(aside));
  assert.ok(!existsSync(staleStaging));
});

test('Ctrl-C between the two renames of the swap: the previous output is put back, only our own folders go', () => {
  const { root } = project();
  const out = join(root, 'dist');
  const aside = join(root, `.dist.old-${process.pid}-1`);
  mkdirSync(aside);
  writeFileSync(join(aside, 'index.html'), 'previous');
  mkdirSync(join(root, `.dist.staging-${process.pid}-1`));
  mkdirSync(join(root, '.dist.staging-1-1')); // another build's: not ours to remove
  cleanUpAfterInterrupt(out);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'previous');
  assert.deepEqual(readdirSync(root).sort(), ['.dist.staging-1-1', 'dist', 'seeds', 'src']);
});
