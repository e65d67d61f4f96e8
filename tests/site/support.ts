/**
 * Shared helpers for the site tests: build the project's seeds once into a
 * temporary folder (the real pipeline, src/build.ts), list files, find links.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { build } from '../../src/build.ts';
import { buildArchive, type ArchiveModel } from '../../src/archive/index.ts';
import type { Article } from '../../src/ingest/types.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS = join(ROOT, 'seeds');

export interface BuiltSite {
  /** The output folder. */
  out: string;
  articles: Article[];
  /** The same model the build rendered (buildArchive is pure). */
  model: ArchiveModel;
  /** Every file in the output, root-relative with `/`. */
  files: string[];
  html: string[];
}

export async function buildSeedsSite(opts: { baseUrl?: string; seedsDir?: string } = {}): Promise<BuiltSite> {
  const parent = mkdtempSync(join(tmpdir(), 'arsip-site-'));
  const out = join(parent, 'dist');
  const result = await build({ seedsDir: opts.seedsDir ?? SEEDS, outDir: out, baseUrl: opts.baseUrl, projectRoot: ROOT });
  const model = buildArchive(result.articles, { baseUrl: opts.baseUrl ?? null });
  const files = listFiles(out);
  return { out, articles: result.articles, model, files, html: files.filter((f) => f.endsWith('.html')) };
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** Every href/src/action attribute value in an HTML string (our templates always double-quote). */
export function linksIn(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
    out.push(m[1]!.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e]!));
  }
  return out;
}

/** True for links that leave the site or stay on the page. */
export function isExternalOrFragment(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('#') || link.startsWith('//');
}
