/**
 * Indonesian stemmer of the confix-stripping family (Nazief–Adriani, enhanced
 * CS rules): suffixes -lah/-kah/-pun, -nya/-ku/-mu, -kan/-an/-i and up to three
 * prefixes (di-, ke-, se-, meN-, peN-, ber-, ter-, per-) with the meN-/peN- sound
 * changes. Every reading of the word is tried; the first one that reaches a word
 * in the compact root list wins. When none does, a default reading is used
 * (the most regular sound change, the fullest stripping that leaves a plausible root).
 * Pure and dependency-free: runs at build time and in the browser.
 */
import { ROOT_WORDS } from './roots.ts';

type Prefix = 'di' | 'ke' | 'se' | 'me' | 'pe' | 'ber' | 'ter' | 'per' | 'ku' | 'kau';
type Suffix = '' | 'i' | 'kan' | 'an';

interface SuffixState {
  base: string;
  suffix: Suffix;
}

interface PrefixOption {
  rest: string;
  prefix: Prefix;
  /** The sound change put a letter back (menawar → t-awar): the root starts here, no further prefix. */
  recoded: boolean;
}

const VOWELS = 'aiueo';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
const isConsonant = (c: string | undefined): boolean => c !== undefined && /[a-z]/.test(c) && !VOWELS.includes(c);

/** Prefix/suffix pairs that do not occur together (ECS). */
const INVALID_PAIRS: ReadonlySet<string> = new Set(['ber+i', 'di+an', 'ke+i', 'ke+kan', 'me+an', 'ter+an']);

/** Readings of one prefix layer, most regular first. */
function prefixOptions(w: string): PrefixOption[] {
  const c = (i: number): string | undefined => w[i];
  const out: PrefixOption[] = [];
  const add = (rest: string, prefix: Prefix): void => {
    if (rest.length >= 2) out.push({ rest, prefix, recoded: !w.includes(rest) });
  };
  // Proclitics ku-/kau- (kupukul, kauhajar) are only accepted when they reach a known root.
  if (w.startsWith('kau')) add(w.slice(3), 'kau');
  else if (w.startsWith('ku')) add(w.slice(2), 'ku');
  if (w.startsWith('di')) add(w.slice(2), 'di');
  else if (w.startsWith('ke')) add(w.slice(2), 'ke');
  else if (w.startsWith('se')) add(w.slice(2), 'se');
  else if (w.startsWith('me') || w.startsWith('pe')) {
    const p: Prefix = w.startsWith('me') ? 'me' : 'pe';
    if (w.startsWith('ng', 2)) {
      if (c(4) === 'e') {
        add('k' + w.slice(4), p); // mengecam → kecam
        add(w.slice(5), p); // mengebom → bom
        add(w.slice(4), p); // mengekspor → ekspor
        add(w.slice(2), p); // mengeri → ngeri
      } else if (isVowel(c(4))) {
        add(w.slice(4), p); // mengambil → ambil
        add('k' + w.slice(4), p); // mengirim → kirim
        add(w.slice(2), p); // menganga → nganga
      } else add(w.slice(4), p); // menggunakan, mengkritik
    } else if (w.startsWith('ny', 2) && isVowel(c(4))) {
      add('s' + w.slice(4), p); // menyebar → sebar
      add(w.slice(2), p); // menyanyi → nyanyi
    } else if (c(2) === 'm') {
      if ('bfv'.includes(c(3) ?? '_')) add(w.slice(3), p);
      else if (c(3) === 'p') add(w.slice(3), p); // memperkuat → perkuat, mempunyai → punyai
      else if (isVowel(c(3)) || c(3) === 'r') {
        add('p' + w.slice(3), p); // memukul → pukul
        add('m' + w.slice(3), p); // meminum → minum
      }
    } else if (c(2) === 'n') {
      if ('cdjzst'.includes(c(3) ?? '_')) add(w.slice(3), p); // mencari, mendapat, mentaati
      else if (isVowel(c(3))) {
        add('t' + w.slice(3), p); // menawar → tawar
        add('n' + w.slice(3), p); // menikah → nikah
      }
    } else if (p === 'me' && 'lrwy'.includes(c(2) ?? '_')) add(w.slice(2), p); // melihat, merasa
    else if (p === 'pe') {
      if (w.startsWith('per')) {
        if (isVowel(c(3))) {
          add(w.slice(3), 'per'); // peradilan → adil
          add(w.slice(2), 'pe'); // perumahan → rumah
        } else add(w.slice(3), 'per'); // perbaikan → baik
      } else if (w.startsWith('pel') && isVowel(c(3))) {
        add(w.slice(2), 'pe'); // pelaku → laku
        add(w.slice(3), 'pe'); // pelajar → ajar
      } else if ('wy'.includes(c(2) ?? '_')) add(w.slice(2), 'pe');
      else if (isConsonant(c(2)) && !'rlmn'.includes(c(2) ?? '_')) add(w.slice(2), 'pe'); // petani, pekerja
    }
  } else if (w.startsWith('ber') || w.startsWith('ter')) {
    const p: Prefix = w.startsWith('ber') ? 'ber' : 'ter';
    if (isVowel(c(3))) {
      add(w.slice(3), p); // beradu → adu, terasing → asing
      add(w.slice(2), p); // berupa → rupa, terasa → rasa
    } else add(w.slice(3), p); // bersuara, terjadi
  } else if (w.startsWith('belajar')) add(w.slice(3), 'ber');
  else if ((w.startsWith('be') || w.startsWith('te')) && isConsonant(c(2)) && w.startsWith('er', 3)) {
    add(w.slice(2), w.startsWith('be') ? 'ber' : 'ter'); // bekerja → kerja, teterbang → terbang
  }
  return out;
}

/** Suffix readings, fullest stripping first; never leaves fewer than `min` letters. */
function suffixStates(word: string): SuffixState[] {
  const inflected: string[] = [word];
  let w = word;
  const particle = /(lah|kah|pun)$/.exec(w);
  if (particle && w.length - 3 >= 4) {
    w = w.slice(0, -3);
    inflected.push(w);
  }
  if (w.endsWith('nya') && w.length - 3 >= 3) {
    w = w.slice(0, -3);
    inflected.push(w);
  } else if (/(ku|mu)$/.test(w) && w.length - 2 >= 5) {
    w = w.slice(0, -2);
    inflected.push(w);
  }
  const states: SuffixState[] = [];
  // Loan suffixes -isme/-isasi: terorisme → teror, globalisasi → global.
  const loan = /(isme|isasi)$/.exec(w);
  if (loan && w.length - loan[0].length >= 4) inflected.push(w.slice(0, -loan[0].length));
  // Native roots do not end in a consonant cluster (ng excepted): proteks|i, langg|an are not readings.
  const plausible = (b: string): boolean => !/[^aiueo\W][^aiueo\W]$/.test(b) || b.endsWith('ng') || b.endsWith('ny');
  for (const base of inflected.reverse()) {
    const k = base.slice(0, -3);
    if (base.endsWith('kan') && k.length >= 3 && plausible(k)) states.push({ base: k, suffix: 'kan' });
    const a = base.slice(0, -2);
    const i = base.slice(0, -1);
    if (base.endsWith('an') && a.length >= 4 && plausible(a)) states.push({ base: a, suffix: 'an' });
    else if (base.endsWith('i') && i.length >= 4 && plausible(i)) states.push({ base: i, suffix: 'i' });
    states.push({ base, suffix: '' });
  }
  return states;
}

const PLAIN: ReadonlySet<Prefix> = new Set(['di', 'ke', 'se', 'ku', 'kau']);
const ROOT_ONLY: ReadonlySet<Prefix> = new Set(['ku', 'kau']);

/** May `next` be taken off after the prefixes in `used`? di-/ke-/se- are outermost, except ber-ke- and ke-se-. */
function allowedAfter(used: Prefix[], next: PrefixOption, suffix: Suffix, lastRecoded: boolean): boolean {
  if (used.includes(next.prefix) || lastRecoded) return false;
  const prev = used[used.length - 1];
  if (prev === undefined) return !(suffix && INVALID_PAIRS.has(`${next.prefix}+${suffix}`));
  if (!PLAIN.has(next.prefix)) return true;
  return (prev === 'ber' && next.prefix === 'ke') || (prev === 'ke' && next.prefix === 'se');
}

/** Depth-first over prefix readings; returns the first reading found in the root list. */
function findRoot(w: string, suffix: Suffix, used: Prefix[], recoded: boolean): string | null {
  if (used.length > 0 && ROOT_WORDS.has(w)) return w;
  if (used.length >= 3) return null;
  for (const opt of prefixOptions(w)) {
    if (!allowedAfter(used, opt, suffix, recoded)) continue;
    const hit = findRoot(opt.rest, suffix, [...used, opt.prefix], opt.recoded);
    if (hit) return hit;
  }
  return null;
}

/** The default reading: most regular prefix readings while a plausible root remains. */
function defaultStrip(w: string, suffix: Suffix): { root: string; prefixes: number } {
  const used: Prefix[] = [];
  let cur = w;
  let recoded = false;
  while (used.length < 3) {
    const opt = prefixOptions(cur).find((o) => !ROOT_ONLY.has(o.prefix) && allowedAfter(used, o, suffix, recoded));
    if (!opt) break;
    const min = PLAIN.has(opt.prefix) ? 4 : 3;
    if (opt.rest.length < min) break;
    used.push(opt.prefix);
    cur = opt.rest;
    recoded = opt.recoded;
    if (ROOT_WORDS.has(cur)) break;
  }
  return { root: cur, prefixes: used.length };
}

function stemWord(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word) || ROOT_WORDS.has(word)) return word;
  const states = suffixStates(word);
  for (const s of states) {
    if (s.base !== word && ROOT_WORDS.has(s.base)) return s.base;
    const hit = findRoot(s.base, s.suffix, [], false);
    if (hit) return hit;
  }
  // No reading reaches a known root: take the fullest regular one. -i and -kan are
  // only taken off together with a prefix (bare "tinggi", "bukan" are roots).
  for (const s of states) {
    const d = defaultStrip(s.base, s.suffix);
    if ((s.suffix === 'i' || s.suffix === 'kan') && d.prefixes === 0) continue;
    // A suffix reading whose prefix could not come off (me-…-an, ber-…-an too short) is wrong.
    if (s.suffix && d.prefixes === 0 && prefixOptions(s.base).some((o) => !ROOT_ONLY.has(o.prefix))) continue;
    if (d.root.length < 3) continue;
    return d.root;
  }
  return word;
}

/**
 * Whether `word` may stem to `root`, without stemming it: a root is a stretch of the word, or (after a meN-/peN-
 * sound change: menawar → tawar) a letter and then such a stretch; a compound's is one of its parts'. So the root
 * less its first letter is in the word. A phrase check stems only the words that pass (stemming every word of a
 * text costs more than reading it).
 */
export const mayStemTo = (word: string, root: string): boolean => word.includes(root.slice(1));

const CLITICS: ReadonlySet<string> = new Set(['ku', 'mu', 'nya', 'lah', 'kah', 'pun']);
const cache = new Map<string, string>();

/** Root of one lower-case token; compounds stem part-wise (berbalas-balasan → balas). */
export function stem(token: string): string {
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  let result: string;
  if (token.includes('-')) {
    const parts = token.split('-');
    // Clitics written with a hyphen: kuasa-Mu, allah-lah, malaikat-malaikat-Nya.
    while (parts.length > 1 && CLITICS.has(parts[parts.length - 1] ?? '')) parts.pop();
    if (parts.length === 1) result = stemWord(parts[0] ?? token);
    else {
      const [a = '', b = ''] = parts;
      const sa = stemWord(a);
      // Reduplication, also with affixes on one side (meniru-nirukan, menyepak-nyepak);
      // other compounds (asal-usul, covid-19) stay whole.
      result = parts.length === 2 && (sa === stemWord(b) || sa === stemWord('me' + b)) ? sa : parts.join('-');
    }
  } else result = stemWord(token);
  if (cache.size > 200_000) cache.clear();
  cache.set(token, result);
  return result;
}
