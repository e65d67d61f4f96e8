import { writeFileSync } from 'node:fs';
import { seedFile } from './corpus.ts';
const f = seedFile(1, 30000 + Number(process.argv[3] ?? 0));
writeFileSync(`${process.argv[2]}/${f.name}`, f.text);
