"""Shared helpers for the site tests: one real build per session, a local server,
Chromium through Playwright, request/console recording, HTML parsing.

Used by tests/test_site_build.py (no browser) and tests/test_site_browser.py.
"""

from __future__ import annotations

import contextlib
import html.parser
import os
import posixpath
import shutil
import socket
import subprocess
import sys
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# The seed articles (docs/articles/<slug>.md after conversion).
CHI_LINH = "chi-linh-xay-dung-dang-trong-sach-vung-manh"
PHUC_YEN = "chuyen-bien-trong-cong-tac-xay-dung-dang-o-phuc-yen"
LANG_SON = "dang-bo-thanh-pho-lang-son-quan-tam-cong-tac-xay-dung-dang"
BAC_GIANG = "hai-nhiem-vu-trong-tam-ba-giai-phap-dot-pha-trong-xay-dung-dang"
DONG_HA = "phat-huy-truyen-thong-doan-ket-thong-nhat-tich-cuc-tao-su-chuyen-bien-trong-cong"

# Four representative pages (hosted paths; offline_path() maps them to the bundle).
HOME = ""
PROVINCE = "tinh/hai-duong/"
TERM = "nhiem-ky/2020-2025/"
ARTICLE = f"articles/{CHI_LINH}/"
FOUR_PAGES = [HOME, PROVINCE, TERM, ARTICLE]


def offline_path(hosted: str) -> str:
    """The bundle file of a hosted page path: '' → index.html, 'tinh/x/' → tinh/x/index.html,
    'articles/x/' → articles/x.html (MkDocs with use_directory_urls: false)."""
    if hosted in ("", "/"):
        return "index.html"
    stripped = hosted.strip("/")
    if stripped.startswith("articles/") or stripped == "tim-kiem":
        return stripped + ".html"
    return stripped + "/index.html"


# --- building -------------------------------------------------------------------------


def _env() -> dict:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}


def make_project(target: Path, *, seeds: bool = True) -> Path:
    """A project folder laid out like the repository: mkdocs.yml, mkdocs.offline.yml,
    overrides/, docs/ (without the converted articles) and, if asked, seeds/."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, target / name)
    shutil.copytree(ROOT / "overrides", target / "overrides")
    shutil.copytree(ROOT / "docs", target / "docs", ignore=_skip_articles)
    (target / "docs" / "articles").mkdir(parents=True, exist_ok=True)
    if seeds:
        shutil.copytree(ROOT / "seeds", target / "seeds")
    return target


def _skip_articles(directory: str, names: list[str]) -> list[str]:
    # the articles are converter output: the tests make them from seeds/ (or write their own)
    if Path(directory).name == "articles" and Path(directory).parent.name == "docs":
        return [n for n in names if n.endswith(".md")]
    return []


def run(cwd: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=_env())


def convert(project: Path) -> subprocess.CompletedProcess:
    return run(project, str(ROOT / "scripts" / "convert.py"), "--source", "seeds", "--out", "docs/articles")


def build(project: Path, offline: bool = False) -> subprocess.CompletedProcess:
    """`make build` / `make offline` minus the conversion: the package's build helper, which runs
    `python -m mkdocs build --strict` (never -q) and writes site/ or dist/ relative to cwd."""
    return run(project, "-m", "kholuutru.site.build", *(["--offline"] if offline else []))


def describe(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


@dataclass
class Built:
    project: Path
    convert: subprocess.CompletedProcess
    hosted: subprocess.CompletedProcess
    offline: subprocess.CompletedProcess

    @property
    def site(self) -> Path:
        return self.project / "site"

    @property
    def bundle(self) -> Path:
        return self.project / "dist" / "offline"

    @property
    def zip(self) -> Path:
        return self.project / "dist" / "offline.zip"


_BUILT: dict[str, Built] = {}


def built_site(tmp_path_factory) -> Built:
    """The seeds converted and built (hosted and offline) once per test session, whichever
    module asks first. Failures are kept, not raised, so each test reports them itself."""
    if "seeds" not in _BUILT:
        project = make_project(tmp_path_factory.mktemp("site-build") / "project")
        converted = convert(project)
        hosted = build(project) if converted.returncode == 0 else converted
        offline = build(project, offline=True) if converted.returncode == 0 else converted
        _BUILT["seeds"] = Built(project, converted, hosted, offline)
    return _BUILT["seeds"]


def require_build(built: Built, offline: bool = False) -> None:
    assert built.convert.returncode == 0, "converter failed:\n" + describe(built.convert)
    result = built.offline if offline else built.hosted
    assert result.returncode == 0, ("offline" if offline else "hosted") + " build failed:\n" + describe(result)


# --- serving --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def http_server(directory: Path):
    """`python -m http.server --bind 127.0.0.1 <port>` serving directory; yields the base URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port), "--directory", str(directory)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    try:
        while True:  # ready when it accepts a connection; a dead server is an error, not a wait
            if server.poll() is not None:
                raise RuntimeError(f"http.server exited with {server.returncode} on port {port}")
            with socket.socket() as probe:
                probe.settimeout(0.2)
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(server)


def stop(server: subprocess.Popen, seconds: float = 10) -> None:
    """Terminate a server process; kill it if it has not ended after `seconds`."""
    server.terminate()
    try:
        server.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


# --- the browser ----------------------------------------------------------------------


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def axe_source() -> Path:
    assert AXE.is_file(), (
        f"{AXE.relative_to(ROOT)} is missing: run `npm ci` in {ROOT} "
        "(axe-core is pinned in package.json / package-lock.json)"
    )
    return AXE


@dataclass
class Recorder:
    """Everything a page asked for or complained about."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def attach(self, page) -> "Recorder":
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("requestfailed", lambda request: self.failed.append(f"{request.url}: {request.failure}"))
        page.on("response", self._response)
        return self

    def _console(self, message) -> None:
        if message.type == "error":
            location = message.location or {}
            self.console_errors.append(f"{message.text} ({location.get('url', '')}:{location.get('lineNumber', '')})")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.url}: HTTP {response.status}")


def format_axe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v.get('impact')}] {v['id']}: {v['help']} ({v.get('helpUrl', '')})")
        for node in v.get("nodes", [])[:8]:
            target = " ".join(str(t) for t in node.get("target", []))
            lines.append(f"    at {target}")
            lines.append(f"       {node.get('html', '')[:200]}")
            summary = (node.get("failureSummary") or "").replace("\n", " / ")
            if summary:
                lines.append(f"       {summary[:300]}")
    return "\n".join(lines)


# --- HTML without a browser -----------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict
    navs: tuple  # class lists of the enclosing <nav> elements, outermost first
    text: str = ""


class _Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.navs: list[tuple] = []
        self.open_text: list[Element] = []  # <a>, <li>, <h1> … collecting their text

    def handle_starttag(self, tag, attrs):
        attributes = {k: (v if v is not None else "") for k, v in attrs}
        element = Element(tag, attributes, tuple(self.navs))
        self.elements.append(element)
        if tag == "nav":
            self.navs.append(tuple(attributes.get("class", "").split()))
        if tag in ("a", "h1", "title", "time", "li", "html"):
            self.open_text.append(element)

    def handle_endtag(self, tag):
        if tag == "nav" and self.navs:
            self.navs.pop()
        for index in range(len(self.open_text) - 1, -1, -1):
            if self.open_text[index].tag == tag:
                del self.open_text[index]
                break

    def handle_data(self, data):
        for element in self.open_text:
            element.text += data


def parse(path: Path) -> list[Element]:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    collector.close()
    for element in collector.elements:
        element.text = " ".join(element.text.split())
    return collector.elements


def classes(element: Element) -> list[str]:
    return element.attrs.get("class", "").split()


def entry_links(elements: list[Element]) -> list[Element]:
    """The article links of a listing: ul.kl-entries li.kl-entry a.kl-entry__title."""
    return [e for e in elements if e.tag == "a" and "kl-entry__title" in classes(e)]


def is_external(url: str) -> bool:
    scheme = urllib.parse.urlsplit(url.strip()).scheme.lower()
    return url.strip().startswith("//") or scheme in ("http", "https")


def resolve(page: Path, href: str, top: Path) -> Path | None:
    """The file a relative href on page points to (None for fragments, mailto:, external)."""
    parts = urllib.parse.urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    target = urllib.parse.unquote(parts.path)
    if target.startswith("/"):
        return top / target.lstrip("/")
    relative = posixpath.normpath(posixpath.join(page.parent.relative_to(top).as_posix(), target))
    return top / relative
