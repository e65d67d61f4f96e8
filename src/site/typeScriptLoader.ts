/**
 * Eleventy imports its configuration itself. Run through tsx, it imports .eleventy.ts and its
 * TypeScript imports just work. Run from the command bundle, it imports the bundled entry of
 * .eleventy.ts (src/launch.mjs, SIDE_ENTRIES): plain JavaScript, no TypeScript loader; only a bundle
 * without that entry registers tsx, when a page is about to be rendered.
 */
import { pathToFileURL, fileURLToPath } from 'node:url';
import { ELEVENTY_CONFIG } from '../project.ts';
import { bundledModules, runnableModule } from '../runtime.ts';

let registered: Promise<void> | null = null;

/** The configuration file to hand Eleventy, with tsx registered first when it is TypeScript in a bundled process. */
export async function eleventyConfigPath(): Promise<string> {
  const { url, tsx } = runnableModule(pathToFileURL(ELEVENTY_CONFIG).href);
  if (tsx && bundledModules() !== null) {
    registered ??= import('tsx/esm/api').then((api) => {
      api.register();
    });
    await registered;
  }
  return fileURLToPath(url);
}
