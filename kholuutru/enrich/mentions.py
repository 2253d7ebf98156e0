"""Every place mention, and what it is part of: a route, an address, a hometown, a company's or a
school's name, a list of provinces, a national event. What only passes by casts no vote."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .. import data
from ..article import Article
from ..gazetteer import (COMMUNE_TYPES, DISTRICT_TYPES, OLD_COMMUNE_TYPES, REFORM_DAY, District, Gazetteer, Mention, Province,
                         unit_words_pattern)
from ..text import CAPITAL, exact_key, fold, phrase_alternation
from .zones import _NATIONAL_WORDS, ZONE_WEIGHT, _zones


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
_RESIDENCE_BEFORE = re.compile(r"\b(?:sống|cư\s+trú|sinh\s+sống)\s+(?:tại|ở)(?:\s+[Tt]hủ\s+đô)?\s*$")
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
    the Government, a central board, a ministry) or the country's affairs ("bảo vệ nền tảng tư tưởng của
    Đảng", "toàn quốc"; _NATIONAL_WORDS): a national meeting held where such bodies sit; not where people
    live ("sinh sống tại Thủ đô Hà Nội")."""
    if not _CENTRAL_VENUE_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return False
    if _RESIDENCE_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return False  # "cán bộ … đang sinh sống tại Thủ đô Hà Nội": where people live, not where a meeting sits
    start = max(text.rfind(".", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    ends = [at for at in (text.find(".", mention.start), text.find("\n", mention.start)) if at >= 0]
    end = min(ends) if ends else len(text)
    return any(pattern.search(text, start, end) is not None for pattern in (_CENTRAL_BODY, _ministry(), _NATIONAL_WORDS))


@lru_cache(maxsize=1)
def _ministry() -> re.Pattern[str]:
    """A ministry by name ("Bộ Công an"; abbreviations.yml ministries): a central body like the Government."""
    names = phrase_alternation(data.ministries())
    return re.compile(rf"\bBộ\s+(?:{names})(?!\w)")


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


def _era(when: date | None) -> str | None:
    """Which communes an article's date calls for: "legacy" (to 30 June 2025), "2025", or either."""
    return None if when is None else ("2025" if when >= REFORM_DAY else "legacy")


def _name_key(name: str) -> str:
    """Spellings of one name compare equal: "M’Drắk", "M'Đrắk", "Hoà Thành", "Hòa Thành"."""
    return fold(name).replace("’", "'")


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
