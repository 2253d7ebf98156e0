"""One run at a time per project: a second `make convert` or `make build` waits.

Two runs writing the same docs/ or site/ at once would interleave their pages.
The lock is an flock on .cache/<name>.lock, so it is released by the kernel
when a run ends in any way, kill -9 included: nothing stale to clean up.
"""

from __future__ import annotations

import fcntl
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_DIR = Path(".cache")


@contextmanager
def exclusive(name: str) -> Iterator[None]:
    """Hold the project's <name> lock for the block; wait (and say so) while another run holds it."""
    LOCK_DIR.mkdir(parents=True, exist_ok=True)
    with open(LOCK_DIR / f"{name}.lock", "a", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"một lần {name} khác đang chạy trong thư mục này; chờ nó xong…", file=sys.stderr, flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
