"""The offline bundle's search index: classic <script> shards, loaded on demand.

Chromium opened on file:// refuses fetch, XHR, WebAssembly and ES modules, but
runs a <script src> that calls a global function. So the index is written as
JavaScript files that hand their data to window.KLOffline:

  search/offline/meta.js     document count, shard names, facet values, field weights
  search/offline/facets.js   per article: facet values and date sort key (for counts)
  search/offline/t/<xx>.js   postings of the terms (and word pairs, for phrases) starting with <xx>
  search/offline/d/<n>.js    titles, dates, places and an excerpt text, 100 articles a file

The terms are those of the article pages (terms.index_text), read back from
the built HTML, so the offline index holds exactly what Pagefind indexes.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from pathlib import Path


DOCS_PER_FILE = 100
EXCERPT_CHARS = 1500
BODY_CAP = 10  # a word repeated more often says no more about the article
WEIGHTS = {"title": 10, "place": 5, "place_2025": 1}

_SEARCH = re.compile(r'<div class="kl-search" hidden>(.*?)</div>', re.S)
_META = re.compile(r'<span data-pagefind-meta="([a-z0-9]+)">(.*?)</span>', re.S)
_FILTER = re.compile(r'<span data-pagefind-filter="([a-z0-9]+)">(.*?)</span>', re.S)
_SORT = re.compile(r'<span data-pagefind-sort="ngay">(\d+)</span>')
_BODY = re.compile(r'<div class="kl-body">(.*?)</div>\s*<div class="kl-search"', re.S)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W_]+")


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", fragment))).strip()


def read_article(path: Path, site_dir: Path) -> dict | None:
    page = path.read_text(encoding="utf-8")
    search = _SEARCH.search(page)
    if not search:
        return None
    metas = {key: html.unescape(value) for key, value in _META.findall(page)}
    filters: dict[str, list[str]] = defaultdict(list)
    for key, value in _FILTER.findall(page):
        filters[key].append(html.unescape(value))
    body = _BODY.search(page)
    url = path.relative_to(site_dir).as_posix()
    return {
        "url": url,
        "terms": html.unescape(search.group(1)).split()[1:],  # after the sentinel
        "title": metas.get("title", ""),
        "date": metas.get("ngay", ""),
        "province": metas.get("tinh", ""),
        "tenure": metas.get("nhiemky", ""),
        "title_terms": metas.get("tieude", "").split(),
        "place_terms": metas.get("diadanh", "").split(),
        "place_2025_terms": metas.get("tinh2025", "").split(),
        "filters": dict(filters),
        "sort": int((_SORT.search(page) or [None, "0"])[1]),
        "excerpt": _text(body.group(1))[:EXCERPT_CHARS] if body else "",
    }


def _weights(article: dict) -> Counter:
    """Term → weight in this article: body frequency (capped) plus field bonuses."""
    weights: Counter = Counter()
    for term, count in Counter(article["terms"]).items():
        weights[term] += min(count, BODY_CAP)
    for field, bonus in (("title_terms", WEIGHTS["title"]), ("place_terms", WEIGHTS["place"]),
                         ("place_2025_terms", WEIGHTS["place_2025"])):
        for term in set(article[field]):
            weights[term] += bonus
    return weights


def shard_of(term: str) -> str:
    """Shard name of a term: its first two characters ([a-z0-9] only)."""
    head = re.sub(r"[^a-z0-9]", "_", term[:2])
    return head if len(head) == 2 else head + "_"


def _script(path: Path, call: str, payload) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = f"KLOffline.{call}({json.dumps(payload, ensure_ascii=True, separators=(',', ':'))});\n"
    path.write_text(text, encoding="ascii")
    return len(text)


def build_offline_index(site_dir: Path) -> int:
    site_dir = Path(site_dir)
    out = site_dir / "search" / "offline"
    articles = []
    for path in sorted((site_dir / "articles").rglob("*.html")):
        article = read_article(path, site_dir)
        if article:
            articles.append(article)
    postings: dict[str, list[int]] = defaultdict(list)
    for doc_id, article in enumerate(articles):
        for term, weight in sorted(_weights(article).items()):
            postings[term] += [doc_id, weight]

    # facets: value tables, then per article indexes into them
    keys = ["tinh", "tinh2025", "nhiemky", "nam", "chude"]
    values: dict[str, list[str]] = {key: sorted({v for a in articles for v in a["filters"].get(key, [])}) for key in keys}
    position = {key: {value: index for index, value in enumerate(values[key])} for key in keys}
    facets = [[[position[key][v] for v in a["filters"].get(key, [])] for key in keys] + [a["sort"]] for a in articles]

    shards: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for term in sorted(postings):
        ids_weights = postings[term]
        delta, previous = [], 0
        for index in range(0, len(ids_weights), 2):
            delta += [ids_weights[index] - previous, ids_weights[index + 1]]
            previous = ids_weights[index]
        shards[shard_of(term)][term] = delta
    for name, terms in shards.items():
        _script(out / "t" / f"{name}.js", "terms", [name, terms])
    for start in range(0, len(articles), DOCS_PER_FILE):
        chunk = [
            [a["url"], a["title"], a["date"], a["province"], a["tenure"], a["excerpt"]]
            for a in articles[start : start + DOCS_PER_FILE]
        ]
        _script(out / "d" / f"{start // DOCS_PER_FILE}.js", "docs", [start // DOCS_PER_FILE, chunk])
    _script(out / "facets.js", "facets", facets)
    _script(out / "meta.js", "meta", {
        "count": len(articles), "shards": sorted(shards), "facetKeys": keys, "facetValues": values,
        "docsPerFile": DOCS_PER_FILE,
    })
    return len(articles)
