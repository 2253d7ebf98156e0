"""Head lines that are never the headline, by their shape and what stands around them: a photo's
caption, a person with life years, an address, a letterhead, a list's item, a section's first
point, a byline's name over its unit, a widget's label."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import data, headline
from ..dates import ONLINE_SINCE, WEEKDAY, read_date_line, read_dateline
from ..text import CAPITAL, UPPERCASE, exact_key, fold, word_tokens
from .lines import (LIST_ITEM, SENTENCE_END, TERMINAL, _NAMES_APART, _SMALL_WORDS, _Unit, _byline_patterns, _heading_like,
                    _labelled, _starts_caption, _word_count, byline_kind, credit_only, cut_marker, split_caption_credit,
                    top_author, upper_ratio)
from .units import _goes_on_lower_case
from .meta import _body_prose


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
    words = word_tokens(fold(texts[paragraph]))
    return any(word_tokens(fold(texts[j]))[: len(words)] == words for j in window if j > index)


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
    # a line in capitals is never the body's sentence: first on the page, or right above a lead retelling it
    shouted = upper_ratio(line) > 0.9 and (at == 0 or below is not None and _retells_most(line, texts[below]))
    return (line.endswith(".") and _word_count(line) <= (45 if shouted else 40) and not SENTENCE_END.search(line[:-1])
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


@lru_cache(maxsize=512)  # asked again about the same lines within one article
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


def _wrapped_across_a_blank(previous: str, line: str) -> bool:
    """Two words or more stopped on a small word, then a line opening in small letters that is no
    list's item or date line: one sentence the blank line between cut in two."""
    last_word = previous.rsplit(None, 1)[-1]
    return (len(previous.split()) >= 2 and last_word.isalpha() and last_word.islower() and line[:1].islower()
            and not LIST_ITEM.match(line) and not read_date_line(line))
