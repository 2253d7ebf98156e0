"""What year an article was written in, when its dateline gives only the day.

Only evidence that pins one year counts, strongest first: the same day written
out with its year, the article's own congress for a term, the review of a
whole term, a round anniversary; then dates written out around the day, a
school year, the year the opening paragraph reports on, and the one year that
falls between what the article says has happened and what has not yet.
Without such evidence the year stays unknown, never the current year.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from .anniversaries import anniversary_days_away, anniversary_year, lunar_new_year_near
from .bounds import CELEBRATED, YEAR_WORD, coming_days, council_term, date_bounds, document_years, known_documents, national_congresses
from .dates import MONTH_YEAR, ONLINE_SINCE, find_dates, is_document_date, squash, valid_date
from .text import sentences

# Year evidence inside an article, for a dateline without a year.
# A look-ahead opening a pattern (here and below) names the characters any match starts with, so the
# engine skips ahead to them instead of trying every position: the same matches, found faster.
_SPAN = re.compile(r"(?<![\d/])((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?![\d/])")
_FUTURE_CUE = re.compile(
    r"(?:đến|tới|trước|tầm nhìn|định hướng|phương hướng|mục tiêu|chỉ tiêu|phấn đấu|kế hoạch|dự kiến|sẽ|giai đoạn|nhiệm kỳ|khóa|khoá)"
    r"(?:,?\s+\S+){0,6}?\s*(?:năm\s*)?$",
    re.IGNORECASE,
)
# "lớp bồi dưỡng nhận thức về Đảng khóa I năm 2024": a course numbered within its year, not a term ahead
_CLASS_OF_THE_YEAR = re.compile(r"\blớp\b[^.;]{0,80}?khóa\s+(?:[IVX]{1,4}|\d{1,2})\s+năm\s*$", re.IGNORECASE)
_LOOKING_BACK = re.compile(r"(?:trong|sau|qua)\s+\d+\s+năm\s*(?:qua\s*)?\(?\s*$|(?:nhiệm kỳ|giai đoạn)\s+(?:vừa\s+)?qua\s*\(?\s*$", re.IGNORECASE)
_SUMMARY_OF_TERM = re.compile(
    r"tổng kết[^.;]{0,80}?nhiệm kỳ\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)", re.IGNORECASE
)


@dataclass(frozen=True)
class YearEvidence:
    year: int | None
    note: str | None
    lower_bound: int | None = None
    strong: bool = False  # pins the year on its own: may overrule a date line
    spoken_of: bool = False  # only the one year the opening talks about (_opening_year), not the day's
    from_dates_nearby: bool = False  # only whole dates written within weeks of the day (_dates_nearby)

    @property
    def dates_the_day(self) -> bool:
        """The evidence says in which year the day itself fell (its anniversary, whole dates
        around it, a year's review with the next one's plan), not only which year the opening
        talks about: a plan or a review names other years than its own."""
        return self.year is not None and not self.spoken_of


def _past_years(text: str) -> list[int]:
    """Years the text reports on: "năm 2023", "(2020 - 2023)"; not plans ("đến năm 2030")."""
    years = []
    for match in YEAR_WORD.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if _FUTURE_CUE.search(before) and not _CLASS_OF_THE_YEAR.search(text[max(0, match.start() - 100) : match.start()]):
            continue
        if re.search(r"\d\s*[-–—]\s*$", text[max(0, match.start() - 7) : match.start()]):
            continue  # the end of a span is handled below
        years.append(int(match.group(0)))
    for match in _SPAN.finditer(text):
        before = text[max(0, match.start() - 25) : match.start()]
        if _LOOKING_BACK.search(before):
            years.append(int(match.group(2)))
    return years


def infer_year(text: str, month: int | None = None, opening: str = "", day: int | None = None) -> YearEvidence:
    """The publication year of an article whose dateline has none, from its text.

    Only evidence that pins one year counts, strongest first: the same day written
    out with its year; the article's own congress for a term, held in the term's
    first year; the closing review of a term (in its last year); a round
    anniversary; dates written out within weeks of the dateline; a review of N years
    of carrying out a document (its year + N); the one year the
    opening paragraph speaks of. Each is checked against the latest past year the
    text reports on. Without such evidence the year stays unknown: never the
    current year.
    """
    low, high, _ = date_bounds(text, opening)
    lower = low.year if low else None

    def opening_year():  # only the one year the opening talks about, not the day's (YearEvidence.spoken_of)
        return _opening_year(opening, month)

    def dates_nearby():  # only whole dates near the day (YearEvidence.from_dates_nearby)
        return _dates_nearby(text, day, month)

    finders = (  # (finder, strong)
        (lambda: _same_day(text, day, month), True),
        (lambda: _own_congress(opening, month=month), True),
        (lambda: _own_congress(opening, after_its_plan=True, month=month), False),
        (lambda: _first_session(opening), True),
        (lambda: _committee_first_meeting(opening), False),
        (lambda: _national_congress_days(opening, month, day), True),
        (lambda: _term_review(text), True),
        (lambda: anniversary_year(opening or text, month, day), True),
        (dates_nearby, False),
        (lambda: anniversary_days_away(text, month, day), False),
        (lambda: lunar_new_year_near(text, month), False),
        (lambda: _part_year_reviewed(text, month), False),
        (lambda: _review_of_a_document(text), False),
        (lambda: _same_month(opening, month), False),
        (lambda: _election_of_term(opening, month), False),
        (lambda: _congress_just_held(text), False),
        (lambda: _school_year(opening, month) or _new_school_year(text, month), False),
        (lambda: _year_reviewed_early(opening, month), False),
        (opening_year, False),
        (lambda: _year_closed_and_next_planned(text, month), False),
        (lambda: _bounded_year(text, opening, day, month), False),
    )
    for find, strong in finders:
        found = find()
        if found and found[0] >= ONLINE_SINCE and (lower is None or lower <= found[0]) and not _past(high, found[0], month, day):
            return YearEvidence(found[0], found[1], lower, strong, find is opening_year,  # no web news before ONLINE_SINCE
                                find is dates_nearby)
    return YearEvidence(None, None, lower)


def _past(high: date | None, year: int, month: int | None, day: int | None) -> bool:
    """The day in that year comes after the latest day the article can have been written
    (a district committee at work in its lead: before the 2025 reform)."""
    if high is None:
        return False
    try:
        return date(year, month or 1, day or 1) > high
    except ValueError:  # 29/2 of a year without it: that year is no answer anyway, said elsewhere
        return False


def _same_month(opening: str, month: int | None) -> tuple[int, str] | None:
    """"Chiều ngày 22/9, … Hội nghị báo cáo viên thường kỳ tháng 9/2023": the lead's own
    month written with its year."""
    if month is None:
        return None
    years = {int(m["y"]) for m in MONTH_YEAR.finditer(opening) if int(m["m"]) == month}
    if len(years) == 1:
        year = years.pop()
        return year, f"năm suy ra từ đoạn mở đầu: cùng tháng {month}/{year}"
    return None


# "nhiệm kỳ 2020 - 2025", "nhiệm kỳ (2021-2026": a term's first and last years, as groups
_TERM_SPAN = r"nhiệm\s+kỳ\s*\(?\s*(20\d\d)\s*[-–—]\s*(20\d\d)"


# "… lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XIII và bầu cử đại biểu HĐND các cấp nhiệm kỳ 2011-2016", "giới
# thiệu … ra ứng cử đại biểu HĐND tỉnh khóa XVIII, nhiệm kỳ 2026 - 2031": the election of a term; not a by-election
# ("bầu cử bổ sung"), held any year of the term
_ELECTION_OF_TERM = re.compile(
    r"(?:bầu\s+cử|ứng\s+cử)(?!\s+bổ\s+sung)[^.;]{0,160}?" + _TERM_SPAN, re.IGNORECASE)
ELECTION_SEASON_ENDS = 6  # elected in March to May of the term's first year, confirmed by June


def _election_of_term(opening: str, month: int | None) -> tuple[int, str] | None:
    """A day from January to June in an opening about electing the People's Councils or the National
    Assembly of a term ("Chiều 10/2, … bầu cử … HĐND các cấp nhiệm kỳ 2011-2016") is in the term's first
    year: prepared from its start, voted in March to May, confirmed by June (later in the year a review
    of it, or the next election's preparation, may be meant)."""
    if month is None or month > ELECTION_SEASON_ENDS:
        return None
    for sentence in sentences(opening)[:3]:
        match = _ELECTION_OF_TERM.search(sentence)
        if match and council_term(int(match.group(1)), int(match.group(2))):
            return int(match.group(1)), f"năm suy ra từ đoạn mở đầu: «{squash(match.group(0))[:120]}» (bầu cử đầu nhiệm kỳ, tháng {month})"
    return None


def _same_day(text: str, day: int | None, month: int | None) -> tuple[int, str] | None:
    """"Sáng 27/8, …" and, further on, "ngày 27/8/2019": that year."""
    if day is None or month is None:
        return None
    years = {d.year for d in find_dates(text) if d.year and d.day == day and d.month == month and not is_document_date(text, d.start)}
    if len(years) == 1:
        year = years.pop()
        return year, f"năm suy ra từ văn bản: cùng ngày {day}/{month}/{year} được ghi đủ năm"
    return None


_CONGRESS_TERM = re.compile(
    r"Đại\s+hội(?:[^.;]|\.(?=\S)|(?<=\bT[PX])\.){0,160}?" + _TERM_SPAN, re.IGNORECASE
)
# Months ahead of a congress (it may fall in the next year); "ngày mai", "sẽ khai mạc" are days ahead.
_NOT_YET = re.compile(r"chuẩn bị|tiến tới|hướng tới|chào mừng|kế hoạch|phục vụ|dự kiến", re.IGNORECASE)


def _party_term(start: int, end: int) -> bool:
    """2020-2025: a Party committee's five-year term (the congress calendar's years)."""
    return end - start == 5 and start % 5 == 0


def _own_congress(opening: str, after_its_plan: bool = False, month: int | None = None) -> tuple[int, str] | None:
    """"Sáng 22/1, Đại hội đại biểu Đảng bộ … nhiệm kỳ 2025-2030 khai mạc": the first
    year of the term, a cell's shorter one too ("nhiệm kỳ 2022-2025"), and a mass
    organisation's five years off the Party's calendar ("Ngày 5/10, Hội Hữu nghị … tiến hành
    Đại hội lần thứ II, nhiệm kỳ 2021 - 2026"): a congress opens its own term. A congress still
    being prepared, or whose resolution is being carried out, is no evidence. `after_its_plan`:
    the congress a sentence names after the plan it carries out (`_congresses_in`). A cell's
    congress in the autumn is no evidence for its term opening in a congress year (`_cell_round_opened`)."""
    for sentence in sentences(opening)[:3]:
        match = next((m for m, later in _congresses_in(sentence) if later == after_its_plan), None)
        if match is None:
            continue
        start, end = int(match.group(1)), int(match.group(2))
        if _cell_round_opened(start, end, month):
            continue
        if end - start == 5 or 2 <= end - start <= 3:  # a cell's term; "2011-2015" is a misprint
            # (five years: the Party's 2020-2025 and the Youth Union's, Women's Union's 2022-2027 alike)
            return start, f"năm suy ra từ đoạn mở đầu: «{squash(match.group(0))[:120]}» (đại hội nhiệm kỳ họp vào năm đầu)"
    return None


def _cell_round_opened(start: int, end: int, month: int | None) -> bool:
    """A cell's short term opening in a Party congress year ("nhiệm kỳ 2025 – 2027", "2020 - 2022") met from
    the month congresses.yml gives (cell_round_opens: October) may have met in the autumn before: the round of
    cell congresses opens ahead of the Party's congress year ("Sáng 29/10, … Đại hội điểm Chi bộ …
    nhiệm kỳ 2025 – 2027" is October 2024 or 2025); the term's first year does not pin the year."""
    from . import data

    return (month is not None and 2 <= end - start <= 3 and start % 5 == 0
            and month >= data.congresses()["cell_round_opens"])


def _congresses_in(sentence: str) -> Iterator[tuple[re.Match, bool]]:
    """The congresses of a term a sentence reports as held, each with whether one was named before it.
    The first may be the plan the sentence carries out ("Theo kế hoạch … về tổ chức Đại hội các chi bộ
    tiến tới Đại hội Đảng bộ cơ quan (nhiệm kỳ 2020 – 2025), chiều 11/03, Trung tâm … đã tiến hành đại
    hội Chi bộ nhiệm kỳ 2020 – 2022"): a later one is read by the words since the one before it only.
    Weaker evidence: the plan's own day may be the one the sentence tells."""
    since = 0
    for match in _CONGRESS_TERM.finditer(sentence):
        before = sentence[since : _last_congress_named(match)]
        not_yet = _NOT_YET.search(sentence, since, match.end()) and not CELEBRATED.match(sentence, match.end())
        if not not_yet and not re.search(r"nghị quyết|thực hiện|triển khai|nửa nhiệm kỳ|giữa nhiệm kỳ", before, re.IGNORECASE):
            yield match, since > 0
        since = match.end()


def _last_congress_named(match: re.Match) -> int:
    """Where the congress of the term a match ends on is named: its last "Đại hội" ("Đại hội Đảng bộ
    huyện đánh giá kết quả thực hiện Nghị quyết Đại hội … nhiệm kỳ 2015 - 2020": the resolution's)."""
    return match.start() + [m.start() for m in re.finditer(r"Đại\s+hội", match.group(0), re.IGNORECASE)][-1]


# What a term's congress is cited for once it has met or while it is weighed: its resolution carried
# out, its term reviewed ("Báo cáo Tổng kết công tác nhiệm kỳ 2007-2012", "tại Đại hội, các chi bộ đã
# nhìn lại việc lãnh đạo, chỉ đạo của chi bộ nhiệm kỳ 2017-2020"); a council's or an
# assembly's election ("bầu cử … HĐND các cấp nhiệm kỳ 2016 - 2021") is no congress.
_TERM_CITED = re.compile(
    r"nghị\s+quyết|thực\s+hiện|triển\s+khai|nửa\s+nhiệm\s+kỳ|giữa\s+nhiệm\s+kỳ|tổng\s+kết|kiểm\s+điểm|đánh\s+giá|nhìn\s+lại|"
    r"bầu\s+cử|Quốc\s+hội|HĐND|Hội\s+đồng\s+nhân\s+dân",
    re.IGNORECASE,
)


def off_calendar_congress(opening: str) -> tuple[int, str] | None:
    """(year, why) of an undated text whose opening reports a congress for a term off the Party's
    calendar: a mass organisation's five years ("Đại hội đại biểu Hội Cựu chiến binh phường … lần thứ
    VIII, nhiệm kỳ 2022-2027", "Hướng tới Đại hội Đại biểu Phụ nữ toàn quốc lần thứ XIII nhiệm
    kỳ 2022 – 2027"), or a Party cell's for its shorter term ("Đại hội Chi bộ Môi trường nhiệm kỳ
    2022-2025"): held in the term's first year, or prepared in it or the year before, both in
    one Party term (not a term starting the year after a Party congress year, "2021-2026": its
    run-up may fall before the Party's congresses). One such year only."""
    years = {}
    for sentence in sentences(opening)[:4]:
        for match in _CONGRESS_TERM.finditer(sentence):
            start, end = int(match.group(1)), int(match.group(2))
            if not (end - start == 5 or 2 <= end - start <= 3) or start % 5 == 0:
                continue  # (a cell's shorter term too: "Đại hội Chi bộ Môi trường nhiệm kỳ 2022-2025")
            if _TERM_CITED.search(sentence[: match.end()]):
                continue
            if start % 5 == 1 and _NOT_YET.search(sentence[: match.end()]) and not CELEBRATED.match(sentence, match.end()):
                continue
            years[start] = f"{start}-{end}"
    if len(years) != 1:
        return None
    year, term = years.popitem()
    return year, f"năm suy ra từ đoạn mở đầu: đại hội nhiệm kỳ {term} (lệch lịch đại hội Đảng) họp vào năm đầu"


# "HĐND tỉnh … khóa VII họp kỳ thứ nhất, nhiệm kỳ 2021 – 2026", "Kỳ họp thứ nhất HĐND xã khóa XVI, nhiệm kỳ 2021-2026"
_FIRST_SESSION = re.compile(
    r"(?:kỳ\s+họp|họp\s+kỳ)\s+thứ\s+nhất\b[^.;]{0,120}?" + _TERM_SPAN, re.IGNORECASE)


def _first_session(opening: str) -> tuple[int, str] | None:
    """A council's first session of a term meets in the term's first year, weeks after the
    election ("Ngày 28/6, HĐND tỉnh … họp kỳ thứ nhất, nhiệm kỳ 2021 – 2026": 2021)."""
    for sentence in sentences(opening)[:3]:
        match = _FIRST_SESSION.search(sentence)
        if match and int(match.group(2)) - int(match.group(1)) == 5 and not _NOT_YET.search(sentence[: match.start()]):
            return int(match.group(1)), f"năm suy ra từ đoạn mở đầu: «{squash(match.group(0))[:120]}» (kỳ họp thứ nhất họp vào năm đầu nhiệm kỳ)"
    return None


# "Ban chấp hành Đảng bộ tỉnh Hải Dương nhiệm kỳ 2020 - 2025 khép lại phiên họp lần thứ nhất", "Hội nghị lần thứ nhất
# của Ban Chấp hành Đảng bộ Tập đoàn nhiệm kỳ 2025 – 2030": the committee a congress elected, meeting at that congress
_FIRST_MEETING = re.compile(r"(?:hội\s+nghị|phiên\s+họp)\s+(?:lần\s+)?thứ\s+nhất", re.IGNORECASE)
_COMMITTEE = re.compile(r"Ban\s+[Cc]hấp\s+hành|BCH")
_TERM_YEARS = re.compile(_TERM_SPAN, re.IGNORECASE)
_CARRIED_OUT = re.compile(r"nghị\s+quyết|thực\s+hiện|triển\s+khai", re.IGNORECASE)


def _committee_first_meeting(opening: str) -> tuple[int, str] | None:
    """A Party committee of a term at its first meeting ("Tối 26/10, Ban chấp hành Đảng bộ tỉnh … nhiệm kỳ
    2020 - 2025 khép lại phiên họp lần thứ nhất"), held at the congress that elected it: the term's first
    year. Not the first meeting's resolution being carried out later in the term."""
    for sentence in sentences(opening)[:3]:
        meeting = _FIRST_MEETING.search(sentence)
        if not meeting or not _COMMITTEE.search(sentence) or _CARRIED_OUT.search(sentence, 0, meeting.start()):
            continue
        terms = {(int(m.group(1)), int(m.group(2))) for m in _TERM_YEARS.finditer(sentence)}
        if len(terms) == 1:
            start, end = terms.pop()
            if _party_term(start, end):
                return start, f"năm suy ra từ đoạn mở đầu: «{squash(meeting.group(0))}» của Ban Chấp hành nhiệm kỳ {start}-{end} (họp tại đại hội, năm đầu nhiệm kỳ)"
    return None


def _national_congress_days(opening: str, month: int | None, day: int | None) -> tuple[int, str] | None:
    """"Ngày 19/1, ngày làm việc đầu tiên của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng": a
    day within the days the National Congress the opening names was sitting (at most nine,
    up to its closing day in congresses.yml) is in that congress's year."""
    if month is None or day is None:
        return None
    for _, number, closed in national_congresses(opening):
        if valid_date(day, month, closed.year) and \
                timedelta(0) <= closed - date(closed.year, month, day) <= timedelta(days=9):
            return closed.year, f"năm suy ra từ đoạn mở đầu: ngày {day}/{month} là ngày họp của Đại hội {number} của Đảng"
    return None


_JUST_HELD = re.compile(r"\s*\)?\s*vừa\s+(?:qua|diễn\s+ra|được\s+tổ\s+chức|tổ\s+chức|bế\s+mạc|kết\s+thúc)\b", re.IGNORECASE)


def _congress_just_held(text: str) -> tuple[int, str] | None:
    """"Tại Đại hội … (nhiệm kỳ 2020-2025) vừa qua": a congress is held in its term's first year."""
    for match in _CONGRESS_TERM.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        if _party_term(start, end) and _JUST_HELD.match(text, match.end()):
            return start, f"năm suy ra từ văn bản: «{squash(match.group(0))[:120]} vừa qua» (đại hội nhiệm kỳ họp vào năm đầu)"
    return None


# "tổng kết cuộc bầu cử … nhiệm kỳ 2021-2026", "tổng kết công tác tổ chức đại hội … nhiệm kỳ 2020-2025":
# a review of the election or congress that opened the term, held in its first year; not the congress's
# resolution carried out through the term ("tổng kết 5 năm thực hiện Nghị quyết Đại hội nhiệm kỳ 2017 - 2022")
_OPENING_OF_TERM = re.compile(r"bầu\s+cử|(?<!quyết )đại\s+hội", re.IGNORECASE)


def _term_review(text: str) -> tuple[int, str] | None:
    for match in _SUMMARY_OF_TERM.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        if end - start != 5:
            continue
        if _OPENING_OF_TERM.search(match.group(0)):
            return start, f"năm suy ra từ văn bản: «{squash(match.group(0))}» (tổng kết cuộc bầu cử, đại hội mở đầu nhiệm kỳ)"
        return end, f"năm suy ra từ văn bản: «{squash(match.group(0))}» (tổng kết nhiệm kỳ diễn ra vào năm cuối)"
    return None


# "tổng kết 15 năm thực hiện Nghị quyết 23-NQ/TW ngày 16/6/2008", "5 năm triển khai Chỉ thị số 03"
_REVIEW_OF = re.compile(r"(?<!\d)(?P<years>\d{1,2})\s+năm\s+(?:triển\s+khai\s+)?(?:thực\s+hiện|triển\s+khai)\s+(?P<what>[^.;\n]{3,100})",
                        re.IGNORECASE)


def _review_of_a_document(text: str) -> tuple[int, str] | None:
    """A meeting that reviews N years of carrying out a document reviews them in the document's
    year + N: its date written after it, its number in documents.yml ("23-NQ/TW"), or its
    common name there ("Chỉ thị số 03" with its subject named near it, as
    `find_documents` reads it). One year, or none."""
    found = {}
    for match in _REVIEW_OF.finditer(text):
        issued = _issue_year(match["what"])
        if issued:
            found[issued + int(match["years"])] = match.group(0).strip()
    if len(found) != 1:
        return None
    year, quote = found.popitem()
    return year, f"năm suy ra từ văn bản: «{quote[:80]}»"


def _issue_year(what: str) -> int | None:
    """The year of the document named at the start of `what`: written out after it, or, for
    one the converter knows (documents.yml, by number or by common name), its date there."""
    written = next((d for d in find_dates(what[:60]) if d.year), None)
    if written:
        return written.year
    from .extract import find_documents  # extract reads dates through published, which reads years

    _, dated = known_documents()
    return next((dated[number].year for number in find_documents(what) if number in dated), None)


# "Hội nghị nhìn lại 5 năm triển khai thực hiện Chỉ thị 03-CT/TW ngày 14/5/2011 …"
_YEARS_CARRIED_OUT = re.compile(r"\b\d{1,2}\s+năm\s+(?:triển\s+khai\s+)?thực\s+hiện\b[^.;\n]{0,100}$", re.IGNORECASE)
_BORN = re.compile(r"(?:\bsinh|ngày\s+sinh)\s*(?:ngày|năm)?\s*[:：]?\s*$", re.IGNORECASE)


def _dates_nearby(text: str, day: int | None, month: int | None) -> tuple[int, str] | None:
    """Dates written out with a year within six weeks of the dateline's day (documents:
    six weeks before it): their year."""
    if day is None or month is None:
        return None
    years = set()
    for found in find_dates(text):
        if not found.year or _BORN.search(text, max(0, found.start - 20), found.start):
            continue  # a birthday says nothing of when the news was written
        if _YEARS_CARRIED_OUT.search(text, max(0, found.start - 140), found.start):
            continue  # "5 năm thực hiện Chỉ thị 03-CT/TW ngày 14/5/2011": a document years older than the news
        try:
            gap = (date(found.year, month, day) - date(found.year, found.month, found.day)).days
        except ValueError:
            continue
        # a document is issued before the meeting that carries it out ("Ngày 1/11, … triển
        # khai Kế hoạch số 33-KH/ĐU ngày 26/10/2021"); one issued after says nothing
        if (0 <= gap <= 42) if is_document_date(text, found.start) else abs(gap) <= 42:
            years.add(found.year)
    if len(years) == 1:
        year = years.pop()
        return year, f"năm suy ra từ văn bản: các ngày ghi đủ năm gần ngày {day}/{month} đều thuộc năm {year}"
    return None


# The first part of a year an article reviews: "6 tháng đầu năm 2017", "nửa đầu năm 2017", "quý II/2020".
_PART_YEAR = re.compile(  # the look-ahead: what opens each alternative, for the engine to skip ahead to
    r"(?=[\dbscnq])(?:(?P<months>\d{1,2}|ba|sáu|chín)\s+tháng\s+đầu\s+năm|(?P<half>nửa\s+đầu)\s+năm|"
    r"quý\s+(?P<quarter>I{1,3}|IV|[1-4])\s*(?:/|năm|,)?)\s*(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_MONTH_WORDS = {"ba": 3, "sáu": 6, "chín": 9}
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


# The months of a year still ahead: "nhiệm vụ 6 tháng cuối năm 2023"
_REST_OF_YEAR = re.compile(r"(?P<months>\d{1,2}|ba|sáu)\s+tháng\s+cuối\s+năm\s*(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# The rest of the year the text is written in: "các nhiệm vụ từ nay đến cuối năm 2020", "phương hướng, nhiệm vụ các
# tháng còn lại của năm 2024" (whatever month it is now, "now" is in that year)
_NOW_TO_YEAR_END = re.compile(
    r"(?:từ\s+nay\s+(?:đến|tới)\s+(?:hết|cuối)\s+năm|(?:những|các)\s+tháng\s+còn\s+lại\s+(?:của|trong)\s+năm)\s*((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE)


def _part_year_reviewed(text: str, month: int | None) -> tuple[int, str] | None:
    """A lead's day at or after the end of the part of a year the article reviews ("Sáng
    12-9" and "6 tháng đầu năm 2017"), or about when the months of it the article plans
    begin ("Sáng 28-6" and "nhiệm vụ 6 tháng cuối năm 2023"), or whose rest from now it plans
    ("Sáng 13/5" and "các nhiệm vụ từ nay đến cuối năm 2020"): that year, when every such part
    names the same one."""
    if month is None:
        return None
    years = set()
    for match in _PART_YEAR.finditer(text):
        if not 1 <= _months_ended(match) <= month:
            return None  # a review this day could follow in the next year too
        years.add(int(match["year"]))
    for match in _REST_OF_YEAR.finditer(text) if "cuối" in text else ():
        months = _MONTH_WORDS.get(match["months"].lower()) or int(match["months"])
        if 1 <= months <= 12 and month <= 15 - months:  # planned by the review of the months before (July, August)
            years.add(int(match["year"]))
    for match in _NOW_TO_YEAR_END.finditer(text) if "nay" in text or "còn lại" in text else ():
        years.add(int(match[1]))  # "now" is in that year, whatever the month
    if len(years) == 1:
        year = years.pop()
        return year, f"năm suy ra từ văn bản: bài điểm lại hoặc giao nhiệm vụ cho một phần của năm {year}"
    return None


def _months_ended(match: re.Match) -> int:
    """How many months of its year a part-year review covers ("quý II" 6, "9 tháng đầu năm" 9)."""
    if match["quarter"]:
        return 3 * _QUARTERS[match["quarter"].upper()]
    if match["half"]:
        return 6
    return _MONTH_WORDS.get(match["months"].lower()) or int(match["months"])


def part_year_reported(text: str) -> tuple[int, str] | None:
    """An undated article that reviews the first part of one year, nine months at most
    ("6 tháng đầu năm 2021"): written within that year (a year's last quarter is
    reviewed in the next)."""
    matches = list(_PART_YEAR.finditer(text))
    if not matches or any(not 1 <= _months_ended(m) <= 9 for m in matches) or len({m["year"] for m in matches}) != 1:
        return None
    year = int(matches[0]["year"])
    return year, f"bài điểm lại phần đầu năm {year}: viết trong năm ấy"


def _bounded_year(text: str, opening: str, day: int | None, month: int | None) -> tuple[int, str] | None:
    """The one year in which the dateline's day falls between the article's bounds."""
    if day is None or month is None:
        return None
    low, high, why = date_bounds(text, opening)
    coming = coming_days(text)
    if low is None and coming:
        low, why = min(coming) - timedelta(days=183), (*why, "tin về sự kiện sắp tới viết trong nửa năm trước đó")
    if low is None or high is None or low > high:
        return None
    years = []
    for year in range(low.year, high.year + 1):
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if low <= when <= high:
            years.append(year)
    if len(years) == 1:
        return years[0], f"năm suy ra: ngày {day}/{month} chỉ rơi vào năm {years[0]} giữa các mốc ({'; '.join(why)})"
    return None


_SCHOOL_YEAR = re.compile(r"năm\s+học\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)", re.IGNORECASE)


def _school_year(opening: str, month: int | None) -> tuple[int, str] | None:
    """"năm học mới 2022 - 2023" in a September lead: 2022 (from August on, its first year); but an August lead
    summing the school year up ("tổng kết năm học 2018 – 2019", "Chiều 30/8, … tổng kết"): it has just ended, 2019."""
    match = _SCHOOL_YEAR.search(opening)
    if not match or month is None or int(match.group(2)) != int(match.group(1)) + 1:
        return None
    starts = month >= 9 or month == 8 and not _LOOKS_BACK.search(opening)
    year = int(match.group(1)) if starts else int(match.group(2))
    return year, f"năm suy ra từ «{squash(match.group(0))}» (tháng {month})"


_NEW_SCHOOL_YEAR = re.compile(r"năm\s+học\s+mới\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)", re.IGNORECASE)


def _new_school_year(text: str, month: int | None) -> tuple[int, str] | None:
    """"khai giảng năm học mới 2022 - 2023" anywhere in a text dated August to October: 2022."""
    years = {(int(a), int(b)) for a, b in _NEW_SCHOOL_YEAR.findall(text) if int(b) == int(a) + 1}
    if month is None or not 8 <= month <= 10 or len(years) != 1:
        return None
    first = years.pop()[0]
    return first, f"năm suy ra từ «năm học mới {first} - {first + 1}» (tháng {month})"


_LOOKS_BACK = re.compile(r"tổng kết|năm qua|năm trước|cả năm|kết quả (?:thực hiện )?(?:nhiệm vụ )?năm", re.IGNORECASE)


def _opening_year(opening: str, month: int | None) -> tuple[int, str] | None:
    """The dateline's own paragraph names the current year: "… 6 tháng cuối năm 2023" (not a
    review of a whole year early in the next: `_year_reviewed_early`)."""
    year = _the_opening_year(opening)
    if year is None or _reviews_early(opening, month):
        return None
    return year, f"năm suy ra từ đoạn mở đầu, nói về năm {year}"


def _year_reviewed_early(opening: str, month: int | None) -> tuple[int, str] | None:
    """A review of a whole year early in the next ("tổng kết năm 2022" from January to March): the next."""
    year = _the_opening_year(opening)
    if year is None or not _reviews_early(opening, month):
        return None
    return year + 1, f"năm suy ra từ đoạn mở đầu: tổng kết năm {year} vào đầu năm sau"


@lru_cache(maxsize=512)  # asked again about the same text within one article
def _the_opening_year(opening: str) -> int | None:
    years = {y for y in _past_years(opening) if y >= 2000} - document_years(opening) - _years_since(opening)
    return years.pop() if len(years) == 1 else None


def _reviews_early(opening: str, month: int | None) -> bool:
    return month is not None and month <= 3 and bool(_LOOKS_BACK.search(opening))


# "tổng kết công tác năm 2012 và phương hướng, nhiệm vụ năm 2013": one year's review with the next one's plan
_REVIEW_AND_NEXT_PLAN = re.compile(
    r"\bnăm\s+((?:19|20)\d\d)(?![\d/.-])(?!\s*[-–—]\s*\d)[^.;\n]{0,40}?\b(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch)\b"
    r"[^.;\n]{0,40}?\bnăm\s+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _year_closed_and_next_planned(text: str, month: int | None) -> tuple[int, str] | None:
    """A meeting that reviews one year and sets the tasks of the next sits at the turn of
    the year: "Chiều 15/10, … tình hình năm 2012 và phương hướng, nhiệm vụ năm 2013" is of
    2012, "Chiều ngày 10-1, … tổng kết năm 2025 và triển khai phương hướng, nhiệm vụ năm
    2026" of 2026. Only one such pair counts."""
    pairs = {int(m.group(1)) for m in _REVIEW_AND_NEXT_PLAN.finditer(text) if int(m.group(2)) == int(m.group(1)) + 1}
    if month is None or len(pairs) != 1:
        return None
    closed = pairs.pop()
    year = closed if month >= 7 else closed + 1
    return year, f"năm suy ra: bài tổng kết năm {closed} và bàn nhiệm vụ năm {closed + 1} (tháng {month})"


# A starting point: "thành lập từ năm 2009", "kể từ năm 2015", "ra đời năm 2010", its day written out too:
# "được thành lập từ ngày 15 tháng 10 năm 2008" (a school's Party cell, on a page of any later year).
_SINCE = re.compile(r"(?:\btừ|thành\s+lập|ra\s+đời)(?:\s+(?:vào|từ))?(?:\s+ngày\s+\d{1,2})?(?:\s+tháng\s+\d{1,2})?\s+năm\s*$", re.IGNORECASE)


def _years_since(text: str) -> set[int]:
    """Years the text counts from (a founding, a start): the article was written later, not then."""
    return {int(m.group(0)) for m in YEAR_WORD.finditer(text) if _SINCE.search(text[max(0, m.start() - 40) : m.start()])}


# The year a plan is drawn up for: "kế hoạch giám sát, phản biện xã hội năm 2022", "Theo kế hoạch, năm 2017 Đảng bộ
# huyện phấn đấu kết nạp …"; not a plan's date ("Kế hoạch số 02/KH-HĐND ngày 22 tháng 9 năm 2025"), its horizon
# ("kế hoạch … đến năm 2025") or a period ("kế hoạch … giai đoạn 2021-2025", "năm 2021 - 2022").
_PLAN_YEAR = re.compile(
    r"\bkế\s+hoạch(?![^.;\n]{0,60}?\bgiai\s+đoạn)[^.;\n]{0,60}?(?<!tháng\s\d\s)(?<!tháng\s\d\d\s)(?<!đến\s)(?<!tới\s)(?<!sau\s)"
    r"\bnăm\s+(20[0-4]\d)\b(?!\s*[-–—]\s*20)", re.IGNORECASE)


def plan_year(text: str) -> tuple[int, str] | None:
    """The one year the plans a text tells are for: a plan for a year is drawn up late in the
    year before, carried out in it and reviewed early in the next, so the text is of about that
    year; not a congress year (the plan may be told on either side of the congresses), nor the
    year before one in a text that names a congress."""
    years = {int(match.group(1)) for match in _PLAN_YEAR.finditer(text)}
    if len(years) != 1 or not _told_within_its_term(year := years.pop(), text):
        return None
    return year, f"năm suy ra từ văn bản: kế hoạch của năm {year}"


def _told_within_its_term(year: int, text: str) -> bool:
    """A year a text tells as its present is not a congress year, nor the year before one in a
    text that names a congress (told again at the congresses: "kế hoạch năm 2019" at one of 2020)."""
    return year % 5 != 0 and not (year % 5 == 4 and re.search(r"đại\s+hội", text, re.IGNORECASE))


# A whole year the text looks at: "trong năm 2023, đây là công trình Dân vận khéo thứ 3", "Chỉ riêng năm 2018, Ban
# Thường vụ Tỉnh ủy đã thi hành kỷ luật …", "suốt năm 2022"; not a span ("trong năm 2021 - 2022") or a date.
_ANY_YEAR = re.compile(r"\bnăm\s+(20[0-4]\d)\b", re.IGNORECASE)
_WHOLE_YEAR = re.compile(r"\b(?:trong|riêng|suốt)\s+năm\s+(20[0-4]\d)\b(?!\s*[-–—/]\s*\d)", re.IGNORECASE)


def whole_year_told(text: str) -> tuple[int, str] | None:
    """The one year a text tells "trong năm …" of, anywhere: written in it or soon after, so
    in its term unless a congress falls in between (`_told_within_its_term`), and only when
    every year the text tells ("năm 2019") is of that term."""
    years = {int(match.group(1)) for match in _WHOLE_YEAR.finditer(text)}
    if len(years) != 1 or not _told_within_its_term(year := years.pop(), text):
        return None
    if any(told // 5 != year // 5 for told in map(int, _ANY_YEAR.findall(text))):
        return None  # "Năm 2019, … trong năm 2021, …": a text that spans two terms
    return year, f"năm suy ra từ văn bản: bài nói về cả năm {year}"


def year_reported(opening: str) -> tuple[int, str] | None:
    """The one year an opening paragraph reports on, when no day is given at all; not the
    last year of a history the opening tells (`_tells_old_history`), nor the start of a school
    year that runs into a congress year (`_school_year_into_congress_year`)."""
    found = _opening_year(opening, None) or _years_of_one_term(opening)
    if found and (_tells_old_history(opening, found[0]) or _school_year_into_congress_year(opening, found[0])
                  or _figures_up_to_congress_eve(opening, found[0])):
        return None
    return found


# Figures counted up to a year's close: "đến hết năm 2019, tỷ lệ hộ nghèo …", "tính đến cuối năm 2014",
# "năm 2019 dân số có 3.590 người"
_FIGURES_UP_TO = re.compile(
    r"(?:(?:\bđến|\btính\s+đến)\s+(?:hết\s+|cuối\s+)?|\bhết\s+)năm\s+(\d{4})\b|\bnăm\s+(\d{4})\s*,?\s*(?:\w+\s+){0,2}?dân\s+số\b",
    re.IGNORECASE)


def _figures_up_to_congress_eve(opening: str, year: int) -> bool:
    """The opening names its one year only as the close its figures run to ("hết năm 2019, tỷ lệ
    hộ nghèo …"): such figures come out in the next year or later, and when that is a congress
    year the term may be either."""
    if (year + 1) % 5:
        return False
    cut_offs = sum(1 for match in _FIGURES_UP_TO.finditer(opening) if int(match.group(1) or match.group(2)) == year)
    return cut_offs > 0 and cut_offs == len(re.findall(rf"năm\s+{year}\b", opening, re.IGNORECASE))


def _school_year_into_congress_year(opening: str, year: int) -> bool:
    """A school year runs from September to May: an undated report on "năm học 2009 – 2010"
    ("báo cáo tổng kết công tác đoàn năm học 2009 – 2010 và phương hướng năm học 2010 – 2011")
    may be written in either calendar year, and when the second is a congress year the
    term may be either."""
    return any(int(start) == year and int(end) == year + 1 and int(end) % 5 == 0 for start, end in _SCHOOL_YEAR.findall(opening))


# A year of the revolution's era or before: "năm 1912", "(1945-2015)" (opens on the literal digit)
_OLD_YEAR = re.compile(r"1[89]\d\d")
_HISTORY_BEFORE = 1950
# "(3/2/1930 - 3/2/2020)": the start of an anniversary span ending in the year reported
_SPAN_END = re.compile(r"\s*\)?\s*[-–—]\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?(\d{4})")


def _tells_old_history(opening: str, year: int) -> bool:
    """An opening that also tells years before 1950 is a history or a life story ("sinh ngày
    07 tháng 8 năm 1912 … từ trần … năm 2011", "TRUYỀN THỐNG CÁCH MẠNG … (1945-2015) … Xuất bản
    năm 2018"): its one recent year is where the story ends, not when the page was written.
    Not the start of an anniversary span that ends in that year ("(1930 - 2020)")."""
    for match in _OLD_YEAR.finditer(opening):
        in_a_number = opening[match.start() - 1 : match.start()].isdigit() or opening[match.end() : match.end() + 1].isdigit()
        if in_a_number or int(match.group(0)) >= _HISTORY_BEFORE:
            continue
        span_end = _SPAN_END.match(opening, match.end())
        if span_end and int(span_end.group(1)) == year:
            continue
        return True
    return False


def _years_of_one_term(opening: str) -> tuple[int, str] | None:
    """Two or more years an undated opening reports on, all inside one Party term and none a
    congress year ("Năm 2018, … trong năm 2019, …", "kết quả năm 2021 … năm 2022"): the latest
    (a report is written in or after the years it reports), whose term is the article's either way."""
    years = {y for y in _past_years(opening) if y >= 2000} - document_years(opening) - _years_since(opening)
    if len(years) < 2 or any(year % 5 == 0 for year in years) or len({year - year % 5 for year in years}) != 1:
        return None
    listed = ", ".join(str(year) for year in sorted(years))
    return max(years), f"năm suy ra từ đoạn mở đầu, nói về các năm {listed} (cùng một nhiệm kỳ)"


# The month a headline dates its item by: "TÀI LIỆU SINH HOẠT CHI BỘ THÁNG 5/2024", "Bản tin … tháng 5 năm 2025",
# "Tài liệu Sinh hoạt Chi đoàn tháng 06/2019"; not a day ("ngày 28 tháng 5 năm 2015", read as a date), a deadline,
# a start or a month ahead ("trước tháng 10/2024", "từ tháng …", "dự kiến tổ chức vào tháng 8/2024"), nor a photo's
# month in brackets under it ("Trung tâm hành chính xã (tháng 11/2017)").
_TITLE_MONTH = re.compile(r"(?<!\()(?<!\(\s)(?<!\d\s)(?<!\d)(?<!đến\s)(?<!trước\s)(?<!từ\s)(?<!vào\s)(?<!sau\s)\btháng\s+(\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*((?:19|20)\d\d)\b",
                          re.IGNORECASE)


def titled_month(title: str) -> tuple[int, date | None, str] | None:
    """(year, day, why) of a headline that dates its item by one month: a monthly bulletin or
    cell-meeting material is written in that month or just before it. In a congress year only a
    month before July gives the day (the merger of 2025 and the congress season come after)."""
    found = {(int(month), int(year)) for month, year in _TITLE_MONTH.findall(title) if 1 <= int(month) <= 12}
    if len(found) != 1:
        return None
    month, year = found.pop()
    day = date(year, month, 15) if year % 5 or month <= 6 else None
    return year, day, f"năm suy ra từ tiêu đề: tháng {month}/{year}"
