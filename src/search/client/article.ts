/**
 * On an article page opened from the search page (search/baca.js): a
 * "‹ Kembali ke hasil" link back to the results, and the query's words
 * highlighted in the headline and the text, affixed forms included, the same
 * way the result excerpts mark them. Does nothing on a page opened otherwise.
 */
import { matchRanges, segments } from '../query.ts';
import { formatNumber } from '../../archive/indonesian.ts';
import { LAST_SEARCH_KEY, readFromSearch } from './from-search.ts';


/** Marks the terms in every text node under `root` (text stays text; <mark> elements are added). */
function highlight(root: Element, terms: ReadonlySet<string>): number {
  let marked = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const text = node.data;
    const ranges = matchRanges(text, terms);
    if (ranges.length === 0) continue;
    const frag = document.createDocumentFragment();
    for (const s of segments(text, ranges)) {
      if (s.mark) {
        const m = document.createElement('mark');
        m.className = 'sorot';
        m.textContent = s.text;
        frag.appendChild(m);
        marked++;
      } else frag.appendChild(document.createTextNode(s.text));
    }
    node.replaceWith(frag);
  }
  return marked;
}

function start(): void {
  const from = readFromSearch(location.hash);
  const story = document.querySelector('.story');
  // The search page, where the page's own search form goes (its template prints the path from src/urls.ts).
  const searchForm = document.querySelector<HTMLFormElement>('form[role="search"]');
  if (!from || !story || !searchForm) return;
  const back = new URL(searchForm.action);
  back.search = from.search;
  const p = document.createElement('p');
  p.className = 'kembali-cari';
  const a = document.createElement('a');
  a.href = back.href;
  a.textContent = '‹ Kembali ke hasil';
  a.addEventListener('click', (ev) => {
    // Straight from those results: going Back restores the loaded results and the scroll.
    let last: string | null = null;
    try {
      last = sessionStorage.getItem(LAST_SEARCH_KEY);
    } catch {
      // No storage: follow the link.
    }
    if (last === from.search && history.length > 1) {
      ev.preventDefault();
      history.back();
    }
  });
  p.appendChild(a);
  story.parentElement?.insertBefore(p, story);
  const terms = new Set(from.terms);
  if (terms.size === 0) return;
  let marked = 0;
  for (const part of story.querySelectorAll('h1, .story-body')) marked += highlight(part, terms);
  if (marked > 0) {
    const note = document.createElement('span');
    note.className = 'kembali-catatan';
    note.textContent = ` · ${formatNumber(marked)} kata yang dicari ditandai`;
    p.appendChild(note);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
