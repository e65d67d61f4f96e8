/**
 * Eleventy imports .eleventy.ts itself. Run through tsx, TypeScript imports just work; run from the
 * command bundle (src/launch.mjs sets the flag), tsx is registered here first, only when a page is
 * about to be rendered: a build with nothing to render never loads it.
 */
const BUNDLED = Symbol.for('arsip-berita.bundled');
let registered: Promise<void> | null = null;

export function typeScriptLoader(): Promise<void> {
  if ((globalThis as Record<symbol, unknown>)[BUNDLED] !== true) return Promise.resolve();
  registered ??= import('tsx/esm/api').then((api) => {
    api.register();
  });
  return registered;
}
