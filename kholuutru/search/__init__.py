"""The search step after `mkdocs build`: vocabulary and labels, then the index.

Hosted sites get a Pagefind index (pagefind/, loaded by the search page over
HTTP). The offline bundle gets our own index of classic <script> shards
(search/offline/), because fetch, WebAssembly and ES modules do not load from
file://. Both index the same folded text the article pages carry (terms.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


def run_pagefind(site_dir: Path) -> int:
    """Pagefind 1.5 over the built site, in one pass (its CLI; see README for why)."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--force-language", "vi", "--quiet"]
    env = {**os.environ, "PAGEFIND_SITE": str(site_dir)}
    return subprocess.call(command, env=env)


def build_index(site_dir: Path, offline: bool = False) -> int:
    site_dir = Path(site_dir)
    write_script(site_dir / "search" / "vocab.js", "KL_VOCAB", vocabulary_json())
    write_script(site_dir / "search" / "labels.js", "KL_LABELS", labels())
    if offline:
        from .offline import build_offline_index

        count = build_offline_index(site_dir)
        print(f"Offline search index: {count} articles in {site_dir / 'search' / 'offline'}")
        return 0
    return run_pagefind(site_dir)
