"""A site built in shards: separate MkDocs processes (or separate CI jobs) each render
a share of the pages, and a merge puts them together into the site one build gives.

Every shard reads every article's front matter (the listings, neighbours, sitemap and
search doc ids need all of them) but renders only its own pages: shard k renders the
k-th of `count` equal runs of articles in search id order (day, then URL: index_order;
so its search postings follow the other shards' and the merge only joins them), a listing of one province, term,
year or topic by `fnv1a(src_uri) % count`, and shard 0 the index pages, the nav's
pages, the downloads, feeds and support files. Each shard leaves its share of the
search index in a partial file; the merge moves every shard's files into one folder
and writes the index from the partials (search/index.py).

    python -m kholuutru.site.build --shards 4            # on this machine, `jobs` at a time
    python -m kholuutru.site.build --shard 1/4 -d part-1 # one shard (a CI matrix job)
    python -m kholuutru.site.build --merge part-0 part-1 part-2 part-3
"""

from __future__ import annotations

import filecmp
import logging
import os
import pickle
import re
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from mkdocs.structure.files import File

from ..search.index import fnv1a
from .catalog import CatalogError, read_front_matter

ENVIRONMENT = "KHOLUUTRU_SHARD"  # "k/n": this MkDocs process renders shard k of n
FRONT_MATTER = "KHOLUUTRU_FRONT_MATTER"  # a file of every article's front matter, read once for all shards
# Shard 0 also renders the index and navigation pages and writes the downloads, feeds and
# exports: at 5,000 articles in 2 shards, 2.4 s of CPU more than the other shard's 12.5 s.
# It takes a smaller run of articles (8/10 of another's), so that the shards end together.
FIRST_SHARE = 8
PARTIAL = ".search-partial-{number}-of-{count}.json"  # a shard's share of the index, at its folder's root
_PARTIAL = re.compile(r"\.search-partial-(\d+)-of-(\d+)\.json")


@dataclass(frozen=True)
class Shard:
    number: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """"1/4" → shard 1 of 4 (numbered from 0)."""
        try:
            number, count = (int(part) for part in text.split("/"))
        except ValueError:
            raise ValueError(f"a shard is written k/n (e.g. 0/4), not {text!r}") from None
        if not 0 <= number < count:
            raise ValueError(f"shard {text}: k must be between 0 and n-1")
        return cls(number, count)

    @classmethod
    def from_environment(cls) -> Shard | None:
        text = os.environ.get(ENVIRONMENT)
        return cls.parse(text) if text else None

    def owns_article(self, position: int, total: int) -> bool:
        """Whether this shard renders the article at `position` of `total` in search id order:
        shard 0's run is FIRST_SHARE tenths of another's, the rest are equal."""
        tenths = position * (10 * self.count - 10 + FIRST_SHARE) // max(1, total)
        return (0 if tenths < FIRST_SHARE else 1 + (tenths - FIRST_SHARE) // 10) == self.number

    def owns_listing(self, src_uri: str) -> bool:
        return fnv1a(src_uri) % self.count == self.number

    def __str__(self) -> str:
        return f"{self.number}/{self.count}"

    def partial(self, folder: Path) -> Path:
        return Path(folder) / PARTIAL.format(number=self.number, count=self.count)


def partials(parts: list[Path]) -> list[Path]:
    """Each part's search partial, in shard order; every shard of one build must be there once."""
    found: dict[int, Path] = {}
    counts = set()
    for part in parts:
        names = [m for m in map(_PARTIAL.fullmatch, os.listdir(part)) if m] if Path(part).is_dir() else []
        if len(names) != 1:
            raise MergeError(f"{part}: not the folder of one shard (python -m kholuutru.site.build --shard k/n -d …)")
        number, count = int(names[0][1]), int(names[0][2])
        if number in found:
            raise MergeError(f"{part}: shard {number}/{count} given twice")
        found[number] = Path(part) / names[0][0]
        counts.add(count)
    if len(counts) != 1 or set(found) != set(range(counts.pop())):
        raise MergeError(f"shards {sorted(found)} given: every shard of one build is needed, each once")
    return [found[number] for number in sorted(found)]


def remove_partials(folder: Path) -> None:
    """The merged site keeps no shard's partial file."""
    for name in os.listdir(folder):
        if _PARTIAL.fullmatch(name):
            os.unlink(Path(folder) / name)


class NotRendered(File):
    """A page another shard renders: this shard reads neither its Markdown nor writes
    its HTML (MkDocs skips a page that is not modified in a --dirty build)."""

    def is_modified(self) -> bool:
        return False


def skip(file: File) -> None:
    file.__class__ = NotRendered if type(file) is File else file.__class__
    if hasattr(file, "rebuild"):
        file.rebuild = False  # incremental.ListingFile


# --- every article's front matter, read once for all shards ------------------------------


def _read_matters(paths: list[str]) -> list[tuple[str, int, int, dict]]:
    out = []
    for path in paths:
        try:
            stat = os.stat(path)
            with open(path, encoding="utf-8-sig") as page:  # as MkDocs reads a page
                matter = read_front_matter(page.read(), path)
        except (OSError, UnicodeDecodeError, CatalogError):
            continue  # the shards read it again, and say what is wrong with it
        out.append((path, stat.st_mtime_ns, stat.st_size, matter))
    return out


def share_front_matter(folder: Path, target: Path, jobs: int) -> None:
    """Every shard needs every article's front matter (listings, neighbours, doc ids) and each
    parsed it again: at 20,000 articles, 4 shards × ~7 s. Read once here, `jobs` processes at
    a time, and left in target for the shards (FRONT_MATTER); a shard takes a page's entry
    only while the page's time and size are those read here."""
    paths = sorted(os.path.abspath(path) for path in Path(folder).glob("*.md"))  # as MkDocs spells abs_src_path
    size = max(1, -(-len(paths) // (8 * max(1, jobs))))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    if jobs > 1 and len(chunks) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            parts = list(pool.map(_read_matters, chunks))
    else:
        parts = [_read_matters(chunk) for chunk in chunks]
    shared = {path: (mtime, size, matter) for part in parts for path, mtime, size, matter in part}
    target.write_bytes(pickle.dumps(shared, protocol=pickle.HIGHEST_PROTOCOL))


def shared_front_matter() -> dict[str, tuple[int, int, dict]]:
    """What share_front_matter left for this shard (path → time, size, front matter), if anything."""
    path = os.environ.get(FRONT_MATTER)
    if not path:
        return {}
    try:
        with open(path, "rb") as shared:
            return pickle.load(shared)  # written by this build's own process, moments ago
    except (OSError, pickle.UnpicklingError, EOFError):
        return {}


class _DirtyNotice(logging.Filter):
    """A shard is a --dirty build into an empty folder: MkDocs' warning about stale
    links in dirty builds does not apply (and would fail a --strict build)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("A 'dirty' build is being performed")


def quiet_dirty_notice() -> None:
    logger = logging.getLogger("mkdocs.commands.build")
    if not any(isinstance(f, _DirtyNotice) for f in logger.filters):
        logger.addFilter(_DirtyNotice())


class MergeError(Exception):
    pass


def merge_folders(target: Path, parts: list[Path], move: bool = True) -> None:
    """Move (or copy) every part's files into target (the first part may be target itself).
    A file two shards both wrote (the theme's assets, the sitemap) must be the same in both."""
    for part in parts:
        if part.resolve() == target.resolve():
            continue
        for folder, _, names in os.walk(part):
            for name in sorted(names):
                source = Path(folder) / name
                relative = source.relative_to(part)
                destination = target / relative
                if _PARTIAL.fullmatch(name) and Path(folder) == Path(part):
                    continue
                if destination.exists():
                    if not filecmp.cmp(source, destination, shallow=False):
                        raise MergeError(f"{relative}: two shards wrote different files")
                    continue
                destination.parent.mkdir(parents=True, exist_ok=True)
                (os.replace if move else shutil.copyfile)(source, destination)
