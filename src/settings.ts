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
 *     "sources": true }
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_SITE, type SiteSettings } from './archive/siteSettings.ts';

export type { SiteSettings };

export const SETTINGS_FILE = 'arsip.config.json';

export interface Settings {
  site: SiteSettings;
  baseUrl: string | null;
  /** Publish each seed as it was read (beside its article page); default true. */
  sources: boolean;
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
};

export class SettingsError extends Error {}

/** The settings in `file`, or the defaults when there is no such file. Throws SettingsError with one line. */
export function readSettings(file: string, { required = false } = {}): Settings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !required) return { site: { ...DEFAULT_SITE }, baseUrl: null, sources: true };
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
  };
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
