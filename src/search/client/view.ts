/**
 * The search page's view: DOM made from what the search found, never from HTML strings, and
 * holding no state. main.ts decides what to show; address.ts keeps the controls and the address.
 */
import type { ResultDoc, SearchOutcome, Suggestion } from '../engine.ts';
import { aliasNotes } from '../aliases.ts';
import type { TimeBar } from '../facets.ts';
import { excerpt, matchRanges, segments, type Segment } from '../query.ts';
import { formatNumber, SAY, UI } from '../../archive/indonesian.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function appendSegments(parent: HTMLElement, segs: Segment[]): void {
  for (const s of segs) {
    if (s.mark) parent.appendChild(el('mark', undefined, s.text));
    else parent.appendChild(document.createTextNode(s.text));
  }
}

/** Site-relative URLs only: anything with a scheme or leading slash is not a link we made. */
export function safeHref(root: string, url: string): string | null {
  if (!/^[A-Za-z0-9\-._~%/]*$/.test(url) || url.startsWith('/') || url.includes('..')) return null;
  return `${root}${url}${url === '' || url.endsWith('/') ? 'index.html' : ''}`;
}

/** One result: its title (a link when `href`), outlet and date, an excerpt with the terms marked. */
export function resultItem(d: ResultDoc, href: string | null, terms: ReadonlySet<string>): HTMLLIElement {
  const li = el('li', 'cari-item');
  const h = el('h2', 'cari-judul');
  const target = href ? el('a') : el('span');
  if (href && target instanceof HTMLAnchorElement) target.href = href;
  appendSegments(target, segments(d.title, matchRanges(d.title, terms)));
  h.appendChild(target);
  li.appendChild(h);
  const meta = el('p', 'cari-meta');
  meta.appendChild(el('span', 'cari-media-nama', d.outlet ?? UI.unknownOutlet));
  if (d.dateText && d.published) {
    meta.appendChild(document.createTextNode(' · '));
    const t = el('time', undefined, d.dateText);
    t.dateTime = d.published;
    meta.appendChild(t);
  }
  li.appendChild(meta);
  const p = el('p', 'cari-kutipan');
  appendSegments(p, excerpt(d.text, terms));
  li.appendChild(p);
  return li;
}

/** "Did you mean": the typed words that found nothing, and what was searched instead. */
export function showHint(hint: HTMLElement, suggestion: Suggestion | null, typed: SearchOutcome | null): void {
  hint.replaceChildren();
  hint.hidden = suggestion === null;
  if (suggestion === null || typed === null) return;
  const words = suggestion.replaced.map((r) => `“${r.from}”`).join(', ');
  hint.appendChild(document.createTextNode(`${words} tidak ada di arsip. Mungkin maksud Anda: `));
  hint.appendChild(el('strong', undefined, suggestion.query));
  hint.appendChild(document.createTextNode(' — hasilnya ditampilkan di bawah.'));
}

/** Notes on why results match: ignored filters, the query's problems, aliases of topics, prefixes and what they stood for. */
export function showNotes(notes: HTMLUListElement, unknown: readonly string[], outcome: SearchOutcome | null): void {
  notes.replaceChildren();
  const lines: string[] = [...unknown];
  if (outcome) {
    lines.push(...outcome.parsed.problems);
    for (const a of aliasNotes(outcome.query)) lines.push(`${a.typed} → topik ${a.topic}: juga artikel bertopik ${a.topic}.`);
    for (const x of outcome.expansions) {
      if (x.terms.length === 0) continue;
      const shownWords = x.words.slice(0, 6).join(', ');
      lines.push(`${x.prefix}… = ${shownWords}${x.capped || x.words.length > 6 ? ', …' : ''}`);
    }
  }
  for (const line of lines) notes.appendChild(el('li', undefined, line));
  notes.hidden = lines.length === 0;
}

/**
 * The query over time: a bar per year (or per month of one year), each a button that narrows the
 * results to its period (its period in data-from, data-to, data-year). Hidden when nothing is dated.
 */
export function drawTimeline(timeline: HTMLElement, over: { unit: 'year' | 'month'; bars: readonly TimeBar[]; undated: number }): void {
  const top = Math.max(0, ...over.bars.map((b) => b.count));
  timeline.hidden = top === 0;
  if (top === 0) return;
  const caption = timeline.querySelector('figcaption');
  const bars = timeline.querySelector('ol');
  const note = timeline.querySelector('p');
  if (!caption || !bars || !note) return;
  caption.textContent = SAY.overTime(over.unit, over.bars[0]?.key.slice(0, 4) ?? '');
  note.textContent = SAY.overTimeNote(over.undated);
  bars.replaceChildren(
    ...over.bars.map((b) => {
      const label = over.unit === 'year' ? b.key : SAY.monthShort(Number(b.key.slice(5)));
      const li = el('li');
      const button = el('button', 'cari-waktu-tombol');
      button.type = 'button';
      button.disabled = b.count === 0;

      Object.assign(button.dataset, { from: b.from, to: b.to, year: over.unit === 'year' ? b.key : '' });
      const bar = el('span', 'cari-waktu-nilai');
      // CSSOM, not a style attribute: the page's CSP allows no inline style.
      bar.style.height = `${Math.max(b.count > 0 ? 3 : 0, Math.round((b.count / top) * 70))}%`; // room above and below for the count and the label
      // Its name is what it shows, said in full ("Mar: 12 artikel"): the count above the bar is for the eye only.
      const count = el('span', 'cari-waktu-jumlah', formatNumber(b.count));
      count.setAttribute('aria-hidden', 'true');
      const said = SAY.overTimeBar(label, b.count);
      button.append(count, bar, el('span', 'cari-waktu-label', label), el('span', 'visually-hidden', said.slice(label.length)));
      li.appendChild(button);
      return li;
    }),
  );
}
