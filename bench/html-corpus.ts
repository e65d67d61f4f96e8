/**
 * The benchmark corpus as saved web pages: article `i` of the text corpus
 * (bench/corpus.ts, same seed → same article) rendered the way news sites
 * ship it — a head full of meta tags, inline scripts and styles (a third or
 * more of a real page), a menu, a top bar with today's date, the article with
 * its headline, date line, byline, paragraphs, subheadings and quotes, "Baca
 * juga" links, a share bar, related and popular lists, comments and a footer.
 * Three declaration styles rotate: JSON-LD NewsArticle; Open Graph with a
 * pubdate marked Z that is really WIB; nothing declared but the visible date line.
 */
import { generateArticle, Rng, type GeneratedArticle } from './corpus.ts';

const SITES = [
  { name: 'Kompas.com', host: 'nasional.kompas.com' },
  { name: 'detikNews', host: 'news.detik.com' },
  { name: 'Liputan6.com', host: 'www.liputan6.com' },
  { name: 'Tempo.co', host: 'nasional.tempo.co' },
  { name: 'Warta Nusantara', host: 'www.wartanusantara.example' },
  { name: 'Kabar Priangan', host: 'kabarpriangan.example' },
];
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n: number): string => String(n).padStart(2, '0');

/** A tracker/ads script of realistic bulk (minified-looking, ~kB). */
function script(rng: Rng, kb: number): string {
  const parts: string[] = [];
  for (let i = 0; i < kb * 12; i++) parts.push(`var _${rng.int(0, 1e6).toString(36)}=function(a,b){return a&&b?a[b]:null};`);
  return `<script>${parts.join('')}</script>`;
}

export function htmlPage(a: GeneratedArticle, seed: number): { name: string; text: string } {
  const rng = new Rng(seed, a.index, 0x4854);
  const site = SITES[a.index % SITES.length]!;
  const style = a.index % 3; // 0: JSON-LD, 1: OG + Z pubdate, 2: nothing declared
  const d = a.date;
  const iso = `${d.year}-${pad(d.month)}-${pad(d.day)}T${pad(d.hour)}:${pad(d.minute)}:00`;
  const slug = a.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const url = `https://${site.host}/read/${d.year}/${pad(d.month)}/${pad(d.day)}/${slug}`;
  const shown = `${HARI[d.weekday]}, ${d.day} ${BULAN[d.month - 1]} ${d.year} | ${pad(d.hour)}:${pad(d.minute)} WIB`;
  const head: string[] = ['<!DOCTYPE html>', '<html lang="id"><head><meta charset="utf-8">', `<title>${esc(a.title)} - ${esc(site.name)}</title>`];
  head.push(`<meta name="description" content="${esc(a.summary)}">`, `<meta name="viewport" content="width=device-width">`);
  if (style !== 2) {
    head.push(`<meta property="og:title" content="${esc(a.title)} - ${esc(site.name)}">`, `<meta property="og:site_name" content="${esc(site.name)}">`);
    head.push(`<meta property="og:url" content="${url}">`, `<link rel="canonical" href="${url}">`);
  }
  if (style === 0) {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: `${iso}+07:00`, dateModified: `${iso}+07:00`, author: { '@type': 'Person', name: a.author }, publisher: { '@type': 'Organization', name: site.name } };
    head.push(`<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`);
  } else if (style === 1) {
    head.push(`<meta name="pubdate" content="${iso.replace(/:/g, '-')}Z">`);
  }
  head.push(`<style>${'.kanal a{color:#036}.x{margin:0}'.repeat(300)}</style>`, script(rng, 20), '</head>');

  const menu = Array.from({ length: 40 }, (_, i) => `<li><a href="/kanal/${i}">Kanal ${i}</a></li>`).join('');
  const related = a.related.map((r, i) => `<li><a href="/baca/${i}">${esc(r)}</a></li>`).join('');
  const body: string[] = [];
  body.push(`<body><div class="topbar">${HARI[(d.weekday + 2) % 7]}, ${(d.day % 27) + 1} ${BULAN[d.month % 12]} ${d.year + 1}</div>`);
  body.push(`<header><a class="logo" href="/">${esc(site.name)}</a><nav class="menu"><ul>${menu}</ul></nav></header>`, script(rng, 8));
  body.push('<main><article>', `<div class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a></div>`);
  body.push(`<h1>${esc(a.title)}</h1>`, `<div class="date">${shown}</div>`, `<div class="byline">Penulis: ${esc(a.author)} | Editor: ${esc(a.editor)}</div>`);
  body.push(`<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <span>${rng.int(0, 99)} komentar</span></div>`);
  body.push(`<figure class="photo"><img src="/foto.jpg" alt=""><figcaption>${esc(a.summary)} (Foto: Dok)</figcaption></figure>`, '<div class="content">');
  a.blocks.forEach((b, i) => {
    const text = esc(b.replace(/^(?:## |> )/, ''));
    if (i === 0) body.push(`<p><strong>${esc(a.dateline.toUpperCase())}</strong> - ${text}</p>`);
    else if (b.startsWith('## ')) body.push(`<h2>${text}</h2>`);
    else if (b.startsWith('> ')) body.push(`<blockquote><p>${text}</p></blockquote>`);
    else body.push(`<p>${text}</p>`);
    if (i === 1 && a.related[0]) body.push(`<p><strong>Baca juga:</strong> <a href="/baca/x">${esc(a.related[0])}</a></p>`);
    if (i === 2) body.push(`<div class="ads"><ins>ADVERTISEMENT</ins></div>`);
  });
  body.push('</div>', `<div class="tags">Tag: <a href="/tag/1">${esc(a.topics[0] ?? 'Berita')}</a></div>`, '</article>');
  body.push(`<section class="related"><h3>Berita Terkait</h3><ul>${related}</ul></section>`);
  body.push(`<aside class="sidebar"><h3>Terpopuler</h3><ol>${related}</ol></aside>`);
  body.push(`<section class="comments"><h3>Komentar</h3><form><textarea></textarea><button>Kirim</button></form></section></main>`);
  body.push(`<footer>Copyright ${d.year} ${esc(site.name)}. All rights reserved.</footer>`, script(rng, 12), '</body></html>');
  return { name: `${String(a.index).padStart(6, '0')}_halaman.html`, text: [...head, ...body].join('\n') };
}

/** Pages start..start+n-1 of corpus `seed`, in memory. */
export function htmlCorpus(n: number, seed = 1, start = 0): Array<{ name: string; text: string; article: GeneratedArticle }> {
  const out = [];
  for (let i = start; i < start + n; i++) {
    const article = generateArticle(seed, i);
    out.push({ ...htmlPage(article, seed), article });
  }
  return out;
}
