"""The search index: classic <script> shards, loaded on demand, hosted and offline.

Chromium opened on file:// refuses fetch, XHR, WebAssembly and ES modules, but
runs a <script src> that calls a global function; over HTTP the same files
work and are cached. So one index serves the hosted site and the offline
bundle, and a query finds the same articles in both:

  search/meta.js        counts, shard counts, facet values
  search/order.js       every article's date rank, as runs of ids of one day (encode_order): what
                        a query's results are ordered by, a few KB where facets.js is ~4 bytes an article
  search/facets.js      per article: facet values, a few characters each (encode_facets): loaded
                        with the query but awaited only for filters and their counts
  search/t/<n>.js       postings of the terms whose hash falls in bucket n
  search/p/<n>.js       postings of adjacent-term pairs (quoted phrases), loaded only for phrases
  search/d/<id>.js      one article: URL, title, date, place, term and its text (excerpts)

Terms come from kholuutru.search.terms (the same rules fold.js applies to
queries), computed from the built article pages: their JSON record and text.
During `mkdocs build` the archive plugin hands each article page to a
PageIndexer as it is written (worker processes on the other cores); the
index of an already built site can also be made afresh (build_search_index).
"""

from __future__ import annotations

import bisect
import html
import itertools
import json
import multiprocessing
import operator
import os
import re
import threading
from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .terms import adjacent_pairs, index_spans, index_terms, pair_token

BODY_CAP = 10  # a word repeated more often says no more about the article
WEIGHTS = {"title": 10, "place": 5, "place_2025": 1}
SHARD_BYTES = 24_000  # aim per shard file, so a query loads little
TEXT_CHARS = 5_000  # article text kept for excerpts (a hit costs its d/ file: ~6 KB)

_RECORD = re.compile(r'<script type="application/json" id="kl-record">(.*?)</script>', re.S)
_BODY = re.compile(r'<div class="kl-body">(.*?)</div>\s*<!--/kl-body-->', re.S)
_TAG = re.compile(r"<[^>]+>")


def fnv1a(text: str) -> int:
    """32-bit FNV-1a of an ASCII term (search.js computes the same to find a shard)."""
    value = 2166136261
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 16777619) & 0xFFFFFFFF
    return value


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())  # split(): the whitespace \s matches, faster


def article_from_page(page: str, url: str) -> dict | None:
    """An article page's record, text and search terms (None for other pages)."""
    record = _RECORD.search(page)
    if not record:
        return None
    body = _BODY.search(page)
    return article_from_parts(json.loads(record.group(1)), body.group(1) if body else "", url)


def article_from_parts(data: dict, body: str, url: str) -> dict:
    """What article_from_page reads from a page, given its search record (the JSON's data)
    and its body's HTML: the plugin has both before the page is written, so it need
    neither search the written page (~60 KB of theme) for them nor parse the JSON back."""
    text = _plain(body)
    searchable = " ".join([data["title"], text, data["place"], data["extra"]])
    return {
        "url": url,
        "title": data["title"],
        "date": data["date"],
        "province": data["province"],
        "tenure": data["tenure"],
        "filters": data["filters"],
        "sort": int(data["sort"]),
        "text": text[:TEXT_CHARS],
        "weights": _weights(searchable, data["title"], data["place"], data["place2025"]),
    }


def page_url(path: Path, site_dir: Path) -> str:
    """Site-relative URL of a built page: "articles/x/" or "articles/x.html"."""
    url = path.relative_to(site_dir).as_posix()
    return url[: -len("index.html")] if url.endswith("/index.html") else url


def _weights(searchable: str, title: str, place: str, place_2025: str) -> dict[str, int]:
    """Term → weight: body frequency (capped), bonuses for title and place; pair terms too."""
    words, tokens = index_terms(searchable)
    counts = Counter(words)
    counts.update(token for token, _, _ in tokens)
    weights = {term: count if count < BODY_CAP else BODY_CAP for term, count in counts.items()}
    pairs = Counter(pair_token(first, second) for first, second in adjacent_pairs(words, tokens))
    clashes = {pair: weights[pair] + count for pair, count in pairs.items() if pair in weights} if not pairs.keys().isdisjoint(weights) else {}
    weights.update(pairs)  # counted in C; a word spelt like a pair token ("zp…zz…") adds up
    weights.update(clashes)
    for field, bonus in ((title, WEIGHTS["title"]), (place, WEIGHTS["place"]), (place_2025, WEIGHTS["place_2025"])):
        terms = [term for term, _, _ in index_spans(field)]
        for term in set(terms):
            weights[term] = weights.get(term, 0) + bonus
        for first, second in zip(terms, terms[1:]):  # the 2025 province also matches as a phrase
            pair = pair_token(first, second)
            weights[pair] = max(weights.get(pair, 0), 1)
    return weights


def _script(path: Path, call: str, *arguments) -> int:
    """A classic script calling KLIndex.<call>(…). UTF-8 (the pages' charset, which an
    inserted <script> inherits): Vietnamese text as \\uXXXX escapes would be 3× larger."""
    payload = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in arguments)
    return _write_js(path, f"KLIndex.{call}({payload});\n")


def _write_js(path: Path, text: str) -> int:
    data = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").encode("utf-8")
    try:
        path.write_bytes(data)
    except FileNotFoundError:  # its folder is made by the first file written there, not asked for at each (5,000 d/ files)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return len(data)


def _family(term: str) -> str:
    return "p" if term.startswith("zp") else "t"


def index_page(page: str, url: str) -> tuple | None:
    """Worker side: one article page → its d/ row and what the postings need, compactly."""
    return _compact(article_from_page(page, url))


def index_article(data: dict, body: str, url: str) -> tuple:
    """index_page of an article given its record and body HTML (article_from_parts)."""
    return _compact(article_from_parts(data, body, url))


def _compact(article: dict | None) -> tuple | None:
    """An article's d/ row, facets, day and its terms as text, for a worker to send back."""
    if article is None:
        return None
    row = _doc_row(article)
    by_weight: dict[int, list[str]] = defaultdict(list)
    for term, weight in article["weights"].items():
        by_weight[weight].append(term)
    # "weight term term …" per line (terms hold no spaces): one string pickles fast and small
    terms = "\n".join(f"{weight} {' '.join(names)}" for weight, names in by_weight.items())
    return row, article["filters"], article["sort"], terms


def _doc_row(article: dict) -> list:
    """An article's d/ file: what a hit shows of it."""
    return [article["url"], article["title"], article["date"], article["province"], article["tenure"], article["text"]]


def _read_and_index(path: Path, site_dir: Path) -> tuple | None:
    return index_page(path.read_text(encoding="utf-8"), page_url(path, site_dir))


def _in_id_order(ids_weights: list[int]) -> list[int]:
    """[id, weight, id, weight, …] with ids ascending (the plugin renders articles in id
    order; sorted only when they did not arrive so); the same list when it already is."""
    ids = ids_weights[::2]
    if sorted(ids) == ids:
        return ids_weights
    ordered = ids_weights[:]
    ordered[::2], ordered[1::2] = (list(column) for column in zip(*sorted(zip(ids, ids_weights[1::2]))))
    return ordered


# --- postings as text: a character or two per article ----------------------------------------

# Printable ASCII without the quote and the backslash: a JSON string holds them as they are.
CODE_ALPHABET = "".join(chr(c) for c in range(0x23, 0x7F) if c != 0x5C)

# A term's postings are its (gap from the previous id, weight) pairs written with CODE_ALPHABET
# (search.js decodePostings reads them). A term in most articles ("trị" of "chính trị")
# has gap 1 almost everywhere: the pair is one character, codes below NEXT_ID_WEIGHTS for
# weights 1 to NEXT_ID_WEIGHTS. Any other pair is two numbers, each a little-endian number
# in the codes above: base-CONTINUED digits while more follow, then one final digit.
NEXT_ID_WEIGHTS = 40
FINAL_DIGITS = 34
CONTINUED_DIGITS = 17  # NEXT_ID_WEIGHTS + FINAL_DIGITS + CONTINUED_DIGITS == len(CODE_ALPHABET)


def _number_code(number: int) -> str:
    out = []
    while number >= FINAL_DIGITS:
        number, digit = divmod(number, CONTINUED_DIGITS)
        out.append(CODE_ALPHABET[NEXT_ID_WEIGHTS + FINAL_DIGITS + digit])
    out.append(CODE_ALPHABET[NEXT_ID_WEIGHTS + number])
    return "".join(out)


def pair_code(gap: int, weight: int) -> str:
    """One posting: its id's gap from the previous one, and its weight."""
    if gap == 1 and 1 <= weight <= NEXT_ID_WEIGHTS:
        return CODE_ALPHABET[weight - 1]
    return _number_code(gap) + _number_code(weight)


_NUMBERS: list[str] = []  # n → _number_code(n), grown to the largest id or weight seen
_NEXT: list[str] = []  # weight → pair_code(1, weight), as long as _NUMBERS


def _code_tables(largest: int) -> tuple[list[str], list[str]]:
    """The codes looked up, not computed: a rebuild that renumbers every id encodes
    millions of postings (5,000 articles: ~7 million), one list lookup each."""
    for number in range(len(_NUMBERS), largest + 1):
        _NUMBERS.append(_number_code(number))
        _NEXT.append(pair_code(1, number))
    return _NUMBERS, _NEXT


def postings_code(ids_weights: list[int], previous_id: int = 0) -> str:
    """[id, weight, …] in id order as text (pair_code of each); previous_id: the id the first gap counts from."""
    if not ids_weights:
        return ""
    ids, weights = ids_weights[::2], ids_weights[1::2]
    numbers, next_id = _code_tables(max(ids[-1] - previous_id, max(weights)))
    gaps = map(operator.sub, ids, itertools.chain((previous_id,), ids))
    return "".join([next_id[weight] if gap == 1 else numbers[gap] + numbers[weight] for gap, weight in zip(gaps, weights)])


# A term's code is kept in chunks of postings (a build cuts every POSTINGS_PER_CHUNK): a preview
# encodes again only the chunks an edit or a renumbering changed. An article added or removed
# grows or shrinks its chunk, so the chunks after it stay as they are; a chunk grown past
# MAX_POSTINGS_PER_CHUNK is cut again.
POSTINGS_PER_CHUNK = 128
MAX_POSTINGS_PER_CHUNK = 2 * POSTINGS_PER_CHUNK


def _span_code(ids_weights: list[int], start: int, stop: int) -> str:
    """The code of postings [start, stop) (counted in postings), its first gap from the one before."""
    return postings_code(ids_weights[2 * start : 2 * stop], ids_weights[2 * start - 2] if start else 0)


def _chunks(ids_weights: list[int], start: int, stop: int) -> tuple[list[int], list[str]]:
    """Postings [start, stop) cut every POSTINGS_PER_CHUNK: where each chunk starts, and its code
    (the codes joined are the postings' code)."""
    starts = list(range(start, stop, POSTINGS_PER_CHUNK)) or [start]
    return starts, [_span_code(ids_weights, a, b) for a, b in zip(starts, [*starts[1:], stop])]


def _chunk_of(starts: list[int], at: int) -> int:
    """The chunk holding posting `at` (one inserted at a chunk's start joins that chunk)."""
    return max(0, bisect.bisect_right(starts, at) - 1)


def _shift_points(new_id: dict[int, int]) -> list[int] | None:
    """The old ids at which a renumbering's shift (new id − old id) changes, the first from 0;
    None when it changed the pages' order (a day edited)."""
    points, shift, last = [], 0, -1
    for old in sorted(new_id):
        new = new_id[old]
        if new <= last:
            return None
        if new - old != shift:
            points.append(old)
            shift = new - old
        last = new
    return points


class IndexCache:
    """What the last build into one folder indexed, kept by a preview process (make dev)
    between rebuilds: a page MkDocs did not render again is not read again, and its
    d/ file is not written again while its doc id still names the same page."""

    def __init__(self) -> None:
        self.results: dict[str, tuple] = {}  # url → index_page(...) of the page as last rendered
        self.urls_by_id: dict[int, str] = {}  # the doc ids of the last build
        # the last build's postings and shards: while no doc id moves, a rebuild swaps the
        # rendered pages' postings and writes only the shards they touch
        self.postings: dict[str, list[int]] | None = None
        self.buckets: dict[str, int] = {}
        self.shard_sizes: dict[tuple[str, int], int] = {}
        self.hashes: dict[str, int] = {}  # term → fnv1a(term)
        # term → its text in the last shards: ['"term":"', the code of each chunk of its postings…]
        self.fragments: dict[str, list[str]] = {}
        self.chunk_starts: dict[str, list[int]] = {}  # term → the posting each of its chunks starts at
        self.facets: tuple | None = None  # (what facets.js and meta.js were written from, their bytes)


def _term_weights(terms: str) -> dict[str, int]:
    """An article's terms ("weight name name…" lines) as name → weight."""
    weights = {}
    for line in terms.split("\n"):
        weight, *names = line.split(" ")
        weights.update(dict.fromkeys(names, int(weight)))
    return weights


def index_order(pages: Iterable[tuple[str, int]]) -> list[str]:
    """The doc ids' order: by day (the record's "sort", undated first), then URL. Not the order
    pages arrive in, so a build is deterministic; and an article added with the newest day
    takes the next id, so a preview rebuild renumbers nothing (only its terms' shards change).
    Search ranks by day before id, so any order that keeps one day's pages in URL order ranks the same."""
    return [url for _, url in sorted((sort, url) for url, sort in pages)]


def page_sort(path: Path) -> int:
    """An article page's "sort" (its day as YYYYMMDD), read from its search record."""
    record = _RECORD.search(path.read_text(encoding="utf-8"))
    return int(json.loads(record.group(1))["sort"]) if record else 0


def _pair_at(ids_weights: list[int], doc_id: int, lo: int = 0) -> int:
    """bisect_left on the ids of a flat [id, weight, id, weight, …] list in id order, by pair,
    without copying the ids out: a common term's list holds thousands, and a preview round
    looks up every term of a rewritten page."""
    return bisect.bisect_left(range(len(ids_weights) // 2), doc_id, lo, key=lambda pair: ids_weights[2 * pair])


def _move_docs(folder: Path, kept: dict[int, str], ids: dict[str, int]) -> dict[int, str]:
    """A preview's d/ files follow their articles to their new ids: renamed, not written again
    (a d/ file does not hold its id). Files of articles gone, or that no build of this process
    wrote, are removed. Returns new id → URL of the files kept."""
    placed, pairs = {}, []
    with os.scandir(folder) as found:  # thousands of files: no Path object for each
        for entry in found:
            stem = entry.name[:-3] if entry.name.endswith(".js") else ""
            url = kept.get(int(stem)) if stem.isdigit() else None
            new = ids.get(url) if url is not None else None
            if new is None:
                os.unlink(entry.path)
                continue
            placed[new] = url
            pairs.append((int(stem), new))
    pairs.sort()
    moves = [(old, new) for old, new in pairs if old != new]
    name = lambda number, suffix=".js": os.path.join(folder, f"{number}{suffix}")  # noqa: E731
    if all(a[1] < b[1] for a, b in zip(pairs, pairs[1:])):
        # the order kept (articles added or removed before others): files moving up go first
        # from the top, those moving down from the bottom, so no target is taken
        for old, new in [move for move in reversed(moves) if move[1] > move[0]] + [move for move in moves if move[1] < move[0]]:
            os.rename(name(old), name(new))
        return placed
    for old, _ in moves:  # in two steps: a target may be another file's old name
        os.rename(name(old), name(old, ".moving"))
    for old, new in moves:
        os.rename(name(old, ".moving"), name(new))
    return placed


class IndexWriter:
    """Collects the articles' postings (doc ids in the order given: index_order) and writes search/."""

    def __init__(self, site_dir: Path, urls: list[str], cache: IndexCache | None = None, merging: bool = False) -> None:
        self.out = Path(site_dir) / "search"
        self.ids = {url: doc_id for doc_id, url in enumerate(urls)}
        self.cache = cache
        self.kept = cache.urls_by_id if cache is not None else {}  # id → URL of the d/ files on disk
        folder = self.out / "d"
        if folder.exists() and not merging:  # the shards' d/ files are what a merge writes around
            self.kept = _move_docs(folder, self.kept, self.ids)
        # postings from the last build (a preview rebuild): rendered pages are swapped in, the rest stay
        self.reuse = cache is not None and cache.postings is not None
        self.postings: dict[str, list[int]] = cache.postings if self.reuse else defaultdict(list)
        self.touched: set[str] | None = None  # terms whose postings changed; None: every shard is written
        self.dirty: dict[str, set[int]] = {}  # term → its chunks an edit or a renumbering changed
        if self.reuse:
            self.touched = set()
            if all(self.ids.get(url, doc_id) == doc_id for doc_id, url in cache.urls_by_id.items()):
                for doc_id, url in cache.urls_by_id.items():  # no page moved: pages added at the end, or taken from it
                    if url not in self.ids and url in cache.results:
                        self._unpost(doc_id, _term_weights(cache.results[url][3]))
            else:
                self._renumber(cache)
        self.facets: dict[int, tuple[dict, int]] = {}
        self.doc_bytes = 0

    def add(self, result: tuple | None, rendered: bool = True, before: tuple | None = None) -> None:
        """One article's index; a page not rendered again keeps its d/ file if its id did not
        move, and its postings if no id moved (before: what the page gave last time)."""
        if result is None:
            return
        row, filters, sort, terms = result
        doc_id = self.ids[row[0]]
        path = self.out / "d" / f"{doc_id}.js"
        if rendered or self.kept.get(doc_id) != row[0] or not path.exists():
            self.doc_bytes += _script(path, "doc", row)  # its id is its file's name (search.js)
        else:
            self.doc_bytes += path.stat().st_size
        self.facets[doc_id] = (filters, sort)
        if not self.reuse:
            self._post(doc_id, terms)
        elif rendered:  # only the terms whose weight for this page moved: their shards are written again
            old, new = _term_weights(before[3]) if before is not None else {}, _term_weights(terms)
            self._unpost(doc_id, [name for name, weight in old.items() if new.get(name) != weight])
            self._insert(doc_id, {name: weight for name, weight in new.items() if old.get(name) != weight})

    def add_article(self, article: dict) -> None:
        """A full build's article indexed in this process (a shard, no preview cache): its
        weights posted as they are, without the text a worker sends them back as (_compact)
        and _post reads again."""
        doc_id = self.ids[article["url"]]
        self.doc_bytes += _script(self.out / "d" / f"{doc_id}.js", "doc", _doc_row(article))
        self.facets[doc_id] = (article["filters"], article["sort"])
        postings = self.postings
        for term, weight in article["weights"].items():
            postings[term].extend((doc_id, weight))

    def _renumber(self, cache: IndexCache) -> None:
        """Pages moved (added or removed before others, or a day changed): drop the removed
        pages' postings, then give every remaining page its new id. Where the pages kept their
        order, a term's code changes only at the postings where the shift (new id − old id)
        changes: those chunks are encoded again (self.dirty). Otherwise every term is."""
        old_ids = {url: doc_id for doc_id, url in cache.urls_by_id.items()}
        for url in old_ids.keys() - self.ids.keys():
            if url in cache.results:
                self._unpost(old_ids[url], _term_weights(cache.results[url][3]))
        new_id = {old: self.ids[url] for url, old in old_ids.items() if url in self.ids}
        points = _shift_points(new_id)
        if points is None:
            self.touched = None
            for ids_weights in self.postings.values():
                ids_weights[::2] = list(map(new_id.__getitem__, ids_weights[::2]))
            return
        # the shift is the same from one point to the next: ids before the first keep theirs
        spans = [(point, end, new_id[point] - point) for point, end in zip(points, [*points[1:], None])]
        for term, ids_weights in self.postings.items():
            count = len(ids_weights) // 2
            starts = [_pair_at(ids_weights, point) for point in points]
            chunk_starts = cache.chunk_starts.get(term)
            chunks = {_chunk_of(chunk_starts, at) for at in starts if at < count} if chunk_starts else ()
            if chunks:
                self.touched.add(term)
                self.dirty.setdefault(term, set()).update(chunks)
            for (_, end, shift), start in zip(spans, starts):
                stop = count if end is None else _pair_at(ids_weights, end, start)
                if shift and start < stop:
                    ids_weights[2 * start : 2 * stop : 2] = map(shift.__add__, ids_weights[2 * start : 2 * stop : 2])

    def _post(self, doc_id: int, terms: str) -> None:
        """A full build's postings: lists are put in id order when written (the hot loop)."""
        postings = self.postings
        for line in terms.split("\n"):
            weight, _, names = line.partition(" ")
            entry = (doc_id, int(weight))
            for name in names.split(" "):
                postings[name].extend(entry)

    def _insert(self, doc_id: int, weights: dict[str, int]) -> None:
        """A preview rebuild keeps the lists in id order: nothing to sort when written."""
        for name, weight in weights.items():
            ids_weights = self.postings.setdefault(name, [])
            if not ids_weights or ids_weights[-2] < doc_id:
                at = len(ids_weights)
                ids_weights.extend((doc_id, weight))
            else:
                at = 2 * _pair_at(ids_weights, doc_id)
                ids_weights[at:at] = (doc_id, weight)
            self._changed(name, at // 2, 1)

    def _unpost(self, doc_id: int, names) -> None:
        postings = self.postings
        for name in names:
            ids_weights = postings[name]
            if self.touched is not None:  # lists in id order
                at = 2 * _pair_at(ids_weights, doc_id)
            else:
                at = next(i for i in range(0, len(ids_weights), 2) if ids_weights[i] == doc_id)
            del ids_weights[at : at + 2]
            if not ids_weights:
                del postings[name]
            self._changed(name, at // 2, -1)

    def _changed(self, name: str, at: int, grown: int) -> None:
        """Posting `at` of the term was inserted (grown 1) or removed (-1): its chunk grows or
        shrinks, the chunks after it start one posting later or earlier and keep their code
        (their gaps did not change), except the next one's first gap after a removal."""
        if self.touched is None:
            return
        self.touched.add(name)
        starts = self.cache.chunk_starts.get(name)
        if not starts:
            return  # a term new to the index: encoded whole
        chunk = _chunk_of(starts, at)
        for later in range(chunk + 1, len(starts)):
            starts[later] += grown
        self.dirty.setdefault(name, set()).update((chunk, chunk + 1) if grown < 0 and chunk + 1 < len(starts) else (chunk,))

    def dump(self, path: Path) -> dict:
        """A shard's share, for merge_partials: every article's URL (the doc ids), the facets of
        the pages it rendered (their d/ files are written) and their postings, each term's as
        [pairs, first id, its weight, last id, the code of the rest] (joined as text)."""
        postings = {}
        for term in sorted(self.postings):
            ids_weights = _in_id_order(self.postings[term])
            postings[term] = [len(ids_weights) // 2, ids_weights[0], ids_weights[1], ids_weights[-2],
                              postings_code(ids_weights[2:], ids_weights[0])]
        part = {"urls": sorted(self.ids, key=self.ids.get), "doc_bytes": self.doc_bytes, "postings": postings,
                "facets": [[doc_id, *self.facets[doc_id]] for doc_id in sorted(self.facets)]}
        path.write_text(json.dumps(part, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        return {"articles": len(self.facets), "terms": len(self.postings), "bytes": self.doc_bytes}

    def write(self, joined: dict[str, list] | None = None) -> dict:
        """Shards, facets and meta; returns counts and sizes. joined: a merge's postings (term →
        [pairs, last id, its postings_code]) instead of this writer's."""
        missing = sorted(url for url, doc_id in self.ids.items() if doc_id not in self.facets)
        if missing:
            raise ValueError("article pages without their search record: " + ", ".join(missing[:5]))
        # shards: terms and pairs apart, so one-word queries never load pair data
        sizes = {"t": 0, "p": 0}
        pairs = ((t, j[0]) for t, j in joined.items()) if joined is not None else ((t, len(l) // 2) for t, l in self.postings.items())
        for term, count in pairs:
            sizes[_family(term)] += 8 + len(term) + 2 * count  # ~2 characters a posting
        buckets = {family: max(16, 1 << max(0, (size // SHARD_BYTES)).bit_length()) for family, size in sizes.items()}
        terms = len(joined if joined is not None else self.postings)
        shards = self._write_joined(buckets, joined) if joined is not None else self._write_shards(buckets)
        written = self.doc_bytes + shards + self._write_facets(buckets)
        return {"articles": len(self.ids), "terms": terms, "buckets": buckets, "bytes": written}

    def _write_joined(self, buckets: dict[str, int], joined: dict[str, list]) -> int:
        """A merge's shards, one at a time, each term's text let go once written (memory)."""
        by_shard: dict[tuple[str, int], list[str]] = defaultdict(list)
        for term in sorted(joined):
            by_shard[(_family(term), fnv1a(term) % buckets[_family(term)])].append(term)
        written = 0
        for (family, bucket), terms in sorted(by_shard.items()):
            texts = [f'{json.dumps(term, ensure_ascii=False)}:"{joined.pop(term)[2]}"' for term in terms]
            written += _write_js(self.out / family / f"{bucket}.js", f'KLIndex.shard("{family}",{bucket},{{{",".join(texts)}}});\n')
        return written

    def _write_shards(self, buckets: dict[str, int]) -> int:
        """Every shard, or in a preview rebuild only those holding a changed term; a term's
        code is made again only where its postings changed. Returns the shards' bytes."""
        cache, postings, out = self.cache, self.postings, self.out
        hashes = cache.hashes if cache is not None else {}
        for term in postings.keys() - hashes.keys():
            hashes[term] = fnv1a(term)
        kept = cache is not None and self.touched is not None
        fragments = cache.fragments if kept else {}
        chunk_starts = cache.chunk_starts if kept else {}
        for term in self.touched or ():
            if term in fragments and term in postings:
                self._encode_dirty(term, fragments[term], chunk_starts[term])
            else:
                fragments.pop(term, None)
                chunk_starts.pop(term, None)
        partial = self.touched is not None and cache.buckets == buckets
        redo = None
        if partial:  # the shards of changed terms, and any shard a full rebuild of the folder left out
            redo = {(_family(t), (hashes[t] if t in hashes else fnv1a(t)) % buckets[_family(t)]) for t in self.touched}
            redo |= {key for key in cache.shard_sizes if not (out / key[0] / f"{key[1]}.js").exists()}
        shards: dict[tuple[str, int], list[str]] = defaultdict(list)
        for term in sorted(postings):
            key = (_family(term), hashes[term] % buckets[_family(term)])
            if redo is not None and key not in redo:
                continue
            parts = fragments.get(term)
            if parts is None:
                postings[term] = ids_weights = _in_id_order(postings[term])  # kept sorted for the next rebuild
                chunk_starts[term], codes = _chunks(ids_weights, 0, len(ids_weights) // 2)
                parts = fragments[term] = [f'{json.dumps(term, ensure_ascii=False)}:"', *codes]
            shards[key].append("".join(parts) + '"')
        sizes = {key: size for key, size in cache.shard_sizes.items() if key not in redo} if partial else {}
        for (family, bucket), texts in sorted(shards.items()):
            sizes[(family, bucket)] = _write_js(out / family / f"{bucket}.js", f'KLIndex.shard("{family}",{bucket},{{{",".join(texts)}}});\n')
        for family in ("t", "p"):  # shards no term falls in any more
            for path in (out / family).glob("*.js") if (out / family).exists() else ():
                if (family, int(path.stem)) not in sizes:
                    path.unlink()
        if cache is not None:
            cache.postings, cache.buckets, cache.shard_sizes, cache.fragments = dict(postings), buckets, sizes, fragments
            cache.chunk_starts = chunk_starts
        return sum(sizes.values())

    def _encode_dirty(self, term: str, parts: list[str], starts: list[int]) -> None:
        """The term's changed chunks encoded again (parts[0] is its key); one grown past
        MAX_POSTINGS_PER_CHUNK is cut into chunks of POSTINGS_PER_CHUNK (last first: the
        indices of the earlier ones hold)."""
        ids_weights = self.postings[term]
        count = len(ids_weights) // 2
        for chunk in sorted(self.dirty.get(term, ()), reverse=True):
            start, stop = starts[chunk], starts[chunk + 1] if chunk + 1 < len(starts) else count
            if stop - start > MAX_POSTINGS_PER_CHUNK:
                starts[chunk : chunk + 1], parts[1 + chunk : 2 + chunk] = _chunks(ids_weights, start, stop)
            else:
                parts[1 + chunk] = _span_code(ids_weights, start, stop)

    def _write_facets(self, buckets: dict[str, int]) -> int:
        """facets.js, order.js and meta.js; a preview rebuild whose edits moved no filter, date or doc id
        (a headline or a sentence fixed) leaves them as they are."""
        articles = [self.facets[doc_id] for doc_id in range(len(self.ids))]
        cache = self.cache
        if cache is not None and cache.facets is not None and cache.facets[0] == (articles, buckets) \
                and all((self.out / name).exists() for name in ("facets.js", "order.js", "meta.js")):
            return cache.facets[1]
        values = {key: sorted({v for filters, _ in articles for v in filters.get(key, [])}) for key in FACET_KEYS}
        ranks, days = date_ranks(articles)
        written = _script(self.out / "order.js", "order", encode_order(ranks))
        written += _script(self.out / "facets.js", "facets", encode_facets(articles, values, ranks, days))
        written += _script(self.out / "meta.js", "meta", {
            "count": len(articles), "buckets": buckets, "facetKeys": list(FACET_KEYS), "facetValues": values,
        })
        if cache is not None:
            cache.facets = ((articles, dict(buckets)), written)
        return written


# --- facets.js: a few characters per article -----------------------------------------------

FACET_KEYS = ("tinh", "tinh2025", "nhiemky", "nam", "chude")
BITS_PER_CHAR = 6  # a set of values: a bit mask, six bits per character (CODE_ALPHABET[:64])


def _width(count: int) -> int:
    """Characters needed to write numbers below count in CODE_ALPHABET."""
    width, capacity = 1, len(CODE_ALPHABET)
    while capacity < count:
        width, capacity = width + 1, capacity * len(CODE_ALPHABET)
    return width


def _fixed(numbers: list[int], width: int) -> str:
    """Each number in `width` characters, most significant first (search.js fixedCodes)."""
    base, out = len(CODE_ALPHABET), []
    for number in numbers:
        digits = []
        for _ in range(width):
            number, digit = divmod(number, base)
            digits.append(CODE_ALPHABET[digit])
        out.append("".join(reversed(digits)))
    return "".join(out)


def _mask(numbers: list[int], size: int) -> str:
    """A set of value numbers below size as a bit mask, BITS_PER_CHAR bits per character (search.js maskCodes)."""
    mask = sum(1 << number for number in set(numbers))
    return "".join(CODE_ALPHABET[(mask >> (BITS_PER_CHAR * i)) & 63] for i in range(max(1, -(-size // BITS_PER_CHAR))))


def date_ranks(articles: list[tuple[dict, int]]) -> tuple[list[int], int]:
    """Each article's day as its rank among the archive's distinct days, and how many there are."""
    days = sorted({sort for _, sort in articles})
    rank_of = {day: rank for rank, day in enumerate(days)}
    return [rank_of[sort] for _, sort in articles], len(days)


def _zigzag(number: int) -> int:
    """A signed number as a natural one: 0, -1, 1, -2 … → 0, 1, 2, 3 …"""
    return 2 * number if number >= 0 else -2 * number - 1


def encode_order(ranks: list[int]) -> dict:
    """order.js: the date ranks in id order as runs (length, then the change of rank).

    A query's results are ordered by score, then by date: this is all the ordering needs,
    so the first results do not wait for facets.js. Ids follow the day (index_order), so a
    run is one day's articles and the next rank is one more: ~3 characters a day, where a
    rank per article took 2 (at 100,000 articles, ~6,000 days: ~18 KB instead of 200)."""
    runs, previous = [], 0
    for rank, run in itertools.groupby(ranks):
        runs.append(_number_code(sum(1 for _ in run)) + _number_code(_zigzag(rank - previous)))
        previous = rank
    return {"count": len(ranks), "runs": "".join(runs)}


def encode_facets(articles: list[tuple[dict, int]], values: dict[str, list[str]], ranks: list[int], days: int) -> dict:
    """facets.js: every article's facet values, as a few characters each.

    One JSON row per article took ~50 bytes (5 MB at 100,000 articles, all of it loaded by
    the first query). Columns of fixed-width codes take ~4: a facet with one value per
    article is one number per article; a facet with several (topics) is the number of its set;
    and a facet that follows from another one (the 2025 province from the province, the year
    from the day: ranks, date_ranks) is written once per value of that one, not once per article."""
    sources = {"sort": (ranks, days)}
    columns = {}
    for key in FACET_KEYS:
        position = {value: index for index, value in enumerate(values[key])}
        sets = [[position[v] for v in filters.get(key, [])] for filters, _ in articles]
        if not all(len(numbers) == 1 for numbers in sets):
            columns[key] = _set_column(sets, len(values[key]))
            continue
        numbers = [numbers[0] for numbers in sets]
        width = _width(len(values[key]))
        for source, (source_numbers, source_count) in sources.items():
            mapping = _as_function(source_numbers, numbers)
            if mapping is not None:
                columns[key] = {"from": source, "width": width,
                                "codes": _fixed([mapping.get(n, 0) for n in range(source_count)], width)}
                break
        else:
            columns[key] = {"width": width, "codes": _fixed(numbers, width)}
            sources[key] = (numbers, len(values[key]))
    return {"count": len(articles), "columns": columns}


def _set_column(sets: list[list[int]], size: int) -> dict:
    """A facet with several values per article (topics): each distinct set once, as a bit
    mask, and each article the number of its set. At 100,000 articles, 6,853 distinct sets
    of 20 topics: 2 characters per article and a 27 KB table, where a mask per article took 4."""
    masks = sorted({_mask(numbers, size) for numbers in sets})
    number_of = {mask: number for number, mask in enumerate(masks)}
    width = _width(len(masks))
    return {"sets": "".join(masks), "width": width,
            "codes": _fixed([number_of[_mask(numbers, size)] for numbers in sets], width)}


def _as_function(source: list[int], target: list[int]) -> dict[int, int] | None:
    """source value → target value, when each source value always comes with the same target."""
    mapping: dict[int, int] = {}
    for key, value in zip(source, target):
        if mapping.setdefault(key, value) != value:
            return None
    return mapping


class PageIndexer:
    """Indexes article pages in worker processes while MkDocs renders the next ones.

    MkDocs renders on one core; the pages it has written are read on the others.
    Their postings are merged as they come back, so memory holds the postings,
    not every page's terms. With a cache (make dev), pages not rendered this time
    are taken from the last build's. jobs=None indexes in this process: a shard of
    a build, which already has a core of its own (site/build.py runs one per core).
    """

    def __init__(self, site_dir: Path, urls: list[str], jobs: int | None = 0, cache: IndexCache | None = None,
                 partial: Path | None = None) -> None:
        self.writer = IndexWriter(site_dir, urls, cache)
        self.partial = partial  # a shard of a build (site/shards.py) leaves its postings there for the merge
        self.cache = cache
        self.jobs = None if jobs is None else jobs or max(1, (os.cpu_count() or 1) - 1)
        self.pool: ProcessPoolExecutor | None = None
        self.pending: deque = deque()

    def add(self, url: str, record: dict, body: str) -> None:
        """An article page as it is written: its search record's data and its body's HTML."""
        if url not in self.writer.ids:
            return
        if self.jobs is None and self.cache is None:
            self.writer.add_article(article_from_parts(record, body, url))
            return
        if self.jobs is None:
            self._merge(index_article(record, body, url))
            return
        if self.pool is None:
            # fork while MkDocs runs one thread (`mkdocs build`: nothing to re-import, works
            # from any script); spawn under `mkdocs serve`, whose threads' locks a fork could copy held
            method = "fork" if threading.active_count() == 1 else "spawn"
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context(method))
        self.pending.append(self.pool.submit(index_article, record, body, url))
        while self.pending and self.pending[0].done():
            self._merge(self.pending.popleft().result())

    def finish(self) -> dict:
        try:
            while self.pending:
                self._merge(self.pending.popleft().result())
        finally:
            self.close()
        if self.partial is not None:
            return self.writer.dump(self.partial)
        if self.cache is not None:
            rendered = set(self.writer.facets)
            for url, doc_id in self.writer.ids.items():
                if doc_id not in rendered and url in self.cache.results:
                    self.writer.add(self.cache.results[url], rendered=False)
            self.cache.urls_by_id = {doc_id: url for url, doc_id in self.writer.ids.items()}
            self.cache.results = {url: result for url, result in self.cache.results.items() if url in self.writer.ids}
        return self.writer.write()

    def _merge(self, result: tuple | None) -> None:
        before = None
        if result is not None and self.cache is not None:
            before = self.cache.results.get(result[0][0])
            self.cache.results[result[0][0]] = result
        self.writer.add(result, before=before)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        self.pool, self.pending = None, deque()


def merge_partials(site_dir: Path, partials: list[Path]) -> dict:
    """The index of a site built in shards, from each shard's partial file (IndexWriter.dump):
    the same search/ a single build writes. Shard k holds the k-th run of doc ids, so the
    postings joined in shard order stay in id order. Returns counts and sizes."""
    writer, joined = None, {}
    for path in partials:  # in shard order
        part = json.loads(path.read_text(encoding="utf-8"))
        if writer is None:
            writer = IndexWriter(Path(site_dir), part["urls"], merging=True)
        elif sorted(part["urls"]) != sorted(writer.ids):
            raise ValueError(f"{path}: the shards were built from different articles")
        for term, (count, first, weight, last, rest) in part.pop("postings").items():
            known = joined.get(term)
            if known is None:
                joined[term] = [count, last, pair_code(first, weight) + rest]
            else:  # the first id becomes a gap from the previous shard's last
                known[0], known[1], known[2] = known[0] + count, last, known[2] + pair_code(first - known[1], weight) + rest
        writer.facets.update((doc_id, (filters, sort)) for doc_id, filters, sort in part["facets"])
        writer.doc_bytes += part["doc_bytes"]
    return writer.write(joined)


def build_search_index(site_dir: Path, jobs: int = 0) -> dict:
    """Read the article pages of a built site and write its search/; returns counts and sizes."""
    site_dir = Path(site_dir)
    paths = sorted((site_dir / "articles").rglob("*.html"))
    writer = IndexWriter(site_dir, index_order((page_url(path, site_dir), page_sort(path)) for path in paths))
    jobs = jobs or os.cpu_count() or 1
    arguments = (paths, [site_dir] * len(paths))
    if jobs <= 1 or len(paths) < 50:
        for result in map(_read_and_index, *arguments):
            writer.add(result)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for result in pool.map(_read_and_index, *arguments, chunksize=max(1, len(paths) // (jobs * 8))):
                writer.add(result)
    return writer.write()
