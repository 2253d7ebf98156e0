"""Which head line is the headline: every candidate scored by headline.py on the evidence around it
(the lead, the date line, the URL's slug, a line printed twice), after the shapes that are never one,
then the second looks (a wrapped headline, the slug's own line, a site name glued to it)."""

from __future__ import annotations

import re
from itertools import islice

from .. import data, headline, url_path
from ..dates import read_date_line
from ..text import exact_key, fold, squash_spaces, word_tokens
from .lines import (SENTENCE_END, TERMINAL, _SPEAKS_AT_THE_END, _Unit, _document_types, _starts_caption, _tells_who_stands_where,
                    _word_count, credit_only, cut_marker, is_boilerplate, upper_ratio)
from .meta import _GLUED_CAPITAL, _body_prose
from .never_title import (_ADDRESSEES, _ATTENDED_BY, _COMRADE_SHORT, _FIRST_POINT, _PART_HEADING, _PERSON_AND_POST, _PICTURE,
                          _SCENE, _SECTION_NUMBER, _address, _after_lead, _below_a_widget_marker, _below_the_lead,
                          _captions_a_photo, _captions_like_other_photos, _credit_like, _cut_mid_phrase, _date_next_to,
                          _first_point_of_text, _heading_not_a_name, _headline_with_stop, _heads_a_section, _heads_the_page,
                          _in_a_list, _lead_words, _person_with_life_years, _under_a_name, _wrapped_paragraph_start)


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
        instead = _slugs_line_within(texts, scored, best, slug_words)
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


def _slugs_line_within(texts: dict, scored: dict, best: int | None, slug_words) -> int | None:
    """Another head line is the chosen one without words a site ran on before or after it ("Back Du Lịch Quảng
    Trị Khu di tích …" / "Khu di tích …", "Ảnh về Nhà lưu niệm …", "… huyện Hòa An - Tỉnh Cao Bằng" / "… huyện
    Hòa An"), and it and the URL's slug spell each other while the slug spells none of those words: the line the
    site filed the page under is the headline, the words around it a breadcrumb's, a gallery's or a place's."""
    if best is None:
        return None
    chosen = word_tokens(fold(headline.clean(texts[best]).title))
    for index in (i for i in scored if i != best and headline.is_the_slugs_line(texts[i], slug_words)):
        inner = word_tokens(fold(headline.clean(texts[index]).title))
        rest = _words_around(chosen, inner)
        if rest is not None and not headline.content_words(" ".join(rest)) & headline.slug_content(slug_words):
            return index
    return None


def _words_around(words: list[str], inner: list[str]) -> list[str] | None:
    """The words before or after `inner` when `words` opens or ends with it (and holds more), else None."""
    size = len(inner)
    if not inner or size >= len(words):
        return None
    if words[:size] == inner:
        return words[size:]
    return words[:-size] if words[-size:] == inner else None


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


def _printed_words(units) -> frozenset[str]:
    """The folded words the page prints, not counting those of the addresses and slugs it prints."""
    return frozenset(word_tokens(fold(url_path.without_addresses("\n".join(unit.text for unit in units)))))


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
    words = word_tokens(fold(texts[index]))
    if len(words) < 4:
        return False
    for other in (i for i in window if i != index and i not in prose):
        steps = _BREADCRUMB_STEP.split(texts[other])
        if any(word_tokens(fold(part)) == words for part in (texts[other], steps[-1])):
            return True
        title = _BROWSER_TITLE.match(texts[other])
        if title and word_tokens(fold(title["headline"])) == words:
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


_IN_BRACKETS = re.compile(r"\([^()]+\)")  # a whole line in round brackets: the occasion or the source a headline is under


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
    if _ADDRESSEES.match(line) or _IN_BRACKETS.fullmatch(line):
        return True  # "Kính gửi: Ban thường vụ …": whom a document is sent to; "(Kỷ niệm 90 năm …)": a note under a headline
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
        joined = word_tokens(fold(" ".join(texts[i] for i in pair)))
        whole = next((i for i in scored if i not in pair and word_tokens(fold(texts[i])) == joined), None)
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
