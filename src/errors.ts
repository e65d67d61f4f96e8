/**
 * What went wrong, in one line a user can act on. A build can fail deep inside
 * Eleventy, a worker thread or the file system; the error that reaches the CLI
 * is then a wrapper (TemplateWriterWriteError, EleventyTemplateError,
 * TemplatePassthroughManagerCopyError …) around the system error that says what
 * really happened (ENOSPC, EROFS, EACCES …). This module walks that chain
 * (`cause`, Eleventy's `originalError`, AggregateError's `errors`) and turns the
 * root cause into a sentence: what happened, where, and what to do.
 */
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Where the build reads and writes, to say "while writing dist/…" instead of a staging path. */
export interface FailureContext {
  /** The output folder as the user named it (`dist`, `/srv/arsip`). */
  outDir: string;
  seedsDir?: string;
  cacheDir?: string | null;
  /** Whether a previous site exists in outDir (then it is kept, and the message says so). */
  previousSite?: boolean;
  /** How far the new site was put in place before the failure (src/output.ts hasPublished); default 'none'. */
  published?: 'none' | 'part' | 'whole';
  /** Shown paths are relative to this folder when inside it (default: the working folder). */
  cwd?: string;
}

/** An error whose message is already the one line for the user (a refusal, a lock held by someone else). */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

type Errno = Error & { code: string; path?: string; dest?: string; syscall?: string };

const isErrno = (e: unknown): e is Errno => {
  const code = e instanceof Error ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
};

/** The error and everything it wraps, outermost first (each once). */
export function errorChain(err: unknown): unknown[] {
  const out: unknown[] = [];
  const queue: unknown[] = [err];
  while (queue.length > 0 && out.length < 50) {
    const e = queue.shift();
    if (e === undefined || e === null || out.includes(e)) continue;
    out.push(e);
    if (typeof e !== 'object') continue;
    const o = e as { cause?: unknown; originalError?: unknown; errors?: unknown };
    queue.push(o.originalError, o.cause);
    if (Array.isArray(o.errors)) queue.push(...o.errors);
  }
  return out;
}

/** The innermost system error (it has a `code` like ENOSPC) in the chain, if any. */
export function systemCause(err: unknown): Errno | null {
  const errnos = errorChain(err).filter(isErrno);
  return errnos.at(-1) ?? null;
}

/** The first absolute file path that a wrapper's message names (Eleventy: `Having trouble writing to "…"`). */
function pathInMessages(chain: unknown[]): string | null {
  for (const e of chain) {
    if (!(e instanceof Error)) continue;
    const m = /["'](\/[^"']+)["']/.exec(e.message);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** What a build keeps beside the output: `.dist.staging-PID-TIME[-search]`, `.dist.old-PID-TIME`, `.dist.lock`. */
const TEMP_FOLDER = /^\.(.+)\.(?:(?:staging|old)-\d+-\d+(?:-[a-z]+)?|lock(?:\.takeover)?)$/;

/** A path as the user knows it: inside a staging folder → the same path inside the output folder. */
export function userPath(path: string, ctx: FailureContext): string {
  const abs = resolve(path);
  const out = resolve(ctx.outDir);
  const parent = dirname(out);
  let shown = abs;
  if (abs.startsWith(parent + sep)) {
    const [first, ...rest] = abs.slice(parent.length + 1).split(sep);
    const m = first ? TEMP_FOLDER.exec(first) : null;
    if (m && m[1] === basename(out)) shown = rest.length > 0 ? resolve(out, ...rest) : out;
  }
  const cwd = ctx.cwd ?? process.cwd();
  const rel = relative(cwd, shown);
  const nice = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? shown : rel;
  return shown === out ? `${nice}/` : nice;
}

const isInside = (path: string, dir: string | null | undefined): boolean => {
  if (!dir) return false;
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * One line for a failed build: what happened, where, and what to do. Never a
 * stack trace (the CLI prints one only with --verbose).
 */
export function describeFailure(err: unknown, ctx: FailureContext): string {
  const chain = errorChain(err);
  const outer = chain[0];
  // Refusals and a held lock are decided before anything is written: their message is the whole story.
  if (outer instanceof UserFacingError || (outer instanceof Error && outer.constructor.name === 'BuildRefused')) return firstLine(outer.message);
  const sys = systemCause(err);
  const kept =
    ctx.published === 'part'
      ? `${userPath(ctx.outDir, ctx)} holds part of the new site; the next build completes it`
      : ctx.published === 'whole'
        ? `the new site is already in ${userPath(ctx.outDir, ctx)}; the next build saves the cache`
        : ctx.previousSite === false
          ? 'nothing was replaced'
          : `the previous site in ${userPath(ctx.outDir, ctx)} is kept`;
  if (sys) {
    const path = sys.path ?? sys.dest ?? pathInMessages(chain);
    const where = path ? userPath(path, ctx) : userPath(ctx.outDir, ctx);
    const inSeeds = path !== null && path !== undefined && isInside(path, ctx.seedsDir);
    const inCache = path !== null && path !== undefined && isInside(path, ctx.cacheDir);
    const doing = inSeeds ? 'reading' : 'writing';
    if (path && ctx.seedsDir && resolve(path) === resolve(ctx.seedsDir) && outer instanceof Error)
      return `${firstLine(outer.message)}; ${kept}. Check the folder given with --seeds (default: seeds).`;
    switch (sys.code) {
      case 'ENOSPC':
        return `no space left on the device while ${doing} ${where}; ${kept}. Free some space and build again.`;
      case 'EDQUOT':
        return `disk quota exceeded while ${doing} ${where}; ${kept}. Free some space and build again.`;
      case 'EROFS':
        return `${inSeeds || inCache ? where : userPath(ctx.outDir, ctx)} is on a read-only file system; ${kept}. Build into a writable folder with --out DIR.`;
      case 'EACCES':
      case 'EPERM':
        return inSeeds
          ? `permission denied reading ${where}; ${kept}. Make the seeds readable and build again.`
          : `permission denied writing ${where}; ${kept}. Check who owns the folder, or build elsewhere with --out DIR${inCache ? ' (or --no-cache)' : ''}.`;
      case 'EMFILE':
      case 'ENFILE':
        return `too many open files while ${doing} ${where} (${sys.code}); ${kept}. Raise the limit (ulimit -n 4096) and build again.`;
      case 'ENOMEM':
        return `out of memory while building; ${kept}. Close other programs or build a smaller seeds folder.`;
      case 'EIO':
        return `input/output error on the device while ${doing} ${where}; ${kept}. Check the disk, then build again.`;
      case 'ENOENT':
        return inSeeds
          ? `${where} disappeared while the build read it; ${kept}. Build again.`
          : `${where} disappeared while the build was writing (was it deleted by another program?); ${kept}. Build again.`;
      default:
        return `${firstLine(sys.message)} (while ${doing} ${where}); ${kept}.`;
    }
  }
  if (chain.some((e) => e instanceof Error && /out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${e.message} ${(e as { code?: string }).code ?? ''}`)))
    return `out of memory while building; ${kept}. Close other programs or build a smaller seeds folder.`;
  // No system error: the innermost message is the most specific (Eleventy's wrappers only say "Having trouble…").
  const messages = chain.filter((e): e is Error => e instanceof Error).map((e) => firstLine(e.message)).filter((m) => m.length > 0);
  const message = messages.at(-1) ?? String(err);
  return `${message.replace(/[.;]$/, '')}; ${kept}.`;
}

/** Every stack in the chain, for --verbose. */
export function describeStacks(err: unknown): string {
  return errorChain(err)
    .map((e, i) => `${i === 0 ? '' : 'caused by: '}${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
    .join('\n');
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').trim();
}
