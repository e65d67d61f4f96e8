/** ASCII slugs for outlet and topic pages: `Liputan6.com` → `liputan6-com`, `COVID-19` → `covid-19`. */

export function asciiSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'x';
}

/**
 * Assigns unique slugs to names, in the order given (callers pass a sorted list,
 * so the result is stable). Clashing names get `-2`, `-3` …
 */
export function uniqueSlugs(names: readonly string[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const name of names) {
    const base = asciiSlug(name);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    out.set(name, slug);
  }
  return out;
}
