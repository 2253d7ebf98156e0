"""make dev (issue 13): after a series of edits, the live preview's folder equals what a
fresh build writes, byte for byte (pages, listings, feeds, downloads, search index), and
an open page reloads by itself under the pages' Content-Security-Policy.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from browser import ROOT, free_port, make_project, stop
from kholuutru import data

GENERATED = 40  # with the seeds: neighbours in every province
PAGE_SIZE = 4  # the test project's listings: every topic, year and province of more than one page


def tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def differences(preview: Path, fresh: Path) -> list[str]:
    ours, theirs = tree(preview), tree(fresh)
    problems = [f"only in the preview: {name}" for name in sorted(ours.keys() - theirs.keys())]
    problems += [f"missing from the preview: {name}" for name in sorted(theirs.keys() - ours.keys())]
    problems += [f"differs: {name}" for name in sorted(ours.keys() & theirs.keys()) if ours[name] != theirs[name]]
    return problems


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A project with the seeds and generated articles, and its own copy of the data files."""
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus as generator

    top = tmp_path_factory.mktemp("preview")
    project = make_project(top / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "\n  - kholuutru\n", f"\n  - kholuutru:\n      page_size: {PAGE_SIZE}\n", 1), encoding="utf-8")
    generator.generate(GENERATED, project / "seeds", seed=5)
    shutil.copytree(data.DATA_DIR, top / "data")
    return project, top / "data"


def fresh_build(project: Path, data_dir: Path) -> Path:
    out = project.parent / "fresh"
    shutil.rmtree(out, ignore_errors=True)
    env = {"PATH": "/usr/bin:/bin", "KHOLUUTRU_DATA": str(data_dir), "NO_MKDOCS_2_WARNING": "1", "HOME": str(project)}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(out)],
                          cwd=project, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return out


def _edit(path: Path, title_suffix: str, body_line: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[0] += title_suffix
    lines.append(body_line)
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture
def data_read_again_after():
    """The test edits a copy of the data files, which this process caches: once the
    monkeypatch is undone, the caches are dropped, so later tests read the real files."""
    yield
    from kholuutru.site.dev import _forget_data

    _forget_data()


def test_preview_equals_a_fresh_build_after_every_kind_of_edit(workspace, data_read_again_after, monkeypatch):
    from kholuutru.site.dev import Preview

    project, data_dir = workspace
    monkeypatch.chdir(project)
    monkeypatch.setenv("KHOLUUTRU_DATA", str(data_dir))
    monkeypatch.setattr(data, "DATA_DIR", data_dir)
    preview = Preview()
    site = project / ".cache" / "preview"
    seeds = sorted((project / "seeds").glob("*.txt"))

    def edit_change():
        _edit(seeds[3], " (đã sửa)", "Bản sửa thêm một câu vào cuối bài để kiểm tra xem trước.")

    def edit_add():
        text = seeds[10].read_text(encoding="utf-8").split("\n")
        text[0] = "Bài mới thêm khi xem trước: " + text[0]
        (project / "seeds" / "bai-moi-them.txt").write_text("\n".join(text), encoding="utf-8")

    def edit_add_newest():  # the newest day of all: it takes the next search id, nothing renumbered
        body = [line for line in seeds[12].read_text(encoding="utf-8").split("\n")[2:] if len(line) > 80]
        newest = "\n\n".join(["Bài mới nhất của kho, thêm khi xem trước", "30/11/2026", *body[:3]])
        (project / "seeds" / "bai-moi-nhat.txt").write_text(newest + "\n", encoding="utf-8")

    def edit_redate():  # the newest article moves back to another day: ids renumbered
        path = project / "seeds" / "bai-moi-nhat.txt"
        path.write_text(path.read_text(encoding="utf-8").replace("30/11/2026", "15/03/2016"), encoding="utf-8")

    def edit_delete():
        seeds[20].unlink()

    def edit_rename():
        seeds[25].rename(seeds[25].with_name("doi-ten-" + seeds[25].name))

    def edit_data():
        documents = data_dir / "documents.yml"
        documents.write_text(documents.read_text(encoding="utf-8").replace(
            "Một số vấn đề cấp bách về xây dựng Đảng hiện nay", "Một số vấn đề cấp bách về xây dựng Đảng (tên đã sửa)"),
            encoding="utf-8")
        topics = data_dir / "topics.yml"  # a topic's address, in the pages and in every search record that has it
        topics.write_text(topics.read_text(encoding="utf-8").replace("slug: cong-tac-can-bo\n", "slug: can-bo\n"),
                          encoding="utf-8")

    def edit_page():  # an article an editor writes by hand in docs/articles (no seed)
        model = sorted((project / "docs" / "articles").glob("*.md"))[0].read_text(encoding="utf-8")
        lines = model.split("\n")
        lines[next(i for i, line in enumerate(lines) if line.startswith("title:"))] = "title: Bài biên tập viên viết tay"
        lines = [line for line in lines if not line.startswith(("source_file:", "source_sha256:"))]  # no seed of its own
        (project / "docs" / "articles" / "bai-bien-tap-vien-viet-tay.md").write_text(
            "\n".join(lines) + "\nMột câu biên tập viên viết tay.\n", encoding="utf-8")

    def edit_template():  # a template the preview compiled already: compiled again
        listing = project / "overrides" / "listing.html"
        listing.write_text(listing.read_text(encoding="utf-8").replace("Tải danh sách bài (CSV)", "Tải danh sách (CSV, mẫu đã sửa)"),
                           encoding="utf-8")

    def touch_seed():
        seeds[3].write_bytes(seeds[3].read_bytes())

    rounds = [("first build", None, False), ("change", edit_change, True), ("add", edit_add, True),
              ("add the newest", edit_add_newest, True), ("move it to another day", edit_redate, True),
              ("delete", edit_delete, True), ("rename", edit_rename, True), ("data file", edit_data, False),
              ("after the data change", edit_change, True), ("a hand-written page", edit_page, True),
              ("a template", edit_template, False),
              ("a seed saved unchanged", touch_seed, "skipped")]
    written_late = []  # rounds whose listing pages it only shifted were written after the page reloaded
    preview.pages_written_late = lambda: written_late.append(name)
    for name, edit, dirty in rounds:
        if edit:
            edit()
        done = preview.rebuild()
        if edit is edit_add_newest:  # the page that shows it is written before the reload, the later ones after
            assert "Bài mới nhất của kho" in (site / "nam" / "2026" / "index.html").read_text(encoding="utf-8")
        preview.finish()  # the feeds and downloads, and the pages an edit round only shifted
        assert done.get("skipped", False) is (dirty == "skipped"), f"{name}: {done}"
        assert done["dirty"] is bool(dirty), f"{name}: {done}"
        problems = differences(site, fresh_build(project, data_dir))
        assert problems == [], f"after '{name}':\n" + "\n".join(problems[:30])
        if edit is edit_add_newest:  # the last search id
            last = len(list((site / "search" / "d").glob("*.js"))) - 1
            assert "Bài mới nhất của kho" in (site / "search" / "d" / f"{last}.js").read_text(encoding="utf-8")
    assert {"add", "add the newest", "delete"} <= set(written_late), written_late
    assert "change" not in written_late  # a headline moves no entry: its pages are written at once
    assert "(đã sửa) (đã sửa)" in (site / "tinh" / "index.html").read_text(encoding="utf-8") or any(
        "(đã sửa) (đã sửa)" in page.read_text(encoding="utf-8") for page in (site / "articles").rglob("index.html"))
    assert "tên đã sửa" in (site / "van-ban" / "12-nq-tw" / "index.html").read_text(encoding="utf-8")
    assert (site / "chu-de" / "can-bo" / "index.html").is_file() and not (site / "chu-de" / "cong-tac-can-bo").exists()
    assert "mẫu đã sửa" in (site / "van-ban" / "12-nq-tw" / "index.html").read_text(encoding="utf-8")
    assert "Một câu biên tập viên viết tay." in (site / "articles" / "bai-bien-tap-vien-viet-tay" / "index.html").read_text(encoding="utf-8")

    # MkDocs' own `mkdocs serve --dirty` has no preview to write the shifted pages after the
    # reload: the build writes them itself
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from kholuutru import cli
    from kholuutru.site import incremental

    incremental.state_for(str(site)).finisher = False
    edit_add_newest_again = seeds[14].read_text(encoding="utf-8").split("\n")
    (project / "seeds" / "bai-moi-nhat-2.txt").write_text(
        "\n\n".join(["Bài mới nhất thứ hai", "30/11/2026", *[line for line in edit_add_newest_again[2:] if len(line) > 80][:3]]) + "\n",
        encoding="utf-8")
    assert cli.main(["--source", "seeds", "--out", "docs/articles", "--jobs", "1"]) == 0
    config = load_config("mkdocs.yml", site_dir=str(site), docs_dir="docs")
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=True)
    config.plugins.on_shutdown()
    assert incremental.state_for(str(site)).deferred is None
    problems = differences(site, fresh_build(project, data_dir))
    assert problems == [], "after mkdocs serve --dirty:\n" + "\n".join(problems[:30])


def _wait_for(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{url} did not answer in {seconds} s")


def test_open_page_reloads_after_an_edit_under_the_csp(browser, tmp_path):
    project = make_project(tmp_path / "project")
    port = free_port()
    # the server's log goes to a file: a pipe nobody reads fills up and stalls the server
    log = (tmp_path / "server.log").open("w", encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "kholuutru.site.dev", "--port", str(port)], cwd=project,
                              stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}/"
        _wait_for(base, 240)
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base + "tinh/hai-duong/")
        assert page.locator('script[src="/.preview/livereload.js"]').count() == 1
        seed = next(path for path in sorted((project / "seeds").glob("*.txt"))
                    if "Chí Linh" in path.read_text(encoding="utf-8").split("\n")[0])
        lines = seed.read_text(encoding="utf-8").split("\n")
        lines[0] = lines[0] + " — bản xem trước"
        seed.write_text("\n".join(lines), encoding="utf-8")
        # no navigation by the test: the page must reload itself with the new title
        # (while it reloads the new document may not have a body yet: poll on until it has)
        page.wait_for_function("() => document.body !== null && document.body.innerText.includes('bản xem trước')",
                               timeout=120_000)
        assert errors == [], errors
    finally:
        stop(server, 20)
        log.close()
    _leave(page)


def _leave(page) -> None:
    """Close a preview page once nothing can reload it any more. Chromium can drop a close
    that races a reload's commit, and page.close() then waits for ever (crbug.com/536385539,
    microsoft/playwright#42068); the server is stopped, so only a reload it had already
    signalled can still be on its way: about:blank replaces it, then the page closes."""
    from playwright.sync_api import Error

    for _attempt in range(3):
        try:
            page.goto("about:blank")
            break
        except Error:  # that last reload interrupted the move: try again
            continue
    page.close()


def test_pages_written_after_the_reload_reload_the_open_pages_again(tmp_path):
    """The listing pages a round only shifted are written after the page reloaded: the
    open pages are told to reload once more, unless a round is under way (it reloads them)."""
    from kholuutru.site.dev import PreviewServer

    server = PreviewServer(builder=lambda: None, host="127.0.0.1", port=free_port(), root=str(tmp_path))
    shown = server._visible_epoch
    answers: list[bytes] = []
    poll = threading.Thread(target=lambda: answers.extend(
        server._serve_request({"PATH_INFO": f"/livereload/{shown}/1"}, lambda *status: None)))
    poll.start()  # an open page asks for news and waits
    time.sleep(0.3)
    server._wanted_epoch += 1  # a round under way
    server.reload_open_pages()
    time.sleep(0.3)
    assert answers == []
    server._wanted_epoch = server._visible_epoch  # the round done, its pages reloaded
    server.reload_open_pages()
    poll.join(10)
    assert answers and int(answers[0]) > shown


def _synthetic_results(count: int, seed: int) -> dict[str, tuple]:
    """Index results (row, filters, sort, terms) of `count` articles: common words in most of
    them, so terms hold several chunks of postings (search/index.py POSTINGS_PER_CHUNK)."""
    import random

    chance = random.Random(seed)
    words = [f"tu{n}" for n in range(300)]
    results = {}
    for number in range(count):
        url = f"articles/bai-{chance.randrange(10**6):06d}-{number}/"
        picked = {w for w in words if chance.random() < 1 / (1 + words.index(w) / 8)}
        lines = {}
        for word in sorted(picked):
            lines.setdefault(chance.choice([1, 1, 2, 5, 10, 44]), []).append(word)
        terms = "\n".join(f"{weight} {' '.join(names)}" for weight, names in sorted(lines.items()))
        day = 20100101 + chance.randrange(0, 150000)
        results[url] = ([url, f"Bài {number}", "", "", ""], {"tinh": ["Quảng Trị"], "nam": [str(day)[:4]]}, day, terms)
    return results


def _index_round(site: Path, results: dict[str, tuple], cache, rendered: list[str]) -> None:
    from kholuutru.search.index import PageIndexer, index_order

    indexer = PageIndexer(site, index_order((url, result[2]) for url, result in results.items()), cache=cache)
    for url in rendered:
        indexer._merge(results[url])  # what a worker returns for a page MkDocs rendered again
    indexer.finish()


def test_the_preview_index_equals_a_fresh_one_after_ids_move(tmp_path):
    """Additions and removals before other articles, and a day moved, renumber the search ids:
    the preview patches only the moved chunks of each term's code, and must write what a
    fresh index of the same articles writes."""
    from kholuutru.search.index import POSTINGS_PER_CHUNK, IndexCache

    results = _synthetic_results(700, seed=5)
    cache, preview = IndexCache(), tmp_path / "preview"
    _index_round(preview, results, cache, list(results))
    older, both, newest = _synthetic_results(3, seed=6).items()
    urls = sorted(results)

    def on_day(result: tuple, day: int) -> tuple:
        return (*result[:2], day, result[3])

    # 300 articles of one older day at once: the chunks they land in grow past the largest a
    # chunk may be, and are cut again
    batch = {url: (*result[:2], 20150101, result[3] + "\n7 mot-dot")
             for url, result in _synthetic_results(300, seed=7).items()}
    back = "articles/bai-tro-lai/"  # takes up words the same round removes with all their articles
    returning = {back: ([back, "Bài trở lại", "", "", ""], results[urls[0]][1], 20120101, "3 tu1 mot-tu-moi\n7 mot-dot")}

    rounds = [  # (what, articles removed, articles added or changed: the pages rendered again)
        ("an older article added", [], dict([older])),
        ("one removed in the middle", [urls[100]], {}),
        ("one added, one removed", [urls[200]], dict([both])),
        ("a day moved", [], {urls[300]: on_day(results[urls[300]], 20100102)}),
        ("an article's words changed", [], {urls[400]: (*results[urls[400]][:3], "3 tu1 tu2 mot-tu-moi")}),
        ("the newest added", [], {newest[0]: on_day(newest[1], 20991231)}),
        ("the newest removed", [newest[0]], {}),
        ("many of one older day added", [], batch),
        ("words gone and back in one round", [urls[400], *batch], returning),
    ]
    for name, removed, changed in rounds:
        for url in removed:
            del results[url]
        results.update(changed)
        _index_round(preview, results, cache, list(changed))
        fresh = tmp_path / f"fresh-{name}"
        _index_round(fresh, results, None, list(results))
        problems = differences(preview / "search", fresh / "search")
        assert problems == [], f"after '{name}':\n" + "\n".join(problems[:20])
        if name == "many of one older day added":  # the chunks they grew past the largest size were cut again
            sizes = [b - a for starts in cache.chunk_starts.values() for a, b in zip(starts, starts[1:])]
            assert max(sizes) <= 2 * POSTINGS_PER_CHUNK
            assert any(start % POSTINGS_PER_CHUNK for starts in cache.chunk_starts.values() for start in starts)
    assert max(len(parts) for parts in cache.fragments.values()) > 3  # terms of several chunks were patched
