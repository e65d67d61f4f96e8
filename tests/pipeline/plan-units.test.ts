/**
 * The page plan's listing groups (PageUnit): a rebuild makes only the months, outlets, topics and
 * authors an added article is in (or whose inputs it changes), carries the rest without making
 * their pages, and every carried page keeps exactly the key a cold plan gives it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { archiveParts, buildArchive, type ArchiveParts } from '../../src/archive/index.ts';
import type { Article } from '../../src/ingest/types.ts';
import { planPages, type OutputState, type PagePlan } from '../../src/pipeline/plan.ts';
import { articlePageKey, unitKey } from '../../src/pipeline/render.ts';
import { makeArticles } from '../site/make-articles.ts';

const identity = (a: Article): string => JSON.stringify(a);

function plan(parts: ArchiveParts, prev: OutputState | null, made?: string[]): PagePlan {
  // Which units were made: record them by wrapping `make`.
  if (made) {
    for (const list of Object.values(parts.units)) {
      for (const u of list ?? []) {
        const make = u.make;
        u.make = () => (made.push(u.id), make());
      }
    }
  }
  const intact = new Set(Object.keys(prev?.pages ?? {}));
  return planPages(parts, 'render', (i) => articlePageKey(parts.articlePages, i, 'code', identity), (u) => unitKey(u, 'code', identity), prev, intact);
}

/** The record a build keeps after writing every page of its plan. */
function recordOf(p: PagePlan): OutputState {
  const pages: OutputState['pages'] = {};
  for (const { path, key } of [...p.rendered, ...p.carry]) pages[path] = [key, 1, 1];
  return { format: 0, outDir: '/x', renderKey: 'render', pages, sources: {}, search: null, exports: null, inputKey: null, other: {}, units: p.units };
}

const keysOf = (p: PagePlan): Map<string, string> => new Map([...p.rendered, ...p.carry].map((x) => [x.path, x.key]));

test('one added article makes only the listing groups it is in; every carried page keeps the key a cold plan gives it', () => {
  const articles = makeArticles(400, 3);
  const before = recordOf(plan(archiveParts(articles, { baseUrl: null }), null));
  const [add] = makeArticles(401, 3).slice(400);
  add!.published = '2020-06-15T10:00:00+07:00';
  add!.url = `artikel/2020/06/${add!.slug}/`;
  add!.authors = ['Penulis Tambahan Baru'];
  const after = [...articles, add!];

  const made: string[] = [];
  const parts = archiveParts(after, { baseUrl: null });
  const listing = Object.values(parts.units).flat().filter((u) => u.inputs().shows.includes(add!)).map((u) => u.id);
  const incremental = plan(parts, before, made);
  const groups = ['months\u00002020/06', ...(add!.outlet ? [`outlets\u0000${add!.outlet}`] : []), ...add!.topics.map((t) => `topics\u0000${t}`), 'authors\u0000Penulis Tambahan Baru'];
  for (const id of groups) assert.ok(listing.includes(id), `${id} lists the article`);
  assert.ok(listing.includes('feeds\u0000penulis/penulis-tambahan-baru/'), "the new author's feed lists it");
  assert.deepEqual(made.sort(), listing.sort(), 'the groups and feeds that list the article are made, no other');
  assert.ok(incremental.unitsMade < Object.keys(incremental.units).length / 4, `${incremental.unitsMade} of ${Object.keys(incremental.units).length} groups made`);

  // The same pages with the same keys as a plan that makes everything.
  const cold = plan(archiveParts(after, { baseUrl: null }), null);
  assert.deepEqual(keysOf(incremental), keysOf(cold));
  assert.deepEqual(incremental.units, cold.units);
  // The sitemap from recorded paths lists what a whole model lists.
  assert.deepEqual(incremental.renderModel.sitemap, buildArchive(after, { baseUrl: null }).sitemap);
  assert.deepEqual(incremental.renderModel.whole.sitemap, cold.renderModel.sitemap);
});

test("a new newest month changes every outlet's and topic's timeline: those groups are made again, authors are not", () => {
  const articles = makeArticles(300, 5);
  const before = recordOf(plan(archiveParts(articles, { baseUrl: null }), null));
  const [add] = makeArticles(301, 5).slice(300);
  add!.published = '2031-03-01T08:00:00+07:00';
  add!.url = `artikel/2031/03/${add!.slug}/`;
  const after = [...articles, add!];
  const made: string[] = [];
  const incremental = plan(archiveParts(after, { baseUrl: null }), before, made);
  const cold = plan(archiveParts(after, { baseUrl: null }), null);
  assert.deepEqual(keysOf(incremental), keysOf(cold));
  const outletsAndTopics = Object.keys(cold.units).filter((id) => /^(outlets|topics)\0/.test(id));
  for (const id of outletsAndTopics) assert.ok(made.includes(id), `${id} is made again`);
  const authorsMade = made.filter((id) => id.startsWith('authors\u0000'));
  assert.deepEqual(authorsMade, add!.authors.map((p) => `authors\u0000${p}`));
});

test('a group is made again when one of its pages was changed by hand, a different render code, or a record without groups', () => {
  const articles = makeArticles(200, 9);
  const first = plan(archiveParts(articles, { baseUrl: null }), null);
  const before = recordOf(first);
  const [id, [, paths]] = Object.entries(before.units!).find(([u]) => u.startsWith('topics\u0000'))!;
  const touched = { ...before, pages: { ...before.pages } };
  delete touched.pages[paths[0]!];
  const made: string[] = [];
  plan(archiveParts(articles, { baseUrl: null }), touched, made);
  assert.deepEqual(made, [id]);

  const none: string[] = [];
  plan(archiveParts(articles, { baseUrl: null }), before, none);
  assert.deepEqual(none, [], 'nothing changed: nothing made');

  for (const prev of [{ ...before, renderKey: 'other' }, { ...before, units: undefined }]) {
    const all: string[] = [];
    plan(archiveParts(articles, { baseUrl: null }), prev, all);
    assert.equal(all.length, Object.keys(before.units!).length);
  }
});
