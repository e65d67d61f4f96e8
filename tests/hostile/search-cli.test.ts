/**
 * Issue 22: `npm run search -- --out DIR` reads a site folder as data. A piece that
 * tries to run code (through the host's `__arsip.push`, `this.constructor.constructor`)
 * is one error line and nothing runs; pieces are strict JSON inside their wrapper.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { after, before, describe, it } from 'node:test';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import { decodeShard, encodeShard, ShardFormatError } from '../../src/search/format.ts';
import { writeSearchIndex } from '../../src/search/index.ts';
import { PROJECT } from './support.ts';

let out = '';
before(async () => {
  out = mkdtempSync(join(tmpdir(), 'arsip-search-hostile-'));
  await writeSearchIndex(ingestSeeds((await scanSeeds(join(PROJECT, 'seeds'))).inputs).articles, out);
});
after(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

function search(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npm', ['run', '-s', 'search', '--', ...args], { cwd: PROJECT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('terminal search: a site folder is data', () => {
  it('every piece the writer makes is strict JSON inside the wrapper', () => {
    const dir = join(out, 'search');
    const pieces = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f === 'meta.js' || (f.endsWith('.js') && f.includes('/')));
    assert.ok(pieces.length > 10);
    for (const f of pieces) {
      const key = f.replace(/\.js$/, '').split('\\').join('/');
      const text = readFileSync(join(dir, f), 'utf8');
      assert.doesNotThrow(() => decodeShard(text, key), f);
    }
  });

  it('a piece that tries this.constructor.constructor(...)() to write a file: one error line, no file', () => {
    const marker = join(out, 'pwned.txt');
    const metaFile = join(out, 'search', 'meta.js');
    const original = readFileSync(metaFile, 'utf8');
    const payload = `this.constructor.constructor('return process')().mainModule?.require?.('fs')?.writeFileSync(${JSON.stringify(marker)}, 'x') ?? __arsip.push.constructor('return process')().getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
    try {
      writeFileSync(metaFile, `__arsip.push("meta",${payload});\n`);
      const r = search(['--out', out, 'banjir']);
      assert.equal(existsSync(marker), false, 'the piece did not run');
      assert.equal(r.code, 1);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0]!, /^error: potongan indeks pencarian ".*meta\.js" rusak atau diubah: datanya bukan JSON/);
      // Code before the wrapper is refused the same way.
      writeFileSync(metaFile, `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');\n${original}`);
      const r2 = search(['--out', out, 'banjir']);
      assert.equal(existsSync(marker), false);
      assert.match(r2.stderr.trim(), /^error: potongan indeks pencarian ".*meta\.js" rusak atau diubah: tidak berbentuk __arsip\.push/);
    } finally {
      writeFileSync(metaFile, original);
    }
    assert.equal(search(['--out', out, 'banjir']).code, 0, 'the untouched site still answers');
  });

  it('data with a __proto__ key round-trips as an own key, both as a script and as data', () => {
    const data = JSON.parse('{"__proto__":{"polluted":1},"kata":[1,"</script>\\u2028"]}') as unknown;
    const text = encodeShard('t/7', data);
    assert.ok(!/<\/script|[\u2028\u2029]/i.test(text));
    const read = decodeShard(text, 't/7') as Record<string, unknown>;
    assert.deepEqual(Object.keys(read), ['__proto__', 'kata']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    let pushed: unknown = null;
    runInNewContext(text, { __arsip: { push: (_k: string, d: unknown) => (pushed = d) } });
    assert.equal(JSON.stringify(pushed), JSON.stringify(data));
    assert.throws(() => decodeShard(text, 't/8'), ShardFormatError);
  });
});
