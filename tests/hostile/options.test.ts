/**
 * The low findings of issue 22 about command-line values, each answered with one clear line before
 * anything is written: `--base-url` must be an absolute http(s) address without query, fragment or
 * credentials; `--seeds ''` and `--out ''` are refused; `--out X/.cache` is refused for what it is.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT, runCli } from './support.ts';
import { refuseBaseUrl } from '../../src/options.ts';

function refusedInOneLine(args: string[], pattern: RegExp): void {
  const run = runCli(args);
  assert.equal(run.status, 1, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0]!, pattern);
}

describe('command-line values', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'arsip-options-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('--base-url: the accepted forms, and one reason for each refused one', () => {
    assert.equal(refuseBaseUrl('https://example.org/arsip/'), null);
    assert.equal(refuseBaseUrl('http://localhost:8080'), null);
    const cases: [string, RegExp][] = [
      ['example.org', /not an absolute http\(s\) address/],
      ['/arsip/', /not an absolute http\(s\) address/],
      ['ftp://example.org/', /not an absolute http\(s\) address/],
      ['javascript:alert(1)', /not an absolute http\(s\) address/],
      ['https://example.org/?q=1', /has a query \(\?…\)/],
      ['https://example.org/#frag', /has a fragment \(#…\)/],
      ['https://user:pass@example.org/', /holds a user name or password/],
      ['https://exa mple.org/', /not an absolute http\(s\) address/],
      ['', /not an absolute http\(s\) address/],
    ];
    for (const [raw, why] of cases) {
      const line = refuseBaseUrl(raw);
      assert.ok(line !== null, raw);
      assert.match(line, why, raw);
      assert.ok(line.startsWith(`--base-url ${JSON.stringify(raw)}: `), line);
      assert.match(line, /write it like https:\/\/example\.org\/arsip\/$/);
    }
  });

  it('a bad --base-url is refused by build in one line, nothing written', () => {
    const out = join(root, 'base', 'dist');
    refusedInOneLine(['build', '--out', out, '--base-url', 'example.org'], /^error: --base-url "example\.org": not an absolute http\(s\) address/);
    refusedInOneLine(['build', '--out', out, '--base-url', 'https://user:pass@example.org/?q=1#x'], /^error: --base-url "[^"]+": /);
    assert.equal(existsSync(join(root, 'base')), false);
  });

  it("--seeds '' and --out '' are refused in one line (never the project folder itself)", () => {
    const before1 = readdirSync(PROJECT).sort();
    refusedInOneLine(['build', '--seeds', '', '--out', join(root, 'empty', 'dist')], /^error: --seeds is empty; name the seeds folder \(default: seeds\)$/);
    refusedInOneLine(['build', '--out', ''], /^error: --out is empty; name the output folder \(default: dist\)$/);
    assert.deepEqual(readdirSync(PROJECT).sort(), before1);
  });

  it('--out X/.cache: refused for what it is, in one line, and nothing made inside it', () => {
    const x = join(root, 'x');
    mkdirSync(x);
    for (let i = 0; i < 2; i++) {
      refusedInOneLine(['build', '--out', join(x, '.cache')], /^error: --out \S+\/\.cache: refusing, \.cache is where builds keep their caches \(\.cache\/arsip-berita\/ beside the output\); choose another folder name$/);
    }
    assert.equal(existsSync(join(x, '.cache')), false);
  });
});
