/**
 * `npm run build` ends when the new site is in place: the replaced output is moved out of sight
 * (beside the caches) and deleted by a detached process, not waited for. Nothing of it is left
 * beside dist/, the trash empties by itself, and a later build empties what a removal left.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT } from './support/project.ts';

const cli = (root: string): ReturnType<typeof spawnSync> =>
  spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT, 'src', 'cli.ts'), 'build', '--seeds', join(root, 'seeds'), '--out', join(root, 'dist')], {
    cwd: PROJECT,
    encoding: 'utf8',
    timeout: 300_000,
  });

const waitFor = async (ok: () => boolean, ms: number): Promise<boolean> => {
  for (let waited = 0; waited < ms; waited += 100) {
    if (ok()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return ok();
};

test('npm run build leaves the replaced output to a detached removal: nothing beside dist/, the trash empties', async () => {
  const root = mkdtempSync(join(tmpdir(), 'arsip-detach-'));
  try {
    cpSync(join(PROJECT, 'seeds'), join(root, 'seeds'), { recursive: true });
    assert.equal(cli(root).status, 0);
    writeFileSync(join(root, 'seeds', 'baru.txt'), 'Kapal Nelayan Kembali Melaut\n\nJAKARTA - Nelayan kembali melaut pada Senin (3/2/2025) setelah cuaca membaik di perairan utara.\n');
    const second = cli(root);
    assert.equal(second.status, 0, String(second.stderr));
    assert.ok(existsSync(join(root, 'dist', 'index.html')), 'the new site is in place');
    assert.deepEqual(readdirSync(root).filter((n) => n.startsWith('.dist.')), [], 'no old output beside dist/');
    const trash = join(root, '.cache', 'arsip-berita', '.trash');
    assert.ok(await waitFor(() => !existsSync(trash) || readdirSync(trash).length === 0, 30_000), 'the detached removal empties the trash');
    // A removal that did not finish (the machine went down): the next build empties the trash.
    mkdirSync(join(trash, '.dist.old-1-1', 'artikel'), { recursive: true });
    writeFileSync(join(trash, '.dist.old-1-1', 'artikel', 'index.html'), 'lama');
    writeFileSync(join(root, 'seeds', 'baru.txt'), 'Kapal Nelayan Kembali Melaut\n\nJAKARTA - Nelayan kembali melaut pada Selasa (4/2/2025).\n');
    assert.equal(cli(root).status, 0);
    assert.equal(existsSync(join(trash, '.dist.old-1-1')), false, 'a left-over removal is finished by the next build');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
