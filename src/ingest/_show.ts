import { ingestSeeds, scanSeeds } from '/work/main/src/ingest/index.ts';
const s = await scanSeeds(process.argv[2]!);
const r = ingestSeeds(s.inputs);
for (const a of r.articles) { const {body, lead, ...x} = a; console.log(JSON.stringify(x)); for (const b of body) console.log('   ', b.type, '|', b.text.slice(0, 90)); }
console.log(s.outcomes);
