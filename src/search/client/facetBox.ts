/**
 * One facet of the search page (outlets, topics, years) as checkboxes in a disclosure: several
 * values may be ticked (two outlets side by side), none ticked means all. Its summary says what
 * is chosen, so a closed box still shows the filter. Counts follow the query and the other facets.
 */
import type { FacetCount } from '../facets.ts';
import { formatNumber } from '../../archive/indonesian.ts';

export interface FacetBox {
  /** The values, in the order given; `count < 0`: no count known yet. */
  fill(values: readonly FacetCount[]): void;
  /** Counts per value, or null: not all results are known (labels without counts). */
  counts(byValue: ReadonlyMap<string, number> | null): void;
  /** The ticked values, in the box's order. */
  values(): string[];
  /** Ticks exactly these; returns those the box does not have. */
  set(values: readonly string[]): string[];
  has(value: string): boolean;
}

/** Summary after this many chosen names: "3 dipilih" rather than a long list. */
const NAMES_IN_SUMMARY = 2;

export function facetBox(box: HTMLElement, name: string): FacetBox {
  const group = box.querySelector<HTMLElement>('.cari-segi-isi');
  const chosen = box.querySelector<HTMLElement>('.cari-segi-pilihan');
  const all = box.dataset.all ?? '';
  const picked = box.dataset.picked ?? '';
  const inputs = (): HTMLInputElement[] => [...(group?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
  const labelOf = (input: HTMLInputElement): string => input.dataset.label ?? input.value;
  const summarise = (): void => {
    const on = inputs().filter((i) => i.checked);
    if (!chosen) return;
    chosen.textContent = on.length === 0 ? all : on.length <= NAMES_IN_SUMMARY ? on.map(labelOf).join(', ') : `${formatNumber(on.length)} ${picked}`;
  };
  box.addEventListener('change', summarise);
  // One box open at a time (an open box lies over the next), and Escape closes it back to its summary.
  box.addEventListener('toggle', () => {
    if (!(box as HTMLDetailsElement).open) return;
    for (const other of document.querySelectorAll<HTMLDetailsElement>('details.cari-segi[open]')) if (other !== box) other.open = false;
  });
  box.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || !(box as HTMLDetailsElement).open) return;
    (box as HTMLDetailsElement).open = false;
    box.querySelector<HTMLElement>('summary')?.focus();
  });
  return {
    fill(values) {
      const keep = new Set(inputs().filter((i) => i.checked).map((i) => i.value));
      group?.replaceChildren(
        ...values.map((v) => {
          const label = document.createElement('label');
          const input = document.createElement('input');
          input.type = 'checkbox';
          input.name = name;
          input.value = v.value;
          input.dataset.label = v.label;
          input.checked = keep.has(v.value);
          const text = document.createElement('span');
          text.textContent = v.count < 0 ? v.label : `${v.label} (${formatNumber(v.count)})`;
          label.append(input, text);
          return label;
        }),
      );
      summarise();
    },
    counts(byValue) {
      for (const input of inputs()) {
        const n = byValue?.get(input.value) ?? 0;
        const text = input.nextElementSibling;
        if (text) text.textContent = byValue === null ? labelOf(input) : `${labelOf(input)} (${formatNumber(n)})`;
        // A value no result has cannot narrow anything, unless it is ticked (then it can be unticked).
        input.disabled = byValue !== null && n === 0 && !input.checked;
      }
    },
    values() {
      return inputs()
        .filter((i) => i.checked)
        .map((i) => i.value);
    },
    set(values) {
      const wanted = new Set(values);
      const boxes = inputs();
      for (const input of boxes) input.checked = wanted.has(input.value);
      summarise();
      const have = new Set(boxes.map((i) => i.value));
      return values.filter((v) => !have.has(v));
    },
    has(value) {
      return inputs().some((i) => i.value === value);
    },
  };
}
