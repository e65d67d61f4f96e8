/**
 * Writes the data exports (data/articles.json, data/articles.csv and its `;`
 * twin). A rebuild copies the rows of unchanged articles byte for byte from the
 * files the previous build wrote (their places are kept in the build record)
 * and makes only the rows of new or changed articles: the files still come out
 * whole, as a cold build writes them, at a fraction of the cost.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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

/** Writes the three files into `outDir` and says where each row is. */
export async function writeExports(articles: readonly Article[], outDir: string, reuse?: RowReuse): Promise<{ fileCount: number; rows: ExportRows }> {
  const out = resolve(outDir);
  await mkdir(join(out, 'data'), { recursive: true });
  const ids = reuse ? articles.map(reuse.identity) : articles.map(() => '');
  const prev = reuse?.previous ?? null;
  const prevIndex = new Map(prev?.rows.ids.map((id, k) => [id, k]) ?? []);
  const at: Record<string, number[]> = {};
  for (const { path, layout } of EXPORT_FILES) {
    const oldPlaces = prev?.rows.at[path];
    const old = prev && oldPlaces ? await readFile(join(prev.dir, path)).catch(() => null) : null;
    const pieces: Buffer[] = [];
    const places: number[] = [];
    let offset = 0;
    const add = (b: Buffer): void => {
      pieces.push(b);
      offset += b.length;
    };
    add(Buffer.from(layout.head(articles.length), 'utf8'));
    const sep = Buffer.from(layout.sep, 'utf8');
    articles.forEach((a, i) => {
      if (i > 0 && sep.length > 0) add(sep);
      const k = old && oldPlaces ? prevIndex.get(ids[i]!) : undefined;
      const start = k === undefined ? undefined : oldPlaces?.[2 * k];
      const length = k === undefined ? undefined : oldPlaces?.[2 * k + 1];
      places.push(offset);
      if (old && start !== undefined && length !== undefined && start + length <= old.length) add(old.subarray(start, start + length));
      else add(Buffer.from(layout.row(a), 'utf8'));
      places.push(offset - places.at(-1)!);
    });
    add(Buffer.from(layout.tail(articles.length), 'utf8'));
    at[path] = places;
    await writeFile(join(out, path), Buffer.concat(pieces, offset));
  }
  return { fileCount: EXPORT_FILES.length, rows: { ids, at } };
}
