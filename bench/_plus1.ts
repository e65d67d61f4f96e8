import { writeFileSync, rmSync, existsSync } from 'node:fs';
import { seedFile } from './corpus.ts';
import { build } from '../src/build.ts';
const dir = '/tmp/p10k';
const show = (label: string, r: Awaited<ReturnType<typeof build>>, ms: number) =>
  console.log(label, (ms / 1000).toFixed(1), 's |', r.timings.map((t) => `${t.stage} ${(t.ms / 1000).toFixed(2)}`).join(', '), '|', JSON.stringify(r.work));
let t = performance.now();
let r = await build({ seedsDir: dir + '/seeds', outDir: dir + '/out', cache: true, detachRemoval: true });
show('warm', r, performance.now() - t);
for (const k of [0, 1]) {
  const f = seedFile(1, 20000 + k);
  writeFileSync(`${dir}/seeds/${f.name}`, f.text);
  t = performance.now();
  r = await build({ seedsDir: dir + '/seeds', outDir: dir + '/out', cache: true, detachRemoval: true });
  show('+1', r, performance.now() - t);
}
for (const k of [0, 1]) rmSync(`${dir}/seeds/${seedFile(1, 20000 + k).name}`);
