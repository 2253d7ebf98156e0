"""`make check`: everything an editor may touch, validated in one run.

Every problem is one line, `path:line: what is wrong — how to fix it`, in
Vietnamese, and all problems of the tree are printed before the exit code
(1 when there is any). Editors touch: raw articles and their corrections in
seeds/, hand-written articles in docs/articles/, and the data files.
"""

from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from . import data
from .article import DATE_PRECISIONS, FIELDS, LIST_FIELDS, TENURE_BASES
from .pipeline import OVERRIDABLE, check_value, content_key, run
from .site.catalog import CatalogError, read_front_matter
from .text import fold, slugify

HAND_WRITTEN_REQUIRED = ("title",)


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message} — {self.fix}"


# --- helpers ------------------------------------------------------------------


def _nfc_problem(path: Path, text: str) -> Problem | None:
    """The first line that is not NFC (a decomposed letter, e.g. typed on some keyboards)."""
    if unicodedata.is_normalized("NFC", text):
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        if not unicodedata.is_normalized("NFC", line):
            return Problem(str(path), number, "văn bản không ở dạng Unicode NFC (chữ có dấu bị tách rời)",
                           "lưu lại tệp ở dạng NFC, ví dụ: python3 -c \"import unicodedata,sys;p=sys.argv[1];t=open(p,encoding='utf-8').read();"
                           "open(p,'w',encoding='utf-8').write(unicodedata.normalize('NFC',t))\" " + _relative(str(path)))
    return Problem(str(path), 1, "văn bản không ở dạng Unicode NFC", "lưu lại tệp ở dạng NFC")


def _key_lines(text: str, offset: int = 0) -> dict[str, int]:
    """Top-level YAML key → line number (1-based, plus offset)."""
    lines = {}
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return lines
    if isinstance(node, yaml.MappingNode):
        for key, _ in node.value:
            lines[str(key.value)] = key.start_mark.line + 1 + offset
    return lines


def _suggest(value: str, choices: list[str]) -> str:
    """The closest choice, comparing folded text ("Hai Duong" → "Hải Dương")."""
    folded = {fold(choice): choice for choice in choices}
    if fold(value) in folded:
        return folded[fold(value)]
    close = difflib.get_close_matches(fold(value), list(folded), n=1, cutoff=0.75)
    return folded[close[0]] if close else ""


def _did_you_mean(value: str, choices: list[str], what: str) -> str:
    best = _suggest(value, choices)
    return f"ý bạn là «{best}»?" if best else f"xem danh sách {what}"


# --- articles -------------------------------------------------------------------


def check_matter(path: str, matter: dict, lines: dict[str, int]) -> list[Problem]:
    """Keys, types and values of one page's front matter."""
    from .gazetteer import gazetteer

    problems = []
    gaz = gazetteer()

    def at(key: str) -> int:
        return lines.get(key, 2)

    for key in matter:
        if key not in FIELDS:
            close = difflib.get_close_matches(str(key), FIELDS, n=1)
            hint = f"ý bạn là «{close[0]}»?" if close else f"các khóa được dùng: {', '.join(FIELDS)}"
            problems.append(Problem(path, at(key), f"khóa «{key}» không có trong front matter của kho", hint))
    for key in HAND_WRITTEN_REQUIRED:
        if not matter.get(key):
            problems.append(Problem(path, 2, f"thiếu «{key}»", f"thêm dòng «{key}: …» vào front matter"))
    for key, value in matter.items():
        if key not in FIELDS or key in ("source_file", "source_sha256"):
            continue
        if key == "date" and isinstance(value, date):
            problems.append(Problem(path, at(key), "ngày phải là chuỗi trong ngoặc kép",
                                    f"viết date: \"{value.isoformat()}\""))
            continue
        problem = check_value(key, value)
        if problem:
            problems.append(Problem(path, at(key), f"«{key}» {problem}", _value_fix(key)))
    names = [p.name for p in gaz.provinces]
    names_2025 = [p.name for p in gaz.provinces_2025]
    province = matter.get("province")
    if isinstance(province, str) and province not in names:
        problems.append(Problem(path, at("province"), f"tỉnh «{province}» không có trong danh mục (kholuutru/data/provinces.yml)",
                                _did_you_mean(province, names, "tỉnh trong kholuutru/data/provinces.yml")))
    after = matter.get("province_2025")
    if isinstance(after, str) and after not in names_2025:
        problems.append(Problem(path, at("province_2025"), f"tỉnh «{after}» không phải một trong 34 tỉnh, thành phố từ 1/7/2025",
                                _did_you_mean(after, names_2025, "provinces_2025 trong kholuutru/data/provinces.yml")))
    elif isinstance(after, str) and isinstance(province, str) and province in names:
        successor = gaz.province_by_name[province].successor
        if successor in names_2025 and successor != after:  # (a broken successor is named in provinces.yml)
            problems.append(Problem(path, at("province_2025"), f"«{province}» từ 1/7/2025 thuộc «{successor}», không phải «{after}»",
                                    f"sửa thành province_2025: {successor}"))
    tenure = matter.get("tenure")
    if isinstance(tenure, str) and re.fullmatch(r"\d{4}-\d{4}", tenure):
        start, end = (int(x) for x in tenure.split("-"))
        if start % 5 or end - start != 5:
            problems.append(Problem(path, at("tenure"), f"nhiệm kỳ «{tenure}» không phải nhiệm kỳ đại hội Đảng bộ địa phương",
                                    "nhiệm kỳ có dạng 2015-2020, 2020-2025, 2025-2030 (năm đầu chia hết cho 5)"))
    tags = matter.get("tags")
    if isinstance(tags, list):
        vocabulary = [t["name"] for t in data.topics()]
        for tag in tags:
            if isinstance(tag, str) and tag not in vocabulary:
                problems.append(Problem(path, at("tags"), f"chủ đề «{tag}» không có trong bộ từ vựng",
                                        _did_you_mean(tag, vocabulary, "chủ đề trong kholuutru/data/topics.yml")
                                        + " (hoặc thêm chủ đề mới vào kholuutru/data/topics.yml)"))
    return problems


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
        nfc = _nfc_problem(page, text)
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
        head = text.split("\n---", 1)[0].split("\n", 1)[-1]  # the YAML between the two --- lines
        problems += check_matter(path, matter, _key_lines(head, offset=1))
        if isinstance(matter.get("title"), str):
            identities[path] = (fold(matter["title"]), str(matter.get("date") or "")[:10], bool(matter.get("source_file")))
    return problems, identities


# --- seeds and overrides -------------------------------------------------------------


def check_overrides(source_dir: Path) -> list[Problem]:
    problems = []
    for override in sorted(source_dir.rglob("*.yml")):
        path = str(override)
        text = override.read_text(encoding="utf-8", errors="replace")
        nfc = _nfc_problem(override, text)
        if nfc:
            problems.append(nfc)
        if not override.with_suffix(".txt").exists():
            problems.append(Problem(path, 1, f"tệp sửa cho bài gốc {override.with_suffix('.txt').name} nhưng bài gốc không có",
                                    "đổi tên tệp .yml cho trùng tên bài gốc, hoặc xóa tệp"))
        try:
            loaded = yaml.safe_load(text) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            problems.append(Problem(path, mark.line + 1 if mark else 1, "không phải YAML hợp lệ",
                                    "mỗi dòng một cặp «khóa: giá trị»; đặt giá trị có dấu hai chấm trong ngoặc kép"))
            continue
        if not isinstance(loaded, dict):
            problems.append(Problem(path, 1, "phải là các cặp «khóa: giá trị»", "ví dụ: province: Hải Dương"))
            continue
        lines = _key_lines(text)
        for key in loaded:
            if key not in OVERRIDABLE:
                close = difflib.get_close_matches(str(key), OVERRIDABLE, n=1)
                problems.append(Problem(path, lines.get(str(key), 1), f"khóa «{key}» không sửa được",
                                        f"ý bạn là «{close[0]}»?" if close else f"các khóa sửa được: {', '.join(OVERRIDABLE)}"))
        matter = {k: v for k, v in loaded.items() if k in FIELDS}
        problems += [p for p in check_matter(path, matter, lines) if "thiếu «title»" not in p.message]
    return problems


def check_conversion(source_dir: Path, articles_dir: Path) -> list[Problem]:
    """Raw articles that fail, pages edited by hand or stale, the same article twice."""
    result = run(source_dir, articles_dir, check=True)
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
            loaded = yaml.safe_load(override.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
        slug = loaded.get("slug") if isinstance(loaded, dict) else None
        if not isinstance(slug, str):
            continue
        line = _key_lines(override.read_text(encoding="utf-8")).get("slug", 1)
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


def _entry_lines(text: str, list_key: str) -> list[int]:
    """Line numbers of the items of a top-level YAML list."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return []
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == list_key and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def check_data(data_dir: Path) -> list[Problem]:
    problems = []
    for path in sorted(data_dir.glob("*")):
        if path.suffix not in (".yml", ".txt", ".tsv"):
            continue
        text = path.read_text(encoding="utf-8")
        nfc = _nfc_problem(path, text)
        if nfc:
            problems.append(nfc)
        if path.suffix == ".yml":
            try:
                yaml.safe_load(text)
            except yaml.YAMLError as error:
                mark = getattr(error, "problem_mark", None)
                problems.append(Problem(str(path), mark.line + 1 if mark else 1, "YAML không hợp lệ", str(getattr(error, "problem", error))))
    broken = {p.path for p in problems if p.message == "YAML không hợp lệ"}
    checks = [
        (_check_boilerplate, ("boilerplate.yml",)),
        (_check_topics, ("topics.yml",)),
        (_check_provinces, ("provinces.yml",)),
        (_check_congresses, ("congresses.yml", "provinces.yml")),
        (_check_history, ("unit_history.yml", "provinces.yml")),
        (_check_publishers, ("publishers.yml", "provinces.yml")),
        (_check_anniversaries, ("anniversaries.yml",)),
    ]
    for check, names in checks:
        paths = [data_dir / name for name in names]
        if not any(str(path) in broken for path in paths):  # a file that does not parse is named above
            problems += check(*paths)
    return problems


def _check_boilerplate(path: Path) -> list[Problem]:
    text = path.read_text(encoding="utf-8")
    loaded = yaml.safe_load(text)
    problems = []
    for key in ("cut_markers", "footer_markers", "drop_lines", "page_title_prefixes"):
        if not isinstance(loaded.get(key), list):
            problems.append(Problem(str(path), 1, f"thiếu danh sách «{key}»", "xem chú thích đầu tệp"))
    for index, line in enumerate(_entry_lines(text, "drop_lines")):
        pattern = loaded["drop_lines"][index]
        try:
            re.compile(pattern)
        except re.error as error:
            problems.append(Problem(str(path), line, f"biểu thức «{pattern}» sai: {error}", "sửa biểu thức chính quy (đặt trong ngoặc đơn '…')"))
    for key in ("cut_markers", "footer_markers"):
        seen = set()
        for index, line in enumerate(_entry_lines(text, key)):
            phrase = data.phrase_key(str(loaded[key][index]))
            if phrase in seen:
                problems.append(Problem(str(path), line, f"cụm «{loaded[key][index]}» lặp lại trong {key}", "xóa dòng lặp"))
            seen.add(phrase)
    return problems


def _check_topics(path: Path) -> list[Problem]:
    text = path.read_text(encoding="utf-8")
    topics = (yaml.safe_load(text) or {}).get("topics") or []
    problems, slugs, names = [], {}, {}
    for topic, line in zip(topics, _entry_lines(text, "topics")):
        if not isinstance(topic, dict) or not topic.get("name") or not topic.get("slug"):
            problems.append(Problem(str(path), line, "chủ đề thiếu «name» hoặc «slug»", "mỗi chủ đề cần name, slug, strong/phrases"))
            continue
        slug, name = str(topic["slug"]), str(topic["name"])
        if slug != slugify(slug):
            problems.append(Problem(str(path), line, f"slug «{slug}» không hợp lệ", f"dùng {slugify(slug) or slugify(name)}"))
        if slug in slugs:
            problems.append(Problem(str(path), line, f"slug «{slug}» trùng với dòng {slugs[slug]}", "mỗi chủ đề một slug riêng"))
        if name in names:
            problems.append(Problem(str(path), line, f"chủ đề «{name}» trùng với dòng {names[name]}", "gộp hai mục"))
        slugs.setdefault(slug, line)
        names.setdefault(name, line)
        for key in ("strong", "phrases"):
            value = topic.get(key)
            if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                problems.append(Problem(str(path), line, f"«{key}» của «{name}» phải là danh sách cụm từ",
                                        "viết [cụm một, cụm hai]; cụm có dấu phẩy đặt trong ngoặc kép"))
        if not topic.get("strong") and not topic.get("phrases") and not topic.get("documents"):
            problems.append(Problem(str(path), line, f"chủ đề «{name}» không có cụm từ nào", "thêm strong: [...] hoặc phrases: [...]"))
    return problems


def _check_provinces(path: Path) -> list[Problem]:
    text = path.read_text(encoding="utf-8")
    loaded = yaml.safe_load(text)
    problems = []
    provinces = loaded.get("provinces") or []
    after = loaded.get("provinces_2025") or []
    names_2025 = {p.get("name") for p in after if isinstance(p, dict)}
    names = {p.get("name") for p in provinces if isinstance(p, dict)}
    slugs = {}
    for province, line in zip(provinces, _entry_lines(text, "provinces")):
        for key in ("name", "type", "code", "slug", "successor"):
            if not province.get(key):
                problems.append(Problem(str(path), line, f"tỉnh thiếu «{key}»", "xem chú thích đầu tệp"))
        if province.get("successor") and province["successor"] not in names_2025:
            problems.append(Problem(str(path), line, f"«{province.get('name')}»: successor «{province['successor']}» không có trong provinces_2025",
                                    _did_you_mean(str(province["successor"]), sorted(n for n in names_2025 if n), "provinces_2025")))
        slug = province.get("slug")
        if slug and (slug != slugify(slug) or slug in slugs):
            problems.append(Problem(str(path), line, f"slug «{slug}» không hợp lệ hoặc trùng", "slug ASCII, duy nhất"))
        slugs[slug] = line
        for alias in province.get("aliases") or []:
            if not isinstance(alias, str):
                problems.append(Problem(str(path), line, f"tên gọi khác «{alias}» phải là chuỗi", "đặt trong ngoặc kép"))
        for key in ("until", "since"):
            if province.get(key) is not None and not isinstance(province[key], date):
                problems.append(Problem(str(path), line, f"«{key}» phải là ngày YYYY-MM-DD", "ví dụ until: 2025-06-30"))
    for unit, line in zip(after, _entry_lines(text, "provinces_2025")):
        for member in unit.get("members") or []:
            if member not in names:
                problems.append(Problem(str(path), line, f"«{unit.get('name')}»: thành viên «{member}» không có trong provinces",
                                        _did_you_mean(str(member), sorted(n for n in names if n), "provinces")))
    if len(after) != 34:
        problems.append(Problem(str(path), 1, f"provinces_2025 có {len(after)} đơn vị, phải là 34", "kiểm tra danh sách theo Nghị quyết 202/2025/QH15"))
    return problems


def _check_congresses(path: Path, provinces_path: Path) -> list[Problem]:
    text = path.read_text(encoding="utf-8")
    loaded = yaml.safe_load(text) or {}
    places = yaml.safe_load(provinces_path.read_text(encoding="utf-8"))
    names = {p["name"] for p in places["provinces"]} | {p["name"] for p in places["provinces_2025"]}
    problems = []
    lines = text.splitlines()
    for province, years in (loaded.get("congresses") or {}).items():
        line = next((i for i, l in enumerate(lines, 1) if l.strip().startswith(f"{province}:")), 1)
        if province not in names:
            problems.append(Problem(str(path), line, f"tỉnh «{province}» không có trong provinces.yml",
                                    _did_you_mean(str(province), sorted(names), "tỉnh trong provinces.yml")))
        for year, closed in (years or {}).items():
            if not isinstance(closed, date) or int(year) % 5 or closed.year != int(year):
                problems.append(Problem(str(path), line, f"{province} {year}: ngày bế mạc «{closed}» không hợp lệ",
                                        "năm đại hội chia hết cho 5, ngày dạng YYYY-MM-DD trong đúng năm đó"))
    cutoff = loaded.get("fallback_cutoff") or {}
    try:
        date(2020, int(cutoff.get("month")), int(cutoff.get("day")))
    except (TypeError, ValueError):
        problems.append(Problem(str(path), 1, "fallback_cutoff phải có month và day hợp lệ", "ví dụ fallback_cutoff: {month: 11, day: 1}"))
    return problems


def _check_publishers(path: Path, provinces_path: Path) -> list[Problem]:
    """Every publisher's province is a province; every host is a bare host name."""
    text = path.read_text(encoding="utf-8")
    loaded = yaml.safe_load(text) or {}
    places = yaml.safe_load(provinces_path.read_text(encoding="utf-8"))
    names = {p["name"] for p in places["provinces"]}
    lines = text.splitlines()
    problems = []
    named = [(host, (entry or {}).get("province")) for host, entry in (loaded.get("hosts") or {}).items()]
    named += [(province, province) for province in (loaded.get("host_names") or {})]
    for host, province in named:
        line = next((i for i, l in enumerate(lines, 1) if l.strip().startswith(f"{host}:")), 1)
        if province not in names:
            problems.append(Problem(str(path), line, f"«{host}»: tỉnh «{province}» không có trong provinces.yml",
                                    _did_you_mean(str(province), sorted(names), "tỉnh trong provinces.yml")))
    for host in [*(loaded.get("hosts") or {}), *(loaded.get("national") or [])]:
        if not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", str(host)):
            line = next((i for i, l in enumerate(lines, 1) if str(host) in l), 1)
            problems.append(Problem(str(path), line, f"«{host}» không phải tên miền",
                                    "chỉ ghi tên miền, chữ thường, không có http:// hay www., ví dụ baohaiduong.vn"))
    return problems


def _check_anniversaries(path: Path) -> list[Problem]:
    text = path.read_text(encoding="utf-8")
    entries = (yaml.safe_load(text) or {}).get("anniversaries") or []
    lines = _entry_lines(text, "anniversaries")
    problems = []
    for n, entry in enumerate(entries):
        ok = isinstance(entry, dict) and isinstance(entry.get("phrase"), str) and isinstance(entry.get("year"), int)
        if not ok or not 1800 <= entry["year"] <= 2000:
            problems.append(Problem(str(path), lines[n] if n < len(lines) else 1, f"mục «{entry}» không hợp lệ",
                                    "mỗi mục là {phrase: \"…\", year: YYYY}, năm của sự kiện"))
    return problems


def _check_history(path: Path, provinces_path: Path) -> list[Problem]:
    text = path.read_text(encoding="utf-8")
    units = (yaml.safe_load(text) or {}).get("units") or []
    places = yaml.safe_load(provinces_path.read_text(encoding="utf-8"))
    names = {p["name"] for p in places["provinces"]}
    types = {"huyện", "thị xã", "quận", "thành phố"}
    problems = []
    for unit, line in zip(units, _entry_lines(text, "units")):
        if unit.get("province") not in names:
            problems.append(Problem(str(path), line, f"«{unit.get('name')}»: tỉnh «{unit.get('province')}» không có trong provinces.yml",
                                    _did_you_mean(str(unit.get("province")), sorted(names), "tỉnh")))
        previous_until = None
        for row in unit.get("history") or []:
            if row.get("type") not in types:
                problems.append(Problem(str(path), line, f"«{unit.get('name')}»: loại «{row.get('type')}» không hợp lệ", f"một trong: {', '.join(sorted(types))}"))
            since, until = row.get("since"), row.get("until")
            if since is not None and until is not None and since > until:
                problems.append(Problem(str(path), line, f"«{unit.get('name')}»: since sau until", "đổi lại hai ngày"))
            if previous_until is not None and since is not None and since <= previous_until:
                problems.append(Problem(str(path), line, f"«{unit.get('name')}»: các giai đoạn chồng lên nhau", "giai đoạn sau bắt đầu sau ngày kết thúc giai đoạn trước"))
            previous_until = until
    return problems


# --- all ---------------------------------------------------------------------------------


def _relative(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path


def check_tree(root: Path = Path(".")) -> list[Problem]:
    source_dir, articles_dir = root / "seeds", root / "docs" / "articles"
    problems = check_data(data.DATA_DIR)
    try:
        article_problems, identities = check_articles(articles_dir)
        problems += article_problems
        problems += check_overrides(source_dir)
        problems += check_conversion(source_dir, articles_dir)
        problems += check_duplicates(identities)
        problems += check_slugs(source_dir, articles_dir)
    except (data.DataError, KeyError, TypeError, ValueError, re.error) as error:
        if not problems:
            raise
        problems.append(Problem(str(data.DATA_DIR), 1, f"các kiểm tra bài viết dừng lại vì tệp dữ liệu lỗi ({error})",
                                "sửa các lỗi tệp dữ liệu ở trên rồi chạy lại"))
    unique, seen = [], set()
    for problem in problems:
        problem = Problem(_relative(problem.path), problem.line, problem.message, problem.fix)
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
