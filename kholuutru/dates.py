"""Vietnamese publication dates: the shapes news sites print, read exactly.

Day always comes before month. Known shapes are read by regular expressions
(fast, and never confused by a weekday a site printed wrong); dateparser with
languages=['vi'] is the fallback for anything else that looks like a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

VIETNAM_OFFSET = "+07:00"
EARLIEST_YEAR = 1945


@dataclass(frozen=True)
class FoundDate:
    """A date read from text; year is None for a year-less "Ngày 7/3"."""

    day: int
    month: int
    year: int | None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    start: int = 0
    end: int = 0
    precision: str = "day"  # "month" for a date line such as "Tháng 3/2020"

    @property
    def has_time(self) -> bool:
        return self.hour is not None

    def iso(self, year: int | None = None) -> str | None:
        year = year or self.year
        if year is None:
            return None
        day = f"{year:04d}-{self.month:02d}-{self.day:02d}"
        if self.hour is None:
            return day
        return f"{day}T{self.hour:02d}:{self.minute or 0:02d}:{self.second or 0:02d}{VIETNAM_OFFSET}"


TIME_RE = re.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])\s*(?:[:h]|giờ)\s*(?P<m>[0-5]\d)(?:\s*:\s*(?P<s>[0-5]\d))?(?![\d:])"
    r"(?:\s*(?P<ampm>SA|CH|AM|PM|sáng|chiều|tối)\b)?",
    re.IGNORECASE,
)
_NUMERIC = r"(?<![\d/.:-])(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)(?:\s*(?P=sep)\s*(?P<y>\d{4}|\d{2}))?(?![\d/:]|\.\d)"
_WORDS = r"(?P<wd>[0-3]?\d)\s+(?:tháng|thg|th)\.?\s*(?P<wm>[01]?\d)(?:\s*(?:năm|,)\s*(?P<wy>\d{4}))?"
# ISO dates as feeds and metadata print them: 2019-05-03, or a month alone: 2020-05.
_ISO = r"(?<![\d/.-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?(?![\d/]|-\d)"
# English timestamps: "12 Aug 2019", "Aug 12, 2019", Java's "Thu Mar 07 10:20:00 ICT 2019".
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_ENGLISH = (
    rf"(?P<ed>[0-3]?\d)\s+(?P<emon>(?:{_MONTHS})[a-z]*)\.?,?\s+(?P<ey>\d{{4}})|"
    rf"(?P<emon2>(?:{_MONTHS})[a-z]*)\.?\s+(?P<ed2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    rf"(?:(?P<etime>[0-2]?\d:[0-5]\d(?::[0-5]\d)?)\s+(?:[A-Z]{{2,5}}\s+)?)?(?P<ey2>\d{{4}})"
)
# A range of days in one month, "27-30/10/2015": its last day.
_RANGE = r"(?<![\d/.:-])[0-3]?\d\s*[-–]\s*(?P<rd>[0-3]?\d)\s*/\s*(?P<rm>[01]?\d)\s*/\s*(?P<ry>\d{4})(?![\d/])"
DATE_RE = re.compile(rf"(?:{_RANGE}|{_NUMERIC}|{_WORDS}|{_ISO})", re.IGNORECASE)
ENGLISH_DATE_RE = re.compile(_ENGLISH, re.IGNORECASE)
_ENGLISH_HINT = re.compile(rf"\b(?:{_MONTHS})[a-z]*\b\.?\s*\d", re.IGNORECASE)
_ZONE = re.compile(r"(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::\d\d)?", re.IGNORECASE)

# Words that may surround a date on a date line and carry no information.
DATE_LINE_NOISE = re.compile(
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s*nhật|\bT[2-7]\b|\bCN\b|"
    r"cập nhật(?:\s+lúc)?|ngày\s+đăng|đăng\s+(?:lúc|ngày)|ngày\s+cập\s+nhật|thời\s+gian(?:\s+đăng)?|xuất\s+bản|"
    r"ngày\s+xuất\s+bản|posted|published|updated|lúc|ngày|đã\s+đăng(?:\s+vào)?|đăng|date|"
    r"người\s+đăng\s*:?\s*(?:admin|administrator|quản\s+trị(?:\s+viên)?)|lượt\s+xem\s*:?\s*\d[\d.,]*\s*lượt|"
    r"gửi(?:\s+(?:bài|email|cho\s+bạn\s+bè))?|in\s+(?:bài(?:\s+viết)?|trang)|bản\s+in|chia\s+sẻ|bình\s+luận|"
    r"email|facebook|zalo|tweet|print|share|view\s+count\s*:?\s*\d[\d.,]*|views?|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:ICT|ICST|AM|PM|SA|CH)\b|[+-]0700|"
    r"\(?\[?\s*GMT\s*\+\s*0?7(?::00)?\s*\]?\)?|\(?\s*UTC\s*\+\s*0?7(?::00)?\s*\)?|giờ\s+việt\s+nam|việt\s+nam|"
    r"\d[\d.,]*\s+lượt\s+(?:xem|đọc|truy\s+cập)|lượt\s+xem\s*:?\s*\d[\d.,]*|"
    r"[|:,\-–—()\[\]/.'’\s])",
    re.IGNORECASE,
)


def _hour(h: str | None, ampm: str | None) -> int | None:
    if h is None:
        return None
    hour = int(h)
    if ampm and ampm.lower() in ("ch", "pm", "chiều", "tối") and hour < 12:
        hour += 12
    return hour


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def valid_date(day: int, month: int, year: int | None) -> bool:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return year is None or EARLIEST_YEAR <= year <= datetime.now().year + 1


def find_dates(text: str) -> list[FoundDate]:
    """Every valid day-month(-year) in text (times are read separately)."""
    return list(_find_dates(text))


@lru_cache(maxsize=256)
def _find_dates(text: str) -> tuple[FoundDate, ...]:
    """find_dates, remembered: an article's text is searched by several readers."""
    found = []
    matches = list(DATE_RE.finditer(text))
    if _ENGLISH_HINT.search(text):
        matches = sorted(matches + list(ENGLISH_DATE_RE.finditer(text)), key=lambda m: m.start())
    for match in matches:
        g = match.groupdict()
        precision = "day"
        if g.get("rd") is not None:
            day, month, year_text = int(g["rd"]), int(g["rm"]), g["ry"]
        elif g.get("d") is not None:
            day, month, year_text = int(g["d"]), int(g["m"]), g["y"]
        elif g.get("wd") is not None:
            day, month, year_text = int(g["wd"]), int(g["wm"]), g["wy"]
        elif g.get("iy") is not None:
            day, month, year_text = int(g["id"] or 1), int(g["im"]), g["iy"]
            precision = "day" if g["id"] else "month"
        else:
            name = (g["emon"] or g["emon2"])[:3].lower()
            day, month, year_text = int(g["ed"] or g["ed2"]), _MONTHS.split("|").index(name) + 1, g["ey"] or g["ey2"]
        year = _year(year_text)
        if valid_date(day, month, year):
            found.append(FoundDate(day, month, year, start=match.start(), end=match.end(), precision=precision))
    return tuple(found)


def _with_time(found: FoundDate, line: str) -> tuple[FoundDate, str]:
    """Attach the one time printed on a date line; return the line without it."""
    outside = line[: found.start] + " " * (found.end - found.start) + line[found.end :]
    outside = _ZONE.sub(lambda m: " " * len(m.group(0)), outside)
    match = TIME_RE.search(outside)
    if not match:
        return found, outside
    hour = _hour(match["h"], match["ampm"])
    timed = FoundDate(
        found.day, found.month, found.year, hour, int(match["m"]),
        int(match["s"]) if match["s"] else None, found.start, found.end,
    )
    return timed, outside[: match.start()] + " " + outside[match.end() :]


def read_date_line(line: str, strict: bool = False) -> FoundDate | None:
    """The date of a line that is essentially a date (a site's date line), else None.

    A date line may carry a weekday, a time, "GMT+7", labels such as "Cập nhật lúc:"
    and a view counter, but no other words: a sentence that mentions a date is not a
    date line.
    """
    if len(line) > 90:
        return None
    dates = [d for d in find_dates(line) if d.year is not None]
    if not dates:
        month = _MONTH_LINE.fullmatch(line.strip(" .,"))
        if month and 1 <= int(month["m"]) <= 12 and valid_date(1, int(month["m"]), int(month["y"])):
            return FoundDate(1, int(month["m"]), int(month["y"]), precision="month", end=len(line))
        return _dateparser_line(line)
    chosen = next((d for d in dates if d.precision == "day"), dates[0])
    first, rest = _with_time(chosen, line)
    for other in dates:
        rest = rest[: other.start] + " " * (other.end - other.start) + rest[other.end :]
    leftover = DATE_LINE_NOISE.sub(" ", rest).strip()
    if leftover and (strict or len(leftover.split()) > 2):
        return None
    return first


_MONTH_LINE = re.compile(r"(?:(?:số|ấn phẩm)\s+[\w.]+\s*[-,]?\s*)?tháng\s+(?P<m>\d{1,2})\s*(?:năm|/|-|,)\s*(?P<y>\d{4})", re.IGNORECASE)

# Only word dates go to dateparser: a numeric date the expressions rejected
# (31/02, month 13) is invalid, not an invitation to guess the order.
_DATEISH = re.compile(r"\btháng\b", re.IGNORECASE)
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dateparser_line(line: str) -> FoundDate | None:
    """Fallback for date lines in shapes the expressions do not know."""
    if not _DATEISH.search(line) or len(line.split()) > 10 or not _FOUR_DIGIT_YEAR.search(line):
        return None  # "Trong 6 tháng" is not "in six months from today"
    import dateparser

    cleaned = DATE_LINE_NOISE.sub(" ", line)
    parsed = dateparser.parse(
        cleaned,
        languages=["vi"],
        settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                  "PARSERS": ["absolute-time"]},
    )
    if parsed is None or not valid_date(parsed.day, parsed.month, parsed.year):
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", line))
    return FoundDate(
        day=parsed.day,
        month=parsed.month,
        year=parsed.year,
        hour=parsed.hour if has_time else None,
        minute=parsed.minute if has_time else None,
        second=parsed.second if has_time and re.search(r"\d{1,2}:\d{2}:\d{2}", line) else None,
        end=len(line),
    )


# "(TTXVN) - Ngày 7/3, …", "Sáng 12/6, …", "Chiều 15-3 …", "Hôm nay (20/4), …", "Sáng 2.10, …",
# "Trong 2 ngày (3 và 4/8), …" (the last day), "Ngày mai 12.10, …" (published the day before)
_DATELINE = re.compile(
    r"^(?:[^\s,;:()][^,;:()\n]{0,38}?\s*[-–—:]\s*)?(?:\([^)]{1,40}\)\s*[-–—:]?\s*)?"
    r"(?:(?P<when>sáng|trưa|chiều|tối|đêm|rạng\s+sáng|hôm\s+nay|ngày\s+mai|ngày|hôm\s+qua|trong\s+(?:2|3|hai|ba)\s+ngày)"
    r"\s*(?:nay\s*)?(?:ngày\s*)?(?:mùng\s*)?\(?)"
    r"(?:[0-3]?\d\s*(?:,|và|;|-|–)\s*(?:mùng\s*)?(?=[0-3]?\d\s*[/.-]\s*[01]?\d))?"
    r"(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)(?:\s*(?P=sep)\s*(?P<y>\d{4}))?\)?(?=[\s,.:;)])",
    re.IGNORECASE,
)


# The event's day further into the opening sentence: "Sáng nay, ngày 23-9-2010, …",
# "Nhân kỷ niệm …, sáng ngày 02/02/2026, …", "Sau 3 ngày làm việc, chiều 28-10-2010, …".
_EVENT_DAY = re.compile(
    r"(?<![\w(])(?P<when>sáng|trưa|chiều|tối|đêm|rạng\s+sáng|ngày)\s+(?:nay\s*,?\s*)?(?:ngày\s+)?(?:mùng\s+)?"
    r"(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)(?:\s*(?P=sep)\s*(?P<y>\d{4}))?(?=[\s,.:;)])",
    re.IGNORECASE,
)


def read_dateline(paragraph: str) -> FoundDate | None:
    """The news dateline at the start of a first paragraph, e.g. "TTXVN - Ngày 7/3, …",
    or the event's day a little further into its first sentence."""
    match = _DATELINE.match(paragraph[:120])
    if not match:
        return _event_day(paragraph)
    day, month, year = int(match["d"]), int(match["m"]), _year(match["y"])
    if not valid_date(day, month, year):
        return None
    if match["when"] and match["when"].lower().startswith("ngày mai"):
        before = date(year or 2001, month, day) - timedelta(days=1)  # 2001: not a leap year
        day, month = before.day, before.month
        year = before.year if year else None
    return FoundDate(day=day, month=month, year=year, start=match.start("d"), end=match.end())


# What a document's date follows: "Chỉ thị số 35-CT/TW ngày 30/5/2019" dates the directive.
_DOCUMENT_BEFORE = re.compile(
    r"(?:\d+\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]*\s*/\s*[A-ZĐ][\w-]*|\bsố\s+\d+\S*|"
    r"(?:chỉ thị|nghị quyết|quyết định|kết luận|hướng dẫn|quy định|thông báo|kế hoạch|công văn|nghị định|thông tư)\b[^,.;]{0,25})\s*,?\s*$",
    re.IGNORECASE,
)


def is_document_date(text: str, start: int) -> bool:
    """The date at `start` is a cited document's ("Kết luận 21-KL/TW ngày 25/10/2021")."""
    return bool(_DOCUMENT_BEFORE.search(text[max(0, start - 45) : start]))


_EVENT_DAY_WORDS = re.compile(
    r"(?<![\w(])(?P<when>sáng|trưa|chiều|tối|ngày)\s+(?:ngày\s+)?(?:[0-3]?\d\s*[;,]\s*|[0-3]?\d\s+và\s+)?"
    r"(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?:\s+năm\s+(?P<y>\d{4}))?(?=[\s,.:;)])",
    re.IGNORECASE,
)


_DEADLINE = re.compile(r"(?:trước|sau|đến|tới|từ|hạn|chậm nhất|tính đến|kể từ)\s*$", re.IGNORECASE)


def _event_day(paragraph: str) -> FoundDate | None:
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZĐÂĂÊÔƠƯ])", paragraph[:300], maxsplit=2)
    first_sentence = sentences[0]
    if len(first_sentence.split()) <= 3 and len(sentences) > 1:  # "LTS. Ngày 20/7/2010. …"
        first_sentence = sentences[1]
    matches = sorted([*_EVENT_DAY.finditer(first_sentence), *_EVENT_DAY_WORDS.finditer(first_sentence)], key=lambda m: m.start())
    for match in matches:
        if first_sentence[: match.start()].count("(") > first_sentence[: match.start()].count(")"):
            continue  # inside brackets: "(3/2/1930 - 3/2/2020)" is an anniversary, not the event
        if is_document_date(first_sentence, match.start()) or _DEADLINE.search(first_sentence[max(0, match.start() - 16) : match.start()]):
            continue
        day, month, year = int(match["d"]), int(match["m"]), _year(match["y"])
        if valid_date(day, month, year) and (year is None or year >= 2000):
            return FoundDate(day=day, month=month, year=year, start=match.start("d"), end=match.end())
    return None


# Year evidence inside an article, for a dateline without a year.
_YEAR_WORD = re.compile(r"(?<![\d/.-])(?:19[5-9]\d|20[0-4]\d)(?![\d/])")
_SPAN = re.compile(r"(?<![\d/])((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?![\d/])")
_FUTURE_CUE = re.compile(
    r"(?:đến|tới|trước|tầm nhìn|định hướng|mục tiêu|chỉ tiêu|phấn đấu|kế hoạch|dự kiến|sẽ|giai đoạn|nhiệm kỳ|khóa|khoá)"
    r"(?:\s+\S+){0,6}?\s*(?:năm\s*)?$",
    re.IGNORECASE,
)
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


def _past_years(text: str) -> list[int]:
    """Years the text reports on: "năm 2023", "(2020 - 2023)"; not plans ("đến năm 2030")."""
    years = []
    for match in _YEAR_WORD.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if _FUTURE_CUE.search(before):
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
    anniversary; dates written out within weeks of the dateline; the one year the
    opening paragraph speaks of. Each is checked against the latest past year the
    text reports on. Without such evidence the year stays unknown: never the
    current year.
    """
    low, _, _ = date_bounds(text)
    lower = low.year if low else None
    finders = (  # (finder, strong)
        (lambda: _same_day(text, day, month), True),
        (lambda: _own_congress(opening), True),
        (lambda: _term_review(text), True),
        (lambda: _anniversary(opening or text), True),
        (lambda: _dates_nearby(text, day, month), False),
        (lambda: _school_year(opening, month), False),
        (lambda: _opening_year(opening, month), False),
        (lambda: _bounded_year(text, opening, day, month), False),
    )
    for find, strong in finders:
        found = find()
        if found and (lower is None or lower <= found[0]):
            return YearEvidence(found[0], found[1], lower, strong)
    return YearEvidence(None, None, lower)


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
    r"Đại\s+hội(?:[^.;]|\.(?=\S)){0,160}?nhiệm\s+kỳ\s*\(?\s*((?:20)\d[05])\s*[-–—]\s*((?:20)\d[05])", re.IGNORECASE
)
# Months ahead of a congress (it may fall in the next year); "ngày mai", "sẽ khai mạc" are days ahead.
_NOT_YET = re.compile(r"chuẩn bị|tiến tới|hướng tới|chào mừng|kế hoạch|phục vụ|dự kiến", re.IGNORECASE)


def _own_congress(opening: str) -> tuple[int, str] | None:
    """"Sáng 22/1, Đại hội đại biểu Đảng bộ … nhiệm kỳ 2025-2030 khai mạc": the first
    year of the term (a congress still being prepared, or whose resolution is being
    carried out, is no evidence)."""
    for sentence in re.split(r"(?<=[.!?])\s", opening)[:3]:
        match = _CONGRESS_TERM.search(sentence)
        if not match:
            continue
        before = sentence[: match.start()]
        if _NOT_YET.search(sentence[: match.end()]) or re.search(r"nghị quyết|thực hiện|triển khai|nửa nhiệm kỳ|giữa nhiệm kỳ", before, re.IGNORECASE):
            continue
        start, end = int(match.group(1)), int(match.group(2))
        if 2 <= end - start <= 5:
            return start, f"năm suy ra từ đoạn mở đầu: «{squash(match.group(0))[:120]}» (đại hội nhiệm kỳ họp vào năm đầu)"
    return None


def _term_review(text: str) -> tuple[int, str] | None:
    for match in _SUMMARY_OF_TERM.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        if end - start == 5:
            return end, f"năm suy ra từ văn bản: «{squash(match.group(0))}» (tổng kết nhiệm kỳ diễn ra vào năm cuối)"
    return None


_ANNIVERSARY = re.compile(r"kỷ\s+niệm\s+(\d{1,3})\s+năm\b([^.;]{0,120})", re.IGNORECASE)
_ANNIVERSARY_SPAN = re.compile(
    r"\(\s*(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*)?(1[89]\d\d|20[0-2]\d)\s*[-–—]\s*(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*)?(20[0-3]\d)\s*\)"
)


def _anniversary(text: str) -> tuple[int, str] | None:
    """"kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2020)": 2020."""
    from . import data

    for match in _ANNIVERSARY.finditer(text):
        years, rest = int(match.group(1)), match.group(2)
        span = _ANNIVERSARY_SPAN.search(rest)
        if span and int(span.group(2)) - int(span.group(1)) == years:
            return int(span.group(2)), f"năm suy ra từ văn bản: «{squash(match.group(0))[:120]}»"
        key = f" {data.phrase_key(rest)} "
        for phrase, base in data.anniversaries():
            at = key.find(f" {phrase} ")
            if 0 <= at <= 12 and not key[at + len(phrase) + 2 :].startswith(("bo ", "uy ")):
                return base + years, f"năm suy ra từ văn bản: kỷ niệm {years} năm {phrase} (năm {base})"
    return None


def _dates_nearby(text: str, day: int | None, month: int | None) -> tuple[int, str] | None:
    """Dates written out with a year within six weeks of the dateline's day: their year."""
    if day is None or month is None:
        return None
    years = set()
    for found in find_dates(text):
        if not found.year or is_document_date(text, found.start):
            continue
        try:
            gap = abs((date(found.year, month, day) - date(found.year, found.month, found.day)).days)
        except ValueError:
            continue
        if gap <= 42:
            years.add(found.year)
    if len(years) == 1:
        year = years.pop()
        return year, f"năm suy ra từ văn bản: các ngày ghi đủ năm gần ngày {day}/{month} đều thuộc năm {year}"
    return None


_NATIONAL_CONGRESS = re.compile(
    r"Đại\s+hội\s+(?:(?:đại\s+biểu\s+toàn\s+quốc|Đảng\s+toàn\s+quốc|toàn\s+quốc)\s+lần\s+thứ\s+"
    r"(?P<number>XIV|XIII|XII|XI|X)\b|(?P<number2>XIV|XIII|XII|XI|X)\s+của\s+Đảng\b)",
)
_COMING_CONGRESS = re.compile(r"tiến tới|chuẩn bị|hướng tới|chào mừng|trình|dự thảo|văn kiện|trước thềm", re.IGNORECASE)
_HELD_CONGRESS = re.compile(r"nghị quyết|thực hiện|triển khai|sau|kết quả|tinh thần", re.IGNORECASE)
_DISTRICT_NOW = re.compile(r"\b(?:Huyện|Thị|Quận)\s+[uủ][yỷ]\b|\bUBND\s+(?:huyện|thị xã|quận)\b")
REFORM_EVE = date(2025, 6, 30)  # the last day districts and the 63 provinces existed


@lru_cache(maxsize=64)
def date_bounds(text: str, opening: str = "") -> tuple[date | None, date | None, tuple[str, ...]]:
    """The earliest and latest day an article can have been written, from what it says
    has happened (documents it cites, results of a year, a national congress held) and
    what has not yet (a national congress ahead, district committees still at work)."""
    from . import data

    national = data.congresses()["national"]
    lower: list[tuple[date, str]] = []
    upper: list[tuple[date, str]] = []
    for found in find_dates(text):
        if found.year and is_document_date(text, found.start):
            lower.append((date(found.year, found.month, found.day), f"văn bản ngày {found.day}/{found.month}/{found.year}"))
    for year in _reported_years(text):
        lower.append((date(year, 1, 1), f"bài báo cáo kết quả năm {year}"))
    for match in _NATIONAL_CONGRESS.finditer(text):
        number = match["number"] or match["number2"]
        closed = national.get(number)
        if not closed:
            continue
        before = re.split(r"[.;]", text[max(0, match.start() - 60) : match.start()])[-1]
        if _COMING_CONGRESS.search(before):
            upper.append((closed, f"Đại hội {number} của Đảng còn ở phía trước"))
        elif _HELD_CONGRESS.search(before):
            lower.append((closed, f"Đại hội {number} của Đảng đã họp"))
    if _DISTRICT_NOW.search(opening):
        upper.append((REFORM_EVE, "cấp huyện còn hoạt động"))
    for coming in coming_days(text):
        upper.append((coming, f"sự kiện ngày {coming.day}/{coming.month}/{coming.year} còn ở phía trước"))
    low = max(lower, default=(None, ""))
    high = min(upper, default=(None, ""))
    return low[0], high[0], tuple(why for _, why in (low, high) if why)


_REPORTED_BEFORE = re.compile(
    r"(?:(?:trong|cả|hết|kết quả|tổng kết|sơ kết|đánh giá|tính đến(?: hết)?|đến hết|thực hiện nhiệm vụ)\s+năm\s+|"
    r"(?:^|[.!?]\s+)Năm\s+)$",
    re.IGNORECASE,
)


_DOCUMENT_YEAR = re.compile(  # capitalised: "Luật Đất đai năm 2013", not "kỷ luật … năm 2013"
    r"(?<!\w)(?:Hiến\s+pháp|Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Điều\s+lệ)"
    r"[^.;,]{0,40}?\bnăm\s+((?:19|20)\d\d)"
)


def _document_years(text: str) -> set[int]:
    """Years that name a document ("Hiến pháp năm 1992"), not the time of the news."""
    return {int(m.group(1)) for m in _DOCUMENT_YEAR.finditer(text)}


_COMING_CUE = re.compile(r"(?:sẽ|dự kiến|sắp|chính thức hoạt động từ|có hiệu lực từ|bắt đầu từ)[^.;]{0,50}$", re.IGNORECASE)


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
    for match in _YEAR_WORD.finditer(text):
        if _REPORTED_BEFORE.search(text[max(0, match.start() - 40) : match.start()]) and not re.match(
            r"\s*[-–—]\s*\d", text[match.end() : match.end() + 4]
        ):
            years.append(int(match.group(0)))
    return years


def _bounded_year(text: str, opening: str, day: int | None, month: int | None) -> tuple[int, str] | None:
    """The one year in which the dateline's day falls between the article's bounds."""
    if day is None or month is None:
        return None
    low, high, why = date_bounds(text, opening)
    if low is None and high is not None and any(high == coming for coming in coming_days(text)):
        low, why = high - timedelta(days=183), (*why, "tin về sự kiện sắp tới viết trong nửa năm trước đó")
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
    """"năm học mới 2022 - 2023" in a September lead: 2022 (from August on, its first year)."""
    match = _SCHOOL_YEAR.search(opening)
    if not match or month is None or int(match.group(2)) != int(match.group(1)) + 1:
        return None
    year = int(match.group(1)) if month >= 8 else int(match.group(2))
    return year, f"năm suy ra từ «{squash(match.group(0))}» (tháng {month})"


_LOOKS_BACK = re.compile(r"tổng kết|năm qua|năm trước|cả năm|kết quả (?:thực hiện )?(?:nhiệm vụ )?năm", re.IGNORECASE)


def _opening_year(opening: str, month: int | None) -> tuple[int, str] | None:
    """The dateline's own paragraph names the current year: "… 6 tháng cuối năm 2023"; a
    review of a whole year early in the next ("tổng kết năm 2022" in January) is the next."""
    years = {y for y in _past_years(opening) if y >= 2000} - _document_years(opening)
    if len(years) != 1:
        return None
    year = years.pop()
    if month is not None and month <= 2 and _LOOKS_BACK.search(opening):
        return year + 1, f"năm suy ra từ đoạn mở đầu: tổng kết năm {year} vào đầu năm sau"
    return year, f"năm suy ra từ đoạn mở đầu, nói về năm {year}"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


