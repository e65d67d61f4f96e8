/**
 * The outlet table: one row per publisher, with the canonical name stored in
 * Article.outlet and every spelling that names it in datelines, credits and
 * copyright lines. Adding an outlet is adding a row.
 *
 * `pattern` is for families whose members keep their own name (TribunKSN,
 * TribunJakarta …): a match is stored as written.
 *
 * `domains` are the sites the outlet publishes on; a page whose canonical URL
 * is on one of them, or on any subdomain (news.detik.com, nasional.kompas.com),
 * is that outlet's page.
 */
export interface OutletEntry {
  name: string;
  /** Spellings matched case-insensitively as whole tokens. */
  aliases: string[];
  /** A token shape (anchored, whole token) whose matches are stored as written. */
  pattern?: RegExp;
  /** Registrable domains, lower case, without "www." ("detik.com" also covers news.detik.com). */
  domains?: string[];
}

export const OUTLETS: readonly OutletEntry[] = [
  { name: 'Liputan6.com', aliases: ['Liputan6.com', 'Liputan6'], domains: ['liputan6.com'] },
  { name: 'Suara.com', aliases: ['Suara.com'], domains: ['suara.com'] },
  { name: 'Tribunnews.com', aliases: ['Tribunnews.com', 'Tribunnews'], pattern: /^Tribun[A-Z][A-Za-z]+(?:\.com)?$/, domains: ['tribunnews.com'] },
  { name: 'GenPI.co', aliases: ['GenPI.co', 'GenPI'], domains: ['genpi.co'] },
  { name: 'Kompas.com', aliases: ['Kompas.com', 'KOMPAS.com', 'Kompas', 'Kompas.id'], domains: ['kompas.com', 'kompas.id'] },
  { name: 'CNN Indonesia', aliases: ['CNN Indonesia', 'CNNIndonesia.com', 'CNN Indonesia.com'], domains: ['cnnindonesia.com'] },
  { name: 'ANTARA', aliases: ['ANTARA', 'Antara', 'Antaranews', 'Antaranews.com', 'ANTARA News'], domains: ['antaranews.com'] },
  { name: 'Tempo.co', aliases: ['TEMPO.CO', 'Tempo.co', 'Tempo', 'TEMPO'], domains: ['tempo.co'] },
  { name: 'detikcom', aliases: ['detikcom', 'detik.com'], pattern: /^detik[A-Z][A-Za-z]*$/, domains: ['detik.com'] },
  { name: 'CNBC Indonesia', aliases: ['CNBC Indonesia', 'CNBCIndonesia.com'], domains: ['cnbcindonesia.com'] },
  { name: 'SINDOnews.com', aliases: ['SINDOnews.com', 'SINDOnews', 'Sindonews.com'], domains: ['sindonews.com'] },
  { name: 'Okezone.com', aliases: ['Okezone.com', 'Okezone'], domains: ['okezone.com'] },
  { name: 'Republika', aliases: ['Republika', 'Republika.co.id', 'REPUBLIKA.CO.ID'], domains: ['republika.co.id', 'republika.id'] },
  { name: 'Kumparan', aliases: ['kumparan', 'kumparan.com'], domains: ['kumparan.com'] },
  { name: 'VIVA.co.id', aliases: ['VIVA.co.id', 'VIVA', 'Viva.co.id'], domains: ['viva.co.id'] },
  { name: 'JPNN.com', aliases: ['JPNN.com', 'JPNN'], domains: ['jpnn.com'] },
  { name: 'Bisnis.com', aliases: ['Bisnis.com'], domains: ['bisnis.com'] },
  { name: 'Merdeka.com', aliases: ['Merdeka.com'], domains: ['merdeka.com'] },
  { name: 'IDN Times', aliases: ['IDN Times', 'IDNTimes.com'], domains: ['idntimes.com'] },
  { name: 'Media Indonesia', aliases: ['Media Indonesia', 'MediaIndonesia.com'], domains: ['mediaindonesia.com'] },
  { name: 'Jawa Pos', aliases: ['Jawa Pos', 'JawaPos.com'], domains: ['jawapos.com'] },
  { name: 'BeritaSatu', aliases: ['BeritaSatu', 'BeritaSatu.com'], domains: ['beritasatu.com'] },
  { name: 'VOA Indonesia', aliases: ['VOA Indonesia', 'VOA'], domains: ['voaindonesia.com'] },
  // bbc.com is shared with every BBC service, so no domain: the outlet comes from the page's own name.
  { name: 'BBC News Indonesia', aliases: ['BBC News Indonesia', 'BBC Indonesia'] },
];
