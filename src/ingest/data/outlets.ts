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
  /** Registrable domains, lower case, without "www." ("detik.com" also covers news.detik.com); "bbc.com/indonesia": only that folder. */
  domains?: string[];
}

export const OUTLETS: readonly OutletEntry[] = [
  { name: 'Liputan6.com', aliases: ['Liputan6.com', 'Liputan6'], domains: ['liputan6.com'] },
  // Suara.com's regional sites keep their own names (SuaraJogja.id, SuaraBogor.id …).
  { name: 'Suara.com', aliases: ['Suara.com'], pattern: /^Suara[A-Z][a-z]+\.id$/, domains: ['suara.com'] },
  { name: 'Tribunnews.com', aliases: ['Tribunnews.com', 'Tribunnews', 'TRIBUNnews.com'], pattern: /^Tribun[A-Z][A-Za-z]+(?:\.com)?$/, domains: ['tribunnews.com'] },
  { name: 'Warta Kota', aliases: ['Warta Kota', 'WartaKota', 'Wartakotalive.com'], domains: ['wartakotalive.com'] },
  { name: 'GenPI.co', aliases: ['GenPI.co', 'GenPI'], domains: ['genpi.co'] },
  // The Kompas family: separate outlets under one group. Kompasiana is a blog platform, its writers are readers.
  { name: 'Kompas.com', aliases: ['Kompas.com', 'KOMPAS.com', 'Kompas', 'Kompas Cyber Media', 'PT Kompas Cyber Media'], domains: ['kompas.com'] },
  { name: 'Kompas.id', aliases: ['Kompas.id', 'Harian Kompas'], domains: ['kompas.id'] },
  { name: 'KompasTV', aliases: ['KompasTV', 'Kompas TV', 'KompasTV.com'], domains: ['kompas.tv'] },
  { name: 'Kompasiana', aliases: ['Kompasiana', 'Kompasiana.com'], domains: ['kompasiana.com'] },
  { name: 'CNN Indonesia', aliases: ['CNN Indonesia', 'CNNIndonesia.com', 'CNN Indonesia.com'], domains: ['cnnindonesia.com'] },
  { name: 'ANTARA', aliases: ['ANTARA', 'Antara', 'Antaranews', 'Antaranews.com', 'ANTARA News', 'LKBN ANTARA', 'Perum LKBN ANTARA'], domains: ['antaranews.com'] },
  { name: 'Tempo.co', aliases: ['TEMPO.CO', 'Tempo.co', 'Tempo', 'TEMPO', 'Tempo Inti Media', 'PT Tempo Inti Media'], domains: ['tempo.co'] },
  // detik's channels keep their own names (detikNews, detikFinance …), on their own subdomains.
  { name: 'detikNews', aliases: ['detikNews', 'news.detik.com'], domains: ['news.detik.com'] },
  { name: 'detikFinance', aliases: ['detikFinance', 'finance.detik.com'], domains: ['finance.detik.com'] },
  { name: 'detikHot', aliases: ['detikHot', 'hot.detik.com'], domains: ['hot.detik.com'] },
  { name: 'detikInet', aliases: ['detikInet', 'inet.detik.com'], domains: ['inet.detik.com'] },
  { name: 'detikSport', aliases: ['detikSport', 'sport.detik.com'], domains: ['sport.detik.com'] },
  { name: 'detikOto', aliases: ['detikOto', 'oto.detik.com'], domains: ['oto.detik.com'] },
  { name: 'detikTravel', aliases: ['detikTravel', 'travel.detik.com'], domains: ['travel.detik.com'] },
  { name: 'detikFood', aliases: ['detikFood', 'food.detik.com'], domains: ['food.detik.com'] },
  { name: 'detikHealth', aliases: ['detikHealth', 'health.detik.com'], domains: ['health.detik.com'] },
  { name: 'detikcom', aliases: ['detikcom', 'detik.com'], pattern: /^detik[A-Z][A-Za-z]*$/, domains: ['detik.com'] },
  { name: 'CNBC Indonesia', aliases: ['CNBC Indonesia', 'CNBCIndonesia.com'], domains: ['cnbcindonesia.com'] },
  { name: 'SINDOnews.com', aliases: ['SINDOnews.com', 'SINDOnews', 'Sindonews.com'], domains: ['sindonews.com'] },
  { name: 'Okezone.com', aliases: ['Okezone.com', 'Okezone', 'Okezone News'], domains: ['okezone.com'] },
  { name: 'iNews.id', aliases: ['iNews.id', 'iNews'], domains: ['inews.id'] },
  { name: 'Republika', aliases: ['Republika', 'Republika.co.id', 'REPUBLIKA.CO.ID', 'Republika Online'], domains: ['republika.co.id', 'republika.id'] },
  { name: 'Kumparan', aliases: ['kumparan', 'kumparan.com'], domains: ['kumparan.com'] },
  { name: 'VIVA.co.id', aliases: ['VIVA.co.id', 'VIVA', 'Viva.co.id', 'VIVAnews', 'Viva Media Baru', 'PT Viva Media Baru'], domains: ['viva.co.id'] },
  { name: 'JPNN.com', aliases: ['JPNN.com', 'JPNN'], domains: ['jpnn.com'] },
  { name: 'Bisnis.com', aliases: ['Bisnis.com', 'Bisnis Indonesia'], domains: ['bisnis.com'] },
  { name: 'Kontan.co.id', aliases: ['Kontan.co.id', 'KONTAN', 'Kontan'], domains: ['kontan.co.id'] },
  { name: 'Katadata.co.id', aliases: ['Katadata.co.id', 'Katadata'], domains: ['katadata.co.id'] },
  { name: 'Tirto.id', aliases: ['Tirto.id', 'Tirto'], domains: ['tirto.id'] },
  // The KapanLagi Youniverse network: Merdeka, KapanLagi, Bola.net, Fimela, Dream … are each their own outlet.
  { name: 'Merdeka.com', aliases: ['Merdeka.com'], domains: ['merdeka.com'] },
  { name: 'KapanLagi.com', aliases: ['KapanLagi.com', 'KapanLagi'], domains: ['kapanlagi.com'] },
  { name: 'Bola.net', aliases: ['Bola.net'], domains: ['bola.net'] },
  { name: 'Bola.com', aliases: ['Bola.com'], domains: ['bola.com'] },
  { name: 'Bintang.com', aliases: ['Bintang.com'], domains: ['bintang.com'] },
  { name: 'Fimela.com', aliases: ['Fimela.com', 'Fimela'], domains: ['fimela.com'] },
  { name: 'Dream.co.id', aliases: ['Dream.co.id'], domains: ['dream.co.id'] },
  { name: 'IDN Times', aliases: ['IDN Times', 'IDNTimes.com', 'IDNTimes'], domains: ['idntimes.com'] },
  { name: 'Media Indonesia', aliases: ['Media Indonesia', 'MediaIndonesia.com'], domains: ['mediaindonesia.com'] },
  { name: 'Medcom.id', aliases: ['Medcom.id', 'Medcom'], domains: ['medcom.id'] },
  { name: 'Metro TV', aliases: ['Metro TV', 'MetroTV', 'Metrotvnews.com'], domains: ['metrotvnews.com'] },
  { name: 'Jawa Pos', aliases: ['Jawa Pos', 'JawaPos.com'], domains: ['jawapos.com'] },
  { name: 'Pikiran Rakyat', aliases: ['Pikiran Rakyat', 'Pikiran-Rakyat.com'], domains: ['pikiran-rakyat.com'] },
  { name: 'Suara Merdeka', aliases: ['Suara Merdeka', 'SuaraMerdeka.com'], domains: ['suaramerdeka.com'] },
  { name: 'BeritaSatu', aliases: ['BeritaSatu', 'BeritaSatu.com'], domains: ['beritasatu.com'] },
  { name: 'Investor Daily', aliases: ['Investor Daily', 'Investor.id'], domains: ['investor.id'] },
  { name: 'VOA Indonesia', aliases: ['VOA Indonesia', 'VOA'], domains: ['voaindonesia.com'] },
  // bbc.com is shared with every BBC service: only its /indonesia folder is this outlet's.
  { name: 'BBC News Indonesia', aliases: ['BBC News Indonesia', 'BBC Indonesia'], domains: ['bbc.com/indonesia'] },
  { name: 'The Jakarta Post', aliases: ['The Jakarta Post', 'Jakarta Post', 'TheJakartaPost.com'], domains: ['thejakartapost.com'] },
  { name: 'Jakarta Globe', aliases: ['Jakarta Globe', 'The Jakarta Globe', 'JakartaGlobe.id'], domains: ['jakartaglobe.id', 'thejakartaglobe.com'] },
  { name: 'Mongabay Indonesia', aliases: ['Mongabay Indonesia', 'Mongabay.co.id'], domains: ['mongabay.co.id'] },
  // Grid Network (Kompas Gramedia): GridOto, GridHot, GridStar … keep their own names.
  { name: 'Grid.ID', aliases: ['Grid.ID', 'Grid.id', 'GridID'], pattern: /^Grid[A-Z][A-Za-z]+(?:\.(?:com|id))?$/, domains: ['grid.id'] },
  // Not "Gatra" alone: "gatra" is also a word.
  { name: 'Gatra.com', aliases: ['Gatra.com', 'Majalah Gatra'], domains: ['gatra.com'] },
  { name: 'Hops.ID', aliases: ['Hops.ID', 'Hops.id'], domains: ['hops.id'] },
  { name: 'AyoBandung.com', aliases: ['AyoBandung.com', 'Ayobandung.com', 'AyoBandung'], domains: ['ayobandung.com'] },
  { name: 'Solopos.com', aliases: ['Solopos.com', 'Solopos', 'SOLOPOS.COM', 'Harian Solopos'], domains: ['solopos.com'] },
  { name: 'Harian Jogja', aliases: ['Harian Jogja', 'Harianjogja.com', 'Harian Jogja.com'], domains: ['harianjogja.com'] },
  // Jawa Pos Radar: the network's regional papers keep their own names (Radar Bogor, RadarSolo …).
  { name: 'Jawa Pos Radar', aliases: ['JawaPos Radar', 'Radar JawaPos'], pattern: /^Radar[A-Z][a-z]+(?:\.(?:id|com|co\.id))?$/ },
  { name: 'Radar Bogor', aliases: ['Radar Bogor', 'RadarBogor.id'], domains: ['radarbogor.id'] },
  { name: 'Radar Surabaya', aliases: ['Radar Surabaya'] },
  { name: 'Radar Jogja', aliases: ['Radar Jogja'] },
  // Not "Inilah" alone: it is the everyday word "here is".
  { name: 'Inilah.com', aliases: ['Inilah.com'], domains: ['inilah.com'] },
];
