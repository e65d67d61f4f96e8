/**
 * The pure plan of a build: given the site model, the previous build's record
 * and which of its files are still exactly as written, decide what to render
 * and what to carry over. No I/O here; the engine observes the output folder
 * first and passes what it saw.
 */
import type { ArchiveModel, ArchiveParts, PageUnit } from '../archive/index.ts';
import type { ExportRows } from '../site/exportFiles.ts';
import type { FileStamp } from './carry.ts';
import { isPerPageKind, pageKey, PER_PAGE_KINDS, type PerPageKind, type RenderModel, type SharedDigests } from './render.ts';
import { URLS } from '../urls.ts';

/** A set of output files written together (the search index, the exports), and the key they were written for. */
export interface FilesRecord {
  key: string;
  files: Record<string, FileStamp>;
  /** Contents digest per file (the search index), so a file that comes out the same is kept, not written. */
  digests?: Record<string, string>;
  /** Where each article's row is in the files (the exports), so a rebuild copies unchanged rows. */
  rows?: ExportRows;
}

/** What the previous build wrote, saved beside the ingest cache (state.ts). */
export interface OutputState {
  format: number;
  outDir: string;
  /** Render code + site-wide data: when it changes, every page is rendered. */
  renderKey: string;
  /** Per-page output path → [page key, size, mtimeMs]. */
  pages: Record<string, [string, number, number]>;
  /** The seed copies (beside the article pages), file by file: path → [copy key, size, mtimeMs]. */
  sources: Record<string, [string, number, number]>;
  search: FilesRecord | null;
  exports: FilesRecord | null;
  /**
   * Everything the output depends on (code, base URL, every article): an unchanged key means
   * nothing to do. Null in a record of an earlier format that published the index later.
   */
  inputKey: string | null;
  /** Stamps of the output files not recorded above (feeds, sitemap, assets, fixed pages). */
  other: Record<string, FileStamp>;
  /**
   * Per listing group (PageUnit id): the key of its inputs and its pages' paths. A group with the same
   * key is carried without making its pages. Missing in a record of an earlier format: every group is made.
   */
  units?: Record<string, [string, string[]]>;
}

export interface PagePlan {
  /** The model handed to Eleventy: per-page lists hold only the pages to render. */
  renderModel: RenderModel;
  rendered: { path: string; key: string }[];
  carry: { path: string; key: string; stamp: FileStamp }[];
  /** Singleton pages, feeds and sitemap: rendered every time. */
  alwaysRendered: string[];
  /** Every listing group's key and paths, for the next build (OutputState.units). */
  units: Record<string, [string, string[]]>;
  /** Listing groups whose pages were made (the rest were carried without making them). */
  unitsMade: number;
}

/**
 * A previous page is carried when the render code and its key are unchanged and its file is untouched.
 * Article pages are keyed by what they are made from (`articleKey`), without making them: only those
 * rendered are made, later, a run at a time (renderInChunks). A listing group (ArchiveParts.units) whose
 * inputs have the key the previous build recorded, with every page it wrote untouched, is carried
 * whole without making its pages; the others are made and their pages keyed one by one.
 */
export function planPages(
  parts: ArchiveParts,
  renderKey: string,
  articleKey: (i: number) => string,
  unitKey: (unit: PageUnit) => string,
  prev: OutputState | null,
  intact: ReadonlySet<string>,
): PagePlan {
  const { model } = parts;
  const sameCode = prev !== null && prev.renderKey === renderKey;
  const rendered: PagePlan['rendered'] = [];
  const carry: PagePlan['carry'] = [];
  const pages = { ...model.pages } as Record<string, unknown[]>;
  const carryPage = (path: string): boolean => {
    const old = sameCode ? prev.pages[path] : undefined;
    if (!old || !intact.has(path)) return false;
    carry.push({ path, key: old[0], stamp: { size: old[1], mtimeMs: old[2] } });
    return true;
  };
  const wanted = (path: string, key: string): boolean => {
    if (sameCode && prev.pages[path]?.[0] === key && carryPage(path)) return false;
    rendered.push({ path, key });
    return true;
  };
  const articles: number[] = [];
  parts.articlePages.paths.forEach((path, i) => {
    if (wanted(path, articleKey(i))) articles.push(i);
  });
  const shared: SharedDigests = new WeakMap();
  const units: PagePlan['units'] = {};
  const unitPaths = new Map<PageUnit, readonly string[]>();
  let unitsMade = 0;
  for (const kind of PER_PAGE_KINDS) {
    if (kind === 'articles') continue;
    const groups = parts.units[kind];
    if (!groups) {
      pages[kind] = (model.pages[kind] as { path: string }[]).filter((page) => wanted(page.path, pageKey(model, kind, page, shared)));
      continue;
    }
    const made: { path: string }[] = [];
    for (const unit of groups) {
      const key = unitKey(unit);
      const old = sameCode ? prev.units?.[unit.id] : undefined;
      if (old && old[0] === key && old[1].every((path) => intact.has(path) && prev?.pages[path] !== undefined)) {
        for (const path of old[1]) carryPage(path);
        units[unit.id] = old;
        unitPaths.set(unit, old[1]);
        continue;
      }
      unitsMade++;
      const list = unit.make();
      for (const page of list) if (wanted(page.path, pageKey(model, kind, page, shared))) made.push(page);
      const paths = list.map((p) => p.path);
      units[unit.id] = [key, paths];
      unitPaths.set(unit, paths);
    }
    pages[kind] = made;
  }
  const alwaysRendered: string[] = [];
  for (const [kind, list] of Object.entries(model.pages)) {
    if (!isPerPageKind(kind)) for (const p of list as { path: string }[]) alwaysRendered.push(p.path);
  }
  alwaysRendered.push(URLS.atom, URLS.jsonFeed, URLS.sitemap);
  const whole: ArchiveModel = { ...model, sitemap: parts.sitemap((unit) => unitPaths.get(unit) ?? []) };
  // The complete model rides along as `whole`: filters that count the archive must see all of it.
  const renderModel: RenderModel = {
    ...whole,
    pages: pages as unknown as RenderModel['pages'],
    whole,
    articlesToMake: { source: parts.articlePages, indices: articles },
  };
  return { renderModel, rendered, carry, alwaysRendered, units, unitsMade };
}

/** Files with a key each (the seed copies): carried when the key is the same and the file untouched. */
export function planKeyed<T extends { path: string; key: string }>(
  wanted: readonly T[],
  prev: Record<string, [string, number, number]> | undefined,
  intact: ReadonlySet<string>,
): { write: T[]; carry: (T & { stamp: FileStamp })[] } {
  const write: T[] = [];
  const carry: (T & { stamp: FileStamp })[] = [];
  for (const w of wanted) {
    const old = prev?.[w.path];
    if (old && old[0] === w.key && intact.has(w.path)) carry.push({ ...w, stamp: { size: old[1], mtimeMs: old[2] } });
    else write.push(w);
  }
  return { write, carry };
}

export interface CarryPlan {
  key: string;
  /** The previous files to carry over, or null to write them again. */
  carry: FilesRecord | null;
}

const whole = (rec: FilesRecord | null | undefined, intact: ReadonlySet<string>): rec is FilesRecord =>
  !!rec && Object.keys(rec.files).every((f) => intact.has(f));

/** The search index or the exports: carried when written for the same key and untouched. */
export function planFiles(key: string, prev: FilesRecord | null | undefined, intact: ReadonlySet<string>): CarryPlan {
  return { key, carry: whole(prev, intact) && prev.key === key ? prev : null };
}

const recorded = new WeakMap<OutputState, Map<string, FileStamp>>();

/** Every file the previous build recorded, with its stamp (made once per record: a dev session makes it ahead). */
export function recordedFiles(prev: OutputState): Map<string, FileStamp> {
  const known = recorded.get(prev);
  if (known) return known;
  const stamps = new Map<string, FileStamp>();
  recorded.set(prev, stamps);
  for (const per of [prev.pages, prev.sources]) for (const [f, [, size, mtimeMs]] of Object.entries(per)) stamps.set(f, { size, mtimeMs });
  for (const rec of [prev.search, prev.exports]) for (const [f, st] of Object.entries(rec?.files ?? {})) stamps.set(f, st);
  for (const [f, st] of Object.entries(prev.other)) stamps.set(f, st);
  return stamps;
}
