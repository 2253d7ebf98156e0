"""`make build` / `make offline`: the MkDocs site (strict), search index included.

The archive plugin writes the search index while MkDocs renders (kholuutru.search);
the offline build is also zipped, deterministically.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import zipfile
from pathlib import Path

OFFLINE_DIR = Path("dist/offline")
OFFLINE_ZIP = Path("dist/offline.zip")
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # zip entries carry no build time: same site, same bytes


def mkdocs(config: str) -> int:
    # Not -q: with -q, --strict does not fail on warnings (mkdocs#4126).
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.call([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config], env=env)


def zip_tree(folder: Path, target: Path) -> None:
    """A deterministic zip of folder (sorted entries, fixed timestamps), written atomically."""
    temporary = target.with_suffix(".zip.tmp")
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
    if args.offline:
        status = mkdocs("mkdocs.offline.yml")
        if status == 0:
            zip_tree(OFFLINE_DIR, OFFLINE_ZIP)
            print(f"Offline bundle: {OFFLINE_DIR}/index.html and {OFFLINE_ZIP}")
        return status
    return mkdocs("mkdocs.yml")


if __name__ == "__main__":
    sys.exit(main())
