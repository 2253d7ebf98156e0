"""Raw article text to marked segments, in order; nothing is dropped silently.

A scraper's file holds the page around the article: a page title or section
line, the title, a date line, a place line, captions and credits, the body
with its subheadings, a byline, and then related links, widgets and footer.
This module marks every line with what it is. It reads no values (dates,
names, places): extract.py does that from the marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from . import data, headline, publisher
from .dates import ONLINE_SINCE, WEEKDAY, is_document_date, read_date_line, read_dateline
from .gazetteer import DISTRICT_TYPES, OLD_COMMUNE_TYPES, unit_words_pattern
from .text import CAPITAL, LOWERCASE, UPPERCASE, WORD_RE, canonical_tones, exact_key, fold, same_words, squash_spaces, unify_line_breaks

TERMINAL = ".!?…;:\"”'’)»"
SENTENCE_END = re.compile(r"[.!?…](?:[\"”’')»\]]*)(?:\s|$)")
LIST_ITEM = re.compile(r"^(?:[-+•*–—]\s|\d{1,2}[.)]\s|\d{1,2}/\s?(?=[^\W\d_])|[a-zđ][.)]\s|[IVX]{1,4}[.)]\s)")


@dataclass
class Segment:
    kind: str
    text: str
    line: int
    detail: str = ""
    credit: str | None = None
    author: str | None = None  # a byline printed on a date line ("… | Lượt xem: 12 | Trần Thủy")
    score: float | None = None  # the headline's evidence score (kholuutru/headline.py)
    rival: float | None = None  # the score of the best other head line: a close one makes the headline one to review
    sentence: bool = False  # the headline was scored as ending with a full stop its page's shape does not excuse
    banner: bool = False  # the headline is in capitals and the lead retells under a third of its words
    plain: bool = False  # a heading by its shape the heading weights weigh as none: shown as a paragraph


@dataclass
class _Unit:
    line: int
    text: str
    blank_before: int
    placeholder_after: bool = False  # an image left a whitespace-only line behind
    wrapped: bool = False  # hard-wrapped lines joined into it
    numbered: int | None = None  # the line as a scraper leaving one blank line between paragraphs would number it

    @property
    def row(self) -> int:
        return self.line if self.numbered is None else self.numbered


# --- lines to units ---------------------------------------------------------


def _units(text: str, removed: list[Segment]) -> list[_Unit]:
    """Non-empty lines as units; hard-wrapped paragraph lines joined back (exactly, on a page a
    text browser dumped at one width); columns a page set apart with long runs of spaces (a
    right-aligned byline) split; blank-line gaps evened to the page's own. Image file names
    printed before a caption go to removed."""
    units: list[_Unit] = []
    blank = 0
    lines = unify_line_breaks(text).split("\n")
    width, above = _dump_width(lines), ""  # above: the last printed line, as printed
    for number, raw in enumerate(lines, start=1):
        line = squash_spaces(raw)
        if _IMAGE_SUFFIX.search(line):  # the cheap test first: the full pattern is slow on long lines
            for name in _IMAGE_NAME.findall(line):
                removed.append(Segment("boilerplate", name.strip(), number, "tên tệp ảnh trước chú thích"))
            line = _IMAGE_NAME.sub("", line)
        if not line:
            if raw and units:
                units[-1].placeholder_after = True
            blank += bool(units)  # blank lines above the page's first line are no image's gap
            continue
        raw_above, above = above, raw.rstrip()
        columns = [part for part in map(squash_spaces, _COLUMN_GAP.split(raw)) if part] if _has_gap(raw) else [line]
        if len(columns) > 1 and (_LIST_MARKER.fullmatch(columns[0]) or columns[0].endswith((":", "："))):
            # "-         Chi bộ lãnh đạo …": a list item indented; "Bí thư:       TS. …": a label
            # and its value set apart: one line each, not two columns
            columns[:2] = [f"{columns[0]} {columns[1]}"]
        if len(columns) > 1:
            for column in columns:
                units.append(_Unit(number, column, blank))
                blank = 0
            continue
        closes = number == len(lines) or not lines[number].strip()  # a blank line or the page's end right below
        if units and blank == 0 and _wraps_onto(units, line, raw_above, width, closes):
            units[-1].text = f"{units[-1].text}{_joint(units[-1].text, width)}{line}"
            units[-1].wrapped = True
        else:
            units.append(_Unit(number, line, blank))
        blank = 0
    return _one_blank_line_apart(units)


_ADDRESS_CUT_AT_HYPHEN = re.compile(r"(?:https?://|www\.)\S*-$")


def _joint(text: str, width: int | None) -> str:
    """What joins a wrapped line to the text above it: a space, but nothing after a web address a dump
    broke after one of its hyphens ("http://…/tang-cuong-giam-sat-can-bo-" / "dang-vien-o-noi-cu-tru"): an
    address holds no space."""
    return "" if width and _ADDRESS_CUT_AT_HYPHEN.search(text) else " "


def _dump_width(lines: list[str]) -> int | None:
    """The width a text-mode browser or `fmt` wrapped the page at (lynx and w3m dumps, 72–80
    columns), or None. Such a page breaks a line only where the next word would not fit: many
    breaks like that, and no line longer than 100 characters, tell it from a page that prints
    one line per paragraph (whose breaks fall anywhere)."""
    if any(len(line) > 100 and len(line.rstrip()) > 100 for line in lines):
        return None  # the common case, decided at the first line longer than any dump's
    width = max(map(len, (line.rstrip() for line in lines)), default=0)
    if not 40 <= width <= 100:
        return None
    breaks = [(upper.rstrip(), lower) for upper, lower in zip(lines, lines[1:]) if upper.strip() and lower.strip()]
    forced = sum(_forced_break(upper, lower, width) for upper, lower in breaks)
    return width if forced >= 5 and forced >= 0.4 * len(breaks) or _every_break_forced(forced, len(breaks)) else None


FEW_FORCED_BREAKS = 2  # a short page's dump: paragraphs a blank line apart, each wrapped once or twice


def _every_break_forced(forced: int, breaks: int) -> bool:
    """A short page dumped at one width, its paragraphs set a blank line apart, breaks a line
    only inside them, and only where the next word would not fit: two such breaks or more and
    no other tell it too (a page printing one line per paragraph has no break of the kind)."""
    return forced >= FEW_FORCED_BREAKS and forced == breaks


def _forced_break(upper: str, lower: str, width: int) -> bool:
    """The line below starts with a word that would not have fitted on the line above (and is no
    date line: a headline as wide as the page may stand right above its date; "(7/11/1977 -" /
    "7/11/2017)" is one span wrapped, and "… từ ngày 01/11 đến ngày" / "18/11/2018." a sentence's end, since
    no date line ends with a full stop or a semicolon, and "… diễn ra từ ngày" / "13/10/2015" the date the
    line above announces, since no headline ends on "ngày", "từ" or "đến"; nor a lead's opening, a part of the day and its date, under a
    line ending no sentence: a headline as wide as the page may stand right above its lead, "… NHIỆM
    KỲ 2025 - 2030" / "Chiều ngày 23/6/2025, …"; after a full stop, it may be a paragraph's next sentence;
    nor, after a full stop, a writer's line: "… có điều kiện tham gia." / "Trâm Ngô")."""
    return bool(upper and len(upper) + 1 + len(lower.split(maxsplit=1)[0]) > width
                and (upper[-1] in "-–—(,/" or lower.rstrip()[-1] in ").;" or _ANNOUNCES_A_DATE.search(upper[-6:])
                     or read_date_line(lower) is None)
                and not (upper[-1] not in ".!?…" and _DAY_PART_LEAD.match(lower))
                and not (upper[-1] in ".!?…" and _writers_line(lower)))


_ANNOUNCES_A_DATE = re.compile(r"(?:^|\s)(?:ngày|từ|đến|tới)$")  # "… từ ngày" / "13/10/2015"


def _writers_line(line: str) -> bool:
    """A writer's line of two words or more ("Trâm Ngô", "Thực hiện: Đào Thanh"), not a photo's credit, which
    ends the caption above it ("… tiên tiến." / "Ảnh: Q.THÀNH")."""
    text = line.strip()
    return len(text.split()) >= 2 and byline_kind(text) == "byline" and credit_only(text.strip("()| ")) is None


# A lead's opening words, a part of the day then its date: in capitals only a sentence's start, never a wrap's rest.
_DAY_PART_LEAD = re.compile(
    r"(?:Sáng|Chiều|Trưa|Tối|Đêm|Rạng sáng)\s+(?:nay\s+)?(?:ngày\s+)?[0-3]?\d(?:\s*[/.-]\s*|\s+tháng\s+)[01]?\d\b")


def _one_blank_line_apart(units: list[_Unit]) -> list[_Unit]:
    """Gaps measured against the page's own paragraph gap. A scraper that sets every paragraph
    two or three blank lines apart gives no "image gap" (a second blank line where a photo
    stood); against its own gap, its pages read as those of a scraper that leaves one."""
    gaps = [unit.blank_before for unit in units if unit.blank_before]
    if len(gaps) < 3 or min(gaps) < 2:
        return units
    wider, extra = min(gaps) - 1, 0
    for unit in units:
        if unit.blank_before:
            extra += wider
            unit.blank_before -= wider
        unit.numbered = unit.line - extra
    return units


def _wraps_onto(units: list[_Unit], line: str, above: str = "", width: int | None = None, closes: bool = False) -> bool:
    """The line, printed right under the last unit (`above`: the last line as printed), is that
    unit's hard-wrapped rest. A blank line above the unit starts a paragraph there, as a full stop
    does. On a page dumped at one width the breaks that wrap are known: where the line's first word
    would not have fitted above; and a unit wrapped so far does not go on by its words alone. `closes`: a
    blank line or the page's end comes right below the line."""
    if width and _forced_break(above, line, width):
        return True
    previous = units[-1]
    if not previous.wrapped and len(previous.text) >= FILLED_LINE and is_boilerplate(previous.text):
        return False  # "A- A A+ | … Giảm tương phản" / "50 năm Đảng bộ …": a widget's line carries nothing on
    if len(units) == 1 and _breaks_inside_a_phrase(previous.text, line):
        return True
    before = units[-2].text if len(units) >= 2 and not previous.blank_before else ""
    return _continues(previous.text, line, before, closes) or (not width and previous.wrapped and _carries_on(previous.text, line)
                                                               and len(above.strip()) >= FILLED_LINE)


def _breaks_inside_a_phrase(first: str, line: str) -> bool:
    """The page's first line, hard-wrapped where no headline ends nor any line starts, though the next
    line opens with a capital: on a title a name follows ("…, Thượng tọa" / "Thích Thanh Vân – …"), on
    a sentence's first word ("… xã Lý Lịch. Phú" / "Lý là một xã"), or before "Và" ("… Khoa Toán – Tin
    học" / "Và Khoa …"): one text cut, not a headline over a lead."""
    if not (first[-1:].isalpha() and line[:1].isupper()) or LIST_ITEM.match(line):
        return False
    return bool(_ends_on_a_title(first) or _NEXT_SENTENCE_CUT.search(first) or _AND_OPENS.match(line))


def _ends_on_a_title(text: str) -> bool:
    """Stops on a title a person's name follows (credits.yml titles_before_names); not on a count ("… 02 đồng chí")."""
    key = " " + data.phrase_key(text)
    for title in data.titles_before_names():
        if key.endswith(" " + title):
            before = key[: -len(title) - 1].split()
            return not (before and before[-1].isdigit())
    return False


_NEXT_SENTENCE_CUT = re.compile(r"\w{2,}[.!?]\s+\w+$")  # "… xã Lý Lịch. Phú": a sentence ended, the next one's first word
_AND_OPENS = re.compile(r"Và\s")


FILLED_LINE = 25  # characters: a line a paragraph was hard-wrapped at was full ("banner", "news" under a name were not)


# An image's file name printed before its caption: "IMG_0304.jpg: Bà … phát biểu".
_IMAGE_NAME = re.compile(r"(?<!\S)[\w-]{1,60}\.(?:jpe?g|png|gif|webp)\s*:\s*(?=\S)", re.IGNORECASE)
_IMAGE_SUFFIX = re.compile(r"\.(?:jpe?g|png|gif|webp)", re.IGNORECASE)
_LIST_MARKER = re.compile(r"[-+•*–—]|\d{1,2}[.)]|[a-zđA-ZĐ][.)]|[IVX]{1,4}[.)]")
_COLUMN_GAP = re.compile(r"(?<=\S)[ \t\u00a0]{6,}(?=\S)")


def _has_gap(raw: str) -> bool:
    return "      " in raw or "\t" in raw or "\u00a0" in raw


# A lead's first words wrapped away from its day: "Sáng ngày" / "30/7/2025, Đảng bộ …".
_DAY_WORDS_ALONE = re.compile(r"(?:(?:vào\s+)?(?:sáng|trưa|chiều|tối)(?:\s+ngày)?|(?:vào\s+)?ngày)", re.IGNORECASE)
_DAY_THEN_DATE = re.compile(r"ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}")  # "ngày 25/7/2025, …" after a lone "Sáng"


def _starts_a_paragraph_below(text: str) -> bool:
    """No line yet (the page's first), or one ending a sentence, a list's item or its lead-in
    ("…, phong trào thanh niên nhiệm kỳ 2024 – 2027;", "… quán triệt chủ đề:"): the next line
    starts a paragraph of its own."""
    return text == "" or text[-1] in TERMINAL


def _continues(previous: str, line: str, before: str = "", closes: bool = False) -> bool:
    """A hard-wrapped paragraph: previous line unfinished, this one starts lower-case, or
    with a number that ends the previous line's phrase ("… Đảng ủy phường" / "11 - Q.Phú
    Nhuận, ngày 20 …"), or with the day a lead's first words announce ("Sáng ngày" / "30/7/2025, …", "Sáng" /
    "ngày 25/7/2025, …")."""
    if _DAY_WORDS_ALONE.fullmatch(previous) and (line[:1].isdigit() or _DAY_THEN_DATE.match(line)):
        return True  # "Sáng" / "ngày 25/7/2025, Chi bộ …" too
    if _BADGE_BOTTOM.fullmatch(line) and len(previous) <= 12 and not read_date_line(previous):
        found = read_date_line(f"{previous} {line}")
        if found and found.year == int(line[-4:]):
            return True  # a calendar badge: "14 T11" over "2019", "19" over "03 2020"
    if _no_wrap_across(previous, line):
        return False
    if _splits_a_place_name(previous, line) or _first_word_alone(previous, line) or _stops_on_a_small_word(previous):
        return True
    if len(previous) <= 50:  # before: the line above previous
        return _short_line_wrapped(previous, line, closes) and (_starts_a_paragraph_below(before) or _stops_mid_sentence(previous))
    if previous[-1] in TERMINAL:
        return False
    if _goes_on_lower_case(previous, line):
        return not read_date_line(line)  # "thứ tư, 26/11/2025" under a site's name is its date line
    last_word = previous.rsplit(None, 1)[-1]
    wrapped_at_a_width = len(line) <= 2 * len(previous)  # not a headline over a paragraph ("… vững chắc" / "93 năm qua, …")
    return (line[0].isdigit() and last_word.isalpha() and last_word.islower() and wrapped_at_a_width and not read_date_line(line)
            and not line.replace(".", "").replace(",", "").isdigit())  # a bare number under a headline: its view counter


def _stops_mid_sentence(previous: str) -> bool:
    """Six words or more stopped on a small-letter word ("Ngày 28/4, Chi đoàn Trung tâm Kiểm soát bệnh" /
    "tật Sơn La mở Đại hội …"): a sentence the paste wrapped, whatever stands above it (a headline, a date
    line, a caption); a heading or a name ends on a capital ("… Tuyên giáo và Dân" / "vận Tỉnh ủy …")."""
    last = previous.rsplit(None, 1)[-1]
    return len(previous.split()) >= 6 and last.isalpha() and last.islower()


def _stops_on_a_small_word(previous: str) -> bool:
    """"… được sự nhất trí của" / "Chi bộ, Lãnh đạo Trung tâm …": three words or more stopped on a
    word that needs another after it (_CUT_ON); the next line goes on with it, whatever its case."""
    return _CUT_ON.search(previous[-24:]) is not None and len(previous.split(None, 2)) > 2  # the tail only: lines run long


_BADGE_BOTTOM = re.compile(r"(?:[01]?\d\s+)?(?:19|20)\d\d")  # a badge's lower box: the year, or the month and year
_CRUMB_SEPARATOR = re.compile(r"\s[/>»›]\s")  # "Tin tức - Sự kiện / Trong huyện / Kinh tế - Chính trị"


# A unit's word and the first words of its name at the end of a line: "… ở phía Bắc huyện Gia".
_NAME_AT_LINE_END = re.compile(rf"(?i:huyện|quận|thị\s+xã|thành\s+phố|tỉnh|xã|phường|thị\s+trấn)\s+((?:{CAPITAL}\w*\s+){{0,2}}{CAPITAL}\w*)$")


def _splits_a_place_name(previous: str, line: str) -> bool:
    """A text pasted with its line breaks wraps inside a place's name ("… phía Bắc huyện Gia" /
    "Viễn; phía Tây …"): the end of one line and the start of the next make a unit's name, which
    no paragraph or headline ever splits."""
    if not (previous[-1:].isalpha() and line[:1].isupper()):
        return False
    name = _NAME_AT_LINE_END.search(previous, max(0, len(previous) - 40))
    if name is None:
        return False
    from .gazetteer import gazetteer

    key = exact_key(f"{name[1]} {line.split(None, 1)[0].rstrip('.,;:)')}")
    return gazetteer().names_a_unit(key) or bool(gazetteer().communes(key))


def _first_word_alone(previous: str, line: str) -> bool:
    """A paragraph's first word printed on a line of its own, the paragraph going on in small
    letters below ("Thực" / "hiện Chỉ thị số 45-CT/TW …", "Như" / "vậy, Đảng bộ …"): a drop
    capital's word, or a text wrapped right after it; no heading is one word so carried on."""
    return (previous.isalpha() and previous[:1].isupper() and previous[1:] == previous[1:].lower()
            and line[:1].islower() and len(line.split()) >= 3 and not LIST_ITEM.match(line) and not read_date_line(line))


def _no_wrap_across(previous: str, line: str) -> bool:
    """A list item, a link (bare, or a scraper's "URL: https://…" over the page's first line), the
    end of a breadcrumb: no sentence wraps across them."""
    return bool(LIST_ITEM.match(line) or "://" in previous and _ENDS_WITH_ADDRESS.search(previous) or _URL.fullmatch(line)
                or len(_CRUMB_SEPARATOR.findall(previous)) >= 2)


_ENDS_WITH_ADDRESS = re.compile(r"https?://\S+$")


def _short_line_wrapped(previous: str, line: str, closes: bool = False) -> bool:
    """A text pasted with its line breaks wraps anywhere: "Trong buổi" / "sinh hoạt, đồng chí Bí thư …", "Chi bộ Văn" /
    "phòng HĐND&UBND xã …". At a paragraph's start, a short line of two words or more ending on a word and
    carried on in lower case by a line of prose, or by a short rest that closes its block ("Thăm nhà" / "đồng chí
    Nguyễn Văn Linh" over a blank line: a caption wrapped), is one paragraph; not a date line, a line of page furniture, a marked
    heading ("* Những đóng góp của đồng bào dân" / "tộc xã …") or a caption with its credit ("… những" / "vườn cây …
    Ảnh: THIÊN LÝ", whose credit would be lost in the paragraph after it)."""
    return (len(previous.split()) >= 2 and previous[0].isalnum() and previous[-1].isalnum() and line[0].islower()
            and (len(line) >= 40 or closes and len(line.split()) >= 2) and not read_date_line(previous) and not is_boilerplate(previous)
            and not is_boilerplate(line) and not split_caption_credit(line))


def _goes_on_lower_case(previous: str, line: str) -> bool:
    """An unfinished line the next one carries on in lower case: no lead or headline opens so."""
    return previous[-1] not in TERMINAL and line[0].islower() and not LIST_ITEM.match(line)


def _carries_on(previous: str, line: str) -> bool:
    """Inside a hard-wrapped paragraph, an unfinished sentence goes on whatever the next
    line starts with ("… Tiểu học Nguyễn Đình" / "Chính đã tổ chức …"); a caption ends on its
    photo's credit ("… vườn cây ăn trái tập trung. Ảnh: THIÊN LÝ")."""
    return (previous[-1] not in TERMINAL and not LIST_ITEM.match(line) and not read_date_line(line)
            and not split_caption_credit(previous))


# --- line-level tests --------------------------------------------------------


@lru_cache(maxsize=65536)
def is_boilerplate(line: str) -> bool:
    """A whole line of page chrome (boilerplate.yml drop_lines); a paragraph never is.
    Cached: each line is asked about several times, and sites repeat their chrome."""
    if len(line) > 600:
        return False
    bare = _BULLET_BEFORE.sub("", line, count=1)  # "• lượt xem: 790": a counter in a bulleted widget
    drop = data.boilerplate()["drop"]
    bracketed = _IN_BRACKETS.fullmatch(bare.strip())  # "[Quay lại]", "[In bài]": a widget in brackets
    return (drop.fullmatch(bare) is not None or (bracketed is not None and drop.fullmatch(bracketed[1].strip()) is not None)
            or _links_run_together(line) or _counter_row(line))


_BULLET_BEFORE = re.compile(r"^[•●▪◦·*–-]\s+")  # "- 222 lượt xem" too
_IN_BRACKETS = re.compile(r"\[([^\[\]]{1,60})\]")


# A view counter inside a row of the page's record: "Tác giả: - Nguồn: TTXVN - Số lần được xem: 38",
# "doc 39 trang Người đăng … Lượt xem 665Lượt tải 0 Download", "2views".
_COUNTER_IN_ROW = re.compile(r"(?:lượt\s+(?:xem|đọc|tải)|số\s+lần\s+(?:được\s+|đã\s+)?(?:xem|đọc))\s*:?\s*\d", re.IGNORECASE)
_ISO_DAY = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")  # "Mới nhất:2021-11-26 18:22:08   Số lần đã xem:0": a date line
_VIEWS_ALONE = re.compile(r"\d[\d.,]*\s*views?", re.IGNORECASE)  # "2views": an English theme's counter


def _counter_row(line: str) -> bool:
    """A short row of the page's record holding its view counter, with no sentence and no date (a
    dated one is the date line, read as such): the site's widget, never the article's text."""
    if _VIEWS_ALONE.fullmatch(line.strip()):
        return True
    counter = _COUNTER_IN_ROW.search(line) if len(line) <= 160 else None
    if counter is None or line[:counter.start()].rstrip().endswith(("(", "[")):
        return False  # "Bí thư … chúc Tết … (Lượt xem: 138492)": a headline with its counter glued on
    return not _runs_a_sentence(line) and not read_date_line(line) and not DATE_START.search(line) and not _ISO_DAY.search(line)


def _runs_a_sentence(line: str) -> bool:
    """Four small-lettered words in a row: running text, not a record's labels and values."""
    run = 0
    for word in line.split():
        run = run + 1 if word[0].islower() else 0
        if run >= 4:
            return True
    return False


def _links_run_together(line: str) -> bool:
    """A menu or link list whose items lost their separators: "… khí mỏThan Hà LầmvinacominThan …"
    (three or more words glued lower-case to capital, and no sentence punctuation)."""
    if len(line) > 300 or any(mark in line for mark in ".,;:!?…"):
        return False
    return sum(1 for before, after in zip(line, line[1:]) if before.islower() and after.isupper()) >= 3


@lru_cache(maxsize=4096)  # the repeats come within one article
def cut_marker(line: str) -> str | None:
    """A line that opens the related-links area: a marker of boilerplate.yml, also with
    "đã đăng" after it ("Tin khác đã đăng", "Các tin đã đưa"), or one of its cut_lines
    ("2 Responses to “…”": a blog's comment count)."""
    if len(line) <= 60:
        key, markers = data.phrase_key(line), data.boilerplate()["cut"]
        if key in markers or _MARKER_QUALIFIER.sub("", key) in markers:
            return line
    if len(line) <= 200 and data.boilerplate()["cut_lines"].fullmatch(line.strip()):
        return line
    return _glued_marker(line)


_SHOUTED_START = re.compile(rf"(?:{CAPITAL}[^\s\w]*|\s)+")


def _glued_marker(line: str) -> str | None:
    """"TIN MỚI NHẤTNAU N’KÔCH …": a marker in capitals run into the first link after it."""
    shouted = _SHOUTED_START.match(line)
    if shouted is None or len(shouted.group(0)) < 6:
        return None
    words = shouted.group(0).split()[:6]  # a marker has at most five words
    for size in range(len(words) - 1, 0, -1):  # the last word runs on into the link: "NHẤTNAU"
        head = " ".join(words[:size])
        glued = words[size]
        for cut in range(1, len(glued)):
            if data.phrase_key(f"{head} {glued[:cut]}") in data.boilerplate()["cut"]:
                return f"{head} {glued[:cut]}"
    return None


# What a widget's label may add after a marker (on phrase keys: folded): "Tin khác đã đăng", "Tin đọc
# nhiều trong tuần", "Xem nhiều 24 giờ qua" (a portal's most-read box over a window of time)
_MARKER_QUALIFIER = re.compile(r"\s+(?:da\s+(?:dang|dua|dua tin|xuat ban)|(?:trong\s+)?(?:tuan|ngay|thang)(?:\s+qua|\s+nay)?"
                               r"|(?:trong\s+)?24\s+gio(?:\s+qua)?)$")


def is_footer(line: str) -> bool:
    if line.startswith("©"):
        return True
    first = data.phrase_key(line[:12]).split(" ", 1)[0]
    if first not in data.boilerplate()["footer_first_words"]:
        return False
    key = data.phrase_key(line[:80])
    if split_caption_credit(line):
        return False  # "Tổng biên tập Báo X … dâng hương …. Ảnh: Y": a photo's caption, not the imprint
    return any(key.startswith(marker) for marker in data.boilerplate()["footer"] if marker)


def page_title(line: str) -> str | None:
    """The publisher named by a browser-title line such as "Chi tiết tin - Thành ủy Đông Hà"."""
    match = re.match(r"^(.{2,40}?)\s*[-–—|:»]\s*(.{2,80})$", line)
    if match and data.phrase_key(match.group(1)) in data.boilerplate()["page_title_prefixes"]:
        return match.group(2).strip()
    return None


@lru_cache(maxsize=4096)  # the repeats come within one article
def is_section(line: str) -> bool:
    """A section of sections.txt, also printed twice on one line (the breadcrumb and the
    section's heading run together: "Chính trị - Xã hội Chính trị - Xã hội"), or two
    sections joined as one ("Thời sự - Chính trị")."""
    key = data.phrase_key(line)
    half = len(key) // 2
    if key in data.sections() or (key[:half].strip() == key[half:].strip() and key[:half].strip() in data.sections()):
        return True
    parts = _SECTION_JOIN.split(line.strip())
    return len(parts) == 2 and all(data.phrase_key(part) in data.sections() for part in parts)


_SECTION_JOIN = re.compile(r"\s+[-–&]\s+|\s*,\s+")


def _credit_labels() -> str:
    labels = sorted(data.credits()["photo_credit_labels"], key=len, reverse=True)
    return "|".join(re.escape(label) for label in labels)


_CREDIT_CACHE: dict[str, re.Pattern[str]] = {}


def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    if not _CREDIT_CACHE:
        labels = _credit_labels()
        _CREDIT_CACHE["only"] = re.compile(  # "Ảnh: VŨ HỘI.", and in brackets without the colon: "(Ảnh Bích Tuyền)"
            rf"^[(\[]?\s*(?:{labels})\s*[:：]\s*(?P<credit>[^()\[\]]{{1,80}}?)\s*[)\]]?\s*\.?$"
            rf"|^[(\[]\s*(?:{labels})\s+(?P<bracketed>(?-i:{CAPITAL})[^()\[\]]{{1,80}}?)\s*[)\]]\s*\.?$", re.IGNORECASE
        )
        _CREDIT_CACHE["tail"] = re.compile(
            rf"^(?P<caption>.+?)[\s.,;–—-]*[(\[]\s*(?:{labels})\s*[:：]?\s*(?P<credit>[^()\[\]]{{1,80}}?)\s*[)\]]\s*\.?$"
            rf"|^(?P<caption2>.+?[.!?…])\s*(?:{labels})\s*[:：]\s*(?P<credit2>[^()\[\]]{{1,80}}?)\s*\.?$",
            re.IGNORECASE,
        )
        # every credit names its label somewhere: a line holding none, in lower case, is no credit
        _CREDIT_CACHE["label"] = tuple(label.lower() for label in data.credits()["photo_credit_labels"])
        _CREDIT_CACHE["bare"] = re.compile(
            r"^(?P<caption>.+?[.!?…]?)\s+Ảnh\s*[:：]?\s*(?P<credit>(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w.]*\s*){1,5}(?:/\s*\w+)?)\.?$"
        )
    return _CREDIT_CACHE["only"], _CREDIT_CACHE["tail"], _CREDIT_CACHE["bare"]


def credit_only(line: str) -> str | None:
    """The credit of a line that is only a photo credit: "Ảnh: VŨ HỘI." → "VŨ HỘI"."""
    only, _, _ = _credit_patterns()
    match = only.match(line)
    if not match:
        return None
    credit = match.group("credit") or match.group("bracketed")
    words = credit.split()
    if len(words) >= 3 and sum(1 for w in words if w[0].islower() and w != "và") >= 2:
        return None  # "ảnh: ông Ninh Đức Bảo báo cáo tại hội nghị", "Ảnh: Toàn cảnh hội nghị": a caption, not who took it
    return credit.strip(" .")


def split_caption_credit(line: str) -> tuple[str, str] | None:
    """(caption, credit) of a caption printed with its credit, else None."""
    _, tail, bare = _credit_patterns()
    if len(line) > 400:
        return None  # a paragraph
    lowered = line.lower()
    if not any(label in lowered for label in _CREDIT_CACHE["label"]):
        return None  # no credit's label anywhere: the common case, told fast
    match = tail.match(line)
    if match:
        caption = match.group("caption") or match.group("caption2")
        credit = match.group("credit") or match.group("credit2")
        return caption.strip(), credit.strip(" .")
    match = bare.match(line) or _DASHED_CREDIT.match(line)
    if match:
        return match.group("caption").rstrip(" -–—").strip(), match.group("credit").strip(" .")  # "… Đại hội - Ảnh: X"
    return None


# A credit set off by a dash at a caption's end that is no name in capitals: a web address ("… - Ảnh: baohagiang.vn"),
# an agency and its photographer ("- Ảnh: VGP/Nhật Bắc"), who handed the photo in ("- Ảnh: quận Phú Nhuận cung cấp").
_DASHED_CREDIT = re.compile(
    r"^(?P<caption>.{10,}?)\s+[-–—]\s*Ảnh\s*[:：]\s*(?P<credit>[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:vn|com|net|org)"
    rf"|{CAPITAL}[\w.]*(?:\s+{CAPITAL}[\w.]*)?\s*/\s*{CAPITAL}\w*(?:\s+{CAPITAL}\w*){{0,3}}"
    r"|(?:\S+\s+){1,4}cung\s+cấp)\.?$"
)


@lru_cache(maxsize=2)
def _caption_opener(in_body: bool = False) -> re.Pattern[str]:
    credits = data.credits()
    openers = sorted([*credits["caption_openers"], *(credits["body_caption_openers"] if in_body else ())], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, openers)) + ")[ :]")


def _starts_caption(line: str, in_body: bool = False) -> bool:
    """Opens on who or what a photo shows (credits.yml caption_openers; among the paragraphs
    body_caption_openers too)."""
    return _caption_opener(in_body).match(line) is not None


@lru_cache(maxsize=1)
def _caption_act() -> re.Pattern[str]:
    """Someone named first, then what he does for the camera (credits.yml caption_acts); not the
    act as a noun after "xét", "để", "lễ", "hồ sơ", "quy trình", "việc" ("Điều kiện để kết nạp đảng")."""
    acts = "|".join(re.escape(act).replace(r"\ ", r"\s+") for act in sorted(data.credits()["caption_acts"], key=len, reverse=True))
    nouns = "".join(f"(?<!{word}\\s)" for word in ("xét", "để", "lễ", "sơ", "trình", "việc"))
    return re.compile(rf"[^\W\d_]\S*(?:\s+\S+)*?\s+{nouns}(?:{acts})\b", re.IGNORECASE)


# "Đồng chí Lý Hồng Quang - Bí thư Đảng ủy xã phát biểu tại Hội nghị": who speaks, under a photo
_SPEAKS_AT_THE_END = re.compile(
    r"\bphát\s+biểu(?:\s+(?:tại|chỉ\s+đạo|khai\s+mạc|bế\s+mạc|kết\s+luận|chúc\s+mừng|ý\s+kiến))?(?:\s+\S+){0,3}\s*\.?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _position_in_photo() -> re.Pattern[str]:
    positions = "|".join(map(re.escape, sorted(data.credits()["caption_positions"], key=len, reverse=True)))
    return re.compile(rf"\((?:[^()]{{0,25}}?\s)?(?:{positions})(?!\w)[^()]{{0,15}}\)", re.IGNORECASE)


def _tells_who_stands_where(line: str) -> bool:
    """"Bí thư Tỉnh ủy X (bìa trái) trao …", "(thứ 3 từ phải sang)": a photo's caption."""
    return "(" in line and _position_in_photo().search(line) is not None


def _title_like(line: str) -> bool:
    return 4 <= _word_count(line) <= 40 and line[-1] not in ".,;" and not read_date_line(line)


@lru_cache(maxsize=8192)
def _word_count(line: str) -> int:
    return len(line.split())


def _is_prose(line: str) -> bool:
    words = _word_count(line)
    return words >= 14 or (words >= 6 and line.rstrip()[-1] in ".!?…:;\"”")


def _heading_like(line: str) -> bool:
    return (
        2 <= _word_count(line) <= 20
        and len(line) <= 150
        and line[-1] not in ".,;:…"
        and not LIST_ITEM.match(line)
        and not SENTENCE_END.search(line[:-1])
    )


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def upper_ratio(line: str) -> float:
    letters = _NOT_LETTERS.sub("", line)  # the letters as one string: a third faster than a list of them
    return sum(map(str.isupper, letters)) / len(letters) if letters else 0.0


_BYLINE: dict = {}
# "bởi Linh", "Posted by Linh" (WordPress themes left in English: "Posted by %s"): the byline labels without a colon
BY_LABEL = r"(?<=[bB]ởi)\s|(?<=[bB]y)\s"


def _byline_patterns() -> dict:
    if not _BYLINE:
        creds = data.credits()
        sources = "|".join(re.escape(label) for label in sorted(creds["source_labels"], key=len, reverse=True))
        bylines = "|".join(map(label_pattern, sorted(creds["byline_labels"], key=len, reverse=True)))
        phrases = "|".join(map(label_pattern, sorted((label for label in creds["byline_labels"] if " " in label), key=len, reverse=True)))
        titles = "|".join(re.escape(t) for t in sorted(creds["author_titles"], key=len, reverse=True))
        offices = "|".join(re.escape(t) for t in sorted(creds["author_offices"], key=len, reverse=True))
        _BYLINE.update(
            source=re.compile(rf"^(?:{sources})\s*[:：]?\s+(?P<name>[^\s,;]+(?:\s+[^\s,;]+){{0,7}})$", re.IGNORECASE),
            domain=re.compile(r"\w\.(?:vn|com|net|org|gov|info)\b", re.IGNORECASE),
            label=re.compile(rf"^(?:{bylines})(?:\s*[:：]|{BY_LABEL})\s*\S", re.IGNORECASE),
            label_alone=re.compile(rf"(?:{phrases})\s*[:：]?", re.IGNORECASE),  # a label of two words or more, alone
            initials=re.compile(r"(?:[A-ZĐ][a-zđ]?\.\s?){1,4}[A-ZĐ]?[a-zđ]?"),
            bracketed=re.compile(r"\([^)]*\)"),
            name_split=re.compile(r"[\s,/]+|\s[-–]\s"),
            titled=re.compile(rf"^(?:{titles})\.?\s+[A-ZĐ]"),
            title_prefix=re.compile(rf"^(?:{titles})\.?,?\s+"),
            office=re.compile(rf"^(?:{offices})\b", re.IGNORECASE),
            affiliation=re.compile(r"\s+[/–—-]\s+|\s*/\s*"),
            not_in_names=frozenset(word.lower() for word in creds["not_in_names"]),
            widget=re.compile(rf"(?<![\w.-])(?:{'|'.join(map(re.escape, creds['widget_words']))})(?![\w-])", re.IGNORECASE),
        )
    return _BYLINE


# What a site prints around a byline: an editing mark "(bt)", "(thực hiện)", a "|".
_BYLINE_DECOR = re.compile(r"\s*(?:\((?:[a-zđ]{1,4}|(?i:ctv|btv|t/h|thực hiện|ghi|lược ghi|ghi chép|tổng hợp|biên soạn|trình bày))\)|\|)\s*$")


# "(--- Báo Vĩnh Phúc ---)", "=== Nguyễn Văn A ===": a credit framed by runs of dashes
_BYLINE_FRAME = re.compile(r"^[(\[]?\s*[-–—=*~_]{2,}\s*(?P<inner>\S.*?)\s*[-–—=*~_]{2,}\s*[)\]]?$")


def _labelled(line: str) -> bool:
    """A short line that opens with a byline's label ("Viết bởi Thu Hà - Minh Anh", Joomla's under the headline):
    the label says it is a byline, however many names and words of an outlet follow it."""
    return _word_count(line) <= 12 and _byline_patterns()["label"].match(clean_byline(line)) is not None


def _label_line(line: str) -> bool:
    """A byline's label of two words or more alone on its line ("Tác giả", "Tác giả bài viết:"), as a theme
    prints it over the name (WordPress Twenty Sixteen's entry meta: "Tác giả" then the writer's name)."""
    return _byline_patterns()["label_alone"].fullmatch(line.strip()) is not None


def label_pattern(label: str) -> str:
    """A byline label as sites vary it: "Tin, ảnh" also as "Tin-ảnh", "Tin - ảnh", "Tin/ảnh"."""
    return re.escape(label).replace(r",\ ", r"\s*[,/&–-]\s*")


# When the account posted, printed after its name: Blogger's "Được đăng bởi X vào lúc 08:30", "Đăng bởi X lúc 8:30 SA",
# a CMS's "Đăng bởi X vào 12/03/2016 - 08:30" (PyroCMS blog_lang.php vi: "lúc"; Joomla vi-VN.com_content.ini: "Được
# viết ngày %s"). The time is no part of the name.
# Left in English: Blogger's and WordPress's "Posted by X on Thứ Ba, 14 tháng 6, 2011", "… on Tháng Mười 15, 2007".
POSTED_AT = re.compile(
    r"\s+(?:(?i:vào\s+lúc|vào\s+ngày|vào|lúc|ngày|on)\s+(?i:[012]?\d\s*[:hg]\s*[0-5]?\d|[0-3]?\d[/.-][01]?\d|thứ|chủ\s+nhật)\b.*"
    r"|(?i:on)\s+(?i:tháng|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[a-z]+\s+\d).*"
    r"|vào|lúc|ngày)$")  # a bare "vào" left before a date cut off elsewhere: in small letters only ("Minh Ngày" is a name)


def clean_byline(line: str) -> str:
    """A byline without the decorations sites print around or after it."""
    text = line.strip()
    framed = _BYLINE_FRAME.match(text)
    text = framed["inner"] if framed else text
    while True:
        shorter = _BYLINE_DECOR.sub("", text)
        if shorter == text:
            return text
        text = shorter


_URL = re.compile(r"\s*\(?https?://\S+\)?")
_NAME_WITH_INITIALS = re.compile(r"(?:[A-ZĐ]\.\s?){1,3}[^\W\d_][^\W\d_]+")


@lru_cache(maxsize=1)
def _document_types() -> frozenset[str]:
    """The kinds of Party and State documents (documents.yml), as phrase keys."""
    documents = data.documents()
    return frozenset(data.phrase_key(str(kind)) for kind in (*documents["party_types"].values(), *documents["state_types"].values()))


# A Party unit opening the line ("Đảng bộ …", "Chi bộ …" with more words): no writer's name
# opens so ("Đặng" is the surname); "Nguồn tin: Chi bộ" is a source line, read before this.
_PARTY_UNIT_OPENS = re.compile(r"đảng\s+bộ\b|chi\s+bộ\s+\S", re.IGNORECASE)
_OUTLINE_NUMBER = re.compile(r"(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII)\.\s")
# A document's part in capitals under a letter or numeral: "A -MỤC ĐÍCH, YÊU CẦU", "A/ ĐẶC ĐIỂM TÌNH HÌNH",
# "I- QUÁ TRÌNH HÌNH THÀNH …"; a writer's initial takes one or two names ("N. NGA", "T.HỒNG")
_OUTLINE_HEADING = re.compile(r"(?:[A-ZĐ]|I{1,3}|IV|VI{0,3}|IX|X)\s*[-–/.)]\s*(?:[^\W\d_]+[\s,]+){2,}[^\W\d_]+")


def outline_heading(line: str) -> bool:
    """A numbered part of a document printed in capitals: three words or more after the mark."""
    return _OUTLINE_HEADING.fullmatch(line) is not None and upper_ratio(line) >= 0.8


@lru_cache(maxsize=4096)  # the repeats come within one article
def byline_kind(line: str) -> str | None:
    """'source' for "Theo TTXVN", 'byline' for an author line, else None."""
    stripped = _credit_text(line)
    if stripped is None:
        return None
    patterns = _byline_patterns()
    source = patterns["source"].match(stripped)
    if source:
        name = source.group("name")
        return "source" if patterns["domain"].search(name) or name[:1].isupper() else None
    if patterns["label"].match(stripped) or writer_then_outlet(stripped):
        return "byline"
    if len(stripped) > 70 or stripped.endswith((":", ";", ",")) or _OUTLINE_NUMBER.match(stripped) or outline_heading(stripped):
        return None  # … or a document's numbered part ("I. MỤC ĐÍCH"): no name opens with "I." or "II."
    if patterns["widget"].search(stripped):
        return None  # a page's buttons or labels: "E.mail", "Email In PDF", "Ad Widget"
    if _PARTY_UNIT_OPENS.match(stripped):
        return None  # "ĐẢNG BỘ BỘ PHẬN", "CHI BỘ HIỆN NAY": a Party unit's label or a heading; no name opens so
    if data.phrase_key(stripped) in _document_types():
        return None  # "THÔNG BÁO", "KẾ HOẠCH": a document's heading
    if patterns["initials"].fullmatch(stripped) or _NAME_WITH_INITIALS.fullmatch(stripped):
        return "byline"  # initials: T.H, P.V., X.Phú
    if re.fullmatch(r"[A-ZĐ]{2,3}", stripped) and not _is_word(stripped):
        return "byline"  # PV, BT, HL
    if _name_then_office(stripped):
        return "byline"  # "Nguyễn Khắc Trung - Đảng ủy Khối"
    if any(ch.isdigit() for ch in stripped):
        return None
    return "byline" if _names_people(stripped, patterns) else None


def _credit_text(line: str) -> str | None:
    """A line as a byline would hold its credit: link, label, brackets and the stamp's dash
    taken off; None for what no byline is (a paragraph, a list item, a site tag, a section)."""
    if "://" in line and _URL.search(line):
        line = _URL.sub("", line).rstrip(" :")  # "Nguồn An Giang: https://…"
    if len(line) > 90 or line.lstrip().startswith(("•", "●", "▪", "◦")):
        return None  # a paragraph; an item of a bulleted list
    stripped = clean_byline(line)
    if stripped.endswith((" -", " –")) and _capitalised_syllables(stripped[:-2]):
        stripped = stripped[:-2].rstrip()  # "Tuệ Lâm -" over the date line: the writer, then the stamp
    if not stripped or stripped.endswith((" -", " –")) or is_section(stripped):
        return None  # a site tag on its own line ("NDO -"), a section name in capitals
    if stripped.startswith(("(", "[")) and stripped.endswith((")", "]")):
        stripped = stripped[1:-1].strip()
    return stripped.rstrip(".")


def _names_people(stripped: str, patterns: dict) -> bool:
    """Words that can be one or a few people's names: capitalised (or all in capitals),
    Vietnamese, no place alone, no word a name never holds."""
    core = patterns["bracketed"].sub("", stripped).strip(" -–")
    if len(core) < 2:
        return False  # nothing, or a line cut after one letter
    name_words = [w for w in patterns["name_split"].split(core) if w and w not in ("-", "–", "và")]
    if not name_words or len(name_words) > 10 or _place_not_person(core):
        return False  # "Nghệ An" alone is a tag or a dateline place, not a person
    if all(len(word) > 2 and word.isalpha() and not _is_word(word) for word in name_words):
        return False  # "Related Articles", "Show More": whole words, none Vietnamese: not a Vietnamese name
    if any(word.lower() in patterns["not_in_names"] for word in name_words):
        return False  # "MỘT SỐ HÌNH ẢNH CỦA NGÀY HỘI", "Phú Ninh Đất và Người": a heading, in capitals or not
    if upper_ratio(core) >= 0.8:
        return True
    return 2 <= len(name_words) <= 8 and all(w[0].isupper() for w in name_words) and core[-1] not in "!?…"


@lru_cache(maxsize=1)
def _unit_word() -> re.Pattern[str]:
    """A unit's type inside a line with no separator: "BẢN ĐỒ TỈNH HÀ TĨNH", "UBND xã Tân Hội": the words
    of place_types in abbreviations.yml for the units before 2025 (not "huyện đảo"; no abbreviation), any case."""
    from .gazetteer import DISTRICT_TYPES, OLD_COMMUNE_TYPES, unit_words_pattern

    units = ("tỉnh",) + DISTRICT_TYPES + OLD_COMMUNE_TYPES
    return re.compile(rf"\b(?:{unit_words_pattern(units, abbreviations=False, without=('huyện đảo',), space=' ')})\b", re.IGNORECASE)


# "Văn Trăm - Vnexpress", "AN NHIÊN - baolamdong.vn", "Quang Phong - Theo Dân trí",
# "Ngọc Diệp - Đăng Tuyển / VOV Bangkok": one or more writers, then the outlet they write for
_WRITERS_THEN_OUTLET = re.compile(
    rf"(?P<writers>{CAPITAL}\S*(?:\s+{CAPITAL}\S*){{1,3}}(?:\s*[-–,]\s*{CAPITAL}\S*(?:\s+{CAPITAL}\S*){{1,3}}){{0,2}})"
    r"\s*[-–/]\s*(?:(?:Theo|Nguồn)\s*:?\s+)?(?P<outlet>\S.{1,40})"
)


def writer_then_outlet(line: str) -> tuple[str, str] | None:
    """(writers, outlet) of a byline that names the outlet after the writers: a host ("baolamdong.vn")
    or a known outlet's name ("Vnexpress", "Dân trí", "VOV Bangkok"; publishers.yml). An outlet
    is no person, so a line so shaped signs the article wherever the page prints it."""
    match = len(line) <= 90 and _WRITERS_THEN_OUTLET.fullmatch(line.strip().rstrip(" ."))
    if not match:
        return None
    from .publisher import names_a_host, outlet_host_names

    outlet, writers = match["outlet"].strip(), match["writers"]
    first = outlet.split()[0]
    known = outlet_host_names()
    named = (names_a_host(outlet) or fold(outlet).replace(" ", "") in known
             or (fold(first) in known and not _is_word(first)))  # "VOV Bangkok": the outlet's initials, then its desk
    people = _NAMES_APART.split(writers)
    offices = tuple(word + " " for word in data.credits().get("organisations") or [])
    if (not named or not all(_capitalised_name(name) for name in people) or writers.startswith(offices)
            or any(_place_not_person(name) for name in people)):
        return None  # … nor "Báo Nhân Dân - nhandan.vn", an outlet under its address
    return writers, outlet


def _capitalised_name(text: str) -> bool:
    """Two to four words, each a Vietnamese syllable with a capital (or in capitals): a person's name."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and _is_word(w) for w in words)


def _place_not_person(text: str) -> bool:
    """A province's name, one ending in the country's, a line naming a unit by its type:
    a place or an organisation, not a person."""
    from .gazetteer import gazetteer

    if gazetteer().province(text) is not None or text.endswith("Việt Nam") or _an_address(text):
        return True
    return not re.search(r"\s[-–/]\s|,", text) and _unit_word().search(text) is not None


_TOWN_TYPES = ("thành phố", "thị xã", "thị trấn")  # a line naming one alone, written short, is a place line


@lru_cache(maxsize=2)
def _short_unit(towns: bool = False) -> re.Pattern[str]:
    """A unit's type written short before its name ("TP. Đà Nẵng", "Q. Hải Châu", "TX. Kinh Môn", "H. Thanh
    Hà", "P.12"): the abbreviations of place_types in abbreviations.yml (the forms with a capital), each
    with its full stop, its first letter as printed ("TP", "Tp"); with towns, only a city's or a town's
    before a name."""
    shorts = {form.rstrip(".") for form, unit in data.place_forms() if (not towns or unit in _TOWN_TYPES) and form != form.lower()}
    alternatives = "|".join(re.escape(short[0]) + (f"(?i:{re.escape(short[1:])})" if short[1:] else "")
                            for short in sorted(shorts, key=lambda short: (-len(short), short)))
    return re.compile(rf"(?:{alternatives})\.\s?[A-ZĐ{'' if towns else '0-9'}]")


def _an_address(text: str) -> bool:
    """"Q. Hải Châu, TP. Đà Nẵng", "Huyện Thanh Hà, Hải Dương", "TP. Đà Nẵng": an address or a place
    line at the foot of a page (the publisher's), not a writer: the last part is a province or a
    unit, each part before it a unit by its type or a name ("Thanh Hà, Hải Dương"). Writers listed
    with commas end with a person ("Minh Anh, Thu Hà")."""
    from .gazetteer import gazetteer

    parts = [part.strip() for part in text.split(",")]
    if len(text) > 70 or text.rstrip()[-1:] in ".;:!?" or any(_word_count(part) > 6 for part in parts):
        return False  # a sentence naming units ("Phường X được thành lập trên cơ sở phường Y, …")
    if len(parts) == 1:
        return _short_unit(towns=True).match(text) is not None  # a city or town, written short
    last = parts[-1]
    if not (gazetteer().province(last) is not None or _short_unit().match(last) or _unit_word().match(last)):
        return False
    return all(_short_unit().match(part) or _unit_word().match(part) or _capitalised_syllables(part) for part in parts[:-1])


def _is_word(text: str) -> bool:
    from .decode import is_syllable

    return is_syllable(text.lower())


def _capitalised_syllables(text: str) -> bool:
    """Two to five words, each a capitalised Vietnamese syllable: how a name is written
    ("Thích Trung Thượng"), not a tag ("NDO", "ĐNA")."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w[1:].islower() and _is_word(w) for w in words)


_OFFICE_AFTER_NAME = re.compile(
    rf"^(?P<name>(?:[{re.escape(UPPERCASE)}][^\s,()]*\s?){{2,5}}?)\s*(?:[-–/]\s*|\()(?P<office>[^()]{{3,70}})\)?$"
)


def _name_then_office(text: str) -> bool:
    """"Lê Thanh Chương (Ban Tổ chức Tỉnh ủy Nghệ An)", "Bội Phương - VPHU Quảng Điền"; the office
    in either tone placement ("Nguyễn Khắc Trung - Đảng uỷ Khối")."""
    match = _OFFICE_AFTER_NAME.match(text)
    if not match:
        return False
    office = canonical_tones(match["office"].strip())
    offices = data.credits().get("organisations") or []
    return (any(office.startswith(word) for word in offices) or _opens_with_initials(office)
            or fold(match["name"].split()[0]) in data.surnames() and writers_post(office))


def _opens_with_initials(office: str) -> bool:
    """"VPHU Quảng Điền", "CĐCS Đảng ủy Khối": an office's initials; "CON NGƯỜI XÃ MỸ THÀNH" after
    "MẢNH ĐẤT –" opens with a word in capitals, the second half of a heading, not an office."""
    initials = re.match(r"[A-ZĐ]{3,}\b", office)
    return bool(initials) and not _is_word(initials.group(0))


# The writer's commune or ward, or union, after a byline's dash: "Hà Hạnh - phường Hương Chữ",
# "Lưu Hiền – Công đoàn Ngành Xây dựng"
_WRITERS_UNIT = re.compile(rf"(?:xã|phường|thị trấn|công đoàn)\s+{CAPITAL}", re.IGNORECASE)


def writers_post(office: str) -> bool:
    """What a byline prints after the dash to say where the writer works or what post they hold
    ("Nguyễn Châu Giang – Bí thư Chi bộ II", "Hà Hạnh - phường Hương Chữ"): not part of the name,
    and no publisher to credit as the source."""
    if _WRITERS_UNIT.match(office):
        return True
    # a post, printed short ("Phó Bí thư Đảng ủy, Phó Giám đốc … phát biểu tại Đại hội" is a caption),
    # with a word in lower case ("Ngọc Anh - Nguyên Chương": a second writer)
    words = office.split()
    return (bool(_byline_patterns()["office"].match(office)) and "," not in office and len(words) <= 6
            and not all(word[:1].isupper() for word in words))


def name_and_office(line: str, in_capitals: bool = True) -> tuple[str, str] | None:
    """"LÊ QUANG TÙNG, UVTƯ Đảng, Bí thư Tỉnh ủy …" → (name, office): a signed article's author.
    On a byline (in_capitals=False) the name may be in mixed case when it opens with a surname:
    "Lò Văn Nguyên, Công chức Văn hoá xã"."""
    name, _, office = line.partition(", ")
    if not office or not 2 <= _word_count(name) <= 5 or _byline_patterns()["office"].match(office) is None:
        return None
    words = name.split()
    capitalised = all(word[:1].isupper() for word in words) and fold(words[0]) in data.surnames()
    if upper_ratio(name) > 0.9 or (not in_capitals and capitalised):
        return name.strip(), office.strip()
    return None


def top_author(line: str) -> bool:
    """"ThS NGUYỄN YẾN NHI / Học viện Chính trị khu vực IV" above the body."""
    if len(line) > 120:
        return False
    patterns = _byline_patterns()
    if patterns["titled"].match(line) or _name_then_office(clean_byline(line)):
        return True
    if name_and_office(line):
        return True
    head = _capitals_then_dash(line)
    return head is not None and fold(head.split()[0]) in data.surnames()  # "TB CHÀO GIÁ - MỜI THẦU": a menu, not a name


def _capitals_then_dash(line: str) -> str | None:
    """The head of "NGUYỄN YẾN NHI / Học viện …", "PHÒNG TỔ CHỨC - HÀNH CHÍNH": a few words in
    capitals, then a slash or a dash."""
    if len(line) > 120 or any(ch.isdigit() for ch in line):
        return None  # "TRƯỜNG CHÍNH TRỊ KON TUM - CHẶNG ĐƯỜNG 30 NĂM": a headline in capitals
    head = _byline_patterns()["affiliation"].split(line, maxsplit=1)[0]
    ok = len(head) > 4 and upper_ratio(head) > 0.9 and 2 <= _word_count(head) <= 6 and ("/" in line or " - " in line)
    return head if ok else None


# --- the article ------------------------------------------------------------


def segment(text: str, is_place_line: Callable[[str], bool] = lambda line: False, url_words=frozenset(),
            slug_words=frozenset()) -> list[Segment]:
    """Mark every line of a decoded article. Output is in source order.

    url_words: the words of the page's URL, when the scraper kept it, and slug_words those of
    its slug (evidence for the headline)."""
    removed: list[Segment] = []
    units = _units(text, removed)
    _split_glued_head(units)
    _split_glued_dates(units)
    _split_glued_furniture(units)
    marks: list[Segment | None] = [None] * len(units)

    def mark(index: int, kind: str, detail: str = "", text: str | None = None, credit: str | None = None,
             author: str | None = None, plain: bool = False) -> None:
        unit = units[index]
        marks[index] = Segment(kind, unit.text if text is None else text, unit.line, detail, credit, author, plain=plain)

    # 1. Chrome that is never article text, wherever it stands.
    for index, unit in enumerate(units):
        if is_boilerplate(unit.text):
            mark(index, "boilerplate", "dòng giao diện trang")

    _mark_menus_above_the_text(units, marks, mark)

    # 2. The header: page title, section, kicker, title, date line, place, top byline.
    index = _header(units, marks, mark, is_place_line, url_words, slug_words)
    body_start = index

    # 3. Where the article ends: a related-links marker or a footer.
    tail = _tail_start(units, marks, body_start)

    # 4. The body between.
    _body(units, marks, mark, body_start, tail)
    _join_wrapped_across_blanks(units, marks, body_start, tail)

    # 5. Everything after the end.
    _tail(units, marks, mark, tail)
    _signed_under_the_lead(units, marks, mark)
    _signed_with_the_outlet(marks, mark)

    segments = [segment for segment in marks if segment is not None]
    _attach_credits(segments)
    _captions_are_the_text(segments)
    if removed:
        segments = sorted(segments + removed, key=lambda segment: segment.line)  # stable: a line's own parts stay in order
    return segments


MENU_ITEMS = 5  # short list items in a row, above the headline, that make a site's menu
HEADLINE_WORDS = 8  # a line this long that is no list item: the headline or the text, below any menu


def _mark_menus_above_the_text(units, marks, mark) -> None:
    """A run of short list items above the headline ("• Home", "• Site Map", "• Tin tức - Sự kiện",
    "• Ẩm thực", …): the site's navigation, as a scraper keeps its <ul> of links. No article prints
    five list items above its headline; below it, a list may be the article's (a table of contents)."""
    runs: list[list[int]] = [[]]
    for index, unit in enumerate(units):
        if _word_count(unit.text) >= HEADLINE_WORDS and not LIST_ITEM.match(unit.text):
            break  # a headline or running text: what follows may be the article's own list (a table of contents)
        if _menu_item(unit.text):
            runs[-1].append(index)  # an item known as furniture already ("• Login") is the menu's too
        elif marks[index] is None:  # other furniture between items ("Side Logo") does not end the run
            runs.append([])
    for index in (i for run in runs if len(run) >= MENU_ITEMS for i in run if marks[i] is None):
        mark(index, "boilerplate", "trình đơn của trang (dãy mục ngắn trên bài)")


def _menu_item(line: str) -> bool:
    """A list item of a few words that ends no sentence: "• Visa, hộ chiếu", "- Giới thiệu"."""
    item = LIST_ITEM.match(line)
    return item is not None and _word_count(line[item.end():]) <= 6 and line.rstrip()[-1] not in TERMINAL


# "Đ/c. Phạm Tuấn Cảnh" / "Bí thư Đảng ủy": a page names the comrades it writes about so (a committee's
# list, a portrait's caption); no writer signs so
_COMRADE = re.compile(r"(?:đ/c|đồng chí)\b", re.IGNORECASE)


def _signed_under_the_lead(units, marks, mark) -> None:
    """A person's name alone right under the lead, over the post they hold ("TS. Nguyễn Thanh Sơn" /
    "Trưởng Khoa Lý luận cơ sở, Trường Chính trị tỉnh Sơn La", "Lương Hải Sinh" / "Bí thư Đảng ủy-Chủ
    tịch HĐQT NHPT"): a signed article's byline, not its first paragraph."""
    lead = next((i for i, m in enumerate(marks) if m is not None and m.kind == "lead"), None)
    if lead is None:
        return
    after = [i for i in range(lead + 1, len(marks)) if marks[i] is not None and marks[i].kind != "boilerplate"][:3]
    for name, below in zip(after, after[1:]):
        post = units[below].text
        if (marks[name].kind == "paragraph" and len(post) <= 70 and _byline_patterns()["office"].match(post)
                and not _COMRADE.match(units[name].text) and _name_over_unit(units[name].text, post)):
            mark(name, "top_byline", "tên tác giả dưới đoạn mở đầu, trên chức vụ")
            return


def _signed_with_the_outlet(marks, mark) -> None:
    """A line of the writers and their outlet ("Văn Trăm - Vnexpress" under the date line, "Ngọc Diệp -
    Đăng Tuyển / VOV Bangkok" over the station's call to watch) is the byline wherever it stands:
    no heading or paragraph names an outlet after people."""
    for index, segment in enumerate(marks):
        if segment is not None and segment.kind in ("paragraph", "heading") and writer_then_outlet(segment.text):
            mark(index, "byline", "tên người viết rồi tên báo")


def _attach_credits(segments: list[Segment]) -> None:
    """A credit line right after a caption belongs to that caption."""
    for previous, current in zip(segments, segments[1:]):
        if current.kind == "credit" and previous.kind == "caption" and not previous.credit:
            previous.credit = current.credit
            current.detail = f"tác giả ảnh của chú thích dòng {previous.line}"


def _captions_are_the_text(segments: list[Segment]) -> None:
    """A page whose only text reads as captions (the line under an image's gap, "Đồng chí …
    phát biểu") captions no article: its lines are the article. A short item printed under
    its photo would otherwise be no article at all. A caption with its photo's credit stays one."""
    if any(segment.kind in ("lead", "paragraph") for segment in segments):
        return
    for segment in (segment for segment in segments if segment.kind == "caption" and not segment.credit):
        segment.kind = "paragraph" if any(other.kind == "lead" for other in segments) else "lead"
        segment.detail = ""


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


_IMAGE_ADDRESS = re.compile(r"https?://\S+\.(?:png|jpe?g|gif|svg|webp|ico)\b", re.IGNORECASE)


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
DATE_START = re.compile(r"(?=\d)(?<![\d/])(?:[012]?\d:[0-5]\d\s*,?\s+)?[0-3]?\d[/.-][01]?\d[/.-](?:19|20)?\d\d")
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
    from .publisher import names_a_host

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


def _header(units, marks, mark, is_place_line, url_words=frozenset(), slug_words=frozenset()) -> int:
    """Mark the lines above the body; return the index where the body starts."""
    start = _next_free(marks, 0)
    window = _head_window(units, marks, start)
    known = {}
    for index in window:
        kind = _head_kind(units[index].text)
        if kind:
            known[index] = kind
    title, score, reasons, rival = _choose_title(units, window, known, url_words, slug_words)
    if title is not None and _lower_piece_of_shouted_headline(units, window, known, title) \
            and not headline.url_spells_most(units[title].text, url_words):  # the site stored it as the headline
        upper = window[window.index(title) - 1]
        _mark_above_title(units, marks, mark, window, upper, is_place_line)  # the page's head, above the pieces
        title = None  # which capitals pieces make the headline is the editor's call, not a guess
    unseated = _why_no_headline(units, title, slug_words) if title is not None else None
    instead = _the_slugs_own_line(units, window, known, title, slug_words)
    if instead is not None:
        title, score, reasons, rival, unseated = instead, 0.0, [_SLUGS_LINE], None, None
    if unseated:
        _unseat(units, marks, mark, window, known, title, is_place_line, unseated)
        title = None  # a caption, a teaser, a name, lines run together: no headline the page can be filed by
    item_dates = _dated_items(units, title) if title is not None else []
    for dated in filter(None, item_dates):  # each item's own day: a list's, not the page's date
        mark(dated, "date_line", "ngày đăng của một mục trong trang danh sách")
    if title is not None and (_teaser_of_a_listing(units, title) or _first_of_items_printed_twice(units, title) or item_dates):
        if item_dates or headline.clean(units[title].text).date_text:  # "… (1950-1968) (12/05/2020)": an entry of the list, with its date
            mark(title, "boilerplate", "mục của trang danh sách (tiêu đề kèm ngày đăng, đoạn trích, «xem tiếp»)")
        title = None  # an archive's or a tag page's item: the page has no headline of its own
    first_prose = next((i for i in window if _body_prose(units[i].text)), len(units))
    for index, (kind, detail) in known.items():
        if index < (title if title is not None else first_prose):
            _mark_head(units, index, kind, detail, mark)
    if title is not None:
        title, *rest = _headline_lines(units, window, known, title)
        for part in rest:  # "Đảng bộ Đài … Nam Bộ tổ chức" / "Đại hội đảng viên lần thứ VI …"
            units[title].text = f"{units[title].text} {units[part].text}"
            mark(part, "title", "dòng tiếp theo của tiêu đề")
        _mark_above_title(units, marks, mark, window, title, is_place_line)
        removed = _title_detail(units[title].text)
        mark(title, "title", "; ".join(reasons) + (f"; bỏ «{removed}»" if removed else ""))
        marks[title].score, marks[title].rival = score, rival
        marks[title].sentence = headline.REASONS["ends_with_stop"] in reasons
        marks[title].banner = upper_ratio(units[title].text) > 0.9 and headline.lead_share(reasons) < 1 / 3
    return _after_head(units, marks, mark, window, title, is_place_line)


def _headline_lines(units, window: list[int], known: dict, title: int) -> list[int]:
    """The head lines the chosen headline is printed over, in order: the line above when
    the headline is its second half, or when it is only a document's kind ("HƯỚNG DẪN" /
    "VỀ ĐÁNH GIÁ CHẤT LƯỢNG …"); the line below when the headline goes on there."""
    at = window.index(title)
    above = window[at - 1] if at else None
    if above is not None and _headline_goes_on(units, window, known, above) == title:
        return [above, title]
    lines = [above, title] if above is not None and above not in known and _names_a_document_kind(units[above].text) else [title]
    below = _headline_goes_on(units, window, known, title)
    if below is None and title not in known and window.index(title) + 1 < len(window):
        following = window[window.index(title) + 1]
        below = following if following not in known and _wrapped_onto_a_retold_line(units, title, following) else None
    return lines if below is None else [*lines, below]


def _headline_goes_on(units, window: list[int], known: dict, title: int) -> int | None:
    """The next head line, when the headline stops on a word that needs one after it and
    that line reads as the rest of it (capitalised, no sentence's end)."""
    at = window.index(title)
    if title in known or at + 1 >= len(window):
        return None
    following = window[at + 1]
    text = units[following].text.strip()
    if _shouted_over_two_lines(units[title], units[following]):
        return following
    if not headline.DANGLING_END.search(units[title].text.rstrip()):
        return None
    if following in known or not text[:1].isupper() or not 2 <= _word_count(text) <= 30 or text[-1] in TERMINAL + ":;,":
        return None
    return following


WRAPPED_PIECE_WORDS = 10  # the lower piece of a headline wrapped onto the next line is short
RETOLD_SHARE = 0.8  # of its words the text right below repeats


def _wrapped_onto_a_retold_line(units, title: int, following: int) -> bool:
    """The headline goes on at the very next line, a short piece that ends no sentence and whose words the text
    right below retells ("Kỷ niệm 78 năm … Chi bộ đảng đầu tiên – tiền thân" / "Đảng bộ thị xã Kinh Môn (23/10/1945 -
    23/10/2023)" / "Ngày 23/10/1945, Chi bộ Đảng đầu tiên - tiền thân của Đảng bộ huyện Kinh Môn - ra đời …"): a phrase
    the page wrapped, not a heading of its own (a site's or a unit's name under the headline is not retold; a piece
    whose words all stand in the headline already is the headline, or its place, printed again)."""
    upper, lower = units[title].text.strip(), units[following].text.strip()
    if units[following].row != units[title].row + 1 or upper[-1:] in TERMINAL + ",":
        return False
    if not (2 <= _word_count(lower) <= WRAPPED_PIECE_WORDS and lower[:1].isupper()) or lower[-1] in ".!?…;:,":
        return False
    if (upper_ratio(upper) > 0.9) != (upper_ratio(lower) > 0.9) or headline.opens_like_lead(lower) or "," in lower:
        return False  # "… tham nhũng" / "CÔNG TÁC NỘI CHÍNH": a section's label; "Ngày 28/4, Chi đoàn …": the lead
    words = headline.content_words(lower)
    if words <= headline.content_words(upper):
        return False  # "… tại Bảo tàng Bình Thuận" / "Bảo tàng Bình Thuận": the headline's own words again, a repeat
    below = set().union(*(headline.content_words(unit.text) for unit in units[following + 1: following + 4]))
    return len(words) >= 2 and len(words & below) >= RETOLD_SHARE * len(words)


def _names_a_document_kind(line: str) -> bool:
    """Only a document's kind, in capitals ("HƯỚNG DẪN", "KẾ HOẠCH"): a document prints it on
    its own line above what it is about, and its title is both ("HƯỚNG DẪN" / "VỀ ĐÁNH GIÁ …").
    ("Thông báo" in small letters is a site's section.)"""
    return upper_ratio(line) > 0.9 and data.phrase_key(line) in _document_types()


def _shouted_over_two_lines(first: _Unit, second: _Unit) -> bool:
    """A headline in capitals printed over two lines, the second right under the first
    ("PHÁT ĐỘNG KÝ KẾT GIAO ƯỚC PHONG TRÀO" / "THI ĐUA YÊU NƯỚC … NĂM 2026"). Letters without a single Vietnamese
    mark next to a line that has them ("HOC TAP BAC" over the headline, "VIETNAM MARITIME UNIVERSITY" under a school's
    name) are a link's, an image's or an English name's words, and "THÂN THIỆN - AN TOÀN - HIỆU QUẢ" is a motto: no
    piece of the headline, though a page saved with no blank line sets them right against it."""
    upper, lower = first.text.strip(), second.text.strip()
    return (second.row == first.row + 1 and upper_ratio(upper) > 0.9 and upper_ratio(lower) > 0.9
            and not _SECTION_NUMBER.match(lower)  # "… NĂM HỌC 2015 –2016" / "I. ĐẶC ĐIỂM TÌNH HÌNH:": a part begins
            and exact_key(lower) not in exact_key(upper)  # the headline again, or its first words: a copy
            and not _opens_with_words_above(upper, lower) and upper[-1] not in TERMINAL and _word_count(upper) >= 3 and _word_count(lower) >= 3
            and _word_count(upper) + _word_count(lower) <= 40
            and upper.isascii() == lower.isascii() and not _motto(upper) and not _motto(lower))


RESTATED_WORDS = 3  # words in a row a wrapped headline never opens its next line with, once it holds them


def _opens_with_words_above(upper: str, lower: str) -> bool:
    """The lower line opens with three words the upper one already holds in that order ("… 70 NĂM ĐẢNG BỘ XÃ
    QUẢNG BÌNH" / "ĐẢNG BỘ XÃ QUẢNG BÌNH - 70 NĂM …", "… ĐẠI TƯỚNG VÕ NGUYÊN GIÁP" / "VÕ NGUYÊN GIÁP (1911 - 2013)"):
    a heading of its own restating the subject, not the rest of a headline, which never repeats itself."""
    opening = lower.split()[:RESTATED_WORDS]
    return len(opening) == RESTATED_WORDS and f" {exact_key(' '.join(opening))} " in f" {exact_key(' '.join(upper.split()))} "


def _lower_piece_of_shouted_headline(units, window: list[int], known: dict, index: int) -> bool:
    """The line is the lower piece of a headline in capitals printed over lines a blank line apart,
    another capitals piece right above it ("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HỌC VIỆN CHÍNH TRỊ QUỐC GIA" / "" /
    "HỒ CHÍ MINH LẦN THỨ II, NHIỆM KỲ 2015-2020"; "TRƯỜNG CHÍNH TRỊ … TỈNH NAM ĐỊNH" / "" / "65 NĂM XÂY
    DỰNG VÀ PHÁT TRIỂN"): the piece alone is not the headline, and where the headline starts is unsure
    (on the development pages, 6 such lower pieces from 6 sites were all wrong titles; joining the pieces
    was tried before and added wrong ones: a banner or the site's name may be the line above)."""
    at = window.index(index)
    if not at or window[at - 1] in known:
        return False
    upper, lower = units[window[at - 1]], units[index]
    text = upper.text.strip()
    return (lower.row - upper.row == 2 and upper_ratio(text) > 0.9 and upper_ratio(lower.text) > 0.9
            and _word_count(text) >= 3 and text[-1] not in TERMINAL and not _SECTION_NUMBER.match(text)
            and exact_key(lower.text.strip()) not in exact_key(text) and read_date_line(text) is None
            and not text.isascii() and not _motto(text))  # "HOC TAP BAC": a link's or an image's words


_MOTTO_PARTS = re.compile(r"\s+[-–]\s+")


def _motto(line: str) -> bool:
    """"THÂN THIỆN - AN TOÀN - HIỆU QUẢ": three short words or phrases a dash joins, an institution's motto."""
    parts = _MOTTO_PARTS.split(line.strip())
    return len(parts) >= 3 and all(1 <= _word_count(part) <= 3 for part in parts)


def _mark_head(units, index: int, kind: str, detail: str, mark) -> None:
    if kind == "masthead":
        mark(index, "page_title", detail)  # the site's name: the publisher
    elif kind == "date_line" and detail:
        mark(index, "date_line", detail, author=split_meta_line(units[index].text)[1])
    else:
        mark(index, kind, detail)


def _title_detail(line: str) -> str:
    cleaned = headline.clean(line)
    return "; ".join(cleaned.removed)


def _choose_title(units, window: list[int], known: dict, url_words, slug_words=frozenset()
                  ) -> tuple[int | None, float, list[str], float | None]:
    """The head line with the most evidence of being the headline (index, score, reasons,
    and the score of the best other line)."""
    texts = {i: units[i].text for i in window}
    # a headline some sites end with a full stop, right above the date line, is no paragraph
    prose = [i for i in window if _body_prose(texts[i]) and not _headline_with_stop(texts, window, known, i)]
    best, best_score = None, float("-inf")
    free = [i for i in window if i not in known]
    text_words = _first_paragraphs_words(units, window)
    first_shaped = None
    scored: dict[int, tuple[float, list[str]]] = {}
    for index in free:
        line = texts[index]
        if _never_the_headline(units, texts, window, known, prose, index, slug_words):
            continue
        if first_shaped is None and 5 <= _word_count(line) <= 40:
            first_shaped = index
        value, reasons = _score_candidate(texts, window, known, prose, index, first_shaped, url_words, slug_words, text_words)
        scored[index] = value, reasons
        if value > best_score:
            best, best_score, best_reasons = index, value, reasons
    if best_score < headline.min_score():
        best = None  # too little evidence for any line: no headline
    elif best is not None and best_score < headline.confident_score() and _below_running_text(texts, window, prose, best):
        best = None  # below running text on little evidence: a teaser's line or a subheading, not the headline
    instead = _whole_of_wrapped(texts, window, scored, best)
    if instead is None:
        instead = _without_the_site_name(texts, scored, best)
    if instead is None:
        instead = _retold_below(texts, scored, best)
    if instead is None:
        instead = _line_the_slug_spells(units, texts, scored, best, slug_words)
    if instead is not None:
        best, (best_score, best_reasons) = instead, scored[instead]
    if best is not None and _a_masthead_name(texts[best], best_score):
        _mark_masthead(units, window, known, best)
        best = None  # "TRƯỜNG ĐẠI HỌC HÀNG HẢI VIỆT NAM" on little evidence: the site's banner, not the headline
    if best is None:
        return _without_a_scored_headline(units, texts, window, known, prose)
    rival = _runner_up(texts, scored, best)
    if rival is None:
        return best, best_score, best_reasons, None
    if best_score - scored[rival][0] < headline.confident_margin():
        best_reasons = [*best_reasons, f"dòng khác gần bằng điểm ({scored[rival][0]:.1f}): «{texts[rival][:80]}»"]
    return best, best_score, best_reasons, scored[rival][0]


def _line_the_slug_spells(units, texts: dict, scored: dict, best: int | None, slug_words) -> int | None:
    """The chosen line holds little of a slug the page prints (_why_no_headline would take it back), and a head line
    below it with a headline's evidence holds four in five of the slug's words: that line is the headline the site
    filed the page under, the chosen one a section's name or a banner above it ("Di tích lịch sử, văn hóa" / "Khu du
    lịch ATK Định Hóa" under ".../di-tich-lich-su-van-hoa/khu-du-lich-atk-dinh-hoa.html"). Not a line above it: a
    slug may spell the section's name the page prints over its headline (a portal's page, the article in the query)."""
    if best is None or not headline.holds_little_of_slug(texts[best], slug_words):
        return None
    spelled = [i for i in scored if i > best and scored[i][0] >= headline.min_score()
               and headline.holds_most_of_slug(texts[i], slug_words)]
    if not spelled or not headline.prints_the_slug(slug_words, _printed_words(units)):
        return None
    return max(spelled, key=lambda i: scored[i][0])


_SLUGS_LINE = "slug của địa chỉ trang và dòng này viết ra nhau (dòng được chọn giữ ít chữ của slug)"


def _the_slugs_own_line(units, window: list[int], known: dict, chosen: int | None, slug_words) -> int | None:
    """The chosen line holds little of a slug the page prints (_why_no_headline takes it back), and the first head
    line that the slug spells, and that spells the slug (four in five of each other's words), opens like a headline
    (a capital, no lead's day or formula, no section number): that line is the headline the site filed the page
    under, though it scored too little to be chosen ("HỌ NGUYỄN … QUÊ HƯƠNG" a few lines under the site's menu)."""
    if chosen is None or not _slug_spells_another(units, chosen, slug_words):
        return None
    spelled = next((i for i in window if i not in known and headline.is_the_slugs_line(units[i].text, slug_words)), None)
    if spelled is None:
        return None
    line = units[spelled].text
    if not headline.clean(line).title[:1].isupper() or headline.opens_like_lead(line) or _SECTION_NUMBER.match(line):
        return None
    return spelled


def _slug_spells_another(units, index: int, slug_words) -> bool:
    """The line holds fewer than half of the words of a slug the page prints: the slug spells another headline."""
    return headline.holds_little_of_slug(units[index].text, slug_words) and headline.prints_the_slug(
        slug_words, _printed_words(units))


def _why_no_headline(units, index: int, slug_words) -> str | None:
    """Why the chosen line, whatever it scored, is not the page's headline: the URL's slug spells another one
    the page prints, the line runs two lines of the page together ("… song toànÔng Tạ Ngọc Phách (1923 – 2002)",
    "… TúTrưởng công an0966395222": a small letter or a digit, then a capitalised word, no space between), or
    it ends with a colon, a label opening what stands below it ("Quá trình thành lập :", "Từ khóa "…" :")."""
    line = units[index].text
    if _slug_spells_another(units, index, slug_words):
        return "dòng đầu trang mà địa chỉ trang không viết (địa chỉ viết một tiêu đề khác)"
    cleaned = headline.clean(line).title
    if _GLUED_CAPITAL.search(cleaned):
        return "dòng đầu trang dính liền hai dòng (chữ thường hay số liền chữ hoa), không phải tiêu đề"
    if cleaned.rstrip().endswith((":", "：")):
        return "dòng kết thúc bằng dấu hai chấm: nhãn mở phần bên dưới, không phải tiêu đề"
    return None


def _unseat(units, marks, mark, window: list[int], known: dict, index: int, is_place_line, reason: str) -> None:
    """The line chosen as the headline that is not one: the lines above it are the page's head as above any
    headline; an organisation's name alone in capitals is the site's banner; any other line stays in the text,
    where it stood (a photo's caption, a teaser, a heading)."""
    _mark_above_title(units, marks, mark, window, index, is_place_line)
    if _unit_banner(units[index].text):
        _mark_masthead(units, window, known, index)
    else:
        mark(index, "paragraph", reason)


def _printed_words(units) -> frozenset[str]:
    """The folded words the page prints, not counting those of the addresses and slugs it prints."""
    return frozenset(WORD_RE.findall(fold(publisher.without_addresses("\n".join(unit.text for unit in units)))))


def _without_a_scored_headline(units, texts: dict, window: list[int], known: dict, prose: list[int]
                               ) -> tuple[int | None, float, list[str], float | None]:
    """No head line has the evidence of a headline: a bare unit's name, a history page's label, or the name the
    lead defines may still be the page's title; else none."""
    heading = _bare_unit_heading(texts, window, known, prose)
    if heading is not None:
        return heading, 0.0, ["tên chi bộ, đảng bộ đứng đầu trang, ngay trên bài"], None
    label = _bare_history_label(texts, window, known, prose)
    if label is not None:
        return label, 0.0, ["nhãn lịch sử, giới thiệu đứng đầu trang, trên bài"], None
    subject = _defined_by_the_lead(units, texts, window, known, prose)
    if subject is not None:
        return subject, 0.0, ["tên tổ chức mà đoạn đầu bài định nghĩa"], None
    return None, 0.0, [], None


def _a_masthead_name(line: str, score: float) -> bool:
    """An organisation's name alone, in capitals ("TRƯỜNG ĐẠI HỌC HÀNG HẢI VIỆT NAM", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT
    NAM"), chosen on little evidence (below confident_score): the banner a site prints over every page, not the
    headline (on the development pages 3 such titles of 3 sites, all wrong; a page about the unit gives its name
    more evidence: "VIỆN KIỂM SÁT NHÂN DÂN THỊ XÃ MƯỜNG LAY" over the date line and the lead)."""
    return score < headline.confident_score() and _unit_banner(line)


def _unit_banner(line: str) -> bool:
    """An organisation's name alone, in capitals: how a site prints its banner."""
    text = headline.clean(line).title
    return upper_ratio(text) > 0.9 and headline.is_unit_label(text)


def _mark_masthead(units, window: list[int], known: dict, index: int) -> None:
    """The banner's lines, as the head's furniture: the name, and its second line in capitals right under it
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" / "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH")."""
    detail = "tên đơn vị in hoa đầu trang (băng tên của site), không phải tiêu đề"
    known[index] = ("masthead", detail)
    at = window.index(index)
    if at + 1 < len(window) and window[at + 1] not in known and _shouted_over_two_lines(units[index], units[window[at + 1]]):
        known[window[at + 1]] = ("masthead", detail)


def _teaser_of_a_listing(units, index: int) -> bool:
    """The line heads one teaser of a listing (an archive, tag or category page), not the page:
    one paragraph under it that stops short, closed by a read-more link (boilerplate.yml
    read_more_links) on its own line or glued to its end ("NHÀ BÁO VÀ CƠ QUAN BÁO CHÍ …" /
    "Theo tinh thần Đại hội …, báo chí … đã tham gia tích" / "Đọc thêm"; "… đã quyết nghị.…" /
    "Read more"). An excerpt ending on a whole sentence may be all of a short post: it keeps its headline."""
    below = index + 1
    while below < len(units) and read_date_line(units[below].text):
        below += 1  # "(12/05/2020)": the item's date between
    if below >= len(units) or _word_count(units[below].text) < 12:
        return False
    teaser = units[below].text.rstrip()
    glued = _glued_read_more(teaser)
    if glued is not None:
        teaser = glued
    elif below + 1 >= len(units) or data.phrase_key(units[below + 1].text) not in data.boilerplate()["read_more_links"]:
        return False
    return teaser.endswith(("…", "...")) or teaser[-1] not in TERMINAL


def _printed_twice_from(units, index: int) -> int | None:
    """The unit after a headline-shaped line printed again right below it (its posting date may
    stand between: a blog's "Monday, December 13, 2021"), else None."""
    if not 3 <= _word_count(units[index].text) <= 45:
        return None
    again = index + 1
    if again < len(units) and read_date_line(units[again].text):
        again += 1
    return again + 1 if again < len(units) and fold(units[again].text) == fold(units[index].text) else None


def _first_of_items_printed_twice(units, index: int) -> bool:
    """The line is one item of a listing whose items each print their headline twice (the link's
    title and its text), another such item next to it: right above or below, or one teaser
    paragraph away ("Tổng Bí thư Tô Lâm chúc Tết …" twice / "(Chinhphu.vn) - Chiều 9/2, …" /
    "Chăm lo Tết cho công nhân …" twice): a tag's, a category's or an archive's page, with no
    headline of its own. One headline printed twice over the article is the article's."""
    item = _item_printed_twice_holding(units, index)
    if item is None:
        return False
    start, end = item
    headline_key = fold(units[start].text)
    above = [i for i in range(max(0, start - 4), start) if _printed_twice_from(units, i) in (start, start - 1)]
    below = [i for i in (end, end + 1) if i < len(units) and _printed_twice_from(units, i) is not None]
    return any(fold(units[i].text) != headline_key for i in above + below)


def _item_printed_twice_holding(units, index: int) -> tuple[int, int] | None:
    """(first line, line after the copy) of a headline printed twice that the line is, or is the copy of."""
    for start in (index - 2, index - 1, index):
        end = _printed_twice_from(units, start) if start >= 0 else None
        if end is not None and start <= index < end:
            return start, end
    return None


def _dated_item_from(units, index: int) -> tuple[int, int | None] | None:
    """A listing's dated item starting at the line: a headline, its posting date on the next line
    or glued to it ("… (giai đoạn 1963-1986)" / "(05/12/2017 20:27)"), and one teaser paragraph.
    (The unit after the teaser, the date line's), else None."""
    text = units[index].text
    if not 4 <= _word_count(text) <= 45 or read_date_line(text):
        return None
    dated = index + 1 if index + 1 < len(units) and read_date_line(units[index + 1].text) else None
    if dated is None and not headline.clean(text).date_text:
        return None
    teaser = (dated or index) + 1
    return (teaser + 1, dated) if teaser < len(units) and _word_count(units[teaser].text) >= 12 else None


def _dated_items(units, index: int) -> list[int | None]:
    """The date lines of the listing's dated items from the line on, item after item: the line
    heads a category's page ("Đảng bộ huyện Mèo Vạc thành lập, …" / "(05/12/2017 20:27)" /
    "Ngày 15/12/1962, …" / "Mèo Vạc: Hoàn thành nhiều công trình …" / "(05/12/2017 20:24)" / …)
    when two items or more with different headlines follow on; an article's subheadings carry no dates."""
    dates, headlines, at = [], set(), index
    while at < len(units) and fold(units[at].text) not in headlines:
        item = _dated_item_from(units, at)
        if item is None:
            break
        headlines.add(fold(units[at].text))
        at, dated = item
        dates.append(dated)
    return dates if len(dates) >= 2 else []


def _glued_read_more(paragraph: str) -> str | None:
    """The paragraph without a read-more link run on after its last word ("… lẫn chính quyền xem tiếp"), else None."""
    words = paragraph.split()
    for link in data.boilerplate()["read_more_links"]:
        size = len(link.split())
        if len(words) > size and data.phrase_key(" ".join(words[-size:])) == link:
            return " ".join(words[:-size]).rstrip()
    return None


def _bare_unit_heading(texts: dict, window: list[int], known: dict, prose: list[int]) -> int | None:
    """A page with no headline that opens on a Party unit's bare name ("Chi bộ", "Đảng Bộ", "CHI BỘ
    ĐẢNG"; boilerplate.yml bare_unit_titles) right over the text (its paragraphs, its first numbered
    point, a date line between): an institution's page about its own Party cell, titled so. Over
    another heading ("Đảng bộ" / "Lời giới thiệu") it is the menu's label, not the title."""
    free = [i for i in window if i not in known]
    if not free or data.phrase_key(texts[free[0]]) not in data.boilerplate()["bare_unit_titles"]:
        return None
    at = window.index(free[0])
    below = next((i for i in window[at + 1:] if known.get(i, ("",))[0] != "date_line"), None)
    return free[0] if below is not None and (below in prose or _FIRST_POINT.match(texts[below])) else None


def _bare_history_label(texts: dict, window: list[int], known: dict, prose: list[int]) -> int | None:
    """A page with no headline whose first free line is a history's or an introduction's bare label
    ("Lịch sử hình thành", "Lịch sử phát triển", "Lời giới thiệu!"; boilerplate.yml bare_history_titles)
    above its text: a portal's page about the commune's or the institution's past, titled so, even
    with the unit's name or a date between ("Lịch sử phát triển" / "Bệnh Viện Đa Khoa Huyện Cẩm Xuyên")."""
    free = [i for i in window if i not in known]
    if not free or data.phrase_key(texts[free[0]]) not in data.boilerplate()["bare_history_titles"]:
        return None
    return free[0] if any(i > free[0] for i in prose) else None


_DEFINED_AS = re.compile(r"\s*,\s*còn\s+(?:được\s+)?gọi\s+là\s|\s+là\s")


def _defined_by_the_lead(units, texts: dict, window: list[int], known: dict, prose: list[int]) -> int | None:
    """A page with no other headline whose first paragraph opens on a head line naming an
    organisation, to say what it is ("Tỉnh ủy Kiên Giang" / "Tỉnh ủy Kiên Giang, còn được gọi là Ban
    chấp hành Đảng bộ tỉnh …"; "Đảng bộ Bệnh viện Thống Nhất là …"): an encyclopedia's or the
    organisation's own page about it, titled by its name (a name alone is most often the site's).
    An encyclopedia's copy may hold that paragraph below the head lines, past its fact box."""
    first = prose[0] if prose else _first_paragraph_below(units, window)
    if first is None:
        return None
    lead = units[first].text.strip()
    for index in (i for i in window if i < first and i not in known):
        name = texts[index].strip()
        if headline.is_unit_label(name) and lead.startswith(name) and _DEFINED_AS.match(lead, len(name)):
            return index
    return None


def _first_paragraph_below(units, window: list[int]) -> int | None:
    """The first paragraph of running text below head lines that hold none: an encyclopedia's
    copy prints the organisation's name, then its fact box ("Tỉnh ủy Bắc Giang" / "Đảng kỳ Đảng
    Cộng sản Việt Nam" / "Khóa thứ XIX" / "Bí thưDương Văn Thái" / …), then the article."""
    after = window[-1] + 1 if window else 0
    return next((i for i in range(after, len(units)) if _body_prose(units[i].text)), None)


def _small_lettered_headline(texts: dict, window: list[int], known: dict, prose: list[int], index: int) -> bool:
    """The page's first free line opening on a small letter ("xã Xuân Thọ quan tâm đến các cơ sở
    tôn giáo", "tuyên truyền kỷ niệm 50 năm giải phóng Điện Bàn"), headline-long, one phrase, with
    five content words or more the text retells half of: a site that prints its headlines as typed,
    not a menu ("cho thuê xe tại hà nội": four words, two of them a place's name)."""
    if any(i not in known for i in window if i < index) or not 5 <= _word_count(texts[index]) <= 35:
        return False
    if SENTENCE_END.search(texts[index]) or not texts[index].strip()[:1].islower():
        return False  # a sentence's end within: a paragraph's piece; "• công tác chuẩn bị …": a menu's or breadcrumb's item
    words = headline.content_words(texts[index])
    return len(words) >= 5 and len(words & _lead_words(texts, prose, index)) >= 0.5 * len(words)


def _below_running_text(texts: dict, window: list[int], prose: list[int], index: int) -> bool:
    """A paragraph of running text stands above the line, and is not the page's summary printed
    again below it as the lead (a teaser above the headline does not begin the article)."""
    below = {texts[i] for i in window if i > index}
    return any(i < index and texts[i] not in below for i in prose)


def _score_candidate(texts: dict, window: list[int], known: dict, prose: list[int], index: int,
                     first_shaped: int | None, url_words, slug_words, text_words=frozenset()) -> tuple[float, list[str]]:
    """A head line's score as the headline, from what stands around it (headline.Context)."""
    first_prose_after = next((i for i in prose if i > index), None)
    context = headline.Context(
        lead_words=_lead_words(texts, prose, index),
        url_words=set(url_words),
        slug_words=slug_words,
        first=index == first_shaped,
        subheading=first_shaped is not None and index != first_shaped and _heads_a_section(texts, window, prose, index),
        date_next_to=_date_next_to(texts, window, known, index),
        lead_follows=first_prose_after is not None and window.index(first_prose_after) - window.index(index) <= 2,
        after_prose=any(i < index for i in prose),
        lines_to_body=(window.index(first_prose_after) - window.index(index) - 1) if first_prose_after else len(window),
        printed_again=_printed_again(texts, window, prose, index),
        text_words=set(text_words),
    )
    line = texts[index]
    if _headline_with_stop(texts, window, known, index):
        line = headline.without_pictographs(line)[:-1]  # the site ends its headlines with a full stop: no sign of a sentence here
    return headline.score(line, context)


def _first_paragraphs_words(units, window: list[int], count: int = 3) -> frozenset[str]:
    """Content words of the text's first paragraphs below the head: the one paragraph the head
    holds may be a photo's caption or the story's background ("Từ sau ngày giải phóng miền Nam, …"),
    too little to say the text never retells a line."""
    after = window[-1] + 1 if window else 0
    paragraphs = islice((i for i in range(after, len(units)) if _body_prose(units[i].text)), count)  # not the whole text
    return frozenset().union(*(headline.content_words(units[i].text) for i in paragraphs))


def _printed_again(texts: dict, window: list[int], prose: list[int], index: int) -> bool:
    """Another head line is this one again, a breadcrumb ending with it, or the browser's
    title (it, then " - " or " | " and the site's name): pages print their headline twice."""
    words = WORD_RE.findall(fold(texts[index]))
    if len(words) < 4:
        return False
    for other in (i for i in window if i != index and i not in prose):
        steps = _BREADCRUMB_STEP.split(texts[other])
        if any(WORD_RE.findall(fold(part)) == words for part in (texts[other], steps[-1])):
            return True
        title = _BROWSER_TITLE.match(texts[other])
        if title and WORD_RE.findall(fold(title["headline"])) == words:
            return True
    return False


_BREADCRUMB_STEP = re.compile(r"\s+[/>»›]\s+")
_BROWSER_TITLE = re.compile(r"(?P<headline>.+?)\s+[-–|]\s+\S[^-–|]*$")


def _runner_up(texts: dict, scored: dict, best: int) -> int | None:
    """The best-scored head line that is not the chosen headline again (whole, wrapped or
    with the site's name): a close runner-up makes the choice one for an editor to look at."""
    chosen = fold(texts[best])
    others = [i for i in scored if i != best and fold(texts[i]) not in chosen and chosen not in fold(texts[i])]
    return max(others, key=lambda i: scored[i][0], default=None)


def _never_the_headline(units, texts: dict, window: list[int], known: dict, prose: list[int], index: int,
                        slug_words=frozenset()) -> bool:
    """A head line whose shape or place rules it out, before any scoring."""
    line = texts[index]
    if is_boilerplate(line) or cut_marker(line) or credit_only(line) or _body_prose(line) and _word_count(line) > 45:
        return True
    if headline.clean(line).title[:1].islower() and not _small_lettered_headline(texts, window, known, prose, index):
        return True  # a section's name or a paragraph's end: a headline opens with a capital ("null …" is a template's)
    if line.startswith("*") and not line.startswith("**") or _SECTION_NUMBER.match(line):
        return True  # "*Tạo chuyển biến thực chất", "1.1. Chủ tịch nước …": a point or section of the body, not its headline
    if any(_PART_HEADING.match(texts[i]) for i in window if i < index):
        return True  # under "I. CÔNG TÁC XÂY DỰNG ĐẢNG" the document has begun: a part's heading
    if any(_first_point_of_text(texts, window, i) for i in window if i < index):
        return True  # under "1. Tư tưởng Hồ Chí Minh về tổ chức cơ sở đảng" the text has begun: its first section's heading
    if _SCENE.match(line) and _word_count(line) <= 8 or _PICTURE.match(line) or _COMRADE_SHORT.match(line):
        return True  # "Quang cảnh phiên trù bị", "Toàn cảnh Hội nghị", "Hình ảnh đồng chí … trao …", "Đ/c …": a photo's caption
    if _ADDRESSEES.match(line):
        return True  # "Kính gửi: Ban thường vụ …": whom a document is sent to
    if _PERSON_AND_POST.match(line):
        return True  # "Ông Tạ Hồng Quảng – Phó chủ tịch UBND huyện …": a photo's caption
    if _person_with_life_years(line):
        return True  # "Đồng chí Hoàng Quốc Việt (1905 - 1992)": a portrait's caption
    if _ATTENDED_BY.match(line):
        return True  # "Dự lễ kết nạp có đồng chí …": who attended, never a headline
    if _address(line):
        return True  # "Xã Minh Quang, huyện Ba Vì, thành phố Hà Nội": where a place is, not news
    if _tells_who_stands_where(line) or _SPEAKS_AT_THE_END.search(line):
        return True  # "… (bìa trái) tặng hoa …", "Đồng chí X phát biểu tại Hội nghị": a photo's caption
    # "LỄ KẾT NẠP ĐẢNG VIÊN MỚI" / the lead retelling it: reads as a name in capitals, but heads the page
    if _credit_like(line) and not (_heading_not_a_name(line) and _heads_the_page(texts, window, known, prose, index)) \
            or _captions_a_photo(texts, window, index):
        return True
    if _after_lead(texts, prose, index) and not _under_its_summary(texts, window, index, slug_words):
        return True
    if _starts_caption(line) and any(i < index for i in prose):
        return True  # "Toàn cảnh các đại biểu về dự Hội nghị" under a paragraph: a photo's caption
    if _under_a_name(texts, window, index):
        return True  # "ThS. Lê Thị Huyền" / "Khoa Nhà nước và pháp luật": the author's unit
    at = window.index(index)
    if at and texts[window[at - 1]].rstrip().endswith(",") and units[window[at - 1]].row == units[index].row - 1:
        return True  # "Ủy viên Ban Chấp hành Đảng bộ tỉnh," / "Chủ tịch Liên đoàn Lao động tỉnh": one phrase goes on
    if _captions_like_other_photos(units, index) or _wrapped_paragraph_start(units, index) or _in_a_list(texts, window, index) \
            or _cut_mid_phrase(units, index):
        return True
    if _below_a_widget_marker(units, window, known, prose, index):
        return True  # a widget's line
    if _below_the_lead(texts, window, index) and not _under_its_summary(texts, window, index, slug_words):
        return True  # a line below the lead ("Ngày 15/5, …"): the article has begun
    return headline.is_sentence(line) and not _headline_with_stop(texts, window, known, index)


def _under_its_summary(texts: dict, window: list[int], index: int, slug_words) -> bool:
    """The page's first line is a paragraph, the line right under it and the URL's slug spell each other (four in
    five of their words): the site's summary printed above its headline ("BizLIVE - Ông … được bầu làm Phó Bí thư …" / "Hoà Bình có
    Phó Bí thư Tỉnh uỷ mới" under ".../hoa-binh-co-pho-bi-thu-tinh-uy-moi-3513189.html"), not a line under the lead."""
    return window.index(index) == 1 and headline.is_the_slugs_line(texts[index], slug_words)


def _whole_of_wrapped(texts: dict, window: list[int], scored: dict, best: int | None) -> int | None:
    """The head line that is the chosen one and the line under (or above) it joined: the
    headline printed whole once and again wrapped over two lines; the whole one is the
    headline (its words compared: the whole one may join the parts with a dash)."""
    if best is None:
        return None
    at = window.index(best)
    pairs = [window[at : at + 2], window[at - 1 : at + 1] if at else []]
    for pair in (pair for pair in pairs if len(pair) == 2):
        joined = WORD_RE.findall(fold(" ".join(texts[i] for i in pair)))
        whole = next((i for i in scored if i not in pair and WORD_RE.findall(fold(texts[i])) == joined), None)
        if whole is not None:
            return whole
    return None


def _retold_below(texts: dict, scored: dict, best: int | None) -> int | None:
    """A head line above the chosen one, scored nearly as high, that the chosen one retells:
    the headline, then a sapo or the first section's heading saying it again ("Lịch sử Đảng bộ
    xã Hoằng Đạt" / date line / "Lịch sử hình thành Đảng bộ xã Hoằng Đạt")."""
    if best is None:
        return None
    def close(i: int) -> bool:  # enough evidence of its own, and a close call with the chosen line
        return scored[i][0] >= headline.min_score() and scored[best][0] - scored[i][0] < headline.confident_margin()

    above = [i for i in scored if i < best and close(i) and _told_again(texts[i], texts[best])]
    return max(above, key=lambda i: scored[i][0], default=None)


def _told_again(first: str, later: str) -> bool:
    """The later line holds half the first one's words or more, the first being a headline's
    phrase: not a breadcrumb, not the later line with the site's name after it, and not an
    organisation's name ("BỆNH VIỆN HỮU NGHỊ VIỆT NAM - CU BA" over a headline naming it)."""
    words = headline.content_words(first)
    if _word_count(first) < 6 or len(words) < 2 or _BREADCRUMB_STEP.search(first) or fold(later) in fold(first):
        return False
    if data.opens_with_phrase(first, "organisation_types"):
        return False
    return len(words & headline.content_words(later)) >= 0.5 * len(words)


def _without_the_site_name(texts: dict, scored: dict, best: int | None) -> int | None:
    """The chosen line is another head line followed by " – Trường Đại học …" or " | Báo …":
    the browser's title (headline, then the site's name) printed above the headline itself."""
    if best is None:
        return None
    chosen = squash_spaces(texts[best])
    for index in scored:
        other = squash_spaces(texts[index])
        if index != best and chosen.startswith(other) and _SITE_NAME_AFTER.match(chosen, len(other)):
            return index
    return None


_SITE_NAME_AFTER = re.compile(r"\s*[–—|-]\s+\S")


# a document's part, in capitals after a Roman numeral (a menu numbers its items "1. Giới thiệu")
# "I. CÔNG TÁC XÂY DỰNG ĐẢNG", "I. ĐẶC ĐIỂM TÌNH HÌNH:", "Phần thứ nhất:": a document's part
_PART_HEADING = re.compile(
    rf"(?:[IVX]{{1,4}}\.\s+[{re.escape(UPPERCASE)}\s,–-]+|(?i:phần\s+thứ\s+(?:nhất|hai|ba|tư|năm)|phần\s+[IVX]{{1,4}}\b.*)):?$")
_FIRST_POINT = re.compile(r"(?:1|I)[.)]\s+\S")  # "1. Tư tưởng …", "I. Tên gọi: …"
_SECOND_POINT = re.compile(r"(?:2|II)[.)]\s+\S")


def _first_point_of_text(texts: dict, window: list[int], index: int) -> bool:
    """The first numbered point of a text that begins without its headline (a print view, a
    relic's dossier, a page cut from a longer one: "1. KHU VỰC BÌNH THÀNH" over its relic's
    name), not the first item of a numbered menu, whose second item stands right under it
    ("1. LIÊN KẾT WEBSITE" / "2. bộ pháp điển")."""
    if not _FIRST_POINT.match(texts[index].strip()):
        return False
    at = window.index(index)
    return at + 1 >= len(window) or not _SECOND_POINT.match(texts[window[at + 1]].strip())


_SECTION_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[IVX]{1,4}[.)])\s+\S")  # "1.1.", "2)", "II."
_SCENE = re.compile(r"(?:Quang|Toàn)\s+cảnh\b", re.IGNORECASE)
_COMRADE_SHORT = re.compile(r"Đ/c\s", re.IGNORECASE)  # a headline writes "Đồng chí" out
_PICTURE = re.compile(r"Hình\s+ảnh\s+(?!và\b)", re.IGNORECASE)
_ADDRESSEES = re.compile(r"Kính\s+gửi\b", re.IGNORECASE)  # a letter's or a document's "Kính gửi: …"
# "Ông Tạ Hồng Quảng – Phó chủ tịch UBND huyện chúc mừng …", "Bà Lê Thị Mỹ Hạnh, Ủy viên …": a caption
# introduces whom the photo shows by name, then his post set off; a headline says what he did
# ("Ông Nguyễn Sự từ chức Bí thư Hội An")
# "Dự lễ kết nạp có đồng chí …", "Về dự và chỉ đạo Đại hội có …", "Tham dự Hội nghị có …": who
# attended, a lead's or a caption's sentence ("Dự án", "Dự thảo", "Dự kiến" … are no attending)
_ATTENDED_BY = re.compile(
    r"(?:Về\s+)?(?:Tham\s+)?[Dd]ự(?!\s+(?:án|thảo|báo|kiến|toán|thi|trữ|phòng|đoán|định|bị|tính)\b)\s+(?:\S+\s+){0,8}?có\s")
# "Đồng chí Hoàng Quốc Việt (1905 - 1992)", "Hoàng Quốc Viêt tức Hạ Bá Cang (28-5-1905 25-12-1992 ).",
# "VÕ NGUYÊN GIÁP (1911 - 2013)": a name and the years of a life, under a portrait
_LIFE_YEARS = re.compile(r"(?P<name>[^()]+?)\s*\(\s*(?:\d{1,2}[-/.]\d{1,2}[-/.])?1[89]\d\d\s*[-–]?\s*"
                         r"(?:\d{1,2}[-/.]\d{1,2}[-/.])?(?:1[89]\d\d|20\d\d)\s*\)\.?")
_HONORIFIC = re.compile(r"(?:Đồng chí|Ông|Bà|Cố)\s+", re.IGNORECASE)
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


def _person_with_life_years(line: str) -> bool:
    """Only a person's name (and another he went by: "X tức Y") with the years he lived: a
    portrait's caption. A headline about him says what he did ("Đồng chí Nguyễn Văn Linh với
    phong trào …  (1954 - 1960)"); a bare place or unit with its years is a history's title."""
    match = _LIFE_YEARS.fullmatch(line.strip())
    if match is None:
        return False
    names = re.split(r"\s+tức\s+", _HONORIFIC.sub("", match["name"].strip(), count=1), flags=re.IGNORECASE)
    return all(_a_persons_name(name) for name in names)


def _a_persons_name(name: str) -> bool:
    """Two to five capitalised words, the first a family name ("Hoàng Quốc Việt", "VÕ NGUYÊN GIÁP")."""
    words = name.split()
    return (2 <= len(words) <= 5 and all(word[:1].isupper() and word.isalpha() for word in words)
            and fold(words[0]) in data.surnames())


_FULL_NAME = rf"(?:{CAPITAL}\w*\s+){{1,3}}{CAPITAL}\w*"  # "Tạ Hồng Quảng": two to four capitalised words
_PERSON_AND_POST = re.compile(rf"(?:Ông|Bà)\s+{_FULL_NAME}\s*(?:,|\s[–-]|[–-]\s)")
# "Đ/c Nguyễn Văn A – Bí thư Chi bộ …", "Đồng chí Lê Văn Hương-Giám đốc VQG đọc diễn văn …": whom a body's photo shows,
# by name and post (the dash may stand glued to both)
_COMRADE_AND_POST = re.compile(rf"(?:Đồng\s+chí|Đ/[Cc])\s*:?\s+{_FULL_NAME}\s*(?:,|\s[–-]|[–-]\s?)")


@lru_cache(maxsize=1)
def _unit_part() -> re.Pattern[str]:
    """A unit's type as written (place_types of abbreviations.yml: "xã", "TP.", "huyện") and its name."""
    forms = sorted({form for form, _ in data.place_forms()}, key=len, reverse=True)
    return re.compile(r"(?:%s)\s+(?P<name>.+)" % "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in forms), re.IGNORECASE)


def _address(line: str) -> bool:
    """Two units or more, each its type and a capitalised name of at most four words, one
    after another: an address ("Xã Minh Quang, huyện Ba Vì, thành phố Hà Nội")."""
    parts = re.split(r"\s*[,–-]\s*", line.strip().rstrip("."))
    if len(parts) < 2:
        return False
    for part in parts:
        unit = _unit_part().fullmatch(part)
        words = unit["name"].split() if unit else []
        if not 1 <= len(words) <= 4 or not all(word[:1].isupper() or word[:1].isdigit() for word in words):
            return False
    return True


def _below_the_lead(texts: dict, window: list[int], index: int) -> bool:
    """A paragraph above it opens like a lead ("Ngày 15/5, Đảng ủy …") or runs for several
    sentences: the article has begun, and the line is a caption or a subheading. Not when
    that paragraph is printed again below the line: a teaser above the headline."""
    return any(i < index and (_word_count(texts[i]) >= 12 and headline.opens_like_lead(texts[i]) or _sentences_run(texts[i]))
               and not _printed_again_below(texts, window, i, index) for i in window)


def _printed_again_below(texts: dict, window: list[int], paragraph: int, index: int) -> bool:
    """The paragraph's words open a paragraph below the line again (whole, or cut short
    with "…" as a teaser): the page's summary above the headline, then the article."""
    words = WORD_RE.findall(fold(texts[paragraph]))
    return any(WORD_RE.findall(fold(texts[j]))[: len(words)] == words for j in window if j > index)


def _sentences_run(line: str) -> bool:
    """Two sentences or more, 25 words or more, ending with a full stop: running text."""
    text = line.rstrip()
    return text.endswith(".") and _word_count(text) >= 25 and SENTENCE_END.search(text[:-1]) is not None


def _below_a_widget_marker(units, window: list[int], known: dict, prose: list[int], index: int) -> bool:
    """The line right under "Ý kiến thăm dò", "Tin mới nhất" …: the poll's question, the
    first link of the list; never the headline, unless the date line and the lead follow
    it ("CHUYÊN MỤC" above an article: the section's label)."""
    if index == 0 or cut_marker(units[index - 1].text) is None:
        return False
    at = window.index(index)
    below = window[at + 1: at + 3]
    return not (len(below) == 2 and known.get(below[0], ("",))[0] == "date_line" and below[1] in prose)


def _headline_with_stop(texts: dict, window: list[int], known: dict, index: int) -> bool:
    """A headline some sites end with a full stop: one sentence of at most 40 words, first
    on the page or right above the date line, not opening like a lead, with the date line,
    a dated lead ("Sáng ngày 14/10/2015, …") or a lead retelling it right below."""
    line, at = headline.without_pictographs(texts[index]), window.index(index)  # "🌼… “Uống nước nhớ nguồn”.🌼" ends with a stop
    below = window[at + 1] if at + 1 < len(window) else None
    # only a section's label ("Tin tổng hợp", "Hoạt động chính") above it, or between it and the lead
    first = all(_is_label(texts[i]) and known.get(i, ("category",))[0] == "category" for i in window[:at])
    lead = next((i for i in window[at + 1:] if known.get(i, ("category",))[0] != "category" or not _is_label(texts[i])), None)
    # "Đồng chí … tặng quà …." over the lead: the photo's caption
    over_lead = first and lead is not None and lead not in known and not _starts_caption(line)
    dated_lead = over_lead and read_dateline(texts[lead]) is not None
    retold = over_lead and _retells_most(line, texts[lead])
    shouted = at == 0 and upper_ratio(line) > 0.9  # a first line in capitals is never the body's sentence
    return (line.endswith(".") and _word_count(line) <= 40 and not SENTENCE_END.search(line[:-1])
            and not headline.opens_like_lead(line)
            and (known.get(below, ("",))[0] == "date_line" or dated_lead or retold or shouted))


def _retells_most(line: str, lead: str) -> bool:
    """The paragraph below holds four in five of the line's words or more: the lead retelling
    its headline ("Ban quản lý Khu bảo tồn … tham gia giao lưu bóng chuyền kỷ niệm ngày thành lập
    ngành Lâm nghiệp." / "Nhân kỷ niệm 59 ngày truyền thống thành lập ngành Lâm nghiệp …"), not a
    paragraph going on from the one above it."""
    words = headline.content_words(line)
    return len(words) >= 3 and len(words & headline.content_words(lead)) >= 0.8 * len(words)


def _is_label(line: str) -> bool:
    """A short line that ends no sentence: a section's or a menu's label."""
    return _word_count(line) <= 4 and line.rstrip()[-1:] not in TERMINAL


def _heads_a_section(texts: dict, window: list[int], prose: list[int], index: int) -> bool:
    """A short line right above a paragraph, like another such line further down: the
    article's subheadings, not its headline."""
    def heads(i: int) -> bool:
        at = window.index(i)
        return at + 1 < len(window) and window[at + 1] in prose and _heading_like(texts[i]) and not _body_prose(texts[i])

    return heads(index) and any(heads(i) for i in window if i > index)


def _captions_a_photo(texts: dict, window: list[int], index: int) -> bool:
    """A photo's caption: its credit printed after it, on the line or the next."""
    at = window.index(index)
    following = texts[window[at + 1]] if at + 1 < len(window) else ""
    return bool(split_caption_credit(texts[index]) or credit_only(following))


def _captions_like_other_photos(units: list[_Unit], index: int) -> bool:
    """A short line opening like a caption ("Các đại biểu tham dự đại hội") that an image
    left a whitespace-only line after, as another line of the page does ("Quang cảnh đại
    hội"): a photo's caption, not the headline."""
    def photo_caption(unit: _Unit) -> bool:
        return unit.placeholder_after and _word_count(unit.text) <= 20 and _starts_caption(unit.text) and not _body_prose(unit.text)

    return photo_caption(units[index]) and any(photo_caption(unit) for unit in units if unit is not units[index])


def _wrapped_paragraph_start(units: list[_Unit], index: int) -> bool:
    """A line the next one carries on without a break, starting lower-case ("Đại hội Chi bộ
    trường …" / "nhiệm kỳ 2025 - 2027 được tổ chức …"): a hard-wrapped paragraph's first
    line, not a headline (no lead opens lower-case)."""
    below = units[index + 1] if index + 1 < len(units) else None
    if below is None or below.row == units[index].row or not _goes_on_lower_case(units[index].text, below.text):
        return False  # (a part cut from the same line, "… bởi Linh …", is no wrapped line)
    if read_date_line(below.text) and not WEEKDAY.match(below.text):
        # Blogger's header byline under the post's title: "tháng 3 12, 2025" (its default themes' date, in small
        # letters); not the clock of today a site prints under its name ("thứ tư, 26/11/2025")
        return False
    # across a blank line too when the two end one sentence ("Đồng chí …, Trưởng ban Tổ chức Tỉnh ủy" /
    # "trao tặng bức trướng … Bỉm Sơn."): a caption or paragraph broken in two; or when the line stops on a
    # small word ("… đã tổng kết 4 năm triển khai" / "cuộc vận động …"), as _join_wrapped_across_blanks joins them
    return (below.blank_before == 0 or (below.text.rstrip()[-1:] in ".!?" and _word_count(below.text) >= 5)
            or below.blank_before == 1 and _wrapped_across_a_blank(units[index].text, below.text))


# Words that need another after them: no line of a headline or a paragraph ends with one.
_SMALL_WORDS = "của|và|các|những|là|để|hoặc|nhưng|với"
# In the head, a hard-wrapped text's line runs on into the next after them, after "tại" and after a
# document's "… số" ("Căn cứ Chỉ thị số" / "35-CT/TW, ngày 30/5/2019 …").
_RUNS_ON = re.compile(
    rf"\b(?:{_SMALL_WORDS}|tại|"
    r"(?:chỉ\s+thị|nghị\s+quyết|quyết\s+định|kế\s+hoạch|công\s+văn|thông\s+báo|hướng\s+dẫn|quy\s+định|kết\s+luận)\s+số)\s*$",
    re.IGNORECASE,
)


def _cut_mid_phrase(units: list[_Unit], index: int) -> bool:
    """A hard-wrapped text's line: the line above runs on into it ("Căn cứ Chỉ thị số" /
    "35-CT/TW, ngày 30/5/2019 …"), or it runs on into the line below; never the headline."""
    above = units[index - 1] if index > 0 else None
    below = units[index + 1] if index + 1 < len(units) else None
    return ((units[index].blank_before == 0 and above is not None and _RUNS_ON.search(above.text) is not None)
            or (below is not None and below.blank_before == 0 and _RUNS_ON.search(units[index].text) is not None))


def _in_a_list(texts: dict, window: list[int], index: int) -> bool:
    """One item of a list ("- Võ Thị Lệ Nhung (Tổ HCQT)" among the others): never the headline."""
    at = window.index(index)
    neighbours = [texts[window[i]] for i in (at - 1, at + 1) if 0 <= i < len(window)]
    return bool(LIST_ITEM.match(texts[index])) and any(LIST_ITEM.match(line) for line in neighbours)


def _after_lead(texts: dict, prose: list[int], index: int) -> bool:
    """A paragraph that opens the news ("Sáng 27/8, …", "(TTXVN) - …") stands above:
    the article has begun, and no headline comes after its lead."""
    return any(i < index and headline.opens_like_lead(texts[i]) for i in prose)


def _heading_not_a_name(line: str) -> bool:
    """Three capitalised words or more, read as a name, whose first word is no family name as
    printed, with its tones ("LỄ KẾT NẠP ĐẢNG", "Nhà Bia Tưởng Niệm": "Lễ" is not "Lê", "Đảng"
    not "Đặng"), without a writer's marks (dots, dashes, commas) and not a post: a heading, not a byline."""
    words = line.split()
    return (len(words) >= 3 and all(word.isalpha() for word in words) and exact_key(words[0]) not in data.exact_surnames()
            and not _byline_patterns()["office"].match(line))  # "BÍ THƯ ĐẢNG ỦY" over the holder's name: a post


def _heads_the_page(texts: dict, window: list[int], known: dict, prose: list[int], index: int) -> bool:
    """The first free line of the page, or the one right above the date line, with the lead
    right below (or below the date line) and the first paragraphs repeating half its words:
    where the headline stands."""
    at = window.index(index)
    first = all(i in known for i in window[:at])
    below = window[at + 1 : at + 3]
    dated = bool(below) and known.get(below[0], ("",))[0] == "date_line"
    lead = next((i for i in below if i in prose), None)
    words = headline.content_words(texts[index])
    retold = bool(words) and len(words & _lead_words(texts, prose, index)) >= 0.5 * len(words)
    return (first or dated) and lead is not None and retold


def _credit_like(line: str) -> bool:
    """A byline or an author with affiliation: never the headline."""
    return top_author(line) or ((_word_count(line) <= 6 or _labelled(line)) and byline_kind(line) is not None)


# What a document's letterhead prints: the national motto, the Party's name, the document's number
_LETTERHEAD = re.compile(r"CỘNG\s+HO[ÀA]\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do|Số\s*:", re.IGNORECASE)


def _document_heading(units, index: int, title: int) -> bool:
    """A line of a document's heading, not a byline: the issuer over a letterhead
    ("UỶ BAN NHÂN DÂN" / "XÃ DÂN LỰC" / "Số: …"), or the document's kind that opens the
    headline again ("ĐỀ CƯƠNG TUYÊN TRUYỀN")."""
    if fold(units[title].text).startswith(fold(units[index].text)):
        return True
    return any(_LETTERHEAD.match(unit.text.strip()) and _word_count(unit.text) <= 10 for unit in units[index + 1 : index + 5])


def _under_a_name(texts: dict, window: list[int], index: int) -> bool:
    """A short line right under a person's name alone: the author's unit or office, not a headline."""
    at = window.index(index)
    return at > 0 and _name_over_unit(texts[window[at - 1]], texts[index])


def _name_over_unit(line: str, below: str) -> bool:
    """Persons' names alone ("ThS. Lê Thị Huyền", "ThS NGUYỄN YẾN NHI", "NGUYỄN NGỌC SƠN -
    NGUYỄN THỊ NGHĨA") over a short line that is no sentence ("Khoa Nhà nước và pháp luật"):
    a byline and the authors' unit."""
    names = _NAMES_APART.split(_without_titles(line.strip()))
    return (len(names) <= 3 and all(_name_alone(name) for name in names)
            and _word_count(below) <= 16 and not SENTENCE_END.search(below))


_NAMES_APART = re.compile(r"\s+[-–]\s+|\s*,\s+|\s+và\s+")


def _name_alone(text: str) -> bool:
    """One person's name, after the degrees or ranks printed before it."""
    words = _without_titles(text).split()
    while words and words[0].endswith("."):
        words = words[1:]  # a degree the list does not hold: "Th.S."
    return 2 <= len(words) <= 5 and fold(words[0]) in data.surnames() and byline_kind(" ".join(words)) == "byline"


def _without_titles(text: str) -> str:
    """A name without the degrees and ranks before it ("PGS, TS", "ThS.", "Đại tá"; credits.yml)."""
    titled = _byline_patterns()["title_prefix"]
    shorter = titled.sub("", text)
    while shorter != text:
        text, shorter = shorter, titled.sub("", shorter)
    return text


def _date_next_to(texts: dict, window: list[int], known: dict, index: int) -> bool:
    """A date line right above or below, bylines between them aside; or the site's stamp
    printed on the line itself ("… TỈNH ĐẮKLẮK (27/12/2016, 08:17)")."""
    glued = headline.clean(texts[index]).date_text
    stamp = read_date_line(glued) if glued else None
    if stamp and stamp.year and stamp.year >= ONLINE_SINCE:  # "(24-3-1946)" under a photo is history
        return True
    at = window.index(index)
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(window) and window[k] not in known and _credit_like(texts[window[k]]) and abs(k - at) <= 2:
            k += step
        if 0 <= k < len(window) and known.get(window[k], ("",))[0] == "date_line":
            return True
    return False


def _lead_words(texts: dict, prose: list[int], index: int) -> set[str]:
    """Content words of the body paragraphs other than the candidate itself."""
    words: set[str] = set()
    for i in prose:
        if i != index:
            words |= headline.content_words(texts[i])
    return words


def _mark_above_title(units, marks, mark, window: list[int], title: int, is_place_line) -> None:
    """Lines above the headline: a kicker right above it, a short category line, a
    teaser paragraph (kept as text), and furniture."""
    above = [i for i in window if i < title and marks[i] is None]
    for index in above:
        line = units[index].text
        right_above = index == above[-1]
        if _publisher_name(line):
            mark(index, "page_title", line)
        elif _in_a_letterhead(units, index, title):
            mark(index, "paragraph", "đầu văn bản: tên Đảng, cơ quan ban hành, số hiệu")
        elif right_above and (line.rstrip().endswith(":") or upper_ratio(line) > 0.8) and _word_count(line) <= 12:
            mark(index, "kicker", "dòng trên tiêu đề")
        elif right_above and _word_count(line) <= 4 and len(line) <= 40 and line[-1] not in TERMINAL and not is_place_line(line):
            mark(index, "category")
        elif right_above and _word_count(line) <= 5 and is_place_line(line):
            mark(index, "place_line")  # a paper's local section right above its headline: "Hà Giang", "Long Hồ"
        elif _institutions_own_name(line):
            mark(index, "page_title", line)
        elif _body_prose(line) and upper_ratio(line) <= 0.8:
            mark(index, "paragraph", "đoạn văn trên tiêu đề")
        else:
            mark(index, "boilerplate", "phần đầu trang, trên tiêu đề")


def _in_a_letterhead(units, index: int, title: int) -> bool:
    """A line of the heading of the document the page reproduces, above its title: in capitals, the
    Party's name, the issuer or the number ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN TỔ CHỨC" / "ĐẢNG CỘNG SẢN
    VIỆT NAM" / "Số: 273-CV/BTCTW"), two or more of them together: the document's own text. The Party's
    name or the national motto alone, in ordinary case, is a site's banner ("Đảng cộng sản Việt Nam")."""
    def part(text: str) -> bool:
        return _word_count(text) <= 10 and (upper_ratio(text) > 0.8 or text.startswith("Số"))

    line = units[index].text.strip()
    block = [unit.text.strip() for unit in units[max(0, index - 4) : min(index + 5, title)]]
    heading = [text for text in block if part(text)]
    return part(line) and len(heading) >= 2 and any(_LETTERHEAD.match(text) for text in heading)


def _in_a_menu(units, index: int) -> bool:
    """One of three or more short lines in a row with no text between them: a menu's items,
    not headings (a heading has text under it)."""
    def item(i: int) -> bool:
        return 0 <= i < len(units) and _word_count(units[i].text) <= 4 and units[i].text.rstrip()[-1:] not in TERMINAL + ":,"
    return item(index) and any(all(item(i) for i in range(start, start + 3)) for start in range(index - 2, index + 1))


# "Đại học Công nghiệp Thành phố Hồ Chí Minh", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ", "BỆNH VIỆN ĐKKV BẮC QUẢNG NAM"
# over the headline of the institution's own site: its masthead, which names where it stands
_INSTITUTION_MASTHEAD = re.compile(
    r"(?:Trường|TRƯỜNG|Đại học|ĐẠI HỌC|Học viện|HỌC VIỆN|Sở|SỞ|Bệnh viện|BỆNH VIỆN|Bảo tàng|BẢO TÀNG|Trung tâm|TRUNG TÂM)\s")


def _institutions_own_name(line: str) -> bool:
    """An institution's name alone on a line above the headline, not a sentence: its own site's masthead."""
    return (_INSTITUTION_MASTHEAD.match(line) is not None and _word_count(line) <= 14 and not SENTENCE_END.search(line)
            and line.rstrip()[-1] not in ":;,")


def _publisher_name(line: str) -> bool:
    """"Báo Quảng Bình điện tử", "Đài PT-TH Hải Dương" above the headline: the site's name."""
    if _word_count(line) > 10 or SENTENCE_END.search(line) or line.rstrip()[-1] in ":;,":
        return False
    names = ("Báo", "Đài", "Tạp chí", "Cổng thông tin", "Trang thông tin", "Cổng TTĐT")
    return line.startswith(tuple(n + " " for n in names)) or masthead(line)


def _after_head(units, marks, mark, window: list[int], title: int | None, is_place_line) -> int:
    """Mark what stands between the headline (or the top) and the body: date line,
    captions, credits, a place line, a top byline. Returns where the body starts."""
    index = _next_free(marks, (title + 1) if title is not None else 0)
    first_prose = next((i for i in window if _body_prose(units[i].text)), None)
    seen = 0
    while index < len(units) and seen < 12:
        seen += 1
        line = units[index].text
        following = _next_free(marks, index + 1)
        meta = split_meta_line(line)
        headless_top = title is None and first_prose is not None and index < first_prose  # above a headless page's text
        if meta:
            mark(index, "date_line", "dòng ngày kèm tác giả", author=meta[1])
        elif read_date_line(line) or date_part(line):
            mark(index, "date_line", "" if title is not None else "đầu trang")
        elif title is not None and is_section(line) and seen <= 2:
            mark(index, "category")
        elif credit_only(line):
            mark(index, "credit", text=line, credit=credit_only(line))
        elif split_caption_credit(line) and len(line) < 300:
            caption, credit = split_caption_credit(line)
            mark(index, "caption", text=caption, credit=credit)
        elif is_place_line(line) and _word_count(line) <= 5:
            mark(index, "place_line")
        elif masthead(line):
            mark(index, "page_title", line)  # the site's name printed again under the headline
        elif top_author(line) or (title is not None and seen <= 3 and (_word_count(line) <= 5 or _labelled(line))
                                  and byline_kind(line) == "byline" and not _document_heading(units, index, title)) or (
            headless_top and seen <= 2 and following < len(units) and _name_over_unit(line, units[following].text)
        ):
            mark(index, "top_byline")
        elif title is not None and seen <= 2 and headline.is_section_name(line) and following < len(units) and read_date_line(
                units[following].text):
            mark(index, "category")  # "Chính sách - Hạ tầng" between the headline and its date line
        elif headless_top and _capitals_then_dash(line):
            mark(index, "boilerplate", "dòng giao diện trang")  # a menu's entry above a headless page's text
        elif _starts_caption(line) and len(line) <= 160 and (not _is_prose(line) or headless_top) and following < len(units):
            mark(index, "caption")  # (above a headless page's text, a photo's caption however long: kept)
        elif _starts_caption(line) and len(line) <= 160 and line.count(". ") == 0 and (
            units[index].placeholder_after or (following < len(units) and _heading_like(units[following].text))
        ):
            mark(index, "caption")
        elif headless_top and (kind := _above_headless_text(units, index)):
            mark(index, *kind)
        else:
            return index
        index = _next_free(marks, index + 1)
    return index


def _above_headless_text(units, index: int) -> tuple[str, ...] | None:
    """A line above a headless page's first paragraph: a sentence is a photo's caption (kept);
    a line that is no heading, or one of a menu, is the top of the page, but not a long
    sentence, though unfinished (the article's), nor "1.1. …" (the heading of a part of it)."""
    line = units[index].text
    if _word_count(line) >= 4 and line.rstrip(" |").endswith((".", "!", "?")):
        return ("caption",)
    if ((not _heading_like(line) or _in_a_menu(units, index)) and not (_word_count(line) >= 15 and "," in line)
            and not _SECTION_NUMBER.match(line)):
        return ("boilerplate", "phần đầu trang")
    return None


def _tail_start(units, marks, body_start: int) -> int:
    """Index of the first line after the article (a cut marker or footer)."""
    prose_seen = False
    for index in range(body_start, len(units)):
        if marks[index] is not None and marks[index].kind != "boilerplate":
            continue
        line = units[index].text
        if is_footer(line) and (prose_seen or index > body_start) and not _prose_follows(units, index):
            return index
        if _inline_related(line) and not _links_follow(units, index):
            continue  # one "Xem thêm: <title>" line inside the article: only that line goes
        if cut_marker(line) or _inline_related(line):
            if not prose_seen:
                continue
            if _body_resumes(units, index) or _read_more_link(units, index):
                continue
            return _tags_before(units, marks, body_start, index)
        if _is_prose(line):
            prose_seen = True
    return len(units)


def _prose_follows(units, footer: int) -> bool:
    """Two or more paragraphs of running text after a footer's line: the line is a fact box's
    ("Cơ quan chủ quản …" in an encyclopedia's infobox), not the page's footer; no footer on the
    development pages is followed by such paragraphs, and cutting there loses the article."""
    paragraphs = (unit.text for unit in units[footer + 1 :])
    return sum(1 for text in paragraphs if len(text) >= 100 and SENTENCE_END.search(text) and _is_prose(text)) >= 2


def _tags_before(units, marks, body_start: int, marker: int) -> int:
    """Where a run of tag lines ("Nghệ An", "Xã hội") just above a links marker begins:
    two or more short lines that are neither prose nor a byline belong to the page."""
    start = marker
    while start - 1 > body_start and marks[start - 1] is None and _tag_like(units[start - 1].text):
        start -= 1
    return start if marker - start >= 2 else marker


def _tag_like(line: str) -> bool:
    return len(line.split()) <= 4 and not line.endswith((".", "!", "?", ":", "…", ";")) and not _is_prose(line) \
        and byline_kind(line) != "byline"


_INLINE_RELATED = re.compile(r"^(?:(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|>>)\s*[:：>]|>>|»|►)\s*\S", re.IGNORECASE)


def _inline_related(line: str) -> bool:
    """"Xem thêm: <title of another article>" as a line of its own."""
    return bool(_INLINE_RELATED.match(line))


def _links_follow(units, marker: int) -> bool:
    """True when more link-like lines (short, unfinished titles) follow a related-links line."""
    following = [u.text for u in units[marker + 1 : marker + 3]]
    links = [t for t in following if _inline_related(t) or (not _is_prose(t) and _title_like(t) and not byline_kind(t))]
    return len(following) >= 2 and len(links) == len(following)


def _read_more_link(units, marker: int) -> bool:
    """"Đọc thêm" closing each teaser of a listing: the same marker again further down, a
    paragraph between: a link under one teaser, not the start of the page's links."""
    key, prose_between = fold(units[marker].text.strip()), False
    for unit in units[marker + 1 :]:
        if fold(unit.text.strip()) == key:
            return prose_between
        prose_between = prose_between or (_is_prose(unit.text) and len(unit.text) >= 120)
    return False


def _body_resumes(units, marker: int) -> bool:
    """True when a related-links box sits inside the article and prose follows it.

    Related boxes list short titles (and teaser leads between them); the rest of
    an article is a run of long prose paragraphs with no short title lines.
    """
    after = []
    for unit in units[marker + 1 :]:
        if cut_marker(unit.text) or is_footer(unit.text):
            break
        if not is_boilerplate(unit.text):
            after.append(unit.text)
    for start in range(0, min(6, len(after))):
        run = after[start:]
        # subheadings count as the article's once the box's own links are behind: a run
        # of short lines right after the marker, then a heading over a long paragraph
        links_before = start > 0 and not any(_is_prose(t) for t in after[:start])
        headings = {i for i in range(len(run) - 1) if links_before and _heads_paragraph(run, i) or _introduces(run, i)}
        prose = [t for t in run if _is_prose(t) and len(t) >= 120]
        short = [t for i, t in enumerate(run) if not _is_prose(t) and not byline_kind(t) and i not in headings]
        opens = (_is_prose(run[0]) and len(run[0]) >= 120) or 0 in headings
        if len(prose) >= 2 and len(short) <= 1 and opens:
            return True
    return False


def _mark_box_links(units, marks, mark, start: int, end: int) -> None:
    """The titles listed under a related-links marker inside the article, up to where
    the article goes on (a paragraph, or a subheading over one)."""
    free = [i for i in range(start, end) if marks[i] is None]
    for position, index in enumerate(free):
        line = units[index].text
        lines = [units[i].text for i in free[position:]]
        if _is_prose(line) or byline_kind(line) or (len(lines) > 1 and _heads_paragraph(lines, 0)) or not _title_like(line):
            return
        mark(index, "boilerplate", "liên kết trong hộp «tin liên quan» giữa bài")


def _introduces(lines: list[str], index: int) -> bool:
    """A short line ending in a colon over a long paragraph ("ĐẠI HỘI LẦN THỨ I:"): the
    article's own subheading; a related box's titles never end so."""
    following = lines[index + 1]
    return lines[index].endswith(":") and not _is_prose(lines[index]) and _is_prose(following) and len(following) >= 120


def _heads_paragraph(lines: list[str], index: int) -> bool:
    following = lines[index + 1]
    return _heading_like(lines[index]) and _is_prose(following) and len(following) >= 120


def _headline_key(text: str) -> str:
    """A line's words as compared with the headline's: case, spacing and a full stop aside (a
    comma or colon after them goes on: "Tự hào tấm huy hiệu Đảng trao," opens a poem's verse)."""
    return exact_key(squash_spaces(text)).strip(" .!?…")


def _prints_the_headline(line: str, keys: frozenset[str]) -> bool:
    """The line is the headline printed again (_headline_key). Words are counted first: most lines
    among the paragraphs are far longer, and a key (tone marks made canonical) costs more."""
    words = len(line.split())
    return any(len(key.split()) <= words <= len(key.split()) + 3 for key in keys) and _headline_key(line) in keys


def _headline_keys(units, marks, start: int, end: int) -> frozenset[str]:
    """The chosen headline as printed and as cleaned (without a glued date or source tag), to
    drop where the body prints it again; none when the line chosen is no headline of the page:
    a paragraph's opening cut short ("…, trong đó có tỉnh Hà Tĩnh…": a teaser printed over its
    lead), or the first of a listing's posts, each title printed twice (card and link)."""
    title = next((m.text for m in marks if m is not None and m.kind == "title" and m.score is not None), None)
    if not title or title.rstrip().endswith(("…", "...")):
        return frozenset()
    cleaned = headline.clean(title)
    keys = frozenset(key for key in (_headline_key(title), _headline_key(cleaned.title if cleaned else "")) if key)
    return frozenset() if _other_titles_doubled(units, marks, start, end, keys) else keys


def _other_titles_doubled(units, marks, start: int, end: int, keys: frozenset[str]) -> bool:
    """Another headline-like line of the body printed again within two lines (a listing's
    "Chăm lo Tết cho công nhân …" / "Chăm lo Tết cho công nhân …", a date line between or not)."""
    free = [i for i in range(start, end) if marks[i] is None]
    for at, index in enumerate(free):
        line = units[index].text
        if _word_count(line) < 4 or not _heading_like(line) or _headline_key(line) in keys:
            continue
        if any(units[other].text == line for other in free[at + 1 : at + 3]):
            return True
    return False


def _body(units, marks, mark, start: int, end: int) -> None:
    lead_done = False
    heading_seen = False
    headline_again = _headline_keys(units, marks, start, end)
    accented = _written_with_marks([units[i].text for i in range(start, end) if marks[i] is None])
    paragraphs: list[int] = []
    for index in range(start, end):
        if marks[index] is not None:
            continue
        line = units[index].text
        nxt = _next_free(marks, index + 1)
        next_line = units[nxt].text if nxt < end else ""
        furniture = _furniture_in_body(line, next_line, index, index - start, accented, headline_again)
        if furniture is not None:
            mark(index, *furniture)
            if furniture[1] == _RELATED_IN_BODY and cut_marker(line):
                _mark_box_links(units, marks, mark, index + 1, end)
            continue
        if _marked_as_picture_text(units, mark, index, nxt, next_line):
            continue
        if _shaped_as_a_heading(line, next_line):
            if accented and _PLAIN_WORDS.fullmatch(line):
                mark(index, "boilerplate", _UNACCENTED_IN_BODY)
                continue
            if _heads_no_part(line):  # a paragraph, and not the lead: "Đã xem: 104 lượt xem" opens no article
                mark(index, "paragraph")
                paragraphs.append(index)
                continue
            mark(index, "heading", plain=not _reads_as_a_heading(heading_evidence(units, marks, index, start, next_line)))
            heading_seen = True
            continue
        if not lead_done and not heading_seen and not LIST_ITEM.match(line):
            mark(index, "lead")
            lead_done = True
            paragraphs.append(index)
            continue
        lead_done = True
        mark(index, "paragraph")
        paragraphs.append(index)
    _mark_repeats(units, marks, paragraphs)
    _mark_repeated_blocks(marks, end)
    _mark_after_byline(units, marks, mark, start, end)
    _mark_end_matter(units, marks, mark, start, end)


def _shaped_as_a_heading(line: str, next_line: str) -> bool:
    """A short line over running text or a list: a part's heading, or a line only shaped so
    (_heads_no_part tells)."""
    return bool(
        _heading_like(line)
        and not line[:1].islower()  # "quán triệt, triển khai các nội dung …": a sentence's end, wrapped away
        and next_line
        and not next_line[:1].islower()  # "Chiều ngày 26/07/2024, được sự nhất trí" / "của …": a sentence wrapped
        and (_is_prose(next_line) or LIST_ITEM.match(next_line))
        and not byline_kind(line) == "source"
        and not _OPENS_ON_ITS_DAY.match(line)  # "Sáng ngày 04/02/2026, Chi bộ Trường THCS Việt": a lead cut short
    )


# What heads no part of an article, however short the line: a table's row ("Tháng 9 | Nguyễn Thị Thống |
# Chủ tịch |"), a speech's salutation ("Kính thưa các đồng chí …!"), a field's label with its value ("Giờ mở
# cửa tham quan: 07:30 - 18:30", "Người thực hiện: …"), where an outline's step keeps its colon ("Bước 3: Khai
# lý lịch …", "Phần 2: …", "I. …", "1- …") and a headline its kicker ("Đảng bộ tỉnh Kon Tum: Những dấu mốc
# lịch sử và các kỳ đại hội": a value runs longer)
_TABLE_ROW = re.compile(r"\S\s\|\s.*\|\s*$|(?:\s\|\s.*){2}")
_SALUTATION = re.compile(r"(?:Kính\s+)?(?:thưa|gửi)\b", re.IGNORECASE)
_LABEL_AND_VALUE = re.compile(r"(?:\S+\s+){0,4}[^\W\d_]+\s*:\s*(?:\d.*|\S+(?:\s+\S+){0,7}\s*)")  # words set apart: no backtracking
# the words a heading never stops on, nor a line in the body (_SMALL_WORDS and a few more; "tại" may
# end one: "Khắc phục hạn chế, tồn tại"; "số", "theo" too: "chuyển đổi số", "Bài tiếp theo")
_CUT_ON = re.compile(rf"\b(?:{_SMALL_WORDS}|trong|cho|từ|khi|có)\s*$", re.IGNORECASE)
# a sentence's opening on its event's day ("Sáng ngày 04/02/2026, Chi bộ …", "Ngày 4/5/2023, …"): a lead cut short
_OPENS_ON_ITS_DAY = re.compile(r"(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?[0-3]?\d\s*[/.-]\s*[01]?\d(?:\s*[/.-]\s*\d{4})?\s*,",
                               re.IGNORECASE)
_NUMBERED_STEP = re.compile(r"(?:(?:Bước|Phần|Chương|Mục|Điều)\s+\w+|[IVX]+|\d+|[A-Za-z])\s*[.:)\-–]", re.IGNORECASE)


# One occasion, not a topic: a term's years, a body's session or congress number, a greeting to it
# ("… nhiệm kỳ 2020-2025", "khóa XX", "lần thứ IV", "Tiết mục văn nghệ chào mừng Đại hội"); a
# writer's part heading names what the part is about
_SESSION_NUMBER = r"\b(?:khóa|khoá|lần\s+thứ)\s+[IVXL]+\b"  # a body's session or congress: "khóa XI", "khoá XI", "lần thứ XIII"
_NAMES_AN_OCCASION = re.compile(rf"nhiệm\s+kỳ\s+(?:19|20)\d\d|{_SESSION_NUMBER}|chào\s+mừng", re.IGNORECASE)
_BRACKETED = re.compile(r"\(\s*[^\W\d_].*\)\s*\.?")  # words in brackets; a span of dates is a headline's rest


def table_row(text: str) -> bool:
    """A table's row printed as a line ("Số: 154-HD/BTGTW | Hà Nội, ngày … |"): no heading, lead or summary."""
    return "|" in text and _TABLE_ROW.search(text) is not None  # no bar, no row: told without the pattern's scan


def numbered_part(line: str) -> bool:
    """A heading numbered as an outline's part ("I- QUÁ TRÌNH …", "1.Vị trí …", "Bước 3: …")."""
    return _NUMBERED_STEP.match(line) is not None


def _heads_no_part(line: str) -> bool:
    """A line shaped like a heading that is none: a table's row, a salutation, a label and its
    value, a phrase cut short ("… được sự nhất trí của"), who attended ("Dự Đại hội có đồng chí")."""
    if table_row(line) or _SALUTATION.match(line) or _CUT_ON.search(line) or _ATTENDED_BY.match(line):
        return True
    return bool(_LABEL_AND_VALUE.fullmatch(line)) and not numbered_part(line)


# What tells a writer's heading from a photo's caption or a piece left short, among the lines shaped
# like one (heading_evidence); data/heading_weights.yml weighs each, tools/fit_heading_weights.py fits them
HEADING_FEATURES = (
    "bias", "words", "one_to_three_words", "twelve_words_or_more", "capitals", "capitalised_words", "numbered",
    "question", "quotes", "digits", "colon", "names_an_occasion", "opens_the_body", "second_in_body",
    "under_a_caption", "after_a_gap", "over_long_text", "over_a_list", "over_capitals", "after_another",
    "right_after_another", "names_a_part", "names_a_person", "names_a_place",
)


def heading_evidence(units, marks, index: int, start: int, next_line: str) -> dict[str, float]:
    """The line's shape and its neighbours' as numbers: its length, its capitals (a caption names
    people and places: "Tổ bầu cử thôn Giáng Đông kiểm tra thùng phiếu"), an outline's number,
    where it stands and what it stands over."""
    line = units[index].text
    words = line.split()
    capitals = upper_ratio(line) >= 0.8
    own = _capitalised_by_rule().sub(" ", line)  # without what is capitalised by rule, not because it names someone
    later = [word for word in own.split()[1:] if word[:1].isalpha() and not capitals]
    above = next((marks[i].kind for i in range(index - 1, start - 1, -1) if marks[i] is not None), "")
    values = (
        1, min(len(words), 25) / 25, len(words) <= 3, len(words) >= 12, capitals,
        sum(word[:1].isupper() for word in later) / len(later) if later else 0.0, numbered_part(line),
        line.endswith("?"), any(c in line for c in '“”"'), _DIGIT.search(own) is not None, ":" in line,
        _names_an_occasion(line), index == start, index == start + 1,
        above in ("caption", "credit"), units[index].blank_before >= 2, _word_count(next_line) >= 30,
        LIST_ITEM.match(next_line) is not None, _in_capitals(next_line),
        any(marks[i] is not None and marks[i].kind == "heading" for i in range(start, index)), above == "heading",
        (data.phrase_key(line) + " ").startswith(data.document_parts()), not capitals and _names_a_person(words),
        _place_named().search(line) is not None,
    )
    return {name: float(value) for name, value in zip(HEADING_FEATURES, values, strict=True)}


@lru_cache(maxsize=1)
def _place_named() -> re.Pattern[str]:
    """A unit written small, then its name ("thôn Giáng Đông", "xã Phú Tâm", "TP. Vinh"): the unit
    words of place_types (gazetteer.unit_words_pattern) and a hamlet's, which no gazetteer holds."""
    units = unit_words_pattern(("tỉnh", *DISTRICT_TYPES, *OLD_COMMUNE_TYPES), abbreviations=("TP", "TP."), without=("huyện đảo",))
    return re.compile(rf"\b(?:thôn|xóm|bản|ấp|khu|tổ|{units})\s+{CAPITAL}")


@lru_cache(maxsize=1)
def _capitalised_by_rule() -> re.Pattern[str]:
    """capitalised_by_rule.txt's names; a kind of document (documents.yml party_types) with its name and
    number ("Nghị quyết Trung ương 4", "Chỉ thị số 03-CT/TW"); a session's number ("khóa XI", "lần thứ XIII")."""
    names = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(data.capitalised_by_rule(), key=len, reverse=True))
    return re.compile(rf"\b(?:{_document_named()}|{_SESSION_NUMBER}|{names})")


@lru_cache(maxsize=1)
def _document_named() -> str:
    """A Party document by its kind (documents.yml party_types), its name and number: "Nghị quyết Trung
    ương 4", "Chỉ thị số 03-CT/TW"."""
    kinds = "|".join(re.escape(kind[:1].upper() + kind[1:]).replace(r"\ ", r"\s+")
                     for kind in sorted(data.documents()["party_types"].values(), key=len, reverse=True))
    return rf"(?:{kinds})(?:\s+(?:số\s+)?(?:Trung\s+ương|[\dA-ZĐ][^\s,;.]*))*"


@lru_cache(maxsize=1)
def _document_with_its_session() -> re.Pattern[str]:
    """A document cited with the session that issued it: "Nghị quyết Trung ương 4 (khoá XI)"."""
    return re.compile(rf"\b{_document_named()}\s*(?:\(\s*{_SESSION_NUMBER}\s*\)|,?\s*{_SESSION_NUMBER})")


def _names_an_occasion(line: str) -> bool:
    """A term's years, a session's number, a greeting (_NAMES_AN_OCCASION), not as a cited document's
    session: "Nghị quyết Trung ương 4 (khoá XI)" names a text, not the congress a photo shows."""
    return _NAMES_AN_OCCASION.search(line) is not None and (  # the common answer, no: cheap
        _NAMES_AN_OCCASION.search(_document_with_its_session().sub(" ", line)) is not None)


def _in_capitals(line: str) -> bool:
    """upper_ratio(line) >= 0.8, without reading a paragraph to its end: more small letters in its
    first third than a fifth of its length already say no (running text has three in four)."""
    return sum(map(str.islower, line[: len(line) // 3 + 50])) <= 0.2 * len(line) and upper_ratio(line) >= 0.8


def _names_a_person(words: list[str]) -> bool:
    """A family name set with a capital and a capitalised word after it: "… Nguyễn Văn Chiến trao …"."""
    return any(word[:1].isupper() and after[:1].isupper() and exact_key(word) in data.exact_surnames()
               for word, after in zip(words, words[1:]))


def _reads_as_a_heading(evidence: dict[str, float]) -> bool:
    """The weighed evidence reaches the heading weights' min_score (a feature without a weight counts nothing)."""
    weights = data.heading_weights()
    return sum(weights["weights"].get(name, 0.0) * value for name, value in evidence.items()) >= weights["min_score"]


def _join_wrapped_across_blanks(units, marks, start: int, end: int) -> None:
    """A scraper that printed every wrapped line as a paragraph of its own ("… có mặt" / blank /
    "toàn thể cán bộ, nhân viên …"), or a caption cut so ("… Bí thư Chi bộ" / blank / "trao Quyết
    định …"): a line stopped on a small word, then one opening in small letters one blank line
    below, are one sentence, which no paragraph break cuts. Joined in the body only, once the
    headline is chosen: the head's evidence stays as the page printed it."""
    joined = None
    for index in range(start, end):
        segment = marks[index]
        if segment is None or segment.kind not in ("lead", "paragraph", "caption"):
            joined = None
            continue
        if (joined is not None and segment.kind == "paragraph" and units[index].blank_before == 1
                and _wrapped_across_a_blank(marks[joined].text, segment.text)):
            marks[joined] = replace(marks[joined], text=f"{marks[joined].text} {segment.text}")
            marks[index] = None
            continue
        joined = index


def _wrapped_across_a_blank(previous: str, line: str) -> bool:
    """Two words or more stopped on a small word, then a line opening in small letters that is no
    list's item or date line: one sentence the blank line between cut in two."""
    last_word = previous.rsplit(None, 1)[-1]
    return (len(previous.split()) >= 2 and last_word.isalpha() and last_word.islower() and line[:1].islower()
            and not LIST_ITEM.match(line) and not read_date_line(line))


_RELATED_IN_BODY = "mục liên kết trong bài"
_UNACCENTED_IN_BODY = "dòng không dấu giữa bài có dấu (chữ thay ảnh, tên tệp, tên trang)"


def _furniture_in_body(line: str, next_line: str, index: int, offset: int, accented: bool,
                       headline_again: frozenset[str]) -> tuple[str, str] | None:
    """(kind, reason) of a free line among the paragraphs that is the page's, not the article's."""
    if headline_again and _prints_the_headline(line, headline_again) and not credit_only(next_line):
        # the headline printed again among the paragraphs, as a photo's alt text or the CMS's
        # second heading ("Trao tặng huy hiệu Đảng cho 61 đảng viên ở Lộc Hà" over each photo);
        # over "Ảnh: Mạnh Hưng" it is a photo's caption, credited, and stays
        return "duplicate", "tiêu đề in lại trong bài"
    if cut_marker(line) or _inline_related(line):
        return "boilerplate", _RELATED_IN_BODY
    if offset < 4 and read_date_line(line) and not names_another_day(line):
        return "date_line", "dòng ngày sau đoạn mở đầu"
    if accented and _image_name_or_alt(line):
        return "boilerplate", _UNACCENTED_IN_BODY
    if accented and _in_a_foreign_script(line):
        return "boilerplate", "dòng viết bằng chữ nước ngoài (giao diện)"
    if _note_to_the_reader(line):
        return "boilerplate", "lời trang gửi người đọc về chính trang (trang sao chép, trang tài liệu)"
    if index > 0 and _tab_label(line):  # (a page that opens with it is headed by it: "GIỚI THIỆU" over a commune's history)
        return "boilerplate", "nhãn thẻ của trang"
    return None


def _in_a_foreign_script(line: str) -> bool:
    """A line written mostly in another script than Vietnamese's, in a body written in Vietnamese
    with its marks: the site's widgets in the browser's language ("แชร์", "ฝัง" under a video,
    "ページビュー:" over a counter) or a foreign-language service's masthead (Khmer at the foot of
    a station's page). Chinese characters are left alone (Hán Nôm inscriptions, couplets), and so
    is a line holding a year (a date stamp in Thai, "เผยแพร่เมื่อ 12 ก.ย. 2024", still dates the page)."""
    foreign = [ch for ch in _FOREIGN_LETTER.findall(line) if ch.isalpha()]
    if not foreign or _YEAR_IN_LINE.search(line):
        return False  # (most lines: one scan in C finds no foreign letter)
    return len(foreign) >= 0.5 * sum(ch.isalpha() for ch in line)


_YEAR_IN_LINE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a letter neither Latin (Vietnamese's letters with their marks) nor Chinese
_FOREIGN_LETTER = re.compile(r"[^\W\d_\u0000-\u024F\u1E00-\u1EFF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")


def _note_to_the_reader(line: str) -> bool:
    """A copy or a document site telling its reader what the page is ("Bạn đang đọc bài viết "…" tại
    chuyên mục …" under the text it copied, "Bạn đang xem 20 trang mẫu của tài liệu …"; boilerplate.yml
    reader_notes): the site's, not the article's. Only in the body: over the text it still parts the
    headline from the lead ("Bạn đang xem bản rút gọn của tài liệu. …" under a document's title)."""
    bare = _BULLET_BEFORE.sub("", line.strip(), count=1)
    return len(line) <= 600 and data.boilerplate()["reader_notes"].fullmatch(bare) is not None


def _tab_label(line: str) -> bool:
    """A tab's label alone on its line ("Giới thiệu" between a travel page's price box and the
    relic's description, beside "Bản đồ"): the page's, not a heading of the text (boilerplate.yml
    tab_labels; only in the body, so a page whose headline it is keeps it)."""
    return len(line) <= 40 and data.phrase_key(line) in data.boilerplate()["tab_labels"]


def _marked_as_picture_text(units, mark, index: int, nxt: int, next_line: str) -> bool:
    """A photo's credit, or its caption (with a credit, over one, or by its shape): marked so."""
    line = units[index].text
    credit = credit_only(line)
    if credit:
        mark(index, "credit", credit=credit)
        return True
    caption_credit = split_caption_credit(line)
    if caption_credit and (not _is_prose(caption_credit[0]) or len(caption_credit[0]) < 250):
        mark(index, "caption", text=caption_credit[0], credit=caption_credit[1])
        return True
    over_a_credit = credit_only(next_line) and len(line) <= 250 and not LIST_ITEM.match(line)
    if over_a_credit or _looks_caption(units[index], line, next_line, nxt, units):
        mark(index, "caption")
        return True
    return False


# Words and numbers without a single mark, and no markup ("<iframe …>" in a text stays text)
_PLAIN_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9 ,.\-]*")


def _image_name_or_alt(line: str) -> bool:
    """A short line without a single mark in a body written with them: an image's file name
    or alt text, wherever it stands (over its caption too: "DH tt tin hoc 1" then "Toàn cảnh
    đại hội"; "LOGO dai hoi", "ncc kon tum 2017"). A byline typed without marks ("Kim Anh",
    "PV") still signs the article."""
    return bool(_PLAIN_WORDS.fullmatch(line)) and _word_count(line) <= 20 and not byline_kind(line)


def _has_marks(line: str) -> bool:
    """Any letter beyond ASCII: Vietnamese written with its tone and vowel marks."""
    return any(c.isalpha() and not c.isascii() for c in line)


def _written_with_marks(lines: list[str]) -> bool:
    """The body is Vietnamese with its marks (not typed without them, not English): a short
    line without any there is an image's alt text or file name, or the site's name in English."""
    prose = [line for line in lines if _is_prose(line)]
    return len(prose) >= 2 and sum(map(_has_marks, prose)) >= 0.8 * len(prose)


# what people do for the camera, in a short line: "Đoàn chụp ảnh lưu niệm tại …", "Đảng viên mới đọc lời tuyên thệ",
# "Các đại biểu dâng hương tưởng niệm …", "Từ trái sang: …"
_PHOTO_ACTS = re.compile(r"chụp\s+(?:ảnh|hình)|tuyên\s+thệ|dâng\s+(?:hương|hoa)|^Từ\s+(?:trái|phải)\s+(?:sang|qua)", re.IGNORECASE)
# ("Hình 1: Quang cảnh Đại hội", "Ảnh 2. …": a numbered figure)
_PHOTO_WORDS = re.compile(r"\(?(?:Trong\s+ảnh|Ảnh\s+minh\s+h(?:ọa|oạ)|Ảnh\s*[:(]|(?:Các\s+)?[Đđ]ại\s+biểu\s+(?:tham\s+)?dự\s"
                          r"|(?:Hình|Ảnh)\s+\d{1,2}\s*[:.]\s)", re.IGNORECASE)


def _looks_caption(unit, line: str, next_line: str, nxt: int, units) -> bool:
    """A photo caption without a printed credit: a line that says what a photo shows, or a short line left by an image."""
    if len(line) > 200 or LIST_ITEM.match(line) or line.count(". ") or line.endswith(":"):
        return False
    if _shows_a_photo(line):
        return True
    if _heading_like(line) and upper_ratio(line) < 0.8 and (_names_an_occasion(line) or _BRACKETED.fullmatch(line)):
        return True  # "Đại hội Chi bộ … nhiệm kỳ 2020-2025", "(Toàn cảnh Đại hội)": a photo's, not a part's heading
    image_gap = unit.blank_before >= 2 or unit.placeholder_after
    return (image_gap and _starts_caption(line)) or (_heading_like(line) and _starts_caption(line, in_body=True))


def _shows_a_photo(line: str) -> bool:
    """What only a caption says, wherever it stands (not a subheading over the paragraph after it): the scene ("Quang
    cảnh hội nghị", "Toàn cảnh Đại hội"), the picture ("Trong ảnh: …", "Hình ảnh đồng chí …", "Ảnh minh họa"), who
    stands where ("(bìa trái)"), who speaks ("Đồng chí X - Bí thư Đảng ủy phát biểu tại buổi lễ"), who attends ("Các đại
    biểu tham dự hội nghị"), or, in a short line, whom it shows ("Bà Thiều Thị Hương, Quyền Vụ trưởng Vụ Tin Lành") or what
    they do for the camera ("Đoàn chụp ảnh lưu niệm tại …", "… đọc lời tuyên thệ", "… dâng hương …"; as a
    sentence, "Ông X - Phó Bí thư Tỉnh ủy - đã được tín nhiệm bầu …", it is the lead)."""
    if _SCENE.match(line) or _PICTURE.match(line) or _PHOTO_WORDS.match(line) or _tells_who_stands_where(line):
        return True
    if ("biểu" in line or "BIỂU" in line) and _SPEAKS_AT_THE_END.search(line):
        return True
    return _heading_like(line) and bool(_PERSON_AND_POST.match(line) or _COMRADE_AND_POST.match(line) or _PHOTO_ACTS.search(line)
                                        or _acts_for_the_camera(line))


def _acts_for_the_camera(line: str) -> bool:
    """"Đc Đào Mạnh Hùng, Bí thư Huyện ủy trao Quyết định …": someone named, then what he does;
    not a label and its value ("Giờ mở cửa tham quan: 07:30 - 18:30")."""
    return (line[:1].isupper() and upper_ratio(line) < 0.8 and _caption_act().match(line) is not None
            and not _LABEL_AND_VALUE.fullmatch(line))


def _mark_repeats(units, marks, paragraphs: list[int]) -> None:
    """A paragraph repeated in full, or cut short and then given in full, is kept once (compared
    as same_words, each paragraph's made only when a rival has its length or its first letter)."""
    same: dict[int, str] = {}

    def words_of(index: int) -> str:
        if index not in same:
            same[index] = same_words(marks[index].text)
        return same[index]

    for position, index in enumerate(paragraphs):
        own = marks[index].text
        if len(own.rstrip(" .,…")) < 40:
            continue
        whole = own.rstrip().endswith((".", "!", "?")) and not own.rstrip().endswith("...")
        for other in paragraphs[position + 1 : position + 3] + paragraphs[max(0, position - 2) : position]:
            other_text = marks[other].text
            if other == index or marks[other].kind == "duplicate":
                continue
            if (not whole and len(other_text) > len(own) and same_words(other_text[:1]) == same_words(own[:1])
                    and words_of(other).startswith(words_of(index).rstrip(" .,…"))):
                kind_was = marks[index].kind
                marks[index].kind = "duplicate"
                marks[index].detail = f"đoạn bị cắt, có đầy đủ ở dòng {marks[other].line}"
                if kind_was == "lead":
                    marks[other].kind = "lead"
                break
            if other < index and len(other_text) == len(own) and words_of(other) == words_of(index):
                marks[index].kind = "duplicate"
                marks[index].detail = f"trùng với dòng {marks[other].line}"
                break


def _mark_repeated_blocks(marks, end: int) -> None:
    """A block printed twice in a row (a photo's alt text, then its caption line, both the same
    words, whatever each was read as) is kept once; _mark_repeats has done the paragraphs repeated
    further apart or cut short. Counted from the page's top, up to the body's `end`: a caption kept
    above the body may be printed again below it. Not a short line: a listing prints each link's
    words twice ("Kỳ họp Bất thường HĐND"), and what is not the article stays as it was read."""
    shown = [i for i in range(end) if marks[i] is not None and marks[i].kind in ("lead", "caption", "paragraph", "heading")]
    for before, index in zip(shown, shown[1:]):
        text, above = marks[index].text, marks[before].text
        if len(text) >= 30 and len(text) == len(above) and (text == above or same_words(text) == same_words(above)):
            # the caption's copy is kept (a reader sees it under the picture), and the lead's (it is the summary)
            later_kept = marks[index].kind == "lead" or marks[index].kind == "caption" and marks[before].kind in ("paragraph", "heading")
            kept, again = (index, before) if later_kept else (before, index)
            marks[again].kind = "duplicate"
            marks[again].detail = f"in hai lần liền nhau, giữ dòng {marks[kept].line}"


def _mark_after_byline(units, marks, mark, start: int, end: int) -> None:
    """Links the page printed after the byline ("- <other title>", the station's name):
    an article signs off with its byline, so short unfinished lines after it are not
    the article's. A source or date line there keeps its meaning."""
    body = [i for i in range(start, end) if marks[i] is not None and marks[i].kind in ("paragraph", "heading", "lead", "caption")]
    after: list[int] = []
    for index in reversed(body[-12:]):
        line = units[index].text
        kind = byline_kind(line)
        if kind == "byline" and marks[index].kind != "lead":
            if _numbered_in_turn([units[i].text for i in reversed(after)]):
                return  # "1. Nghị định …", "2. Thông báo …": a list the article numbers, not links
            for i in after:
                mark(i, "boilerplate", "liên kết sau tên tác giả")
            return
        finished = line.rstrip("\"”'’)»")[-1:] in ".!?…;:"  # a title may end on its closing quote
        if kind or len(line) > 250 or finished or read_date_line(line, strict=True) or _PHOTO_LABEL.match(line):
            return  # … or a photo's caption ("Ảnh: Đồng chí … phát biểu"): the article's, under its byline
        after.append(index)


_PHOTO_LABEL = re.compile(r"(?:Ảnh|Hình)\s*\d*\s*[:：]", re.IGNORECASE)

_ITEM_NUMBER = re.compile(r"(\d{1,2})[.)]\s")


def _numbered_in_turn(lines: list[str]) -> bool:
    """Two or more lines numbered 1, 2, 3 … in turn: a list of the article's own (a page
    does not number the links it prints after a byline)."""
    numbers = [int(match.group(1)) for match in map(_ITEM_NUMBER.match, lines) if match]
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


# "Ngày có hiệu lực: 25/03/2016", "Hạn nộp hồ sơ: 30/04/2016", "Ngày diễn ra: …", "Ngày kết thúc: …"
_ANOTHER_DAY_LABEL = re.compile(
    r"[-–•+*\s]*(?:ngày\s+)?(?:(?:có\s+|hết\s+)?hiệu\s+lực|hết\s+hạn|(?:thời\s+)?hạn(?:\s+(?:chót|cuối|nộp|đăng\s+ký)(?:\s+hồ\s+sơ)?)?|"
    r"diễn\s+ra|bắt\s+đầu|kết\s+thúc|khai\s+mạc|bế\s+mạc|tổ\s+chức)\s*[:：]",
    re.IGNORECASE,
)


# "Từ ngày 14/03/2016 đến 18/03/2016", "Thời gian: Từ ngày 18/04/2016": the days an event runs
_SPAN_START = re.compile(r"[-–•+*\s]*(?:thời\s+gian\s*[:：]\s*)?từ\s+(?:ngày\s+)?\d", re.IGNORECASE)


def names_another_day(text: str) -> bool:
    """A date line whose label names a day other than the post's: a document page's day it takes
    effect ("Ngày có hiệu lực: 25/03/2016"; "Ngày ban hành" beside it dates the document), a notice's
    deadline ("Hạn nộp hồ sơ: …"), an event's first or last day ("Ngày diễn ra: …", "Ngày kết thúc: …",
    "Từ ngày 14/03/2016 đến 18/03/2016")."""
    return _ANOTHER_DAY_LABEL.match(text) is not None or _SPAN_START.match(text) is not None


def _mark_end_matter(units, marks, mark, start: int, end: int) -> None:
    """Byline, source and a bottom date line: the last short lines of the body."""
    index = end - 1
    checked = 0
    while index >= start and checked < 4:
        segment = marks[index]
        if segment is None or segment.kind in ("boilerplate", "duplicate"):
            index -= 1
            continue
        if segment.kind not in ("paragraph", "heading", "lead", "caption"):
            index -= 1
            checked += 1
            continue
        line = units[index].text
        kind = byline_kind(line)
        meta = split_meta_line(line) if kind == "byline" and _WORDED_DATE_START.search(line) else None
        if meta:  # a WordPress entry footer: "Đăng bởi Minh Hằng 12 Tháng Ba, 2025 Đăng trong …": the writer and the day
            mark(index, "date_line", "ngày đăng ở cuối bài", author=meta[1])
        elif kind == "source":
            mark(index, "source_line")
        elif kind == "byline" and segment.kind != "lead":
            mark(index, "byline")
        elif read_date_line(line) and not names_another_day(line):  # "* Thời gian: Từ ngày 18/04/2012": the notice's, kept
            mark(index, "date_line", "ngày đăng ở cuối bài")
        elif _an_address(line):
            mark(index, "boilerplate", "địa chỉ, địa danh ở cuối trang")  # the publisher's, not the writer's name
        elif is_section(line):  # "THỦ TỤC HÀNH CHÍNH" under the text: a menu's entry, no writer's name nor a paragraph
            mark(index, "boilerplate", "chuyên mục ở cuối trang")
        elif index + 1 < end and marks[index + 1] is not None and marks[index + 1].kind == "byline" and _label_line(line):
            mark(index, "boilerplate", "nhãn của dòng tác giả bên dưới")  # "Tác giả" / "Minh Hà": a theme's meta, label over name
        elif not _PHOTO_LABEL.match(line):
            break  # (a photo's caption under the byline is passed over)
        index -= 1
        checked += 1


def _tail(units, marks, mark, start: int) -> None:
    body = {s.text for s in marks[:start] if s is not None and s.kind in ("paragraph", "lead", "caption")}
    signed = any(s is not None and s.kind == "byline" for s in marks[:start])  # then the page's last line is no byline
    footer = False
    marker = ""
    last_content = max((i for i in range(start, len(units)) if marks[i] is None), default=None)
    for index in range(start, len(units)):
        if marks[index] is not None:
            continue
        line = units[index].text
        if is_footer(line):
            footer = True
        if cut_marker(line) and not marker:
            marker = line
        if footer:
            mark(index, "footer", "chân trang web")
        elif cut_marker(line):
            mark(index, "boilerplate", "mục liên kết/tiện ích của trang")
        elif line in body or any(b.startswith(line.rstrip(" .…")) for b in body if len(line) >= 40):
            mark(index, "duplicate", "lặp lại đoạn đã có trong bài")
        elif index == last_content and not signed and byline_kind(line) == "byline":
            mark(index, "byline")
        elif index == last_content and byline_kind(line) == "source":
            mark(index, "source_line")
        else:
            mark(index, "boilerplate", f"sau mục «{marker or units[start].text}»")
