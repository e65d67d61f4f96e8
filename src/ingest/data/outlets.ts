/**
 * The outlet table: one row per publisher, with the canonical name stored in
 * Article.outlet and every spelling that names it in datelines, credits and
 * copyright lines. Adding an outlet is adding a row.
 *
 * `pattern` is for families whose members keep their own name (TribunKSN,
 * TribunJakarta …): a match is stored as written.
 */
export interface OutletEntry {
  name: string;
  /** Spellings matched case-insensitively as whole tokens. */
  aliases: string[];
  /** A token shape (anchored, whole token) whose matches are stored as written. */
  pattern?: RegExp;
}

export const OUTLETS: readonly OutletEntry[] = [
  { name: 'Liputan6.com', aliases: ['Liputan6.com', 'Liputan6'] },
  { name: 'Suara.com', aliases: ['Suara.com'] },
  { name: 'Tribunnews.com', aliases: ['Tribunnews.com', 'Tribunnews'], pattern: /^Tribun[A-Z][A-Za-z]+(?:\.com)?$/ },
  { name: 'GenPI.co', aliases: ['GenPI.co', 'GenPI'] },
  { name: 'Kompas.com', aliases: ['Kompas.com', 'KOMPAS.com', 'Kompas', 'Kompas.id'] },
  { name: 'CNN Indonesia', aliases: ['CNN Indonesia', 'CNNIndonesia.com', 'CNN Indonesia.com'] },
  { name: 'ANTARA', aliases: ['ANTARA', 'Antara', 'Antaranews', 'Antaranews.com', 'ANTARA News'] },
  { name: 'Tempo.co', aliases: ['TEMPO.CO', 'Tempo.co', 'Tempo', 'TEMPO'] },
  { name: 'detikcom', aliases: ['detikcom', 'detik.com'], pattern: /^detik[A-Z][A-Za-z]*$/ },
  { name: 'CNBC Indonesia', aliases: ['CNBC Indonesia', 'CNBCIndonesia.com'] },
  { name: 'SINDOnews.com', aliases: ['SINDOnews.com', 'SINDOnews', 'Sindonews.com'] },
  { name: 'Okezone.com', aliases: ['Okezone.com', 'Okezone'] },
  { name: 'Republika', aliases: ['Republika', 'Republika.co.id', 'REPUBLIKA.CO.ID'] },
  { name: 'Kumparan', aliases: ['kumparan', 'kumparan.com'] },
  { name: 'VIVA.co.id', aliases: ['VIVA.co.id', 'VIVA', 'Viva.co.id'] },
  { name: 'JPNN.com', aliases: ['JPNN.com', 'JPNN'] },
  { name: 'Bisnis.com', aliases: ['Bisnis.com'] },
  { name: 'Merdeka.com', aliases: ['Merdeka.com'] },
  { name: 'IDN Times', aliases: ['IDN Times', 'IDNTimes.com'] },
  { name: 'Media Indonesia', aliases: ['Media Indonesia', 'MediaIndonesia.com'] },
  { name: 'Jawa Pos', aliases: ['Jawa Pos', 'JawaPos.com'] },
  { name: 'BeritaSatu', aliases: ['BeritaSatu', 'BeritaSatu.com'] },
  { name: 'VOA Indonesia', aliases: ['VOA Indonesia', 'VOA'] },
  { name: 'BBC News Indonesia', aliases: ['BBC News Indonesia', 'BBC Indonesia'] },
];
