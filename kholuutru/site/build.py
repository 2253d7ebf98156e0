"""`make build` / `make offline`: the MkDocs site (strict), search index included.

The archive plugin writes the search index while MkDocs renders (kholuutru.search);
the offline build is also zipped, deterministically. The pages are rendered in shards,
one MkDocs process per core, and merged (shards.py): the same site, sooner, and no
process holds every page. A large archive gets more shards than cores, so that no
process renders more than ARTICLES_PER_SHARD pages.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from ..lock import exclusive
from ..search import describe
from ..search.index import merge_partials
from . import shards

SITE_DIR = Path("site")
OFFLINE_DIR = Path("dist/offline")
OFFLINE_ZIP = Path("dist/offline.zip")
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # zip entries carry no build time: same site, same bytes
ARTICLES_DIR = Path("docs/articles")
# A MkDocs process grows ~90 KB per page it renders, on top of what every shard holds of
# every page (its file, front matter, nav entry): at 100,000 articles, 20 shards of 5,000
# peaked at 2.0 GB a process where 2 shards of 50,000 would need ~6 GB.
ARTICLES_PER_SHARD = 5_000


def default_shards(cores: int, articles: int) -> int:
    """One shard per core, or more when a core's share would pass ARTICLES_PER_SHARD."""
    return max(cores, -(-articles // ARTICLES_PER_SHARD))


def _mkdocs(config: str, site_dir: Path, shard: shards.Shard | None = None, front_matter: Path | None = None) -> subprocess.Popen:
    # Not -q: with -q, --strict does not fail on warnings (mkdocs#4126).
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop(shards.ENVIRONMENT, None)
    env.pop(shards.FRONT_MATTER, None)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(site_dir)]
    if shard is not None:
        env[shards.ENVIRONMENT] = str(shard)
        command.append("--dirty")  # how MkDocs skips the pages other shards render
    if front_matter is not None:
        env[shards.FRONT_MATTER] = str(front_matter)
    return subprocess.Popen(command, env=env)


def build_shards(config: str, folders: list[Path], jobs: int, front_matter: Path | None = None) -> int:
    """Shard k of len(folders) into folders[k], `jobs` MkDocs processes at a time (the next
    starts when any ends: shard 0, which also writes the downloads, takes longest)."""
    count, waiting, running, status = len(folders), list(enumerate(folders)), [], 0
    while waiting or running:
        while waiting and len(running) < jobs:
            number, folder = waiting.pop(0)
            shutil.rmtree(folder, ignore_errors=True)
            running.append(_mkdocs(config, folder, shards.Shard(number, count) if count > 1 else None, front_matter))
        ended = [process for process in running if process.poll() is not None]
        for process in ended:
            running.remove(process)
            status = status or process.returncode
        if not ended:
            time.sleep(0.2)
    return status


def merge(target: Path, parts: list[Path], move: bool = True) -> None:
    """Shards' folders → one site in target (which may be the first part): the files (moved from
    this build's own shards, copied from folders given on the command line), then the index."""
    partials = shards.partials(parts)
    shards.merge_folders(target, parts, move=move)
    try:
        counts = merge_partials(target, partials)
    except ValueError as error:
        raise shards.MergeError(str(error)) from None
    shards.remove_partials(target)
    print(describe(counts, target))


def build_into(config: str, target: Path, count: int = 1, jobs: int = 1) -> int:
    """Build into a fresh folder beside target, then swap it in: a build killed at any
    moment leaves the previous target whole, and a failed build leaves it untouched."""
    target = target.resolve()
    _recover(target)
    staging = target.with_name(f".{target.name}.building-{os.getpid()}")
    parts = [staging] + [staging.with_name(f"{staging.name}.{k}") for k in range(1, count)]
    front_matter = staging.with_name(f"{staging.name}.front-matter") if count > 1 else None
    try:
        if front_matter is not None:
            shards.share_front_matter(ARTICLES_DIR, front_matter, jobs)
        status = build_shards(config, parts, jobs, front_matter)
        if status == 0 and count > 1:
            merge(staging, parts)
        if status == 0:
            swap_in(staging, target)
    finally:
        for part in parts:
            shutil.rmtree(part, ignore_errors=True)
        if front_matter is not None:
            front_matter.unlink(missing_ok=True)
    return status


def swap_in(new: Path, current: Path) -> None:
    """Put new where current is. Linux swaps the two folders in one step
    (renameat2 RENAME_EXCHANGE); elsewhere two renames, and _recover puts the old
    folder back if a kill falls between them."""
    if not current.exists():
        os.rename(new, current)
        return
    if _exchange(new, current):
        shutil.rmtree(new)  # it now holds the previous build
        return
    old = current.with_name(f".{current.name}.old-{os.getpid()}")
    os.rename(current, old)
    os.rename(new, current)
    shutil.rmtree(old)


def _exchange(first: Path, second: Path) -> bool:
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange) == 0


def _recover(target: Path) -> None:
    """Leftovers of killed builds go; a previous build left aside comes back."""
    olds = sorted(target.parent.glob(f".{target.name}.old-*"))
    if olds and not target.exists():
        os.rename(olds.pop(), target)
    for leftover in [*olds, *target.parent.glob(f".{target.name}.building-*")]:  # and their shards, their front matter
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def zip_tree(folder: Path, target: Path) -> None:
    """A deterministic zip of folder (sorted entries, fixed timestamps), written atomically."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"kho-luu-tru/{path.relative_to(folder).as_posix()}", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    os.replace(temporary, target)


def main(argv: list[str] | None = None) -> int:
    cores = os.cpu_count() or 1
    cli = argparse.ArgumentParser(description="Build the archive site.")
    cli.add_argument("--offline", action="store_true", help="build dist/offline (file://) and dist/offline.zip")
    cli.add_argument("--shards", type=int, help=f"render in this many shards (default: cores, {cores}, "
                     f"or one per {ARTICLES_PER_SHARD:,} articles if more)")
    cli.add_argument("--jobs", type=int, default=cores, help="shards rendered at a time (default: cores)")
    cli.add_argument("--shard", type=shards.Shard.parse, help="render only shard k/n into -d (a CI matrix job)")
    cli.add_argument("-d", "--site-dir", type=Path, help="where --shard writes")
    cli.add_argument("--merge", type=Path, nargs="+", metavar="FOLDER", help="merge shard folders into site/ (or -d)")
    args = cli.parse_args(argv)
    if args.shards is None:
        args.shards = default_shards(cores, sum(1 for _ in ARTICLES_DIR.glob("*.md")))
    config = "mkdocs.offline.yml" if args.offline else "mkdocs.yml"
    if args.shard is not None:  # writes only its own folder: shards may run side by side
        return _mkdocs(config, args.site_dir or Path(f"site-shard-{args.shard.number}"), args.shard).wait()
    with exclusive("build"):
        try:
            return _build(args, config)
        except shards.MergeError as error:
            print(f"Không ghép được các phần của bản dựng / cannot merge the shards: {error}", file=sys.stderr)
            return 1


def _build(args, config: str) -> int:
    if args.merge:
        merge_into(args.site_dir or (OFFLINE_DIR if args.offline else SITE_DIR), args.merge)
        return 0
    if args.offline:
        OFFLINE_DIR.parent.mkdir(parents=True, exist_ok=True)
        status = build_into(config, OFFLINE_DIR, max(1, args.shards), max(1, args.jobs))
        if status == 0:
            zip_tree(OFFLINE_DIR, OFFLINE_ZIP)
            print(f"Offline bundle: {OFFLINE_DIR}/index.html and {OFFLINE_ZIP}")
        return status
    return build_into(config, SITE_DIR, max(1, args.shards), max(1, args.jobs))


def merge_into(target: Path, parts: list[Path]) -> None:
    """Merge shard folders built elsewhere (CI jobs) into target, swapped in whole."""
    shards.partials(parts)  # every shard of one build, each once, before anything is copied
    target = target.resolve()
    _recover(target)
    staging = target.with_name(f".{target.name}.building-{os.getpid()}")
    shutil.copytree(parts[0], staging)
    try:
        merge(staging, [staging, *parts[1:]], move=False)
        swap_in(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
