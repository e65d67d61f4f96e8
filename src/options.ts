/**
 * Command-line values checked before anything is written, each refused in one line that says what is
 * wrong and what to write instead. Only node: built-ins here (the CLI's quick path imports it).
 */

const EXAMPLE = 'write it like https://example.org/arsip/';

/** Null when `raw` can be the site's base URL: an absolute http(s) address, no query, fragment or credentials. */
export function refuseBaseUrl(raw: string): string | null {
  const head = `--base-url ${JSON.stringify(raw)}: `;
  let url: URL | null = null;
  try {
    url = /^https?:\/\/[^\s/?#]+/i.test(raw) && !/\s/.test(raw) ? new URL(raw) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
    return `${head}not an absolute http(s) address; ${EXAMPLE}`;
  if (url.username !== '' || url.password !== '') return `${head}holds a user name or password, which every link would carry; ${EXAMPLE}`;
  if (url.search !== '' || raw.includes('?')) return `${head}has a query (?…), which every link would carry; ${EXAMPLE}`;
  if (url.hash !== '' || raw.includes('#')) return `${head}has a fragment (#…), which every link would carry; ${EXAMPLE}`;
  return null;
}

/** Null when a folder flag names a folder; `--seeds ''` would otherwise read the working folder itself. */
export function refuseEmptyFolder(flag: 'seeds' | 'out', raw: string): string | null {
  if (raw.trim() !== '') return null;
  return `--${flag} is empty; name the ${flag === 'seeds' ? 'seeds' : 'output'} folder (default: ${flag === 'seeds' ? 'seeds' : 'dist'})`;
}

/** The first refusal of the build and dev commands' values, or null. */
export function refuseOptions(values: { seeds: string; out: string; baseUrl: string | undefined | null }): string | null {
  return (
    refuseEmptyFolder('seeds', values.seeds) ??
    refuseEmptyFolder('out', values.out) ??
    (values.baseUrl === undefined || values.baseUrl === null ? null : refuseBaseUrl(values.baseUrl))
  );
}
