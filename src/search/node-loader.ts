/**
 * Loads index pieces in Node the way the browser does: each piece is evaluated as
 * a script in a sandbox whose only global is `__arsip.push` (no parsing shortcut).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import vm from 'node:vm';
import type { ShardLoader } from './engine.ts';

export function fileLoader(searchDir: string): ShardLoader {
  return {
    async load(key: string): Promise<unknown> {
      const file = join(searchDir, `${key}.js`);
      let code: string;
      try {
        code = await readFile(file, 'utf8');
      } catch {
        throw new Error(`search index piece missing: ${file}`);
      }
      let pushed: { key: string; data: unknown } | null = null;
      const context = vm.createContext({
        __arsip: {
          push(k: string, data: unknown) {
            pushed = { key: k, data };
          },
        },
      });
      vm.runInContext(code, context, { filename: file, timeout: 5000 });
      const got = pushed as { key: string; data: unknown } | null;
      if (!got || got.key !== key) throw new Error(`search index piece ${file} did not provide "${key}"`);
      // Values created in the sandbox: copy into this realm so Array.isArray etc. behave.
      return structuredClone(got.data);
    },
  };
}
