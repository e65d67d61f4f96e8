/**
 * What a page's own markup says is not article text: class and id names of
 * widgets, captions and lists that sit inside or next to the story on news
 * sites (share bars, vote widgets, comments, related and tag lists, photo
 * captions, ads). Matched against the words of an element's class and id
 * ("share-box", "pic_artikel", "relatedPosts" → share, pic, related).
 * Removing is bounded (html/prune.ts): only elements with little text, and
 * never one that holds the headline.
 */

/** Whole words of a class/id name. */
export const WIDGET_WORDS: readonly string[] = [
  'share', 'sharing', 'social', 'sosmed', 'socmed', 'comment', 'comments', 'komentar', 'disqus', 'reaction', 'reactions',
  'rating', 'rate', 'vote', 'voting', 'like', 'likes', 'thumbs', 'emoji', 'related', 'terkait', 'populer', 'popular',
  'terpopuler', 'trending', 'recommended', 'rekomendasi', 'tag', 'tags', 'topik', 'breadcrumb', 'breadcrumbs', 'newsletter',
  'subscribe', 'ads', 'advert', 'advertisement', 'iklan', 'banner', 'sponsor', 'sponsored', 'promo', 'bacajuga', 'readalso',
  'print', 'fontsize', 'toolbar', 'pagination', 'paging', 'nav', 'menu', 'sidebar', 'widget', 'follow',
];

/** Whole words of a class/id name that mark a photo caption or credit. */
export const CAPTION_WORDS: readonly string[] = [
  'caption', 'captions', 'photodesc', 'fotodesc', 'imgdesc', 'imagedesc', 'pic', 'photo', 'foto', 'keterangan', 'credit',
  'figcaption', 'thumbcontainer', 'thumb', 'gallery', 'galeri',
];

/** Elements matched above are removed only while their text is at most this long. */
export const MAX_PRUNED_TEXT = 400;
