"""The search step after `mkdocs build`: vocabulary, facet labels, the index.

A post-build step rather than an MkDocs plugin, so the site configuration stays
portable (Zensical ignores third-party plugins). One index of classic <script>
shards serves the hosted site and the offline bundle (index.py); README says
why it replaced Pagefind.
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


def build_index(site_dir: Path, offline: bool = False) -> int:
    """Vocabulary, labels and the index into a built site (hosted or offline alike)."""
    from .index import build_search_index

    site_dir = Path(site_dir)
    write_script(site_dir / "search" / "vocab.js", "KL_VOCAB", vocabulary_json())
    write_script(site_dir / "search" / "labels.js", "KL_LABELS", labels())
    counts = build_search_index(site_dir)
    print(f"Chỉ mục tìm kiếm: {counts['articles']} bài, {counts['terms']} từ, {counts['bytes'] / 1e6:.1f} MB ({site_dir / 'search'})")
    return 0
