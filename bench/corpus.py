#!/usr/bin/env python3
"""Synthetic raw articles for benchmarks: N scraper-style .txt files.

    python bench/corpus.py N OUT_DIR [--seed S] [--seeds DIR] [--jobs J] [--manifest FILE]

Every article is recombined from the real seed articles (read from seeds/ at
run time; no seed text is copied into this repository): their prose
paragraphs and subheadings become templates in which the seed's own places,
committee names ("Thành ủy", "Thị ủy"), unit words ("thị xã", "TP") and years
are placeholders. Each article then gets

- a province (one of the 63 pre-2025 units of kholuutru/data/provinces.yml)
  and one of its districts (kholuutru/data/districts.tsv), named in the title,
  in the lead and in "Đảng bộ huyện X" / "Thành ủy X" phrases (articles dated
  from 1 Jul 2025 are about the merged province, with no district);
- a date between 2010 and 2026 printed in one of the date-line shapes of
  domain.md §4, or a year-less news dateline ("TTXVN - Ngày 7/3, …") with
  "năm YYYY" evidence in the same paragraph; seed years are shifted by a
  multiple of five so Party terms stay terms;
- captions with "Ảnh: …" credits (same line, next line, or none after an
  image gap), subheadings, a byline in capitals or mixed case (or a source
  line), related-links / poll / footer boilerplate after the article;
- about 6–10 KB of text; some files use CRLF, a UTF-8 BOM or NFD.

Article i depends only on (seed, i): the same n and seed give byte-identical
files, and a larger n adds files without changing the first ones. Files are
named NNNNNN_<16 hex>.txt. Existing files in OUT_DIR are overwritten, never
deleted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import multiprocessing
import os
import random
import re
import string
import sys
import time
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT))

from kholuutru.gazetteer import gazetteer  # noqa: E402  (the converter's own reader of the place files)

FIRST_DAY = dt.date(2010, 1, 1)
LAST_DAY = dt.date(2026, 10, 31)
HUE_CITY_FROM = dt.date(2025, 1, 1)
REFORM_DAY = dt.date(2025, 7, 1)  # 63 → 34 provinces, district level abolished

# --- vocabulary of our own (short phrases, no seed text) -----------------------

COMMITTEE = {"huyện": "Huyện ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy", "quận": "Quận ủy", "tỉnh": "Tỉnh ủy"}
ABBREVIATION = {"thành phố": "TP", "thị xã": "thị xã", "huyện": "huyện", "quận": "quận", "tỉnh": "tỉnh"}

TITLES = (
    "{P}: Đảng bộ {UT} {D} nâng cao chất lượng công tác xây dựng Đảng",
    "{CU} {D} đẩy mạnh xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh",
    "Chuyển biến tích cực trong công tác xây dựng Đảng ở {D} ({P})",
    "{D} ({P}) đổi mới phương thức lãnh đạo của cấp ủy",
    "Đảng bộ {UT} {D} tổng kết công tác xây dựng Đảng năm {Y}",
    "{P} sơ kết công tác xây dựng Đảng tại {UT} {D}",
    "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ {UT} {D}, {PT} {P}",
    "{CU} {D} quán triệt, triển khai nghị quyết của {PCU} {P}",
    "{PCU} {P} làm việc với Ban Thường vụ {CU} {D}",
    "{P}: {CU} {D} siết chặt kỷ luật, kỷ cương trong Đảng",
    "{D}, {P} chú trọng phát triển đảng viên mới năm {Y}",
    "{P}: {SEEDTITLE}",
    "{SEEDTITLE}",
    "{D} ({P}) – {HEADING}",
)
LEADS = (
    "Thời gian qua, Đảng bộ {UT} {D}, {PT} {P} luôn xác định công tác xây dựng Đảng là nhiệm vụ then chốt, tập trung nâng cao năng lực lãnh đạo và sức chiến đấu của các tổ chức cơ sở đảng.",
    "Năm {Y}, {CU} {D} ({P}) tiếp tục lãnh đạo thực hiện đồng bộ các giải pháp xây dựng Đảng, gắn với thực hiện nhiệm vụ chính trị ở địa phương.",
    "({TAG}) - Với nhiều cách làm sáng tạo, Đảng bộ {UT} {D} đã góp phần cùng Đảng bộ {PT} {P} hoàn thành các chỉ tiêu về xây dựng Đảng.",
    "{P} - Công tác xây dựng Đảng ở {UT} {D} có nhiều chuyển biến rõ nét, chất lượng sinh hoạt chi bộ từng bước được nâng lên.",
)
YEARLESS_LEADS = (
    "{SRC} - Ngày {DM}, {CU} {D} ({PT} {P}) tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm {Y}, triển khai nhiệm vụ những tháng tiếp theo.",
    "{SRC} - Sáng {DM}, Đảng bộ {UT} {D}, {PT} {P} tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ xây dựng Đảng năm {Y}.",
    "Chiều {DMDASH}, {CU} {D} ({P}) tổ chức hội nghị chuyên đề về công tác xây dựng Đảng năm {Y}.",
)
TERM_END_LEADS = (
    "{SRC} - Ngày {DM}, {CU} {D} ({PT} {P}) tổ chức hội nghị Tổng kết công tác xây dựng Đảng, nhiệm kỳ {T0} - {T1}.",
)
HEADINGS = (
    "Nâng cao chất lượng sinh hoạt chi bộ",
    "Siết chặt kỷ luật, kỷ cương",
    "Chú trọng công tác kiểm tra, giám sát",
    "Phát triển đảng viên mới",
    "Đổi mới phương thức lãnh đạo",
    "Quan tâm công tác cán bộ",
    "Những kết quả nổi bật",
    "Khắc phục hạn chế, tồn tại",
    "Nhiệm vụ trọng tâm thời gian tới",
    "Xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực",
)
CAPTIONS = (
    "Đồng chí Bí thư {CU} {D} phát biểu tại hội nghị",
    "Quang cảnh hội nghị tổng kết công tác xây dựng Đảng của {CU} {D}",
    "Lãnh đạo {PCU} {P} trao quyết định cho các đồng chí được phân công công tác",
    "Các đại biểu biểu quyết thông qua nghị quyết hội nghị",
    "Cán bộ Ban Tổ chức {CU} {D} rà soát, thẩm định hồ sơ đảng viên",
    "Đảng viên chi bộ thôn sinh hoạt chuyên đề",
    "Lễ kết nạp đảng viên mới tại Đảng bộ {UT} {D}",
    "Hội nghị sơ kết công tác xây dựng Đảng của {CU} {D} năm {Y}",
)
PROVINCE_TITLES = (  # a province-level article: no district to name
    "Đảng bộ {PT} {P} nâng cao chất lượng công tác xây dựng Đảng",
    "{PCU} {P} đẩy mạnh xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh",
    "Chuyển biến tích cực trong công tác xây dựng Đảng ở {P}",
    "{PCU} {P} tổng kết công tác xây dựng Đảng năm {Y}",
    "{P}: {SEEDTITLE}",
    "{P} – {HEADING}",
)
CATEGORIES = ("Xây dựng Đảng", "Chỉ đạo, Điều hành", "Tin hoạt động", "Công tác tổ chức", "Tin cơ sở", "Kiểm tra - Giám sát")
TAGS = ("TTXVN", "ĐCSVN", "TG", "QĐND", "NDĐT")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Thu", "Kim", "Khánh", "Xuân")
GIVEN = ("Hà", "Anh", "Tùng", "Hùng", "Linh", "Thủy", "Hương", "Nam", "Khánh", "Dũng", "Hải", "Phương", "Trang", "Quang", "Tuấn", "Yến", "Mai", "Hội")
RELATED_MARKERS = ("Tin liên quan", "Các tin khác", "Xem thêm", "TIN LIÊN QUAN", "CÁC TIN KHÁC", "Tin cùng chuyên mục", "Bài viết liên quan")
WIDGETS = (
    ("THĂM DÒ Ý KIẾN", "0 người đã tham gia bình chọn"),
    ("Phản hồi",),
    ("Mới nhất",),
    ("Xem nhiều nhất",),
    ("VĂN BẢN MỚI",),
    ("Chia sẻ", "In bài"),
    ("Lượt xem: 1.254",),
)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
WEEKDAY_DIGITS = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "CN")

# --- seeds to templates ----------------------------------------------------------

_DATE_IN_LINE = re.compile(r"(?<!\d)\d{1,2}[/-]\d{1,2}[/-]((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<![\d/.])((?:19[5-9]|20[0-4])\d)(?![\d/])")
_DATE_OR_TIME = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d\d")
_FUTURE = re.compile(r"(?:đến|tới|tầm nhìn|giai đoạn|định hướng)\s*(?:năm\s*)?$|\d\s*[-–]\s*$", re.IGNORECASE)
_UY = r"(?:ủy|uỷ)"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _seed_year(text: str) -> int:
    """The year a seed was written: its date line, else the latest year it reports on."""
    head = "\n".join(text.split("\n")[:10])
    match = _DATE_IN_LINE.search(head)
    if match:
        return int(match.group(1))
    past = [int(m.group(1)) for m in _YEAR.finditer(text) if not _FUTURE.search(text[max(0, m.start() - 20) : m.start()])]
    return max(past) if past else 2020


class _Templater:
    """Turn seed text into str.format templates with place, unit and year fields."""

    def __init__(self, provinces: list[str], districts: set[str]) -> None:
        self.province_names = set(provinces)
        # "Quận 1" … "Quận 12" are district names too, but bare digits are not places.
        names = sorted({n for n in self.province_names | districts if n[:1].isalpha()}, key=len, reverse=True)
        alternation = "|".join(re.escape(n) for n in names)
        self.pattern = re.compile(
            rf"(?P<keep>(?<!\w)(?:[Pp]hường|[Xx]ã|[Tt]hị trấn) (?:{alternation}))(?!\w)"
            rf"|(?P<pcu>Tỉnh {_UY}) (?P<pname1>{alternation})(?!\w)"
            rf"|(?<!\w)(?P<pt>[Tt]ỉnh) (?P<pname2>{alternation})(?!\w)"
            rf"|(?P<cu>(?:Thành|Thị|Huyện|Quận) {_UY}) (?P<dname1>{alternation})(?!\w)"
            rf"|(?<!\w)(?P<ut>TP\.?|[Tt]hành phố|[Tt]hị xã|[Hh]uyện|[Qq]uận) (?P<dname2>{alternation})(?!\w)"
            rf"|(?<!\w)(?P<bare>{alternation})(?!\w)"
            rf"|(?P<cu_generic>(?<!\w)(?:Thành|Thị) {_UY})(?!\w)"
            rf"|(?<!\w)(?P<ut_generic>[Tt]hành phố|[Tt]hị xã)(?!\w)"
            rf"|{_YEAR.pattern}",
        )

    def __call__(self, text: str, seed_year: int) -> str:
        def field(match: re.Match) -> str:
            g = match.groupdict()
            if g["keep"]:  # a commune that shares a district's name: not our place
                return g["keep"]
            if g["pcu"]:
                return "{PCU} {P}"
            if g["pt"]:
                return ("{PTC}" if g["pt"][0] == "T" else "{PT}") + " {P}"
            if g["cu"]:
                return "{CU} {D}"
            if g["ut"]:
                unit = g["ut"]
                key = "UTA" if unit.startswith("TP") else ("UTC" if unit[0].isupper() else "UT")
                return "{" + key + "} {D}"
            if g["bare"]:
                return "{P}" if g["bare"] in self.province_names else "{D}"
            if g["cu_generic"]:
                return "{CU}"
            if g["ut_generic"]:
                return "{UTC}" if g["ut_generic"][0].isupper() else "{UT}"
            return "{Y%d_%d}" % (int(match.group(0)), seed_year)

        return self.pattern.sub(field, text.replace("{", "{{").replace("}", "}}"))


_PAGE_TITLE = re.compile(r"^[^-|]{2,40}\s[-|]\s")
_SENTENCE_END = ".!?…:;\"”"


def _repeated_or_caption(line: str, nxt: str, prose: list[str]) -> bool:
    """A long seed line that is a caption, a dateline teaser or a cut-short copy of another."""
    return (
        line.startswith("Trong ảnh")
        or nxt.startswith("Ảnh")
        or bool(re.match(r"^\S+ - (?:Ngày|Sáng|Chiều|Tối) \d", line))
        or any(other != line and other.startswith(line.rstrip(" .…")) for other in prose)
    )


def _looks_like_subheading(line: str, nxt: str) -> bool:
    """A short unpunctuated seed line above a paragraph, with no date, dash or caption opening."""
    return (
        3 <= len(line.split()) <= 15
        and line[-1] not in _SENTENCE_END + ","
        and len(nxt) >= 150
        and not line.startswith(("Đồng chí", "Trong ảnh", "Ảnh"))
        and " - " not in line
        and not _DATE_OR_TIME.search(line)
    )


class Material:
    """Everything read once from seeds/ and kholuutru/data/."""

    def __init__(self, seeds_dir: Path = SEEDS) -> None:
        self._read_places()
        self._read_seeds(seeds_dir)
        self._derive_year_fields()
        self._measure_paragraphs()

    def _read_places(self) -> None:
        """The provinces and their districts, as the converter's gazetteer reads them from
        provinces.yml and districts.tsv (one reader for each data file)."""
        places = gazetteer()
        # The 63 units of 1 Aug 2008 – 30 Jun 2025: not Hà Tây (ended 2008), not Huế (began 2025;
        # articles from 2025 on about Thừa Thiên Huế say "Huế", see article()).
        kept = [p for p in places.provinces if p.since is None and not (p.until is not None and str(p.until) < "2010-01-01")]
        self.provinces = [(_nfc(p.name), p.type, p.needs_type) for p in kept]
        needs_type = {_nfc(p.name) for p in places.provinces if p.needs_type}
        self.successor = {_nfc(p.name): _nfc(p.successor) for p in places.provinces}
        self.units_2025 = {_nfc(p.name): (p.type, _nfc(p.name) in needs_type) for p in places.provinces_2025}
        if len(self.provinces) != 63:
            raise SystemExit(f"expected 63 pre-2025 provinces in provinces.yml, found {len(self.provinces)}")
        self.districts: dict[str, list[tuple[str, str]]] = {name: [] for name, _, _ in self.provinces}
        for district in places.districts:
            if district.code and district.code not in places.codes_of_2019:  # the snapshot's districts.tsv, in order
                self.districts[_nfc(district.province)].append((district.type, _nfc(district.name)))

    def _read_seeds(self, seeds_dir: Path) -> None:
        """Titles, leads, paragraphs and subheadings of the real seeds, as templates."""
        files = sorted(seeds_dir.glob("*.txt"))
        if not files:
            raise SystemExit(f"{seeds_dir}: no seed articles (*.txt)")
        district_names = {name for rows in self.districts.values() for _, name in rows}
        templater = _Templater(
            [name for name, _, needs_type in self.provinces if not needs_type], district_names
        )
        self.paragraphs: list[str] = []
        self.leads: list[str] = []
        self.headings: list[str] = list(HEADINGS)
        self.titles: list[str] = []
        self.year_keys: set[tuple[int, int]] = set()
        for path in files:
            text = _nfc(path.read_bytes().decode("utf-8-sig", "replace").replace("\r\n", "\n").replace("\r", "\n"))
            self._read_seed(text, templater)
        self.paragraphs.extend(self.leads)  # a seed's lead is also a good body paragraph

    def _read_seed(self, text: str, templater: _Templater) -> None:
        year = _seed_year(text)
        content = [line for line in (line.strip() for line in text.split("\n")) if line]
        prose = [line for line in content if len(line) >= 150]
        title = next(
            (
                line
                for line in content[:6]
                if len(line.split()) >= 5 and not _PAGE_TITLE.match(line) and not _DATE_IN_LINE.search(line)
            ),
            None,
        )
        if title:
            self.titles.append(templater(title, year))
        first_prose = True
        for position, line in enumerate(content):
            nxt = content[position + 1] if position + 1 < len(content) else ""
            if len(line) >= 150:
                if not _repeated_or_caption(line, nxt, prose):
                    (self.leads if first_prose else self.paragraphs).append(templater(line, year))
                    first_prose = False
            elif position > 0 and line != title and _looks_like_subheading(line, nxt):
                self.headings.append(templater(line, year))
        for match in re.finditer(r"\{Y(\d+)_(\d+)\}", "".join(self.paragraphs + self.leads + self.headings + self.titles)):
            self.year_keys.add((int(match.group(1)), int(match.group(2))))

    def _derive_year_fields(self) -> None:
        # Seed years shift by a multiple of five towards the article's year (terms stay terms).
        self.year_fields = {
            year: {
                f"Y{old}_{seed_year}": str(old + 5 * round((year - seed_year) / 5))
                for old, seed_year in self.year_keys
            }
            for year in range(FIRST_DAY.year, LAST_DAY.year + 1)
        }
        self.year_field_bytes = {
            year: {key: len(value) for key, value in fields.items()} for year, fields in self.year_fields.items()
        }

    def _measure_paragraphs(self) -> None:
        count = len(self.paragraphs)
        self.strides = [k for k in range(1, max(count, 2)) if math.gcd(k, count) == 1] or [1]
        # Rendered size of a paragraph = its literal bytes + the bytes of its fields.
        formatter = string.Formatter()
        self.shapes = []
        for template in self.paragraphs:
            literal, fields = 0, []
            for text, name, _, _ in formatter.parse(template):
                literal += len(text.encode("utf-8"))
                if name is not None:
                    fields.append(name)
            self.shapes.append((literal, tuple(fields)))
        self.smallest = min(literal for literal, _ in self.shapes)
        self.article_fields = sorted({name for _, fields in self.shapes for name in fields if not name.startswith("Y")})


@lru_cache(maxsize=4)
def material(seeds_dir: Path = SEEDS) -> Material:
    return Material(seeds_dir)


# --- one article --------------------------------------------------------------------


class _Dice:
    """random.Random(key) with cheap draws built on random() alone (stable across Python versions)."""

    __slots__ = ("random", "getrandbits")

    def __init__(self, key: str) -> None:
        generator = random.Random(key)
        self.random = generator.random
        self.getrandbits = generator.getrandbits

    def pick(self, seq):
        return seq[int(self.random() * len(seq))]

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def between(self, low: int, high: int) -> int:
        """low ≤ x < high"""
        return low + int(self.random() * (high - low))


def _person(rng: _Dice) -> str:
    return f"{rng.pick(SURNAMES)} {rng.pick(MIDDLE)} {rng.pick(GIVEN)}"


def _short_name(rng: _Dice) -> str:
    return f"{rng.pick(MIDDLE)} {rng.pick(GIVEN)}"


def _byline(rng: _Dice, values: dict) -> str | None:
    roll = rng.random()
    if roll < 0.25:
        return _person(rng).upper()
    if roll < 0.40:
        return f"{_short_name(rng).upper()} - {_short_name(rng).upper()}"
    if roll < 0.62:
        return _short_name(rng)
    if roll < 0.70:
        return f"{_short_name(rng)[0]}.{rng.pick(GIVEN)[0]}"
    if roll < 0.78:
        return rng.pick(("Theo TTXVN", "Theo baohaiduong.vn", "Nguồn: dangcongsan.vn", "Theo Báo {P}".format(**values)))
    if roll < 0.86:
        return f"Tin, ảnh: {_short_name(rng).upper()}"
    if roll < 0.90:
        return f"{_short_name(rng)} - {_short_name(rng)} (Ban Thời sự)"
    return None


def _credit(rng: _Dice) -> str:
    roll = rng.random()
    if roll < 0.35:
        return _short_name(rng).upper()
    if roll < 0.60:
        return f"{_short_name(rng)}/TTXVN"
    if roll < 0.75:
        return f"{_short_name(rng).upper()} (TTXVN)"
    return _short_name(rng)


def _caption_lines(rng: _Dice, values: dict) -> list[str]:
    caption = rng.pick(CAPTIONS).format_map(values)
    credit = _credit(rng)
    roll = rng.random()
    if roll < 0.25:
        return ["", f"{caption}. Ảnh: {credit}."]
    if roll < 0.40:
        return ["", f"{caption} (Ảnh: {credit})"]
    if roll < 0.50:
        return ["", f"{caption}. Ảnh {credit}"]
    if roll < 0.70:
        return ["", caption, f"Ảnh: {credit}"]
    if roll < 0.78:
        return ["", caption, "Ảnh minh họa: TTXVN"]
    if roll < 0.90:
        return ["", "", caption]  # image gap, no credit
    return ["", caption, " "]  # the image left a whitespace-only line


def _date_line(rng: _Dice, when: dt.datetime) -> list[str]:
    d, m, y = when.day, when.month, when.year
    hh, mm, ss = when.hour, when.minute, when.second
    weekday = WEEKDAYS[when.weekday()]
    shape = rng.below(15)
    if shape == 0:
        return [f"{weekday.upper()}, {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}:{ss:02d}"]
    if shape == 1:
        return [f"{weekday}, {d:02d}/{m:02d}/{y}, {hh:02d}:{mm:02d} [GMT+7]"]
    if shape == 2:
        return [f"{weekday}, ngày {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} GMT+7"]
    if shape == 3:
        return [f"{weekday.capitalize()}, {d:02d}/{m:02d}/{y}, {hh:02d}:{mm:02d} GMT+7"]
    if shape == 4:
        return [f"{WEEKDAY_DIGITS[when.weekday()]}, {d:02d}/{m:02d}/{y} | {hh:02d}:{mm:02d}:{ss:02d}", f"{rng.between(40, 3000)} lượt xem"]
    if shape == 5:
        return [f"{hh:02d}:{mm:02d} | {d:02d}/{m:02d}/{y}", "|"]
    if shape == 6:
        return [f"Cập nhật lúc: {hh:02d}:{mm:02d} |{d:02d}/{m:02d}/{y}"]
    if shape == 7:
        return [f"{hh:02d}:{mm:02d}, {d:02d}/{m:02d}/{y}"]
    if shape == 8:
        return [f"{d:02d}/{m:02d}/{y}, {hh:02d}:{mm:02d}"]
    if shape == 9:
        return [f"{hh:02d}:{mm:02d} {d:02d}/{m:02d}/{y}"]
    if shape == 10:
        return [f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}"]
    if shape == 11:
        return [f"Ngày {d:02d}/{m:02d}/{y} 00:00:00"]
    if shape == 12:
        return [f"{d:02d}/{m:02d}/{y % 100:02d}, {hh:02d}:{mm:02d} Việt Nam"]
    if shape == 13:
        return [f"{hh:02d}:{mm:02d}, {weekday}, {d}-{m}-{y}"]
    return [f"{weekday}, {d}.{m}.{y} - {hh:02d}:{mm:02d} (GMT+07:00)"]


LIMIT = 10_000  # bytes; a few CRLF files end slightly above


def _bytes(lines: list[str]) -> int:
    return len("\n".join(lines).encode("utf-8")) + 1


def _term(day: dt.date) -> tuple[int, int]:
    cycle = day.year - day.year % 5
    start = cycle if day >= dt.date(cycle, 11, 1) else cycle - 5
    return start, start + 5


def _wrap(text: str, rng: _Dice) -> str:
    """Hard-wrap a paragraph the way some scrapers save it (breaks before lower-case words)."""
    width = rng.between(70, 110)
    chars = list(text)
    position = width
    while True:
        space = text.find(" ", position)
        if space < 0 or space + 1 >= len(text):
            break
        if text[space + 1].islower() and text[space - 1] not in _SENTENCE_END:
            chars[space] = "\n"
            position = space + width
        else:
            position = space + 1
    return "".join(chars)


def article(index: int, seed: int = 0, mat: Material | None = None) -> tuple[str, bytes]:
    """(file name, bytes) of article `index`; depends only on (seed, index)."""
    name, raw, _ = compose(index, seed, mat)
    return name, raw


class _Setting(NamedTuple):
    """Where and when article i happens, and the template fields that say so."""

    province: str
    district: str
    unit: str
    display: str
    province_level: bool
    day: dt.date
    when: dt.datetime
    values: dict


def _place_and_day(rng: _Dice, mat: Material) -> tuple[str, str, bool, list, dt.date, dt.datetime]:
    province, province_type, needs_type = mat.provinces[rng.below(len(mat.provinces))]
    day = FIRST_DAY + dt.timedelta(days=rng.below((LAST_DAY - FIRST_DAY).days + 1))
    when = dt.datetime(day.year, day.month, day.day, rng.between(6, 23), rng.below(60), rng.below(60))
    districts = mat.districts[province]
    if day >= REFORM_DAY:
        # After 1 Jul 2025 there are 34 provinces and no districts: a province-level article
        # about the merged unit (Tiền Giang → Đồng Tháp).
        province = mat.successor[province]
        province_type, needs_type = mat.units_2025[province]
        districts = []
    elif province == "Thừa Thiên Huế" and day >= HUE_CITY_FROM:
        province, province_type = "Huế", "thành phố"
    return province, province_type, needs_type, districts, day, when


def _setting(rng: _Dice, mat: Material) -> _Setting:
    province, province_type, needs_type, districts, day, when = _place_and_day(rng, mat)
    display = f"TP {province}" if needs_type else province
    province_level = not districts or rng.random() >= 0.85
    if province_level:
        unit, district = province_type, province
    else:
        unit, district = districts[rng.below(len(districts))]
    uy = "uỷ" if rng.random() < 0.15 else "ủy"
    term = _term(day)
    values = {
        "P": display,
        "PT": province_type,
        "PTC": province_type.capitalize(),
        "PCU": COMMITTEE[province_type].replace("ủy", uy),
        "D": district,
        "CU": COMMITTEE[unit].replace("ủy", uy),
        "UT": unit,
        "UTC": unit.capitalize(),
        "UTA": ABBREVIATION[unit],
        "Y": str(day.year),
        "T0": str(term[0]),
        "T1": str(term[1]),
        "DM": f"{day.day}/{day.month}",
        "DMDASH": f"{day.day}-{day.month}",
        "TAG": rng.pick(TAGS),
        "SRC": rng.pick(("TTXVN", "VOV.VN", "(ĐCSVN)", "(TG)", display)),
    }
    values.update(mat.year_fields[day.year])
    values["HEADING"] = rng.pick(mat.headings).format_map(values)
    values["SEEDTITLE"] = rng.pick(mat.titles).format_map(values) if mat.titles else values["HEADING"]
    return _Setting(province, district, unit, display, province_level, day, when, values)


def _head(rng: _Dice, mat: Material, s: _Setting) -> tuple[list[str], str]:
    """Page chrome, title, date line (or none) and lead; and how the date is printed."""
    values = s.values
    lines: list[str] = []
    roll = rng.random()
    if roll < 0.10:
        lines += [f"Chi tiết tin - {values['CU']} {s.district}", ""]
    elif roll < 0.14:
        lines += [f"Tin tức | {values['PCU']} {s.display}", ""]
    if rng.random() < 0.3:
        lines += [rng.pick(CATEGORIES), ""]
    lines += [rng.pick(PROVINCE_TITLES if s.province_level else TITLES).format_map(values), ""]

    mode = rng.random()
    printed = "yearless dateline" if mode < 0.10 else ("bottom" if mode < 0.14 else "date line")
    if printed == "date line":
        lines += _date_line(rng, s.when) + [""]
    if rng.random() < 0.08:
        lines += [s.display, ""]
    if rng.random() < 0.03:
        lines += [f"ThS {_person(rng).upper()} / Học viện Chính trị khu vực {rng.pick(('I', 'II', 'III', 'IV'))}", ""]

    if printed == "yearless dateline":
        day = s.day
        pool = TERM_END_LEADS if day.year % 5 == 0 and day.month < 11 and rng.random() < 0.5 else YEARLESS_LEADS
        lead = rng.pick(pool).format_map(values)
    else:
        lead = rng.pick(LEADS).format_map(values)
    if rng.random() < 0.5:
        lead = f"{lead} {rng.pick(mat.leads).format_map(values)}"
    if rng.random() < 0.05 and len(lead) > 200:
        lines += [lead[: rng.between(120, 180)].rstrip() + ",", ""]  # cut-short copy, then the full lead
    lines += [lead, ""]
    return lines, printed


def _body(rng: _Dice, mat: Material, s: _Setting, size: int, target: int) -> tuple[list[str], int]:
    """Paragraphs (with subheadings, captions, a "Xem thêm" line) until the file nears `target` bytes.

    Sizes are exact UTF-8 bytes: the file must land in 6–10 KB.
    """
    values = s.values
    lines: list[str] = []
    captions_left = rng.between(0, 4)
    # a cheap permutation of the paragraph pool: a random start and a stride coprime to its size
    count = len(mat.paragraphs)
    start, stride = rng.below(count), rng.pick(mat.strides)
    order = [(start + k * stride) % count for k in range(count)]
    used_district_phrase = False
    paragraphs_written = 0
    field_bytes = dict(mat.year_field_bytes[s.day.year])
    for key in mat.article_fields:
        field_bytes[key] = len(values[key].encode("utf-8"))
    for choice in order:
        if size + mat.smallest > LIMIT - 300:
            break
        literal, fields = mat.shapes[choice]
        paragraph_bytes = literal + sum(field_bytes[name] for name in fields)
        if size + paragraph_bytes > LIMIT - 300:
            continue
        block, caption = _before_paragraph(rng, mat, values, captions_left, paragraphs_written)
        phrase = not used_district_phrase and rng.random() < 0.5
        prefix = f"Ban Thường vụ {values['CU']} {s.district} đã tập trung chỉ đạo các chi bộ, Đảng bộ trực thuộc. " if phrase else ""
        wrap = rng.random() < 0.04
        extra = [f"Xem thêm: {rng.pick(TITLES).format_map(values)}", ""] if rng.random() < 0.02 else []
        grown = size + _bytes(block + [prefix] + extra) + paragraph_bytes + 1
        if grown > LIMIT - 250:
            continue
        text = prefix + mat.paragraphs[choice].format_map(values)
        if wrap:  # same bytes: spaces become line breaks
            text = _wrap(text, rng)
        lines += block + [text, ""] + extra
        size = grown
        captions_left -= caption
        used_district_phrase = used_district_phrase or phrase
        paragraphs_written += 1
        if size + 300 >= target:
            break
    if not used_district_phrase:
        closing = f"Thời gian tới, Đảng bộ {s.unit} {s.district} tiếp tục nâng cao chất lượng công tác xây dựng Đảng, xây dựng hệ thống chính trị trong sạch, vững mạnh."
        lines += [closing, ""]
        size += _bytes([closing, ""])
    return lines, size


def _before_paragraph(rng: _Dice, mat: Material, values: dict, captions_left: int, written: int) -> tuple[list[str], bool]:
    """What may stand above a body paragraph after the first: a subheading, a photo's caption."""
    block: list[str] = []
    if written >= 1 and rng.random() < 0.28:
        block += [rng.pick(mat.headings).format_map(values), ""]
    caption = bool(captions_left) and written >= 1 and rng.random() < 0.35
    if caption:
        block += _caption_lines(rng, values)[1:] + [""]
    return block, caption


def _chrome(rng: _Dice, s: _Setting) -> list[str]:
    """Related links, widgets and a copyright footer after the article."""
    chrome: list[str] = []
    for _ in range(rng.between(1, 4)):
        if rng.random() < 0.55:
            chrome += ["", rng.pick(RELATED_MARKERS)]
            for _ in range(rng.between(0, 5)):
                chrome += ["", rng.pick(TITLES).format_map(s.values)]
        else:
            for widget in rng.pick(WIDGETS):
                chrome += ["", widget]
    if rng.random() < 0.25:
        chrome += [
            "",
            f"Bản quyền thuộc về {s.values['CU']} {s.district}",
            f"Giấy phép số {rng.between(10, 300)}/GP-TTĐT",
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
        ]
    return chrome


def _tail(rng: _Dice, s: _Setting, printed: str, size: int) -> tuple[list[str], str | None]:
    """Byline, a bottom date, then site chrome while the file stays under the limit."""
    tail: list[str] = []
    byline = _byline(rng, s.values)
    if byline:
        tail += ["", byline] if rng.random() < 0.3 else [byline]
    if printed == "bottom":
        tail += ["", f"{s.when:%d/%m/%Y %H:%M}"]
    size += _bytes(tail)
    if rng.random() < 0.8:
        for line in _chrome(rng, s):
            step = len(line.encode("utf-8")) + 1
            if size + step > LIMIT - 40:
                break
            tail.append(line)
            size += step
    return tail, byline


def _encode(rng: _Dice, lines: list[str]) -> tuple[bytes, bool]:
    """The file's bytes, some in NFD, with CRLF or a BOM, as scrapers leave them; and whether NFD."""
    text = "\n".join(lines).rstrip("\n") + ("\n" if rng.random() < 0.7 else "")
    nfd = rng.random() < 0.01
    if nfd:
        text = unicodedata.normalize("NFD", text)
    if rng.random() < 0.10:
        text = text.replace("\n", "\r\n")
    raw = text.encode("utf-8")
    if rng.random() < 0.05:
        raw = b"\xef\xbb\xbf" + raw
    return raw, nfd


def compose(index: int, seed: int = 0, mat: Material | None = None) -> tuple[str, bytes, dict]:
    """(file name, bytes, facts) of article `index`: facts is what the text was built from."""
    mat = mat or material()
    rng = _Dice(f"kholuutru-bench:{seed}:{index}")
    s = _setting(rng, mat)
    target = rng.between(6000, LIMIT + 1)  # bytes, whole file
    lines, printed = _head(rng, mat, s)
    body, size = _body(rng, mat, s, _bytes(lines), target)
    tail, byline = _tail(rng, s, printed, size)
    raw, nfd = _encode(rng, lines + body + tail)
    name = f"{index:06d}_{rng.getrandbits(64):016x}.txt"
    facts = {
        "file": name,
        "province": s.province,
        "locality": None if s.province_level else f"{s.unit} {s.district}",
        "date": s.day.isoformat(),
        "date_printed": printed,
        "byline": byline,
        "crlf": b"\r\n" in raw,
        "bom": raw.startswith(b"\xef\xbb\xbf"),
        "nfd": nfd,
        "bytes": len(raw),
    }
    return name, raw, facts


def _write_range(job: tuple[int, int, int, Path, Path, bool]) -> list[tuple[str, dict | None]]:
    start, stop, seed, out_dir, seeds_dir, keep_facts = job
    mat = material(seeds_dir)
    written = []
    for index in range(start, stop):
        name, raw, facts = compose(index, seed, mat)
        fd = os.open(out_dir / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            os.write(fd, raw)
        finally:
            os.close(fd)
        written.append((name, facts if keep_facts else None))
    return written


def generate(
    n: int,
    out_dir: Path,
    seed: int = 0,
    seeds_dir: Path = SEEDS,
    jobs: int = 0,
    manifest: Path | None = None,
) -> list[Path]:
    """Write n synthetic raw articles into out_dir; return their paths (in order).

    jobs: worker processes (0 = one per CPU); the files do not depend on it.
    manifest: also write one JSON line per article with the facts it was built
    from (province, locality, date, how the date is printed, byline, encoding);
    keep it outside out_dir if the converter will read that folder.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    seeds_dir = Path(seeds_dir)
    material(seeds_dir)  # load once; forked workers inherit it
    workers = max(1, min(jobs or os.cpu_count() or 1, n // 1000))
    step = -(-n // workers) if n else 0
    ranges = [(start, min(start + step, n), seed, out_dir, seeds_dir, manifest is not None) for start in range(0, n, step or 1)]
    if workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        written = [item for job in ranges for item in _write_range(job)]
    else:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            written = [item for chunk in pool.map(_write_range, ranges) for item in chunk]
    if manifest is not None:
        manifest = Path(manifest)
        manifest.parent.mkdir(parents=True, exist_ok=True)
        manifest.write_text("".join(json.dumps(facts, ensure_ascii=False) + "\n" for _, facts in written), encoding="utf-8")
    return [out_dir / name for name, _ in written]


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("n", type=int, help="number of articles")
    cli.add_argument("out_dir", type=Path, help="folder to write the .txt files into")
    cli.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    cli.add_argument("--seeds", type=Path, default=SEEDS, help="folder of real seed articles (default: seeds/)")
    cli.add_argument("--jobs", type=int, default=0, help="worker processes (default: one per CPU; output is the same)")
    cli.add_argument("--manifest", type=Path, help="also write the facts of each article as JSON lines to this file")
    args = cli.parse_args(argv)
    if args.n < 0:
        cli.error("n must be ≥ 0")
    start = time.perf_counter()
    paths = generate(args.n, args.out_dir, args.seed, args.seeds, args.jobs, args.manifest)
    seconds = time.perf_counter() - start
    total = sum(p.stat().st_size for p in paths)
    print(
        f"{len(paths)} articles, {total / 1e6:.1f} MB (mean {total / max(len(paths), 1) / 1e3:.1f} KB) "
        f"in {args.out_dir} — {seconds:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
