/**
 * Compact list of Indonesian root words, written for this project (no third-party
 * dictionary, so it ships in the browser bundle under the project's own licence).
 *
 * It is not a dictionary of the language: the stemmer works by rules and only
 * consults this list to (1) stop over-stemming words that merely look affixed
 * (berita, pesawat, diplomat, menteri, sekolah, mulai) and (2) pick the right
 * sound change where meN-/peN- hide the first letter of the root
 * (memakan → makan not pakan, mengirim → kirim not irim, menikah → nikah not tikah).
 * Adding a word here is how a mis-stemmed word is fixed.
 */
const ROOT_LINES = `
abai ada adil agama ajak ajar aju akhir aku alam alami alih alir aman amat ambil ampun ancam andal angkat angkut anggap anggar antar
arah arti asal asing atas atur awal awas ayah
badan badai bagai bagi bahas baik balas balik bangun bantu baru batas bayar beban bela beli benar bentuk berat beri berita berani
bersih besar bijak bilang bina bisa bom buat buka bukti buku bulan bunuh buruk
cabut cakup cari catat cegah cerita coba cinta capai
daerah damai dapat daftar dagang daya dekat desak diam didik diplomat diplomasi direktur dinas dingin diri diskusi dorong dua duduk dukung dunia
edar ekonomi ekspor ekspresi epidemi evaluasi
fakta
gagal ganti gelar gerak gila guna
hadap hadir hajar hancur harap hasil hidup hitung hubung hukum
ikan ikat ikut ilmu imbau impor indah infeksi informasi ingat ingin isi isolasi izin
jabat jadi jaga jalan jamin jangkau jauh jawab jelas jual jumlah
kabar kabul kacau kait kaji kalah kali kandung karang kata kawal kawasan kecam kecil kejar kelas kelola keluar keluarga kelompok kembali kembang kemarin kena kenal kenang kendali kendara kepala keras kerja kesan ketat ketik kibar kikis kira kirim kita klaim konsumsi kontrol koordinasi korban kosong kritik kuasa kuat kubur kumpul kunci kunjung kupas kurang kutip kutuk
labuh laku lama langgar langsung lanjut lapor latih lawan layan lemah lembaga lepas lewat lihat lindung lipat luar luas lupa
maaf main maju makan makmur maksud malam malu manfaat marah masalah masuk mati media medan menang menara menteri merah merdeka mesin milik minat minta minum mirip miskin mohon muat muda mudah muka mulai muncul mundur
nama naik nanti nasihat negara negeri ngeri nikah nikmat nilai nuklir nyala nyaman nyanyi nyata nyawa
obat olah operasi organisasi
pakai paksa pandai pandang pandemi pantai pasukan peduli pegang pekan peluang peluru pemilu penjara penting pengaruh penuh perak perang peran perintah peristiwa perkara perlu percaya periksa persen pesan pesawat pesta peta pikir pilih pimpin pindah prihatin proses pukul pulang punya pusat putus
rahasia ramai rambut rinci risiko rancang rasa rawat rekam rencana resmi rugi rumah rupa rusak
sadar sakit salah sampai sambut sebar sebut sedia sedikit segera sehat sejahtera sejarah sekolah sektor selamat selatan selesai seluruh sempat senat senjata sepakat sepuluh serang serikat serta sesuai setia siap siar simpan situasi sulit sumbang susun syarat syukur
tahan tahu tambah tampil tani tanam tanda tangan tangkap tanya tarik tawar tekan teliti teman temu tempat tentang tentu terang terap terbang terima ternak teror teroris terus tetap tiba tikam tinggal tinggi tinjau tiru tolak tonton tuduh tuju tujuh tulis tumbuh tunda tunjuk tutup
ubah ucap uji ukur ulang umum undang ungkap ungsi upaya urai urus usaha usul utus
wabah wajib wakil warga warna waspada wilayah
yakin
`;

export const ROOT_WORDS: ReadonlySet<string> = new Set(ROOT_LINES.split(/\s+/).filter((w) => w.length > 0));
