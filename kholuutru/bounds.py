"""The earliest and latest day an article can have been written, from what it says has
happened and what has not yet.

Documents it cites with their dates, results of a year it reports, a National Congress
held or still ahead, a Central Committee of a term, a People's Council's term or a numbered
sitting of one, the 2025 reform told, district committees or merged provinces still at work,
days it calls still to come. The year finders (years.py) and the term (enrich/tenure.py)
read a dateline's day, or an undated text, against these bounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from .dates import ABOUT_TO, find_dates, is_document_date
from .text import sentences

# A year written in a text: 1950-2049, not inside a date ("12/3/2016") or a number.
YEAR_WORD = re.compile(r"(?=[12])(?<![\d/.-])(?:19[5-9]\d|20[0-4]\d)(?![\d/])")
# "chào mừng Đại hội … thành công": a congress held, celebrated after it closed.
CELEBRATED = re.compile(r"\s*\)?\s*(?:đã\s+)?(?:thành\s+công|thắng\s+lợi)", re.IGNORECASE)


def council_term(start: int, end: int) -> bool:
    """2021-2026: a People's Council's or the National Assembly's term (elected the year after the congresses)."""
    return end - start == 5 and start % 5 == 1


_NATIONAL_CONGRESS = re.compile(
    r"Đại\s+hội\s+(?:(?:đại\s+biểu\s+toàn\s+quốc|Đảng\s+toàn\s+quốc|toàn\s+quốc)\s+lần\s+thứ\s+"
    r"(?P<number>XIV|XIII|XII|XI|X)\b|(?P<number2>XIV|XIII|XII|XI|X)\s+của\s+Đảng\b)",
)


def national_congresses(text: str) -> Iterator[tuple[re.Match, str, date]]:
    """Each National Congress the text names whose closing day congresses.yml knows: (the mention,
    its number "XIII", that day)."""
    from . import data

    national = data.congresses()["national"]
    for match in _NATIONAL_CONGRESS.finditer(text):
        number = match["number"] or match["number2"]
        if closed := national.get(number):
            yield match, number, closed


def celebrated_after(text: str, match: re.Match) -> bool:
    """The words after a congress's name say it is over ("… XIV của Đảng thành công", "đã thành công tốt đẹp")."""
    return CELEBRATED.match(re.sub(r"^\s*của\s+Đảng\b", "", text[match.end() : match.end() + 40])) is not None
# The Central Committee of a term, or its Politburo and Secretariat, named with its term: "Bộ Chính trị khóa XIII",
# "Nghị quyết Trung ương 4 khóa XII", "Ban Chấp hành Trung ương Đảng (khóa XIII)": elected by that national
# congress, so the article was written after it closed (not "Quốc hội khóa XIII", "Tỉnh ủy khóa XIII").
_CENTRAL_COMMITTEE_TERM = re.compile(
    r"(?:Trung\s+ương|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)(?:\s+Đảng)?(?:\s+lần\s+thứ\s+\w+|\s+\d{1,2})?\s*,?\s*\(?\s*kh(?:óa|oá)\s+(?P<number>XIV|XIII|XII|XI|X)\b"
)
# A People's Council named with its term: "HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026", "bầu cử đại biểu Quốc hội
# khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026": elected in May of its first year, prepared from the
# year's start, so the article was written that year or later.
_COUNCIL_TERM = re.compile(
    r"(?:HĐND|Hội\s+đồng\s+nhân\s+dân)[^.;\n]{0,80}?nhiệm\s+kỳ\s*(?P<start>20[0-3]\d)\s*[-–—]\s*(?P<end>20[0-3]\d)(?!\d)"
)
# … unless the committee is still to be chosen: "chuẩn bị nhân sự Ban Chấp hành Trung ương Đảng khóa XII" (in
# 2015), "giới thiệu bổ sung nhân sự Ủy viên dự khuyết Ban Chấp hành Trung ương khóa XI" (in 2011)
_COMMITTEE_TO_BE_ELECTED = re.compile(r"nh[âậ]n\s+sự|giới\s+thiệu|bầu|ứng\s+cử|đề\s+cử|quy\s+hoạch", re.IGNORECASE)
# The words right before a congress's name that say it has closed, whatever an earlier word of the clause says:
# "chào mừng thành công Đại hội toàn quốc lần thứ XIII" (its success celebrated), "xây dựng Chương trình hành động
# thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII" (its resolution carried out; "trình" is no submission there)
_HELD_RIGHT_BEFORE = re.compile(r"(?:mừng\s+(?:thành\s+công|thắng\s+lợi)|nghị\s+quyết)\s+$", re.IGNORECASE)


def _held_right_before(before: str) -> bool:
    """The congress named next has closed, by the words right before its name; not a draft
    resolution ("dự thảo Nghị quyết Đại hội …") still to be adopted."""
    return _HELD_RIGHT_BEFORE.search(before) is not None and re.search(r"dự\s+thảo", before, re.IGNORECASE) is None


_COMING_CONGRESS = re.compile(r"tiến tới|chuẩn bị|hướng tới|chào mừng|trình|dự thảo|văn kiện|trước thềm", re.IGNORECASE)
_HELD_CONGRESS = re.compile(r"nghị quyết|thực hiện|triển khai|sau|kết quả|tinh thần", re.IGNORECASE)
_DISTRICT_NOW = re.compile(r"\b(?:Huyện|Thị|Quận)\s+[uủ][yỷ]\b|\bUBND\s+(?:huyện|thị xã|quận)\b")
REFORM_EVE = date(2025, 6, 30)  # the last day districts and the 63 provinces existed
# A district committee or People's Committee anywhere in a text (opening on letters: it scans whole texts) …
_DISTRICT_BODY = re.compile(r"(?:Huyện|Thị|Quận)\s+[uủ][yỷ]\b|UBND\s+(?:huyện|thị xã|quận)\b")
# … unless named as a former one: "nguyên Bí thư Quận ủy quận 1 cũ", "Ban Dân vận Huyện ủy Chợ Mới trước sáp nhập"
_FORMER_DISTRICT = re.compile(r"nguyên|cũ|trước\s+đây|sáp\s+nhập", re.IGNORECASE)


def district_bodies_at_work(text: str) -> bool:
    """The text names a district committee or People's Committee at work anywhere, none of
    them as a former one: written before the districts ended (1/7/2025). Read only beside a
    lower bound of the 2020s, where nothing older can be meant."""
    return named_at_work(_DISTRICT_BODY, _FORMER_DISTRICT, text)


def district_bodies_named_former(text: str) -> bool:
    """The text names a district committee or People's Committee as a former one ("Huyện ủy … cũ"): it may
    have been written after the districts ended (1/7/2025)."""
    return bool(_DISTRICT_BODY.search(text)) and not named_at_work(_DISTRICT_BODY, _FORMER_DISTRICT, text)


def named_at_work(body: re.Pattern, ended: re.Pattern, text: str, reach_after: int = 60) -> bool:
    """Whether the text names a body (`body`) and never with words beside it (60 characters
    before, `reach_after` after) that tell its end or call it former (`ended`)."""
    found = False
    for match in body.finditer(text):
        if ended.search(text[max(0, match.start() - 60) : match.end() + reach_after]):
            return False
        found = True
    return found


# The 2025 reorganisation told: "Đề án kết thúc hoạt động cấp huyện", "chấm dứt hoạt động của đơn vị hành chính cấp
# huyện", "mô hình chính quyền địa phương hai cấp", "sắp xếp đơn vị hành chính cấp tỉnh": first set out in Kết luận
# 126-KL/TW (14/2/2025), so the article was written after it (before it or after the reform alike).
_REFORM_TOLD = re.compile(  # the look-ahead: the first letters, for the engine to skip ahead to
    r"(?=[kcs])(?:(?:kết\s+thúc|chấm\s+dứt)\s+hoạt\s+động\s+(?:của\s+)?(?:các\s+)?(?:đơn\s+vị\s+hành\s+chính\s+)?cấp\s+huyện"
    r"|chính\s+quyền\s+địa\s+phương\s+(?:hai|2)\s+cấp"
    r"|sắp\s+xếp\s+(?:lại\s+)?(?:các\s+)?đơn\s+vị\s+hành\s+chính\s+cấp\s+tỉnh)",
    re.IGNORECASE,
)
REFORM_SET_OUT = date(2025, 2, 14)


@lru_cache(maxsize=64)
def council_term_opened(text: str) -> tuple[date, str] | None:
    """The start of the latest People's Council term the text names: the article was written
    that year or later. Kept out of date_bounds: a dateline is not doubted for it."""
    starts = [int(m["start"]) for m in _COUNCIL_TERM.finditer(text) if council_term(int(m["start"]), int(m["end"]))]
    if not starts:
        return None
    start = max(starts)
    return date(start, 1, 1), f"Hội đồng nhân dân nhiệm kỳ {start}-{start + 5}"


# A numbered sitting of an elected body whose term the same sentence names: "kỳ họp thứ 5, HĐND huyện, khóa XIX
# nhiệm kỳ 2016 – 2021", "trước Kỳ họp thứ 5, Quốc hội khóa XV". Not one where a law or a resolution was passed,
# cited years later ("Luật … được Quốc hội khóa XIV thông qua tại kỳ họp thứ 7", "Nghị quyết số 12/NQ-HĐND … kỳ họp thứ 5").
_SESSION = re.compile(r"\bkỳ\s+họp\s+(?:lần\s+)?thứ\s+(?P<number>\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)\b", re.IGNORECASE)
_SESSION_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_NATIONAL_ASSEMBLY = re.compile(r"Quốc\s+hội\s*,?\s*\(?\s*kh(?:óa|oá)\s+(?P<number>[IVX]+)\b")
_PASSED_THERE = re.compile(r"\b(?:Luật|Bộ\s+luật|Hiến\s+pháp)\b|Nghị\s+quyết\s+số", re.IGNORECASE)
_REPORTING_LAG = timedelta(days=60)  # a sitting is reported on, or its results told to voters, within weeks


def legislature_session(text: str) -> tuple[date, date, str] | None:
    """(earliest, latest day, why) of a text that tells a numbered sitting of a People's Council
    or of the National Assembly of a term it names in the same sentence: the body is elected
    on the day in congresses.yml and sits at least twice a year by law (the first sitting in the
    election year, Luật Tổ chức chính quyền địa phương 2015 Điều 78, Luật Tổ chức Quốc hội Điều 90),
    so its Nth sitting falls by mid-year (N odd) or the year's end (N even) of the (N // 2)th year after."""
    from . import data

    by_number = data.congresses()["national_assembly"]
    windows = []
    for sentence in sentences(text):
        sitting, terms = _SESSION.search(sentence), _legislature_terms(sentence, by_number)
        if sitting is None or len(terms) != 1 or _PASSED_THERE.search(sentence):
            continue
        number = _SESSION_WORDS.get(sitting["number"].lower()) or int(sitting["number"])
        start = terms.pop()
        latest = date(start.year + number // 2, 7, 31) if number % 2 else date(start.year + number // 2 - 1, 12, 31)
        windows.append((start, latest + _REPORTING_LAG, f"kỳ họp thứ {number} của cơ quan dân cử bầu năm {start.year}"))
    if not windows:
        return None
    low, high = max(w[0] for w in windows), min(w[1] for w in windows)
    return (low, high, windows[0][2]) if low <= high else None


def _legislature_terms(sentence: str, elected: dict[str, date]) -> set[date]:
    """The election days (`elected`, by khóa) of the councils and National Assemblies a sentence names
    with their term: "HĐND … nhiệm kỳ 2016 - 2021" by its first year, "Quốc hội khóa XV" by its number."""
    by_year = {day.year: day for day in elected.values()}
    starts = {by_year.get(int(m["start"])) for m in _COUNCIL_TERM.finditer(sentence) if council_term(int(m["start"]), int(m["end"]))}
    starts |= {elected.get(m["number"]) for m in _NATIONAL_ASSEMBLY.finditer(sentence)}
    return {start for start in starts if start}


@lru_cache(maxsize=8)
def date_bounds(text: str, opening: str = "") -> tuple[date | None, date | None, tuple[str, ...]]:
    """The earliest and latest day an article can have been written, from what it says
    has happened (documents it cites, results of a year, a national congress held) and
    what has not yet (a national congress ahead, district committees still at work).
    Remembered: the year finders ask twice about one article (infer_year, _bounded_year)."""
    from . import data

    national = data.congresses()["national"]
    lower: list[tuple[date, str]] = []
    upper: list[tuple[date, str]] = []
    for found in find_dates(text):
        if found.year and is_document_date(text, found.start):
            lower.append((date(found.year, found.month, found.day), f"văn bản ngày {found.day}/{found.month}/{found.year}"))
    for year in _reported_years(text):
        lower.append((date(year, 1, 1), f"bài báo cáo kết quả năm {year}"))
    for match, number, closed in national_congresses(text):
        before = re.split(r"[.;]", text[max(0, match.start() - 60) : match.start()])[-1]
        celebrated = celebrated_after(text, match) or _held_right_before(before)
        if celebrated:  # "chào mừng Đại hội … XIV của Đảng thành công", "… thực hiện Nghị quyết Đại hội …": it has closed
            lower.append((closed, f"Đại hội {number} của Đảng đã họp"))
        elif _COMING_CONGRESS.search(before):
            upper.append((closed, f"Đại hội {number} của Đảng còn ở phía trước"))
        elif _HELD_CONGRESS.search(before):
            lower.append((closed, f"Đại hội {number} của Đảng đã họp"))
    for match in _CENTRAL_COMMITTEE_TERM.finditer(text):
        closed = national.get(match["number"])
        before = re.split(r"[.;]", text[max(0, match.start() - 80) : match.start()])[-1]
        if closed and not _COMING_CONGRESS.search(before) and not _COMMITTEE_TO_BE_ELECTED.search(before):
            lower.append((closed, f"Ban Chấp hành Trung ương khóa {match['number']} đã được bầu"))
    for number, issued in _known_documents_cited(text):
        lower.append((issued, f"dẫn {number} ban hành ngày {issued.day}/{issued.month}/{issued.year}"))
    if _REFORM_TOLD.search(text):
        lower.append((REFORM_SET_OUT, "bài nói về việc bỏ cấp huyện, sắp xếp tỉnh năm 2025"))
    if _DISTRICT_NOW.search(opening):
        upper.append((REFORM_EVE, "cấp huyện còn hoạt động"))
    for ended, name in _units_still_at_work(opening):
        upper.append((ended, f"{name} còn hoạt động"))
    for coming in coming_days(text):
        upper.append((coming, f"sự kiện ngày {coming.day}/{coming.month}/{coming.year} còn ở phía trước"))
    low = max(lower, default=(None, ""))
    high = min(upper, default=(None, ""))
    return low[0], high[0], tuple(why for _, why in (low, high) if why)


@lru_cache(maxsize=1)
def known_documents() -> tuple[re.Pattern[str] | None, dict[str, date]]:
    """One pattern for the numbers of the documents documents.yml dates ("21-KL/TW")."""
    from . import data

    dated = {}
    for known in data.documents().get("known") or ():
        number, issued = str(known.get("number", "")), known.get("date")
        if number and issued:
            dated[number] = issued if isinstance(issued, date) else date.fromisoformat(str(issued))
    if not dated:
        return None, {}
    parts = []
    for number in sorted(dated, key=len, reverse=True):
        num, rest = number.split("-", 1)
        kind, issuer = rest.split("/", 1)
        parts.append(rf"{re.escape(num)}\s*-\s*{re.escape(kind)}\s*/\s*(?:{re.escape(issuer)}|TƯ|T\.Ư)")
    return re.compile(rf"(?<![\w/-])(?:{'|'.join(parts)})(?![\w])"), dated


def _known_documents_cited(text: str) -> list[tuple[str, date]]:
    """Documents with a known date the article cites by number: it was written after them."""
    pattern, dated = known_documents()
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        key = re.sub(r"\s+", "", match.group(0)).replace("TƯ", "TW").replace("T.Ư", "TW")
        if key in dated:
            found.append((key, dated[key]))
    return found


_UNIT_NOW = re.compile(r"\b(?:Tỉnh\s+[uủ][yỷ]|UBND\s+tỉnh|HĐND\s+tỉnh|Đảng\s+bộ\s+tỉnh)\s+(\S+(?:\s+\S+){0,5})")


def _units_still_at_work(opening: str) -> list[tuple[date, str]]:
    """Provinces that ended (merged in 2025; Thừa Thiên Huế in 2024) named at work in the lead."""
    from .gazetteer import gazetteer

    gaz = gazetteer()
    found = []
    for match in _UNIT_NOW.finditer(opening):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            province = gaz.province(" ".join(words[:size]).strip(",.;:"))
            if province is not None and province.until is not None:
                found.append((province.until, f"tỉnh {province.name}"))
                break
    return found


_REPORTED_BEFORE = re.compile(
    r"(?:(?:trong|cả|hết|kết quả|tổng kết|sơ kết|đánh giá|tính đến(?: hết)?|đến hết|thực hiện nhiệm vụ)\s+năm\s+|"
    r"(?:^|[.!?:]\s+)Năm\s+)$",
    re.IGNORECASE,
)


_DOCUMENT_YEAR = re.compile(  # capitalised: "Luật Đất đai năm 2013", not "kỷ luật … năm 2013"
    r"(?<!\w)(?:Hiến\s+pháp|Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Điều\s+lệ)"
    r"[^.;,]{0,40}?(?:\bnăm\s+|\s)((?:19|20)\d\d)(?![\d/])"  # "Điều lệ Đảng Cộng sản Việt Nam 2011" too
)


# A Party document cited by its number and year: "Hướng dẫn 01-HD/TW năm 2021", "Quy định 69-QĐ/TW năm 2022",
# "Kết luận 150-KL/TW năm 2025" (Q&A and law pages that explain the rules long after they were issued)
_NUMBERED_DOCUMENT_YEAR = re.compile(  # the look-ahead: each kind's first letter, for the engine to skip ahead to
    r"(?=[QHKTĐC])(?<!\w)(?:Quy\s+định|Hướng\s+dẫn|Kết\s+luận|Thông\s+báo|Kế\s+hoạch|Đề\s+án|Chương\s+trình|Thông\s+tri|Công\s+văn|Quy\s+chế)"
    r"(?:\s+số)?\s*\d+[-–/][^\s,;.]*\s+(?:\S+\s+){0,3}?năm\s+((?:19|20)\d\d)(?![\d/])"
)


def document_years(text: str) -> set[int]:
    """Years that name a document ("Hiến pháp năm 1992", "Quy định 69-QĐ/TW năm 2022"), not the time of the news."""
    return {int(m.group(1)) for pattern in (_DOCUMENT_YEAR, _NUMBERED_DOCUMENT_YEAR) for m in pattern.finditer(text)}


_COMING_CUE = re.compile(rf"(?:sẽ|dự kiến|{ABOUT_TO}|chính thức hoạt động từ|có hiệu lực từ|bắt đầu từ)[^.;]{{0,50}}$", re.IGNORECASE)


def coming_days(text: str) -> list[date]:
    """Days the article calls still to come ("sẽ diễn ra vào ngày 15/10/2020", "chính thức
    hoạt động từ ngày 1/1/2025")."""
    days = []
    for found in find_dates(text):
        if found.year and _COMING_CUE.search(text[max(0, found.start - 60) : found.start]):
            days.append(date(found.year, found.month, found.day))
    return days


def _reported_years(text: str) -> list[int]:
    """Years the article reports results of ("kết quả năm 2023", "Năm 2022, …"): it was
    written in them or later. Targets ("đến năm 2030") do not match."""
    years = []
    for match in YEAR_WORD.finditer(text):
        if _REPORTED_BEFORE.search(text[max(0, match.start() - 40) : match.start()]) and not re.match(
            r"\s*[-–—]\s*\d", text[match.end() : match.end() + 4]
        ):
            years.append(int(match.group(0)))
    return years
