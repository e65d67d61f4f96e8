/** Helpers for the tests that build a project: a temporary project, whole-folder snapshots, searching a built index. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { SEARCH_DIR } from '../../src/urls.ts';
import { fileLoader } from '../../src/search/node-loader.ts';

export const PROJECT = join(import.meta.dirname, '..', '..');

/** A temp folder with seeds/: the five sample seeds plus `extra` generated ones. */
export async function makeProject(extra: number, seed = 7): Promise<{ root: string; seeds: string }> {
  const root = mkdtempSync(join(tmpdir(), 'arsip-rebuild-'));
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  cpSync(join(PROJECT, 'seeds'), seeds, { recursive: true });
  if (extra > 0) await generateCorpus({ n: extra, seed, dir: join(seeds, 'korpus') });
  return { root, seeds };
}

/** Every file under `dir` → its bytes (as a latin1 string, so comparisons are byte-exact). */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    out.set(full.slice(dir.length + 1), readFileSync(full).toString('latin1'));
  }
  return out;
}

/** Lists the differences between two snapshots (empty when byte-identical). */
export function diffSnapshots(a: Map<string, string>, b: Map<string, string>): string[] {
  const diffs: string[] = [];
  for (const [k, v] of a) {
    if (!b.has(k)) diffs.push(`only in first: ${k}`);
    else if (b.get(k) !== v) diffs.push(`differs: ${k}`);
  }
  for (const k of b.keys()) if (!a.has(k)) diffs.push(`only in second: ${k}`);
  return diffs.sort();
}

/** Paths of the files whose text contains `needle`. */
export function filesContaining(snap: Map<string, string>, needle: string): string[] {
  const bytes = Buffer.from(needle, 'utf8').toString('latin1');
  return [...snap].filter(([, v]) => v.includes(bytes)).map(([k]) => k).sort();
}

/** Searches the built site's index the way the browser does; returns the hit urls. */
export async function searchUrls(outDir: string, query: string): Promise<string[]> {
  const engine = await SearchEngine.open(fileLoader(join(outDir, SEARCH_DIR)));
  const outcome = await engine.search(query);
  const docs = await engine.docs(outcome.hits.map((h) => h.doc));
  return docs.map((d) => d?.url ?? '');
}

export interface ExportedArticle {
  id: string;
  url: string;
  sourceFile: string;
  title: string;
  outlet: string | null;
  topics: string[];
  published: string | null;
}

export function exportedArticles(outDir: string): ExportedArticle[] {
  const json = JSON.parse(readFileSync(join(outDir, 'data', 'articles.json'), 'utf8')) as unknown;
  const list = Array.isArray(json) ? json : (json as { articles: unknown[] }).articles;
  return list as ExportedArticle[];
}
