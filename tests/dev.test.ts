/**
 * `npm run dev`: the served site follows the seeds folder. An added seed appears
 * (and an open page reloads by itself), a renamed one keeps its page, a deleted
 * one disappears, and a broken one is reported while the rest stays up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDev, type DevSession, type RebuildEvent } from '../src/dev.ts';
import { launchBrowser } from './support/browser.ts';
import { exportedArticles, makeProject, searchUrls } from './support/project.ts';

const TITLE = 'Nelayan Pulau Kuarsaungu Temukan Paus Biru Terdampar';
const SEED = `${TITLE}

21 November 2026 08:30

GenPI.co - Nelayan di Pulau Kuarsaungu menemukan seekor paus biru terdampar di pantai, Sabtu (21/11).

Petugas BNPB dan warga bergotong royong mengembalikan paus itu ke laut. "Kami bekerja sejak subuh," kata seorang nelayan.

Redaktur: Sri Lestari
`;

/** Waits for the rebuild that follows a change (a burst of file events may need more than one). */
async function settled(session: DevSession, until: (e: RebuildEvent) => boolean): Promise<RebuildEvent> {
  for (;;) {
    const event = await session.nextRebuild();
    if (event.error) throw event.error;
    if (until(event)) return event;
  }
}

async function get(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
}

test('dev server: add, rename, delete and a broken seed, with live reload in a real browser', async () => {
  const { root, seeds } = await makeProject(8, 5);
  const out = join(root, 'dist');
  const lines: string[] = [];
  const session = await startDev({ seedsDir: seeds, outDir: out, port: 0, projectRoot: root, log: (l) => lines.push(l) });
  const browser = await launchBrowser();
  try {
    assert.match(session.url ?? '', /^http:\/\/localhost:\d+\/$/);
    const home = await get(`${session.url}index.html`);
    assert.equal(home.status, 200);
    assert.match(home.text, /<html lang="id">/);
    assert.ok(!home.text.includes(TITLE));

    // An open home page reloads by itself when a seed is added.
    const page = await browser.newPage();
    await page.goto(`${session.url}index.html`);
    const added = settled(session, (e) => (e.result?.work.seedsParsed ?? 0) > 0);
    writeFileSync(join(seeds, 'paus.txt'), SEED);
    await added;
    await session.idle(); // the search index follows the pages
    await page.waitForFunction((t) => document.body.textContent?.includes(t) ?? false, TITLE, { timeout: 10_000 });
    const article = exportedArticles(out).find((a) => a.title === TITLE);
    assert.ok(article, 'the new seed is exported');
    assert.equal((await get(`${session.url}${article.url}index.html`)).status, 200);
    assert.deepEqual(await searchUrls(out, 'kuarsaungu'), [article.url]);
    assert.ok(lines.some((l) => /Rebuilt in .*add paus\.txt/.test(l)), 'the rebuild is reported');

    // Rename: same article (same slug from the same title), new source file.
    const renamed = settled(session, (e) => e.result?.articles.some((a) => a.sourceFile === 'paus-biru.txt') ?? false);
    renameSync(join(seeds, 'paus.txt'), join(seeds, 'paus-biru.txt'));
    await renamed;
    await session.idle(); // exports follow with the search index
    const after = exportedArticles(out).filter((a) => a.title === TITLE);
    assert.equal(after.length, 1, 'renaming does not duplicate the article');
    assert.equal(after[0]?.sourceFile, 'paus-biru.txt', 'the export names the new file');
    assert.equal((await get(`${session.url}${after[0]?.url ?? ''}index.html`)).status, 200);

    // A broken seed is reported by name; the site stays up with every other article.
    const before = exportedArticles(out).length;
    const broken = settled(session, (e) => e.result?.outcomes.some((o) => o.sourceFile === 'rusak.txt') ?? false);
    writeFileSync(join(seeds, 'rusak.txt'), Buffer.from([0, 1, 2, 0, 255, 254]));
    await broken;
    assert.ok(lines.some((l) => l.startsWith('ERROR') && l.includes('rusak.txt')), `error reported:\n${lines.join('\n')}`);
    assert.equal(exportedArticles(out).length, before);
    assert.equal((await get(`${session.url}index.html`)).status, 200);

    // Delete: the page is gone from the server, the home page and the index.
    const removed = settled(session, (e) => !(e.result?.articles.some((a) => a.title === TITLE) ?? true));
    unlinkSync(join(seeds, 'paus-biru.txt'));
    await removed;
    await session.idle();
    assert.equal((await get(`${session.url}${article.url}index.html`)).status, 404);
    assert.ok(!(await get(`${session.url}index.html`)).text.includes(TITLE));
    assert.deepEqual(await searchUrls(out, 'kuarsaungu'), []);
    assert.ok(lines.some((l) => l === 'removed paus-biru.txt'));
  } finally {
    await browser.close();
    await session.close();
    rmSync(root, { recursive: true, force: true });
  }
});
