/**
 * What the site says about itself: its name, a one-line description, an about
 * paragraph and a contact, as the archive's keeper set them in
 * `arsip.config.json` (read by src/settings.ts); these defaults otherwise.
 */
/** What the site says about itself (the rest of the settings are build options). */
export interface SiteSettings {
  name: string;
  description: string;
  /** A paragraph for the about page: who keeps the archive, what it holds, in which language. */
  about: string | null;
  /** An address or a URL for questions and corrections. */
  contact: string | null;
}

export const DEFAULT_SITE: SiteSettings = {
  name: 'Arsip Berita',
  description: 'Berita Indonesia, bisa dibaca dan dicari tanpa internet',
  about: null,
  contact: null,
};

/** The settings as one comparable string (the build record and the quick check, the engine's input key). */
export function siteKeyOf(site: SiteSettings | undefined): string {
  const s = site ?? DEFAULT_SITE;
  return JSON.stringify([s.name, s.description, s.about, s.contact]);
}
