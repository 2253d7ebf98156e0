"""Preview rebuilds (make dev): render again only the pages a change touches.

A full build renders every page. A preview process keeps, per site folder, what each
page was rendered from (a fingerprint) and what files the last build wrote. The next
build, a MkDocs "dirty" build, renders a page again only when its fingerprint moved:
an article whose front matter, body or neighbours changed, a listing whose entries
changed; index pages (home, the by-province index, charts, counts) always. Files of
pages that vanished are removed, so the folder equals what a fresh build writes
(tests/test_preview.py proves it after a series of edits).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.structure.files import File

from ..search.index import IndexCache

# listings of one province, term, year, topic or document: rendered from their entries alone
ITEM_KINDS = ("province", "province_2025", "term", "year", "topic", "document")


@dataclass
class PreviewState:
    """What the last build into one site folder rendered, and from what."""

    fingerprints: dict[str, str] = field(default_factory=dict)  # src_uri → fingerprint
    outputs: set[str] = field(default_factory=set)  # files the plugin's pages, feeds and slices wrote
    matters: dict[str, tuple[int, int, dict]] = field(default_factory=dict)  # src_uri → (mtime_ns, size, front matter)
    index: IndexCache = field(default_factory=IndexCache)


_STATES: dict[str, PreviewState] = {}


def state_for(site_dir: str) -> PreviewState:
    return _STATES.setdefault(os.path.realpath(site_dir), PreviewState())


def forget(site_dir: str) -> None:
    """After a failed build: the next one must be a full build."""
    _STATES.pop(os.path.realpath(site_dir), None)


class ListingFile(File):
    """A generated listing page that a dirty build renders only when `rebuild` says so
    (MkDocs treats every generated file as modified)."""

    rebuild = True

    def is_modified(self) -> bool:
        return self.rebuild


def fingerprint(*parts) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=repr)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def article_fingerprint(matter: dict, older, newer, record: str) -> str:
    """An article page shows its front matter, its search record and its two neighbours
    (body changes reach MkDocs through the file's time, as in any dirty build)."""
    return fingerprint(matter, [(e.url, e.title) if e else None for e in (older, newer)], record)


def listing_fingerprint(listing) -> str | None:
    """None: rendered every time (index pages read the whole catalog)."""
    return fingerprint(repr(listing)) if listing.kind in ITEM_KINDS else None


def changed(state: PreviewState, fingerprints: dict[str, str | None]) -> set[str]:
    return {src for src, value in fingerprints.items() if value is None or state.fingerprints.get(src) != value}


def remove_stale(site_dir: Path, before: set[str], now: set[str]) -> None:
    """Delete what the last build wrote and this one will not (a deleted article's page,
    a listing page that is no longer needed, its feed)."""
    for relative in sorted(before - now):
        path = site_dir / relative
        if path.is_file():
            path.unlink()
            _prune_empty(path.parent, site_dir)


def _prune_empty(folder: Path, top: Path) -> None:
    while folder != top and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
