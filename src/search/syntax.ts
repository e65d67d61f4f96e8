/**
 * The query language of the search page and `npm run search`, one parser for both:
 *
 *   bantuan militer      every word must occur (any affixed form: stemmed)
 *   "bantuan militer"    the words next to each other, in this order
 *   -rusia  -"kata x"    leave out articles with the word (any form) or phrase
 *   viru*                any word starting with "viru"
 *   =menteri             this word form only, not stemmed ("menteri", not "kementerian"); checked
 *                        against the stored text as a phrase is
 *   china OR tiongkok    either (binds the two items either side of it); ATAU is the same
 *   china AND jepang     both (as without it); DAN is the same
 *   bantuan NOT rusia    leave out what follows, as a minus does; BUKAN is the same
 *                        (the operators only in capitals: lower-case "dan", "atau" stay words)
 *   (china OR jepang) (bantuan OR kerja)   parentheses group: china OR (jepang bantuan) is
 *                        china, or jepang with bantuan; -(rusia OR ukraina) leaves out either
 *   penulis:ardito       the word in that field only: `penulis:` the authors, `tempat:` the
 *   tempat:"kota baru"   dateline (the prefixes are FIELDS' in format.ts); also before a phrase
 *                        (its words all in that field) or a prefix, and after a minus
 *
 * Stemming is the same everywhere: inside a phrase and after a minus a word
 * matches its affixed forms as a plain word does ("-bantu" also leaves out
 * "bantuan"). Stop words are not indexed, so a plain one is dropped; inside a
 * phrase a stop word must be there as written ("bantuan dari AS" does not match
 * "bantuan untuk AS"). While typing, the last word with no space after it is also
 * matched as a prefix when it is not a word of the index (see engine).
 */
import { FIELDS, type FieldName } from './format.ts';
import { isStopWord, tokenizeForQuery } from './indonesian/index.ts';
import { phraseWords, type PhraseWord } from './phrase.ts';
import { stemCached } from './query.ts';
import { SAY_QUERY } from '../archive/indonesian.ts';

export interface WordClause {
  kind: 'word';
  /** As typed, normalised (lower case). */
  word: string;
  /** Its index term (stem). */
  term: string;
  /** The word is still being typed: match it as a prefix when it is no word of the index. */
  partial: boolean;
  /** Only in this field (`penulis:`, `tempat:`); absent: any field. */
  field?: FieldName;
}

export interface PrefixClause {
  kind: 'prefix';
  /** Normalised prefix, without the asterisk. */
  prefix: string;
  field?: FieldName;
}

export interface PhraseClause {
  kind: 'phrase';
  words: PhraseWord[];
  /** In a field, its words must all stand in that field (their order is not checked there). */
  field?: FieldName;
}

export type Clause = WordClause | PrefixClause | PhraseClause;

export interface ParsedQuery {
  /** Every group must match; a group matches when any of its clauses does (OR). */
  groups: Clause[][];
  /** Articles matching any of these are left out. */
  exclude: Clause[];
  /** Stop words that were dropped (they are not in the index). */
  stopWords: string[];
  /** A canonical form: equal for queries that mean the same (memo key). */
  key: string;
  /** What the query asked that cannot be searched as written, in one Indonesian line each (the rest is searched). */
  problems: string[];
}

const MAX_QUERY = 500;

/** Boolean operators as typed, in capitals, English and Indonesian. */
const OPERATORS: ReadonlyMap<string, 'OR' | 'AND' | 'NOT'> = new Map([
  ['OR', 'OR'],
  ['ATAU', 'OR'],
  ['AND', 'AND'],
  ['DAN', 'AND'],
  ['NOT', 'NOT'],
  ['BUKAN', 'NOT'],
]);

function wordClauses(text: string, partialLast: boolean, stopWords: string[]): Clause[] {
  const toks = tokenizeForQuery(text);
  const out: Clause[] = [];
  toks.forEach((t, i) => {
    if (isStopWord(t.text)) {
      stopWords.push(t.text);
      return;
    }
    const term = stemCached(t.text);
    if (term.length === 0) return;
    out.push({ kind: 'word', word: t.text, term, partial: partialLast && i === toks.length - 1 });
  });
  return out;
}

function phraseClause(text: string, stopWords: string[]): Clause[] {
  const words = phraseWords(text);
  const content = words.filter((w) => w.term !== '');
  if (content.length === 0) {
    stopWords.push(...words.map((w) => w.word));
    return [];
  }
  // One word and nothing else is just that word.
  if (words.length === 1 && content[0]) return [{ kind: 'word', word: content[0].word, term: content[0].term, partial: false }];
  return [{ kind: 'phrase', words }];
}

/** `=menteri`: each word in exactly the form written (a stop word stays one, as in a phrase). */
function exactClause(text: string, stopWords: string[]): Clause[] {
  const words = phraseWords(text);
  if (words.every((w) => w.term === '')) {
    stopWords.push(...words.map((w) => w.word));
    return [];
  }
  return [{ kind: 'phrase', words: words.map((w) => (w.term === '' ? w : { ...w, exact: true as const })) }];
}

function prefixClause(text: string): Clause[] {
  const toks = tokenizeForQuery(text);
  const last = toks[toks.length - 1];
  if (!last) return [];
  const before = toks.slice(0, -1).map((t) => t.text).join(' ');
  return [...(before ? wordClauses(before, false, []) : []), { kind: 'prefix', prefix: last.text }];
}

/** `penulis` → `authors`: the query prefixes of format.ts's FIELDS, lower case. */
const FIELD_PREFIXES = new Map(FIELDS.flatMap((f) => (f.prefix ? [[f.prefix, f.name] as const] : [])));
const FIELD_PREFIX = new RegExp(`^(${[...FIELD_PREFIXES.keys()].join('|')}):`, 'i');

/** The clause restricted to a field, when one was named. */
const inField = (c: Clause, field: FieldName | undefined): Clause => (field ? { ...c, field } : c);

/** Whether a clause needs more than term membership in any field: a phrase, or a word kept to one field. */
export const needsWholePostings = (c: Clause): boolean => c.kind === 'phrase' || c.field !== undefined;

const clauseKey = (c: Clause): string => (c.field ? `${c.field}:` : '') + plainKey(c);
const plainKey = (c: Clause): string =>
  c.kind === 'word'
    ? `${c.term}${c.partial ? '~' + c.word : ''}`
    : c.kind === 'prefix'
      ? `${c.prefix}*`
      : `"${c.words.map((w) => (w.term && !w.exact ? w.term : '=' + w.word)).join(' ')}"`;

/**
 * Parses a query. `typing`: the reader is still typing, so the last word (when no
 * space follows it) is marked partial.
 */
export function parseQuery(input: string, options: { typing?: boolean } = {}): ParsedQuery {
  const q = input.slice(0, MAX_QUERY);
  const stopWords: string[] = [];
  const toks: Token[] = [];
  let i = 0;
  // NOT / BUKAN before an item or a parenthesis: it is left out, as with a minus.
  let negateNext = false;
  while (i < q.length) {
    const ch = q[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === ')') {
      toks.push({ t: 'close' });
      i++;
      continue;
    }
    let negated = negateNext;
    negateNext = false;
    if ((ch === '-' || ch === '+') && i + 1 < q.length && !/\s/.test(q[i + 1] ?? '')) {
      negated = ch === '-';
      i++;
    }
    if (q[i] === '(') {
      toks.push({ t: 'open', negated });
      i++;
      continue;
    }
    const named = FIELD_PREFIX.exec(q.slice(i));
    const field = named ? FIELD_PREFIXES.get(named[1]!.toLowerCase()) : undefined;
    if (named) i += named[0].length;
    if (q[i] === '"' || q[i] === '“' || q[i] === '”') {
      // A phrase runs to the closing quote, or to the end while it is still being typed.
      const close = q.slice(i + 1).search(/["“”]/);
      const end = close < 0 ? q.length : i + 1 + close;
      toks.push({ t: 'item', negated, clauses: phraseClause(q.slice(i + 1, end), stopWords).map((c) => inField(c, field)) });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < q.length && !/[\s"“”()]/.test(q[end] ?? '')) end++;
    const chunk = q.slice(i, end);
    i = end;
    const operator = !negated && !field ? OPERATORS.get(chunk) : undefined;
    if (operator === 'OR') {
      toks.push({ t: 'or' });
      continue;
    }
    if (operator === 'AND') continue;
    if (operator === 'NOT') {
      negateNext = true;
      continue;
    }
    let clauses: Clause[];
    if (chunk.startsWith('=') && chunk.length > 1) clauses = exactClause(chunk.slice(1), stopWords);
    else if (chunk.endsWith('*')) clauses = prefixClause(chunk.replace(/\*+$/, ''));
    else clauses = wordClauses(chunk, options.typing === true && end === q.length && !negated, stopWords);
    toks.push({ t: 'item', negated, clauses: clauses.map((c) => inField(c, field)) });
  }
  const problems: string[] = [];
  const { groups, exclude } = toCnf(sequence(toks, { at: 0 }, 0), problems);
  // In query order: lunr's sums and ties follow it (engine.ts), so "a b" and "b a" differ.
  const key = [...groups.map((g) => g.map(clauseKey).join('|')), ...exclude.map((c) => `-${clauseKey(c)}`)].join(' ');
  return { groups, exclude, stopWords, key, problems: [...new Set(problems)] };
}

type Token = { t: 'open'; negated: boolean } | { t: 'close' } | { t: 'or' } | { t: 'item'; negated: boolean; clauses: Clause[] };
/** A query as read: items (each its clauses, all required), AND of parts, OR of parts, NOT of a part. */
type Node = { k: 'leaf'; clauses: Clause[] } | { k: 'and' | 'or'; parts: Node[] } | { k: 'not'; node: Node };

/**
 * Items side by side, to the matching `)` (an unclosed `(` runs to the end, a stray `)` is read past,
 * as while typing). OR binds the two items either side of it, tighter than juxtaposition.
 */
function sequence(toks: readonly Token[], pos: { at: number }, depth: number): Node {
  const parts: Node[] = [];
  let joinNext = false;
  while (pos.at < toks.length) {
    const tok = toks[pos.at++]!;
    if (tok.t === 'close') {
      if (depth > 0) break;
      continue;
    }
    if (tok.t === 'or') {
      joinNext = parts.length > 0;
      continue;
    }
    const inner: Node = tok.t === 'open' ? sequence(toks, pos, depth + 1) : { k: 'leaf', clauses: tok.clauses };
    const node: Node = tok.negated ? { k: 'not', node: inner } : inner;
    const prev = parts[parts.length - 1];
    parts.push(joinNext && prev ? { k: 'or', parts: [parts.pop()!, node] } : node);
    joinNext = false;
  }
  return { k: 'and', parts };
}

/** At most this many groups after OR is distributed over parentheses: (a b c) OR (d e f) … grows as a product. */
const MAX_GROUPS = 32;

/**
 * The query as groups that must all match, each matching when any of its clauses does, and
 * clauses that leave an article out. An exclusion anywhere leaves out across the query (a minus inside
 * OR too, as before parentheses); what cannot be said so is one line in `problems`.
 */
function toCnf(node: Node, problems: string[]): { groups: Clause[][]; exclude: Clause[] } {
  switch (node.k) {
    case 'leaf':
      return { groups: node.clauses.map((c) => [c]), exclude: [] };
    case 'not': {
      const inner = toCnf(node.node, problems);
      if (inner.groups.length > 1) problems.push(SAY_QUERY.notOverAnd);
      return { groups: [], exclude: inner.groups.length === 1 ? inner.groups[0]! : [] };
    }
    case 'and': {
      const parts = node.parts.map((p) => toCnf(p, problems));
      return { groups: parts.flatMap((p) => p.groups), exclude: parts.flatMap((p) => p.exclude) };
    }
    case 'or': {
      const parts = node.parts.map((p) => toCnf(p, problems));
      let groups: Clause[][] = [];
      for (const p of parts) {
        if (p.groups.length === 0) continue;
        groups = groups.length === 0 ? p.groups : groups.flatMap((g) => p.groups.map((h) => unionClauses(g, h)));
        if (groups.length > MAX_GROUPS) {
          problems.push(SAY_QUERY.tooComplex);
          groups = groups.slice(0, MAX_GROUPS);
        }
      }
      return { groups, exclude: parts.flatMap((p) => p.exclude) };
    }
  }
}

/** Both groups' clauses, each once, in order. */
function unionClauses(a: readonly Clause[], b: readonly Clause[]): Clause[] {
  const seen = new Set(a.map(clauseKey));
  return [...a, ...b.filter((c) => !seen.has(clauseKey(c)))];
}

/** Every clause the query asks for, in order (for highlighting and hints). */
export const positiveClauses = (p: ParsedQuery): Clause[] => p.groups.flat();
