"""Python (index time) and JavaScript (query time) make the same search terms.

kholuutru/text.py fold/exact_key and kholuutru/search/terms.py parse_query/hidden
are checked against overrides/assets/javascripts/fold.js (KLFold.fold, exactKey,
parseQuery, required, hidden), run by node with the vocabulary the build writes
(terms.vocabulary_json()): first on the shared tables tests/fold_cases.json and
tests/search_cases.json, then on random Vietnamese-ish strings from hypothesis.
The shard a term lives in must be found the same way too: kholuutru/search/index.py
fnv1a() against search.js's IndexEngine.hash (read out of search.js); and search.js's
decodePostings, decodeRanks and Facets must read back what index.py postings_code, encode_order
and encode_facets write.

One node process per module answers every question over a pipe (one JSON line
in, one JSON line out), so hundreds of examples cost one node start.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kholuutru.search.index import FACET_KEYS, date_ranks, encode_facets, encode_order, fnv1a, postings_code
from kholuutru.search.terms import _matches, _split, index_text, pair_token, parse_query, vocabulary, vocabulary_json
from kholuutru.text import exact_key, fold

ROOT = Path(__file__).resolve().parent.parent
FOLD_JS = ROOT / "overrides" / "assets" / "javascripts" / "fold.js"
SEARCH_JS = ROOT / "overrides" / "assets" / "javascripts" / "search.js"
# search.js keeps its engine in a closure; its hash function is read out of the file.
HASH_JS = re.compile(r"IndexEngine\.hash = (function \(term\) \{.*?\n  \});", re.S)
# and its codes: postings, order.js and facets.js, from "/* --- codes:" to "/* --- the index:"
CODES_JS = re.compile(r"  /\* --- codes:.*?\n(?=  /\* --- the index:)", re.S)
FOLD_CASES = json.loads((ROOT / "tests" / "fold_cases.json").read_text(encoding="utf-8"))["cases"]
SEARCH_CASES = json.loads((ROOT / "tests" / "search_cases.json").read_text(encoding="utf-8"))["cases"]

WORKER = r"""
const fs = require("fs");
const readline = require("readline");
globalThis.KL_VOCAB = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
require(process.argv[3]);
const F = globalThis.KLFold;
const hash = eval("(" + fs.readFileSync(process.argv[4], "utf8") + ")");
globalThis.window = globalThis;
const codes = eval("(function () {" + fs.readFileSync(process.argv[5], "utf8") + "; return { Facets, decodePostings, decodeRanks }; })()");
const ops = {
  hash: (x) => hash(x),
  fold: (x) => F.fold(x),
  exactKey: (x) => F.exactKey(x),
  parseQuery: (x) => F.parseQuery(x),
  // what the engines look up: every required term
  needs: (x) => F.required(F.parseQuery(x)),
  // what excerpts mark: each word's terms (its folded form and the tokens it is part of)
  termSpans: (x) => F.termSpans(x).map((span) => span[2]),
  // order.js and facets.js read back: per article, the date rank and each key's value numbers
  facets: ([order, data, meta]) => {
    const rank = codes.decodeRanks(order);
    const f = new codes.Facets(data, meta, rank);
    return Array.from({ length: data.count }, (_, id) => {
      const row = { rank: rank[id] };
      meta.facetKeys.forEach((k) => { const vs = []; f.each(k, id, (v) => vs.push(v)); row[k] = vs; });
      return row;
    });
  },
  // order.js read back: every article's date rank
  ranks: (order) => Array.from(codes.decodeRanks(order)),
  // a term's postings read back: [id, weight, …]
  postings: (text) => { const p = codes.decodePostings(text); return Array.from(p.ids).flatMap((id, at) => [id, p.weights[at]]); },
};
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  const batch = JSON.parse(line);
  const out = batch.map(([op, arg]) => {
    try { return { ok: ops[op](arg) }; } catch (error) { return { error: String(error && error.stack || error) }; }
  });
  process.stdout.write(JSON.stringify(out) + "\n");
});
"""


def _read_out(pattern: re.Pattern[str], group: int, what: str, name: str, target: Path) -> Path:
    """A piece of search.js (which keeps its engine in a closure), written to target for node."""
    found = pattern.search(SEARCH_JS.read_text(encoding="utf-8"))
    if found is None:
        pytest.fail(f"{what} not found in {SEARCH_JS.relative_to(ROOT)}: update {name} in this test", pytrace=False)
    target.write_text(found.group(group), encoding="utf-8")
    return target


class Node:
    """fold.js in one long-lived node process."""

    def __init__(self, folder: Path):
        node = shutil.which("node")
        if node is None:
            pytest.fail("node is not on PATH (the parity tests run fold.js with node 20)", pytrace=False)
        vocab = folder / "vocab.json"
        vocab.write_text(json.dumps(vocabulary_json(), ensure_ascii=False), encoding="utf-8")
        script = folder / "worker.js"
        script.write_text(WORKER, encoding="utf-8")
        hash_source = _read_out(HASH_JS, 1, "IndexEngine.hash = function (term) {…};", "HASH_JS", folder / "hash.js")
        codes_source = _read_out(CODES_JS, 0, "the '/* --- codes: …' block", "CODES_JS", folder / "codes.js")
        self.process = subprocess.Popen(
            [node, str(script), str(vocab), str(FOLD_JS), str(hash_source), str(codes_source)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def ask(self, batch: list[tuple[str, str]]) -> list:
        # json.dumps escapes every non-ASCII character and lone surrogate: the pipe stays ASCII
        self.process.stdin.write(json.dumps(batch) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError("node exited: " + self.process.stderr.read())
        answers = json.loads(line)
        errors = [f"{op}({arg!r}): {a['error']}" for (op, arg), a in zip(batch, answers) if "error" in a]
        assert not errors, "fold.js threw:\n" + "\n".join(errors)
        return [a["ok"] for a in answers]

    def one(self, op: str, arg: str):
        return self.ask([(op, arg)])[0]

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def node(tmp_path_factory):
    worker = Node(tmp_path_factory.mktemp("fold-js"))
    yield worker
    worker.close()


def python_needs(parsed: dict) -> list[str]:
    """terms.py's counterpart of KLFold.required(parsed)."""
    terms = list(parsed["words"])
    for phrase in parsed["phrases"]:
        terms += [pair_token(a, b) for a, b in zip(phrase, phrase[1:])]
    return list(dict.fromkeys(terms))


def shown(text: str) -> str:
    """A string with its code points spelled out, for failure messages."""
    spelled = " ".join(f"U+{ord(c):04X}" for c in text[:60]) + (" …" if len(text) > 60 else "")
    return f"{text[:200]!r}{'…' if len(text) > 200 else ''} [{spelled}]"


# --- the shared tables -------------------------------------------------------------------


def test_tables_are_not_empty():
    assert len(FOLD_CASES) >= 20 and len(SEARCH_CASES) >= 20


def test_fold_table_python_and_js_agree(node):
    texts = [case[0] for case in FOLD_CASES]
    js_fold = node.ask([("fold", t) for t in texts])
    js_exact = node.ask([("exactKey", t) for t in texts])
    problems = []
    for (text, folded, exact), jf, je in zip(FOLD_CASES, js_fold, js_exact):
        for name, want, py, js in (("fold", folded, fold(text), jf), ("exactKey", exact, exact_key(text), je)):
            if not (want == py == js):
                problems.append(f"{name}({shown(text)}): table {want!r}, Python {py!r}, JS {js!r}")
    assert problems == [], "\n".join(problems)


def test_search_table_python_and_js_agree(node):
    queries = [case[0] for case in SEARCH_CASES]
    answers = node.ask([("parseQuery", q) for q in queries])
    problems = []
    for (query, want), js in zip(SEARCH_CASES, answers):
        py = parse_query(query)
        for key in ("words", "phrases"):
            if not (want[key] == py[key] == js[key]):
                problems.append(f"{query!r} {key}: table {want[key]!r}, Python {py[key]!r}, JS {js[key]!r}")
        if py["text"] != js["text"]:
            problems.append(f"{query!r} text: Python {py['text']!r}, JS {js['text']!r}")
    assert problems == [], "\n".join(problems)


def test_search_table_terms_are_looked_up_the_same_way(node):
    queries = [case[0] for case in SEARCH_CASES]
    answers = node.ask([("needs", q) for q in queries])
    problems = [f"{q!r}: Python {python_needs(parse_query(q))}, JS {js}"
                for q, js in zip(queries, answers) if python_needs(parse_query(q)) != js]
    assert problems == [], "\n".join(problems)


# --- random Vietnamese-ish text ---------------------------------------------------------

ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
          "q", "qu", "r", "s", "t", "th", "tr", "v", "x"]
NUCLEI = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uê", "ia", "iê", "ua", "uô",
          "ươ", "ưa", "ai", "ao", "au", "ay", "âu", "ây", "oi", "ôi", "ơi", "ui", "ưi", "oai", "oay", "uôi", "ươi",
          "yê", "uya", "uyê"]
CODAS = ["", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "u", "i"]
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]  # none, huyền, sắc, ngã, hỏi, nặng


@st.composite
def syllables(draw) -> str:
    onset, nucleus, coda = draw(st.sampled_from(ONSETS)), draw(st.sampled_from(NUCLEI)), draw(st.sampled_from(CODAS))
    tone = draw(st.sampled_from(TONES))
    # the tone mark on any vowel of the nucleus: old (hoà) and new (hòa) placement and worse
    at = draw(st.integers(0, len(nucleus) - 1))
    word = onset + nucleus[: at + 1] + tone + nucleus[at + 1 :] + coda
    form = draw(st.sampled_from(["NFC", "NFC", "NFD"]))
    word = unicodedata.normalize(form, word)
    case = draw(st.sampled_from(["lower", "lower", "title", "upper"]))
    word = {"lower": word, "title": word[:1].upper() + word[1:], "upper": word.upper()}[case]
    # Đ as typed or served: U+0110, U+00D0 (Icelandic eth), U+0189
    if draw(st.booleans()):
        word = word.replace("Đ", draw(st.sampled_from(["Đ", "\u00d0", "\u0189"]))).replace("đ", draw(st.sampled_from(["đ", "\u00f0"])))
    return word


def _vocabulary_words() -> list[str]:
    vocab = vocabulary_json()
    words = [p[0] for p in vocab["phrases"]] + [p[0].upper() for p in vocab["loose"]] + [p[0] for p in vocab["strict"]]
    return words + ["TCCSĐ", "TCCS Đảng", "tổ chức cơ sở đảng", "ĐV", "đảng viên", "Đ/C", "TP.HCM", "T.Ư", "UVT.Ư",
                    "KT-XH", "QĐi", "quy định", "TU", "Tu", "tu", "HU", "ĐUK", "NQTW 4", "BCH TƯ", "thành phố"]


DOCUMENTS = st.builds(
    lambda number, kind, issuer, style: {
        "code": f"{number}-{kind}/{issuer}",
        "spoken": f"{kind_name[kind]} {number}",
        "numbered": f"{kind_name[kind]} số {number}",
        "bare": f"{number} {kind}",
    }[style],
    st.sampled_from(["1", "05", "12", "26", "2020", "00", "123", "12345"]),
    st.sampled_from(["NQ", "CT", "KL", "QĐ", "QĐi", "HD", "KH", "TB", "nq"]),
    st.sampled_from(["TW", "TU", "HU", "ĐU", "BCT", "UBKTTW", "QU", "xx"]),
    st.sampled_from(["code", "spoken", "numbered", "bare"]),
)
kind_name = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quyết định", "QĐi": "Quy định",
             "HD": "Hướng dẫn", "KH": "Kế hoạch", "TB": "Thông báo", "nq": "nghị quyết"}
PUNCTUATION = st.sampled_from(list("\"“”\"'.,;:!?()[]-–—/\\…*<>&=#%@") + ["...", "!!!", "???", " - ", "<img src=x onerror=alert(1)>"])
SPACES = st.sampled_from([" ", " ", " ", " ", "  ", "\u00a0", "\t", "\n", "\u200b", "\u3000"])
ODD = st.sampled_from(["🎉", "👍🏽", "😀", "\u202e", "\ufeff", "\u00ad", "2020", "XI", "XIII", "0", "42", "½", "Ⅻ",
                       "\u0301", "a\u0301\u0301", "ᴬ", "Ω", "ß", "İ", "ﬁ", "Ǆ"])
PIECE = st.one_of(syllables(), syllables(), syllables(), syllables(), st.sampled_from(_vocabulary_words()),
                  DOCUMENTS, PUNCTUATION, ODD)


@st.composite
def vietnamese_ish(draw, max_pieces: int = 14) -> str:
    pieces = draw(st.lists(PIECE, min_size=0, max_size=max_pieces))
    text = ""
    for piece in pieces:
        text += piece + draw(SPACES)
    return text


SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(vietnamese_ish())
@example("\u0301 ")  # a combining mark after a space (NFD text pasted next to punctuation)
@example("İ")  # lower-cases to i + U+0307
def test_random_text_folds_the_same_in_python_and_js(node, text):
    js_fold, js_exact = node.ask([("fold", text), ("exactKey", text)])
    assert fold(text) == js_fold, f"fold({shown(text)})"
    assert exact_key(text) == js_exact, f"exactKey({shown(text)})"


@SETTINGS
@given(vietnamese_ish())
@example("Nghị quyết ² về")  # a superscript is a digit to str.isdigit(), not to int()
@example("Chỉ thị ٣")  # a digit, but not an ASCII one
@example("🎉" * 10 + " vững mạnh" * 40)  # 300 characters: code points or UTF-16 units?
def test_random_queries_parse_the_same_in_python_and_js(node, text):
    """words and phrases decide what is found; `text` (only shown and used for ranking) may differ
    in what counts as surrounding white space (U+FEFF, U+001C…U+001F)."""
    py = parse_query(text)
    js, js_needs = node.ask([("parseQuery", text), ("needs", text)])
    assert py["words"] == js["words"], f"words of {shown(text)}"
    assert py["phrases"] == js["phrases"], f"phrases of {shown(text)}"
    assert python_needs(py) == js_needs, f"index terms looked up for {shown(text)}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_ish(max_pieces=20), st.data())
def test_a_passage_of_an_article_finds_the_article(text, data):
    """Python only: whatever run of words a reader copies out of an article, loose or
    in quotes, every term the engines then require is among that article's index terms."""
    index = set(index_text(text).split())
    words = text.split()
    start = data.draw(st.integers(0, len(words)), label="start")
    end = data.draw(st.integers(start, len(words)), label="end")
    passage = " ".join(words[start:end]).replace('"', " ").replace("“", " ").replace("”", " ")
    assume(len(passage) < 290)  # a query is cut at 300 characters, maybe inside a word
    for query in (passage, f'"{passage}"'):
        missing = [t for t in python_needs(parse_query(query)) if t not in index]
        assert not missing, f"query {shown(query)} requires {missing}, absent from the index of {shown(text)}"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_ish())
@example("Thành phố Łódź (Ba Lan)")  # ł has no decomposition: it stays in the folded term
@example("diện tích 25 m²")
def test_terms_land_in_the_same_shard_in_python_and_js(node, text):
    """index.py puts a term in shard fnv1a(term) % buckets; search.js looks for it in
    IndexEngine.hash(term) % buckets: the two hashes must agree on every index term."""
    terms = sorted(set(index_text(text).split()))
    answers = node.ask([("hash", term) for term in terms])
    wrong = [f"{shown(t)}: Python {fnv1a(t)}, JS {js}" for t, js in zip(terms, answers) if fnv1a(t) != js]
    assert not wrong, "index terms hashed differently (search.js would look in the wrong shard):\n" + "\n".join(wrong)


def python_marks(text: str) -> list[list[str]]:
    """Reference for KLFold.termSpans: every word's folded form, plus the longest
    vocabulary entry or document number starting at each word, given to the words it covers."""
    originals, folded = _split(text)
    marks = [[word] for word in folded]
    for start in range(len(folded)):
        found = _matches(originals, folded, start, vocabulary())
        if found:
            size, token = max(found, key=lambda item: item[0])
            for position in range(start, start + size):
                marks[position].append(token)
    return marks


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_ish(max_pieces=24))
@example("Đại hội TCCSĐ thực hiện Nghị quyết số 12 và 05-CT/TW của BCH TƯ; TU, HU, Tu, tu")
def test_excerpts_mark_the_terms_python_finds(node, text):
    """search.js marks a hit's excerpt from KLFold.termSpans, which skips words that begin
    no vocabulary entry and caches folds: it must still give each word the terms found from it.
    (Excerpts come from the pages' text, which is NFC.)"""
    text = unicodedata.normalize("NFC", text)
    assert node.one("termSpans", text) == python_marks(text), f"termSpans of {shown(text)}"


# --- facets.js -----------------------------------------------------------------------------


def facet_articles():
    """Articles' facet values and date keys: a single value per key (some keys following
    from others, some not), a multi-valued key, and more values than one character holds."""
    provinces = st.sampled_from([f"tinh-{n}" for n in range(120)])
    day = st.one_of(st.just(0), st.integers(20080101, 20261231))
    topics = st.lists(st.sampled_from([f"chu-de-{n}" for n in range(40)]), max_size=8, unique=True)
    article = st.builds(lambda p, t, d, c, k: ({"tinh": [p], "tinh2025": [p[:6]], "nhiemky": [t], "nam": [str(d)[:4]],
                                                "chude": c}, d),
                        provinces, st.sampled_from(["2010-2015", "2015-2020", "chua-xac-dinh"]), day, topics, st.booleans())
    return st.lists(article, max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facet_articles())
@example([])
def test_search_js_reads_back_the_facets_index_py_writes(node, articles):
    """Every article's values per facet and the order of its date, as written, as read (the
    articles in any order of days, not only the ids' order of a build, so a rank may fall)."""
    values = {k: sorted({v for filters, _ in articles for v in filters.get(k, [])}) for k in FACET_KEYS}
    ranks, days = date_ranks(articles)
    order, data = encode_order(ranks), encode_facets(articles, values, ranks, days)
    meta = {"facetKeys": list(FACET_KEYS), "facetValues": values}
    read = node.one("facets", [order, data, meta])
    assert len(read) == len(articles)
    for row, (filters, day) in zip(read, articles):
        assert {k: sorted(values[k][v] for v in row[k]) for k in FACET_KEYS} == {k: sorted(filters[k]) for k in FACET_KEYS}
    for (a, (_, day_a)), (b, (_, day_b)) in zip(zip(read, articles), zip(read[1:], articles[1:])):
        assert (a["rank"] < b["rank"]) == (day_a < day_b) and (a["rank"] == b["rank"]) == (day_a == day_b)
    codes = [order["runs"], *(c["codes"] for c in data["columns"].values()), *(c["sets"] for c in data["columns"].values() if "sets" in c)]
    assert all(json.dumps(code) == f'"{code}"' for code in codes), "a code JSON must escape (a quote or a backslash)"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.one_of(st.integers(0, 3), st.integers(0, 20_000)), st.one_of(st.integers(1, 3), st.integers(1, 1_500))),
                max_size=40))
@example([(0, 33), (1, 34), (1, 577), (1, 578), (9_826, 1), (0, 9_827)])
def test_search_js_reads_back_the_date_order_index_py_writes(node, runs):
    """Runs of one rank of any length, the rank rising by one (a build: ids in day order),
    by more, or falling, at the limits of each digit count."""
    ranks = [rank for rank, length in runs for _ in range(length)]
    order = encode_order(ranks)
    assert json.dumps(order["runs"]) == f'"{order["runs"]}"', "a code JSON must escape"
    assert node.one("ranks", order) == ranks


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.one_of(st.integers(1, 3), st.integers(0, 200_000)), st.integers(1, 5000)), max_size=80))
@example([(0, 1), (1, 40), (1, 41), (33, 1), (34, 33), (578, 577), (9_826, 9_826)])
def test_search_js_reads_back_the_postings_index_py_writes(node, gaps_weights):
    """Gaps of one (the one-character codes) and any other gap and weight, at the limits of
    each digit count."""
    ids_weights, doc_id = [], -1
    for gap, weight in gaps_weights:
        doc_id = max(doc_id + gap, 0) if doc_id >= 0 else gap
        if ids_weights and doc_id <= ids_weights[-2]:
            continue
        ids_weights += [doc_id, weight]
    code = postings_code(ids_weights)
    assert json.dumps(code) == f'"{code}"', "a code JSON must escape"
    assert node.one("postings", code) == ids_weights
