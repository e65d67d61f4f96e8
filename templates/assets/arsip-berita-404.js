/*
 * 404.html without --base-url. A host (GitHub Pages, Netlify) shows 404.html for
 * a missing address at any depth, where the page's relative links would point
 * below that address. The page asks for this script at every depth (404.html
 * lists assets/…, ../assets/…, ../../assets/… up to seven levels): only the copy
 * at the site's root exists, so the one that runs learns the site's root from
 * its own address and points the page's links, stylesheet and forms there.
 * No inline script (the CSP forbids them); nothing runs on any other page.
 */
(function () {
  'use strict';
  var self = document.currentScript;
  if (!self || window.arsipBeritaRoot) return;
  var root = self.src.replace(/assets\/arsip-berita-404\.js(?:[?#].*)?$/, '');
  window.arsipBeritaRoot = root;
  var here = new URL('./', location.href).href;
  if (root === here) return; // 404.html at the root (or opened from disk): its links are right already
  var absolute = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;
  function fix(el, attr) {
    var value = el.getAttribute(attr);
    if (value !== null && !absolute.test(value)) el.setAttribute(attr, root + value);
  }
  document.querySelectorAll('a[href], link[href]').forEach(function (el) { fix(el, 'href'); });
  document.querySelectorAll('form[action]').forEach(function (el) { fix(el, 'action'); });
})();
