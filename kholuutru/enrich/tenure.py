"""The Party term (nhiệm kỳ) of the article: by its date and the province's congress calendar, by
the congress it reports or looks back on, or by what an undated text says."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from calendar import monthrange
from datetime import date

from .. import data
from ..article import Article, Evidence
from ..dates import ABOUT_TO, FOUR_DIGIT_YEAR, ONLINE_SINCE
from ..gazetteer import REFORM_DAY, gazetteer
from ..url_path import url_anniversary, url_date, url_slug_year, url_year
from ..text import CAPITAL, SENTENCE_BREAK, exact_key, squash_spaces
from ..anniversaries import age_since_founding, anniversary, lunar_new_year, party_age
from ..bounds import (CELEBRATED, REFORM_EVE, celebrated_after, council_term_opened, date_bounds, district_bodies_at_work,
                      district_bodies_named_former,
                      legislature_session, named_at_work, national_congresses)
from ..years import off_calendar_congress, part_year_reported, plan_year, titled_month, whole_year_told, year_reported


def term_of(year: int) -> str:
    return f"{year}-{year + 5}"


def term_by_date(when: date, province: str | None) -> str:
    """The local term running on a date: a new one starts on the day the province's congress
    closes (for no one province, the last one, when the calendar knows them all): the congress
    elected the new committee before its closing session, and the day's news reports it."""
    cycle = when.year - when.year % 5
    calendar = data.congresses()
    closed = calendar["closings"].get((province, cycle)) if province else _last_closing(cycle)
    if closed is None:
        month, day = calendar["cutoff"]
        closed = date(cycle, month, day)
    return term_of(cycle) if when >= closed else term_of(cycle - 5)


def _last_closing(cycle: int) -> date | None:
    """The day the last provincial congress of a cycle closed, if congresses.yml lists every one."""
    gaz = gazetteer()
    season = date(cycle, 10, 1)
    units = [p.name for p in gaz.provinces_2025] if season >= REFORM_DAY else [p.name for p in gaz.provinces if p.valid_on(season)]
    closings = [data.congresses()["closings"].get((name, cycle)) for name in units]
    return max(closings) if all(closings) else None


_TERM = re.compile(r"nhiệm\s+k[ỳì]\s*(?:[IVX]{1,4}\s*[,:]?\s*)?\(?\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)", re.IGNORECASE)
# … and the secretary the new committee elected: "được bầu giữ chức Bí thư Tỉnh ủy …, nhiệm kỳ 2020-2025", its
# deputy too, however long the name between the vote and the post ("đã bầu ông …, Chủ tịch UBND tỉnh, giữ chức Bí thư
# Tỉnh ủy … nhiệm kỳ 2015 - 2020", "chuẩn y ông … giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2015-2020"); not a post held once.
_CONGRESS = re.compile(  # the look-ahead holds each alternative's first letter: the engine skips ahead to them
    r"(?=[đbg])(?:Đại\s+hội|Ban\s+Chấp\s+hành|BCH|được\s+bầu\s+(?:giữ\s+chức|làm)\s+Bí\s+thư|"
    r"(?<!từng\s)(?<!nguyên\s)(?<!thôi\s)giữ\s+chức(?:\s+vụ)?\s+(?:Phó\s+)?Bí\s+thư)\b",
    re.IGNORECASE,
)
_PARTY = re.compile(r"Đảng|đảng|ĐẢNG|Chi bộ|chi bộ|CHI BỘ|(?:Tỉnh|Huyện|Thành|Thị|Quận)\s+[uủ][ỷy]")  # all-capitals headlines too
_PARTY_OR_UNIT = re.compile(rf"Đảng|đảng|\b(?:xã|phường|đặc khu|thị trấn)\s+{CAPITAL}")
_NOT_PARTY = re.compile(
    r"HĐND|Hội đồng nhân dân|Quốc hội|Mặt trận|MTTQ|Hội Nông dân|Hội Liên hiệp|Hội Cựu|Hội Phụ nữ|Đoàn Thanh niên|"
    rf"Công đoàn|Cựu chiến binh|thi đua|UBND|Ủy ban nhân dân|Hội\s+{CAPITAL}|toàn\s+quốc",  # a national congress: no local term
)
# Said of a congress that has not met yet: "tiến tới Đại hội …", "Đại hội … sẽ diễn ra"; serving
# or welcoming only right before it ("phục vụ Đại hội", not "phục vụ người dân … Đại hội").
_UPCOMING = re.compile(
    rf"chuẩn bị|tiến tới|hướng tới|trước thềm|{ABOUT_TO}|sẽ|dự kiến|kế hoạch(?!\s+và\s+Đầu\s+tư)|dự thảo|góp ý|(?:phục vụ|đón)(?:\s+\S+){{0,2}}\s*$|ấn định|họp báo|sẵn sàng|trước\s*$|"
    r"triệu tập|(?<!\d )(?<!\d\d )(?<!\d\d\d )đại biểu (?:chính thức )?dự\s*$|\bđi\s+dự\s*$|"  # "bầu đại biểu dự …", not "160 đại biểu dự" (held)
    r"chào mừng(?!\s+thành\s+công)|"
    # a congress's sub-committee works before it: "phiên họp đầu tiên của Tiểu ban Văn kiện Đại hội …"
    r"tiểu\s+ban(?:\s+\S+){0,3}\s*$|"
    # propaganda for a congress, not for its results or resolution: "Tài liệu tuyên truyền Đại hội Đảng bộ tỉnh Phú Thọ lần thứ XVIII"
    r"tuyên\s+truyền(?:\s+(?:về|cho))?\s*$",
    re.IGNORECASE,
)
# "đã tổ chức thành công Đại hội": held; "để tổ chức thành công", "quyết tâm …": an aim
_HELD_BEFORE = re.compile(r"(?:^|(?<!để)(?<!nhằm)(?<!tâm)(?<!đấu)\s)(?:tổ\s+chức|tiến\s+hành)\s+thành\s+công\s*$|"
                          r"\bđã\s+(?:long\s+trọng\s+)?(?:tổ\s+chức|tiến\s+hành)\s*$", re.IGNORECASE)
# "Tại phiên trù bị, … Theo chương trình, sáng ngày 14/5/2020, phiên chính thức Đại hội Đảng bộ xã … sẽ khai mạc":
# a congress opens with its preparatory session, so one whose official session is still ahead is already sitting
_OFFICIAL_SESSION = re.compile(r"\bphiên\s+chính\s+thức(?:\s+của)?\s*$", re.IGNORECASE)
_PLAN_CARRIED_OUT = re.compile(r"\bthực\s+hiện\s+(?:kế\s+hoạch|hướng\s+dẫn)\b", re.IGNORECASE)
_TOWARDS = re.compile(r"\b(?:tiến|hướng)\s+tới(?:\s+\S+){0,2}\s*$", re.IGNORECASE)
_UPCOMING_AFTER = re.compile(rf"^[^.;]{{0,80}}?\b(?:sẽ|dự kiến|{ABOUT_TO}|được ấn định)\b", re.IGNORECASE)
_OWN_GENERIC = re.compile(r"Đảng\s+bộ\s+(?:thành phố|tỉnh|huyện|thị xã|quận|xã|phường|thị trấn|cơ sở)?\s*(?:lần|khóa|khoá|,|nhiệm|$)|Đảng\s+các\s+cấp|Đảng\s+bộ\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class TermEvidence:
    term: str
    quote: str
    upcoming: bool
    elected: bool = False  # the congress elected its committee for the term ("bầu BCH … nhiệm kỳ …")


def congress_evidence(text: str, own_names: set[str] | None) -> TermEvidence | None:
    """"Đại hội Đảng bộ … nhiệm kỳ A-B" of the article's own Party organisation (any
    organisation when own_names is None: the congress the title or lead is about); the
    first one named, or the committee the congress elected ("bầu BCH Đảng bộ nhiệm kỳ
    2015-2020" after a review of the 2010-2015 resolution)."""
    found = list(_congress_mentions(text, own_names))
    elected = [evidence for evidence in found if evidence.elected and not evidence.upcoming]
    return elected[0] if elected else (found[0] if found else None)


_ELECTION = re.compile(r"\bbầu\s+(?:ra\s+)?(?:Ban\s+Chấp\s+hành|BCH)\b[^.;]*$", re.IGNORECASE)
# Cadres planned for a term ("phê duyệt quy hoạch Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025") are planned
# in the term before it and reviewed again during it: no congress, held or ahead, and no time of writing.
_CADRE_PLANNING = re.compile(r"quy\s+hoạch(?![^.;]*\bbầu\b)[^.;]{0,60}$", re.IGNORECASE)


# "… Nghị quyết (của) Đại hội …": the congress named as the one whose resolution is cited
_RESOLUTION_BEFORE = re.compile(r"nghị\s+quyết(?:\s+của)?\s*$", re.IGNORECASE)


def _congress_mentions(text: str, own_names: set[str] | None):
    """Each own congress the text names with its term, and whether it elects the committee."""
    for match in _TERM.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        if start % 5 or end - start != 5:
            continue
        sentence_start = max(_sentence_start(text, match.start()), match.start() - 200)
        window = text[sentence_start : match.start()]
        congress = None
        for candidate in _CONGRESS.finditer(window):
            congress = candidate
        if congress is None or _CADRE_PLANNING.search(window[: congress.start()]):
            continue
        between = window[congress.start() :]
        if _TERM.search(between):
            continue  # "Đại hội chi bộ nhiệm kỳ 2020-2025; đề ra … cho nhiệm kỳ 2025-2030": the congress's term came first
        if len(between) > 90 or _NOT_PARTY.search(between) or not _PARTY.search(window + text[match.end() : match.end() + 60]):
            continue
        resolution = _RESOLUTION_BEFORE.search(window[: congress.start()])
        named_subject = own_names is None and (_names_a_cell(between) or _names_a_cell(_cell_holding(window[: congress.start()]))
                                               or _a_unit_holds_its_cells(window[: congress.start()], between))
        if (_of_the_grassroots(window, congress.start()) and not resolution and not named_subject) or not _names_own(window, own_names):
            continue  # (a resolution of "các cấp" congresses still dates the running term)
        before = _PREPARED.sub("", window[: congress.start()])
        upcoming = bool(_UPCOMING.search(before) or _UPCOMING_AFTER.search(text[match.end() :]))
        upcoming = upcoming and not CELEBRATED.match(text, match.end()) and not resolution  # its resolution: held
        upcoming = upcoming and not _HELD_BEFORE.search(before)  # "tổ chức thành công Đại hội …": held
        upcoming = upcoming and not _OFFICIAL_SESSION.search(before)  # its preparatory session held: the congress is on
        # "Thực hiện Kế hoạch … về tổ chức Đại hội …": held now; "… Đại hội chi bộ, tiến tới Đại hội …": still ahead
        upcoming = upcoming and not (_PLAN_CARRIED_OUT.search(before) and not _TOWARDS.search(before))
        quote = (between + match.group(0)).strip()
        # the congress that reviews a term, or the resolution of the term before, opens the next
        reviewed = 5 if (_REVIEWED.search(between) or (resolution and _RESOLUTION_REVIEWED.search(window[: congress.start()]))
                         or _looked_back_on(window[: congress.start()], between, text[match.end() :], bool(resolution))) else 0
        term = term_of(start + reviewed - 5) if upcoming else term_of(start + reviewed)
        yield TermEvidence(term, quote, upcoming, bool(_ELECTION.search(window)))


# "Đại hội đã thông qua Báo cáo chính trị và kiểm điểm hoạt động nhiệm kỳ 2015 - 2020": the term under review.
# "Đại hội thông qua báo cáo chính trị, đánh giá kết quả thực hiện Nghị quyết Đại hội … nhiệm kỳ 2015 – 2020",
# with a qualifier too: "nhiệm vụ của Đại hội là tổng kết, đánh giá đầy đủ việc thực hiện Nghị quyết Đại hội …"
# Not a review halfway through the term: "đánh giá giữa nhiệm kỳ thực hiện Nghị quyết …", "kiểm điểm 2,5 năm thực hiện …"
_RESOLUTION_REVIEWED = re.compile(
    r"\b(?:đánh\s+giá|kiểm\s+điểm|tổng\s+kết)(?:\s+(?!giữa\b|nửa\b|[1-46-9]\b|\d\d)\S+){0,5}?\s+nghị\s+quyết(?:\s+của)?\s*$", re.IGNORECASE)
_REVIEWED = re.compile(r"\b(?:kiểm\s+điểm|tổng\s+kết)\b[^.;]{0,50}$", re.IGNORECASE)
# The term a congress report looks back on: the targets its resolution set were met ("… đã
# đạt và vượt 17/19 mục tiêu chủ yếu mà Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV nhiệm kỳ
# 2015-2020 đề ra"), or what was done in it ("Báo cáo chính trị trình Đại hội cho biết, trong
# nhiệm kỳ VI (2010 – 2015), Đảng ủy Khối … đã lãnh đạo …").
# Not the targets still aimed at: "ra sức thi đua hoàn thành các mục tiêu mà Nghị quyết … đề ra".
_TARGETS_MET = re.compile(r"đã[^.;]{0,80}?(?:hoàn\s+thành|vượt)[^.;]{0,80}?(?:chỉ\s+tiêu|mục\s+tiêu)[^.;]{0,40}$", re.IGNORECASE)
_TARGETS_STILL_AIMED_AT = re.compile(r"(?:phấn\s+đấu|quyết\s+tâm|ra\s+sức|thi\s+đua|nhằm|để|sẽ|tiếp\s+tục)[^.;]{0,30}(?:hoàn\s+thành|vượt)", re.IGNORECASE)
_SET_BY_IT = re.compile(r"\s*\)?\s*(?:đã\s+)?(?:đề|đặt)\s+ra\b", re.IGNORECASE)
_DURING = re.compile(r"(?:trong|suốt)\s*$", re.IGNORECASE)
_DONE_IN_IT = re.compile(r"\s*\)?\s*(?:vừa\s+qua\s*)?,[^.;]{0,80}?\bđã\b", re.IGNORECASE)


def _looked_back_on(before: str, between: str, after: str, resolution: bool) -> bool:
    """A term the congress report looks back on is the one ending, so the congress opens the
    next: the targets its resolution set were met, or what was done "trong nhiệm kỳ A-B, … đã"."""
    if resolution and _TARGETS_MET.search(before) and _SET_BY_IT.match(after):
        return not _TARGETS_STILL_AIMED_AT.search(before)
    return bool(_DURING.search(between) and _DONE_IN_IT.match(after))


# Congresses of grassroots organisations, pilots and "all levels": not the article's own
# Party committee's congress (unless the article is about that commune).
_GRASSROOTS = re.compile(r"đại\s+hội\s+điểm|cơ\s+sở|các\s+cấp|chi\s+bộ|đảng\s+bộ\s+(?:xã|phường|thị\s+trấn)\s+trực\s+thuộc", re.IGNORECASE)
# Cells that attend a congress or hold theirs towards it: "các đại biểu của Chi bộ … phấn khởi dự Đại hội …",
# "đại hội các Chi bộ trực thuộc nhiệm kỳ 2025-2027, hướng tới đại hội …"
_ATTENDED_OR_AIMED_AT = re.compile(r"\bdự\s*$|\b(?:tiến|hướng)\s+tới\b", re.IGNORECASE)


def _of_the_grassroots(window: str, congress: int) -> bool:
    """The sentence up to the term names grassroots congresses ("… 27 chi bộ cơ sở đã hoàn thành
    đại hội chi, đảng bộ nhiệm kỳ 2020-2025"); not when, after the cells it names, they attend the
    congress or work towards it: that congress is a higher one's ("… các đại biểu của Chi bộ Viện
    kiểm sát huyện đã phấn khởi dự Đại hội đại biểu huyện … lần thứ XXIII")."""
    found = list(_GRASSROOTS.finditer(window))
    return bool(found) and not _ATTENDED_OR_AIMED_AT.search(window[found[-1].end() : congress])


# "Sau một thời gian chuẩn bị tích cực, Đại hội … đã khai mạc": the preparing is over.
_PREPARED = re.compile(r"\b(?:sau|qua)\s+(?:một\s+)?(?:thời\s+gian|quá\s+trình)?\s*(?:tích\s+cực\s+)?chuẩn\s+bị", re.IGNORECASE)
_CELL = re.compile(r"\b(?:[Cc]hi|Đảng|đảng)\s+bộ\s+")
# "… đã long trọng tổ chức thành công": what the organisation did, after its name
_HOLDING_VERB = re.compile(r"\s*(?:đã\s+)?(?:long\s+trọng\s+)?(?P<verb>(?:tiến\s+hành|tổ\s+chức)(?:\s+thành\s+công)?)?\s*$")
_UNIT_WORDS = frozenset("tỉnh huyện xã phường quận thị trấn thành phố".split())


_NOT_IN_A_NAME = re.compile(r",|\b(?:về|để|nhằm|cho|của|theo)\b")


def _cell_holding(before: str) -> str:
    """The organisation that holds the congress, named right before it: "Chi bộ cơ quan
    Ủy ban MTTQ tỉnh tiến hành Đại hội …"; not the parent of the cells that hold theirs
    ("… chi bộ trực thuộc Đảng bộ huyện X đã hoàn thành đại hội")."""
    markers = list(_CELL.finditer(before))
    marker = markers[-1] if markers else None  # the organisation nearest the congress
    if marker is None or re.search(r"(?:thuộc|của)\s*$", before[: marker.start()]):
        return ""
    after = before[marker.end() :]
    verb = _HOLDING_VERB.search(after)
    words = after[: verb.start()].split()
    leading = 0
    while leading < len(words) and words[leading].islower() and leading < 3:
        leading += 1
    named = words[leading:]
    if not named or len(words) > 12 or not named[0][0].isupper() or _NOT_IN_A_NAME.search(" ".join(named)):
        return ""  # "… đảng bộ huyện X về chuẩn bị, tổ chức đại hội": a document's subject, not who holds it
    if not (verb.group("verb") or named[-1][0].isupper() or named[-1] in _UNIT_WORDS):
        return ""  # with no verb after it, a name runs to a capital or a unit's word ("… Ủy ban MTTQ tỉnh")
    return before[marker.start() :]


# "Trung tâm Tin học và Tính toán tổ chức Đại hội Chi bộ nhiệm kỳ 2020-2025": a unit holds its own cell's congress
_UNIT_HOLDING = re.compile(r"^\s*[A-ZĐ][^,.;:()]{2,60}?\s(?:đã\s+)?(?:long\s+trọng\s+|trọng\s+thể\s+)?(?:tổ\s+chức|tiến\s+hành)(?:\s+thành\s+công)?\s*$")
_BARE_CELL_CONGRESS = re.compile(r"^Đại\s+hội\s+(?:đại\s+biểu\s+)?[Cc]hi\s+bộ\s*,?\s*$")


def _a_unit_holds_its_cells(before: str, between: str) -> bool:
    """The sentence opens with a unit's name that holds "Đại hội Chi bộ" with no other name: its own cell's."""
    return bool(_BARE_CELL_CONGRESS.match(between) and _UNIT_HOLDING.match(before) and not _GRASSROOTS.search(before))


def _names_a_cell(text: str) -> bool:
    """"Chi bộ Trường THPT Giai Xuân", "Đảng bộ xã Tân Lợi": one organisation named by its
    proper name (within three lower-case words), not "chi, đảng bộ" or "đảng bộ cơ sở"."""
    for match in _CELL.finditer(text):
        for word in text[match.end() :].split()[:4]:
            if word[0].isupper():
                return True
            if not word.islower():
                break
    return False


_NAMED_ORGANISATION = re.compile(
    r"Đảng\s+bộ\s+(?:(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn|đặc\s+khu|TP\.?|TT\.?)\s*)?"
    rf"((?:{CAPITAL}[^\s,()]*\s*){{1,4}})",
    re.IGNORECASE,
)


# "… được tổ chức tại Hội trường UBND xã": where the congress met, not whose congress it was
_VENUE = re.compile(r"\b(?:tại|ở)\b")
_NUMBERED_CONGRESS = re.compile(
    r"Đại\s+hội(?:\s+đại\s+biểu)?(?:\s+Đảng\s+bộ\s+[^.;]{2,60}?)?"
    r"(?:\s+lần\s+thứ\s+(?:[IVXLC]+|\d{1,2}|nhất)\b|(?<=[^\s])(?=\s+(?:đã\s+)?(?:khai\s+mạc|bế\s+mạc|kết\s+thúc|diễn\s+ra|thành\s+công|tiến\s+hành|họp|được\s+tổ\s+chức)))",
    re.IGNORECASE,
)


def _congress_this_year(subject: str, year: int) -> TermEvidence | None:
    """"Đại hội đại biểu Đảng bộ thành phố X lần thứ XX" held in a congress year opens the
    term that begins that year, whether or not the article prints the term."""
    for match in _NUMBERED_CONGRESS.finditer(subject):
        before = subject[max(0, match.start() - 80) : match.start()]
        up_to_venue = _VENUE.split(subject[match.end() : match.end() + 80])[0]
        sentence = subject[_sentence_start(subject, match.start()) : match.end()] + up_to_venue
        printed = _TERM.match(subject[match.end() :].lstrip(" ,–-\n"))
        if printed and int(printed.group(2)) - int(printed.group(1)) != 5:
            continue  # a cell's "Đại hội lần thứ I, nhiệm kỳ 2020 - 2022": not a five-year Party term
        held_by_a_cell = not printed and (_GRASSROOTS.search(before[-60:]) or _a_cells_term(sentence))  # "Chi bộ … đã đại hội thành công"
        if _GRASSROOTS.search(match.group(0)) or held_by_a_cell or _NOT_PARTY.search(sentence) or not _PARTY_OR_UNIT.search(sentence):
            continue
        if re.search(r"nghị\s+quyết\s*$|văn\s+kiện\s*$|báo\s+cáo\s+chính\s+trị[^.]{0,40}$", before, re.IGNORECASE):
            continue  # "thực hiện Nghị quyết Đại hội … lần thứ XIV": a congress held before
        if any(int(told) < year - 5 for told in FOUR_DIGIT_YEAR.findall(sentence)):
            continue  # "từ tháng 10/1996 … sau Đại hội … lần thứ I": a congress in the organisation's history
        # "sẽ" after the congress, or inside what reads as its name ("Đại hội Đảng bộ huyện sẽ diễn ra")
        upcoming = bool(_UPCOMING.search(before) or _UPCOMING_AFTER.search(subject[match.end() :]) or _UPCOMING_AFTER.search(match.group(0)))
        term = term_of(year - 5) if upcoming else term_of(year)
        return TermEvidence(term, match.group(0), upcoming)
    return None


def _a_cells_term(sentence: str) -> bool:
    """The sentence prints a term that is not a five-year Party term ("… đã tiến hành Đại hội đảng
    viên, nhiệm kỳ 2020 – 2022, và đại hội đã thành công tốt đẹp"): the congress it calls held is a cell's."""
    return any(int(end) - int(start) != 5 for start, end in _TERM.findall(sentence))


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` begins ("TP. Cần Thơ" does not end one)."""
    start = 0
    for match in SENTENCE_BREAK.finditer(text, 0, position):
        start = match.end()
    return start


def _names_own(window: str, own_names: set[str] | None) -> bool:
    """The congress is of the organisation the article is about (its locality or
    province), or names no organisation."""
    named = list(_NAMED_ORGANISATION.finditer(window))
    if not named or own_names is None:
        return True
    name = exact_key(named[-1].group(1).strip(" ,"))
    if not name or not name[0].isalpha() or name.split()[0] in ("lần", "khóa", "khoá", "nhiệm"):
        return True
    return any(name.startswith(own) or own.startswith(name) for own in own_names if own)


_REVIEW = re.compile(
    r"(?:trong|sau|qua)\s+(?:\d+|năm|5)\s+năm\s*\(?\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)|"
    r"(?:tổng kết|nhìn lại|kết quả)[^.]{0,60}?nhiệm\s+kỳ\s*\(?\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)",
    re.IGNORECASE,
)


def term_from_review(text: str) -> str | None:
    """A text that reviews a whole Party term ("trong 5 năm 2010-2015") was written in it."""
    for match in _REVIEW.finditer(text):
        start, end = (int(g) for g in match.groups() if g)
        if start % 5 == 0 and end - start == 5:
            return term_of(start)
    return None


# Carrying out a congress's resolution: "triển khai thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2017 - 2020".
# … or counting from its start, or halfway through it: "Từ đầu nhiệm kỳ 2020-2025 đến nay", "giữa nhiệm kỳ 2015-2020".
_CARRIED_OUT = re.compile(
    r"(?:(?:thực\s+hiện|triển\s+khai|quán\s+triệt|cụ\s+thể\s+ho[áa])[^.;]{0,40}?Nghị\s+quyết\s+Đại\s+hội[^.;]{0,120}?"
    r"|\b(?:từ\s+đầu|giữa)\s+)nhiệm\s+kỳ\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)", re.IGNORECASE)


def _term_carried_out(text: str) -> str | None:
    """The local term of an undated text that carries out a congress's resolution: the term
    itself ("nhiệm kỳ 2015-2020"), or the one a cell's shorter term falls in when it starts
    within it ("2017-2020": a chi bộ under a grassroots committee elects twice a term; not
    "2020-2022", carried out on both sides of the province's congress of 2020). Only when
    every such resolution names the same term."""
    terms = set()
    for match in _CARRIED_OUT.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        whole = start % 5 == 0 and end - start == 5
        if not whole and not (start % 5 and 2 <= end - start and end <= start - start % 5 + 5):
            return None  # not a term, or one that straddles or may straddle two local terms
        terms.add(term_of(start - start % 5))
    return terms.pop() if len(terms) == 1 else None


# A cell's own congress for its shorter term: "Đại hội Chi bộ Môi trường nhiệm kỳ 2022-2025", "Chi bộ
# … đã tổ chức đại hội lần thứ IV, nhiệm kỳ 2020 - 2022"; the term it reviews is looked back on ("báo cáo
# tổng kết thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 - 2022"), the one it carries out is not dated by it.
_CELL_CONGRESS = re.compile(
    r"(?:Đ[aạ]i\s+hội\s+(?:điểm\s+)?(?:đại\s+biểu\s+)?(?:chi\s+bộ|đảng\s+viên)\b[^.;\n]{0,100}?"
    r"|chi\s+bộ\b[^.;\n]{0,80}?(?:tổ\s+chức|tiến\s+hành)\s+(?:thành\s+công\s+)?đại\s+hội\b[^.;\n]{0,40}?)"
    + _TERM.pattern, re.IGNORECASE)
_LOOKED_BACK_ON = re.compile(r"(?:tổng\s+kết|kiểm\s+điểm|đánh\s+giá)(?:\s+\S+){0,8}?\s*$", re.IGNORECASE)
_YOUTH_CELL = re.compile(r"chi\s+đoàn|đoàn\s+viên", re.IGNORECASE)


def _cell_congress_term(text: str) -> str | None:
    """The local term of an undated report of a cell's congress for its two- or three-year
    term: held in the year that term starts (the one reviewed, in the year it ends). Cells
    meet first in each round, so one held in a congress year is in the term ending then;
    not in 2025, when cells met on both sides of the merger and the provinces' congresses."""
    years = set()
    for match in _CELL_CONGRESS.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        if not 2 <= end - start <= 3 or _NOT_PARTY.search(match.group(0)) or _YOUTH_CELL.search(match.group(0)):
            continue
        before = text[max(0, match.start() - 80) : match.start()]
        if _LOOKED_BACK_ON.search(before):
            years.add(end)
        elif not _RESOLUTION_BEFORE.search(before):
            years.add(start)
    if len(years) != 1 or (held := years.pop()) == 2025:
        return None
    return term_of(held - 5) if held % 5 == 0 else term_of(held - held % 5)


# A headline about preparing the congress: "… CHUẨN BỊ ĐẠI HỘI ĐIỂM, NHIỆM KỲ 2020 – 2025".
_PREPARING = re.compile(r"(?:chuẩn\s+bị|tiến\s+tới|hướng\s+tới|trước\s+thềm)(?:\s+\S+){0,3}?\s+đại\s+hội", re.IGNORECASE)


# A headline announcing the congress: "Đại hội Đại biểu Đảng bộ Thành phố Hồ Chí Minh lần thứ X sẽ diễn ra từ ngày 13/10/2015".
_ANNOUNCED = re.compile(rf"đại\s+hội\b[^.;:]{{0,80}}?\b(?:sẽ|dự\s+kiến|{ABOUT_TO})\s+(?:diễn\s+ra|tổ\s+chức|khai\s+mạc|được)", re.IGNORECASE)


def _still_being_prepared(title: str, evidence: TermEvidence | None) -> TermEvidence | None:
    """The congress is still ahead when the headline says it is being prepared or announces
    it (and names no other term): whatever the body says of "tổ chức thành công Đại hội …"."""
    if evidence is None or evidence.upcoming or not (_PREPARING.search(title) or _ANNOUNCED.search(title)):
        return evidence
    named = _TERM.search(title)
    if named and f"{named.group(1)}-{named.group(2)}" != evidence.term:
        return evidence
    return TermEvidence(term_of(int(evidence.term[:4]) - 5), evidence.quote, True)


def resolve_tenure(article: Article, when: date | None) -> None:
    """The local Party term: by date, corrected by the congress the article reports;
    without a date, from the congress, a term review, or the article's date bounds."""
    text = "\n".join([article.title or ""] + [b.text for b in article.blocks])
    subject = "\n".join([article.title or ""] + [b.text for b in article.blocks if b.kind in ("lead", "paragraph")][:2])
    evidence = _reported_congress(article, text, subject, when)
    if when is not None:
        by_date = term_by_date(when, article.province)
        year_inferred = bool(article.date_note and "năm suy ra" in article.date_note)
        # a congress reported on its closing day opens the term by the text, as the day before
        running_before = term_by_date(when - date.resolution, article.province)
        held = evidence and not evidence.upcoming and evidence.term != running_before and when.year == int(evidence.term[:4])
        ahead = evidence and evidence.upcoming and evidence.term != by_date and when.year == int(evidence.term[:4]) + 5
        if held or ahead:
            article.decide("tenure", evidence.term, f"đại hội trong bài: «{evidence.quote[:120]}»")
            article.tenure_basis = "text"
        else:
            article.decide("tenure", by_date, "theo ngày đăng và ngày bế mạc đại hội tỉnh", weak=_near_congress(when))
            article.tenure_basis = "inferred" if year_inferred else "date"
        return
    if evidence:
        article.decide("tenure", evidence.term, f"đại hội trong bài: «{evidence.quote[:120]}»", weak=True)
        article.tenure_basis = "text"
        return
    opening = "\n".join([article.title or ""] + [b.text for b in article.blocks if b.kind in ("lead", "paragraph", "heading")][:3])
    headlines = "\n".join([article.title or ""] + [b.text for b in article.blocks[:3] if b.kind == "heading"])
    undated = _undated_term(text, subject, opening, article.province, article.source_url, headlines)
    if undated:
        term, why, basis = undated
        article.decide("tenure", term, why, weak=True)
        article.tenure_basis = basis
        return
    article.evidence["tenure"] = Evidence(["không có ngày đăng và bài không cho biết nhiệm kỳ"], weak=True)


def _reported_congress(article: Article, text: str, subject: str, when: date | None) -> TermEvidence | None:
    """The congress the article reports: the one its title or lead is about, else its own
    organisation's anywhere in the text (the committee a congress elected first)."""
    evidence = _titled_congress(article.title or "", text) or congress_evidence(subject, None)
    whole = congress_evidence(text, {exact_key(n) for n in _own_names(article)})
    if evidence is None or (whole is not None and whole.elected and not evidence.elected and whole.term > evidence.term):
        evidence = whole  # the committee the congress elected outranks the review of the term before
    evidence = _still_being_prepared(article.title or "", evidence)
    if evidence and int(evidence.term[:4]) < ONLINE_SINCE:
        evidence = None  # a congress of 2000 in a history of the Party organisation, not the time of writing
    if evidence is None and when is not None and when.year % 5 == 0:
        evidence = _congress_this_year(subject, when.year)
    return evidence


_ORDINAL = re.compile(r"\blần\s+thứ\s+([IVXLC]+|\d+)\b", re.IGNORECASE)


def _titled_congress(title: str, text: str) -> TermEvidence | None:
    """The congress the title numbers ("ĐẠI HỘI ĐẢNG BỘ LẦN THỨ IV"), where the text gives
    that congress its term ("… tiến hành Đại hội lần thứ IV, nhiệm kỳ 2020-2025"): the one
    reported, whatever congress a plan cited before it looks ahead to."""
    numbered = _ordinals(title)
    if len(numbered) != 1 or not _CONGRESS.search(title) or _UPCOMING.search(title):
        return None  # "CHÀO MỪNG ĐẠI HỘI … LẦN THỨ XIII": the congress is still ahead
    held = [e for e in _congress_mentions(text, None) if not e.upcoming and _ordinals(e.quote) == numbered]
    return held[0] if len({e.term for e in held}) == 1 else None


def _ordinals(text: str) -> set[str]:
    """The congress numbers a text writes ("lần thứ IV", "lần thứ 4"), however capitalised."""
    return {number.upper() for number in _ORDINAL.findall(text)}


# An encyclopedia's infobox of a Party committee (Wikipedia and its copies): its sitting committee, "Khóa thứ XVI"
# with its years on the same line or the next, "(2020 - 2025)", above the secretary and the members it lists
_INFOBOX_TERM = re.compile(r"^Khóa\s+thứ\s+[IVXLC]+\s*\(\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\s*\)", re.IGNORECASE | re.MULTILINE)


def _infobox_term(text: str) -> tuple[str, str] | None:
    """(term, quote) of the committee an infobox shows as sitting: the page describes that term,
    whenever it was copied; a five-year Party term only, and only one."""
    terms = {(int(m.group(1)), int(m.group(2)), squash_spaces(m.group(0))) for m in _INFOBOX_TERM.finditer(text)}
    spans = {(start, end) for start, end, _ in terms if start % 5 == 0 and end - start == 5}
    if len(spans) != 1:
        return None
    start, end = spans.pop()
    return f"{start}-{end}", next(quote for a, b, quote in sorted(terms) if (a, b) == (start, end))


def _undated_term(text: str, subject: str, opening: str, province: str | None, url: str | None = None,
                  headlines: str = "") -> tuple[str, str, str] | None:
    """(term, why, basis) of an undated article that names no congress of its own: a review
    of a whole term, the resolution it carries out, a cell's congress for its shorter term, a year it marks (in the title or the
    first blocks, headings too: "70 NĂM XÂY DỰNG VÀ TRƯỞNG THÀNH (11/3/1954 – 11/3/2024)"), the
    Party's age it tells ("Đảng ta suốt 93 năm qua") or an organisation's, counted from the founding
    it has just told ("ra đời ngày 8/10/2007 … Suốt 15 năm qua"), the lunar new year it greets ("Xuân Quý
    Mão"), the year it reports, a mass organisation's congress off the Party's calendar ("Đại hội
    đại biểu Hội Cựu chiến binh phường …, nhiệm kỳ 2022-2027"), the year folder of its URL, its date bounds."""
    sitting = _infobox_term(text)
    if sitting:
        return sitting[0], f"hộp thông tin ghi khóa đương nhiệm: «{sitting[1]}»", "text"
    reviewed = term_from_review(text)
    if reviewed:
        return reviewed, "bài tổng kết cả nhiệm kỳ", "text"
    carried_out = _term_carried_out(text)
    if carried_out:
        return carried_out, "bài nói về việc thực hiện nghị quyết đại hội của nhiệm kỳ này", "text"
    cell_congress = _cell_congress_term(text)
    if cell_congress:
        return cell_congress, "đại hội chi bộ cho nhiệm kỳ ngắn của chi bộ, họp vào năm đầu nhiệm kỳ ấy", "inferred"
    clues = _undated_year_clues(text, subject, opening, province, url, headlines)
    for year, day, why in clues:
        term = _term_in_year(year, day, province)
        if term and int(term[:4]) >= ONLINE_SINCE:  # "(HCM toàn tập, H2002)": a source's year, not the time of writing
            return term, why, "inferred"
    greeted_national = _national_congress_greeted(text)
    if greeted_national:
        return greeted_national[0], greeted_national[1], "inferred"
    ahead = _round_of_congresses_ahead(opening)
    if ahead:
        return ahead, "các đại hội đảng các cấp của nhiệm kỳ mới còn ở phía trước", "inferred"
    bounded = (_term_from_bounds(text, subject, province) or _off_calendar_term_opened(text) or _local_plan_carried_out(text)
               or _latest_evidence_alone(text, subject))
    return (bounded[0], bounded[1], "inferred") if bounded else None


def _latest_evidence_alone(text: str, subject: str) -> tuple[str, str] | None:
    """(term, why) of an undated text whose latest evidence of time (a document it cites with its day, a
    National Congress held, a year it reports: date_bounds) falls in the years congresses.yml gives
    (latest_evidence_years: 2021-2024), that names no later year and nothing still ahead: written in the
    term those years run in, which lasted until the congresses of autumn 2025."""
    low, high, why = date_bounds(text, subject)
    first, last = data.congresses()["latest_evidence_years"]
    if low is None or high is not None or not first <= low.year <= last or _reorganised_body_named_ended(text):
        return None
    if _names_a_later_year(text, low.year):
        return None
    return term_of(low.year - low.year % 5), f"mốc muộn nhất trong bài là năm {low.year} ({'; '.join(why)}), không nêu năm nào sau"


def _names_a_later_year(text: str, year: int) -> bool:
    """The text names a year after `year`: it was written later than its latest dated evidence says."""
    return any(int(told) > year for told in FOUR_DIGIT_YEAR.findall(text))


def _reorganised_body_named_ended(text: str) -> bool:
    """A district body or a bloc Party committee named as former or ended ("Huyện ủy … cũ", "Đảng ủy Khối …
    (nay đã giải thể)"): the text may be of after the 2025 reorganisation, in the next term."""
    return district_bodies_named_former(text) or (bool(_BLOC_NOW.search(text)) and not _bloc_at_work(text))


@lru_cache(maxsize=1)
def _local_plan() -> re.Pattern[str]:
    """A local Party committee's plan or guidance carried out, with its day (documents.yml: local_party_issuers,
    local_plan_kinds, local_plans_carried_out_by): "Thực hiện Kế hoạch số 29-KH/TU, ngày 03/4/2012 …"."""
    found = data.documents()
    verbs = "|".join(r"\s+".join(map(re.escape, str(verb).split())) for verb in found["local_plans_carried_out_by"])
    kinds = "|".join(r"\s+".join(map(re.escape, str(kind).split())) for kind in found["local_plan_kinds"])
    issuers = "|".join(map(re.escape, sorted(map(str, found["local_party_issuers"]), key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:{kinds})\s+(?:số\s*)?\d+\s*[-–]?\s*\w*\s*/\s*(?:{issuers})(?!\w)\s*,?\s*"
                      r"(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _local_plan_carried_out(text: str) -> tuple[str, str] | None:
    """(term, why) of an undated text that carries out a plan or guidance its province's, district's or
    bloc's Party committee issued on a day ("Thực hiện Kế hoạch số 29-KH/TU, ngày 03/4/2012 …"): such a
    document is carried out and reported on within the year it is issued. The latest one, only when the
    text names no later year and that year is not a congress year."""
    years = [int(match["year"]) for match in _local_plan().finditer(text)]
    if not years or (year := max(years)) % 5 == 0 or year < ONLINE_SINCE:
        return None
    if _names_a_later_year(text, year):
        return None
    return term_of(year - year % 5), f"bài thực hiện văn bản của cấp ủy địa phương ban hành năm {year}"


@lru_cache(maxsize=1)
def _off_calendar_opening() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The opening of a term ("bầu Trưởng thôn nhiệm kỳ 2022-2025") and the words that cite one instead
    (congresses.yml: off_calendar_terms)."""
    words = data.congresses()["off_calendar_terms"]

    def alternatives(key: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, word.split())) for word in words[key])

    opened = re.compile(rf"(?<!\w)(?:{alternatives('opened_by')})(?!\w)[^.;\n]{{0,120}}?" + _TERM_YEARS.pattern, re.IGNORECASE)
    return opened, re.compile(rf"(?<!\w)(?:{alternatives('cited_by')})(?!\w)", re.IGNORECASE)


_TERM_YEARS = re.compile(r"nhiệm\s+kỳ\s*(?:mới\s*)?\(?\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)", re.IGNORECASE)
# any term the text names, with words between ("nhiệm kỳ lần XII nhiệm kỳ 2006 – 2011"): its years are no time of writing
_ANY_TERM = re.compile(r"nhiệm\s+kỳ[^.;\n\d]{0,20}((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)", re.IGNORECASE)


def _off_calendar_term_opened(text: str) -> tuple[str, str] | None:
    """(term, why) of an undated text that opens one term off the Party's calendar, started in neither
    a congress year nor the year after (a village head's, a mass organisation's or a cell's: "bầu cử
    Trưởng thôn, nhiệm kỳ 2022-2025"): written in its first year or the year before, both in one Party
    term. Only when every other year the text names falls within that term's run (not a history
    that goes on: "Đại hội Đảng bộ lần thứ I (nhiệm kỳ 2003-2005) … Năm 2009 …")."""
    opened, cited = _off_calendar_opening()
    found: dict[int, tuple[int, str]] = {}
    for match in opened.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        before = re.split(r"[.;\n]", text[max(0, match.start() - 80) : match.start()])[-1]  # "Thực hiện Nghị quyết Đại hội …"
        if start % 5 in (0, 1) or not 1 <= end - start <= 5 or cited.search(before + match.group(0)):
            continue
        found[start] = max(found.get(start, (end, "")), (end, squash_spaces(match.group(0))[-120:]))
    if len(found) != 1:
        return None
    start, (end, quote) = found.popitem()
    if start < ONLINE_SINCE or any(not start - 1 <= int(year) <= end for year in FOUR_DIGIT_YEAR.findall(_ANY_TERM.sub(" ", text))):
        return None
    return term_of(start - start % 5), f"nhiệm kỳ lệch lịch đại hội Đảng mở vào năm {start}: «{quote}»"


# The whole round of congresses still ahead: "… để các địa phương kịp chuẩn bị Đại hội đảng bộ các cấp nhiệm
# kỳ 2025 - 2030", "chào mừng đại hội đảng các cấp tiến tới Đại hội đại biểu tỉnh lần thứ XXI …", "Hướng tới …"
_ROUND_AHEAD = re.compile(
    r"(?:chuẩn\s+bị|chào\s+mừng|tiến\s+tới|hướng\s+tới|hướng\s+về|trước\s+thềm)[^.;\n]{0,40}?đại\s+hội\s+(?:đảng\s+|đảng\s+bộ\s+)?các\s+cấp"
    r"[^.;\n]{0,100}?nhiệm\s+kỳ\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)", re.IGNORECASE)
# … not when the text reports the whole congress year: "KẾT QUẢ CÔNG TÁC NĂM 2020 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021"
_YEAR_REPORTED_WITH_NEXT = re.compile(r"năm\s+((?:19|20)\d\d)\s+(?:và|,)\s+(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch)", re.IGNORECASE)


def _round_of_congresses_ahead(opening: str) -> str | None:
    """An undated opening that prepares or greets the congresses of all levels for the term
    A-B was written before the province's congress closed: the term before (A-5)-A. Not
    when it reports the year A itself with the next year's tasks (written after it)."""
    terms = {int(m.group(1)) for m in _ROUND_AHEAD.finditer(opening) if int(m.group(2)) - int(m.group(1)) == 5 and int(m.group(1)) % 5 == 0}
    if len(terms) != 1:
        return None
    start = terms.pop()
    if any(int(year) == start for year in _YEAR_REPORTED_WITH_NEXT.findall(opening)):
        return None
    return term_of(start - 5)


# Greeting the national congress itself ("để chào mừng Đại hội Đảng toàn quốc lần thứ XIII"); not the round of
# congresses on the way to it ("chào mừng Đại hội Đảng các cấp, tiến tới Đại hội … toàn quốc lần thứ XIII")
_GREETED = re.compile(r"chào\s+mừng(?!\s+thành\s+công)", re.IGNORECASE)
# … nor a lower congress greeted with it ("chào mừng Đại hội Đảng bộ tỉnh lần thứ XX và Đại hội … toàn quốc"), still ahead
_ON_THE_WAY = re.compile(r"các\s+cấp|tiến\s+tới|hướng\s+tới|đại\s+hội", re.IGNORECASE)


def _national_congress_greeted(text: str) -> tuple[str, str] | None:
    """(term, why) of an undated text that greets the national congress itself: it meets in
    January after every provincial congress of the year before, and the greetings come once
    those are over (the round of congresses "tiến tới" it is still the old term)."""
    for match, number, closed in national_congresses(text):
        before = re.split(r"[.;\n]", text[max(0, match.start() - 80) : match.start()])[-1]
        if not _GREETED.search(before) or _ON_THE_WAY.search(before):
            continue
        if celebrated_after(text, match):
            continue  # "chào mừng Đại hội … thành công": after it, read elsewhere
        cycle = closed.year - 1 - (closed.year - 1) % 5
        return term_of(cycle), f"bài chào mừng Đại hội {number} của Đảng, họp sau các đại hội tỉnh năm {cycle}"
    return None


def _anniversary_in_url(url: str | None) -> tuple[int, date | None, str] | None:
    """The anniversary the page's address remembers ("…-ky-niem-94-nam-ngay-thanh-lap-dang-…-3-2-1930-3-2-2024"):
    a page about an anniversary is posted around it."""
    found = url_anniversary(url)
    return (found[0], found[1], f"năm suy ra từ địa chỉ trang: kỷ niệm năm {found[0]}") if found else None


def _undated_year_clues(text: str, subject: str, opening: str, province: str | None, url: str | None,
                        headlines: str) -> list[tuple[int, date | None, str]]:
    """(year, day or None, why) of each clue to an undated article's year, strongest first. After a year it
    marks only the year it reports is tried; otherwise the URL's year folder, month folder and slug come last."""
    marked = anniversary(opening)
    reported = [(found[0], None, found[1]) for found in (year_reported(subject), part_year_reported(subject)) if found]
    if marked:
        return [(marked.year, marked.day, marked.note), *reported]
    aged = party_age(text) or age_since_founding(text)
    planned = plan_year(text) or whole_year_told(text)
    filed, slugged = url_year(url), url_slug_year(url)
    clues = [_anniversary_in_url(url), lunar_new_year(text), *([(aged[0], None, aged[1])] if aged else []), *reported,
             *[(found[0], None, found[1]) for found in (off_calendar_congress(subject), planned) if found], titled_month(headlines),
             (filed, None, f"năm suy ra từ địa chỉ trang: thư mục năm {filed}") if filed else None,
             _month_folder_in_url(url, province),
             (slugged, None, f"năm suy ra từ địa chỉ trang: «nam-{slugged}» trong đường dẫn") if slugged else None]
    return [clue for clue in clues if clue]


def _month_folder_in_url(url: str | None, province: str | None) -> tuple[int, date | None, str] | None:
    """The month folder of an undated page's URL ("…/201504/…", "…/2012/02"): the page was filed in that month
    (its lead's yearless day was left undated, the text not making the year certain); its first day stands for
    it when the term is the same at the month's both ends."""
    found = url_date(url)
    if found is None or found.precision != "month":
        return None
    first, last = date(found.year, found.month, 1), date(found.year, found.month, monthrange(found.year, found.month)[1])
    same = _term_in_year(found.year, first, province) == _term_in_year(found.year, last, province)
    return found.year, first if same else None, f"năm suy ra từ địa chỉ trang: thư mục tháng {found.month}/{found.year}"


def _term_in_year(year: int, day: date | None, province: str | None) -> str | None:
    """The term of an article known to be from `year`: a congress year could be either
    term unless the day is known and far from the congresses."""
    if year % 5:
        return term_of(year - year % 5)
    if day is not None and not _near_congress(day):
        return term_by_date(day, province)
    return None


def _near_congress(when: date) -> bool:
    """Between September and mid-November of a congress year the term may turn either way."""
    return when.year % 5 == 0 and (9 <= when.month <= 10 or (when.month == 11 and when.day <= 15))


# A provincial or central bloc Party committee at work ("Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Khối Doanh
# nghiệp"): the blocs were dissolved in the 2025 reorganisation, so the article is from before July 2025.
_BLOC_NOW = re.compile(r"Đảng\s+[uủ][yỷ]\s+[Kk]hối\b")


# … or its end told beside it: "Đảng ủy Khối Doanh nghiệp tỉnh (đã giải thể)", "nguyên Bí thư Đảng ủy Khối …"
_BLOC_ENDED = re.compile(r"giải\s+thể|kết\s+thúc\s+hoạt\s+động|nguyên|cũ|trước\s+đây|sáp\s+nhập|hợp\s+nhất", re.IGNORECASE)


def _bloc_at_work(text: str) -> bool:
    """A bloc Party committee named anywhere in the text, never beside its end or as a former
    one: beside a lower bound of the 2020s, the article predates the 2025 reorganisation."""
    return named_at_work(_BLOC_NOW, _BLOC_ENDED, text, reach_after=80)


def _term_from_bounds(text: str, subject: str, province: str | None) -> tuple[str, str] | None:
    """Both ends of the window the article was written in fall in one term."""

    low, high, why = date_bounds(text, subject)
    council = council_term_opened(text)  # "HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026": written in 2021 or later
    if council and (low is None or council[0] > low):
        why = (council[1], *(why[1:] if low else why))  # the council's start replaces the lower bound's reason
        low = council[0]
    low, high, why = _within_sitting(low, high, why, legislature_session(text))
    if high is None and _BLOC_NOW.search(subject):
        high, why = REFORM_EVE, (*why, "Đảng ủy Khối còn hoạt động")
    # "… văn bản ngày 6/1/2022 …", then "Ban Thường vụ Huyện ủy … đã chuẩn y" further down: before the reform
    if high is None and low is not None and low.year >= 2020 and district_bodies_at_work(text):
        high, why = REFORM_EVE, (*why, "cấp huyện còn hoạt động trong bài")
    # "… Quy định 58-QĐ/TW ngày 08/02/2022 …", then "báo cáo Đảng ủy Khối các cơ quan tỉnh" further down
    if high is None and low is not None and low.year >= 2020 and _bloc_at_work(text):
        high, why = REFORM_EVE, (*why, "Đảng ủy Khối còn hoạt động trong bài")
    if low is None or high is None or low > high:
        return None
    first, last = term_by_date(low, province), term_by_date(high, province)
    if first != last:
        return None
    return first, f"bài viết trong khoảng {low.isoformat()} – {high.isoformat()} ({'; '.join(why)})"


def _within_sitting(low: date | None, high: date | None, why: tuple[str, ...], sitting: tuple[date, date, str] | None):
    """The bounds narrowed to the window of a numbered sitting of a council or the National
    Assembly ("kỳ họp thứ 5, HĐND huyện … nhiệm kỳ 2016 – 2021": from its election to mid-2018)."""
    if sitting is None:
        return low, high, why
    first, last, told = sitting
    return max(low, first) if low else first, min(high, last) if high else last, (*why, told)


def _own_names(article: Article) -> list[str]:
    names = []
    if article.locality:
        names.append(article.locality.split(" ", 1)[-1] if not article.locality.startswith(("thành phố", "thị xã", "thị trấn", "đặc khu")) else article.locality.split(" ", 2)[-1])
    if article.province:
        names.append(article.province)
    return names
