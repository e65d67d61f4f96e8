/**
 * Golden tests over the five real seeds in seeds/: the values a reader sees
 * (headline, outlet, dateline, date, editor, first and last paragraph) and
 * that no page furniture survives into the body.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { FURNITURE } from '../../src/ingest/data/furniture.ts';
import { ingestSeeds, scanSeeds } from '../../src/ingest/index.ts';
import type { Article, IngestResult } from '../../src/ingest/types.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

interface Golden {
  title: string;
  titleDerived: boolean;
  outlet: string | null;
  dateline: string | null;
  published: string | null;
  yearInferred: boolean;
  editor: string | null;
  first: string;
  last: string;
  /** Lines of the seed that are furniture and must not reach the body. */
  furniture: string[];
}

const GOLDEN: Record<string, Golden> = {
  '000_77c394e9428d86b1.txt': {
    title: 'China Masih Enggan Terima Bantuan dari AS untuk Atasi Virus Corona?',
    titleDerived: false,
    outlet: 'Liputan6.com',
    dateline: 'Beijing',
    published: '2020-02-03',
    yearInferred: false,
    editor: null,
    first:
      'China masih belum mau menerima bantuan dari AS untuk mengatasi Virus Corona. Hal ini disampaikan oleh penasihat keamanan nasional Gedung Putih.',
    last: 'Setidaknya 171 kasus telah dilaporkan di banyak negara dan wilayah lain, termasuk Amerika Serikat, Jepang, Thailand, Hong Kong dan Inggris.',
    furniture: ['Sukses', 'Saksikan Video Pilihan di Bawah Ini:', '2 dari 2 halaman', 'Liputan6.com, Beijing -'],
  },
  '001_cfa0e3f98eec47cc.txt': {
    title:
      'Setelah China menolak permintaah Organisasi Kesehatan Duni a (WHO) untuk menelusuri asal-usul virus corona…',
    titleDerived: true,
    outlet: 'Suara.com',
    dateline: null,
    published: null,
    yearInferred: false,
    editor: null,
    first:
      'Setelah China menolak permintaah Organisasi Kesehatan Duni a (WHO) untuk menelusuri asal-usul virus corona, kini Rusia dikabarkan mengambil posisi yang sama.',
    last:
      '"Interaksi tingkat tinggi diperlukan dan tepat waktu dengan latar belakang AS dan Barat yang mempolitisasi asal-usul melacak pekerjaan dan menekan WHO untuk menyerang China ... China dan Rusia memiliki tanggung jawab untuk menentang kecenderungan tersebut," Yang Jin, seorang rekan peneliti. di Institut Studi Rusia, Eropa Timur dan Asia Tengah di bawah Akademi Ilmu Sosial China, mengatakan kepada Global Times.',
    furniture: [
      'Baca Juga: Mengintip Cara Pemprov Kepri',
      'Tag',
      'Berita Terkait',
      'Terpopuler',
      'Pilihan',
      'Terkini',
      '5 Rekomendasi Motor Listrik',
      '20 Kode Redeem FC Mobile Terbaru 4 Oktober 2025',
      'Maarten Paes',
      'Dukungan untuk Anak Pejuang Kanker',
      'Suara.com -',
    ],
  },
  '002_1dac244115b3904c.txt': {
    title:
      'Presiden China Xi Jinping disebut mengirim surat kepada Pemimpin Tertinggi Korea Utara Kim Jong-un untuk…',
    titleDerived: true,
    outlet: 'TribunKSN',
    dateline: null,
    published: '2020-05-09',
    yearInferred: true,
    editor: null,
    first:
      'Presiden China Xi Jinping disebut mengirim surat kepada Pemimpin Tertinggi Korea Utara Kim Jong-un untuk menawarkan bantuan demi melawan virus corona.',
    last: 'Para ahli juga beranggapan jika pemerintah Korut sengaja menutupi jumlah warganya yang terinfeksi Covid-19.',
    furniture: ['TribunKSN -'],
  },
  '003_4a90d90526e6e1b4.txt': {
    title: 'Pemimpin Korea Utara Kim Jong Un telah mengirim surat kepada Presiden China Xi Jinping…',
    titleDerived: true,
    outlet: null,
    dateline: 'Seoul',
    published: '2020-02-01',
    yearInferred: false,
    editor: null,
    first:
      'Pemimpin Korea Utara Kim Jong Un telah mengirim surat kepada Presiden China Xi Jinping, menawarkan bantuan untuk Beijing di tengah wabah virus korona yang sedang berlangsung. Demikian diwartakan Kantor Berita Korea, KCNA pada Sabtu, 1 Februari 2020.',
    last: 'Korea Utara kini telah secara efektif menutup perbatasannya dalam upaya untuk mencegah wabah virus korona, yang saat ini telah menginfeksi hampir 12.000 orang di seluruh dunia. Komite Kesehatan Nasional China (NHC) juga mengatakan jumlah korban akibat virus itu telah mencapai 259 orang.',
    furniture: ['BACA JUGA: Kasus Infeksi Virus Korona', 'BACA JUGA: 4 Fakta Tentang Virus Korona', 'SEOUL -'],
  },
  '004_d122556d1d8862e0.txt': {
    title: 'Mulai Kurang Tenaga di Ukraina, Rusia Minta Bantuan Militer China',
    titleDerived: false,
    outlet: 'GenPI.co',
    dateline: null,
    published: '2022-03-15T06:25:00+07:00',
    yearInferred: false,
    editor: 'Paskalis Yuri Alfred',
    first: 'Para pejabat Amerika Serikat mengatakan Rusia telah meminta bantuan militer China untuk perang di Ukraina.',
    last: 'Ketika Rusia mencaplok Krimea pada 2014, China secara resmi tetap netral.',
    furniture: [
      '15 Maret 2022 06:25',
      'BACA JUGA:',
      'Pasukan Rusia Pakai Bom Terlarang',
      'Silakan baca konten menarik lainnya',
      'Redaktur',
      'BERITA TERPOPULER',
      'BERITA TERKAIT',
      'Copyright',
      '(*)',
      'GenPI.co -',
    ],
  },
};

describe('golden: the five seeds', () => {
  let result: IngestResult;
  const byFile = new Map<string, Article>();
  before(async () => {
    const scanned = await scanSeeds(SEEDS);
    assert.deepEqual(scanned.outcomes, [], 'the seeds folder holds only readable seeds');
    result = ingestSeeds(scanned.inputs);
    for (const a of result.articles) byFile.set(a.sourceFile, a);
  });

  it('reads every seed into an article, sorted by file', () => {
    assert.deepEqual(
      result.articles.map((a) => a.sourceFile),
      Object.keys(GOLDEN),
    );
    assert.deepEqual(
      result.outcomes.map((o) => o.status === 'error'),
      [false, false, false, false, false],
    );
  });

  for (const [file, g] of Object.entries(GOLDEN)) {
    describe(file, () => {
      const article = (): Article => {
        const a = byFile.get(file);
        assert.ok(a, `${file} was ingested`);
        return a;
      };
      it('has the expected headline, outlet, dateline, date and editor', () => {
        const a = article();
        assert.equal(a.title, g.title);
        assert.equal(a.titleDerived, g.titleDerived);
        assert.equal(a.outlet, g.outlet);
        assert.equal(a.dateline, g.dateline);
        assert.equal(a.published, g.published);
        assert.equal(a.yearInferred, g.yearInferred);
        assert.equal(a.editor, g.editor);
      });
      it('has the expected first and last body paragraph, and the lead is the first', () => {
        const a = article();
        const paragraphs = a.body.filter((b) => b.type !== 'heading');
        assert.equal(paragraphs[0]?.text, g.first);
        assert.equal(paragraphs.at(-1)?.text, g.last);
        assert.equal(a.lead, g.first);
      });
      it('keeps no page furniture in title or body', () => {
        const a = article();
        for (const block of [{ text: a.title }, ...a.body]) {
          for (const line of g.furniture) {
            assert.ok(!block.text.includes(line), `furniture "${line}" survived in: ${block.text.slice(0, 80)}`);
          }
          for (const rule of FURNITURE) {
            if (rule.kind === 'suffix') assert.ok(!rule.pattern.test(block.text), `${rule.id} survived`);
            else assert.ok(!rule.pattern.test(block.text), `rule ${rule.id} matches a body block: ${block.text}`);
          }
        }
      });
      it('records every guess it made as a warning', () => {
        const a = article();
        if (a.titleDerived) assert.ok(a.warnings.some((w) => /title derived/.test(w)));
        if (a.yearInferred) assert.ok(a.warnings.some((w) => /inferred/.test(w)));
        if (a.published === null) assert.ok(a.warnings.some((w) => /published left empty/.test(w)));
        if (a.outlet === null) assert.ok(a.warnings.some((w) => /no outlet/.test(w)));
        const outcome = result.outcomes.find((o) => o.sourceFile === file)!;
        assert.equal(outcome.messages.length, a.warnings.length);
        for (const m of outcome.messages) assert.ok(m.startsWith(`${file}: `), m);
      });
    });
  }

  it('000: the sub-head "Lindungi Kazakhstan" is a heading block, the dateline paragraph keeps its text', () => {
    const a = byFile.get('000_77c394e9428d86b1.txt')!;
    assert.deepEqual(
      a.body.filter((b) => b.type === 'heading'),
      [{ type: 'heading', text: 'Lindungi Kazakhstan' }],
    );
    assert.ok(a.body.some((b) => b.text.startsWith('China kini lebih transparan mengenai Virus Corona daripada krisis')));
    assert.ok(a.warnings.some((w) => w.includes('Senin (3/2/2020)')), 'says which credit date it used');
  });

  it('001: the year in the "Terpopuler" list (4 Oktober 2025) is never used', () => {
    const a = byFile.get('001_cfa0e3f98eec47cc.txt')!;
    assert.equal(a.published, null);
    assert.ok(a.warnings.some((w) => w.includes('"2 Agustus"') && w.includes('no year')));
  });

  it('002: the year of "(9/5)" comes from "Januari 2020" in the article', () => {
    const a = byFile.get('002_1dac244115b3904c.txt')!;
    assert.ok(a.warnings.some((w) => w.includes('(9/5)') && w.includes('2020')));
  });

  it('004: the date line without a zone is read as WIB, and says so', () => {
    const a = byFile.get('004_d122556d1d8862e0.txt')!;
    assert.ok(a.warnings.some((w) => w.includes('WIB') && w.includes('assumed')));
    assert.equal(a.body.filter((b) => b.text.startsWith('BACA JUGA')).length, 0);
  });

  it('tags the topics the seeds are about', () => {
    const topics = (f: string): string[] => byFile.get(f)!.topics;
    assert.ok(topics('000_77c394e9428d86b1.txt').includes('China'));
    assert.ok(topics('000_77c394e9428d86b1.txt').includes('Amerika Serikat'));
    assert.ok(topics('001_cfa0e3f98eec47cc.txt').includes('WHO'));
    assert.ok(topics('001_cfa0e3f98eec47cc.txt').includes('Rusia'));
    assert.ok(topics('002_1dac244115b3904c.txt').includes('Korea Utara'));
    assert.ok(topics('002_1dac244115b3904c.txt').includes('COVID-19'));
    assert.ok(topics('003_4a90d90526e6e1b4.txt').includes('Kim Jong-un'));
    assert.ok(topics('004_d122556d1d8862e0.txt').includes('Ukraina'));
    assert.ok(!topics('004_d122556d1d8862e0.txt').includes('NATO'), 'NATO is only in a BACA JUGA line');
  });

  it('gives every article a distinct slug and a dated or undated url', () => {
    const slugs = result.articles.map((a) => a.slug);
    assert.equal(new Set(slugs).size, slugs.length);
    assert.equal(byFile.get('001_cfa0e3f98eec47cc.txt')!.url.startsWith('artikel/tanpa-tanggal/'), true);
    assert.equal(
      byFile.get('004_d122556d1d8862e0.txt')!.url,
      'artikel/2022/03/mulai-kurang-tenaga-di-ukraina-rusia-minta-bantuan-militer-china/',
    );
  });
});
