/**
 * Rebuilding after a seed is added, edited, renamed or deleted: the change shows
 * up everywhere it should (article page, home, archives, outlet and topic pages,
 * feeds, exports, search index), nothing else is lost, nothing stale survives,
 * and the incremental output is byte-identical to a cold build of the same seeds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameSlug } from '../../src/ingest/slug.ts';
import { build } from '../../src/build.ts';
import { IncrementalBuilder } from '../../src/pipeline/engine.ts';
import { diffSnapshots, exportedArticles, filesContaining, makeProject, searchUrls, snapshot } from '../support/project.ts';

const NEW_SEED = 'zz-panen-durian.txt';
const newSeedText = (title: string, word: string): string => `${title}

20 November 2026 10:15

GenPI.co - Warga Kampung Zamrudbiru di Jakarta merayakan panen durian ${word} yang langka, Jumat (20/11).

Kepala desa mengatakan panen ${word} tahun ini adalah yang terbesar dalam sepuluh tahun terakhir. Presiden Joko Widodo dijadwalkan hadir.

"Kami bersyukur atas panen ${word} ini," kata Kepala Desa Zamrudbiru.

Redaktur: Budi Santoso
`;
const TITLE_1 = 'Warga Kampung Zamrudbiru Rayakan Panen Durian Kuarsaungu';
const TITLE_2 = 'Warga Kampung Zamrudbiru Rayakan Panen Manggis Safirjingga';

test('adding, editing and deleting a seed updates every page, feed, export and the search index, and loses nothing', async () => {
  const { root, seeds } = await makeProject(40);
  const out = join(root, 'dist');
  const cold = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  const before = snapshot(out);
  const articlesBefore = exportedArticles(out);
  assert.equal(articlesBefore.length, cold.articles.length);

  // ---- add
  writeFileSync(join(seeds, NEW_SEED), newSeedText(TITLE_1, 'kuarsaungu'));
  const added = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  assert.equal(added.work.seedsParsed, 1, 'only the new seed is parsed');
  assert.ok(added.work.pagesCarried > 0, 'unchanged pages are carried over, not rendered');
  const afterAdd = snapshot(out);
  const articlesAdd = exportedArticles(out);
  const fresh = articlesAdd.find((a) => a.title === TITLE_1);
  assert.ok(fresh, 'the new article is in articles.json');
  assert.equal(fresh.outlet, 'GenPI.co');
  assert.ok(fresh.topics.includes('Joko Widodo'));
  const page = `${fresh.url}index.html`;
  const expectedPages = [
    page,
    'index.html',
    'arsip/2026/11/index.html',
    `media/${nameSlug('GenPI.co')}/index.html`,
    `topik/${nameSlug('Joko Widodo')}/index.html`,
    'feed.xml',
    'feed.json',
    'data/articles.json',
    'data/articles.csv',
  ];
  const withTitle = filesContaining(afterAdd, TITLE_1);
  for (const p of expectedPages) assert.ok(withTitle.includes(p), `${p} shows the new article`);
  assert.ok(afterAdd.get('sitemap.xml')?.includes(fresh.url), 'sitemap lists the new page');
  assert.deepEqual(await searchUrls(out, 'kuarsaungu'), [fresh.url], 'search finds the new article');
  // Nothing lost: every file and every article of the previous build is still there.
  for (const path of before.keys()) assert.ok(afterAdd.has(path), `${path} still exists`);
  for (const a of articlesBefore) {
    assert.ok(articlesAdd.some((b) => b.id === a.id && b.url === a.url), `${a.id} still exported at the same url`);
    assert.ok(afterAdd.has(`${a.url}index.html`), `${a.url} still has its page`);
  }

  // ---- edit (new title, new word)
  writeFileSync(join(seeds, NEW_SEED), newSeedText(TITLE_2, 'safirjingga'));
  const edited = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  assert.equal(edited.work.seedsParsed, 1);
  const afterEdit = snapshot(out);
  const editedArticle = exportedArticles(out).find((a) => a.title === TITLE_2);
  assert.ok(editedArticle);
  const withTitle2 = filesContaining(afterEdit, TITLE_2);
  for (const p of expectedPages.filter((p) => p !== page)) assert.ok(withTitle2.includes(p), `${p} shows the edited title`);
  assert.ok(withTitle2.includes(`${editedArticle.url}index.html`));
  assert.deepEqual(filesContaining(afterEdit, TITLE_1), [], 'the old title survives nowhere');
  assert.deepEqual(filesContaining(afterEdit, 'uarsaungu'), [], 'the old text survives nowhere (index pieces included)');
  assert.deepEqual(await searchUrls(out, 'kuarsaungu'), []);
  assert.deepEqual(await searchUrls(out, 'safirjingga'), [editedArticle.url]);
  if (editedArticle.url !== fresh.url) assert.ok(!afterEdit.has(page), 'the page under the old slug is gone');

  // ---- delete: the output is exactly the first build's again
  unlinkSync(join(seeds, NEW_SEED));
  const deleted = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  assert.equal(deleted.work.seedsParsed, 0);
  const afterDelete = snapshot(out);
  assert.deepEqual(filesContaining(afterDelete, 'Zamrudbiru'), []);
  assert.deepEqual(await searchUrls(out, 'safirjingga'), []);
  assert.deepEqual(diffSnapshots(before, afterDelete), [], 'byte-identical to the build before the seed existed');
  rmSync(root, { recursive: true, force: true });
});

test('a cold build and an incremental build of the same seeds are byte-identical, step after step', async () => {
  const { root, seeds } = await makeProject(60, 11);
  const inc = join(root, 'inc');
  const cache = join(root, 'cache');
  // A builder kept from step to step, as the dev session keeps one: records, identities and what the
  // archive-wide ingest step made are remembered in memory between its builds.
  const liveOut = join(root, 'live');
  const liveBuilder = (): IncrementalBuilder =>
    new IncrementalBuilder({
      seedsDir: seeds,
      outDir: liveOut,
      baseUrl: null,
      projectRoot: root,
      cacheDir: join(root, 'live-cache'),
      keepSeedsInMemory: true,
      // Its search index in the worker it keeps between builds, sent only the documents that changed.
      workers: 'always',
      // Published in place with the pages first, as npm run dev does: a few saved seeds' own pages go
      // live first and their index update starts before the output is checked, its pieces live at once.
      publish: 'in-place',
      notify: () => {},
    });
  let live = liveBuilder();
  let step = 0;
  // findable: the word finds the seed's article (or, without a file, nothing) when the index goes live.
  const check = async (what: string, expectParsed?: number, findable?: { word: string; file?: string }): Promise<number> => {
    const incremental = await build({ seedsDir: seeds, outDir: inc, projectRoot: root, cache, workers: 'always' });
    const events: string[] = [];
    let found: Promise<string[]> | null = null;
    const liveResult = await live.build({
      onPages: (p) => events.push(p.first ? 'first pages' : 'pages'),
      onSearchable: () => {
        events.push('searchable');
        // What a reader searching at that moment gets.
        if (findable) found = searchUrls(liveOut, findable.word);
      },
      onPublished: () => events.push('published'),
    });
    // A build with nothing changed publishes nothing; any other tells once that its index is live, before the end.
    if (events.length > 0) {
      assert.equal(events.filter((e) => e === 'searchable').length, 1, `${what}: the index goes live once (${events})`);
      assert.ok(events.indexOf('searchable') < events.indexOf('published'), `${what}: ${events}`);
    }
    if (findable) {
      const urls = liveResult.articles.filter((a) => a.sourceFile === findable.file).map((a) => a.url);
      assert.ok(urls.length === (findable.file === undefined ? 0 : 1) && found, `${what}: the article and the searchable event`);
      assert.deepEqual(await found, urls, `${what}: findable when the searchable event comes`);
    }
    // Nothing of a build's own is left beside the outputs (the dev session's warm-up renders into a folder there).
    assert.deepEqual(readdirSync(root).filter((n) => n.includes('.staging-')), [], `${what}: folders left beside the output`);
    const coldOut = join(root, `cold-${step++}`);
    // The cold side takes the large-archive path (Eleventy runs of 37 pages, index after rendering): the output must not show it.
    const cold = await build({
      seedsDir: seeds,
      outDir: coldOut,
      projectRoot: root,
      cache: false,
      workers: 'never',
      renderChunk: 37,
      lowMemoryAbove: 0,
    });
    assert.deepEqual(diffSnapshots(snapshot(coldOut), snapshot(inc)), [], `${what}: incremental output equals the cold build`);
    assert.deepEqual(diffSnapshots(snapshot(coldOut), snapshot(liveOut)), [], `${what}: a long-lived builder's output equals the cold build`);
    assert.deepEqual(
      incremental.outcomes.map((o) => `${o.sourceFile} ${o.status}`),
      cold.outcomes.map((o) => `${o.sourceFile} ${o.status}`),
    );
    if (expectParsed !== undefined) assert.equal(incremental.work.seedsParsed, expectParsed, `${what}: seeds parsed`);
    rmSync(coldOut, { recursive: true, force: true });
    return incremental.work.searchPiecesKept;
  };

  await check('first build');
  await check('no change', 0);
  // A new session on the same output (npm run dev started again): nothing changed, so its search worker
  // is handed the index's documents and reads their analyses ahead of the first save.
  live.close();
  live = liveBuilder();
  await check('no change, a new long-lived builder', 0);
  writeFileSync(join(seeds, NEW_SEED), newSeedText(TITLE_1, 'kuarsaungu'));
  // Index pieces the new article does not touch come out byte-identical: kept, not written again.
  assert.ok((await check('seed added', 1, { word: 'kuarsaungu', file: NEW_SEED })) > 0, 'unchanged index pieces are kept');
  const sample = join(seeds, '004_d122556d1d8862e0.txt');
  writeFileSync(sample, readFileSync(sample, 'utf8').replace('Mulai Kurang Tenaga di Ukraina', 'Kehabisan Tenaga di Ukraina'));
  await check('sample seed retitled', 1);
  // Only the seed's bytes change, not its record: the copy of the seed the site publishes must follow.
  writeFileSync(sample, `${readFileSync(sample, 'utf8')}\n\n`);
  await check('blank lines added to a seed', 1);
  const copy = (await import('node:fs')).readdirSync(inc, { recursive: true }).map(String).find((f) => f.endsWith('004_d122556d1d8862e0.txt'));
  assert.ok(copy?.startsWith('artikel/'), 'the seed is published beside its article');
  assert.deepEqual(readFileSync(join(inc, copy ?? '')), readFileSync(sample));
  renameSync(join(seeds, NEW_SEED), join(seeds, 'aa-panen-durian.txt'));
  await check('seed renamed', 1);
  // A seed of the same title that sorts first takes the slug: the article already built moves to "-2".
  writeFileSync(join(seeds, '0-kembar.txt'), newSeedText(TITLE_1, 'kembarsaja'));
  await check('a seed taking an article\'s slug', 1, { word: 'kembarsaja', file: '0-kembar.txt' });
  unlinkSync(join(seeds, '0-kembar.txt'));
  // A deleted seed's index update starts early too (nothing parsed): its article is gone from search when live.
  await check('and gone again', 0, { word: 'kembarsaja' });
  // An export changed by hand is not a source of rows: the next exports are made whole again.
  const exported = join(inc, 'data', 'articles.json');
  writeFileSync(exported, readFileSync(exported, 'utf8').replace('"title":"', '"title":"DIUBAH '));
  writeFileSync(sample, `${readFileSync(sample, 'utf8')}\nTambahan kalimat penutup dari redaksi.\n`);
  await check('an export edited by hand, then a seed edited', 1);
  // An index piece changed by hand in both outputs: the update started before the output's check,
  // on the word of the record, is dropped and made again from what is really there.
  for (const dir of [inc, liveOut]) {
    const piece = join(dir, 'search', 'meta.js');
    writeFileSync(piece, `${readFileSync(piece, 'utf8')}\n// diubah\n`);
  }
  writeFileSync(sample, `${readFileSync(sample, 'utf8')}\nSatu kalimat lagi dari redaksi.\n`);
  await check('an index piece edited by hand, then a seed edited', 1);
  // Moved in time: it leaves its month and its neighbours, and enters others.
  writeFileSync(sample, readFileSync(sample, 'utf8').replace('15 Maret 2022 06:25', '2 Januari 2021 09:00'));
  await check('sample seed re-dated', 1);
  const md = join(seeds, 'zz-pasar-ikan.md');
  const mdText = (authors: string, topics: string): string =>
    `---\ntitle: Harga Ikan di Pasar Muara Angke Naik Menjelang Libur\ndate: 2022-03-14\noutlet: Kompas.com\nauthors: [${authors}]\ntopics: [${topics}]\n---\n\n` +
    'Harga ikan di Pasar Muara Angke, Jakarta Utara, naik menjelang libur panjang. Pedagang menyebut pasokan dari nelayan berkurang.\n\n' +
    'Kenaikan terbesar terjadi pada ikan kembung dan tongkol, kata pengelola pasar kepada wartawan pada Senin pagi.\n';
  writeFileSync(md, mdText('Siti Aminah', 'Jakarta, Ekonomi'));
  await check('a Markdown seed with authors and topics', 1);
  writeFileSync(md, mdText('Budi Santoso', 'Jakarta, Ekonomi'));
  await check('its author changed', 1);
  writeFileSync(md, mdText('Budi Santoso', 'Perikanan'));
  await check('its topics changed', 1);
  const korpus = join(seeds, 'korpus');
  const victim = (await import('node:fs')).readdirSync(korpus).sort()[7] ?? '';
  unlinkSync(join(korpus, victim));
  await check('generated seed deleted', 0);
  writeFileSync(join(seeds, 'kosong.txt'), '');
  writeFileSync(join(seeds, 'catatan.pdf'), 'bukan seed');
  await check('an empty seed and a non-seed file', 1);
  live.close();
  rmSync(root, { recursive: true, force: true });
});

test('npm run dev without worker threads: a small rebuild of a large archive updates its index in this thread and publishes it early', async () => {
  // --workers never and a large archive (lowMemoryAbove: 0): the update runs beside the render, but in the
  // main thread, so nothing but this thread can move its pieces live (a worker's publish gate would wait for nobody).
  const { root, seeds } = await makeProject(10, 5);
  const out = join(root, 'dist');
  const builder = new IncrementalBuilder({
    seedsDir: seeds,
    outDir: out,
    baseUrl: null,
    projectRoot: root,
    cacheDir: join(root, 'cache'),
    keepSeedsInMemory: true,
    workers: 'never',
    lowMemoryAbove: 0,
    publish: 'in-place',
    notify: () => {},
  });
  try {
    await builder.build();
    writeFileSync(join(seeds, NEW_SEED), newSeedText(TITLE_1, 'kuarsaungu'));
    let found: Promise<string[]> | null = null;
    const result = await builder.build({ onPages: () => {}, onSearchable: () => (found = searchUrls(out, 'kuarsaungu')) });
    const url = result.articles.find((a) => a.sourceFile === NEW_SEED)?.url;
    assert.ok(url && found, 'the article, and the index said live');
    assert.deepEqual(await found, [url], 'findable when the index is said live');
    assert.equal(result.work.searchRebuilt, true);
  } finally {
    builder.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('an output file changed by hand is rendered again, not carried over', async () => {
  const { root, seeds } = await makeProject(10, 3);
  const out = join(root, 'dist');
  await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  const good = snapshot(out);
  const victim = [...good.keys()].find((k) => k.startsWith('artikel/') && k.endsWith('index.html')) ?? '';
  writeFileSync(join(out, victim), '<p>diubah dengan tangan</p>');
  writeFileSync(join(out, 'search', 'meta.js'), '/* rusak */');
  const again = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  assert.equal(again.work.pagesRendered, 1);
  assert.equal(again.work.searchRebuilt, true);
  assert.deepEqual(diffSnapshots(good, snapshot(out)), []);
  rmSync(root, { recursive: true, force: true });
});

test('a rebuild with nothing changed writes nothing; a file added to or removed from the output by hand is noticed', async () => {
  const { root, seeds } = await makeProject(10, 5);
  const out = join(root, 'dist');
  await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  const good = snapshot(out);
  const mtime = (f: string): number => statSync(join(out, f)).mtimeMs;
  const home = mtime('index.html');
  const same = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  assert.equal(same.work.pagesRendered, 0);
  assert.equal(same.work.searchRebuilt, false);
  assert.equal(same.work.exportsRebuilt, false);
  assert.equal(mtime('index.html'), home, 'not even the home page is written again');
  assert.equal(same.articles.length, 15);
  // A stray file in the output: a real build runs and the output is again exactly what the seeds give.
  writeFileSync(join(out, 'sisa.html'), 'tertinggal');
  const cleaned = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  assert.ok(!existsSync(join(out, 'sisa.html')));
  assert.equal(cleaned.work.pagesRendered, 0, 'pages are carried, not rendered');
  assert.deepEqual(diffSnapshots(good, snapshot(out)), []);
  // A file deleted by hand comes back.
  unlinkSync(join(out, 'feed.xml'));
  await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  assert.deepEqual(diffSnapshots(good, snapshot(out)), []);
  rmSync(root, { recursive: true, force: true });
});

test('adding a seed writes its own seed copy, not every copy again (one new seed in a big archive is one seed copy written)', async () => {
  const { root, seeds } = await makeProject(12, 7);
  const out = join(root, 'dist');
  await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  const copies = (): Map<string, number> =>
    new Map(
      (readdirSync(join(out, 'artikel'), { recursive: true }) as string[])
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f, statSync(join(out, 'artikel', f)).ino]),
    );
  const before = copies();
  assert.ok(before.size >= 12, `seed copies published (${before.size})`);
  writeFileSync(join(seeds, NEW_SEED), newSeedText(TITLE_1, 'kuarsaungu'));
  const added = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  const after = copies();
  const fresh = [...after.keys()].filter((f) => !before.has(f));
  assert.deepEqual(fresh.map((f) => f.split('/').at(-1)), [`${NEW_SEED}`]);
  // Every other copy is the same file as before (carried by a hard link), not a new one.
  const rewritten = [...before].filter(([f, ino]) => after.get(f) !== ino).map(([f]) => f);
  assert.deepEqual(rewritten, []);
  // …and it is what a cold build gives.
  const coldOut = join(root, 'cold');
  await build({ seedsDir: seeds, outDir: coldOut, projectRoot: root, cache: false });
  assert.deepEqual(diffSnapshots(snapshot(coldOut), snapshot(out)), []);
  rmSync(root, { recursive: true, force: true });
});

test('cache: false builds cold and writes no cache; the default cache lives beside the output', async () => {
  const { root, seeds } = await makeProject(0);
  await build({ seedsDir: seeds, outDir: join(root, 'a'), projectRoot: root, cache: false });
  assert.equal(existsSync(join(root, '.cache')), false);
  await build({ seedsDir: seeds, outDir: join(root, 'b'), projectRoot: root });
  assert.ok(existsSync(join(root, '.cache', 'arsip-berita', 'b', 'output.json')));
  const warm = await build({ seedsDir: seeds, outDir: join(root, 'b'), projectRoot: root });
  assert.equal(warm.work.seedsParsed, 0);
  assert.equal(warm.work.pagesRendered, 0);
  rmSync(root, { recursive: true, force: true });
});

test('a rebuild reads only the seeds that changed; an edit that keeps size and time is still seen (ctime)', async () => {
  const { root, seeds } = await makeProject(20, 3);
  const out = join(root, 'dist');
  const all = (readdirSync(seeds, { recursive: true }) as string[]).filter((f) => /\.(txt|md|html?)$/.test(f)).length;
  const first = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  assert.equal(first.work.seedsRead, all, 'a first build reads every seed');
  // Seeds written just before a build may have changed after being read (git's "racy clean"): read again.
  await new Promise((done) => setTimeout(done, 2100));
  writeFileSync(join(seeds, NEW_SEED), newSeedText(TITLE_1, 'kuarsaungu'));
  const second = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  assert.equal(second.work.seedsRead, all + 1, 'the racy seeds of the first build are read again, and the new one');
  await new Promise((done) => setTimeout(done, 2100));
  // An older seed edited to the same size, its mtime put back: only the ctime says it changed.
  const old = join(seeds, (readdirSync(seeds) as string[]).filter((f) => f.endsWith('.txt') && f !== NEW_SEED).sort()[0]!);
  const { mtime, atime } = statSync(old);
  const text = readFileSync(old, 'utf8');
  const edited = text.replace(/ dan /, ' DAN ');
  assert.notEqual(edited, text);
  writeFileSync(old, edited);
  utimesSync(old, atime, mtime);
  const third = await build({ seedsDir: seeds, outDir: out, projectRoot: root });
  assert.equal(third.work.seedsRead, 2, 'the edited seed, and the new one the second build read too close to its start to prove');
  assert.equal(third.work.seedsParsed, 1, 'only the edited seed is parsed');
  const coldOut = join(root, 'cold');
  await build({ seedsDir: seeds, outDir: coldOut, projectRoot: root, cache: false });
  assert.deepEqual(diffSnapshots(snapshot(coldOut), snapshot(out)), []);
  rmSync(root, { recursive: true, force: true });
});
