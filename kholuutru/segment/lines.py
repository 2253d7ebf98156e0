"""What one line is, read alone: site furniture, a section or page title, a caption or its
credit, a byline and how it names its writers. The other modules of the package decide
with these where a line stands in the page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import data
from ..dates import read_date_line
from ..gazetteer import DISTRICT_TYPES, OLD_COMMUNE_TYPES, unit_words_pattern
from ..text import CAPITAL, UPPERCASE, canonical_tones, fold


TERMINAL = ".!?…;:\"”'’)»"
SENTENCE_END = re.compile(r"[.!?…](?:[\"”’')»\]]*)(?:\s|$)")
LIST_ITEM = re.compile(r"^(?:[-+•*–—]\s|\d{1,2}[.)]\s|\d{1,2}/\s?(?=[^\W\d_])|[a-zđ][.)]\s|[IVX]{1,4}[.)]\s)")


@dataclass
class Segment:
    kind: str
    text: str
    line: int
    detail: str = ""
    credit: str | None = None
    author: str | None = None  # a byline printed on a date line ("… | Lượt xem: 12 | Trần Thủy")
    score: float | None = None  # the headline's evidence score (kholuutru/headline.py)
    rival: float | None = None  # the score of the best other head line: a close one makes the headline one to review
    sentence: bool = False  # the headline was scored as ending with a full stop its page's shape does not excuse
    banner: bool = False  # the headline is in capitals and the lead retells under a third of its words
    plain: bool = False  # a heading by its shape the heading weights weigh as none: shown as a paragraph


@dataclass
class _Unit:
    line: int
    text: str
    blank_before: int
    placeholder_after: bool = False  # an image left a whitespace-only line behind
    wrapped: bool = False  # hard-wrapped lines joined into it
    numbered: int | None = None  # the line as a scraper leaving one blank line between paragraphs would number it

    @property
    def row(self) -> int:
        return self.line if self.numbered is None else self.numbered


@lru_cache(maxsize=65536)
def is_boilerplate(line: str) -> bool:
    """A whole line of page chrome (boilerplate.yml drop_lines); a paragraph never is.
    Cached: each line is asked about several times, and sites repeat their chrome."""
    if len(line) > 600:
        return False
    bare = _BULLET_BEFORE.sub("", line, count=1)  # "• lượt xem: 790": a counter in a bulleted widget
    drop = data.boilerplate()["drop"]
    bracketed = _IN_BRACKETS.fullmatch(bare.strip())  # "[Quay lại]", "[In bài]": a widget in brackets
    return (drop.fullmatch(bare) is not None or (bracketed is not None and drop.fullmatch(bracketed[1].strip()) is not None)
            or _links_run_together(line) or _counter_row(line))


_BULLET_BEFORE = re.compile(r"^[•●▪◦·*–-]\s+")  # "- 222 lượt xem" too
_IN_BRACKETS = re.compile(r"\[([^\[\]]{1,60})\]")


# A view counter inside a row of the page's record: "Tác giả: - Nguồn: TTXVN - Số lần được xem: 38",
# "doc 39 trang Người đăng … Lượt xem 665Lượt tải 0 Download", "2views".
_COUNTER_IN_ROW = re.compile(r"(?:lượt\s+(?:xem|đọc|tải)|số\s+lần\s+(?:được\s+|đã\s+)?(?:xem|đọc))\s*:?\s*\d", re.IGNORECASE)
_ISO_DAY = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")  # "Mới nhất:2021-11-26 18:22:08   Số lần đã xem:0": a date line
_VIEWS_ALONE = re.compile(r"\d[\d.,]*\s*views?", re.IGNORECASE)  # "2views": an English theme's counter


def _counter_row(line: str) -> bool:
    """A short row of the page's record holding its view counter, with no sentence and no date (a
    dated one is the date line, read as such): the site's widget, never the article's text."""
    if _VIEWS_ALONE.fullmatch(line.strip()):
        return True
    counter = _COUNTER_IN_ROW.search(line) if len(line) <= 160 else None
    if counter is None or line[:counter.start()].rstrip().endswith(("(", "[")):
        return False  # "Bí thư … chúc Tết … (Lượt xem: 138492)": a headline with its counter glued on
    return not _runs_a_sentence(line) and not read_date_line(line) and not DATE_START.search(line) and not _ISO_DAY.search(line)


def _runs_a_sentence(line: str) -> bool:
    """Four small-lettered words in a row: running text, not a record's labels and values."""
    run = 0
    for word in line.split():
        run = run + 1 if word[0].islower() else 0
        if run >= 4:
            return True
    return False


def _links_run_together(line: str) -> bool:
    """A menu or link list whose items lost their separators: "… khí mỏThan Hà LầmvinacominThan …"
    (three or more words glued lower-case to capital, and no sentence punctuation)."""
    if len(line) > 300 or any(mark in line for mark in ".,;:!?…"):
        return False
    return sum(1 for before, after in zip(line, line[1:]) if before.islower() and after.isupper()) >= 3


@lru_cache(maxsize=4096)  # the repeats come within one article
def cut_marker(line: str) -> str | None:
    """A line that opens the related-links area: a marker of boilerplate.yml, also with
    "đã đăng" after it ("Tin khác đã đăng", "Các tin đã đưa"), or one of its cut_lines
    ("2 Responses to “…”": a blog's comment count)."""
    if len(line) <= 60:
        key, markers = data.phrase_key(line), data.boilerplate()["cut"]
        if key in markers or _MARKER_QUALIFIER.sub("", key) in markers:
            return line
    if len(line) <= 200 and data.boilerplate()["cut_lines"].fullmatch(line.strip()):
        return line
    return _glued_marker(line)


_SHOUTED_START = re.compile(rf"(?:{CAPITAL}[^\s\w]*|\s)+")


def _glued_marker(line: str) -> str | None:
    """"TIN MỚI NHẤTNAU N’KÔCH …": a marker in capitals run into the first link after it."""
    shouted = _SHOUTED_START.match(line)
    if shouted is None or len(shouted.group(0)) < 6:
        return None
    words = shouted.group(0).split()[:6]  # a marker has at most five words
    for size in range(len(words) - 1, 0, -1):  # the last word runs on into the link: "NHẤTNAU"
        head = " ".join(words[:size])
        glued = words[size]
        for cut in range(1, len(glued)):
            if data.phrase_key(f"{head} {glued[:cut]}") in data.boilerplate()["cut"]:
                return f"{head} {glued[:cut]}"
    return None


# What a widget's label may add after a marker (on phrase keys: folded): "Tin khác đã đăng", "Tin đọc
# nhiều trong tuần", "Xem nhiều 24 giờ qua" (a portal's most-read box over a window of time)
_MARKER_QUALIFIER = re.compile(r"\s+(?:da\s+(?:dang|dua|dua tin|xuat ban)|(?:trong\s+)?(?:tuan|ngay|thang)(?:\s+qua|\s+nay)?"
                               r"|(?:trong\s+)?24\s+gio(?:\s+qua)?)$")


def is_footer(line: str) -> bool:
    if line.startswith("©"):
        return True
    first = data.phrase_key(line[:12]).split(" ", 1)[0]
    if first not in data.boilerplate()["footer_first_words"]:
        return False
    key = data.phrase_key(line[:80])
    if split_caption_credit(line):
        return False  # "Tổng biên tập Báo X … dâng hương …. Ảnh: Y": a photo's caption, not the imprint
    return any(key.startswith(marker) for marker in data.boilerplate()["footer"] if marker)


def page_title(line: str) -> str | None:
    """The publisher named by a browser-title line such as "Chi tiết tin - Thành ủy Đông Hà"."""
    match = re.match(r"^(.{2,40}?)\s*[-–—|:»]\s*(.{2,80})$", line)
    if match and data.phrase_key(match.group(1)) in data.boilerplate()["page_title_prefixes"]:
        return match.group(2).strip()
    return None


@lru_cache(maxsize=4096)  # the repeats come within one article
def is_section(line: str) -> bool:
    """A section of sections.txt, also printed twice on one line (the breadcrumb and the
    section's heading run together: "Chính trị - Xã hội Chính trị - Xã hội"), or two
    sections joined as one ("Thời sự - Chính trị")."""
    key = data.phrase_key(line)
    half = len(key) // 2
    if key in data.sections() or (key[:half].strip() == key[half:].strip() and key[:half].strip() in data.sections()):
        return True
    parts = _SECTION_JOIN.split(line.strip())
    return len(parts) == 2 and all(data.phrase_key(part) in data.sections() for part in parts)


_SECTION_JOIN = re.compile(r"\s+[-–&]\s+|\s*,\s+")


def _credit_labels() -> str:
    labels = sorted(data.credits()["photo_credit_labels"], key=len, reverse=True)
    return "|".join(re.escape(label) for label in labels)


_CREDIT_CACHE: dict[str, re.Pattern[str]] = {}


def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    if not _CREDIT_CACHE:
        labels = _credit_labels()
        _CREDIT_CACHE["only"] = re.compile(  # "Ảnh: VŨ HỘI.", and in brackets without the colon: "(Ảnh Bích Tuyền)"
            rf"^[(\[]?\s*(?:{labels})\s*[:：]\s*(?P<credit>[^()\[\]]{{1,80}}?)\s*[)\]]?\s*\.?$"
            rf"|^[(\[]\s*(?:{labels})\s+(?P<bracketed>(?-i:{CAPITAL})[^()\[\]]{{1,80}}?)\s*[)\]]\s*\.?$", re.IGNORECASE
        )
        _CREDIT_CACHE["tail"] = re.compile(
            rf"^(?P<caption>.+?)[\s.,;–—-]*[(\[]\s*(?:{labels})\s*[:：]?\s*(?P<credit>[^()\[\]]{{1,80}}?)\s*[)\]]\s*\.?$"
            rf"|^(?P<caption2>.+?[.!?…])\s*(?:{labels})\s*[:：]\s*(?P<credit2>[^()\[\]]{{1,80}}?)\s*\.?$",
            re.IGNORECASE,
        )
        # every credit names its label somewhere: a line holding none, in lower case, is no credit
        _CREDIT_CACHE["label"] = tuple(label.lower() for label in data.credits()["photo_credit_labels"])
        _CREDIT_CACHE["bare"] = re.compile(
            r"^(?P<caption>.+?[.!?…]?)\s+Ảnh\s*[:：]?\s*(?P<credit>(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w.]*\s*){1,5}(?:/\s*\w+)?)\.?$"
        )
    return _CREDIT_CACHE["only"], _CREDIT_CACHE["tail"], _CREDIT_CACHE["bare"]


@lru_cache(maxsize=512)  # asked again about the same lines within one article
def credit_only(line: str) -> str | None:
    """The credit of a line that is only a photo credit: "Ảnh: VŨ HỘI." → "VŨ HỘI"."""
    only, _, _ = _credit_patterns()
    match = only.match(line)
    if not match:
        return None
    credit = match.group("credit") or match.group("bracketed")
    words = credit.split()
    if len(words) >= 3 and sum(1 for w in words if w[0].islower() and w != "và") >= 2:
        return None  # "ảnh: ông Ninh Đức Bảo báo cáo tại hội nghị", "Ảnh: Toàn cảnh hội nghị": a caption, not who took it
    return credit.strip(" .")


@lru_cache(maxsize=512)  # asked again about the same lines within one article
def split_caption_credit(line: str) -> tuple[str, str] | None:
    """(caption, credit) of a caption printed with its credit, else None."""
    _, tail, bare = _credit_patterns()
    if len(line) > 400:
        return None  # a paragraph
    lowered = line.lower()
    if not any(label in lowered for label in _CREDIT_CACHE["label"]):
        return None  # no credit's label anywhere: the common case, told fast
    match = tail.match(line)
    if match:
        caption = match.group("caption") or match.group("caption2")
        credit = match.group("credit") or match.group("credit2")
        return caption.strip(), credit.strip(" .")
    match = bare.match(line) or _DASHED_CREDIT.match(line)
    if match:
        return match.group("caption").rstrip(" -–—").strip(), match.group("credit").strip(" .")  # "… Đại hội - Ảnh: X"
    return None


# A credit set off by a dash at a caption's end that is no name in capitals: a web address ("… - Ảnh: baohagiang.vn"),
# an agency and its photographer ("- Ảnh: VGP/Nhật Bắc"), who handed the photo in ("- Ảnh: quận Phú Nhuận cung cấp").
_DASHED_CREDIT = re.compile(
    r"^(?P<caption>.{10,}?)\s+[-–—]\s*Ảnh\s*[:：]\s*(?P<credit>[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:vn|com|net|org)"
    rf"|{CAPITAL}[\w.]*(?:\s+{CAPITAL}[\w.]*)?\s*/\s*{CAPITAL}\w*(?:\s+{CAPITAL}\w*){{0,3}}"
    r"|(?:\S+\s+){1,4}cung\s+cấp)\.?$"
)


@lru_cache(maxsize=2)
def _caption_opener(in_body: bool = False) -> re.Pattern[str]:
    credits = data.credits()
    openers = sorted([*credits["caption_openers"], *(credits["body_caption_openers"] if in_body else ())], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, openers)) + ")[ :]")


def _starts_caption(line: str, in_body: bool = False) -> bool:
    """Opens on who or what a photo shows (credits.yml caption_openers; among the paragraphs
    body_caption_openers too)."""
    return _caption_opener(in_body).match(line) is not None


@lru_cache(maxsize=1)
def _caption_act() -> re.Pattern[str]:
    """Someone named first, then what he does for the camera (credits.yml caption_acts); not the
    act as a noun after "xét", "để", "lễ", "hồ sơ", "quy trình", "việc" ("Điều kiện để kết nạp đảng")."""
    acts = "|".join(re.escape(act).replace(r"\ ", r"\s+") for act in sorted(data.credits()["caption_acts"], key=len, reverse=True))
    nouns = "".join(f"(?<!{word}\\s)" for word in ("xét", "để", "lễ", "sơ", "trình", "việc"))
    return re.compile(rf"[^\W\d_]\S*(?:\s+\S+)*?\s+{nouns}(?:{acts})\b", re.IGNORECASE)


# "Đồng chí Lý Hồng Quang - Bí thư Đảng ủy xã phát biểu tại Hội nghị": who speaks, under a photo
_SPEAKS_AT_THE_END = re.compile(
    r"\bphát\s+biểu(?:\s+(?:tại|chỉ\s+đạo|khai\s+mạc|bế\s+mạc|kết\s+luận|chúc\s+mừng|ý\s+kiến))?(?:\s+\S+){0,3}\s*\.?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _position_in_photo() -> re.Pattern[str]:
    positions = "|".join(map(re.escape, sorted(data.credits()["caption_positions"], key=len, reverse=True)))
    return re.compile(rf"\((?:[^()]{{0,25}}?\s)?(?:{positions})(?!\w)[^()]{{0,15}}\)", re.IGNORECASE)


def _tells_who_stands_where(line: str) -> bool:
    """"Bí thư Tỉnh ủy X (bìa trái) trao …", "(thứ 3 từ phải sang)": a photo's caption."""
    return "(" in line and _position_in_photo().search(line) is not None


def _title_like(line: str) -> bool:
    return 4 <= _word_count(line) <= 40 and line[-1] not in ".,;" and not read_date_line(line)


@lru_cache(maxsize=8192)
def _word_count(line: str) -> int:
    return len(line.split())


def _is_prose(line: str) -> bool:
    words = _word_count(line)
    return words >= 14 or (words >= 6 and line.rstrip()[-1] in ".!?…:;\"”")


@lru_cache(maxsize=512)  # asked again about the same lines within one article
def _heading_like(line: str) -> bool:
    return (
        2 <= _word_count(line) <= 20
        and len(line) <= 150
        and line[-1] not in ".,;:…"
        and not LIST_ITEM.match(line)
        and not SENTENCE_END.search(line[:-1])
    )


_NOT_LETTERS = re.compile(r"[\W\d_]+")


@lru_cache(maxsize=512)  # the stages ask about the same lines again: two calls in three, per article
def upper_ratio(line: str) -> float:
    letters = _NOT_LETTERS.sub("", line)  # the letters as one string: a third faster than a list of them
    return sum(map(str.isupper, letters)) / len(letters) if letters else 0.0


_BYLINE: dict = {}
# "bởi Linh", "Posted by Linh" (WordPress themes left in English: "Posted by %s"): the byline labels without a colon
BY_LABEL = r"(?<=[bB]ởi)\s|(?<=[bB]y)\s"


def _byline_patterns() -> dict:
    if not _BYLINE:
        creds = data.credits()
        sources = "|".join(re.escape(label) for label in sorted(creds["source_labels"], key=len, reverse=True))
        bylines = "|".join(map(label_pattern, sorted(creds["byline_labels"], key=len, reverse=True)))
        phrases = "|".join(map(label_pattern, sorted((label for label in creds["byline_labels"] if " " in label), key=len, reverse=True)))
        titles = "|".join(re.escape(t) for t in sorted(creds["author_titles"], key=len, reverse=True))
        offices = "|".join(re.escape(t) for t in sorted(creds["author_offices"], key=len, reverse=True))
        _BYLINE.update(
            source=re.compile(rf"^(?:{sources})\s*[:：]?\s+(?P<name>[^\s,;]+(?:\s+[^\s,;]+){{0,7}})$", re.IGNORECASE),
            domain=re.compile(r"\w\.(?:vn|com|net|org|gov|info)\b", re.IGNORECASE),
            label=re.compile(rf"^(?:{bylines})(?:\s*[:：]|{BY_LABEL})\s*\S", re.IGNORECASE),
            label_alone=re.compile(rf"(?:{phrases})\s*[:：]?", re.IGNORECASE),  # a label of two words or more, alone
            initials=re.compile(r"(?:[A-ZĐ][a-zđ]?\.\s?){1,4}[A-ZĐ]?[a-zđ]?"),
            bracketed=re.compile(r"\([^)]*\)"),
            name_split=re.compile(r"[\s,/]+|\s[-–]\s"),
            titled=re.compile(rf"^(?:{titles})\.?\s+[A-ZĐ]"),
            title_prefix=re.compile(rf"^(?:{titles})\.?,?\s+"),
            office=re.compile(rf"^(?:{offices})\b", re.IGNORECASE),
            affiliation=re.compile(r"\s+[/–—-]\s+|\s*/\s*"),
            not_in_names=frozenset(word.lower() for word in creds["not_in_names"]),
            widget=re.compile(rf"(?<![\w.-])(?:{'|'.join(map(re.escape, creds['widget_words']))})(?![\w-])", re.IGNORECASE),
        )
    return _BYLINE


# What a site prints around a byline: an editing mark "(bt)", "(thực hiện)", a "|".
_BYLINE_DECOR = re.compile(r"\s*(?:\((?:[a-zđ]{1,4}|(?i:ctv|btv|t/h|thực hiện|ghi|lược ghi|ghi chép|tổng hợp|biên soạn|trình bày))\)|\|)\s*$")


# "(--- Báo Vĩnh Phúc ---)", "=== Nguyễn Văn A ===": a credit framed by runs of dashes
_BYLINE_FRAME = re.compile(r"^[(\[]?\s*[-–—=*~_]{2,}\s*(?P<inner>\S.*?)\s*[-–—=*~_]{2,}\s*[)\]]?$")


def _labelled(line: str) -> bool:
    """A short line that opens with a byline's label ("Viết bởi Thu Hà - Minh Anh", Joomla's under the headline):
    the label says it is a byline, however many names and words of an outlet follow it."""
    return _word_count(line) <= 12 and _byline_patterns()["label"].match(clean_byline(line)) is not None


def _label_line(line: str) -> bool:
    """A byline's label of two words or more alone on its line ("Tác giả", "Tác giả bài viết:"), as a theme
    prints it over the name (WordPress Twenty Sixteen's entry meta: "Tác giả" then the writer's name)."""
    return _byline_patterns()["label_alone"].fullmatch(line.strip()) is not None


def label_pattern(label: str) -> str:
    """A byline label as sites vary it: "Tin, ảnh" also as "Tin-ảnh", "Tin - ảnh", "Tin/ảnh"."""
    return re.escape(label).replace(r",\ ", r"\s*[,/&–-]\s*")


# When the account posted, printed after its name: Blogger's "Được đăng bởi X vào lúc 08:30", "Đăng bởi X lúc 8:30 SA",
# a CMS's "Đăng bởi X vào 12/03/2016 - 08:30" (PyroCMS blog_lang.php vi: "lúc"; Joomla vi-VN.com_content.ini: "Được
# viết ngày %s"). The time is no part of the name.
# Left in English: Blogger's and WordPress's "Posted by X on Thứ Ba, 14 tháng 6, 2011", "… on Tháng Mười 15, 2007".
POSTED_AT = re.compile(
    r"\s+(?:(?i:vào\s+lúc|vào\s+ngày|vào|lúc|ngày|on)\s+(?i:[012]?\d\s*[:hg]\s*[0-5]?\d|[0-3]?\d[/.-][01]?\d|thứ|chủ\s+nhật)\b.*"
    r"|(?i:on)\s+(?i:tháng|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[a-z]+\s+\d).*"
    r"|vào|lúc|ngày)$")  # a bare "vào" left before a date cut off elsewhere: in small letters only ("Minh Ngày" is a name)


@lru_cache(maxsize=512)  # asked again about the same lines within one article
def clean_byline(line: str) -> str:
    """A byline without the decorations sites print around or after it."""
    text = line.strip()
    framed = _BYLINE_FRAME.match(text)
    text = framed["inner"] if framed else text
    while True:
        shorter = _BYLINE_DECOR.sub("", text)
        if shorter == text:
            return text
        text = shorter


_URL = re.compile(r"\s*\(?https?://\S+\)?")
_NAME_WITH_INITIALS = re.compile(r"(?:[A-ZĐ]\.\s?){1,3}[^\W\d_][^\W\d_]+")


@lru_cache(maxsize=1)
def _document_types() -> frozenset[str]:
    """The kinds of Party and State documents (documents.yml), as phrase keys."""
    documents = data.documents()
    return frozenset(data.phrase_key(str(kind)) for kind in (*documents["party_types"].values(), *documents["state_types"].values()))


# A Party unit opening the line ("Đảng bộ …", "Chi bộ …" with more words): no writer's name
# opens so ("Đặng" is the surname); "Nguồn tin: Chi bộ" is a source line, read before this.
_PARTY_UNIT_OPENS = re.compile(r"đảng\s+bộ\b|chi\s+bộ\s+\S", re.IGNORECASE)
_OUTLINE_NUMBER = re.compile(r"(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII)\.\s")
# A document's part in capitals under a letter or numeral: "A -MỤC ĐÍCH, YÊU CẦU", "A/ ĐẶC ĐIỂM TÌNH HÌNH",
# "I- QUÁ TRÌNH HÌNH THÀNH …"; a writer's initial takes one or two names ("N. NGA", "T.HỒNG")
_OUTLINE_HEADING = re.compile(r"(?:[A-ZĐ]|I{1,3}|IV|VI{0,3}|IX|X)\s*[-–/.)]\s*(?:[^\W\d_]+[\s,]+){2,}[^\W\d_]+")


def outline_heading(line: str) -> bool:
    """A numbered part of a document printed in capitals: three words or more after the mark."""
    return _OUTLINE_HEADING.fullmatch(line) is not None and upper_ratio(line) >= 0.8


@lru_cache(maxsize=4096)  # the repeats come within one article
def byline_kind(line: str) -> str | None:
    """'source' for "Theo TTXVN", 'byline' for an author line, else None."""
    stripped = _credit_text(line)
    if stripped is None:
        return None
    patterns = _byline_patterns()
    source = patterns["source"].match(stripped)
    if source:
        name = source.group("name")
        return "source" if patterns["domain"].search(name) or name[:1].isupper() else None
    if patterns["label"].match(stripped) or writer_then_outlet(stripped):
        return "byline"
    if len(stripped) > 70 or stripped.endswith((":", ";", ",")) or _OUTLINE_NUMBER.match(stripped) or outline_heading(stripped):
        return None  # … or a document's numbered part ("I. MỤC ĐÍCH"): no name opens with "I." or "II."
    if patterns["widget"].search(stripped):
        return None  # a page's buttons or labels: "E.mail", "Email In PDF", "Ad Widget"
    if _PARTY_UNIT_OPENS.match(stripped):
        return None  # "ĐẢNG BỘ BỘ PHẬN", "CHI BỘ HIỆN NAY": a Party unit's label or a heading; no name opens so
    if data.phrase_key(stripped) in _document_types():
        return None  # "THÔNG BÁO", "KẾ HOẠCH": a document's heading
    if patterns["initials"].fullmatch(stripped) or _NAME_WITH_INITIALS.fullmatch(stripped):
        return "byline"  # initials: T.H, P.V., X.Phú
    if re.fullmatch(r"[A-ZĐ]{2,3}", stripped) and not _is_word(stripped):
        return "byline"  # PV, BT, HL
    if _name_then_office(stripped):
        return "byline"  # "Nguyễn Khắc Trung - Đảng ủy Khối"
    if any(ch.isdigit() for ch in stripped):
        return None
    return "byline" if _names_people(stripped, patterns) else None


def _credit_text(line: str) -> str | None:
    """A line as a byline would hold its credit: link, label, brackets and the stamp's dash
    taken off; None for what no byline is (a paragraph, a list item, a site tag, a section)."""
    if "://" in line and _URL.search(line):
        line = _URL.sub("", line).rstrip(" :")  # "Nguồn An Giang: https://…"
    if len(line) > 90 or line.lstrip().startswith(("•", "●", "▪", "◦")):
        return None  # a paragraph; an item of a bulleted list
    stripped = clean_byline(line)
    if stripped.endswith((" -", " –")) and _capitalised_syllables(stripped[:-2]):
        stripped = stripped[:-2].rstrip()  # "Tuệ Lâm -" over the date line: the writer, then the stamp
    if not stripped or stripped.endswith((" -", " –")) or is_section(stripped):
        return None  # a site tag on its own line ("NDO -"), a section name in capitals
    if stripped.startswith(("(", "[")) and stripped.endswith((")", "]")):
        stripped = stripped[1:-1].strip()
    return stripped.rstrip(".")


def _names_people(stripped: str, patterns: dict) -> bool:
    """Words that can be one or a few people's names: capitalised (or all in capitals),
    Vietnamese, no place alone, no word a name never holds."""
    core = patterns["bracketed"].sub("", stripped).strip(" -–")
    if len(core) < 2:
        return False  # nothing, or a line cut after one letter
    name_words = [w for w in patterns["name_split"].split(core) if w and w not in ("-", "–", "và")]
    if not name_words or len(name_words) > 10 or _place_not_person(core):
        return False  # "Nghệ An" alone is a tag or a dateline place, not a person
    if all(len(word) > 2 and word.isalpha() and not _is_word(word) for word in name_words):
        return False  # "Related Articles", "Show More": whole words, none Vietnamese: not a Vietnamese name
    if any(word.lower() in patterns["not_in_names"] for word in name_words):
        return False  # "MỘT SỐ HÌNH ẢNH CỦA NGÀY HỘI", "Phú Ninh Đất và Người": a heading, in capitals or not
    if upper_ratio(core) >= 0.8:
        return True
    return 2 <= len(name_words) <= 8 and all(w[0].isupper() for w in name_words) and core[-1] not in "!?…"


@lru_cache(maxsize=1)
def _unit_word() -> re.Pattern[str]:
    """A unit's type inside a line with no separator: "BẢN ĐỒ TỈNH HÀ TĨNH", "UBND xã Tân Hội": the words
    of place_types in abbreviations.yml for the units before 2025 (not "huyện đảo"; no abbreviation), any case."""
    units = ("tỉnh",) + DISTRICT_TYPES + OLD_COMMUNE_TYPES
    return re.compile(rf"\b(?:{unit_words_pattern(units, abbreviations=False, without=('huyện đảo',), space=' ')})\b", re.IGNORECASE)


# "Văn Trăm - Vnexpress", "AN NHIÊN - baolamdong.vn", "Quang Phong - Theo Dân trí",
# "Ngọc Diệp - Đăng Tuyển / VOV Bangkok": one or more writers, then the outlet they write for
_WRITERS_THEN_OUTLET = re.compile(
    rf"(?P<writers>{CAPITAL}\S*(?:\s+{CAPITAL}\S*){{1,3}}(?:\s*[-–,]\s*{CAPITAL}\S*(?:\s+{CAPITAL}\S*){{1,3}}){{0,2}})"
    r"\s*[-–/]\s*(?:(?:Theo|Nguồn)\s*:?\s+)?(?P<outlet>\S.{1,40})"
)


def writer_then_outlet(line: str) -> tuple[str, str] | None:
    """(writers, outlet) of a byline that names the outlet after the writers: a host ("baolamdong.vn")
    or a known outlet's name ("Vnexpress", "Dân trí", "VOV Bangkok"; publishers.yml). An outlet
    is no person, so a line so shaped signs the article wherever the page prints it."""
    match = len(line) <= 90 and _WRITERS_THEN_OUTLET.fullmatch(line.strip().rstrip(" ."))
    if not match:
        return None
    from ..publisher import names_a_host, outlet_host_names

    outlet, writers = match["outlet"].strip(), match["writers"]
    first = outlet.split()[0]
    known = outlet_host_names()
    named = (names_a_host(outlet) or fold(outlet).replace(" ", "") in known
             or (fold(first) in known and not _is_word(first)))  # "VOV Bangkok": the outlet's initials, then its desk
    people = _NAMES_APART.split(writers)
    offices = tuple(word + " " for word in data.credits().get("organisations") or [])
    if (not named or not all(_capitalised_name(name) for name in people) or writers.startswith(offices)
            or any(_place_not_person(name) for name in people)):
        return None  # … nor "Báo Nhân Dân - nhandan.vn", an outlet under its address
    return writers, outlet


def _capitalised_name(text: str) -> bool:
    """Two to four words, each a Vietnamese syllable with a capital (or in capitals): a person's name."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and _is_word(w) for w in words)


def _place_not_person(text: str) -> bool:
    """A province's name, one ending in the country's, a line naming a unit by its type:
    a place or an organisation, not a person."""
    from ..gazetteer import gazetteer

    if gazetteer().province(text) is not None or text.endswith("Việt Nam") or _an_address(text):
        return True
    return not re.search(r"\s[-–/]\s|,", text) and _unit_word().search(text) is not None


_TOWN_TYPES = ("thành phố", "thị xã", "thị trấn")  # a line naming one alone, written short, is a place line


@lru_cache(maxsize=2)
def _short_unit(towns: bool = False) -> re.Pattern[str]:
    """A unit's type written short before its name ("TP. Đà Nẵng", "Q. Hải Châu", "TX. Kinh Môn", "H. Thanh
    Hà", "P.12"): the abbreviations of place_types in abbreviations.yml (the forms with a capital), each
    with its full stop, its first letter as printed ("TP", "Tp"); with towns, only a city's or a town's
    before a name."""
    shorts = {form.rstrip(".") for form, unit in data.place_forms() if (not towns or unit in _TOWN_TYPES) and form != form.lower()}
    alternatives = "|".join(re.escape(short[0]) + (f"(?i:{re.escape(short[1:])})" if short[1:] else "")
                            for short in sorted(shorts, key=lambda short: (-len(short), short)))
    return re.compile(rf"(?:{alternatives})\.\s?[A-ZĐ{'' if towns else '0-9'}]")


def _an_address(text: str) -> bool:
    """"Q. Hải Châu, TP. Đà Nẵng", "Huyện Thanh Hà, Hải Dương", "TP. Đà Nẵng": an address or a place
    line at the foot of a page (the publisher's), not a writer: the last part is a province or a
    unit, each part before it a unit by its type or a name ("Thanh Hà, Hải Dương"). Writers listed
    with commas end with a person ("Minh Anh, Thu Hà")."""
    from ..gazetteer import gazetteer

    parts = [part.strip() for part in text.split(",")]
    if len(text) > 70 or text.rstrip()[-1:] in ".;:!?" or any(_word_count(part) > 6 for part in parts):
        return False  # a sentence naming units ("Phường X được thành lập trên cơ sở phường Y, …")
    if len(parts) == 1:
        return _short_unit(towns=True).match(text) is not None  # a city or town, written short
    last = parts[-1]
    if not (gazetteer().province(last) is not None or _short_unit().match(last) or _unit_word().match(last)):
        return False
    return all(_short_unit().match(part) or _unit_word().match(part) or _capitalised_syllables(part) for part in parts[:-1])


def _is_word(text: str) -> bool:
    from ..decode import is_syllable

    return is_syllable(text.lower())


def _capitalised_syllables(text: str) -> bool:
    """Two to five words, each a capitalised Vietnamese syllable: how a name is written
    ("Thích Trung Thượng"), not a tag ("NDO", "ĐNA")."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w[1:].islower() and _is_word(w) for w in words)


_OFFICE_AFTER_NAME = re.compile(
    rf"^(?P<name>(?:[{re.escape(UPPERCASE)}][^\s,()]*\s?){{2,5}}?)\s*(?:[-–/]\s*|\()(?P<office>[^()]{{3,70}})\)?$"
)


@lru_cache(maxsize=512)  # asked again about the same lines within one article
def _name_then_office(text: str) -> bool:
    """"Lê Thanh Chương (Ban Tổ chức Tỉnh ủy Nghệ An)", "Bội Phương - VPHU Quảng Điền"; the office
    in either tone placement ("Nguyễn Khắc Trung - Đảng uỷ Khối")."""
    match = _OFFICE_AFTER_NAME.match(text)
    if not match:
        return False
    office = canonical_tones(match["office"].strip())
    offices = data.credits().get("organisations") or []
    return (any(office.startswith(word) for word in offices) or _opens_with_initials(office)
            or fold(match["name"].split()[0]) in data.surnames() and writers_post(office))


def _opens_with_initials(office: str) -> bool:
    """"VPHU Quảng Điền", "CĐCS Đảng ủy Khối": an office's initials; "CON NGƯỜI XÃ MỸ THÀNH" after
    "MẢNH ĐẤT –" opens with a word in capitals, the second half of a heading, not an office."""
    initials = re.match(r"[A-ZĐ]{3,}\b", office)
    return bool(initials) and not _is_word(initials.group(0))


# The writer's commune or ward, or union, after a byline's dash: "Hà Hạnh - phường Hương Chữ",
# "Lưu Hiền – Công đoàn Ngành Xây dựng"
_WRITERS_UNIT = re.compile(rf"(?:xã|phường|thị trấn|công đoàn)\s+{CAPITAL}", re.IGNORECASE)


def writers_post(office: str) -> bool:
    """What a byline prints after the dash to say where the writer works or what post they hold
    ("Nguyễn Châu Giang – Bí thư Chi bộ II", "Hà Hạnh - phường Hương Chữ"): not part of the name,
    and no publisher to credit as the source."""
    if _WRITERS_UNIT.match(office):
        return True
    # a post, printed short ("Phó Bí thư Đảng ủy, Phó Giám đốc … phát biểu tại Đại hội" is a caption),
    # with a word in lower case ("Ngọc Anh - Nguyên Chương": a second writer)
    words = office.split()
    return (bool(_byline_patterns()["office"].match(office)) and "," not in office and len(words) <= 6
            and not all(word[:1].isupper() for word in words))


def name_and_office(line: str, in_capitals: bool = True) -> tuple[str, str] | None:
    """"LÊ QUANG TÙNG, UVTƯ Đảng, Bí thư Tỉnh ủy …" → (name, office): a signed article's author.
    On a byline (in_capitals=False) the name may be in mixed case when it opens with a surname:
    "Lò Văn Nguyên, Công chức Văn hoá xã"."""
    name, _, office = line.partition(", ")
    if not office or not 2 <= _word_count(name) <= 5 or _byline_patterns()["office"].match(office) is None:
        return None
    words = name.split()
    capitalised = all(word[:1].isupper() for word in words) and fold(words[0]) in data.surnames()
    if upper_ratio(name) > 0.9 or (not in_capitals and capitalised):
        return name.strip(), office.strip()
    return None


@lru_cache(maxsize=512)  # asked again about the same lines within one article
def top_author(line: str) -> bool:
    """"ThS NGUYỄN YẾN NHI / Học viện Chính trị khu vực IV" above the body."""
    if len(line) > 120:
        return False
    patterns = _byline_patterns()
    if patterns["titled"].match(line) or _name_then_office(clean_byline(line)):
        return True
    if name_and_office(line):
        return True
    head = _capitals_then_dash(line)
    return head is not None and fold(head.split()[0]) in data.surnames()  # "TB CHÀO GIÁ - MỜI THẦU": a menu, not a name


@lru_cache(maxsize=512)  # asked again about the same lines within one article
def _capitals_then_dash(line: str) -> str | None:
    """The head of "NGUYỄN YẾN NHI / Học viện …", "PHÒNG TỔ CHỨC - HÀNH CHÍNH": a few words in
    capitals, then a slash or a dash."""
    if len(line) > 120 or any(ch.isdigit() for ch in line):
        return None  # "TRƯỜNG CHÍNH TRỊ KON TUM - CHẶNG ĐƯỜNG 30 NĂM": a headline in capitals
    head = _byline_patterns()["affiliation"].split(line, maxsplit=1)[0]
    ok = len(head) > 4 and upper_ratio(head) > 0.9 and 2 <= _word_count(head) <= 6 and ("/" in line or " - " in line)
    return head if ok else None
DATE_START = re.compile(r"(?=\d)(?<![\d/])(?:[012]?\d:[0-5]\d\s*,?\s+)?[0-3]?\d[/.-][01]?\d[/.-](?:19|20)?\d\d")


# Words that need another after them: no line of a headline or a paragraph ends with one.
_SMALL_WORDS = "của|và|các|những|là|để|hoặc|nhưng|với"


_NAMES_APART = re.compile(r"\s+[-–]\s+|\s*,\s+|\s+và\s+")
# the words a heading never stops on, nor a line in the body (_SMALL_WORDS and a few more; "tại" may
# end one: "Khắc phục hạn chế, tồn tại"; "số", "theo" too: "chuyển đổi số", "Bài tiếp theo")
_CUT_ON = re.compile(rf"\b(?:{_SMALL_WORDS}|trong|cho|từ|khi|có)\s*$", re.IGNORECASE)
