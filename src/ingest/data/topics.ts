/**
 * Topic gazetteer: canonical topic names and the aliases that mean them in
 * Indonesian news text. Matching is whole-word; `caseSensitive` aliases (short
 * acronyms such as "AS") only match in that exact case so "as" in running text
 * never tags an article. Adding a topic is adding a row.
 */
export interface TopicEntry {
  /** Canonical name shown on the site and stored in Article.topics. */
  name: string;
  /** Other spellings and names, matched case-insensitively on word boundaries. */
  aliases: string[];
  /** Aliases matched only in exactly this case (acronyms that are also ordinary words). */
  caseSensitive?: string[];
  /**
   * Names that go with the topic but do not make it on their own (an agency that reports on many
   * things): they count only when the text also names the topic by its name or an alias.
   */
  weak?: string[];
}

/**
 * Words that, written capitalised right before or after a topic's name, make the name part of an
 * organisation's ("Bank Indonesia", "Universitas Indonesia", "Indonesia Corruption Watch"): an
 * organisation named after a country is not news about that country.
 */
export const ORGANISATION_BEFORE: readonly string[] = [
  'Bank', 'Universitas', 'Institut', 'Politeknik', 'Sekolah', 'Partai', 'Persatuan', 'Asosiasi', 'Federasi',
  'Yayasan', 'Ikatan', 'Himpunan', 'Komite', 'Konsorsium', 'Perkumpulan', 'Gabungan', 'Kamar', 'Garuda',
  'Telkom', 'Indosat', 'Astra', 'Semen', 'Pertamina', 'Stasiun', 'Radio', 'Televisi', 'Harian', 'Majalah',
];
export const ORGANISATION_AFTER: readonly string[] = [
  'Watch', 'Corruption', 'Police', 'Airlines', 'Airways', 'Air', 'Tbk', 'Institute', 'University', 'Foundation',
  'Corporation', 'Corp', 'Stock', 'Investment', 'Bank',
];

export const TOPIC_GAZETTEER: readonly TopicEntry[] = [
  { name: 'China', aliases: ['China', 'Tiongkok', 'Cina', 'RRT', 'Republik Rakyat Tiongkok', 'Beijing'] },
  { name: 'Amerika Serikat', aliases: ['Amerika Serikat', 'Washington', 'Gedung Putih'], caseSensitive: ['AS', 'USA'] },
  { name: 'Korea Utara', aliases: ['Korea Utara', 'Korut', 'DPRK', 'Pyongyang'] },
  { name: 'Korea Selatan', aliases: ['Korea Selatan', 'Korsel', 'Seoul'] },
  { name: 'Rusia', aliases: ['Rusia', 'Moskow', 'Kremlin'] },
  { name: 'Ukraina', aliases: ['Ukraina', 'Kiev', 'Kyiv'] },
  { name: 'Jepang', aliases: ['Jepang', 'Tokyo'] },
  { name: 'Indonesia', aliases: ['Indonesia'] },
  { name: 'Kazakhstan', aliases: ['Kazakhstan'] },
  { name: 'COVID-19', aliases: ['COVID-19', 'Covid-19', 'Covid', 'virus corona', 'virus korona', 'koronavirus', 'SARS-CoV-2', 'pandemi corona'] },
  { name: 'WHO', aliases: ['Organisasi Kesehatan Dunia', 'World Health Organization'], caseSensitive: ['WHO'] },
  { name: 'NATO', aliases: ['Pakta Pertahanan Atlantik Utara'], caseSensitive: ['NATO'] },
  { name: 'Xi Jinping', aliases: ['Xi Jinping'] },
  { name: 'Kim Jong-un', aliases: ['Kim Jong-un', 'Kim Jong Un', 'Kim Jon Un'] },
  { name: 'Vladimir Putin', aliases: ['Vladimir Putin', 'Putin'] },
  { name: 'Joe Biden', aliases: ['Joe Biden', 'Biden'] },
  { name: 'Donald Trump', aliases: ['Donald Trump', 'Trump'] },
  { name: 'Joko Widodo', aliases: ['Joko Widodo', 'Jokowi'] },
  { name: 'Prabowo Subianto', aliases: ['Prabowo Subianto', 'Prabowo'] },
  { name: 'Taiwan', aliases: ['Taiwan', 'Taipei'] },
  { name: 'Hong Kong', aliases: ['Hong Kong'] },
  { name: 'Iran', aliases: ['Iran', 'Teheran'] },
  { name: 'Israel', aliases: ['Israel', 'Tel Aviv'] },
  { name: 'Palestina', aliases: ['Palestina', 'Gaza', 'Tepi Barat'] },
  { name: 'India', aliases: ['India', 'New Delhi'] },
  { name: 'Uni Eropa', aliases: ['Uni Eropa'], caseSensitive: ['UE'] },
  // Not the acronym "PBB": it is also Pajak Bumi dan Bangunan (land tax) in economic news.
  { name: 'Perserikatan Bangsa-Bangsa', aliases: ['Perserikatan Bangsa-Bangsa', 'United Nations'] },
  { name: 'ASEAN', aliases: [], caseSensitive: ['ASEAN'] },
  { name: 'KPK', aliases: ['Komisi Pemberantasan Korupsi'], caseSensitive: ['KPK'] },
  { name: 'DPR', aliases: ['Dewan Perwakilan Rakyat'], caseSensitive: ['DPR'] },
  { name: 'Pemilu', aliases: ['Pemilu', 'pemilihan umum', 'Pilpres', 'Pileg'] },
  // BMKG reports weather, floods and air quality as well: it alone is no earthquake.
  { name: 'Gempa Bumi', aliases: ['gempa bumi', 'gempa'], weak: ['BMKG', 'Badan Meteorologi, Klimatologi, dan Geofisika'] },
  { name: 'Banjir', aliases: ['banjir'] },
];

/**
 * Tags outlets put on every page for search engines ("berita terkini", "news") or that name a
 * section of the site rather than the story: never a topic. Matched whole, case-insensitively.
 */
export const GENERIC_TAGS: readonly RegExp[] = [
  /^(?:berita|news|info|kabar)(?:\s+(?:harian|terkini|terbaru|hari ini|indonesia|utama|populer|viral|online|today|update|nasional|daerah))*$/i,
  /^(?:terkini|terbaru|terpopuler|populer|viral|trending|headline|headlines|breaking news|hot news|hari ini|today|update|video|foto|galeri|infografis)$/i,
  /^(?:nasional|internasional|regional|daerah|metropolitan|metro|megapolitan|ekonomi|bisnis|finansial|olahraga|sport|sports|bola|seleb|selebritas|hiburan|entertainment|lifestyle|gaya hidup|teknologi|tekno|otomotif|kesehatan|travel|wisata|kuliner|world|dunia|politik|hukum|peristiwa|opini)$/i,
  // The label of the next box, read when a "Tag" label stands over an empty list.
  /^(?:(?:berita|artikel|baca|video|foto)\s+(?:terkait|lainnya|lain|juga|selanjutnya|pilihan)|related(?:\s+(?:news|articles?|stories))?|read more|see also)$/i,
];

/** A label over the site's own list of tags (what is trending), not the article's: "Trending Tags", "Topik Terpopuler". */
export const SITE_TAGS_LABEL = /\b(?:trending|populer|terpopuler|hot|terhangat|indeks|pilihan)\b/i;
