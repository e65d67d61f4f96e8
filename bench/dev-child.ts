/**
 * The dev server's rebuild path, timed from the moment a seed file is saved to
 * the moment the rebuilt site is in place (watcher latency included), for
 * adding, editing and deleting one seed; then a second session's start with
 * nothing changed. Spawned by bench/run.ts; prints JSON.
 *
 *   node bench/dev-child-start.mjs --seeds DIR --out DIR --n N   (from its bundle, as npm run dev runs)
 *   (or node --import tsx bench/dev-child.ts …: the same through tsx)
 */
import { parseArgs } from 'node:util';
import { startDev, type PagesEvent, type RebuildEvent } from '../src/dev.ts';
import { seedEdits } from './edits.ts';

export interface DevChildReport {
  initialMs: number;
  /** A second session on the same output with nothing changed: start → serving. */
  restartMs: number;
  /** Save → the saved seed's own page and the home page live (the first 'pages' event: `first`). */
  addFirstMs: number;
  editFirstMs: number;
  /** Save → every changed page published (the dev server's reload, its last 'pages' event). */
  addMs: number;
  editMs: number;
  removeMs: number;
  /** Save → search index up to date and live as well (the same rebuild's publish). */
  addSearchMs: number;
  editSearchMs: number;
  removeSearchMs: number;
  /** What each rebuild did: seeds read, pages rendered. */
  work: string[];
  maxRssKb: number;
}

const { values } = parseArgs({ options: { seeds: { type: 'string' }, out: { type: 'string' }, n: { type: 'string' } } });
if (!values.seeds || !values.out || !values.n) throw new Error('usage: dev-child.ts --seeds DIR --out DIR --n N');

const started = performance.now();
const session = await startDev({ seedsDir: values.seeds, outDir: values.out, port: 0, log: () => {} });
const initialMs = performance.now() - started;
const edits = seedEdits(values.seeds, Number(values.n), 1);
const work: string[] = [];

/** [save → first pages live, save → all pages live, save → index too]. */
async function timed(change: () => void): Promise<[number, number, number]> {
  await session.idle();
  const failed = new Promise<never>((_, reject) => session.on('rebuilt', (e: RebuildEvent) => e.error && reject(e.error)));
  failed.catch(() => {}); // raced below; a later failure is the next change's
  // The index live: a small rebuild moves it in as soon as it is made, which may come before the rest of
  // the pages; the 'searchable' event says when (its worker moves the pieces in while this thread is busy).
  let searchableAt = 0;
  const live = new Promise<void>((done) =>
    session.once('searchable', (_ms: number, liveAt: number) => {
      searchableAt = liveAt;
      done();
    }),
  );
  const done = session.nextPages();
  const t = performance.now();
  change();
  let event: PagesEvent = await Promise.race([done, failed]);
  // A burst of file events can split into two rebuilds; wait for the one that changed pages.
  while (event.pages.work.pagesRendered === 0) event = await Promise.race([session.nextPages(), failed]);
  const first = performance.now() - t;
  // The saved seed's pages went first: the rest of the changed pages come in a second event.
  if (event.pages.first) event = await Promise.race([session.nextPages(), failed]);
  const published = performance.now() - t;
  const w = event.pages.work;
  work.push(`${w.seedsParsed} read, ${w.pagesRendered} rendered, ${w.pagesCarried} carried`);
  await Promise.race([live, failed]);
  const findable = searchableAt - t;
  await session.idle();
  return [first, published, findable];
}

const [addFirstMs, addMs, addSearchMs] = await timed(() => edits.add());
const [editFirstMs, editMs, editSearchMs] = await timed(() => edits.edit());
const [, removeMs, removeSearchMs] = await timed(() => edits.remove());
await session.close();
const restarted = performance.now();
const again = await startDev({ seedsDir: values.seeds, outDir: values.out, port: 0, log: () => {} });
const restartMs = performance.now() - restarted;
await again.close();
const report: DevChildReport = {
  initialMs,
  restartMs,
  addFirstMs,
  editFirstMs,
  addMs,
  editMs,
  removeMs,
  addSearchMs,
  editSearchMs,
  removeSearchMs,
  work,
  maxRssKb: process.resourceUsage().maxRSS,
};
console.log(JSON.stringify(report));
process.exit(0);
