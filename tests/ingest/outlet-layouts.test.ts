/**
 * Articles written for this project in other outlets' page layouts
 * (tests/fixtures/outlets): each must come out with the outlet, dateline,
 * date, credits and clean body a reader expects.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import type { Article } from '../../src/ingest/types.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'outlets');

type Expect = Partial<Pick<Article, 'title' | 'outlet' | 'dateline' | 'published' | 'authors' | 'editor' | 'titleDerived'>> & {
  first: string;
  last: string;
  gone: string[];
  topics?: string[];
  headings?: string[];
};

const EXPECTED: Record<string, Expect> = {
  'kompas-bendungan.txt': {
    title: 'Jokowi Resmikan Bendungan Baru di Jawa Tengah, Airi 5.000 Hektar Sawah',
    outlet: 'Kompas.com',
    dateline: 'Jakarta',
    published: '2023-05-16T14:30:00+07:00',
    authors: ['Ardito Ramadhan'],
    editor: 'Icha Rastika',
    first: 'Presiden Joko Widodo meresmikan Bendungan Sukamaju di Kabupaten Grobogan, Jawa Tengah, pada Selasa (16/5/2023) siang.',
    last: 'Selain untuk irigasi, bendungan juga dipakai untuk pengendalian banjir dan penyediaan air baku.',
    gone: ['KOMPAS.com', 'Baca juga', 'Dapatkan update', 'Penulis', 'Tag', 'Jokowi Minta Menteri'],
    headings: ['Manfaat bagi petani'],
    topics: ['Joko Widodo'],
  },
  'cnn-gempa.txt': {
    title: 'Gempa Magnitudo 5,6 Guncang Cianjur, Warga Berhamburan Keluar Rumah',
    outlet: 'CNN Indonesia',
    dateline: 'Jakarta',
    published: '2022-11-21T14:05:00+07:00',
    first: 'Gempa bumi bermagnitudo 5,6 mengguncang wilayah Cianjur, Jawa Barat, Senin (21/11) siang.',
    last: '"Guncangannya keras sekali, lemari di rumah sampai roboh," kata seorang warga.',
    gone: ['Lihat Juga', 'BMKG Catat 25 Gempa Susulan', 'Gambas', '(dmr/tsa)', 'Berita Terkait', 'CNN Indonesia --'],
    headings: [],
    topics: ['Gempa Bumi'],
  },
  'antara-beras.txt': {
    title: 'Harga beras di Pasar Induk Cipinang mulai turun',
    outlet: 'ANTARA',
    dateline: 'Jakarta',
    published: '2023-01-05T10:08:00+08:00',
    authors: ['Aditya Ramadhan'],
    editor: 'Budi Santoso',
    first: 'Harga beras medium di Pasar Induk Beras Cipinang, Jakarta Timur, mulai turun pada pekan pertama Januari 2023.',
    last: 'Menurut dia, penurunan harga terjadi karena pasokan dari daerah sentra produksi mulai lancar.',
    gone: ['(ANTARA)', 'Baca juga', 'Pewarta', 'COPYRIGHT'],
  },
  'tempo-subsidi.txt': {
    title: 'Pemerintah Siapkan Rp 10 Triliun untuk Bantuan Pangan',
    outlet: 'Tempo.co',
    dateline: 'Jakarta',
    published: '2023-02-14T09:15:00+09:00',
    authors: ['Riri Rahayu'],
    editor: 'Grace gandhi',
    first: 'Kementerian Keuangan menyiapkan anggaran Rp 10 triliun untuk program bantuan pangan tahun ini.',
    last: '"Kami pastikan penyalurannya tepat sasaran," ujarnya di Jakarta.',
    gone: ['TEMPO.CO', 'Pilihan Editor', 'Reporter'],
  },
  'detik-curanmor.txt': {
    title: 'Polisi Tangkap Pelaku Pencurian Motor di Depok',
    outlet: 'detikNews',
    dateline: 'Jakarta',
    published: '2023-03-08T16:45:00+07:00',
    first: 'Polres Metro Depok menangkap dua pelaku pencurian sepeda motor di kawasan Sukmajaya.',
    last: 'Polisi masih memburu satu pelaku lain yang diduga sebagai penadah.',
    gone: ['detikNews', 'SCROLL TO CONTINUE', 'Baca juga'],
  },
  'antara-kalimantan.md': {
    title: 'Banjir Rendam Ratusan Rumah di Samarinda',
    outlet: 'ANTARA',
    dateline: 'Samarinda',
    published: '2023-02-10T08:30:00+08:00',
    authors: ['Nur Hadi'],
    editor: 'Rina Astuti',
    first: 'Hujan deras sejak Kamis malam menyebabkan banjir di sedikitnya lima kelurahan di Samarinda.',
    last: 'Pemerintah kota membuka posko darurat & dapur umum.',
    gone: ['<', 'alert', 'script', 'Baca juga', '**', '&amp;'],
    headings: ['Warga mengungsi'],
    topics: ['Banjir', 'Indonesia'],
  },
  'catatan-redaksi.md': {
    title: 'Catatan Redaksi: Cara Kami Memilih Berita',
    titleDerived: false,
    outlet: null,
    published: '2021-07-04',
    first: 'Redaksi memilih berita berdasarkan kepentingan publik, bukan jumlah klik.',
    last: 'Setiap koreksi dicatat di bagian bawah artikel.',
    gone: ['#'],
  },
};

describe('articles in other outlets’ layouts', () => {
  const byFile = new Map<string, Article>();
  before(async () => {
    const scanned = await scanSeeds(DIR);
    for (const a of ingestSeeds(scanned.inputs).articles) byFile.set(a.sourceFile, a);
  });

  for (const [file, e] of Object.entries(EXPECTED)) {
    it(file, () => {
      const a = byFile.get(file);
      assert.ok(a, `${file} ingested`);
      const { first, last, gone, topics, headings, ...fields } = e;
      for (const [k, v] of Object.entries(fields)) assert.deepEqual(a[k as keyof Article], v, `${file}: ${k}`);
      const paragraphs = a.body.filter((b) => b.type !== 'heading');
      assert.equal(paragraphs[0]?.text, first);
      assert.equal(paragraphs.at(-1)?.text, last);
      for (const g of gone) {
        for (const b of a.body) assert.ok(!b.text.includes(g), `${file}: "${g}" survived in "${b.text}"`);
      }
      if (headings) assert.deepEqual(a.body.filter((b) => b.type === 'heading').map((b) => b.text), headings);
      if (topics) for (const t of topics) assert.ok(a.topics.includes(t), `${file}: topic ${t} in ${a.topics.join(', ')}`);
    });
  }

  it('the Markdown seed keeps its quotation as a quote block and its slug from front matter', () => {
    const md = byFile.get('antara-kalimantan.md')!;
    assert.deepEqual(md.body.find((b) => b.type === 'quote'), {
      type: 'quote',
      text: '"Air masuk rumah sampai setinggi lutut," kata Wati, warga Sempaja.',
    });
    assert.equal(byFile.get('catatan-redaksi.md')!.slug, 'catatan-redaksi-juli');
    assert.equal(byFile.get('catatan-redaksi.md')!.url, 'artikel/2021/07/catatan-redaksi-juli/');
  });
});
