"""Nothing lost when things go wrong: the README's fault table, one test per row.

Each test makes the fault for real (a process killed with SIGKILL, a file size
limit that makes writes fail as on a full disk, a folder the user may not write,
a data file broken in a copy of the tree, two runs at once) and checks what
the user sees (one line naming the file and the reason, the exit code) and what
is kept (every page old or new, the previous site/ whole).
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import frontmatter
import pytest

from conftest import ROOT, SEEDS, make_tree, pages, run_convert, run_in, tree_env

DATA_FILES = sorted(p.name for p in (ROOT / "kholuutru" / "data").glob("*.yml"))
CHI_LINH = "000_ef24f7e9ade06dd5.txt"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in (result.stderr + "\n" + result.stdout).splitlines() if line.strip()]
    assert any(all(word in line for word in words) for line in lines), (words, result.stderr)


def many_seeds(project: Path, count: int, extra: str = "") -> None:
    base = (SEEDS / CHI_LINH).read_text(encoding="utf-8")
    for index in range(count):
        text = f"{base}\nĐoạn riêng số {index} của bài này, viết để phân biệt các bài với nhau.{extra}\n"
        (project / "seeds" / f"bai-{index:03d}.txt").write_text(text, encoding="utf-8")


# --- killed runs -----------------------------------------------------------------------------


@pytest.mark.parametrize("run", range(3))
def test_kill_during_convert_leaves_every_page_old_or_new(project, run):
    many_seeds(project, 150)
    assert run_convert(project, "--jobs", "1").returncode == 0
    articles = project / "docs" / "articles"
    old = snapshot(articles)
    many_seeds(project, 150, " Thêm một câu mới ở cuối bài để trang thay đổi.")
    process = subprocess.Popen([sys.executable, str(ROOT / "scripts/convert.py"), "--jobs", "1"], cwd=project,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(random.Random(run).uniform(0.6, 2.5))
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    now = {p.name: p.read_bytes() for p in articles.glob("*.md")}  # (snapshot keys are the same names here)
    assert set(now) == {name for name in old}
    for name, content in now.items():
        post = frontmatter.loads(content.decode("utf-8"))
        assert post["title"] and content.endswith(b"\n")
        assert content == old[name] or "Thêm một câu mới" in post.content
    finished = run_convert(project, "--jobs", "1")
    assert finished.returncode == 0, finished.stderr
    assert not [p for p in articles.iterdir() if p.name.startswith(".")]
    assert all("Thêm một câu mới" in frontmatter.load(p).content for p in articles.glob("*.md"))


def _build(project: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kholuutru.site.build"], cwd=project, env=tree_env(project),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def test_kill_during_build_leaves_the_previous_site_whole(tmp_path):
    project = make_tree(tmp_path / "tree", site=True)
    assert run_in(project, "scripts/convert.py").returncode == 0
    assert _build(project).wait() == 0
    site = project / "site"
    first = snapshot(site)
    assert "index.html" in first and "search/meta.js" in first
    timer = time.monotonic()
    assert _build(project).wait() == 0
    duration = time.monotonic() - timer
    rng = random.Random(7)
    for _ in range(4):
        process = _build(project)
        time.sleep(rng.uniform(0.05, duration * 0.95))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        assert snapshot(site) == first  # a build writes the same bytes: old and new are alike and whole
    assert _build(project).wait() == 0
    assert snapshot(site) == first
    assert not [p for p in project.iterdir() if p.name.startswith((".site.building", ".site.old"))]


def test_a_failed_build_keeps_the_previous_site(tmp_path):
    project = make_tree(tmp_path / "tree", site=True)
    assert run_in(project, "scripts/convert.py").returncode == 0
    assert run_in(project, "-m", "kholuutru.site.build").returncode == 0
    before = snapshot(project / "site")
    (project / "docs" / "articles" / "hong.md").write_text("---\ntitle: [không đóng\n---\n\nx\n", encoding="utf-8")
    failed = run_in(project, "-m", "kholuutru.site.build")
    assert failed.returncode != 0
    assert snapshot(project / "site") == before


# --- the disk and the folders --------------------------------------------------------------


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_while_writing_pages_names_the_page_and_keeps_the_old_ones(seeded):
    assert run_convert(seeded).returncode == 0
    articles = seeded / "docs" / "articles"
    old = snapshot(articles)
    for seed in (seeded / "seeds").glob("*.txt"):
        seed.write_text(seed.read_text(encoding="utf-8") + "\nMột đoạn thêm vào để mọi trang đều phải ghi lại.\n" * 3,
                        encoding="utf-8")
    # writes past 2 KB fail with EFBIG, as writes on a full disk fail with ENOSPC
    result = subprocess.run([sys.executable, str(ROOT / "scripts/convert.py")], cwd=seeded, capture_output=True, text=True,
                            preexec_fn=_limit_file_size(2048), timeout=120)
    assert result.returncode == 1
    one_line_error(result, "docs/articles/", "không ghi được", "trang cũ vẫn nguyên")
    assert snapshot(articles).keys() == old.keys()
    for name, content in snapshot(articles).items():
        assert content == old[name] or content.count(b"\xc4\x91o\xe1\xba\xa1n th\xc3\xaam") == 3  # old, or whole and new
    assert run_convert(seeded).returncode == 0


def _as_user() -> list[str]:
    """A prefix that runs a command as an unprivileged user (root writes anywhere)."""
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    if shutil.which("setpriv") is None or subprocess.run([*prefix, sys.executable, "-c", "import yaml, kholuutru"],
                                                         capture_output=True, env=tree_env(ROOT)).returncode != 0:
        pytest.skip("running as root without a way to drop privileges: permissions cannot be tested")
    return prefix


@pytest.fixture
def shared_project():
    """A project folder an unprivileged user can enter (pytest's tmp_path is root's only)."""
    folder = Path(tempfile.mkdtemp(prefix="kl-faults-", dir="/tmp"))
    folder.chmod(0o755)
    (folder / "seeds").mkdir()
    (folder / "docs" / "articles").mkdir(parents=True)
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / "seeds" / seed.name)
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _convert_as_user(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*_as_user(), sys.executable, str(ROOT / "scripts/convert.py"), *args], cwd=project,
                          capture_output=True, text=True, timeout=120, env={**tree_env(ROOT), "HOME": str(project)})


def test_a_read_only_output_folder_is_one_line_and_nothing_changes(shared_project):
    (shared_project / ".cache").mkdir(mode=0o777)
    (shared_project / ".cache").chmod(0o777)
    assert run_convert(shared_project).returncode == 0
    articles = shared_project / "docs" / "articles"
    for page in articles.iterdir():
        page.chmod(0o644)
    before = snapshot(articles)
    (shared_project / "seeds" / CHI_LINH).write_text("Bài đã sửa\n\nMột đoạn văn mới đủ dài để thành thân bài của trang này.\n",
                                                     encoding="utf-8")
    articles.chmod(0o555)
    result = _convert_as_user(shared_project)
    assert result.returncode == 2
    one_line_error(result, "docs/articles", "chỉ đọc")
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1
    assert snapshot(articles) == before


def test_an_unreadable_seed_folder_is_one_line(shared_project):
    (shared_project / ".cache").mkdir(mode=0o777)
    (shared_project / ".cache").chmod(0o777)
    (shared_project / "seeds").chmod(0o300)
    result = _convert_as_user(shared_project)
    assert result.returncode == 2
    one_line_error(result, "seeds", "không đọc được")


# --- data files ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", DATA_FILES)
def test_corrupt_yaml_in_a_data_file_is_named_and_nothing_is_written(tmp_path, name):
    tree = make_tree(tmp_path / "tree")
    assert run_in(tree, "scripts/convert.py").returncode == 0
    before = snapshot(tree / "docs")
    data_file = tree / "kholuutru" / "data" / name
    lines = data_file.read_text(encoding="utf-8").splitlines()
    broken_at = next(n for n, line in enumerate(lines) if line and not line.startswith("#")) + 1
    lines.insert(broken_at, "  - [không đóng: {")
    data_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tree / "seeds" / CHI_LINH).unlink()  # a run that went ahead would remove this page
    result = run_in(tree, "scripts/convert.py")
    assert result.returncode == 2
    one_line_error(result, f"kholuutru/data/{name}:", "YAML")
    assert snapshot(tree / "docs") == before


@pytest.mark.parametrize("damage", ["empty", "latin-1", "not a mapping", "list made a string"])
def test_a_broken_data_file_stops_convert_and_check_with_one_line_each(tmp_path, damage):
    tree = make_tree(tmp_path / "tree")
    assert run_in(tree, "scripts/convert.py").returncode == 0
    before = snapshot(tree / "docs")
    boilerplate = tree / "kholuutru" / "data" / "boilerplate.yml"
    sections = tree / "kholuutru" / "data" / "sections.txt"
    text = boilerplate.read_text(encoding="utf-8")
    if damage == "empty":
        boilerplate.write_text("", encoding="utf-8")
        sections.write_text("", encoding="utf-8")
    elif damage == "latin-1":
        boilerplate.write_bytes(text.encode("utf-8").replace("Tin liên quan".encode("utf-8"), "Tin li\u00ean quan".encode("latin-1")))
        sections.write_bytes(sections.read_text(encoding="utf-8").encode("cp1258", errors="replace"))
    elif damage == "not a mapping":
        boilerplate.write_text("- chỉ là một danh sách\n", encoding="utf-8")
        sections.write_text("", encoding="utf-8")
    else:
        boilerplate.write_text(text.replace("drop_lines:\n", "drop_lines: một chuỗi\nold_drop_lines:\n"), encoding="utf-8")
        sections.write_text("", encoding="utf-8")
    converted = run_in(tree, "scripts/convert.py")
    assert converted.returncode == 2
    one_line_error(converted, "kholuutru/data/boilerplate.yml:")
    one_line_error(converted, "kholuutru/data/sections.txt:")
    assert snapshot(tree / "docs") == before
    checked = run_in(tree, "-m", "kholuutru.check")
    assert checked.returncode == 1
    one_line_error(checked, "kholuutru/data/boilerplate.yml:")
    one_line_error(checked, "kholuutru/data/sections.txt:")


def test_a_gap_in_unit_history_is_found_by_make_check(tmp_path):
    tree = make_tree(tmp_path / "tree")
    history = tree / "kholuutru" / "data" / "unit_history.yml"
    text = history.read_text(encoding="utf-8")
    import yaml

    units = yaml.safe_load(text)["units"]
    unit = next(u for u in units if len(u.get("history") or []) >= 2 and u["history"][1].get("since"))
    since = unit["history"][1]["since"]
    moved = since.replace(year=since.year + 1) if since.month != 2 or since.day != 29 else since.replace(day=28, year=since.year + 1)
    history.write_text(text.replace(f"since: {since.isoformat()}", f"since: {moved.isoformat()}", 1), encoding="utf-8")
    result = run_in(tree, "-m", "kholuutru.check")
    assert result.returncode == 1
    assert f"«{unit['name']}»: khoảng trống" in result.stdout, result.stdout


def test_an_anniversary_day_in_another_year_is_found_by_make_check(tmp_path):
    tree = make_tree(tmp_path / "tree")
    anniversaries = tree / "kholuutru" / "data" / "anniversaries.yml"
    text = anniversaries.read_text(encoding="utf-8")
    assert "year: 1963, day: 1963-10-30" in text
    anniversaries.write_text(text.replace("year: 1963, day: 1963-10-30", "year: 1963, day: 1964-10-30"), encoding="utf-8")
    result = run_in(tree, "-m", "kholuutru.check")
    assert result.returncode == 1 and "anniversaries.yml" in result.stdout, result.stdout


# --- misuse -------------------------------------------------------------------------------


def test_out_naming_a_file_and_report_naming_a_folder_are_one_line(seeded):
    (seeded / "a-file").write_text("x", encoding="utf-8")
    result = run_convert(seeded, "--out", "a-file")
    assert result.returncode == 2
    one_line_error(result, "a-file", "không phải thư mục")
    (seeded / "a-folder").mkdir()
    result = run_convert(seeded, "--report", "a-folder")
    assert result.returncode == 2
    one_line_error(result, "a-folder", "là thư mục")
    assert not list((seeded / "docs" / "articles").glob("*.md"))


def test_an_empty_seed_folder_is_an_error_and_removes_nothing(seeded):
    assert run_convert(seeded).returncode == 0
    before = snapshot(seeded / "docs")
    for seed in (seeded / "seeds").glob("*.txt"):
        seed.unlink()
    result = run_convert(seeded)
    assert result.returncode == 2
    one_line_error(result, "seeds", "không có bài gốc")
    assert snapshot(seeded / "docs") == before


def test_a_failed_article_keeps_its_page(seeded):
    assert run_convert(seeded).returncode == 0
    page = next((seeded / "docs" / "articles").glob("chi-linh*.md"))
    before = page.read_bytes()
    (seeded / "seeds" / CHI_LINH).write_bytes(b"")
    result = run_convert(seeded)
    assert result.returncode == 1
    one_line_error(result, f"seeds/{CHI_LINH}:")
    assert page.read_bytes() == before


def test_an_override_for_a_missing_seed_and_a_deleted_seed(seeded):
    assert run_convert(seeded).returncode == 0
    (seeded / "seeds" / "khong-co-bai.yml").write_text("title: x\n", encoding="utf-8")
    (seeded / "seeds" / CHI_LINH).unlink()
    result = run_convert(seeded)
    assert result.returncode == 1
    one_line_error(result, "khong-co-bai.yml", "không có bài gốc")
    assert not list((seeded / "docs" / "articles").glob("chi-linh*.md"))
    assert "1 xóa" in result.stdout


def test_two_runs_at_once_wait_for_each_other(project):
    many_seeds(project, 120)
    runs = [subprocess.Popen([sys.executable, str(ROOT / "scripts/convert.py"), "--jobs", "1"], cwd=project,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert any("chờ" in err for _, err in outputs), outputs  # the second one said it waited
    written = [int(out.split(" trang ghi mới")[0]) for out, _ in outputs]
    assert sorted(written) == [0, 120]  # one wrote every page, the other found them done
    check = run_convert(project, "--check")
    assert check.returncode == 0, check.stderr


def test_pages_are_readable_by_everyone(seeded):
    assert run_convert(seeded).returncode == 0
    for page in (seeded / "docs" / "articles").glob("*.md"):
        assert page.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# --- the body -----------------------------------------------------------------------------


def test_a_related_box_inside_the_article_does_not_end_it(project):
    paragraph = ("Đảng bộ huyện tập trung lãnh đạo nâng cao chất lượng sinh hoạt chi bộ, kết nạp đảng viên mới và kiểm tra "
                 "giám sát trên các lĩnh vực trọng yếu của địa phương trong năm {}.")
    lines = ["Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng",
             "Sáng 12/3, Huyện ủy Thanh Hà tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2016 với sự tham dự "
             "của các đồng chí trong Ban Thường vụ Huyện ủy.",
             "Tin liên quan", "Thanh Hà kết nạp 50 đảng viên mới", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 5",
             "Nâng cao chất lượng sinh hoạt chi bộ ở Thanh Hà",
             "Kết quả nổi bật", paragraph.format(2015), "Những hạn chế", paragraph.format(2014),
             "Nhiệm vụ thời gian tới", paragraph.format(2016), "MINH NGUYỆT"]
    (project / "seeds" / "hop.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    result = run_convert(project, "--report", "report.md")
    assert result.returncode == 0, result.stderr
    post = pages(project)["hop.txt"]
    for kept in ("Kết quả nổi bật", "Những hạn chế", "Nhiệm vụ thời gian tới", paragraph.format(2014), paragraph.format(2016)):
        assert kept in post.content
    assert "Thanh Hà kết nạp 50 đảng viên mới" not in post.content
    assert post["author"] == "MINH NGUYỆT"


def test_sentences_dropped_after_the_body_began_are_listed_first(project):
    lines = ["Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng",
             "Sáng 12/3, Huyện ủy Thanh Hà tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2016 với sự tham dự "
             "của các đồng chí trong Ban Thường vụ Huyện ủy.",
             "Tin liên quan",
             "Hội nghị đã thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi bộ trong thời gian tới."]
    (project / "seeds" / "cat.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert run_convert(project, "--report", "report.md").returncode == 0
    report = (project / "report.md").read_text(encoding="utf-8")
    section = report.split("## Câu bị bỏ sau khi thân bài đã bắt đầu", 1)[1].split("\n## ", 1)[0]
    assert "seeds/cat.txt dòng 7" in section and lines[3] in section


def test_the_sanitiser_keeps_what_follows_a_self_closing_unknown_tag():
    from kholuutru.site.sanitize import sanitize

    assert sanitize("<p>a</p><svg/><p>b</p>") == "<p>a</p><p>b</p>"
    assert sanitize("<p>a<math/>b</p><custom-tag/><p>c</p>") == "<p>ab</p><p>c</p>"
    assert sanitize('<p class="lead" onclick="x()">a</p><svg><script>alert(1)</script></svg>') == '<p class="lead">a</p>'


def test_unit_prefixes_and_party_committees_come_from_abbreviations_yml(tmp_path):
    tree = make_tree(tmp_path / "tree")
    abbreviations = tree / "kholuutru" / "data" / "abbreviations.yml"
    text = abbreviations.read_text(encoding="utf-8")
    text = text.replace("  huyện: [huyện, huyện đảo, H.]", "  huyện: [huyện, huyện đảo, H., Hyện]")
    text = text.replace("  huyện ủy: huyện\n", "  huyện ủy: huyện\n  ban thường vụ huyện ủy: huyện\n")
    abbreviations.write_text(text, encoding="utf-8")
    probe = "from kholuutru.gazetteer import type_words; w = type_words(); print(w['hyện'], w['ban thường vụ huyện uỷ'])"
    result = run_in(tree, "-c", probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["huyện", "huyện"]
