/**
 * The bad seeds that are never committed (binary, huge): written into a seeds
 * folder at test time, the same way for the ingest tests and the CLI tests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A 1×1 PNG, dropped in with a .txt name. */
const PNG_HEX =
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ff8a1c5c0a0000000049454e44ae426082';

/** nul.txt (NUL bytes inside text), gambar.txt (PNG bytes); with `heavy`, besar-50mb.txt and satu-baris.txt (one 1 MB line). */
export function writeGeneratedSeeds(dir: string, options: { heavy: boolean }): void {
  writeFileSync(join(dir, 'nul.txt'), Buffer.concat([Buffer.from('Judul Berita\n\nIsi'), Buffer.alloc(16), Buffer.from('lagi')]));
  writeFileSync(join(dir, 'gambar.txt'), Buffer.from(PNG_HEX, 'hex'));
  if (!options.heavy) return;
  const paragraph = 'Ini kalimat berita yang diulang untuk membuat berkas besar, kata juru bicara pada Senin (3/2/2020).\n\n';
  writeFileSync(join(dir, 'besar-50mb.txt'), 'Berkas Berita Yang Sangat Besar\n\n' + paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length)));
  writeFileSync(join(dir, 'satu-baris.txt'), 'kata '.repeat(210_000));
}
