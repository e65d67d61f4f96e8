/**
 * Walks the seeds folder. Reads .txt and .md files; notes every other file
 * (ignored) and every file that cannot be read (error) without throwing.
 * Symlinks are followed only when they stay inside the seeds folder; FIFOs,
 * sockets and devices are never opened (reading a FIFO would hang the build).
 */
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SeedInput, SeedOutcome } from './types.ts';

/** Files above this size are not read at all: no news article is 64 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const SEED_EXTENSIONS = ['.txt', '.md'] as const;

export interface ScanOptions {
  /** Reads a file's bytes; replaceable in tests to simulate errors such as EACCES. */
  readFile?: (path: string) => Promise<Uint8Array>;
}

async function readRegularFile(path: string): Promise<Uint8Array> {
  // The caller has checked this is a regular file (never a FIFO, which would block).
  const handle = await open(path, 'r');
  try {
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ENOENT':
      return 'cannot be read: file disappeared or is a broken link';
    case 'EISDIR':
      return 'cannot be read: is a folder';
    case 'ELOOP':
      return 'cannot be read: symlink loop';
    default:
      return `cannot be read: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
}

const isInside = (root: string, path: string): boolean => path === root || path.startsWith(root + sep);
const toPosix = (p: string): string => p.split(sep).join('/');

export async function scanSeeds(
  dir: string,
  options: ScanOptions = {},
): Promise<{ inputs: SeedInput[]; outcomes: SeedOutcome[] }> {
  const readFile = options.readFile ?? readRegularFile;
  const inputs: SeedInput[] = [];
  const outcomes: SeedOutcome[] = [];
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOTDIR' ? `seeds folder ${dir} is not a folder` : `seeds folder ${dir} cannot be read (${code ?? String(err)})`);
  }
  const note = (sourceFile: string, status: 'ignored' | 'error', message: string): void => {
    outcomes.push({
      sourceFile,
      status,
      messages: [`${sourceFile}: ${message}`],
      problems: status === 'error' ? [message] : [],
    });
  };

  async function walk(abs: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (err) {
      note(toPosix(relative(dir, abs)) || '.', 'error', `folder ${reason(err)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(abs, entry.name);
      const rel = toPosix(relative(dir, full));
      if (entry.name.startsWith('.')) {
        note(rel, 'ignored', entry.isDirectory() ? 'hidden folder; not read' : 'hidden file; not read');
        continue;
      }
      let info;
      try {
        info = await lstat(full);
      } catch (err) {
        note(rel, 'error', reason(err));
        continue;
      }
      if (info.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(full);
        } catch (err) {
          note(rel, 'error', `symlink ${reason(err)}`);
          continue;
        }
        if (!isInside(root, target)) {
          note(rel, 'error', 'symlink points outside the seeds folder; refused');
          continue;
        }
        try {
          info = await stat(full);
        } catch (err) {
          note(rel, 'error', reason(err));
          continue;
        }
        // A linked folder would show the same seeds twice under two paths.
        if (info.isDirectory()) {
          note(rel, 'ignored', 'symlinked folder; not followed');
          continue;
        }
      }
      if (info.isDirectory()) {
        await walk(full);
        continue;
      }
      const lower = entry.name.toLowerCase();
      if (!SEED_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
        note(rel, 'ignored', 'not a .txt or .md file; ignored');
        continue;
      }
      if (!info.isFile()) {
        note(rel, 'error', 'cannot be read: not a regular file (FIFO, socket or device)');
        continue;
      }
      if (info.size > MAX_FILE_BYTES) {
        note(rel, 'error', `file is ${(info.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit; not read`);
        continue;
      }
      try {
        inputs.push({ sourceFile: rel, bytes: await readFile(full) });
      } catch (err) {
        note(rel, 'error', reason(err));
      }
    }
  }
  await walk(dir);
  return { inputs, outcomes };
}
