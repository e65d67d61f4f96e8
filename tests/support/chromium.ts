/**
 * Finds Debian's Chromium for the browser tests: $CHROME_PATH, then /usr/bin/chromium.
 * When it is missing and we are root with apt-get, installs it; otherwise fails
 * with a one-line instruction. Browser tests are never skipped silently.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function ensureChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian package chromium (apt-get)…');
    try {
      execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
    } catch {
      // apt-get printed why; the instruction below says what to do.
    }
    if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
  }
  console.error(
    'Chromium not found: install it with `apt-get update && apt-get install -y chromium` or set CHROME_PATH.',
  );
  process.exit(1);
}
