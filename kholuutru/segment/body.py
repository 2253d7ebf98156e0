"""The body and what follows it: where the article ends (related links, widgets, footer),
subheadings, captions, repeated blocks and furniture inside the text, and the end matter
under the byline."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import data, headline
from ..dates import read_date_line
from ..gazetteer import DISTRICT_TYPES, OLD_COMMUNE_TYPES, unit_words_pattern
from ..text import CAPITAL, exact_key, fold, same_words, squash_spaces
from .lines import (LIST_ITEM, SENTENCE_END, TERMINAL, _BULLET_BEFORE, _CUT_ON, _SPEAKS_AT_THE_END, _an_address, _caption_act,
                    _heading_like, _is_prose, _label_line, _starts_caption, _tells_who_stands_where, _title_like, _word_count,
                    byline_kind, credit_only, cut_marker, is_boilerplate, is_footer, is_section, split_caption_credit,
                    upper_ratio)
from .meta import _DIGIT, _WORDED_DATE_START, _next_free, split_meta_line
from .never_title import _ATTENDED_BY, _COMRADE_AND_POST, _PERSON_AND_POST, _PICTURE, _SCENE, _wrapped_across_a_blank


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


@lru_cache(maxsize=512)  # asked again about the same lines within one article
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
        if not paragraphs and not heading_seen and _section_over_a_dated_lead(line, next_line):
            mark(index, "boilerplate", "tên chuyên mục của trang ngay trên đoạn mở đầu có ngày")
            continue
        if _shaped_as_a_heading(line, next_line):
            if accented and _PLAIN_WORDS.fullmatch(line):
                mark(index, "boilerplate", _UNACCENTED_IN_BODY)
                continue
            if _heads_no_part(line) or _opens_a_wrapped_paragraph(units, marks, index, nxt, start):  # and not the lead
                mark(index, "paragraph", text=_with_its_rest(units, marks, mark, index, nxt, start))
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
    _drop_joined(marks, start, end)
    _mark_repeats(units, marks, paragraphs)
    _mark_cut_copies(units, marks, start, end)
    _mark_repeated_blocks(marks, end)
    _mark_after_byline(units, marks, mark, start, end)
    _mark_end_matter(units, marks, mark, start, end)


def _opens_a_wrapped_paragraph(units, marks, index: int, nxt: int, start: int) -> bool:
    """A short unfinished line inside a text pasted with its line breaks, right under a hard-wrapped
    paragraph and right over another ("… của đất nước”." / "Bám sát chỉ đạo của Thành ủy Hà" / "Nội và Đảng
    ủy phường …" / "đổi mới …"), with no blank line between: the next paragraph's first line, wrapped where
    the page broke it, whatever the case of the word below; a writer's heading ends no such run."""
    line, above = units[index].text, index - 1
    return (nxt == index + 1 and above >= start and marks[above] is not None and marks[above].kind in ("lead", "paragraph")
            and units[above].wrapped and units[nxt].wrapped and not units[index].blank_before and not units[nxt].blank_before
            and line[-1] not in TERMINAL and not numbered_part(line))


_JOINED_ABOVE = "dòng đã nối vào dòng trên (đoạn văn ngắt dòng)"


def _with_its_rest(units, marks, mark, index: int, nxt: int, start: int) -> str:
    """The line's text, with the paragraph it opens when it is that paragraph's first line
    (_opens_a_wrapped_paragraph); the rest is marked joined, for _drop_joined."""
    if not _opens_a_wrapped_paragraph(units, marks, index, nxt, start):
        return units[index].text
    mark(nxt, "paragraph", _JOINED_ABOVE)
    return f"{units[index].text} {units[nxt].text}"


def _drop_joined(marks, start: int, end: int) -> None:
    """The lines joined into the one above (_with_its_rest) print no block of their own."""
    for index in range(start, end):
        if marks[index] is not None and marks[index].detail == _JOINED_ABOVE:
            marks[index] = None


def _section_over_a_dated_lead(line: str, next_line: str) -> bool:
    """The body's first line, one to three words with no digit or mark ("Công tác Đảng", "Hoạt động chính",
    "KHUYẾN NÔNG"), right over a lead that opens on its event's day ("Ngày 13/4/2022, …", "Chiều 2/8, …"): the
    section the site files the article under, printed between the headline and the text. A news report
    opens on its lead, with no part heading above it; a long text's part ("Lời giới thiệu", document_parts.txt)
    still heads its part."""
    if not 1 <= len(line.split()) <= 3 or not _LETTERS_ONLY.fullmatch(line) or not _OPENS_ON_ITS_DAY.match(next_line):
        return False
    return not (data.phrase_key(line) + " ").startswith(data.document_parts())


_LETTERS_ONLY = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)*")


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


# "(8/1948 - 8/2023)", "( 1954 – 2024)": only a date or a span of dates in brackets, the dates of the line above
_BRACKETED_DATES = re.compile(r"\(\s*\d[\d/.]*(?:\s*[–-]\s*\d[\d/.]*)?\s*\)")


def _heads_no_part(line: str) -> bool:
    """A line shaped like a heading that is none: a table's row, a salutation, a label and its
    value, a phrase cut short ("… được sự nhất trí của"), who attended ("Dự Đại hội có đồng chí"),
    only the dates in brackets of what the line above names ("(8/1948 - 8/2023)")."""
    if table_row(line) or _SALUTATION.match(line) or _CUT_ON.search(line) or _ATTENDED_BY.match(line):
        return True
    if _BRACKETED_DATES.fullmatch(line.strip()):
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
    if _alt_text_over_its_caption(line, next_line):
        return "boilerplate", "chữ thay ảnh viết thường ngay trên chú thích của ảnh"
    if _printed_twice(line):
        return "boilerplate", "liên kết in hai lần liền nhau (tên và chữ thay ảnh)"
    if accented and _in_a_foreign_script(line):
        return "boilerplate", "dòng viết bằng chữ nước ngoài (giao diện)"
    if _note_to_the_reader(line):
        return "boilerplate", "lời trang gửi người đọc về chính trang (trang sao chép, trang tài liệu)"
    if index > 0 and _tab_label(line):  # (a page that opens with it is headed by it: "GIỚI THIỆU" over a commune's history)
        return "boilerplate", "nhãn thẻ của trang"
    return None


def _printed_twice(line: str) -> bool:
    """"Pác Bó - Nơi khởi nguồn … Pác Bó - Nơi khởi nguồn …", "Báo Hà Giang Báo Hà Giang 146 ngày": a
    link printed with its own label or image alt text glued on, the same words twice in a row, at most
    a short tail (its age, a count) after; a writer never repeats a whole phrase back to back."""
    words = line.split()
    for size in range(2, len(words) // 2 + 1):
        if len(words) - 2 * size <= 3 and words[:size] == words[size : 2 * size] and len(" ".join(words[:size])) >= 10:
            return True
    return False


def _alt_text_over_its_caption(line: str, next_line: str) -> bool:
    """A short line opening in a small letter, no sentence's end, right over a photo's caption: the
    caption's own words capitalised ("đại biểu bỏ phiếu bầu …" / "Đại biểu bỏ phiếu bầu …") or a
    line with the photo's credit ("ảnh toàn cảnh" / "Toàn cảnh Đại hội. Ảnh: HT"): the image's alt
    text, which an editor types in small letters; a writer opens no sentence so. A caption itself
    ("ảnh: ông … báo cáo") is not one."""
    if not line[:1].isalpha() or not line[:1].islower() or _word_count(line) > 16 or line.endswith(tuple(".!?:;,…")):
        return False
    if _PHOTO_LABEL.match(line) or not next_line:
        return False
    return next_line.lower().startswith(line.lower()) or split_caption_credit(next_line) is not None


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


def _cut_inside_a_word(line: str, whole: str) -> bool:
    """`line` is `whole` stopped inside a word ("… (TP Hải Ph" of "… (TP Hải Phòng) …", "… giữ ch" of
    "… giữ chức …", "… Đắk L" of "… Đắk Lắk"): the word goes on in small letters, or in capitals
    after a capital, so a caption glued to the next sentence ("… tham luậnKết luận …") is no such
    cut. A writer ends a line on a whole word; only a teaser box or a preview cut to a number of
    characters stops inside one."""
    if len(whole) <= len(line) or not whole.startswith(line):
        return False
    last, then = line[-1], whole[len(line)]
    return last.isalpha() and (then.islower() or last.isupper() and then.isupper())


def _mark_cut_copies(units, marks, start: int, end: int) -> None:
    """A body line that prints the start of a line above it (the headline, a paragraph, a caption)
    cut inside a word: a related box's or a preview's cut copy of it, not the writer's text
    (_mark_repeats finds a paragraph cut and given in full within two paragraphs only)."""
    for index in range(start, end):
        segment = marks[index]
        if segment is None or segment.kind not in ("paragraph", "caption", "heading", "lead") or len(segment.text) < 15:
            continue
        above = next((other for other in range(index) if _cut_inside_a_word(segment.text, units[other].text)), None)
        if above is not None:
            segment.kind = "duplicate"
            segment.detail = f"đoạn bị cắt giữa chữ, có đầy đủ ở dòng {units[above].line}"


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


# an e-mail address, or a street address opening on its house number ("68 Phan Đăng Lưu,P. …", "Số 12 Lê Lợi, …")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|^(?:Số\s+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})*\s+[^\d\s,][^,]{2,40},")
_CHROME = ("boilerplate", "footer")


def mark_contact_lines(units, marks, mark) -> None:
    """The site's contact block (its name, address, phone, e-mail, each on a line) once its lines
    above and below a line are furniture: a line between them giving an e-mail address ("Mọi thư từ
    xin gửi về địa chỉ: …@gmail.com") or a street address ("68 Phan Đăng Lưu,P. Hòa Cường Bắc,"
    between "Địa chỉ" and "Q. Hải Châu, TP. Đà Nẵng") is one more of its lines, not the article's."""
    for index in range(1, len(units) - 1):
        segment, above, below = marks[index], marks[index - 1], marks[index + 1]
        if segment is None or segment.kind not in ("paragraph", "lead", "caption", "heading") or len(units[index].text) > 160:
            continue
        if above is not None and below is not None and above.kind in _CHROME and below.kind in _CHROME \
                and _CONTACT.search(units[index].text):
            mark(index, "boilerplate", "địa chỉ, thư điện tử trong khối liên hệ của trang")


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
