/**
 * 404.html's root finder (templates/_includes/scripts/find-root.js), printed inside the page without
 * --base-url, and the CSP source that allows exactly it (`'sha256-…'` of its text): the page cannot
 * know where the site's root is before the script runs, so it cannot load a script file from there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../project.ts';
import { sha256 } from '../sha256.ts';

export const ROOT_SCRIPT_FILE = join(TEMPLATES_DIR, '_includes', 'scripts', 'find-root.js');

export interface InlineScript {
  text: string;
  /** The CSP hash source for `script-src`, quoted: `'sha256-…'`. */
  cspSource: string;
}

export function rootScript(): InlineScript {
  const text = readFileSync(ROOT_SCRIPT_FILE, 'utf8');
  return { text, cspSource: `'sha256-${Buffer.from(sha256(text), 'hex').toString('base64')}'` };
}
