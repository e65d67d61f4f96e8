/** List items (body blocks of type `item`) stay a list in the feeds' HTML and a "- " line in the CSV body. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blocksToHtml } from '../../src/site/escape.ts';

test('consecutive items are one <ul>, escaped; paragraphs around them stay paragraphs', () => {
  const html = blocksToHtml([
    { type: 'paragraph', text: 'Syaratnya:' },
    { type: 'item', text: 'membawa kartu <pelajar>' },
    { type: 'item', text: 'naik di halte' },
    { type: 'paragraph', text: 'Selesai.' },
    { type: 'item', text: 'satu lagi' },
  ]);
  assert.equal(
    html,
    '<p>Syaratnya:</p>\n<ul><li>membawa kartu &lt;pelajar&gt;</li>\n<li>naik di halte</li></ul>\n<p>Selesai.</p>\n<ul><li>satu lagi</li></ul>',
  );
});
