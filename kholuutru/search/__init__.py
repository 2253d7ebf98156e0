"""Site search: vocabulary, facet labels and the index, written into a built site.

The archive plugin builds it while MkDocs renders (index.PageIndexer), so
`mkdocs build` and `mkdocs serve` give a searchable site; build_index() makes
it afresh for a site already built. One index of classic <script> shards
serves the hosted site and the offline bundle (index.py); README says why it
replaced Pagefind.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import data
from ..gazetteer import gazetteer
from .terms import vocabulary_json

UNKNOWN = {"nhiemky": "chua-xac-dinh", "nam": "khong-ro-ngay", "tinh": "chua-xac-dinh", "tinh2025": "chua-xac-dinh"}


def labels() -> dict:
    """Facet value (an ASCII slug) → the name readers see."""
    gaz = gazetteer()
    return {
        "tinh": {p.slug: p.name for p in gaz.provinces} | {UNKNOWN["tinh"]: "Chưa xác định"},
        "tinh2025": {p.slug: p.name for p in gaz.provinces_2025} | {UNKNOWN["tinh2025"]: "Chưa xác định"},
        "nhiemky": {UNKNOWN["nhiemky"]: "Chưa xác định"},
        "nam": {UNKNOWN["nam"]: "Không rõ ngày"},
        "chude": {topic["slug"]: topic["name"] for topic in data.topics()},
    }


def write_script(path: Path, name: str, value) -> None:
    """A classic script that sets window[name]: loads over http:// and file:// alike."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(value, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    path.write_text(f"window.{name}={payload};\n", encoding="ascii")


def write_support(site_dir: Path) -> None:
    """The query side's tables: abbreviation vocabulary (fold.js) and facet labels."""
    write_script(Path(site_dir) / "search" / "vocab.js", "KL_VOCAB", vocabulary_json())
    write_script(Path(site_dir) / "search" / "labels.js", "KL_LABELS", labels())


def describe(counts: dict, site_dir: Path) -> str:
    return f"Chỉ mục tìm kiếm: {counts['articles']} bài, {counts['terms']} từ, {counts['bytes'] / 1e6:.1f} MB ({Path(site_dir) / 'search'})"


def build_index(site_dir: Path) -> int:
    """Vocabulary, labels and the index, from the article pages of a built site."""
    from .index import build_search_index

    write_support(site_dir)
    print(describe(build_search_index(Path(site_dir)), site_dir))
    return 0
