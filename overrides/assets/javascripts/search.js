/* Kho lưu trữ Xây dựng Đảng — the search page (tim-kiem/, offline tim-kiem.html).
 *
 * One engine for the hosted site and the offline bundle: the index is a set
 * of classic <script> shards (search/, built by kholuutru/search/index.py),
 * because file:// refuses fetch, modules and WebAssembly; over HTTP the same
 * files load on the first query and are cached. Query terms come from
 * fold.js, the twin of kholuutru/search/terms.py.
 * Query, facets, sort and page live in the URL (?q=…&tinh=…&nhiem-ky=…&sap-xep=ngay),
 * so a search can be bookmarked and shared, and back/forward work.
 * Nothing from the index or the query is ever parsed as HTML.
 */
(function () {
  "use strict";
  var root = document.getElementById("kl-search");
  if (!root) return;
  var F = window.KLFold;
  var base = new URL(root.getAttribute("data-base") || "./", location.href);
  var PAGE = 10;
  var TYPING_PAUSE = 120; // ms after the last keystroke before searching
  var FACETS = [
    ["tinh", "tinh", "Tỉnh, thành phố (khi đăng)"],
    ["tinh2025", "tinh-2025", "Tỉnh, thành phố từ 1/7/2025"],
    ["nhiemky", "nhiem-ky", "Nhiệm kỳ"],
    ["nam", "nam", "Năm"],
    ["chude", "chu-de", "Chủ đề"]
  ];

  var form = root.querySelector("form");
  var input = root.querySelector("input[name=q]");
  var sortSelect = root.querySelector("select[name=sap-xep]");
  var status = root.querySelector("[data-kl-status]");
  var facetBox = root.querySelector("[data-kl-facets]");
  var results = document.getElementById("search-results");
  var more = root.querySelector("[data-kl-more]");
  var labels = window.KL_LABELS || {};

  /* --- state <-> URL ---------------------------------------------------- */

  function readState() {
    var params = new URLSearchParams(location.search);
    var state = { q: (params.get("q") || "").slice(0, 300), filters: {}, sort: params.get("sap-xep") === "ngay" ? "date" : "relevance",
                  shown: Math.max(PAGE, Math.min(1000, PAGE * (parseInt(params.get("trang") || "1", 10) || 1))) };
    FACETS.forEach(function (f) { var v = params.get(f[1]); if (v) state.filters[f[0]] = v.slice(0, 80); });
    return state;
  }

  function writeState(state, replace) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    FACETS.forEach(function (f) { if (state.filters[f[0]]) params.set(f[1], state.filters[f[0]]); });
    if (state.sort === "date") params.set("sap-xep", "ngay");
    if (state.shown > PAGE) params.set("trang", String(Math.ceil(state.shown / PAGE)));
    var url = location.pathname + (params.toString() ? "?" + params.toString() : "");
    if (url === location.pathname + location.search) return;
    history[replace ? "replaceState" : "pushState"](null, "", url);
  }

  /* --- loading classic scripts (works from file://) ------------------------ */

  var loading = {};
  function loadScript(relative) {
    if (!loading[relative]) {
      loading[relative] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.charset = "utf-8";
        script.src = new URL(relative, base).href;
        script.onload = resolve;
        script.onerror = function () { reject(new Error("không tải được " + relative)); };
        document.head.appendChild(script);
      });
    }
    return loading[relative];
  }

  /* --- shared ranking rules ----------------------------------------------- */

  function hasMarks(text) { return F.unaccented(text) !== text.toLowerCase(); }

  function termsOf(parsed) {
    var all = parsed.words.slice();
    parsed.phrases.forEach(function (p) { all = all.concat(p); });
    return Array.from(new Set(all));
  }

  /* Relevance tiers, the same for both engines: the query's words side by side
     first, then the spelling the reader typed (diacritics and all), then the rest. */
  function tiered(ids, adjacent, exact) {
    var tiers = [[], [], [], []];  // each keeps the order it is given (one pass, no sort)
    ids.forEach(function (id) { tiers[(adjacent && adjacent.has(id) ? 0 : 2) + (exact && exact.has(id) ? 0 : 1)].push(id); });
    return tiers[0].concat(tiers[1], tiers[2], tiers[3]);
  }

  /* --- codes: the index's numbers as printable characters (kholuutru/search/index.py) --- */

  var CODE_ALPHABET = "";
  for (var c = 0x23; c < 0x7f; c++) if (c !== 0x5c) CODE_ALPHABET += String.fromCharCode(c);
  var CODE_OF = {};
  for (var i = 0; i < CODE_ALPHABET.length; i++) CODE_OF[CODE_ALPHABET.charCodeAt(i)] = i;
  var NEXT_ID_WEIGHTS = 40, FINAL_DIGITS = 34, CONTINUED_DIGITS = 17;

  /* Numbers in base-CONTINUED digits (least significant first) ending with a final digit,
     read one after another from text (index.py _number_code). */
  function numberReader(text) {
    var reader = { at: 0 };
    reader.next = function () {
      var value = 0, scale = 1;
      for (;;) {
        var code = CODE_OF[text.charCodeAt(reader.at++)] - NEXT_ID_WEIGHTS;
        if (code < FINAL_DIGITS) return value + code * scale;
        value += (code - FINAL_DIGITS) * scale;
        scale *= CONTINUED_DIGITS;
      }
    };
    return reader;
  }

  /* A term's postings (index.py postings_code): its doc ids in order and their weights, as typed
     arrays (a Map of 30,000 postings took ~60 ms to build and read at 100,000 articles). A code
     below NEXT_ID_WEIGHTS is the next id with that weight less one; else a gap and a weight. */
  function decodePostings(text) {
    var n = text.length, ids = new Int32Array(n), weights = new Int32Array(n), size = 0, id = 0, reader = numberReader(text);
    while (reader.at < n) {
      var code = CODE_OF[text.charCodeAt(reader.at)];
      if (code < NEXT_ID_WEIGHTS) { id += 1; ids[size] = id; weights[size++] = code + 1; reader.at++; continue; }
      id += reader.next();
      ids[size] = id;
      weights[size++] = reader.next();
    }
    return { ids: ids.subarray(0, size), weights: weights.subarray(0, size), size: size };
  }
  window.KLCodes = { postings: decodePostings }; // for bench/search_bench.py, which counts full result sets

  /* order.js (index.py encode_order): every article's date rank (newer is higher), from
     runs of ids of one rank, each its length and the change of rank (zigzag: 0, -1, 1 → 0, 1, 2). */
  function decodeRanks(data) {
    var out = new Int32Array(data.count), reader = numberReader(data.runs), id = 0, rank = 0;
    while (reader.at < data.runs.length) {
      var length = reader.next(), change = reader.next();
      rank += change & 1 ? -(change + 1) / 2 : change / 2;
      out.fill(rank, id, id + length);
      id += length;
    }
    return out;
  }

  /* --- facets.js: columns of fixed-width codes (index.py encode_facets) --- */

  function fixedCodes(codes, width) {
    var out = new Int32Array(codes.length / width);
    for (var n = 0, at = 0; n < out.length; n++) {
      var v = 0;
      for (var w = 0; w < width; w++) v = v * CODE_ALPHABET.length + CODE_OF[codes.charCodeAt(at++)];
      out[n] = v;
    }
    return out;
  }
  /* Sets of value numbers: bit masks, 6 bits per character; each kept as the list. */
  function maskCodes(codes, size) {
    var width = Math.max(1, Math.ceil(size / 6)), count = codes.length / width, out = new Array(count);
    for (var n = 0; n < count; n++) {
      var set = [];
      for (var w = 0; w < width; w++) {
        var bits = CODE_OF[codes.charCodeAt(n * width + w)];
        for (var b = 0; b < 6; b++) if (bits & (1 << b)) set.push(w * 6 + b);
      }
      out[n] = set;
    }
    return out;
  }
  /* Every article's value numbers per facet key (a list); rank: the date ranks (decodeRanks),
     from which a column marked "from": "sort" (the year) follows. */
  function Facets(data, meta, rank) {
    var self = this, n = data.count;
    this.single = {};
    this.sets = {};
    var numbers = { sort: rank };
    meta.facetKeys.forEach(function (key) {
      var col = data.columns[key];
      var codes = fixedCodes(col.codes, col.width);
      if (col.sets !== undefined) {
        var sets = maskCodes(col.sets, meta.facetValues[key].length);
        self.sets[key] = Array.prototype.map.call(codes, function (number) { return sets[number]; });
        return;
      }
      if (col.from) {
        var source = numbers[col.from], mapped = new Int32Array(n);
        for (var id = 0; id < n; id++) mapped[id] = codes[source[id]];
        codes = mapped;
      }
      numbers[key] = self.single[key] = codes;
    });
  }
  Facets.prototype.has = function (key, id, value) {
    var single = this.single[key];
    return single ? single[id] === value : this.sets[key][id].indexOf(value) >= 0;
  };
  Facets.prototype.each = function (key, id, fn) {
    var single = this.single[key];
    if (single) fn(single[id]); else this.sets[key][id].forEach(fn);
  };

  /* --- the index: classic-script shards, the same files hosted and offline --- */

  function IndexEngine() { this.ranked = null; this.faceted = null; this.shards = { t: {}, p: {} }; this.docs = {}; this.decoded = new Map(); }
  IndexEngine.prototype.init = function () {
    var self = this;
    if (this.ranked) return this.ranked;
    window.KLIndex = {
      meta: function (m) { self.meta = m; },
      order: function (o) { self.orderData = o; },
      facets: function (f) { self.facetData = f; },
      shard: function (family, bucket, terms) { self.shards[family][bucket] = terms; },
      doc: function (row) {  /* search/d/<id>.js: the id is the file's name (renamed, not rewritten, when ids move) */
        var named = /\/d\/(\d+)\.js$/.exec(new URL(document.currentScript.src).pathname);
        if (named) self.docs[+named[1]] = row;
      }
    };
    // meta.js (a few KB) says which shard holds a term, and order.js (a few bytes a day) how
    // results rank by date: all a query without a filter waits for
    this.metaReady = loadScript("search/meta.js");
    this.ranked = Promise.all([this.metaReady, loadScript("search/order.js")]).then(function () {
      self.rank = decodeRanks(self.orderData);
      self.orderData = null;
    });
    return this.ranked;
  };
  /* facets.js (~4 bytes an article): asked for by a query with a filter, or for the filters
     once the hits show, so on a slow line it does not share the bandwidth the hits need. */
  IndexEngine.prototype.facetsReady = function () {
    var self = this;
    if (!this.faceted) {
      this.faceted = Promise.all([this.init(), loadScript("search/facets.js")]).then(function () {
        self.facets = new Facets(self.facetData, self.meta, self.rank);
        self.facetData = null;
      });
    }
    return this.faceted;
  };
  /* 32-bit FNV-1a, as kholuutru/search/index.py fnv1a(): which shard holds a term. */
  /* Over the UTF-8 bytes, as Python: a term may keep a letter folding leaves alone (ł, ²). */
  IndexEngine.hash = function (term) {
    var bytes = new TextEncoder().encode(term);
    var h = 2166136261;
    for (var i = 0; i < bytes.length; i++) h = Math.imul((h ^ bytes[i]) >>> 0, 16777619) >>> 0;
    return h;
  };
  IndexEngine.prototype.shardOf = function (term) {
    var family = term.indexOf("zp") === 0 ? "p" : "t";
    var bucket = IndexEngine.hash(term) % this.meta.buckets[family];
    return { family: family, bucket: bucket, file: "search/" + family + "/" + bucket + ".js" };
  };
  /* A term's postings, decoded once: a query reads its words' twice (with and without the pairs),
     and the next keystrokes read them again. */
  IndexEngine.prototype.postings = async function (term) {
    var shard = this.shardOf(term);
    await loadScript(shard.file);
    var list = this.decoded.get(term);
    if (!list) {
      if (this.decoded.size >= 64) this.decoded.clear();
      list = decodePostings((this.shards[shard.family][shard.bucket] || {})[term] || "");
      this.decoded.set(term, list);
    }
    return list;
  };
  /* Every shard a search will read starts loading at once, the word pairs' with the words',
     and each term's postings are decoded as its shard comes in. */
  IndexEngine.prototype.prefetch = function (terms) {
    var self = this;
    terms.forEach(function (term) {
      self.postings(term).catch(function () {});  // a failure shows when the search awaits it
    });
  };
  /* What a search reads: the terms every hit holds, and, for a ranking by relevance, the
     pairs of its neighbouring words (hits with them side by side rank first). */
  IndexEngine.prototype.terms = function (parsed, sort) {
    var needs = F.required(parsed);
    var pairs = needs.length && sort !== "date" && parsed.words.length > 1 ? F.pairs(parsed.words) : [];
    return { needs: needs, pairs: pairs };
  };
  /* While the reader types, the shards of the words already finished load and their postings
     are decoded, so the search after the typing pause finds them ready. Finished: followed by a
     space, or brought in whole (a paste, a phone's predicted word, dictation: an input of more
     than one character). A half-typed last word is not fetched: its shard is seldom the one searched. */
  IndexEngine.prototype.prefetchTyped = function (text, sort) {
    var self = this;
    this.init();
    this.metaReady.then(function () {
      var terms = self.terms(F.parseQuery(text), sort);
      self.prefetch(terms.needs.concat(terms.pairs));
    }, function () {});  // a failure shows when the search runs
  };
  /* The ids holding every needed term, in id order, and their scores (Σ weight × idf, the
     shortest list first): each list is walked once beside the ids still in. */
  IndexEngine.prototype.matching = async function (needs) {
    var self = this, n = this.meta.count;
    var lists = await Promise.all(needs.map(function (t) { return self.postings(t); }));
    if (!needs.length) return { ids: Int32Array.from({ length: n }, function (_, id) { return id; }), scores: new Float64Array(n) };
    lists.sort(function (a, b) { return a.size - b.size; });
    var ids = Int32Array.from(lists[0].ids), scores = new Float64Array(ids.length), count = ids.length;
    lists.forEach(function (list) {
      var idf = Math.log(1 + n / Math.max(1, list.size)), listIds = list.ids, weights = list.weights, kept = 0, at = 0;
      for (var i = 0; i < count; i++) {
        var id = ids[i];
        while (at < list.size && listIds[at] < id) at++;
        if (at < list.size && listIds[at] === id) { ids[kept] = id; scores[kept++] = scores[i] + weights[at] * idf; }
      }
      count = kept;
    });
    return { ids: ids.subarray(0, count), scores: scores.subarray(0, count) };
  };
  /* The hits in order; found.facets() gives their facet counts once facets.js is in: only a
     query with a filter waits for it, and the page counts after it has shown the hits. */
  IndexEngine.prototype.search = async function (parsed, filters, sort) {
    this.init();
    await this.metaReady;
    var terms = this.terms(parsed, sort), needs = terms.needs, pairs = terms.pairs;
    this.prefetch(needs.concat(pairs));
    var self = this, keys = this.meta.facetKeys;
    var wanted = keys.map(function (k) { return filters[k] ? self.meta.facetValues[k].indexOf(filters[k]) : null; });
    var filtered = wanted.some(function (v) { return v !== null; });
    await (filtered ? this.facetsReady() : this.ranked);
    var rank = this.rank, found = await this.matching(needs), score = new Float64Array(this.meta.count);
    found.ids.forEach(function (id, at) { score[id] = found.scores[at]; });
    var ids = Array.from(found.ids);
    if (filtered) {
      var facets = this.facets;
      ids = ids.filter(function (id) {
        for (var k = 0; k < keys.length; k++) if (wanted[k] !== null && !facets.has(keys[k], id, wanted[k])) return false;
        return true;
      });
    }
    var matched = ids;
    ids.sort(function (a, b) {
      if (sort === "date" || !needs.length) return rank[b] - rank[a] || a - b;
      return score[b] - score[a] || rank[b] - rank[a] || a - b;
    });
    if (needs.length && sort !== "date") {
      var adjacent = null, exact = null;
      if (pairs.length) adjacent = new Set((await this.matching(needs.concat(pairs))).ids);
      ids = tiered(ids, adjacent, exact);
      if (hasMarks(parsed.text)) {
        // the spelling the reader typed ranks first, among the first page of results
        var typed = F.exactKey(parsed.text.replace(/["“”]/g, " ").replace(/\s+/g, " ").trim());
        var top = ids.slice(0, PAGE);
        await Promise.all(top.map(function (id) { return self.doc(id); }));
        exact = new Set(top.filter(function (id) { var d = self.cached(id); return F.exactKey(d.title + " " + d.text).indexOf(typed) >= 0; }));
        ids = tiered(top, adjacent, exact).concat(ids.slice(PAGE));
      }
    }
    return { total: ids.length, hits: ids, load: function (id) { return self.doc(id); },
             facets: function () { return self.facetsReady().then(function () { return self.counts(matched); }); } };
  };
  /* Per facet key, per value: how many of ids have it. */
  IndexEngine.prototype.counts = function (ids) {
    var facets = this.facets, counts = {}, meta = this.meta;
    meta.facetKeys.forEach(function (k) {
      var names = meta.facetValues[k], tally = new Int32Array(names.length);
      ids.forEach(function (id) { facets.each(k, id, function (v) { tally[v] += 1; }); });
      counts[k] = {};
      names.forEach(function (name, v) { counts[k][name] = tally[v]; });
    });
    return counts;
  };
  IndexEngine.prototype.cached = function (id) {
    var row = this.docs[id];
    return { url: row[0], title: row[1], date: row[2], province: row[3], tenure: row[4], text: row[5] };
  };
  IndexEngine.prototype.doc = function (id) {
    var self = this;
    return loadScript("search/d/" + id + ".js").then(function () { return self.cached(id); });
  };

  /* --- excerpts: the passage with the most query words, words marked ----- */

  function excerpt(text, parsed) {
    // abbreviations, expansions and document numbers are marked too ("TCCSĐ" marks
    // "tổ chức cơ sở đảng", "Nghị quyết 12" marks "12-NQ/TW")
    var wanted = new Set(termsOf(parsed));
    var words = F.termSpans(text).map(function (span) {
      return [span[0], span[1], span[2].some(function (term) { return wanted.has(term); })];
    });
    var span = 28, best = 0, bestAt = 0;
    for (var i = 0; i < words.length; i++) {
      var hits = 0;
      for (var j = i; j < Math.min(words.length, i + span); j++) if (words[j][2]) hits++;
      if (hits > best) { best = hits; bestAt = i; }
    }
    var fragment = document.createDocumentFragment();
    if (!words.length) { fragment.appendChild(document.createTextNode(text.slice(0, 200))); return fragment; }
    var from = words[bestAt][0], last = words[Math.min(words.length, bestAt + span) - 1], to = last[1];
    if (bestAt > 0) fragment.appendChild(document.createTextNode("… "));
    var at = from;
    for (var k = bestAt; k < Math.min(words.length, bestAt + span); k++) {
      var w = words[k];
      if (!w[2]) continue;
      fragment.appendChild(document.createTextNode(text.slice(at, w[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(w[0], w[1]);
      fragment.appendChild(mark);
      at = w[1];
    }
    fragment.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? " …" : "")));
    return fragment;
  }

  /* --- rendering ------------------------------------------------------------ */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function label(key, value) {
    var names = labels[key] || {};
    return names[value] || value;
  }

  // one collator: localeCompare(…, "vi") looks one up at every call (~40 ms for the province list)
  var vietnamese = new Intl.Collator("vi");

  function renderFacets(state, facets) {
    facetBox.textContent = "";
    facetBox.removeAttribute("aria-busy");
    FACETS.forEach(function (f) {
      var key = f[0], counts = facets[key] || {};
      var values = Object.keys(counts).filter(function (v) { return counts[v] > 0 || state.filters[key] === v; });
      if (!values.length) return;
      values.sort(key === "nam" || key === "nhiemky"
        ? function (a, b) { return b.localeCompare(a); }
        : function (a, b) { return counts[b] - counts[a] || vietnamese.compare(label(key, a), label(key, b)); });
      var group = el("fieldset", "kl-facet");
      group.appendChild(el("legend", null, f[2]));
      var list = el("ul");
      values.slice(0, state.filters[key] ? values.length : 40).forEach(function (v) {
        var item = el("li");
        var button = el("button", "kl-facet__value");
        button.type = "button";
        button.setAttribute("data-facet", key);
        button.setAttribute("data-value", v);
        button.setAttribute("aria-pressed", state.filters[key] === v ? "true" : "false");
        button.appendChild(el("span", null, label(key, v)));
        button.appendChild(el("span", "kl-count", " " + (counts[v] || 0)));
        item.appendChild(button);
        list.appendChild(item);
      });
      group.appendChild(list);
      facetBox.appendChild(group);
    });
  }

  async function renderHits(found, parsed, state, token) {
    results.textContent = "";
    var list = el("ol", "kl-hits");
    results.appendChild(list);
    var slice = found.hits.slice(0, state.shown);
    var docs = await Promise.all(slice.map(function (h) { return found.load(h); }));
    if (token !== current) return;
    docs.forEach(function (d) {
      var item = el("li", "kl-hit");
      var link = el("a", "kl-hit__link");
      link.href = new URL(d.url, base).href;
      link.appendChild(el("span", "kl-hit__title", d.title));
      link.appendChild(el("span", "kl-hit__meta", [d.date, d.province, d.tenure ? "nhiệm kỳ " + d.tenure : ""].filter(Boolean).join(" · ")));
      var text = el("span", "kl-hit__excerpt");
      text.appendChild(excerpt(d.text, parsed));
      link.appendChild(text);
      item.appendChild(link);
      list.appendChild(item);
    });
    more.hidden = found.total <= state.shown;
  }

  /* How many characters an input brought: the new value less what it keeps of the old at
     both ends (a keystroke, or a vowel's mark added by Telex, brings one). */
  function inserted(before, after) {
    var start = 0, end = 0, limit = Math.min(before.length, after.length);
    while (start < limit && before[start] === after[start]) start++;
    while (end < limit - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    return after.length - start - end;
  }

  var current = 0;
  var engine = new IndexEngine();
  var before = "";  // the box's value at the last input event or search: how much an input brought

  async function run(state) {
    var token = ++current;
    input.value = before = state.q;
    sortSelect.value = state.sort === "date" ? "ngay" : "lien-quan";
    var parsed = F.parseQuery(state.q);
    var browsing = !parsed.words.length && !parsed.phrases.length;
    if (browsing && !Object.keys(state.filters).length) {
      results.textContent = "";
      facetBox.textContent = "";
      facetBox.removeAttribute("aria-busy");
      more.hidden = true;
      status.textContent = state.q.trim() ? "Không tìm thấy bài nào: hãy gõ chữ hoặc số." : "Gõ từ cần tìm, có dấu hay không dấu đều được (ví dụ: dong ha, TCCSĐ, Nghị quyết 12).";
      return;
    }
    status.textContent = "Đang tìm…";
    facetBox.setAttribute("aria-busy", "true");  // its counts are the last search's until renderFacets
    try {
      var found = await engine.search(parsed, state.filters, state.sort);
      if (token !== current) return;
      if (!found.total) {
        results.textContent = "";
        more.hidden = true;
        status.textContent = "Không tìm thấy bài nào" + (state.q ? " cho «" + state.q + "»" : "") + ".";
      } else {
        status.textContent = "Tìm thấy " + found.total + " bài" + (state.q ? " cho «" + state.q + "»" : "") + ".";
        await renderHits(found, parsed, state, token);
      }
      if (token !== current) return;
      found.facets().then(function (counts) { if (token === current) renderFacets(state, counts); },
                          function () { if (token === current) renderFacets(state, {}); });
    } catch (error) {
      if (token !== current) return;
      facetBox.removeAttribute("aria-busy");
      status.textContent = "Không tìm được: " + error.message;
    }
  }

  var state = readState();
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(typing);  // Enter searches now; the pause after the last keystroke would search again
    state = { q: input.value.slice(0, 300), filters: state.filters, sort: state.sort, shown: PAGE };
    anchor = state.q.trim();
    writeState(state, false);
    run(state);
  });
  var typing = null;
  // Results follow typing, TYPING_PAUSE ms after the last keystroke (a search of
  // loaded shards takes tens of ms, so a short pause keeps results under 300 ms).
  // Keystrokes that extend or trim the query refine the same search (one history
  // entry); a different query gets its own entry, so Back returns to the previous results.
  var anchor = state.q;
  input.addEventListener("input", function () {
    clearTimeout(typing);
    engine.init().catch(function () {});  // the index starts loading at the first keystroke, not after the pause (a failure shows when the search runs)
    var value = input.value.slice(0, 300), whole = inserted(before, value) > 1;
    before = value;
    var finished = whole ? value : value.slice(0, value.search(/\S*$/));
    if (finished.trim()) engine.prefetchTyped(finished, state.sort);
    typing = setTimeout(function () {
      var q = input.value.slice(0, 300), trimmed = q.trim();
      var fresh = trimmed && anchor && !(trimmed.indexOf(anchor) === 0 || anchor.indexOf(trimmed) === 0);
      if (trimmed) anchor = trimmed;
      state = { q: q, filters: state.filters, sort: state.sort, shown: PAGE };
      writeState(state, !fresh);
      run(state);
    }, TYPING_PAUSE);
  });
  sortSelect.addEventListener("change", function () {
    state = { q: state.q, filters: state.filters, sort: sortSelect.value === "ngay" ? "date" : "relevance", shown: PAGE };
    writeState(state, false);
    run(state);
  });
  facetBox.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-facet]");
    if (!button) return;
    var filters = Object.assign({}, state.filters), key = button.getAttribute("data-facet"), value = button.getAttribute("data-value");
    if (filters[key] === value) delete filters[key]; else filters[key] = value;
    state = { q: state.q, filters: filters, sort: state.sort, shown: PAGE };
    writeState(state, false);
    run(state);
  });
  more.addEventListener("click", function () {
    state = { q: state.q, filters: state.filters, sort: state.sort, shown: state.shown + PAGE };
    writeState(state, true);
    run(state);
  });
  window.addEventListener("popstate", function () { state = readState(); anchor = state.q.trim(); run(state); });
  run(state);
  // come with nothing to search (a phone's header magnifier, a bookmark): the box waits for the words
  if (!state.q.trim() && !Object.keys(state.filters).length) input.focus({ preventScroll: true });
})();
