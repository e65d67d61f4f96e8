/**
 * Datelines and outlet names as the article page shows them (outlet, "Jakarta" under the headline),
 * form by form (written against the mutants of src/ingest/outlets.ts). Imports outlets.ts alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskOutletNames, outletFromHost, outletInLine, outletsInLine, readDateline, resolveOutlet, titleCasePlace } from '../../src/ingest/outlets.ts';

const known = (name: string) => ({ name, known: true });
const line = (text: string) => readDateline(text);

describe('dateline forms', () => {
  it('outlet, place', () => {
    assert.deepEqual(line('Liputan6.com, Beijing - Isi.'), { outlet: known('Liputan6.com'), place: 'Beijing', rest: 'Isi.', weak: false });
    assert.deepEqual(line('TEMPO.CO, Jakarta -- Isi.'), { outlet: known('Tempo.co'), place: 'Jakarta', rest: 'Isi.', weak: false });
    assert.deepEqual(line('kompas.com, Jakarta - Isi'), { outlet: known('Kompas.com'), place: 'Jakarta', rest: 'Isi', weak: false });
    assert.deepEqual(line('Contoh.com, Bandung - Isi'), { outlet: { name: 'Contoh.com', known: false }, place: 'Bandung', rest: 'Isi', weak: false });
  });

  it('place, outlet and place (outlet)', () => {
    assert.deepEqual(line('JAKARTA, KOMPAS.com - Isi.'), { outlet: known('Kompas.com'), place: 'Jakarta', rest: 'Isi.', weak: false });
    assert.deepEqual(line('Jakarta, CNN Indonesia -- Isi.'), { outlet: known('CNN Indonesia'), place: 'Jakarta', rest: 'Isi.', weak: false });
    assert.deepEqual(line('Jakarta (ANTARA) - Isi.'), { outlet: known('ANTARA'), place: 'Jakarta', rest: 'Isi.', weak: false });
    assert.deepEqual(line('Jakarta ( Antara ) - Isi.'), { outlet: known('ANTARA'), place: 'Jakarta', rest: 'Isi.', weak: false });
  });

  it('place - outlet, with or without text after it', () => {
    assert.deepEqual(line('Jakarta - detikNews Isi berita.'), { outlet: known('detikNews'), place: 'Jakarta', rest: 'Isi berita.', weak: false });
    assert.deepEqual(line('Jakarta - detikNews'), { outlet: known('detikNews'), place: 'Jakarta', rest: '', weak: false });
    assert.deepEqual(line('Jakarta - detikNews - Isi.'), { outlet: known('detikNews'), place: 'Jakarta', rest: 'Isi.', weak: false });
  });

  it('outlet alone, family names as written, unknown sites flagged', () => {
    assert.deepEqual(line('Suara.com - Isi.'), { outlet: known('Suara.com'), place: null, rest: 'Isi.', weak: false });
    assert.deepEqual(line('TribunKSN - Isi.'), { outlet: known('TribunKSN'), place: null, rest: 'Isi.', weak: false });
    assert.deepEqual(line('Kompas - Isi'), { outlet: known('Kompas.com'), place: null, rest: 'Isi', weak: false });
    assert.deepEqual(line('Contoh.com - Isi'), { outlet: { name: 'Contoh.com', known: false }, place: null, rest: 'Isi', weak: false });
  });

  it('place alone: capitals are strong evidence, title case weak; every dash kind', () => {
    assert.deepEqual(line('SEOUL - Isi.'), { outlet: null, place: 'Seoul', rest: 'Isi.', weak: false });
    assert.deepEqual(line('DKI JAKARTA - x'), { outlet: null, place: 'DKI Jakarta', rest: 'x', weak: false });
    assert.deepEqual(line('KUALA LUMPUR — Isi.'), { outlet: null, place: 'Kuala Lumpur', rest: 'Isi.', weak: false });
    assert.deepEqual(line('Jakarta - Isi.'), { outlet: null, place: 'Jakarta', rest: 'Isi.', weak: true });
    assert.deepEqual(line('Tanjung Pinang – Isi.'), { outlet: null, place: 'Tanjung Pinang', rest: 'Isi.', weak: true });
    assert.deepEqual(line('Jakarta --- Isi'), { outlet: null, place: 'Jakarta', rest: 'Isi', weak: true });
  });

  it('not datelines: lower case, no spaces round the dash, five words, a dash after 160 characters', () => {
    assert.equal(line('jakarta - isi'), null);
    assert.equal(line('Jakarta-Isi'), null);
    assert.equal(line('A B C D E - Isi'), null);
    assert.equal(line('Jakarta (Antara) -Isi'), null);
    assert.equal(line(`SEOUL${' '.repeat(160)}- Isi`), null);
    assert.equal(line('Tanpa garis pisah sama sekali.'), null);
  });
});

describe('names', () => {
  it('places: capitals become title case, short abbreviations stay', () => {
    assert.equal(titleCasePlace('SEOUL'), 'Seoul');
    assert.equal(titleCasePlace('KUALA LUMPUR'), 'Kuala Lumpur');
    assert.equal(titleCasePlace('DKI JAKARTA'), 'DKI Jakarta');
    assert.equal(titleCasePlace('NTT'), 'NTT');
    assert.equal(titleCasePlace('ACEH'), 'Aceh');
    assert.equal(titleCasePlace('  Jakarta  Selatan '), 'Jakarta Selatan');
  });

  it('outlet tokens: aliases in any case and with spaces around, families, site-like names', () => {
    assert.deepEqual(resolveOutlet('kompas'), known('Kompas.com'));
    assert.deepEqual(resolveOutlet(' Kompas.com '), known('Kompas.com'));
    assert.deepEqual(resolveOutlet('TribunJakarta.com'), known('TribunJakarta.com'));
    assert.equal(resolveOutlet('Tribunjakarta'), null);
    for (const site of ['Contoh.co.id', 'Contoh.or.id', 'Contoh.net', 'Contoh.news', 'Contoh.id', 'Contoh.co', 'Co-ntoh.com']) {
      assert.deepEqual(resolveOutlet(site), { name: site, known: false }, site);
    }
    for (const not of ['Contoh.org', '1abc.com', 'a.com', 'Contoh.com.evil', `${'a'.repeat(32)}.com`]) assert.equal(resolveOutlet(not), null, not);
  });

  it('credit lines: the first outlet, the longest name at each word; "PT." joined', () => {
    assert.deepEqual(outletInLine('Copyright © 2015 PT.Viva Media Baru'), known('VIVA.co.id'));
    assert.deepEqual(outletInLine('CNN Indonesia dan Kompas TV'), known('CNN Indonesia'));
    assert.deepEqual(outletInLine('oleh redaksi Kompas TV'), known('KompasTV'));
    assert.equal(outletInLine('tidak ada'), null);
    assert.equal(outletInLine(''), null);
  });

  it('a bar of sister sites: every known outlet once, in order', () => {
    assert.deepEqual(outletsInLine('Baca juga di Kompas.com dan Tempo.co serta Kompas.com'), ['Kompas.com', 'Tempo.co']);
    assert.deepEqual(outletsInLine('CNN Indonesia dan Kompas TV'), ['CNN Indonesia', 'KompasTV']);
    assert.deepEqual(outletsInLine('Contoh.com dan Lain.com'), [], 'unknown sites are not sister sites');
    assert.deepEqual(outletsInLine('tidak ada'), []);
  });

  it('outlet names that contain a topic are masked, whole words only, any case', () => {
    assert.equal(maskOutletNames('Kata CNN Indonesia soal Indonesia'), 'Kata   soal Indonesia');
    assert.equal(maskOutletNames('cnn indonesia'), ' ');
    assert.equal(maskOutletNames('Indonesia saja'), 'Indonesia saja');
    assert.equal(maskOutletNames('XCNN Indonesia'), 'XCNN Indonesia');
  });

  it('hosts: trailing dot and case ignored, subdomains match, look-alikes do not', () => {
    assert.equal(outletFromHost('news.detik.com.'), 'detikNews');
    assert.equal(outletFromHost(' WWW.KOMPAS.COM '), 'Kompas.com');
    assert.equal(outletFromHost('kompas.com.evil.example'), null);
    assert.equal(outletFromHost('example'), null);
    assert.equal(outletFromHost(''), null);
  });
});
