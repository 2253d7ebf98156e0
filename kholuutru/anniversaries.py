"""Round anniversaries, the Party's age and the lunar New Year a text greets: each
names the year it is written in.

"kỷ niệm 90 năm Ngày thành lập Đảng" is of 2020, "mừng Đảng 95 mùa xuân" of 2025,
"Xuân Giáp Thìn" of 2024; the finders here say which year, and whether the dateline's
day lies near enough to the anniversary or the Tết for that year to be the day's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date

from .dates import ONLINE_SINCE, squash, valid_date

# What follows the number is looked ahead at, not taken: a title's "Kỷ niệm 70 năm …" must not
# swallow the lead's "kỷ niệm 70 năm … (20-7-1946 - 20-7-2016)" right after it.
# "kỷ niệm 60 năm …", "chào mừng …", a quoted “60 năm …”, an admission class "Lớp đảng viên 60 năm …"
# a full stop inside a number or a date ("23.11.1946") does not end the anniversary's words
# (the look-ahead names the first letters, so the engine skips ahead to them instead of trying every position)
_ANNIVERSARY = re.compile(r"(?=[kcl“\"])(?:kỷ\s+niệm|chào\s+mừng|lớp\s+đảng\s+viên|[“\"])\s*(\d{1,3})\s+năm\b(?=((?:[^.;]|\.(?=\d)){0,120}))", re.IGNORECASE)
# The closing parenthesis may be lost: "… Mường Khương (11/11/1950 - 11/11/2023 Tự hào lịch sử …" (a title
# glued to its slogan), "(03/02/1930-03/02/2020. Sáng ngày 21/01/2020 …", "(03-02-1930 – 03-02-2026; đồng thời …";
# the count of years must still agree with the span.
_ANNIVERSARY_SPAN = re.compile(  # "(3/2/1930 - 3/2/2020)", "(27-2-1955 – 27-2-2024)", "(1930-2020)"
    r"\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?(?P<since>1[89]\d\d|20[0-2]\d)\s*[-–—]\s*"
    r"(?:(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*)?(?P<year>20[0-3]\d)(?:\s*\)|(?![\d/–—-]|\.\d))"
)


@dataclass(frozen=True)
class Anniversary:
    year: int
    note: str
    day: date | None = None  # when the article prints the anniversary's day ("(3/2/1930 - 3/2/2020)")


# "… và 76 năm Ngày truyền thống Ngành Kiểm tra Đảng": a count with no "kỷ niệm" before it counts
# only when an anniversary's name follows right after it (not "hơn 90 năm", a round figure)
_BARE_ANNIVERSARY = re.compile(r"(?=\d)(?<![\d.,/])(\d{1,3})\s+năm\b(?=((?:[^.;]|\.(?=\d)){0,120}))", re.IGNORECASE)
_ROUGHLY_BEFORE = ("hơn ", "gần ", "trên ", "ngót ")


# "ôn lại truyền thống 85 năm xây dựng, trưởng thành của Đoàn TNCS Hồ Chí Minh", "chặng đường 90 năm xây dựng,
# phát triển của Đảng Cộng sản Việt Nam": the age of a body whose founding anniversaries.yml lists
_TRADITION = re.compile(
    r"(?:truyền\s+thống|chặng\s+đường)\s+(\d{1,3})\s+năm\s+(?:(?:xây\s+dựng|hoạt\s+động|phát\s+triển|trưởng\s+thành|chiến\s+đấu)"
    r"[\s,]*(?:và\s+)?)*của\s+(?=([^.;\n]{0,120}))",
    re.IGNORECASE,
)
# The body an anniversary's name is of: "ngày thành lập Công đoàn Việt Nam" → "Công đoàn Việt Nam" (phrase keys)
_FOUNDING_WORDS = re.compile(r"^(?:ngay\s+)?(?:thanh\s+lap\s+|truyen\s+thong\s+)?")


@lru_cache(maxsize=512)  # asked again about the same text within one article
def anniversary(text: str) -> Anniversary | None:
    """"kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2020)": 2020, and its day when printed."""
    cued = [(match, 12) for match in _ANNIVERSARY.finditer(text)]
    bare = ((match, 0) for match in _BARE_ANNIVERSARY.finditer(text)
            if not text[max(0, match.start() - 5) : match.start()].lower().endswith(_ROUGHLY_BEFORE))
    return _anniversary_of(cued) or _anniversary_of(bare) or _age_of_a_founded_body(text)


def _age_of_a_founded_body(text: str) -> Anniversary | None:
    """"truyền thống 93 năm xây dựng và phát triển của Công đoàn Việt Nam": founded 1929, so 2022; the
    body named right after "của", as anniversaries.yml names its founding day (not "của nhà trường")."""
    from . import data

    for match in _TRADITION.finditer(text):
        years, key = int(match.group(1)), f" {data.phrase_key(match.group(2))} "
        for phrase, written, base, marked_on, not_followed_by in data.anniversaries():
            body = _FOUNDING_WORDS.sub("", phrase)
            if body and key.startswith(f" {body} ") and not _names_another_event(phrase, key[len(body) + 2 :], not_followed_by):
                day = date(base + years, *marked_on) if marked_on else None
                return Anniversary(base + years, f"năm suy ra từ văn bản: «{squash(match.group(0))}…» {years} năm ({written}, năm {base})", day)
    return None


def _anniversary_of(matches) -> Anniversary | None:
    """The first count of years (match, how far into its words the anniversary's name may start) that is one."""
    from . import data

    for match, reach in matches:
        years, rest = int(match.group(1)), match.group(2)
        span = _ANNIVERSARY_SPAN.search(rest)
        if span and int(span["year"]) - int(span["since"]) == years:
            year = int(span["year"])
            try:
                day = date(year, int(span["month"]), int(span["day"])) if span["day"] else None
            except ValueError:
                day = None
            return Anniversary(year, f"năm suy ra từ văn bản: «{squash(match.group(0) + rest[: span.end()])[:120]}»", day)
        key = f" {data.phrase_key(rest)} "
        for phrase, written, base, marked_on, not_followed_by in data.anniversaries():
            at = key.find(f" {phrase} ", 0, reach + len(phrase) + 2)  # only a start within reach counts
            if 0 <= at <= reach and not _names_another_event(phrase, key[at + len(phrase) + 2 :], not_followed_by):
                if span and int(span["since"]) == base:
                    break  # "90 năm … (22/12/1944-22/12/2024)": the count and the printed years disagree
                day = date(base + years, *marked_on) if marked_on else None
                return Anniversary(base + years, f"năm suy ra từ văn bản: kỷ niệm {years} năm {written} (năm {base})", day)
        if found := _province_left_unnamed(match, key, reach, years):
            return found
    return None


def _province_left_unnamed(match: re.Match, key: str, reach: int, years: int) -> Anniversary | None:
    """"tỉnh Cà Mau … kỷ niệm 15 năm tái lập tỉnh, …": a province's anniversary named without the province
    (anniversaries.yml `unnamed_province`) is that of the one province its sentence names with an entry."""
    from . import data

    named = [p for p in data.unnamed_province_anniversaries() if 0 <= key.find(f" {p} ", 0, reach + len(p) + 2) <= reach]
    if not named:
        return None
    text = match.string
    start = max(text.rfind(end, 0, match.start()) for end in (". ", "\n", "; "))
    sentence = f" {data.phrase_key(text[start + 1 : match.end()] + match.group(2))} "
    found = {(written, base, marked_on) for phrase, written, base, marked_on, _ in data.anniversaries()
             for unnamed in named if phrase.startswith(f"{unnamed} ") and f" {phrase[len(unnamed) + 1 :]} " in sentence}
    if len(found) != 1:
        return None
    (written, base, marked_on), = found
    day = date(base + years, *marked_on) if marked_on else None
    return Anniversary(base + years, f"năm suy ra từ văn bản: kỷ niệm {years} năm {written} (tỉnh câu ấy nêu; năm {base})", day)


# Words after any anniversary's name that make it a local committee's ("ngày thành lập Đảng bộ …"), and a
# state named after "Quốc khánh nước …" that is not Việt Nam ("Quốc khánh nước Cộng hòa Nhân dân Trung Hoa")
_LOCAL_COMMITTEE_AFTER = ("bo ", "uy ")
_OWN_STATE = (" viet nam ", " vn ")


def _names_another_event(phrase: str, after: str, not_followed_by: tuple[str, ...]) -> bool:
    """Whether the words after an anniversary's name (phrase keys) name another event than the
    one listed (its `not_followed_by` in anniversaries.yml)."""
    if after.startswith(_LOCAL_COMMITTEE_AFTER) or after.startswith(not_followed_by):
        return True
    if phrase.endswith("quoc khanh"):
        state = " ".join(after.split()[:10]) + " "
        return state.startswith(("nuoc ", "cua nuoc ")) and not any(own in f" {state}" for own in _OWN_STATE)
    return False


# The Party's age told in passing, its founding (3/2/1930) unnamed: "Đảng ta suốt 93 năm qua", "93 năm qua, Đảng
# Cộng sản Việt Nam …", "Đảng Cộng sản Việt Nam trong 90 năm qua" (a speech or teaser of the anniversary's year)
_PARTY_AGE = re.compile(  # the look-ahead holds what opens either alternative, for the engine to skip ahead to
    r"(?=[Đ\d])(?:\bĐảng(?:\s+ta|\s+Cộng\s+sản\s+Việt\s+Nam)?(?!\s+(?:bộ|ủy|uỷ|viên))[^.;]{0,30}?\b(?:suốt|trong|qua)\s+(?P<after>\d{2})\s+năm\b(?!\s+(?:thực|xây))|"
    r"(?<!hơn )(?<!gần )(?<!trên )(?<![\d.,])\b(?P<before>\d{2})\s+năm\s+qua,?\s+Đảng(?:\s+ta|\s+Cộng\s+sản)?\b(?!\s+(?:bộ|ủy|uỷ|viên)))"
)
PARTY_FOUNDED = 1930


def party_age(text: str) -> tuple[int, str] | None:
    """The year an undated text is written in when it tells the Party's age, one age only."""
    ages = {int(m["after"] or m["before"]) for m in _PARTY_AGE.finditer(text)}
    ages = {age for age in ages if 75 <= age <= 120}  # the Party's age since pages were online
    if len(ages) != 1:
        return None
    age = ages.pop()
    return PARTY_FOUNDED + age, f"năm suy ra từ văn bản: Đảng {age} năm (thành lập năm {PARTY_FOUNDED})"


# An organisation's age counted from its founding, told in the sentence before or earlier in the same one:
# "… ra đời ngày 8/10/2007 theo Quyết định số 298-QĐ/ĐUK … Suốt 15 năm qua, Đảng bộ EVN …" (2022),
# "ngày 28/3/1950 Ban Miền Tây ra quyết định thành lập Đảng bộ huyện … Qua 66 năm xây dựng và trưởng thành" (2016).
_YEARS_COUNTED = re.compile(
    r"(?:[Ss]uốt|[Qq]ua|[Tt]rải\s+qua|[Tt]ròn|[Cc]hặng\s+đường)\s+(?P<years>\d{2,3})\s+năm\s+"
    r"(?:qua|xây\s+dựng|hình\s+thành|thành\s+lập|ra\s+đời|phát\s+triển|trưởng\s+thành|hoạt\s+động)\b"
)
_FOUNDED = re.compile(r"ra\s+đời|thành\s+lập|[Nn]gày\s+truyền\s+thống|tiền\s+thân|tái\s+lập")
_FOUNDING_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20[0-2]\d)(?!\d)")
_SENTENCE_END = re.compile(r"[.!?]\s+|\n")
_LAST_YEAR_COUNTED = 2030  # the pages end with the 2025-2030 term
_FOUNDING_REACH = 1000  # characters looked back for the founding: two sentences, and no rescan of the whole text


def age_since_founding(text: str) -> tuple[int, str] | None:
    """The year an undated text is written in when it counts an organisation's years from the
    founding it has just told (the year nearest the founding word); one such year only."""
    found: dict[int, str] = {}
    for match in _YEARS_COUNTED.finditer(text):
        reach = max(0, match.start() - _FOUNDING_REACH)
        ends = [end.end() for end in _SENTENCE_END.finditer(text, reach, match.start())]
        window = text[ends[-2] if len(ends) > 1 else reach : match.start()]  # the sentence before and this one
        founded = list(_FOUNDED.finditer(window))
        if not founded:
            continue
        word = founded[-1].start()
        sentence_start = max([0] + [end.end() for end in _SENTENCE_END.finditer(window, 0, word)])
        counted = int(match["years"])
        years = [(abs(year.start() - word), int(year.group(1))) for year in _FOUNDING_YEAR.finditer(window, sentence_start)
                 if int(year.group(1)) + counted <= _LAST_YEAR_COUNTED]  # "(1947 - 2023)": the count runs from its start
        if years:
            since = min(years)[1]
            found.setdefault(since + counted, f"«{squash(match.group(0))}» kể từ năm {since}")
    if len(found) != 1:
        return None
    year, why = found.popitem()
    return year, f"năm suy ra từ văn bản: {why}"


# The lunar new year a text greets or marks, by its name: "bước vào Xuân Quý Mão", "Nhân dịp Tết Ất Mùi 2015",
# "tổ chức Tết Bính Ngọ", "những ngày đầu Xuân mới Ất Tỵ", "Tết cổ truyền Giáp Ngọ" (a year's stems and branches:
# 2020 is Canh Tý, 2023 Quý Mão).
_STEMS = ("Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ")  # year % 10
_BRANCHES = ("Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi")  # year % 12
_LUNAR_NEW_YEAR = re.compile(
    rf"\b(?:[Xx]uân(?:\s+mới)?|[Tt]ết(?:\s+(?:[Nn]guyên\s+[Đđ]án|cổ\s+truyền))?)\s+(?P<stem>{'|'.join(_STEMS)})\s+(?P<branch>{'|'.join(_BRANCHES)})\b"
    r"(?:\s*(?P<printed>(?:19|20)\d\d)\b)?"
)


def lunar_new_year(text: str) -> tuple[int, date, str] | None:
    """(year, its Tết, why) of the one lunar new year a text names, within the years the congress
    calendar knows (not "Xuân Mậu Thân" 1968: its name returns in 2028), and agreeing with a year
    printed after it ("Tết Ất Mùi 2015"; not "Tết Kỷ Dậu 1969")."""
    from . import data

    latest = max(day.year for day in data.congresses()["national"].values()) + 1
    years = set()
    for match in _LUNAR_NEW_YEAR.finditer(text):
        stem, branch = _STEMS.index(match["stem"]), _BRANCHES.index(match["branch"])
        year = next(y for y in range(ONLINE_SINCE, ONLINE_SINCE + 60) if y % 10 == stem and y % 12 == branch)
        if year > latest or (match["printed"] and int(match["printed"]) != year):
            return None  # a year of history ("Tết Mậu Thân 1968"), not the time of writing
        years.add(year)
    if len(years) != 1:
        return None
    year = years.pop()
    return year, date(year, 2, 1), f"năm suy ra từ văn bản: Tết âm lịch {year} được nhắc tới"


def anniversary_year(text: str, month: int | None = None, day: int | None = None) -> tuple[int, str] | None:
    """The anniversary's year; the year before for a day in the weeks before the anniversary's
    own day across New Year ("Tối 30/12, … kỷ niệm 25 năm tái lập tỉnh (1/1/1997 - 1/1/2022)")."""
    found = anniversary(text)
    if found is None:
        return None
    if found.day and month and day:
        try:
            before = (found.day - date(found.year - 1, month, day)).days
        except ValueError:
            before = None
        if before is not None and 0 < before <= 45:
            return found.year - 1, f"{found.note}; ngày {day}/{month} là những ngày trước ngày kỷ niệm"
    return found.year, found.note


def anniversary_days_away(text: str, month: int | None, day: int | None) -> tuple[int, str] | None:
    """A round anniversary the text names further on ("… đúng vào dịp kỷ niệm 128 năm ngày sinh
    Chủ tịch Hồ Chí Minh"), whose own day is within three weeks of the dateline's: its year."""
    found = anniversary(text)
    if found is None or found.day is None or month is None or day is None or not valid_date(day, month, found.year):
        return None
    if abs((found.day - date(found.year, month, day)).days) > 21:
        return None
    return found.year, f"{found.note}; ngày {day}/{month} gần ngày kỷ niệm"


TET_SEASON_MONTHS = {12: -1, 1: 0, 2: 0}  # a day's month near the Tết a text greets, and the year of the day against the Tết's


def lunar_new_year_near(text: str, month: int | None) -> tuple[int, str] | None:
    """A day from December to February in a text that names one lunar new year ("thăm, tặng quà … đón
    Tết … xuân Bính Thân" → 10/1/2016; "Ngày 25/12, … chuẩn bị đón Tết Giáp Thìn" → 2023): the Tết it
    greets or has just seen, weeks away, gives the year; later in the year it is one looked back on."""
    found = lunar_new_year(text) if month in TET_SEASON_MONTHS else None
    if found is None:
        return None
    year, _, why = found
    return year + TET_SEASON_MONTHS[month], why
