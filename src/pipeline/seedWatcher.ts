/**
 * Watches the seeds folder for `npm run dev` with one `fs.watch` per folder
 * (inotify on Linux). chokidar stats every file before it is ready — 2.5 s for
 * 10,000 seeds, longer than everything else a dev start with nothing changed
 * does — and the recursive `fs.watch` of Node 20 walks and stats them too; a
 * seed folder is mostly one flat folder, and listing its subfolders costs one
 * readdir each. The events only say "something here changed": the engine
 * rescans the seeds anyway, so a reason is for the log.
 */
import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, join, relative } from 'node:path';

export interface SeedWatcher {
  close(): void;
}

/** A file event as the dev log shows it: "add x.txt", "change x.txt", "unlink x.txt", "addDir sub". */
export type SeedEvent = (reason: string) => void;

/** Editors' swap and backup files are not seeds (the scan ignores them too). */
const ignored = (name: string): boolean => name.startsWith('.') || name.endsWith('~');

export function watchSeeds(root: string, onEvent: SeedEvent, onError: (err: Error) => void): SeedWatcher {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string): void => {
    if (watchers.has(dir)) return;
    let w: FSWatcher;
    try {
      w = watch(dir, { persistent: true });
    } catch (err) {
      onError(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    watchers.set(dir, w);
    w.on('error', (err) => {
      drop(dir);
      // A watched subfolder that was deleted ends its watcher: not worth a message.
      if (existsSync(dir)) onError(err);
    });
    w.on('change', (kind, name) => {
      const file = typeof name === 'string' ? name : name ? String(name) : '';
      if (file === '' || ignored(basename(file))) {
        if (file === '') onEvent(`change ${relative(root, dir) || '.'}`);
        return;
      }
      const path = join(dir, file);
      const rel = relative(root, path);
      if (kind === 'change') return onEvent(`change ${rel}`);
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st) {
        drop(path);
        return onEvent(`unlink ${rel}`);
      }
      if (st.isDirectory()) {
        walk(path);
        return onEvent(`addDir ${rel}`);
      }
      onEvent(`add ${rel}`);
    });
  };
  const drop = (dir: string): void => {
    for (const [d, w] of watchers) {
      if (d === dir || d.startsWith(`${dir}/`)) {
        w.close();
        watchers.delete(d);
      }
    }
  };
  // Folders only: readdir with file types, no stat per seed. Hidden folders are skipped, as the scan skips them.
  const walk = (dir: string): void => {
    add(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory() && !ignored(e.name)) walk(join(dir, e.name));
  };
  walk(root);
  return {
    close() {
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
