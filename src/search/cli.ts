/**
 * `npm run search -- --out DIR [--json] [--stdin] QUERY…`: searches a built site's
 * index through the same engine (piece loading, partial lunr index) as the browser.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { SearchEngine } from './engine.ts';
import { SEARCH_DIR } from './format.ts';
import { fileLoader } from './node-loader.ts';

const USAGE = 'usage: npm run search -- --out DIR [--json] [--stdin] [--limit N] QUERY…';

async function answer(engine: SearchEngine, query: string, json: boolean, limit: number): Promise<string> {
  const outcome = await engine.search(query);
  const docs = await engine.docs(outcome.hits.map((h) => h.doc));
  if (json) {
    return JSON.stringify({
      query,
      results: outcome.hits.map((h, i) => ({ id: docs[i]?.id ?? '', url: docs[i]?.url ?? '', score: h.score })),
    });
  }
  const lines = [`${outcome.hits.length} hasil untuk “${query}”`];
  if (outcome.hits.length === 0) {
    const hint = await engine.suggest(query);
    if (hint) lines.push(`  Mungkin maksud Anda: ${hint}`);
  }
  outcome.hits.slice(0, limit).forEach((h, i) => {
    const d = docs[i];
    if (!d) return;
    lines.push(`${String(i + 1).padStart(3)}. ${d.title}`);
    lines.push(`     ${d.outlet ?? 'Media tidak diketahui'} · ${d.dateText ?? 'tanpa tanggal'} · ${d.url} · skor ${h.score.toFixed(3)}`);
  });
  if (outcome.hits.length > limit) lines.push(`     … dan ${outcome.hits.length - limit} lagi (--limit N)`);
  return lines.join('\n');
}

export async function runSearchCli(argv: string[]): Promise<number> {
  let values: { out?: string; json?: boolean; stdin?: boolean; limit?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'dist' },
        json: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        limit: { type: 'string', default: '10' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    console.error(`error: --limit must be a positive whole number\n${USAGE}`);
    return 2;
  }
  const searchDir = join(resolve(values.out ?? 'dist'), SEARCH_DIR);
  if (!existsSync(join(searchDir, 'meta.js'))) {
    console.error(`error: no search index in ${searchDir} (build the site first: npm run build -- --out ${values.out})`);
    return 1;
  }
  if (!values.stdin && positionals.length === 0) {
    console.error(`error: no query given\n${USAGE}`);
    return 2;
  }
  const engine = await SearchEngine.open(fileLoader(searchDir));
  const json = values.json ?? false;
  if (values.stdin) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      const q = line.trim();
      if (q) console.log(await answer(engine, q, json, limit));
    }
  } else {
    console.log(await answer(engine, positionals.join(' '), json, limit));
  }
  return 0;
}
