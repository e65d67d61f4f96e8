/**
 * All Eleventy configuration for Arsip Berita.
 *
 * renderSite() (src/site/index.ts) injects the ArchiveModel as the global data
 * `archive` before this file runs. Run standalone
 * (`npx tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`, input
 * `templates`), this file builds the model itself from seeds/ (or $ARSIP_SEEDS,
 * with $ARSIP_BASE_URL and arsip.config.json) through src/ingest + src/archive.
 *
 * One template per page kind in templates/kinds/ (the table is
 * src/archive/kinds.ts): each paginates over `archive.pages.<kind>`, with
 * size 1, alias `p` and permalink `p.path` from the folder's data file
 * (templates/kinds/kinds.11tydata.js); templates only print. Nunjucks autoescape is on; the only unescaped
 * output goes through the JSON filters below, which escape for <script>, and `ownScript` (404.html's
 * own root finder, never data).
 */
import { join, relative } from 'node:path';
import type { EleventyUserConfig } from '@11ty/eleventy';
import { blocksToHtml, jsonForScript, ownInlineScript, xmlSafe } from './src/site/escape.ts';
import { rootScript } from './src/site/rootScript.ts';
import { jsonFeed } from './src/site/feeds.ts';
import { registerChartFilters } from './src/site/charts/eleventy.ts';
import { articleCount, formatNumber } from './src/archive/indonesian.ts';
import { PAGE_SAY } from './src/archive/pageWords.ts';
import { ASSETS_DIR, fileName } from './src/urls.ts';
import { PROJECT_ROOT, TEMPLATES_DIR } from './src/project.ts';
import type { FeedModel } from './src/archive/types.ts';

const ROOT = PROJECT_ROOT;

async function modelFromSeeds(): Promise<unknown> {
  const { scanSeeds, ingestSeeds } = await import('./src/ingest/index.ts');
  const { buildArchive } = await import('./src/archive/index.ts');
  const scanned = await scanSeeds(process.env.ARSIP_SEEDS ?? join(ROOT, 'seeds'));
  const { articles } = ingestSeeds(scanned.inputs);
  // The archive's own settings (arsip.config.json), as npm run build reads them.
  const { readSettings, SETTINGS_FILE } = await import('./src/settings.ts');
  const settings = readSettings(join(ROOT, SETTINGS_FILE));
  return buildArchive(articles, { baseUrl: process.env.ARSIP_BASE_URL ?? settings.baseUrl, sources: settings.sources, site: settings.site });
}

/** Eleventy 3's benchmark groups, as its UserConfig holds them (not in its published types). */
interface BenchmarkManagerLike {
  setVerboseOutput(verbose: boolean): void;
  getAll(): Record<string, { setIsVerbose(verbose: boolean): void }>;
}

function quietBenchmarks(cfg: EleventyUserConfig): void {
  const manager = (cfg as unknown as { benchmarkManager?: BenchmarkManagerLike }).benchmarkManager;
  if (!manager) return;
  manager.setVerboseOutput(false);
  for (const group of Object.values(manager.getAll())) group.setIsVerbose(false);
}

export default function eleventyConfig(cfg: EleventyUserConfig) {
  // renderSite() passes the model and its own input/output folders; a config file's `dir` would override those.
  const injected = 'archive' in cfg.globalData;
  if (!injected) cfg.addGlobalData('archive', modelFromSeeds);
  // Inside the build, Eleventy says nothing on its own: its "Benchmark … % (Configuration)" warnings come and go
  // with the machine's load and would break the build's one-line-per-problem output (it has its own timings).
  if (injected) quietBenchmarks(cfg);

  // Pages come from the model, never from collections: skipping collections saves time at 10,000 pages.
  cfg.addGlobalData('eleventyExcludeFromCollections', true);
  // 404.html's root finder, printed in the page without --base-url, and its CSP hash (src/site/rootScript.ts).
  cfg.addGlobalData('rootScript', rootScript());
  cfg.setTemplateFormats(['njk']);
  cfg.setUseGitIgnore(false);
  // Directory data files (templates/kinds/kinds.11tydata.js) but no `<name>.json` beside a template:
  // the pages' data is the model, never a file next to a template.
  cfg.setDataFileSuffixes(['.11tydata']);
  // The site-wide files (templates/assets, and the feeds, sitemap and robots.txt of the templates at the top of
  // templates/) come with a render's first run only: later runs, in parallel workers, would write them again.
  if (cfg.globalData.copyAssets !== false) cfg.addPassthroughCopy({ [join(TEMPLATES_DIR, ASSETS_DIR)]: ASSETS_DIR.slice(0, -1) });
  else cfg.ignores.add(`${relative(process.cwd(), TEMPLATES_DIR)}/*.njk`);
  cfg.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });

  cfg.amendLibrary('njk', (env) => {
    const markSafe = env.getFilter('safe');
    // JSON for <script type="application/ld+json"> and for feed.json: `<`, `>`, `&`, U+2028/9 escaped.
    env.addFilter('jsonScript', ((value: unknown) => markSafe(jsonForScript(value))) as never);
    // The project's own script inside <script> (404.html): checked not to end the element early.
    env.addFilter('ownScript', ((text: string) => markSafe(ownInlineScript(text))) as never);
    env.addFilter('jsonFeed', ((feed: FeedModel) => markSafe(jsonForScript(jsonFeed(feed), 2))) as never);
  });
  // `10.001`: the one number format of every page (src/archive/indonesian.ts).
  cfg.addFilter('angka', formatNumber as never);
  // Sentences with numbers in them (`say.yearIntro(12, 3)`): functions, so not part of the plain-data model.
  cfg.addNunjucksGlobal('say', PAGE_SAY);
  // `10.001 artikel`: a count of articles, worded once (src/archive/indonesian.ts).
  cfg.addFilter('articleCount', articleCount as never);
  // `data/articles.csv` → `articles.csv`: a file's name, as a download link shows it.
  cfg.addFilter('fileName', fileName as never);
  // Text for XML files (autoescape still applies afterwards).
  cfg.addFilter('xml', xmlSafe as never);
  // Atom `type="html"` content: an HTML fragment built from escaped text, escaped once more by autoescape.
  cfg.addFilter('blocksHtml', blocksToHtml as never);
  // Charts for the statistics page and the topic/outlet timelines (src/site/charts, the stats helper's).
  registerChartFilters(cfg);

  return {
    dir: injected
      ? { includes: '_includes', data: '_data' }
      : { input: 'templates', includes: '_includes', data: '_data', output: process.env.ARSIP_OUT ?? 'dist' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
