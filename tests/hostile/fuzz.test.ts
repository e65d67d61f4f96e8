/**
 * fast-check fuzzing of ingest (arbitrary front matter) and of every writer that
 * puts seed text into an output format: HTML pages (through Eleventy), JSON
 * (exports and <script> data), CSV, and the search index scripts.
 * (Arbitrary text and bytes through ingest: tests/ingest/properties.test.ts.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { HtmlValidate } from 'html-validate';
import { buildArchive } from '../../src/archive/index.ts';
import { ingestSeeds } from '../../src/ingest/index.ts';
import type { Article } from '../../src/ingest/types.ts';
import { renderSite } from '../../src/site/index.ts';
import { ARTICLE_FIELDS, articlesToCsv, articlesToJson } from '../../src/site/exports.ts';
import { jsonForScript } from '../../src/site/escape.ts';
import { decodeShard, encodeShard } from '../../src/search/format.ts';
import { htmlValidateConfig } from '../site/htmlvalidate.config.ts';
import { PROJECT } from './support.ts';
import { FORMULA_START, parseStrictCsvRecords } from '../support/strict-csv.ts';
import { notice, noticeText } from '../../src/ingest/notices.ts';

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '</textarea>',
  '<!--',
  ']]>',
  '&amp;lt;',
  '&#60;script&#62;',
  '\u2028',
  '\u2029',
  '{{ 7*7 }}',
  '{% raw %}',
  '${x}',
  '=HYPERLINK("x")',
  '+1',
  '-1',
  '@SUM(A1)',
  '\t=1',
  '"',
  "'",
  ',',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '__proto__',
  'constructor',
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text mixing hostile fragments with arbitrary strings, the way a scraped page might. */
const hostileText = (): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string(), fc.string({ unit: 'grapheme' })), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));

const articleArb: fc.Arbitrary<Article> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9_-]{1,12}$/),
    title: hostileText(),
    outlet: fc.option(hostileText(), { nil: null }),
    dateline: fc.option(hostileText(), { nil: null }),
    authors: fc.array(hostileText(), { maxLength: 3 }),
    editor: fc.option(hostileText(), { nil: null }),
    photographer: fc.option(hostileText(), { nil: null }),
    lead: hostileText(),
    body: fc.array(fc.record({ type: fc.constantFrom('paragraph', 'heading', 'quote' as const), text: hostileText() }), { maxLength: 4 }),
    topics: fc.array(hostileText(), { maxLength: 3 }),
    warnings: fc.array(hostileText(), { maxLength: 2 }),
    omitted: fc.array(hostileText(), { maxLength: 2 }),
    sourceUrl: fc.option(fc.oneof(hostileText(), fc.constant('javascript:alert(1)'), fc.webUrl()), { nil: null }),
  })
  .map((r) => ({
    ...r,
    slug: r.id,
    url: `artikel/tanpa-tanggal/${r.id}/`,
    sourceFile: `${r.id}.txt`,
    titleDerived: false,
    published: null,
    yearInferred: false,
    wordCount: 1,
    modified: null,
    accessed: null,
    topicSources: r.topics.map((topic) => ({ topic, from: 'tag' as const })),
    omitted: r.omitted.map((text) => ({ text, reason: 'furniture' as const, rule: 'hostile' })),
    // Hostile values inside the notices the article page renders, their English as the warnings.
    ...((notices) => ({ notices, warnings: notices.map((n) => noticeText(n, 'en')) }))(r.warnings.map((outlet) => notice('outlet.unknown', { outlet }))),
  }));

describe('fuzz: ingest', () => {
  it('arbitrary front matter (keys, types, hostile values) never throws; every message is one line naming the file', () => {
    const value = fc.oneof(hostileText(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(hostileText(), { maxLength: 3 }), fc.dictionary(fc.string(), hostileText(), { maxKeys: 2 }));
    const key = fc.oneof(fc.constantFrom('title', 'date', 'outlet', 'dateline', 'author', 'editor', 'topics', 'slug', '__proto__', 'constructor'), fc.string());
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), hostileText(), fc.constantFrom('.md', '.txt'), (fm, body, ext) => {
        // JSON is YAML: any dictionary becomes front matter.
        const text = `---\n${JSON.stringify(fm)}\n---\n${body}\n`;
        const file = `fm${ext}`;
        const { articles, outcomes } = ingestSeeds([{ sourceFile: file, bytes: new TextEncoder().encode(text) }]);
        for (const m of outcomes.flatMap((o) => o.messages)) {
          assert.ok(m.startsWith(`${file}: `), m);
          assert.ok(!/[\r\n\u0085\u2028\u2029]/.test(m), `one line: ${JSON.stringify(m)}`);
        }
        for (const a of articles) {
          assert.ok(/^[a-z0-9-]+$/.test(a.slug), a.slug);
          for (const t of [a.title, a.lead, ...a.body.map((b) => b.text), ...a.topics, a.outlet ?? '']) {
            assert.ok(!LONE_SURROGATE.test(t), 'no lone surrogates');
            assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(t), `no control characters: ${JSON.stringify(t)}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('fuzz: writers', () => {
  it('JSON for <script> data is inert in HTML and round-trips as JavaScript and as JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostileText(), (v, s) => {
        // A "__proto__" key cannot be both JSON and the same object literal as a script (an object
        // literal sets the prototype there); fast-check generates it on purpose. Our writers' keys are
        // fixed field names, so such values are outside what they are given.
        fc.pre(!JSON.stringify(v).includes('"__proto__"'));
        for (const value of [v, s, { s, v }]) {
          const json = jsonForScript(value);
          assert.ok(!/[<>&\u2028\u2029]/.test(json), json);
          assert.equal(JSON.stringify(JSON.parse(json)), JSON.stringify(value));
          // Evaluated as a script (another realm): compare through JSON.
          assert.equal(JSON.stringify(runInNewContext(`(${json})`)), JSON.stringify(value));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('articles.json is valid JSON with exactly the contract fields and values', () => {
    fc.assert(
      fc.property(fc.array(articleArb, { maxLength: 5 }), (articles) => {
        const parsed = JSON.parse(articlesToJson(articles)) as Record<string, unknown>[];
        assert.equal(parsed.length, articles.length);
        parsed.forEach((row, i) => {
          assert.deepEqual(Object.keys(row), [...ARTICLE_FIELDS]);
          assert.equal(row.title, articles[i]!.title);
          assert.equal(JSON.stringify(row.body), JSON.stringify(articles[i]!.body));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('articles.csv parses back to one row per article, every cell its text, formula starts neutralised', () => {
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 5 }), (articles) => {
        const rows = parseStrictCsvRecords(Buffer.from(articlesToCsv(articles), 'utf8').toString('utf8'));
        assert.equal(rows.length, articles.length);
        rows.forEach((row, i) => {
          const a = articles[i]!;
          for (const cell of Object.values(row)) assert.ok(!FORMULA_START.test(cell), JSON.stringify(cell));
          // The file is UTF-8: a lone surrogate (which ingest never produces) can only come back as U+FFFD.
          const expect = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s).replace(LONE_SURROGATE, '\uFFFD');
          assert.equal(row.title, expect(a.title));
          assert.equal(row.lead, expect(a.lead));
          assert.equal(row.outlet, expect(a.outlet ?? ''));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('search index pieces are inert scripts that hand back exactly their data, as scripts and read as JSON', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), hostileText(), (key, v, s) => {
        const data = [s, v];
        const script = encodeShard(key, data);
        assert.ok(!/<\/script|<!--|[\u2028\u2029]/i.test(script));
        const got: unknown[] = [];
        runInNewContext(script, { __arsip: { push: (k: string, d: unknown) => got.push(k, d) } });
        assert.equal(JSON.stringify(got), JSON.stringify([key, data]));
        // The terminal search reads the same piece as data (no evaluation): the same value.
        assert.equal(JSON.stringify(decodeShard(script, key)), JSON.stringify(data));
      }),
      { numRuns: 500 },
    );
  });

  it('HTML pages rendered by Eleventy from hostile seeds keep their structure and validate', async () => {
    const hv = new HtmlValidate(htmlValidateConfig);
    const seedText = fc
      .tuple(hostileText(), hostileText(), fc.array(hostileText(), { minLength: 1, maxLength: 3 }))
      .map(([title, lead, paras]) => `${title.replace(/\s+/g, ' ')}\nJakarta - ${lead}, Senin (3/2/2020).\n\n${paras.join('\n\n')}\n`);
    const ATTR = /([^\s=\/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;
    const tagsOf = (html: string): Set<string> =>
      new Set([...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)].flatMap((m) => [m[1]!, ...[...(m[2] ?? '').matchAll(ATTR)].map((a) => `${m[1]}@${a[1]}`)]));
    const dir = mkdtempSync(join(tmpdir(), 'arsip-fuzz-html-'));
    try {
      // The tags and attributes the article pages of the sample seeds use: a hostile page may use no others.
      const samples = readdirSync(join(PROJECT, 'seeds')).map((f) => ({ sourceFile: f, bytes: readFileSync(join(PROJECT, 'seeds', f)) }));
      const plain = ingestSeeds(samples);
      await renderSite(buildArchive(plain.articles, { baseUrl: null }), join(dir, 'plain'));
      const allowed = new Set(plain.articles.flatMap((a) => [...tagsOf(readFileSync(join(dir, 'plain', a.url, 'index.html'), 'utf8'))]));
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(seedText, { minLength: 1, maxLength: 3 }), async (texts) => {
          const out = join(dir, `run-${run++}`);
          const { articles } = ingestSeeds(texts.map((t, i) => ({ sourceFile: `s${i}.txt`, bytes: new TextEncoder().encode(t) })));
          await renderSite(buildArchive(articles, { baseUrl: null }), out);
          for (const a of articles) {
            const html = readFileSync(join(out, a.url, 'index.html'), 'utf8');
            const extra = [...tagsOf(html)].filter((t) => !allowed.has(t));
            assert.deepEqual(extra, [], `${a.title}: markup that the template does not write`);
            const report = await hv.validateString(html, a.url);
            assert.equal(report.valid, true, JSON.stringify(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`))));
          }
          rmSync(out, { recursive: true, force: true });
        }),
        { numRuns: 6 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
