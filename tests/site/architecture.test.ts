/**
 * docs/ARCHITECTURE.md names files for a newcomer to open: every one of them
 * must exist, so the document cannot drift from the code unnoticed.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
const DOC = readFileSync(join(ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');

/** Paths inside backticks that start with one of the project's folders (a placeholder, `<kind>`, `*` or `…`, cuts the path there). */
function namedPaths(text: string): string[] {
  const paths = new Set<string>();
  for (const [, quoted] of text.matchAll(/`([^`\s]+)`/g)) {
    const m = /^((?:src|templates|tests|bench|docs)\/[^<*…\s]*)/.exec(quoted!);
    if (m) paths.add(m[1]!.replace(/\/$/, ''));
  }
  return [...paths];
}

test('every src/, templates/, tests/ and bench/ path docs/ARCHITECTURE.md names exists', () => {
  const paths = namedPaths(DOC);
  assert.ok(paths.filter((p) => p.startsWith('src/')).length >= 40, `the document names the source files (${paths.length} paths found)`);
  const missing = paths.filter((p) => !existsSync(join(ROOT, p)));
  assert.deepEqual(missing, [], `named in docs/ARCHITECTURE.md but not in the repository: ${missing.join(', ')}`);
});

test('the comments that cite the design document point at docs/ARCHITECTURE.md', () => {
  for (const file of ['src/ingest/types.ts', 'src/site/exports.ts']) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    assert.doesNotMatch(text, /DESIGN\.md/, `${file} cites a DESIGN.md the repository does not have`);
    assert.match(text, /docs\/ARCHITECTURE\.md/, `${file} points at docs/ARCHITECTURE.md`);
  }
});
