/**
 * A date bound as a person writes it in the terminal (`--dari`, `--sampai`): besides the
 * address forms of dayBound (`2024`, `2024-12`, `2024-12-31`), the Indonesian ones —
 * `31/12/2024`, `31-12-2024`, `31.12.2024`, `12/2024`, `Desember 2024`, `31 Desember 2024`
 * (month names from the one table of them, src/ingest/data/months.ts).
 */
import { MONTHS } from '../ingest/data/months.ts';
import { dayBound } from './facets.ts';

const pad = (n: string): string => n.padStart(2, '0');

/** The ISO day a bound stands for (`side`: the first or the last day of a month or year), or null. */
export function readDayBound(text: string, side: 'start' | 'end'): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const direct = dayBound(t, side);
  if (direct !== null) return direct;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return dayBound(`${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`, side);
  const my = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (my) return dayBound(`${my[2]}-${pad(my[1]!)}`, side);
  const named = /^(?:(\d{1,2}) )?([A-Za-z]+)\.? (\d{4})$/.exec(t);
  const month = named ? MONTHS.get(named[2]!.toLowerCase()) : undefined;
  if (named && month !== undefined) {
    const ym = `${named[3]}-${pad(String(month))}`;
    return dayBound(named[1] ? `${ym}-${pad(named[1])}` : ym, side);
  }
  return null;
}

/** How to write one, for a message. */
export const DATE_FORMS = '2024, 2024-12, Desember 2024, 31/12/2024 atau 2024-12-31';
