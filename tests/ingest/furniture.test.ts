/** Every furniture rule (data/furniture.ts) removes its examples, and only where it should. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawBlock } from '../../src/ingest/blocks.ts';
import { cleanBlocks, parseCredits } from '../../src/ingest/clean.ts';
import { FURNITURE } from '../../src/ingest/data/furniture.ts';
import { article, ingestText } from './helpers.ts';

const blocks = (...texts: string[]): RawBlock[] => texts.map((text) => ({ text }));
const TITLE = 'Judul Berita Contoh untuk Uji';
const BODY1 = 'Paragraf pertama berita ini berisi kalimat yang biasa saja.';
const BODY2 = 'Paragraf kedua menyambung cerita dengan kalimat lain.';

describe('furniture rules', () => {
  for (const rule of FURNITURE) {
    for (const example of rule.examples) {
      it(`${rule.id} (${rule.kind}) removes "${example}"`, () => {
        const input =
          rule.kind === 'leading'
            ? blocks(example, TITLE, BODY1, BODY2)
            : rule.kind === 'suffix'
              ? blocks(TITLE, BODY1, BODY2, example)
              : blocks(TITLE, BODY1, BODY2, example, 'Sebuah kalimat sesudahnya.');
        const out = cleanBlocks(input).blocks.map((b) => b.text);
        assert.ok(!out.includes(example), `"${example}" survived`);
        assert.ok(out.includes(BODY1) && out.includes(BODY2), 'body paragraphs kept');
        if (rule.kind === 'trailing') assert.ok(!out.includes('Sebuah kalimat sesudahnya.'), 'the list after it goes too');
        // A bare "Lihat Juga :" takes the next line (its linked headline) with it: tested below.
        const takesNext = rule.takesNextWhenBare === true && example.trimEnd().endsWith(':');
        if (rule.kind === 'line' && !takesNext) assert.ok(out.includes('Sebuah kalimat sesudahnya.'), 'text after a line rule is kept');
        if (rule.kind === 'suffix') assert.ok(out.some((t) => example.startsWith(t) && t.length > 0), 'the paragraph stays');
      });
    }
  }

  it('a status word is only furniture before the article starts', () => {
    const out = cleanBlocks(blocks(TITLE, BODY1, 'Sukses', BODY2)).blocks.map((b) => b.text);
    assert.ok(out.includes('Sukses'));
  });

  it('trailing-list rules only apply after the body has started', () => {
    const out = cleanBlocks(blocks('Terkini', BODY1, BODY2)).blocks.map((b) => b.text);
    assert.deepEqual(out, ['Terkini', BODY1, BODY2]);
  });

  it('a bare "Lihat Juga :" also removes the linked headline on the next line, and only that', () => {
    const out = cleanBlocks(blocks(TITLE, BODY1, 'Lihat Juga :', 'Judul Artikel Lain', BODY2)).blocks.map((b) => b.text);
    assert.deepEqual(out, [TITLE, BODY1, BODY2]);
  });

  it('paragraphs that merely mention furniture words are kept', () => {
    const kept = [
      'Pilihan warga jatuh pada calon nomor dua, kata dia.',
      'Ia membaca juga buku itu: isinya menarik.',
      'Tag nama di kaus itu bertuliskan nomor pemain.',
      'Copyright dalam undang-undang diatur secara khusus, kata pakar hukum itu panjang lebar dalam wawancara yang berlangsung lebih dari satu jam dan membahas banyak hal lain yang tidak kalah penting bagi pembaca, termasuk sejarah hak cipta di Indonesia sejak masa kolonial hingga sekarang.',
    ];
    const out = cleanBlocks(blocks(TITLE, ...kept, BODY1)).blocks.map((b) => b.text);
    for (const k of kept) assert.ok(out.includes(k), `kept: ${k}`);
  });
});

describe('credits', () => {
  it('reads Redaktur, Penulis, Editor, Pewarta, Reporter', () => {
    assert.deepEqual(parseCredits('Redaktur: Paskalis Yuri Alfred'), { editor: 'Paskalis Yuri Alfred' });
    assert.deepEqual(parseCredits('Penulis: Ardito Ramadhan | Editor: Icha Rastika'), {
      author: 'Ardito Ramadhan',
      editor: 'Icha Rastika',
    });
    assert.deepEqual(parseCredits('Pewarta: Aditya Ramadhan'), { author: 'Aditya Ramadhan' });
    assert.deepEqual(parseCredits('Reporter: Riri Rahayu'), { author: 'Riri Rahayu' });
    assert.equal(parseCredits('Editor: ini adalah sebuah kalimat yang terlalu panjang untuk menjadi nama orang sama sekali'), null);
    assert.equal(parseCredits('Menurut Editor: kami tidak tahu.'), null);
  });

  it('sets author and editor on the article and keeps them out of the body', () => {
    const { article: a } = ingestText(article([TITLE, BODY1, 'Penulis: Siti Aminah', 'Editor: Budi Santoso']));
    assert.equal(a?.author, 'Siti Aminah');
    assert.equal(a?.editor, 'Budi Santoso');
    assert.deepEqual(a?.body.map((b) => b.text), [BODY1]);
  });
});
