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

from jinja2 import BytecodeCache
from mkdocs.structure.files import File

from ..search.index import IndexCache
from .catalog import ITEM_KINDS


@dataclass
class PreviewState:
    """What the last build into one site folder rendered, and from what."""

    fingerprints: dict[str, str] = field(default_factory=dict)  # src_uri → fingerprint
    outputs: set[str] = field(default_factory=set)  # files the plugin's pages, feeds and slices wrote
    # src_uri → (mtime_ns, size, front matter, its fingerprint): read again only when the file moved
    matters: dict[str, tuple[int, int, dict, str]] = field(default_factory=dict)
    # src_uri → [front matter, its listing entry, its search filters]: kept while the front matter is the same object
    entries: dict[str, list] = field(default_factory=dict)
    index: IndexCache = field(default_factory=IndexCache)
    zip_members: dict = field(default_factory=dict)  # the Markdown zip's compressed files (exports.markdown_zip)
    # (article, its columns) → (its entry, its row's HTML, the page it was rendered for): kept while the entry is the same object
    listing_rows: dict[tuple, tuple] = field(default_factory=dict)
    rows: dict = field(default_factory=dict)  # (article, address, front matter's fingerprint) → its encoded row (exports.encode_rows)
    written: dict[str, str] = field(default_factory=dict)  # a feed's or a slice's address → the fingerprint of what it was written from
    sitemap: str = ""  # the fingerprint of what sitemap.xml was written from
    finisher: bool = False  # a preview (dev.Preview) writes what no open page needs after the reload …
    deferred: object = None  # … a dirty build's shifted listing pages, sitemap, feeds and downloads (dev.Preview.finish)


_STATES: dict[str, PreviewState] = {}


class CompiledTemplates(BytecodeCache):
    """The theme's templates compiled once per preview process, not at every rebuild
    (MkDocs makes a new Jinja environment each time); Jinja compares each template's
    source checksum, so an edited template is compiled again."""

    def __init__(self) -> None:
        self.codes: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        code = self.codes.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket) -> None:
        self.codes[bucket.key] = bucket.bytecode_to_string()


COMPILED_TEMPLATES = CompiledTemplates()
_THEME_FILES: dict[tuple, list[str]] = {}


def keep_theme_listing(env, dirs: list[str], reuse: bool):
    """The theme's static files listed once per preview process: MkDocs walks the theme's
    folders at every build (Material's thousands of icons, each matched against a dozen
    patterns: a quarter of a second at each edit). reuse=False (a full build, after a
    template or the config changed) lists them again."""
    original = env.list_templates

    def list_templates(extensions=None, filter_func=None):
        key = (tuple(dirs), extensions, getattr(filter_func, "__qualname__", None))
        if not reuse or key not in _THEME_FILES:
            _THEME_FILES[key] = original(extensions, filter_func)
        return list(_THEME_FILES[key])

    env.list_templates = list_templates
    return env


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


def fingerprint(*parts: str) -> str:
    return hashlib.blake2b("\x00".join(parts).encode("utf-8"), digest_size=16).hexdigest()


def matter_fingerprint(matter: dict) -> str:
    return fingerprint(json.dumps(matter, ensure_ascii=False, sort_keys=True, default=str))


def article_fingerprint(matter_print: str, older, newer, filters: str) -> str:
    """An article page shows its front matter, its search record (the front matter's and
    its filters' slugs) and its two neighbours (body changes reach MkDocs through the
    file's time, as in any dirty build)."""
    return fingerprint(matter_print, filters, *[f"{e.url}\x01{e.title}" if e else "" for e in (older, newer)])


def listing_fingerprint(listing, total: int, matter_prints: dict[str, str]) -> str | None:
    """A listing of one item (ITEM_KINDS) shows its own entries (front matter and address), where it stands
    among its pages and how many articles all its pages hold. None: an index page (home,
    by province, charts, counts) reads the whole catalog and is rendered every time."""
    if listing.kind not in ITEM_KINDS:
        return None
    head = repr((listing.src_uri, listing.title, listing.key, listing.page, listing.pages, listing.crumbs,
                 sorted(listing.extra.items()), total))
    return fingerprint(head, *[f"{e.url}\x01{matter_prints[e.src_uri]}" for e in listing.entries])


def changed(state: PreviewState, fingerprints: dict[str, str | None]) -> set[str]:
    return {src for src, value in fingerprints.items() if value is None or state.fingerprints.get(src) != value}


def shifted_only(listings: dict, todo: set[str], rewritten: set[str]) -> set[str]:
    """The changed pages of a paged listing that come after its first changed page and
    show no article whose page was rewritten: an article added or removed there only
    shifts them by one entry (a newest-day article: every page of its province, year and
    topics). A preview writes them once the page that shows the change has reloaded, as
    Hugo's fast render writes the open pages first."""
    later = set()
    for listing in listings.values():
        uris = listing.extra.get("page_uris", ())
        if listing.kind not in ITEM_KINDS or listing.page == 1 or listing.src_uri not in todo:
            continue
        if any(uri in todo for uri in uris[: listing.page - 1]) and not any(e.src_uri in rewritten for e in listing.entries):
            later.add(listing.src_uri)
    return later


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
