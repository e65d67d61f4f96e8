/**
 * Preloaded (`node --import`) into a build when the tests cannot mount a small
 * filesystem (not root): after ARSIP_INJECT_ENOSPC_AFTER writes into a staging
 * folder, every further write there fails with ENOSPC at the call a full disk
 * fails, fs.writeFileSync (Eleventy writes every page with it).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const after = Number(process.env.ARSIP_INJECT_ENOSPC_AFTER ?? 'NaN');
if (Number.isFinite(after)) {
  const real = fs.writeFileSync;
  let writes = 0;
  fs.writeFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof file === 'string' && file.includes('.staging-') && ++writes > after) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    }
    return (real as (...a: unknown[]) => void)(file, ...rest);
  }) as typeof fs.writeFileSync;
  syncBuiltinESMExports();
}
