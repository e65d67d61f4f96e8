/**
 * `npm run build -- --in-place`: a rebuild moves only the files it wrote into
 * the site (no new folder with every file linked again), deleted articles'
 * files go, and the site is byte-identical to a cold build at every step.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../src/build.ts';
import { diffSnapshots, makeProject, PROJECT, snapshot } from '../support/project.ts';

const SEED = `Nelayan Teluk Safirlembayung Pulang Membawa Tangkapan Besar

3 Desember 2026 07:15

GenPI.co - Nelayan di Teluk Safirlembayung pulang membawa tangkapan besar setelah cuaca membaik, Kamis (3/12).

"Hasilnya dua kali lipat dari pekan lalu," kata seorang nelayan.
`;

test('npm run build -- --in-place publishes only what a rebuild wrote, and the site equals a cold build', async () => {
  const { root, seeds } = await makeProject(20, 4);
  const out = join(root, 'dist');
  const cli = (...flags: string[]): string => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT, 'src', 'cli.ts'), 'build', '--seeds', seeds, '--out', out, '--verbose', ...flags], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, ARSIP_TEST: '1' },
    });
    assert.equal(res.status, 0, res.stderr);
    return res.stdout;
  };
  const sameAsCold = async (step: string): Promise<void> => {
    const coldOut = join(root, `cold-${step}`);
    await build({ seedsDir: seeds, outDir: coldOut, projectRoot: root, cache: false });
    assert.deepEqual(diffSnapshots(snapshot(coldOut), snapshot(out)), [], `${step}: the site equals a cold build`);
    rmSync(coldOut, { recursive: true, force: true });
  };
  cli('--in-place');
  const folder = statSync(out).ino;
  const untouched = [...snapshot(out).keys()].find((f) => f.startsWith('artikel/') && f.endsWith('.txt')) ?? '';
  const inode = statSync(join(out, untouched)).ino;

  writeFileSync(join(seeds, 'nelayan.txt'), SEED);
  const added = cli('--in-place');
  assert.match(added, /published by in-place/);
  assert.equal(statSync(out).ino, folder, 'the site folder is not replaced');
  assert.equal(statSync(join(out, untouched)).ino, inode, 'an unchanged file stays where it was');
  await sameAsCold('added');

  const sample = join(seeds, '004_d122556d1d8862e0.txt');
  writeFileSync(sample, readFileSync(sample, 'utf8').replace('Mulai Kurang Tenaga di Ukraina', 'Kehabisan Tenaga di Ukraina'));
  cli('--in-place');
  await sameAsCold('retitled');

  unlinkSync(join(seeds, 'nelayan.txt'));
  cli('--in-place');
  assert.ok(![...snapshot(out).keys()].some((f) => f.includes('safirlembayung')), "the deleted seed's files are gone");
  await sameAsCold('deleted');

  // --swap: the rebuild makes a whole new folder and swaps it in.
  writeFileSync(join(seeds, 'nelayan.txt'), SEED);
  assert.match(cli('--swap'), /published by swap/);
  assert.notEqual(statSync(out).ino, folder, 'the site folder is replaced');
  await sameAsCold('swapped');
  rmSync(root, { recursive: true, force: true });
});

test('npm run build without a flag: one added seed is published in place, a rebuild of most pages is swapped in', async () => {
  const { root, seeds } = await makeProject(20, 4);
  const out = join(root, 'dist');
  const cli = (...flags: string[]): { status: number | null; stdout: string; stderr: string } =>
    spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT, 'src', 'cli.ts'), 'build', '--seeds', seeds, '--out', out, '--verbose', ...flags], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, ARSIP_TEST: '1' },
    });
  assert.match(cli().stdout, /published by swap/, 'a first build makes the folder');
  const folder = statSync(out).ino;
  writeFileSync(join(seeds, 'nelayan.txt'), SEED);
  const added = cli();
  assert.equal(added.status, 0, added.stderr);
  assert.match(added.stdout, /published by in-place/);
  assert.equal(statSync(out).ino, folder, 'one added seed does not replace the site folder');
  const coldOut = join(root, 'cold');
  await build({ seedsDir: seeds, outDir: coldOut, projectRoot: root, cache: false });
  assert.deepEqual(diffSnapshots(snapshot(coldOut), snapshot(out)), [], 'the site equals a cold build');
  // The in-place publish recorded the whole site: the next build finds nothing changed.
  assert.match(cli().stdout, /nothing changed/);
  // A different base URL changes every page: the whole new site is swapped in.
  const moved = cli('--base-url', 'https://arsip.example/');
  assert.equal(moved.status, 0, moved.stderr);
  assert.match(moved.stdout, /published by swap/);
  const both = cli('--in-place', '--swap');
  assert.equal(both.status, 2);
  assert.match(both.stderr, /^error: --in-place and --swap .*\n$/);
  rmSync(root, { recursive: true, force: true });
});
