/**
 * No code change leaves a stale site: in a copy of the project, one file of
 * each stage is edited in turn (ingest, archive, render, search, exports,
 * publish) and `npm run build` of the copy, with its cache, must show the
 * edit; at the end its output is byte-identical to a cold build of the edited
 * copy. Each stage's key comes from its module graph (src/pipeline/stages.ts),
 * so the edits deliberately include files outside the stage's own folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAGES, stageFiles } from '../../src/pipeline/stages.ts';
import { diffSnapshots, filesContaining, makeProject, PROJECT, snapshot } from '../support/project.ts';

/** The code of the project, copied (node_modules linked) so it can be edited. */
function copyProject(to: string): void {
  mkdirSync(to, { recursive: true });
  for (const p of ['src', 'templates', '.eleventy.ts', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    cpSync(join(PROJECT, p), join(to, p), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/** Replaces `from` (which must be there) by `to` in a file of the copy. */
function edit(code: string, file: string, from: string | RegExp, to: string): void {
  const path = join(code, file);
  const text = readFileSync(path, 'utf8');
  assert.ok(typeof from === 'string' ? text.includes(from) : from.test(text), `${file} still contains ${String(from)} (update this test)`);
  writeFileSync(path, text.replace(from, to));
}

test('each stage declares entry modules whose graph reaches outside its folder where it imports from elsewhere', async () => {
  const search = await stageFiles(PROJECT, 'search');
  assert.ok(search.includes('src/search/client/main.ts'), 'the browser client is part of the search code');
  assert.ok(search.includes('src/archive/dates.ts'), 'search imports date formatting from the archive');
  const render = await stageFiles(PROJECT, 'render');
  assert.ok(render.some((f) => f.startsWith('templates/')), 'templates are part of the render code');
  assert.ok(render.includes('src/site/index.ts'));
  const archive = await stageFiles(PROJECT, 'archive');
  assert.ok(archive.includes('src/archive/index.ts'));
  assert.ok(archive.includes('src/archive/kinds.ts') && archive.includes('src/archive/pages.ts'), 'the page builders are reached through the kind table');
  for (const stage of STAGES) assert.ok((await stageFiles(PROJECT, stage.name)).includes('package-lock.json'), `${stage.name} keys on the lockfile`);
});

test('editing one file of each stage shows up in the next build, and the result equals a cold build', async () => {
  const { root, seeds } = await makeProject(12, 4);
  const code = join(root, 'code');
  copyProject(code);
  const out = join(root, 'dist');
  const cli = (outDir: string, ...flags: string[]): string => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', join(code, 'src', 'cli.ts'), 'build', '--seeds', seeds, '--out', outDir, ...flags], {
      cwd: code,
      encoding: 'utf8',
      env: { ...process.env, ARSIP_TEST: '1' },
    });
    assert.equal(res.status, 0, res.stderr);
    return res.stdout;
  };
  // After a code edit the quick no-change check (src/pipeline/quick.ts) must not answer: the engine runs.
  const afterEdit = (what: string): void => assert.doesNotMatch(cli(out, '--verbose'), /pipeline not loaded/, `${what}: a real build`);
  cli(out);
  let before = snapshot(out);
  const changedSince = (): string[] => {
    const now = snapshot(out);
    const diff = diffSnapshots(before, now);
    before = now;
    return diff;
  };

  // ingest: a warning's wording (exported in data/articles.json)
  edit(code, 'src/ingest/notices.ts', /WIB \(\+07:00\) assumed/g, 'WIB (+07:00) taken');
  afterEdit('ingest');
  assert.ok(filesContaining(snapshot(out), 'WIB (+07:00) taken').includes('data/articles.json'), 'ingest: the new warning is exported');
  assert.ok(changedSince().length > 0);

  // archive: the archive page's heading (the bug: the no-change shortcut missed src/archive)
  edit(code, 'src/archive/pageTexts.ts', "'Arsip menurut waktu'", "'Arsip menurut masa'");
  afterEdit('archive');
  assert.ok(filesContaining(snapshot(out), 'Arsip menurut masa').includes('arsip/index.html'), 'archive: the new heading is on the page');
  changedSince();

  // render: the layout every page uses
  edit(code, 'templates/_includes/layouts/base.njk', '</body>', '<!-- tata letak baru -->\n</body>');
  afterEdit('render');
  const pages = [...snapshot(out).keys()].filter((f) => f.endsWith('.html') && !f.startsWith('search/'));
  const withComment = filesContaining(snapshot(out), 'tata letak baru');
  assert.ok(pages.length > 20);
  for (const p of pages) assert.ok(withComment.includes(p), `render: ${p} uses the new layout`);
  changedSince();

  // search: a stop word (src/search/indonesian), reached from the search stage's entry
  edit(code, 'src/search/indonesian/stopwords.ts', "'dan', ", "'dan', 'jakarta', ");
  afterEdit('search');
  const searchDiff = changedSince();
  assert.ok(searchDiff.some((d) => d.includes('search/')), `search: the index follows (${searchDiff.join(', ')})`);

  // exports: the JSON layout
  edit(code, 'src/site/exports.ts', "sep: ',\\n',", "sep: ',\\n\\n',");
  afterEdit('exports');
  assert.match(readFileSync(join(out, 'data', 'articles.json'), 'utf8'), /\},\n\n\{/, 'exports: articles.json follows');
  changedSince();

  // publish: the marker file written into every output
  edit(code, 'src/output.ts', 'replaced on every build', 'replaced by every build');
  afterEdit('publish');
  assert.match(readFileSync(join(out, '.arsip-berita'), 'utf8'), /replaced by every build/, 'publish: the marker follows');

  // The command-line entry itself (not a stage): its files are in the build record too.
  edit(code, 'src/cli.ts', ' s (nothing changed).', ' s (tidak ada perubahan).');
  afterEdit('entry');
  assert.match(cli(out, '--verbose'), /tidak ada perubahan/, 'with nothing changed since, the edited quick path answers');

  // Everything together: the same as a cold build of the edited project.
  const cold = join(root, 'cold');
  cli(cold, '--no-cache');
  assert.deepEqual(diffSnapshots(snapshot(cold), snapshot(out)), [], 'incremental output equals the cold build of the edited code');
  rmSync(root, { recursive: true, force: true });
});
