/**
 * The site a saved page belongs to: its name (from JSON-LD publisher,
 * og:site_name, the title's site affix, the canonical address) resolved
 * through the outlet table, and the site affix taken off a declared title
 * ("… - Kompas.com", "KapanLagi.com: …", "… | merdeka.com"). No list of
 * suffixes: a title segment is the site's name when the outlet table, the
 * declared site name or the page's address says so.
 */
import { outletFromHost, outletInLine, resolveOutlet } from '../outlets.ts';

/** Letters and digits only, lower case: "The Jakarta Globe" → "thejakartaglobe". */
export const squashName = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The registrable-looking part of a host: "news.detik.com" → ["news", "detik"], labels without TLDs. */
function hostLabels(host: string): string[] {
  const labels = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  // Drop the public suffix ("com", "co.id", "go.id" …): the last label, and a second-level one of two or three letters.
  labels.pop();
  if (labels.length > 1 && labels[labels.length - 1]!.length <= 3) labels.pop();
  return labels.filter((l) => l.length >= 3);
}

export interface SiteEvidence {
  /** Declared names: JSON-LD publisher, og:site_name …, as written. */
  names: string[];
  /** Host of the canonical address, or null. */
  host: string | null;
}

/** True when a title segment names the site: an outlet in the table, the declared site name, or the host. */
export function isSiteSegment(segment: string, site: SiteEvidence): boolean {
  const s = segment.trim();
  if (s === '' || s.length > 60) return false;
  const words = s.split(/\s+/).length;
  const q = squashName(s);
  if (q.length < 3) return false;
  if (resolveOutlet(s)) return true;
  if (words <= 4 && outletInLine(s)) return true;
  for (const name of site.names) {
    const n = squashName(name);
    if (n.length >= 3 && (n === q || (words <= 4 && (n.includes(q) || q.includes(n))))) return true;
  }
  if (site.host && words <= 4) {
    for (const label of hostLabels(site.host)) if (q.includes(label) && label.length >= 4) return true;
  }
  return false;
}

// Separators between a headline and a site name; ":" only as a prefix ("KapanLagi.com: …").
const SUFFIX_SEP = /\s+(?:[-|–—•·»]|::|\/\/)\s+/g;
const PREFIX_SEP = /^(.{2,60}?)(?:\s+(?:[-|–—•·»]|::)\s+|:\s+)/u;

/** Takes the site's name off the ends of a title, as often as it is there; returns the title and what came off. */
export function stripSiteAffix(title: string, site: SiteEvidence): { title: string; removed: string[] } {
  let t = title.trim();
  const removed: string[] = [];
  for (let round = 0; round < 3; round++) {
    const cuts = [...t.matchAll(SUFFIX_SEP)];
    const last = cuts[cuts.length - 1];
    if (last && last.index > 0) {
      const tail = t.slice(last.index + last[0].length);
      if (isSiteSegment(tail, site)) {
        removed.push(tail);
        t = t.slice(0, last.index).trim();
        continue;
      }
    }
    const p = PREFIX_SEP.exec(t);
    if (p && isSiteSegment(p[1]!, site) && t.length - p[0].length >= 8) {
      removed.push(p[1]!);
      t = t.slice(p[0].length).trim();
      continue;
    }
    break;
  }
  return { title: t, removed };
}

/** A declared site name cleaned of the headline some sites put in it ("Judul :: Okezone News" → "Okezone News"). */
export function cleanSiteName(name: string, titles: readonly string[]): string {
  let n = name.trim().replace(/^@/, '');
  for (const t of titles) {
    const i = t.length >= 8 ? n.indexOf(t) : -1;
    if (i !== -1) n = (n.slice(0, i) + n.slice(i + t.length)).replace(/^\s*(?:[-|–—:•·]|::)\s*|\s*(?:[-|–—:•·]|::)\s*$/g, '').trim();
  }
  return n;
}

export interface OutletChoice {
  name: string;
  known: boolean;
  /** Where it came from, for warnings. */
  from: string;
}

/**
 * The outlet: a declared name the table knows; else the address's outlet in
 * the table, unless a declared name plainly names another site (a sister
 * site on the same domain, e.g. thejakartaglobe.beritasatu.com "The Jakarta
 * Globe"); else a declared name as written; else null (the text rules decide).
 */
export function chooseOutlet(declared: ReadonlyArray<{ value: string; from: string }>, host: string | null, path = ''): OutletChoice | null {
  for (const d of declared) {
    const exact = resolveOutlet(d.value);
    const match = exact ?? (d.value.split(/\s+/).length <= 4 ? outletInLine(d.value) : null);
    if (match?.known) return { name: match.name, known: true, from: d.from };
  }
  const fromHost = host ? outletFromHost(host, path) : null;
  const usable = declared.filter((d) => squashName(d.value).length >= 3 && d.value.length <= 60);
  if (host && fromHost) {
    // The listed domain is the shortest tail of the host that still names the outlet.
    const parts = host.toLowerCase().split('.');
    let listed = host;
    for (let i = parts.length - 2; i >= 0; i--) {
      const tail = parts.slice(i).join('.');
      if (outletFromHost(tail, path) === fromHost) {
        listed = tail;
        break;
      }
    }
    const own = hostLabels(listed);
    const subLabels = hostLabels(host).filter((l) => !own.includes(l));
    const sister = usable.find((d) => {
      const q = squashName(d.value);
      return !own.some((l) => q.includes(l)) && subLabels.some((l) => l.length >= 4 && (q.includes(l) || l.includes(q)));
    });
    if (sister) return { name: sister.value, known: false, from: sister.from };
    return { name: fromHost, known: true, from: `the address ${host}` };
  }
  // No name the table knows: the one the address agrees with ("The Jakarta Post" on thejakartapost.com), else the first.
  const labels = host ? hostLabels(host) : [];
  const first = usable.find((d) => labels.some((l) => l.length >= 4 && squashName(d.value).includes(l))) ?? usable[0];
  if (first) return { name: first.value, known: false, from: first.from };
  return null;
}
