/** Listing a folder tree: every file (root-relative, with `/`) and every folder, in one walk. */
import { type Dirent, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `root`, as root-relative paths with `/`. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split('\\').join('/'));
}

/**
 * listFiles without the thread pool: after a swap the replaced output is being deleted in the
 * background, and its thousands of queued unlinks would make an async listing wait seconds.
 */
export function listFilesSync(root: string): string[] {
  return listTreeSync(root).files;
}

/** Every file (root-relative, with `/`) and every folder (absolute, `root` first) under `root`, in one walk. */
export function listTreeSync(root: string): { files: string[]; folders: string[]; others: number } {
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return { files: [], folders: [], others: 0 };
  }
  const files: string[] = [];
  const folders = [root];
  let others = 0;
  for (const e of entries) {
    if (e.isFile()) files.push(join(e.parentPath, e.name).slice(root.length + 1).split('\\').join('/'));
    else if (e.isDirectory()) folders.push(join(e.parentPath, e.name));
    else others++;
  }
  return { files, folders, others };
}
