/**
 * Time buckets for the timeline charts: a series of months becomes months,
 * quarters or years — whichever keeps the number of bars readable — and the
 * axis labels are thinned so they never overlap.
 */
import { id as localeId } from 'date-fns/locale/id';
import type { MonthCount, MonthKey } from '../../archive/stats.ts';

export type BucketKind = 'month' | 'quarter' | 'year';

export interface TimeBucket {
  kind: BucketKind;
  /** First and last calendar month the bucket covers (`YYYY-MM`). */
  start: MonthKey;
  end: MonthKey;
  year: string;
  /** Month 1–12, quarter 1–4, or 1 for a year. */
  part: number;
  count: number;
  /** `Februari 2020`, `Januari–Maret 2020`, `2020`. */
  label: string;
}

/** Month names from date-fns' Indonesian locale (one source of month names for the site). */
export function monthNameId(month: number, width: 'wide' | 'abbreviated' = 'wide'): string {
  return String(localeId.localize.month((month - 1) as 0, { width }));
}

/** The finest bucket that keeps the bar count at or under `maxBuckets`, for months first..last. */
export function chooseBucketKind(first: MonthKey, last: MonthKey, maxBuckets = 48): BucketKind {
  const index = (m: MonthKey): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const a = index(first);
  const b = index(last);
  if (b - a + 1 <= maxBuckets) return 'month';
  if (Math.floor(b / 3) - Math.floor(a / 3) + 1 <= maxBuckets) return 'quarter';
  return 'year';
}

function key(year: number, month: number): MonthKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Groups a contiguous month series into calendar-aligned buckets (sums of the months inside). */
export function bucketMonths(months: readonly MonthCount[], kind: BucketKind): TimeBucket[] {
  const out: TimeBucket[] = [];
  for (const { month, count } of months) {
    const y = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    const part = kind === 'month' ? m : kind === 'quarter' ? Math.ceil(m / 3) : 1;
    const last = out[out.length - 1];
    if (last && last.year === month.slice(0, 4) && last.part === part) {
      last.count += count;
      continue;
    }
    const year = month.slice(0, 4);
    if (kind === 'month') {
      out.push({ kind, start: month, end: month, year, part, count, label: `${monthNameId(m)} ${year}` });
    } else if (kind === 'quarter') {
      const first = part * 3 - 2;
      out.push({
        kind,
        start: key(y, first),
        end: key(y, first + 2),
        year,
        part,
        count,
        label: `${monthNameId(first)}–${monthNameId(first + 2)} ${year}`,
      });
    } else {
      out.push({ kind, start: key(y, 1), end: key(y, 12), year, part, count, label: year });
    }
  }
  return out;
}

/** Short tick text for a bucket on the first axis row: `Feb`, `K1`, `2020`. */
export function tickText(b: TimeBucket): string {
  if (b.kind === 'month') return monthNameId(b.part, 'abbreviated');
  if (b.kind === 'quarter') return `K${b.part}`;
  return b.year;
}

/**
 * Which buckets get a tick label, given the horizontal room for each bucket:
 * the smallest calendar-friendly step (months 1, 2, 3, 6; quarters 1, 2; years
 * 1, 2, 5, 10, 20, 50 …) whose labels do not touch. Returns 0 when even the
 * widest step does not fit (the row is then left out; the year row remains).
 */
export function tickStep(kind: BucketKind, slot: number, labelWidth: number): number {
  const steps = kind === 'month' ? [1, 2, 3, 6] : kind === 'quarter' ? [1, 2] : [1, 2, 5, 10, 20, 50, 100, 200, 500];
  for (const s of steps) if (s * slot >= labelWidth * 1.25) return s;
  return 0;
}

/** Whether a bucket falls on a tick for this step (aligned to the calendar: Jan, Jul; K1, K3; 2020, 2025). */
export function onStep(b: TimeBucket, step: number): boolean {
  if (step <= 0) return false;
  if (b.kind === 'year') return Number(b.year) % step === 0;
  return (b.part - 1) % step === 0;
}
