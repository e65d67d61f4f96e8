/**
 * `npm run dev`: builds the site, serves the output folder with Eleventy's dev
 * server (live reload), watches seeds/ and templates/ and rebuilds
 * incrementally on every change: an added, edited, renamed or deleted seed
 * shows up (or disappears) everywhere, a seed with errors is reported here and
 * the rest of the site stays up.
 *
 *   npm run dev -- [--seeds DIR] [--out DIR] [--port N] [--host ADDR] [--base-url URL] [--no-cache]
 */
import { EventEmitter } from 'node:events';
import { readFileSync, realpathSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { DEFAULT_HOST } from './cliOptions.ts';
import { readCommandOptions } from './commandOptions.ts';
import { siteKeyOf, type SiteSettings } from './archive/siteSettings.ts';
import type { Lang } from './ingest/notices.ts';
import chokidar, { type FSWatcher } from 'chokidar';
import EleventyDevServer from '@11ty/eleventy-dev-server';
// The engine (Eleventy, the archive, the parsers) is imported when first needed: a session whose
// site is already up to date serves it at once and loads the engine in the background.
import type { EngineResult, IncrementalBuilder, PagesPublished } from './pipeline/engine.ts';
import type { SeedOutcome } from './ingest/types.ts';
import { describeFailure } from './errors.ts';
import { refuseOutDir } from './output.ts';
import { defaultCacheDir, ELEVENTY_CONFIG, PROJECT_ROOT, TEMPLATES_DIR } from './pipeline/paths.ts';
import { checkUnchanged, type GivenWalk } from './pipeline/quick.ts';
import { type SeedWatcher, watchSeeds } from './pipeline/seedWatcher.ts';
import { cacheUnwritableNotice } from './publish/cacheFaults.ts';
import { lockOutput, type OutputLock } from './publish/lock.ts';
import { formatReport } from './report.ts';
import { URLS } from './urls.ts';

export interface DevOptions {
  seedsDir: string;
  outDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Address to listen on: loopback by default; `0.0.0.0` shares the site on the LAN. */
  host?: string;
  baseUrl?: string | null;
  /** Publish the seed copies (default true). */
  sources?: boolean;
  /** The archive's name, description, about paragraph and contact (arsip.config.json). */
  site?: SiteSettings;
  projectRoot?: string;
  /** Serve over HTTP (default true); the benchmark can measure rebuilds alone. */
  serve?: boolean;
  /** Use the on-disk cache beside the output folder (default true). */
  cache?: boolean;
  /** Where messages go (default: stdout). */
  log?: (line: string) => void;
  /** The language of the seeds' lines (default en). */
  lang?: Lang;
  /** Quiet period after a file event before rebuilding, so a burst of saves is one rebuild. */
  debounceMs?: number;
}

/** Loopback: the site is private to this machine unless `--host` says otherwise. */
export { DEFAULT_HOST } from './cliOptions.ts';

/** The host to print in the session's address: loopback as `localhost`, any-address as this machine's name for it. */
function urlHost(host: string): string {
  if (host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Middleware: a request whose path does not resolve inside the output folder
 * (by real path: `..`, encoded slashes and backslashes, a symlink out, a sibling
 * folder whose name starts with the output's) is answered 404, a path that
 * cannot be decoded 400, without a log line. Everything else goes on to the server.
 */
export function insideOutput(outDir: string): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const root = resolve(outDir);
  const refuse = (res: ServerResponse, status: 400 | 404): void => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(status === 400 ? 'Permintaan tidak sah\n' : 'Tidak ditemukan\n');
  };
  const inside = (base: string, path: string): boolean => {
    const rel = relative(base, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  return (req, res, next) => {
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]!);
    } catch {
      refuse(res, 400);
      return;
    }
    if (path.includes('\0') || !path.startsWith('/')) {
      refuse(res, 400);
      return;
    }
    const target = resolve(root, `.${path.replace(/\\/g, '/')}`);
    if (!inside(root, target)) {
      refuse(res, 404);
      return;
    }
    let real: string | null = null;
    try {
      real = realpathSync(target);
    } catch {
      // Not there (yet): the server answers 404 or one of its own files; nothing outside can be read.
    }
    if (real !== null) {
      let realRoot = root;
      try {
        realRoot = realpathSync(root);
      } catch {
        // The output folder itself is being swapped: compare with its path.
      }
      if (!inside(realRoot, real)) {
        refuse(res, 404);
        return;
      }
    }
    next();
  };
}

/**
 * Middleware: a missing page gets the site's 404.html with status 404, as a host answers it, sent
 * here as bytes. The server's own answer would print its live-reload script inside the page (it does
 * so on every answer but 200), which the page's Content-Security-Policy blocks with a console error.
 * `find` is the server's own mapping of addresses to files, so both agree on what is missing.
 */
export function notFoundPage(
  outDir: string,
  find: (url: string) => { statusCode: number },
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || find(req.url ?? '/').statusCode !== 404) {
      next();
      return;
    }
    let page: Buffer;
    try {
      page = readFileSync(join(outDir, URLS.notFound));
    } catch {
      next(); // no 404.html (yet): the server's own answer
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
    res.end(req.method === 'HEAD' ? undefined : page);
  };
}

export interface RebuildEvent {
  /** Build time, from start to the end of the publish (search index included). */
  ms: number;
  /** The file events that caused it ("add seeds/x.txt"), or "first build". */
  reasons: string[];
  result: EngineResult | null;
  error: Error | null;
}

/** A rebuild's pages are live (the 'pages' event): its search index and exports may still follow. */
export interface PagesEvent {
  /** From the start of the rebuild to its pages in place. */
  ms: number;
  reasons: string[];
  pages: PagesPublished;
}

const clock = (): string => new Date().toTimeString().slice(0, 8);
const nf = new Intl.NumberFormat('en-US');

/** Outcome lines that are new or changed since the previous build (what the user just did). */
function changedOutcomes(
  prev: Map<string, string>,
  outcomes: readonly SeedOutcome[],
  lang: Lang,
): { lines: { line: string; error: boolean }[]; next: Map<string, string> } {
  const next = new Map<string, string>();
  const lines: { line: string; error: boolean }[] = [];
  for (const o of outcomes) {
    const key = `${o.status}\n${o.messages.join('\n')}`;
    next.set(o.sourceFile, key);
    if (prev.get(o.sourceFile) !== key && o.status !== 'ok') lines.push({ line: formatReport([o], 0, 'all', lang).split('\n')[0] ?? '', error: o.status === 'error' });
  }
  for (const file of prev.keys()) if (!next.has(file)) lines.push({ line: `removed ${file}`, error: false });
  return { lines, next };
}

export class DevSession extends EventEmitter {
  url: string | null = null;
  private builderLoad: Promise<IncrementalBuilder> | null = null;
  private readonly seedsDir: string;
  private readonly outDir: string;
  /** The session started from the build record (nothing changed): the engine warms up in the background. */
  startedFromRecord = false;
  private server: EleventyDevServer | null = null;

  /** Where the server listens (null before it does, or without a server). */
  get address(): AddressInfo | null {
    const a = this.server?.server.address();
    return a && typeof a === 'object' ? a : null;
  }
  private watcher: FSWatcher | null = null;
  private seedWatcher: SeedWatcher | null = null;
  private givenWalk: GivenWalk | null = null;
  private pending: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private outcomes = new Map<string, string>();
  private closed = false;
  private readonly log: (line: string) => void;
  private lock: OutputLock | null = null;

  constructor(private readonly options: DevOptions) {
    super();
    this.log = options.log ?? ((line) => console.log(line));
    this.seedsDir = resolve(options.seedsDir);
    this.outDir = resolve(options.outDir);
  }

  private builder(): Promise<IncrementalBuilder> {
    this.builderLoad ??= import('./pipeline/engine.ts').then(
      ({ IncrementalBuilder }) =>
        new IncrementalBuilder({
          seedsDir: this.options.seedsDir,
          outDir: this.options.outDir,
          baseUrl: this.options.baseUrl ?? null,
          sources: this.options.sources !== false,
          ...(this.options.site ? { site: this.options.site } : {}),
          projectRoot: this.options.projectRoot ?? process.cwd(),
          cacheDir: this.cacheDir,
          progress: true,
          keepSeedsInMemory: true,
          // After the first build, a rebuild moves only the files it wrote into the live folder.
          publish: 'in-place',
          notify: (line) => this.log(line),
        }),
    );
    return this.builderLoad;
  }

  /** The cache folder cannot be written (lockOutput said so): this session builds without it. */
  private cacheUnwritable = false;

  private get cacheDir(): string | null {
    return this.options.cache === false || this.cacheUnwritable ? null : defaultCacheDir(this.options.outDir);
  }

  /** First build, then the server and the watcher. Throws when the output folder is refused or in use. */
  async start(): Promise<void> {
    // The session owns the output folder (and its cache) until close(): a `npm run build` meanwhile is refused.
    const refusal = refuseOutDir(this.outDir, this.seedsDir, this.options.projectRoot ?? process.cwd());
    if (refusal) throw new (await import('./pipeline/engine.ts')).BuildRefused(refusal);
    this.lock = await lockOutput({
      outDir: this.outDir,
      cacheDir: this.cacheDir,
      kind: 'dev',
      wait: true,
      notify: this.log,
      label: `${this.options.outDir.replace(/\/+$/, '')}/`,
    });
    if (this.lock.cacheUnwritable !== null) {
      this.log(cacheUnwritableNotice(defaultCacheDir(this.outDir), this.lock.cacheUnwritable));
      this.cacheUnwritable = true;
    }
    // Nothing changed since the last complete build (src/pipeline/quick.ts; our own lock aside): serve it as it is.
    const cacheDir = this.cacheDir;
    const quick = cacheDir
      ? await checkUnchanged({
          seedsDir: this.seedsDir,
          outDir: this.outDir,
          cacheDir,
          baseUrl: this.options.baseUrl ?? null,
          sources: this.options.sources !== false,
          site: siteKeyOf(this.options.site),
          codeRoot: PROJECT_ROOT,
          ownLocks: true,
        })
      : null;
    if (quick?.fresh) {
      this.startedFromRecord = true;
      this.outcomes = new Map(quick.record.outcomes.map((o) => [o.sourceFile, `${o.status}\n${o.messages.join('\n')}`]));
      this.log(formatReport(quick.record.outcomes, quick.record.articles, 'all', this.options.lang).split('\n').at(-1) ?? '');
      this.log(`[${clock()}] Nothing changed since the last build: serving ${nf.format(quick.record.fileCount)} files as they are.`);
    } else {
      // The output's walk the check began is the first build's (this session holds the locks).
      this.givenWalk = quick?.walk ?? null;
      const first = await this.rebuild(['first build']);
      if (first.error && first.error.constructor.name === 'BuildRefused') throw first.error;
    }
    if (this.options.serve !== false) {
      const host = this.options.host ?? DEFAULT_HOST;
      let mapped: EleventyDevServer | null = null;
      const server = EleventyDevServer.getServer('arsip-berita', this.outDir, {
        port: this.options.port ?? 8080,
        liveReload: true,
        domDiff: false,
        messageOnStart: () => false,
        logger: { info: () => {}, log: () => {}, error: (m) => this.log(`server: ${m}`) },
        // Before the server's own files: every request resolved inside the output folder by real path.
        middleware: [
          insideOutput(this.outDir),
          notFoundPage(this.outDir, (url) => mapped?.mapUrlToFilePath(url) ?? { statusCode: 200 }),
        ],
      });
      mapped = server;
      // The package listens on every interface; this session on `host` only (its port retries go through here too).
      server._serverListen = (port: number): void => {
        server.server.listen({ port, host });
      };
      server.serve(this.options.port ?? 8080);
      await server.ready();
      this.server = server;
      this.url = server.getServerUrl(urlHost(host));
    }
    // Seeds: one fs.watch per folder (seedWatcher.ts: no stat per seed); templates and config: chokidar.
    const watchError = (err: unknown): void => this.log(`watch: ${err instanceof Error ? err.message : String(err)}`);
    this.seedWatcher = watchSeeds(this.seedsDir, (reason) => this.schedule(reason), watchError);
    this.watcher = chokidar.watch([TEMPLATES_DIR, ELEVENTY_CONFIG], {
      ignoreInitial: true,
      ignored: (path) => basename(path).startsWith('.') || path.endsWith('~'),
    });
    this.watcher.on('all', (event, path) => this.schedule(`${event} ${relative(process.cwd(), path)}`));
    this.watcher.on('error', watchError);
    await new Promise<void>((ready) => this.watcher?.once('ready', () => ready()));
    // Served from the record: the engine loads its caches now, so the first save rebuilds at full speed
    // (and anything saved since the check is built by it).
    if (quick?.fresh) this.pending.push('warm-up');
    void this.drain();
  }

  private schedule(reason: string): void {
    if (this.closed) return;
    this.pending.push(reason);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, this.options.debounceMs ?? 25);
  }

  /**
   * Runs one rebuild for everything pending; events during a build queue the next one. The changed
   * pages go live (and open pages reload) as soon as they are rendered; the search index, built
   * beside them, follows in the same rebuild.
   */
  private async drain(): Promise<void> {
    if (this.running) return;
    while (this.pending.length > 0 && !this.closed) {
      const reasons = this.pending.splice(0);
      const step = this.rebuild(reasons);
      this.running = step.then(() => undefined);
      await this.running;
      this.running = null;
    }
    if (!this.closed) this.emit('idle');
  }

  /** Resolves once every change so far is built, its search index included. */
  idle(): Promise<void> {
    if (!this.running && !this.timer && this.pending.length === 0) return Promise.resolve();
    return new Promise((done) => this.once('idle', done));
  }

  private async rebuild(reasons: string[]): Promise<RebuildEvent> {
    const started = performance.now();
    let early: PagesEvent | null = null;
    const before = new Set<string>();
    const onPages = (pages: PagesPublished): void => {
      const event: PagesEvent = { ms: performance.now() - started, reasons, pages };
      if (!pages.first) early = event;
      for (const f of pages.work.changed) before.add(f);
      this.reportPages(event);
      this.server?.reload({ files: pages.work.changed.map((f) => join(this.outDir, f)) });
      this.emit('pages', event);
    };
    // Everything live, the search index included: what "findable" waits for (the record is saved after).
    let publishedMs: number | null = null;
    const onPublished = (): void => {
      publishedMs = performance.now() - started;
      this.emit('published', publishedMs);
    };
    // The search index live (a small rebuild moves it in ahead of the rest): the new article is findable.
    let searchableMs: number | null = null;
    const onSearchable = (liveAt: number): void => {
      searchableMs = liveAt - started;
      this.emit('searchable', searchableMs, liveAt);
    };
    let event: RebuildEvent;
    try {
      const outputWalk = this.givenWalk;
      this.givenWalk = null;
      const result = await (await this.builder()).build({ onPages, onPublished, onSearchable, ...(outputWalk ? { outputWalk } : {}) });
      const ms = performance.now() - started;
      event = { ms, reasons, result, error: null };
      const pagesEvent = early as PagesEvent | null; // set by onPages, which TypeScript cannot see run
      if (pagesEvent) {
        // Only what changed after the pages (the index, the exports, a deleted seed's pages) reloads now.
        const after = result.work.changed.filter((f) => !before.has(f));
        if (result.work.searchRebuilt) this.log(`[${clock()}] Search index updated in ${((searchableMs ?? publishedMs ?? ms) / 1000).toFixed(2)} s.`);
        if (this.server && after.length > 0) this.server.reload({ files: after.map((f) => join(this.outDir, f)) });
      } else {
        const pages: PagesEvent = { ms, reasons, pages: { articles: result.articles, outcomes: result.outcomes, work: result.work, more: false } };
        this.reportPages(pages, result);
        if (this.server && result.work.changed.length > 0) {
          this.server.reload({ files: result.work.changed.map((f) => join(this.outDir, f)) });
        }
        this.emit('pages', pages);
      }
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      event = { ms: performance.now() - started, reasons, result: null, error };
      // The cause in one line (a full disk, a read-only folder …), not Eleventy's wrapper around it.
      const why = describeFailure(error, { outDir: this.options.outDir, seedsDir: this.options.seedsDir, previousSite: true });
      this.log(`[${clock()}] build failed (${reasons.join(', ')}): ${why.split('; ')[0]}`);
      this.log(
        early
          ? '  the new pages are served, with the search index of the previous build; fix the problem and save again.'
          : '  the previous version of the site is still being served; fix the problem and save again.',
      );
      this.server?.sendError({ error });
    }
    this.emit('rebuilt', event);
    return event;
  }

  /** One line for a rebuild whose pages are live, and a line for each seed whose outcome changed. */
  private reportPages(event: PagesEvent, result?: EngineResult): void {
    const first = event.reasons[0] === 'first build';
    const { pages } = event;
    const w = pages.work;
    if (event.reasons.length === 1 && event.reasons[0] === 'warm-up' && result?.work.published === 'nothing') return;
    if (pages.first) {
      // The outcome lines come with the rebuild's own line, once all its pages are live.
      const what = `${nf.format(w.pagesRendered - 1)} article page${w.pagesRendered === 2 ? '' : 's'} and the home page`;
      this.log(`[${clock()}] ${what} live in ${(event.ms / 1000).toFixed(2)} s (${event.reasons.slice(0, 3).join(', ')}); the rest follows.`);
      return;
    }
    const { lines, next } = changedOutcomes(this.outcomes, pages.outcomes, this.options.lang ?? 'en');
    this.outcomes = next;
    if (first) {
      this.log(formatReport(pages.outcomes, pages.articles.length, 'all', this.options.lang).split('\n').at(-1) ?? '');
      for (const { line } of lines.filter((l) => l.error)) this.log(line);
    } else {
      for (const { line } of lines) this.log(line);
    }
    const why = first ? 'first build' : event.reasons.slice(0, 3).join(', ') + (event.reasons.length > 3 ? ', …' : '');
    this.log(
      `[${clock()}] ${first ? 'Built' : 'Rebuilt'} in ${(event.ms / 1000).toFixed(2)} s (${why}): ` +
        `${nf.format(pages.articles.length)} articles; ${nf.format(w.seedsParsed)} seeds read, ` +
        `${nf.format(w.pagesRendered)} pages rendered, ${nf.format(w.pagesCarried)} unchanged` +
        `${pages.more ? '; search index updating…' : result?.work.searchRebuilt ? '; search index rebuilt' : ''}.`,
    );
  }

  /** Resolves once the next rebuild's pages are live (for tests and the benchmark). */
  nextPages(): Promise<PagesEvent> {
    return new Promise((done) => this.once('pages', done));
  }

  /** Resolves after the next rebuild finishes (for tests and the benchmark). */
  nextRebuild(): Promise<RebuildEvent> {
    return new Promise((done) => this.once('rebuilt', done));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.seedWatcher?.close();
    await this.watcher?.close();
    await this.running;
    (await this.builderLoad?.catch(() => null))?.close();
    await this.server?.close();
    this.lock?.release();
  }
}

export async function startDev(options: DevOptions): Promise<DevSession> {
  const session = new DevSession(options);
  try {
    await session.start();
  } catch (err) {
    await session.close();
    throw err;
  }
  return session;
}

export async function runDev(argv: string[]): Promise<number> {
  const options = readCommandOptions('dev', argv);
  if (typeof options === 'number') return options;
  const session = await startDev({
    seedsDir: options.seedsDir,
    outDir: options.outDir,
    port: options.port,
    host: options.host,
    baseUrl: options.baseUrl,
    sources: options.sources,
    site: options.site,
    lang: options.lang,
    cache: options.cache,
  });
  console.log(`\n${options.site.name}: ${session.url ?? ''}  (watching ${options.seedsDir}/ and templates/; Ctrl+C to stop)\n`);
  await new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await session.close();
  return 0;
}
