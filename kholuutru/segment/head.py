"""The page's head: which line is the headline (by the evidence of headline.py), and what
stands above and around it (kicker, section, date line, place, top byline, menus, banners)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .. import data, headline, publisher
from ..dates import ONLINE_SINCE, WEEKDAY, read_date_line, read_dateline
from ..text import CAPITAL, UPPERCASE, WORD_RE, exact_key, fold, squash_spaces
from .lines import (LIST_ITEM, SENTENCE_END, TERMINAL, _NAMES_APART, _SMALL_WORDS, _SPEAKS_AT_THE_END, _Unit, _byline_patterns,
                    _capitals_then_dash, _document_types, _heading_like, _is_prose, _labelled, _starts_caption,
                    _tells_who_stands_where, _word_count, byline_kind, credit_only, cut_marker, is_boilerplate, is_section,
                    split_caption_credit, top_author, upper_ratio)
from .units import _goes_on_lower_case
from .meta import _GLUED_CAPITAL, _body_prose, _head_kind, _head_window, _next_free, date_part, masthead, split_meta_line


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
    if instead is None:
        instead = _site_headline_over_document(units, window, known, scored, best)
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


DOCUMENT_HEADLINE_WORDS = 5  # "HƯỚNG DẪN CHUYỂN SINH HOẠT ĐẢNG"; "TÀI LIỆU TUYÊN TRUYỀN" alone is a section's name


def _site_headline_over_document(units, window: list[int], known: dict, scored: dict, best: int | None) -> int | None:
    """A head line above the chosen one, in capitals, naming the document the page carries (its kind, then what it
    is about: "ĐỀ CƯƠNG TUYÊN TRUYỀN ĐẢNG BỘ TP THỦ DẦU MỘT", "TÀI LIỆU SINH HOẠT CHI ĐOÀN THÁNG 12/2021") with a
    headline's evidence: the site's headline over the document's own heading lines (its kind again, its subject,
    its first part), which stand right above the text and so score as well; the headline is the site's line. Not
    the lower of two lines in capitals: which of them make the headline is the editor's call."""
    if best is None:
        return None
    above = [i for i in scored if i < best and scored[i][0] >= headline.min_score() and _names_a_document(units[i].text)
             and not _lower_piece_of_shouted_headline(units, window, known, i)]
    return above[0] if above else None


def _names_a_document(line: str) -> bool:
    """A line in capitals opening with a document's kind (documents.yml's types, boilerplate.yml's
    document_title_kinds) and naming what it is about in more words."""
    key = data.phrase_key(line)
    kinds = (*_document_types(), *data.boilerplate()["document_title_kinds"])
    return (upper_ratio(line) > 0.9 and _word_count(line) >= DOCUMENT_HEADLINE_WORDS
            and any(key.startswith(kind + " ") for kind in kinds))


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


def _wrapped_across_a_blank(previous: str, line: str) -> bool:
    """Two words or more stopped on a small word, then a line opening in small letters that is no
    list's item or date line: one sentence the blank line between cut in two."""
    last_word = previous.rsplit(None, 1)[-1]
    return (len(previous.split()) >= 2 and last_word.isalpha() and last_word.islower() and line[:1].islower()
            and not LIST_ITEM.match(line) and not read_date_line(line))
