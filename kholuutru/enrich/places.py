"""The province, district and commune an article is about. Every mention is weighed by where it
stands (title, place line, lead, caption, the URL), by its unit type and the Party committees named,
and by what it is part of (a route, an address, a hometown, a company's name, a national event);
a name shared by several units is settled by context or not at all."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from .. import data
from ..article import Article, Evidence
from ..dates import find_dates, read_dateline
from ..gazetteer import (COMMUNE_TYPES, DISTRICT_TYPES, OLD_COMMUNE_TYPES, REFORM_DAY, Commune, District, Gazetteer, Mention,
                         Province, commune_words_pattern, gazetteer, unit_words_pattern)
from ..publisher import publisher_of
from ..text import CAPITAL, canonical_tones, exact_key, fold, sentences


# How much a place named in each part of the article says about its subject.
ZONE_WEIGHT = {"place_line": 6, "publisher": 6, "title": 5, "url": 4, "url_undated": 1, "tag": 3, "lead": 2, "heading": 2,
               "caption": 1, "paragraph": 1}
STRONG = 5


def _as_date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _written_after_the_reform(article: Article) -> date | None:
    """For an undated article, the latest day it names after 1 July 2025 ("Quy định số 19-QĐ/TU, ngày
    25/12/2025", "Kế hoạch số 02/KH-HĐND ngày 22 tháng 9 năm 2025"): the text was written after the
    reform, so its places are read as the units of then (Kon Đào a commune of Quảng Ngãi, the old
    province's committee a former one). Not the reform's own day, which plans written before it name."""
    written = "\n".join([article.title or "", *(block.text for block in article.blocks)])
    return max((day for day in _days_named(written) if day > REFORM_DAY), default=None)


def _days_named(written: str) -> list[date]:
    """Every whole day the text names with its year (find_dates gives valid days only)."""
    return [date(found.year, found.month, found.day) for found in find_dates(written) if found.year]


def _zones(article: Article) -> list[tuple[str, str]]:
    written = "\n".join([article.title or "", *(block.text for block in article.blocks)])
    zones = list(article.place_hints) + _url_zones(article.source_url, _as_date(article.date), written)
    if article.title:
        zones.append(("title", article.title))
    zones.extend((_as_caption(block.kind, block.text), block.text) for block in article.blocks)
    return zones


# "Cán bộ Văn phòng HĐND và UBND quận Bình Thủy tiếp công dân (Nguồn: baocantho.com.vn)", "… giữ lấy nước”. (Ảnh:
# Đinh Đăng Định/TTXVN)": a photo's credit closing the line, which is the photo's caption
_PHOTO_CREDIT_CLOSING = re.compile(r"\((?:[Nn]guồn|[Ảả]nh|ẢNH)\s*:[^()]{1,60}\)\s*\.?\s*$")


def _as_caption(kind: str, text: str) -> str:
    """A heading or lead that ends on a photo's credit is a caption read as the lead or a heading:
    it illustrates, and weighs as a caption (a district named only there is no subject)."""
    closes_on_a_bracket = text.rstrip().rstrip(".").endswith(")")  # most lines do not: no search then
    if kind in ("heading", "lead") and closes_on_a_bracket and _PHOTO_CREDIT_CLOSING.search(text, max(0, len(text) - 80)):
        return "caption"
    return kind


def _url_zones(url: str | None, when: date | None, written: str = "") -> list[tuple[str, str]]:
    """The province and district the page's host names, written out as the text would."""
    site = publisher_of(url)
    if site is None or site.province is None or not _of_its_own_organisation(site, written, when):
        return []
    zone, named, district = "url", site.province, site.district
    if site.former_province:  # a merged province's district under the new domain: which, depends on the date
        if when is None:  # the new domain's own province, as weak as a passing mention: the page may be older
            zone, district = "url_undated", None
        elif when >= REFORM_DAY:
            district = None
        else:
            named = site.former_province
    gaz = gazetteer()
    province = gaz.province_by_name.get(named)
    if when is None and _archive_of_a_province_merged_in(named, written):
        return [("url_undated", f"{'thành phố' if province and province.type == 'thành phố' else 'tỉnh'} {named}")]
    zones = [(zone, f"{'thành phố' if province and province.type == 'thành phố' else 'tỉnh'} {named}")]
    after_reform = (when >= REFORM_DAY if when is not None
                   else _written_as_new_commune(site.commune_2025, site.former_province or named, written))
    if site.commune_2025 and after_reform:
        if _COMMUNE_LEVEL_WORD.search(written) is None and _NATIONAL_WORDS.search(written) is not None:
            return zones  # the commune's portal reprinting the country's news (songcau.daklak.gov.vn): no commune
        return [*zones, ("publisher", site.commune_2025)]  # the district's site became the new commune's
    if district:
        kinds = {d.type_on(when) or d.type for d in gaz.districts if d.name == district and d.province == site.district_province}
        zones.append(("url", f"{kinds.pop() if len(kinds) == 1 else 'huyện'} {district}"))
    if site.commune:
        zones.append(("publisher", site.commune))  # the commune's own site, as its masthead would say
    return zones


# A university's own page names it ("Trường Đại học Tây Bắc tổ chức …" on fss.utb.edu.vn); one that never does
# reprints the country's news, a Party guideline or an essay ("Tổng Bí thư Nguyễn Phú Trọng - Nhà lãnh đạo …"
# on tse.daihoctantrao.edu.vn, "Hướng dẫn thực hiện Quy định số 213-QĐ/TW" on danguy.huaf.edu.vn): no news of its province
def _of_its_own_organisation(site, written: str, when: date | None = None) -> bool:
    """Whether the host's province may count for the page: any host's but a named organisation's
    (publishers.yml `hosts`, kind organisation), whose only when the text names the organisation,
    or calls it as its own page does ("Nhà trường", "Đảng bộ Trường": publishers.yml `own_shorthands`);
    not so an undated page of a province merged into another on 1/7/2025, which may be of either."""
    if site.kind != "organisation" or not site.name:
        return True
    spelled = fold(written)
    if any(name in spelled for name in _organisation_spellings(site.name)):
        return True
    province = gazetteer().province_by_name.get(site.province)
    merged_away = province is not None and province.successor != province.name
    return data.own_shorthand().search(written) is not None and (when is not None or not merged_away)


@lru_cache(maxsize=256)
def _organisation_spellings(name: str) -> tuple[str, ...]:
    """"Trường Đại học Y Dược - Đại học Thái Nguyên" → "dai hoc y duoc", "dh y duoc", "dai hoc thai nguyen",
    "dh thai nguyen": each part of the name, folded, without "Trường", and with "ĐH" for "Đại học"."""
    parts = [re.sub(r"^truong ", "", fold(part).strip()) for part in name.split(" - ")]
    parts = [part for part in parts if len(part.split()) >= 3]  # "đại học x", never a lone word
    return tuple(dict.fromkeys([*parts, *(re.sub(r"^dai hoc ", "dh ", part) for part in parts)]))


def _archive_of_a_province_merged_in(host_province: str, written: str) -> bool:
    """An undated page on the site of a province that took others in on 1 July 2025 that names one
    of those ("Giám đốc Công an tỉnh Quảng Nam", "ở Quảng Nam" on thangtruong.danang.gov.vn,
    mattran.danang.gov.vn), never the host's own, and no day after the merger: as likely the merged
    province's archive carried over, so the host's province and commune weigh as a passing mention.
    A day after the merger ("ngày 25/12/2025") makes the named province a former one, the host's right."""
    merged_in = [p.name for p in gazetteer().provinces if p.successor == host_province and p.name != host_province]
    if not merged_in:
        return False
    spelled = canonical_tones(written).lower()
    if exact_key(host_province) in spelled or not any(exact_key(name) in spelled for name in merged_in):
        return False
    return not any(day >= REFORM_DAY for day in _days_named(written))


def _written_as_new_commune(commune: str | None, province: str, written: str) -> bool:
    """An undated page on a former district's site that names the place as the commune of 2025
    only ("UBND xã Quốc Oai", "Đảng ủy xã Mường Ảng" on quocoai.hanoi.gov.vn, muongang.dienbien.gov.vn),
    never as the district, was written after 1 July 2025, when the site became the commune's:
    not when the province had a commune of that type and name before (the text may be older)."""
    if not commune:
        return False
    kind = next(kind for kind in COMMUNE_TYPES if commune.startswith(kind + " "))
    name = commune[len(kind) + 1 :]
    if any(c.era == "legacy" and c.type == kind and c.province == province for c in gazetteer().communes(exact_key(name))):
        return False
    spelled = canonical_tones(written).lower()
    key = exact_key(name)
    return (re.search(rf"{kind} {re.escape(key)}(?!\w)", spelled) is not None
            and re.search(rf"(?:{'|'.join(DISTRICT_TYPES)}) {re.escape(key)}(?!\w)", spelled) is None)


# Wording of a province's or a district's own affairs; (?=[…]) gives the first letters of
# the forms, so the engine skips other positions fast. The two never overlap: one pass counts both.
_PROVINCE_WORDING = r"toàn tỉnh|Tỉnh ủy|Tỉnh uỷ|UBND tỉnh|Đảng bộ tỉnh|của tỉnh|HĐND tỉnh"
@lru_cache(maxsize=1)
def _district_wording() -> str:
    """The district's words after "toàn", "Đảng bộ", "UBND": place_types of abbreviations.yml, as printed in
    lower case, a space between words (not "huyện đảo", no abbreviation)."""
    words = unit_words_pattern(DISTRICT_TYPES, abbreviations=False, without=("huyện đảo",), space=" ")
    return rf"toàn (?:{words})|(?:Thành|Thị|Huyện|Quận) [uủ][yỷ]|Đảng bộ (?:{words})|UBND (?:{words})"


@lru_cache(maxsize=1)
def _district_scope() -> re.Pattern[str]:
    return re.compile(rf"(?=[tTHQĐU])\b(?:{_district_wording()})\b")


@lru_cache(maxsize=1)
def _scope() -> re.Pattern[str]:
    return re.compile(rf"(?=[tTUĐcHQ])\b(?:(?P<province>{_PROVINCE_WORDING})|(?P<district>{_district_wording()}))\b")


@lru_cache(maxsize=1)
def _district_words_lower() -> str:
    """A district's type as printed in lower case: the words of place_types (not "huyện đảo")."""
    return unit_words_pattern(DISTRICT_TYPES, abbreviations=False, without=("huyện đảo",))


@lru_cache(maxsize=1)
def _committee_before() -> re.Pattern[str]:
    """A Party committee, then its unit's type, ending a text ("Huyện ủy huyện ", "Đảng ủy Phường "): the
    words of place_types in abbreviations.yml (not "huyện đảo", "đặc khu", no abbreviation), a district's as
    printed in lower case, a commune's in any case ("Đảng ủy Phường Thượng Thanh" too)."""
    return re.compile(
        r"(?:(?P<district>(?:Huyện|Quận|Thị|Thành)\s+[uủ][yỷ])|Đảng\s+[uủ][yỷ]|Đảng\s+bộ)\s+"
        rf"(?:(?:{_district_words_lower()}|(?i:{unit_words_pattern(OLD_COMMUNE_TYPES, abbreviations=False)}))\s+)?$"
    )


# "Thông tri số 06-TT/QU ngày 31/3/2022 của Ban thường vụ Quận uỷ Hải An": the issuer of a document the
# article cites, not the committee whose news it is
@lru_cache(maxsize=1)
def _issuer_before() -> re.Pattern[str]:
    return re.compile(
        r"\d+\s*[-/]\s*[A-ZĐ]{1,6}\s*/\s*[A-ZĐ][\w-]*[^;.]{0,40}\bcủa\s+(?:(?:Ban\s+)?(?:thường|Thường|chấp|Chấp)\s+(?:vụ|hành)\s+)?"
        rf"(?:Huyện|Quận|Thị|Thành)\s+[uủ][yỷ]\s+(?:(?:{_district_words_lower()})\s+)?$"
    )


# A bare name ending a college's or university's name ("Trường Đại học Vinh", "CĐCN Huế", in lower
# case too: "trường trung cấp Thể dục Thể thao Huế", "Trường cao đẳng Sơn La")
# names the school, which serves the whole province: no vote for the city it stands in.
_NAME_GOES_ON = r"(?:\s+(?!(?:tại|ở|của|và|với|thuộc|trên|cho|về|đến|từ)\b)[^\s,.;:()–-]+){0,4}\s+$"
_LOCAL_SCHOOL_TYPES = r"[Mm]ầm\s+non|MN|[Tt]iểu\s+học|THCS"  # a commune's schools: kindergarten, primary, lower secondary
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:[Đđ]ại\s+học|[Hh]ọc\s+viện|[Cc]ao\s+đẳng|[Tt]rung\s+cấp|ĐH[A-Z]*|CĐ[A-Z]*|"
    rf"(?:[Tt]rường\s+)?(?:{_LOCAL_SCHOOL_TYPES}))" + _NAME_GOES_ON
)
# A bare name ending a company's name ("Công ty CP Supe PP&HC Lâm Thao", "Công ty Cổ phần Quốc tế Sơn
# Hà") names the company, whose news is its own: no vote for the district it took its name from. So does
# one ending a landmark's ("Nhà tù Sơn La", "Nhà lao Tân Hiệp", "Hội chiến sĩ Thành cổ Quảng Trị", "Cố đô
# Hoa Lư", "Nhà khách Tây Hồ"): 22 development pages of 22 sites name one, most not as their place. So
# does a stadium, sports hall or park: "Sân vận động Thống Nhất", "Công viên Thống Nhất" stand in Hồ Chí
# Minh City and Hà Nội, not in huyện Thống Nhất; a venue is named after a word as often as a place.
_COMPANY_WORDS = r"[Cc]ông\s+ty|Cty|CTy|Tập\s+đoàn"
_VENUE_WORDS = r"[Ss]ân\s+vận\s+động|SVĐ|[Nn]hà\s+thi\s+đấu|[Cc]ông\s+viên"
_COMPANY_BEFORE = re.compile(
    rf"\b(?:{_COMPANY_WORDS}|{_VENUE_WORDS}|[Nn]hà\s+(?:[Tt]ù|[Ll]ao|[Kk]hách)|[Tt]hành\s+[Cc]ổ|[Cc]ố\s+[Đđ]ô)" + _NAME_GOES_ON)
# "tại văn phòng số 155 Trần Hưng Đạo, Quận 1", "số 1, Liễu Giai, Ba Đình, Hà Nội", "số 176, phố Thái Hà,
# quận Đống Đa", "(đường Bắc Sơn, quận Ba Đình)": a street address, where a body sits or a meeting
# is held, not the district the news is of (ten development pages, none about that district)
_STREET_ADDRESS_BEFORE = re.compile(
    rf"(?:(?<![\d/.,-])\d{{1,4}}[A-Z]?(?:/\d{{1,3}})?\s*,?\s+(?:[Pp]hố\s+|[Đđ]ường\s+)?|(?<![Tt]hành\s)(?<![Kk]hu\s)\b(?:[Pp]hố|[Đđ]ường)\s+)"
    rf"{CAPITAL}\w*(?:\s+{CAPITAL}\w*){{0,4}},\s*(?:(?:[Qq]uận|[Hh]uyện|[Tt]hị\s+xã|[Tt]hành\s+phố|TP\.?|Tp\.?)\s*)?$"
)
# "Đồng chí Thái Văn Đa, sinh năm 1963, quê ở xã Cẩm Sơn, huyện Cai Lậy, tỉnh Tiền Giang, …": a
# person's home village, not where the news happens; so is one in brackets after a name ("đồng chí
# Nguyễn Văn B (quê Hà Tĩnh)"), up to the bracket's end (not "(quê hương Chủ tịch Hồ Chí Minh, huyện Nam
# Đàn)": whose homeland the place visited is), and the home province of a society of people
# from it ("Hội đồng hương Quảng Trị"), which meets where its members live
_HOMETOWN_WORD = r"(?:[Qq]uê(?:\s+quán)?|[Nn]guyên\s+quán)\s*(?:ở|tại|:)?\s*"
_HOMETOWN_BEFORE = re.compile(
    rf"(?:(?:,|\bsinh\s+năm\s+\d{{4}})\s*{_HOMETOWN_WORD}[^.;:\n]{{0,80}}|\(\s*(?![Qq]uê\s+hương){_HOMETOWN_WORD}[^().;:\n]{{0,80}}"
    r"|[Đđ]ồng\s+hương\s+(?:(?:tỉnh|thành\s+phố|huyện|xã)\s+)?)$"
)

# "Ngày 22/12/1944, trong khu rừng thuộc huyện Nguyên Bình (Cao Bằng), …", "Ngày 27/7/1947, tại xã Hùng Sơn,
# huyện Đại Từ, tỉnh Thái Nguyên, …": a body sentence opening on a day of the revolution's history tells
# where history happened (a company's anniversary page recalling the army's founding), not where the news is;
# in the lead the page is about that history, and it counts there
_HISTORICAL_OPENING = re.compile(
    r"(?:[Nn]gày\s+\d{1,2}[/-]\d{1,2}[/-]|[Nn]gày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+|[Tt]háng\s+\d{1,2}[/-]|[Nn]ăm\s+)"
    r"(?:18\d\d|19[0-6]\d|197[0-5])\s*,[^.!?\n]*$"
)


# "Sau 30 năm bôn ba …, ngày 28/01/1941, lãnh tụ Nguyễn Ái Quốc về Pác Bó, xã Trường Hà, huyện Hà Quảng
# (Cao Bằng), …", "Tiếp sau Hội nghị Trung ương lần thứ tám (5/1941), Ban Thường vụ … vùng quanh Hà Nội …":
# a day of that history set off by a comma inside the sentence, before the place, dates it as well as an
# opening day does; not a span ("3/2/1930 - 3/2/2020"), which an anniversary counts up to today
_HISTORICAL_DAY = re.compile(
    r"(?:[Nn]gày\s+\d{1,2}[/-]\d{1,2}[/-]|[Tt]háng\s+\d{1,2}[/-]|\(\d{1,2}[/-])(?:18\d\d|19[0-6]\d|197[0-5])"
    r"(?![\d/-]|\s*[-–—]\s*\d)\)?\s*,"
)


def _in_a_historical_sentence(text: str, start: int) -> bool:
    """The mention at start stands in a sentence opening on a day before 1976, or telling such a
    day (set off by a comma) before it."""
    head = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 300) + 1
    return (_HISTORICAL_OPENING.match(text[head:start].lstrip()) is not None
            or _HISTORICAL_DAY.search(text, head, start) is not None)


# "đoàn tàu khách Lào Cai - Hà Nội", "tuyến đường sắt đầu tiên Sài Gòn - Mỹ Tho", "các đoạn Gia Lâm - Phủ Lạng
# Thương, Gia Lâm - Hải Phòng", "quốc lộ 53 Trà Vinh – Vĩnh Long", "cao tốc Hà Nội- Hải Phòng": the ends of a
# route (a railway, a road, a line) joined by a dash, which the route runs between, not the news's places
_ROUTE_NAME = rf"{CAPITAL}\w*(?:\s+{CAPITAL}\w*){{0,3}}"
_ROUTE_PAIR = rf"{_ROUTE_NAME}(?:\s*[-–]\s*{_ROUTE_NAME})+"
_ROUTE = re.compile(
    rf"(?=[tđqQTcĐ])(?:\btuyến|(?<![Gg]iai\s)\bđoạn|\b[Qq]uốc\s+lộ|\bQL|\b[Tt]ỉnh\s+lộ|\bđường\s+sắt|\bcao\s+tốc|\bđường\s+xe\s+lửa|\btàu)"
    rf"(?:\s+(?!{CAPITAL})\w+){{0,3}}\s+\(?(?P<ends>{_ROUTE_PAIR}(?:\s*,\s*{_ROUTE_PAIR})*)"
)


# Where a route's word may start: a letter, then literal letters, so the engine skips ahead fast
# (_ROUTE opens with a look-ahead, which makes it try every position of the text)
_ROUTE_START = re.compile(r"[tđqQTcĐ](?:uyến|oạn|uốc|L|ỉnh|ường|ao|àu)")


def _route_ends(text: str) -> list[tuple[int, int]]:
    """The spans of the places a route is named by ("tuyến đường sắt Sài Gòn - Mỹ Tho"): what
    _ROUTE.finditer gives, tried only where a route's word starts."""
    ends, at = [], 0
    while (start := _ROUTE_START.search(text, at)) is not None:
        match = _ROUTE.match(text, start.start())
        if match:
            ends.append(match.span("ends"))
        at = match.end() if match else start.start() + 1
    return ends


# "Người đi từ Đại Từ - Thái Nguyên về Đền Hùng", "trên đường từ thị xã Bắc Kạn lên Cao Bằng", "dời từ Đồng
# Tháp về miền Tây Nam Bộ": where a journey sets out from is not where the news happens (its destination
# may be; 3 development pages of 3 sites). Not "từ A đến B": a stretch ("các tỉnh từ Thanh Hóa đến Quảng Trị")
_JOURNEY_ORIGIN = re.compile(
    rf"từ\s+(?:(?:tỉnh|huyện|thị\s+xã|thành\s+phố|TP\.?)\s+)?(?P<origin>{_ROUTE_PAIR}|{_ROUTE_NAME})"
    r"\s+(?:về|lên|xuống|ra|vào|sang)\s")


def _journey_origins(text: str) -> list[tuple[int, int]]:
    """The spans of the places a journey sets out from ("đi từ Đại Từ - Thái Nguyên về Đền Hùng")."""
    return [match.span("origin") for match in _JOURNEY_ORIGIN.finditer(text)]


def _hometown(text: str, start: int) -> bool:
    """The mention at start is where a person comes from ("quê ở …", "nguyên quán …", "(quê …)",
    "Hội đồng hương …")."""
    reach = max(0, start - 120)
    before = text[reach:start]  # the words the pattern needs, looked for first: most mentions have none
    return ("uê" in before or "guyên" in before or "ồng hương" in before) and _HOMETOWN_BEFORE.search(
        text, reach, start) is not None


def _in_street_address(text: str, start: int) -> bool:
    """The mention at start closes a street address (house number, street): where a body sits or meets."""
    return _STREET_ADDRESS_BEFORE.search(text, max(0, start - 60), start) is not None


# The capital as the venue of the Party's or the state's national events ("Đại hội XIII … tại Thủ
# đô Hà Nội", "Nhà tang lễ Quốc gia, số 5 Trần Thánh Tông, Hà Nội"): where national news happens,
# not a sign that the news is Hà Nội's
_CAPITAL_VENUE_BEFORE = re.compile(r"(?:\btại(?:\s+[Tt]hủ\s+đô)?|[Tt]hủ\s+đô|[Tt]rần\s+[Tt]hánh\s+[Tt]ông,?(?:\s+thành\s+phố)?)\s+$")
_NATIONAL_EVENT = re.compile(
    r"(?=[ĐBQNT])(?:Đại hội(?: đại biểu)? toàn quốc|Đại hội (?:X|XI|XII|XIII|XIV|XV) của Đảng|Ban Chấp hành Trung ương|"
    r"Quốc tang|Nhà tang lễ Quốc gia|Từ trần|Quốc hội khóa)", re.IGNORECASE)
_CAPITAL_KEYS = ("hà nội",)
# "tại Nhà hát Âu Cơ, Hà Nội", "tại Bệnh viện Trung ương Quân Đội, Hà Nội", "Quảng trường Ba Đình, Hà Nội",
# "Trung tâm Hội nghị Quốc gia (Hà Nội)": the capital closing the address of a named hall, square or
# hospital is where a troupe performed or a leader died, not the news's province (7 development pages
# of 7 sites, none about Hà Nội); a name that ends in it ("Bảo tàng Hà Nội") is no address
_VENUE_IN_THE_CAPITAL_BEFORE = re.compile(
    rf"(?:Nhà\s+hát|Trung\s+tâm\s+[Hh]ội\s+nghị|Quảng\s+trường|Bệnh\s+viện|Cung\s+{CAPITAL}\w*|Khách\s+sạn|Hội\s+trường|"
    r"Sân\s+vận\s+động|Nhà\s+tang\s+lễ)(?:\s+[^\s,.;:()]+){1,6}\s*[,(–-]\s*(?:[Tt]hủ\s+đô\s+|[Tt]hành\s+phố\s+|TP\.?\s*)?$"
)
# "Sáng 16/7, tại Hà Nội, TƯ Hội Nông dân Việt Nam khai mạc …", "Chiều 9/4, tại Hà Nội, Đảng uỷ Công an
# Trung ương …", "… tại Trung tâm Hội nghị Quốc gia (Hà Nội)": the capital as the venue of a central
# body's meeting, named in the same sentence, is where that body sits, not the news's province
_CENTRAL_VENUE_BEFORE = re.compile(r"(?:\b(?:tại|ở)(?:\s+[Tt]hủ\s+đô)?|[Tt]hủ\s+đô|Quốc\s+gia\s*\()\s*$")
_CENTRAL_BODY = re.compile(r"\bTrung\s+ương\b|\bT[ƯW]\b|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Chính\s+phủ|Quốc\s+hội|Hội\s+nghị\s+Quốc\s+gia")
# "Số: 154-HD/BTGTW … Hà Nội, ngày 09 tháng 10 năm 2020": a central body's document (its number's
# issuer ends in TW, or its header says BAN CHẤP HÀNH TRUNG ƯƠNG) is dated from the capital, where
# that body sits; a Hà Nội committee's own document is numbered …/TU, a district's dated from the district.
# A header line all in capitals reaches here as names are written (_capitalised): "Ban Chấp Hành Trung Ương"
_CENTRAL_ISSUER_BEFORE = re.compile(r"Số\s*:?\s*\d+\s*-\s*[A-ZĐ]+\s*/\s*[A-ZĐ]*T[WƯ]\b|BAN CHẤP HÀNH TRUNG ƯƠNG|Ban Chấp Hành Trung Ương")
_DATED_AFTER = re.compile(r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
# A commune's or ward's school, named after it: "Trường Tiểu học Phú Thọ" (in phường Phú Thọ, Bình Dương)
_LOCAL_SCHOOL_BEFORE = re.compile(rf"\b(?:{_LOCAL_SCHOOL_TYPES})" + _NAME_GOES_ON)


@dataclass
class _Seen:
    """A place mention with the weight of the part of the article it stands in."""

    weight: float
    mention: Mention
    committee: str | None = None  # named with its Party committee: "district" ("Quận ủy quận Gò Vấp"), "commune" ("Đảng ủy phường Mễ Trì")
    zone: str = "paragraph"
    institution: bool = False  # the end of a school's name ("Trường Đại học Vinh"), not the unit itself
    issuer: bool = False  # the committee that issued a document the article cites
    company: bool = False  # the end of a company's or a relic site's name ("Công ty CP Supe PP&HC Lâm Thao")
    address: bool = False  # the district of a street address ("số 155 Trần Hưng Đạo, Quận 1"), not the news's place
    in_a_list: bool = False  # one of three provinces or more named in a row ("các tỉnh: Hưng Yên, Hà Nam, Hòa Bình và Ninh Thuận")
    former: bool = False  # a commune the text says is now another by another name ("xã Tráng Liệt (nay là thị trấn Kẻ Sặt)")
    diocese: bool = False  # the see of a Catholic diocese ("Giáo phận Thái Bình"), which spans several provinces
    above_it: bool = False  # an address goes on to its own district or province ("xã Bình Yên, huyện Sơn Dương, …")


def _classify(mention: Mention, when: date | None) -> tuple[list[Province], list[District]]:
    """Which provinces and which districts this mention can mean, by how it is written."""
    provinces = [p for p in mention.provinces if when is None or p.valid_on(when) or (p.until and when > p.until)]
    districts = [d for d in mention.districts if when is None or d.existed_on(when)]
    written = mention.written_type
    if written in COMMUNE_TYPES:
        return [], []  # "phường Hương Trà" is a ward, not thị xã Hương Trà
    if written in DISTRICT_TYPES and len(districts) > 1:
        same_type = [d for d in districts if (d.type_on(when) or d.type) == written]
        districts = same_type or districts
    if written == "tỉnh":
        return provinces, []
    if written in ("huyện", "thị xã", "quận"):
        return [], districts
    if written == "thành phố":
        city_provinces = [p for p in provinces if p.type == "thành phố" and (when is None or p.valid_on(when))]
        district_cities = [d for d in districts if d.type in ("thành phố", "thị xã") or d.type_on(when) == "thành phố"]
        if city_provinces and not district_cities:
            return city_provinces, []
        if district_cities:
            return [], district_cities
        return city_provinces, districts
    # a bare name: the province when there is one by that name, else a district
    if provinces:
        return provinces, []
    return [], districts


_ZONE_BREAK = "\n|\n"  # no place name or unit word reaches across it
_PUBLISHER_ZONES = ("publisher", "place_line", "url", "url_undated", "tag")  # what names the publisher, not the article's scope


def _observe(article: Article, gaz: Gazetteer) -> tuple[list[_Seen], list[_Seen], int, int, str]:
    """Every place mention, weighted; the mentions of where history happened or a state funeral's
    rites are held (no vote, yet places the page names); counts of province- and district-level wording; the text searched.

    The zones are searched as one text (one pass) and each mention takes the
    weight of the zone it stands in."""
    zones = _zones(article)
    joined, starts, in_capitals, ordinary, province_scope, district_scope = _join_zones(zones)
    seen, past = [], []
    mentions = gaz.mentions(joined)
    # A name the article itself calls a commune ("Đảng ủy phường Phú Lương") is that commune
    # where it stands bare too ("… tại Phú Lương"), not the district of the same name; only when a
    # commune of that type has the name: "phố phường Hà Nội" (the city's streets), "thị trấn Bỉm Sơn"
    # (a town since become a thị xã) leave the title's bare "Hà Nội", "Bỉm Sơn" their province, district.
    communes = {exact_key(m.text): m.written_type for m in mentions if m.written_type in COMMUNE_TYPES and m.communes}
    districts = {exact_key(m.text) for m in mentions if m.written_type in DISTRICT_TYPES + ("tỉnh",)}
    listed = None  # the commune a list runs on from: "hai xã Minh Đức và Thanh Bình"
    capital_named = any(exact_key(m.text) in _CAPITAL_KEYS for m in mentions)
    national = capital_named and _NATIONAL_EVENT.search(joined) is not None  # asked only of the capital
    routes = _route_ends(joined) + _journey_origins(joined)  # places passed through or left
    funeral = any(spelling in joined for spelling in _state_funeral_patterns()[0])
    for mention in mentions:
        key = exact_key(mention.text)
        at = bisect_right(starts, mention.start) - 1
        if _casts_no_vote(joined, mention, key, in_capitals[at], ordinary, routes, national):
            continue
        if mention.listed and article.date is None:
            continue  # undated: the list may be the communes before a merger ("các xã Lao Chải, Xín Chải, Thanh Đức (trước khi sáp nhập)")
        if (zones[at][0] == "paragraph" and _in_a_historical_sentence(joined, mention.start)
                or funeral and _a_state_funeral_venue(joined, mention.start)):
            past.append(_seen_in(joined, mention, zones[at][0]))
            continue
        if mention.written_type is None and key in communes and key not in districts:
            mention.written_type = communes[key]
        if mention.written_type is None and listed is not None and _runs_on(joined, listed, mention):
            alike = [c for c in gaz.communes(key) if c.type == listed.written_type]
            if alike and not mention.provinces:  # "…, Vĩnh Thuận, Kiên Giang": an address goes up to the district
                mention.written_type, mention.communes = listed.written_type, alike
        listed = mention if mention.written_type in COMMUNE_TYPES else None
        seen.append(_seen_in(joined, mention, zones[at][0]))
    _mark_province_lists(seen, joined)
    _mark_address_steps(seen, joined)
    _mark_company_shorthands(seen, joined)
    _mark_former_communes(seen, joined)
    return seen, past, province_scope, district_scope, joined


# "xã Tráng Liệt (nay là thị trấn Kẻ Sặt, huyện Bình Giang)", "xã Xuân Long (nay là khu phố Long Bình, thị trấn
# La Hai)", "xã Đoàn Lâm (nay là xã Thanh Tùng)": what a commune named before is now, under another name
_NOW_ANOTHER_COMMUNE = re.compile(
    r"\s*[(,–-]?\s*(?:ngày\s+)?nay\s+(?:là|thuộc)\s+(?:[^,.;()\n]{0,40}?,\s*)?"
    rf"(?:[Xx]ã|[Pp]hường|[Tt]hị\s+trấn)\s+(?P<name>{CAPITAL}[\w’']*(?:[ \t]+{CAPITAL}[\w’']*){{0,3}})")


def _mark_former_communes(seen: list[_Seen], text: str) -> None:
    """Mark the mentions of a commune the text itself says is now another one by another name
    ("11 cán bộ xã Tráng Liệt bị kỷ luật" … "xã Tráng Liệt (nay là thị trấn Kẻ Sặt)"): a unit merged or
    renamed away is not the commune of the news; the one it is now may be. Not a commune that kept its
    name ("xã Tam Sơn … (nay là tổ dân phố Tam Sơn, phường Tam Sơn)")."""
    former = set()
    for item in seen:
        if item.mention.written_type not in COMMUNE_TYPES:
            continue
        now = _NOW_ANOTHER_COMMUNE.match(text, item.mention.start + len(item.mention.text))
        if now is not None and exact_key(now["name"]) != exact_key(item.mention.text):
            former.add(exact_key(item.mention.text))
    for item in seen:
        item.former = item.mention.written_type in COMMUNE_TYPES and exact_key(item.mention.text) in former


def _join_zones(zones: list[tuple[str, str]]) -> tuple[str, list[int], list[bool], str, int, int]:
    """The zones as one text (lines in capitals written as a sentence would be), where each
    starts, which were in capitals, the text as printed (those lines blank), and the counts
    of province- and district-level wording outside the publisher's zones."""
    starts, parts, offset = [], [], 0
    province_scope = district_scope = 0
    in_capitals, as_printed = [], []
    for zone, text in zones:
        written = _capitalised(text)
        styled = written != text or (zone in _STYLED_ZONES and _in_title_case(text))
        in_capitals.append(styled)
        as_printed.append("" if styled else text)
        starts.append(offset)
        parts.append(written)
        offset += len(written) + len(_ZONE_BREAK)
        if zone not in _PUBLISHER_ZONES:
            for match in _scope().finditer(written):
                province_scope += match["province"] is not None
                district_scope += match["district"] is not None
    return _ZONE_BREAK.join(parts), starts, in_capitals, "\n".join(as_printed), province_scope, district_scope


_STYLED_ZONES = ("title", "heading")  # where a site may capitalise every word as a style
_TITLE_CASE_WORDS = 6  # shorter lines of capitalised words are names: a place line, a masthead


def _in_title_case(text: str) -> bool:
    """A title or heading with every word capitalised ("Hội Nghị Sơ Kết … Thống Nhất", as some portals
    and school sites print them): like a line in capitals, its words are no sign of a name."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= _TITLE_CASE_WORDS and all(word[0].isupper() for word in words)


def _seen_in(joined: str, mention: Mention, zone: str) -> _Seen:
    """A mention weighed by its zone, with what stands before it: a Party committee, an
    institution, a document's issuer, a company, a street address."""
    committee = _committee_before().search(joined, max(0, mention.start - 40), mention.start)
    institution = mention.written_type is None and bool(
        _INSTITUTION_BEFORE.search(joined, max(0, mention.start - 60), mention.start))
    issuer = committee is not None and bool(_issuer_before().search(joined, max(0, mention.start - 120), mention.start))
    company = mention.written_type is None and bool(_COMPANY_BEFORE.search(joined, max(0, mention.start - 60), mention.start))
    address = bool(mention.districts) and _in_street_address(joined, mention.start)
    diocese = mention.written_type is None and _diocese_before().search(joined, max(0, mention.start - 20), mention.start) is not None
    return _Seen(ZONE_WEIGHT.get(zone, 1), mention, committee and ("district" if committee["district"] else "commune"),
                 zone, institution, issuer, company, address, diocese=diocese)


@lru_cache(maxsize=None)
def _diocese_before() -> re.Pattern[str]:
    """A diocese's word right before a name ("Giáo phận Thái Bình"; abbreviations.yml diocese_words)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, data.diocese_words()))})\s+$", re.IGNORECASE)


# "các tỉnh: Hưng Yên, Hà Nam, Hòa Bình và Ninh Thuận", "3 tỉnh Gia Lai, Quảng Ngãi, Quảng Trị": between two
# provinces of a list, a comma or "và", and the unit's word again or not
# "Công ty Cổ phần Quốc tế Sơn Hà" … "Đoàn thanh niên Sơn Hà", "Tuổi trẻ Sơn Hà": once the page names a
# company by a place's name, the bare name stands for the company, not the district it took it from
_COMPANY_WORD_BEFORE = re.compile(rf"\b(?:{_COMPANY_WORDS})" + _NAME_GOES_ON)
# A company's name or a venue's ("Sân vận động Thống Nhất"): a district's name there casts no province vote
_BRAND_WORD_BEFORE = re.compile(rf"\b(?:{_COMPANY_WORDS}|{_VENUE_WORDS})" + _NAME_GOES_ON)


def _mark_company_shorthands(seen: list[_Seen], text: str) -> None:
    """A bare name the page also writes as the end of a company's name is the company's short name
    wherever it stands bare, unless the page writes it with its unit's word too ("huyện Sơn Hà")."""
    companies = {exact_key(item.mention.text) for item in seen if item.company and _COMPANY_WORD_BEFORE.search(
        text, max(0, item.mention.start - 60), item.mention.start)}
    written_as_units = {exact_key(item.mention.text) for item in seen if item.mention.written_type is not None}
    for item in seen:
        key = exact_key(item.mention.text)
        if item.mention.written_type is None and key in companies and key not in written_as_units:
            item.company = True


_LIST_GAP = re.compile(r"\s*(?:,|;|,?\s+và)\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?")
_SHORTEST_LIST = 3


def _mark_province_lists(seen: list[_Seen], text: str) -> None:
    """Provinces named three or more in a row are a list: the guests at a congress, the provinces a
    programme covers; none of them is the news's province by being listed."""
    run: list[_Seen] = []
    for item in [*seen, None]:
        if item is not None and _a_province_name(item.mention) and (
                run and _LIST_GAP.fullmatch(text, run[-1].mention.start + len(run[-1].mention.text), item.mention.start)):
            run.append(item)
            continue
        if len(run) >= _SHORTEST_LIST:
            for listed in run:
                listed.in_a_list = True
        run = [item] if item is not None and _a_province_name(item.mention) else []


@lru_cache(maxsize=1)
def _address_step() -> re.Pattern[str]:
    """The comma between two steps of an address, and the next step's unit word ("tỉnh", "huyện", "TP.")."""
    units = unit_words_pattern(DISTRICT_TYPES + ("tỉnh",), abbreviations=True)
    return re.compile(rf"\s*,\s*(?:(?i:{units})\s*)?")


def _provinces_of(mention: Mention) -> set[str]:
    """Every province a mention can be in, by name (its communes', districts', its own)."""
    return ({c.province for c in mention.communes} | {d.province for d in mention.districts}
            | {p.name for p in mention.provinces})


def _a_higher_unit(lower: Mention, higher: Mention) -> bool:
    """higher is a unit above lower: a district or a province after a commune, a province after a district."""
    if higher.provinces and higher.written_type in (None, "tỉnh", "thành phố") and not higher.communes:
        return lower.written_type in COMMUNE_TYPES + DISTRICT_TYPES
    return higher.written_type in DISTRICT_TYPES and lower.written_type in COMMUNE_TYPES


_ADDRESS_ZONES = ("title", "lead")  # where each step weighs double, so that a full address outweighs the subject


def _address_steps(seen: list[_Seen], text: str, at: int) -> bool:
    """seen[at] is the next step of the address seen[at - 1] opens or goes on with ("xã …, huyện …")."""
    lower, higher = seen[at - 1].mention, seen[at].mention
    return (seen[at - 1].zone in _ADDRESS_ZONES and _a_higher_unit(lower, higher)
            and _address_step().fullmatch(text, lower.start + len(lower.text), higher.start) is not None
            and bool(_provinces_of(lower) & _provinces_of(higher)))


def _mark_address_steps(seen: list[_Seen], text: str) -> None:
    """The commune and the district of a commune's address written out in full in the title or the
    lead ("… thăm Di tích … ở xã Bình Yên, huyện Sơn Dương, tỉnh Tuyên Quang"): one place, which votes
    once, as its province, not once for each step (a visited relic's address outweighing the visitors'
    province). A district and its province ("huyện Yên Thành, tỉnh Nghệ An") still vote twice."""
    run: list[_Seen] = []
    for at, item in enumerate(seen):
        if run and _address_steps(seen, text, at):
            run.append(item)
            continue
        _mark_a_communes_address(run)
        run = [item]
    _mark_a_communes_address(run)


def _mark_a_communes_address(run: list[_Seen]) -> None:
    """Mark the steps below the last of an address that opens on a commune."""
    if len(run) >= 2 and run[0].mention.written_type in COMMUNE_TYPES:
        for item in run[:-1]:
            item.above_it = True


@lru_cache(maxsize=None)
def _state_funeral_patterns() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """How a page writes the name of a state funeral ("Quốc tang", "quốc tang", "QUỐC TANG": looked for as
    plain strings, 50 µs an article less than a pattern ignoring case), and a rite of it held somewhere
    ("lễ an táng … tại", "Linh cữu … quàn tại") up to the end of a text (abbreviations.yml state_funeral_words,
    funeral_rites)."""
    words, rites = data.state_funeral()
    spellings = tuple(sorted({form for word in words for form in (word, word.lower(), word.upper(), word.capitalize(), word.title())}))
    rite = "|".join(map(re.escape, rites))
    return spellings, re.compile(rf"\b(?:{rite})\b[^.;!?\n]*\b(?:tại|ở)\b[^.;!?\n]*$", re.IGNORECASE)


def _a_state_funeral_venue(text: str, start: int) -> bool:
    """The mention at start is where a rite of a state funeral is held ("lễ an táng … tại Nghĩa trang huyện
    Kim Sơn, tỉnh Ninh Bình"): the capital, Hồ Chí Minh City and the leader's home district hold the rites
    of national mourning, not news of their own (asked only of a page that names a state funeral)."""
    head = max(text.rfind("\n", 0, start), text.rfind(";", 0, start), start - 300) + 1
    return _state_funeral_patterns()[1].search(text, head, start) is not None


def _a_province_name(mention: Mention) -> bool:
    """A province's name, bare or after its unit's word ("Hà Nam", "tỉnh Hà Nam", "thành phố Cần Thơ")."""
    return bool(mention.provinces) and mention.written_type in (None, "tỉnh", "thành phố")


def _casts_no_vote(joined: str, mention: Mention, key: str, in_capitals: bool, ordinary: str,
                   routes: list[tuple[int, int]], national: bool) -> bool:
    """A mention that names no place of the news: a hometown, a route's end, a journey's start,
    common words in capitals, the capital as the venue of national events or central bodies, or
    closing a named hall's address (where history happened is set apart by _observe)."""
    if _hometown(joined, mention.start) or any(start <= mention.start < end for start, end in routes):
        return True
    if in_capitals and _words_in_capitals_only(mention, ordinary):
        return True
    return key in _CAPITAL_KEYS and (
        national and _CAPITAL_VENUE_BEFORE.search(joined, max(0, mention.start - 40), mention.start) is not None
        or _central_document_dated(joined, mention) or _central_body_meets(joined, mention)
        or _VENUE_IN_THE_CAPITAL_BEFORE.search(joined, max(0, mention.start - 90), mention.start) is not None)

def _words_in_capitals_only(mention: Mention, ordinary: str) -> bool:
    """A district's bare name read from a line in capitals that the article never writes as a
    name: common words ("… THỐNG NHẤT ĐẤT NƯỚC" is no huyện Thống Nhất of Đồng Nai)."""
    return (mention.written_type is None and not mention.provinces and not mention.communes
            and not _whole_word(mention.text, ordinary))


def _central_document_dated(text: str, mention: Mention) -> bool:
    """The mention is the place of a central body's document's date line ("Hà Nội, ngày …")."""
    return bool(_DATED_AFTER.match(text, mention.start + len(mention.text))
                and _CENTRAL_ISSUER_BEFORE.search(text, max(0, mention.start - 300), mention.start))


def _central_body_meets(text: str, mention: Mention) -> bool:
    """The capital is the venue ("tại Hà Nội") of a sentence that names a central body (the Politburo,
    the Government, a central board): a national meeting held where such bodies sit."""
    if not _CENTRAL_VENUE_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return False
    start = max(text.rfind(".", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    ends = [at for at in (text.find(".", mention.start), text.find("\n", mention.start)) if at >= 0]
    return _CENTRAL_BODY.search(text, start, min(ends) if ends else len(text)) is not None


# "hai xã Minh Đức và Thanh Bình", "các xã A, B và C": one type word for a list of units
_AND = re.compile(r"\s*,?\s+và\s+")
_COMMA = re.compile(r"\s*,\s*")
# "hai xã Bính Xá, Văn An", "gồm 9 xã Hoằng Lộc, Hoằng Thành, …", "hai phường Phú Diễn và Phúc Diễn":
# a count of communes before the first of a list, not a hamlet's number ("tổ 14 phường Minh Xuân")
@lru_cache(maxsize=1)
def _counted_before() -> re.Pattern[str]:
    """The commune's words of place_types in abbreviations.yml (not "đặc khu", no abbreviation), after a count."""
    return re.compile(r"\b(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|những|(?<!tổ )(?<!số )(?<!phố )(?<!ngã )\d{1,2})\s+"
                      rf"(?:{unit_words_pattern(OLD_COMMUNE_TYPES, abbreviations=False)})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _district_word() -> str:
    """A district's unit type written before its name, for a pattern read in any case: the words of
    place_types in abbreviations.yml (not "huyện đảo") and of the abbreviations only "TP" (not "TX.", "H.", "Q.")."""
    return rf"(?:{unit_words_pattern(DISTRICT_TYPES, abbreviations=('TP', 'TP.'), without=('huyện đảo',))})"


def _runs_on(text: str, listed: Mention, mention: Mention) -> bool:
    """mention is the next name of a list that listed, a commune with its type, opened: joined
    by "và", or by a comma after a plural ("các xã A, B"); not an address ("xã A, B, C")."""
    end = listed.start + len(listed.text)
    if _AND.fullmatch(text, end, mention.start):
        return True
    head = text.rfind("\n", 0, listed.start) + 1
    return bool(_COMMA.fullmatch(text, end, mention.start) and _counted_before().search(text[max(head, listed.start - 40) : listed.start]))


def _capitalised(text: str) -> str:
    """An all-capitals title as names are written ("THÀNH PHỐ PHAN RANG" → "Thành Phố Phan
    Rang"), so the place names in it are found; same length, so offsets hold."""
    if len(text) > 400 or text != text.upper() or sum(c.isalpha() for c in text) < 12:
        return text  # a paragraph, or text in ordinary case
    return re.sub(r"\w+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), text)


def resolve_places(article: Article, gaz: Gazetteer, when: date | None) -> None:
    """Province (as on the article's date) and locality, each from weighed mentions;
    a name several units share is settled by the others named with it, or not at all."""
    seen, past, province_scope, district_scope, text = _observe(article, gaz)
    province, commune, votes = _province_and_commune(article, seen, gaz, when, province_scope, text)
    if not _decide_province(article, seen, past, gaz, when, text, province, commune, votes):
        return
    if commune is not None:
        _decide_commune(article, seen, commune)
    else:
        _decide_district(article, seen, gaz, when, province, province_scope, district_scope, text)
    if article.locality is None:
        _thin_win_without_a_place(article, votes, province)


def _thin_win_without_a_place(article: Article, votes: Counter, province: Province) -> None:
    """A province that wins on 5 points or fewer (a lead's mention and one more) over another
    province the text names, with no district or commune of it chosen, is to review: 5 of 20
    such development pages were wrong (3 of 12 with the URL), the rest of the votes a
    visitor's, a founder's or a venue's place."""
    evidence = article.evidence.get("province")
    if evidence is None or evidence.weak or not 0 < votes.get(province, 0) <= 5:
        return
    if any(score > 0 for other, score in votes.items() if other != province):
        evidence.weak = True
        evidence.reasons.append("thắng với ít điểm trước một tỉnh khác bài nêu, không có huyện, xã nào của tỉnh")


def _province_and_commune(article: Article, seen: list[_Seen], gaz: Gazetteer, when: date | None, province_scope: int,
                          text: str) -> tuple[Province | None, Commune | None, Counter]:
    """The province the votes choose (or the chosen commune's), the commune, and the votes."""
    votes = _province_votes(seen, gaz, when, text, with_company_names=False)
    with_lists = any(item.in_a_list for item in seen) and not _named_as_a_province_outside_lists(votes, seen, gaz, when)
    if with_lists:
        votes = _province_votes(seen, gaz, when, text, with_lists=True, with_company_names=False)
    scattered = _scattered_with_company_names(seen, gaz, when, text, with_lists)
    regional = _region_in_title().search(article.title or "") is not None
    province = None if scattered or regional else _choose_province(votes, seen, gaz, when)
    commune = _choose_commune(article, seen, province, gaz, when, province_scope, text)
    if province is None and commune is not None:
        province = gaz.province_by_name.get(commune.province)
    return province, commune, votes


@lru_cache(maxsize=1)
def _region_in_title() -> re.Pattern[str]:
    """Where a title places its news in a region of several provinces ("… ở Tây Nguyên", "tại các tỉnh
    miền Trung"; abbreviations.yml region_names): a region's news, with no province of its own."""
    regions = "|".join(r"\s+".join(map(re.escape, name.split())) for name in data.region_names())
    return re.compile(rf"(?<!\w)(?:ở|tại|trên\s+địa\s+bàn)\s+(?:(?:các\s+)?tỉnh\s+|vùng\s+)?(?:{regions})(?!\w)", re.IGNORECASE)


def _decide_province(article: Article, seen: list[_Seen], past: list[_Seen], gaz: Gazetteer, when: date | None, text: str,
                     province: Province | None, commune: Commune | None, votes: Counter) -> bool:
    """Decide the province, or say why not; whether a locality may be decided within it."""
    if province is None:
        article.evidence["province"] = Evidence([_vote_text(votes) or "bài không nêu địa danh nào đủ rõ"], weak=bool(votes))
        return False
    current = _under_its_former_name(gaz.province_on(province, when), seen, when)
    if _hosted_in_a_text_of_no_province(article, seen, past, gaz, when, text, province):
        article.evidence["province"] = Evidence(
            [f"chỉ tên miền của trang nêu {current.name}, trong bài về cơ quan, sự kiện cả nước không nêu đơn vị nào"], weak=True)
        return False
    host_only, rivals = _named_by_host_only(article, seen, past, gaz, when, text, province)
    if rivals:
        article.evidence["province"] = Evidence(
            [f"chỉ tên miền của trang nêu {current.name}, còn bài nêu {', '.join(p.name for p in rivals)}"], weak=True)
        return False
    why = _vote_text(votes) or f"theo {commune.type} {commune.name}"
    article.decide("province", current.name, why + ("; chỉ tên miền của trang nêu tỉnh này" if host_only else ""),
                   weak=host_only or _weak_vote(votes, province))
    successor = gaz.successor_2025(current)
    article.province_2025 = successor.name if successor else None
    return True


def _under_its_former_name(current: Province, seen: list[_Seen], when: date | None) -> Province:
    """An undated article that writes the name a province bore until it was renamed ("Tỉnh ủy Thừa Thiên
    Huế", the name until 31 December 2024, then Huế) was written while that name was in use: the province
    under that name, however often the text says the short one ("Đại học Huế")."""
    if when is not None or current.since is None:
        return current
    renamed = [p for item in seen if item.zone not in _PUBLISHER_ZONES for p in item.mention.provinces
               if p.code == current.code and p.until is not None and p.until + timedelta(days=1) == current.since]
    return renamed[0] if renamed else current


def _decide_commune(article: Article, seen: list[_Seen], commune: Commune) -> None:
    spelled = Counter(item.mention.text for item in seen if commune in item.mention.communes)
    hosted_only = all(item.zone in _PUBLISHER_ZONES for item in seen if commune in item.mention.communes)
    if hosted_only and _relays_the_provinces_news(article):
        article.evidence["locality"] = Evidence(
            [f"chỉ trang đăng bài nêu {commune.type} {commune.name}, bài nói về tỉnh, không có chữ xã, huyện nào"], weak=True)
        return
    article.decide("locality", f"{commune.type} {_as_written(commune.name, spelled)}",
                   "chỉ trang đăng bài (tên miền, dòng đầu trang) nêu xã, phường này" if hosted_only
                   else "xã, phường được nói tới ở tiêu đề hoặc đoạn mở đầu", weak=hosted_only)


# "tỉnh", "Tỉnh ủy", "UBND tỉnh": the province's own word; "thị trấn": a commune's word the commune pattern leaves out
_PROVINCE_WORD = re.compile(r"(?<!\w)[Tt]ỉnh(?!\w)")
_TOWNSHIP_WORD = re.compile(r"(?<!\w)[Tt]hị\s+trấn(?!\w)")
_RELAYED_PROVINCE_WORDS = 2


def _relays_the_provinces_news(article: Article) -> bool:
    """A text naming the province's bodies ("Chủ tịch UBND tỉnh … gửi lời chúc mừng năm mới", "HĐND tỉnh khóa
    X") twice or more and not one word of a district or commune ("huyện", "xã", "phường", "thị trấn"; not
    "xã hội"): on a commune's own portal it is the province's news relayed, not the commune's (3 development
    pages of 3 sites, all labelled with no locality; 2 read as the host's commune before)."""
    written = "\n".join([article.title or "", *(block.text for block in article.blocks)])
    if any(word.search(written) for word in (_COMMUNE_LEVEL_WORD, _DISTRICT_LEVEL_WORD, _TOWNSHIP_WORD)):
        return False
    return len(_PROVINCE_WORD.findall(written)) >= _RELAYED_PROVINCE_WORDS


def _decide_district(article: Article, seen: list[_Seen], gaz: Gazetteer, when: date | None, province: Province,
                     province_scope: int, district_scope: int, text: str) -> None:
    """The district the votes choose, or one of its communes the page shows to be the subject;
    with no district, the commune the text names over and over, or the one a school's site is named after."""
    districts = _district_votes(seen, province, when)
    district = _choose_district(districts, seen, province, when, province_scope, district_scope, text)
    if district is not None and _hosted_in_a_text_of_no_district(districts, district, article):
        district = None
    if district is None:
        _decide_without_district(article, seen, gaz, when, province)
        return
    rival = _commune_beside(seen, district, when, text) if districts.weak else None
    addressed = _commune_before_its_district_in_brackets(seen, district, when, text) if rival is not None else None
    if addressed is not None:
        article.decide("locality", f"{addressed[0].type} {addressed[1]}",
                       f"đoạn mở đầu nêu {rival} với {district.name} trong ngoặc sau nó, như địa chỉ của xã", weak=True)
        return
    if rival is not None:
        article.evidence["locality"] = Evidence(
            [f"đoạn mở đầu nêu cả {district.name} lẫn {rival}: chưa rõ bài nói về huyện hay xã"], weak=True)
        return
    outnumbering = _commune_outnumbering_its_district(seen, district, when)
    if outnumbering is not None:
        commune, written, times = outnumbering
        article.decide("locality", f"{commune.type} {written}",
                       f"bài viết {commune.type} {written} kèm loại {times} lần, nhiều hơn {district.name}", weak=True)
        return
    kind = _type_on(district, districts.written, when)
    if kind is None:
        article.evidence["locality"] = Evidence(
            [f"{district.name}: bài không ghi ngày, không viết loại đơn vị, mà đơn vị đã đổi loại"], weak=True)
        return
    name = _as_written(district.name, districts.spelling[district])
    why = f"{districts.scores[district]:g} điểm địa danh cấp huyện"
    own = _own_commune_in(seen, district)
    if own:  # a commune's own site: its news may be of the commune rather than the district
        why += f"; trang của {own}, đơn vị cấp xã thuộc nơi này"
    # never written with its type ("huyện Nhà Bè"), only as a bare name a commune, a company or a
    # person may bear, and on 6 or 7 points (under 6, listed anyway): to review (3 of 9 such
    # development pages were wrong)
    bare = not districts.written[district] and districts.scores[district] < 8
    article.decide("locality", f"{kind} {name}", why, weak=districts.weak or own is not None or bare)


def _decide_without_district(article: Article, seen: list[_Seen], gaz: Gazetteer, when: date | None, province: Province) -> None:
    """No district chosen: the commune the text names over and over, or the one a school's site is named after."""
    province_then = gaz.province_on(province, when)
    over = _commune_named_over_and_over(seen, province_then, when)
    if over is not None and not _of_several_communes(article):
        commune, written, times = over
        article.decide("locality", f"{commune.type} {written}",
                       f"bài viết {commune.type} {written} kèm loại {times} lần, hơn gấp đôi mọi xã khác, nhiều hơn mọi huyện",
                       weak=True)
        return
    school = _schools_commune(article, gaz, province_then, when)
    if school is not None:
        article.decide("locality", f"{school.type} {school.name}", "chỉ tên miền của trường nêu xã, phường này (trường mang tên xã)",
                       weak=True)


# any district-level unit word, named or not ("huyện ủy", "của huyện", "UBND quận", "thị xã Bỉm Sơn")
_DISTRICT_LEVEL_WORD = re.compile(r"[HhQqTt](?:uyện|uận|hị\s+xã|hành\s+phố)\b")
# any commune-level unit word, named or not ("xã", "Đảng ủy phường", "đặc khu"), not "xã hội" (society)
_COMMUNE_LEVEL_WORD = re.compile(r"(?:[Xx]ã(?!\s+hội)|[Pp]hường|[Đđ]ặc\s+khu)(?!\w)")
# the country's bodies and events: "Trung ương Đoàn", "Bộ Chính trị", "Quốc hội", "đại hội toàn quốc", "cả nước"
_NATIONAL_WORDS = re.compile(r"Trung\s+ương|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Chính\s+phủ|Quốc\s+hội|toàn\s+quốc|cả\s+nước")


def _hosted_in_a_text_of_no_district(votes: _DistrictVotes, district: District, article: Article) -> bool:
    """A district only the page's host names, in a text of the country's bodies ("Trung ương", "Bộ
    Chính trị", "toàn quốc") without one word of a district ("huyện", "quận", "thị xã", "thành phố"):
    a district portal reprinting the country's news (the Youth Union's national congress on
    taichinh.cujut.daknong.gov.vn), not news of the district. A district's own news says "huyện ủy",
    "trong huyện", or speaks of no national body, even when it leaves the name to the masthead."""
    if votes.hosted[district] < votes.scores[district]:
        return False
    written = "\n".join([article.title or "", *(block.text for block in article.blocks)])
    return _DISTRICT_LEVEL_WORD.search(written) is None and _NATIONAL_WORDS.search(written) is not None


@lru_cache(maxsize=1)
def _unit_word() -> re.Pattern[str]:
    """Any unit's word, named or not, in any case ("tỉnh", "Thành ủy", "của huyện", "phường"): the words of
    place_types and party_committees in abbreviations.yml; not "xã hội" (society)."""
    units = unit_words_pattern(("tỉnh", *DISTRICT_TYPES, *COMMUNE_TYPES), abbreviations=False)
    committees = "|".join(r"\s+".join(map(re.escape, word.split())) for word in data.abbreviations()["party_committees"])
    committees = committees.replace("ủy", "[uủ][yỷ]")  # both spellings, as the place reader reads them
    return re.compile(rf"(?<!\w)(?:{committees}|{units})(?!\w)(?!\s+hội\b)", re.IGNORECASE)


def _hosted_in_a_text_of_no_province(article: Article, seen: list[_Seen], past: list[_Seen], gaz: Gazetteer,
                                     when: date | None, text: str, province: Province) -> bool:
    """A province only the page's host names, in a text whose title or lead speaks of the country's
    bodies ("Trung ương", "Bộ Chính trị", "Quốc hội", "toàn quốc") and which has not one unit word
    ("tỉnh", "huyện", "xã", "Tỉnh ủy") nor a body of the site's own ("Chi bộ", "Đảng bộ", "nhà trường";
    publishers.yml own_bodies): a provincial site reprinting national news (the country's election, a
    national congress), not news of the province, as a district's portal reprinting it is not the
    district's (_hosted_in_a_text_of_no_district). 4 development pages of 4 sites, each labelled with no
    province; no page with a province of its own has this shape."""
    if not any(item.zone in _HOST_ZONES for item in seen):
        return False
    in_text = _province_votes([item for item in seen if item.zone not in _HOST_ZONES] + past, gaz, when, text, with_lists=True)
    if in_text.get(province):
        return False
    written = "\n".join([article.title or "", *(block.text for block in article.blocks)])
    lead = next((block.text for block in article.blocks if block.kind in ("lead", "paragraph")), "")
    national = _NATIONAL_WORDS.search(f"{article.title or ''}\n{lead}") is not None
    return national and _unit_word().search(written) is None and data.own_bodies().search(written) is None


def _schools_commune(article: Article, gaz: Gazetteer, province: Province, when: date | None) -> Commune | None:
    """The commune a school's host names (mnducchau.pgdductho.edu.vn: the nursery school of xã Đức
    Châu), when the text settles no place below the province: a school serves its commune. Not a
    commune merged away (the school keeps the old name: mnnamsai.pgdsapa.edu.vn, now xã Liên Minh)."""
    site = publisher_of(article.source_url)
    if site is None or site.school_commune is None:
        return None
    kind, name = site.school_commune.split(" ", 1) if not site.school_commune.startswith("thị trấn") else ("thị trấn", site.school_commune[9:])
    era = _era(when)
    found = [c for c in gaz.communes(exact_key(name)) if c.type == kind and not c.former and (era is None or c.era == era)
             and c.province in (province.name, province.successor)]
    return found[0] if len({_unit_key(c) for c in found}) == 1 else None


def _own_commune_in(seen: list[_Seen], district: District) -> str | None:
    """The commune whose own site the page is (its host names it), when it lies in the district."""
    for item in seen:
        for commune in item.mention.communes if item.zone == "publisher" else ():
            if commune.district == district.code:
                return f"{commune.type} {commune.name}"
    return None


_HOST_ZONES = ("url", "url_undated")


def _named_by_host_only(article: Article, seen: list[_Seen], past: list[_Seen], gaz: Gazetteer, when: date | None,
                        text: str, province: Province) -> tuple[bool, list[Province]]:
    """Whether an organisation's host names the province and nothing in the text does
    ("tpcduyenhai.com.vn", a power plant's site, reprinting national news): an editor should
    look; and the other provinces the text names then, which leave the province unknown (a
    Đà Nẵng site's page on Đồng Tháp). A provincial paper's or portal's host is trusted:
    their text says "tỉnh" without the name; unless all the text names is another province,
    once in passing (_named_once_in_passing). Where history happened (past) is a place the text
    names too: a Bảo Lộc youth union's page retelling Pác Bó, Cao Bằng, is not Lâm Đồng's news."""
    site = publisher_of(article.source_url)
    if site is None or not any(item.zone in _HOST_ZONES for item in seen):
        return False, []
    in_text = _province_votes([item for item in seen if item.zone not in _HOST_ZONES] + past, gaz, when, text, with_lists=True)
    if in_text.get(province):
        return False, []
    if site.kind != "organisation":
        return False, _named_once_in_passing(in_text)
    return True, [named for named, _ in in_text.most_common()]


# "Tỉnh ủy Ninh Bình đã ra kế hoạch …" on chuse.gialai.gov.vn, "lãnh đạo tỉnh Thái Nguyên quan tâm" on
# sotaydangvien.tuyenquang.dcs.vn: a portal's page that never names its own province, and names another
# once in the body, reprints that province's news; 5 development pages of 5 sites, each decided by the
# host and wrong (a named province of more weight, or the host's named too, decides as before)
def _named_once_in_passing(in_text: Counter) -> list[Province]:
    """The other provinces a portal's page names, when together they are one passing mention."""
    return list(in_text) if 0 < sum(in_text.values()) < 2 else []


def _era(when: date | None) -> str | None:
    """Which communes an article's date calls for: "legacy" (to 30 June 2025), "2025", or either."""
    return None if when is None else ("2025" if when >= REFORM_DAY else "legacy")


def _commune_beside(seen: list[_Seen], district: District, when: date | None, text: str = "") -> str | None:
    """The one commune of a thinly chosen district that the title or lead also names as a
    commune ("xã Tấn Mỹ, huyện Chợ Mới"): the news may be the commune's or the district's.
    A commune the lists place elsewhere counts too when the text writes the district as its
    address ("xã Hy Cương, huyện Lâm Thao": a commune moved to Việt Trì in 2006; "xã Phước Hội,
    huyện Đất Đỏ": a district merged into Long Đất in 2025): the text's own address, not the lists', decides."""
    era = _era(when)
    district_at = {item.mention.start for item in seen if district in _classify(item.mention, when)[1]}
    named = {
        _name_key(item.mention.text): f"{item.mention.written_type} {item.mention.text}"
        for item in seen
        if item.zone in ("title", "lead") and item.mention.written_type in COMMUNE_TYPES
        and _name_key(item.mention.text) != _name_key(district.name) and not _held_at(text, item.mention)
        and (any(c.district == district.code and (era is None or c.era == era) for c in item.mention.communes)
             or _addressed_to(text, item.mention, district_at))
    }
    return next(iter(named.values())) if len(named) == 1 else None


# "tại Khu Di tích lịch sử cách mạng xã Sơn Dương", "tổ chức tại Trung tâm văn hóa thể thao xã Hạ Long": a named
# place in the commune after "tại", in the same clause (no comma), is where an event was held; not "làm việc tại xã
# Tấn Mỹ" (the commune visited) nor a commune body ("tại UBND xã …", "tại Đảng ủy xã …": its people met there)
_HELD_AT_BEFORE = re.compile(r"\btại\s+(?P<place>[^\s,.;:()][^,.;:()\n]{0,60})$")  # the unit word before the name taken off


def _held_at(text: str, commune: Mention) -> bool:
    """The lead names the commune only as where a named place that held an event lies ("tại Khu Di
    tích … xã Sơn Dương, Thành ủy Hạ Long tổ chức …"): the venue of the district's event, not a rival
    subject (the shape is in the lead of 3 development pages of 3 sites, all labelled with the district;
    2 were left unknown before); an address after a comma ("tại đồi Pụ Miếu, xóm Phụng Hiển, xã Điềm
    Mặc"), "ở xã …" or "tại UBND xã …" may still be the subject."""
    start = max(0, commune.start - 80)
    before = _commune_word_at_end().sub("", text[start:commune.start])
    held = _HELD_AT_BEFORE.search(before)
    # the named place is no other commune ("tại xã Tấn Mỹ và xã Mỹ Hiệp": the two communes visited)
    return held is not None and not _COMMUNE_LEVEL_WORD.search(held["place"]) and not _COMMUNE_SUBJECT.search(before)


def _addressed_to(text: str, commune: Mention, district_at: set[int]) -> bool:
    """The commune is written with one of the district's mentions right after it as its address."""
    joint = _address_joint().match(text, commune.start + len(commune.text))
    return joint is not None and joint.end() in district_at


# "xã Đắk P'lao (Đắk Glong)", "xã Phú Thượng (huyện Phú Vang)", "xã Nhơn Hòa Lập (huyện Tân Thạnh, tỉnh Long An)":
# the district in brackets right after a commune, as the commune's address
@lru_cache(maxsize=1)
def _district_in_brackets() -> re.Pattern[str]:
    return re.compile(rf"\s*\(\s*(?:{_district_word()}\s*)?", re.IGNORECASE)


def _commune_before_its_district_in_brackets(seen: list[_Seen], district: District, when: date | None,
                                             text: str) -> tuple[Commune, str] | None:
    """The commune of a thinly chosen district that the title or lead writes with that district in
    brackets after it, and its name as written there: the district is the commune's address, the news
    the commune's (4 development pages of 4 sites, all labelled with the commune; a comma instead, "xã
    Bình Yên, huyện Sơn Dương", is as often the district's news or neither's, and stays unsettled)."""
    era = _era(when)
    district_at = {item.mention.start for item in seen if district in _classify(item.mention, when)[1]}
    found = {}
    for item in seen:
        if item.zone not in ("title", "lead") or item.mention.written_type not in COMMUNE_TYPES:
            continue
        own = [c for c in item.mention.communes if c.district == district.code and (era is None or c.era == era)]
        joint = _district_in_brackets().match(text, item.mention.start + len(item.mention.text))
        if own and joint is not None and joint.end() in district_at:
            found[_unit_key(own[0])] = own[0], item.mention.text
    return next(iter(found.values())) if len(found) == 1 else None


# "xã Hồng Việt" five times against "huyện Hòa An" three, "xã Hoằng Xuân" eleven times: a commune written with its
# type four times or more is the page's subject; a passing name seldom comes so often
_WRITTEN_OUT_OFTEN = 4


def _commune_outnumbering_its_district(seen: list[_Seen], district: District, when: date | None) -> tuple[Commune, str, int] | None:
    """The one commune of the chosen district that the article writes with its type four times or more,
    more often than it names the district and twice as often as any other commune ("Huyện ủy Thiệu Hóa
    … khai trừ" once or twice, "xã Thiệu Công" seven times; "huyện Hòa An đã chọn … xã Hồng Việt tổ chức
    Đại hội điểm"): the news is the commune's, the district its setting. The shape is on 75 development
    pages of 75 sites, labelled with that commune on 71; the converter had taken the district on 2 of them."""
    era = _era(when)
    typed, found = _communes_written_out(seen, lambda c: c.district == district.code and (era is None or c.era == era),
                                         lambda mention, own: _unit_key(own[0]))
    if not typed:
        return None
    (key, times), *rest = typed.most_common()
    named = sum(1 for item in seen if item.zone not in _PUBLISHER_ZONES and not item.mention.communes
                and district in _classify(item.mention, when)[1])
    if times < _WRITTEN_OUT_OFTEN or times <= named or (rest and 2 * rest[0][1] > times):
        return None
    return found[key][0][0], found[key][1], times


def _communes_written_out(seen: list[_Seen], keep, key_of) -> tuple[Counter, dict]:
    """How often each commune that `keep` admits is written with its type outside the publisher's
    zones, counted under key_of(mention, communes); and, for each key, its first (communes, text)."""
    typed: Counter = Counter()
    found: dict = {}
    for item in seen:
        if item.zone in _PUBLISHER_ZONES or item.mention.written_type not in COMMUNE_TYPES:
            continue
        own = [c for c in item.mention.communes if keep(c)]
        if own:
            key = key_of(item.mention, own)
            typed[key] += 1
            found.setdefault(key, (own, item.mention.text))
    return typed, found


def _of_several_communes(article: Article) -> bool:
    """The title or the lead's opening tells of several communes ("đã tới thăm, tặng quà đồng bào ở 2 xã Hang Kia
    và Pà Cò (huyện Mai Châu)"): the news is of them all or of their district, however often one is named."""
    return any(_PLURAL_COMMUNES.search(text) for text in [article.title or "", *_opening_sentences(article)])


def _commune_named_over_and_over(seen: list[_Seen], province: Province, when: date | None) -> tuple[Commune, str, int] | None:
    """With no district chosen, the one commune of the province written with its type four times or more, over
    twice as often as any other commune and more often than any district is named ("Đảng bộ xã Hoằng Xuân mới" …
    "Xã tiếp giáp các xã Hoằng Kim, Hoằng Phú" … "huyện Hoằng Hoá" once): the page is that commune's, its
    neighbours and district its setting (5 development pages of 5 sites, unknown before). Twice as often is
    a pair visited ("xã Nhựt Ninh" four times, "xã Thuận Mỹ" twice: a district's delegation)."""
    era = _era(when)
    typed, found = _communes_written_out(
        seen, lambda c: (era is None or c.era == era) and c.province in (province.name, province.successor),
        lambda mention, own: (mention.written_type, exact_key(mention.text)))
    districts = Counter(exact_key(item.mention.text) for item in seen if item.zone not in _PUBLISHER_ZONES
                        and item.mention.written_type not in COMMUNE_TYPES and item.mention.districts and not item.mention.communes)
    if not typed:
        return None
    (key, times), *rest = typed.most_common()
    own, written = found[key]
    if times < _WRITTEN_OUT_OFTEN or (rest and 2 * rest[0][1] >= times) or times <= max(districts.values(), default=0) \
            or len({_unit_key(c) for c in own}) != 1:
        return None
    return own[0], written, times


def _as_written(name: str, spellings: Counter) -> str:
    """The unit's name as the article spells it most ("Ea M'droh" for the gazetteer's "Ea M'Droh"),
    but not as a line in capitals prints it ("HUYỆN THỌ XUÂN"): a name is written in its own case."""
    spelled = [(text, count) for text, count in spellings.most_common() if text != text.upper()][:1]
    return spelled[0][0] if spelled and _name_key(spelled[0][0]) == _name_key(name) else name


def _name_key(name: str) -> str:
    """Spellings of one name compare equal: "M’Drắk", "M'Đrắk", "Hoà Thành", "Hòa Thành"."""
    return fold(name).replace("’", "'")


def _province_votes(seen: list[_Seen], gaz: Gazetteer, when: date | None, text: str = "", with_lists: bool = False,
                    with_company_names: bool = True) -> Counter:
    """Weighed votes for the province on the article's date: provinces named, districts
    named without ambiguity or told apart by their communes named with them, and (after
    the 2025 reform) former units for their successor. with_company_names=False: not the
    districts a company is named after (_company_names)."""
    votes: Counter = Counter()
    after_reform = when is not None and when >= REFORM_DAY
    named_districts = {d.code for item in seen if item.mention.written_type in DISTRICT_TYPES for d in item.mention.districts}
    hosts = {p.name for item in seen if item.zone in _HOST_ZONES for p in item.mention.provinces}
    unsettled, settled = [], set()
    companies = set() if with_company_names else _company_names(seen, text)
    for item in seen:
        if item.in_a_list and not with_lists or item.above_it:
            continue
        if item.mention.communes:
            home = _commune_home(item.mention, gaz, when, named_districts, hosts)
            if home is not None:
                votes[home] += item.weight / 2
                settled.add(home)
            elif item.mention.written_type in COMMUNE_TYPES:
                unsettled.append(item)
            continue
        provinces, districts = _classify(item.mention, when)
        if item.diocese:
            provinces = []  # a diocese's see names no province: the diocese spans several
        if item.institution and _LOCAL_SCHOOL_BEFORE.search(text, max(0, item.mention.start - 60), item.mention.start):
            provinces = []  # a school named after its commune, which shares a province's name
        if after_reform and not provinces and not districts and item.mention.written_type not in COMMUNE_TYPES:
            districts = list(item.mention.districts)  # a former district, now part of a 2025 unit
        for province in provinces:
            votes[gaz.province_on(province, when)] += item.weight / len(provinces)
        if item.institution:  # "Đại học Quốc tế Hồng Bàng": a city's university is in it; a quận's name is a name
            districts = [d for d in districts if (d.type_on(when) or d.type) in ("thành phố", "thị xã")]
        if item.company and exact_key(item.mention.text) in companies:
            districts = []
        homes = {_home(d, when) for d in districts} - {None}
        if len(homes) > 1 and item.mention.written_type in DISTRICT_TYPES:
            homes = {_home(d, when) for d in _told_apart_by_communes(districts, text, gaz)} - {None}
        if len(homes) == 1:  # a district named without ambiguity votes for its province
            votes[homes.pop()] += item.weight * (0.5 if after_reform else 1)
    home = _neighbours_home(unsettled, gaz, when)
    if home is not None and settled <= {home}:
        for item in unsettled:
            votes[home] += item.weight / 2
    return votes


# "Công ty Cổ phần Quốc tế Sơn Hà" … "Đoàn thanh niên Sơn Hà", "Công ty TNHH MTV Thép Tấm Lá Phú Mỹ": a brand
# named after a district is no sign that the news is that district's province (a Hà Nội company named Sơn
# Hà is not in Quảng Ngãi). 13 development pages of 13 sites name a district so; on the two where it was
# the only place, both were wrong. A landmark's name ("Cố đô Hoa Lư") still votes: it stands where it is named.
def _company_names(seen: list[_Seen], text: str) -> set[str]:
    """The district names the page writes as the end of a company's or a venue's name (and so, bare,
    as its short name)."""
    return {exact_key(item.mention.text) for item in seen if item.company and _BRAND_WORD_BEFORE.search(
        text, max(0, item.mention.start - 60), item.mention.start)}


def _scattered_with_company_names(seen: list[_Seen], gaz: Gazetteer, when: date | None, text: str, with_lists: bool) -> bool:
    """The district a company is named after casts no vote, yet it is a place the page names: counted
    with it, places in three provinces or more are a round-up with no province of its own ("Công ty Cấp
    nước Phú Hòa Tân" on a trip to two other provinces' relics), as they would be without the rule."""
    if not _company_names(seen, text):
        return False
    votes = _province_votes(seen, gaz, when, text, with_lists=with_lists)
    if not votes:
        return False
    (_, top), *rest = votes.most_common()
    return _scattered(top, [score for _, score in rest])


def _neighbours_home(unsettled: list[_Seen], gaz: Gazetteer, when: date | None) -> Province | None:
    """The province of two or more communes, each a name several provinces have, that one
    district alone holds all of ("hai xã Minh Đức và Thanh Bình": only huyện Hớn Quản, Bình
    Phước, has both; after the reform, one province: "các xã Tân An, Phong Thạnh" of Vĩnh
    Long): communes named in one article are neighbours, not namesakes far apart."""
    era = _era(when)
    units: dict[str, set] = {}
    province_of = {}
    for item in unsettled:
        here = set()
        for commune in item.mention.communes:
            if (era is None or commune.era == era) and commune.province in gaz.province_by_name:
                unit = commune.district or commune.province  # no districts after the reform: the province itself
                here.add(unit)
                province_of[unit] = commune.province
        units.setdefault(_name_key(item.mention.text), set()).update(here)
    if len(units) < 2:
        return None
    shared = set.intersection(*units.values())
    if len(shared) != 1:
        return None
    return gaz.province_on(gaz.province_by_name[province_of[shared.pop()]], when)


def _whole_word(name: str, text: str) -> bool:
    """name stands in text as whole words (plain finds: cheaper than a pattern per name)."""
    return next(_whole_word_at(name, text), None) is not None


def _whole_word_at(name: str, text: str):
    """Where name stands in text as whole words."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(name, at + 1)


def _told_apart_by_communes(districts: list[District], text: str, gaz: Gazetteer) -> list[District]:
    """Of districts sharing a name ("Huyện ủy Phú Tân"), the one whose communes the text
    names, at least two of them, where the others' none."""
    def named(district: District) -> int:
        names = gaz.commune_names(district.code or "") - {district.name}
        return sum(1 for name in names if len(name) > 3 and _whole_word(name, text))

    counts = [(named(d), d) for d in districts]
    found = [(n, d) for n, d in counts if n >= 2]
    return [found[0][1]] if len(found) == 1 and sum(n for n, _ in counts) == found[0][0] else []


def _commune_home(mention: Mention, gaz: Gazetteer, when: date | None, named_districts: frozenset[str] | set[str] = frozenset(),
                  hosts: frozenset[str] | set[str] = frozenset()) -> Province | None:
    """The province of a commune named with its type ("xã Phổ Khánh"), when only one
    province has a commune of that type and name in the article's era. The district the
    text names with its type settles a shared name ("xã Thái Học" … "huyện Bình Giang"),
    else the province of the page's host (nghiadong.namdinh.gov.vn: not Nghĩa Đồng of Nghệ
    An; a province the text names in passing settles nothing). A
    commune merged away before 2025 counts only when no commune of the 2025 list has the
    name: a historical name does not make a living one ambiguous, and stays evidence of its own."""
    era = _era(when)
    communes = [c for c in mention.communes if (era is None or c.era == era) and c.province in gaz.province_by_name]
    living = [c for c in communes if not c.former]
    beside = [c for c in communes if c.district in named_districts]
    hosted = [c for c in communes if c.province in hosts]
    homes = {gaz.province_on(gaz.province_by_name[c.province], when) for c in beside or hosted or living or communes}
    return homes.pop() if len(homes) == 1 else None


def _choose_province(votes: Counter, seen: list[_Seen], gaz: Gazetteer, when: date | None) -> Province | None:
    if not votes:
        return None
    (best, top), *rest = votes.most_common()
    if _scattered(top, [score for _, score in rest]):
        return None
    if rest and rest[0][1] == top:
        # a name a province shares with another's district ("Quảng Ninh: …" of huyện Quảng Ninh,
        # Quảng Bình): the district's province, when the tie is between those two
        named = [d for item in seen if item.mention.provinces for d in _classify(item.mention, when)[1]]
        tied = [p for p, score in votes.items() if score == top]
        holding = [p for p in tied if any(_home(d, when) == p for d in named)]
        return holding[0] if len(holding) == 1 else None
    return best


def _named_as_a_province_outside_lists(votes: Counter, seen: list[_Seen], gaz: Gazetteer, when: date | None) -> bool:
    """The province ahead once the lists are set aside is named as a province ("Đảng bộ tỉnh Nam Định",
    "tại tỉnh Gia Lai") in the title or the lead, outside any list: a page that lists provinces and
    names another only in passing or by a bare district ("Chân dung 4 nữ Bí thư Tỉnh ủy") has none of its own."""
    if not votes:
        return False
    best = votes.most_common(1)[0][0]
    return any(not item.in_a_list and item.zone in ("title", "lead") and item.mention.written_type in ("tỉnh", "thành phố")
               and any(gaz.province_on(p, when) == best for p in item.mention.provinces) for item in seen)


def _scattered(top: float, others: list[float]) -> bool:
    """Three provinces or more, the runner-up near the top and a third not far behind: a
    round-up, a trip or a history that moves between provinces, with no province of its own."""
    return len(others) >= 2 and others[0] >= 0.4 * top and others[1] >= 0.25 * top


def _home(district: District, when: date | None) -> Province | None:
    """The province a district was in on a date, under that date's name (Huế from 2025)."""
    gaz = gazetteer()
    province = gaz.province_by_name.get(district.province_on(when))
    return gaz.province_on(province, when) if province else None


def _vote_text(votes: Counter) -> str:
    return ", ".join(f"{p.name} {score:g}" for p, score in votes.most_common(3)) and (
        "điểm địa danh: " + ", ".join(f"{p.name} {score:g}" for p, score in votes.most_common(3)))


def _weak_vote(votes: Counter, province: Province) -> bool:
    """Decided by one passing mention, or by no more than twice the runner-up's weight (2
    against 1 was wrong on 7 of 13 development pages); or the capital named once, even in
    the lead: where national meetings sit and central bodies are, so as often a venue as the
    article's own place (a third of such pages)."""
    ranked = votes.most_common(2)
    if not ranked:
        return True
    top = votes.get(province, 0)
    second = ranked[1][1] if len(ranked) > 1 and ranked[0][0] == province else ranked[0][1] if ranked[0][0] != province else 0
    return top < 2 or top <= 2 * second or (exact_key(province.name) in _CAPITAL_KEYS and top <= 2)


@dataclass
class _DistrictVotes:
    scores: Counter
    strong: set
    written: dict  # district -> Counter of unit types written before its name
    spelling: dict  # district -> Counter of spellings as printed
    weak: bool = False  # chosen on thin evidence (the only district named, once or twice)
    hosted: Counter = field(default_factory=Counter)  # district -> points from the page's host alone


def _district_votes(seen: list[_Seen], province: Province, when: date | None) -> _DistrictVotes:
    """Votes for the province's districts; a bare name that is also a province's name
    ("Quảng Ninh: …" in an article about huyện Quảng Ninh of Quảng Bình) counts for the district."""
    votes = _DistrictVotes(Counter(), set(), defaultdict(Counter), defaultdict(Counter))
    typed = {
        key
        for item in seen
        if item.mention.written_type
        for key in [exact_key(item.mention.text) + "|" + ("tỉnh" if item.mention.written_type == "tỉnh" else "district")]
    }
    for item in seen:
        mention = item.mention
        if mention.communes or item.institution or item.company or item.address:
            continue
        provinces, districts = _classify(mention, when)
        inside = [d for d in districts if _home(d, when) == province]
        if not inside and provinces and mention.written_type is None:
            # a bare name shared by a province and one of its districts (Kon Tum, Lạng Sơn):
            # the district when the article writes that district out, and never the province
            key = exact_key(mention.text)
            other_province = province not in {gazetteer().province_on(p, when) for p in provinces}
            district_written = f"{key}|district" in typed and f"{key}|tỉnh" not in typed
            if other_province or district_written:
                inside = [d for d in mention.districts if _home(d, when) == province]
        for district in inside:
            votes.scores[district] += item.weight / len(inside)
            if item.weight >= STRONG:
                votes.strong.add(district)
            if item.zone == "url":
                votes.hosted[district] += item.weight / len(inside)
                continue  # our own words for the host's district: neither its type then nor the article's spelling
            if mention.written_type in DISTRICT_TYPES:
                votes.written[district][mention.written_type] += 1
            votes.spelling[district][mention.text] += 1
    return votes


def _choose_district(
    votes: _DistrictVotes, seen: list[_Seen], province: Province, when: date | None, province_scope: int, district_scope: int,
    text: str,
) -> District | None:
    if when is not None and when >= REFORM_DAY:
        return None  # the district level no longer existed
    if not votes.scores or _districts_paired_in_title(seen, province, when, text):
        return None
    ranked = votes.scores.most_common()
    best, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if best in votes.strong and score > second:
        return best
    # the province itself named in the title or the body (not by the publisher: its line, tag or URL, nor
    # as the end of a company's or a landmark's name: "Thành cổ Quảng Trị" is no province-wide news)
    province_named = sum(
        item.weight
        for item in seen
        if item.zone not in _PUBLISHER_ZONES and not item.company and not _a_districts_address(text, item.mention)
        and province in {gazetteer().province_on(p, when) for p in _classify(item.mention, when)[0]}
    )
    if score >= 3 and score >= 2 * second and score + district_scope > province_named + province_scope:
        votes.weak = score - _address_points(votes, best, seen) < 6  # a few mentions (3-5 points), none in the title: to review (21 of 91 wrong)
        return best
    if _written_out_again_and_again(votes, best, province, score, second):
        votes.weak = True
        return best
    # the only district the article names, named where its subject stands (title or lead)
    lead_named = any(item.weight >= ZONE_WEIGHT["lead"] and best in _classify(item.mention, when)[1] for item in seen)
    # or the only district it names at all, named with its Party committee ("Quận ủy quận Gò Vấp")
    committee_named = any(item.committee and best in _classify(item.mention, when)[1] for item in seen)
    if committee_named:  # the body answers to the district's committee: a hospital named after the province is its own name
        province_named -= _named_in_a_services_name(seen, province, when, text)
    # or the only district it writes with its type, in an article on a district's bodies left unnamed
    # ("… của huyện Thường Xuân" once, "Huyện ủy", "toàn huyện" throughout)
    if len(ranked) == 1 and (lead_named or committee_named
                             or _speaks_of_unnamed_district_bodies(text, province, set(votes.written[best]))) \
            and score + district_scope >= province_named + province_scope:
        if _named_only_in_a_venues_address(seen, best, when, text):
            return None
        votes.weak = True
        return best
    return None


# "Đảng bộ Bệnh viện Phổi tỉnh Phú Thọ", "Bệnh Viện Sản-Nhi Vĩnh Phúc", "Đảng bộ Cảng vụ hàng hải Hải Phòng":
# a hospital or a port authority named after the province it serves (hyphens may join its words)
_SERVICE_BEFORE = re.compile(r"(?:[Bb]ệnh\s+[Vv]iện|[Cc]ảng\s+[Vv]ụ)"
                             r"(?:\s+(?!(?:tại|ở|của|và|với|thuộc|trên|cho|về|đến|từ)\b)[^\s,.;:()–-][^\s,.;:()–]*){0,4}\s+$")


def _named_in_a_services_name(seen: list[_Seen], province: Province, when: date | None, text: str) -> float:
    """The weight of the mentions of the province that end a hospital's or port authority's name."""
    return sum(item.weight for item in seen
               if item.zone not in _PUBLISHER_ZONES and not item.company and _ends_a_services_name(text, item.mention)
               and province in {gazetteer().province_on(p, when) for p in _classify(item.mention, when)[0]})


def _ends_a_services_name(text: str, mention: Mention) -> bool:
    """The province is the end of a hospital's or a port authority's name, as a company's is: the
    body's own name, not a sign of province-wide news; its Party unit answers to the district
    committee the page names ("Thị ủy Phú Thọ", "Bí thư Quận ủy Hồng Bàng"; 3 development pages of
    3 sites, all labelled with that district, unknown before)."""
    return mention.written_type in (None, "tỉnh") and _SERVICE_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None


# A district's own bodies written without its name ("Huyện ủy đã chỉ đạo", "toàn huyện có", "UBND huyện tổ
# chức"; not "UBND huyện Hoằng Hóa", the mention itself), and a commune's ("HĐND xã", "Đảng ủy phường")
_UNNAMED_DISTRICT_BODY = re.compile(
    rf"(?:(?P<committee>Huyện|Quận|Thị|Thành) [uủ][yỷ]|(?:toàn|UBND|HĐND|Đảng bộ) (?P<unit>huyện|quận|thị xã|thành phố))"
    rf"(?![ \t]*{CAPITAL})")
_UNNAMED_COMMUNE_BODY = re.compile(rf"(?:UBND|HĐND|Đảng [uủ][yỷ]|Đảng bộ) (?P<unit>xã|phường|thị trấn)(?![ \t]*{CAPITAL})")
_COMMITTEE_UNIT = {"Huyện": "huyện", "Quận": "quận", "Thị": "thị xã", "Thành": "thành phố"}


def _speaks_of_unnamed_district_bodies(text: str, province: Province, written_types: set[str]) -> bool:
    """Whether the article speaks of the bodies of a district of the type it writes its only district with,
    without naming them, more than of a commune's: they are that district's ("huyện Thường Xuân" once,
    "Huyện ủy" throughout). A centrally run city's "Thành ủy" is the province's own committee."""
    if province.type == "thành phố":
        written_types = written_types - {"thành phố"}
    if not written_types:
        return False
    district = sum(1 for match in _UNNAMED_DISTRICT_BODY.finditer(text)
                   if (match["unit"] or _COMMITTEE_UNIT[match["committee"]]) in written_types)
    return district > len(_UNNAMED_COMMUNE_BODY.findall(text))


def _address_points(votes: _DistrictVotes, district: District, seen: list[_Seen]) -> float:
    """The points a commune's own site gives its district by its host ("binhthanh.chauthanh.angiang.gov.vn",
    "mayto.ngoquyen.gov.vn"): the district there is the commune's address, not the article's subject, so
    it does not make a thinly named district firm against a commune the lead names with it."""
    return votes.hosted[district] if _commune_site(seen) else 0


_WRITTEN_OUT_AGAIN = 3  # "huyện Giao Thủy" three times or more: the article's own subject, not a passing place


def _written_out_again_and_again(votes: _DistrictVotes, best: District, province: Province, score: float, second: float) -> bool:
    """A district the article writes with its type again and again ("huyện Giao Thủy" six times, "thị xã
    Bỉm Sơn" four), far ahead of any other, is its subject however often the province is named around it
    ("tỉnh Nam Định", "của tỉnh": 4 development pages of 4 sites, all labelled with the district, left
    unknown before); not a city that shares its province's name ("thành phố Hải Dương"), where the
    province's own events are held."""
    return (score >= 6 and score >= 2 * second and sum(votes.written[best].values()) >= _WRITTEN_OUT_AGAIN
            and exact_key(best.name) != exact_key(province.name))


# "huyện Giao Thủy (Nam Định)", "UBND huyện Triệu Phong (Quảng Trị)", "huyện Ia Grai (tỉnh Gia Lai)": the province
# in brackets right after a district's name
_BRACKETED_AFTER_A_DISTRICT = re.compile(
    rf"(?:[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hành\s+phố|TP\.?)\s*{CAPITAL}[\w’']*(?:\s+{CAPITAL}[\w’']*){{0,3}}\s*\(\s*(?:tỉnh\s+)?$")


def _a_districts_address(text: str, mention: Mention) -> bool:
    """The province written in brackets after a district, as its address: where the district
    lies, not a sign of province-wide news (the district's own news names its province so)."""
    return _BRACKETED_AFTER_A_DISTRICT.search(text, max(0, mention.start - 60), mention.start) is not None


# "tại Khu K9 (Đá Chông, Ba Vì, Hà Nội)", "tại Nghĩa trang Liệt sĩ Rừng Sác – Huyện Cần Giờ", "tại Căn cứ
# Trung ương cục miền Nam … (huyện Vĩnh Cửu)": a venue's address in brackets or after a dash, where a body
# from elsewhere went for a ceremony or a trip
_VENUE_ADDRESS_BEFORE = re.compile(r"\btại\s+[^.;:()]{3,60}(?:\(|\s[–-]\s)[^.;:()]{0,30}$")


def _named_only_in_a_venues_address(seen: list[_Seen], district: District, when: date | None, text: str) -> bool:
    """The only district a page names stands only in the address of the place its event was held:
    the news is of the body that went there, not of the district (9 development pages of 9 sites
    show it, 8 with no locality)."""
    named = [item.mention for item in seen if district in _classify(item.mention, when)[1]]
    return all(_VENUE_ADDRESS_BEFORE.search(text, max(0, m.start - 70), m.start) for m in named)


# "huyện Mai Sơn và Sông Mã", "huyện Khoái Châu và thành phố Hưng Yên", "TP Tân Uyên và TP Bến Cát",
# "3 huyện Bình Chánh, Hóc Môn, Nhà Bè": the joint between two districts the title names together
@lru_cache(maxsize=1)
def _districts_joined() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:{_district_word()}\s*)?", re.IGNORECASE)


def _districts_paired_in_title(seen: list[_Seen], province: Province, when: date | None, text: str) -> bool:
    """The title names two of the province's districts side by side: the news is of both (four
    development pages, none about one of them), not of the one the body names more often."""
    titled = [(item.mention, district) for item in seen if item.zone == "title"
              for district in _classify(item.mention, when)[1] if _home(district, when) == province]
    return any(first is not second and _districts_joined().fullmatch(text, a.start + len(a.text), b.start) is not None
               for (a, first), (b, second) in zip(titled, titled[1:]))


# The commune an article is about is named with its Party organisation or people:
# "Đảng bộ xã X", "Đảng ủy phường Y", "Bí thư xã Z", or as the title's subject.
_COMMUNE_BODIES = r"Đảng\s+bộ|Đảng\s+[uủ][ỷy]|Bí\s+thư|UBND|HĐND|Chi\s+bộ|MTTQ(?:VN)?"
_COMMUNE_SUBJECT = re.compile(
    rf"(?:{_COMMUNE_BODIES}|nhân\s+dân|Mặt\s+trận\s+Tổ\s+quốc(?:\s+Việt\s+Nam)?)\s+$",
    re.IGNORECASE,
)
# A district-level committee or unit as the subject: "Huyện ủy Gio Linh tổ chức …", "Huyện Vĩnh Tường: …", and
# its Youth Union: "Huyện đoàn phối hợp trao nhà nhân ái …", "Thị đoàn Ayun Pa: …" (4 development pages of 4 sites).
_DISTRICT_SUBJECT = re.compile(
    r"^(?:[^,.;:]{0,30},\s*)?(?:(?:Thành|Thị|Huyện|Quận)\s+(?:[uủ][yỷ]|[đĐ]oàn)|Đảng\s+bộ\s+(?:huyện|thị\s+xã|quận)|UBND\s+(?:huyện|thị\s+xã|quận)|(?:Huyện|Thị\s+xã|Quận)\s+[^:,.]{2,25}:"
    rf"|(?:[Hh]uyện|[Tt]hị\s+xã)\s+{CAPITAL}\w*(?:\s+{CAPITAL}\w*){{0,3}}\s+(?!và\b|cùng\b)[a-zđ])",  # "huyện Bình Sơn tổ chức …"
)


# "Vị Thanh: Tổ chức kết nạp 46 đoàn viên mới", "Tân Yên: 91 đảng viên …": a bare unit name as the title's kicker
_TITLE_KICKER = re.compile(rf"(?P<name>{CAPITAL}[\w’']*(?:[ \t]+{CAPITAL}[\w’']*){{0,3}})[ \t]*:")


def _kicker_names_a_district(title: str | None, seen: list[_Seen]) -> bool:
    """The title opens with a district's bare name as its kicker ("Vị Thanh: …"), as papers file a
    district's news: the district is the subject, as with "Huyện X: …" (no province, no commune by the name)."""
    kicker = _TITLE_KICKER.match(title or "")
    return kicker is not None and any(
        item.zone == "title" and exact_key(item.mention.text) == exact_key(kicker["name"])
        and item.mention.districts and not item.mention.provinces and not item.mention.communes for item in seen)


def _choose_commune(article: Article, seen: list[_Seen], province: Province | None, gaz: Gazetteer,
                    when: date | None, province_scope: int, text: str) -> Commune | None:
    """A commune-level locality: named in the title, the place line or the publisher, or
    as the organisation the lead is about; identified by its province and the district
    named with it, never by its name alone."""
    era = _era(when)
    opening = _opening_sentences(article)
    # the page's own commune (its masthead) yields to a district committee the news is about
    title_district = bool(_DISTRICT_SUBJECT.search(article.title or "")) or _kicker_names_a_district(article.title, seen)
    district_subject = title_district or any(_DISTRICT_SUBJECT.search(text) for text in opening)
    district_named = {d.code for item in seen for d in item.mention.districts if d.code}
    # a district's own site: a commune of that district named as one in the title or lead is what its news is about
    host_district = set() if district_subject or _district_committee_leads(seen) or _commune_site(seen) else {
        d.code for item in seen if item.zone == "url" for d in item.mention.districts if d.code}
    host_only = _host_only_communes(seen)
    candidates = []
    for item in seen:
        for commune in item.mention.communes:
            if (era is not None and commune.era != era) or item.former:
                continue
            strong = item.weight >= STRONG and not (district_subject and item.weight >= ZONE_WEIGHT["publisher"])
            if item.zone == "publisher" and _name_key(commune.name) in host_only:
                strong = False
            subject = item.weight >= ZONE_WEIGHT["paragraph"] and any(_subject_in(o, item.mention) for o in opening)
            subject = subject or (item.zone in ("title", "lead") and item.mention.written_type in COMMUNE_TYPES
                                  and commune.district in host_district and not _venue_or_address(text, item.mention))
            in_title = _commune_named(article.title or "", item.mention) is not None
            titled = _titled_by_bare_name(article.title, item.mention, gaz)
            # the title or lead opened by a district's body: a commune it acts on is not the subject
            # ("Huyện ủy Bình Lục làm việc với BTV Đảng ủy xã An Nội"), one the title itself leads with still is
            if ((strong or subject) and ((in_title and not title_district) or not district_subject)) \
                    or (titled and not title_district):
                candidates.append(commune)
    headings = [article.title or "", *(block.text for block in article.blocks if block.kind == "heading")]
    described = (_described_commune(text, headings, gaz, era) or _relics_commune(article.title, text, gaz, era)
                 or _memorials_commune(article.title, opening, seen, era))
    if not candidates:
        candidates = described
    living = [item for item in seen if not item.former]  # "xã Tráng Liệt (nay là thị trấn Kẻ Sặt)": the one it is now
    if not candidates and not district_subject and not province_scope:  # a province-wide article: no commune by its committee
        candidates = _up_front_under_a_province_body(
            _committee_commune(living, era) or _only_commune_again_and_again(living, era, text)
            or _bare_commune_subject(article.title, opening, living, era), article.title, opening, living)
    elif not candidates and not district_subject:
        candidates = _up_front_under_a_province_body(
            _district_unnamed(_only_commune_again_and_again(living, era, text), living), article.title, opening, living)
    if not candidates:
        candidates = _local_school_communes(text, gaz, era, district_named)
    candidates = _narrow_communes(candidates, province, era, district_named, gaz)
    return _the_one_commune(_the_sites_own_among(candidates, seen), described, seen, text)


def _the_one_commune(candidates: list[Commune], described: list[Commune], seen: list[_Seen], text: str) -> Commune | None:
    """The single commune left, unless another is named as often (not in a commune's own
    profile, whose neighbours are: "phía Tây giáp xã An Ấp") or it is only counted among others."""
    distinct = {_unit_key(c) for c in candidates}
    profile = bool(distinct) and distinct <= {_unit_key(c) for c in described}
    if len(distinct) != 1 or (not profile and _another_commune_as_often(seen, candidates[0])) \
            or _only_counted_among_others(seen, candidates[0], text):
        return None
    return candidates[0]


# "Tỉnh ủy Thanh Hóa sơ kết …", "Sáng 12/8, Ban Dân vận Tỉnh ủy tổ chức …", "Tỉnh đoàn trao nhà …", "UBND tỉnh
# làm việc …": a province's own body opens the title or the lead's first sentence, as the one acting
_PROVINCE_SUBJECT = re.compile(
    r"^(?:[^,.;:]{0,30},\s*)?(?:(?:Ban|Ủy\s+ban|Văn\s+phòng)\s+[^,.;:]{2,30}?\s+)?"
    r"(?:Tỉnh\s+(?:[uủ][yỷ]|[đĐ]oàn)|(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Đảng\s+bộ)\s+tỉnh)\b")


def _up_front_under_a_province_body(communes: list[Commune], title: str | None, opening: list[str],
                                    seen: list[_Seen]) -> list[Commune]:
    """The commune the text names most, kept in news a province's own body opens ("Tỉnh ủy …",
    "Ban Dân vận Tỉnh ủy tổ chức …", "Tỉnh đoàn trao nhà …") only when the title or lead names it
    (where the province's event was held: "tại Tượng đài … (phường Tam Sơn)"): named only further
    down ("mô hình của xã Quảng Nham", "Đại diện xã Quảng Nham trình bày tham luận") it is one of
    the province's examples, not the place the news is about."""
    if not communes or not any(_PROVINCE_SUBJECT.search(line) for line in [title or "", *opening]):
        return communes
    up_front = {c for item in seen if item.zone in ("title", "lead") for c in item.mention.communes}
    return communes if any(c in up_front for c in communes) else []


# "Trường Mầm non Xuân Hội", "Chi bộ trường THCS Tây Phú": a kindergarten,
# primary or lower-secondary school is named after the commune it serves
# (each opens on a letter, its word boundary looked behind: the engine then skips ahead fast)
_LOCAL_SCHOOL_NAME = re.compile(rf"[Tt](?<=\b[Tt])rường\s+(?:{_LOCAL_SCHOOL_TYPES}|TH)"
                                rf"[ \t]+(?P<name>{CAPITAL}[\w’']*(?:[ \t]+{CAPITAL}[\w’']*){{0,3}})")

# "Huyện Chiêm Hóa có 81 đơn vị trường học", "các trường", "ngành Giáo dục huyện": a round-up of many
# schools, one of them an example, is the district's news, not the school's commune's
_SCHOOLS_IN_THE_PLURAL = re.compile(r"[tcNn](?<=\b[tcNn])(?:(?<=t)rường\s+học|(?<=c)ác\s+trường|(?<=[Nn])gành\s+[Gg]iáo\s+dục)\b")


def _local_school_communes(text: str, gaz: Gazetteer, era: str | None, district_named: set[str]) -> list[Commune]:
    """The one commune a local school on the page is named after, found in a district the page names:
    a school's page is its commune's news, the district office's name on it notwithstanding."""
    names = {exact_key(match["name"]) for match in _LOCAL_SCHOOL_NAME.finditer(text)}
    if not names or _SCHOOLS_IN_THE_PLURAL.search(text):
        return []
    found = [c for name in names for c in gaz.communes(name)
             if c.district in district_named and (era is None or c.era == era)]
    return found if len({_unit_key(c) for c in found}) == 1 else []


def _narrow_communes(candidates: list[Commune], province: Province | None, era: str | None, district_named: set[str],
                     gaz: Gazetteer) -> list[Commune]:
    """The candidate communes the province, the districts named with them and the 2025 reform leave."""
    if province is not None:
        names = {province.name, province.successor}
        candidates = [c for c in candidates if c.province in names]
    elif len({c.province for c in candidates}) > 1 and era == "legacy":
        candidates = [c for c in candidates if c.district in district_named]
    distinct = {_unit_key(c) for c in candidates}
    if len(distinct) > 1 and era == "legacy":
        return [c for c in candidates if c.district in district_named]
    if len(distinct) == 2 and era is None:
        return _one_commune_through_the_reform(candidates, gaz)
    return candidates

# A paragraph that opens by telling where a commune lies or what it is ("Xã Mỹ Trung ở phía đông huyện Mỹ
# Lộc", "Xã Điện Quang thuộc thị xã Điện Bàn", "Tiên Lục là một xã miền núi …"): a commune's own profile
_COMMUNE_NAME = rf"{CAPITAL}[\w’']*(?:[ \t]+{CAPITAL}[\w’']*){{0,3}}"
_COMMUNE_DESCRIBED = re.compile(
    rf"^[ \t]*(?:[-+•][ \t]*)?(?:(?P<type>Xã|Phường|Thị[ \t]+trấn)[ \t]+(?P<typed>{_COMMUNE_NAME})[ \t]+"
    rf"(?:là|nằm|ở|thuộc|có[ \t]+(?:tổng[ \t]+)?diện[ \t]+tích)\b"
    rf"|(?P<bare>{_COMMUNE_NAME})[ \t]+là[ \t]+(?:một[ \t]+)?(?P<kind>xã|phường|thị[ \t]+trấn)\b)",
    re.MULTILINE,
)


def _described_commune(text: str, headings: list[str], gaz: Gazetteer, era: str | None) -> list[Commune]:
    """The one commune whose place or kind a paragraph opens by telling: the page is that commune's
    profile, however often it names the district around it or its neighbours (30 development pages
    of 30 sites describe one so, all labelled with it; 5 read as the district before, 5 as none);
    not on a page of several ("CÁC XÃ, THỊ TRẤN": a district's list of its communes)."""
    if any(_PLURAL_COMMUNES.search(heading) for heading in headings):
        return []
    described = {(exact_key(match["typed"] or match["bare"]), " ".join((match["type"] or match["kind"]).lower().split()))
                 for match in _COMMUNE_DESCRIBED.finditer(text)}
    if len(described) != 1:
        return []
    key, kind = described.pop()
    return [c for c in gaz.communes(key) if c.type == kind and (era is None or c.era == era)]


# A page whose title is a relic's name ("Khu lưu niệm Tổng Bí thư Lê Hồng Phong", "Di tích Nặm Lìn", "DI TÍCH
# NƠI THÀNH LẬP CHI BỘ ĐẦU TIÊN AN TRƯỜNG"), a short kicker allowed before it ("Bắc Kạn: Di tích …")
_RELIC_TITLE = re.compile(r"^(?:[^:]{2,20}:\s*)?(?:(?:khu|nhà|cụm)\s+)?(?:di\s+tích|lưu\s+niệm)\b", re.IGNORECASE)
# "Khu lưu niệm … ở xã Hưng Thông", "Di tích … nằm ở thôn Hào Lịch, xã Hoàng Tung", "di tích …, ở ấp 3A, xã An
# Trường": where the text places the relic, down to its commune (opens on its letters: tried only there)
_RELIC_PLACED = re.compile(
    r"[LlDd](?:ưu\s+niệm|i\s+tích|I\s+TÍCH)[^.;:\n]{0,80}?\s(?:ở|tại|thuộc|nằm\s+(?:ở|tại)|to[ạa]\s+lạc\s+tại)\s+"
    r"(?:(?:[Tt]hôn|[Ấấ]p|[Xx]óm|[Bb]ản|[Ll]àng|[Kk]hu\s+phố|[Tt]ổ\s+dân\s+phố)\s+[^,.;\n]{1,25},\s*)?"
    rf"(?P<type>xã|phường|thị\s+trấn)\s+(?P<name>{_COMMUNE_NAME})")


def _relics_commune(title: str | None, text: str, gaz: Gazetteer, era: str | None) -> list[Commune]:
    """The commune a relic's own page places it in, named there and again: the page is of that
    commune, not of the district whose name its address goes on with or of the places its hero
    passed through (6 development pages of 6 sites; 3 read as a district before). A commune
    named only once is a passing address ("Di tích … Cái Ngang ở Ấp 4, xã Phú Lộc, huyện Tam Bình")."""
    if not title or not _RELIC_TITLE.search(title):
        return []
    placed = {(match["name"], " ".join(match["type"].split())) for match in _RELIC_PLACED.finditer(text)}
    if len({(exact_key(name), kind) for name, kind in placed}) != 1:
        return []
    name, kind = placed.pop()
    if sum(1 for _ in _whole_word_at(name, text)) < 2:
        return []
    return [c for c in gaz.communes(exact_key(name)) if c.type == kind and (era is None or c.era == era)]


@lru_cache(maxsize=1)
def _memorial_words() -> re.Pattern[str]:
    """The words naming a person's memorial ("Khu lưu niệm", "Nhà lưu niệm"; abbreviations.yml memorial_words)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, data.memorial_words()))})(?!\w)", re.IGNORECASE)


def _memorials_commune(title: str | None, opening: list[str], seen: list[_Seen], era: str | None) -> list[Commune]:
    """The commune a person's memorial stands in, the person's home ("Khu lưu niệm Tổng Bí thư Lê Hồng Phong
    ở xã Hưng Thông, huyện Hưng Nguyên"): on a page titled by the memorial, the one commune the first
    sentence names with its type, naming the memorial too, before any district, is the page's, even named
    only there (5 development pages of 5 sites, all labelled with it; 2 change: one read as the district
    before, one as none)."""
    words = _memorial_words()
    first = opening[0] if opening else ""
    if not title or not words.search(title) or not words.search(first):
        return []
    named = [item.mention for item in seen if item.mention.written_type in COMMUNE_TYPES and _commune_named(first, item.mention)]
    if len({exact_key(mention.text) for mention in named}) != 1:
        return []
    # the type the first sentence writes ("phường Phù Khê"), not the one a later line does ("xã Phù Khê")
    mention = next((m for m in named if _commune_named(first, m)[0].lower().startswith(m.written_type)), named[0])
    district = _DISTRICT_LEVEL_WORD.search(first)
    if district is not None and district.start() < _commune_named(first, mention).start():
        return []  # "Từ trung tâm huyện Thạch Hà, đi … là đến di tích lưu niệm …, ở xã Ngọc Sơn": a way there
    return [c for c in mention.communes if (era is None or c.era == era) and c.type == mention.written_type and not c.former]


def _the_sites_own_among(candidates: list[Commune], seen: list[_Seen]) -> list[Commune]:
    """Of several communes the title and lead put forward, the one whose own site published the
    page, when the text names it too ("Đoàn công tác xã Định Mỹ … thăm, chúc Tết xã Thoại Sơn"
    on dinhmy.….gov.vn): a commune's site reports what its commune does."""
    if len({_unit_key(c) for c in candidates}) < 2:
        return candidates
    hosted = {_unit_key(c) for item in seen if item.zone == "publisher" for c in item.mention.communes}
    named = {_unit_key(c) for item in seen if item.zone not in _PUBLISHER_ZONES for c in item.mention.communes}
    own = [c for c in candidates if _unit_key(c) in hosted & named]
    return own if len({_unit_key(c) for c in own}) == 1 else candidates


def _commune_site(seen: list[_Seen]) -> bool:
    """The host is a commune's own site ("vinhlam.vinhlinh.quangtri.gov.vn"), not its district's:
    the other communes its lead names are its neighbours ("phía Bắc giáp xã Vĩnh Hòa"), not its news."""
    return any(item.zone == "publisher" and item.mention.communes for item in seen)


# "… tổ chức tại Trung tâm văn hóa xã Hạ Long", "khai mạc ở thôn Đại Tiền xã Hoằng Đại", "(40 tuổi, thôn
# Tường An, xã Mỹ Quang)": where the district's news took place, or a person's address
_VENUE_BEFORE = re.compile(r"(?:\b(?:tại|ở)\s+(?!cơ\s+sở)|(?<!nông )\b(?:thôn|ấp|xóm|tổ dân phố|khu phố)\s+[^,.;()]{1,30},\s*)"
                           r"[^.;:]{0,60}$")  # not "dân chủ ở cơ sở", "nông thôn mới"


def _venue_or_address(text: str, mention: Mention) -> bool:
    """The commune is named as a venue or in an address ("tại …, xã Cẩm Ninh"), not as the one acting."""
    return bool(text) and _VENUE_BEFORE.search(text, max(0, mention.start - 90), mention.start) is not None


def _host_only_communes(seen: list[_Seen]) -> set[str]:
    """The site's communes (name keys) that the text never names, when its title or lead names a
    district: the host alone does not make the news the commune's (10 of 14 development pages)."""
    up_front = any(item.weight >= ZONE_WEIGHT["lead"] and item.zone not in _PUBLISHER_ZONES and item.mention.districts
                   and not item.mention.communes for item in seen)
    if not up_front:
        return set()
    named = {_name_key(c.name) for item in seen if item.zone not in _PUBLISHER_ZONES for c in item.mention.communes}
    return {_name_key(c.name) for item in seen if item.zone == "publisher" for c in item.mention.communes} - named


def _unit_key(commune: Commune) -> tuple[str, str, str]:
    """One commune however the lists capitalise it ("AL Bá" before 2025, "Al Bá" after)."""
    return commune.type, exact_key(commune.name), commune.province


def _titled_by_bare_name(title: str | None, mention: Mention, gaz: Gazetteer) -> bool:
    """The title names, without its type, a commune the text names with it ("… buôn làng ở
    Dur Kmăl" and "xã Dur Kmăl" further on): the news is of that commune, unless a district
    or a province has the name too."""
    return bool(title) and mention.written_type in COMMUNE_TYPES and _whole_word(mention.text, title) \
        and not gaz.names_a_unit(exact_key(mention.text))


def _another_commune_as_often(seen: list[_Seen], chosen: Commune) -> bool:
    """Another commune named with its type as often as the chosen one ("xã Pà Cò" in the lead,
    "xã Hang Kia" through the text): the news is of both, not of one (unless the page is the
    chosen commune's own site)."""
    if any(item.zone in _PUBLISHER_ZONES and chosen in item.mention.communes for item in seen):
        return False
    typed = Counter(_name_key(item.mention.text) for item in seen if item.mention.communes and not item.former
                    and item.mention.written_type in COMMUNE_TYPES and item.zone not in _PUBLISHER_ZONES)
    own = typed.get(_name_key(chosen.name), 0)
    return any(count >= own for name, count in typed.items() if name != _name_key(chosen.name))


def _only_counted_among_others(seen: list[_Seen], chosen: Commune, text: str) -> bool:
    """Wherever the article names the chosen commune, it opens a counted list of several: the news
    is of them all or of their district, not of the first one listed (3 development pages, 3 sites)."""
    own = [item for item in seen if chosen in item.mention.communes]
    return bool(own) and all(item.zone not in _PUBLISHER_ZONES
                             and _counted_before().search(text, max(0, item.mention.start - 25), item.mention.start) for item in own)


def _one_commune_through_the_reform(candidates: list[Commune], gaz: Gazetteer) -> list[Commune]:
    """An undated article's commune that kept its name in 2025 ("phường Mũi Né" of Bình Thuận,
    then of Lâm Đồng) is one commune, not two: as it was before, like the province."""
    legacy = [c for c in candidates if c.era == "legacy"]
    twins = {(c.type, exact_key(c.name), getattr(gaz.province_by_name.get(c.province), "successor", None)) for c in legacy}
    later = {_unit_key(c) for c in candidates if c.era == "2025"}
    return legacy if len(twins) == 1 and later == twins else candidates


def _district_committee_leads(seen: list[_Seen]) -> bool:
    """A district committee named in the title or lead ("Ban Thường vụ Huyện ủy Năm Căn họp …"):
    news of the district, where a commune is one of its places."""
    return any(item.committee == "district" and item.weight >= ZONE_WEIGHT["lead"] and not item.issuer for item in seen)


def _committee_commune(seen: list[_Seen], era: str | None) -> list[Commune]:
    """The only commune an article names, named with its Party committee ("Tới dự có đại
    diện Đảng ủy phường Mễ Trì"): the one a school's or a hamlet's cell belongs to."""
    named = {exact_key(item.mention.text) for item in seen if any(era is None or c.era == era for c in item.mention.communes)}
    if len(named) != 1 or _district_committee_leads(seen):
        return []
    return [c for item in seen if item.committee for c in item.mention.communes if era is None or c.era == era]


# The lead's subject a commune's own bodies, the commune unnamed: "Đảng ủy, HĐND, UBND xã đã tổ chức …"
_BARE_COMMUNE_BODY = re.compile(
    rf"(?:{_COMMUNE_BODIES}|Ủy\s+ban\s+nhân\s+dân|Chủ\s+tịch)"
    rf"[^.;]{{0,40}}?\b(?:(?<!thị )xã|phường|thị\s+trấn)\b(?!\s+(?:{CAPITAL}|\d))")  # not "thị xã"


_PLURAL_COMMUNES = re.compile(r"\b(?:các|những|\d+)\s+(?:xã|phường|thị\s+trấn)\b", re.IGNORECASE)


def _bare_commune_subject(title: str | None, opening: list[str], seen: list[_Seen], era: str | None) -> list[Commune]:
    """The lead tells of a commune's own bodies without its name ("UBND xã đã tổ chức …", a
    commune's site) and the text names one commune with its type: that commune."""
    if not any(_BARE_COMMUNE_BODY.search(sentence) for sentence in opening) or any(
            _PLURAL_COMMUNES.search(text) for text in [title or "", *opening]):
        return []  # "HĐND các xã huyện Chợ Đồn …": news of all of them
    typed = [item for item in seen if item.mention.written_type in COMMUNE_TYPES
             and any(era is None or c.era == era for c in item.mention.communes)]
    if len({exact_key(item.mention.text) for item in typed}) != 1:
        return []
    return [c for c in typed[0].mention.communes if era is None or c.era == era]


def _only_commune_again_and_again(seen: list[_Seen], era: str | None, text: str) -> list[Commune]:
    """The only commune an article names, named with its type twice or more ("xã Ô Diên"
    in the lead and again further on): the place the news is about. Once is a passing mention, unless
    the article speaks of a commune's bodies unnamed ("Đảng ủy xã", "UBND xã") more than of a district's.
    A district the title or lead names rules it out, unless it is the commune's own, written as
    its address ("xã Song Liễu (thị xã Thuận Thành)"); a name written as the province ("tỉnh Phú
    Thọ") is not its namesake town."""
    typed = [item for item in seen if item.mention.written_type in COMMUNE_TYPES
             and any(era is None or c.era == era for c in item.mention.communes)]
    named = {exact_key(item.mention.text) for item in seen if item.mention.communes}
    once_enough = len(typed) == 1 and _speaks_of_unnamed_commune_bodies(text, typed[0].mention.written_type)
    if len(named) != 1 or not typed or (len(typed) < 2 and not once_enough):
        return []
    communes = [c for c in typed[0].mention.communes if era is None or c.era == era]
    if any(item.mention.districts and item.mention.written_type != "tỉnh" and not _commune_address(item.mention, typed, communes, text)
           for item in seen if item.weight >= ZONE_WEIGHT["lead"]):
        return []
    return communes


def _speaks_of_unnamed_commune_bodies(text: str, kind: str) -> bool:
    """Whether the article speaks of the bodies of a commune of the given type without naming them, more than
    of a district's: they are the bodies of the only commune it names, however thinly ("Hội trường phường
    Xuân Đài" once, "Đảng ủy phường", "UBND phường" throughout; not only in the lead, where
    _BARE_COMMUNE_BODY reads them)."""
    commune = sum(1 for match in _UNNAMED_COMMUNE_BODY.finditer(text) if match["unit"] == kind)
    return commune > len(_UNNAMED_DISTRICT_BODY.findall(text))


def _district_unnamed(communes: list[Commune], seen: list[_Seen]) -> list[Commune]:
    """The only commune of an article worded for the province ("toàn tỉnh", "tỉnh Bắc Ninh"),
    when the text never names the district it lies in: a commune's news told in the province's
    words ("phường Tam Sơn" … "tỉnh"), not the province's news passing through one of its districts."""
    own = {c.district for c in communes}
    named = any(item.zone not in _PUBLISHER_ZONES and not item.mention.communes and any(d.code in own for d in item.mention.districts)
                for item in seen)
    return [] if named else communes


# "xã Hưng Thông, huyện Hưng Nguyên", "phường Tân Lộc, quận Thốt Nốt", "xã Song Liễu (thị xã Thuận Thành)":
# the joint between a commune and the district it lies in, written as its address
@lru_cache(maxsize=1)
def _address_joint() -> re.Pattern[str]:
    return re.compile(rf"\s*[,(–-]\s*(?:{_district_word()}\s*)?", re.IGNORECASE)


def _commune_address(district: Mention, typed: list[_Seen], communes: list[Commune], text: str) -> bool:
    """The district named is the commune's own, right after the commune as its address: where
    the commune is, not a second place the news is of (3 development pages, 3 sites)."""
    own = {c.district for c in communes if c.district}
    if not own or any(d.code not in own for d in district.districts):
        return False
    return any(_address_joint().fullmatch(text, item.mention.start + len(item.mention.text), district.start) is not None
               for item in typed if item.mention.start < district.start)


def _opening_sentences(article: Article) -> list[str]:
    """The lead's first sentence; and the next paragraph's, when the lead only sets the
    scene ("Thực hiện Kế hoạch …") and the news opens there ("Ngày 21/12/2023 Ban …")."""
    paragraphs = [b.text for b in article.blocks if b.kind in ("lead", "paragraph")][:2]
    opening = [next(iter(sentences(text)), "") for text in paragraphs[:1]]
    if len(paragraphs) == 2 and read_dateline(paragraphs[0]) is None and read_dateline(paragraphs[1]) is not None:
        opening.append(next(iter(sentences(paragraphs[1])), ""))
    return opening


def _commune_named(text: str, mention: Mention) -> re.Match | None:
    """Where the text names the mention as a commune ("xã Tân Việt", "TT. Long Hải")."""
    return _as_commune(mention.text).search(text)


@lru_cache(maxsize=4096)  # asked for every commune mention against the title and opening: compile once
def _as_commune(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!thị )(?:{commune_words_pattern()})\s*{re.escape(name)}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _commune_word_at_end() -> re.Pattern[str]:
    """A commune's unit word ending a text ("… UBND xã ", "… Đảng ủy P."): place_types of abbreviations.yml."""
    return re.compile(rf"(?:{commune_words_pattern()})\s*$", re.IGNORECASE)


def _subject_in(sentence: str, mention: Mention) -> bool:
    """The lead's first sentence names this commune (as a commune) as the one acting or meeting."""
    at = sentence.find(mention.text)
    typed = _commune_named(sentence, mention)
    if at < 0 or (mention.written_type in COMMUNE_TYPES and typed is None):
        return False
    at = typed.start() if typed else at
    before = _commune_word_at_end().sub("", sentence[:at])
    if _district_scope().search(before):
        return False  # "Huyện ủy X tổ chức … tại xã Y": the district is the subject
    return bool(_COMMUNE_SUBJECT.search(before)) or (at < 60 and _COMMUNE_NAMED_BEFORE.search(before) is None)


# "Xã Xuân Trường nằm ở phía đông thị trấn Bảo Lạc": the first commune the lead names is its subject, not the next
_COMMUNE_NAMED_BEFORE = re.compile(rf"(?<![Tt]hị )\b(?:[Xx]ã|[Pp]hường|[Tt]hị\s+trấn)\s+(?:{CAPITAL}|\d)")


def _type_on(district: District, written_types: dict, when: date | None) -> str | None:
    """The unit's type on the article's date: history, then the article's own words; None for
    an undated article that does not write the type of a unit whose type changed
    (huyện Thủy Nguyên until 2025, thành phố since)."""
    known = district.type_on(when)
    if known:
        return known
    written = written_types.get(district)
    if written:
        return written.most_common(1)[0][0]
    if when is None and len({period[0] for period in district.history}) > 1:
        return None
    return district.type
