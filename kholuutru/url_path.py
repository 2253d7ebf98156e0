"""What the path of a page's address says: the day in it ("/2023/08/14/", a Joomla time alias, a
stamped id), the year of an anniversary it spells, and its slug's words, which a headline may
spell again."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from urllib.parse import parse_qsl, unquote, urlsplit

from . import data
from .dates import ONLINE_SINCE, FoundDate, in_vietnam_time, valid_date
from .text import exact_key, fold


_PATH_DATES = (
    # /2019/08/27/, /2019-08-27/ or /2025-4-2/ : the day
    (re.compile(r"(?<!\d)(?P<y>20\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?!\d)"), "day"),
    # -20190421194045736.htm (a timestamp of 14 to 17 digits) or -20190421.htm
    (re.compile(r"(?<!\d)(?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\d{6,9})?(?=\D|$)"), "day"),
    # a slug ending with the day: "…-sai-pham-22-02-2012/", "…-dot-19-5-2020.html"
    (re.compile(r"-(?P<d>[0-3]?\d)-(?P<m>[01]?\d)-(?P<y>20\d\d)(?=\.html?$|\.aspx$|/?$)"), "day"),
    # /201504/ or /2019/08/ : the month
    (re.compile(r"/(?P<y>20\d\d)/?(?P<m>[01]\d)/"), "month"),
    # … or /2020/12 ending the path: a blog's month archive ("…blogspot.com/2020/12"; not an id "/201912")
    (re.compile(r"/(?P<y>20\d\d)/(?P<m>[01]\d)$"), "month"),
)

# A slug's anniversary span, "ky-niem-71-nam-ngay-thanh-lap-…-22-12-1944-22-12-2015": its second date
# is the day remembered (weeks from the posting, either side), not the day of posting
_SPAN_OPENS = re.compile(r"(?<!\d)[0-3]?\d-[01]?\d-(?:1[89]|20)\d\d-?$")


def url_date(url: str | None) -> FoundDate | None:
    """The publication date a URL's path carries (day, or month with day 1), if any."""
    if not url:
        return None
    try:
        path, query = urlsplit(url)[2:4]
    except ValueError:
        return None
    if found := _joomla_time_alias(path, query):
        return found
    for pattern, precision in _PATH_DATES:
        for match in pattern.finditer(path):
            if _SPAN_OPENS.search(path, 0, match.start()):
                continue  # "…-thanh-lap-dang-3-2-1930-3-2-2020": the anniversary, not the day of posting
            year, month = int(match["y"]), int(match["m"])
            day = int(match.groupdict().get("d") or 1)
            if valid_date(day, month, year) and year <= date.today().year:
                return FoundDate(day, month, year, precision=precision)
    return _stamped_id(path)


# Joomla gives an article whose title leaves no Latin letters for an alias the time it was saved,
# in UTC, as its alias (JTable check(): getDate()->format("Y-m-d-H-i-s")): "index.php?option=com_content
# &view=article&id=535:2015-05-04-06-55-26&catid=…", the colon often written %3A, or with search-engine
# friendly URLs the id and alias as the path's last part ("…/chinh-quyn/1720-2019-04-04-04-27-07")
_TIME_ALIAS = r"(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)-(?P<h>\d\d)-(?P<min>\d\d)-\d\d"
_JOOMLA_QUERY_ALIAS = re.compile(rf"(?:^|&)id=\d+(?::|%3A){_TIME_ALIAS}(?=&|$)", re.I)
_JOOMLA_PATH_ALIAS = re.compile(rf"/\d+-{_TIME_ALIAS}(?:\.html?)?/?$")


def _joomla_time_alias(path: str, query: str) -> FoundDate | None:
    """The day, in Vietnam, of a Joomla article's time alias."""
    match = _JOOMLA_PATH_ALIAS.search(path) or _JOOMLA_QUERY_ALIAS.search(query)
    if match is None or not valid_date(int(match["d"]), int(match["m"]), int(match["y"])) or int(match["h"]) > 23:
        return None
    saved = in_vietnam_time(FoundDate(int(match["d"]), int(match["m"]), int(match["y"]), int(match["h"]), int(match["min"])), "Z")
    return FoundDate(saved.day, saved.month, saved.year, precision="day") if saved.year <= date.today().year else None


# A slug's anniversary span, the day and month the same at both ends: "…-3-2-1930-3-2-2024",
# "…-0441955-0442015" (digits run together), "…-22121944-22122022"
_ANNIVERSARY_SPAN = re.compile(r"(?:^|\D)(?P<since>\d{1,2}-\d{1,2}-|\d{3,4})(?P<founded>1[89]\d\d|20\d\d)-(?P<again>\d{1,2}-\d{1,2}-|\d{3,4})(?P<year>20\d\d)(?!\d)")


def _unquoted_path(url: str | None) -> str | None:
    """The URL's path with its percent-escapes decoded (a slug's Vietnamese letters), if it parses."""
    if not url:
        return None
    try:
        return unquote(urlsplit(url).path)
    except ValueError:
        return None


def url_anniversary(url: str | None) -> tuple[int, date | None] | None:
    """The year (and day, when the digits read one way only) of the anniversary a slug's span
    remembers: a page about an anniversary is posted around it, so its year is the page's
    (the day itself is not the day of posting: see url_date)."""
    path = _unquoted_path(url)
    if path is None:
        return None
    for match in _ANNIVERSARY_SPAN.finditer(path):
        if match["since"] != match["again"] or int(match["year"]) <= int(match["founded"]):
            continue
        year = int(match["year"])
        days = {date(year, month, day) for day, month in _day_month_readings(match["since"]) if valid_date(day, month, year)}
        if days:
            return year, days.pop() if len(days) == 1 else None
    return None


def url_year(url: str | None) -> int | None:
    """A year standing alone as a folder of the path, with no month beside it ("…/portal/pages/2017/
    tu-mua-xuan-ay-2480.aspx", a blog's year archive "…blogspot.com/2021/"): the year the site filed
    the page under. Not a number that is no year since sites went online (ids: "…/details/1995")."""
    path = _unquoted_path(url)
    if path is None or url_date(url) is not None:
        return None
    years = [int(part) for part in path.split("/") if re.fullmatch(r"20\d\d", part)]
    return years[-1] if years and ONLINE_SINCE <= years[-1] <= date.today().year else None


# "…/le-ket-nap-dang-vien-moi-nhat-nam-2023/", "…/hoat-dong-ve-nguon-nam-2017/ct/…": the headline's "năm 2023" in the slug;
# not a deadline, a start or a part of the year ("truoc-nam-2025", "dau-nam-2019"), nor a span ("nam-2018-2019")
_SLUG_YEAR = re.compile(r"(?:^|[/_-])(?:(?P<before>[a-zđ]+)-)?n[aă]m-(?P<year>(?:19|20)\d\d)(?!\d)(?!-(?:19|20)\d\d(?!\d))")
_NOT_THE_ITEMS_YEAR = frozenset("truoc den toi sau tu trong cuoi dau hoc".split())


def url_slug_year(url: str | None) -> int | None:
    """The one year a slug names as "nam-2023" (the headline's "năm 2023": a year's admission of members, its
    review, its plan), since sites went online: the year of the item the page reports."""
    path = _unquoted_path(url)
    if path is None:
        return None
    found = list(_SLUG_YEAR.finditer(path.lower()))
    years = {int(match["year"]) for match in found}
    if len(years) != 1 or any(match["before"] in _NOT_THE_ITEMS_YEAR for match in found):
        return None
    year = years.pop()
    return year if ONLINE_SINCE <= year <= date.today().year else None


def _day_month_readings(digits: str) -> list[tuple[int, int]]:
    """"3-2-" → (3, 2); "044" → (4, 4); "306" → (3, 6) or (30, 6)."""
    if "-" in digits:
        day, month = digits.strip("-").split("-")
        return [(int(day), int(month))]
    return [(int(digits[:cut]), int(digits[cut:])) for cut in (1, 2) if 1 <= len(digits) - cut <= 2]


# "…-198250907140619384.htm", "…-2784260301143608843": a CMS's id made of a category number
# (3 or 4 digits), then the time of posting (yymmddHHMM), then more digits
_LONG_ID = re.compile(r"(?<!\d)\d{15,20}(?=\D*$)")


def _stamped_id(path: str) -> FoundDate | None:
    """The day a long numeric id at the end of the path stamps, when one reading only is a
    time of day in a year of web news."""
    match = _LONG_ID.search(path.rsplit("/", 1)[-1])
    if match is None:
        return None
    readings = []
    for offset in (3, 4):
        yy, month, day, hour, minute = (int(match.group(0)[offset + i : offset + i + 2]) for i in range(0, 10, 2))
        year = 2000 + yy
        if 8 <= yy and year <= date.today().year and hour < 24 and minute < 60 and valid_date(day, month, year):
            readings.append(FoundDate(day, month, year, precision="day"))
    return readings[0] if len(readings) == 1 else None


_PATH_WORD = re.compile(r"[a-z]+")
_PATH_NOISE = frozenset({"html", "htm", "aspx", "php", "vgp", "epi", "tpo", "amp", "news", "tin", "tuc", "chi", "tiet", "bai", "viet", "post", "detail", "view", "www"})


def _path_parts(url: str | None) -> list[str]:
    """The URL's path segments, and the query's values that read as slugs (a portal's
    "…&_101_urlTitle=dang-uy-phuong-sai-dong-to-chuc-hoc-tap")."""
    if not url:
        return []
    try:
        parts = urlsplit(url)
        slugs = [value for _, value in parse_qsl(parts.query) if value.count("-") >= 3]
        return unquote(parts.path).split("/") + slugs
    except ValueError:
        return []


_ARTICLE_SLUG_KEY = re.compile(r"^_\w+_urlTitle$")  # Liferay's asset publisher: "…/cong-tac-dang?…&_101_urlTitle=<slug>"


def _slug_parts(url: str | None) -> list[str]:
    """The URL's parts a slug is read from: the query's "_<portlet>_urlTitle" value alone when the URL carries one
    (a Liferay portal's article, whose path names the portal page it is shown on), else the path's parts and the
    query's slug-like values (_path_parts)."""
    try:
        query = parse_qsl(urlsplit(url).query) if url else []
    except ValueError:
        return []
    titled = [value for key, value in query if _ARTICLE_SLUG_KEY.match(key) and value.strip("-")]
    return titled[-1:] if titled else _path_parts(url)


def url_words(url: str | None) -> frozenset[str]:
    """The words of a URL's path (its slug spells the headline without diacritics)."""
    return frozenset(w for part in _path_parts(url) for w in _PATH_WORD.findall(fold(part)) if len(w) > 1 and w not in _PATH_NOISE)


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL's slug, the part of its path that spells a headline
    ("…/chi-bo-truong-thpt-di-linh-to-chuc-ket-nap-dang-vien-163.html"); empty when
    no part of the path has four words or more. Of two parts as long, the later one: a path goes from the
    section to the article ("…/di-tich-lich-su-van-hoa/khu-du-lich-atk-dinh-hoa.html"), and the slug is its last step."""
    words: list[str] = []
    for part in _slug_parts(url):
        spelled = [w for w in _PATH_WORD.findall(fold(part)) if w not in _PATH_NOISE]
        if len(spelled) >= len(words):
            words = spelled
    return frozenset(words) if len(words) >= 4 else frozenset()


# A slug is the headline without diacritics ("dang-uy-xa-al-ba-tham-hoi-…"). On a page the
# scraper saved without its headline, the page's own words give the slug its diacritics back:
# each run of slug words is copied, as printed, from the longest run of the text's words that
# folds to it ("nhiem-ky-2020-2025" → "nhiệm kỳ 2020 - 2025").

_SLUG_SPLIT = re.compile(r"[-_+.]+")
_SLUG_END = re.compile(r"\.(?:s?html?|aspx?|php|jsp|vgp|chn|cms|amp)$", re.IGNORECASE)
_SLUG_ID = re.compile(r"^[a-z]*\d[a-z\d]*$")  # a CMS's article id: digits, maybe with letters ("c184", "pmtd22s")
_URL_IN_TEXT = re.compile(r"\S*(?:https?://|www\.|\.html?\b|\.aspx\b|\.php\b)\S*|\S*[a-z\d]+(?:[-_][a-z\d]+){3,}\S*",
                          re.IGNORECASE)  # an address or a slug printed in the page: its words are not the headline's
_TEXT_WORD = re.compile(r"[^\W_]+|\n")
_LETTER = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(?:19|20)\d\d")
SLUG_MIN_WORDS = 5  # "chi-tiet-bai-viet", "tin-tuc-su-kien": a section's slug, not a headline
SLUG_MAX_LONE_WORDS = 1  # words matched alone, with no neighbour to tell "tham" from "thăm"
SLUG_MIN_MARKED = 0.35  # a Vietnamese headline marks most of its words; fewer: the page printed the slug unaccented


def _slug_tokens(url: str | None) -> list[str]:
    """The folded words of the longest part of the URL's path (the later of two as long, as slug_words), the
    headline's slug; none when that part names a tag's or a category's list ("/tag/pho-thu-tuong-…")."""
    parts = [fold(_SLUG_END.sub("", part)) for part in _slug_parts(url)]
    tokens, after = [], ""
    for before, part in zip(["", *parts], parts):
        words = [token for token in _SLUG_SPLIT.split(part) if token]
        if len(words) >= len(tokens) and words:
            tokens, after = words, before
    return tokens if len(tokens) >= SLUG_MIN_WORDS and after not in data.listing_folders() else []


# A tag's or a category's list of articles: "…/tag/dang-vien", "…/category/tin-tuc-hien-tai?page=571", "…/c/dia-phuong"
# (a list folder, then the list's name, then only page steps: "…/tag/vai-tro/page-2"), or a tag's name ending
# "-tag16745" or ".tag" ("…/tags/do-trong-hung-21840.tag")
_TAG_PAGE_END = re.compile(r"(?:\.tag|-tag\d+)$")
_LIST_NAME = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
_PAGE_STEP = re.compile(r"(?:page|trang)?-?\d+|page|trang")


def lists_articles(url: str | None) -> bool:
    """The address is a tag's or a category's list of articles, not an article: the teasers it shows
    are of several articles, and the first one's day is not the page's (a list has no day of its own).
    "…/category/12", "…/Category/Content/2339" (an id, not a list's name) are articles."""
    path = _unquoted_path(url)
    parts = [_SLUG_END.sub("", part).lower() for part in (path or "").split("/") if part]
    if parts and _TAG_PAGE_END.search(parts[-1]):
        return True
    return any(part in data.listing_folders() and _LIST_NAME.fullmatch(parts[n + 1]) and all(_PAGE_STEP.fullmatch(p) for p in parts[n + 2 :])
               for n, part in enumerate(parts[:-1]))


def without_addresses(text: str) -> str:
    """The text without the addresses and slugs it prints: their words are no headline's the page prints."""
    return _URL_IN_TEXT.sub(" ", text)


def _longest_runs(tokens: list[str], start: int, keys: list[str], where: dict) -> tuple[list[int], int]:
    """Where the longest runs of the text's words folding to tokens[start:] begin, and their length."""
    firsts, longest = [], 0
    for first in where.get(tokens[start], ()):
        length = 1
        while (start + length < len(tokens) and first + length < len(keys)
               and keys[first + length] == tokens[start + length]):
            length += 1
        if length > longest:
            firsts, longest = [], length
        if length == longest:
            firsts.append(first)
    return firsts, longest


def _likeliest(printed: list[str]) -> str:
    """Of the runs that spell one stretch of the slug, the spelling the page uses most
    ("năm" over the "Nam" of "Việt Nam"); a lone word in small letters when the page ever
    writes it so (a word capitalised after a full stop is still a common word)."""
    counts = Counter(exact_key(run) for run in printed)
    best = max(counts, key=lambda key: (counts[key], key))
    runs = [run for run in printed if exact_key(run) == best]
    if " " not in best and best in runs:
        return best
    return Counter(runs).most_common(1)[0][0]


def _pieces(tokens: list[str], text: str) -> tuple[list[tuple[str, int]], bool] | None:
    """The slug as runs of printed text, (run, words), and whether it stops short at a word the
    text lacks after a headline's worth of words; None when it lacks one sooner."""
    text = without_addresses(text)
    matches = list(_TEXT_WORD.finditer(text))
    keys = [fold(match.group()) for match in matches]  # "\n" stays itself: no run crosses a line
    where: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        where[key].append(index)
    pieces, start, cut = [], 0, False
    while start < len(tokens) and tokens[start] in _PATH_NOISE and tokens[start] not in where:
        start += 1  # "news-hanh-trinh-ve-nguon-…": the site's word before the slug
    while start < len(tokens):
        firsts, length = _longest_runs(tokens, start, keys, where)
        if not firsts:
            if all(_SLUG_ID.match(token) for token in tokens[start:]):
                break  # the id the CMS put after the headline
            while pieces and pieces[-1][1] == 1:
                pieces.pop()  # a lone word before the gap is a guess with nothing after it to confirm it
            kept = sum(n for piece, n in pieces if _LETTER.search(piece))
            if kept < max(SLUG_MIN_WORDS, len(tokens) / 2):
                return None
            cut = True  # the headline goes on in words the page does not print: its first words, and "…"
            break
        printed = [" ".join(text[matches[first].start():matches[first + length - 1].end()].split()) for first in firsts]
        pieces.append((_likeliest(printed), length))
        start += length
    while pieces and not _LETTER.search(pieces[-1][0]) and (pieces[-1][1] >= 3 or not _YEAR.fullmatch(pieces[-1][0])):
        pieces.pop()  # numbers on their own after the headline, not a year: the CMS's day or id ("…-06-10-2022", "…-12")
    return pieces, cut


def _balanced(headline: str) -> str:
    """Without an opening quote or bracket whose closing one the slug's runs left out
    ("… hàng loạt “quan …")."""
    for opening, closing in (("“", "”"), ("(", ")"), ("«", "»")):
        while headline.count(opening) > headline.count(closing):
            at = headline.rindex(opening)
            headline = (headline[:at] + headline[at + 1:]).replace("  ", " ").strip()
    return headline


def headline_from_slug(url: str | None, text: str) -> str | None:
    """The headline the URL's slug spells, with the diacritics and punctuation the page's own
    text prints it with; None when the slug is short or a word of it is not in the text, or
    when too many of its words had to be guessed one by one."""
    tokens = _slug_tokens(url)
    pieces, cut = (_pieces(tokens, text) if tokens else None) or ([], False)
    if sum(length for _, length in pieces) < SLUG_MIN_WORDS:
        return None
    if sum(1 for piece, length in pieces if length == 1 and _LETTER.search(piece)) > SLUG_MAX_LONE_WORDS:
        return None
    headline = _balanced(" ".join(piece for piece, _ in pieces))
    words = [word for word in headline.split() if _LETTER.search(word)]
    if sum(1 for word in words if not word.isascii()) < SLUG_MIN_MARKED * len(words):
        return None
    if data.phrase_key(headline) in data.sections():
        return None  # a section's name ("Di tích lịch sử, văn hóa"): the slug is the section's
    return headline[0].upper() + headline[1:] + (" …" if cut else "")
