/**
 * Builds a regular-expression source that matches any of the given literal
 * strings, factored as a prefix trie ("korea (?:utara|selatan)|korut"). A flat
 * alternation of a hundred names makes the engine try each name at each
 * position; the trie rejects a position after one character in most cases.
 */
interface Node {
  children: Map<string, Node>;
  end: boolean;
}

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function source(node: Node): string {
  const branches: string[] = [];
  for (const [char, child] of [...node.children].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    branches.push(escape(char) + source(child));
  }
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // A word may end here or go on: try going on first (greedy, longest match).
  return branches.length === 1 && branches[0]!.length === 1 ? `${body}?` : `(?:${body})?`;
}

export function trieSource(words: Iterable<string>): string {
  const root: Node = { children: new Map(), end: false };
  for (const w of words) {
    if (w === '') continue;
    let node = root;
    for (const c of w) {
      let next = node.children.get(c);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(c, next);
      }
      node = next;
    }
    node.end = true;
  }
  return source(root);
}
