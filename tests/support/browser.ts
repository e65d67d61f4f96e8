/** Launches real Chromium through playwright-core with the project's flags. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = ensureChromium();
  // playwright gives every launch a fresh temporary profile, so no state leaks between tests.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
