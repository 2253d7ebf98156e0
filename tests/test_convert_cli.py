"""The converter command on real files: exit codes, errors, --check, atomic writes."""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import frontmatter

from conftest import ROOT, SEEDS, pages, run_convert

CHI_LINH = "000_ef24f7e9ade06dd5.txt"


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.glob("*"))}


def test_bad_inputs_are_named_and_the_rest_converts(seeded):
    seeds = seeded / "seeds"
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "blank.txt").write_bytes(b"  \n\t\n \r\n")
    (seeds / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (seeds / "title-only.txt").write_text("Đảng bộ xã Tân Phú tổng kết năm\n\n", encoding="utf-8")
    (seeds / "garbage.txt").write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 40 + b"\x98\x99")
    result = run_convert(seeded)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr
    for name in ("empty.txt", "blank.txt", "image.txt", "title-only.txt", "garbage.txt"):
        line = next(line for line in errors if line.startswith(f"seeds/{name}: "))
        assert len(line) > len(f"seeds/{name}: ") + 5
    converted = pages(seeded)
    assert set(converted) == {p.name for p in SEEDS.glob("*.txt")}


def test_usage_errors_exit_2(project):
    assert run_convert(project, "--no-such-flag").returncode == 2
    assert run_convert(project, "--source", "missing").returncode == 2


def test_unchanged_input_rewrites_nothing(seeded):
    assert run_convert(seeded).returncode == 0
    before = snapshot(seeded / "docs" / "articles")
    time.sleep(0.05)
    result = run_convert(seeded)
    assert result.returncode == 0
    assert snapshot(seeded / "docs" / "articles") == before
    # without the cache, too
    (seeded / ".cache" / "convert.json").unlink()
    assert run_convert(seeded).returncode == 0
    assert snapshot(seeded / "docs" / "articles") == before


def test_same_input_same_bytes_in_two_projects(seeded, tmp_path):
    other = tmp_path / "other"
    (other / "seeds").mkdir(parents=True)
    for seed in SEEDS.glob("*.txt"):
        (other / "seeds" / seed.name).write_bytes(seed.read_bytes())
    assert run_convert(seeded, "--jobs", "2").returncode == 0
    assert run_convert(other, "--jobs", "1").returncode == 0
    mine = {p.name: p.read_bytes() for p in (seeded / "docs/articles").glob("*.md")}
    theirs = {p.name: p.read_bytes() for p in (other / "docs/articles").glob("*.md")}
    assert mine == theirs and len(mine) == 5


def test_check_reports_every_kind_of_difference_and_writes_nothing(seeded):
    assert run_convert(seeded).returncode == 0
    articles = seeded / "docs" / "articles"
    clean = run_convert(seeded, "--check")
    assert clean.returncode == 0, clean.stderr

    chi_linh = next(p for p in articles.glob("chi-linh*.md"))
    chi_linh.write_text(chi_linh.read_text(encoding="utf-8").replace("Chí Linh", "Chí Liinh"), encoding="utf-8")
    phuc_yen = next(p for p in articles.glob("*phuc-yen*.md"))
    phuc_yen.unlink()
    lang_son_source = seeded / "seeds" / "001_28ec6ceaf6750274.txt"
    lang_son_source.write_text(lang_son_source.read_text(encoding="utf-8") + "\nMột đoạn mới được thêm vào bài viết này để kiểm tra.\n", encoding="utf-8")
    (seeded / "seeds" / "003_6cbf019819a9d311.txt").unlink()
    before = snapshot(articles)

    result = run_convert(seeded, "--check")
    assert result.returncode == 1
    out = result.stderr
    assert chi_linh.name in out and "sửa tay" in out
    assert phuc_yen.name in out and "thiếu" in out
    assert "lang-son" in out and "lỗi thời" in out
    assert "phat-huy-truyen-thong" in out and "thừa" in out
    assert snapshot(articles) == before


def test_removed_source_removes_its_page_and_hand_written_pages_stay(seeded):
    assert run_convert(seeded).returncode == 0
    articles = seeded / "docs" / "articles"
    hand = articles / "bai-viet-tay.md"
    hand.write_text("---\ntitle: Bài viết tay\n---\n\nNội dung.\n", encoding="utf-8")
    (seeded / "seeds" / CHI_LINH).unlink()
    result = run_convert(seeded)
    assert result.returncode == 0
    assert not list(articles.glob("chi-linh*.md"))
    assert hand.exists() and len(list(articles.glob("*.md"))) == 5


def test_slug_is_stable_when_the_title_changes(seeded):
    assert run_convert(seeded).returncode == 0
    (seeded / "seeds" / "000_ef24f7e9ade06dd5.yml").write_text("title: Tiêu đề đã sửa hoàn toàn khác\n", encoding="utf-8")
    assert run_convert(seeded).returncode == 0
    page = seeded / "docs/articles/chi-linh-xay-dung-dang-trong-sach-vung-manh.md"
    assert frontmatter.load(page)["title"] == "Tiêu đề đã sửa hoàn toàn khác"


def test_overrides_apply_survive_reconversion_and_unknown_keys_fail(seeded):
    override = seeded / "seeds" / "001_28ec6ceaf6750274.yml"
    override.write_text('date: "2015-06-20"\nauthor: Ban Tuyên giáo Thành ủy\ntags: [công tác cán bộ]\n', encoding="utf-8")
    assert run_convert(seeded).returncode == 0
    post = pages(seeded)["001_28ec6ceaf6750274.txt"]
    assert post["date"] == "2015-06-20" and post["author"] == "Ban Tuyên giáo Thành ủy"
    assert post["tags"] == ["công tác cán bộ"]
    assert run_convert(seeded).returncode == 0
    assert pages(seeded)["001_28ec6ceaf6750274.txt"]["author"] == "Ban Tuyên giáo Thành ủy"

    override.write_text("autor: sai chính tả\n", encoding="utf-8")
    result = run_convert(seeded)
    assert result.returncode == 1
    assert "seeds/001_28ec6ceaf6750274.txt" in result.stderr and "autor" in result.stderr
    orphan = seeded / "seeds" / "khong-co-bai.yml"
    orphan.write_text("title: x\n", encoding="utf-8")
    result = run_convert(seeded)
    assert "khong-co-bai.yml" in result.stderr


def test_a_correction_files_unknown_keys_are_named_in_one_message(seeded):
    """A correction file with several keys it may not set (a reader's label file saved as
    seeds/<name>.yml): one message names them all, each with the key it likely meant, and the
    keys it may set once; a word that only looks like a key gets no guess ("site" is no "title")."""
    (seeded / "seeds" / "001_28ec6ceaf6750274.yml").write_text("autor: A\nsite: x.vn\nkicker: null\nprovnce: Hà Nam\n",
                                                             encoding="utf-8")
    result = run_convert(seeded)
    assert result.returncode == 1
    line = next(line for line in result.stderr.splitlines() if line.startswith("seeds/001_28ec6ceaf6750274.txt: "))
    assert "«autor» (ý bạn là «author»?)" in line and "«provnce» (ý bạn là «province»?)" in line
    assert "«site», «kicker»," in line and "ý bạn là «title»" not in line
    assert line.count("được phép:") == 1


def test_same_article_in_two_encodings_is_converted_once(project):
    text = (SEEDS / CHI_LINH).read_text(encoding="utf-8")
    (project / "seeds" / "a.txt").write_text(text, encoding="utf-8")
    (project / "seeds" / "b.txt").write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"))
    result = run_convert(project)
    assert result.returncode == 0
    assert "seeds/b.txt" in result.stderr and "seeds/a.txt" in result.stderr
    assert len(list((project / "docs/articles").glob("*.md"))) == 1


def test_workers_leave_no_temporary_page_behind(project):
    """The workers write each page under a temporary name and the parent renames it into place:
    a duplicate, a page whose corrected slug belongs to another and an unchanged page leave no
    temporary file in docs/articles, over the process pool (8 articles or more) as in one process."""
    text = (SEEDS / CHI_LINH).read_text(encoding="utf-8")
    seeds = project / "seeds"
    for number, seed in enumerate(sorted(SEEDS.glob("*.txt")) * 2):
        (seeds / f"{number:02d}.txt").write_text(seed.read_text(encoding="utf-8") + f"\n(Bản {number})\n", encoding="utf-8")
    (seeds / "trung-a.txt").write_text(text, encoding="utf-8")
    (seeds / "trung-b.txt").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    for jobs in ("2", "1"):
        result = run_convert(project, "--jobs", jobs)
        assert result.returncode == 0, result.stderr
        articles = project / "docs" / "articles"
        assert [p.name for p in articles.iterdir() if p.name.startswith(".")] == []
        assert len(list(articles.glob("*.md"))) == 11
        (project / ".cache" / "convert.json").unlink()  # the second run converts again: every page unchanged
    slug = next(p.stem for p in (project / "docs" / "articles").glob("*.md") if frontmatter.load(p)["source_file"] == "seeds/00.txt")
    taken = (project / "docs" / "articles" / f"{slug}.md").read_bytes()
    (seeds / "01.yml").write_text(f"slug: {slug}\n", encoding="utf-8")
    result = run_convert(project, "--jobs", "2")
    assert result.returncode == 1 and "seeds/01.yml" in result.stderr
    assert [p.name for p in (project / "docs" / "articles").iterdir() if p.name.startswith(".")] == []
    assert (project / "docs" / "articles" / f"{slug}.md").read_bytes() == taken  # not overwritten by 01.txt


def test_report_lists_every_line_that_left_the_body(seeded):
    result = run_convert(seeded, "--report", "report.md")
    assert result.returncode == 0
    report = (seeded / "report.md").read_text(encoding="utf-8")
    for expected in ("THỨ TƯ, 28/10/2020 19:32:34", "dòng ngày", "THÀNH THỦY", "tác giả", "Xem nhiều nhất", "giao diện trang web",
                     "đoạn lặp lại", "Chi tiết tin - Thành ủy Đông Hà"):
        assert expected in report, expected


def test_a_pull_requests_report_is_about_the_articles_it_touches(seeded):
    """--report-for takes what `git diff --name-only` prints (a correction file stands for its
    article, other paths are ignored): a summary that stays small whatever the archive's size."""
    seeds = sorted(p.name for p in (seeded / "seeds").glob("*.txt"))
    (seeded / "changed.txt").write_text(f"seeds/{seeds[0][:-4]}.yml\nREADME.md\n", encoding="utf-8")
    result = run_convert(seeded, "--report", "report.md", "--report-for", "changed.txt")
    assert result.returncode == 0, result.stderr
    report = (seeded / "report.md").read_text(encoding="utf-8")
    assert f"1 trong {len(seeds)} bài" in report
    assert f"## seeds/{seeds[0]} →" in report and not any(f"## seeds/{name} →" in report for name in seeds[1:])
    missing = run_convert(seeded, "--report", "report.md", "--report-for", "none.txt")
    assert missing.returncode == 2 and "--report-for" in missing.stderr


def test_sigkill_leaves_every_page_old_or_new(project):
    base = (SEEDS / CHI_LINH).read_text(encoding="utf-8")
    for index in range(400):
        (project / "seeds" / f"bai-{index:03d}.txt").write_text(f"{base}\nĐoạn riêng số {index} của bài này, viết để phân biệt.\n", encoding="utf-8")
    assert run_convert(project).returncode == 0
    old = {p.name: p.read_bytes() for p in (project / "docs/articles").glob("*.md")}
    for index in range(400):
        path = project / "seeds" / f"bai-{index:03d}.txt"
        path.write_text(path.read_text(encoding="utf-8") + "\nThêm một câu mới ở cuối bài để trang thay đổi.\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(ROOT / "scripts/convert.py"), "--jobs", "1"], cwd=project,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(1.2)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    now = {p.name: p.read_bytes() for p in (project / "docs/articles").glob("*.md")}
    assert set(now) == set(old)
    changed = 0
    for name, content in now.items():
        post = frontmatter.loads(content.decode("utf-8"))
        assert post["title"] and content.endswith(b"\n")
        if content != old[name]:
            assert b"Th\xc3\xaam m\xe1\xbb\x99t c\xc3\xa2u m\xe1\xbb\x9bi" in content
            changed += 1
    # the run finishes the job afterwards and leaves no temporary files
    assert run_convert(project).returncode == 0
    assert not list((project / "docs/articles").glob(".*"))


def test_a_page_saved_as_html_converts_like_its_text_and_a_head_alone_is_an_error(project):
    """A scraper that saved the HTML: markup, scripts and the head go, the text stays and is
    escaped as any text is; a page cut inside its head has no article and says so."""
    text = (SEEDS / CHI_LINH).read_text(encoding="utf-8")
    title, _, rest = text.partition("\n")
    paragraphs = "".join(f"<p>{line.replace('&', '&amp;').replace('<', '&lt;')}</p>\n" for line in rest.split("\n") if line.strip())
    html = (f"<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<script>var tracker = 1;</script></head>\n<body><h1>{title}</h1>\n{paragraphs}"
            "<script>alert('x')</script></body></html>\n")
    (project / "seeds" / "plain.txt").write_text(text, encoding="utf-8")
    (project / "seeds" / "page.txt").write_text(html, encoding="utf-8")
    (project / "seeds" / "head-only.txt").write_text(f"<!DOCTYPE html>\n<html><head>\n<title>{title}</title>\n<meta name=\"a\"",
                                                     encoding="utf-8")
    result = run_convert(project)
    assert result.returncode == 1
    assert any(line.startswith("seeds/head-only.txt: ") and "không có nội dung" in line for line in result.stderr.splitlines())
    converted = pages(project)
    plain, page = converted["plain.txt"], converted["page.txt"]
    for key in ("title", "date", "province", "tenure", "author", "documents"):
        assert page[key] == plain[key], key
    assert page.content.split("\n\n")[-3:] == plain.content.split("\n\n")[-3:]
    assert "<script" not in page.content and "tracker" not in page.content and "alert" not in page.content


def _one_seed(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "bai.txt"
    seed.write_bytes(sorted(SEEDS.glob("*.txt"))[0].read_bytes())
    return seed


def test_a_same_size_rewrite_within_the_clocks_tick_is_converted_again(tmp_path, monkeypatch):
    """A time and size the cache recorded vouch for the content only once they are a few
    seconds old: a rewrite of the same size in the same tick keeps both ("racy git")."""
    from kholuutru import pipeline

    seed = _one_seed(tmp_path, monkeypatch)
    pipeline.run(Path("seeds"), Path("docs/articles"), jobs=1)  # tables loaded: the timed run below reads within the tick
    now = time.time_ns()
    os.utime(seed, ns=(now, now))
    pipeline.run(Path("seeds"), Path("docs/articles"), jobs=1)
    text = seed.read_text(encoding="utf-8")
    changed = text.replace("Đảng", "ĐẢNG", 1)
    assert changed != text and len(changed.encode()) == len(text.encode())
    seed.write_text(changed, encoding="utf-8")
    os.utime(seed, ns=(now, now))  # the same time and size as the run above saw
    result = pipeline.run(Path("seeds"), Path("docs/articles"), jobs=1)
    assert result.written and "ĐẢNG" in Path(result.written[0]).read_text(encoding="utf-8")


def test_an_unchanged_settled_seed_is_not_read_again(tmp_path, monkeypatch):
    """make dev converts at every save: 5,000 seeds are not hashed again when their times and sizes hold."""
    from kholuutru import pipeline

    seed = _one_seed(tmp_path, monkeypatch)
    hour_ago = time.time_ns() - 3_600_000_000_000
    os.utime(seed, ns=(hour_ago, hour_ago))
    pipeline.run(Path("seeds"), Path("docs/articles"), jobs=1)  # records the settled time and size
    pipeline.run(Path("seeds"), Path("docs/articles"), jobs=1)  # and the page's, now settled too
    for page in Path("docs/articles").glob("*.md"):
        os.utime(page, ns=(hour_ago, hour_ago))
    pipeline.run(Path("seeds"), Path("docs/articles"), jobs=1)

    def no_reading(*args):
        raise AssertionError("read again")

    monkeypatch.setattr(pipeline, "_job_key", no_reading)
    result = pipeline.run(Path("seeds"), Path("docs/articles"), jobs=1)
    assert not result.errors and len(result.unchanged) == 1 and not result.written


def test_pages_just_written_are_vouched_for_once_settled(seeded, monkeypatch):
    """A run trusts no page it has just written (a same-size rewrite within the clock's tick
    would go unseen); settle_cache, which the preview runs while the editor looks at its
    first build, records them once settled, so the first edit reads no page but its own."""
    from kholuutru import pipeline

    monkeypatch.chdir(seeded)
    articles = Path("docs/articles")
    assert pipeline.run(Path("seeds"), articles).exit_code == 0
    cache_file = Path(".cache/convert.json")
    assert all(entry["page_stat"] is None for entry in json.loads(cache_file.read_text()).values())
    pipeline.settle_cache(articles)  # too recent still: nothing vouched for
    assert all(entry["page_stat"] is None for entry in json.loads(cache_file.read_text()).values())

    long_ago = time.time() - 60
    pages = sorted(articles.glob("*.md"))
    changed = pages[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nSửa tay.\n", encoding="utf-8")
    for page in pages:
        os.utime(page, (long_ago, long_ago))
    pipeline.settle_cache(articles)
    cache = json.loads(cache_file.read_text())
    vouched = {entry["slug"] for entry in cache.values() if entry["page_stat"]}
    assert vouched == {page.stem for page in pages[1:]}

    read = []
    original = pipeline._page_source
    monkeypatch.setattr(pipeline, "_page_source", lambda path: read.append(Path(path).name) or original(path))
    result = pipeline.run(Path("seeds"), articles)
    assert result.exit_code == 0 and read == [changed.name]
    assert "Sửa tay." not in changed.read_text(encoding="utf-8")  # converted again: the page is the seed's
