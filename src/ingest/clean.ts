/**
 * Removes page furniture (rules in data/furniture.ts) and sets credit lines
 * aside. A block that matches no rule is never removed; trailing-list rules
 * only fire once the article body has started.
 */
import type { RawBlock } from './blocks.ts';
import { CREDIT_LABELS, FURNITURE, type FurnitureRule } from './data/furniture.ts';

export interface Credits {
  author: string | null;
  editor: string | null;
}

export interface CleanResult {
  blocks: RawBlock[];
  /** Furniture that was removed, with the rule that removed it (for outlet hints and tests). */
  removed: Array<{ rule: string; text: string }>;
  credits: Credits;
}

const LEADING = FURNITURE.filter((r) => r.kind === 'leading');
const LINE = FURNITURE.filter((r) => r.kind === 'line');
const TRAILING = FURNITURE.filter((r) => r.kind === 'trailing');
const SUFFIX = FURNITURE.filter((r) => r.kind === 'suffix');

const firstMatch = (rules: readonly FurnitureRule[], text: string): FurnitureRule | undefined =>
  text.length > 400 ? undefined : rules.find((r) => r.pattern.test(text));

const CREDIT_PART = /^\(?\s*([A-Za-z]+)\s*:\s*(\p{L}[\p{L}\p{M} .,'’-]{0,78}?)\s*\)?$/u;

/**
 * "Redaktur: Paskalis Yuri Alfred", "Penulis: A | Editor: B" → credits; null
 * when the block is not made only of credits.
 */
export function parseCredits(text: string): Partial<Credits> | null {
  if (text.length > 200 || !text.includes(':')) return null;
  const found: Partial<Credits> = {};
  for (const part of text.split(/\s+[|/]\s+/)) {
    const m = CREDIT_PART.exec(part.trim());
    if (!m) return null;
    const label = CREDIT_LABELS.find((c) => c.label.test(m[1]!));
    if (!label) return null;
    const name = m[2]!.replace(/[\s,.]+$/, '').trim();
    if (name === '' || name.split(' ').length > 8) return null;
    if (found[label.role] === undefined) found[label.role] = name;
  }
  return found;
}

export function cleanBlocks(input: readonly RawBlock[]): CleanResult {
  const blocks: RawBlock[] = [];
  const removed: CleanResult['removed'] = [];
  const credits: Credits = { author: null, editor: null };
  const takeCredits = (text: string): boolean => {
    const c = parseCredits(text);
    if (!c) return false;
    if (c.author && !credits.author) credits.author = c.author;
    if (c.editor && !credits.editor) credits.editor = c.editor;
    removed.push({ rule: 'credit', text });
    return true;
  };

  for (let i = 0; i < input.length; i++) {
    const block = input[i]!;
    const text = block.text;
    if (blocks.length === 0) {
      const rule = firstMatch(LEADING, text);
      if (rule) {
        removed.push({ rule: rule.id, text });
        continue;
      }
    }
    if (takeCredits(text)) continue;
    const line = firstMatch(LINE, text);
    if (line) {
      removed.push({ rule: line.id, text });
      const next = input[i + 1];
      if (line.takesNextWhenBare && /:\s*$/.test(text) && next && next.text.length <= 200) {
        removed.push({ rule: line.id, text: next.text });
        i++;
      }
      continue;
    }
    // Trailing lists only after the body has started (a title alone is not a body).
    const trailing = blocks.length >= 2 ? firstMatch(TRAILING, text) : undefined;
    if (trailing) {
      for (const rest of input.slice(i)) {
        // Credits and copyright lines sometimes sit among the page lists.
        if (takeCredits(rest.text)) continue;
        const restLine = firstMatch(LINE, rest.text);
        removed.push({ rule: restLine?.id === 'copyright' ? 'copyright' : trailing.id, text: rest.text });
      }
      break;
    }
    let kept = text;
    for (const rule of SUFFIX) {
      // Suffix marks end in ")": skip the regex for the other paragraphs.
      if (!kept.endsWith(')')) continue;
      const stripped = kept.replace(rule.pattern, '');
      if (stripped !== kept && stripped.trim() !== '') {
        removed.push({ rule: rule.id, text: kept.slice(stripped.length) });
        kept = stripped;
      }
    }
    blocks.push(kept === text ? block : { ...block, text: kept });
  }
  return { blocks, removed, credits };
}
