"""`make dev`: a live preview for editors, on http://127.0.0.1:8000 (PORT= changes it).

Edit a seed (or a page in docs/) and the browser shows the change in seconds: the
converter rewrites only the articles whose seed changed (its cache), then a MkDocs dirty
build renders only the pages the change touches (incremental.py) and the open pages
reload, while a thread writes the feeds and downloads no page shows; a round that
finds nothing changed builds nothing. A change to a data
file, a template or mkdocs.yml is a full build, as is the first one. The preview is
built into .cache/preview, never into site/ (`make build` and `make serve` own that).

The page reload script is MkDocs' own, loaded as a file: the pages' Content-Security-Policy
allows no inline script.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import re
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.livereload import _SCRIPT_TEMPLATE_STR, LiveReloadServer, _timestamp

from .. import cli, data
from ..pipeline import ConversionError, convert_text, load_tables, settle_cache
from . import incremental

log = logging.getLogger("kholuutru.dev")
RELOAD_SCRIPT = "/.preview/livereload.js"
SETTLE_AFTER_S = 2.0  # the round's garbage is collected this long after the reload, while the editor reads
# MkDocs' client, started from the attributes of its own <script> element
_CLIENT = (_SCRIPT_TEMPLATE_STR.rsplit("livereload(", 1)[0]
           + "livereload(+document.currentScript.dataset.epoch, +document.currentScript.dataset.request);\n").encode()


class PreviewServer(LiveReloadServer):
    """MkDocs' live-reload server, with its reload script as a file instead of inline."""

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        tag = f'<script src="{RELOAD_SCRIPT}" data-epoch="{epoch}" data-request="{_timestamp()}"></script>'.encode()
        end = content.rfind(b"</body>")
        end = len(content) if end < 0 else end
        return content[:end] + tag + content[end:]

    def reload_open_pages(self) -> None:
        """Reload the open pages again: pages were written after the round's reload
        (the listing pages it only shifted). A round under way reloads them itself."""
        with self._epoch_cond:
            if self._visible_epoch == self._wanted_epoch:
                self._wanted_epoch = self._visible_epoch = _timestamp()
                self._epoch_cond.notify_all()

    def _serve_request(self, environ, start_response):
        if environ["PATH_INFO"] == RELOAD_SCRIPT:
            start_response("200 OK", [("Content-Type", "application/javascript"), ("Content-Length", str(len(_CLIENT)))])
            return [_CLIENT]
        return super()._serve_request(environ, start_response)


class Preview:
    """Convert, then build: fully the first time and after a data, template or config
    change (or a failed build); otherwise only what the seeds' changes touch."""

    def __init__(self, config_file: str = "mkdocs.yml", source: str = "seeds", site_dir: str = ".cache/preview",
                 docs_dir: str = "docs") -> None:
        self.config_file, self.source, self.site_dir, self.docs_dir = config_file, source, site_dir, docs_dir
        self.settings: list | None = None  # stat of the data files, templates and config at the last good build
        self.pages: list | None = None  # stat of docs/ at the last good build
        self.finishing: threading.Thread | None = None  # the last edit round's feeds and downloads
        self.finish_s = 0.0  # how long they took
        self.pages_written_late = None  # called when the finishing wrote pages (the server reloads the open ones)

    def watched(self) -> list[str]:
        return [self.source, self.docs_dir, str(data.DATA_DIR), "overrides", self.config_file]

    def rebuild(self) -> dict:
        """One round; returns what it did and how long each step took (bench/run.py prints it)."""
        self.finish()
        started = time.perf_counter()
        settings = _stats([str(data.DATA_DIR), "overrides", self.config_file, *_converter_code()])
        dirty = self.settings is not None and settings == self.settings
        with _collector_paused(dirty):
            return self._round(started, settings, dirty)

    def _round(self, started: float, settings: list, dirty: bool) -> dict:
        status = self._convert_here() if dirty else self._convert_apart()
        converted = time.perf_counter()
        if status == 2:  # broken data or unusable folders: nothing converted, keep the last site
            raise PreviewError("chưa dựng lại trang: xem lỗi của bước chuyển đổi ở trên")
        pages = _stats([self.docs_dir])
        if dirty and pages == self.pages:  # a seed saved unchanged, or the converter's own writes seen again
            return {"dirty": True, "skipped": True, "convert_s": converted - started, "build_s": 0.0}
        if not dirty:
            _forget_data()
        config = load_config(self.config_file, site_dir=self.site_dir, docs_dir=self.docs_dir)
        config.plugins.on_startup(command="serve", dirty=dirty)
        incremental.state_for(self.site_dir).finisher = True
        try:
            build(config, dirty=dirty)
        except BaseException:
            self.settings = self.pages = None
            incremental.forget(self.site_dir)
            raise
        finally:
            config.plugins.on_shutdown()
        self.settings, self.pages = settings, pages
        self._start_finishing(dirty)
        return {"dirty": dirty, "convert_s": converted - started, "build_s": time.perf_counter() - converted}

    def _start_finishing(self, dirty: bool) -> None:
        """An edit round's feeds, downloads and CSV slices (no page shows them) are written
        while the editor's page reloads; after a full round, this process reads the
        converter's data files (a second at the first edit) while the editor looks. The
        next round, and settle(), wait for them."""
        state = incremental.state_for(self.site_dir)
        deferred, state.deferred = state.deferred, None
        if deferred is None and not dirty:
            deferred = self._warm_converter
        if deferred is not None:
            self.finishing = threading.Thread(target=self._finish_quietly, args=(deferred,), daemon=True)
            self.finishing.start()

    def _warm_converter(self) -> None:
        """Convert one seed without writing it: what the first edit round would load (the
        gazetteer's communes, the compiled boilerplate and date patterns) is loaded now;
        and vouch for the pages the full round wrote, which the first edit would read."""
        settle_cache(Path(self.docs_dir) / "articles")
        load_tables()
        seed = next(iter(sorted(Path(self.source).rglob("*.txt"))), None)
        if seed is not None:
            try:
                convert_text(seed.read_text(encoding="utf-8", errors="replace"), str(seed))
            except (ConversionError, OSError, ValueError):
                pass  # only a warm-up: an unusable seed is reported by the round that converts it

    def _finish_quietly(self, deferred) -> None:
        started = time.perf_counter()
        try:
            if deferred() and self.pages_written_late is not None:
                self.pages_written_late()
        except Exception as error:  # the next round is a full build, which writes them all again
            log.error(f"make dev: không ghi được phần ghi sau khi tải lại (trang danh sách, sơ đồ trang, tệp tải về, nguồn tin): {error}")
            self.settings = None
            incremental.forget(self.site_dir)
        self.finish_s = time.perf_counter() - started

    def finish(self) -> None:
        """Wait for the last round's feeds and downloads."""
        if self.finishing is not None:
            self.finishing.join()
            self.finishing = None

    def _convert_apart(self) -> int:
        """The first round, and any after a data file changed: a process of its own reads
        the data files afresh and forks its workers safely (this one runs the server's threads)."""
        return subprocess.call([sys.executable, "-m", "kholuutru.cli", "--source", self.source,
                                "--out", f"{self.docs_dir}/articles"])

    def _convert_here(self) -> int:
        """A round after seed edits: the data files are those this process has read, so
        the converter runs here, without a new interpreter's start and data load (about a
        second at 5,000 articles), and in one process (no fork beside the server's threads)."""
        return cli.main(["--source", self.source, "--out", f"{self.docs_dir}/articles", "--jobs", "1"])

    def settle(self) -> None:
        """Finish the round's downloads, then collect the garbage of the rounds (their cycles:
        MkDocs' pages, files and nav of the build before), after the page has reloaded
        rather than during the round."""
        self.finish()
        gc.collect()


@contextmanager
def _collector_paused(paused: bool):
    """No cyclic garbage collection during an edit round: at 5,000 articles the process
    holds millions of objects, and the one or two full collections a round would trigger
    cost about a second; settle() does it once the page has reloaded. A full build keeps
    the collector: it makes far more garbage, and nobody waits on a single page."""
    if not paused or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class PreviewError(Exception):
    """A round that could not build: the preview keeps showing the last good site."""


def _forget_data() -> None:
    """Drop what this process read from the data files (they may have changed): every
    lru_cache in the package."""
    for name, module in list(sys.modules.items()):
        if name.startswith("kholuutru") and module is not None:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def _converter_code() -> list[str]:
    """The converter's own modules: edited, they must run in a fresh process, not the one
    this preview imported (the converter's cache fingerprints them too)."""
    return [str(path) for path in data.conversion_code()]


def _stats(paths: list[str]) -> list[tuple]:
    """(path, size, mtime) of every file under paths: equal lists, nothing changed."""
    found = []
    for top in paths:
        if os.path.isfile(top):
            stat = os.stat(top)
            found.append((top, stat.st_size, stat.st_mtime_ns))
        elif os.path.isdir(top):
            found.extend(_tree_stats(top))
    return sorted(found)


def _tree_stats(folder: str) -> list[tuple]:
    """(path, size, mtime) under folder, by os.scandir: a Path object per file made
    pathlib's rglob and stat most of a no-change round's time at 5,000 articles."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                found.extend(_tree_stats(entry.path))
            elif entry.is_file():
                stat = entry.stat()
                found.append((entry.path, stat.st_size, stat.st_mtime_ns))
    return found


class _QuietDirty(logging.Filter):
    """MkDocs warns that a dirty build may show stale navigation: here it does not."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not re.match(r"A 'dirty' build is being performed", record.getMessage())


def main(argv: list[str] | None = None) -> int:
    cli_args = argparse.ArgumentParser(description="Live preview of the archive (make dev).")
    cli_args.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    cli_args.add_argument("--host", default="127.0.0.1")
    cli_args.add_argument("--config", default="mkdocs.yml")
    args = cli_args.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    logging.getLogger("mkdocs.commands.build").addFilter(_QuietDirty())
    preview = Preview(args.config)

    def rebuild() -> None:
        try:
            done = preview.rebuild()
        except (PreviewError, MkDocsException) as error:
            log.error(f"make dev: {error}")
            return
        finally:  # the server reloads the page as this returns; the collection waits till after
            settle = threading.Timer(SETTLE_AFTER_S, preview.settle)
            settle.daemon = True  # never holds up the server's shutdown
            settle.start()
        log.info(f"make dev: {'chỉ dựng lại phần thay đổi' if done['dirty'] else 'dựng toàn bộ'}, "
                 f"chuyển đổi {done['convert_s']:.1f} s, dựng trang {done['build_s']:.1f} s")

    try:
        preview.rebuild()
    except (PreviewError, MkDocsException) as error:
        print(f"make dev: {error}", file=sys.stderr)
        return 2
    server = PreviewServer(builder=rebuild, host=args.host, port=args.port, root=preview.site_dir)
    preview.pages_written_late = server.reload_open_pages
    not_found = Path(preview.site_dir) / "404.html"
    server.error_handler = lambda code: not_found.read_bytes() if code == 404 and not_found.is_file() else None
    for path in preview.watched():
        server.watch(path)
    try:
        server.serve()
    except KeyboardInterrupt:
        log.info("Đã dừng.")
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
