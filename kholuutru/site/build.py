"""`make build` / `make offline`: the MkDocs site (strict), search index included.

The archive plugin writes the search index while MkDocs renders (kholuutru.search);
the offline build is also zipped, deterministically.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from ..lock import exclusive

SITE_DIR = Path("site")
OFFLINE_DIR = Path("dist/offline")
OFFLINE_ZIP = Path("dist/offline.zip")
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # zip entries carry no build time: same site, same bytes


def mkdocs(config: str, site_dir: Path) -> int:
    # Not -q: with -q, --strict does not fail on warnings (mkdocs#4126).
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.call([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(site_dir)], env=env)


def build_into(config: str, target: Path) -> int:
    """Build into a fresh folder beside target, then swap it in: a build killed at any
    moment leaves the previous target whole, and a failed build leaves it untouched."""
    target = target.resolve()
    _recover(target)
    staging = target.with_name(f".{target.name}.building-{os.getpid()}")
    status = mkdocs(config, staging)
    if status == 0:
        swap_in(staging, target)
    shutil.rmtree(staging, ignore_errors=True)
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
    for leftover in [*olds, *target.parent.glob(f".{target.name}.building-*")]:
        shutil.rmtree(leftover, ignore_errors=True)


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
    cli = argparse.ArgumentParser(description="Build the archive site.")
    cli.add_argument("--offline", action="store_true", help="build dist/offline (file://) and dist/offline.zip")
    args = cli.parse_args(argv)
    with exclusive("build"):
        if args.offline:
            OFFLINE_DIR.parent.mkdir(parents=True, exist_ok=True)
            status = build_into("mkdocs.offline.yml", OFFLINE_DIR)
            if status == 0:
                zip_tree(OFFLINE_DIR, OFFLINE_ZIP)
                print(f"Offline bundle: {OFFLINE_DIR}/index.html and {OFFLINE_ZIP}")
            return status
        return build_into("mkdocs.yml", SITE_DIR)


if __name__ == "__main__":
    sys.exit(main())
