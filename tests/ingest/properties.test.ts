/**
 * Property-based tests (fast-check): ingest never throws; a paragraph no
 * furniture rule matches is never lost; slugs are always unique, URL-safe and
 * independent of the order the seeds are read in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FURNITURE } from '../../src/ingest/data/furniture.ts';
import { ingestSeed, ingestSeeds } from '../../src/ingest/index.ts';
import { sanitizeUserSlug, safeSlug, slugify } from '../../src/ingest/slug.ts';
import { trieSource } from '../../src/ingest/trie.ts';
import type { SeedInput } from '../../src/ingest/types.ts';
import { bytes } from './helpers.ts';
import { noticeText, type Notice } from '../../src/ingest/notices.ts';
const english = (ns: readonly Notice[]): string[] => ns.map((n) => noticeText(n, 'en'));

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

function checkArticleShape(input: SeedInput): void {
  const r = ingestSeed(input);
  assert.ok(['ok', 'warning', 'error'].includes(r.outcome.status));
  for (const m of r.outcome.messages) {
    assert.ok(m.startsWith(`${input.sourceFile}: `));
    assert.ok(!m.includes('\n'), 'one-line messages');
  }
  if (r.draft) {
    assert.ok(r.draft.title.trim() !== '', 'every article has something to show as its title');
    assert.match(r.draft.slugBase, SLUG);
    assert.ok(r.draft.published === null || /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/.test(r.draft.published));
    for (const b of r.draft.body) assert.ok(b.text.trim() !== '' && !b.text.includes('\n'));
  } else {
    assert.equal(r.outcome.status, 'error');
  }
}

describe('ingest never throws', () => {
  it('on arbitrary Unicode text (.txt and .md)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.boolean(), (text, md) => {
        checkArticleShape({ sourceFile: md ? 'acak.md' : 'acak.txt', bytes: bytes(text) });
      }),
      { numRuns: 300 },
    );
  });

  it('on text built from news-like pieces (datelines, dates, furniture, front matter fences)', () => {
    const piece = fc.constantFrom(
      '---', '---\ntitle: x\n---', 'Liputan6.com, Beijing - ', 'SEOUL - ', 'Senin (3/2/2020)', '(9/5)', '2 Agustus',
      '15 Maret 2022 06:25', 'Tag', 'Terpopuler', 'BACA JUGA: x', 'Redaktur: A B', 'Copyright © 2024', '\n', '\n\n',
      '\r\n', '"', '“', '# ', '> ', '<script>', '</p>', '&amp;', 'Sukses', '(*)', 'Jakarta - detikNews', ' ', 'kata',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 60 }), fc.boolean(), (parts, md) => {
        checkArticleShape({ sourceFile: md ? 'acak.md' : 'acak.txt', bytes: bytes(parts.join('')) });
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (data) => {
        checkArticleShape({ sourceFile: 'acak.txt', bytes: data });
      }),
      { numRuns: 300 },
    );
  });
});

describe('a paragraph that no rule matches is never lost', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 9 });
  const paragraph = fc
    .array(word, { minLength: 4, maxLength: 25 })
    .map((ws) => {
      const s = ws.join(' ');
      return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
    })
    .filter((p) => !FURNITURE.some((r) => r.pattern.test(p)));
  const lineFurniture = FURNITURE.filter((r) => r.kind === 'line').flatMap((r) =>
    r.examples.filter((e) => !(r.takesNextWhenBare && e.trimEnd().endsWith(':'))),
  );
  const trailing = FURNITURE.filter((r) => r.kind === 'trailing').flatMap((r) => r.examples);

  it('whatever furniture surrounds it, in any layout', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(paragraph, fc.option(fc.constantFrom(...lineFurniture), { nil: undefined })), { minLength: 1, maxLength: 12 }),
        fc.option(fc.constantFrom(...trailing), { nil: undefined }),
        fc.constantFrom('\n', '\n\n', '\r\n\r\n'),
        fc.boolean(),
        (items, tail, sep, withTitle) => {
          const lines: string[] = withTitle ? ['Judul Berita Untuk Uji Sifat'] : [];
          for (const [p, f] of items) {
            lines.push(p);
            if (f) lines.push(f);
          }
          if (tail) lines.push(tail, 'Berita lain yang populer hari ini');
          const r = ingestSeed({ sourceFile: 'sifat.txt', bytes: bytes(lines.join(sep)) });
          assert.ok(r.draft);
          const texts = r.draft.body.map((b) => b.text);
          const paragraphs = items.map(([p]) => p);
          // A lone paragraph also gives the derived title, but it stays in the body too.
          for (const p of paragraphs) assert.ok(texts.includes(p), `lost: ${p}\nbody: ${JSON.stringify(texts)}`);
          assert.deepEqual(
            texts.filter((t) => paragraphs.includes(t)),
            paragraphs,
            'all of them, in order',
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a whole page: the promise between the headline and the end of the story', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 9 });
  const cap = (w: string): string => `${w[0]!.toUpperCase()}${w.slice(1)}`;
  const paragraph = fc
    .array(word, { minLength: 12, maxLength: 25 })
    .map((ws) => `${cap(ws.join(' '))}.`)
    .filter((p) => p.length >= 80 && !FURNITURE.some((r) => r.pattern.test(p)));
  // A headline has a headline's shape: several words, at least 15 characters.
  const headline = fc
    .array(word, { minLength: 4, maxLength: 9 })
    .map((ws) => ws.map(cap).join(' '))
    // "By Aa Aa Aaa Aa" is a byline by its shape, not a headline.
    .filter((t) => t.length >= 15 && !/^(?:by|oleh|reporter|penulis|pewarta|laporan|wartawan|editor|redaktur|kontributor)\b/i.test(t));
  const menu = fc.oneof(
    word.map(cap),
    fc.array(word, { minLength: 2, maxLength: 4 }).map((ws) => ws.map(cap).join(' | ')),
    fc.constantFrom('Kamis, 18 Juni 2015', 'Terpopuler', 'Tag', 'LATEST UPDATE', 'Login', 'Bola.com'),
  );
  const lineFurniture = FURNITURE.filter((r) => r.kind === 'line').flatMap((r) =>
    r.examples.filter((e) => !(r.takesNextWhenBare && /(?:juga|also)\s*:?\s*$/i.test(e))),
  );
  const trailing = FURNITURE.filter((r) => r.kind === 'trailing').flatMap((r) => r.examples);

  it('every paragraph after the found headline and before a list label is kept, in order; the lines above it are dropped and counted', () => {
    fc.assert(
      fc.property(
        fc.array(menu, { minLength: 1, maxLength: 30 }),
        headline,
        fc.array(fc.tuple(paragraph, fc.option(fc.constantFrom(...lineFurniture), { nil: undefined })), { minLength: 2, maxLength: 10 }),
        fc.constantFrom(...trailing),
        (top, title, items, tail) => {
          const lines = [...top, title, 'Rabu, 17 Juni 2015 | 22:26 WIB'];
          for (const [p, f] of items) lines.push(p, ...(f ? [f] : []));
          lines.push(tail, 'Judul Berita Lain yang Populer Hari Ini');
          // Blank lines between blocks, as a browser copies a page (no hard-wrap joining in play).
          const r = ingestSeed({ sourceFile: 'halaman.txt', bytes: bytes(lines.join('\n\n')) });
          assert.ok(r.draft);
          assert.equal(r.draft.title, title);
          const texts = r.draft.body.map((b) => b.text);
          const paragraphs = items.map(([p]) => p);
          assert.deepEqual(texts, paragraphs, 'exactly the story, in order');
          assert.ok(english(r.draft.notices).some((w) => w.endsWith(`${top.length} line${top.length === 1 ? '' : 's'} of page furniture before the headline dropped`)), english(r.draft.notices).join(' | '));
          assert.equal(r.outcome.dropped?.before, top.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('slugs', () => {
  it('slugify + safeSlug always give a URL-safe, non-reserved, bounded slug', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const s = safeSlug(slugify(text), 'cadangan');
        assert.match(s, SLUG);
        assert.ok(s.length <= 88);
        assert.ok(!RESERVED.test(s));
      }),
      { numRuns: 500 },
    );
  });

  it('a front-matter slug is always made safe, and a changed one is always reported', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 120 }), fc.constantFrom('../../etc/passwd', '/etc/passwd', 'C:\\Windows', '', '.', '..', 'con', 'LPT1', 'baik-sekali')),
        (raw) => {
          const { slug, problem } = sanitizeUserSlug(raw, 'judul cadangan');
          assert.match(slug, SLUG);
          assert.ok(!RESERVED.test(slug));
          if (slug !== raw) assert.ok(problem, `changed "${raw}" → "${slug}" without a problem`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('are unique across the archive and the same whatever order the seeds come in', () => {
    const title = fc.oneof(
      fc.constantFrom('Rapat Kabinet Bahas Harga Beras', 'CON', '!!!', 'Ç̧a va', 'Berita', 'Berita 2', 'berita-2', ''),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(title, fc.boolean()), { minLength: 1, maxLength: 25 }),
        fc.infiniteStream(fc.nat()),
        (specs, rand) => {
          const inputs: SeedInput[] = specs.map(([t, dated], i) => ({
            sourceFile: `s${String(i).padStart(2, '0')}.txt`,
            bytes: bytes(`${t}\n\nIsi berita nomor ${i} yang cukup panjang${dated ? ', Senin (3/2/2020)' : ''}.\n\nParagraf kedua.`),
          }));
          const shuffled = [...inputs];
          const r = rand.take(shuffled.length);
          let k = 0;
          for (const n of r) {
            const j = n % (shuffled.length - k) + k;
            [shuffled[k], shuffled[j]] = [shuffled[j]!, shuffled[k]!];
            k++;
          }
          const a = ingestSeeds(inputs);
          const b = ingestSeeds(shuffled);
          const slugs = a.articles.map((x) => x.slug);
          assert.equal(new Set(slugs).size, slugs.length, 'unique');
          assert.equal(new Set(a.articles.map((x) => x.url)).size, slugs.length, 'unique urls');
          for (const s of slugs) {
            assert.match(s, SLUG);
            assert.ok(!RESERVED.test(s));
          }
          assert.deepEqual(
            b.articles.map((x) => [x.sourceFile, x.slug, x.url]),
            a.articles.map((x) => [x.sourceFile, x.slug, x.url]),
            'order-independent',
          );
          assert.deepEqual(b.outcomes, a.outcomes);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('prefix-trie regex', () => {
  it('matches exactly the words it was built from, and the longest one at a position', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', '-', ' ', '.', '(', 'é'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(word, { maxLength: 12 }), (words, others) => {
        const whole = new RegExp(`^(?:${trieSource(words)})$`, 'u');
        for (const w of words) assert.ok(whole.test(w), `${JSON.stringify(w)} in ${JSON.stringify(words)}`);
        for (const o of others) assert.equal(whole.test(o), words.includes(o), JSON.stringify(o));
        const longest = [...words].sort((a, b) => b.length - a.length)[0]!;
        const atStart = new RegExp(`^(?:${trieSource(words)})`, 'u').exec(longest);
        assert.equal(atStart?.[0], longest);
      }),
      { numRuns: 300 },
    );
  });
});
