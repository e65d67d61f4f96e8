/**
 * The bad seeds that are never committed (binary, huge): written into a seeds
 * folder at test time, the same way for the ingest tests and the CLI tests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A 1×1 PNG, dropped in with a .txt name. */
const PNG_HEX =
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ff8a1c5c0a0000000049454e44ae426082';

/**
 * nul.txt (NUL bytes inside text), gambar.txt (PNG bytes); with `heavy`, besar-50mb.txt, satu-baris.txt
 * (one 1 MB line) and besar-50mb.html (a "complete" saved page: 50 MB of inline image, script and style
 * around a short article).
 */
export function writeGeneratedSeeds(dir: string, options: { heavy: boolean }): void {
  writeFileSync(join(dir, 'nul.txt'), Buffer.concat([Buffer.from('Judul Berita\n\nIsi'), Buffer.alloc(16), Buffer.from('lagi')]));
  writeFileSync(join(dir, 'gambar.txt'), Buffer.from(PNG_HEX, 'hex'));
  if (!options.heavy) return;
  const paragraph = 'Ini kalimat berita yang diulang untuk membuat berkas besar, kata juru bicara pada Senin (3/2/2020).\n\n';
  writeFileSync(join(dir, 'besar-50mb.txt'), 'Berkas Berita Yang Sangat Besar\n\n' + paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length)));
  writeFileSync(join(dir, 'satu-baris.txt'), 'kata '.repeat(210_000));
  const mb = 1024 * 1024;
  writeFileSync(
    join(dir, 'besar-50mb.html'),
    '<!DOCTYPE html><html lang="id"><head><title>Halaman Tersimpan Yang Sangat Besar</title>' +
      `<style>${'.kelas-panjang{color:red}'.repeat(Math.ceil((10 * mb) / 24))}</style>` +
      `<script>var data = "${'x'.repeat(10 * mb)}";</script></head><body>` +
      `<img src="data:image/png;base64,${'A'.repeat(30 * mb)}">` +
      '<h1>Halaman Tersimpan Yang Sangat Besar</h1><p class="tanggal">Senin, 3 Februari 2020 | 10:00 WIB</p>' +
      `<p>${paragraph.trim()}</p><p>Isi berita kedua yang cukup panjang supaya halaman ini terbaca sebagai artikel oleh pembaca.</p>` +
      '</body></html>',
  );
}
