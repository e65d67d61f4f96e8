/**
 * Build progress on a terminal: one self-rewriting line per stage with a bar
 * when the amount of work is known (`ingest ████░░░░ 4.213/10.000`) and a live
 * clock when it is not. Silent when stderr is not a TTY, when CI is set, or for
 * small builds, so logs and tests stay clean.
 */

export interface Progress {
  /** False for the silent stand-in (not a terminal, CI, small build). */
  readonly enabled: boolean;
  /** Starts a stage; `total` enables the bar. Ends the previous stage's line. */
  stage(name: string, total?: number): void;
  /** Advances the current stage by `n` units. */
  tick(n?: number): void;
  /** Sets the current stage's count outright. */
  set(done: number): void;
  /** Clears the line; call before printing anything else. */
  finish(): void;
}

export interface ProgressOptions {
  /** Work size that makes progress worth showing (articles). */
  items: number;
  stream?: NodeJS.WriteStream;
  /** Overrides the TTY/CI detection (tests). */
  enabled?: boolean;
}

/** Builds of fewer articles finish too quickly for a progress line to help. */
export const PROGRESS_THRESHOLD = 300;

const SILENT: Progress = { enabled: false, stage() {}, tick() {}, set() {}, finish() {} };

export function isInteractive(stream: NodeJS.WriteStream = process.stderr): boolean {
  const ci = process.env.CI;
  return Boolean(stream.isTTY) && !(ci && ci !== 'false' && ci !== '0') && process.env.ARSIP_TEST !== '1';
}

const nf = new Intl.NumberFormat('en-US');
const BAR_WIDTH = 24;
/** Redraw at most this often, so a tight loop of ticks costs nothing. */
const REDRAW_MS = 80;

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = options.enabled ?? (isInteractive(stream) && options.items > PROGRESS_THRESHOLD);
  if (!enabled) return SILENT;

  let name = '';
  let total: number | undefined;
  let done = 0;
  let started = 0;
  let lastDraw = 0;
  let timer: NodeJS.Timeout | undefined;

  const line = (): string => {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    if (total && total > 0) {
      const ratio = Math.min(1, done / total);
      const full = Math.round(ratio * BAR_WIDTH);
      const bar = '█'.repeat(full) + '░'.repeat(BAR_WIDTH - full);
      return `${name.padEnd(8)} ${bar} ${nf.format(done)}/${nf.format(total)}  ${secs} s`;
    }
    return `${name.padEnd(8)} ${done > 0 ? `${nf.format(done)}  ` : ''}${secs} s`;
  };
  const draw = (force = false): void => {
    const now = performance.now();
    if (!force && now - lastDraw < REDRAW_MS) return;
    lastDraw = now;
    stream.write(`\r\x1b[2K${line()}`);
  };
  const endStage = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
    if (name) stream.write(`\r\x1b[2K`);
  };

  return {
    enabled: true,
    stage(next, size) {
      endStage();
      name = next;
      total = size;
      done = 0;
      started = performance.now();
      draw(true);
      // Async stages (rendering, index writing) still show a moving clock.
      timer = setInterval(() => draw(true), 250);
      timer.unref();
    },
    tick(n = 1) {
      done += n;
      draw(total !== undefined && done >= total);
    },
    set(value) {
      done = value;
      draw(total !== undefined && done >= total);
    },
    finish() {
      endStage();
      name = '';
    },
  };
}
