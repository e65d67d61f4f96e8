/** Citations: the Indonesian APA line, BibTeX, RIS and the reference-manager meta tags, from the record's fields. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apaLine, bibtexEntry, citation, risRecord, safeHttpUrl, type CitationInput } from '../../src/archive/citation.ts';
import { parsePublished } from '../../src/archive/dates.ts';
import { buildArchive } from '../../src/archive/index.ts';
import { makeArticles } from '../site/make-articles.ts';

const base: CitationInput = {
  id: '001_rusia',
  title: 'Rusia Minta Bantuan Militer China',
  authors: ['Paskalis Yuri Alfred'],
  outlet: 'GenPI.co',
  date: parsePublished('2022-03-15T06:25:00+07:00'),
  sourceUrl: 'https://www.genpi.co/internasional/123/rusia-minta-bantuan',
  archiveUrl: null,
};

test('APA line in Indonesian: author, (year, day month), title, outlet, URL; without author the title leads; (t.t.) without a date', () => {
  assert.equal(apaLine(base), 'Paskalis Yuri Alfred. (2022, 15 Maret). Rusia Minta Bantuan Militer China. GenPI.co. https://www.genpi.co/internasional/123/rusia-minta-bantuan');
  assert.equal(apaLine({ ...base, authors: [] }), 'Rusia Minta Bantuan Militer China. (2022, 15 Maret). GenPI.co. https://www.genpi.co/internasional/123/rusia-minta-bantuan');
  assert.equal(apaLine({ ...base, date: null, sourceUrl: null, archiveUrl: 'https://contoh.id/artikel/x/' }), 'Paskalis Yuri Alfred. (t.t.). Rusia Minta Bantuan Militer China. GenPI.co. https://contoh.id/artikel/x/');
  assert.equal(apaLine({ ...base, title: 'Apa kabar?', outlet: null, sourceUrl: null }), 'Paskalis Yuri Alfred. (2022, 15 Maret). Apa kabar?');
});

test('BibTeX: escaped specials, the byline as one name, the date; RIS: NEWS record with CRLF lines', () => {
  const bib = bibtexEntry({ ...base, title: 'Harga naik 50% & {stok} #1_a' });
  assert.match(bib, /^@article\{001_rusia_2022,\n/);
  assert.match(bib, /title = \{\{Harga naik 50\\% \\& \\\{stok\\\} \\#1\\_a\}\}/);
  assert.match(bib, /author = \{\{Paskalis Yuri Alfred\}\}/);
  assert.match(bib, /journal = \{GenPI\.co\}/);
  assert.match(bib, /date = \{2022-03-15\}/);
  assert.match(bib, /url = \{https:\/\/www\.genpi\.co\/internasional\/123\/rusia-minta-bantuan\}/);
  const ris = risRecord(base);
  assert.deepEqual(ris.split('\r\n').slice(0, 5), ['TY  - NEWS', 'TI  - Rusia Minta Bantuan Militer China', 'AU  - Paskalis Yuri Alfred', 'PY  - 2022', 'DA  - 2022/03/15/']);
  assert.ok(ris.endsWith('ER  -\r\n'));
  assert.ok(!/[\n\r\u2028](?!\n)/.test(risRecord({ ...base, title: 'a\u2028b\nc' }).replace(/\r\n/g, '')), 'a title with line breaks stays on one line');
});

test('data: downloads decode to the same text; meta tags carry citation_* and Dublin Core', () => {
  const c = citation(base);
  assert.equal(decodeURIComponent(c.bibtexHref.replace(/^data:application\/x-bibtex;charset=utf-8,/, '')), c.bibtex);
  assert.equal(decodeURIComponent(c.risHref.replace(/^data:application\/x-research-info-systems;charset=utf-8,/, '')), c.ris);
  const meta = Object.fromEntries(c.meta.map((m) => [m.name, m.content]));
  assert.equal(meta.citation_title, base.title);
  assert.equal(meta.citation_author, 'Paskalis Yuri Alfred');
  assert.equal(meta.citation_publication_date, '2022/03/15');
  assert.equal(meta.citation_publisher, 'GenPI.co');
  assert.equal(meta['DC.title'], base.title);
  assert.equal(meta['DC.creator'], 'Paskalis Yuri Alfred');
  assert.equal(meta['DC.date'], '2022-03-15');
  assert.equal(meta['DC.source'], base.sourceUrl);
});

test('several authors: APA joins them with "&", BibTeX with "and" (each name braced), RIS and meta tags one per author', () => {
  const c = { ...base, authors: ['Ardito Ramadhan', 'Icha Rastika', 'Budi Santoso'] };
  assert.equal(apaLine(c), 'Ardito Ramadhan, Icha Rastika, & Budi Santoso. (2022, 15 Maret). Rusia Minta Bantuan Militer China. GenPI.co. https://www.genpi.co/internasional/123/rusia-minta-bantuan');
  assert.match(apaLine({ ...c, authors: ['Ardito Ramadhan', 'Icha Rastika'] }), /^Ardito Ramadhan, & Icha Rastika\. \(2022/);
  assert.match(bibtexEntry(c), /author = \{\{Ardito Ramadhan\} and \{Icha Rastika\} and \{Budi Santoso\}\}/);
  assert.deepEqual(risRecord(c).split('\r\n').filter((l) => l.startsWith('AU')), ['AU  - Ardito Ramadhan', 'AU  - Icha Rastika', 'AU  - Budi Santoso']);
  const meta = citation(c).meta;
  assert.deepEqual(meta.filter((m) => m.name === 'citation_author').map((m) => m.content), c.authors);
  assert.deepEqual(meta.filter((m) => m.name === 'DC.creator').map((m) => m.content), c.authors);
});

test('only http(s) source URLs are linked or cited', () => {
  assert.equal(safeHttpUrl('javascript:alert(1)'), null);
  assert.equal(safeHttpUrl('data:text/html,x'), null);
  assert.equal(safeHttpUrl('https://a.b/c d'), null);
  assert.equal(safeHttpUrl('ftp://a.b/'), null);
  assert.equal(safeHttpUrl(' https://kompas.com/x '), 'https://kompas.com/x');
  const [a] = makeArticles(1);
  (a as typeof a & { sourceUrl: string }).sourceUrl = 'javascript:alert(1)';
  const page = buildArchive([a!], { baseUrl: null }).pages.articles[0]!;
  assert.equal(page.article.source, null);
  assert.ok(!page.article.citation.apa.includes('javascript'));
});

test('a title made from the lead is cited in brackets with a note; the archive copy is cited beside the original', () => {
  const derived = { ...base, title: 'Pemerintah menaikkan harga BBM mulai pekan depan…', titleDerived: true };
  assert.match(apaLine(derived), /\[Pemerintah menaikkan harga BBM mulai pekan depan\]\./);
  assert.match(bibtexEntry(derived), /note = \{Judul tidak ada di sumber; diturunkan dari paragraf pertama\}/);
  assert.match(risRecord(derived), /\r\nN1  - Judul tidak ada di sumber/);
  const both = { ...base, sourceUrl: 'https://news.example.id/a', archiveUrl: 'https://arsip.example.id/artikel/2020/02/a/' };
  assert.match(apaLine(both), /https:\/\/news\.example\.id\/a \(salinan arsip: https:\/\/arsip\.example\.id\/artikel\/2020\/02\/a\/\)$/);
  assert.match(risRecord(both), /\r\nL2  - https:\/\/arsip\.example\.id\/artikel\/2020\/02\/a\/\r\n/);
  assert.doesNotMatch(apaLine(base), /\[|salinan arsip/, 'a headline and a lone address are cited as they are');
});

test('an access date from the seed is cited (APA "Diakses …, dari", BibTeX urldate, RIS Y2); none is never made up', () => {
  const accessed = parsePublished('2024-01-02T10:11:12+07:00');
  const withCopy = { ...base, accessed, archiveUrl: 'https://contoh.id/artikel/2022/03/rusia/' };
  assert.equal(
    apaLine(withCopy),
    'Paskalis Yuri Alfred. (2022, 15 Maret). Rusia Minta Bantuan Militer China. GenPI.co. Diakses 2 Januari 2024, dari https://www.genpi.co/internasional/123/rusia-minta-bantuan (salinan arsip: https://contoh.id/artikel/2022/03/rusia/)',
  );
  assert.equal(apaLine({ ...base, accessed, sourceUrl: null }), 'Paskalis Yuri Alfred. (2022, 15 Maret). Rusia Minta Bantuan Militer China. GenPI.co. Diakses 2 Januari 2024.');
  assert.match(bibtexEntry(withCopy), /\n {2}urldate = \{2024-01-02\},\n/);
  assert.ok(risRecord(withCopy).includes('\r\nY2  - 2024/01/02/\r\n'));
  for (const c of [base, { ...base, accessed: null }]) {
    assert.doesNotMatch(apaLine(c), /Diakses/);
    assert.doesNotMatch(bibtexEntry(c), /urldate/);
    assert.doesNotMatch(risRecord(c), /Y2/);
  }
});

test('the article page cites the record\'s access date, and a derived title in brackets with its note', () => {
  const [a, b] = makeArticles(2);
  const model = buildArchive([{ ...a!, accessed: '2024-01-02', titleDerived: true }, { ...b!, accessed: null }], { baseUrl: 'https://contoh.id/' });
  const pages = new Map(model.pages.articles.map((p) => [p.article.id, p.article.citation]));
  const derived = pages.get(a!.id)!;
  assert.match(derived.apa, /\. \[[^\]]+\]\. /);
  assert.match(derived.apa, /Diakses 2 Januari 2024, dari https:\/\//);
  assert.match(derived.bibtex, /note = \{Judul tidak ada di sumber/);
  assert.doesNotMatch(pages.get(b!.id)!.apa, /Diakses/);
});
