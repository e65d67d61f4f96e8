import { readFileSync, readdirSync } from 'node:fs';
import { ingestSeeds } from './index.ts';
const seeds = readdirSync('seeds').map((f) => readFileSync('seeds/' + f));
const inputs = [];
for (let i = 0; i < 10000; i++) inputs.push({ sourceFile: `s${i}.txt`, bytes: new Uint8Array(Buffer.concat([Buffer.from(`Judul Berita Nomor ${i} Hari Ini\n\n`), seeds[i % 5]!])) });
for (let k = 0; k < 4; k++) {
  const c = process.cpuUsage(); const t = performance.now();
  ingestSeeds(inputs);
  const u = process.cpuUsage(c);
  console.log(`10k: wall ${(performance.now() - t).toFixed(0)} ms, cpu ${((u.user + u.system) / 1000).toFixed(0)} ms`);
}
