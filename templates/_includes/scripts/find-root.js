/*
 * 404.html without --base-url. A host (GitHub Pages, Netlify, the dev server) shows 404.html at
 * the address that was missing, at any depth, where the page's relative links would point below
 * that address. Only the address itself can tell where the site's root is, without asking the
 * server for anything that may fail, so this script is printed inside the page (its sha256 is in
 * the page's Content-Security-Policy, which allows it and no other inline script) and reads the
 * root from the address: the folder before the first of the site's own folders in it whose next
 * name has the shape that folder holds (data-folders: TOP_FOLDERS of src/urls.ts), e.g.
 * /arsip/artikel/2099/01/x/ → /arsip/. An address that names none of them is taken to be below
 * the server's root; opened as 404.html (from disk, or by name) the root is the page's own folder.
 * Then it adds the stylesheet and icon from there and points links and forms at the root.
 */
(function () {
  'use strict';
  var self = document.currentScript;
  if (!self) return;
  var folders = JSON.parse(self.getAttribute('data-folders') || '{}');
  var parts = location.pathname.split('/').slice(1);
  var root;
  if (location.protocol === 'file:' || parts[parts.length - 1] === self.getAttribute('data-page')) {
    root = new URL('./', location.href).href;
  } else {
    var depth = 0;
    for (var i = 0; i < parts.length; i++) {
      if (!Object.prototype.hasOwnProperty.call(folders, parts[i])) continue;
      var next = parts[i + 1];
      if (next === undefined || next === '' || next === 'index.html' || new RegExp('^(?:' + folders[parts[i]] + ')$').test(next)) {
        depth = i;
        break;
      }
    }
    root = location.origin + '/' + parts.slice(0, depth).map(function (p) { return p + '/'; }).join('');
  }
  function add(rel, href, type) {
    var link = document.createElement('link');
    link.rel = rel;
    if (type) link.type = type;
    // Rendering waits for it, as for a stylesheet written in the page.
    if (rel === 'stylesheet') link.setAttribute('blocking', 'render');
    link.href = root + href;
    document.head.appendChild(link);
  }
  add('icon', self.getAttribute('data-icon'), 'image/svg+xml');
  add('stylesheet', self.getAttribute('data-style'));
  var absolute = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;
  function fix(el, attr) {
    var value = el.getAttribute(attr);
    if (value !== null && !absolute.test(value)) el.setAttribute(attr, root + value);
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('a[href], link[href]').forEach(function (el) { fix(el, 'href'); });
    document.querySelectorAll('form[action]').forEach(function (el) { fix(el, 'action'); });
  });
})();
