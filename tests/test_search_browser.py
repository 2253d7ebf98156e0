"""The archive's search in a real browser (Debian chromium through Playwright), hosted over
http://127.0.0.1:<port>/tim-kiem/ and offline from file:///…/tim-kiem.html: the acceptance
list of issue 5.

Results are compared as sets of article slugs, so the hosted links (articles/<slug>/) and the
offline ones (articles/<slug>.html) meet. Nothing here is timed: every wait is for the page to
say it is done (the status line and the list of hits agree).
"""

from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass, field

import frontmatter
import pytest

from browser import (
    ARTICLE,
    BAC_GIANG,
    CHI_LINH,
    DONG_HA,
    HOME,
    PHUC_YEN,
    Recorder,
    offline_path,
)
from kholuutru.text import fold

WHERE = ["hosted", "offline"]
DESKTOP = {"width": 1280, "height": 800}
WAIT_MS = 15_000

RECALL_PAIRS = [
    ("Đông Hà", "dong ha"),
    ("Chí Linh", "chi linh"),
    ("khóa XI", "khoa xi"),
    ("khoá XI", "khóa XI"),
    ("Phúc Yên", "phuc yen"),
    ("vững mạnh", "vung manh"),
    ("đảng viên", "dang vien"),
    ("Bắc Giang", "bac giang"),
    ("TCCSĐ", "tổ chức cơ sở đảng"),
    ("quy hoạch", "qui hoạch"),  # i and y spell one vowel after a consonant (sĩ/sỹ, kì/kỳ)
    ("quy chế", "qui che"),
]
# typed without diacritics, each finds its seed (DONG_HA's title starts "Phát huy truyền thống đoàn kết")
SEED_QUERIES = [("dong ha", DONG_HA), ("chi linh", CHI_LINH), ("phuc yen", PHUC_YEN), ("bac giang", BAC_GIANG)]
ABSENT = "Chí Linh xyzquaoq"  # "Chí Linh" is there, the made-up word is in no article
OTHER_QUERIES = ["Nghị quyết 12", "Chỉ thị 05", '"vững mạnh"', '"mạnh vững"', "mạnh vững", "Hải Phòng", ABSENT]
QUERIES = list(dict.fromkeys([q for pair in RECALL_PAIRS for q in pair] + [q for q, _ in SEED_QUERIES] + OTHER_QUERIES))

HOSTILE = {
    "html": "<img src=x onerror=alert(1)>",
    "long": "Đảng bộ " * 250,  # 2,000 characters
    "punctuation": "!!! ??? ...",
    "emoji": "🎉",
    "unbalanced-quote": '"vững mạnh',
}

# Done when the status line answers (for the query, if given) and the list agrees with it:
# all N hits, or a first page of them with the "Xem thêm kết quả" button showing.
DONE = """query => {
  const status = document.querySelector('[data-kl-status]').textContent;
  if (query !== null && status.includes('«') && !status.includes('«' + query + '»')) return false;
  const hits = document.querySelectorAll('#search-results li.kl-hit').length;
  const more = document.querySelector('[data-kl-more]');
  const found = /^Tìm thấy (\\d+) bài/.exec(status);
  if (found) return hits > 0 && (hits === Number(found[1]) || (hits < Number(found[1]) && more && !more.hidden));
  return (/^Không tìm thấy/.test(status) && hits === 0) || /^Không tìm được/.test(status);
}"""

HITS = """() => [...document.querySelectorAll('#search-results a.kl-hit__link')].map(a => ({
  href: a.href,
  title: a.querySelector('.kl-hit__title').textContent,
  meta: a.querySelector('.kl-hit__meta').textContent,
  marks: [...a.querySelectorAll('.kl-hit__excerpt mark')].map(m => m.textContent),
}))"""

FACETS = """() => [...document.querySelectorAll('[data-kl-facets] button[data-facet]')].map(b => [
  b.getAttribute('data-facet'), b.getAttribute('data-value'), b.getAttribute('aria-pressed'),
  b.querySelector('.kl-count').textContent.trim()])"""


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    context.set_default_timeout(WAIT_MS)
    yield context
    context.close()


@pytest.fixture(scope="module")
def documents(built) -> dict[str, list[str]]:
    """slug → the document numbers in the article's front matter (converter output)."""
    return {
        path.stem: list(frontmatter.load(path).get("documents") or [])
        for path in sorted((built.project / "docs" / "articles").glob("*.md"))
    }


# --- the search page as a reader drives it ----------------------------------------------


def url_of(base: str, path: str) -> str:
    return base + (offline_path(path) if base.startswith("file:") else path)


def search_url(base: str, query: str = "", **params: str) -> str:
    pairs = ([("q", query)] if query else []) + list(params.items())
    return url_of(base, "tim-kiem/") + ("?" + urllib.parse.urlencode(pairs) if pairs else "")


def slug_of(href: str) -> str:
    """articles/<slug>/ (hosted) and articles/<slug>.html (offline) → <slug>."""
    path = urllib.parse.urlsplit(href).path
    assert "/articles/" in path, f"a hit links outside articles/: {href}"
    return path.split("/articles/", 1)[1].strip("/").removesuffix(".html")


@dataclass
class Found:
    query: str
    status: str
    hits: list[dict]
    url: str

    @property
    def slugs(self) -> list[str]:
        return [slug_of(h["href"]) for h in self.hits]

    @property
    def titles(self) -> list[str]:
        return [" ".join(h["title"].split()) for h in self.hits]


@dataclass
class SearchPage:
    page: object
    recorder: Recorder
    dialogs: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, context, url: str) -> "SearchPage":
        page = context.new_page()
        opened = cls(page, Recorder().attach(page))
        page.on("dialog", opened._dialog)
        response = page.goto(url, wait_until="load")
        if url.startswith("http"):
            assert response is not None and response.ok, f"{url}: {response.status if response else 'no response'}"
        return opened

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def forget_status(self) -> None:
        """Blank the status line, so the next wait is for the next search's answer."""
        self.page.evaluate("() => { document.querySelector('[data-kl-status]').textContent = ''; }")

    def done(self, query: str | None = None) -> Found:
        """What the page shows once the status line and the hits agree (for `query`, if given)."""
        self.page.wait_for_function(DONE, arg=query, timeout=WAIT_MS)
        return Found(
            query=self.page.locator("#kl-q").input_value(),
            status=" ".join(self.page.locator("[data-kl-status]").inner_text().split()),
            hits=self.page.evaluate(HITS),
            url=self.page.url,
        )

    def submit(self, query: str) -> Found:
        """The query in the box and the form submitted, as Enter does before the typing delay
        runs out (no input event, so no second, delayed search)."""
        self.forget_status()
        self.page.evaluate(
            "q => { const i = document.querySelector('#kl-q'); i.value = q; i.form.requestSubmit(); }", query
        )
        return self.done(query)

    def type(self, query: str) -> Found:
        """The query typed into the box, key by key; search.js searches as the reader types."""
        self.forget_status()
        box = self.page.locator("#kl-q")
        box.fill("")
        box.press_sequentially(query)
        return self.done(query)

    def facets(self) -> dict[tuple[str, str], tuple[bool, int]]:
        """The filters and their counts, once drawn for the results shown: they follow the hits
    (the first query's wait for facets.js), and the box is aria-busy until then."""
        self.page.wait_for_selector("[data-kl-facets]:not([aria-busy]) button[data-facet]", timeout=WAIT_MS)
        return {(f, v): (pressed == "true", int(count)) for f, v, pressed, count in self.page.evaluate(FACETS)}

    def click_facet(self, facet: str, value: str) -> Found:
        self.forget_status()
        self.page.locator(f'[data-kl-facets] button[data-facet="{facet}"][data-value="{value}"]').click()
        return self.done()

    def problems(self) -> list[str]:
        r = self.recorder
        return ([f"dialog {d}" for d in self.dialogs] + [f"console error {e}" for e in r.console_errors]
                + [f"page error {e}" for e in r.page_errors] + [f"failed {e}" for e in r.failed])


def count_of(status: str) -> int:
    match = re.match(r"Tìm thấy (\d+) bài", status)
    return int(match.group(1)) if match else 0


# --- every query of the recall list, once per engine -----------------------------------


@pytest.fixture(scope="module")
def found(browser, hosted, offline) -> dict[str, dict[str, Found]]:
    """where → query → what the search page shows, each query submitted in turn on one page."""
    out: dict[str, dict[str, Found]] = {}
    for where, base in (("hosted", hosted), ("offline", offline)):
        context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
        context.set_default_timeout(WAIT_MS)
        try:
            search = SearchPage.open(context, search_url(base))
            out[where] = {query: search.submit(query) for query in QUERIES}
            problems = search.problems()
            assert problems == [], f"{where}: " + "\n".join(problems)
        finally:
            context.close()
    return out


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("first, second", RECALL_PAIRS, ids=[f"{a}|{b}" for a, b in RECALL_PAIRS])
def test_both_spellings_find_the_same_articles(found, where, first, second):
    a, b = found[where][first], found[where][second]
    assert a.slugs, f"{where}: «{first}» finds nothing ({a.status})"
    assert set(a.slugs) == set(b.slugs), (
        f"{where}: «{first}» finds {sorted(a.slugs)} ({a.status}); «{second}» finds {sorted(b.slugs)} ({b.status})"
    )


@pytest.mark.parametrize("query", QUERIES)
def test_hosted_and_offline_find_the_same_articles(found, query):
    hosted, offline = found["hosted"][query], found["offline"][query]
    assert set(hosted.slugs) == set(offline.slugs), (
        f"«{query}»: hosted {sorted(hosted.slugs)} ({hosted.status}); offline {sorted(offline.slugs)} ({offline.status})"
    )
    assert count_of(hosted.status) == count_of(offline.status), f"«{query}»: {hosted.status!r} vs {offline.status!r}"


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("query, slug", SEED_QUERIES)
def test_a_place_typed_without_diacritics_finds_its_seed(found, where, query, slug):
    result = found[where][query]
    assert slug in result.slugs, f"{where}: «{query}» finds {result.titles} ({result.status})"
    if slug == DONG_HA:
        title = result.titles[result.slugs.index(slug)]
        assert title.startswith("Phát huy truyền thống đoàn kết"), title


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("query, slug", SEED_QUERIES)
def test_a_place_typed_without_diacritics_ranks_its_seed_first(found, where, query, slug):
    """Title and place weigh more than body text (issue 5): the article about the place comes first."""
    result = found[where][query]
    assert result.slugs[:1] == [slug], f"{where}: «{query}» lists {result.titles}"


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("query, number", [("Nghị quyết 12", "12-NQ/TW"), ("Chỉ thị 05", "05-CT/TW")])
def test_a_document_said_in_words_finds_its_number(found, documents, where, query, number):
    citing = {slug for slug, numbers in documents.items() if number in numbers}
    assert citing, f"no seed article lists {number} (front matter `documents`): {documents}"
    result = found[where][query]
    assert citing <= set(result.slugs), (
        f"{where}: «{query}» finds {sorted(result.slugs)} ({result.status}); articles citing {number}: {sorted(citing)}"
    )


@pytest.mark.parametrize("where", WHERE)
def test_a_quoted_phrase_keeps_its_word_order(found, where):
    phrase, reversed_phrase, loose = found[where]['"vững mạnh"'], found[where]['"mạnh vững"'], found[where]["mạnh vững"]
    assert CHI_LINH in phrase.slugs, f'{where}: "vững mạnh" finds {phrase.titles} ({phrase.status})'
    assert reversed_phrase.hits == [] and "Không tìm thấy" in reversed_phrase.status, (
        f'{where}: "mạnh vững" finds {reversed_phrase.titles} ({reversed_phrase.status})'
    )
    # without quotes the order is free: the same articles as «vững mạnh»
    assert set(loose.slugs) == set(found[where]["vững mạnh"].slugs), f"{where}: «mạnh vững» finds {loose.titles}"


@pytest.mark.parametrize("where", WHERE)
def test_every_word_counts(found, where):
    alone, with_absent = found[where]["Chí Linh"], found[where][ABSENT]
    assert alone.slugs, f"{where}: «Chí Linh» finds nothing ({alone.status})"
    assert with_absent.hits == [], f"{where}: «{ABSENT}» finds {with_absent.titles}: a word absent from the archive was dropped"
    assert "Không tìm thấy" in with_absent.status, f"{where}: {with_absent.status!r}"


@pytest.mark.parametrize("where", WHERE)
def test_a_2025_province_finds_its_members_older_articles(found, where):
    result = found[where]["Hải Phòng"]
    assert CHI_LINH in result.slugs, f"{where}: «Hải Phòng» does not find the Chí Linh (Hải Dương) article: {result.titles}"


@pytest.mark.parametrize("where", WHERE)
def test_matched_words_are_marked_in_the_excerpt(found, where):
    result = found[where]["vung manh"]
    marks = [m for hit in result.hits for m in hit["marks"]]
    assert marks, f"{where}: «vung manh»: no <mark> in any excerpt ({result.status})"
    folded = {fold(m) for m in marks}
    assert folded <= {"vung", "manh"}, f"{where}: marked {sorted(set(marks))}, which is more than the query's words"
    assert folded == {"vung", "manh"}, f"{where}: only {sorted(set(marks))} marked"
    # the marks are the article's own spelling, not the query's
    assert any(m != fold(m) for m in marks), f"{where}: marks {sorted(set(marks))} carry no diacritics"


# --- facets, shared URLs, history -------------------------------------------------------


@pytest.mark.parametrize("base", WHERE, indirect=True)
def test_a_facet_narrows_the_results_and_its_counts_update(context, base):
    search = SearchPage.open(context, search_url(base, "xây dựng Đảng"))
    before = search.done()
    total = count_of(before.status)
    facets = search.facets()
    provinces = [(value, count) for (facet, value), (_, count) in facets.items() if facet == "tinh" and 0 < count < total]
    assert provinces, f"no province facet narrows {total} results: {facets}"
    value, count = provinces[0]

    after = search.click_facet("tinh", value)
    assert count_of(after.status) == count == len(after.hits), f"{value} ({count}): {after.status}, {len(after.hits)} hits"
    assert set(after.slugs) < set(before.slugs)
    now = search.facets()
    assert now[("tinh", value)] == (True, count), f"the {value} button after the click: {now.get(('tinh', value))}"
    others_before = {k: c for k, (_, c) in facets.items() if k[0] != "tinh"}
    others_now = {k: c for k, (_, c) in now.items() if k[0] != "tinh"}
    assert others_now != others_before, "the other facets' counts did not change"
    assert all(c <= count for c in others_now.values()), f"a count exceeds the {count} results: {others_now}"
    assert f"tinh={value}" in after.url, after.url

    # pressed again, the facet lets go
    again = search.click_facet("tinh", value)
    assert set(again.slugs) == set(before.slugs) and search.facets()[("tinh", value)][0] is False
    assert search.problems() == []


@pytest.mark.parametrize("base", WHERE, indirect=True)
def test_a_shared_url_restores_query_filters_and_sort(browser, context, base):
    search = SearchPage.open(context, search_url(base))
    search.submit("xây dựng Đảng")
    search.click_facet("nhiemky", "2020-2025")
    search.forget_status()
    search.page.locator("#kl-sort").select_option("ngay")
    shared = search.done()
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(shared.url).query)
    assert params == {"q": ["xây dựng Đảng"], "nhiem-ky": ["2020-2025"], "sap-xep": ["ngay"]}, shared.url
    assert shared.hits, shared.status

    elsewhere = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    elsewhere.set_default_timeout(WAIT_MS)
    try:
        opened = SearchPage.open(elsewhere, shared.url)
        restored = opened.done()
        assert opened.page.locator("#kl-q").input_value() == "xây dựng Đảng"
        assert opened.page.locator("#kl-sort").input_value() == "ngay"
        pressed = [k for k, (on, _) in opened.facets().items() if on]
        assert pressed == [("nhiemky", "2020-2025")], pressed
        assert restored.slugs == shared.slugs, f"{restored.titles} != {shared.titles}"
        assert restored.status == shared.status
        assert opened.problems() == []
    finally:
        elsewhere.close()


def go(search: SearchPage, direction: str) -> Found:
    search.forget_status()
    getattr(search.page, direction)()
    return search.done()


@pytest.mark.parametrize("base", WHERE, indirect=True)
def test_back_and_forward_after_submitting_two_queries(context, base):
    search = SearchPage.open(context, search_url(base))
    first = search.submit("dong ha")
    second = search.submit("chi linh")
    assert set(first.slugs) != set(second.slugs)
    back = go(search, "go_back")
    assert (back.query, back.slugs) == ("dong ha", first.slugs), f"back: «{back.query}» {back.url}"
    forward = go(search, "go_forward")
    assert (forward.query, forward.slugs) == ("chi linh", second.slugs), f"forward: «{forward.query}» {forward.url}"


@pytest.mark.parametrize("base", WHERE, indirect=True)
def test_back_and_forward_after_typing_two_queries(context, base):
    """Search as you type: a reader types, reads the results, types another query, then
    goes back to the first results (no Enter pressed)."""
    search = SearchPage.open(context, search_url(base))
    results = []
    for query in ("dong ha", "chi linh"):
        results.append(search.type(query))
        assert results[-1].hits, f"«{query}»: {results[-1].status}"
    search.forget_status()
    search.page.go_back()
    back_url = search.page.url
    assert back_url.startswith(url_of(base, "tim-kiem/")), (
        f"back left the search page for {back_url}: typing a query added no history entry"
    )
    back = search.done()
    assert (back.query, back.slugs) == ("dong ha", results[0].slugs), f"back: «{back.query}» {back.url}"
    forward = go(search, "go_forward")
    assert (forward.query, forward.slugs) == ("chi linh", results[1].slugs)


@pytest.mark.parametrize("base", WHERE, indirect=True)
def test_a_facet_without_a_query_browses(context, base):
    search = SearchPage.open(context, search_url(base, tinh="quang-tri"))
    result = search.done()
    assert result.slugs == [DONG_HA], f"{result.titles} ({result.status})"
    assert result.titles[0].startswith("Phát huy truyền thống đoàn kết")
    assert search.facets()[("tinh", "quang-tri")][0] is True
    assert search.page.locator("#kl-q").input_value() == ""
    assert search.problems() == []


def test_results_do_not_wait_for_the_filters_index(browser, hosted):
    """A query without a filter is answered from meta.js, order.js and its shards: with facets.js
    refused, the same results show in the same order, only the filters are missing; a filter
    needs facets.js, and the page says it could not search."""
    contexts = [browser.new_context(viewport=DESKTOP, locale="vi-VN") for _ in range(2)]
    try:
        contexts[1].route("**/search/facets.js", lambda route: route.abort())
        whole, without = (SearchPage.open(c, search_url(hosted, "xây dựng Đảng")) for c in contexts)
        expected, found = whole.done(), without.done()
        assert count_of(found.status) > 1 and found.slugs == expected.slugs, (found.status, found.titles, expected.titles)
        assert whole.facets() and without.page.evaluate(FACETS) == []
        assert without.page.locator("[data-kl-facets]").get_attribute("aria-busy") is None
        filtered = SearchPage.open(contexts[1], search_url(hosted, "xây dựng Đảng", tinh="quang-tri")).done()
        assert filtered.status.startswith("Không tìm được") and "facets.js" in filtered.status, filtered.status
    finally:
        for context in contexts:
            context.close()


HITS_SHOWN_AT = """() => new MutationObserver((_, observer) => {
  if (document.querySelector('#search-results li.kl-hit')) { window.__hitsAt = performance.now(); observer.disconnect(); }
}).observe(document, {childList: true, subtree: true})"""


def test_the_filters_index_is_fetched_after_the_hits_show(context, hosted):
    """A query without a filter does not fetch facets.js until its hits are on screen: on a slow
    line the hits do not share the bandwidth with the filters."""
    context.add_init_script(f"({HITS_SHOWN_AT})()")
    search = SearchPage.open(context, search_url(hosted, "xây dựng Đảng"))
    search.done()
    assert search.facets()
    started = search.page.evaluate(
        "() => performance.getEntriesByType('resource').filter(e => e.name.endsWith('/search/facets.js')).map(e => e.startTime)")
    hits_at = search.page.evaluate("() => window.__hitsAt")
    assert len(started) == 1 and hits_at is not None and started[0] >= hits_at, (started, hits_at)


SEARCH_STARTS = """() => { window.__searchAt = null; new MutationObserver((_, observer) => {
  if (document.querySelector('[data-kl-status]').textContent.startsWith('Đang tìm')) { window.__searchAt = performance.now(); observer.disconnect(); }
}).observe(document.querySelector('[data-kl-status]'), {childList: true, characterData: true, subtree: true}); }"""

SHARDS_SINCE = """since => performance.getEntriesByType('resource')
  .filter(e => /\\/search\\/[tp]\\/\\d+\\.js$/.test(e.name) && e.startTime >= since)
  .map(e => [e.name.split('/search/')[1], e.startTime])"""


def shard_files(site, query: str) -> set[str]:
    """search/<family>/<bucket>.js of every term a search for query reads (its words, its
    phrases' pairs, and the pairs of its neighbouring words), as meta.js places them."""
    from kholuutru.search.index import fnv1a
    from kholuutru.search.terms import pair_token, parse_query

    meta = (site / "search" / "meta.js").read_text(encoding="utf-8")
    buckets = json.loads(meta[meta.index("(") + 1 : meta.rindex(")")])["buckets"]
    parsed = parse_query(query)
    terms = list(parsed["words"])
    for words in [*parsed["phrases"], parsed["words"]]:
        terms += [pair_token(a, b) for a, b in zip(words, words[1:])]
    families = {term: "p" if term.startswith("zp") else "t" for term in terms}
    return {f"{families[t]}/{fnv1a(t) % buckets[families[t]]}.js" for t in terms}


def test_the_shards_of_finished_words_load_during_the_typing_pause(context, hosted, built):
    """A query brought in whole (pasted, a phone's predicted word) fetches its shards at once,
    before the search after the typing pause starts; typed key by key, a half-typed word's
    shard is never fetched, only those of the words the search reads."""
    search = SearchPage.open(context, search_url(hosted, "xây dựng Đảng"))
    search.done()
    search.page.evaluate(SEARCH_STARTS)
    since = search.page.evaluate("() => performance.now()")
    search.forget_status()
    search.page.locator("#kl-q").fill("Bắc Giang Chí Linh")
    search.done("Bắc Giang Chí Linh")
    fetched, started = search.page.evaluate(SHARDS_SINCE, since), search.page.evaluate("() => window.__searchAt")
    assert fetched and started is not None, (fetched, started)
    assert all(at < started for _, at in fetched), (fetched, started)
    assert {name for name, _ in fetched} <= shard_files(built.site, "Bắc Giang Chí Linh"), fetched

    since = search.page.evaluate("() => performance.now()")
    search.type("tổ chức cơ sở")
    fetched = {name for name, _ in search.page.evaluate(SHARDS_SINCE, since)}
    assert fetched and fetched <= shard_files(built.site, "tổ chức cơ sở"), fetched
    assert search.problems() == []


# --- hostile queries --------------------------------------------------------------------

NO_HTML = """() => ({
  images: document.querySelectorAll('#search-results img, [data-kl-status] img, [data-kl-facets] img').length,
  scripts: document.querySelectorAll('#search-results script, [data-kl-status] script').length,
  marker: typeof window.__klPwned,
})"""


@pytest.mark.parametrize("base", WHERE, indirect=True)
def test_hostile_queries_run_no_html_and_raise_no_error(context, base):
    """Each query as a shared link (no maxlength on a URL) and put into the box (fill: one
    input event, one search; the box keeps 300 characters), all on one page."""
    search = SearchPage.open(context, search_url(base))
    problems = []
    plain = set(search.submit("vững mạnh").slugs)
    for name, query in HOSTILE.items():
        search.forget_status()
        search.page.goto(search_url(base, query), wait_until="load")
        answers = [("link", search.done())]
        search.forget_status()
        search.page.locator("#kl-q").fill(query)
        answers.append(("typed", search.done()))
        for how, answer in answers:
            where = f"{name} ({how})"
            html = search.page.evaluate(NO_HTML)
            if html != {"images": 0, "scripts": 0, "marker": "undefined"}:
                problems.append(f"{where}: HTML from the query in the page: {html}")
            if answer.status.startswith("Không tìm được"):
                problems.append(f"{where}: the engine failed: {answer.status}")
            elif answer.hits and count_of(answer.status) < len(answer.hits):
                problems.append(f"{where}: {len(answer.hits)} hits under {answer.status!r}")
            elif not answer.hits and "Không tìm thấy" not in answer.status:
                problems.append(f"{where}: an empty result says {answer.status!r}")
            if name in ("html", "punctuation", "emoji") and answer.hits:
                problems.append(f"{where}: finds {answer.titles}")
            if name == "html" and "&lt;img" not in search.page.locator("[data-kl-status]").inner_html():
                problems.append(f"{where}: the query is not shown as text in the status line")
            if name == "unbalanced-quote" and (set(answer.slugs) != plain or not answer.hits):
                problems.append(f"{where}: finds {sorted(answer.slugs)}, «vững mạnh» finds {sorted(plain)}")
            if name == "long" and how == "typed" and len(search.page.locator("#kl-q").input_value()) > 300:
                problems.append(f"{where}: the box holds more than 300 characters")
    problems += search.problems()
    assert problems == [], "\n".join(problems)


# --- what loads from where ----------------------------------------------------------------

# The search index: search/meta.js, order.js, facets.js and the shards under search/t/, p/ and d/ (also the
# layouts of earlier designs: pagefind/ and search/offline/). search/vocab.js and labels.js are
# the query side's tables, not the index.
INDEX = re.compile(r"/pagefind/|/search/(?:offline/|meta\.js|order\.js|facets\.js|[tpd]/)|\.wasm$")


def is_local(url: str, base: str) -> bool:
    return url.startswith(base) or (base.startswith("file:") and url.startswith("file://")) or url.startswith(("data:", "blob:"))


@pytest.mark.parametrize("base", WHERE, indirect=True)
def test_the_search_page_asks_nothing_from_outside(context, base):
    search = SearchPage.open(context, search_url(base))
    search.type("dong ha")
    result = search.submit("Nghị quyết 12")
    first = next(iter(search.facets()))
    search.click_facet(*first)
    search.page.wait_for_load_state("networkidle")
    requests = search.recorder.requests
    assert any(INDEX.search(r) for r in requests), f"no index was loaded: {requests}"
    outside = [r for r in requests if not is_local(r, base)]
    assert outside == [], "outside requests:\n" + "\n".join(outside)
    assert result.hits and search.problems() == []


@pytest.mark.parametrize("base", WHERE, indirect=True)
@pytest.mark.parametrize("path", [HOME, ARTICLE], ids=["home", "article"])
def test_a_page_view_loads_no_search_index(context, base, path):
    page = context.new_page()
    recorder = Recorder().attach(page)
    page.goto(url_of(base, path), wait_until="load")
    page.wait_for_load_state("networkidle")
    assert recorder.requests, "no request recorded"
    index = [r for r in recorder.requests if INDEX.search(r)]
    assert index == [], f"{path or 'home'} loads search files:\n" + "\n".join(index)
    assert [r for r in recorder.requests if not is_local(r, base)] == []


@pytest.mark.parametrize("base", WHERE, indirect=True)
def test_the_header_search_box_leads_to_results(context, base):
    page = context.new_page()
    recorder = Recorder().attach(page)
    page.goto(url_of(base, ARTICLE), wait_until="load")
    # the page's own requests (the favicon) finish first: leaving the page would abort them
    page.wait_for_load_state("networkidle")
    box = page.locator("#kl-header-q")
    assert box.is_visible(), "the header search box is not visible at 1280px"
    box.fill("chi linh")
    box.press("Enter")
    page.wait_for_url(re.compile(re.escape(url_of(base, "tim-kiem/")) + r"\?q=chi\+linh$"))
    search = SearchPage(page, recorder)
    result = search.done()
    assert result.query == "chi linh"
    assert CHI_LINH in result.slugs, f"{result.titles} ({result.status})"
    assert search.problems() == []


@pytest.mark.parametrize("base", WHERE, indirect=True)
def test_on_a_phone_the_header_magnifier_opens_the_search_page_ready_to_type(browser, base):
    """At 375 px the header keeps the site's name and shows the magnifier alone (a box there
    squeezed the name to "Kho l…"); it leads to the search page, whose box has the caret."""
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="vi-VN", is_mobile=True, has_touch=True)
    context.set_default_timeout(WAIT_MS)
    try:
        page = context.new_page()
        page.goto(url_of(base, ARTICLE), wait_until="load")
        page.wait_for_load_state("networkidle")
        assert not page.locator("#kl-header-q").is_visible()
        name = page.locator(".md-header__topic").first.locator(".md-ellipsis")
        assert name.evaluate("e => e.scrollWidth <= e.clientWidth"), "the site's name is cut in the header"
        page.locator(".kl-header-search button").click()
        page.wait_for_url(re.compile(re.escape(url_of(base, "tim-kiem/"))))
        page.wait_for_function("() => document.activeElement && document.activeElement.id === 'kl-q'")
        page.keyboard.type("chi linh")
        search = SearchPage(page, Recorder().attach(page))
        assert CHI_LINH in search.done("chi linh").slugs
    finally:
        context.close()


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("query, allowed", [
    ("TCCSĐ", {"tccsd", "to", "chuc", "co", "so", "dang"}),
    ("Chỉ thị 05", {"chi", "thi", "so", "05", "ct", "tw"}),  # seeds 000 and 002 write "Chỉ thị 05"
])
def test_abbreviations_and_documents_are_marked_as_found(found, where, query, allowed):
    """A query found through the vocabulary marks what it found: the expansion of an
    abbreviation, the document number however the article writes it."""
    result = found[where][query]
    marks = [m for hit in result.hits for m in hit["marks"]]
    assert marks, f"{where}: «{query}»: no <mark> in any excerpt ({result.status})"
    assert {fold(m) for m in marks} <= allowed, f"{where}: «{query}» marked {sorted(set(marks))}"


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("width", [375, 1280])
def test_results_come_first_on_a_phone_and_filters_sit_left_on_a_wide_screen(browser, hosted, offline, where, width):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="vi-VN")
    context.set_default_timeout(WAIT_MS)
    try:
        search = SearchPage.open(context, search_url(hosted if where == "hosted" else offline, "chi linh"))
        assert search.done("chi linh").slugs, "no results to lay out"
        hits = search.page.locator("#search-results").bounding_box()
        facets = search.page.locator("[data-kl-facets]").bounding_box()
        if width < 700:
            assert hits["y"] + 10 < facets["y"], f"at {width}px the filters ({facets}) come before the results ({hits})"
        else:
            assert facets["x"] + facets["width"] <= hits["x"] and abs(facets["y"] - hits["y"]) < 40, (
                f"at {width}px the filters ({facets}) are not in a column left of the results ({hits})")
        overflow = search.page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"at {width}px the page scrolls sideways by {overflow}px"
        assert search.problems() == []
    finally:
        context.close()
