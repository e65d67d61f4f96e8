/** Markdown seeds: marked's lexer gives the blocks; raw HTML never passes through. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntities, markdownToBlocks, stripHtml } from '../../src/ingest/markdown.ts';
import { ingestText } from './helpers.ts';
import { noticeText, type Notice } from '../../src/ingest/notices.ts';

describe('markdown', () => {
  it('headings, paragraphs, quotes, lists and tables become typed plain-text blocks', () => {
    const w: Notice[] = [];
    const blocks = markdownToBlocks(
      '# Judul\n\nParagraf *miring* dan **tebal** dengan [tautan](https://contoh.id) dan `kode`.\n\n## Sub\n\n> Kutipan panjang.\n\n- satu\n- dua\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
      w,
    );
    assert.deepEqual(blocks, [
      { text: 'Judul', type: 'heading', depth: 1 },
      { text: 'Paragraf miring dan tebal dengan tautan dan kode.', type: 'paragraph' },
      { text: 'Sub', type: 'heading', depth: 2 },
      { text: 'Kutipan panjang.', type: 'quote' },
      { text: 'satu', type: 'item' },
      { text: 'dua', type: 'item' },
      { text: 'a | b', type: 'paragraph' },
      { text: '1 | 2', type: 'paragraph' },
    ]);
    assert.deepEqual(w, []);
  });

  it('raw HTML is stripped to its text; script and style contents vanish', () => {
    const { article: a } = ingestText(
      '# Judul Berita Dengan HTML\n\nTeks <b>tebal</b> <img src=x onerror="alert(1)"> aman.\n\n<div><script>alert("x")</script><style>p{}</style>Isi blok HTML</div>\n\n<!-- komentar --> Akhir <a href="javascript:alert(1)">tautan</a>.\n',
      'html.md',
    );
    assert.ok(a);
    const all = [a.title, ...a.body.map((b) => b.text)].join('\n');
    for (const bad of ['<', '>', 'alert', 'onerror', 'javascript:', 'komentar', 'p{}']) assert.ok(!all.includes(bad), `${bad} in ${all}`);
    assert.deepEqual(a.body.map((b) => b.text), ['Teks tebal aman.', 'Isi blok HTML', 'Akhir tautan.']);
    assert.ok(a.warnings.some((w) => /raw HTML in the Markdown body/.test(w)), 'removing markup is reported');
    const plain = ingestText('# Judul Tanpa HTML Sama Sekali\n\nTeks biasa, `<b>` dalam kode.\n', 'plain.md').article;
    assert.ok(!plain?.warnings.some((w) => /raw HTML/.test(w)), 'code spans are not raw HTML');
  });

  it('entities are decoded once (a literal "&lt;script&gt;" is text, not markup)', () => {
    assert.equal(decodeEntities('&amp; &lt;b&gt; &#x41; &#66; &unknown; &#0;'), '& <b> A B &unknown; \uFFFD');
    const { article: a } = ingestText('# Judul Berita Entitas\n\nTulisan &lt;script&gt; hanyalah teks.\n', 'ent.md');
    assert.equal(a?.body[0]?.text, 'Tulisan <script> hanyalah teks.');
  });

  it('stripHtml copes with unclosed tags and comments', () => {
    assert.equal(stripHtml('a <b c').trim(), 'a');
    assert.equal(stripHtml('a <!-- b').trim(), 'a');
    assert.equal(stripHtml('<script>x').trim(), '');
  });

  it('deep nesting is flattened before marked sees it (a 2,000-level list took marked over a minute)', { timeout: 60_000 }, () => {
    const w: Notice[] = [];
    const nested = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- butir ${i}`).join('\n');
    const blocks = markdownToBlocks(nested, w);
    assert.equal(blocks.map((b) => b.text).join(' ').split('butir').length - 1, 300, 'every item kept');
    const quotes = markdownToBlocks(`${'>'.repeat(50_000)} kutipan dalam`, w);
    assert.deepEqual(quotes.map((b) => [b.type, b.text]), [['quote', 'kutipan dalam']]);
    assert.deepEqual(w, []);
  });

  it('a Markdown body too large to be prose is read as plain text, with a warning', () => {
    const w: Notice[] = [];
    const blocks = markdownToBlocks(`${'_a_ '.repeat(100_000)}\n\n<b>akhir</b>`, w);
    assert.match(noticeText(w[0]!, 'en'), /too large to parse; read as plain text/);
    assert.equal(blocks.at(-1)?.text, 'akhir');
  });
});
