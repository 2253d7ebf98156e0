"""The data files, checked before any article is touched, and by `make check`.

A data file an editor broke (emptied, saved in another encoding, a YAML slip,
a list turned into a string) would otherwise fail every article with the same
confusing error. Here every file is read by the one reader in data.py and its
shape checked, and each problem is one line: `path:line: what — how to fix`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from datetime import date
from pathlib import Path
from typing import Any, Callable

import yaml

from . import data
from .text import slugify


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str
    fix: str
    fatal: bool = False  # the file cannot be read as what it should be: nothing that uses it can run

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message} — {self.fix}"

    @classmethod
    def of(cls, error: data.DataError) -> Problem:
        return cls(error.path, error.line, error.message, error.fix, fatal=True)


class BrokenData(Exception):
    """Data files that must be fixed before any article is converted."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


# What each YAML file must hold at its top level: key → list or mapping.
SHAPES: dict[str, dict[str, type]] = {
    "abbreviations.yml": {"expansions": list, "place_types": dict, "party_committees": dict, "not_unit_words": list,
                          "state_funeral_words": list, "funeral_rites": list, "diocese_words": list,
                          "memorial_words": list, "region_names": list, "ministries": list},
    "anniversaries.yml": {"anniversaries": list, "recurring_day_after": list, "recurring_day_before": list, "unnamed_province": list},
    "boilerplate.yml": {"cut_markers": list, "footer_markers": list, "drop_lines": list, "page_title_prefixes": list,
                        "title_trailers": list, "title_format_tags": list, "mastheads": list, "section_prefixes": list,
                        "lead_openers": list, "document_title_kinds": list, "organisation_types": list, "cut_lines": list, "tab_labels": list,
                        "site_banner_lines": list, "weather_lines": list, "bare_unit_titles": list, "reader_notes": list,
                        "read_more_links": list, "bare_history_titles": list, "title_labels": list,
                        "address_labels": list, "header_date_labels": list, "header_content_labels": list},
    "congresses.yml": {"fallback_cutoff": dict, "national": dict, "congresses": dict, "cell_round_opens": dict, "national_assembly": dict,
                       "off_calendar_terms": dict, "latest_evidence_years": dict},
    "credits.yml": {"photo_credit_labels": list, "caption_openers": list, "caption_positions": list, "byline_labels": list,
                    "author_titles": list, "author_offices": list, "author_roles": list, "widget_words": list, "source_labels": list, "publisher_tags": dict, "organisations": list,
                    "photo_kinds": list},
    "headline_weights.yml": {"min_score": float, "confident_score": float, "weights": dict},
    "heading_weights.yml": {"min_score": float, "weights": dict},
    "documents.yml": {"party_types": dict, "party_issuers": dict, "state_issuers": list, "known": list,
                      "issuer_names": dict, "state_issuer_names": dict, "state_types": dict, "local_party_issuers": list,
                      "local_plan_kinds": list, "local_plans_carried_out_by": list},
    "map.yml": {"units": list},
    "provinces.yml": {"provinces": list, "provinces_2025": list, "name_word_spellings": list,
                      "district_spellings": list},
    "publishers.yml": {"label_prefixes": dict, "label_suffixes": dict, "domains": dict, "host_names": dict,
                       "district_prefixes": list, "district_suffixes": list, "city_labels": list, "district_office_prefixes": list,
                       "school_prefixes": list, "organisation_prefixes": list, "hosts": dict, "own_shorthands": list, "own_bodies": list,
                       "generic_body_words": list, "national_name_ends": list, "listing_folders": list, "national": list,
                       "national_university_seats": list},
    "topics.yml": {"topics": list},
    "unit_history.yml": {"units": list},
}
# Columns each table needs (more may follow).
COLUMNS = {
    "districts.tsv": ("code", "province_code", "type", "name"),
    "communes.tsv": ("code", "district_code", "type", "name"),
    "communes_2019.tsv": ("code", "district_code", "type", "name"),
    "communes_2025.tsv": ("code", "province_code", "type", "name"),
}
TYPE_NAMES = {list: "danh sách (các dòng «- …»)", dict: "các cặp «khóa: giá trị»", float: "một số"}


@dataclass
class Source:
    """One parsed data file, with its text for line numbers."""

    path: Path
    text: str
    loaded: Any

    @cached_property
    def node(self) -> yaml.Node | None:
        return _compose(self.text)

    def key_line(self, key: str) -> int:
        return key_lines(self.text, node=self.node).get(key, 1)

    def entry_lines(self, key: str) -> list[int]:
        return _entry_lines(self.node, key)

    def line_of(self, prefix: str) -> int:
        return next((n for n, line in enumerate(self.text.splitlines(), 1) if line.strip().startswith(prefix)), 1)


def check_data(data_dir: Path | None = None) -> list[Problem]:
    """Every problem of every data file, in one run."""
    problems: list[Problem] = []
    sources: dict[str, Source] = {}
    for path in sorted((data_dir or data.DATA_DIR).glob("*")):
        if path.suffix not in (".yml", ".txt", ".tsv"):
            continue
        try:
            text = data.read_text(path)
            nfc = nfc_problem(path, text)
            if nfc:
                problems.append(nfc)
            loaded = _parse(path)
        except data.DataError as error:
            problems.append(Problem.of(error))
            continue
        source = Source(path, text, loaded)
        shape = [Problem(p.path, p.line, p.message, p.fix, fatal=True) for p in _shape_problems(source)]
        problems += shape
        if not shape:
            sources[path.name] = source
    for check, names in CHECKS:
        if all(name in sources for name in names):
            problems += check(*(sources[name] for name in names))
    return [Problem(relative(p.path), p.line, p.message, p.fix, p.fatal) for p in problems]


def relative(path: str) -> str:
    """A path as the editor typed it: relative to the working directory when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path


def _parse(path: Path) -> Any:
    if path.suffix == ".yml":
        return data.parse_yaml(path)
    if path.suffix == ".tsv":
        return data.parse_tsv(path)
    return data.parse_lines(path)


def _shape_problems(source: Source) -> list[Problem]:
    path, text, loaded = source.path, source.text, source.loaded
    if path.suffix == ".tsv":
        header = text.splitlines()[0].split("\t")
        missing = [c for c in COLUMNS.get(path.name, ()) if c not in header]
        return [Problem(str(path), 1, f"thiếu cột {', '.join(missing)}", "dòng đầu: " + "\t".join(COLUMNS[path.name]))] if missing else []
    shape = SHAPES.get(path.name)
    if shape is None:
        return []
    if not isinstance(loaded, dict):
        return [Problem(str(path), 1, "tệp phải là các cặp «khóa: giá trị» ở đầu dòng", "xem chú thích đầu tệp; khôi phục: git checkout -- " + path.name)]
    problems = []
    lines = key_lines(text, node=source.node)
    for key, kind in shape.items():
        if key not in loaded:
            problems.append(Problem(str(path), 1, f"thiếu «{key}»", f"thêm «{key}:» ({TYPE_NAMES[kind]}); xem chú thích đầu tệp"))
        elif not isinstance(loaded[key], (int, float) if kind is float else kind) or isinstance(loaded[key], bool):
            problems.append(Problem(str(path), lines.get(key, 1), f"«{key}» phải là {TYPE_NAMES[kind]}", "xem các mục khác trong tệp làm mẫu"))
    return problems


# --- helpers ---------------------------------------------------------------------------------


def nfc_problem(path: Path, text: str) -> Problem | None:
    """The first line that is not NFC (a decomposed letter, e.g. typed on some keyboards)."""
    if unicodedata.is_normalized("NFC", text):
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        if not unicodedata.is_normalized("NFC", line):
            return Problem(str(path), number, "văn bản không ở dạng Unicode NFC (chữ có dấu bị tách rời)",
                           "lưu lại tệp ở dạng NFC, ví dụ: python3 -c \"import unicodedata,sys;p=sys.argv[1];t=open(p,encoding='utf-8').read();"
                           "open(p,'w',encoding='utf-8').write(unicodedata.normalize('NFC',t))\" " + str(path))
    return Problem(str(path), 1, "văn bản không ở dạng Unicode NFC", "lưu lại tệp ở dạng NFC")


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None


def key_lines(text: str, offset: int = 0, node: yaml.Node | None = None) -> dict[str, int]:
    """Top-level YAML key → line number (1-based, plus offset)."""
    node = node or _compose(text)
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(key.value): key.start_mark.line + 1 + offset for key, _ in node.value}


def _entry_lines(node: yaml.Node | None, list_key: str) -> list[int]:
    """Line numbers of the items of a top-level YAML list."""
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == list_key and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def suggest(value: str, choices: list[str]) -> str:
    """The closest choice, comparing folded text ("Hai Duong" → "Hải Dương")."""
    import difflib

    from .text import fold

    folded = {fold(choice): choice for choice in choices}
    if fold(value) in folded:
        return folded[fold(value)]
    close = difflib.get_close_matches(fold(value), list(folded), n=1, cutoff=0.75)
    return folded[close[0]] if close else ""


def did_you_mean(value: str, choices: list[str], what: str) -> str:
    best = suggest(value, choices)
    return f"ý bạn là «{best}»?" if best else f"xem danh sách {what}"


def _province_names(provinces: Source) -> set[str]:
    return {p.get("name") for p in provinces.loaded["provinces"] if isinstance(p, dict)}


# --- one check per file ------------------------------------------------------------------------


def _check_boilerplate(source: Source) -> list[Problem]:
    path, loaded = str(source.path), source.loaded
    problems = []
    for key in ("drop_lines", "cut_lines", "site_banner_lines", "weather_lines", "reader_notes"):
        for pattern, line in zip(loaded.get(key) or [], source.entry_lines(key)):
            try:
                re.compile(str(pattern))
            except re.error as error:
                problems.append(Problem(path, line, f"biểu thức «{pattern}» sai: {error}", "sửa biểu thức chính quy (đặt trong ngoặc đơn '…')"))
    for key in ("cut_markers", "footer_markers"):
        seen = set()
        for phrase, line in zip(loaded[key], source.entry_lines(key)):
            folded = data.phrase_key(str(phrase))
            if folded in seen:
                problems.append(Problem(path, line, f"cụm «{phrase}» lặp lại trong {key}", "xóa dòng lặp"))
            seen.add(folded)
    return problems


def _check_topics(source: Source) -> list[Problem]:
    path = str(source.path)
    problems, slugs, names = [], {}, {}
    for topic, line in zip(source.loaded["topics"], source.entry_lines("topics")):
        if not isinstance(topic, dict) or not topic.get("name") or not topic.get("slug"):
            problems.append(Problem(path, line, "chủ đề thiếu «name» hoặc «slug»", "mỗi chủ đề cần name, slug, strong/phrases"))
            continue
        slug, name = str(topic["slug"]), str(topic["name"])
        if slug != slugify(slug):
            problems.append(Problem(path, line, f"slug «{slug}» không hợp lệ", f"dùng {slugify(slug) or slugify(name)}"))
        if slug in slugs:
            problems.append(Problem(path, line, f"slug «{slug}» trùng với dòng {slugs[slug]}", "mỗi chủ đề một slug riêng"))
        if name in names:
            problems.append(Problem(path, line, f"chủ đề «{name}» trùng với dòng {names[name]}", "gộp hai mục"))
        slugs.setdefault(slug, line)
        names.setdefault(name, line)
        for key in ("strong", "phrases"):
            value = topic.get(key)
            if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                problems.append(Problem(path, line, f"«{key}» của «{name}» phải là danh sách cụm từ",
                                        "viết [cụm một, cụm hai]; cụm có dấu phẩy đặt trong ngoặc kép"))
        if not topic.get("strong") and not topic.get("phrases") and not topic.get("documents"):
            problems.append(Problem(path, line, f"chủ đề «{name}» không có cụm từ nào", "thêm strong: [...] hoặc phrases: [...]"))
    return problems


def _check_provinces(source: Source) -> list[Problem]:
    path, loaded = str(source.path), source.loaded
    problems = []
    provinces, after = loaded["provinces"], loaded["provinces_2025"]
    names_2025 = {p.get("name") for p in after if isinstance(p, dict)}
    names = _province_names(source)
    slugs = {}
    for province, line in zip(provinces, source.entry_lines("provinces")):
        if not isinstance(province, dict):
            problems.append(Problem(path, line, "mỗi tỉnh là các cặp «khóa: giá trị»", "xem các tỉnh khác làm mẫu"))
            continue
        for key in ("name", "type", "code", "slug", "successor"):
            if not province.get(key):
                problems.append(Problem(path, line, f"tỉnh thiếu «{key}»", "xem chú thích đầu tệp"))
        if province.get("successor") and province["successor"] not in names_2025:
            problems.append(Problem(path, line, f"«{province.get('name')}»: successor «{province['successor']}» không có trong provinces_2025",
                                    did_you_mean(str(province["successor"]), sorted(n for n in names_2025 if n), "provinces_2025")))
        slug = province.get("slug")
        if slug and (slug != slugify(slug) or slug in slugs):
            problems.append(Problem(path, line, f"slug «{slug}» không hợp lệ hoặc trùng", "slug ASCII, duy nhất"))
        slugs[slug] = line
        for alias in province.get("aliases") or []:
            if not isinstance(alias, str):
                problems.append(Problem(path, line, f"tên gọi khác «{alias}» phải là chuỗi", "đặt trong ngoặc kép"))
        for key in ("until", "since"):
            if province.get(key) is not None and not isinstance(province[key], date):
                problems.append(Problem(path, line, f"«{key}» phải là ngày YYYY-MM-DD", "ví dụ until: 2025-06-30"))
    for unit, line in zip(after, source.entry_lines("provinces_2025")):
        for member in (unit.get("members") if isinstance(unit, dict) else None) or []:
            if member not in names:
                problems.append(Problem(path, line, f"«{unit.get('name')}»: thành viên «{member}» không có trong provinces",
                                        did_you_mean(str(member), sorted(n for n in names if n), "provinces")))
    if len(after) != 34:
        problems.append(Problem(path, source.key_line("provinces_2025"), f"provinces_2025 có {len(after)} đơn vị, phải là 34",
                                "kiểm tra danh sách theo Nghị quyết 202/2025/QH15"))
    return problems


def _check_congresses(source: Source, provinces: Source) -> list[Problem]:
    path, loaded = str(source.path), source.loaded
    names = _province_names(provinces) | {p.get("name") for p in provinces.loaded["provinces_2025"] if isinstance(p, dict)}
    problems = []
    for province, years in loaded["congresses"].items():
        line = source.line_of(f"{province}:")
        if province not in names:
            problems.append(Problem(path, line, f"tỉnh «{province}» không có trong provinces.yml",
                                    did_you_mean(str(province), sorted(n for n in names if n), "tỉnh trong provinces.yml")))
        for year, closed in (years or {}).items():
            if not isinstance(closed, date) or int(year) % 5 or closed.year != int(year):
                problems.append(Problem(path, line, f"{province} {year}: ngày bế mạc «{closed}» không hợp lệ",
                                        "năm đại hội chia hết cho 5, ngày dạng YYYY-MM-DD trong đúng năm đó"))
    cutoff = loaded["fallback_cutoff"]
    try:
        date(2020, int(cutoff.get("month")), int(cutoff.get("day")))
    except (TypeError, ValueError):
        problems.append(Problem(path, source.key_line("fallback_cutoff"), "fallback_cutoff phải có month và day hợp lệ",
                                "ví dụ fallback_cutoff: {month: 11, day: 1}"))
    if str(loaded["cell_round_opens"].get("month")) not in {str(m) for m in range(1, 13)}:
        problems.append(Problem(path, source.key_line("cell_round_opens"), "cell_round_opens phải có month từ 1 đến 12",
                                "ví dụ cell_round_opens: {month: 10}"))
    return problems


def _check_publishers(source: Source, provinces: Source) -> list[Problem]:
    """Every publisher's province is a province; every host is a bare host name."""
    path, loaded = str(source.path), source.loaded
    names = _province_names(provinces)
    problems = []
    named = [(host, (entry or {}).get("province") if isinstance(entry, dict) else None) for host, entry in loaded["hosts"].items()]
    named += [(province, province) for province in loaded["host_names"]]
    for host, province in named:
        if province not in names:
            problems.append(Problem(path, source.line_of(f"{host}:"), f"«{host}»: tỉnh «{province}» không có trong provinces.yml",
                                    did_you_mean(str(province), sorted(n for n in names if n), "tỉnh trong provinces.yml")))
    for host in [*loaded["hosts"], *loaded["national"]]:
        if not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", str(host)):
            line = next((i for i, l in enumerate(source.text.splitlines(), 1) if str(host) in l), 1)
            problems.append(Problem(path, line, f"«{host}» không phải tên miền",
                                    "chỉ ghi tên miền, chữ thường, không có http:// hay www., ví dụ baohaiduong.vn"))
    return problems


def _check_anniversaries(source: Source) -> list[Problem]:
    problems = []
    lines = source.entry_lines("anniversaries")
    for n, entry in enumerate(source.loaded["anniversaries"]):
        ok = (isinstance(entry, dict) and isinstance(entry.get("phrase"), str) and isinstance(entry.get("year"), int)
              and all(isinstance(word, str) for word in entry.get("not_followed_by") or ()))
        day = entry.get("day") if ok else None
        if not ok or not 1800 <= entry["year"] <= 2010 or (day is not None and getattr(day, "year", None) != entry["year"]):
            problems.append(Problem(str(source.path), lines[n] if n < len(lines) else 1, f"mục «{entry}» không hợp lệ",
                                    "mỗi mục là {phrase: \"…\", year: YYYY} (và có thể day: YYYY-MM-DD cùng năm, not_followed_by: [chữ, …]), năm của sự kiện"))
    for key in ("recurring_day_after", "recurring_day_before"):
        words = source.loaded.get(key) or []
        if not isinstance(words, list) or not all(isinstance(word, str) and word.strip() for word in words):
            problems.append(Problem(str(source.path), source.key_line(key), f"«{key}» không hợp lệ", f"{key}: [chữ, …], mỗi mục là vài chữ"))
    return problems


def _check_abbreviations(source: Source) -> list[Problem]:
    """Unit types, Party committees and Youth Union bodies the place reader takes its prefixes from."""
    path, loaded = str(source.path), source.loaded
    units = {"tỉnh", "thành phố", "thị xã", "huyện", "quận", "xã", "phường", "thị trấn", "đặc khu"}
    problems = []
    for unit, forms in loaded["place_types"].items():
        if unit not in units or not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
            problems.append(Problem(path, source.line_of(f"{unit}:"), f"place_types «{unit}» không hợp lệ",
                                    f"loại đơn vị là một trong: {', '.join(sorted(units))}; giá trị là danh sách cách viết [huyện, H.]"))
    for key in ("party_committees", "youth_unions"):
        for committee, unit in (loaded.get(key) or {}).items():
            if unit not in units:
                problems.append(Problem(path, source.line_of(f"{committee}:"), f"{key} «{committee}»: loại «{unit}» không hợp lệ",
                                        f"một trong: {', '.join(sorted(units))}"))
    return problems


def _check_history(source: Source, provinces: Source) -> list[Problem]:
    """Each unit's periods follow one another without gap or overlap: the day after one
    period ends, the next begins."""
    path = str(source.path)
    names = _province_names(provinces)
    types = {"huyện", "thị xã", "quận", "thành phố"}
    problems = []
    for unit, line in zip(source.loaded["units"], source.entry_lines("units")):
        if not isinstance(unit, dict):
            problems.append(Problem(path, line, "mỗi đơn vị là các cặp «khóa: giá trị»", "xem các đơn vị khác làm mẫu"))
            continue
        name = unit.get("name")
        if unit.get("province") not in names:
            problems.append(Problem(path, line, f"«{name}»: tỉnh «{unit.get('province')}» không có trong provinces.yml",
                                    did_you_mean(str(unit.get("province")), sorted(n for n in names if n), "tỉnh")))
        previous_until = None
        for row in unit.get("history") or []:
            if row.get("type") not in types:
                problems.append(Problem(path, line, f"«{name}»: loại «{row.get('type')}» không hợp lệ", f"một trong: {', '.join(sorted(types))}"))
            since, until = row.get("since"), row.get("until")
            if since is not None and until is not None and since > until:
                problems.append(Problem(path, line, f"«{name}»: since sau until", "đổi lại hai ngày"))
            if previous_until is not None and since is not None:
                if since <= previous_until:
                    problems.append(Problem(path, line, f"«{name}»: các giai đoạn chồng lên nhau",
                                            "giai đoạn sau bắt đầu sau ngày kết thúc giai đoạn trước"))
                elif (since - previous_until).days > 1:
                    problems.append(Problem(path, line, f"«{name}»: khoảng trống từ {previous_until} đến {since}",
                                            f"giai đoạn sau bắt đầu ngay ngày sau {previous_until}"))
            previous_until = until
    return problems


def _check_map(source: Source, provinces: Source) -> list[Problem]:
    """Every 2025 province once on the map, with its capital's coordinates and a region."""
    path = str(source.path)
    names = {p.get("name") for p in provinces.loaded["provinces_2025"] if isinstance(p, dict)}
    problems, seen = [], set()
    for unit, line in zip(source.loaded["units"], source.entry_lines("units")):
        name = unit.get("name") if isinstance(unit, dict) else None
        if name not in names:
            problems.append(Problem(path, line, f"«{name}» không phải một trong 34 tỉnh, thành phố từ 1/7/2025",
                                    did_you_mean(str(name), sorted(n for n in names if n), "provinces_2025 trong provinces.yml")))
            continue
        if name in seen:
            problems.append(Problem(path, line, f"«{name}» có hai lần", "xóa một dòng"))
        seen.add(name)
        lat, lon = unit.get("lat"), unit.get("lon")
        if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and 8 <= lat <= 24 and 102 <= lon <= 110):
            problems.append(Problem(path, line, f"«{name}»: tọa độ lat/lon không hợp lệ", "độ thập phân, ví dụ lat: 21.03, lon: 105.85"))
        if not unit.get("region"):
            problems.append(Problem(path, line, f"«{name}»: thiếu «region»", "ví dụ region: Miền Bắc"))
    for name in sorted(n for n in names - seen if n):
        problems.append(Problem(path, 1, f"thiếu «{name}» trên bản đồ", "thêm một dòng cho tỉnh, thành phố này"))
    return problems


def _check_headline_weights(source: Source) -> list[Problem]:
    """Every weight is a number of a feature headline.py computes."""
    from .headline import FEATURES

    return _weight_problems(source, FEATURES, "của tiêu đề", "kholuutru/headline.py", "first: 1.0")


def _check_heading_weights(source: Source) -> list[Problem]:
    """Every weight is a number of a feature segment.heading_evidence computes."""
    from .segment import HEADING_FEATURES

    return _weight_problems(source, HEADING_FEATURES, "của tiêu đề mục", "kholuutru/segment/body.py", "numbered: 2.7")


def _weight_problems(source: Source, features, of_what: str, where: str, example: str) -> list[Problem]:
    path, problems = str(source.path), []
    for name, weight in source.loaded["weights"].items():
        line = source.line_of(f"{name}:")
        if name not in features:
            problems.append(Problem(path, line, f"«{name}» không phải một dấu hiệu {of_what}",
                                    did_you_mean(str(name), sorted(features), f"dấu hiệu trong {where}")))
        elif isinstance(weight, bool) or not isinstance(weight, (int, float)):
            problems.append(Problem(path, line, f"trọng số của «{name}» không phải là số", f"ví dụ: {example}"))
    return problems


CHECKS: list[tuple[Callable[..., list[Problem]], tuple[str, ...]]] = [
    (_check_boilerplate, ("boilerplate.yml",)),
    (_check_topics, ("topics.yml",)),
    (_check_provinces, ("provinces.yml",)),
    (_check_congresses, ("congresses.yml", "provinces.yml")),
    (_check_history, ("unit_history.yml", "provinces.yml")),
    (_check_publishers, ("publishers.yml", "provinces.yml")),
    (_check_anniversaries, ("anniversaries.yml",)),
    (_check_abbreviations, ("abbreviations.yml",)),
    (_check_map, ("map.yml", "provinces.yml")),
    (_check_headline_weights, ("headline_weights.yml",)),
    (_check_heading_weights, ("heading_weights.yml",)),
]
