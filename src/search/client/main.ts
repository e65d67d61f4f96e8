/**
 * The search page (cari/index.html): results as you type in the query language of
 * syntax.ts, filters by outlet, topic, year and date range with a count per value,
 * sort by relevance or date, highlighted excerpts, notes on typos, aliases and
 * prefixes, every setting in the address by stable names, and the reader's place
 * (loaded results, scroll) kept for Back. This module holds the search's state and
 * runs it; address.ts keeps the controls and the address, view.ts makes the DOM (never
 * from HTML strings).
 */
import { SearchEngine, type ResultDoc, type SearchOutcome, type Suggestion } from '../engine.ts';
import type { Hit } from '../ranking.ts';
import { aliasNotes } from '../aliases.ts';
import { anyFilter, applyFilters, countOverTime, everyDoc, sortHits, unpackFacets, type Facets } from '../facets.ts';
import { stemCached } from '../query.ts';
import { rangeOf, SAY } from '../../archive/indonesian.ts';
import { SEARCH_PARAMS } from '../../urls.ts';
import { RESULT_FILES, resultListText } from '../resultList.ts';
import { facetBox } from './facetBox.ts';
import { searchAddress } from './address.ts';
import { drawTimeline as drawTimelineOf, el, resultItem, safeHref, showHint, showNotes } from './view.ts';
import { LAST_SEARCH_KEY, withFromSearch } from './from-search.ts';
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

/** The reader's place, kept in the history entry so Back returns to it. */
interface Place {
  loaded: number;
  scroll: number;
}

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function start(): void {
  const form = byId<HTMLFormElement>('cari-form');
  const input = byId<HTMLInputElement>('cari-q');
  // Each facet's box is named by its parameter (templates/kinds/cari.njk).
  const outletEl = byId(`cari-${SEARCH_PARAMS.outlet}`);
  const topicEl = byId(`cari-${SEARCH_PARAMS.topic}`);
  const yearEl = byId(`cari-${SEARCH_PARAMS.year}`);
  const fromIn = byId<HTMLInputElement>('cari-dari');
  const toIn = byId<HTMLInputElement>('cari-sampai');
  const sortSel = byId<HTMLSelectElement>('cari-urut');
  const status = byId('cari-status');
  const hint = byId('cari-saran');
  const notes = byId<HTMLUListElement>('cari-catatan');
  const list = byId<HTMLOListElement>('cari-hasil');
  const more = byId<HTMLButtonElement>('cari-lagi');
  const all = byId<HTMLButtonElement>('cari-semua');
  const downloads = byId('cari-unduh');
  const timeline = byId('cari-waktu');
  if (!form || !input || !outletEl || !topicEl || !yearEl || !fromIn || !toIn || !sortSel || !status || !hint || !notes || !list || !more || !all || !downloads || !timeline) return;
  const root = form.dataset.root ?? '../';
  const outletBox = facetBox(outletEl, SEARCH_PARAMS.outlet);
  const topicBox = facetBox(topicEl, SEARCH_PARAMS.topic);
  const yearBox = facetBox(yearEl, SEARCH_PARAMS.year);
  const boxes = [
    [SEARCH_PARAMS.outlet, outletBox, 'Media'],
    [SEARCH_PARAMS.topic, topicBox, 'Topik'],
    [SEARCH_PARAMS.year, yearBox, 'Tahun'],
  ] as const;
  const address = searchAddress({ input, boxes, fromIn, toIn, sortSel });
  const currentFilters = address.filters;
  const currentOrder = address.order;
  const searchParams = address.params;
  const updateCounts = address.counts;
  form.hidden = false;
  document.documentElement.classList.add('cari-js');
  // The page restores its own scroll once the results it had are back (see restorePlace).
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

  const params = new URLSearchParams(location.search);
  input.value = params.get(SEARCH_PARAMS.query) ?? '';
  const savedPlace = (history.state as { place?: Place } | null)?.place ?? null;

  let engine: SearchEngine | null = null;
  let facets: Facets | null = null;
  /** The filters' values unpacked into their boxes and the address applied to them (once). */
  const withFacets = (e: SearchEngine): Facets => {
    if (facets) return facets;
    const f = (facets = unpackFacets(e.meta));
    address.fill(f);
    unknown = address.apply(params);
    return f;
  };
  // An address with words and nothing else shows its first page before the boxes are filled (20 ms
  // at 10,000 articles): they follow it. Filters, an order or no words need them first.
  const plainAddress =
    (params.get(SEARCH_PARAMS.query) ?? '').trim() !== '' &&
    [SEARCH_PARAMS.outlet, SEARCH_PARAMS.topic, SEARCH_PARAMS.year, SEARCH_PARAMS.from, SEARCH_PARAMS.to, SEARCH_PARAMS.order].every((k) => !params.has(k));
  const setUp = (e: SearchEngine): SearchEngine => {
    if (engine) return e;
    engine = e;
    if (!plainAddress) withFacets(e);
    return e;
  };
  /** Values in the address this archive does not have: named in the notes. */
  let unknown: string[] = [];

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
  /** "Tampilkan lebih banyak" and "Tampilkan semua" show and hide together. */
  const setMoreHidden = (hidden: boolean): void => {
    more!.hidden = hidden;
    all!.hidden = hidden;
  };
  let firstPaint = true;

  function setStatus(text: string): void {
    // Every answer ends in a status line: the result list can be downloaded when there is one.
    downloads!.hidden = shown.length === 0;
    status!.textContent = text;
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
    const qs = searchParams().toString();
    try {
      history.replaceState(history.state, '', qs ? `?${qs}` : location.pathname);
    } catch {
      // Some file:// setups refuse URL changes; the search itself still works.
    }
  }

  /** Remembers how many results are loaded and where the reader is, for Back. */
  function keepPlace(): void {
    const place: Place = { loaded: shownCount, scroll: Math.round(window.scrollY) };
    try {
      history.replaceState({ ...(history.state as object | null), place }, '');
    } catch {
      // As above: without it Back shows the first page of results.
    }
  }

  function renderDoc(d: ResultDoc): HTMLLIElement {
    const href = safeHref(root, d.url);
    return resultItem(d, href ? withFromSearch(href, { search: searchParams().toString(), terms: [...terms] }) : null, terms);
  }

  let statusLead = '';
  function showCount(): void {
    // A first page from part of the postings: the count is exact when the engine knows it, else it follows.
    const total = last && !last.complete ? last.total : shown.length;
    if (total === null) setStatus(SAY.countPending(shownCount, statusLead));
    else setStatus(`${rangeOf(total === 0 ? 0 : 1, shownCount, total)} hasil${statusLead}.`);
  }

  /**
   * Every result of the current search, after a first page from part of the postings:
   * the exact count, the filters' counts and further pages need them. False when a
   * newer search took over meanwhile.
   */
  async function completeResults(f: Facets, mySeq: number): Promise<boolean> {
    const partial = last;
    if (!partial || partial.complete) return true;
    const all = await partial.full();
    if (mySeq !== seq) return false;
    if (last === partial) {
      last = all;
      shown = sortHits(f, applyFilters(f, currentFilters(), all.hits), currentOrder());
      drawTimeline(f);
      updateCounts(f, all.hits);
      setMoreHidden(shownCount >= shown.length);
      if (statusLead !== '') showCount();
    }
    return true;
  }

  /**
   * The next page of results. Every document piece is requested at once; results
   * appear in rank order as their pieces arrive, so the top result does not wait
   * for the twentieth.
   */
  async function showMore(e: SearchEngine, mySeq: number, count = PAGE_SIZE): Promise<void> {
    const next = shown.slice(shownCount, shownCount + count);
    const start = shownCount;
    shownCount += next.length;
    setMoreHidden(shownCount >= (last && !last.complete ? (last.total ?? Infinity) : shown.length));
    showCount();
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

  let last: SearchOutcome | null = null;
  let typedOutcome: SearchOutcome | null = null;
  let lastSuggestion: Suggestion | null = null;
  let pendingPlace: Place | null = savedPlace;

  async function render(e: SearchEngine, mySeq: number): Promise<void> {
    await renderResults(e, mySeq);
    // For tests and the benchmark: results for this query and these filters are on screen.
    if (mySeq !== seq) return;
    if (performance.getEntriesByName('cari-first-answer').length === 0) performance.mark('cari-first-answer');
    document.dispatchEvent(new CustomEvent('cari:rendered', { detail: { query: input!.value.trim(), count: shown.length } }));
  }

  /** Highlight terms: the query's, plus the names of topics its aliases stand for. */
  function highlightTerms(outcome: SearchOutcome): Set<string> {
    const out = new Set(outcome.terms);
    for (const a of aliasNotes(outcome.query)) for (const w of a.topic.toLowerCase().split(/[\s-]+/)) if (w) out.add(stemCached(w));
    return out;
  }

  async function renderResults(e: SearchEngine, mySeq: number): Promise<void> {
    list!.replaceChildren();
    shownCount = 0;
    statusLead = '';
    // Null only before the first page of a plain address (above): no filters, relevance order.
    const early = facets;
    const q = input!.value.trim();
    showNotes(notes!, unknown, q === '' ? null : last);
    showHint(hint!, lastSuggestion, typedOutcome);
    const filtered = anyFilter(currentFilters());
    if (q === '' && filtered) {
      // Filters and no words: browse every article that passes them, newest first (or oldest).
      last = null;
      const f = withFacets(e);
      const every = everyDoc(f);
      updateCounts(f, every);
      shown = sortHits(f, applyFilters(f, currentFilters(), every), currentOrder() === 'terlama' ? 'terlama' : 'terbaru');
      drawTimeline(null);
      terms = new Set();
      setMoreHidden(true);
      if (shown.length === 0) {
        setStatus(SAY.noneFiltered);
        return;
      }
      statusLead = SAY.browsingLead;
      const place = pendingPlace;
      pendingPlace = null;
      await showMore(e, mySeq, Math.max(PAGE_SIZE, place?.loaded ?? 0));
      if (mySeq === seq) drawTimeline(f);
      if (place && mySeq === seq) window.scrollTo(0, place.scroll);
      return;
    }
    if (!last || q === '') {
      shown = [];
      drawTimeline(null);
      setMoreHidden(true);
      // An empty box: the choices count the whole archive, so a reader can browse by them.
      const f = withFacets(e);
      updateCounts(f, q === '' ? everyDoc(f) : []);
      setStatus(SAY.typeOrFilter);
      return;
    }
    // A first page from part of the postings (engine.ts `first`) serves the plain relevance order;
    // filters, date order and a place to return to need every result first.
    if (!last.complete && (filtered || currentOrder() !== 'relevansi' || (pendingPlace?.loaded ?? 0) > last.hits.length)) {
      if (!(await completeResults(withFacets(e), mySeq))) return;
    }
    if (early) updateCounts(early, last.complete ? last.hits : null);
    const about = lastSuggestion?.query ?? q;
    // Without the boxes yet there are no filters and the order is relevance: the engine's.
    shown = early ? sortHits(early, applyFilters(early, currentFilters(), last.hits), currentOrder()) : [...last.hits];
    // Drawn once the first page is on screen (below), over every result: a first page from part of the
    // postings waits for the rest (completeResults).
    drawTimeline(null);
    terms = highlightTerms(last);
    setMoreHidden(true);
    if (last.hits.length === 0) {
      const p = last.parsed;
      if (p.groups.length === 0 && p.exclude.length > 0 && !last.waiting) setStatus('Tambahkan kata yang dicari: kata bertanda minus hanya mengecualikan.');
      else if (p.groups.length === 0 && p.stopWords.length > 0 && !last.waiting)
        setStatus(`“${q}” hanya berisi kata umum (${p.stopWords.join(', ')}) yang tidak diindeks. Tambahkan kata lain.`);
      else if (last.waiting || p.groups.length === 0) setStatus('Ketik beberapa huruf lagi…');
      else if (last.missing.length > 0) setStatus(`Tidak ada hasil: ${SAY.notInArchive(last.missing.map((w) => w.word))}.`);
      else setStatus(`${SAY.noResults(q)}.`);
      return;
    }
    if (shown.length === 0) {
      setStatus(`${SAY.noResultsFiltered(about, last.hits.length)}.`);
      return;
    }
    statusLead = ` untuk “${about}”`;
    const place = pendingPlace;
    pendingPlace = null;
    await showMore(e, mySeq, Math.max(PAGE_SIZE, place?.loaded ?? 0));
    if (mySeq !== seq) return;
    // The first page is on screen: the boxes of a plain address, with their counts.
    const f = withFacets(e);
    if (!early && last) updateCounts(f, last.complete ? last.hits : null);
    // The chart before the place is restored: drawn after, it would move the page under the reader.
    if (last?.complete) drawTimeline(f);
    if (place) window.scrollTo(0, place.scroll);
    // Now the rest (the later slices of frequent terms, the texts a phrase still needs).
    if ((await completeResults(f, mySeq)) && mySeq === seq) {
      // A phrase whose words are rarely side by side may have shown fewer than a page: fill it.
      if (shownCount < Math.min(PAGE_SIZE, shown.length)) await showMore(e, mySeq, PAGE_SIZE - shownCount);
    }
  }

  async function run(): Promise<void> {
    const mySeq = ++seq;
    const raw = input!.value;
    let e: SearchEngine;
    try {
      e = engine ?? (await opening);
    } catch (err) {
      keepInUrl();
      setStatus(`Indeks pencarian tidak dapat dimuat: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    try {
      // The page reads the last word as still being typed (a prefix when it is no word yet).
      // The first page first: frequent words' later postings follow once it is on screen (completeResults).
      let outcome = raw.trim() ? await e.search(raw, { typing: true, first: PAGE_SIZE }) : null;
      const typed = outcome;
      let suggestion: Suggestion | null = null;
      if (outcome && outcome.hits.length === 0 && outcome.missing.length > 0) {
        suggestion = await e.suggest(raw.trim());
        if (suggestion !== null) {
          const alt = await e.search(suggestion.query, { first: PAGE_SIZE });
          if (alt.hits.length > 0) outcome = alt;
          else suggestion = null;
        }
      }
      if (mySeq !== seq) return;
      last = outcome;
      typedOutcome = typed;
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
  for (const box of [outletEl, topicEl, yearEl, fromIn, toIn, sortSel]) {
    box.addEventListener('change', () => {
      keepInUrl();
      const mySeq = ++seq;
      void opening.then((e) => render(e, mySeq));
    });
  }
  for (const [button, everything] of [[more, false], [all, true]] as const) {
    button.addEventListener('click', () => {
      const firstNew = shownCount;
      void opening.then(async (e) => {
        if (!(await completeResults(withFacets(e), seq))) return;
        await showMore(e, seq, everything ? Math.max(1, shown.length - shownCount) : PAGE_SIZE);
        list.querySelectorAll<HTMLAnchorElement>('.cari-judul a')[firstNew]?.focus();
      });
    });
  }

  /**
   * The query over time: how many of the results (every filter applied) fall in each year, or in each
   * month when they all fall in one year; null facets: none yet (the chart is hidden).
   */
  function drawTimeline(f: Facets | null): void {
    drawTimelineOf(timeline!, f ? countOverTime(f, shown) : { unit: 'year', bars: [], undated: 0 });
  }
  timeline.addEventListener('click', (ev) => {
    const button = ev.target instanceof Element ? ev.target.closest<HTMLButtonElement>('button.cari-waktu-tombol') : null;
    if (!button || button.disabled) return;
    const { from = '', to = '', year = '' } = button.dataset;
    // A year is the year filter; a month narrows the dates (the filters' own change handler searches again).
    const target = year !== '' && yearBox.has(year) ? yearEl : fromIn;
    if (target === yearEl) yearBox.set([year]);
    else {
      fromIn.value = from;
      toIn.value = to;
    }
    target.dispatchEvent(new Event('change'));
  });

  // The whole result list as a file: every result's stored fields, in the order shown, written as resultList.ts
  // writes it for the terminal. A Blob, so it works from file:// and under the page's CSP.
  downloads.addEventListener('click', (ev) => {
    const button = ev.target instanceof Element ? ev.target.closest<HTMLButtonElement>('button[data-format]') : null;
    const format = button?.dataset.format;
    if (!button || (format !== 'csv' && format !== 'bibtex' && format !== 'ris')) return;
    button.disabled = true;
    void opening
      .then(async (e) => {
        if (!(await completeResults(withFacets(e), seq))) return;
        // The list store: a few large pieces, not one document piece per few results.
        const docs = await e.listDocs(shown.map((h) => h.doc));
        const site = /^https?:$/.test(location.protocol) ? new URL(root, location.href).href : null;
        const text = resultListText(format, docs, site, { bom: format === 'csv' });
        const file = RESULT_FILES[format];
        const link = el('a');
        link.href = URL.createObjectURL(new Blob([text], { type: `${file.mime};charset=utf-8` }));
        link.download = `hasil-pencarian.${file.ext}`;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      })
      .finally(() => (button.disabled = false));
  });

  // Leaving for an article (or anywhere): remember the place for Back, and the address
  // for the article's "Kembali ke hasil" link.
  list.addEventListener('click', (ev) => {
    if (!(ev.target instanceof Element) || !ev.target.closest('a')) return;
    keepInUrl();
    keepPlace();
    try {
      sessionStorage.setItem(LAST_SEARCH_KEY, searchParams().toString());
    } catch {
      // Storage off: the back link then opens the search afresh instead of going Back.
    }
  });
  window.addEventListener('pagehide', keepPlace);

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
  else {
    setStatus(SAY.typeOrFilter);
    void opening.then((e) => render(e, ++seq));
  }
  // Back to a place in the results: focus would scroll the box into view.
  if (!savedPlace) input.focus();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
