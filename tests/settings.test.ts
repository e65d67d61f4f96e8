/**
 * The archive's own name: arsip.config.json (or --config FILE) sets the name,
 * description, about paragraph, contact, base URL and whether seed copies are
 * published; a wrong value is one line naming the file and the field.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readSettings, SettingsError } from '../src/settings.ts';

const root = join(import.meta.dirname, '..');
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
const write = (dir: string, data: unknown): string => {
  const file = join(dir, 'arsip.config.json');
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
};

test('a wrong setting is one line naming the file and the field; no file means the defaults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-settings-'));
  const says = (data: unknown): string => {
    try {
      readSettings(write(dir, data));
    } catch (err) {
      assert.ok(err instanceof SettingsError);
      return err.message;
    }
    return 'no error';
  };
  assert.match(says({ name: 42 }), /arsip\.config\.json: "name" should be text of one line/);
  assert.match(says({ nama: 'Arsip' }), /unknown setting "nama"; the settings are name, description/);
  assert.match(says({ baseUrl: 'ftp://x' }), /"baseUrl" should be an http\(s\) address/);
  assert.match(says('{ name: "x" '), /is not valid JSON/);
  assert.equal(says({ name: 'Kliping Kota', sources: false }), 'no error');
  assert.equal(readSettings(join(dir, 'tidak-ada.json')).site.name, 'Arsip Berita');
  assert.throws(() => readSettings(join(dir, 'tidak-ada.json'), { required: true }), /cannot be read \(ENOENT\)/);
});

test('the build shows the archive\'s own name, description, about and contact; a change of settings rebuilds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-named-'));
  const out = join(dir, 'site');
  const config = write(dir, {
    name: 'Kliping Perpustakaan Kota',
    description: 'Kliping berita daerah sejak 2015',
    about: 'Arsip ini dikumpulkan oleh pustakawan kota dari koran dan situs berita.',
    contact: 'arsip@perpustakaan.example.id',
    baseUrl: 'https://arsip.example.id/',
    sources: false,
  });
  const first = cli('build', '--out', out, '--config', config);
  assert.equal(first.status, 0, first.stderr);
  const home = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(home, /<title>[^<]* · Kliping Perpustakaan Kota<\/title>/);
  assert.match(home, /Kliping berita daerah sejak 2015/);
  assert.match(home, /href="https:\/\/arsip\.example\.id\/"/, 'the base URL of the settings is used');
  const about = readFileSync(join(out, 'tentang', 'index.html'), 'utf8');
  assert.match(about, /Arsip ini dikumpulkan oleh pustakawan kota/);
  assert.match(about, /href="mailto:arsip@perpustakaan\.example\.id"/);
  assert.match(readFileSync(join(out, 'feed.xml'), 'utf8'), /<title>Kliping Perpustakaan Kota<\/title>/);
  const pages = readdirSync(join(out, 'artikel'), { recursive: true }).map(String);
  assert.deepEqual(pages.filter((f) => f.endsWith('.txt')), [], 'sources: false leaves the seed copies out');
  const page = readFileSync(join(out, 'artikel', pages.find((f) => f.endsWith('index.html'))!), 'utf8');
  assert.doesNotMatch(page, /class="seed-link"/, 'and the links to them');
  const again = cli('build', '--out', out, '--config', config, '--verbose');
  assert.match(again.stdout, /nothing changed/);
  write(dir, { name: 'Kliping Kota' });
  const renamed = cli('build', '--out', out, '--config', config);
  assert.equal(renamed.status, 0, renamed.stderr);
  assert.doesNotMatch(renamed.stdout, /nothing changed/);
  assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /<title>[^<]* · Kliping Kota<\/title>/);
  const bad = cli('build', '--out', out, '--config', write(dir, { name: '' }));
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
  assert.match(bad.stderr, /^error: .*arsip\.config\.json: "name" should be/);
});
