"""`make check`: everything an editor may touch, validated in one run.

Every problem is one line, `path:line: what is wrong — how to fix it`, in
Vietnamese, and all problems of the tree are printed before the exit code
(1 when there is any). Editors touch: raw articles and their corrections in
seeds/, hand-written articles in docs/articles/, and the data files.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path


from . import data
from .article import DATE_PRECISIONS, FIELDS, LIST_FIELDS, TENURE_BASES
from .corrections import OVERRIDABLE, OverrideError, check_value, parse_override
from .pipeline import content_key, run
from .site.catalog import DERIVED_KEYS, CatalogError, read_front_matter
from .text import fold, slugify
from .validate import Problem, relative, key_lines, nfc_problem, check_data, did_you_mean, suggest

HAND_WRITTEN_REQUIRED = ("title",)


def check_matter(path: str, matter: dict, lines: dict[str, int]) -> list[Problem]:
    """Keys, types and values of one page's front matter."""

    def at(key: str) -> int:
        return lines.get(key, 2)

    return [*_key_problems(path, matter, at), *_place_problems(path, matter, at),
            *_tenure_problems(path, matter, at), *_tag_problems(path, matter, at)]


def _key_problems(path: str, matter: dict, at) -> list[Problem]:
    """Unknown keys, missing required ones, and values of the wrong type or shape."""
    problems = []
    for key in matter:
        if key not in FIELDS:
            meant = suggest(str(key), FIELDS)
            hint = f"ý bạn là «{meant}»?" if meant else f"các khóa được dùng: {', '.join(FIELDS)}"
            problems.append(Problem(path, at(key), f"khóa «{key}» không có trong front matter của kho", hint))
    converted = bool(matter.get("source_file"))  # the converter writes null where the page gave no value
    for key in () if converted else HAND_WRITTEN_REQUIRED:
        if not matter.get(key):
            problems.append(Problem(path, 2, f"thiếu «{key}»", f"thêm dòng «{key}: …» vào front matter"))
    for key, value in matter.items():
        if key not in FIELDS or key in ("source_file", "source_sha256") or (converted and value is None):
            continue
        if key == "date" and isinstance(value, date):
            problems.append(Problem(path, at(key), "ngày phải là chuỗi trong ngoặc kép",
                                    f"viết date: \"{value.isoformat()}\""))
            continue
        problem = check_value(key, value)
        if problem:
            problems.append(Problem(path, at(key), f"«{key}» {problem}", _value_fix(key)))
    return problems


def _place_problems(path: str, matter: dict, at) -> list[Problem]:
    """Provinces outside the gazetteer, and a 2025 province that is not the old one's successor."""
    from .gazetteer import gazetteer

    gaz = gazetteer()
    problems = []
    names = [p.name for p in gaz.provinces]
    names_2025 = [p.name for p in gaz.provinces_2025]
    province = matter.get("province")
    if isinstance(province, str) and province not in names:
        problems.append(Problem(path, at("province"), f"tỉnh «{province}» không có trong danh mục (kholuutru/data/provinces.yml)",
                                did_you_mean(province, names, "tỉnh trong kholuutru/data/provinces.yml")))
    after = matter.get("province_2025")
    if isinstance(after, str) and after not in names_2025:
        problems.append(Problem(path, at("province_2025"), f"tỉnh «{after}» không phải một trong 34 tỉnh, thành phố từ 1/7/2025",
                                did_you_mean(after, names_2025, "provinces_2025 trong kholuutru/data/provinces.yml")))
    elif isinstance(after, str) and isinstance(province, str) and province in names:
        successor = gaz.province_by_name[province].successor
        if successor in names_2025 and successor != after:  # (a broken successor is named in provinces.yml)
            problems.append(Problem(path, at("province_2025"), f"«{province}» từ 1/7/2025 thuộc «{successor}», không phải «{after}»",
                                    f"sửa thành province_2025: {successor}"))
    return problems


def _tenure_problems(path: str, matter: dict, at) -> list[Problem]:
    """A term that is not a local congress term (five years, starting on a multiple of five)."""
    tenure = matter.get("tenure")
    if isinstance(tenure, str) and re.fullmatch(r"\d{4}-\d{4}", tenure):
        start, end = (int(x) for x in tenure.split("-"))
        if start % 5 or end - start != 5:
            return [Problem(path, at("tenure"), f"nhiệm kỳ «{tenure}» không phải nhiệm kỳ đại hội Đảng bộ địa phương",
                            "nhiệm kỳ có dạng 2015-2020, 2020-2025, 2025-2030 (năm đầu chia hết cho 5)")]
    return []


def _tag_problems(path: str, matter: dict, at) -> list[Problem]:
    """Topics outside the vocabulary an editor keeps in topics.yml."""
    tags = matter.get("tags")
    if not isinstance(tags, list):
        return []
    vocabulary = [t["name"] for t in data.topics()]
    return [Problem(path, at("tags"), f"chủ đề «{tag}» không có trong bộ từ vựng",
                    did_you_mean(tag, vocabulary, "chủ đề trong kholuutru/data/topics.yml")
                    + " (hoặc thêm chủ đề mới vào kholuutru/data/topics.yml)")
            for tag in tags if isinstance(tag, str) and tag not in vocabulary]


def _value_fix(key: str) -> str:
    return {
        "date": "ví dụ date: \"2024-05-22\" hoặc \"2024-05-22T10:25:00+07:00\"",
        "date_precision": f"một trong: {', '.join(DATE_PRECISIONS)}",
        "tenure_basis": f"một trong: {', '.join(TENURE_BASES)}",
        "tenure": "ví dụ tenure: 2020-2025",
    }.get(key, "xem bảng front matter trong README.md" if key not in LIST_FIELDS else "viết dạng danh sách: [a, b]")


def check_articles(articles_dir: Path) -> tuple[list[Problem], dict[str, tuple[str, str]]]:
    """Every page in docs/articles; returns problems and, per page, (title key, date) for duplicates."""
    problems, identities = [], {}
    for page in sorted(articles_dir.glob("*.md")):
        path = str(page)
        text = page.read_text(encoding="utf-8", errors="replace")
        nfc = nfc_problem(page, text)
        if nfc:
            problems.append(nfc)
        if page.stem != slugify(page.stem) or not page.stem:
            problems.append(Problem(path, 1, "tên tệp không phải slug ASCII (chữ thường không dấu, số, dấu gạch nối)",
                                    f"đổi tên thành {slugify(page.stem) or 'bai-viet'}.md"))
        try:
            matter = read_front_matter(text, path)
        except CatalogError as error:
            location, _, reason = str(error).partition(": ")
            line = int(location.rsplit(":", 1)[1]) if ":" in location else 1
            problems.append(Problem(path, line, reason, "sửa khối YAML giữa hai dòng --- ở đầu tệp"))
            continue
        matter = {key: value for key, value in matter.items() if key not in DERIVED_KEYS}
        head = text.split("\n---", 1)[0].split("\n", 1)[-1]  # the YAML between the two --- lines
        problems += check_matter(path, matter, key_lines(head, offset=1))
        if isinstance(matter.get("title"), str):
            identities[path] = (fold(matter["title"]), str(matter.get("date") or "")[:10], bool(matter.get("source_file")))
    return problems, identities


# --- seeds and overrides -------------------------------------------------------------


def check_overrides(source_dir: Path) -> list[Problem]:
    problems = []
    for override in sorted(source_dir.rglob("*.yml")):
        path = str(override)
        if not override.with_suffix(".txt").exists():
            problems.append(Problem(path, 1, f"tệp sửa cho bài gốc {override.with_suffix('.txt').name} nhưng bài gốc không có",
                                    "đổi tên tệp .yml cho trùng tên bài gốc, hoặc xóa tệp"))
        try:
            text, loaded = parse_override(override)
        except OverrideError as error:
            problems.append(Problem(path, error.line, error.message, error.fix))
            continue
        nfc = nfc_problem(override, text)
        if nfc:
            problems.append(nfc)
        lines = key_lines(text)
        if "url" in lines:
            lines.setdefault("source_url", lines["url"])  # parse_override reads the scraper's «url» as source_url
        for key in loaded:
            if key not in OVERRIDABLE:
                meant = suggest(str(key), OVERRIDABLE)
                problems.append(Problem(path, lines.get(str(key), 1), f"khóa «{key}» không sửa được",
                                        f"ý bạn là «{meant}»?" if meant else f"các khóa sửa được: {', '.join(OVERRIDABLE)}"))
        matter = {k: v for k, v in loaded.items() if k in FIELDS}
        problems += [p for p in check_matter(path, matter, lines) if "thiếu «title»" not in p.message]
    return problems


def check_conversion(source_dir: Path, articles_dir: Path) -> list[Problem]:
    """Raw articles that fail, pages edited by hand or stale, the same article twice."""
    result = run(source_dir, articles_dir, check=True, validate_data=False)
    problems = []
    for line in result.errors:
        path, _, reason = line.partition(": ")
        own_override = Path(path).with_suffix(".yml").name
        if path.endswith(".yml") or own_override in reason:
            continue  # problems of a correction file: check_overrides names them with a line
        problems.append(Problem(path, 1, f"không chuyển đổi được: {reason}", "sửa hoặc xóa tệp bài gốc (xem README: bài gốc hợp lệ)"))
    expected = {f"{articles_dir.as_posix().rstrip('/')}/{item.slug}.md": item.markdown for item in result.articles}
    for line in result.differences:
        path, _, reason = line.partition(": ")
        number = _first_difference(Path(path), expected.get(Path(path).as_posix()))
        if "sửa tay" in reason:
            fix = "đừng sửa trang đã chuyển đổi: ghi thông tin cần sửa vào seeds/<tên>.yml rồi chạy make convert"
        else:
            fix = "chạy make convert rồi commit thư mục docs/articles"
        problems.append(Problem(path, number, reason, fix))
    seen: dict[str, Path] = {}
    for source in sorted(source_dir.rglob("*.txt")):
        key = content_key(source.read_bytes())
        if key and key in seen:
            problems.append(Problem(str(source), 1, f"cùng một bài với {seen[key]}", "xóa một trong hai tệp"))
        elif key:
            seen[key] = source
    return problems


def _first_difference(page: Path, expected: str | None) -> int:
    """The first line where a page differs from what its seed gives (1 when unknown)."""
    if expected is None or not page.exists():
        return 1
    current = page.read_text(encoding="utf-8").splitlines()
    wanted = expected.splitlines()
    for number, (have, want) in enumerate(zip(current, wanted), start=1):
        if have != want:
            return number
    return min(len(current), len(wanted)) + 1


def check_duplicates(identities: dict[str, tuple[str, str, bool]]) -> list[Problem]:
    """Two pages with the same title and day: name the hand-written one (or the later one)."""
    problems, first = [], {}
    ordered = sorted(identities.items(), key=lambda item: (not item[1][2], item[0]))  # converted pages first
    for path, (title, day, _) in ordered:
        identity = (title, day)
        if identity in first:
            problems.append(Problem(path, 2, f"cùng tiêu đề và ngày với {first[identity]}: cùng một bài hai lần?",
                                    "xóa trang này (muốn sửa bài đã chuyển đổi thì dùng seeds/<tên>.yml)"))
        else:
            first[identity] = path
    return problems


def check_slugs(source_dir: Path, articles_dir: Path) -> list[Problem]:
    """Override slugs must be new and well-formed; two overrides may not share one."""
    problems, claimed = [], {}
    pages = {p.stem for p in articles_dir.glob("*.md")}
    for override in sorted(source_dir.rglob("*.yml")):
        try:
            text, loaded = parse_override(override)
        except OverrideError:
            continue  # check_overrides names it
        slug = loaded.get("slug")
        if not isinstance(slug, str):
            continue
        line = key_lines(text).get("slug", 1)
        if slug in claimed:
            problems.append(Problem(str(override), line, f"slug «{slug}» đã dùng cho {claimed[slug]}", "chọn slug khác"))
        claimed[slug] = override.name
        page = articles_dir / f"{slug}.md"
        if slug in pages:
            try:
                head = page.read_text(encoding="utf-8")[:4096]
            except OSError:
                continue
            own = override.with_suffix(".txt").as_posix()
            if f"source_file: {own}" not in head:
                problems.append(Problem(str(override), line, f"slug «{slug}» trùng trang {page} của bài khác", "chọn slug khác"))
    return problems


# --- data files -------------------------------------------------------------------------


# --- all ---------------------------------------------------------------------------------


def check_tree(root: Path = Path(".")) -> list[Problem]:
    source_dir, articles_dir = root / "seeds", root / "docs" / "articles"
    problems = check_data(data.DATA_DIR)
    if any(problem.fatal for problem in problems):
        return problems + [Problem(relative(str(data.DATA_DIR)), 1, "chưa kiểm tra bài viết vì tệp dữ liệu hỏng",
                                   "sửa các lỗi tệp dữ liệu ở trên rồi chạy lại make check")]
    try:
        article_problems, identities = check_articles(articles_dir)
        problems += article_problems
        problems += check_overrides(source_dir)
        problems += check_conversion(source_dir, articles_dir)
        problems += check_duplicates(identities)
        problems += check_slugs(source_dir, articles_dir)
    except (data.DataError, KeyError, TypeError, ValueError, re.error):
        if not problems:
            raise
        problems.append(Problem(str(data.DATA_DIR), 1, "các kiểm tra bài viết dừng lại vì tệp dữ liệu lỗi",
                                "sửa các lỗi tệp dữ liệu ở trên rồi chạy lại"))
    unique, seen = [], set()
    for problem in problems:
        problem = Problem(relative(problem.path), problem.line, problem.message, problem.fix)
        if str(problem) not in seen:
            unique.append(problem)
            seen.add(str(problem))
    return unique


def main() -> int:
    problems = check_tree()
    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{len(problems)} vấn đề. Sửa từng dòng theo gợi ý sau dấu —, rồi chạy lại make check.", file=sys.stderr)
        return 1
    print("make check: không có vấn đề nào.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
