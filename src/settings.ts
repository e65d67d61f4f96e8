/**
 * The archive's own settings, in one file a library or newsroom edits:
 * `arsip.config.json` beside `seeds/` (or `--config FILE`). Every field is
 * optional; a command-line flag wins over the file. Validated: a wrong value
 * is one line naming the file, the field and what it should be.
 *
 *   { "name": "Arsip Kliping Perpustakaan Kota",
 *     "description": "Kliping berita daerah sejak 2015",
 *     "about": "Arsip ini dikumpulkan oleh …",
 *     "contact": "arsip@perpustakaan.example.id",
 *     "baseUrl": "https://arsip.perpustakaan.example.id/",
 *     "sources": true,
 *     "reportLanguage": "id" }
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_SITE, type SiteSettings } from './archive/siteSettings.ts';
import { LANGS, type Lang } from './ingest/notices.ts';

export type { SiteSettings };

export const SETTINGS_FILE = 'arsip.config.json';

export interface Settings {
  site: SiteSettings;
  baseUrl: string | null;
  /** Publish each seed as it was read (beside its article page); default true. */
  sources: boolean;
  /** The language of the build report and the dev server's seed lines: `en` (default) or `id`. */
  reportLanguage: Lang;
}

const oneLine = (max: number) => z.string().trim().min(1).max(max).refine((s) => !/[\r\n]/.test(s), 'one line');
const SCHEMA = z
  .object({
    name: oneLine(80),
    description: oneLine(200),
    about: z.string().trim().min(1).max(2000),
    contact: oneLine(200),
    baseUrl: z.url({ protocol: /^https?$/ }),
    sources: z.boolean(),
    reportLanguage: z.enum(LANGS),
  })
  .partial()
  .strict();

const EXPECTED: Record<string, string> = {
  name: 'text of one line, up to 80 characters',
  description: 'text of one line, up to 200 characters',
  about: 'text of up to 2,000 characters',
  contact: 'an address or URL of one line',
  baseUrl: 'an http(s) address such as "https://arsip.example.id/"',
  sources: 'true or false',
  reportLanguage: '"en" (English) or "id" (Indonesian)',
};

export class SettingsError extends Error {}

/** The settings in `file`, or the defaults when there is no such file. Throws SettingsError with one line. */
export function readSettings(file: string, { required = false } = {}): Settings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !required) return { site: { ...DEFAULT_SITE }, baseUrl: null, sources: true, reportLanguage: 'en' };
    throw new SettingsError(`${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new SettingsError(`${file} is not valid JSON (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  const parsed = SCHEMA.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') {
      throw new SettingsError(`${file}: unknown setting ${issue.keys.map((k) => `"${k}"`).join(', ')}; the settings are ${Object.keys(EXPECTED).join(', ')}`);
    }
    if (key === '') throw new SettingsError(`${file} should hold one JSON object of settings`);
    throw new SettingsError(`${file}: "${key}" should be ${EXPECTED[key] ?? 'something else'}`);
  }
  const v = parsed.data;
  return {
    site: {
      name: v.name ?? DEFAULT_SITE.name,
      description: v.description ?? DEFAULT_SITE.description,
      about: v.about ?? null,
      contact: v.contact ?? null,
    },
    baseUrl: v.baseUrl ?? null,
    sources: v.sources ?? true,
    reportLanguage: v.reportLanguage ?? 'en',
  };
}

/**
 * A command's settings (`--config`, or arsip.config.json when there) and its report language (`--lang`
 * wins over the file), or the exit code after one line on stderr: 1 for the file, 2 for the flag.
 */
export function commandSettings(flags: { config?: string | undefined; lang?: string | undefined }): { settings: Settings; lang: Lang } | number {
  const settings = loadSettings(flags.config, (line) => console.error(line));
  if (settings === null) return 1;
  if (flags.lang === undefined) return { settings, lang: settings.reportLanguage };
  const lang = LANGS.find((l) => l === flags.lang!.trim().toLowerCase());
  if (lang) return { settings, lang };
  console.error(`error: --lang ${flags.lang}: the report speaks en (English) or id (Indonesian)`);
  return 2;
}

/** The settings of `--config FILE` (required) or of arsip.config.json (when there); null after saying its problem in one line. */
export function loadSettings(file: string | undefined, say: (line: string) => void): Settings | null {
  try {
    return readSettings(file ?? SETTINGS_FILE, { required: file !== undefined });
  } catch (err) {
    if (!(err instanceof SettingsError)) throw err;
    say(`error: ${err.message}`);
    return null;
  }
}
