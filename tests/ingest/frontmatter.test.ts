/** Front matter: every field overrides extraction; problems are reported, never fatal. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFrontMatter } from '../../src/ingest/frontmatter.ts';
import { ingestText } from './helpers.ts';
import { noticeText } from '../../src/ingest/notices.ts';

const BODY = 'SEOUL - Pemimpin Korea Utara mengirim surat kepada Presiden China, Sabtu (1/2/2020).\n\nParagraf kedua berita.\n';

describe('front matter', () => {
  it('overrides title, date, outlet, dateline, author, editor, topics and slug', () => {
    const { article: a, outcome } = ingestText(
      [
        '---',
        'title: Judul Dari Front Matter',
        'date: "15 Maret 2022 06:25 WITA"',
        'outlet: kompas.com',
        'dateline: PYONGYANG',
        'author: Siti Aminah',
        'editor: Budi Santoso',
        'topics: [Korut, Tiongkok, Topik Baru]',
        'slug: surat-kim',
        '---',
        BODY,
      ].join('\n'),
    );
    assert.ok(a);
    assert.equal(a.title, 'Judul Dari Front Matter');
    assert.equal(a.titleDerived, false);
    assert.equal(a.published, '2022-03-15T06:25:00+08:00');
    assert.equal(a.outlet, 'Kompas.com');
    assert.equal(a.dateline, 'Pyongyang');
    assert.deepEqual(a.authors, ['Siti Aminah']);
    assert.equal(a.editor, 'Budi Santoso');
    assert.deepEqual(a.topics, ['Korea Utara', 'China', 'Topik Baru']);
    assert.equal(a.slug, 'surat-kim');
    assert.equal(a.url, 'artikel/2022/03/surat-kim/');
    // The guesses front matter replaced are not reported as guesses.
    assert.ok(!a.warnings.some((w) => /title derived|no outlet|published taken/.test(w)), JSON.stringify(a.warnings));
    assert.deepEqual(outcome.problems, []);
  });

  it('a YAML date (2020-02-03) stays the day that was written, not a UTC timestamp', () => {
    const { article: a } = ingestText(`---\ndate: 2020-02-03\n---\n${BODY}`);
    assert.equal(a?.published, '2020-02-03');
    const { article: b } = ingestText(`---\ndate: 2022-03-15T06:25:00+07:00\n---\n${BODY}`);
    assert.equal(b?.published, '2022-03-15T06:25:00+07:00');
  });

  it('outlet: null says the outlet is unknown, without a warning', () => {
    const { article: a } = ingestText(`---\noutlet: null\n---\nSuara.com - Isi berita.\n\nParagraf kedua.`);
    assert.equal(a?.outlet, null);
    assert.ok(!a?.warnings.some((w) => w.includes('outlet')));
  });

  it('front matter with no closing fence is read as text, with a problem', () => {
    const r = parseFrontMatter('---\ntitle: x\nIsi berita tanpa penutup.');
    assert.equal(r.body, '---\ntitle: x\nIsi berita tanpa penutup.');
    assert.match(noticeText(r.problems[0]!, 'en'), /not closed/);
  });

  it('a horizontal rule at the top is not front matter', () => {
    assert.deepEqual(parseFrontMatter('----\nIsi.').problems, []);
    assert.equal(parseFrontMatter('--- bukan pagar\nIsi.').hasFrontMatter, false);
  });

  it('a YAML list or scalar instead of key: value lines is a problem', () => {
    assert.match(noticeText(parseFrontMatter('---\n- a\n- b\n---\nIsi.').problems[0]!, 'en'), /not a set of "key: value" lines/);
  });

  it('wrongly typed values give one problem each and are ignored', () => {
    const r = parseFrontMatter('---\ntitle: 42\ntopics: "x"\nauthor: [a, b]\ndate: true\n---\nIsi.');
    assert.deepEqual(r.data, {});
    assert.equal(r.problems.length, 4);
    assert.match(r.problems.map((n) => noticeText(n, 'en')).join('\n'), /"title" should be text, got number 42/);
    assert.match(r.problems.map((n) => noticeText(n, 'en')).join('\n'), /"author" should be text, got a list/);
  });

  it('values are cleaned like body text: YAML escapes cannot smuggle control or separator characters', () => {
    const r = parseFrontMatter('---\ntitle: "A\\u2028B\\0C\\x07D"\nauthor: "  Siti   Aminah "\n---\nIsi.');
    assert.equal(r.data.title, 'A BCD');
    assert.equal(r.data.author, 'Siti Aminah');
    assert.deepEqual(r.problems, []);
  });
});

describe('impossible timestamps', () => {
  for (const date of ['2020-02-03T25:61:00+07:00', '2020-02-03T10:00:00+99:00', '2020-02-30T10:00:00+07:00', '2020-13-03']) {
    it(`"${date}" is refused with a reason and not published`, () => {
      const { article: a, outcome } = ingestText(`---\ntitle: Harga Beras Naik\ndate: "${date}"\n---\n\nHarga beras naik di pasar induk pekan ini menurut pedagang setempat.\n`, 'waktu.md');
      assert.equal(a?.published, null, `published ${a?.published}`);
      assert.ok(outcome.problems.some((p) => p.includes(date)), outcome.problems.join(' | '));
    });
  }
});
