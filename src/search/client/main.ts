/**
 * The search page (cari/index.html): results as you type, filters by outlet and
 * year, sort, highlighted excerpts, "Mungkin maksud Anda" hints, ?q= in the URL.
 * Everything is rendered as DOM nodes and text, never as HTML strings.
 */
import { SearchEngine, type Hit, type ResultDoc, type SearchOutcome } from '../engine.ts';
import { excerpt, matchRanges, segments, type Segment } from '../query.ts';
import { scriptLoader } from './loader.ts';

/** Results per page: about a screenful with excerpts; each costs a document piece to load. */
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 120;
/** Delay before the address bar follows the search (see keepInUrlSoon). */
const URL_DELAY_MS = 250;
/** Document pieces requested per task (see showMore). */
const REQUEST_BATCH = 4;

const script = document.currentScript as HTMLScriptElement | null;
const base = new URL('.', script?.src ?? location.href);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
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
function safeHref(root: string, url: string): string | null {
  if (!/^[A-Za-z0-9\-._~%/]*$/.test(url) || url.startsWith('/') || url.includes('..')) return null;
  return `${root}${url}${url === '' || url.endsWith('/') ? 'index.html' : ''}`;
}

function start(): void {
  const form = document.getElementById('cari-form') as HTMLFormElement | null;
  const input = document.getElementById('cari-q') as HTMLInputElement | null;
  const outletSel = document.getElementById('cari-media') as HTMLSelectElement | null;
  const yearSel = document.getElementById('cari-tahun') as HTMLSelectElement | null;
  const sortSel = document.getElementById('cari-urut') as HTMLSelectElement | null;
  const status = document.getElementById('cari-status');
  const hint = document.getElementById('cari-saran');
  const list = document.getElementById('cari-hasil') as HTMLOListElement | null;
  const more = document.getElementById('cari-lagi') as HTMLButtonElement | null;
  if (!form || !input || !outletSel || !yearSel || !sortSel || !status || !hint || !list || !more) return;
  const root = form.dataset.root ?? '../';
  form.hidden = false;
  document.documentElement.classList.add('cari-js');

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let engine: SearchEngine | null = null;
  const setUp = (e: SearchEngine): SearchEngine => {
    if (engine) return e;
    engine = e;
    for (const [i, name] of e.meta.outlets.entries()) {
      const o = el('option', undefined, name);
      o.value = String(i);
      outletSel.appendChild(o);
    }
    for (const [year] of e.meta.years) {
      const o = el('option', undefined, String(year));
      o.value = String(year);
      yearSel.appendChild(o);
    }
    outletSel.value = params.get('media') ?? '';
    yearSel.value = params.get('tahun') ?? '';
    sortSel.value = params.get('urut') === 'terbaru' ? 'terbaru' : 'relevansi';
    return e;
  };
  const loader = scriptLoader(base);
  let opening: Promise<SearchEngine>;
  try {
    // The meta rides in front of this bundle: the engine is ready now, and the first
    // query's pieces are requested before the page's first layout.
    opening = Promise.resolve(
      window.__arsipMeta !== undefined ? setUp(SearchEngine.withMeta(loader, window.__arsipMeta)) : null,
    ).then((e) => e ?? SearchEngine.open(loader).then(setUp));
  } catch (err) {
    opening = Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
  opening.catch((err: unknown) => {
    setStatus(`Indeks pencarian tidak dapat dimuat: ${err instanceof Error ? err.message : String(err)}`);
  });

  let seq = 0;
  let shown: Hit[] = [];
  let shownCount = 0;
  let terms = new Set<string>();
  let firstPaint = true;

  function setStatus(text: string): void {
    status!.textContent = text;
  }

  /** The hits the outlet and year filters let through, in the order given. */
  function narrowed(e: SearchEngine, hits: Hit[]): Hit[] {
    const outlet = outletSel!.value === '' ? null : Number(outletSel!.value);
    const year = yearSel!.value === '' ? null : Number(yearSel!.value);
    const range = year === null ? null : e.meta.years.find((y) => y[0] === year);
    if (outlet === null && range == null) return hits;
    return hits.filter(
      (h) =>
        (outlet === null || e.outletOf(h.doc) === outlet) &&
        (range == null || (e.rankOf(h.doc) >= range[1] && e.rankOf(h.doc) < range[2])),
    );
  }

  function filtered(e: SearchEngine, hits: Hit[]): Hit[] {
    const out = narrowed(e, hits);
    return sortSel!.value === 'terbaru' ? [...out].sort((a, b) => e.rankOf(a.doc) - e.rankOf(b.doc)) : out;
  }

  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * history.replaceState costs several milliseconds (more from file://): while the
   * reader types, only the address of the last search is written, a moment later.
   */
  function keepInUrlSoon(): void {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(keepInUrl, URL_DELAY_MS);
  }

  function keepInUrl(): void {
    clearTimeout(urlTimer);
    const p = new URLSearchParams();
    if (input!.value.trim()) p.set('q', input!.value.trim());
    if (outletSel!.value) p.set('media', outletSel!.value);
    if (yearSel!.value) p.set('tahun', yearSel!.value);
    if (sortSel!.value === 'terbaru') p.set('urut', 'terbaru');
    const qs = p.toString();
    try {
      history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    } catch {
      // Some file:// setups refuse URL changes; the search itself still works.
    }
  }

  function renderDoc(d: ResultDoc): HTMLLIElement {
    const li = el('li', 'cari-item');
    const h = el('h2', 'cari-judul');
    const href = safeHref(root, d.url);
    const target = href ? el('a') : el('span');
    if (href && target instanceof HTMLAnchorElement) target.href = href;
    appendSegments(target, segments(d.title, matchRanges(d.title, terms)));
    h.appendChild(target);
    li.appendChild(h);
    const meta = el('p', 'cari-meta');
    meta.appendChild(el('span', 'cari-media-nama', d.outlet ?? 'Media tidak diketahui'));
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

  /**
   * The next page of results. Every document piece is requested at once; results
   * appear in rank order as their pieces arrive, so the top result does not wait
   * for the twentieth.
   */
  async function showMore(e: SearchEngine, mySeq: number): Promise<void> {
    const next = shown.slice(shownCount, shownCount + PAGE_SIZE);
    const start = shownCount;
    shownCount += next.length;
    more!.hidden = shownCount >= shown.length;
    // One slot per result, filled with its piece's promise once that is requested.
    const fill: Array<(doc: Promise<ResultDoc>) => void> = [];
    const slots = next.map((_, i) => new Promise<ResultDoc>((resolve) => (fill[i] = resolve)));
    // Each slot is awaited below; this only keeps a failure after an earlier one from going unhandled.
    for (const slot of slots) slot.catch(() => undefined);
    // Each script tag costs the main thread about a millisecond to start: the top
    // results' pieces are requested first and the rest in the following tasks, so the
    // first rows can arrive and show while the others are still being requested.
    const request = (from: number): void => {
      if (mySeq !== seq) return;
      const batch = e.docsEach(next.slice(from, from + REQUEST_BATCH).map((h) => h.doc));
      batch.forEach((p, k) => fill[from + k]?.(p));
      if (from + REQUEST_BATCH < next.length) setTimeout(() => request(from + REQUEST_BATCH), 0);
    };
    request(0);
    for (const [i, slot] of slots.entries()) {
      const d = await slot;
      if (mySeq !== seq) return;
      list!.appendChild(renderDoc(d));
      if (start + i === 0) {
        if (firstPaint) {
          firstPaint = false;
          performance.mark('cari-first-result');
        }
        document.dispatchEvent(new CustomEvent('cari:first-row'));
      }
    }
  }

  function showHint(suggestion: string | null): void {
    hint!.replaceChildren();
    hint!.hidden = suggestion === null;
    if (suggestion === null) return;
    hint!.appendChild(document.createTextNode('Mungkin maksud Anda: '));
    const a = el('a', undefined, suggestion);
    a.href = `?q=${encodeURIComponent(suggestion)}`;
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      input!.value = suggestion;
      void run();
      input!.focus();
    });
    hint!.appendChild(a);
  }

  let last: SearchOutcome | null = null;
  let lastSuggestion: string | null = null;

  async function render(e: SearchEngine, mySeq: number): Promise<void> {
    await renderResults(e, mySeq);
    // For tests and the benchmark: results for this query and these filters are on screen.
    if (mySeq !== seq) return;
    if (performance.getEntriesByName('cari-first-answer').length === 0) performance.mark('cari-first-answer');
    document.dispatchEvent(new CustomEvent('cari:rendered', { detail: { query: input!.value.trim(), count: shown.length } }));
  }

  async function renderResults(e: SearchEngine, mySeq: number): Promise<void> {
    list!.replaceChildren();
    shownCount = 0;
    const q = input!.value.trim();
    if (!last || q === '') {
      shown = [];
      more!.hidden = true;
      showHint(null);
      setStatus(q === '' ? 'Ketik kata yang dicari.' : '');
      return;
    }
    shown = filtered(e, last.hits);
    terms = new Set(last.words.map((w) => w.term));
    showHint(lastSuggestion);
    const about = lastSuggestion ?? q;
    if (shown.length === 0) {
      const filteredOut = last.hits.length > 0;
      setStatus(
        filteredOut
          ? `Tidak ada hasil untuk “${about}” dengan saringan ini (${last.hits.length} tanpa saringan).`
          : `Tidak ada hasil untuk “${q}”.`,
      );
      more!.hidden = true;
      return;
    }
    setStatus(`${shown.length} hasil untuk “${about}”.`);
    await showMore(e, mySeq);
  }

  async function run(): Promise<void> {
    const mySeq = ++seq;
    const q = input!.value.trim();
    let e: SearchEngine;
    try {
      e = engine ?? (await opening);
    } catch (err) {
      keepInUrl();
      setStatus(`Indeks pencarian tidak dapat dimuat: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    const searching = q ? e.search(q) : null;
    try {
      let outcome = searching ? await searching : null;
      let suggestion: string | null = null;
      if (outcome && outcome.hits.length === 0) {
        suggestion = await e.suggest(q);
        if (suggestion !== null) {
          const alt = await e.search(suggestion);
          if (alt.hits.length > 0) outcome = alt;
          else suggestion = null;
        }
      }
      if (mySeq !== seq) return;
      last = outcome;
      lastSuggestion = suggestion;
      await render(e, mySeq);
    } catch (err) {
      if (mySeq === seq) setStatus(`Pencarian gagal: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (mySeq === seq) keepInUrlSoon();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearTimeout(timer);
    void run();
  });
  for (const sel of [outletSel, yearSel, sortSel]) {
    sel.addEventListener('change', () => {
      keepInUrl();
      const mySeq = ++seq;
      void opening.then((e) => render(e, mySeq));
    });
  }
  more.addEventListener('click', () => {
    const firstNew = shownCount;
    void opening.then(async (e) => {
      await showMore(e, seq);
      list.querySelectorAll<HTMLAnchorElement>('.cari-judul a')[firstNew]?.focus();
    });
  });

  // Arrow keys move between the box and the result links; Escape returns to the box.
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('.cari-judul a')];
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        ev.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (ev) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (ev.key === 'ArrowDown' && all[i + 1]) {
      ev.preventDefault();
      all[i + 1]?.focus();
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      (all[i - 1] ?? input).focus();
    } else if (ev.key === 'Escape') {
      ev.preventDefault();
      input.focus();
    }
  });

  if (input.value.trim()) void run();
  else setStatus('Ketik kata yang dicari.');
  input.focus();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
