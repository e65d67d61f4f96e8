/** The progress line: a bar with counts on a terminal, nothing at all in CI, in pipes or for small builds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProgress, isInteractive, PROGRESS_THRESHOLD } from '../src/progress.ts';

function fakeTty(): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY: true, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

test('on a terminal, a big build shows a bar with counts that clears itself', () => {
  const { stream, written } = fakeTty();
  const p = createProgress({ items: 10_000, stream, enabled: true });
  p.stage('ingest', 10_000);
  for (let i = 0; i < 10_000; i++) p.tick();
  p.set(10_000);
  p.finish();
  const text = written.join('');
  assert.match(text, /ingest +░{24} 0\/10,000/);
  assert.ok(written.some((w) => /ingest +█{24} 10,000\/10,000/.test(w)), 'the full bar is drawn');
  assert.ok(written.length < 200, `redraws are throttled (${written.length} writes for 10,000 ticks)`);
  assert.ok(written.at(-1)?.endsWith('\x1b[2K'), 'the line is cleared at the end');
});

test('silent in CI, when not a TTY, and for small archives', () => {
  const { stream, written } = fakeTty();
  const saved = { ci: process.env.CI, test: process.env.ARSIP_TEST };
  try {
    delete process.env.ARSIP_TEST;
    process.env.CI = 'true';
    assert.equal(isInteractive(stream), false);
    process.env.CI = '';
    assert.equal(isInteractive(stream), true);
    assert.equal(isInteractive({ isTTY: false } as NodeJS.WriteStream), false);
    const small = createProgress({ items: PROGRESS_THRESHOLD - 1, stream });
    small.stage('ingest', 10);
    small.tick();
    small.finish();
    assert.deepEqual(written, []);
  } finally {
    if (saved.ci === undefined) delete process.env.CI;
    else process.env.CI = saved.ci;
    if (saved.test !== undefined) process.env.ARSIP_TEST = saved.test;
  }
});
