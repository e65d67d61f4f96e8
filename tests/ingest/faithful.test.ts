/**
 * Faithful records: people and places in their own fields, topics only on
 * evidence the record keeps (and the outlet's own tags), page furniture around
 * a copied story left out and listed with its reason, never the story itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestText } from './helpers.ts';

const LEAD = 'Banjir merendam ratusan rumah di Kecamatan Bekasi Timur sejak Rabu malam setelah hujan deras mengguyur kota sepanjang hari.';
const QUOTE = '"Air mulai naik sekitar pukul 23.00 WIB dan terus bertambah hingga pagi," kata Ketua RT setempat, Suparman, kepada wartawan, Kamis (2/1/2020).';
const LAST = 'Petugas BPBD Kota Bekasi mengerahkan perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak dari rumah yang terendam.';

/** A detik page copied as text, in the shape of 2020: byline "Name - detikNews", a tool bar, the dateline in the lead. */
const DETIK_COPY = [
  'detikNews',
  'Berita',
  'Daerah',
  'Banjir Rendam Ratusan Rumah di Bekasi, Warga Mengungsi ke Masjid',
  'Mulia Budi - detikNews',
  'Kamis, 02 Jan 2020 10:15 WIB',
  'BAGIKAN',
  'URL telah disalin',
  'Mode gelap',
  `Jakarta - ${LEAD}`,
  QUOTE,
  LAST,
  '(mbu/imk)',
  'Halaman selanjutnya',
  'A- A+',
  'Dapatkan update berita pilihan',
].join('\n');

describe('people and places', () => {
  it('a name over the outlet under the headline is the byline; the town at the start of the lead is the dateline', () => {
    const a = ingestText(DETIK_COPY).article!;
    assert.deepEqual(a.authors, ['Mulia Budi']);
    assert.equal(a.dateline, 'Jakarta');
    assert.equal(a.outlet, 'detikNews');
    assert.equal(a.body[0]!.text, LEAD);
  });

  it('a saved page whose meta tag names the editor as author keeps the printed writer as author and the editor as editor', () => {
    const html = `<!doctype html><html lang="id"><head><title>Harga Beras Naik di Pasar Induk</title>
      <meta name="author" content="Siti Rahma"></head><body>
      <h1>Harga Beras Naik di Pasar Induk</h1><div class="date">Senin, 3 Februari 2020 10:00 WIB</div>
      <article><p>Jakarta - ${LEAD}</p><p>${QUOTE}</p><p>${LAST}</p></article>
      <table><tr><td>Penulis</td><td>: Budi Santoso</td></tr><tr><td>Editor</td><td>: Siti Rahma</td></tr></table>
      </body></html>`;
    const a = ingestText(html, 'beras.html').article!;
    assert.deepEqual(a.authors, ['Budi Santoso']);
    assert.equal(a.editor, 'Siti Rahma');
    assert.ok(a.warnings.some((w) => w.includes('prints that name as the editor')), 'the correction is a visible guess');
  });
});

describe('page furniture around a copied story', () => {
  it('tool bars in the header and short lines after the last sentence are left out, each listed with its reason', () => {
    const a = ingestText(DETIK_COPY).article!;
    const texts = a.body.map((b) => b.text);
    assert.deepEqual(texts, [LEAD, QUOTE, LAST]);
    const why = new Map(a.omitted.map((o) => [o.text, `${o.reason}/${o.rule}`]));
    assert.equal(why.get('detikNews'), 'before-headline/null');
    assert.equal(why.get('URL telah disalin'), 'furniture/share-prompt');
    assert.equal(why.get('Mode gelap'), 'furniture/header-line', 'a short line no rule names, in the header');
    assert.equal(why.get('Halaman selanjutnya'), 'furniture/page-count');
    assert.equal(why.get('Dapatkan update berita pilihan'), 'after-story/after-last-sentence', 'a short line no rule names, after the story');
  });

  it('a list the story introduces with a colon stays, even of short lines', () => {
    const text = ['Daftar Korban Banjir Bekasi Hari Ini', `Jakarta - ${LEAD}`, QUOTE, 'Berikut nama warga yang masih dirawat:', 'Budi Santoso', 'Ani Wijaya', 'Rudi Hartono'].join('\n');
    const a = ingestText(text).article!;
    assert.deepEqual(a.body.slice(-3).map((b) => b.text), ['Budi Santoso', 'Ani Wijaya', 'Rudi Hartono']);
  });

  it('a caption standing apart from the story by a box of headlines is not taken as the lead', () => {
    const p = join(import.meta.dirname, '../../../shared/realpages/text-from-headline/jakartapost-1.txt');
    // The shared real page when it is there; otherwise the same shape written out.
    const text = (() => {
      try {
        return readFileSync(p, 'utf8');
      } catch {
        return ['Suspect Caught in US Church Rampage', 'Agence France-Presse, CHARLESTON | World | Fri, June 19 2015, 7:36 AM',
          'Homebound: the suspect boards a plane at the regional airport for extradition back to Charleston on June 18, 2015.',
          'World News', 'US shootings timeline', 'In one city, many views on US church killings', 'Estimated 6,500 injured in deck collapses since 2003',
          'Police captured the white suspect Thursday in a gun massacre at one of the oldest black churches in the United States, officials said.',
          'The suspect was arrested during a traffic stop in North Carolina after a tip from a driver who recognised his car, police said.'].join('\n');
      }
    })();
    const a = ingestText(text).article!;
    const texts = a.body.map((b) => b.text);
    for (const gone of ['World News', 'US shootings timeline']) assert.ok(!texts.includes(gone), `${gone} kept`);
    assert.ok(texts.some((t) => t.startsWith('Police captured the white suspect Thursday')));
    assert.deepEqual(a.authors, [], 'a list label is not a byline');
  });
});

describe('topics a researcher can trust', () => {
  const story = (title: string, body: string[]): string => [title, ...body].join('\n\n');

  it('BMKG alone does not make a flood story an earthquake story; beside "gempa" it counts', () => {
    const flood = ingestText(story('Banjir Rob Rendam Pesisir Jakarta Utara', [
      'Jakarta - BMKG memperingatkan banjir rob di pesisir utara Jakarta hingga akhir pekan karena fase bulan purnama.',
      'Menurut BMKG, ketinggian air laut bisa mencapai dua meter di atas rata-rata pada malam hari.',
    ])).article!;
    assert.ok(!flood.topics.includes('Gempa Bumi'), `topics: ${flood.topics.join(', ')}`);
    assert.ok(flood.topics.includes('Banjir'));
    const quake = ingestText(story('Gempa Magnitudo 5,2 Guncang Sukabumi', [
      'Sukabumi - Gempa bermagnitudo 5,2 mengguncang Sukabumi pada Senin pagi, menurut BMKG, tanpa potensi tsunami.',
      'BMKG mencatat pusat gempa berada di laut pada kedalaman 10 kilometer dari permukaan.',
    ])).article!;
    assert.equal(quake.topicSources.find((t) => t.topic === 'Gempa Bumi')?.from, 'title');
  });

  it('"Bank Indonesia" and "Universitas Indonesia" are organisations, not the topic Indonesia', () => {
    const a = ingestText(story('Suku Bunga Acuan Tetap', [
      'Jakarta - Bank Indonesia mempertahankan suku bunga acuan pada rapat dewan gubernur bulan ini, kata ekonom.',
      'Ekonom Universitas Indonesia menilai keputusan itu tepat untuk menjaga nilai tukar rupiah tetap stabil.',
    ])).article!;
    assert.ok(!a.topics.includes('Indonesia'), `topics: ${a.topics.join(', ')}`);
  });

  it('the outlet\'s own tags in a saved page become topics, merged with the gazetteer; generic and site-wide tags do not', () => {
    const html = `<!doctype html><html lang="id"><head><title>Warga Mengungsi ke Masjid</title>
      <meta property="article:tag" content="banjir bekasi"><meta property="article:tag" content="Jokowi">
      <meta name="news_keywords" content="berita terkini, berita hari ini">
      </head><body><h1>Warga Mengungsi ke Masjid</h1><div>Senin, 3 Februari 2020 10:00 WIB</div>
      <article><p>Bekasi - ${LEAD}</p><p>${QUOTE}</p><p>${LAST}</p></article></body></html>`;
    const a = ingestText(html, 'tag.html').article!;
    assert.deepEqual(a.topicSources.filter((t) => t.from === 'tag').map((t) => t.topic), ['Banjir Bekasi', 'Joko Widodo']);
    assert.ok(!a.topics.some((t) => /berita/i.test(t)));
  });

  it('tags under the story in pasted text are topics; a "Trending Tags" box of the site is not', () => {
    const text = [
      'Banjir Rendam Ratusan Rumah di Bekasi', `Bekasi - ${LEAD}`, QUOTE, LAST,
      'Tags: banjir bekasi, BPBD', 'Berita Terkait', 'Jalan Tol Ditutup', 'Trending Tags', '# Piala Dunia', '# Harga Emas',
    ].join('\n');
    const a = ingestText(text).article!;
    assert.deepEqual(a.topicSources.filter((t) => t.from === 'tag').map((t) => t.topic), ['Banjir Bekasi', 'BPBD']);
    assert.ok(!a.topics.includes('Piala Dunia'));
  });
});

describe('a tag label over an empty list', () => {
  it('"Tag" followed by the next box\'s label ("Berita Terkait", "Baca Juga") gives no topic', () => {
    for (const label of ['Berita Terkait', 'Artikel Terkait', 'Baca Juga', 'Berita Lainnya']) {
      const text = ['Banjir Rendam Ratusan Rumah di Bekasi', `Bekasi - ${LEAD}`, QUOTE, LAST, 'Tag', label, 'Terpopuler', '- Harga Emas Naik Lagi Hari Ini'].join('\n');
      const a = ingestText(text).article!;
      assert.deepEqual(a.topicSources.filter((t) => t.from === 'tag').map((t) => t.topic), [], label);
    }
  });
});

describe('a wire dateline with an agency the outlet table does not know', () => {
  it('"JAKARTA (Reuters) -" is the dateline Jakarta, and the lead keeps the agency\'s credit', () => {
    const lead = 'JAKARTA (Reuters) - Indonesia will import an additional 500,000 tonnes of rice this year to shore up stocks, the trade minister said on Thursday.';
    const text = ['Indonesia Raises Rice Import Quota Amid Drought', lead, QUOTE, LAST].join('\n\n');
    const a = ingestText(text).article!;
    assert.equal(a.dateline, 'Jakarta');
    assert.equal(a.lead, lead);
    assert.equal(a.outlet, null, 'a wire agency in parentheses is a credit, not the outlet');
  });
  it('a person with a note in parentheses is not a dateline, and the sentence stays whole', () => {
    for (const note of ['(tengah)', '(Foto: Antara)', '(Istimewa)']) {
      const lead = `Presiden Joko Widodo ${note} - didampingi para menteri - meninjau lokasi banjir di Bekasi, Jawa Barat, pada Kamis pagi.`;
      const a = ingestText(['Presiden Tinjau Banjir Bekasi', lead, QUOTE, LAST].join('\n\n')).article!;
      assert.equal(a.dateline, null, note);
      assert.equal(a.lead, lead, note);
    }
  });
});

describe('a page in a script written without spaces', () => {
  it('a short Chinese news page keeps its paragraphs (they end in 。, and a character is about a word)', () => {
    const p1 = '雅加达（新华社）——印度尼西亚首都雅加达周六遭遇强降雨，引发严重洪水，数千名居民被迫撤离家园。当地灾害管理部门表示，洪水淹没了多个地区的房屋和道路。';
    const p2 = '气象部门预计未来几天仍将有降雨，提醒居民保持警惕。政府已在多个地点设立临时避难所，并向受灾民众发放食品和饮用水。';
    const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>印尼雅加达发生洪水 数千居民被迫撤离</title></head>
      <body><article><h1>印尼雅加达发生洪水 数千居民被迫撤离</h1><p>${p1}</p><p>${p2}</p></article></body></html>`;
    const r = ingestText(html, 'banjir-zh.html');
    assert.ok(r.article, JSON.stringify(r.outcome));
    assert.equal(r.article.title, '印尼雅加达发生洪水 数千居民被迫撤离');
    assert.deepEqual(r.article.body.map((b) => b.text), [p1, p2]);
    assert.equal(r.article.lead, p1);
  });
});

describe('dates of older saved pages', () => {
  it('a page that shows and declares no date is dated by the day in its address, and says so', () => {
    const html = `<!doctype html><html lang="id"><head><title>Harga Beras Naik di Pasar Induk</title>
      <link rel="canonical" href="https://news.example.co.id/read/2015/06/19/340/1167899/harga-beras-naik"></head><body>
      <h1>Harga Beras Naik di Pasar Induk</h1><article><p>Jakarta - ${LEAD}</p><p>${QUOTE}</p><p>${LAST}</p></article></body></html>`;
    const a = ingestText(html, 'beras.html').article!;
    assert.equal(a.published, '2015-06-19');
    assert.ok(a.warnings.some((w) => w.includes('taken from its address')));
  });
});

describe('finding the article in a copied page', () => {
  const BODY = [`Jakarta - ${LEAD}`, QUOTE, LAST];

  it('a breadcrumb naming the site is not the headline', () => {
    const text = ['detikTravel Travel News Detail Artikel', 'Warga Bekasi Mengungsi ke Masjid Setelah Banjir Semalam', 'Kamis, 02 Jan 2020 10:15 WIB', ...BODY].join('\n');
    const a = ingestText(text).article!;
    assert.equal(a.title, 'Warga Bekasi Mengungsi ke Masjid Setelah Banjir Semalam');
  });

  it('a photo caption that repeats the headline does not take its place, and the date line between them is read', () => {
    const title = 'Warga Bekasi Mengungsi ke Masjid Setelah Banjir Semalam';
    const text = ['Beranda', 'Megapolitan', title, 'Kamis, 02 Jan 2020 10:15 WIB', title, ...BODY].join('\n');
    const a = ingestText(text).article!;
    assert.equal(a.title, title);
    assert.equal(a.published, '2020-01-02T10:15:00+07:00');
    assert.ok(!a.body.some((b) => b.text === title), 'the repeat is not in the story');
  });

  it('a page that prints only its web address names its outlet', () => {
    const text = ['Menu', 'Warga Bekasi Mengungsi ke Masjid Setelah Banjir Semalam', 'Kamis, 02 Jan 2020 10:15 WIB', LEAD, QUOTE, LAST, 'Berita Terkait', 'Banjir Jakarta Surut Sore Ini', 'www.mediaindonesia.com'].join('\n');
    const a = ingestText(text).article!;
    assert.equal(a.outlet, 'Media Indonesia');
  });
});

describe('saved pages keep every word of a paragraph', () => {
  it('a linked word inside a sentence whose class names a tag stays in the sentence', () => {
    const html = `<!doctype html><html lang="id"><head><title>Bandara Baru Dibuka Tahun Depan</title></head><body>
      <h1>Bandara Baru Dibuka Tahun Depan</h1><div class="date">Senin, 3 Februari 2020 10:00 WIB</div>
      <article><p>Jakarta - Menteri Perhubungan (<a class="tag-link" href="/tag/menhub">Menhub</a>) Budi Karya Sumadi memastikan bandara baru di Kulon Progo dibuka tahun depan.</p>
      <p>${QUOTE}</p><p>${LAST}</p><div class="tags"><a href="/tag/bandara">bandara</a></div></article></body></html>`;
    const a = ingestText(html, 'bandara.html').article!;
    assert.match(a.body[0]!.text, /Menteri Perhubungan \(Menhub\) Budi Karya Sumadi/);
  });
});

describe('where the story ends', () => {
  const P = (n: number): string => `Paragraf ke-${n} dari berita ini menjelaskan keadaan warga yang terdampak banjir dan langkah pemerintah kota untuk membantu mereka.`;

  it('a list of headlines without its label after the story ends it; the teasers after the list go with it', () => {
    const text = ['Warga Bekasi Mengungsi ke Masjid Setelah Banjir Semalam', 'Kamis, 02 Jan 2020 10:15 WIB', `Jakarta - ${LEAD}`, P(2), P(3), P(4),
      'Jalan Tol Cikampek Ditutup Sementara', 'Harga Cabai Naik Jelang Lebaran', 'Gempa Kecil Guncang Sukabumi Pagi Ini',
      'Pemerintah menaikkan harga bahan bakar mulai pekan depan setelah rapat kabinet.', 'Komentar'].join('\n');
    const a = ingestText(text).article!;
    assert.equal(a.body.at(-1)!.text, P(4));
    assert.equal(a.omitted.find((o) => o.text === 'Harga Cabai Naik Jelang Lebaran')?.rule, 'after-link-run');
  });

  it('a story that ends in a bulleted or numbered list keeps it, with or without a colon before it', () => {
    for (const mark of ['- ', '• ', '1. ']) {
      const items = ['Desa Wisata Candirejo, Magelang', 'Desa Wisata Pentingsari, Sleman', 'Desa Wisata Ponggok, Klaten'].map((t) => mark + t);
      const text = ['Daftar Pemenang Lomba Desa Wisata Jawa Tengah 2024', 'Kamis, 02 Jan 2020 10:15 WIB', `Semarang - ${LEAD}`, QUOTE, 'Berikut para pemenangnya', ...items].join('\n');
      const a = ingestText(text).article!;
      const body = a.body.map((b) => b.text).join('\n');
      for (const item of items) assert.ok(body.includes(item.replace(/^\S+\s/, '')), `"${item}" lost (${mark.trim()})`);
    }
  });

  it('short lines inside the story, with more of the story after them, stay', () => {
    const text = ['Warga Bekasi Mengungsi ke Masjid Setelah Banjir Semalam', 'Kamis, 02 Jan 2020 10:15 WIB', `Jakarta - ${LEAD}`, P(2),
      'Kelurahan Duren Jaya', 'Kelurahan Margahayu', 'Kelurahan Bekasi Jaya', P(3), P(4), P(5), LAST].join('\n');
    const a = ingestText(text).article!;
    for (const t of ['Kelurahan Margahayu', P(5), LAST]) assert.ok(a.body.some((b) => b.text === t), `${t} lost`);
  });
});

describe('the headline among other headlines', () => {
  it('a related article\'s headline standing above the real one does not take the date line under the real one', () => {
    // The related headline shares the story's words (same flood); the real one is a feature title that shares none.
    const title = 'Malam Panjang di Tepi Kali Cakung';
    const text = ['Beranda', 'Terpopuler', 'Banjir Rendam Ratusan Rumah di Kecamatan Bekasi Timur', title, 'Kamis, 02 Jan 2020 10:15 WIB',
      `Bekasi - ${LEAD}`, QUOTE, LAST].join('\n');
    const a = ingestText(text).article!;
    assert.equal(a.title, title);
  });
});

describe('impossible declared dates', () => {
  it('a saved page declaring "+99:00" as its time zone gets a reason, not that date', () => {
    const html = `<!doctype html><html lang="id"><head><title>Harga Beras Naik di Pasar Induk</title>
      <meta property="article:published_time" content="2020-02-03T10:00:00+99:00"></head><body>
      <h1>Harga Beras Naik di Pasar Induk</h1><article><p>Jakarta - ${LEAD}</p><p>${LAST}</p></article></body></html>`;
    const a = ingestText(html, 'zona.html').article!;
    assert.ok(!String(a.published).includes('+99'), `published ${a.published}`);
    assert.ok(a.warnings.some((w) => w.includes('+99:00') && w.includes('not a date')), a.warnings.join(' | '));
  });
});

describe('a subheading is not a byline', () => {
  it('a two-word subheading after the lead stays in the story and is nobody\'s name', () => {
    const text = ['Banjir Rendam Ratusan Rumah di Bekasi', `Jakarta - ${LEAD}`, 'Kronologi Kejadian', QUOTE, LAST].join('\n\n');
    const a = ingestText(text).article!;
    assert.deepEqual(a.authors, []);
    assert.ok(a.body.some((b) => b.text === 'Kronologi Kejadian'), a.body.map((b) => b.text).join(' | '));
  });
});
