/** Seed bytes kept between builds of one session (npm run dev): a file is read again when its stat changes. */
import { lstatSync } from 'node:fs';
import { readSeedFile, type FileIdentity, type FileStamp } from '../ingest/scan.ts';

export class SeedReader {
  private files = new Map<string, { key: string; bytes: Uint8Array }>();
  /** sha256 per bytes object, so unchanged seeds are not hashed again either. */
  readonly hashes = new WeakMap<Uint8Array, string>();

  private seen = new Set<string>();

  // Synchronous on purpose, as the scan itself (scan.ts): a promise per seed made the dev server's
  // scan of 10,000 seeds take 1 s instead of 0.2 s.
  read(path: string, expect?: FileIdentity, stamp?: FileStamp): Uint8Array {
    this.seen.add(path);
    // The scan's own stat of the file, taken a moment ago, else one now.
    const s = stamp ?? lstatSync(path);
    const key = `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
    const known = this.files.get(path);
    if (known && known.key === key && (!expect || expect.ino === s.ino)) return known.bytes;
    // Read as the scan does: without following a link, and only the file the listing saw.
    const bytes = readSeedFile(path, expect);
    this.files.set(path, { key, bytes });
    return bytes;
  }

  /** Forgets files the last scan did not read (deleted or renamed seeds). */
  endScan(): void {
    for (const path of this.files.keys()) if (!this.seen.has(path)) this.files.delete(path);
    this.seen.clear();
  }
}
