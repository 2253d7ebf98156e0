"""`make check` (python -m kholuutru.check) as an editor meets it, one problem class at a time.

Each case copies kholuutru/, seeds/, docs/ and scripts/ into a temporary tree, feeds ONE bad
thing and runs the check there (cwd = the tree, PYTHONPATH = the tree, so its own data files
count). The output must name the path, the right line and a fix after " — ". Then one tree with
every case at once must report all of them in one run, and the clean tree must pass. The full
output of the one-of-each run goes to tests/_artifacts/check-one-of-each.txt for the closing note.

The second half builds a site: a correction in seeds/<name>.yml reaches the article page and
survives scripts/convert.py; a hand-written article appears on its province, term, year and
topic pages, in the offline search index and in search (offline and hosted, in Chromium).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import unicodedata
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from browser import describe, entry_links, http_server, parse
from conftest import make_tree, run_in

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "_artifacts"

SEED = {
    "chi_linh": "seeds/000_ef24f7e9ade06dd5",
    "lang_son": "seeds/001_28ec6ceaf6750274",
    "phuc_yen": "seeds/002_da0f730bf7a55379",
    "dong_ha": "seeds/003_6cbf019819a9d311",
    "bac_giang": "seeds/004_6a45d8c008ef75fb",
}
CHI_LINH_PAGE = "docs/articles/chi-linh-xay-dung-dang-trong-sach-vung-manh.md"
DONG_HA_PAGE = "docs/articles/phat-huy-truyen-thong-doan-ket-thong-nhat-tich-cuc-tao-su-chuyen-bien-trong-cong.md"
CHI_LINH_TITLE = "Chí Linh xây dựng Đảng trong sạch, vững mạnh"

PROBLEM = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+): (?P<what>.+?) — (?P<fix>\S.*)$")


# --- trees and runs -------------------------------------------------------------------


def run_check(tree: Path) -> subprocess.CompletedProcess:
    return run_in(tree, "-m", "kholuutru.check")


# --- what a case expects ------------------------------------------------------------


@dataclass(frozen=True)
class Expect:
    """One line the check must print: this path, one of these lines, these words."""

    path: str | tuple[str, ...]  # one path, or the paths either of which may be named
    lines: tuple[int, ...]  # the right line (for an entry of a data file: its first line or the key's)
    what: str  # words of the message, before " — "
    fix: str = ""  # words of the fix, after " — " (any non-empty fix when "")
    mentions: tuple[str, ...] = ()  # words anywhere in the line (e.g. the other file of a pair)

    def matches(self, problem: re.Match) -> bool:
        paths = (self.path,) if isinstance(self.path, str) else self.path
        line = problem.group(0)
        return (
            problem["path"] in paths
            and int(problem["line"]) in self.lines
            and self.what in problem["what"]
            and self.fix in problem["fix"]
            and all(m in line for m in self.mentions)
        )

    def __str__(self) -> str:
        paths = self.path if isinstance(self.path, str) else " or ".join(self.path)
        lines = "/".join(map(str, self.lines))
        return f"{paths}:{lines}: …{self.what}… — …{self.fix}… {' '.join(self.mentions)}".rstrip()


def line_of(path: Path, needle: str) -> int:
    """1-based number of the first line of path that contains needle."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def hand_written(tree: Path, name: str, **fields: str) -> Path:
    """docs/articles/<name>.md, a valid hand-written article unless fields say otherwise.
    A field given as None is left out; values are written exactly as given (YAML source)."""
    matter = {
        "title": f"Chi bộ thôn Đông ({name}) kết nạp ba đảng viên mới",
        "date": '"2024-03-15"',
        "province": "Nghệ An",
        "province_2025": "Nghệ An",
        "tenure": "2020-2025",
        "author": "Nguyễn Văn An",
        "tags": "[kết nạp đảng viên]",
    }
    matter.update(fields)
    head = "".join(f"{key}: {value}\n" for key, value in matter.items() if value is not None)
    page = tree / "docs" / "articles" / f"{name}.md"
    page.write_text(f"---\n{head}---\n\nChi bộ thôn Đông tổ chức lễ kết nạp ba đảng viên mới.\n", encoding="utf-8")
    return page


def append_yaml_item(path: Path, after: str, item: str) -> int:
    """Insert item (one line) after the line equal to after; returns its line number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    index = lines.index(after)
    lines.insert(index + 1, item)
    path.write_text("\n".join(lines), encoding="utf-8")
    return index + 2


# --- the cases: each feeds one bad thing and says what the check must print ------------

CASES = {}


def case(function):
    CASES[function.__name__] = function
    return function


@case
def unknown_front_matter_key(tree: Path) -> list[Expect]:
    page = hand_written(tree, "bai-khoa-la", province=None, provnce="Hải Dương")
    return [Expect("docs/articles/bai-khoa-la.md", (line_of(page, "provnce:"),), "«provnce»", "ý bạn là «province»")]


@case
def tags_not_a_list(tree: Path) -> list[Expect]:
    page = hand_written(tree, "bai-sai-kieu", tags="kết nạp đảng viên")
    return [Expect("docs/articles/bai-sai-kieu.md", (line_of(page, "tags:"),), "«tags» phải là danh sách", "[a, b]")]


@case
def bad_date_format(tree: Path) -> list[Expect]:
    page = hand_written(tree, "bai-sai-ngay", date='"15/03/2024"')
    return [Expect("docs/articles/bai-sai-ngay.md", (line_of(page, "date:"),), "«date» phải có dạng YYYY-MM-DD",
                   'date: "2024-05-22"')]


@case
def unquoted_yaml_date(tree: Path) -> list[Expect]:
    page = hand_written(tree, "bai-ngay-khong-ngoac", date="2024-03-15")
    return [Expect("docs/articles/bai-ngay-khong-ngoac.md", (line_of(page, "date:"),), "ngoặc kép", 'date: "2024-03-15"')]


@case
def province_near_miss(tree: Path) -> list[Expect]:
    page = hand_written(tree, "bai-tinh-khong-dau", province="Hai Duong", province_2025="Hải Phòng")
    return [Expect("docs/articles/bai-tinh-khong-dau.md", (line_of(page, "province:"),), "«Hai Duong»",
                   "ý bạn là «Hải Dương»")]


@case
def province_2025_inconsistent(tree: Path) -> list[Expect]:
    page = hand_written(tree, "bai-tinh-2025-sai", province_2025="Hà Tĩnh")
    return [Expect("docs/articles/bai-tinh-2025-sai.md", (line_of(page, "province_2025:"),), "«Hà Tĩnh»",
                   "province_2025: Nghệ An")]


@case
def tenure_not_a_party_term(tree: Path) -> list[Expect]:
    page = hand_written(tree, "bai-nhiem-ky-sai", tenure="2021-2026")
    return [Expect("docs/articles/bai-nhiem-ky-sai.md", (line_of(page, "tenure:"),), "«2021-2026»", "2020-2025")]


@case
def tag_outside_vocabulary(tree: Path) -> list[Expect]:
    page = hand_written(tree, "bai-chu-de-la", tags="[kết nạp đảng viênn]")
    return [Expect("docs/articles/bai-chu-de-la.md", (line_of(page, "tags:"),), "«kết nạp đảng viênn»",
                   "ý bạn là «kết nạp đảng viên»")]


@case
def override_slug_already_used(tree: Path) -> list[Expect]:
    override = tree / f"{SEED['lang_son']}.yml"
    override.write_text("# slug mới cho bài Lạng Sơn\nslug: chi-linh-xay-dung-dang-trong-sach-vung-manh\n", encoding="utf-8")
    return [Expect(f"{SEED['lang_son']}.yml", (2,), "chi-linh-xay-dung-dang-trong-sach-vung-manh", "slug khác")]


@case
def same_raw_article_twice_bom_crlf(tree: Path) -> list[Expect]:
    original = tree / f"{SEED['chi_linh']}.txt"
    text = original.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    copy = tree / "seeds" / "000_ban_sao.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + text.removeprefix(b"\xef\xbb\xbf"))
    pair = (f"{SEED['chi_linh']}.txt", "seeds/000_ban_sao.txt")
    return [Expect(pair, (1,), "cùng một bài", mentions=tuple(Path(p).name for p in pair))]


@case
def hand_written_duplicates_converted_same_timestamp(tree: Path) -> list[Expect]:
    hand_written(tree, "chi-linh-ban-viet-tay", title=CHI_LINH_TITLE, date='"2020-10-28T19:32:34+07:00"',
                 province="Hải Dương", province_2025="Hải Phòng")
    pair = (CHI_LINH_PAGE, "docs/articles/chi-linh-ban-viet-tay.md")
    return [Expect(pair, (2,), "cùng tiêu đề và ngày", mentions=tuple(Path(p).name for p in pair))]


@case
def hand_written_duplicates_converted_same_day(tree: Path) -> list[Expect]:
    # An editor types the day of the article, not the minute the site stamped it.
    hand_written(tree, "chi-linh-chep-lai", title=CHI_LINH_TITLE, date='"2020-10-28"',
                 province="Hải Dương", province_2025="Hải Phòng")
    pair = (CHI_LINH_PAGE, "docs/articles/chi-linh-chep-lai.md")
    return [Expect(pair, (2,), "cùng tiêu đề và ngày", mentions=tuple(Path(p).name for p in pair))]


@case
def converted_page_edited_by_hand(tree: Path) -> list[Expect]:
    page = tree / DONG_HA_PAGE
    text = page.read_text(encoding="utf-8")
    assert "\nauthor: null\n" in text
    page.write_text(text.replace("\nauthor: null\n", "\nauthor: Ban Tuyên giáo Thành ủy\n", 1), encoding="utf-8")
    # the line the editor changed, and a fix that sends them to the .yml
    return [Expect(DONG_HA_PAGE, (line_of(page, "author: Ban Tuyên giáo"),), "sửa tay", ".yml")]


@case
def override_for_missing_seed(tree: Path) -> list[Expect]:
    (tree / "seeds" / "009_khong_co.yml").write_text("author: Nguyễn Văn An\n", encoding="utf-8")
    return [Expect("seeds/009_khong_co.yml", (1,), "009_khong_co.txt", "đổi tên")]


@case
def override_unknown_key(tree: Path) -> list[Expect]:
    (tree / f"{SEED['bac_giang']}.yml").write_text("# sửa tác giả\nautor: Đồng Thúy\n", encoding="utf-8")
    return [Expect(f"{SEED['bac_giang']}.yml", (2,), "«autor»", "ý bạn là «author»")]


@case
def not_nfc_in_a_page(tree: Path) -> list[Expect]:
    page = hand_written(tree, "bai-nfd")
    text = page.read_text(encoding="utf-8") + "\n" + unicodedata.normalize("NFD", "Lễ kết nạp diễn ra trang trọng.") + "\n"
    page.write_text(text, encoding="utf-8")
    return [Expect("docs/articles/bai-nfd.md", (len(text.splitlines()),), "NFC", "NFC")]


@case
def not_nfc_in_an_override(tree: Path) -> list[Expect]:
    # the same author as the converter found, only decomposed: nothing else changes
    override = tree / f"{SEED['chi_linh']}.yml"
    override.write_text("# tác giả\nauthor: " + unicodedata.normalize("NFD", "THÀNH THỦY") + "\n", encoding="utf-8")
    return [Expect(f"{SEED['chi_linh']}.yml", (2,), "NFC", "NFC")]


@case
def not_nfc_in_a_data_file(tree: Path) -> list[Expect]:
    sections = tree / "kholuutru" / "data" / "sections.txt"
    text = sections.read_text(encoding="utf-8")
    text += ("" if text.endswith("\n") else "\n") + unicodedata.normalize("NFD", "Tin Đảng bộ huyện") + "\n"
    sections.write_text(text, encoding="utf-8")
    return [Expect("kholuutru/data/sections.txt", (len(text.splitlines()),), "NFC", "NFC")]


@case
def raw_article_fails_to_convert(tree: Path) -> list[Expect]:
    (tree / "seeds" / "005_rong.txt").write_bytes(b"")
    return [Expect("seeds/005_rong.txt", (1,), "không chuyển đổi được")]


@case
def bad_regex_in_boilerplate(tree: Path) -> list[Expect]:
    path = tree / "kholuutru" / "data" / "boilerplate.yml"
    line = append_yaml_item(path, "drop_lines:", "  - '(?:bình luận'")
    return [Expect("kholuutru/data/boilerplate.yml", (line,), "(?:bình luận", "biểu thức chính quy")]


@case
def heading_weight_of_no_feature(tree: Path) -> list[Expect]:
    path = tree / "kholuutru" / "data" / "heading_weights.yml"
    line = append_yaml_item(path, "weights:", "  numbred: 2.5")
    return [Expect("kholuutru/data/heading_weights.yml", (line,), "«numbred»", "ý bạn là «numbered»")]


@case
def duplicate_topic_slug(tree: Path) -> list[Expect]:
    path = tree / "kholuutru" / "data" / "topics.yml"
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    start = len(text.splitlines()) + 1
    text += "  - name: kết nạp đoàn viên\n    slug: ket-nap-dang-vien\n    strong: [kết nạp đoàn viên]\n"
    path.write_text(text, encoding="utf-8")
    return [Expect("kholuutru/data/topics.yml", (start, start + 1), "«ket-nap-dang-vien»", "slug riêng")]


@case
def province_successor_missing(tree: Path) -> list[Expect]:
    path = tree / "kholuutru" / "data" / "provinces.yml"
    lines = path.read_text(encoding="utf-8").split("\n")
    start = lines.index("  - name: Hải Dương")
    key = next(i for i in range(start, start + 10) if lines[i].strip() == "successor: Hải Phòng")
    lines[key] = lines[key].replace("Hải Phòng", "Hải Phong")
    path.write_text("\n".join(lines), encoding="utf-8")
    return [Expect("kholuutru/data/provinces.yml", tuple(range(start + 1, key + 2)), "«Hải Phong»", "ý bạn là «Hải Phòng»")]


@case
def congress_date_in_wrong_year(tree: Path) -> list[Expect]:
    path = tree / "kholuutru" / "data" / "congresses.yml"
    lines = path.read_text(encoding="utf-8").split("\n")
    start = lines.index("  Bắc Giang:")
    line = next(i for i in range(start + 1, start + 6) if lines[i].startswith("    2020: 2020-10-15"))
    lines[line] = lines[line].replace("2020: 2020-10-15", "2020: 2021-10-15")
    path.write_text("\n".join(lines), encoding="utf-8")
    return [Expect("kholuutru/data/congresses.yml", (start + 1, line + 1), "2021-10-15", "đúng năm")]  # the province or its entry


# --- one run per tree, all trees at once ------------------------------------------------


@dataclass
class Report:
    tree: Path
    result: subprocess.CompletedProcess
    expected: list[Expect]

    @property
    def lines(self) -> list[str]:
        return [line for line in self.result.stdout.splitlines() if line.strip()]

    @property
    def problems(self) -> list[re.Match]:
        return [m for m in map(PROBLEM.match, self.lines) if m]

    def missing(self) -> list[Expect]:
        return [e for e in self.expected if not any(e.matches(p) for p in self.problems)]

    def explain(self) -> str:
        return f"tree {self.tree}\n" + describe(self.result)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Report]:
    """Every case in its own tree, the clean tree, and one tree with every case: checked in parallel."""
    base = tmp_path_factory.mktemp("check")
    trees: dict[str, tuple[Path, list[Expect]]] = {}
    for name, mutate in CASES.items():
        tree = make_tree(base / name)
        trees[name] = (tree, mutate(tree))
    trees["clean"] = (make_tree(base / "clean"), [])
    everything = make_tree(base / "one-of-each")
    trees["one_of_each"] = (everything, [e for mutate in CASES.values() for e in mutate(everything)])
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = dict(zip(trees, pool.map(lambda item: run_check(item[0]), trees.values())))
    return {name: Report(tree, results[name], expected) for name, (tree, expected) in trees.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_each_problem_names_path_line_and_fix(reports, name):
    report = reports[name]
    assert report.result.returncode == 1, "make check must exit 1:\n" + report.explain()
    malformed = [line for line in report.lines if not PROBLEM.match(line)]
    assert malformed == [], "lines not of the form «path:line: what — how to fix»:\n" + report.explain()
    missing = report.missing()
    assert missing == [], "expected and not printed:\n  " + "\n  ".join(map(str, missing)) + "\n" + report.explain()


def test_clean_tree_passes(reports):
    report = reports["clean"]
    assert report.result.returncode == 0, report.explain()
    assert "không có vấn đề" in report.result.stdout, report.explain()


def test_one_of_each_is_reported_in_one_run(reports):
    report = reports["one_of_each"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "check-one-of-each.txt").write_text(
        "$ make check   # a tree with one of each problem class (tests/test_check.py)\n"
        + report.result.stdout + report.result.stderr + f"(exit {report.result.returncode})\n",
        encoding="utf-8",
    )
    assert report.result.returncode == 1, report.explain()
    malformed = [line for line in report.lines if not PROBLEM.match(line)]
    assert malformed == [], "lines not of the form «path:line: what — how to fix»:\n" + report.explain()
    count = re.search(r"(\d+) vấn đề", report.result.stderr)
    assert count and int(count.group(1)) == len(report.lines), "the closing count differs from the lines printed"
    missing = report.missing()
    missing_cases = [name for name in CASES if any(e in missing for e in _expected_of(reports, name, report))]
    assert missing == [], (
        f"{len(missing)} of {len(report.expected)} problems of the tree not reported in the one run "
        f"(cases: {', '.join(missing_cases)}):\n  " + "\n  ".join(map(str, missing)) + "\n" + report.explain()
    )


def _expected_of(reports, name: str, everything: Report) -> list[Expect]:
    """The one-of-each expectations that came from case `name` (same order as CASES)."""
    sizes = [len(reports[n].expected) for n in CASES]
    index = list(CASES).index(name)
    start = sum(sizes[:index])
    return everything.expected[start : start + sizes[index]]


# --- an override slug that another article uses must not cost that article its page ----


def test_convert_does_not_overwrite_another_article_with_an_override_slug(tmp_path):
    tree = make_tree(tmp_path / "tree")
    override_slug_already_used(tree)
    result = run_in(tree, "scripts/convert.py")
    pages = sorted(p.name for p in (tree / "docs" / "articles").glob("*.md"))
    chi_linh = (tree / CHI_LINH_PAGE).read_text(encoding="utf-8")
    assert f"source_file: {SEED['chi_linh']}.txt" in chi_linh and len(pages) == 5, (
        "scripts/convert.py let the Lạng Sơn override take the Chí Linh page's slug: "
        f"the Chí Linh article lost its page ({len(pages)} pages from 5 seeds: {pages}); "
        "it should refuse (exit 1 naming the .yml) as make check does\n" + describe(result)
    )
    assert result.returncode == 1 and f"{SEED['lang_son']}.yml" in result.stderr, describe(result)


# --- a site built from a corrected seed and a hand-written article ----------------------

OVERRIDE_AUTHOR = "Thành Thủy (Báo Hải Dương)"
OVERRIDE_SOURCE = "Báo Hải Dương"
HAND_SLUG = "dien-chau-ket-nap-dang-vien-tre"
HAND_TITLE = "Diễn Châu kết nạp đảng viên trẻ trong học sinh, sinh viên"
HAND_ARTICLE = f"""---
title: {HAND_TITLE}
date: "2017-06-12"
date_precision: day
locality: huyện Diễn Châu
province: Nghệ An
province_2025: Nghệ An
tenure: 2015-2020
tenure_basis: date
author: Hồ Thị Lan
source: Báo Nghệ An
tags: [kết nạp đảng viên, sinh hoạt chi bộ]
documents: []
summary: Huyện ủy Diễn Châu chú trọng phát triển đảng viên trong học sinh, sinh viên.
---

Huyện ủy Diễn Châu chú trọng phát triển đảng viên trong học sinh, sinh viên.

## Kết quả

Năm 2017, các chi bộ trường học kết nạp 27 đảng viên mới, sinh hoạt chi bộ đều đặn.
"""


@dataclass
class SiteTree:
    tree: Path
    convert: subprocess.CompletedProcess
    reconvert: subprocess.CompletedProcess
    check: subprocess.CompletedProcess
    hosted: subprocess.CompletedProcess
    offline: subprocess.CompletedProcess
    page_after_first: str
    page_after_second: str


@pytest.fixture(scope="module")
def site_tree(tmp_path_factory) -> SiteTree:
    tree = make_tree(tmp_path_factory.mktemp("check-site") / "tree", site=True)
    (tree / f"{SEED['chi_linh']}.yml").write_text(
        f"# sửa tác giả và nguồn (ví dụ của tests/test_check.py)\nauthor: {OVERRIDE_AUTHOR}\nsource: {OVERRIDE_SOURCE}\n",
        encoding="utf-8")
    (tree / "docs" / "articles" / f"{HAND_SLUG}.md").write_text(HAND_ARTICLE, encoding="utf-8")
    page = tree / CHI_LINH_PAGE
    convert = run_in(tree, "scripts/convert.py")
    first = page.read_text(encoding="utf-8") if page.exists() else ""
    page.unlink(missing_ok=True)  # converted again from scratch: the correction must come back
    reconvert = run_in(tree, "scripts/convert.py")
    second = page.read_text(encoding="utf-8") if page.exists() else ""
    check = run_check(tree)
    hosted = run_in(tree, "-m", "kholuutru.site.build")
    offline = run_in(tree, "-m", "kholuutru.site.build", "--offline")
    return SiteTree(tree, convert, reconvert, check, hosted, offline, first, second)


def test_override_changes_the_field_and_survives_convert(site_tree):
    assert site_tree.convert.returncode == 0, describe(site_tree.convert)
    assert site_tree.reconvert.returncode == 0, describe(site_tree.reconvert)
    for text in (site_tree.page_after_first, site_tree.page_after_second):
        assert f"\nauthor: {OVERRIDE_AUTHOR}\n" in text and f"\nsource: {OVERRIDE_SOURCE}\n" in text, text[:900]
    assert site_tree.page_after_first == site_tree.page_after_second
    assert site_tree.check.returncode == 0, "make check after make convert:\n" + describe(site_tree.check)
    assert site_tree.hosted.returncode == 0, describe(site_tree.hosted)
    html = (site_tree.tree / "site" / "articles" / Path(CHI_LINH_PAGE).stem / "index.html").read_text(encoding="utf-8")
    panel = re.search(r'<aside class="kl-panel".*?</aside>', html, re.S).group(0)
    assert re.search(r"<dt>Tác giả</dt><dd>" + re.escape(OVERRIDE_AUTHOR) + "</dd>", panel), panel
    assert re.search(r"<dt>Nguồn</dt><dd>" + re.escape(OVERRIDE_SOURCE) + "</dd>", panel), panel


@pytest.mark.parametrize("listing", ["tinh/nghe-an/", "tinh-2025/nghe-an/", "nhiem-ky/2015-2020/", "nam/2017/",
                                     "chu-de/ket-nap-dang-vien/", "chu-de/sinh-hoat-chi-bo/"])
def test_hand_written_article_appears_on_its_listing_pages(site_tree, listing):
    assert site_tree.check.returncode == 0, "the hand-written article must pass make check:\n" + describe(site_tree.check)
    assert site_tree.hosted.returncode == 0, describe(site_tree.hosted)
    page = site_tree.tree / "site" / listing / "index.html"
    assert page.is_file(), f"{listing} was not built"
    links = {e.text: e.attrs.get("href", "") for e in entry_links(parse(page))}
    assert HAND_TITLE in links, f"{listing} does not list «{HAND_TITLE}»: {list(links)}"
    target = urllib.parse.urljoin(f"/{listing}", links[HAND_TITLE])
    assert target == f"/articles/{HAND_SLUG}/", f"{listing} links the article to {target}"


def _offline_docs(bundle: Path) -> list[list]:
    """The article rows of the search index (search/d/<id>.js: KLIndex.doc(row))."""
    rows = []
    for script in sorted((bundle / "search" / "d").glob("*.js")):
        text = script.read_text(encoding="utf-8")
        payload = json.loads("[" + text[text.index("(") + 1 : text.rindex(")")] + "]")
        rows.append(payload[0])
    return rows


def test_hand_written_article_is_in_the_offline_search_index(site_tree):
    assert site_tree.offline.returncode == 0, describe(site_tree.offline)
    rows = _offline_docs(site_tree.tree / "dist" / "offline")
    found = [row for row in rows if row[1] == HAND_TITLE]
    assert found, f"not in dist/offline/search/d/*.js: {[row[1] for row in rows]}"
    assert found[0][0] == f"articles/{HAND_SLUG}.html" and found[0][3] == "Nghệ An" and found[0][4] == "2015-2020", found[0]


def _search_titles(browser, url: str) -> tuple[list[str], list[str]]:
    context = browser.new_context(locale="vi-VN")
    try:
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url, wait_until="load")
        page.locator(".kl-hit__title").first.wait_for(timeout=15000)
        return [" ".join(t.split()) for t in page.locator(".kl-hit__title").all_inner_texts()], errors
    finally:
        context.close()


@pytest.mark.parametrize("where", ["offline", "hosted"])
def test_hand_written_article_is_found_by_search(site_tree, browser, where):
    query = urllib.parse.quote("dien chau dang vien tre")
    if where == "offline":
        assert site_tree.offline.returncode == 0, describe(site_tree.offline)
        url = (site_tree.tree / "dist" / "offline" / "tim-kiem.html").as_uri() + f"?q={query}"
        titles, errors = _search_titles(browser, url)
    else:
        assert site_tree.hosted.returncode == 0, describe(site_tree.hosted)
        with http_server(site_tree.tree / "site") as base:
            titles, errors = _search_titles(browser, base + f"tim-kiem/?q={query}")
    assert titles and titles[0] == HAND_TITLE, f"{where} search for «dien chau dang vien tre» gave {titles}"
    assert errors == []


# --- a scraped page as the scraper saves it: its URL as `url:`, and no headline ----------


SCRAPED_PAGE = (
    "Sáng 12/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2024.\n"
    "Hội nghị đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị của các chi bộ trực thuộc.\n"
    "Đồng chí Nguyễn Văn Bình, Bí thư Đảng ủy xã, đề nghị các chi bộ tiếp tục đổi mới nội dung sinh hoạt.\n"
)


def test_a_scraped_page_with_its_url_and_no_headline_passes_the_check(tmp_path):
    """The scraper's `url:` is what the converter reads as source_url, and a converted page
    whose headline the converter did not find keeps `title: null` (an honest unknown):
    neither is a problem for make check, and the catalog's own keys are not the page's."""
    tree = make_tree(tmp_path / "tree")
    (tree / "seeds" / "tan-lap-so-ket.txt").write_text(SCRAPED_PAGE, encoding="utf-8")
    (tree / "seeds" / "tan-lap-so-ket.yml").write_text(
        'url: "https://tanlap.example.gov.vn/tin-tuc/dang-uy-xa-tan-lap-so-ket-cong-tac-xay-dung-dang-quy-i-2411.html"\n',
        encoding="utf-8")
    converted = run_in(tree, "scripts/convert.py")
    assert converted.returncode == 0, describe(converted)
    page = next((tree / "docs" / "articles").glob("tan-lap*.md")).read_text(encoding="utf-8")
    assert "\ntitle: null\n" in page and "\nsource_url: https://tanlap.example.gov.vn/" in page
    result = run_check(tree)
    assert result.returncode == 0 and "không có vấn đề" in result.stdout, describe(result)
