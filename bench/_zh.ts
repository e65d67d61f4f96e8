import { readFileSync } from 'node:fs';
import { ingestSeeds } from '../src/ingest/index.ts';
import * as page from '../src/ingest/html/page.ts';
console.log(Object.keys(page));
