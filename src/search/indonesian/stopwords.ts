/**
 * Indonesian stop words: function words too frequent to help a search
 * (conjunctions, prepositions, pronouns, auxiliaries, common adverbs).
 * Kept deliberately moderate: content words that are frequent in news
 * ("kata", "negara", "pemerintah") stay searchable. Lower-case, unstemmed;
 * the filter runs before the stemmer. Adding a stop word is adding a row.
 */
export const STOP_WORDS: readonly string[] = [
  // conjunctions
  'dan', 'atau', 'tetapi', 'tapi', 'namun', 'serta', 'lalu', 'kemudian', 'sedangkan', 'melainkan',
  'bahwa', 'karena', 'sebab', 'jika', 'jikalau', 'kalau', 'apabila', 'bila', 'agar', 'supaya',
  'sehingga', 'meski', 'meskipun', 'walau', 'walaupun', 'sementara', 'ketika', 'saat', 'sejak',
  'hingga', 'sampai', 'maka', 'yakni', 'yaitu', 'bahkan', 'padahal',
  // prepositions
  'di', 'ke', 'dari', 'pada', 'kepada', 'daripada', 'dalam', 'untuk', 'bagi', 'dengan', 'oleh',
  'tentang', 'terhadap', 'antara', 'seperti', 'sebagai', 'menuju', 'atas', 'bawah', 'tanpa', 'demi',
  'akan', 'per',
  // pronouns and determiners
  'yang', 'ini', 'itu', 'tersebut', 'sini', 'situ', 'sana', 'aku', 'saya', 'kami', 'kita', 'anda',
  'kamu', 'engkau', 'dia', 'ia', 'beliau', 'mereka', 'nya', 'sang', 'si', 'para', 'sebuah',
  'seorang', 'suatu', 'tiap', 'setiap', 'semua', 'segala', 'seluruh', 'beberapa', 'banyak', 'sejumlah',
  'lain', 'lainnya', 'sendiri', 'apa', 'siapa', 'mana', 'manakah', 'bagaimana', 'mengapa', 'kenapa',
  'kapan', 'berapa',
  // auxiliaries, negation, aspect
  'adalah', 'ialah', 'merupakan', 'ada', 'tidak', 'tak', 'bukan', 'belum', 'jangan', 'sudah', 'telah',
  'sedang', 'masih', 'pernah', 'bisa', 'boleh', 'harus', 'mau', 'ingin', 'perlu',
  // adverbs and particles
  'juga', 'pun', 'lah', 'kah', 'saja', 'hanya', 'lebih', 'paling', 'sangat', 'amat', 'sekali', 'lagi',
  'pula', 'kini', 'sekarang', 'nanti', 'tadi', 'yg', 'dgn', 'tsb', 'agak', 'cukup', 'hampir',
  'selalu', 'sering', 'begitu', 'demikian', 'sebelum', 'sesudah', 'setelah', 'selama', 'secara',
  'tentu', 'pasti', 'mungkin', 'kira', 'sekitar', 'hal',
];

const STOP_SET: ReadonlySet<string> = new Set(STOP_WORDS);

/** True for a lower-case token that carries no search meaning on its own. */
export function isStopWord(token: string): boolean {
  return STOP_SET.has(token);
}
