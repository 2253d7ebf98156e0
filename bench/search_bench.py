#!/usr/bin/env python3
"""Search benchmark (issue 5): bytes, latency and recall, measured in Chromium.

    .venv/bin/python bench/search_bench.py                      # 10,000 hosted, 5,000 offline
    .venv/bin/python bench/search_bench.py --hosted-n 1000 --offline-n 500 --work /tmp/sb --keep
    .venv/bin/python bench/search_bench.py --site SITE --offline-dir DIST/offline   # already built

From bench/run.py:

    from search_bench import measure, report, build_sites, QUERIES
    site, offline, timings = build_sites(work, 10_000, 5_000, seed=0)
    result = measure(site, offline, QUERIES)
    print(report(result))

What is measured (nothing is asserted; goals are printed next to the figures):

- Bytes: Chromium's own count through Playwright (request.sizes(): the body as it
  came over the wire plus the response headers; Pagefind's Web Worker included; a
  file:// load counts its file size). Every
  measurement that says "cold" runs in a fresh browser context (empty cache). The
  hosted site is served by `python -m http.server`, which compresses nothing, so
  text files (HTML, JS, CSS, JSON) are also given as "gzip est.": the size of the
  same file gzipped at level 6, what a static host such as GitHub Pages sends.
  Pagefind's index, fragments and wasm are gzip files already and count as served.
- Page view: the home page and an article, cold, until the network is quiet. Any
  request for an index file (search/meta.js, order.js, facets.js, t/, p/, d/; pagefind/) is
  listed: there should be none.
- First query: the search page opened cold (its own HTML, CSS and scripts are
  "search page"), then one query typed; everything fetched from that keystroke
  until the results are on screen and the network is quiet (index meta, order
  and facets, term shards, pair shards, the documents of the hits shown) is "first
  query". Each further query: what it fetched on top (cache warm).
- Latency: in the page, performance.now() when the query is put in the box and
  the input event is dispatched (the last keystroke), then a MutationObserver
  notes when the status line says "Đang tìm…" (search.js pauses after the last
  keystroke before searching: "typing pause"), when it gives the count, and
  when the hits are in the list (and, apart, when the filters are drawn). Median
  and 90th percentile over the queries.
- Offline (file://): the same for the bundle; "first results" is both opening
  tim-kiem.html?q=… (navigation start → hits on screen) and typing the first
  query into a freshly opened page.
- Recall on the nine pairs of issue 5, for our search (hosted and offline: one
  index of classic-script shards, search/, since commit c6459f8) and for Pagefind
  out of the box (a copy of the built article pages, without our search data if
  any, indexed by a plain `python -m pagefind --site` and queried with the raw
  strings through the Pagefind JS API; it indexes the whole page body, header and
  panel included, as it does when no data-pagefind-body is set). Counts are the
  ones the page shows; "same set" compares full result sets (for our engine: the
  shards the page loaded, intersected as search.js does; the size of that set is
  checked against the count shown, "!set≠count" flags a mismatch).

- Material's own search (with --material, or material_docs=… from Python): MkDocs +
  Material with `plugins: [search: {lang: vi}]` built from the same converted
  articles (kept out of the navigation, as anchors-measured.md did). Its whole
  search_index.json is fetched by every page view and indexed by lunr in a worker;
  "first" is the first answer after the page load, counts come from its result line
  ("N tài liệu liên quan"; above 999 Material rounds: "8.4k"), its paged list gives
  no full sets (shown as "~").
  Latency: the query put in its box (input + keyup events) → its result line changes.
  Slow and memory-hungry at 10,000 articles (a JSON index of ~100 MB): off by default.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
PAGE_SIZE = 10  # fragments loaded per Pagefind query (ours shows 10 hits a page since c6459f8; the run uses ours' count)

FIRST_QUERY = "Quảng Trị"
QUERIES = [
    "Đông Hà", "dong ha", "Chí Linh", "chi linh", "khóa XI", "khoa xi", "vững mạnh", "vung manh",
    "đảng viên", "dang vien", "Bắc Giang", "bac giang", "TCCSĐ", "tổ chức cơ sở đảng", "Nghị quyết 12",
    "Chỉ thị 05", '"xây dựng Đảng"', "Hải Phòng", "kết nạp đảng viên mới", "phuc yen",
]
RECALL_PAIRS = [
    ("Đông Hà", "dong ha"), ("Chí Linh", "chi linh"), ("khóa XI", "khoa xi"), ("khoá XI", "khóa XI"),
    ("Phúc Yên", "phuc yen"), ("vững mạnh", "vung manh"), ("đảng viên", "dang vien"), ("Bắc Giang", "bac giang"),
    ("TCCSĐ", "tổ chức cơ sở đảng"),
]
GOALS = {
    "page_view_index_requests": 0,
    "first_query_bytes": 1_000_000,
    "further_query_bytes": 300_000,
    "latency_ms": 300,
    "offline_first_ms": 1500,
    "offline_later_ms": 300,
}
TEXT_TYPES = (".html", ".js", ".css", ".json", ".svg", ".txt", ".xml", ".map")
# Index files: ours (search/meta.js, order.js, facets.js, t/, p/, d/; earlier layouts too) and Pagefind's.
INDEX = re.compile(r"/pagefind/|/search/(?:offline/|meta\.js|order\.js|facets\.js|[tpd]/)|\.wasm$")
KB = 1000

# --- page instrumentation -------------------------------------------------------------

# Notes, for the query last put in the box, when the search starts, when the status gives
# its count and when the hits are listed (search.js: status first, then the hits).
OBSERVE = """() => {
  if (window.__klb) return;
  const status = document.querySelector('[data-kl-status]');
  const results = document.getElementById('search-results');
  const facets = document.querySelector('[data-kl-facets]');
  const b = window.__klb = {q: null, t0: 0, start: 0, status: 0, hits: 0, facets: 0, text: ''};
  // the filters and their counts: drawn when facets.js is in, which may be after the hits
  new MutationObserver(() => {
    if (b.q !== null && !b.facets && facets.querySelector('button[data-facet]')) b.facets = performance.now();
  }).observe(facets, {childList: true});
  const check = () => {
    if (b.q === null || b.hits) return;
    const now = performance.now(), s = status.textContent;
    if (!b.start && s.startsWith('Đang tìm')) b.start = now;
    if (!b.status && /^(Tìm thấy|Không tìm thấy|Không tìm được)/.test(s) && (!s.includes('«') || s.includes('«' + b.q + '»'))) {
      b.status = now; b.text = s;
    }
    if (b.status) {
      const m = /^Tìm thấy (\\d+)/.exec(b.text);
      const n = results.querySelectorAll('li.kl-hit').length, more = document.querySelector('[data-kl-more]');
      if (!m || (n > 0 && (n === Number(m[1]) || (more && !more.hidden)))) { b.hits = now; b.shown = n; }
    }
  };
  new MutationObserver(check).observe(status, {childList: true, characterData: true, subtree: true});
  new MutationObserver(check).observe(results, {childList: true, subtree: true});
  const more = document.querySelector('[data-kl-more]');
  if (more) new MutationObserver(check).observe(more, {attributes: true});
}"""

TYPE = """q => {
  const b = window.__klb;
  Object.assign(b, {q, start: 0, status: 0, hits: 0, facets: 0, text: ''});
  const box = document.querySelector('#kl-q');
  b.t0 = performance.now();
  box.value = q;
  box.dispatchEvent(new Event('input', {bubbles: true}));
}"""

# For ?q=… opened cold: the time from navigation start until status and hits agree.
FIRST_PAINT_OF_RESULTS = """() => {
  const done = () => {
    const status = document.querySelector('[data-kl-status]');
    const results = document.getElementById('search-results');
    if (!status || !results) return false;
    const s = status.textContent, m = /^Tìm thấy (\\d+)/.exec(s);
    const n = results.querySelectorAll('li.kl-hit').length, more = document.querySelector('[data-kl-more]');
    return m ? n > 0 && (n === Number(m[1]) || (more && !more.hidden)) : /^Không tìm thấy/.test(s);
  };
  new MutationObserver(() => { if (!window.__klFirst && done()) window.__klFirst = performance.now(); })
    .observe(document, {childList: true, subtree: true, characterData: true, attributes: true});
}"""

# search.js keeps the shards it loads to itself; keep a copy (and the meta) to compute full result sets.
KEEP_SHARDS = """(() => {
  let engine;
  Object.defineProperty(window, 'KLIndex', {configurable: true, get() { return engine; }, set(value) {
    const shard = value.shard, meta = value.meta;
    value.shard = function (family, bucket, terms) {
      const all = window.__klShards = window.__klShards || {};
      (all[family] = all[family] || {})[bucket] = terms;
      return shard.apply(this, arguments);
    };
    value.meta = function (m) { window.__klMeta = m; return meta.apply(this, arguments); };
    engine = value;
  }});
})()"""

# The full set of article ids for a query, from the shards search.js loaded for it (its matching(): all
# required terms; FNV-1a buckets as kholuutru/search/index.py). null if the layout is not the expected one.
INDEX_SET = """q => {
  const F = window.KLFold, meta = window.__klMeta, shards = window.__klShards || {};
  if (!meta || !meta.buckets) return null;
  const needs = F.required(F.parseQuery(q));
  if (!needs.length) return [];
  const hash = term => { let h = 2166136261; for (let i = 0; i < term.length; i++) h = Math.imul((h ^ term.charCodeAt(i)) >>> 0, 16777619) >>> 0; return h; };
  let ids = null;
  for (const term of needs) {
    const family = term.indexOf('zp') === 0 ? 'p' : 't', bucket = hash(term) % meta.buckets[family];
    const loaded = (shards[family] || {})[bucket];
    if (!loaded) return null;
    const here = new Set(window.KLCodes.postings(loaded[term] || "").ids);
    ids = ids === null ? here : new Set([...ids].filter(id => here.has(id)));
  }
  return [...ids].sort((a, b) => a - b);
}"""

PLAIN_INIT = """async url => { window.__pf = await import(url); await window.__pf.init(); return true; }"""
PLAIN_SEARCH = """async ([q, shown]) => {
  const t0 = performance.now();
  const found = await window.__pf.search(q);
  const t1 = performance.now();
  await Promise.all(found.results.slice(0, shown).map(r => r.data()));
  return {count: found.results.length, ids: found.results.map(r => r.id).sort(), search_ms: t1 - t0,
          total_ms: performance.now() - t0};
}"""


# --- the browser, the server, the traffic ---------------------------------------------


def log(message: str) -> None:
    print(f"  [search bench] {message}", file=sys.stderr, flush=True)


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serve(directory: Path):
    """`python -m http.server` on 127.0.0.1 for directory; yields the base URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port), "--directory", str(directory)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"http.server exited with {server.returncode}")
            with socket.socket() as probe:
                probe.settimeout(0.2)
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("http.server did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class Traffic:
    """Every request of one page (its workers' too: Pagefind searches in a Web Worker) and the
    bytes that came over the wire for it: Playwright's request.sizes() (body as received plus
    response headers; 0 for a cache hit). A file:// load counts its file size (the first time),
    and so does a response whose body size Chromium does not report (Pagefind's worker script)."""

    def __init__(self, page, root: Path, base: str):
        self.page, self.root, self.base = page, Path(root), base
        self.finished: list = []
        self.inflight: set = set()
        self.done: list[dict] = []
        self.seen: set[str] = set()
        self.last_event = time.monotonic()
        self._gzip: dict[Path, int] = {}
        page.on("request", self._sent)
        page.on("requestfinished", self._finished)
        page.on("requestfailed", self._failed)

    def _sent(self, request) -> None:
        self.inflight.add(request)
        self.last_event = time.monotonic()

    def _finished(self, request) -> None:
        self.inflight.discard(request)
        self.finished.append((request, None))
        self.last_event = time.monotonic()

    def _failed(self, request) -> None:
        self.inflight.discard(request)
        self.finished.append((request, request.failure or "failed"))
        self.last_event = time.monotonic()

    def _account(self) -> None:
        """Sizes for the requests finished since the last call (sizes() is a round trip: not in a handler)."""
        while len(self.done) < len(self.finished):
            request, failure = self.finished[len(self.done)]
            url = request.url
            first = url not in self.seen
            self.seen.add(url)
            row = {"url": url, "type": request.resource_type, "failed": failure, "from_disk_size": False}
            if failure or url.startswith(("data:", "blob:")):
                row.update(bytes=0, gzip_est=0)
            elif url.startswith("file:"):
                target = self._file(url)
                row.update(bytes=target.stat().st_size if (target and first) else 0, from_disk_size=True)
                row["gzip_est"] = row["bytes"]
            else:
                sizes = request.sizes()
                body, headers = max(0, sizes["responseBodySize"]), max(0, sizes["responseHeadersSize"])
                if body == 0 and first:
                    target = self._file(url)
                    if target is not None and target.stat().st_size > 0:
                        body, row["from_disk_size"] = target.stat().st_size, True
                row["bytes"] = body + headers if body else headers if first else 0
                row["gzip_est"] = self._estimate(url, row["bytes"], headers)
            self.done.append(row)

    def _file(self, url: str) -> Path | None:
        if not url.startswith(self.base):
            return None
        path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
        prefix = urllib.parse.unquote(urllib.parse.urlsplit(self.base).path)
        path = path[len(prefix):] if path.startswith(prefix) else path.lstrip("/")
        target = self.root / path
        if not path or path.endswith("/") or target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def _estimate(self, url: str, sent: int, headers: int) -> int:
        """What a host that gzips text would send: the headers and the gzipped file."""
        target = self._file(url)
        if target is None or sent <= headers or target.suffix not in TEXT_TYPES:
            return sent
        if target not in self._gzip:
            self._gzip[target] = len(gzip.compress(target.read_bytes(), compresslevel=6))
        return min(sent, self._gzip[target] + headers)

    def mark(self) -> int:
        self._account()
        return len(self.done)

    def since(self, mark: int) -> list[dict]:
        self._account()
        return self.done[mark:]

    def settle(self, quiet_s: float = 0.3, timeout_s: float = 60) -> None:
        """Wait until no request is in flight and nothing happened for quiet_s."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            self.page.wait_for_timeout(50)
            if not self.inflight and time.monotonic() - self.last_event >= quiet_s:
                return
        log(f"network not quiet after {timeout_s} s: {[r.url for r in self.inflight][:5]}")


def summed(transfers: list[dict]) -> dict:
    index = [t["url"] for t in transfers if INDEX.search(t["url"])]
    return {
        "bytes": sum(t["bytes"] for t in transfers),
        "gzip_est": sum(t["gzip_est"] for t in transfers),
        "requests": len(transfers),
        "index_requests": index,
        "by_kind": _by_kind(transfers),
    }


def _by_kind(transfers: list[dict]) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for t in transfers:
        path = urllib.parse.urlsplit(t["url"]).path
        name = path.rsplit("/", 1)[-1]
        if "/pagefind/" in path:
            kind = ("pagefind wasm" if "wasm" in name else "pagefind index" if "/index/" in path or name.endswith("pf_meta")
                    else "pagefind fragments" if "/fragment/" in path else "pagefind filters" if "/filter/" in path
                    else "pagefind script")
        elif INDEX.search(path):
            kind = ("index terms" if "/t/" in path else "index pairs" if "/p/" in path else "index docs" if "/d/" in path
                    else "index meta+order+facets")
        elif "/search/" in path:
            kind = "search tables (vocab, labels)"
        elif path.endswith(".js"):
            kind = "scripts"
        elif path.endswith(".css"):
            kind = "styles"
        elif path.endswith((".html", "/")) or not name:
            kind = "html"
        else:
            kind = "other"
        kinds[kind] = kinds.get(kind, 0) + t["bytes"]
    return kinds


# --- one query on our search page -------------------------------------------------------


def typed(page, query: str, timeout_ms: int = 120_000) -> dict:
    """Put query in the box (fill + input event) and wait until the hits are listed, and the
    filters drawn (the first query's may come after its hits: search.js awaits facets.js only
    for a filter)."""
    page.evaluate(TYPE, query)
    page.wait_for_function("() => window.__klb.hits > 0", timeout=timeout_ms)
    b = page.evaluate("() => window.__klb")
    match = re.match(r"Tìm thấy (\d+) bài", b["text"])
    if match and not b["facets"]:  # the first query's filters may come after its hits
        page.wait_for_function("() => window.__klb.facets > 0", timeout=timeout_ms)
        b = page.evaluate("() => window.__klb")
    return {
        "query": query,
        "count": int(match.group(1)) if match else 0,
        "status": b["text"],
        "to_status_ms": b["status"] - b["t0"],
        "to_hits_ms": b["hits"] - b["t0"],
        "wait_ms": (b["start"] - b["t0"]) if b["start"] else None,  # search.js's typing delay
        "search_ms": (b["status"] - b["start"]) if b["start"] else None,
        "render_ms": b["hits"] - b["status"],
        "to_facets_ms": (b["facets"] - b["t0"]) if b.get("facets") else None,  # filters drawn (None: not by the hits)
        "shown": b.get("shown"),
    }


def _stats(values: list[float]) -> dict:
    values = sorted(v for v in values if v is not None)
    if not values:
        return {"median": None, "p90": None, "max": None, "n": 0}
    return {"median": statistics.median(values), "p90": values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))],
            "max": values[-1], "n": len(values)}


def _context(browser):
    return browser.new_context(viewport={"width": 1280, "height": 800}, locale="vi-VN")


def page_views(browser, base: str, root: Path, paths: list[str]) -> list[dict]:
    rows = []
    for path in paths:
        context = _context(browser)
        try:
            page = context.new_page()
            traffic = Traffic(page, root, base)
            page.goto(base + path, wait_until="load")
            traffic.settle(quiet_s=0.5)
            rows.append({"path": path or "(home)", **summed(traffic.since(0))})
        finally:
            context.close()
    return rows


def search_session(browser, base: str, root: Path, search_path: str, first_query: str, queries: list[str],
                   pairs: list[tuple[str, str]]) -> dict:
    """A reader's session on our search page: open it cold, type the first query, then the others;
    then the recall pairs (counts from the page, full sets from the shards the page loaded)."""
    context = _context(browser)
    try:
        context.add_init_script(KEEP_SHARDS)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        traffic = Traffic(page, root, base)
        page.goto(base + search_path, wait_until="load")
        traffic.settle()
        page_load = summed(traffic.since(0))
        page.evaluate(OBSERVE)
        log(f"{base}{search_path}: first query")

        mark = traffic.mark()
        first = typed(page, first_query)
        traffic.settle()
        first.update(summed(traffic.since(mark)))

        further = []
        for query in queries:
            mark = traffic.mark()
            row = typed(page, query)
            traffic.settle()
            row.update(summed(traffic.since(mark)))
            further.append(row)

        log(f"{base}{search_path}: recall pairs")
        recall = {}
        for query in dict.fromkeys(q for pair in pairs for q in pair):
            row = typed(page, query)
            ids = page.evaluate(INDEX_SET, query)
            recall[query] = {"count": row["count"], "set_size": None if ids is None else len(ids), "ids": ids}
        return {"page_load": page_load, "first": first, "further": further, "recall": recall, "errors": errors}
    finally:
        context.close()


def offline_cold_opens(browser, base: str, queries: list[str]) -> list[dict]:
    """tim-kiem.html?q=… opened from disk in a fresh context: navigation start → hits listed."""
    rows = []
    for query in queries:
        context = _context(browser)
        try:
            context.add_init_script(f"({FIRST_PAINT_OF_RESULTS})()")
            page = context.new_page()
            page.goto(base + "tim-kiem.html?" + urllib.parse.urlencode({"q": query}), wait_until="load")
            page.wait_for_function("() => window.__klFirst > 0", timeout=120_000)
            rows.append({"query": query, "ms": page.evaluate("() => window.__klFirst")})
        finally:
            context.close()
    return rows


def _pairs_table(recall: dict, pairs: list[tuple[str, str]]) -> list[dict]:
    rows = []
    for a, b in pairs:
        ra, rb = recall.get(a), recall.get(b)
        if ra is None or rb is None:
            rows.append({"pair": [a, b], "counts": None, "same_set": None})
            continue
        known = ra["ids"] is not None and rb["ids"] is not None
        rows.append({
            "pair": [a, b],
            "counts": [ra["count"], rb["count"]],
            # without the sets (an index layout this bench does not know), equal counts stand in
            "same_set": set(map(str, ra["ids"])) == set(map(str, rb["ids"])) if known else ra["count"] == rb["count"],
            "set_checked": known,
            "set_matches_count": not known or (ra["set_size"] == ra["count"] and rb["set_size"] == rb["count"]),
        })
    return rows


# --- Pagefind out of the box --------------------------------------------------------------

_OUR_TEXT = [
    re.compile(r'<div class="kl-search" hidden>.*?</div>', re.S),
    re.compile(r'<span data-pagefind-meta="(?:tieude|diadanh|tinh2025)">.*?</span>', re.S),
]


def plain_pagefind_site(site_dir: Path, out_dir: Path) -> dict:
    """The built article pages without our hidden search text, indexed by a plain Pagefind CLI run."""
    site_dir, out_dir = Path(site_dir), Path(out_dir)
    shutil.rmtree(out_dir, ignore_errors=True)
    start = time.perf_counter()
    pages = 0
    for source in sorted((site_dir / "articles").rglob("*.html")):
        text = source.read_text(encoding="utf-8")
        for pattern in _OUR_TEXT:
            text = pattern.sub("", text)
        target = out_dir / source.relative_to(site_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        pages += 1
    (out_dir / "index.html").write_text('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>plain</title>'
                                        "</head><body></body></html>", encoding="utf-8")
    copied = time.perf_counter() - start
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(out_dir)], capture_output=True, text=True)
    return {"pages": pages, "copy_s": copied, "index_s": time.perf_counter() - start, "exit_code": run.returncode,
            "stderr_tail": run.stderr.splitlines()[-5:], "stdout_tail": run.stdout.splitlines()[-5:]}


def plain_session(browser, base: str, root: Path, first_query: str, queries: list[str],
                  pairs: list[tuple[str, str]], shown: int = PAGE_SIZE) -> dict:
    context = _context(browser)
    try:
        page = context.new_page()
        traffic = Traffic(page, root, base)
        page.goto(base, wait_until="load")
        traffic.settle()
        mark = traffic.mark()
        page.evaluate(PLAIN_INIT, base + "pagefind/pagefind.js")
        first = page.evaluate(PLAIN_SEARCH, [first_query, shown])
        traffic.settle()
        first.update(summed(traffic.since(mark)))
        first.pop("ids")
        further = []
        for query in queries:
            mark = traffic.mark()
            row = page.evaluate(PLAIN_SEARCH, [query, shown])
            traffic.settle()
            row.update(summed(traffic.since(mark)))
            row.pop("ids")
            row["query"] = query
            further.append(row)
        recall = {}
        for query in dict.fromkeys(q for pair in pairs for q in pair):
            row = page.evaluate(PLAIN_SEARCH, [query, 0])
            recall[query] = {"count": row["count"], "set_size": row["count"], "ids": row["ids"]}
        return {"first": first, "further": further, "recall": recall}
    finally:
        context.close()


# --- Material's own search (optional: --material) ------------------------------------------

MATERIAL_YML = """site_name: Anchor — Material with its own search
docs_dir: docs
site_dir: site
theme: {name: material, language: vi, font: false}
plugins:
  - search: {lang: vi}
nav:
  - index.md
not_in_nav: |
  /articles/
"""

# Material renders its results into .md-search-result; note the first change after the query is put in.
MATERIAL_OBSERVE = """() => {
  if (window.__klm) return;
  const box = document.querySelector('.md-search-result');
  const b = window.__klm = {q: null, t0: 0, done: 0, text: ''};
  new MutationObserver(() => {
    const meta = document.querySelector('.md-search-result__meta');
    const text = meta ? meta.textContent : '';
    if (b.q === null || b.done || !text || /Initializing|khởi tạo/i.test(text)) return;
    b.done = performance.now(); b.text = text;
  }).observe(box, {childList: true, subtree: true, characterData: true});
}"""

MATERIAL_TYPE = """q => {
  const b = window.__klm, input = document.querySelector('input.md-search__input');
  Object.assign(b, {q, done: 0, text: ''});
  input.focus();
  b.t0 = performance.now();
  input.value = q;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: q.slice(-1) || ' '}));
}"""


def material_site(docs_dir: Path, out_dir: Path) -> dict:
    """MkDocs + Material with its own search (lang vi) over the same converted articles, the
    articles kept out of the navigation (as ../shared/notes/anchors-measured.md did)."""
    out_dir = Path(out_dir)
    shutil.rmtree(out_dir, ignore_errors=True)
    (out_dir / "docs").mkdir(parents=True)
    shutil.copytree(Path(docs_dir) / "articles", out_dir / "docs" / "articles")
    (out_dir / "docs" / "index.md").write_text("# Anchor\n", encoding="utf-8")
    (out_dir / "mkdocs.yml").write_text(MATERIAL_YML, encoding="utf-8")
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml"], cwd=out_dir,
                         capture_output=True, text=True, env=_env())
    index = out_dir / "site" / "search" / "search_index.json"
    return {"build_s": time.perf_counter() - start, "exit_code": run.returncode, "site": str(out_dir / "site"),
            "index_bytes": index.stat().st_size if index.exists() else None, "stderr_tail": run.stderr.splitlines()[-5:]}


def _material_query(page, query: str, timeout_ms: int) -> dict:
    page.evaluate(MATERIAL_TYPE, query)
    page.wait_for_function("() => window.__klm.done > 0", timeout=timeout_ms)
    b = page.evaluate("() => window.__klm")
    return {"query": query, "count": material_count(b["text"]), "status": b["text"], "to_hits_ms": b["done"] - b["t0"]}


def material_count(text: str) -> int:
    """Material's result line: "7 tài liệu liên quan", "8.4k …", "10k …" (rounded above 999), or none."""
    number = re.search(r"(\d+(?:[.,]\d+)?)\s*([kK])?", text)
    if not number:
        return 0
    value = float(number.group(1).replace(",", "."))
    return int(round(value * 1000)) if number.group(2) else int(value)


def material_session(browser, base: str, root: Path, first_query: str, queries: list[str],
                     pairs: list[tuple[str, str]], init_timeout_ms: int = 900_000) -> dict:
    """Material loads its whole index on every page view and builds it in a worker; then each
    query. Counts come from its result line ("N tài liệu liên quan"); its list is paged, so sets
    are not compared."""
    context = _context(browser)
    try:
        page = context.new_page()
        traffic = Traffic(page, root, base)
        start = time.perf_counter()
        page.goto(base, wait_until="load")
        page.evaluate(MATERIAL_OBSERVE)
        first = _material_query(page, first_query, init_timeout_ms)  # waits for the index to be built
        first["from_load_s"] = time.perf_counter() - start
        traffic.settle()
        view = summed(traffic.since(0))
        further = []
        for query in queries:
            mark = traffic.mark()
            row = _material_query(page, query, 120_000)
            traffic.settle(quiet_s=0.1)
            row.update(summed(traffic.since(mark)))
            further.append(row)
        recall = {}
        for query in dict.fromkeys(q for pair in pairs for q in pair):
            row = _material_query(page, query, 120_000)
            recall[query] = {"count": row["count"], "set_size": None, "ids": None}
        return {"page_view": view, "first": first, "further": further, "recall": recall}
    finally:
        context.close()


# --- the whole measurement ---------------------------------------------------------------


def measure(site_dir: Path, offline_dir: Path, queries: list[str], *, first_query: str = FIRST_QUERY,
            pairs: list[tuple[str, str]] = RECALL_PAIRS, plain: bool = True, work_dir: Path | None = None,
            article: str | None = None, material_docs: Path | None = None) -> dict:
    """Bytes, latency and recall of the hosted site (site_dir) and the offline bundle
    (offline_dir), each with its search/ index; if plain, Pagefind out of the box over a
    copy of site_dir's articles; if material_docs (a docs/ folder with the converted
    articles/ of the same corpus), Material's own search built from them. Comparison sites
    are built in work_dir (or a temporary folder)."""
    from playwright.sync_api import sync_playwright

    site_dir, offline_dir = Path(site_dir), Path(offline_dir)
    article = article or _first_article(site_dir)
    offline_article = _first_article(offline_dir, offline=True)
    result: dict = {"goals": GOALS, "queries": queries, "first_query": first_query, "pairs": pairs,
                    "cpu_count": os.cpu_count(), "load_average_at_start": os.getloadavg(),
                    "site_dir": str(site_dir), "offline_dir": str(offline_dir),
                    "articles": {"hosted": _count_articles(site_dir), "offline": _count_articles(offline_dir)}}
    temporary = None
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            with serve(site_dir) as base:
                result["hosted_views"] = page_views(browser, base, site_dir, ["", article])
                result["hosted"] = search_session(browser, base, site_dir, "tim-kiem/", first_query, queries, pairs)
            offline_base = offline_dir.resolve().as_uri() + "/"
            result["offline_views"] = page_views(browser, offline_base, offline_dir, ["index.html", offline_article])
            result["offline"] = search_session(browser, offline_base, offline_dir, "tim-kiem.html", first_query,
                                               queries, pairs)
            result["offline_cold_opens"] = offline_cold_opens(browser, offline_base, [first_query, *queries[:4]])
            if plain or material_docs is not None:
                if work_dir is None:
                    temporary = tempfile.TemporaryDirectory(prefix="kl-search-anchors-")
                    work_dir = Path(temporary.name)
                _measure_anchors(browser, result, site_dir, Path(work_dir), plain, material_docs)
        finally:
            browser.close()
            if temporary is not None:
                temporary.cleanup()
    result["load_average_at_end"] = os.getloadavg()
    _tabulate_recall(result)
    result["summary"] = _summary(result)
    return result


def _measure_anchors(browser, result: dict, site_dir: Path, work_dir: Path, plain: bool,
                     material_docs: Path | None) -> None:
    """Pagefind out of the box over a copy of the site, and Material's own search over material_docs."""
    first_query, queries, pairs = result["first_query"], result["queries"], result["pairs"]
    if plain:
        plain_dir = work_dir / "plain-pagefind"
        log("Pagefind out of the box: copying and indexing the articles")
        result["plain_build"] = plain_pagefind_site(site_dir, plain_dir)
        if result["plain_build"]["exit_code"] == 0:
            shown = result["hosted"]["first"].get("shown") or PAGE_SIZE  # as many fragments as ours shows hits
            result["plain_shown"] = shown
            with serve(plain_dir) as base:
                result["plain"] = plain_session(browser, base, plain_dir, first_query, queries, pairs, shown)
    if material_docs is not None:
        log("Material's own search: building (its index is one JSON file) and loading it")
        result["material_build"] = material_site(material_docs, work_dir / "material-search")
        if result["material_build"]["exit_code"] == 0:
            material_root = Path(result["material_build"]["site"])
            with serve(material_root) as base:
                result["material"] = material_session(browser, base, material_root, first_query, queries, pairs)


def _tabulate_recall(result: dict) -> None:
    """Each system's recall as a table of pairs; the JSON keeps only the sizes of the hit sets."""
    pairs = result["pairs"]
    result["recall"] = {
        "hosted": _pairs_table(result["hosted"]["recall"], pairs),
        "offline": _pairs_table(result["offline"]["recall"], pairs),
        **({"plain_pagefind": _pairs_table(result["plain"]["recall"], pairs)} if "plain" in result else {}),
        **({"material": _pairs_table(result["material"]["recall"], pairs)} if "material" in result else {}),
    }
    for system in ("hosted", "offline", "plain", "material"):
        for query, row in result.get(system, {}).get("recall", {}).items():
            row["ids"] = None if row["ids"] is None else len(row["ids"])  # keep the JSON small: sizes only


def _first_article(folder: Path, offline: bool = False) -> str:
    """An article page of the site (hosted: articles/<slug>/) or the bundle (articles/<slug>.html)."""
    if offline:
        first = next(iter(sorted((folder / "articles").glob("*.html"))), None)
        return f"articles/{first.name}" if first else "index.html"
    first = next(iter(sorted((folder / "articles").glob("*/index.html"))), None)
    return f"articles/{first.parent.name}/" if first else ""


def _count_articles(folder: Path) -> int:
    articles = folder / "articles"
    return sum(1 for _ in articles.glob("*/index.html")) + sum(1 for _ in articles.glob("*.html"))


def _summary(result: dict) -> dict:
    def latency(session: dict, key: str) -> dict:
        return _stats([row[key] for row in session["further"]])

    summary: dict = {}
    for system in ("hosted", "offline"):
        session = result[system]
        summary[system] = {
            "search_page_bytes": session["page_load"]["bytes"],
            "first_query_bytes": session["first"]["bytes"],
            "first_query_gzip_est": session["first"]["gzip_est"],
            "first_query_ms": session["first"]["to_hits_ms"],
            "first_query_facets_ms": session["first"].get("to_facets_ms"),
            "further_bytes": _stats([row["bytes"] for row in session["further"]]),
            "further_gzip_est": _stats([row["gzip_est"] for row in session["further"]]),
            "to_status_ms": latency(session, "to_status_ms"),
            "to_hits_ms": latency(session, "to_hits_ms"),
            "search_ms": latency(session, "search_ms"),
            "wait_ms": latency(session, "wait_ms"),
            "errors": session["errors"],
        }
    summary["offline"]["cold_open_ms"] = _stats([row["ms"] for row in result["offline_cold_opens"]])
    if "plain" in result:
        plain = result["plain"]
        summary["plain"] = {
            "first_query_bytes": plain["first"]["bytes"],
            "first_query_gzip_est": plain["first"]["gzip_est"],
            "first_query_ms": plain["first"]["total_ms"],
            "further_bytes": _stats([row["bytes"] for row in plain["further"]]),
            "further_gzip_est": _stats([row["gzip_est"] for row in plain["further"]]),
            "total_ms": _stats([row["total_ms"] for row in plain["further"]]),
        }
    if "material" in result:
        material = result["material"]
        summary["material"] = {
            "page_view_bytes": material["page_view"]["bytes"],
            "page_view_gzip_est": material["page_view"]["gzip_est"],
            "first_query_ms": material["first"]["to_hits_ms"],
            "first_results_from_load_s": material["first"]["from_load_s"],
            "further_bytes": _stats([row["bytes"] for row in material["further"]]),
            "to_hits_ms": _stats([row["to_hits_ms"] for row in material["further"]]),
        }
    for system, rows in result["recall"].items():
        summary.setdefault(system if system != "plain_pagefind" else "plain", {})["pairs_same"] = sum(
            1 for row in rows if row["same_set"] and row["counts"] and row["counts"][0] > 0)
    return summary


# --- printing -----------------------------------------------------------------------------


def _kb(value) -> str:
    return "—" if value is None else f"{value / KB:,.0f} KB" if value < 10 * 1000 * KB else f"{value / 1e6:,.1f} MB"


def _ms(value) -> str:
    return "—" if value is None else f"{value:,.0f} ms"


def _mark(value, limit) -> str:
    if value is None:
        return "?"
    return "ok" if value <= limit else "MISSED"


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def report(result: dict) -> str:
    n_hosted, n_offline = result["articles"]["hosted"], result["articles"]["offline"]
    out = [f"Search benchmark — hosted {n_hosted:,} articles, offline {n_offline:,} articles; "
           f"first query «{result['first_query']}», then {len(result['queries'])} queries; {result['cpu_count']} CPUs, "
           f"load average {result['load_average_at_start'][0]:.2f} at start, {result['load_average_at_end'][0]:.2f} at end"]
    if max(result["load_average_at_start"][0], result["load_average_at_end"][0]) > 1.0:
        out.append("  !! the machine was busy with other work: timings are inflated; bytes and recall are not affected")

    for section in (_report_views, _report_payload, _report_latency, _report_recall):
        out += section(result)
    return "\n".join(out)


def _report_views(result: dict) -> list[str]:
    """Page views without a search: no index request may be made."""
    out = []
    out.append("\nPage views without a search (cold cache; index requests should be none):")
    rows = []
    for where in ("hosted", "offline"):
        for view in result[f"{where}_views"]:
            rows.append([where, view["path"][:60], _kb(view["bytes"]), _kb(view["gzip_est"]), str(view["requests"]),
                         str(len(view["index_requests"])), "ok" if not view["index_requests"] else "MISSED"])
    out.append(_table(["where", "page", "bytes", "gzip est.", "requests", "index req.", "goal"], rows))
    return out


def _report_payload(result: dict) -> list[str]:
    """Bytes fetched by each search system, first and further queries."""
    s = result["summary"]
    out = []
    out.append("\nPayload (bytes the browser fetched; gzip est. = what a host that gzips text sends):")
    rows = []
    for name, key in (("our search, hosted (http)", "hosted"), ("our search, offline (file://)", "offline"),
                      ("Pagefind out of the box", "plain")):
        if key not in s:
            continue
        x = s[key]
        further = x["further_bytes"]
        rows.append([
            name,
            _kb(x.get("search_page_bytes")),
            f"{_kb(x['first_query_bytes'])} ({_kb(x['first_query_gzip_est'])})",
            f"{_kb(further['median'])} / {_kb(further['max'])}",
            f"{_kb(x['further_gzip_est']['median'])} / {_kb(x['further_gzip_est']['max'])}",
            f"{_mark(x['first_query_bytes'], GOALS['first_query_bytes'])} / "
            f"{_mark(further['max'], GOALS['further_query_bytes'])}" if key == "hosted" else "",
        ])
    if "material" in s:
        x = s["material"]
        rows.append(["Material's own search (index fetched by every page view)",
                     f"{_kb(x['page_view_bytes'])} ({_kb(x['page_view_gzip_est'])})", "0 (in the page view)",
                     f"{_kb(x['further_bytes']['median'])} / {_kb(x['further_bytes']['max'])}", "", ""])
    out.append(_table(["system", "search page", "first query (gzip est.)", "further: median / max",
                       "further gzip est.", "goal ≤1 MB / ≤300 KB"], rows))
    hosted_first = result["hosted"]["first"]["by_kind"]
    out.append("  hosted first query by kind: " + ", ".join(f"{k} {_kb(v)}" for k, v in sorted(hosted_first.items())))
    offline_first = result["offline"]["first"]["by_kind"]
    out.append("  offline first query by kind: " + ", ".join(f"{k} {_kb(v)}" for k, v in sorted(offline_first.items())))
    return out


def _report_latency(result: dict) -> list[str]:
    """Last keystroke to results, and the offline cold open."""
    s = result["summary"]
    out = []
    out.append("\nLatency, last keystroke → results (median / p90 over the further queries; search.js's typing pause "
               "after the last keystroke included):")
    rows = []
    for name, key in (("our search, hosted", "hosted"), ("our search, offline", "offline")):
        x = s[key]
        rows.append([name, _ms(x["first_query_ms"]), f"{_ms(x['to_status_ms']['median'])} / {_ms(x['to_status_ms']['p90'])}",
                     f"{_ms(x['to_hits_ms']['median'])} / {_ms(x['to_hits_ms']['p90'])}",
                     _ms(x["wait_ms"]["median"]), _ms(x["search_ms"]["median"]),
                     _mark(x["to_hits_ms"]["median"], GOALS["latency_ms" if key == "hosted" else "offline_later_ms"])])
    if "plain" in s:
        x = s["plain"]
        rows.append([f"Pagefind out of the box (API: search + {result['plain_shown']} fragments, no UI, no delay)",
                     _ms(x["first_query_ms"]),
                     "—", f"{_ms(x['total_ms']['median'])} / {_ms(x['total_ms']['p90'])}", "—", "—", ""])
    if "material" in s:
        x = s["material"]
        rows.append([f"Material's own search (first: {x['first_results_from_load_s']:.1f} s from page load)",
                     _ms(x["first_query_ms"]), "—", f"{_ms(x['to_hits_ms']['median'])} / {_ms(x['to_hits_ms']['p90'])}", "—", "—",
                     ""])
    out.append(_table(["system", "first query", "count shown", "hits listed", "typing pause", "search only",
                       "goal ≤300 ms"], rows))
    cold = s["offline"]["cold_open_ms"]
    out.append(f"  offline: tim-kiem.html?q=… opened cold from disk → hits listed: median {_ms(cold['median'])}, "
               f"max {_ms(cold['max'])} (goal ≤1.5 s: {_mark(cold['max'], GOALS['offline_first_ms'])}); first typed query "
               f"on a fresh page {_ms(s['offline']['first_query_ms'])} ({_mark(s['offline']['first_query_ms'], GOALS['offline_first_ms'])})")
    out.append("  first query's filters and counts drawn (facets.js; the hits do not wait for it): hosted "
               f"{_ms(s['hosted'].get('first_query_facets_ms'))}, offline {_ms(s['offline'].get('first_query_facets_ms'))}")
    return out


def _report_recall(result: dict) -> list[str]:
    """Articles found for each spelling of a pair, per system, and how the anchors were built."""
    s = result["summary"]
    n_hosted, n_offline = result["articles"]["hosted"], result["articles"]["offline"]
    out = []
    out.append("\nRecall on the pairs of issue 5 (articles found for each spelling; = same set, ≠ different, "
               "~ same count, sets not checked):")
    systems = [k for k in ("hosted", "offline", "plain_pagefind", "material") if k in result["recall"]]
    names = {"hosted": f"ours hosted ({n_hosted:,})", "offline": f"ours offline ({n_offline:,})",
             "plain_pagefind": f"Pagefind plain ({n_hosted:,})", "material": f"Material ({n_hosted:,})"}
    rows = []
    for index, (a, b) in enumerate(result["pairs"]):
        cells = [f"{a} / {b}"]
        for system in systems:
            row = result["recall"][system][index]
            if row["counts"] is None:
                cells.append("—")
                continue
            same = ("=" if row["same_set"] else "≠") if row.get("set_checked", True) else ("~" if row["same_set"] else "≠")
            check = "" if row.get("set_matches_count", True) else " (!set≠count)"
            cells.append(f"{row['counts'][0]:,} {same} {row['counts'][1]:,}{check}")
        rows.append(cells)
    out.append(_table(["pair", *(names[s_] for s_ in systems)], rows))
    if "material_build" in result:
        mb = result["material_build"]
        out.append(f"  Material: built in {mb['build_s']:.1f} s, search_index.json {_kb(mb['index_bytes'])}"
                   + ("" if mb["exit_code"] == 0 else f" — FAILED (exit {mb['exit_code']}): {mb['stderr_tail']}"))
    else:
        out.append("  Material's own search: not measured (run with --material); anchors-measured.md: "
                   "0 results for «vung manh», a 58 MB index at 5,000 articles.")
    for key in ("hosted", "offline"):
        if s[key]["errors"]:
            out.append(f"  !! {key} page errors: {s[key]['errors'][:5]}")
    if "plain_build" in result:
        pb = result["plain_build"]
        out.append(f"  plain Pagefind: {pb['pages']:,} pages copied in {pb['copy_s']:.1f} s, indexed in {pb['index_s']:.1f} s"
                   + ("" if pb["exit_code"] == 0 else f" — FAILED (exit {pb['exit_code']}): {pb['stderr_tail']}"))
    return out


# --- building the corpora -----------------------------------------------------------------


def _env() -> dict:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}


def make_project(target: Path) -> Path:
    """mkdocs.yml, mkdocs.offline.yml, overrides/ and docs/ (without converted articles)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, target / name)
    shutil.copytree(ROOT / "overrides", target / "overrides", dirs_exist_ok=True)
    shutil.copytree(ROOT / "docs", target / "docs", dirs_exist_ok=True,
                    ignore=lambda d, names: [n for n in names if n.endswith(".md")] if Path(d).name == "articles" else [])
    (target / "docs" / "articles").mkdir(parents=True, exist_ok=True)
    return target


def _step(command: list[str], cwd: Path, label: str, timings: dict) -> None:
    start = time.perf_counter()
    run = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=_env())
    timings[label] = time.perf_counter() - start
    print(f"  {label}: {timings[label]:.1f} s (exit {run.returncode})", flush=True)
    if run.returncode != 0:
        raise RuntimeError(f"{label} failed (exit {run.returncode}):\n{run.stdout[-2000:]}\n{run.stderr[-4000:]}")


def build_sites(work: Path, hosted_n: int = 10_000, offline_n: int = 5_000, seed: int = 0) -> tuple[Path, Path, dict]:
    """Generate corpora (bench/corpus.py), convert them and build the hosted site
    from hosted_n articles and the offline bundle from the first offline_n of them."""
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus  # bench/corpus.py

    work = Path(work)
    timings: dict = {}
    python = sys.executable
    convert = [python, str(ROOT / "scripts" / "convert.py"), "--source", "corpus", "--out", "docs/articles"]
    hosted = make_project(work / f"hosted-{hosted_n}")
    start = time.perf_counter()
    corpus.generate(hosted_n, hosted / "corpus", seed=seed)
    timings["generate hosted"] = time.perf_counter() - start
    print(f"  generate {hosted_n}: {timings['generate hosted']:.1f} s", flush=True)
    _step(convert, hosted, f"convert {hosted_n}", timings)
    _step([python, "-m", "kholuutru.site.build"], hosted, f"build hosted {hosted_n}", timings)

    offline = make_project(work / f"offline-{offline_n}")
    (offline / "corpus").mkdir(exist_ok=True)
    for source in sorted((hosted / "corpus").glob("*.txt"))[:offline_n]:  # the first offline_n (same seed)
        shutil.copy(source, offline / "corpus" / source.name)
    _step(convert, offline, f"convert {offline_n}", timings)
    _step([python, "-m", "kholuutru.site.build", "--offline"], offline, f"build offline {offline_n}", timings)
    return hosted / "site", offline / "dist" / "offline", timings


# --- command line ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description="Search benchmark: bytes, latency, recall (prints; asserts nothing).")
    cli.add_argument("--site", type=Path, help="an already built hosted site (site/)")
    cli.add_argument("--offline-dir", type=Path, help="an already built offline bundle (dist/offline)")
    cli.add_argument("--hosted-n", type=int, default=10_000, help="articles for the hosted site (default 10000)")
    cli.add_argument("--offline-n", type=int, default=5_000, help="articles for the offline bundle (default 5000)")
    cli.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    cli.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    cli.add_argument("--keep", action="store_true", help="keep the working folder")
    cli.add_argument("--no-plain", action="store_true", help="skip Pagefind out of the box")
    cli.add_argument("--material", action="store_true",
                     help="also build and measure Material's own search on the hosted corpus (slow: one big JSON index)")
    cli.add_argument("--material-docs", type=Path, help="docs/ with the converted articles/ for --material "
                     "(default: next to --site, or the hosted project's)")
    cli.add_argument("--json", type=Path, help="write the full results here")
    args = cli.parse_args(argv)

    work = args.work or Path(tempfile.mkdtemp(prefix="kl-search-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        timings = {}
        if args.site and args.offline_dir:
            site, offline = args.site, args.offline_dir
        else:
            print(f"building in {work}", flush=True)
            site, offline, timings = build_sites(work, args.hosted_n, args.offline_n, args.seed)
        material_docs = None
        if args.material:
            material_docs = args.material_docs or Path(site).parent / "docs"
        result = measure(site, offline, QUERIES, plain=not args.no_plain, work_dir=work, material_docs=material_docs)
        result["build_timings_s"] = timings
        print(report(result))
        if timings:
            print("\nbuild: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
        if args.json:
            args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
            print(f"\nresults: {args.json}")
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
        elif not args.keep and args.work:
            pass  # a folder the caller named is theirs
    return 0


if __name__ == "__main__":
    sys.exit(main())
