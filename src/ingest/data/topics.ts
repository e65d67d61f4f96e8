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
}

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
  { name: 'Gempa Bumi', aliases: ['gempa bumi', 'gempa', 'BMKG'] },
  { name: 'Banjir', aliases: ['banjir'] },
];
