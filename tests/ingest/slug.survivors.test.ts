/**
 * Written after `MUTATE=ingest/slug` against the mutants tests/ingest/slug.mutants.test.ts left alive
 * (a new file, so an incremental rerun retests only those).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sanitizeUserSlug } from '../../src/ingest/slug.ts';
import { noticeText } from '../../src/ingest/notices.ts';

it('a drive letter makes an absolute path only at the start of a front-matter slug', () => {
  assert.equal(
    noticeText(sanitizeUserSlug('catatan:/x', 'cadangan').problem!, 'en'),
    'front matter slug "catatan:/x" contains a slash; using "catatan-x"',
  );
  assert.equal(noticeText(sanitizeUserSlug('C:/x', 'cadangan').problem!, 'en'), 'front matter slug "C:/x" is an absolute path; using "c-x"');
});
