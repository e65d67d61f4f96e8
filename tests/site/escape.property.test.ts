/**
 * Property tests of the escaping helpers (src/site/escape.ts): whatever the text, what a browser or a
 * JSON/XML reader gets back is that text, and nothing in it can become markup.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { blocksToHtml, escapeHtml, jsonForScript, xmlSafe } from '../../src/site/escape.ts';
import { readFragment } from './live-markup.ts';

/** Strings rich in the characters that matter: markup, quotes, entities, line separators, controls, astral. */
const MARKUP_CHARS = ['<', '>', '&', '"', "'", '/', '=', ';', '#', '!', '-', '[', ']', '\u2028', '\u2029', '\u0007', '\uFFFE', '\uD800', '\uDC00', '😀', 'a', 'Z', ' ', '\n', 'é'];
const TOKENS = ['<script>', '</script>', '<!--', '-->', '&amp;', '&lt;', '&#39;', '&#x3C;', 'javascript:', 'onerror=', '<![CDATA[', ']]>'];
const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...MARKUP_CHARS), maxLength: 40 }),
  fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((xs) => xs.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
/** The HTML parser drops NUL and folds CR/CRLF into LF in any document: not something escaping can change. */
const htmlText = hostileText.map((s) => s.replace(/\0/g, '').replace(/\r\n?/g, '\n'));

type Element = DefaultTreeAdapterTypes.Element;
const isElement = (n: DefaultTreeAdapterTypes.ChildNode): n is Element => 'tagName' in n;
const textOf = (n: DefaultTreeAdapterTypes.ChildNode): string =>
  n.nodeName === '#text' && 'value' in n ? n.value : 'childNodes' in n ? n.childNodes.map(textOf).join('') : '';
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('escapeHtml', () => {
  it('never writes < > " \' and writes & only as the start of an entity', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const e = escapeHtml(s);
        assert.doesNotMatch(e, /[<>"']/);
        assert.doesNotMatch(e, /&(?!(?:amp|lt|gt|quot|#39);)/);
      }),
    );
  });

  it('parsed back by an HTML parser, as element text or attribute value, gives the original text and no element', () => {
    fc.assert(
      fc.property(htmlText, (s) => {
        const [p] = parseFragment(`<p title="${escapeHtml(s)}">${escapeHtml(s)}</p>`).childNodes;
        assert.ok(p && isElement(p) && p.tagName === 'p');
        assert.deepEqual(p.attrs, [{ name: 'title', value: s }]);
        assert.equal(textOf(p), s);
        assert.ok(p.childNodes.every((c) => c.nodeName === '#text'), 'only text inside');
      }),
    );
  });

  it('leaves text without special characters as it is', () => {
    fc.assert(fc.property(fc.string().filter((s) => !/[&<>"']/.test(s)), (s) => assert.equal(escapeHtml(s), s)));
  });
});

describe('jsonForScript', () => {
  it('parses back to the same value, and has no < > & or line separators left', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: fc.constantFrom(...MARKUP_CHARS) }), fc.option(fc.constantFrom(0, 2), { nil: undefined }), (value, indent) => {
        const json = jsonForScript(value, indent);
        assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(value)));
        assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
        if (indent === 2 && typeof value === 'object' && value !== null && Object.keys(value).length > 0) assert.match(json, /\n {2}/);
      }),
    );
  });

  it('inside a <script> element in a page, stays one script whose text is the value', () => {
    fc.assert(
      fc.property(fc.dictionary(htmlText, htmlText, { maxKeys: 3 }), htmlText, (dict, headline) => {
        const value = { headline, ...dict };
        const doc = parse(`<!doctype html><html><head><script type="application/ld+json">${jsonForScript(value)}</script></head><body><p>akhir</p></body></html>`);
        const html = doc.childNodes.find(isElement)!;
        const [head, body] = html.childNodes.filter(isElement);
        const scripts = head!.childNodes.filter(isElement);
        assert.equal(scripts.length, 1);
        assert.deepEqual(JSON.parse(textOf(scripts[0]!)), value);
        assert.equal(textOf(body!), 'akhir', 'nothing spilled into the body');
      }),
    );
  });
});

describe('xmlSafe', () => {
  it('removes exactly the characters XML 1.0 forbids, so the text survives an XML round trip', () => {
    const parser = new XMLParser({ parseTagValue: false, trimValues: false, htmlEntities: true });
    fc.assert(
      fc.property(hostileText, (s) => {
        const safe = xmlSafe(s);
        assert.doesNotMatch(safe, XML_FORBIDDEN);
        assert.equal(xmlSafe(safe), safe, 'idempotent');
        const xml = `<a>${escapeHtml(safe)}</a>`;
        assert.equal(XMLValidator.validate(xml), true);
        if (safe !== '') assert.equal(String(parser.parse(xml).a).replace(/\r\n?/g, '\n'), safe.replace(/\r\n?/g, '\n'));
      }),
    );
  });

  it('removes only the forbidden characters: allowed text between them is kept in order', () => {
    const FORBIDDEN = ['\u0000', '\u0007', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'];
    // Each allowed piece is non-empty and well-formed, so two surrogates never meet to form a valid pair.
    const allowed = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((s) => !XML_FORBIDDEN.test(s));
    fc.assert(
      fc.property(fc.array(fc.tuple(allowed, fc.constantFrom(...FORBIDDEN)), { maxLength: 6 }), allowed, (pairs, last) => {
        const input = pairs.map(([ok, bad]) => ok + bad).join('') + last;
        assert.equal(xmlSafe(input), pairs.map(([ok]) => ok).join('') + last);
      }),
    );
  });

  it('keeps text that has no forbidden character unchanged, and turns null/undefined into ""', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !XML_FORBIDDEN.test(s)), (s) => assert.equal(xmlSafe(s), s)));
    assert.equal(xmlSafe(null), '');
    assert.equal(xmlSafe(undefined), '');
    assert.equal(xmlSafe(42), '42');
  });
});

describe('blocksToHtml', () => {
  it('gives one element per block, holding its text, with nothing that would run', () => {
    const block = fc.record({ type: fc.constantFrom('paragraph', 'heading', 'quote'), text: htmlText });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        const reading = readFragment(blocksToHtml(blocks));
        assert.deepEqual(reading.problems, []);
        assert.deepEqual(reading.blocks.map((b) => b.text), blocks.map((b) => xmlSafe(b.text)));
        assert.deepEqual(reading.blocks.map((b) => b.tag), blocks.map((b) => (b.type === 'heading' ? 'h2' : b.type === 'quote' ? 'blockquote' : 'p')));
      }),
    );
  });
});
