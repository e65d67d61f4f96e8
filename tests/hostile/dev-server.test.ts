/**
 * Issue 22: the dev server is private. It listens on loopback unless told
 * otherwise (--host), and answers every request from inside the output folder,
 * resolved by real path: a sibling folder whose name starts with the output's
 * (`dist-backup` beside `dist`), `..`, encoded slashes, symlinks out and broken
 * escapes get 400/404 with nothing logged.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startDev, type DevSession } from '../../src/dev.ts';
import { GOOD_SEED } from './support.ts';

let root = '';
let session: DevSession;
const lines: string[] = [];
let port = 0;

/** A raw GET (fetch would normalise `..` and encoded slashes away). */
function get(path: string, host = '127.0.0.1'): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, method: 'GET' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'arsip-dev-private-'));
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  cpSync(GOOD_SEED, join(seeds, 'baik.txt'));
  const out = join(root, 'site');
  mkdirSync(join(root, 'site-backup'));
  writeFileSync(join(root, 'site-backup', 'secret.txt'), 'RAHASIA-CADANGAN');
  writeFileSync(join(root, 'rahasia.txt'), 'RAHASIA-LUAR');
  session = await startDev({ seedsDir: seeds, outDir: out, port: 0, projectRoot: root, log: (l) => lines.push(l) });
  symlinkSync(join(root, 'rahasia.txt'), join(out, 'tautan.txt'));
  port = Number(new URL(session.url ?? '').port);
});
after(async () => {
  await session?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('dev server: private by default', () => {
  it('serves the site on loopback', async () => {
    assert.equal((await get('/index.html')).status, 200);
    assert.equal(session.address?.address, '127.0.0.1');
  });

  it('GET /..%2fsite-backup%2fsecret.txt and friends never leave the output folder; no console errors', async () => {
    const before = lines.length;
    for (const path of [
      '/..%2fsite-backup%2fsecret.txt',
      '/..%2Fsite-backup/secret.txt',
      '/%2e%2e/site-backup/secret.txt',
      '/../site-backup/secret.txt',
      '/..%5csite-backup%5csecret.txt',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/tautan.txt',
      '/%E0%A4%A',
      '/index.html%00.txt',
    ]) {
      const r = await get(path);
      assert.ok(r.status === 400 || r.status === 404, `${path}: ${r.status}`);
      assert.ok(!/RAHASIA|root:/.test(r.text), `${path} leaked`);
    }
    assert.deepEqual(lines.slice(before).filter((l) => /error|server:/i.test(l)), []);
    assert.equal((await get('/index.html?x=1')).status, 200, 'query strings still served');
  });
});
