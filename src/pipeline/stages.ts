/**
 * The build pipeline as a table: each stage, what it reads, and the code it
 * runs. A stage's code key covers every project file its entry modules import
 * (their module graph, see moduleGraph.ts), the non-code files it reads
 * (templates), the orchestration every stage runs inside, and
 * package-lock.json for the packages, so no code change can leave a cached
 * result in place.
 *
 *   ingest  → archive → render  → publish
 *                     ↘ search  ↗
 *                     ↘ exports ↗
 */
import { createHash } from 'node:crypto';
import { CACHE_FILES, CACHE_FORMAT, readCacheJson, writeCacheFile } from '../cacheFiles.ts';
import { hashFiles, moduleGraph, moduleGraphs, unchanged, type FileHashes } from './moduleGraph.ts';
import { filesUnder } from './quick.ts';

export type StageName = 'ingest' | 'archive' | 'render' | 'search' | 'exports' | 'publish';

export interface Stage {
  name: StageName;
  /** What the stage reads besides its code (documentation; the engine passes it). */
  reads: string;
  /** What it produces. */
  writes: string;
  /** Entry modules (project-relative): the stage's code is everything they import. */
  code: readonly string[];
  /** Non-code files or folders the code reads at run time. */
  files?: readonly string[];
}

export const STAGES: readonly Stage[] = [
  { name: 'ingest', reads: 'seed files (cached by path + sha256)', writes: 'Article records + outcomes', code: ['src/pipeline/ingest.ts'] },
  { name: 'archive', reads: 'articles, --base-url', writes: 'site model (every page\'s view model)', code: ['src/archive/index.ts', 'src/pipeline/related.ts'] },
  {
    name: 'render',
    reads: 'site model (a page is re-rendered when its view model changes)',
    writes: 'pages, feeds, sitemap, assets',
    code: ['src/pipeline/render.ts', '.eleventy.ts'],
    files: ['templates'],
  },
  {
    name: 'search',
    reads: 'articles',
    writes: 'search/ (index pieces + client script)',
    // The browser client is bundled by path (src/search/bundle.ts), not imported.
    code: ['src/pipeline/search.ts', 'src/search/client/main.ts', 'src/search/client/article.ts'],
  },
  {
    name: 'exports',
    reads: 'articles; the seed files (copied as they were read)',
    writes: 'data/articles.json, data/articles.csv, data/articles-titik-koma.csv, the seed copies beside the article pages (unless --no-sources)',
    code: ['src/site/exportFiles.ts', 'src/site/sources.ts'],
  },
  { name: 'publish', reads: 'the staging folder', writes: 'the output folder (atomic swap)', code: ['src/output.ts', 'src/pipeline/carry.ts'] },
];

/**
 * In every key: the code that plans and orders the stages (a change there may change what any
 * stage is given), the TypeScript settings and the installed packages.
 */
export const SHARED_FILES = [
  'src/pipeline/engine.ts',
  // The engine's step table and its steps (the orchestration engine.ts walks).
  'src/pipeline/steps.ts',
  'src/pipeline/readSteps.ts',
  'src/pipeline/planSteps.ts',
  'src/pipeline/writeSteps.ts',
  'src/pipeline/searchSteps.ts',
  'src/pipeline/publishSteps.ts',
  'src/pipeline/buildRecord.ts',
  'src/pipeline/run.ts',
  'src/pipeline/session.ts',
  'src/pipeline/identity.ts',
  'src/pipeline/firstPages.ts',
  'src/pipeline/letGo.ts',
  'src/pipeline/seedReader.ts',
  'src/pipeline/engineTypes.ts',
  'src/pipeline/plan.ts',
  'src/pipeline/policy.ts',
  'src/pipeline/stages.ts',
  'src/pipeline/state.ts',
  'src/pipeline/outputWalk.ts',
  'tsconfig.json',
  'package-lock.json',
] as const;

/**
 * Not a stage: the command-line entry and everything it can load (the quick no-change check
 * in quick.ts included). Its files join the build record, so editing any of them means a real build.
 */
export const ENTRY_CODE = ['src/cli.ts'] as const;


export type CodeKeys = Record<StageName, string>;

/** What the last computation saw: each stage's graph with file hashes (to skip esbuild when nothing changed). */
interface GraphRecord {
  format: number;
  graphs: Record<string, FileHashes>;
}


/**
 * The code key of every stage, for the project at `root`. With a cache folder, the module
 * graphs are remembered between processes (CACHE_FILES.graphs).
 */
export async function codeKeys(root: string, cacheDir?: string | null, allFiles?: FileHashes): Promise<CodeKeys> {
  const saved = cacheDir ? readCacheJson<GraphRecord>(cacheDir, CACHE_FILES.graphs) : null;
  const memo = saved?.kind === 'ok' ? saved.value : null;
  const graphs: Record<string, FileHashes> = {};
  let stale = false;
  const groups: Record<string, readonly string[]> = { ...Object.fromEntries(STAGES.map((s) => [s.name, s.code])), entry: ENTRY_CODE };
  for (const name of Object.keys(groups)) {
    const known = memo?.graphs[name];
    if (known && unchanged(root, known)) graphs[name] = known;
    else stale = true;
  }
  if (stale) {
    // One esbuild run for the graphs that changed; each graph is that group's own.
    const todo = Object.keys(groups).filter((name) => !graphs[name]);
    const found = await moduleGraphs(root, Object.fromEntries(todo.map((name) => [name, groups[name] ?? []])));
    for (const name of todo) graphs[name] = hashFiles(root, found[name] ?? []);
    if (cacheDir) writeCacheFile(cacheDir, CACHE_FILES.graphs, JSON.stringify({ format: CACHE_FORMAT, graphs } satisfies GraphRecord));
  }
  const shared = hashFiles(root, SHARED_FILES);
  const keys = {} as CodeKeys;
  for (const stage of STAGES) {
    const h = createHash('sha256').update(`format ${CACHE_FORMAT}\n`);
    const files = { ...shared, ...graphs[stage.name], ...hashFiles(root, (stage.files ?? []).flatMap((f) => filesUnder(root, f))) };
    for (const rel of Object.keys(files).sort()) h.update(`${rel}\0${files[rel]}\n`);
    keys[stage.name] = h.digest('hex');
    if (allFiles) Object.assign(allFiles, files);
  }
  if (allFiles) Object.assign(allFiles, graphs.entry);
  return keys;
}

/** Every project file in a stage's key (for tests and --verbose). */
export async function stageFiles(root: string, name: StageName): Promise<string[]> {
  const stage = STAGES.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  const graph = await moduleGraph(root, stage.code);
  return [...new Set([...SHARED_FILES, ...graph, ...(stage.files ?? []).flatMap((f) => filesUnder(root, f))])].sort();
}
