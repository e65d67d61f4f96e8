import { writeFileSync, rmSync } from 'node:fs';
import { seedFile } from './corpus.ts';
import { build } from '../src/build.ts';
const dir = '/tmp/p10k';
const inPlace = process.argv.includes('--in-place');
const workers = process.argv.includes('--no-workers') ? 'never' : 'auto';
const show = (label: string, r: Awaited<ReturnType<typeof build>>, ms: number) =>
  console.log(label, (ms / 1000).toFixed(2), 's |', r.timings.map((t) => `${t.stage} ${(t.ms / 1000).toFixed(2)}`).join(', '), '|', r.work.pagesRendered, 'rendered', r.work.filesWritten, 'written', r.work.published);
const once = async (label: string) => {
  const t = performance.now();
  const r = await build({ seedsDir: dir + '/seeds', outDir: dir + '/out', cache: true, detachRemoval: true, publish: inPlace ? 'in-place' : 'swap', workers: workers as 'auto' });
  show(label, r, performance.now() - t);
};
if (!process.argv.includes('--skip-warm')) await once('warm');
const k = Number(process.env.K ?? 0);
const f = seedFile(1, 20000 + k);
writeFileSync(`${dir}/seeds/${f.name}`, f.text);
await once('+1');
rmSync(`${dir}/seeds/${f.name}`);
await once('-1');
