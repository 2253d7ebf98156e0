"""When the article was published: the date lines, the lead and the URL weighed together.

A page may print several dates: its own date line next to the headline, a
date at the bottom, the site header's "today" (the day it was crawled), the
event in the lead ("Sáng 27/8, …"), the date in its URL. A date line printed
with the article is trusted; a header date is taken only when the article
agrees with it (its lead's day, the years it speaks of, the events it calls
coming). Without a date line the lead's day counts, with a year the text, the
URL or a month line makes certain. What is not certain stays null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from . import data
from .anniversaries import anniversary
from .article import Article
from .bounds import coming_days
from .dates import (ONLINE_SINCE, SIGNING_LINE, WEEKDAY, FoundDate, find_dates, has_publication_label, read_date_line, read_dateline,
                    reported_days, round_span)
from .url_path import lists_articles, url_date
from .segment import VIEW_COUNT, Segment, date_part, names_another_day, split_meta_line, table_row
from .years import YearEvidence, infer_year

# Where a date line stands, most trusted first; a date glued into the headline ("Đại hội …
# (22/5/2015)") may be the event's, so the page's own date line beside it comes first.
RANK = {"title": 0, "glued": 0.5, "bottom": 1, "after_lead": 2, "top": 3, "header": 3}
PLACE_TEXT = {
    "title": "dòng ngày cạnh tiêu đề",
    "glued": "ngày in liền tiêu đề",
    "bottom": "dòng ngày cuối bài",
    "after_lead": "dòng ngày sau đoạn mở đầu",
    "top": "dòng ngày đầu trang",
    "header": "dòng ngày ở phần đầu trang, trên tiêu đề",
}


@dataclass
class Candidate:
    found: FoundDate
    where: str
    text: str
    order: int = 0  # position among the page's segments (a header date nearest the title first)
    over_banner: bool = False  # printed right above the site's welcome, slogan or contacts line
    by_weather: bool = False  # printed beside the header's weather widget

    @property
    def day(self) -> date:
        return date(self.found.year, self.found.month, self.found.day)


@dataclass
class Lead:
    """The event day a lead opens with, and (worked out when asked) the year the
    article makes certain."""

    found: FoundDate
    opening: str
    paragraph: str
    article: Article
    rounds_up: bool = False  # the paragraph goes on to days weeks later: not the day of the news

    @cached_property
    def evidence(self) -> YearEvidence:
        title = self.article.title or ""
        return infer_year(_full_text(self.article), self.found.month, title + "\n" + self.paragraph, self.found.day)


def decide(article: Article, segments: list[Segment], glued: str | None = None) -> None:
    """Set date, date_precision and date_note (with evidence) on the article."""
    candidates = _candidates(segments, glued)
    lead = _lead(article)
    round_up, lead = (lead, None) if lead and lead.rounds_up else (None, lead)
    listed = lists_articles(article.source_url)  # a tag's or a category's list, by its address
    listing, lead = (lead, None) if lead and (listed or _lists_teasers(article)) else (None, lead)
    items = _dated_items(candidates)
    candidates = [] if items else candidates
    text = _full_text(article)
    from_url = url_date(article.source_url)
    rejected = []
    ranked = sorted(candidates, key=lambda c: (_machine_stamp(c, candidates), RANK[c.where], c.found.precision != "day",
                                               bool(SIGNING_LINE.match(c.text)), _later_edit(c, candidates),
                                               -c.order if c.where == "header" else c.order))
    for candidate in ranked:
        doubt = _doubt(candidate, lead, from_url, text)
        if doubt and candidate.where in ("header", "top") and not _bare_post_stamp(candidate):
            note = f"bỏ qua «{candidate.text}» ({PLACE_TEXT[candidate.where]}): {doubt}"
            rejected += [note] if note not in rejected else []  # a header printing today twice: said once
            continue
        agreed = _undoubted_in_body(candidate, ranked, lead, from_url, text) if doubt else None
        candidate, doubt = (agreed, None) if agreed else (candidate, doubt)
        _take_line(article, candidate, lead, doubt, rejected)
        return
    if _take_stated(article, rejected):
        return
    if lead and _lead_year(lead, candidates, from_url):
        _take_lead(article, lead, candidates, from_url, rejected)
        return
    if from_url and not (lead and _folder_alone_dates(lead, candidates, from_url)):
        precision = from_url.precision
        article.decide("date", from_url.iso(), "ngày lấy từ địa chỉ trang", weak=precision != "day")
        article.date_precision = precision
        article.date_note = "; ".join([*rejected, "lấy từ địa chỉ trang (không có dòng ngày đăng)"])
        return
    # the last resorts, always listed for review: a day the body reports, a reprinted document's signing day
    for find, told in ((_reported_day, "ngày sự kiện bài kể"), (_signed_in_body, "ngày ký của văn bản bài đăng lại")):
        found = find(article) if lead is None and round_up is None and listing is None and not items and not listed else None
        if found:
            why = f"{told} «{found[1]}» (không có dòng ngày đăng)"
            article.decide("date", found[0].iso(), why, weak=True)
            article.date_precision = "day"
            article.date_note = "; ".join([*rejected, why])
            return
    _leave_undated(article, rejected, lead, round_up=round_up, listing=listing, items=items, listed=listed)


def _undoubted_in_body(doubted: Candidate, ranked: list[Candidate], lead: Lead | None, from_url: FoundDate | None,
                       text: str) -> Candidate | None:
    """Another date line in the article's body that the article agrees with, when the one ranked
    first there is doubted: "21/01/2026" under a lead that reports 21/1/2026 outweighs "27/02/2025"
    at the end (a related item's day), whatever their places' ranks."""
    if doubted.where not in ("bottom", "after_lead"):
        return None
    return next((other for other in ranked if other is not doubted and other.where in ("bottom", "after_lead")
                 and _doubt(other, lead, from_url, text) is None), None)


def _leave_undated(article: Article, rejected: list[str], lead: Lead | None, *, round_up: Lead | None,
                   listing: Lead | None, items: int, listed: bool = False) -> None:
    """No date: say in date_note why each day the page offered was not its own."""
    note = rejected[:]
    if round_up:
        note.append(f"«{round_up.opening}» mở đầu một đoạn kể nhiều sự kiện cách nhau hơn hai tuần, không phải ngày đăng")
    if listing:
        why = "địa chỉ trang là danh sách bài của một thẻ hay chuyên mục" if listed else "các đoạn mở bằng những ngày lùi dần"
        note.append(f"«{listing.opening}» mở đầu tin đầu tiên của một trang danh sách ({why}), không phải ngày đăng")
    if items:
        note.append(f"trang in {items} dòng ngày khác nhau: một trang danh sách, mỗi tin một ngày, không có ngày đăng riêng")
    if lead and _buried_among_dates(lead):
        note.append(f"«{lead.opening}»: ngày nằm sâu trong một câu dài, năm chỉ suy ra từ các ngày ghi đủ năm gần đó "
                    "(của kế hoạch, cuộc họp câu ấy dẫn): có thể là ngày của việc khác")
    elif lead and lead.found.year and _round_goes_on(lead):
        note.append(f"«{lead.opening}»: ngày cuối một đợt đại hội, nhưng bài còn kể những ngày sau đó; không rõ ngày đăng")
    elif lead and lead.found.year and not _history(lead):
        note.append(f"«{lead.opening}» in năm {lead.found.year}, nhưng {lead.evidence.note}: không rõ năm nào đúng")
    elif lead and lead.found.year:
        note.append(f"«{lead.opening}» là ngày trong lịch sử (trước năm {ONLINE_SINCE}), không phải ngày đăng")
    elif lead:
        note.append(f"chỉ có ngày {lead.found.day}/{lead.found.month} («{lead.opening}»), không đủ căn cứ xác định năm")
    article.date_note = "; ".join(note) or None
    article.evidence["date"] = _evidence("không có dòng ngày đăng", weak=bool(note))


def _evidence(reason: str, weak: bool):
    from .article import Evidence

    return Evidence([reason], weak)


# --- what the page offers ----------------------------------------------------------------


def _candidates(segments: list[Segment], glued: str | None) -> list[Candidate]:
    found = []
    title_at = next((n for n, s in enumerate(segments) if s.kind == "title"), None)
    for position, segment in enumerate(segments):
        if segment.kind != "date_line":
            continue
        meta = split_meta_line(segment.text) if segment.author else None
        read = read_date_line(meta[0] if meta else date_part(segment.text) or segment.text)
        if read is None or read.year is None or _event_schedule(segments, position) or names_another_day(segment.text):
            continue
        if inside_body(segment):
            where = "bottom" if "cuối" in segment.detail else "after_lead"
        elif title_at is None:
            where = "top"
        elif position < title_at:
            where = "header"
        else:
            where = "title"
        found.append(Candidate(read, where, segment.text, position, _over_site_banner(segments, position),
                               _beside_weather(segments, position)))
    if glued:
        read = read_date_line(glued)
        if read and read.year:
            found.append(Candidate(read, "glued", glued, title_at or 0))
    return found


_UPDATE_STAMP = re.compile(r"\s*(?:ngày\s+)?(?:cập\s+nhật|chỉnh\s+sửa|sửa(?:\s+(?:lúc|ngày|đổi))?\s*[:：]|updated|last\s+modified)", re.IGNORECASE)


def _later_edit(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """A date line labelled as an edit ("Cập nhật: 20/05/2016 10:00") where a date line in the
    same place prints an earlier day ("14/03/2016 08:30"): the page says when it was last edited
    and when it went up, and the earlier day is the post's. Alone, "Cập nhật:" labels the post."""
    return (_UPDATE_STAMP.match(candidate.text) is not None
            and any(other.where == candidate.where and other.day < candidate.day for other in candidates))


_ISO_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


# a line that is a day in figures and nothing else: "23/05/2020", "08-09-2024", "28.11.2018"
_BARE_DAY = re.compile(r"[0-3]?\d([/.-])[01]?\d\1(?:19|20)\d\d")


def _bare_post_stamp(candidate: Candidate) -> bool:
    """A header's line that is only a day in figures ("23/05/2020"): the site's stamp of the
    post, as a time without a weekday is; a clock of today prints its weekday (87 development
    pages of 86 sites print such a line among their first six: 85 dated by it, 2 lists of news
    labelled undated; the three it was dropped from for the lead or the years disagreeing were
    their day too). Doubted, it is still taken, listed for review; not beside the weather
    widget or above the site's slogan."""
    return bool(_BARE_DAY.fullmatch(candidate.text.strip())) and not (candidate.over_banner or candidate.by_weather)


def _machine_stamp(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """A bare ISO-8601 time ("2025-02-25T04:27:51-05:00": the page's metadata, often when it was last changed) where
    the page also prints a date line for readers above its foot ("Thứ năm - 06/02/2025 20:43", NukeViet's under the
    structured data's headline, author, published and modified times): the printed one is the post's."""
    return (_ISO_STAMP.fullmatch(candidate.text.strip()) is not None
            and any(_ISO_STAMP.fullmatch(other.text.strip()) is None and other.where != "bottom"
                    and not SIGNING_LINE.match(other.text) for other in candidates))


# "Thời gian: 8h00, ngày 25/03/2016" / "Địa điểm: Hội trường …": when an announced event takes place
_SCHEDULE_TIME = re.compile(r"[-–•+*\s]*thời\s+gian\s*[:：]", re.IGNORECASE)
_HOUR_IN_WORDS = re.compile(r"[-–•+*\s]*thời\s+gian\s*[:：]\s*(?:vào\s+)?(?:lúc\s+)?\d{1,2}\s*(?:h|giờ)", re.IGNORECASE)
_VENUE = re.compile(r"[-–•+*\s]*địa\s+điểm\s*[:：]", re.IGNORECASE)


def _event_schedule(segments: list[Segment], position: int) -> bool:
    """"Thời gian: 8h00, ngày 25/03/2016" (an hour written as people write it, not a CMS's "08:30"),
    or "Thời gian: …" over "Địa điểm: …": a notice or invitation giving when its event takes place,
    days after the page went up; not the page's date line ("Thời gian đăng: …", "Thời gian: 08:58 - …")."""
    text = segments[position].text
    if _HOUR_IN_WORDS.match(text):
        return True
    below = segments[position + 1] if position + 1 < len(segments) else None
    return _SCHEDULE_TIME.match(text) is not None and below is not None and _VENUE.match(below.text) is not None


LISTED_ITEMS = 3  # different days printed on date lines that make a page a list of items


def _dated_items(candidates: list[Candidate]) -> int:
    """How many different days the page's date lines print, when they are so many that the page
    lists items each under its own date line (a portal's section, a blog's archive: "(05/12/2017
    20:27)" / "(02/12/2017 …)" below each item's headline, beside the header's today); else 0."""
    days = {candidate.day for candidate in candidates}
    return len(days) if len(days) >= LISTED_ITEMS else 0


def _over_site_banner(segments: list[Segment], position: int) -> bool:
    """The date line stands right above a line of the site's header (boilerplate.yml
    site_banner_lines: "Thứ hai, 17/06/2024" over "Chào mừng bạn đến với Trang thông tin điện tử
    UBND phường …", "Đẩy mạnh học tập và làm theo …!", "Hotline: …"): the site's clock of today."""
    below = segments[position + 1] if position + 1 < len(segments) else None
    return below is not None and below.kind == "boilerplate" and data.boilerplate()["site_banner"].fullmatch(below.text.strip()) is not None


WEATHER_REACH = 2  # lines above or below a date line where the header's weather widget may stand


def _beside_weather(segments: list[Segment], position: int) -> bool:
    """A weather widget of the site's header stands within two lines of the date line
    (boilerplate.yml weather_lines: "23.3 C" / "Vietnam, GF" / "Thứ Sáu, Tháng Sáu 21, 2024";
    "Thứ Sáu, 21/06/2024" / "26 C" / "Lạng Sơn"): the header's clock of today, beside
    today's weather, not the article's date."""
    near = segments[max(0, position - WEATHER_REACH) : position] + segments[position + 1 : position + 1 + WEATHER_REACH]
    weather = data.boilerplate()["weather"]
    return any(s.kind == "boilerplate" and weather.fullmatch(s.text.strip()) is not None for s in near)


def inside_body(segment: Segment) -> bool:
    """A date line segment/ found after the lead or at the body's end."""
    return "cuối" in segment.detail or "sau đoạn mở đầu" in segment.detail


_POINT_NUMBER = re.compile(r"(?:\d{1,2}|[IVX]{1,4})[.)]")  # a point's number alone on its line: "1.", "II."


def _lead(article: Article) -> Lead | None:
    """The first of the opening paragraphs that opens with an event date; a page without a
    headline may open with a short line such as "Ngày 4/5/2023, Chi bộ … tiến hành …": that too.
    Not a table's row."""
    opening = article.blocks[:1] if article.blocks and article.blocks[0].kind == "heading" else []
    for block in (opening + [b for b in article.blocks if b.kind in ("lead", "paragraph")])[:3]:
        if table_row(block.text):
            continue  # a table's row ("Số: 154-HD/BTGTW | Hà Nội, ngày …"): its day is no event's (_signed_in_body)
        if _POINT_NUMBER.fullmatch(block.text.strip()):
            break  # "1." alone: the text's numbered points have begun, a day under one is that point's, not the news'
        found = read_dateline(block.text)
        if found:
            return Lead(found, block.text[: found.end].strip(" ,"), block.text, article, _rounds_up(block.text, found))
    return None


REPORTED_WITHIN_DAYS = 14  # days the body reports further apart tell several events
LISTING_TEASERS = 3  # dated openings, each earlier than the one before, that make a list of news
LISTING_WITHIN = 6  # opening paragraphs looked at for them


def _lists_teasers(article: Article) -> bool:
    """A category, tag or paged list of news: its paragraphs are teasers, each opening with its own
    event's day, newest first ("Chiều ngày 30/10, …" / "Sáng ngày 28/10, …" / "Sáng ngày 24/10, …").
    The first teaser's day is not the page's: a list has no day of its own."""
    paragraphs = [b.text for b in article.blocks if b.kind in ("lead", "paragraph")][:LISTING_WITHIN]
    days = [found for found in map(read_dateline, paragraphs) if found][:LISTING_TEASERS]
    return len(days) == LISTING_TEASERS and all(_earlier(later, earlier) for later, earlier in zip(days, days[1:]))


def _earlier(later: FoundDate, earlier: FoundDate) -> bool:
    """`earlier` is a day before `later`: by their years where both print one, else within two
    months before it (across New Year too: "5/1" then "28/12")."""
    if later.year and earlier.year:
        return (earlier.year, earlier.month, earlier.day) < (later.year, later.month, later.day)
    year = later.year or earlier.year or 2001  # 2001: not a leap year
    try:
        first, second = date(year, later.month, later.day), date(year, earlier.month, earlier.day)
    except ValueError:
        return False
    gap = (first - second).days % 365
    return 0 < gap <= 62


def _rounds_up(paragraph: str, found: FoundDate) -> bool:
    """"Ngày 03/2/2016 Chi bộ kết nạp …, và ngày 30/12/2016 kết nạp thêm …": the paragraph goes on to
    days weeks later, a round-up of a year's events; its first day is not the day of the news."""
    if not found.year:
        return False
    first = date(found.year, found.month, found.day)
    return any((date(day.year, day.month, day.day) - first).days > REPORTED_WITHIN_DAYS
               for day in reported_days(paragraph[found.end :]))


def _reported_day(article: Article) -> tuple[FoundDate, str] | None:
    """With no date line, no dated lead and no URL date: the day the body says its
    organisation did what the article reports ("Hôm nay, ngày 08/05/2019, … Chi bộ …"),
    the last of such days when they fall within two weeks; days further apart tell
    several events (a round-up, a history), and no day is taken."""
    found = [(day, _words_before(block.text, day.end))
             for block in article.blocks if block.kind in ("lead", "paragraph") for day in reported_days(block.text)]
    if not found:
        return None
    days = [date(day.year, day.month, day.day) for day, _ in found]
    if (max(days) - min(days)).days > REPORTED_WITHIN_DAYS:
        return None
    return found[days.index(max(days))]


def _signed_in_body(article: Article) -> tuple[FoundDate, str] | None:
    """A page that reprints a document and has no date of its own: the document's
    "Hà Nội, ngày 28 tháng 05 năm 2004" near its top (a line, or a cell of its header's
    table "Số: 154-HD/BTGTW | Hà Nội, ngày …"), the day the document was signed."""
    for block in article.blocks[:8]:
        for cell in block.text.split("|"):
            if SIGNING_LINE.match(cell.strip()):
                found = read_date_line(cell.strip())
                if found and found.year:
                    return found, cell.strip()
    return None


def _words_before(text: str, end: int, words: int = 8) -> str:
    return " ".join(text[:end].split()[-words:])


def _full_text(article: Article) -> str:
    return "\n".join([article.title or ""] + [b.text for b in article.blocks])


# --- how far a date line agrees with the article ---------------------------------------------


def _doubt(candidate: Candidate, lead: Lead | None, from_url: FoundDate | None, text: str) -> str | None:
    """Why the article disagrees with a date line, or None. A date line printed with the
    article is checked against its lead and URL; a header's date against everything. A lead
    that tells history ("Ngày 6/4/1955, …") says nothing of the day the page went up."""
    when = candidate.day
    if lead and lead.found.year and lead.found.year < ONLINE_SINCE:
        lead = None
    if lead and not _lead_fits(lead, when):
        return f"đoạn mở đầu kể sự kiện ngày {lead.found.day}/{lead.found.month}, không khớp"
    if from_url and from_url.precision == "day" and from_url.year:
        gap = abs((when - date(from_url.year, from_url.month, from_url.day)).days)
        if gap > 3:
            return f"địa chỉ trang ghi ngày {from_url.day}/{from_url.month}/{from_url.year}"
    if candidate.where not in ("header", "top"):
        return None
    if candidate.over_banner:
        return "in ngay trên lời chào, khẩu hiệu hay dòng liên hệ của trang: ngày của đồng hồ trang, không phải ngày đăng"
    if candidate.by_weather:
        return "in cạnh ô thời tiết của đầu trang: ngày của đồng hồ trang, không phải ngày đăng"
    if _place_and_today(candidate):
        return "dòng «nơi, ngày» mở đầu trang, trên tiêu đề: ngày hôm nay của đầu trang, không phải ngày đăng"
    if candidate.where == "header" and _CALENDAR_TODAY.fullmatch(candidate.text.strip()):
        return "ngày viết đủ thứ, ngày, tháng, năm, không giờ, trên tiêu đề: lịch hôm nay của đầu trang, không phải ngày đăng"
    # a time of day without a weekday ("Ngày 14/01/2019 15:51:43") is the site's record of the post:
    # 222 of 226 such top lines of the development pages; a clock of today prints its weekday
    timed = candidate.found.has_time and not WEEKDAY.search(candidate.text)
    if lead and lead.found.year and not has_publication_label(candidate.text) and not timed and _weeks_after(lead, when):
        return f"muộn hơn nhiều tuần so với sự kiện ở đoạn mở đầu ({lead.found.day}/{lead.found.month}/{lead.found.year})"
    evidence = lead.evidence if lead else infer_year(text)
    if evidence.strong and evidence.year != when.year and not (when.month <= 2 and evidence.year == when.year - 1):
        return f"bài cho thấy năm {evidence.year}"
    # a time of day, a "Ngày đăng:" label or the article's view count: the site's stamp of the
    # article, not a header's "today"
    stamp = candidate.found.has_time or has_publication_label(candidate.text) or bool(VIEW_COUNT.search(candidate.text))
    if not stamp and evidence.lower_bound and evidence.lower_bound > when.year:
        return f"bài đã nói về năm {evidence.lower_bound}"
    if not stamp and evidence.lower_bound and when.year >= evidence.lower_bound + 3:
        return f"muộn hơn nhiều so với mọi năm bài nhắc tới (muộn nhất {evidence.lower_bound})"
    coming = coming_days(text)
    if any(when > day + timedelta(days=7) for day in coming):
        return "muộn hơn những sự kiện bài viết còn gọi là sắp diễn ra"
    marked = anniversary(text)
    if not stamp and lead is None and marked and marked.day and (when - marked.day).days > 30:
        return f"muộn hơn nhiều tuần so với ngày kỷ niệm bài nói tới ({marked.day.day}/{marked.day.month}/{marked.day.year})"
    return None


# "Thứ Bảy, Ngày 24 tháng 4 năm 2021", "Chủ nhật, Ngày 23 Tháng 2 Năm 2020": a header's calendar of today,
# written out in words and without a time (a Blogger post's "Thứ Hai, 14 tháng 8, 2017" has no "ngày … năm")
_CALENDAR_TODAY = re.compile(
    r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)\s*,?\s*ngày\s+[0-3]?\d\s+tháng\s+[01]?\d\s+năm\s+(?:19|20)\d\d",
    re.IGNORECASE)
# "Hà Nội, ngày 08-04-2020", "Đà Nẵng 07/06/2023": a place and a day in figures, as a site header prints today
_PLACE_AND_DAY = re.compile(r"[A-ZĐ][^\d,:|()]{1,30},?\s*(?:ngày\s*)?[0-3]?\d\s*[-/.]\s*[01]?\d\s*[-/.]\s*(?:19|20)\d\d", re.IGNORECASE)


def _place_and_today(candidate: Candidate) -> bool:
    """The page opens with a place and a day above the headline ("Hà Nội, ngày 08-04-2020"): the
    site header's today. A reprinted document's "Hà Nội, ngày 28 tháng 05 năm 2004" stands under
    its issuer and number, not first on the page; a weekday or a label makes another line."""
    text = candidate.text.strip()
    return (candidate.where == "header" and candidate.order == 0 and _PLACE_AND_DAY.fullmatch(text) is not None
            and not WEEKDAY.search(text) and not has_publication_label(text))


def _weeks_after(lead: Lead, when: date) -> bool:
    """A header's date weeks after the day the lead reports, written with its year: the
    site's clock of the day the page was saved, not the article's."""
    return (when - date(lead.found.year, lead.found.month, lead.found.day)).days > 14


def _lead_fits(lead: Lead, when: date) -> bool:
    """Published on the event's day, up to two months after, or up to three days before."""
    years = [lead.found.year] if lead.found.year else [when.year, when.year - 1]
    for year in years:
        try:
            event = date(year, lead.found.month, lead.found.day)
        except ValueError:
            continue
        if -3 <= (when - event).days <= 60:
            return True
    return False


# --- deciding ------------------------------------------------------------------------------------


def _take_stated(article: Article, rejected: list[str]) -> bool:
    """The date a scraper read off the page's metadata and wrote above it, when the page prints
    no date line: before an event day in the lead, which is the news's day, not the posting's."""
    found = read_date_line(article.stated_date) if article.stated_date else None
    if found is None or found.year is None:
        return False
    article.decide("date", found.iso(), f"ngày công cụ thu thập ghi trên trang «{article.stated_date}»")
    article.date_precision = "datetime" if found.has_time else found.precision
    article.date_note = "; ".join(rejected) or None
    return True


def _take_line(article: Article, candidate: Candidate, lead: Lead | None, doubt: str | None, rejected: list[str]) -> None:
    found = candidate.found
    if found.precision == "month" and lead and lead.found.month == found.month:
        day = FoundDate(lead.found.day, found.month, found.year)
        article.decide("date", day.iso(), f"tháng từ «{candidate.text}», ngày từ «{lead.opening}»")
        article.date_precision = "day"
        article.date_note = "; ".join([*rejected, f"ngày {lead.found.day} lấy từ «{lead.opening}», tháng và năm từ «{candidate.text}»"])
        return
    reason = f"{PLACE_TEXT[candidate.where]} «{candidate.text}»"
    # a header's date without a time of day may be the day the page was saved: worth a look
    unchecked = candidate.where in ("header", "top") and not found.has_time and lead is None
    article.decide("date", found.iso(), reason + (f"; nhưng {doubt}" if doubt else ""), weak=bool(doubt) or unchecked)
    article.date_precision = "datetime" if found.has_time else found.precision
    notes = rejected[:]
    if candidate.where == "bottom":
        notes.append("lấy từ dòng ngày ở cuối bài")
    if doubt:
        notes.append(f"cần xem lại: {doubt}")
    article.date_note = "; ".join(notes) or None


def _lead_year(lead: Lead, candidates: list[Candidate], from_url: FoundDate | None) -> int | None:
    if _buried_among_dates(lead):
        return None
    if lead.found.year:
        return _anniversary_day_year(lead) or (None if _history(lead) or _year_contradicted(lead) or _round_goes_on(lead)
                                               else lead.found.year)
    if _folder_alone_dates(lead, candidates, from_url):
        return None
    source = _month_of_lead(lead, candidates, from_url)
    return _year_in(lead, source) if source else lead.evidence.year


def _month_of_lead(lead: Lead, candidates: list[Candidate], from_url: FoundDate | None) -> FoundDate | None:
    """The first month a month line or the URL gives that is the lead's yearless day's, or the one after it."""
    for source in [c.found for c in candidates if c.found.precision == "month"] + ([from_url] if from_url else []):
        if source.month in (lead.found.month, lead.found.month % 12 + 1):
            return source
    return None


def _year_in(lead: Lead, source: FoundDate) -> int:
    """The year of the lead's day in a month's source: the year before for December's day in January."""
    return source.year if source.month >= lead.found.month else source.year - 1


def _folder_alone_dates(lead: Lead, candidates: list[Candidate], from_url: FoundDate | None) -> bool:
    """The year of a lead's yearless day would come from the URL's month folder alone ("…/201802/…",
    "…/2012/02"), the text giving none or another: the text must make the lead's year certain, and the
    folder tells only the month the page was filed in (the lead may tell a day of the month before, a
    quote's day, a digest's items'); no date, not even the folder's month, which would stand for the lead's
    day (the term still reads it: tenure._month_folder_in_url). Development pages of 5 sites, with the URL:
    3 wrong, 2 right; one half 1 wrong and 2 right, the other 2 wrong and none right."""
    if lead.found.year or from_url is None or from_url.precision != "month":
        return False
    source = _month_of_lead(lead, candidates, from_url)
    return source is from_url and lead.evidence.year != _year_in(lead, source)


def _anniversary_day_year(lead: Lead) -> int | None:
    """The year of the anniversary the lead marks on its own day, where the lead prints
    another ("Sáng 19/5/2022, … kỷ niệm 133 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 –
    19/5/2023)"): the count and the span agree, so the lead's year is the slip."""
    marked = anniversary(lead.paragraph)
    if marked is None or marked.day is None or marked.day.year == lead.found.year:
        return None
    return marked.day.year if (marked.day.month, marked.day.day) == (lead.found.month, lead.found.day) else None


BURIED_AFTER_WORDS = 10  # words before the day: "Theo kế hoạch giám sát … của Ủy ban Thường vụ Quốc hội, ngày 12/1"


def _buried_day(lead: Lead) -> bool:
    """A day without its year read deep in a long sentence ("Căn cứ Kế hoạch số 42-KH/ĐU …
    mà Ban chấp hành đã thông qua, ngày 30/8"), its year only from a clue that does not pin it
    (the year the lead speaks of, …): the sentence may be telling another day than the news's;
    to review (development pages: 5 wrong, 6 right; with the URL 4 and 5). Dated only by whole
    dates near it, it gives no date at all (_buried_among_dates)."""
    return not lead.found.year and len(lead.opening.split()) > BURIED_AFTER_WORDS and not lead.evidence.strong


def _buried_among_dates(lead: Lead) -> bool:
    """A day without its year deep in a long sentence whose year comes only from the whole
    dates written near it ("Đó là nội dung … do Ban Tuyên giáo Tỉnh ủy chủ trì … tổ chức chiều
    ngày 06/9", beside "Kế hoạch số 120-KH/BTGTU ngày 20/8/2024"): those dates are the plans and meetings
    the sentence cites, and the day is one of theirs as often as the news's; no date (3
    development pages of 3 sites: 2 wrong, 1 right; each half of the sites loses a wrong)."""
    return _buried_day(lead) and lead.evidence.from_dates_nearby


# "… tổ chức đại hội điểm vào ngày 14/8/2022", "… phục vụ đoàn đánh giá cấp tỉnh vào ngày 09/4/2019": the day closes a clause
_CLOSING_DAY = re.compile(r"\bvào\s+(?:buổi\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d[^\s]*\s*$", re.IGNORECASE)
CLOSING_AFTER_WORDS = 6  # words before "vào … ngày": a clause telling what was done, not a dateline


def _day_closing_a_clause(lead: Lead) -> bool:
    """The lead's day, written with its year, is not its opening but closes a clause that told what was done first ("Chi bộ Bảo
    tàng tỉnh tổ chức đại hội điểm vào ngày 14/8/2022", "Thực hiện công văn số 12/NTM về việc … phục vụ đoàn
    đánh giá cấp tỉnh vào ngày 09/4/2019"): it may be a pilot's, a plan's or a first event's day, not the
    news's; to review, as a day the body reports that way is (development pages: 3 wrong, 3 right)."""
    return bool(lead.found.year) and _CLOSING_DAY.search(lead.opening) is not None and len(lead.opening.split()) > CLOSING_AFTER_WORDS + 2


def _year_contradicted(lead: Lead) -> bool:
    """The lead prints its day with a year the rest of the article places in another
    ("Sáng ngày 06/01/2017, … tổng kết năm 2017 và … nhiệm vụ năm 2018": a January slip;
    "chiều ngày 24/3/2022, … kỷ niệm 92 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2023)"; a
    quote "nói với báo QĐND ngày 19/12/2019" among days all of 2018): the year is a slip or
    the day another event's; which one the page cannot tell, so no date is taken."""
    evidence = lead.evidence
    return evidence.dates_the_day and evidence.year != lead.found.year


ROUND_GOES_ON_DAYS = 60  # a later day the article names within this: the round of meetings was still going


def _round_goes_on(lead: Lead) -> bool:
    """The lead is dated by the close of a round of meetings told in its first sentence (round_span:
    "…, từ ngày 23-27/3/2020, các chi bộ … đã lần lượt tiến hành Đại hội"), and the article names a
    day weeks after it ("Đến 27/03/2020, 12/15 chi bộ đã hoàn thành …; 3 chi bộ còn lại … vào ngày 30 và
    31/3/2020"): the round had not closed that day, and the page tells no day of its own."""
    if not _closes_a_round(lead):
        return False
    closed = date(lead.found.year, lead.found.month, lead.found.day)
    return any(0 < (date(day.year, day.month, day.day) - closed).days <= ROUND_GOES_ON_DAYS
               for day in find_dates(_full_text(lead.article)) if day.year)


def _closes_a_round(lead: Lead) -> bool:
    """The lead's day is the last of a span told mid-sentence, in which a round of meetings was held (round_span)."""
    span = round_span(lead.paragraph)
    return span is not None and (span.day, span.month, span.year) == (lead.found.day, lead.found.month, lead.found.year)


def _history(lead: Lead) -> bool:
    """A paragraph dated before the archive's news went online ("Ngày 18/11/1951, Tổng quân
    ủy …" in an anniversary interview): history the article tells, not the day it was published."""
    return lead.found.year < ONLINE_SINCE


_TWO_DAYS = re.compile(r"\d\s*(?:và|,|;|-|–)\s*(?:mùng\s*)?\d{1,2}\s*[/.-]\s*\d")
# one whole day written with dashes: "Ngày 25-4-2019", "Sáng 27-10-2025"
_DASHED_DAY = re.compile(r"[0-3]?\d\s*([-–])\s*[01]?\d\s*\1\s*(?:19|20)\d\d")


def spans_two_days(opening: str) -> bool:
    """The lead's opening gives two days or more ("Trong hai ngày 6 và 7-5", "Trong 2 ngày 21-22/5/2010"),
    not one day written with dashes ("Ngày 25-4-2019", whose "5-4-2" reads like "6 và 7-5")."""
    for match in _TWO_DAYS.finditer(opening):
        start = match.start()
        while start > 0 and opening[start - 1].isdigit():
            start -= 1
        if not _DASHED_DAY.match(opening, start):
            return True
    return False


def _take_lead(article: Article, lead: Lead, candidates: list[Candidate], from_url: FoundDate | None, rejected: list[str]) -> None:
    year = _lead_year(lead, candidates, from_url)
    found = lead.found
    if found.year and year != found.year:
        why = f"ngày {found.day}/{found.month} lấy từ «{lead.opening}»; năm {year} của ngày kỷ niệm đoạn văn nêu, không phải năm {found.year} in ở đó"
    elif found.year:
        why = f"lấy từ đầu đoạn văn «{lead.opening}» (không có dòng ngày đăng)"
    elif lead.evidence.year == year:
        why = f"ngày {found.day}/{found.month} lấy từ «{lead.opening}»; {lead.evidence.note}"
    else:
        why = f"ngày {found.day}/{found.month} lấy từ «{lead.opening}»; năm {year} từ tháng của trang"
    two_days = spans_two_days(lead.opening)
    buried, closing, round_closed = _buried_day(lead), _day_closing_a_clause(lead), _closes_a_round(lead)
    article.decide("date", found.iso(year), why + ("; sự kiện kéo dài hai ngày, lấy ngày cuối" if two_days else "")
                   + ("; ngày nằm sâu trong một câu dài, năm chỉ suy ra từ chỗ khác" if buried else "")
                   + ("; ngày đứng cuối một mệnh đề kể việc đã làm, có thể là ngày của việc khác" if closing else "")
                   + ("; ngày cuối của một đợt đại hội câu ấy kể giữa chừng" if round_closed else ""),
                   weak=(not found.year and lead.evidence.year != year) or two_days or year != (found.year or year) or buried
                   or closing or round_closed)
    article.date_precision = "day"
    article.date_note = "; ".join([*rejected, why])
