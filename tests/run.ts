/**
 * `npm test`: type-check, make sure Chromium is there for the browser tests,
 * then run every tests/**\/*.test.ts file with Node's own test runner.
 * A filter argument (`npm test -- ingest`) runs only files whose path contains it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensureChromium } from './support/chromium.ts';

const root = join(import.meta.dirname, '..');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'fixtures' || name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findTests(full));
    else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

const files = findTests(join(root, 'tests'))
  .map((f) => relative(root, f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));

if (filters.length === 0) {
  console.log('Type-checking (tsc --noEmit)…');
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) {
    console.error('Type-check failed.');
    process.exit(1);
  }
}

// Fails with a one-line instruction when Chromium cannot be found or installed.
process.env.CHROME_PATH = ensureChromium();

// The fixtures tests make in the temp folder (projects, outputs, browser profiles) go with the run:
// each run gets its own folder, removed at the end, so a machine that keeps its /tmp does not fill up.
const scratch = mkdtempSync(join(tmpdir(), 'arsip-tests-'));
// As the system's temp folder is: the tests that build as another user (tests/hostile) write here too.
chmodSync(scratch, 0o1777);
let status = 1;
try {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ARSIP_TEST: '1', TMPDIR: scratch } },
  );
  status = result.status ?? 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
