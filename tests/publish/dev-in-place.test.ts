/**
 * `npm run dev` publishes a rebuild in place: only the files the rebuild wrote
 * are moved into the live folder (the folder itself is never swapped), pages
 * of a deleted seed disappear, and at every step the live folder is
 * byte-identical to a cold build of the same seeds. The pages go live first;
 * the search index follows in the same rebuild, not in a second one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../src/build.ts';
import { startDev, type PagesEvent, type RebuildEvent } from '../../src/dev.ts';
import { diffSnapshots, makeProject, searchUrls, snapshot } from '../support/project.ts';

const SEED = `Warga Desa Lazuardipinus Panen Kopi Langka

22 November 2026 09:00

GenPI.co - Warga Desa Lazuardipinus di Jawa Barat memanen kopi langka, Minggu (22/11).

"Tahun ini panen terbaik," kata kepala desa.

Redaktur: Sri Lestari
`;

test('dev rebuilds move only the written files into the live folder and match a cold build', async () => {
  const { root, seeds } = await makeProject(30, 6);
  const out = join(root, 'dist');
  const session = await startDev({ seedsDir: seeds, outDir: out, port: 0, projectRoot: root, serve: false, log: () => {} });
  const events: RebuildEvent[] = [];
  session.on('rebuilt', (e: RebuildEvent) => events.push(e));
  const cold = async (step: string): Promise<void> => {
    const coldOut = join(root, `cold-${step}`);
    await build({ seedsDir: seeds, outDir: coldOut, projectRoot: root, cache: false });
    assert.deepEqual(diffSnapshots(snapshot(coldOut), snapshot(out)), [], `${step}: the live folder equals a cold build`);
    rmSync(coldOut, { recursive: true, force: true });
  };
  try {
    const folder = statSync(out).ino;
    const total = snapshot(out).size;

    // The new article's page is live when the 'pages' event comes, before the rebuild has ended.
    const order: string[] = [];
    let livePage: string | undefined;
    session.once('pages', (e: PagesEvent) => {
      order.push('pages');
      livePage = e.pages.work.changed.find((f) => f.includes('lazuardipinus') && f.endsWith('index.html'));
      assert.ok(livePage && existsSync(join(out, livePage)), 'the article page is in the live folder at the pages event');
    });
    // Its own page and the home page go live first, as the finished build leaves them; the rest follows.
    const pagesEvents: PagesEvent[] = [];
    const early = new Map<string, string>();
    const onPages = (e: PagesEvent): void => {
      pagesEvents.push(e);
      if (e.pages.first) for (const f of e.pages.work.changed) early.set(f, readFileSync(join(out, f), 'utf8'));
    };
    session.on('pages', onPages);
    // Findable once everything is live (the 'published' event), before the rebuild saves its record.
    let findable: Promise<string[]> | null = null;
    session.once('published', () => {
      order.push('published');
      findable = searchUrls(out, 'lazuardipinus');
    });
    const added = session.nextRebuild();
    writeFileSync(join(seeds, 'kopi.txt'), SEED);
    const first = await added;
    session.off('pages', onPages);
    order.push('rebuilt');
    assert.deepEqual(order, ['pages', 'published', 'rebuilt']);
    assert.deepEqual(pagesEvents.map((e) => e.pages.first === true), [true, false], 'the saved seed\'s pages first, then the rest');
    assert.deepEqual([...early.keys()].sort(), [livePage, 'index.html'].sort());
    for (const [f, text] of early) assert.equal(readFileSync(join(out, f), 'utf8'), text, `${f}: published first as the build leaves it`);
    assert.ok(pagesEvents[1]!.pages.work.changed.length > 2, 'the other changed pages follow');
    // One rebuild per save: when it ends, the new article is already findable (no follow-up build).
    assert.deepEqual(await findable, first.result?.articles.filter((a) => a.sourceFile === 'kopi.txt').map((a) => a.url));
    assert.deepEqual(await searchUrls(out, 'lazuardipinus'), first.result?.articles.filter((a) => a.sourceFile === 'kopi.txt').map((a) => a.url));
    await session.idle();
    assert.equal(events.filter((e) => e.result?.work.published !== 'nothing').length, 1, 'one rebuild for one saved seed');
    const pages = first.result?.work;
    assert.ok(pages && pages.seedsParsed > 0, 'the rebuild read the new seed');
    assert.equal(pages.published, 'in-place');
    assert.ok(pages.filesWritten < total / 2, `a few files written (${pages.filesWritten} of ${total})`);
    assert.ok(pages.searchRebuilt, 'the index is rebuilt in the same rebuild');
    assert.ok(pages.searchPiecesKept > 0, 'unchanged index pieces are kept');
    assert.equal(statSync(out).ino, folder, 'the live folder is never swapped');
    const page = [...snapshot(out).keys()].find((f) => f.includes('lazuardipinus'));
    assert.ok(page, 'the new article has its page');
    await cold('added');

    // An old article edited: the home page goes out first too, unchanged; the build after must not
    // take it for a page changed by hand (its record follows what the rebuild wrote).
    const oldest = [...(first.result?.articles ?? [])].filter((a) => a.published).sort((a, b) => a.published!.localeCompare(b.published!))[0]!;
    const oldSeed = join(seeds, oldest.sourceFile);
    const edited = session.nextRebuild();
    writeFileSync(oldSeed, `${readFileSync(oldSeed, 'utf8')}\n\nParagraf tambahan di akhir berita.\n`);
    assert.equal((await edited).result?.work.seedsParsed, 1);
    await session.idle();
    const again = session.nextRebuild();
    writeFileSync(oldSeed, readFileSync(oldSeed)); // saved again, the same bytes
    const still = (await again).result?.work;
    assert.equal(still?.seedsParsed, 0);
    assert.equal(still?.pagesRendered, 0, 'nothing rendered again after the first pages');
    await session.idle();
    await cold('an old article edited');

    const removed = session.nextRebuild();
    unlinkSync(join(seeds, 'kopi.txt'));
    await removed;
    await session.idle();
    assert.ok(!existsSync(join(out, page)), 'the deleted seed\'s page is gone');
    assert.ok(!existsSync(join(out, page, '..')), 'and its folder');
    assert.equal(statSync(out).ino, folder);
    await cold('deleted');
  } finally {
    await session.close();
  }

  // A second session with nothing changed serves the site from the build record, and still builds what is saved next.
  const again = await startDev({ seedsDir: seeds, outDir: out, port: 0, projectRoot: root, serve: false, log: () => {} });
  try {
    assert.equal(again.startedFromRecord, true, 'nothing changed: no first build');
    await again.idle(); // the engine warms up in the background
    const added = again.nextRebuild();
    writeFileSync(join(seeds, 'kopi.txt'), SEED);
    await added;
    await again.idle();
    assert.ok([...snapshot(out).keys()].some((f) => f.includes('lazuardipinus')));
    await cold('added after a restart');
  } finally {
    await again.close();
  }
  // A seed changed while no session ran: the next session builds first.
  unlinkSync(join(seeds, 'kopi.txt'));
  const third = await startDev({ seedsDir: seeds, outDir: out, port: 0, projectRoot: root, serve: false, log: () => {} });
  assert.equal(third.startedFromRecord, false);
  await third.close();
  await cold('deleted while stopped');
  rmSync(root, { recursive: true, force: true });
});
