/**
 * The quick no-change check (src/pipeline/quick.ts), which `npm run build`
 * asks before loading the pipeline: it may answer "nothing changed" only when
 * a real build would change nothing; every doubt means a real build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../src/build.ts';
import { defaultCacheDir } from '../../src/pipeline/paths.ts';
import { checkUnchanged } from '../../src/pipeline/quick.ts';
import { lockPathFor } from '../../src/publish/lock.ts';
import { diffSnapshots, makeProject, PROJECT, snapshot } from '../support/project.ts';

test('the quick check answers only when nothing changed, and any change to seeds or output sends the build through the engine', async () => {
  const { root, seeds } = await makeProject(6, 2);
  const out = join(root, 'dist');
  const ask = (baseUrl: string | null = null) =>
    checkUnchanged({ seedsDir: seeds, outDir: out, cacheDir: defaultCacheDir(out), baseUrl, codeRoot: PROJECT });
  const rebuild = () => build({ seedsDir: seeds, outDir: out, projectRoot: root });

  assert.equal((await ask()).fresh, false, 'before any build');
  const first = await rebuild();
  const fresh = await ask();
  assert.ok(fresh.fresh, 'nothing changed after a complete build');
  assert.equal(fresh.record.articles, first.articles.length);
  assert.equal(fresh.record.fileCount, first.fileCount);
  assert.deepEqual(fresh.record.outcomes.map((o) => o.sourceFile), first.outcomes.map((o) => o.sourceFile));
  assert.equal((await ask('https://contoh.org/arsip/')).fresh, false, 'another base URL');

  // A seed rewritten with the same length and its old mtime put back: the ctime still tells, and the hash decides.
  const seed = join(seeds, '004_d122556d1d8862e0.txt');
  const before = statSync(seed);
  const text = readFileSync(seed, 'utf8');
  writeFileSync(seed, text.replace('Ukraina', 'Ukrainx'));
  utimesSync(seed, before.atime, before.mtime);
  assert.equal(statSync(seed).size, before.size);
  const edited = await ask();
  assert.equal(edited.fresh, false);
  assert.match(edited.fresh ? '' : edited.why, /seed changed: 004_d122556d1d8862e0\.txt/);
  const real = await rebuild();
  assert.equal(real.work.seedsParsed, 1, 'the engine parses the rewritten seed');
  assert.ok((await ask()).fresh);

  // Touched but not changed: the bytes are the same, so nothing changed.
  const now = new Date();
  utimesSync(seed, now, now);
  assert.ok((await ask()).fresh, 'a touched seed with the same bytes is no change');

  // A new file the scan would report as ignored changes the report: a real build.
  writeFileSync(join(seeds, 'catatan.pdf'), 'bukan seed');
  assert.equal((await ask()).fresh, false);
  await rebuild();
  assert.ok((await ask()).fresh);

  // An output page changed by hand, or a file added to the output.
  const page = join(out, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</body>', '<!-- tangan -->\n</body>'));
  assert.equal((await ask()).fresh, false, 'an output file changed by hand');
  await rebuild();
  assert.ok((await ask()).fresh);
  writeFileSync(join(out, 'sisa.html'), 'tertinggal');
  assert.equal((await ask()).fresh, false, 'a file added to the output');
  await rebuild();
  assert.ok((await ask()).fresh);
  // A link put into the output is neither a page nor a folder: still not the output the build left.
  symlinkSync(join(out, 'index.html'), join(out, 'tautan.html'));
  assert.equal((await ask()).fresh, false, 'a link added to the output');
  rmSync(join(out, 'tautan.html'));
  await rebuild();

  // A build or dev session holding the folder: the real path decides (waits or refuses).
  writeFileSync(lockPathFor(out), '{}\n');
  assert.equal((await ask()).fresh, false, 'output locked');
  rmSync(lockPathFor(out));
  assert.ok((await ask()).fresh);

  // A deleted seed.
  rmSync(seed);
  assert.equal((await ask()).fresh, false);
  rmSync(root, { recursive: true, force: true });
});

test('npm run build with nothing changed answers from the record, writes nothing, and prints the same report', async () => {
  const { root, seeds } = await makeProject(4, 9);
  const out = join(root, 'dist');
  const cli = (...flags: string[]) => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT, 'src', 'cli.ts'), 'build', '--seeds', seeds, '--out', out, ...flags], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, ARSIP_TEST: '1' },
    });
    assert.equal(res.status, 0, res.stderr);
    return res.stdout;
  };
  // --verbose: every seed's line, so the two reports can be compared whole.
  const first = cli('--verbose');
  const built = snapshot(out);
  const mtimes = [...built.keys()].map((f) => statSync(join(out, f)).mtimeMs);
  const again = cli('--verbose');
  assert.match(again, /pipeline not loaded/);
  const report = (s: string): string => s.split('\n').filter((l) => !l.startsWith('Built ') && !l.startsWith('  ')).join('\n');
  assert.equal(report(again), report(first), 'the same report as the build that wrote the site');
  assert.deepEqual(diffSnapshots(built, snapshot(out)), []);
  assert.deepEqual([...built.keys()].map((f) => statSync(join(out, f)).mtimeMs), mtimes, 'no file written again');
  // --no-cache never takes the shortcut.
  assert.doesNotMatch(cli('--no-cache', '--verbose'), /pipeline not loaded/);
  rmSync(root, { recursive: true, force: true });
});

test('a "not sure" hands the build its listing of the seeds folder; the build taken from it leaves a record the next check trusts', async () => {
  const { root, seeds } = await makeProject(6, 4);
  const out = join(root, 'dist');
  const ask = () => checkUnchanged({ seedsDir: seeds, outDir: out, cacheDir: defaultCacheDir(out), baseUrl: null, codeRoot: PROJECT });
  await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  const seed = join(seeds, '004_d122556d1d8862e0.txt');
  writeFileSync(seed, readFileSync(seed, 'utf8').replace('Ukraina', 'Ukrainx'));
  const answer = await ask();
  assert.equal(answer.fresh, false);
  const listing = answer.fresh ? undefined : answer.listing;
  assert.ok(listing, 'the listing comes with the answer');
  assert.ok(listing.seeds.some((s) => s.rel === '004_d122556d1d8862e0.txt'));
  const walk = answer.fresh ? undefined : answer.walk;
  const rebuilt = await build({ seedsDir: seeds, outDir: out, projectRoot: root, seedListing: listing, outputWalk: walk });
  assert.equal(rebuilt.work.seedsParsed, 1);
  assert.ok(rebuilt.articles.some((a) => a.title.includes('Ukrainx')), 'the edit is in the archive');
  assert.equal((await ask()).fresh, true, 'the record written from the handed listing is whole');
  // A listing of another folder is not taken for this one.
  const other = { ...listing, seedsDir: join(root, 'lain'), seeds: [] };
  writeFileSync(seed, `${readFileSync(seed, 'utf8')}\nSatu kalimat lagi.\n`);
  await build({ seedsDir: seeds, outDir: out, projectRoot: root, seedListing: other });
  assert.equal((await ask()).fresh, true);
  rmSync(root, { recursive: true, force: true });
});
