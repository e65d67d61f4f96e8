/**
 * The options of each command, with their help, in one table: `--help` prints
 * them, and a mistyped option gets "did you mean …?" instead of a stack trace.
 * src/commandOptions.ts reads build, dev and report through it into one typed value; the search
 * CLI keeps its own table next to its query language (src/search/cli.ts).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec<T extends Options> {
  /** How to call it, as typed: `npm run build -- …`. */
  usage: string;
  /** What the command does, one line. */
  what: string;
  options: T;
  /** One help line per option, in the order printed. */
  help: { [K in keyof T]: string };
}

/** The dev server listens on this computer only unless `--host` says otherwise. */
export const DEFAULT_HOST = '127.0.0.1';

const SHARED = {
  seeds: { type: 'string', default: 'seeds' },
  out: { type: 'string', default: 'dist' },
  'base-url': { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  config: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;
const SHARED_HELP = {
  seeds: '--seeds DIR       the seed files (default seeds)',
  out: '--out DIR         the site (default dist)',
  'base-url': '--base-url URL    absolute address of the published site (canonical links, feeds, sitemap)',
  'no-cache': '--no-cache        a cold build; the incremental cache is left alone (the site comes out the same)',
  config: '--config FILE     the archive\'s settings: name, description, about, contact, baseUrl, sources, reportLanguage (default arsip.config.json, when there)',
  lang: '--lang en|id      the language of the report on the seeds: en (English) or id (Indonesian); default reportLanguage in the settings, else en',
  help: '--help            this help',
};

export const BUILD = {
  usage: 'npm run build -- [--seeds DIR] [--out DIR] [--base-url URL] [--strict] [--verbose | --quiet] [--lang en|id] [--no-cache] [--no-sources] [--in-place | --swap]',
  what: 'Builds the site from the seeds and prints what was read from each.',
  options: {
    ...SHARED,
    strict: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'no-sources': { type: 'boolean', default: false },
    'in-place': { type: 'boolean', default: false },
    swap: { type: 'boolean', default: false },
  },
  help: {
    ...SHARED_HELP,
    strict: '--strict          exit 1 when any seed has an error or a problem',
    verbose: '--verbose         a line for every seed, timings, what was redone, stack traces of errors',
    quiet: '--quiet           only the summary (for scripts); by default the seeds that need a look are listed',
    'no-sources': '--no-sources      leave the copies of the seeds (beside each article) and the links to them out of the site',
    'in-place': '--in-place        a rebuild moves only the files it wrote into the site, however many (default: when it rewrites at most\n                    a quarter of the pages; someone browsing during those moments may see pages of both builds)',
    swap: '--swap            a rebuild makes a complete new site and replaces the old one at once (default: when it rewrites more\n                    than a quarter of the pages; slower, since every unchanged file is linked into the new folder)',
  },
} as const satisfies CommandSpec<Options>;

export const DEV = {
  usage: 'npm run dev -- [--seeds DIR] [--out DIR] [--port N] [--host ADDR] [--base-url URL] [--lang en|id] [--no-cache]',
  what: 'Builds, serves the site with live reload and rebuilds when a seed or template changes.',
  options: {
    ...SHARED,
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: DEFAULT_HOST },
  },
  help: {
    ...SHARED_HELP,
    port: '--port N          the port (default 8080; 0 picks a free one)',
    host: '--host ADDR       the address to listen on (default 127.0.0.1, this computer only; 0.0.0.0 shares it on the LAN)',
  },
} as const satisfies CommandSpec<Options>;

export const REPORT = {
  usage: 'npm run report -- [--seeds DIR] [--strict] [--verbose] [--quiet | --json] [--lang en|id] [--config FILE]',
  what: 'Reads the seeds and prints what was read from each; builds nothing.',
  options: {
    seeds: SHARED.seeds,
    strict: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    lang: SHARED.lang,
    config: SHARED.config,
    help: SHARED.help,
  },
  help: {
    seeds: SHARED_HELP.seeds,
    strict: '--strict          exit 1 when any seed has an error or a problem',
    verbose: '--verbose         stack traces of errors',
    quiet: '--quiet           only the seeds that need a look, and the summary',
    json: '--json            every seed\'s outcome and what was read, as JSON (for tools; each message also as a code with its values)',
    lang: SHARED_HELP.lang,
    config: SHARED_HELP.config,
    help: SHARED_HELP.help,
  },
} as const satisfies CommandSpec<Options>;

/** The help text of a command: usage, what it does, one line per option. */
export function helpText<T extends Options>(spec: CommandSpec<T>): string {
  return [`usage: ${spec.usage}`, spec.what, '', ...Object.values<string>(spec.help).map((h) => `  ${h}`)].join('\n');
}

/** Edit distance, for "did you mean": options are short, so the plain table is enough. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** The option nearest to a mistyped one ("--seed" → "--seeds"), or null when none is close. */
export function nearestOption(typed: string, names: readonly string[]): string | null {
  const t = typed.replace(/^-+/, '').replace(/=.*$/, '');
  let best: string | null = null;
  let bestD = Infinity;
  for (const n of names) {
    const d = n.startsWith(t) || t.startsWith(n) ? Math.abs(n.length - t.length) * 0.5 : distance(t, n);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best !== null && bestD <= Math.max(2, Math.floor(t.length / 3)) ? best : null;
}

export type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true }>>['values'];

/**
 * Parses a command's arguments. `--help` prints the help and gives exit code 0; a mistyped or unknown
 * option, a missing value or a stray word is one line naming it (with the nearest option) and exit code 2.
 */
export function parseCommand<T extends Options>(
  name: string,
  spec: CommandSpec<T>,
  args: string[],
  print: { out: (line: string) => void; err: (line: string) => void } = { out: (l) => console.log(l), err: (l) => console.error(l) },
): Parsed<T> | number {
  let values: Parsed<T>;
  try {
    values = parseArgs({ args, options: spec.options, strict: true }).values as Parsed<T>;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const option = /'(-{1,2}[^'\s]+)'/.exec(message)?.[1];
    const code = (err as { code?: string }).code;
    const more = `npm run ${name} -- --help lists the options`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
      const near = nearestOption(option, Object.keys(spec.options));
      print.err(`error: unknown option ${option}${near ? `; did you mean --${near}?` : ''} (${more})`);
    } else if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      print.err(`error: unexpected word ${JSON.stringify(/'([^']*)'/.exec(message)?.[1] ?? '')}: ${name} takes only options (${more})`);
    } else {
      print.err(`error: ${message.split('\n')[0]} (${more})`);
    }
    return 2;
  }
  if ((values as { help?: boolean }).help) {
    print.out(helpText(spec));
    return 0;
  }
  return values;
}
