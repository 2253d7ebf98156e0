/* Kho lưu trữ Xây dựng Đảng — the query side of kholuutru/search/terms.py.
 *
 * fold(): case, diacritics (đ→d, Ð→Đ), tone placement and i/y after a consonant
 * (sĩ/sỹ) all fold to one key.
 * exactKey(): diacritics kept, tone placement made canonical (hoà → hòa).
 * parseQuery(): a reader's query as words and quoted phrases of search terms,
 * with abbreviations, expansions and document numbers replaced by the same
 * tokens the index carries (vocabulary from search/vocab.js, made from
 * kholuutru/data/abbreviations.yml). Checked against tests/fold_cases.json and
 * tests/search_cases.json together with the Python side, so they cannot drift.
 * Classic script (no modules): it must load from file:// too.
 */
(function (root) {
  "use strict";
  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  var TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
  var MARKS = /[\u0300-\u036f]/g;
  var WORD = /[\p{L}\p{N}]+/gu;
  var LETTERS = /\p{L}+/gu;
  var GLIDE = /(?<![qQ])([oOuU])([aAeEyY])$/;

  function nfc(text) {
    return String(text).replace(/\u00d0/g, "\u0110").replace(/\u00f0/g, "\u0111").replace(/\u0189/g, "\u0110").normalize("NFC");
  }

  /* After an initial consonant, i and y spell one vowel (liệt sĩ / liệt sỹ, qui / quy định):
     the syllable folds to the initial and i, as kholuutru/text.py's _I_SPELLED_Y does. */
  var I_SPELLED_Y = /(?<![a-z0-9])(ngh|ch|gh|kh|ng|nh|ph|qu|th|tr|[bcdghklmnprstvx])y(?![a-z0-9])/g;

  function unaccentedWord(word) {
    return word.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d");
  }

  function foldWord(word) {
    var plain = unaccentedWord(word);
    return plain.indexOf("y") < 0 ? plain : plain.replace(I_SPELLED_Y, "$1i");
  }

  /* Lower case without diacritics, đ→d: what a reader typed without marks (Python's unaccented()). */
  function unaccented(text) {
    return unaccentedWord(nfc(text));
  }

  /* The whole string, as Python's fold(): lower case, decompose, drop U+0300–U+036F, đ→d, y→i. */
  function fold(text) {
    return foldWord(nfc(text));
  }

  function canonicalSyllable(syllable) {
    var decomposed = syllable.normalize("NFD");
    var tones = decomposed.match(TONES);
    if (!tones || tones.length !== 1) return syllable;
    var letters = decomposed.replace(TONES, "").normalize("NFC");
    var match = GLIDE.exec(letters);
    if (!match) return syllable;
    var cut = match.index + 1;
    return (letters.slice(0, cut) + tones[0] + letters.slice(cut)).normalize("NFC");
  }

  function exactKey(text) {
    return nfc(text).replace(LETTERS, canonicalSyllable).toLowerCase();
  }

  function words(text) {
    return nfc(text).match(WORD) || [];
  }

  /* --- vocabulary ------------------------------------------------------ */

  var tables = null;
  function vocabulary() {
    if (tables) return tables;
    var v = root.KL_VOCAB;
    if (!v) throw new Error("search/vocab.js is not loaded");
    function map(list) { var m = new Map(); list.forEach(function (p) { m.set(p[0], p[1]); }); return m; }
    tables = { phrases: map(v.phrases), loose: map(v.loose), strict: map(v.strict), longest: v.longest,
               docWords: v.docWords, docTypes: v.docTypes, issuers: new Set(v.issuers), prefix: v.prefix,
               pairPrefix: v.pairPrefix, pairJoin: v.pairJoin };
    // first word → the longest entry it begins: phrases and loose by the folded word, strict as printed
    tables.sizesFolded = longestFrom(Array.from(tables.phrases.keys()).concat(Array.from(tables.loose.keys())));
    tables.sizesStrict = longestFrom(Array.from(tables.strict.keys()));
    tables.docFirsts = new Set(Object.keys(v.docWords).map(function (key) { return key.split(" ")[0]; }));
    return tables;
  }

  function docToken(t, kind, number) { return t.prefix + kind + String(parseInt(number, 10)); }

  function longestFrom(keys) {
    var sizes = new Map();
    keys.forEach(function (key) {
      var words = key.split(" ");
      sizes.set(words[0], Math.max(sizes.get(words[0]) || 0, words.length));
    });
    return sizes;
  }

  function longestMatch(originals, folded, start, t) {
    var best = null;
    var limit = Math.max(t.sizesFolded.get(folded[start]) || 0, t.sizesStrict.get(originals[start]) || 0);
    for (var size = Math.min(limit, folded.length - start); size > 0; size--) {
      var key = folded.slice(start, start + size).join(" ");
      var token = t.phrases.get(key) || t.loose.get(key) || t.strict.get(originals.slice(start, start + size).join(" "));
      if (token) { best = [size, token]; break; }
    }
    var word = folded[start];
    if (/^\d+$/.test(word) && start + 1 < folded.length && t.docTypes[folded[start + 1]]) {
      var size3 = start + 2 < folded.length && t.issuers.has(folded[start + 2]) ? 3 : 2;
      if (!best || size3 > best[0]) best = [size3, docToken(t, t.docTypes[folded[start + 1]], word)];
    }
    var name = folded.slice(start, start + 2).join(" ");
    if (t.docWords[name]) {
      var after = start + 2;
      if (folded[after] === "so") after++;
      if (after < folded.length && /^\d{1,4}$/.test(folded[after])) {
        var size2 = after + 1 - start;
        if (!best || size2 > best[0]) best = [size2, docToken(t, t.docWords[name], folded[after])];
      }
    }
    return best;
  }

  /* Search terms of a piece of query text, longest vocabulary match first. */
  function queryWords(text) {
    var t = vocabulary();
    var originals = words(text);
    var folded = originals.map(function (w) { return fold(w); });
    var out = [];
    for (var i = 0; i < folded.length;) {
      var found = longestMatch(originals, folded, i, t);
      if (found) { out.push(found[1]); i += found[0]; } else { out.push(folded[i]); i += 1; }
    }
    return out;
  }

  /* The words of a text with their offsets and search terms: [start, end, terms], where
     terms holds the folded word and every vocabulary token whose words include it
     ("TCCSĐ", "12-NQ/TW", "tổ chức cơ sở đảng"), so excerpts can mark what a query found. */
  var seen = new Map();  // word → [nfc, folded]: an article repeats its words
  function wordForms(word) {
    var forms = seen.get(word);
    if (!forms) {
      if (seen.size > 50000) seen.clear();
      forms = [nfc(word), fold(word)];
      seen.set(word, forms);
    }
    return forms;
  }

  /* Words that may begin a vocabulary entry or a document number: the rest skip longestMatch. */
  function mayBegin(t, original, folded) {
    return t.sizesFolded.has(folded) || t.sizesStrict.has(original) || t.docFirsts.has(folded) || /^\d/.test(folded);
  }

  function termSpans(text) {
    var t = vocabulary(), re = /[\p{L}\p{N}]+/gu, m, spans = [], originals = [];
    while ((m = re.exec(text))) {
      var forms = wordForms(m[0]);
      spans.push([m.index, m.index + m[0].length, [forms[1]]]);
      originals.push(forms[0]);
    }
    var folded = spans.map(function (span) { return span[2][0]; });
    for (var i = 0; i < spans.length; i++) {
      if (!mayBegin(t, originals[i], folded[i])) continue;
      var found = longestMatch(originals, folded, i, t);
      if (!found) continue;
      for (var k = i; k < i + found[0]; k++) spans[k][2].push(found[1]);
    }
    return spans;
  }

  /* A query: {words: [...], phrases: [[...], ...], text: "…"}; an unbalanced quote is ignored. */
  function parseQuery(query) {
    var text = Array.from(nfc(query || "")).slice(0, 300).join("");  // 300 characters, as Python counts them
    var phrases = [];
    var rest = text.replace(/["“”]([^"“”]*)["“”]/g, function (_, inner) {
      var terms = queryWords(inner);
      if (terms.length > 1) phrases.push(terms);
      else if (terms.length === 1) return " " + inner + " ";
      return " ";
    });
    var loose = queryWords(rest.replace(/["“”]/g, " "));
    return { words: loose, phrases: phrases, text: text.trim() };
  }

  /* The tokens that say "these two terms stand side by side" (terms.pair_token). */
  function pairs(terms) {
    var t = vocabulary(), out = [];
    for (var i = 0; i + 1 < terms.length; i++) out.push(t.pairPrefix + terms[i] + t.pairJoin + terms[i + 1]);
    return out;
  }

  /* Every term a document must hold for the query: loose words and the pairs of each phrase. */
  function required(parsed) {
    var all = parsed.words.slice();
    parsed.phrases.forEach(function (p) { all = all.concat(pairs(p)); });
    return Array.from(new Set(all));
  }

  root.KLFold = { nfc: nfc, fold: fold, unaccented: unaccented, exactKey: exactKey, words: words, queryWords: queryWords, parseQuery: parseQuery,
                  termSpans: termSpans, pairs: pairs, required: required };
})(typeof window !== "undefined" ? window : globalThis);
