/* Material for MkDocs 9.8.2 partials/javascripts/base.html, as a file (no inline script under our CSP). */
var __md_scope = new URL(document.currentScript.getAttribute("data-md-scope"), location),
  __md_hash = function (e) { return [].concat(Array.from(e)).reduce(function (e, _) { return (e << 5) - e + _.charCodeAt(0); }, 0); },
  __md_get = function (e, _, t) { _ = _ || localStorage; t = t || __md_scope; return JSON.parse(_.getItem(t.pathname + "." + e)); },
  __md_set = function (e, _, t, a) { t = t || localStorage; a = a || __md_scope; try { t.setItem(a.pathname + "." + e, JSON.stringify(_)); } catch (e) {} };
