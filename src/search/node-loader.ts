/**
 * Loads index pieces in Node as data: each piece's `__arsip.push(key, data)`
 * wrapper is matched exactly and its data read with JSON.parse (decodeShard in
 * format.ts). Nothing in a site folder is ever run: a site received on a USB
 * stick or as a zip is only read. A piece that is not such data is one error.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ShardLoader } from './engine.ts';
import { decodeShard, ShardFormatError } from './format.ts';

export function fileLoader(searchDir: string): ShardLoader {
  return {
    async load(key: string): Promise<unknown> {
      const file = join(searchDir, `${key}.js`);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        throw new Error(`search index piece missing: ${file}`);
      }
      try {
        return decodeShard(text, key);
      } catch (err) {
        if (!(err instanceof ShardFormatError)) throw err;
        throw new Error(`potongan indeks pencarian ${JSON.stringify(file)} rusak atau diubah: ${err.message}; tidak dijalankan (bangun ulang situs dengan npm run build)`);
      }
    },
  };
}
