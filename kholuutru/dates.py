"""Vietnamese publication dates: the shapes news sites print, read exactly.

Day always comes before month. Known shapes are read by regular expressions
(fast, and never confused by a weekday a site printed wrong); dateparser with
languages=['vi'] is the fallback for anything else that looks like a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from . import data
from .text import CAPITAL, SENTENCE_BREAK, fold

VIETNAM_OFFSET = "+07:00"
VIETNAM_MINUTES = 7 * 60
EARLIEST_YEAR = 1945
# The archive holds online news: nothing in it was published before 2005 (the 2005-2010 term).
ONLINE_SINCE = 2005


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
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])\s*(?:[:h]|giờ)\s*(?P<m>[0-5]\d)(?:\s*:\s*(?P<s>[0-5]?\d))?(?![\d:])"  # "04:24:8PM": seconds unpadded too
    r"(?:\s*(?P<ampm>SA|CH|AM|PM|sáng|chiều|tối)\b)?",
    re.IGNORECASE,
)
_NUMERIC = r"(?<![\d/.-])(?<!\d:)(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)(?:\s*(?P=sep)\s*(?P<y>\d{4}|\d{2}))?(?![\d/:]|\.\d)"
_WORDS = (r"(?<!\d)(?P<wd>[0-3]?\d)(?:\s+|\.\s+(?=tháng\s+[01]?\d\s+\d{4}))(?:tháng|thg|th|t(?=[01]?\d\s+(?:19|20)\d\d))\.?\s*(?P<wm>[01]?\d)"
          r"(?:(?:\s*(?:năm|,)\s*|\s+(?=(?:19|20)\d\d(?!\d)))(?P<wy>\d{4}))?")  # "26 Tháng 11 2023", "29. Tháng 4 2025", "14 T11 2019"
# ISO dates as feeds and metadata print them: 2019-05-03, or a month alone: 2020-05.
_ISO = r"(?<![\d/.-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?(?![\d/]|-\d)"
# English timestamps: "12 Aug 2019", "Aug 12, 2019", Java's "Thu Mar 07 10:20:00 ICT 2019".
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_ENGLISH = (
    rf"(?P<ed>[0-3]?\d)\s+(?P<emon>(?:{_MONTHS})[a-z]*)\.?,?\s+(?P<ey>\d{{4}})|"
    rf"(?P<emon2>(?:{_MONTHS})[a-z]*)\.?\s+(?P<ed2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    rf"(?:(?P<etime>[0-2]?\d:[0-5]\d(?::[0-5]\d)?)\s+(?:[A-Z]{{2,5}}\s+)?)?(?P<ey2>\d{{4}})"
)
# Month names as SharePoint sites print them: "30 Tháng Tư 2017".
_MONTH_NAMES = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_NAMED = (r"(?P<nd>[0-3]?\d)\s+tháng\s+(?P<nm>mười một|mười hai|giêng|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|chạp)"
          r"\s*,?\s*(?:năm\s+)?(?P<ny>\d{4})")
# A range of days in one month, "27-30/10/2015": its last day.
_RANGE = r"(?<![\d/.:-])[0-3]?\d\s*[-–]\s*(?P<rd>[0-3]?\d)\s*/\s*(?P<rm>[01]?\d)\s*/\s*(?P<ry>\d{4})(?![\d/])"
# Every form starts with a digit; the look-ahead says so, and the engine then skips
# from digit to digit (ten times faster on a paragraph than trying each form everywhere).
DATE_RE = re.compile(rf"(?=\d)(?:{_RANGE}|{_NUMERIC}|{_NAMED}|{_WORDS}|{_ISO})", re.IGNORECASE)
ENGLISH_DATE_RE = re.compile(_ENGLISH, re.IGNORECASE)
_ENGLISH_HINT = re.compile(rf"(?=[jfmasond])\b(?:{_MONTHS})[a-z]*\b\.?\s*\d", re.IGNORECASE)
# "GMT+7", "UTC + 07:00"; "-05:00", "Z" after the seconds; a bare "GMT" after them, as HTTP and English
# timestamps print UTC ("Thu, 24 Oct 2024 02:15:00 GMT")
_ZONE = re.compile(r"(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::\d\d)?|(?<=:\d\d)(?:\.\d{1,7})?(?:[+-][01]\d:?[0-5]\d|Z)(?![\w:])"
                   r"|(?<=:\d\d)\s?(?:GMT|UTC)\b(?!\s*[+-]\s*\d)", re.IGNORECASE)

# A page's view counter: "1.234 lượt đọc", "lượt xem: 418"
_VIEW_COUNTER = r"\d[\d.,]*\s+(?:lượt|lần)\s+(?:xem|đọc|truy\s+cập)|(?:số\s+)?(?:lượt|lần)\s+(?:xem|đọc)\s*:?\s*\d[\d.,]*"
# Words that may surround a date on a date line and carry no information.
DATE_LINE_NOISE = re.compile(
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s*nhật|\bT[2-7]\b|\bCN\b|"
    r"cập nhật(?:\s+lần\s+cuối)?(?:\s+(?:lúc|vào))?|ngày\s+đăng|đăng\s+(?:lúc|ngày)|ngày\s+cập\s+nhật|thời\s+gian(?:\s+đăng)?|xuất\s+bản|"
    r"ngày\s+xuất\s+bản|posted|published|updated|lúc|ngày|đã\s+đăng(?:\s+vào)?|đăng|date|"
    r"(?:người\s+đăng\s*:?\s*)?(?:admin|administrator|quản\s+trị(?:\s+viên)?)|lượt\s+xem\s*:?\s*\d[\d.,]*\s*lượt|"
    r"gửi(?:\s+(?:bài|email|cho\s+bạn\s+bè))?|in\s+(?:bài(?:\s+viết)?|trang)|bản\s+in|chia\s+sẻ|bình\s+luận|"
    r"e-?mail|facebook|zalo|tweet|print|share|view\s+count\s*:?\s*\d[\d.,]*|views?|(?:xem\s+)?cỡ\s+chữ|google|twitter|rss|"
    r"\bxem\s*:\s*\d[\d.,]*|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:ICT|ICST|AM|PM|SA|CH)\b|[+-]0700|"
    r"\(?\[?\s*GMT\s*\+\s*0?7(?::00)?\s*\]?\)?|\(?\s*UTC\s*\+\s*0?7(?::00)?\s*\)?|giờ\s+việt\s+nam|việt\s+nam|"
    rf"{_VIEW_COUNTER}|"
    r"[|:,\-–—()\[\]/.'’\s])",
    re.IGNORECASE,
)


def _hour(h: str | None, ampm: str | None) -> int | None:
    if h is None:
        return None
    hour = int(h)
    if ampm and ampm.lower() in ("ch", "pm", "chiều", "tối") and hour < 12:
        hour += 12
    if ampm and ampm.lower() in ("sa", "am") and hour == 12:  # "12:30 SA", "12:05:00 AM": half past midnight
        hour = 0
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
        elif g.get("nd") is not None:
            day, month, year_text = int(g["nd"]), _MONTH_NAMES[g["nm"].lower()], g["ny"]
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
    iso_t = line[found.end : found.end + 2][:1] == "T" and line[found.end + 1 : found.end + 2].isdigit()  # 2025-07-27T10:32
    outside = line[: found.start] + " " * (found.end - found.start + iso_t) + line[found.end + iso_t :]
    zone = _ZONE.search(outside)
    outside = _ZONE.sub(lambda m: " " * len(m.group(0)), outside)
    match = TIME_RE.search(outside)
    if not match:
        return found, outside
    hour = _hour(match["h"], match["ampm"])
    timed = FoundDate(
        found.day, found.month, found.year, hour, int(match["m"]),
        int(match["s"]) if match["s"] else None, found.start, found.end,
    )
    return in_vietnam_time(timed, zone[0] if zone else None), outside[: match.start()] + " " + outside[match.end() :]


def in_vietnam_time(found: FoundDate, zone: str | None) -> FoundDate:
    """A time stamped in another zone ("…T04:27:51-05:00", "…Z", "GMT+0") is the same
    instant in Vietnam's time (UTC+7), which may be another day; no zone means Vietnam's."""
    minutes = _zone_minutes(zone) if zone else VIETNAM_MINUTES
    if minutes == VIETNAM_MINUTES or found.year is None:
        return found
    shifted = datetime(found.year, found.month, found.day, found.hour, found.minute or 0, found.second or 0) \
        + timedelta(minutes=VIETNAM_MINUTES - minutes)
    second = shifted.second if found.second is not None else None
    return FoundDate(shifted.day, shifted.month, shifted.year, shifted.hour, shifted.minute, second,
                     found.start, found.end, found.precision)


def _zone_minutes(zone: str) -> int:
    """Minutes east of UTC of "-05:00", "+0700", "Z", "GMT+7", "UTC + 07:00"."""
    digits = re.search(r"([+-])\s*(\d{1,2}):?(\d\d)?", zone)
    if not digits:  # "Z"
        return 0
    minutes = int(digits[2]) * 60 + int(digits[3] or 0)
    return -minutes if digits[1] == "-" else minutes


# "Phú Yên, ngày 25 tháng 10 năm 2021": where and when a document was signed (a plan, an outline
# a page reprints), not when the page was posted.
SIGNING_LINE = re.compile(r"^(?P<place>[A-ZĐ][^\d,]{1,40}),\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s*\d{4}\s*\.?\s*$",
                          re.IGNORECASE)


# A weekday ("Thứ sáu", "Thứ 5", "Chủ nhật", "Mon"): what a header's clock of today prints with its date.
WEEKDAY = re.compile(
    r"\b(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|th\.?\s*[2-7]|chủ\s*nhật|cn)\b"
    r"|(?-i:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?)(?=[,.]|\s+(?:[A-Z][a-z]{2}\b|\d))",
    re.IGNORECASE)


def is_signing_line(line: str) -> bool:
    """A place and a day in words: a document's own line ("Hoằng Thắng, ngày 27 tháng 3 năm 2024"),
    which belongs to the text it closes; a weekday there ("Thứ hai, ngày …") makes it a site's stamp."""
    found = SIGNING_LINE.match(line.strip())
    return bool(found) and not DATE_LINE_NOISE.fullmatch(found["place"]) and fold(found["place"]) != "hom nay"


@lru_cache(maxsize=4096)  # the repeats come within one article
def read_date_line(line: str, strict: bool = False) -> FoundDate | None:
    """The date of a line that is essentially a date (a site's date line), else None.
    Cached: the head's lines are asked about by several readers (FoundDate is frozen).

    A date line may carry a weekday, a time, "GMT+7", labels such as "Cập nhật lúc:"
    and a view counter, but no other words: a sentence that mentions a date is not a
    date line; nor is a day before news went online ("Ngày 5/10/1964, …" cut short).
    """
    found = _read_date_line(line, strict)
    return found if found is None or found.year is None or found.year >= ONLINE_SINCE else None


def _read_date_line(line: str, strict: bool) -> FoundDate | None:
    if len(line) > 90:
        return None
    dates = [d for d in find_dates(line) if d.year is not None] or _month_first(line) or _drupal_default(line)
    if not dates:
        month = MONTH_YEAR.fullmatch(line.strip(" .,"))
        if month and 1 <= int(month["m"]) <= 12 and valid_date(1, int(month["m"]), int(month["y"])):
            return FoundDate(1, int(month["m"]), int(month["y"]), precision="month", end=len(line))
        return _calendar_box_line(line) or _us_stamp_line(line) or _dateparser_line(line)
    chosen = _as_us_clock(line, _posted_not_updated(line, [d for d in dates if d.precision == "day"] or dates))
    first, rest = _with_time(chosen, line)
    for other in dates:
        rest = rest[: other.start] + " " * (other.end - other.start) + rest[other.end :]
    leftover = DATE_LINE_NOISE.sub(" ", rest).strip()
    if leftover and first.hour is not None and not DATE_LINE_NOISE.sub(" ", _BARE_COUNTS.sub("", rest)).strip():
        leftover = ""  # "Thứ hai - 16/12/2013 13:46 10.957 0": the views and comments, unlabelled
    if leftover and (strict or len(leftover.split()) > 2) and not _section_then_label(line, rest, chosen) \
            and not _date_then_section(line, chosen) and not _section_then_date(line, rest, chosen):
        return None
    return first


# WordPress's default date format "F j, Y" and time format "g:i a" (wp-admin/includes/schema.php,
# populate_options: date_format, time_format; the post-date block's long form "l, F j, Y") with
# Vietnamese month names: "Tháng Mười 15, 2012", "Tháng 10 15, 2012"; month first, the day's comma
# before the year. Read here, on a date line, so that its time ("… lúc 2:30 chiều", "… 14:30") is too.
_MONTH_FIRST = re.compile(
    r"tháng\s+(?P<m>mười\s+một|mười\s+hai|giêng|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|chạp|1[0-2]|0?[1-9])"
    r"\s+(?P<d>[0-3]?\d),\s*(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _month_first(line: str) -> list[FoundDate]:
    """The date of a line printed in WordPress's "F j, Y", as the one date of the line."""
    match = _MONTH_FIRST.search(line)
    if match is None:
        return []
    name = re.sub(r"\s+", " ", match["m"].lower())
    month = int(name) if name.isdigit() else _MONTH_NAMES[name]
    day, year = int(match["d"]), int(match["y"])
    return [FoundDate(day, month, year, start=match.start(), end=match.end())] if valid_date(day, month, year) else []


# Drupal's default short and medium formats "m/d/Y - H:i", "D, m/d/Y - H:i" (core system.date_format
# config and Drupal 7's system_date_format_types; "T2, 10/15/2012 - 14:30"): month first, zero-padded,
# a dash before a 24-hour time. Read only when the day (13 to 31) leaves no day-first reading: the
# same sites may pick "D, d/m/Y - H:i", and "10/05/2012 - 14:30" is either day.
_DRUPAL_DEFAULT = re.compile(
    r"(?P<m>0[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d\d)\s+-\s+(?:[01]\d|2[0-3]):[0-5]\d(?![\d:])"
)


def _drupal_default(line: str) -> list[FoundDate]:
    """The date of a line printed in Drupal's default month-first format, when only that reading exists."""
    match = _DRUPAL_DEFAULT.search(line)
    if match is None or line[max(0, match.start() - 1) : match.start()] in tuple("0123456789/"):
        return []
    day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
    return [FoundDate(day, month, year, start=match.start(), end=match.end("y"))] if valid_date(day, month, year) else []


_BARE_COUNTS = re.compile(r"(?:\s*(?<![\d.,:/])\d{1,3}(?:[.,]\d{3})*(?![\d.,:/])){1,2}\s*$")
_AFTER_A_BAR = re.compile(r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?\|\s*(?P<section>[^\d|.!?:;,]{2,40})$")


def _date_then_section(line: str, chosen: FoundDate) -> bool:
    """"28/11/2023 | Ban Nội chính": a date opening the line, then after a bar the section
    or the office that posted it (at most four words); still a date line."""
    after = _AFTER_A_BAR.match(line, chosen.end)
    return (not line[: chosen.start].strip() and after is not None and len(after["section"].split()) <= 4)


_BEFORE_A_BAR = re.compile(r"(?P<section>[^\d|.!?:;,]{2,60})\|\s*")


def _section_then_date(line: str, rest: str, chosen: FoundDate) -> bool:
    """"Hoạt động Văn hoá & Xã hội | 16/07/2024": the section, a bar, then the date (and
    its time) ending the line; still a date line."""
    before = _BEFORE_A_BAR.fullmatch(line, 0, chosen.start)
    return (before is not None and len(re.findall(r"\w+", before["section"])) <= 6
            and not DATE_LINE_NOISE.sub(" ", rest[chosen.end :]).strip())


# The label of a later edit right before a date: "Cập nhật lần cuối: 20/05/2016", "sửa lúc …", "Updated: …".
_UPDATE_LABEL = re.compile(
    r"(?:cập\s+nhật(?:\s+lần\s+cuối)?|chỉnh\s+sửa|sửa(?:\s+đổi)?|updated|last\s+modified|modified)(?:\s+(?:lúc|ngày|vào))?\s*[:：]?\s*$",
    re.IGNORECASE,
)


def _posted_not_updated(line: str, dates: list[FoundDate]) -> FoundDate:
    """The first date of a line, unless a later edit's label stands before it and the line prints
    an earlier day too ("Cập nhật lần cuối: 20/05/2016 | Đăng ngày: 14/03/2016"): an edit comes
    after the post, so the earlier day is the article's."""
    first = dates[0]
    if len(dates) < 2 or not _UPDATE_LABEL.search(line[max(0, first.start - 30) : first.start]):
        return first
    earliest = min(dates, key=lambda d: (d.year, d.month, d.day))
    return earliest if (earliest.year, earliest.month, earliest.day) < (first.year, first.month, first.day) else first


# A publication label right before the date: "Phòng chức năng Ngày đăng: 21/01/2020". Joomla's
# Vietnamese pack (language/vi-VN/vi-VN.com_content.ini, COM_CONTENT_PUBLISHED_DATE_ON and
# COM_CONTENT_CREATED_DATE_ON) prints "Được đăng: %s", "Được viết: %s", in its 2011 pack "Được đăng
# ngày %s", "Được viết ngày %s", in the article-info line after "Chi tiết", "Chuyên mục: %s", "Viết bởi %s".
_PUBLICATION_LABEL = re.compile(
    r"(?:ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|ngày\s+xuất\s+bản|thời\s+gian\s+đăng|được\s+(?:đăng|viết))\s*[:：]"
    r"|được\s+(?:đăng|viết)\s+ngày\s+(?=(?:thứ|chủ\s+nhật)\s|\d)|cập\s+nhật\s+lần\s+cuối", re.IGNORECASE
)


def has_publication_label(line: str) -> bool:
    """"Ngày đăng: …": the site's own stamp of the article, not a header's date of today."""
    return _PUBLICATION_LABEL.search(line) is not None


# The other fields of Joomla's article-info line (vi-VN.com_content.ini: COM_CONTENT_ARTICLE_INFO "Chi
# tiết", COM_CONTENT_CATEGORY "Chuyên mục: %s", COM_CONTENT_WRITTEN_BY "Viết bởi %s"): labels, not the
# section's words; the writer's name may follow the date too.
_ARTICLE_INFO_LABEL = re.compile(r"chi\s+tiết|chuyên\s+mục\s*[:：]|viết\s+bởi", re.IGNORECASE)
_WRITTEN_BY_AFTER = re.compile(r"\s*viết\s+bởi\s+[^\d.!?:;|]{2,40}$", re.IGNORECASE)


def _section_then_label(line: str, rest: str, chosen: FoundDate) -> bool:
    """A section's name of at most five words, then a publication label and the date (a weekday
    between them: Joomla's "Được đăng: Thứ hai, 15 Tháng 10 2012 14:30"), and nothing after it:
    still a date line."""
    before, after = line[: chosen.start], rest[chosen.end :]
    label = _PUBLICATION_LABEL.search(before)
    section = _ARTICLE_INFO_LABEL.sub(" ", before[: label.start()] if label else before)
    words_before = len(DATE_LINE_NOISE.sub(" ", section).split())
    after = _WRITTEN_BY_AFTER.sub("", after) if label else after
    return (label is not None and not DATE_LINE_NOISE.sub(" ", before[label.end() :]).strip() and words_before <= 5
            and not any(mark in before for mark in ".!?") and not DATE_LINE_NOISE.sub(" ", after).strip())


# A month with its year ("tháng 9/2023", "tháng 11 năm 2017", an issue's "Số 12 tháng 3-2019"):
# a month line of its own here, the lead's month with its year in years.py.
MONTH_YEAR = re.compile(r"(?:(?:số|ấn phẩm)\s+[\w.]+\s*[-,]?\s*)?tháng\s+(?P<m>\d{1,2})\s*(?:năm|/|-|,)\s*(?P<y>\d{4})", re.IGNORECASE)

# Only word dates go to dateparser: a numeric date the expressions rejected
# (31/02, month 13) is invalid, not an invitation to guess the order.
_DATEISH = re.compile(r"\btháng\b", re.IGNORECASE)
FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A calendar badge whose boxes lost their separators when the page was stored: "31/072023",
# "11T 052022" (T for tháng), "0211 - 2023", "15 10 2025"; day first, the whole line only.
_CALENDAR_BOX = re.compile(
    r"(?P<d>[0-3]?\d)\s*(?:/|T)\s*(?P<m>[01]\d)\s*(?P<y>(?:19|20)\d\d)"
    r"|(?P<d2>[0-3]\d)(?P<m2>[01]\d)\s*[-–]\s*(?P<y2>(?:19|20)\d\d)"
    r"|(?P<d3>[0-3]?\d)\s+(?P<m3>[01]?\d)\s+(?P<y3>(?:19|20)\d\d)"
)


def _calendar_box_line(line: str) -> FoundDate | None:
    """A line that is only a calendar badge printed with its boxes run together."""
    box = _CALENDAR_BOX.fullmatch(line.strip())
    if box is None:
        return None
    day, month, year = (int(box[key] or box[key + "2"] or box[key + "3"]) for key in ("d", "m", "y"))
    if box["d2"] and 1900 <= day * 100 + month < year:
        return None  # "2010 - 2015": a span of years ("… giai đoạn" / "2010 - 2015"), not 20/10/2015
    return FoundDate(day, month, year, end=len(line)) if valid_date(day, month, year) else None


_VIEWS = re.compile(_VIEW_COUNTER, re.IGNORECASE)


# An ASP.NET site in its default US culture: "8/31/2011 4:25:00 PM", month first, when the
# day is past 12 (no day-month reading exists; a day of 12 or less: _US_CLOCK below).
_US_STAMP = re.compile(
    r"\s*(?P<m>1[0-2]|0?[1-9])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d\d)\s+"
    r"(?P<h>1[0-2]|0?\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?\s*(?P<ampm>AM|PM)"
)


# ASP.NET's US default "M/d/yyyy h:mm:ss tt": nothing padded, seconds, AM/PM in English
# ("1/9/2020 9:08:24 AM" is 9 January), and its short form "M/d/yy h:mm tt" ("2/4/26 8:30 AM"
# is 4 February); Vietnamese stamps pad them ("05/06/2024 03:26:23 PM").
_US_CLOCK = re.compile(r"(?P<m>[1-9]|1[0-2])/(?P<d>[1-9]|[12]\d|3[01])/"
                       r"(?:(?:19|20)\d\d\s+(?:[1-9]|1[0-2]):[0-5]\d:[0-5]\d|\d\d\s+(?:[1-9]|1[0-2]):[0-5]\d)\s*(?:AM|PM)")


def _as_us_clock(line: str, found: FoundDate) -> FoundDate:
    """The date read month first, when it is printed in the US default shape."""
    us = _US_CLOCK.match(line, found.start)
    if us is None or found.precision != "day" or not valid_date(int(us["d"]), int(us["m"]), found.year):
        return found
    return replace(found, day=int(us["d"]), month=int(us["m"]))


def _us_stamp_line(line: str) -> FoundDate | None:
    """A US stamp opening the line, or after a date line's label ("Cập nhật ngày: 11/24/2023
    3:18:29 PM"); after it a view counter ("[1/19/2018 7:55:46 PM, lượt xem: 418 ]"), as after
    a day-first date, or at most a section's name ("…PMBản tin COMECO")."""
    match = _US_STAMP.search(line)
    if not match or DATE_LINE_NOISE.sub(" ", line[: match.start()]).strip(" :-|"):
        return None
    after = _VIEWS.sub(" ", line[match.end():]).strip(" ,;|-–]")
    if len(after.split()) > 4 or re.search(r"[\d.!?;]", after):
        return None
    day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
    if not valid_date(day, month, year):
        return None
    return FoundDate(day, month, year, _hour(match["h"], match["ampm"]), int(match["mi"]),
                     int(match["s"]) if match["s"] else None, match.start("m"), match.end("y"))


def _dateparser_line(line: str) -> FoundDate | None:
    """Fallback for date lines in shapes the expressions do not know."""
    if not _DATEISH.search(line) or len(line.split()) > 10 or not FOUR_DIGIT_YEAR.search(line):
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


# "(TTXVN) - Ngày 7/3, …", "Sáng 12/6, …", "Chiều 15-3 …", "Hôm nay (20/4), …", "Sáng 2.10, …", "Sáng chủ nhật 23/7, …",
# "Trong 2 ngày (3 và 4/8), …", "Trong 02 ngày 24-25/6, …" (the last day), "Ngày mai 12.10, …" (published the day before),
# "Sáng qua (20-12), …" (yesterday morning: the day of the news, as "Hôm qua, 27-12-2025")
_DATELINE = re.compile(
    r"^(?:[^\s,;:()][^,;:()\n]{0,38}?\s*[-–—:]\s*)?(?:\([^)]{1,40}\)\s*[-–—:]?\s*)?"
    r"(?:(?P<when>sáng|trưa|chiều|tối|đêm|rạng\s+sáng|hôm\s+nay|ngày\s+mai|ngày|hôm\s+qua|trong\s+(?:0?2|0?3|0?4|hai|ba|bốn|các|những)\s+ngày)"
    r"\s*(?:(?:nay|qua)\s*)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?(?:ngày\s*)?(?:mùng\s*)?\(?)"
    r"(?:(?:[0-3]?\d\s*(?:,|và|;|-|–)\s*(?:mùng\s*)?){1,3}(?=[0-3]?\d\s*[/.-]\s*[01]?\d))?"  # "18,19 và 20/5": the last day
    r"(?P<d>[0-3]?\d)\s*(?P<sep>[/.\-–])\s*(?P<m>[01]?\d)(?:\s*(?P=sep)\s*(?P<y>\d{4}))?\)?(?=[\s,.:;)])",
    re.IGNORECASE,
)  # (the hyphen typed as an en dash, as word processors turn " - ": "Ngày 27 – 10 – 2020, …")


# The event's day further into the opening sentence: "Sáng nay, ngày 23-9-2010, …",
# "Nhân kỷ niệm …, sáng ngày 02/02/2026, …", "Sau 3 ngày làm việc, chiều 28-10-2010, …".
_DAY_MONTH_YEAR = r"(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)(?:\s*(?P=sep)\s*(?P<y>\d{4}))?(?=[\s,.:;)])"
_EVENT_DAY = re.compile(
    r"(?=[stcđrn])(?<![\w(])(?P<when>sáng|trưa|chiều|tối|đêm|rạng\s+sáng|ngày|sang|chieu|toi|ngay)\s+(?:nay\s*,?\s*\(?\s*)?"
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*\(?\s*)?(?:ngày\s+)?(?:mùng\s+)?"
    + _DAY_MONTH_YEAR,
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def read_dateline(paragraph: str) -> FoundDate | None:
    """The news dateline at the start of a first paragraph, e.g. "TTXVN - Ngày 7/3, …",
    or the event's day a little further into its first sentence. Cached: the date's and
    the year's readers ask about the same paragraphs."""
    match = _DATELINE.match(paragraph[:120])
    if match and _LUNAR_AFTER.match(paragraph, match.end()):
        match = None  # "Ngày 15/1 âm lịch, …": a lunar day, weeks from the solar day of the same numbers
    if not match:
        found = _last_of_a_run(paragraph, _event_day(paragraph))
        return None if found is not None and _names_the_day(paragraph, found.end, found.start) else found
    if _names_the_day(paragraph, match.end(), match.start("d")):
        return None
    day, month, year = int(match["d"]), int(match["m"]), _year(match["y"])
    if not valid_date(day, month, year):
        return None
    if match["when"] and match["when"].lower().startswith("ngày mai"):
        before = date(year or 2001, month, day) - timedelta(days=1)  # 2001: not a leap year
        day, month = before.day, before.month
        year = before.year if year else None
    return _last_of_a_run(paragraph, FoundDate(day=day, month=month, year=year, start=match.start("d"), end=match.end()))


# A day of the lunar calendar: "Ngày 15/1 âm lịch năm 2024" (Rằm tháng Giêng, 24/2), "mùng 10/3 (ÂL)".
_LUNAR_AFTER = re.compile(r"\s*\(?\s*(?:[âÂ]m\s+lịch|ÂM\s+LỊCH|ÂL|AL)\b")


# "Ngày 15/3/2026 là ngày cử tri cả nước đi bầu …", "… được ấn định là Ngày toàn dân đi bầu cử",
# "Ngày 1 tháng 8 là ngày gì?": the sentence says what the day is, it reports nothing done on it
_DAY_NAMED = re.compile(r"\s*,?\s*(?:là|được\s+(?:ấn\s+định|chọn|lấy)\s+(?:là|làm))\s", re.IGNORECASE)


def _names_the_day(paragraph: str, end: int, start: int | None = None) -> bool:
    """The day a paragraph opens with is defined, not reported: a day still ahead (an election
    day), a calendar question, a day that comes back every year (a holiday the page speaks of),
    not the day of the news."""
    recurring_after, recurring_before = data.recurring_day()  # "Ngày 20/11 từ lâu đã …", "hướng về ngày 27/7"
    if _DAY_NAMED.match(paragraph, end) or recurring_after.match(paragraph, end):
        return True
    return start is not None and recurring_before.search(paragraph[max(0, start - 30) : start]) is not None


# "Ngày 30/8 và 31/8", "Ngày 05/1, 06/1, 09/1, 10/1 và 11/1 năm 2023": more days of the same event
_MORE_DAYS = re.compile(
    r"(?:\s*(?:,|;|và|đến)\s*(?:ngày\s+)?[0-3]?\d\s*/\s*[01]?\d(?:\s*/\s*\d{4})?)+(?:\s+năm\s+(?P<year>\d{4}))?", re.IGNORECASE)
_DAY_MONTH = re.compile(r"([0-3]?\d)\s*/\s*([01]?\d)(?:\s*/\s*(\d{4}))?")


def _last_of_a_run(paragraph: str, found: FoundDate | None) -> FoundDate | None:
    """A news story spanning several days is dated by its last day, as the labels of a
    two-day span ("18,19 và 20/5") already are."""
    more = _MORE_DAYS.match(paragraph, found.end) if found is not None else None
    if more is None:
        return found
    day, month, year = _DAY_MONTH.findall(more.group(0))[-1]
    year = _year(year or more["year"]) or found.year
    if not valid_date(int(day), int(month), year) or (int(month), int(day)) < (found.month, found.day):
        return found
    return FoundDate(day=int(day), month=int(month), year=year, start=found.start, end=more.end())


# What a document's date follows: "Chỉ thị số 35-CT/TW ngày 30/5/2019" dates the directive.
_DOCUMENT_BEFORE = re.compile(
    r"(?:\d+\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]*\s*/\s*[A-ZĐ][\w-]*|\bsố\s+\d+\S*|"
    r"(?:chỉ thị|nghị quyết|quyết định|kết luận|hướng dẫn|quy định|thông báo|kế hoạch|công văn|nghị định|thông tư)\b[^,.;]{0,25})\s*,?\s*(?:ban\s+hành\s+)?(?:ngày\s*)?$",
    re.IGNORECASE,
)


# What an act's date follows: "… do Đại hội XI thông qua ngày 19/01/2011", "có hiệu lực từ ngày …".
_ACT_BEFORE = re.compile(r"(?:thông\s+qua|ban\s+hành|ký|phê\s+duyệt|có\s+hiệu\s+lực)\s+(?:từ\s+)?(?:ngày\s*)?$", re.IGNORECASE)


# "… chiều ngày 25/5/2022": a document is dated by its day, never by a time of day; an event is
_TIME_OF_DAY_BEFORE = re.compile(r"\b(?:sáng|trưa|chiều|tối|đêm)\s+(?:ngày\s*)?$", re.IGNORECASE)


def is_document_date(text: str, start: int) -> bool:
    """The date at `start` is a cited document's ("Kết luận 21-KL/TW ngày 25/10/2021"), not an
    event's that follows a document's number ("Thực hiện kế hoạch số 40-HD/BTGTU chiều ngày
    25/5/2022 chi bộ … đã tiến hành …")."""
    before = text[max(0, start - 45) : start]
    before = before[before.rfind("\n") + 1 :]  # a title's number does not date the lead
    if _TIME_OF_DAY_BEFORE.search(before):
        return False
    return bool(_DOCUMENT_BEFORE.search(before) or _ACT_BEFORE.search(before))


_EVENT_DAY_WORDS = re.compile(
    r"(?=[stcn])(?<![\w(])(?P<when>sáng|trưa|chiều|tối|ngày)\s+(?:ngày\s+)?(?:[0-3]?\d\s*[;,]\s*|[0-3]?\d\s+và\s+)?"
    r"(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?:\s+năm\s+(?P<y>\d{4}))?(?=[\s,.:;)])",
    re.IGNORECASE,
)


_DEADLINE = re.compile(r"(?:trước|sau|đến|tới|từ|hạn|chậm nhất|tính đến|kể từ)\s*$", re.IGNORECASE)
# "Đảng bộ … ra đời ngày 8/10/2007", "được thành lập vào ngày …": the day a body was founded, history
_FOUNDED_BEFORE = re.compile(r"(?:thành\s+lập|ra\s+đời|ngày\s+sinh|sinh)\s+(?:vào\s+)?(?:ngày\s*)?$", re.IGNORECASE)


# "sắp" (about to), not "sắp xếp" (arranging, the 2025 reform's word): a cue that the event is ahead
ABOUT_TO = r"sắp(?!\s+xếp)"
_STILL_TO_COME = re.compile(rf"\b(?:sẽ|dự kiến|{ABOUT_TO}|theo kế hoạch|theo chương trình|theo lịch)\b[^.;]{{0,100}}$", re.IGNORECASE)
_TODAY = re.compile(r"\bhôm\s+nay\s*,?\s*$", re.IGNORECASE)  # "Theo lịch định kỳ, hôm nay ngày 4/5…": the day is today
# "Theo Kế hoạch …, ngày 27/4/2022, chi bộ … đã tổ chức đại hội": the plan was carried out that day
_DONE_AFTER = re.compile(r"(?:(?!\bsẽ\b)[^.;]){0,60}?\bđã\b", re.IGNORECASE)
_COMING_AFTER = re.compile(r"\s*(?:tới\s+đây|sắp\s+tới|tới(?=\s*[,.;:]|\s+sẽ\b))", re.IGNORECASE)  # "ngày 29/5 tới đây"


def _event_day(paragraph: str) -> FoundDate | None:
    """The day a lead reports, from its first sentence; from the second when the first only
    sets the scene ("Căn cứ …, để … . Ngày 18/3/2020, …") and the second opens with the day."""
    sentences = re.split(rf"(?<=[.!?])\s+(?={CAPITAL})", paragraph[:400], maxsplit=2)
    first_sentence = sentences[0]
    if len(first_sentence.split()) <= 3 and len(sentences) > 1:  # "LTS. Ngày 20/7/2010. …"
        first_sentence = sentences[1]
    found = _in_paragraph(paragraph, first_sentence, _day_in(first_sentence))
    if found is None and len(sentences) > 1 and (opening := _opening_day(sentences[1])):
        found = _in_paragraph(paragraph, sentences[1], _day_in(sentences[1][: opening.end() + 1]))
    return found or round_span(paragraph)


def _in_paragraph(paragraph: str, sentence: str, found: FoundDate | None) -> FoundDate | None:
    """A day found in one of the paragraph's sentences, placed in the paragraph."""
    if found is None:
        return None
    offset = paragraph.index(sentence)
    return replace(found, start=found.start + offset, end=found.end + offset)


# What may stand before the day at the start of a sentence: "Vào lúc 13 giờ 30 phút, ngày …",
# "Vào 14 giờ ngày …", "Trong 2 ngày 09 và 10 tháng 6 …".
_BEFORE_THE_DAY = re.compile(
    r"(?:(?:vào|từ)\s+)?(?:lúc\s+)?(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)?|trong\s+(?:\d|hai|ba|bốn|các|những)\s+",
    re.IGNORECASE,
)


def _opening_day(sentence: str) -> re.Match | None:
    """The day a sentence opens with, after at most an hour or a span's "Trong 2"."""
    for pattern in (_EVENT_DAY, _EVENT_DAY_WORDS):
        match = pattern.search(sentence, 0, 60)
        if match and _BEFORE_THE_DAY.fullmatch(sentence[: match.start()]):
            return match
    return None
# "…, hôm nay 05/3/2020 Chi bộ … tổ chức": the day the text calls today, whatever it names before
_TODAY_DAY = re.compile(r"\bhôm\s+nay\s*,?\s*(?:ngày\s+)?" + _DAY_MONTH_YEAR, re.IGNORECASE)


# A lead opening with the span its news took: "Từ ngày 29/5 đến ngày 31/5/2023, …", "Từ chiều ngày 27
# đến hết 28/1/2010, …", "Từ ngày 01 đến ngày 03 tháng 12 năm 2023, …", "Từ 23-25/7/2020, …": dated by the last day.
_SPAN_OPENING = re.compile(
    r"(?:trong\s+(?:\d|hai|ba|bốn|các|những)\s+ngày\s*,?\s*)?từ\s+(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?(?P<fd>[0-3]?\d)"
    r"(?:(?:\s*[/.-]\s*(?P<fm>[01]?\d)(?:\s*[/.-]\s*\d{4})?|\s+tháng\s+(?P<fwm>[01]?\d)(?:\s+năm\s+\d{4})?)?"
    r"\s+(?:đến|tới)\s+(?:(?:hết|sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?|\s*[-–]\s*)"
    r"(?:(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)\s*(?P=sep)\s*(?P<y>\d{4})|(?P<wd>[0-3]?\d)\s+tháng\s+(?P<wm>[01]?\d)\s+năm\s+(?P<wy>\d{4}))"
    r"(?=[\s,.:;)])",
    re.IGNORECASE,
)


def _span_opening(sentence: str) -> FoundDate | None:
    """The last day of the span a sentence opens with, its year written; not a plan ("… sẽ …")."""
    match = _SPAN_OPENING.match(sentence)
    if match is None or re.search(rf"\b(?:sẽ|dự kiến|{ABOUT_TO})\b", sentence[match.end() : match.end() + 120], re.IGNORECASE):
        return None
    day, month, year = (int(match[k] or match["w" + k]) for k in ("d", "m", "y"))
    if not valid_date(day, month, year):
        return None
    return FoundDate(day=day, month=month, year=year, start=match.start("d" if match["d"] else "wd"), end=match.end())


# A round of meetings told after the plans it carries out: "Căn cứ Kế hoạch số 99-KH/ĐUC …, trong thời gian từ
# ngày 29 tháng 8 đến ngày 05 tháng 9 năm 2022, …, cả 6/6 chi bộ … đã tiến hành thành công Đại hội chi bộ …"
_CLAUSE_SPAN = re.compile(r"[,;]\s*(?:trong\s+(?:thời\s+gian|khoảng)\s+)?(?=từ\s)", re.IGNORECASE)
_ROUND_DONE = re.compile(r"[^.]*?\bđã\s+(?:lần\s+lượt\s+)?(?:tiến\s+hành|tổ\s+chức)\b", re.IGNORECASE)


ROUND_WITHIN_DAYS = 14  # a round of meetings reported as one piece of news; months of them are a campaign


def round_span(paragraph: str) -> FoundDate | None:
    """The last day of a span of at most two weeks that opens a clause of the paragraph's first sentence,
    however long, when the sentence goes on to say the meetings were held in it ("…, từ ngày 5-13/3/2020,
    cả 07 Chi bộ … đã tiến hành thành công Đại hội"): a round of congresses reported once it closed, as
    a lead opening with its span is (4 development pages of 4 sites, all dated by the last day)."""
    first = re.split(rf"(?<=[.!?])\s+(?={CAPITAL})", paragraph, maxsplit=1)[0]
    for clause in _CLAUSE_SPAN.finditer(first):
        span = _span_opening(first[clause.end() :])
        if span is not None and _ROUND_DONE.match(first, clause.end() + span.end) and _short_span(first[clause.end() :], span):
            return replace(span, start=span.start + clause.end(), end=span.end + clause.end())
    return None


def _short_span(sentence: str, last: FoundDate) -> bool:
    """The span the sentence opens with (its last day read) lasts at most two weeks."""
    match = _SPAN_OPENING.match(sentence)
    month = int(match["fm"] or match["fwm"] or last.month)
    year = last.year - 1 if month > last.month else last.year
    if not valid_date(int(match["fd"]), month, year):
        return False
    return 0 <= (date(last.year, last.month, last.day) - date(year, month, int(match["fd"]))).days <= ROUND_WITHIN_DAYS


def _day_in(sentence: str) -> FoundDate | None:
    span = _span_opening(sentence)
    if span is not None:
        return span
    today = _TODAY_DAY.search(sentence)
    if today and valid_date(int(today["d"]), int(today["m"]), _year(today["y"])):
        return FoundDate(day=int(today["d"]), month=int(today["m"]), year=_year(today["y"]), start=today.start("d"), end=today.end())
    matches = sorted([*_EVENT_DAY.finditer(sentence), *_EVENT_DAY_WORDS.finditer(sentence)], key=lambda m: m.start())
    days = []  # (where the day's words begin, the day)
    for match in matches:
        if _not_the_news_day(sentence, match.start(), match.end()):
            continue
        day, month, year = int(match["d"]), int(match["m"]), _year(match["y"])
        if valid_date(day, month, year) and (year is None or year >= 2000):
            days.append((match.start(), FoundDate(day=day, month=month, year=year, start=match.start("d"), end=match.end())))
    if len(days) > 1 and _preparatory_session(sentence, days[0][0]):
        days = days[1:]
    return days[0][1] if days else None


# "Căn cứ kết quả bầu cử tại phiên trù bị ngày 18/06/2020, sáng ngày 19/06/2020, … đã khai mạc Đại
# hội", "phiên nội bộ diễn ra chiều ngày 27/2, phiên chính thức khai mạc lúc 13 giờ ngày 28/2": the
# preparatory (or closed) session's day, with the congress's own day after it in the sentence
_PREPARATORY_SESSION = re.compile(r"phiên\s+(?:trù\s+bị|nội\s+bộ)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)


def _preparatory_session(sentence: str, start: int) -> bool:
    """The day at `start` is a congress's preparatory or closed session's: when the sentence goes
    on to another day, the congress's own, that day is the news."""
    return _PREPARATORY_SESSION.search(sentence[max(0, start - 40) : start]) is not None


def _not_the_news_day(sentence: str, start: int, end: int, span: bool = False) -> bool:
    """A day in a sentence that is not the day of its news: in brackets ("(3/2/1930 - 3/2/2020)"
    is an anniversary; a span's "(từ 29 - 31/12/2022)" is not), a cited document's, a deadline
    (not a span's "từ ngày 17-19/12"), a founding day, a lunar day ("ngày 10/3 âm lịch"), or a day announced ahead ("… sẽ diễn ra
    từ ngày 26-27/9", "Vào ngày 29/5 tới đây")."""
    before = sentence[:start]
    if before.count("(") > before.count(")") and not (span and re.search(r"(?:từ|ngày)\s*$", before, re.IGNORECASE)):
        return True
    deadline = _DEADLINE.search(sentence[max(0, start - 16) : start]) and not (span and re.search(r"từ\s+(?:ngày\s+)?$", before))
    if deadline or is_document_date(sentence, start) or _FOUNDED_BEFORE.search(sentence[max(0, start - 24) : start]):
        return True
    if _LUNAR_AFTER.match(sentence, end):
        return True
    ahead = sentence[max(0, start - 110) : start]
    return bool((_STILL_TO_COME.search(ahead) and not _TODAY.search(ahead) and not _DONE_AFTER.match(sentence, end))
                or _COMING_AFTER.match(sentence, end))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- the day an article reports, further in ---------------------------------------------------

# A whole date, or the last day of a short span written with one month and year
# ("16&17/6/2017", "từ 29 - 31/12/2022", "ngày 01 tháng 4 năm 2015").
_WHOLE_DAY = re.compile(  # (?=\d): every day opens with a digit, which the engine then skips ahead to
    r"(?=\d)(?<![\d/.:-])(?P<span>(?:[0-3]?\d\s*(?:-|–|&|,|và)\s*){1,2})?"
    r"(?:(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)"
    r"|(?P<wd>[0-3]?\d)\s+tháng\s+(?P<wm>[01]?\d)\s+năm\s+(?P<wy>(?:19|20)\d\d))(?![\d/])",
    re.IGNORECASE,
)
# What puts a day to an event: a time of day, an hour, "hôm nay", or the clause opening with it
# ("…, ngày 04/4/2015 Chi bộ …", "Suốt 3 ngày (từ 29 - 31/12/2022), …").
_DAY_CUE = re.compile(
    r"(?:\b(?:sáng|trưa|chiều|tối|đêm)\s+(?:nay\s*,?\s*)?(?:ngày\s+)?(?:mùng\s+)?"
    r"|\b\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*(?:ngày\s+)?"
    r"|\bhôm\s+nay\s*,?\s*(?:ngày\s+)?"
    r"|(?:^|[,;:]\s*|\(\s*)(?:và\s+)?(?:(?:suốt|trong)\s+\S+\s+ngày\s*\(?\s*)?(?:vào\s+)?(?:từ\s+)?(?:ngày\s+)?)$",
    re.IGNORECASE,
)
# … and what the clause then says was done that day, the clause's subject between them however long ("sáng
# ngày 12/05/2022, trên tinh thần dân chủ, …, đại hội chi bộ trường … nhiệm kì 2022-2025 đã …"); "đã ký" dates
# a document, not the news, and "sẽ", "dự kiến" before the deed a day still ahead.
_DONE_THAT_DAY = re.compile(
    r"(?![^.;]{0,40}?\bký\b)(?![^.;]{0,60}?\b(?:sẽ|dự\s+kiến|dự\s+định)\b)"
    r"(?!(?:(?!\b(?:đã|tiến\s+hành|tổ\s+chức)\b)[^.;]){0,160}?\b(?:sẽ|dự\s+kiến|dự\s+định)\b)"
    r"[^.;]{0,160}?\b(?:đã|tiến\s+hành|tổ\s+chức|diễn\s+ra|khai\s+mạc|bế\s+mạc|làm\s+lễ|long\s+trọng|"
    r"vừa\s+qua|kết\s+nạp|họp|ra\s+mắt|trao|về\s+thăm|dự)\b",
    re.IGNORECASE,
)
# … or the clause said it first and names the day last: "Đảng bộ … đã long trọng tổ chức Đại hội nhiệm kỳ
# 2020 – 2025 vào ngày 23/3/2020", "… đã tổ chức buổi sinh hoạt chuyên đề … vào ngày 29 tháng 06 năm 2024";
# not a plan's day ("kế hoạch tổ chức … vào ngày", "dự kiến", "sẽ", "tiến tới").
_DONE_BEFORE_THE_DAY = re.compile(
    r"\b(?:đã|được)\s(?:(?!\b(?:kế\s+hoạch|dự\s+kiến|dự\s+định|sẽ|tiến\s+tới)\b)[^.;]){0,40}?"
    r"\b(?:tổ\s+chức|tiến\s+hành|khai\s+mạc|họp|làm\s+lễ)\b"
    r"(?:(?!\b(?:kế\s+hoạch|dự\s+kiến|dự\s+định|sẽ|tiến\s+tới)\b)[^.;]){0,160}?"
    r"\bvào\s+(?:buổi\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?$",
    re.IGNORECASE,
)
LONGEST_SPAN_DAYS = 3  # "trong 3 ngày 17-19/12": the last day; a longer run is a campaign, not a day's news


def reported_days(paragraph: str) -> list[FoundDate]:
    """Days, written whole, on which the paragraph says its organisation did something:
    "…, vào lúc 13h30 ngày 3/8/2022, Chi bộ … đã tiến hành Đại hội" (not a document's date,
    a deadline, a founding day, a day still to come or history before the archive's time)."""
    found, offset = [], 0
    for sentence in SENTENCE_BREAK.split(paragraph):
        offset = paragraph.index(sentence, offset)
        for match in _WHOLE_DAY.finditer(sentence):
            day = _whole_day(match, offset)
            if day is None or not (_done_on_the_day(sentence, match) or _done_before_the_day(sentence, match)):
                continue
            if not _not_the_news_day(sentence, match.start(), match.end(), span=match["span"] is not None):
                found.append(day)
    return found


def _done_on_the_day(sentence: str, match: re.Match) -> bool:
    """The day opens the clause or has its time of day, and what was done follows it."""
    return bool(_DAY_CUE.search(sentence[max(0, match.start() - 60) : match.start()])
                and _DONE_THAT_DAY.match(sentence, match.end()))


def _done_before_the_day(sentence: str, match: re.Match) -> bool:
    """What was done comes first and the day closes the clause ("… đã tổ chức Đại hội … vào ngày
    23/3/2020"); a single day, not a span."""
    return match["span"] is None and _DONE_BEFORE_THE_DAY.search(sentence[max(0, match.start() - 240) : match.start()]) is not None


def _whole_day(match: re.Match, offset: int) -> FoundDate | None:
    day, month, year = (int(match["d"] or match["wd"]), int(match["m"] or match["wm"]), int(match["y"] or match["wy"]))
    if year < ONLINE_SINCE or not valid_date(day, month, year):
        return None
    if match["span"]:
        first = int(re.match(r"\d+", match["span"]).group(0))
        if not 0 < day - first < LONGEST_SPAN_DAYS:
            return None
    return FoundDate(day=day, month=month, year=year, start=offset + match.start(), end=offset + match.end())
