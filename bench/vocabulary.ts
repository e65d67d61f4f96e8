/**
 * Vocabulary tables for the benchmark corpus: Indonesian function words, roots
 * with their affixed forms (meN-/peN- sound changes, di-, ber-, ter-, ke-…-an,
 * -kan, -i, -an, -nya), names, places and organisations. Kept as data so the
 * generator (bench/corpus.ts) stays small.
 */

/** Most frequent words first: they take the head of the Zipf distribution. */
export const FUNCTION_WORDS: readonly string[] = (
  'yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena tersebut bisa ada mereka ' +
  'lebih kata telah sudah saat oleh menjadi para hingga masih namun seperti bahwa atau secara kami kita ' +
  'dia ia sebagai antara setelah belum harus agar sejak tahun hari orang satu dua tiga baru lalu lagi jika ' +
  'sementara kepada terhadap melalui tengah selama sangat hanya banyak semua sebuah tetapi bagi dapat pihak ' +
  'kali serta yakni maupun yaitu pun sendiri begitu sehingga sebelum ketika bila kini nanti pula tak ' +
  'adalah merupakan apakah bagaimana mengapa siapa kapan dimana sebab walaupun meski meskipun sekitar ' +
  'beberapa sejumlah seluruh setiap berbagai tiap lain lainnya pertama kedua ketiga empat lima enam tujuh ' +
  'delapan sembilan sepuluh ratus ribu juta miliar triliun persen pekan bulan minggu pagi siang sore malam ' +
  'kemarin besok sekarang dulu lama sedang akhir awal paling cukup hampir sekali terus tetap justru bahkan'
).split(' ');

/** Roots that take affixes. Verbs and nouns common in news text. */
export const ROOTS: readonly string[] = (
  'tawar ambil kirim terima bantu jual beli bangun tulis baca lapor putus sebar cegah tutup buka ajar kerja ' +
  'pakai jalan pimpin dukung tolak minta tanya jawab lihat dengar temu bahas atur ubah tambah kurang naik ' +
  'turun hasil capai rencana siap latih periksa tangkap tahan adil hukum bayar pinjam simpan tanam panen ' +
  'pasar harga modal usaha dagang kapal laut darat udara banjir gempa api hutan sawah desa kota warga rakyat ' +
  'negara daerah wilayah pulau pantai gunung sungai listrik minyak tambang pajak utang kredit uang dana ' +
  'anggar belanja didik sekolah guru murid sakit obat rawat sehat vaksin virus wabah kuat lemah aman damai ' +
  'perang serang senjata tentara polisi jaga awas selidik sidang hakim jaksa tuntut vonis pilih calon ' +
  'partai suara kampanye menang kalah sepakat janji umum resmi kunjung undang hadir tinggal pindah datang ' +
  'pulang tunggu kejar lari jatuh rusak hancur korban selamat evakuasi ungsi bencana cuaca hujan panas ' +
  'kering air pangan beras gula garam daging ikan ternak tani nelayan buruh gaji upah kerja karya produksi ' +
  'ekspor impor kirim angkut muat bongkar dagang investasi saham tukar nilai untung rugi tumbuh kembang ' +
  'maju mundur henti lanjut mulai selesai akhir tetap ganti pecat angkat lantik tunjuk calon usul ' +
  'rekomendasi kritik puji kecam protes demo unjuk rasa tuntut desak dorong tekan ancam takut khawatir ' +
  'harap yakin percaya ragu duga tuduh bukti saksi periksa cari temu hilang bunuh curi rampok tipu korupsi ' +
  'suap gelap selundup narkoba edar razia sita blokir larang izin atur tertib disiplin sanksi denda ' +
  'pidana penjara tahanan bebas lepas kabur tangkap buru intai pantau awasi lindung rawat jaga bina ' +
  'kelola urus layan tangan tindak proses olah ukur hitung catat data survei teliti kaji uji coba ' +
  'temu cipta ciri khas bentuk rupa warna besar kecil tinggi rendah jauh dekat cepat lambat mudah sulit ' +
  'tuju arah jalur rute lintas macet padat sepi ramai penuh kosong isi ganti baru lama muda tua anak ' +
  'ibu bapak keluarga nikah cerai lahir mati kubur doa ibadah masjid gereja pura agama budaya adat seni ' +
  'musik film lagu main tanding juara laga gol skor latih atlet klub liga turnamen medali rekor'
)
  .split(' ')
  .filter((w, i, all) => all.indexOf(w) === i);

export const FIRST_NAMES: readonly string[] = (
  'Budi Siti Agus Dewi Andi Rina Joko Sri Ahmad Nur Hendra Yuni Rudi Wati Bambang Lestari Eko Ratna ' +
  'Fajar Indah Dimas Putri Arif Ayu Teguh Maya Hadi Fitri Yusuf Ani Rizky Sari Irfan Diah Bayu Intan ' +
  'Wahyu Nina Gilang Tri Hasan Lina Rahmat Evi Surya Mega Adi Kartika Dedi Novi Taufik Endang Ilham ' +
  'Rosa Yudi Wulan Anton Dian Reza Tika'
).split(' ');

export const LAST_NAMES: readonly string[] = (
  'Santoso Wijaya Saputra Susanto Hidayat Kusuma Pratama Nugroho Setiawan Gunawan Siregar Nasution ' +
  'Lubis Harahap Simanjuntak Sitompul Pohan Rahman Hakim Syahputra Wibowo Purnomo Sutrisno Halim ' +
  'Tanjung Situmorang Pane Hutapea Manurung Sinaga Purba Ginting Tarigan Sembiring Kurniawan Permana ' +
  'Firmansyah Ramadhan Maulana Hasibuan Panjaitan Effendi Sulistyo Wahyudi Prasetyo Utomo Suharto ' +
  'Suryadi Mulyadi Hartono Iskandar Rusdi Fauzi Akbar Amin Yusuf Salim Latief Rachman Zulkifli'
).split(' ');

/** Titles that precede a quoted person. */
export const ROLES: readonly string[] = [
  'Menteri Luar Negeri', 'Menteri Kesehatan', 'Menteri Keuangan', 'Gubernur', 'Bupati', 'Wali Kota',
  'Kepala Dinas', 'Juru bicara', 'Direktur Utama', 'Ketua DPR', 'anggota DPR', 'Kapolda', 'Kapolres',
  'pengamat ekonomi', 'peneliti', 'Ketua Umum', 'Sekretaris Jenderal', 'Kepala Badan', 'pelatih', 'warga',
];

export const ORGANISATIONS: readonly string[] = [
  'DPR', 'KPK', 'BMKG', 'BNPB', 'Polri', 'TNI', 'Bank Indonesia', 'OJK', 'BPS', 'Kemenkes', 'Kemenlu',
  'Pertamina', 'PLN', 'BUMN', 'PSSI', 'MUI', 'Mahkamah Konstitusi', 'Mahkamah Agung', 'KPU', 'Bawaslu',
  'ASEAN', 'PBB', 'IMF', 'Bank Dunia',
];

/** Domestic datelines, most frequent first. */
export const CITIES: readonly string[] = [
  'Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Makassar', 'Semarang', 'Yogyakarta', 'Denpasar', 'Palembang',
  'Pontianak', 'Balikpapan', 'Manado', 'Jayapura', 'Kupang', 'Ambon', 'Padang', 'Pekanbaru', 'Banda Aceh',
  'Mataram', 'Malang', 'Solo', 'Bogor', 'Depok', 'Bekasi', 'Tangerang', 'Samarinda', 'Banjarmasin', 'Jambi',
  'Bengkulu', 'Palu', 'Kendari', 'Ternate', 'Sorong', 'Cirebon', 'Tasikmalaya', 'Purwokerto', 'Kediri',
];

/** Foreign datelines, tied to a gazetteer topic where one fits. */
export const FOREIGN_DATELINES: readonly { place: string; topic: string | null }[] = [
  { place: 'Beijing', topic: 'China' },
  { place: 'Seoul', topic: 'Korea Selatan' },
  { place: 'Pyongyang', topic: 'Korea Utara' },
  { place: 'Tokyo', topic: 'Jepang' },
  { place: 'Washington', topic: 'Amerika Serikat' },
  { place: 'Moskow', topic: 'Rusia' },
  { place: 'Kyiv', topic: 'Ukraina' },
  { place: 'Jenewa', topic: 'WHO' },
  { place: 'Brussel', topic: 'NATO' },
  { place: 'Singapura', topic: null },
  { place: 'Kuala Lumpur', topic: null },
  { place: 'Bangkok', topic: null },
  { place: 'Canberra', topic: null },
  { place: 'London', topic: null },
];

export const DAY_NAMES: readonly string[] = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
export const MONTH_NAMES: readonly string[] = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];
export const MONTH_ABBR: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** Syllables for the open-ended tail of the vocabulary (new names and terms). */
export const ONSETS: readonly string[] = ['b', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'y', 'c', 'ng', 'ny', 'kr', 'tr', 'pr', 'st'];
export const VOWELS: readonly string[] = ['a', 'i', 'u', 'e', 'o', 'a', 'i', 'a'];
export const CODAS: readonly string[] = ['', '', '', 'n', 'ng', 'r', 'k', 's', 'h', 'l', 'm', 't'];

/** Applies meN- / peN- with their sound changes: tawar → menawar, sebar → menyebar, pakai → memakai. */
export function nasalPrefix(base: 'me' | 'pe', root: string): string {
  const first = root[0] ?? '';
  const syllables = root.replace(/[^aiueo]/g, '').length;
  if (syllables <= 1) return `${base}nge${root}`;
  if ('aiueo'.includes(first)) return `${base}ng${root}`;
  if (first === 'k') return `${base}ng${root.slice(1)}`;
  if (first === 'g' || first === 'h') return `${base}ng${root}`;
  if (first === 'p') return `${base}m${root.slice(1)}`;
  if (first === 'b' || first === 'f' || first === 'v') return `${base}m${root}`;
  if (first === 't') return `${base}n${root.slice(1)}`;
  if (first === 'd' || first === 'c' || first === 'j' || first === 'z') return `${base}n${root}`;
  if (first === 's') return `${base}ny${root.slice(1)}`;
  return `${base}${root}`;
}

/** The affixed forms of one root, most common first. */
export function affixedForms(root: string): string[] {
  const meN = nasalPrefix('me', root);
  const peN = nasalPrefix('pe', root);
  const ber = root.startsWith('r') ? `be${root}` : `ber${root}`;
  return [
    root,
    meN,
    `di${root}`,
    `${meN}kan`,
    `${root}nya`,
    `${peN}an`,
    `di${root}kan`,
    ber,
    `ter${root}`,
    peN,
    `ke${root}an`,
    `${root}an`,
    `${meN}i`,
    `di${root}i`,
    `per${root}an`,
    `${meN}nya`,
    `${peN}annya`,
    `se${root}`,
  ];
}
