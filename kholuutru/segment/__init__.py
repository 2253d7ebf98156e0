"""Raw article text to marked segments, in order; nothing is dropped silently.

A scraper's file holds the page around the article: a page title or section
line, the title, a date line, a place line, captions and credits, the body
with its subheadings, a byline, and then related links, widgets and footer.
This package marks every line with what it is. It reads no values (dates,
names, places): extract.py does that from the marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lines import (BY_LABEL, LIST_ITEM, POSTED_AT, Segment, TERMINAL, _byline_patterns, _word_count, byline_kind, clean_byline,
                    is_boilerplate, is_section, label_pattern, name_and_office, split_caption_credit, upper_ratio,
                    writer_then_outlet, writers_post)
from .units import _units
from .meta import (VIEW_COUNT, _IMAGE_ADDRESS, _split_glued_dates, _split_glued_furniture, _split_glued_head, date_part,
                   split_meta_line, stamp_source)
from .head import _header
from .never_title import _name_over_unit
from .body import (HEADING_FEATURES, _body, _join_wrapped_across_blanks, _tail, _tail_start, mark_contact_lines, names_another_day,
                   numbered_part, table_row)

# what the rest of the converter reads from here
__all__ = ["BY_LABEL", "HEADING_FEATURES", "LIST_ITEM", "POSTED_AT", "Segment", "VIEW_COUNT", "byline_kind", "clean_byline",
           "date_part", "is_boilerplate", "is_section", "label_pattern", "name_and_office", "names_another_day",
           "numbered_part", "segment", "split_caption_credit", "split_meta_line", "stamp_source", "table_row", "upper_ratio",
           "writer_then_outlet", "writers_post"]


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
    _mark_publisher_in_microdata(units, marks, mark)

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
    mark_contact_lines(units, marks, mark)
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


# NukeViet's news detail.tpl prints schema.org microdata the scraper keeps as lines: the author, two ISO
# times (datePublished, dateModified), the page's address, its image's address, the publisher's name, its logo
_ISO_TIME = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\dT\d\d:\d\d\S*")
_ADDRESS = re.compile(r"(?:https?://|/)\S+")
MICRODATA_SPAN = 6  # lines from the ISO times down to the publisher's name


def _mark_publisher_in_microdata(units, marks, mark) -> None:
    """The publisher's name between the image's address and the logo's address, under the ISO times of a
    template's microdata ("…/image_111.png" / "UBND thị xã Bình Long" / "…/quochuy_1.png"): the site's
    name, left by the markup, not a line of the article."""
    for index in range(1, len(units) - 1):
        if marks[index] is not None or units[index].text.rstrip().endswith((".", "!", "?")):
            continue  # a sentence is the article's
        between_addresses = (_ADDRESS.fullmatch(units[index - 1].text.strip()) is not None
                             and _IMAGE_ADDRESS.fullmatch(units[index + 1].text.strip()) is not None)
        under_times = any(_ISO_TIME.fullmatch(units[i].text.strip()) for i in range(max(0, index - MICRODATA_SPAN), index))
        if between_addresses and under_times:
            mark(index, "boilerplate", "tên đơn vị đăng trong khối microdata của trang")


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
