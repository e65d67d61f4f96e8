import { build } from '../src/build.ts';
import { relatedIndices } from '../src/archive/related.ts';
import { archiveContext } from '../src/archive/context.ts';
import { digest } from '../src/pipeline/fingerprint.ts';
import { articlesToJson, spreadsheetCsv } from "../src/site/exports.ts";
const dir = '/tmp/p10k';
const r = await build({ seedsDir: dir + '/seeds', outDir: dir + '/out', cache: true, detachRemoval: true });
const articles = r.articles;
for (let rep = 0; rep < 2; rep++) {
  let t = performance.now();
  const ds = articles.map((a) => digest(JSON.stringify(a)));
  console.log('article digests', (performance.now() - t).toFixed(0), ds.length);
  const ctx = archiveContext(articles, { baseUrl: null, sources: true } as never);
  t = performance.now();
  relatedIndices(ctx.ordered.map((e) => e.article));
  console.log('related', (performance.now() - t).toFixed(0));
  t = performance.now();
  const j = articlesToJson(articles); console.log("json", (performance.now() - t).toFixed(0), j.length); t = performance.now(); const c = spreadsheetCsv(articles); console.log("csv", c.length);
  console.log('exports', (performance.now() - t).toFixed(0));
}
