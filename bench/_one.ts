import { readFileSync } from 'node:fs';
import { ingestSeed } from '../src/ingest/index.ts';
for (const f of process.argv.slice(2)) {
  const r = ingestSeed({ sourceFile: f.split('/').pop()!, bytes: new Uint8Array(readFileSync(f)) });
  const d = r.draft;
  console.log(JSON.stringify(d ? { title: d.title, outlet: d.outlet, published: d.published, modified: d.modified, author: d.author, editor: d.editor, dateline: d.dateline, sourceUrl: d.sourceUrl, body: d.body.map((b) => `${b.type}: ${b.text.slice(0, 70)}`) } : null, null, 1));
  console.log(r.outcome.messages);
}
