"""The head's small lines: date lines, stamps and mastheads, and the pieces a scraper glued
into one line (a headline and its date, a date and its byline), split apart before the
headline is chosen."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import data, headline
from ..dates import is_document_date, read_date_line
from ..text import CAPITAL, LOWERCASE
from .lines import (DATE_START, POSTED_AT, SENTENCE_END, Segment, _Unit, _word_count, byline_kind, clean_byline, cut_marker,
                    is_boilerplate, is_section, page_title, upper_ratio)


def _next_free(marks: list[Segment | None], index: int) -> int:
    while index < len(marks) and marks[index] is not None:
        index += 1
    return index


HEAD_WINDOW = 24  # lines from the top in which the headline is looked for


def _head_window(units, marks, start: int) -> list[int]:
    """The free lines the headline may be among: from the top to the second body
    paragraph (a teaser may stand above the headline, the lead below it)."""
    window, prose = [], 0
    for index in range(start, min(len(units), start + HEAD_WINDOW)):
        if marks[index] is not None:
            continue
        window.append(index)
        if _body_prose(units[index].text):
            prose += 1
            if prose == 2:
                break
    return window


def _body_prose(line: str) -> bool:
    """A paragraph of running text: long, or several words ending a sentence (a slogan
    ending with "!" is not)."""
    words = _word_count(line)
    return words >= 40 or (words >= 12 and line.rstrip()[-1] in ".?…:;\"”)")


def _head_kind(line: str) -> tuple[str, str] | None:
    """What a head line is when it is plainly not the headline: (kind, detail), else None."""
    if page_title(line):
        return "page_title", page_title(line)
    if cut_marker(line):
        return "boilerplate", "mục liên kết trước bài"
    meta = split_meta_line(line)
    if meta:  # "Lê Minh - 11:08, 24/03/2020": the writer too
        return "date_line", "dòng ngày kèm tác giả"
    if read_date_line(line) or date_part(line):
        return "date_line", ""
    if is_section(line) or headline.is_section_name(line):
        return "category", ""
    if masthead(line):
        return "masthead", line
    if _breadcrumb(line):  # "Nội san >> Thông tin lý luận … >> … số 2 năm 2020": where the page sits, not what it says
        return "boilerplate", "đường dẫn của trang (breadcrumb)"
    if _IMAGE_ADDRESS.search(line):
        return "boilerplate", "địa chỉ ảnh của trang (logo, ảnh đại diện)"
    return None


# "Chính trị xã hội 08:00 | 26/06/2025", "Tin tổng hợp Thứ Tư, 22/04/2020, 10:30": a section, then the date
_SECTION_THEN_DATE = re.compile(r"(?P<section>[^\d|,.:;!?]+?)\s+(?P<date>(?:thứ\s|chủ\s+nhật|\d).*)", re.IGNORECASE)


# A dateline stamped with its source and day before the lead: "Hà Nội (TTXVN 11/3/2022)",
# "(P. TS&TT – Văn Lang, 02/9/2020) -"
_STAMP = re.compile(r"(?:[^\s(][^()]{0,30}?\s)?\((?P<source>[^()\d:]{2,40}?)[\s,–-]+(?P<date>[0-3]?\d/[01]?\d/(?:19|20)\d\d)\)\s*[-–—:]?")


# The poster and the date, then the section: "Quản trị viên 16/09/2022 Tin tức - sự kiện"
_DATE_THEN_SECTION = re.compile(r"(?P<dated>.{0,40}?[0-3]?\d/[01]?\d/(?:19|20)\d\d(?:\s+[012]?\d:[0-5]\d)?)\s+(?P<section>[^\d|]{2,40})")


def stamp_source(line: str) -> str | None:
    """The source of a dateline's stamp: "Hà Nội (TTXVN 11/3/2022)" → "TTXVN"."""
    stamp = _STAMP.fullmatch(line.strip())
    return stamp["source"].strip(" ,–-") if stamp and read_date_line(stamp["date"]) else None


@lru_cache(maxsize=512)  # asked again about the same lines within one article
def date_part(line: str) -> str | None:
    """The date of a date line printed with the site's section before or after it, or of a
    source's stamp ("Hà Nội (TTXVN 11/3/2022)"); None for any other line."""
    if not _DIGIT.search(line):
        return None
    stamp = _STAMP.fullmatch(line.strip())
    if stamp and read_date_line(stamp["date"]):
        return stamp["date"]
    after = _DATE_THEN_SECTION.fullmatch(line.strip())
    if after and read_date_line(after["dated"]) and (is_section(after["section"]) or headline.is_section_name(after["section"])):
        return after["dated"]
    parts = _SECTION_THEN_DATE.fullmatch(line.strip())
    if parts and read_date_line(parts["date"]) and (is_section(parts["section"]) or headline.is_section_name(parts["section"])):
        return parts["date"]
    posted = _DATE_THEN_POSTER.fullmatch(line.strip())
    if posted and read_date_line(posted["dated"]):
        return posted["dated"]
    return None


# "Đăng lúc: Thứ tư - 20/04/2016 08:44 - Người đăng bài viết: Tạp Chí": the date, then the
# account that posted it (the site's, not a writer's byline)
_DATE_THEN_POSTER = re.compile(
    r"(?P<dated>.+?)\s+[-–|]\s+(?:người\s+đăng(?:\s+bài(?:\s+viết)?|\s+tin)?|đăng\s+bởi|người\s+cập\s+nhật)\s*:.{0,60}", re.IGNORECASE)


# an image's address, whole or from the site's root ("https://…/logo.png", "/uploads/news/anh-1.jpg")
_IMAGE_ADDRESS = re.compile(r"(?:https?://|^/)\S+\.(?:png|jpe?g|gif|svg|webp|ico)\b", re.IGNORECASE)


def masthead(line: str) -> bool:
    """The site's own name ("Cổng thông tin điện tử huyện X", "BÁO ĐIỆN TỬ ĐẢNG BỘ …")."""
    if _word_count(line) > 16 or SENTENCE_END.search(line):
        return False
    return data.opens_with_phrase(line, "mastheads")


# WordPress themes' entry meta, the day then the writer: "12/03/2016 bởi Minh Hà", "Đăng ngày 12/03/2016 bởi Minh Hà"
# ("Đăng vào %s" / "bởi %s" in a theme's vi.po; Joomla vi-VN.com_content.ini "Được viết ngày %s" | "Viết bởi %s")
_DATE_THEN_WRITER = re.compile(r"(?P<dated>.{6,60}?)\s*[-–|,]?\s+(?:(?:viết|đăng)\s+)?bởi\s+(?P<name>[^\s:：].{0,60})", re.IGNORECASE)
# Fields a template joins with " ." before each label: "Tác giả: Thái Văn Dũng .Ngày đăng: 29/06/2022 .Lượt xem: 416 lượt."
_DOT_BEFORE_LABEL = re.compile(r"\s\.(?=[^\W\d_][^:]{0,20}:)")
# "… | Lượt xem: 12 | Trần Thủy"; "Nhật Minh| 25/11/2022 05:59": the bar glued to the name; or the dot before a label
_META_SPLIT = re.compile(rf"\s*\|\s*|\s{{2,}}|{_DOT_BEFORE_LABEL.pattern}")
# "Thành Long 11:24 | 01/07/2025": the stamp's time printed after the name, its day after the bar
_TIME_AFTER_NAME = re.compile(r"\s+[012]?\d:[0-5]\d$")


@lru_cache(maxsize=512)  # asked again about the same lines within one article
def split_meta_line(line: str) -> tuple[str, str] | None:
    """A date line that also carries a byline: "Đăng ngày: 20/01/2020 - 8:28 AM | Lượt xem:
    12 | Trần Thị Thanh Thủy", "NGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09" → (the date part, the name)."""
    if len(line) > 160 or _STAMP.fullmatch(line.strip()):
        return None  # "Hà Nội (TTXVN 11/3/2022)": a source's stamp, not a writer's
    posted = POSTED_AT.search(line)  # "Posted by Minh Hà on Thứ Bảy, 12 tháng 3, 2016 | 08:30": the name, then when
    if posted and posted.start() and read_date_line(posted[0].strip()) and byline_kind(line[: posted.start()]) == "byline":
        return posted[0].strip(), clean_byline(line[: posted.start()])
    if "|" not in line and not _DOT_BEFORE_LABEL.search(line):
        line = _COMMENTS_LINK_TAIL.sub("", line)
        posted = _DATE_THEN_WRITER.fullmatch(line.strip()) if "bởi" in line else None
        if posted and read_date_line(posted["dated"]) and byline_kind(posted["name"]) == "byline":
            return posted["dated"], clean_byline(posted["name"])  # "12/03/2016 bởi Minh Hà", "Đăng ngày 12/03/2016 bởi …"
        first = DATE_START.search(line) or _WORDED_DATE_START.search(line)
        if first and first.start() > 2:
            name, dated = line[: first.start()].strip(" -–,|"), line[first.start() :]
            name = POSTED_AT.sub("", name) or name  # "Đăng bởi X vào 12/03/2016 - 08:30": the name before "vào"
            if read_date_line(dated) and byline_kind(name) == "byline" and not _NAMES_A_DAY.search(name):
                return dated, clean_byline(name)
        return None
    parts = [p.strip() for p in _META_SPLIT.split(line) if p.strip()]
    dated = [p for p in parts if read_date_line(p)]
    names = [_TIME_AFTER_NAME.sub("", p) for p in parts
             if not read_date_line(p) and not is_boilerplate(p) and not DATE_LINE_NOISE_ONLY.fullmatch(p)]
    if len(dated) == 1 and len(names) == 1 and byline_kind(names[0]) == "byline" and not _NAMES_A_DAY.search(names[0]):
        return dated[0], names[0]
    return None


# WordPress themes print the post's meta on one line, the writer and the day in either order, the day in words
# (template-parts' posted_by / posted_on, "Posted by" / "Posted on %s" / "by %s" in their vi.po: "Đăng bởi Minh Hằng
# 12 Tháng Ba, 2025" in Twenty Nineteen, "Đăng vào 12 Tháng Ba, 2025 bởi Minh Hằng" in Twenty Fifteen to Seventeen),
# then the comments link ("Đăng bình luận trong <tiêu đề>", "3 bình luận"): the link is no part of the date
_WORDED_DATE_START = re.compile(r"(?:^|\s)[0-3]?\d\s+tháng\s+(?:1[0-2]|0?[1-9]|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)\s*,?\s+(?:19|20)\d\d", re.IGNORECASE)
# and, in the entry footer, the categories and tags ("Đăng trong Xây dựng Đảng Nhãn: …", "Posted in", "Tags:")
_COMMENTS_LINK_TAIL = re.compile(r"\s+(?:đăng bình luận(?:\s+trong\s.{0,200})?|\d+\s+bình luận|không có phản hồi|đăng trong\s.{1,200})\s*$", re.IGNORECASE)
# "Thứ Năm, 24/03/2020", "Hà Nội, ngày 20/5/2020": a weekday or a dateline's place, not a writer
_NAMES_A_DAY = re.compile(r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|ngày)\b|,", re.IGNORECASE)
_VIEW_WORDS = r"lượt\s+(?:xem|đọc)|views?|view count"
DATE_LINE_NOISE_ONLY = re.compile(rf"(?:{_VIEW_WORDS})\s*:?\s*\d[\d.,]*", re.IGNORECASE)
VIEW_COUNT = re.compile(rf"\b(?:{_VIEW_WORDS})\b", re.IGNORECASE)  # "24/10/2019 2241 Lượt xem": the article's own counter


def _split_glued_head(units: list[_Unit]) -> None:
    """Lines a scraper glued together at the top of the page: a date line and the text
    after it ("date 2025-08-20 Chính trị …"), a headline and its lead ("… ĐNO - Chiều
    20/8, …"). Each part becomes a unit of its own, on the same source line."""
    index, seen = 0, 0
    while index < min(len(units), 40):
        unit = units[index]
        if is_boilerplate(unit.text):
            index += 1
            continue
        seen += 1
        # the first lines may hold any glued shape; below a long list of links, only a glued date
        parts = _glued_parts(unit.text) if seen <= 6 else _date_glued_parts(unit.text)
        if len(parts) == 1 and seen == 1:
            parts = _headline_glued_to_text(units, index)
        if len(parts) > 1:
            units[index : index + 1] = [_Unit(unit.line, part, unit.blank_before if n == 0 else 0, numbered=unit.numbered) for n, part in enumerate(parts)]
        index += len(parts)


# A word's small letter or digit, then a capital opening the next word with no space between:
# where a scraper ran a headline into the text ("… bị khởi tốĐời sống - 09:34 sáng…").
_GLUED_CAPITAL = re.compile(rf"[{re.escape(LOWERCASE)}\d](?={CAPITAL}[{re.escape(LOWERCASE)}])")
_GLUED_HEAD_REACH = 300  # a headline's 40 words at most


def _glued_head_cut(text: str) -> int | None:
    """Where a headline-shaped start (5 to 40 words, no sentence's end, not a lead's opening) runs
    into 12 words or more of text without a space, else None."""
    for match in _GLUED_CAPITAL.finditer(text, 0, _GLUED_HEAD_REACH):
        head = text[: match.end()]
        if (5 <= _word_count(head) <= 40 and not SENTENCE_END.search(head) and _word_count(text[match.end():]) >= 12
                and not headline.opens_like_lead(head)):  # "Hôm nay (31/8), … của PV VietNamNet, …": a lead's own capital
            return match.end()
    return None


def _headline_glued_to_text(units: list[_Unit], index: int) -> list[str]:
    """The page's first line, a headline a scraper glued to the text below it with no space
    ("Nhiều lãnh đạo ở tỉnh Thanh Hóa bị khởi tốĐời sống - 09:34 sángMột Phó chủ tịch …",
    "CHI BỘ … NHIỆM KỲ 2025-2027Khi còn sống, Chủ tịch Hồ Chí Minh …"): headline and text.
    Not when another line further down is glued so too: then each is a section's heading or
    a listing's item run into its text ("Đền thờ Chủ tịch Hồ Chí MinhNằm trên …" / "Di tích …
    Pác BóKhu di tích …")."""
    text = units[index].text
    cut = _glued_head_cut(text)
    if cut is None or any(_glued_head_cut(unit.text) for unit in units[index + 1 : index + 40]):
        return [text]
    return [text[:cut], text[cut:]]


_SLASH_DATE = r"[0-3]?\d/[01]?\d/(?:19|20)\d\d"  # the date of a date glued to text, before or after it

# A date line glued to the end of a paragraph, no space after its full stop:
# "… hoàn thành thắng lợi nhiệm vụ được giao.Ngày gửi: 6/3/2020".
_GLUED_DATE_LINE = re.compile(rf"(?<=[.!?…”\"])(?={CAPITAL}[^.!?]{{0,30}}\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}[^.!?]{{0,20}}$)")
_GLUED_DATE_REACH = 62  # the longest such date line: it starts this near the end, or nowhere


# A date glued to the end of a short line's last word: "Báo An GiangBáo An Giang12/08/2025".
_DATE_AFTER_WORD = re.compile(rf"(?<=[^\W\d_])(?={_SLASH_DATE}(?:\s+[012]?\d:[0-5]\d)?$)")


def _split_glued_furniture(units: list[_Unit]) -> None:
    """A short line a scraper glued to a furniture line without a space, at a lower-case
    letter followed by a capital: "Mai HiếuÝ KIẾN BẠN ĐỌC" → the byline, and the comment
    box's heading on a unit of its own."""
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        if _word_count(unit.text) > 12 or is_boilerplate(unit.text):
            continue
        text = unit.text
        for at in (i for i in range(1, len(text)) if text[i - 1].islower() and text[i].isupper()):
            head, tail = text[:at], text[at:]
            if _inside_an_address(head, tail):
                continue  # "Nguồn: VnExpress.net", "Theo VietnamPlus.vn": an outlet's name as its address spells it
            if (is_boilerplate(tail) or cut_marker(tail)) and not is_boilerplate(head):
                units[index : index + 1] = [_Unit(unit.line, head, unit.blank_before, wrapped=unit.wrapped, numbered=unit.numbered),
                                            _Unit(unit.line, tail, 0, unit.placeholder_after, numbered=unit.numbered)]
                break


def _inside_an_address(head: str, tail: str) -> bool:
    """The cut falls inside one word that is a web address ("Vn|Express.net")."""
    from ..publisher import names_a_host

    word = (head.rsplit(maxsplit=1) or [""])[-1] + (tail.split(maxsplit=1) or [""])[0]
    return names_a_host(word.strip("()[].,;:"))


def _split_glued_dates(units: list[_Unit]) -> None:
    """A date line a scraper glued after the last sentence, or to the end of a short line
    (a source's name), becomes a unit of its own."""
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        match = _GLUED_DATE_LINE.search(unit.text, max(0, len(unit.text) - _GLUED_DATE_REACH))
        if not match and _word_count(unit.text) <= 10:
            match = _DATE_AFTER_WORD.search(unit.text)
        if match and read_date_line(unit.text[match.start():], strict=True):
            cut, resume = match.start(), match.start()
        else:
            cut, resume = _stamp_after_dash(unit.text) or (None, None)
        if cut is not None:
            units[index : index + 1] = [_Unit(unit.line, unit.text[:cut].rstrip(), unit.blank_before, wrapped=unit.wrapped, numbered=unit.numbered),
                                        _Unit(unit.line, unit.text[resume:], 0, unit.placeholder_after, numbered=unit.numbered)]


# "<headline> - 02:29:32 PM | 28/12/2016": a posting stamp (a time, or a bar) after a dash
_DASH_THEN_STAMP = re.compile(r"\s[-–]\s+(?=[^-–]{6,40}$)")


def _stamp_after_dash(text: str) -> tuple[int, int] | None:
    """(end of the text before, start of the stamp) of a stamp run on after a dash, else None;
    not a range's end ("(03/02/1930 - 03/02/2020)", "từ 01/02 - 03/02/2020")."""
    match = _DASH_THEN_STAMP.search(text, max(0, len(text) - 48))
    if match is None or "/" not in text[match.end():]:
        return None
    head, stamp = text[: match.start()], text[match.end():]
    found = read_date_line(stamp, strict=True)
    if (found is None or (found.hour is None and "|" not in stamp) or head.count("(") > head.count(")")
            or head.rstrip()[-1:].isdigit() or _word_count(head) < 4):
        return None
    return match.start(), match.end()


# After a space, or glued to the headline's last word ("… tỉnh Gia LaiNgày 19/6, …"); the first look-ahead
# holds what stands at any match's start, so the engine skips ahead to those characters (~40 % faster)
_LEAD_OPENER = re.compile(
    r"(?=[\s(A-ZĐ])(?:(?:\s|(?<=[a-zà-ỹđ]))(?=(?:\(?[A-ZĐ][A-Za-zĐđ.]{1,11}\)?\s*[-–—]\s+)?"
    r"(?:Sáng|Chiều|Trưa|Tối|Đêm|Ngày|Hôm nay|Hôm qua|Rạng sáng)\s+(?:nay\s+)?(?:ngày\s+)?\(?[0-3]?\d\s*[/.-]\s*[01]?\d\b)"
    r"|\s(?=\(?[A-ZĐ][A-ZĐ.]{1,9}\)?\s+[-–—]\s+[A-ZĐ]))"
)


_PROSE_DATE_OPENER = re.compile(r"^(?:ngày|tháng|năm|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|trong|vào)\b", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


# A date printed with no space before the text: "14/12/2021Ngày 13/12, …", "19/12/2017 03:52Chủ tịch …",
# "13/11/2017 | 09:41Ngày 12/11, …".
_DATE_GLUED = re.compile(rf"((?:[012]?\d:[0-5]\d\s+)?{_SLASH_DATE}(?:\s*[|,–-]?\s*[012]?\d:[0-5]\d)?)(?={CAPITAL})")


def _date_glued_parts(text: str) -> list[str]:
    glued = _DATE_GLUED.match(text)
    if glued and len(text.split()) >= 6 and read_date_line(glued.group(1), strict=True):
        return [glued.group(1), text[glued.end() :]]
    return [text]


# A blog theme's "by Author Date" between the headline and the lead, all on one line:
# "<headline> bởi Linh 19 Tháng 8, 2025 Trong hai ngày 23-24/7, …"
_BY_WRITER_ON = re.compile(
    rf"\s+bởi\s+(?P<name>{CAPITAL}\S*(?:\s+{CAPITAL}\S*){{0,3}})\s+"
    r"(?P<date>[0-3]?\d\s+[Tt]háng\s+[01]?\d,?\s+(?:19|20)\d\d|[0-3]?\d/[01]?\d/(?:19|20)\d\d)\s+"
)


# … or the site's section and the date: "<headline> Thời sự 07/05/2020 Bộ Chính trị đã công bố …"
_DATE_ON = re.compile(rf"\s(?P<date>[0-3]?\d/[01]?\d/(?:19|20)\d\d)\s+(?={CAPITAL})")


def _written_by_on(text: str) -> list[str] | None:
    """[headline, writer or section, date, lead] of a line that glues them ("bởi Linh", "Thời sự"), else None."""
    match = _BY_WRITER_ON.search(text) if "bởi" in text else None
    if match is None and "/" not in text[:400]:
        return None
    if match is not None:
        head, meta = text[: match.start()], text[match.start(): match.start("date")].strip()
    else:
        match = _DATE_ON.search(text, 0, 400)
        words = text[: match.start()].split() if match else []
        size = next((n for n in range(1, 5) if n < len(words) and is_section(" ".join(words[-n:]))), None)
        if size is None:
            return None
        head, meta = " ".join(words[:-size]), " ".join(words[-size:])
    if not 4 <= _word_count(head) <= 40 or _word_count(text[match.end():]) < 6:
        return None
    return [head, meta, match["date"], text[match.end():]]


def _glued_parts(text: str) -> list[str]:
    words = text.split()
    if len(words) < 6:
        return [text]
    written = _written_by_on(text)
    if written:
        return [*written[:3], *_glued_parts(written[3])]
    stamp = _STAMP.match(text)
    if stamp and read_date_line(stamp["date"]) and text[stamp.end():].lstrip()[:1].isupper() and _word_count(text[stamp.end():]) >= 6:
        return [text[: stamp.end()].strip(), *_glued_parts(text[stamp.end():].strip())]  # "Hà Nội (TTXVN 11/3/2022) Chiều 10/3, …"
    dated, *rest = _date_glued_parts(text)
    if rest:
        return [dated, *_glued_parts(rest[0])]
    if "|" in text or _PROSE_DATE_OPENER.match(text):
        return [text]  # a date line with counters and a byline, or a paragraph opening with a date
    dated = _DIGIT.search(" ".join(words[:4])) is not None
    for cut in range(min(8, len(words) - 1), 0, -1) if dated else ():
        head = " ".join(words[:cut])
        rest = " ".join(words[cut:])
        if (len(head) <= 60 and not head.endswith(",") and read_date_line(head, strict=True)
                and words[cut].lstrip("(“\"")[:1].isupper() and _word_count(rest) >= 6):
            return [head, *_glued_parts(rest)]
    for cut in range(1, min(6, len(words) - 1)) if dated or _DIGIT.search(text) else ():
        head, rest = " ".join(words[:cut]), " ".join(words[cut:])
        found = read_date_line(rest, strict=True) if len(rest) <= 60 else None
        if found and found.precision == "day" and (is_section(head) or head == head.upper()):
            return [head, rest]  # a section name glued before the date line (a month alone ends a headline)
    if len(words) < 20:
        return [text]
    labelled = _labelled_date_within(text)
    if labelled:
        return labelled
    reach = len(" ".join(words[:41]))  # a headline has at most 40 words: no cut further on
    for match in _LEAD_OPENER.finditer(text, 0, _opener_window(text, reach)):
        if match.start() > reach:
            break
        if text[match.end() :].split(maxsplit=1)[0].strip("()") in data.abbreviation_set():
            continue  # "… Đảng bộ CTCP – Viện …": an organisation's name goes on, no source tag opens a lead
        if is_document_date(text, match.start()):
            continue  # "… Hướng dẫn số 07-HD/BTCQU Ngày 15/8/2024, …": the cited document's date, mid-sentence
        before, after = text[: match.start()], text[match.end() :]
        if _names_the_unit_before(before, after):
            continue
        if (5 <= _word_count(before) <= 40 and not SENTENCE_END.search(before) and _word_count(after) >= 12
                and before.rstrip()[-1] not in "-–—,;:"  # a headline never ends on a dash or a comma
                and upper_ratio(after) < 0.8):  # "… DỆT MAY MIỀN NAM – VINATEX …": a lead is not in capitals
            section = _leading_section(before)
            return [*section, before[len("".join(section)) :].strip(), after] if section else [before, after]
    return [text]


_CAPITALS_THEN_DASH = re.compile(r"[A-ZĐ][A-ZĐ.]{1,9}\s+[-–—]\s")


def _names_the_unit_before(before: str, after: str) -> bool:
    """Capitals and a dash right after a unit's word ("… Bí thư Chi bộ" / "KHSK – NCCG, đồng chí …",
    "… Trưởng khoa" / "GDQP - AN; …"): the unit's name in short, as a sentence goes on, not an agency's
    tag opening a lead (a tag opens a paragraph, no headline ends on "Chi bộ", "Khoa")."""
    return _CAPITALS_THEN_DASH.match(after) is not None and data.ends_with_phrase(before, "organisation_types")


def _opener_window(text: str, reach: int) -> int:
    """Where a search for a lead opener that starts by reach may stop: 80 characters on (an
    opener spans at most 50 where no two spaces follow each other), else the whole text."""
    end = reach + 80
    return len(text) if _TWO_SPACES.search(text, 0, end) else end


_TWO_SPACES = re.compile(r"\s\s")


# A labelled publication date between a headline and the text it was glued to:
# "<headline> Ngày cập nhật 22/05/2011 Đến 19 giờ 00 phút ngày 22/5/2011, …".
_LABELLED_DATE = re.compile(
    r"(?<=\s)(?:Ngày\s+cập\s+nhật|Cập\s+nhật(?:\s+lúc|\s+ngày)?|Ngày\s+đăng|Đăng\s+(?:lúc|ngày)|Ngày\s+xuất\s+bản)"
    rf"\s*:?\s*(?:[012]?\d:[0-5]\d(?::[0-5]\d)?\s+)?{_SLASH_DATE}(?:\s+[012]?\d:[0-5]\d(?::[0-5]\d)?)?(?=\s)"
)


def _labelled_date_within(text: str) -> list[str] | None:
    """Headline, date line and text, when a scraper ran them into one line."""
    for match in _LABELLED_DATE.finditer(text):
        before, after = text[: match.start()].strip(), text[match.end() :].strip()
        if (5 <= _word_count(before) <= 40 and not SENTENCE_END.search(before) and _word_count(after) >= 12
                and read_date_line(match.group(0), strict=True)):
            return [before, match.group(0), after]
    return None


def _leading_section(text: str) -> list[str]:
    """A section name glued in front of a headline: "Chính trị Phường Hương Trà …"."""
    words = text.split()
    for size in (4, 3, 2, 1):
        if len(words) > size + 3 and is_section(" ".join(words[:size])) and words[size][:1].isupper():
            return [" ".join(words[:size])]
    return []
# a trail of the site's sections: steps joined by a spaced ">>", "»" or "›", or a path of three steps or more each closed by "/"
_CRUMB_MARK = re.compile(r"\S\s+(?:>>|»|›)\s+\S")
_CRUMB_PATH = re.compile(r"[^/\s][^/]*(?:/[^/\s][^/]*){2,}/")
_GUILLEMETS = re.compile(r"«[^«»]*»")
_CRUMB_SIGNS = ("/", ">>", "»", "›")  # what either pattern needs


def _breadcrumb(line: str) -> bool:
    """A breadcrumb, however long its steps ("Giới thiệu » Về Phòng … | Đại học Cần Thơ", "Tin tức/(Trường
    Tiểu học …)/Tin tức - Sự kiện/"): the page's place on the site, never its headline (no headline on the
    development pages holds a spaced ">>", "»" or "›", or ends a path with "/"). A "»" that closes a "«"
    quotes ("« Dân vận khéo » ở …")."""
    text = line.strip()
    if not any(mark in text for mark in _CRUMB_SIGNS):
        return False  # (most lines: the patterns below cost 16 µs a line)
    return bool(_CRUMB_MARK.search(_GUILLEMETS.sub("", text)) or _CRUMB_PATH.fullmatch(text))
