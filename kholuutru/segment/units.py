"""The file's lines to units: a paragraph a scraper hard-wrapped, or saved as a text-mode
browser's dump or with no blank lines between paragraphs, becomes one unit again, so that
every later step reads whole paragraphs."""

from __future__ import annotations

import re

from ..dates import read_date_line
from ..text import CAPITAL, exact_key, squash_spaces, unify_line_breaks
from .lines import (LIST_ITEM, Segment, TERMINAL, _CUT_ON, _URL, _Unit, byline_kind, credit_only, is_boilerplate,
                    split_caption_credit)


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
    before = units[-2].text if len(units) >= 2 and not previous.blank_before else ""
    return _continues(previous.text, line, before, closes) or (not width and previous.wrapped and _carries_on(previous.text, line)
                                                               and len(above.strip()) >= FILLED_LINE)


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
    if (_splits_a_place_name(previous, line) or _first_word_alone(previous, line) or _stops_on_a_small_word(previous)
            or _closes_what_it_opened(previous, line)):
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


_BRACKETS = {"(": ")", "“": "”"}  # a round bracket, a typographic quote: each mark says which side it is


def _closes_what_it_opened(previous: str, line: str) -> bool:
    """A line leaving a bracket open, or a quote it opened inside its sentence, and the next line
    closing it before opening any ("(Đại hội chi bộ khoa …" / "nhiệm kỳ 2012 - 2015)", "… của Bộ
    Chính trị “về Đại hội đảng bộ các cấp tiến tới" / "Đại hội … của Đảng”; …"): one span wrapped,
    whatever its length or the case the next line starts with. A line that opens with its quote may
    be a quoted subject or slogan set on lines of its own; a line ending a sentence has closed its span."""
    if previous[-1] in TERMINAL:
        return False
    for opening, closing in _BRACKETS.items():
        if opening == "“" and previous.startswith(opening) or previous.count(opening) <= previous.count(closing):
            continue
        if closing in line and (opening not in line or line.index(closing) < line.index(opening)):
            return True
    return False


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
    from ..gazetteer import gazetteer

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
