/**
 * `npx tsx bench/html-render.ts --pages DIR`: makes a page set's two text forms
 * from its saved pages, the way ../shared/realpages was made, so a set we write
 * ourselves is measured on the same footing: each `html/<id>.html` is loaded into
 * headless Chromium (JavaScript on, every network request blocked), and
 * `document.body.innerText` (no-break spaces to spaces, line-end spaces dropped,
 * a final newline) becomes `text/<id>.txt`; the same text from the headline line
 * (the last line equal to the truth's title before its first sentence) becomes
 * `text-from-headline/<id>.txt`.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../tests/support/chromium.ts';
import { squash, type Truth } from './eval.ts';

const { values } = parseArgs({ options: { pages: { type: 'string' } } });
if (!values.pages) throw new Error('usage: bench/html-render.ts --pages DIR');
const dir = resolve(values.pages);
const truths = new Map(
  readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Truth)
    .map((t) => [t.id, t] as const),
);
mkdirSync(join(dir, 'text'), { recursive: true });
mkdirSync(join(dir, 'text-from-headline'), { recursive: true });

const browser = await chromium.launch({ executablePath: ensureChromium() });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
for (const name of readdirSync(join(dir, 'html')).filter((n) => n.endsWith('.html')).sort()) {
  const id = name.replace(/\.html$/, '');
  const page = await context.newPage();
  await page.goto(`file://${join(dir, 'html', name)}`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const raw = await page.evaluate(() => document.body.innerText);
  await page.close();
  const text = raw.replace(/\u00a0/g, ' ').split('\n').map((l) => l.trimEnd()).join('\n').trimEnd() + '\n';
  writeFileSync(join(dir, 'text', `${id}.txt`), text);
  const truth = truths.get(id);
  if (!truth) continue;
  const lines = text.split('\n');
  const firstAt = lines.findIndex((l) => squash(l).includes(squash(truth.first)));
  let start = -1;
  for (let i = 0; i <= firstAt; i++) if (squash(lines[i]!) === squash(truth.title)) start = i;
  if (start < 0) throw new Error(`${id}: no headline line before the first sentence`);
  writeFileSync(join(dir, 'text-from-headline', `${id}.txt`), lines.slice(start).join('\n'));
  console.log(`${id}: ${lines.length} lines, headline at ${start + 1}`);
}
await browser.close();
