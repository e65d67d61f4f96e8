/**
 * The first hour: every command answers --help, a mistyped option gets
 * "did you mean", and no option mistake ends in a stack trace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { nearestOption } from '../src/cliOptions.ts';

const root = join(import.meta.dirname, '..');
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });

test('build, dev and report answer --help with their options and exit 0', () => {
  for (const [command, flag] of [['build', '--no-sources'], ['dev', '--host'], ['report', '--strict']] as const) {
    const r = cli(command, '--help');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`usage: npm run ${command} --`));
    assert.ok(r.stdout.includes(flag), `${command} --help lists ${flag}`);
  }
});

test('a mistyped option is one line with the nearest option, exit 2, no stack trace', () => {
  const r = cli('build', '--seed', 'seeds');
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /unknown option --seed; did you mean --seeds\?/);
  const v = cli('report', '--verbos');
  assert.equal(v.status, 2);
  assert.match(v.stderr, /did you mean --verbose\?/);
  assert.doesNotMatch(r.stderr + v.stderr, /\n\s+at /, 'no stack trace');
});

test('report --verbose reads the seeds instead of crashing', () => {
  const r = cli('report', '--verbose');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\d+ files: /);
});

test('the nearest option is found only when it is near', () => {
  assert.equal(nearestOption('--seed', ['seeds', 'out', 'strict']), 'seeds');
  assert.equal(nearestOption('--base', ['seeds', 'base-url']), 'base-url');
  assert.equal(nearestOption('--colour', ['seeds', 'out', 'strict']), null);
});

test('the report lists only the seeds that need a look; a no-change rebuild prints at most three lines', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'arsip-report-')), 'site');
  const first = cli('build', '--out', out);
  assert.equal(first.status, 0, first.stderr);
  const lines = first.stdout.trim().split('\n');
  // The sample seeds: some guesses worth a look (no headline, no date, no outlet) are listed; routine ones are not.
  assert.ok(lines.length < 5 + 2, first.stdout);
  assert.match(first.stdout, /^note\s+001_/m);
  assert.doesNotMatch(first.stdout, /^warning /m, 'a guess is a note, not an alarm');
  const again = cli('build', '--out', out);
  assert.equal(again.status, 0, again.stderr);
  assert.ok(again.stdout.trim().split('\n').length <= 3, again.stdout);
  const verbose = cli('build', '--out', out, '--verbose');
  assert.ok(verbose.stdout.split('\n').filter((l) => /^(?:ok|note|ERROR|ignored)\s/.test(l)).length === 5, verbose.stdout);
  const quiet = cli('build', '--out', out, '--quiet', '--no-cache');
  assert.equal(quiet.stdout.trim().split('\n').length, 2, quiet.stdout);
});

test('report --json gives every outcome as data', () => {
  const r = cli('report', '--json');
  assert.equal(r.status, 0, r.stderr);
  const data = JSON.parse(r.stdout) as { outcomes: Array<{ sourceFile: string; read?: { title: string } }>; articles: number };
  assert.equal(data.outcomes.length, 5);
  assert.ok(data.outcomes.every((o) => typeof o.read?.title === 'string'));
});

test('report and build list seeds in one order, the same in every locale (upper case, lower case, punctuation)', () => {
  const seeds = mkdtempSync(join(tmpdir(), 'arsip-order-'));
  const text = readFileSync(join(root, 'seeds', '000_77c394e9428d86b1.txt'), 'utf8');
  const names = ['b-banjir.txt', 'B-banjir.txt', 'a-gempa.txt', '_catatan.txt', 'Z-zona.txt'];
  for (const [i, n] of names.entries()) writeFileSync(join(seeds, n), text.replace('China', `China ${i}`));
  const r = cli('report', '--json', '--seeds', seeds);
  assert.equal(r.status, 0, r.stderr);
  const order = (JSON.parse(r.stdout) as { outcomes: Array<{ sourceFile: string }> }).outcomes.map((o) => o.sourceFile);
  assert.deepEqual(order, [...names].sort(), 'code-unit order, as the build reports');
  const out = `${seeds}-dist`;
  const built = cli('build', '--seeds', seeds, '--out', out, '--verbose', '--no-cache');
  assert.equal(built.status, 0, built.stderr);
  const listed = built.stdout.split('\n').map((l) => /^\S+\s+(\S+\.txt):/.exec(l)?.[1]).filter((f): f is string => f !== undefined);
  assert.deepEqual(listed, order);
  for (const dir of [seeds, out]) rmSync(dir, { recursive: true, force: true });
});

test('--lang id speaks Indonesian; a wrong --lang is one line; reportLanguage in the settings does the same', () => {
  const id = cli('report', '--lang', 'id');
  assert.equal(id.status, 0, id.stderr);
  assert.match(id.stdout, /^catatan\s+\S+\.txt: "/m, id.stdout);
  assert.match(id.stdout.trim().split('\n').at(-1) ?? '', /^5 berkas: .* 5 artikel\.$/);
  assert.doesNotMatch(id.stdout, /\bwith notes\b|\bfiles:/);
  const wrong = cli('report', '--lang', 'jawa');
  assert.equal(wrong.status, 2);
  assert.equal(wrong.stderr.trim().split('\n').length, 1, wrong.stderr);
  assert.match(wrong.stderr, /--lang jawa: the report speaks en \(English\) or id \(Indonesian\)/);
  const dir = mkdtempSync(join(tmpdir(), 'arsip-lang-'));
  const config = join(dir, 'arsip.config.json');
  writeFileSync(config, JSON.stringify({ reportLanguage: 'id' }));
  const set = cli('report', '--config', config);
  assert.equal(set.stdout, id.stdout, 'the setting speaks as the flag does');
  assert.match(cli('report', '--config', config, '--lang', 'en').stdout, /files: .* articles\.$/m, 'the flag wins');
  rmSync(dir, { recursive: true, force: true });
});
