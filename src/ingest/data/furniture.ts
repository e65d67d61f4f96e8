/**
 * Page furniture: text that comes with a scraped news page but is not part of
 * the article. Every rule is a row; `examples` are lines it must remove.
 * tests/ingest/furniture.test.ts holds a fixed table of the shipped rule ids
 * with their own examples and near misses: a new rule needs a row there too.
 *
 * kinds:
 *  - `leading`:  a lone status word before the article starts ("Sukses").
 *  - `line`:     a whole block that is furniture wherever it stands.
 *  - `trailing`: a block that starts the page's lists after the article
 *                ("Tag", "Terpopuler"); it and everything after it go. Only
 *                applies once the article body has started.
 *  - `header`:   furniture of the article's header (between the headline and
 *                the lead): photo captions with their credit, share counters,
 *                a reporter label. Only applies there.
 *  - `closing`:  like `trailing`, for a block that only ends the story where it stands last: no
 *                story paragraph follows it before the page's lists (an unlabelled tag line
 *                "Bekasi Lingkungan Urban Farming" looks like a subheading). Never used to find
 *                the headline or in the header.
 *  - `suffix`:   an end-of-article mark stripped from the end of a paragraph.
 * Patterns are matched against a whole block with whitespace already collapsed.
 * The rules are generic: page shapes shared by outlets, in Indonesian and English.
 */
import { anyOf, ROLE_WORDS } from './roles.ts';
export type FurnitureKind = 'leading' | 'line' | 'trailing' | 'closing' | 'header' | 'suffix';

export interface FurnitureRule {
  id: string;
  kind: FurnitureKind;
  pattern: RegExp;
  examples: string[];
  /**
   * When the matched block is only its label ("Lihat Juga :", "Baca juga"), the
   * linked headlines stand in the next blocks: remove the link-like ones
   * (short, title-like, no sentence end) that follow it, up to eight.
   */
  takesNextWhenBare?: boolean;
}

export const FURNITURE: readonly FurnitureRule[] = [
  {
    id: 'status-word',
    kind: 'leading',
    pattern: /^(?:sukses|berhasil|gagal|loading\W*|memuat\W*|advertisement|iklan)$/i,
    examples: ['Sukses', 'Loading...', 'ADVERTISEMENT'],
  },
  {
    id: 'video-prompt',
    kind: 'line',
    pattern: /^(?:saksikan|simak|tonton)(?: juga)? video(?: pilihan| menarik| berikut)?(?: (?:di )?(?:bawah|berikut) ini)?\s*:?$/i,
    examples: ['Saksikan Video Pilihan di Bawah Ini:', 'Simak Video Pilihan Berikut Ini:', 'Simak video berikut ini:'],
  },
  {
    id: 'page-count',
    kind: 'line',
    // "2 dari 2 halaman", and a pager: "Halaman 1 2 3 Selanjutnya", "1 2 3 Next »", "Halaman Selanjutnya".
    pattern: /^(?:\d{1,3} dari \d{1,3} halaman|(?:halaman|page)\s*:?\s*(?:\d{1,3}\s*){1,12}(?:selanjutnya|berikutnya|next|»|›|>{1,2})?|(?:\d{1,3}\s+){1,12}(?:selanjutnya|berikutnya|next)\s*[»›>]*|(?:halaman|page) (?:selanjutnya|berikutnya|sebelumnya|next|previous)\s*[»›>]*)$/i,
    examples: ['2 dari 2 halaman', '1 dari 3 Halaman', 'Halaman 1 2 3 Selanjutnya', '1 2 Next »', 'Halaman Selanjutnya'],
  },
  {
    id: 'read-also',
    kind: 'line',
    // Any case; the label ends in a colon, arrows, a bar, a dash or dots ("BACA JUGA >>", "Baca juga - …", "Baca juga…").
    pattern: /^(?:(?:baca|lihat|simak) juga|baca|read also|see also|also read)\s*(?::|>{1,2}|[»›|–—]|-{1,2}\s|\.{3}|…|$)/i,
    takesNextWhenBare: true,
    examples: [
      'Baca Juga',
      'Read also:',
      'BACA JUGA: Kasus Infeksi Virus Korona Bertambah Jadi 11.791',
      'Baca Juga: Mengintip Cara Pemprov Kepri Beri Bantuan',
      'Baca juga: Harga emas hari ini',
      'Lihat Juga : Jokowi Tinjau Banjir',
      'Lihat Juga :',
      'Baca: IHSG Dibuka Hijau, Saham Bank Jadi Penopang',
    ],
  },
  {
    id: 'summary-box',
    kind: 'line',
    // A key-points box over the story ("Intinya sih...", "Poin penting:", "Ringkasan", "Key points"): the
    // label alone, with its short points on the lines under it.
    pattern: /^(?:intinya(?: sih)?|poin(?:-poin)? (?:penting|utama)|ringkasan(?: berita| artikel)?|sorotan utama|key points|highlights|summary)\s*(?:\.{2,3}|…|:)?$/i,
    takesNextWhenBare: true,
    examples: ['Intinya sih...', 'Poin penting:', 'Key points'],
  },
  {
    id: 'desk-label',
    kind: 'line',
    // A research or data desk's name alone under the story: "CNBC INDONESIA RESEARCH", "Tim Riset CNBC Indonesia".
    // No i flag: in capitals, or "Research" after a capitalised name; "Hasil riset" is a subheading.
    pattern: /^(?:(?:\p{Lu}[\p{Lu}\p{N}.]*\s+){1,3}(?:RESEARCH|RISET)(?: DESK| TEAM)?|[Tt]im [Rr]iset(?: \p{Lu}[\p{L}.]*){1,3}|(?:\p{Lu}[\p{L}\p{N}.]*\s+){1,3}Research(?: [Dd]esk| [Tt]eam)?)$/u,
    examples: ['CNBC INDONESIA RESEARCH', 'Tim Riset CNBC Indonesia', 'Katadata Research'],
  },
  {
    id: 'video-teaser',
    kind: 'line',
    // A link to a video under the story: "Video: Rupiah Hari Ini Masih Tertekan", "VIDEO: …", "[VIDEO] …",
    // 'Simak Video "Detik-detik …"'.
    // A headline, not a sentence: it does not end in a full stop.
    pattern: /^(?:(?:video|\[video\]|tonton(?: juga)?|saksikan(?: juga)?)\s*:?\s*(?<=[:\]]\s*)\S.{1,140}(?<![.!,;:])|(?:simak|saksikan|tonton)(?: juga)? video\s*["“][^"“”]{2,140}["”]|(?:simak|saksikan|tonton|lihat)(?: juga)? video\s*:\s*\S.{1,140}(?<![.!,;:]))$/i,
    examples: ['Video: Rupiah Hari Ini Masih Tertekan', 'VIDEO: Detik-detik Banjir Bandang di Sumbar', '[VIDEO] Kapan Gerhana Berikutnya?', 'Simak Video "Detik-detik Maling Kabel Terekam CCTV"', 'Tonton juga video: Harga Cabai Naik', 'Lihat Video: Pedagang Beras'],
  },
  {
    id: 'separator',
    kind: 'line',
    // A row of stars or dashes that closes a story or a section ("***", "* * *", "---").
    pattern: /^(?:[*•·~=_#–—-]\s?){3,}$/,
    examples: ['***', '* * *', '---'],
  },
  {
    id: 'syndication',
    kind: 'line',
    // A network's note that the story ran on another of its sites: "Artikel ini telah tayang di
    // Tribunjateng.com dengan judul …", "Artikel ini sudah tayang di Kompas.com dengan judul …".
    pattern: /^(?:artikel|berita|tulisan) ini (?:telah|sudah|pernah)? ?(?:tayang|terbit|dimuat|dipublikasikan) (?:di|pada) \S.{1,300}$/i,
    examples: ['Artikel ini telah tayang di Tribunjateng.com dengan judul Pemkot Semarang Tambah 40 Bus', 'Artikel ini sudah tayang di Kompas.com dengan judul "Harga Beras Naik"'],
  },
  {
    id: 'embed-label',
    kind: 'line',
    // The title line of an embedded chart or infographic: "Databoks: Inflasi Tahunan …", "Infografis: …".
    pattern: /^(?:databoks|infografis|infografik|grafik|interaktif)\s*:\s*\S[^.!?]{2,140}$/i,
    examples: ['Databoks: Inflasi Tahunan Indonesia Januari 2023 - Februari 2024', 'INFOGRAFIS: Jadwal Cuti Bersama Lebaran 2024'],
  },
  {
    id: 'google-news-follow',
    kind: 'line',
    // "Cek Berita dan Artikel yang lain di Google News", "Ikuti kumparan di Google News", "Follow Berita X di Google News".
    pattern: /^(?:cek|simak|ikuti|follow|baca)\b[^.!?,]{0,80}\bdi google news\b[^.!?,]{0,40}\.?$/i,
    examples: ['Cek Berita dan Artikel yang lain di Google News', 'Ikuti kumparan di Google News', 'Simak berita dan artikel lainnya di Google News dan WA Channel'],
  },
  {
    id: 'relative-time',
    kind: 'line',
    // A page's age instead of its date ("2 jam yang lalu", "5 menit lalu", "kemarin", "2 hours ago"):
    // it changes with the day the page was copied, so it is never read as a date.
    pattern:
      /^(?:[·•|–-]\s*)?(?:(?:diperbarui|diupdate|diunggah|dipublikasikan|diterbitkan|terbit|tayang|update[ds]?|posted|published)\s*:?\s*)?(?:(?:\d{1,3}|se|satu|beberapa|an?|one|a few)\s*(?:detik|dtk|menit|mnt|jam|hari|minggu|pekan|bulan|tahun|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)|(?:kemarin|kemarin lusa|baru saja|yesterday|just now)(?:\s*,?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit))?)?|hari ini\s*,?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit))?)$/i,
    examples: ['2 jam yang lalu', '5 menit lalu', 'kemarin', 'Diperbarui 3 jam lalu', '2 hours ago', 'Kemarin, 14:05 WIB'],
  },
  {
    id: 'share-bar',
    kind: 'line',
    // A share bar with its buttons (with a label, or three button words or more), a comment counter
    // with its neighbours, a reading-time label.
    pattern: /^(?:bagikan|share)\s*:\s*[^.!?]{0,80}$|^(?:(?:bagikan|share|tweet|copy link|salin (?:tautan|link)|facebook|x|twitter|whatsapp|telegram|line|linkedin|e-?mail|pinterest)(?:\s*[·|•]\s*|\s+|$)){3,}$|^\d{1,5} komentar(?:\s*[·|•]\s*[\p{L} ]{1,20}){1,4}$|^(?:baca dalam|waktu baca|durasi baca)\s*:?\s*\d{1,2} menit$|^url telah tercopy$/iu,
    examples: ['Bagikan: Facebook Twitter Whatsapp Telegram', '0 Komentar · Suka · Bagikan', 'Baca dalam 1 menit', 'Bagikan: url telah tercopy', 'Copy Link · Facebook · Twitter · WhatsApp'],
  },
  {
    id: 'google-news',
    kind: 'line',
    pattern: /^silakan baca konten menarik lainnya dari .{1,80} di google news\.?$/i,
    examples: ['Silakan baca konten menarik lainnya dari GenPI.co di Google News'],
  },
  {
    id: 'follow-channel',
    kind: 'line',
    pattern: /^(?:dapatkan update berita pilihan dan breaking news|simak breaking news dan berita pilihan kami|ikuti (?:berita|kanal|saluran) .{1,80} di (?:whatsapp|google news|telegram))/i,
    examples: [
      'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.',
      'Simak breaking news dan berita pilihan kami langsung di ponselmu.',
    ],
  },
  {
    id: 'scroll-prompt',
    kind: 'line',
    // "loading..." too: left by a lazy widget, it may stand right under a headline.
    pattern: /^(?:scroll to (?:continue with|resume) content|advertisement|advertising|iklan|loading\W{0,3}|memuat\W{0,3}|\[gambas:[^\]]{0,80}\])$/i,
    examples: ['SCROLL TO CONTINUE WITH CONTENT', 'SCROLL TO RESUME CONTENT', 'ADVERTISEMENT', 'ADVERTISING', '[Gambas:Video CNN]'],
  },
  {
    id: 'share-prompt',
    kind: 'line',
    pattern:
      /^(?:\+\s*)?(?:share|bagikan|tweet|like|follow(?: us)?|ikuti kami|print|cetak|email|copy|salin(?: tautan| link)?|share (?:this|article|artikel)\s*:?|share on (?:facebook|twitter|google\+?|email|whatsapp|linkedin)|facebook|twitter|google\+|pinterest|whatsapp|telegram|line|linkedin|reddit|digg|delicious|myspace|stumbleupon|a a a|a\s*- a\s*\+|a\s*\+ a\s*-|copy link|url telah (?:disalin|tercopy)|link (?:telah )?(?:disalin|tersalin)|rate (?:this article|artikel ini)|beri nilai artikel ini|\d[\d.,]*\s*(?:shares?|views?|dibaca|kali dibaca)|(?:comment|komentar|like|dislike|suka|credits?)\s*\(\d+\)|follow \S+(?:\s+like){0,2})$/i,
    examples: ['Share', '+ Share', 'Tweet', 'Share on Facebook', 'Share This:', '759 SHARES', 'Comment (0)', 'Follow Us', 'A A A', 'Follow detikcom Like Like', 'Rate artikel ini', 'Like (0)', 'Credits (3)', 'Copy Link', 'A- A+', 'URL telah disalin'],
  },
  {
    id: 'counters',
    kind: 'line',
    // Share and vote counts left alone on a line ("13 746 0 0", "46").
    pattern: /^\d{1,6}(?:[ .,]\d{1,6}){0,6}$/,
    examples: ['13 746 0 0', '46', '2'],
  },
  {
    id: 'vote-widget',
    kind: 'line',
    pattern: /^(?:(?:yes|no|ya|tidak|setuju|tidak setuju)\s+\d{1,3}(?:[.,]\d+)?%.{0,30}|vote|view results|lihat hasil|poll total votes:?\s*\d+|total (?:suara|votes?):?\s*\d+|skor:\s*-?\d+|polling|poll view archive)$/i,
    examples: ['Yes 67.80% - ( 40 votes )', 'vote', 'View Results', 'Poll total votes: 59', 'Skor: 0'],
  },
  {
    id: 'comment-widget',
    kind: 'line',
    pattern: /^(?:tanggapi komentar|laporkan komentar|balas|reply|report|login untuk komentar|post comment as\.{0,3}|newest \| oldest.{0,40}|powered by livefyre|sign in|login|masuk|daftar|register \| login|suka artikel ini ?\?)$/i,
    examples: ['Tanggapi Komentar', 'Laporkan Komentar', 'Post comment as...', 'Sign in', 'Suka artikel ini ?'],
  },
  {
    id: 'section-label',
    kind: 'trailing',
    // Sidebar and box labels that stand alone between lists: after the story, its end.
    pattern:
      /^(?:view all|lihat semua|selengkapnya|indeks|index|hot search|trending(?: tag| topic)?s?|topik terhangat|hot topics?|news feed|lintas berita|latest update|editor'?s (?:pick|choice)|pilihan redaksi|most (?:viewed|view|popular|read|commented)|headlines?|back to (?:the )?top|kembali ke atas|result selengkapnya\s*>*)$/i,
    examples: ['View All', 'LATEST UPDATE', "EDITOR'S PICK", 'MOST VIEWED', 'HOT SEARCH', 'trending tag', 'Back to the top'],
  },
  {
    id: 'editor-pick',
    kind: 'line',
    pattern: /^pilihan editor\s*:/i,
    examples: ['Pilihan Editor: Jokowi Bicara Soal Pemilu'],
  },
  {
    id: 'desk-initials',
    kind: 'line',
    pattern: /^(?:\((?:[a-z]{2,5}|\*)(?:\/[a-z]{2,5}){0,4}\)|\[(?:[a-z]{2,5})(?:\/[a-z]{2,5}){0,4}\])$/,
    examples: ['(dmr/tsa)', '(ant)', '(rds/isn/wis)', '[ian]'],
  },
  {
    id: 'copyright',
    kind: 'line',
    // The word alone is not enough: "Hak cipta lagu itu…" is an article sentence.
    pattern:
      /^(?:©|(?:copyright|hak cipta)\s*(?:©|@|\(c\)|(?:19|20)\d\d\b|dilindungi\b)).{0,200}$|^.{0,160}\ball rights? reserved\b[^.!?]{0,160}$|^(?:(?!\.\s)[^!?]){0,40}©\s?(?:19|20)\d\d\b[^!?]{0,80}$/i,
    examples: ['Copyright © 2024 by GenPI.co', 'Copyright © ANTARA 2023', '© 2023 Kompas.com', '© 2008 - 2015 PT. Kompas Cyber Media. All Rights Reserved.', 'Portal.com © 2015 • About Us • Help'],
  },
  {
    id: 'caption-credit',
    kind: 'line',
    // A photo caption or credit that names itself one, wherever it stands in the story: "… (Foto: Okezone)",
    // "(Foto: Antara)", "… (dok. Humas Polda)", "… (ANTARA FOTO/Galih)", "… ©2024 KapanLagi.com",
    // "Raisa ©KapanLagi.com/Agus", "… . Foto: Dok. Istimewa". Captions are short: a long paragraph is never one.
    // After `copyright`, which reads "©2024 Outlet" alone (an outlet hint).
    pattern:
      // No i flag: the credit after "Foto:" starts with a capital (\p{Lu} would match any case with i).
      /^(?=.{1,300}$)(?:.*(?:\((?:(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Ii]lustrasi|[Dd]okumentasi|[Ss]umber (?:foto|gambar)|[Dd]ok|DOK)\s*:|[Dd]ok\.)\s*[^()]{1,80}\)|\([^()]{0,40}\b(?:FOTO|[Ff]oto)\s*\/[^()]{1,60}\)|(?:^|\s)©\s?(?:(?:19|20)\d\d\s*)?[\w.-]{2,40}(?:\s?\/\s?[\p{L} .]{2,40})?|(?:^|[.!?)"”]\s)(?:[Ff]oto|FOTO|[Pp]hoto)\s*:\s*\p{Lu}[^!?:,]{1,60}))$/u,
    examples: [
      'Gubernur DKI Jakarta Basuki Tjahaja Purnama (Foto: Okezone)',
      'Terry Holdbrooks. ©witnesstoguantanamo.com',
      'Raisa tampil di Jakarta. ©2024 KapanLagi.com',
      '(Foto: Antara)',
      'Foto: Dok. Istimewa',
      'Warga memanen sayur di bantaran kali, Jumat (15/3/2024). Foto: Jamal Ramadhan/kumparan',
    ],
  },
  {
    id: 'footer-links',
    kind: 'line',
    // "About Us - Advertise - Policy - …", "Redaksi | Pedoman Media Siber | Kontak".
    pattern:
      /^(?=.*\b(?:about us|tentang kami|advertise|iklan|redaksi|pedoman media siber|privacy|kebijakan privasi|disclaimer|kontak|contact us|karir|career|site ?map)\b)[^.!?]{0,40}(?:\s[-|·•]\s[^.!?]{1,40}){2,}$/i,
    examples: ['About Us - Advertise - Policy - Pedoman Media Siber - Career - Contact Us - Site Map', 'Redaksi | Pedoman Media Siber | Kontak | Karir'],
  },
  {
    id: 'photo-caption',
    kind: 'header',
    // A caption with a credit that could also end an article sentence, so only in the header:
    // "… (REUTERS/Chaiwat Subprasom)", "… [suara.com/Oke Atmaja]", "Kompas.com / Anju Christian …".
    // "(Sumber: …)" too: an article sentence may end so. Credits that say they are a photo's
    // ("(Foto: …)", "©…") are the line rule caption-credit.
    pattern:
      /(?:\((?:sumber|source|credit)\s*:[^()]{1,80}\)|\((?:[\p{L}\p{N}.]+(?: [\p{L}\p{N}.&-]+){0,4})\s?\/\s?(?:[\p{L}\p{N}.]+(?: [\p{L}\p{N}.&-]+){0,4})\)|\[[^\[\]]{1,40}\/[^\[\]]{1,40}\])$|^[\w-]{2,30}\.(?:com|co\.id|co|id|net)\s?\/\s?\p{Lu}/iu,
    examples: [
      'Staf laboratorium memeriksa sampel di Bangkok. (REUTERS/Chaiwat Subprasom)',
      'Petugas memeriksa lokasi kebakaran (Sumber: Humas Damkar)',
      'Aksi seribu lilin untuk korban. [suara.com/Oke Atmaja]',
      'Kompas.com / Anju Christian Mantan pelatih Persegres, Agus Yuwono (tengah).',
      'Wapres meninjau pameran di Jakarta, Jumat (29/5/2015). (Liputan6.com/Johan Tallo)',
    ],
  },
  {
    id: 'category-label',
    kind: 'line',
    pattern: /^(?:category|categories|kategori|rubrik|kanal|section)\s*:?\s+[^\s.!?][^.!?]{0,120}$/i,
    examples: ['Category Corruption, Featured, Front Page, News, Politics', 'Kategori: Nasional'],
  },
  {
    id: 'reporter-label',
    kind: 'header',
    // A job label under the byline name ("Jurnalis", "Reporter").
    pattern: new RegExp(`^(?:${anyOf([...ROLE_WORDS.job, ...ROLE_WORDS.editing, ...ROLE_WORDS.jobEnglish])})$`, 'i'),
    examples: ['Jurnalis', 'Reporter'],
  },
  {
    id: 'page-lists',
    kind: 'trailing',
    pattern:
      /^(?:tags?|tagar|topik|topik pilihan|berita terkait|artikel terkait|terkait|terpopuler|berita terpopuler|berita populer|foto terpopuler|terpopuler terkomentari|pilihan|berita pilihan|terkini|berita terkini|berita lainnya|berita lain|lainnya|baca berita lainnya|baca artikel menarik lainnya|artikel menarik lainnya|rekomendasi|berita rekomendasi|rekomendasi untuk anda|populer|jangan lewatkan|related(?: articles| news| stories)?|more (?:stories|news)|latest(?: news)?|popular|comments?|komentar|you may also like|recommended|read more|sebelumnya|selanjutnya|berita sebelumnya|berita selanjutnya|indeks berita hari ini|kumpulan berita|berita lain di .{1,30})\s*:?$/i,
    examples: ['Tag', 'Berita Terkait', 'Terpopuler', 'Pilihan', 'Terkini', 'BERITA TERPOPULER', 'BERITA TERKAIT', 'Berita Rekomendasi', 'LAINNYA', 'Related Articles:', 'JANGAN LEWATKAN', 'Sebelumnya'],
  },
  {
    id: 'tag-list',
    kind: 'trailing',
    // Tags written with their label or as hashtags: "Tags: KPK, Jokowi", "Terkait#Benjamin Bukit", "# angeline".
    pattern: /^(?:(?:tags?|tagar|topik|terkait|kata kunci|keywords?)\s*:?\s*#|(?:tags?|tagar|kata kunci|keywords?)\s*:\s*\S|#\s?[\p{L}\p{N}][^.!?]{0,60}$)/iu,
    examples: ['Tags: Corruption Eradication Commission (KPK), Joko Widodo', 'Terkait#Benjamin Bukit', '# angeline', '#Timnas U-19#Evan Dimas'],
  },
  {
    id: 'comment-prompt',
    kind: 'trailing',
    pattern:
      /^(?:komentari artikel ini|berikan komentar anda|tulis komentar(?: anda)?|komentar anda|kirim komentar|post your say|leave a (?:comment|reply)|add a comment|ada \d+ komentar untuk artikel ini|\d+ (?:komentar|comments?)(?:disclaimer)?|ikuti perkembangan berita ini dalam topik\s*:?)$/i,
    examples: ['KOMENTARI ARTIKEL INI', 'berikan komentar anda', 'Post Your Say', 'Ada 2 komentar untuk artikel ini', '0 comments', 'Ikuti perkembangan berita ini dalam topik:'],
  },
  {
    id: 'reaction-widget',
    kind: 'trailing',
    // Reader-reaction and "next story" boxes after the article, and a channel's "Latest in …" list label.
    pattern:
      /^(?:bagaimana reaksi (?:kamu|anda) (?:tentang|terhadap) artikel ini\s*\??|berikan reaksi(?:mu| anda| kamu)|apa reaksi(?:mu| anda| kamu)\s*\??|next article\b[^.!]{0,120}|latest in [\p{L} &]{2,30})$/iu,
    examples: ['Bagaimana reaksi kamu tentang artikel ini?', 'Berikan Reaksimu', 'Next Article Dolar AS Perkasa, Rupiah Lemas', 'Latest in Science'],
  },
  {
    id: 'tag-line',
    kind: 'trailing',
    // Tags after their label on one line, with or without a colon, and no sentence in it: "Tag Bank Mandiri BMRI".
    pattern: /^(?:tags?|topik(?: terkait)?|kata kunci)\s*:?\s+[^.!?]{1,200}$/i,
    examples: ['TOPIK TERKAIT mudik gratis kemenhub lebaran 2024', 'Tag Bank Mandiri Laba Bank BMRI', 'Topik: gerhana bulan BRIN astronomi'],
  },
  {
    id: 'bare-tags',
    kind: 'trailing',
    // Tag links without their label, all lower case on one line after the story: "harga beras panen raya bapanas".
    pattern: /^\p{Ll}[\p{Ll}\p{N}-]*(?: [\p{Ll}\p{N}-]+){2,15}$/u,
    examples: ['harga beras panen raya bapanas', 'masjid istiqlal takjil ramadhan 2024'],
  },
  {
    id: 'title-case-tags',
    kind: 'closing',
    // Tag links without their label in Title Case after the last paragraph: "Bekasi Lingkungan Urban Farming".
    // No i flag: every word starts with a capital or a digit; three words or more.
    pattern: /^\p{Lu}[\p{L}\p{N}.'-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.'-]*){2,15}$/u,
    examples: ['Bekasi Lingkungan Urban Farming', 'Gerhana Bulan BRIN Astronomi 2024'],
  },
  {
    id: 'photo-credit',
    kind: 'header',
    // A caption whose credit stands without brackets: "… Foto: Ricardo/JPNN.com", "… TEMPO/Imam Sukamto",
    // "… ANTARA FOTO/Idhad Zakaria/aww.", "… Foto/Dok SINDOnews", and the
    // "Sumber gambar, …" / "Keterangan gambar, …" lines of a figure.
    pattern:
      // No i flag: \p{Lu} must stay upper case.
      /(?:\b(?:[Ff]oto|FOTO)\s*[:/]\s*(?:[Dd]ok\.?\s*)?[\p{L}\p{N} .,&'-]{1,40}(?:\/[\p{L}\p{N}. -]{1,40}){0,2}|(?:^|[\s.])\p{Lu}[\p{L}\p{N}.-]{1,24}(?: FOTO)?\/\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,4}(?:\/\p{L}{2,6})?)\.?$|^(?:[Ss]umber gambar|[Kk]eterangan gambar|[Ii]mage source|[Ii]mage caption)\s*,/u,
    examples: [
      'Gedung Merah Putih KPK di Jakarta. TEMPO/Imam Sukamto',
      'Gelombang tinggi menerjang pantai di Cilacap. ANTARA FOTO/Idhad Zakaria/aww.',
      'Polda Metro Jaya menyiagakan 3.000 personel. Foto/Dok SINDOnews',
      'Sumber gambar, Getty Images',
    ],
  },
  {
    id: 'end-mark',
    kind: 'suffix',
    pattern: /\s*\((?:\*|\*\*)\)$/,
    examples: ['Ketika Rusia mencaplok Krimea pada 2014, China secara resmi tetap netral.(*)'],
  },
];

/**
 * Credit lines that name the people behind an article. They are read into
 * author/editor and kept out of the body. `label` is matched at the start of a
 * block; a block may hold several credits separated by "|" or "/".
 */
export interface CreditLabel {
  label: RegExp;
  role: 'author' | 'editor';
}

export const CREDIT_LABELS: readonly CreditLabel[] = [
  { label: new RegExp(`^(?:${anyOf(ROLE_WORDS.creditAuthor)})$`, 'i'), role: 'author' },
  { label: new RegExp(`^(?:${anyOf(ROLE_WORDS.creditEditor)})$`, 'i'), role: 'editor' },
];
