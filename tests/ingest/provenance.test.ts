/** Every record says where it came from: `sourceUrl` and `modified`, in the record and in both exports. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { articlesToCsv, articlesToJson } from '../../src/site/exports.ts';
import { ingestText } from './helpers.ts';

const BODY = 'Judul Berita Uji Coba\n\nJAKARTA - Pemerintah meresmikan jembatan baru pada Senin (3/2/2020).\n';

describe('sourceUrl from front matter', () => {
  it('`url:` is the original address', () => {
    const { article: a } = ingestText(`---\nurl: https://www.contoh.example/berita/1\n---\n${BODY}`, 'a.md');
    assert.equal(a?.sourceUrl, 'https://www.contoh.example/berita/1');
    assert.equal(a?.modified, null);
  });
  it('`source:` is another name for it', () => {
    const { article: a, outcome } = ingestText(`---\nsource: "http://contoh.example/b?id=2"\n---\n${BODY}`, 'b.txt');
    assert.equal(a?.sourceUrl, 'http://contoh.example/b?id=2');
    assert.deepEqual(outcome.problems, []);
  });
  it('an address that is not http(s) is refused with a line naming the file; the article is kept', () => {
    const { article: a, outcome } = ingestText(`---\nurl: "javascript:alert(1)"\n---\n${BODY}`, 'c.md');
    assert.equal(a?.sourceUrl, null);
    assert.ok(outcome.messages.some((m) => /^c\.md: front matter "url" should be a web address starting with http:\/\/ or https:\/\//.test(m)), outcome.messages.join('\n'));
  });
  it('both names at once: `url` wins, and the file is told', () => {
    const { article: a, outcome } = ingestText(`---\nurl: https://a.example/1\nsource: https://b.example/2\n---\n${BODY}`, 'd.md');
    assert.equal(a?.sourceUrl, 'https://a.example/1');
    assert.ok(outcome.messages.some((m) => /both "url" and "source"/.test(m)));
  });
  it('a seed without either has sourceUrl null', () => {
    assert.equal(ingestText(BODY).article?.sourceUrl, null);
  });
});

describe('the exports carry sourceUrl and modified', () => {
  const { article: a } = ingestText(`---\nurl: https://www.contoh.example/berita/1\n---\n${BODY}`, 'a.md');
  const withModified = { ...a!, modified: '2020-02-03T12:00:00+07:00' };
  it('JSON', () => {
    const [rec] = JSON.parse(articlesToJson([withModified])) as Array<Record<string, unknown>>;
    assert.equal(rec!.sourceUrl, 'https://www.contoh.example/berita/1');
    assert.equal(rec!.modified, '2020-02-03T12:00:00+07:00');
  });
  it('CSV (empty cells when unknown)', () => {
    const rows = parseCsv(articlesToCsv([withModified, { ...withModified, id: 'x', sourceUrl: null, modified: null }]), { columns: true }) as Array<Record<string, string>>;
    assert.equal(rows[0]!.sourceUrl, 'https://www.contoh.example/berita/1');
    assert.equal(rows[0]!.modified, '2020-02-03T12:00:00+07:00');
    assert.equal(rows[1]!.sourceUrl, '');
    assert.equal(rows[1]!.modified, '');
  });
});
