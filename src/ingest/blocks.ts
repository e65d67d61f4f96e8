/**
 * Plain text → raw blocks. Scraped pages come either with one paragraph per
 * line or with blank lines between paragraphs; both are handled by treating
 * each non-empty line as a block, except that hard-wrapped lines (a line that
 * stops mid-sentence followed by one starting in lower case) are joined again.
 */
import { FURNITURE } from './data/furniture.ts';
import type { BlockType } from './types.ts';
import { notice, type Notice } from './notices.ts';

export interface RawBlock {
  text: string;
  /** Set when the source said what the block is (Markdown); otherwise guessed later. */
  type?: BlockType;
  /** Markdown heading depth, when `type` is `heading`. */
  depth?: number;
}

/** A paragraph longer than this is cut on a word boundary (with a warning): a 1 MB line is not prose. */
export const MAX_BLOCK_CHARS = 20_000;

/** More paragraphs than this is not an article; the rest is dropped with a warning. */
export const MAX_BLOCKS = 5_000;

export function capBlocks(blocks: RawBlock[], warnings: Notice[]): RawBlock[] {
  if (blocks.length <= MAX_BLOCKS) return blocks;
  warnings.push(notice('text.paragraphs-cut', { count: blocks.length, max: MAX_BLOCKS }));
  return blocks.slice(0, MAX_BLOCKS);
}

/** Collapses runs of whitespace (NBSP, tabs, U+2028 …) to one space and trims. */
// Whitespace other than a plain space (a single character class scans fast).
const ODD_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
export function normalizeSpace(text: string): string {
  return (text.includes('  ') || ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Cuts an absurdly long block on a word boundary; reports the cut. */
export function capBlock(text: string, warnings: Notice[]): string {
  if (text.length <= MAX_BLOCK_CHARS) return text;
  const cutAt = text.lastIndexOf(' ', MAX_BLOCK_CHARS);
  const kept = text.slice(0, cutAt > MAX_BLOCK_CHARS / 2 ? cutAt : MAX_BLOCK_CHARS);
  warnings.push(notice('text.paragraph-cut', { length: text.length, kept: kept.length }));
  return kept + ' …';
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '”', '’', ')', ']']);
const endsSentence = (text: string): boolean => SENTENCE_END.has(text[text.length - 1] ?? '');
const STARTS_LOWER = /^\p{Ll}/u;
const LINE_RULES = FURNITURE.filter((r) => r.kind === 'line');
/** A short line that is furniture on its own ("kemarin", "2 jam yang lalu" under a headline) is no wrapped line. */
const standsAlone = (line: string): boolean => line.length <= 40 && LINE_RULES.some((r) => r.pattern.test(line));

// Runs of whitespace that are not a single plain space (NBSP, tabs, double spaces).
const ODD_SPACE_RUNS = /(?: {2,}|[^\S\n ])[^\S\n]*/g;

export function textToBlocks(source: string, warnings: Notice[]): RawBlock[] {
  // One pass over the whole text instead of one per line: lines then only need trimming.
  const text = source.replace(ODD_SPACE_RUNS, ' ');
  const blocks: RawBlock[] = [];
  let pending: string | null = null;
  const flush = (): void => {
    if (pending !== null) {
      const t = pending.trim();
      if (t !== '') blocks.push({ text: capBlock(t, warnings) });
      pending = null;
    }
  };
  let start = 0;
  while (start <= text.length) {
    const lineStart = start;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    start = end + 1;
    const lineLength = end - lineStart;
    // Cap the work per line before any regex sees it.
    const line = text.slice(lineStart, Math.min(end, lineStart + MAX_BLOCK_CHARS * 2)).trim();
    if (line === '') {
      flush();
      continue;
    }
    if (
      pending !== null &&
      pending.length >= 40 &&
      pending.length < MAX_BLOCK_CHARS &&
      !endsSentence(pending) &&
      STARTS_LOWER.test(line) &&
      !standsAlone(line)
    ) {
      pending = `${pending} ${line}`;
      continue;
    }
    flush();
    if (lineLength > MAX_BLOCK_CHARS * 2) {
      warnings.push(notice('text.line-cut', { length: lineLength }));
    }
    pending = line;
  }
  flush();
  return blocks;
}
