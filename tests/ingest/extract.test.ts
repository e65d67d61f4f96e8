/** Extraction details: headline, derived headline, body block types, lead, topics, word count, wrapped lines. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords, deriveTitle, isQuotation, isSubheading } from '../../src/ingest/extract.ts';
import { isTitleLike } from '../../src/ingest/lines.ts';
import { canonicalTopic, findTopics } from '../../src/ingest/topics.ts';
import { TOPIC_GAZETTEER } from '../../src/ingest/data/topics.ts';
import { article, ingestText } from './helpers.ts';

describe('headline', () => {
  it('a short first line that is not a sentence is the title', () => {
    assert.equal(isTitleLike('China Masih Enggan Terima Bantuan dari AS untuk Atasi Virus Corona?'), true);
    assert.equal(isTitleLike('Ini adalah kalimat pertama berita.'), false);
    assert.equal(isTitleLike('SEOUL - Pemimpin Korea Utara'), false);
    assert.equal(isTitleLike('15 Maret 2022 06:25'), false);
    assert.equal(isTitleLike('Sukses'), false);
    assert.equal(isTitleLike('x'.repeat(200)), false);
  });

  it('derived from the lead: first sentence, or cut on a clause or word boundary with "…"', () => {
    assert.equal(deriveTitle('Harga beras naik. Pedagang mengeluh.'), 'Harga beras naik');
    const long = 'Pemimpin Korea Utara Kim Jong Un telah mengirim surat kepada Presiden China Xi Jinping, menawarkan bantuan untuk Beijing di tengah wabah.';
    assert.equal(deriveTitle(long), 'Pemimpin Korea Utara Kim Jong Un telah mengirim surat kepada Presiden China Xi Jinping…');
    const noComma = 'kata '.repeat(40);
    const t = deriveTitle(noComma);
    assert.ok(t.endsWith('kata…') && t.length <= 111);
  });

  it('an article without a headline gets a derived title and a warning', () => {
    const { article: a } = ingestText(article(['Harga beras naik tajam di pasar. Pedagang mengeluh.', 'Paragraf kedua.']));
    assert.equal(a?.title, 'Harga beras naik tajam di pasar');
    assert.equal(a?.titleDerived, true);
    assert.ok(a?.warnings.includes('no headline in the text; title derived from the lead'));
  });
});

describe('body blocks', () => {
  it('short sub-heads are headings; sentences and lower-case clauses are not', () => {
    assert.equal(isSubheading('Lindungi Kazakhstan'), true);
    assert.equal(isSubheading('Respons Pemerintah Pusat Terhadap Kebijakan Baru'), true);
    assert.equal(isSubheading('Juru bicara Gedung Putih menolak berkomentar mengenai masalah'), false);
    assert.equal(isSubheading('Pejabat itu menolak mengatakan hal ini.'), false);
    assert.equal(isSubheading('dan kemudian pergi'), false);
  });

  it('a paragraph that is one quotation is a quote; an attributed quotation is a paragraph', () => {
    assert.equal(isQuotation('"Kami memiliki keahlian yang luar biasa. Ini adalah keprihatinan dunia."'), true);
    assert.equal(isQuotation('“Kami siap membantu.”'), true);
    assert.equal(isQuotation('"Kami siap," kata O\'Brien.'), false);
    assert.equal(isQuotation('"A," katanya. "B."'), false);
  });

  it('the last line is never taken for a heading, the first body paragraph is the lead', () => {
    const { article: a } = ingestText(article(['Judul Berita Untuk Uji Blok', 'Paragraf pembuka berita.', 'Sub Judul Pendek', 'Isi setelah sub judul.', 'Penutup Tanpa Titik']));
    assert.deepEqual(a?.body.map((b) => b.type), ['paragraph', 'heading', 'paragraph', 'paragraph']);
    assert.equal(a?.lead, 'Paragraf pembuka berita.');
  });

  it('hard-wrapped lines are joined again; one-paragraph-per-line text is not', () => {
    const wrapped = 'Judul Berita Yang Dibungkus\n\nIni adalah paragraf yang dibungkus pada kolom tujuh puluh\nkarakter seperti surel lama dan harus disatukan kembali.\n\nParagraf kedua.';
    assert.deepEqual(ingestText(wrapped).article?.body.map((b) => b.text), [
      'Ini adalah paragraf yang dibungkus pada kolom tujuh puluh karakter seperti surel lama dan harus disatukan kembali.',
      'Paragraf kedua.',
    ]);
    const perLine = 'Kalimat pertama selesai di sini dengan titik yang jelas.\nKalimat kedua juga berdiri sendiri.';
    assert.equal(ingestText(perLine).article?.body.length, 2);
  });

  it('counts words in title and body; hyphenated words and names count once', () => {
    assert.equal(countWords('Kim Jong-un, COVID-19 dan O\'Brien — 3 kata?'), 7);
    const { article: a } = ingestText(article(['Judul Dua Kata Lagi', 'Satu dua tiga.']));
    assert.equal(a?.wordCount, 4 + 3);
  });
});

describe('topics', () => {
  it('aliases map to canonical names (AS, Korut, Tiongkok, virus corona, Covid-19)', () => {
    assert.deepEqual(findTopics('AS dan Korut'), ['Amerika Serikat', 'Korea Utara']);
    assert.deepEqual(findTopics('Tiongkok, virus corona, Covid-19 dan COVID-19'), ['COVID-19', 'China']);
    assert.deepEqual(findTopics('Organisasi Kesehatan Dunia (WHO) bersama Rusia dan Ukraina'), ['WHO', 'Rusia', 'Ukraina']);
  });

  it('acronyms only match in their case; aliases only as whole words', () => {
    assert.deepEqual(findTopics('as a matter of fact, who knows'), []);
    assert.deepEqual(findTopics('Rusiana dan Chinatown'), []);
    assert.deepEqual(findTopics('perang Rusia-Ukraina'), ['Rusia', 'Ukraina']);
  });

  it('every gazetteer alias tags its own topic', () => {
    for (const t of TOPIC_GAZETTEER) {
      for (const alias of [...t.aliases, ...(t.caseSensitive ?? [])]) {
        assert.ok(findTopics(`Berita tentang ${alias} hari ini.`).includes(t.name), `${alias} → ${t.name}`);
      }
      assert.equal(canonicalTopic(t.name), t.name);
    }
  });

  it('most-mentioned topics come first', () => {
    assert.deepEqual(findTopics('Rusia. Rusia. Rusia. China.'), ['Rusia', 'China']);
  });
});

describe('page header lines', () => {
  it('a date line and an outlet line above the headline are read and removed', () => {
    const { article: a } = ingestText(
      'Senin, 21 Nov 2022 14:05 WIB\nCNN Indonesia\nGempa Guncang Cianjur Lagi\n\nJakarta, CNN Indonesia -- Gempa terjadi.\n\nWarga panik.',
    );
    assert.equal(a?.title, 'Gempa Guncang Cianjur Lagi');
    assert.equal(a?.outlet, 'CNN Indonesia');
    assert.equal(a?.published, '2022-11-21T14:05:00+07:00');
    assert.deepEqual(a?.body.map((b) => b.text), ['Gempa terjadi.', 'Warga panik.']);
  });

  it('"Kompas.com - 16/05/2023, 14:30 WIB" is outlet and date at once', () => {
    const { article: a } = ingestText('Kompas.com - 16/05/2023, 14:30 WIB\nJudul Berita Kompas Hari Ini\nJAKARTA, KOMPAS.com - Isi.\nLagi.');
    assert.equal(a?.title, 'Judul Berita Kompas Hari Ini');
    assert.equal(a?.outlet, 'Kompas.com');
    assert.equal(a?.published, '2023-05-16T14:30:00+07:00');
    assert.deepEqual(a?.body.map((b) => b.text), ['Isi.', 'Lagi.']);
  });
});
