/**
 * The options of build, dev and report, read once into one typed value (as Pagefind's
 * options.rs does): the command line parsed against its table (src/cliOptions.ts), the
 * archive's settings file read (src/settings.ts), a flag winning over the file, and the
 * folders and base URL checked (src/options.ts). The commands take what they need from it
 * and copy nothing field by field.
 */
import type { Lang } from './ingest/notices.ts';
import type { SiteSettings } from './archive/siteSettings.ts';
import { BUILD, DEV, parseCommand, REPORT, type CommandSpec } from './cliOptions.ts';
import { refuseOptions } from './options.ts';
import { visible } from './ingest/messages.ts';
import { commandSettings } from './settings.ts';
import type { PublishMode } from './pipeline/policy.ts';

export interface CommandOptions {
  seedsDir: string;
  outDir: string;
  /** `--base-url`, else the settings file's, else none. */
  baseUrl: string | null;
  /** Publish the seed copies: not `--no-sources`, and the settings file allows it. */
  sources: boolean;
  site: SiteSettings;
  /** The report's language: `--lang`, else the settings file's. */
  lang: Lang;
  /** Use the incremental cache (not `--no-cache`). */
  cache: boolean;
  strict: boolean;
  verbose: boolean;
  quiet: boolean;
  /** report: every outcome as JSON. */
  json: boolean;
  /** build: how a rebuild publishes (`--in-place`, `--swap`; by default what the rebuild's size calls for). */
  publish: PublishMode;
  /** dev: the port (0 picks a free one) and the address to listen on. */
  port: number;
  host: string;
}

export type OptionCommand = 'build' | 'dev' | 'report';
const SPECS: Record<OptionCommand, CommandSpec<NonNullable<Parameters<typeof parseCommand>[1]['options']>>> = { build: BUILD, dev: DEV, report: REPORT };

/** How a refused folder or base URL ends each command: the build's failure line (exit 1), dev's usage error (exit 2). */
const REFUSAL_EXIT: Record<OptionCommand, number> = { build: 1, dev: 2, report: 2 };

/**
 * The command's options, or the exit code once `--help` is printed (0) or a problem is said
 * in one line on stderr (1 for a refused value of the build or the settings file, 2 for a flag).
 */
export function readCommandOptions(command: OptionCommand, argv: string[]): CommandOptions | number {
  const parsed = parseCommand(command, SPECS[command], argv);
  if (typeof parsed === 'number') return parsed;
  const values = parsed as Record<string, string | boolean | undefined>;
  const text = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const flag = (k: string): boolean => values[k] === true;
  if (flag('in-place') && flag('swap')) {
    console.error('error: --in-place and --swap ask for two ways of publishing: give one');
    return 2;
  }
  const port = Number(text('port') ?? 0);
  if (command === 'dev' && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    console.error(`error: --port ${text('port')}: not a port number`);
    return 2;
  }
  const chosen = commandSettings({ config: text('config'), lang: text('lang') });
  if (typeof chosen === 'number') return chosen;
  const { settings, lang } = chosen;
  const options: CommandOptions = {
    seedsDir: text('seeds') ?? 'seeds',
    outDir: text('out') ?? 'dist',
    baseUrl: text('base-url') ?? settings.baseUrl ?? null,
    sources: !flag('no-sources') && settings.sources,
    site: settings.site,
    lang,
    cache: !flag('no-cache'),
    strict: flag('strict'),
    verbose: flag('verbose'),
    quiet: flag('quiet'),
    json: flag('json'),
    publish: flag('in-place') ? 'in-place' : flag('swap') ? 'swap' : 'auto',
    port,
    host: text('host') ?? '',
  };
  if (command !== 'report') {
    const refusal = refuseOptions({ seeds: options.seedsDir, out: options.outDir, baseUrl: options.baseUrl });
    if (refusal) {
      console.error(`error: ${visible(refusal)}`);
      return REFUSAL_EXIT[command];
    }
  }
  return options;
}
