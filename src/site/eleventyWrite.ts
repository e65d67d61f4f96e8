/**
 * Eleventy's write() rejects as soon as one page fails, while the other pages
 * go on rendering and writing, and its passthrough copy (templates/assets) runs
 * on its own: when the disk fills up, files keep landing in the staging folder
 * after the build has given up — its cleanup then fails with ENOTEMPTY and
 * replaces the real error — and a failed copy rejects with no handler
 * (TemplatePassthroughManagerCopyError), which ends the process with Node's
 * crash banner. writeSettled() returns only when every page and every copy has
 * settled, and rejects with the first error.
 *
 * It hooks two methods of Eleventy 3.1's instances (TemplateWriter's
 * generateTemplates, TemplatePassthroughManager's copyPassthrough); if a later
 * Eleventy renames them, it falls back to a plain write().
 */
import type Eleventy from '@11ty/eleventy';

interface WriterInternals {
  generateTemplates?: (...args: unknown[]) => Promise<Promise<unknown>[]>;
}
interface PassthroughInternals {
  copyPassthrough?: (...args: unknown[]) => Promise<unknown>;
}

export async function writeSettled(eleventy: Eleventy): Promise<void> {
  await eleventy.init();
  const internals = eleventy as unknown as { writer?: WriterInternals; passthroughManager?: PassthroughInternals };
  const inFlight: Promise<unknown>[] = [];
  const writer = internals.writer;
  const generate = writer?.generateTemplates;
  if (writer && generate) {
    writer.generateTemplates = async (...args) => {
      const pages = await generate.apply(writer, args);
      const settled = Promise.allSettled(pages);
      inFlight.push(settled);
      // Each page's promise settles only once all have: Eleventy's Promise.all then rejects after the last write.
      return pages.map((page) => settled.then(() => page));
    };
  }
  const passthrough = internals.passthroughManager;
  const copy = passthrough?.copyPassthrough;
  if (passthrough && copy) {
    passthrough.copyPassthrough = (...args) => {
      const copying = copy.apply(passthrough, args);
      // Eleventy attaches its handler only after all pages are written, which never happens when one fails.
      copying.catch(() => undefined);
      inFlight.push(copying);
      return copying;
    };
  }
  try {
    await eleventy.write();
  } finally {
    await Promise.allSettled(inFlight);
  }
}
