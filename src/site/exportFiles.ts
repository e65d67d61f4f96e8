/**
 * Writes the data exports (data/articles.json, data/articles.csv and its `;`
 * twin). A rebuild copies the rows of unchanged articles byte for byte from the
 * files the previous build wrote (their places are kept in the build record)
 * and makes only the rows of new or changed articles: the files still come out
 * whole, as a cold build writes them, at a fraction of the cost.
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Article } from '../ingest/types.ts';
import { URLS } from '../urls.ts';
import { csvLayout, JSON_LAYOUT, type ExportLayout } from './exports.ts';

/** Each export file with its layout. */
export const EXPORT_FILES: readonly { path: string; layout: ExportLayout }[] = [
  { path: URLS.exportJson, layout: JSON_LAYOUT },
  { path: URLS.exportCsv, layout: csvLayout(',', true) },
  { path: URLS.exportCsvSemicolon, layout: csvLayout(';', true) },
];

/** Where each article's row is in the files written: ids[k]'s row in file f is bytes at[f][2k] … +at[f][2k+1]. */
export interface ExportRows {
  /** The article identities (as the caller gives them), in file order. */
  ids: string[];
  at: Record<string, number[]>;
}

export interface RowReuse {
  /** What determines an article's row (its record, with the export code): equal ids, equal rows. */
  identity: (a: Article) => string;
  /** The previous build's files (in `dir`) and where its rows are; null: make every row. */
  previous: { dir: string; rows: ExportRows } | null;
}

/** Bytes gathered before they are written: the files are streamed, never held whole (440 MB each at 100,000 articles). */
const BATCH_BYTES = 4 * 2 ** 20;
/** Buffers per write call (below the system's iovec limit). */
const BATCH_PIECES = 512;

/**
 * One export file being written: new bytes, and byte ranges of the previous file copied as they are.
 * Consecutive ranges (unchanged rows in the same order, with the separator between them) become one
 * read; what gathers is written every few megabytes.
 */
class Spool {
  /** Bytes of the file so far (written or waiting). */
  offset = 0;
  private pieces: Buffer[] = [];
  private pending = 0;
  private run: { start: number; end: number } | null = null;

  constructor(
    private readonly file: FileHandle,
    private readonly old: FileHandle | null,
    private readonly path: string,
    private readonly batchBytes: number,
  ) {}

  /** Whether `start` continues the range being copied, `gap` bytes (the separator) after it. */
  continues(start: number, gap: number): boolean {
    return this.run !== null && this.run.end + gap === start && this.run.end - this.run.start < this.batchBytes;
  }

  async add(b: Buffer): Promise<void> {
    await this.endRun();
    this.pieces.push(b);
    await this.grew(b.length);
  }

  /** Bytes `start`… of the previous file: the range being copied grows when they follow it directly. */
  async copy(start: number, length: number): Promise<void> {
    if (this.run && this.continues(start, 0)) this.run.end = start + length;
    else {
      await this.endRun();
      this.run = { start, end: start + length };
    }
    await this.grew(length);
  }

  private async grew(n: number): Promise<void> {
    this.offset += n;
    this.pending += n;
    if (this.pending >= this.batchBytes || this.pieces.length >= BATCH_PIECES) await this.flush();
  }

  private async endRun(): Promise<void> {
    const run = this.run;
    if (!run || !this.old) return;
    this.run = null;
    const bytes = Buffer.allocUnsafe(run.end - run.start);
    for (let got = 0; got < bytes.length; ) {
      const { bytesRead } = await this.old.read(bytes, got, bytes.length - got, run.start + got);
      if (bytesRead === 0) throw new Error(`${this.path}: the previous file is shorter than its recorded rows`);
      got += bytesRead;
    }
    this.pieces.push(bytes);
  }

  async flush(): Promise<void> {
    await this.endRun();
    const pieces = this.pieces;
    this.pieces = [];
    this.pending = 0;
    if (pieces.length === 0) return;
    // Every byte, at the file's position: a short write goes on where it stopped.
    const total = pieces.reduce((n, b) => n + b.length, 0);
    let done = (await this.file.writev(pieces)).bytesWritten;
    if (done === total) return;
    const rest = Buffer.concat(pieces, total);
    while (done < total) done += (await this.file.write(rest, done, total - done)).bytesWritten;
  }
}

/** Writes the three files into `outDir` and says where each row is. */
export async function writeExports(
  articles: readonly Article[],
  outDir: string,
  reuse?: RowReuse,
  /** Bytes gathered per write (tests make it small to cross many batch and range boundaries). */
  batchBytes = BATCH_BYTES,
): Promise<{ fileCount: number; rows: ExportRows }> {
  const out = resolve(outDir);
  await mkdir(join(out, 'data'), { recursive: true });
  const ids = reuse ? articles.map(reuse.identity) : articles.map(() => '');
  const prev = reuse?.previous ?? null;
  const prevIndex = new Map(prev?.rows.ids.map((id, k) => [id, k]) ?? []);
  const at: Record<string, number[]> = {};
  for (const { path, layout } of EXPORT_FILES) {
    const oldPlaces = prev?.rows.at[path];
    const old = prev && oldPlaces ? await open(join(prev.dir, path), 'r').catch(() => null) : null;
    const oldSize = old ? (await old.stat()).size : 0;
    const file = await open(join(out, path), 'w');
    try {
      const spool = new Spool(file, old, path, batchBytes);
      const places: number[] = [];
      await spool.add(Buffer.from(layout.head(articles.length), 'utf8'));
      const sep = Buffer.from(layout.sep, 'utf8');
      for (let i = 0; i < articles.length; i++) {
        const k = old && oldPlaces ? prevIndex.get(ids[i]!) : undefined;
        const start = k === undefined ? undefined : oldPlaces?.[2 * k];
        const length = k === undefined ? undefined : oldPlaces?.[2 * k + 1];
        const reused = start !== undefined && length !== undefined && start + length <= oldSize;
        if (i > 0 && sep.length > 0) {
          // The old file has the same separator between the same two rows: it joins the range read.
          if (reused && spool.continues(start, sep.length)) await spool.copy(start - sep.length, sep.length);
          else await spool.add(sep);
        }
        places.push(spool.offset);
        if (reused) await spool.copy(start, length);
        else await spool.add(Buffer.from(layout.row(articles[i]!), 'utf8'));
        places.push(spool.offset - places.at(-1)!);
      }
      await spool.add(Buffer.from(layout.tail(articles.length), 'utf8'));
      await spool.flush();
      at[path] = places;
    } finally {
      await file.close();
      await old?.close();
    }
  }
  return { fileCount: EXPORT_FILES.length, rows: { ids, at } };
}
