"""The page's head: which line is the headline (title.py), and what stands above and around it
(kicker, section, date line, place, top byline, menus, banners)."""

from __future__ import annotations

import re

from .. import data, headline
from ..dates import read_date_line
from .lines import (SENTENCE_END, TERMINAL, _capitals_then_dash, _heading_like, _is_prose, _labelled, _starts_caption,
                    _word_count, byline_kind, credit_only, is_section, split_caption_credit, top_author, upper_ratio)
from .meta import _body_prose, _head_kind, _head_window, _next_free, date_part, masthead, split_meta_line
from .never_title import _LETTERHEAD, _SECTION_NUMBER, _document_heading, _name_over_unit
from .title import (_SLUGS_LINE, _choose_title, _dated_items, _first_of_items_printed_twice, _lower_piece_of_shouted_headline,
                    _mark_masthead, _names_a_document_kind, _shouted_over_two_lines, _teaser_of_a_listing, _the_slugs_own_line,
                    _unit_banner, _why_no_headline)


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
    if title is None:
        _mark_banner_over_headless_text(units, window, known, first_prose)
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


def _mark_banner_over_headless_text(units, window: list[int], known: dict, first_prose: int) -> None:
    """A page with no headline, topped by an institution's name alone in capitals ("CAO ĐẲNG Y TẾ PHÚ
    THỌ", "SỞ GIÁO DỤC ĐÀO TẠO HÀ NỘI" / "TRƯỜNG THPT …") above its text: the site's banner, as over a
    headline, not the lead nor a heading of the text. A Party unit's name (boilerplate.yml
    letterhead_units) heads a document the page reprints, or is the page's own title: it stays."""
    for index in window:
        if index >= first_prose:
            return
        text = units[index].text
        if index not in known and _unit_banner(text) and not data.opens_with_phrase(text, "letterhead_units"):
            known[index] = ("masthead", "tên đơn vị in hoa đầu trang không có tiêu đề (băng tên của site)")


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


def _unseat(units, marks, mark, window: list[int], known: dict, index: int, is_place_line, reason: str) -> None:
    """The line chosen as the headline that is not one: the lines above it are the page's head as above any
    headline; an organisation's name alone in capitals is the site's banner; any other line stays in the text,
    where it stood (a photo's caption, a teaser, a heading)."""
    _mark_above_title(units, marks, mark, window, index, is_place_line)
    if _unit_banner(units[index].text):
        _mark_masthead(units, window, known, index)
    else:
        mark(index, "paragraph", reason)


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
