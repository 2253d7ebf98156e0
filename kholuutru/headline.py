"""Which line above the body is the headline: chosen by evidence, not by order.

A page's head holds the site's name, menus, a section line, a kicker
("Thành ủy X:"), banners and slogans, the date line, sometimes a teaser, and
the headline. Each candidate line is scored on its shape (a headline is a
phrase of 5 to 35 words without a full stop), where it stands (next to the
date line, just above the lead) and what the article repeats of it (the lead
retells the headline; the URL's slug spells it). The best line wins only with
enough evidence: a page without a headline gets none rather than a wrong one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from . import data
from .dates import read_dateline
from .gazetteer import gazetteer
from .text import CAPITAL, exact_key, fold, word_tokens

# A headline's words the lead and the slug are compared on: not the common ones.
_COMMON = frozenset(
    "va cua cac nhung cho voi la trong tai tren theo ve de mot co duoc da se tu den nam ngay thang "
    "nay do khi nhu hon cung tinh huyen xa thanh pho thi dang bo".split()
)
_OPENS_WITH_TAG = re.compile(r"^\(?(?P<tag>[^\W\d_][\w.]{0,11}(?:\s[^\W\d_][\w.]{0,11}){0,2})\)?\s*[-–—]\s+\S")
_SENTENCE_INSIDE = re.compile(rf"[.!?…][\"”’')»]*\s+{CAPITAL}")


@lru_cache(maxsize=2048)
def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in word_tokens(fold(text)) if len(w) > 1 and w not in _COMMON and not w.isdigit())


@dataclass
class Context:
    """What the head around a candidate line says."""

    lead_words: set[str] = field(default_factory=set)  # content words of the first body paragraphs
    url_words: set[str] = field(default_factory=set)  # words of the URL's path
    slug_words: frozenset[str] = frozenset()  # words of its slug, when it has one (url_path.slug_words)
    first: bool = False  # the first line of a headline's length on the page
    subheading: bool = False  # below another headline-like line, heading a paragraph as others do
    date_next_to: bool = False  # a date line right above or below
    lead_follows: bool = False  # the next free line is body prose
    after_prose: bool = False  # a body-like paragraph stands above it
    lines_to_body: int = 0  # lines between it and the first body paragraph
    printed_again: bool = False  # another head line is it again, a breadcrumb ending with it, or the browser's title (it, " - ", the site)
    text_words: set[str] = field(default_factory=set)  # content words of the text's first paragraphs, past the head


def _overlap(words: set[str], other: set[str]) -> float:
    return len(words & other) / len(words) if words else 0.0


URL_SPELLS_MOST = 0.6  # share of a line's content words its page's URL spells: the site stored it as the headline


def url_spells_most(line: str, url_words) -> bool:
    """The page's URL spells most of the line's content words."""
    return _overlap(content_words(line), set(url_words)) >= URL_SPELLS_MOST


SLUG_HELD = 0.5  # a headline holds at least this share of the words its page's slug spells
SLUG_PRINTED = 0.8  # a slug whose words the page prints at least this share of spells one of its headlines


def slug_content(slug_words) -> frozenset[str]:
    """The slug's words a headline is compared on: its content words, as a line's (content_words)."""
    return content_words(" ".join(slug_words))


def holds_little_of_slug(line: str, slug_words) -> bool:
    """The page's slug has five words or more and the line holds fewer than half of them."""
    slug = slug_content(slug_words)
    return len(slug) >= 5 and len(content_words(clean(line).title or line) & slug) < SLUG_HELD * len(slug)


def holds_most_of_slug(line: str, slug_words) -> bool:
    """The page's slug has five words or more and the line holds four in five of them: the headline it spells."""
    slug = slug_content(slug_words)
    return len(slug) >= 5 and len(content_words(clean(line).title or line) & slug) >= SLUG_PRINTED * len(slug)


def is_the_slugs_line(line: str, slug_words) -> bool:
    """The slug and the line spell each other: it holds four in five of the slug's words, and the slug four in five
    of its own (not a subheading or a caption sharing the slug's subject)."""
    slug, words = slug_content(slug_words), content_words(clean(line).title or line)
    return holds_most_of_slug(line, slug_words) and len(words & slug) >= SLUG_PRINTED * len(words)


def prints_the_slug(slug_words, page_words) -> bool:
    """The page prints four in five of its slug's words: the slug spells one of the page's headlines, not an
    id or a section's name in another tongue. A chosen line holding fewer than half of its words (above) is then,
    however it scores, most likely a caption, a teaser, a banner or the site's name: the site filed the page
    under another headline."""
    slug = slug_content(slug_words)
    return bool(slug) and len(slug & page_words) >= SLUG_PRINTED * len(slug)


def is_sentence(line: str) -> bool:
    """Running text, never a headline: a long line ending with a full stop, several
    sentences, a table cell ("… |"), or a paragraph opening like a lead."""
    text = line.strip()
    words = len(text.split())
    if text.startswith("|") or text.endswith("|"):
        return True
    if words >= 8 and text.endswith("!"):
        return True  # a slogan or banner
    if text[-1] in ";," or (text[-1] == ":" and words >= 12):
        return True  # a clause of a paragraph; a sentence introducing a list ("…, cụ thể:")
    if words >= 15 and text[-1] in ".…" and not text.endswith(("...", "…")):
        return True
    return words >= 12 and opens_like_lead(text)


# "Chính sách - Hạ tầng", "Kinh tế – Xã hội": two short names a dash joins, a section's
_PAIRED_NAMES = re.compile(rf"{CAPITAL}[^\s\d–-]*(?: [^\s\d–-]+){{0,2}} [–-] {CAPITAL}[^\s\d–-]*(?: [^\s\d–-]+){{0,2}}")


@lru_cache(maxsize=512)  # asked again about the same lines within one article
def is_section_name(line: str) -> bool:
    """"Tin hoạt động phong trào", "Chính sách - Hạ tầng": a site's section, by its first
    word and its length (words, not the "&" or dash between them: "Hoạt động của HĐND & UBND"),
    or by two short names a dash joins. The first word alone ("Hoạt động" over the date line)
    may be the page's own title."""
    key = data.phrase_key(line)
    return (len(key.split()) <= 5 and data.opens_with_phrase(line, "section_prefixes")
            and key not in data.boilerplate()["section_prefixes"]
            or len(line.split()) <= 7 and _paired_names(line.strip()))


def _paired_names(line: str) -> bool:
    """Not writers' names: "NGUYỄN NGỌC SƠN - NGUYỄN THỊ NGHĨA", "Đặng Thành – Hồng Nhung"; nor a place and what
    it is ("Côn Đảo - Địa chỉ đỏ", "Kim Liên - Quê hương Bác"): a headline."""
    return (bool(_PAIRED_NAMES.fullmatch(line)) and line.upper() != line and fold(line.split()[0]) not in data.surnames()
            and not _place_and_epithet(line))


def _place_and_epithet(line: str) -> bool:
    """A proper name of two words or more, every one capitalised, then a phrase in small letters after the dash: a
    section's two names ("Kinh tế – Xã hội") open with one capital each side."""
    left, right = re.split(r" [–-] ", line, maxsplit=1)
    return (len(left.split()) >= 2 and all(word[:1].isupper() for word in left.split())
            and any(word[:1].islower() for word in right.split()))


_EDITORS_NOTE = re.compile(r"^\s*(?:LTS|Lời tòa soạn|Lời toà soạn)\s*[:.–-]", re.IGNORECASE)


@lru_cache(maxsize=4096)  # the repeats come within one article
def opens_like_lead(line: str) -> bool:
    """"Sáng 27/8, …", "(TTXVN) - …", "KIÊN GIANG – …", "LTS: …", "Căn cứ …": how a lead
    opens, not a headline."""
    if _dated_like_a_lead(line) or _EDITORS_NOTE.match(line) or data.opens_with_phrase(line, "lead_openers"):
        return True
    match = _OPENS_WITH_TAG.match(line)
    if not match:
        return False
    letters = [c for c in match["tag"] if c.isalpha()]
    bracketed = line.lstrip().startswith("(")  # "(Cinet)- …": a source in brackets, then a dash, in any case
    return bool(letters) and (sum(c.isupper() for c in letters) / len(letters) >= 0.6 or "." in match["tag"] or bracketed)


def _dated_like_a_lead(line: str) -> bool:
    """A lead gives its day first ("Sáng 27/8, …") or sets it off with a comma ("Nhân dịp …,
    sáng ngày 2/2, …"); a headline may end on one ("… đi bầu trưởng thôn trong ngày 1/5.")."""
    found = read_dateline(line)
    return found is not None and (found.start <= 25 or line[found.end :].lstrip().startswith(","))


_UNIT_LABEL = re.compile(
    r"^(?i:Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Thị ủy|Thị uỷ|Quận ủy|Quận uỷ)"
    rf"(?i:\s+(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|thị trấn|khối))?(?:\s+{CAPITAL}[^\s]*){{1,4}}$"
)


def is_unit_label(line: str) -> bool:
    """"Đảng bộ TP Hà Giang", "TRƯỜNG CHÍNH TRỊ TỈNH KON TUM": an organisation's name on
    its own, most often the site's label."""
    text = line.strip()
    return bool(_UNIT_LABEL.match(text)) or _names_an_organisation(text)


_NO_NAME = re.compile(r"\d{3,}|[.:,;!?…]$")


def _names_an_organisation(text: str) -> bool:
    """One of boilerplate.yml's organisation_types, then words that name it, ending with a
    province's or a district's name, or "Việt Nam", or written as a name; a short line without a
    sentence's end."""
    words = text.split()
    if not 2 <= len(words) <= 12 or _NO_NAME.search(text) or not data.opens_with_phrase(text, "organisation_types"):
        return False
    places = gazetteer()
    for size in range(min(4, len(words) - 1), 0, -1):
        key = exact_key(" ".join(words[-size:]))
        if key == "việt nam" or places.names_a_unit(key):
            return True
    return _a_proper_name(words)


_JOINERS = frozenset({"và", "&", "-", "–"})


def _a_proper_name(words: list[str]) -> bool:
    """Words written as a name, not in capitals ("Viện Nghiên cứu Chiến lược, Chính sách Công Thương", "Khoa Xây dựng
    Đảng"): each word's first syllable capitalised, so never two small syllables in a row, which a predicate holds
    ("… tổ chức hội nghị", "… đón nhận Huân chương"). In capitals every syllable is: no telling a name from a headline."""
    if not any(letter.islower() for word in words for letter in word):
        return False
    small = 0
    for word in (word.strip(",") for word in words[1:]):
        small = 0 if not word or word in _JOINERS or word[0].isupper() else small + 1
        if small == 2:
            return False
    return True


# Why a feature counts, in the conversion report's words.
REASONS = {
    "words_6_35": "dài như tiêu đề", "words_4_5": "ngắn", "words_1_2": "một hai chữ", "words_over_45": "một đoạn văn",
    "ends_with_stop": "kết thúc bằng dấu chấm", "ends_with_comma_or_colon": "kết thúc bằng dấu hai chấm/phẩy",
    "ends_with_exclamation": "kết thúc bằng dấu chấm than (khẩu hiệu)", "several_sentences": "có nhiều câu",
    "has_bar": "có dấu |", "unit_label": "chỉ là tên một tổ chức",
    "opens_like_lead": "mở đầu như đoạn mở đầu («Sáng 27/8, …», «TTXVN - …»)",
    "first": "dòng dài như tiêu đề đầu tiên của trang", "subheading": "giống tiêu đề phụ của bài",
    "date_next_to": "sát dòng ngày", "lead_follows": "ngay trên đoạn mở đầu", "after_prose": "đứng sau một đoạn văn",
    "lead_repeats_none": "bài không nhắc lại từ nào của dòng này",
    "printed_again": "trang in lại dòng này (đường dẫn, tiêu đề của trình duyệt)",
    "url_spells_other": "địa chỉ trang viết một tiêu đề khác",
}
FEATURES = ("bias", *REASONS, "lines_to_body", "lead_repeats_half", "lead_repeats_third", "lead_repeats_some",
            "url_spells_most", "url_spells_some")


def features(line: str, context: Context) -> dict[str, float]:
    """What is true of a candidate line (1.0), and how far it stands from the body."""
    text = clean(line).title or line
    words, last = len(text.split()), text.rstrip()[-1]
    found = {
        "bias": True,
        "words_6_35": 6 <= words <= 35, "words_4_5": words in (4, 5), "words_1_2": words <= 2, "words_over_45": words > 45,
        "ends_with_stop": last in ".…", "ends_with_comma_or_colon": last in ":;,", "ends_with_exclamation": last == "!",
        "several_sentences": bool(_SENTENCE_INSIDE.search(text)),
        "has_bar": "|" in text or text.startswith(("»", ">>")), "unit_label": is_unit_label(text),
        "opens_like_lead": opens_like_lead(line),
        "first": context.first, "subheading": context.subheading, "date_next_to": context.date_next_to,
        "lead_follows": context.lead_follows, "after_prose": context.after_prose,
        "printed_again": context.printed_again,
    }
    values = {name: float(bool(value)) for name, value in found.items()}
    values["lines_to_body"] = float(min(10, context.lines_to_body))
    content = content_words(text)
    if len(content) >= 2:
        shared = _overlap(content, context.lead_words)
        band = "half" if shared >= 0.5 else "third" if shared >= 0.3 else "some" if shared >= 0.15 else None
        if band:
            values[f"lead_repeats_{band}"] = shared
        elif shared == 0 and len(content) >= 3 and len(context.lead_words) >= 15 and _overlap(content, context.text_words) < 0.3:
            values["lead_repeats_none"] = 1.0
        spelled = _overlap(content, context.url_words) if context.url_words else 0.0
        if spelled >= 0.4:
            values["url_spells_most" if spelled >= URL_SPELLS_MOST else "url_spells_some"] = spelled
    slug = context.slug_words - _COMMON
    if len(slug) >= 5 and content and len(content & slug) < 0.3 * len(slug):
        values["url_spells_other"] = 1.0  # the slug spells another headline: this line is not it
    return values


# Features that hold a share (for the report) but count as present or absent.
BANDS = ("lead_repeats_half", "lead_repeats_third", "lead_repeats_some", "url_spells_most", "url_spells_some")


def counted(values: dict[str, float]) -> dict[str, float]:
    """The features as the weights count them: a band is present (1.0) or absent."""
    return {name: 1.0 if name in BANDS else value for name, value in values.items()}


def total(values: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in counted(values).items())


def score(line: str, context: Context) -> tuple[float, list[str]]:
    """A candidate's score (headline_weights.yml) and the reasons, for the conversion report."""
    weights = data.headline_weights()["weights"]
    values = features(line, context)
    reasons = []
    for name, value in values.items():
        if name.startswith("lead_repeats_") and name != "lead_repeats_none":
            reasons.append(f"đoạn mở đầu nhắc lại {value:.0%} từ")
        elif name.startswith("url_spells_"):
            reasons.append(f"địa chỉ trang có {value:.0%} từ")
        elif value and name in REASONS and weights.get(name):
            reasons.append(REASONS[name])
    return total(values, weights), reasons


def min_score() -> float:
    """Less evidence than this: no headline."""
    return float(data.headline_weights()["min_score"])


# Words a headline never ends on: a verb still waiting for its object, a preposition, a conjunction
DANGLING_END = re.compile(
    r"\b(?:tổ\s+chức|tiến\s+hành|triển\s+khai|thực\s+hiện|của|và|với|về|cho|tại|trong|các|những|là|để|theo|từ|đến|nhằm|trên)$"
)  # lower case: "… Tư tưởng và Tổ chức" ends on a noun


def unfinished(title: str) -> bool:
    """A headline that stops where a phrase goes on: on a colon ("Quá trình thành lập :"), or on
    a word that needs another after it ("… THI ĐUA YÊU NƯỚC VÀ CÁC"): a label, or a headline
    cut short. Such a title is for an editor to look at."""
    text = title.rstrip(" .…")
    if text.endswith((":", "：")):
        return True
    return bool(DANGLING_END.search(text.lower() if text.isupper() else text))


_RETOLD = re.compile(r"^đoạn mở đầu nhắc lại (\d+)% từ$")


def lead_share(reasons: list[str]) -> float:
    """The share of a scored line's words the lead retells, read back from its reasons (0 when
    the lead retells too few of them to be named)."""
    return max((int(m.group(1)) / 100 for r in reasons for m in [_RETOLD.match(r)] if m), default=0.0)


def close_call(score: float, rival: float | None) -> bool:
    """The report asks an editor to look at a headline with little evidence, or with another
    head line scored nearly as high (on the development pages one headline in twenty-five is
    so flagged, and over a third of the wrong ones are among them)."""
    return score < confident_score() or (rival is not None and score - rival < confident_margin())


def confident_score() -> float:
    """Less than this is little evidence: the report lists the headline; and a line standing below
    a paragraph of running text needs at least this to be the headline at all (on the development
    pages 2 of 9 such lines scoring less were the headline; the others a teaser's or a subheading's)."""
    return float(data.headline_weights()["confident_score"])


def confident_margin() -> float:
    """How far the headline must score above every other head line not to be a close call."""
    return float(data.headline_weights()["confident_margin"])


# --- cleaning the chosen line -----------------------------------------------------


_GLUED_DATE = re.compile(
    r"\s*[(\[]\s*(?P<date>(?:\d{1,2}:\d{2}\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*[)\]]\s*$"
)
_SOURCE_TAG = re.compile(r"^\s*[(\[](?P<tag>[A-ZĐ][A-Za-zĐđ0-9.]{1,12})[)\]]\s*[-–—:]?\s*(?=\S)")
_BULLET = re.compile(r"^\s*(?:[•·▪►▶»>*-]+|\d{1,2}[.)]|[^\w\s\"“'‘(\[«]{1,3})\s+")  # a bullet, a number, a dingbat ("☘ ")
_JUNK_END = re.compile(r"\s*[\"“]?\(?\*+\)?[\"”]?\s*$")
# a template's empty variable; a CMS's hexadecimal id ("6a9daad2 Đảng bộ …")
_TEMPLATE_LEFTOVER = re.compile(r"^(?:null|undefined|None|NaN|(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,40})\s+(?=\S)")


# The headline printed twice on one line, maybe with the site's suffix after the copy
_DOUBLED = re.compile(r"(?P<once>\S.{10,}?\S)\s+(?P=once)(?=\s*$|\s+[-–|]\s)")
# "… Nhiệm Kỳ 2025 – 2030 01/08/2025": the posting date run on after the headline's last word
_BARE_DATE_AT_END = re.compile(
    r"(?<=[\w”\"])\s+(?P<date>[0-3]?\d/[01]?\d/(?:19|20)\d\d(?:\s+[012]?\d:[0-5]\d(?::[0-5]\d)?)?)\s*$"
)
_DATE_WORDS_BEFORE = frozenset("ngày đợt từ đến và hôm sáng trưa chiều tối lúc".split())


_SIGNED = re.compile(r"\s[-–]\s(?P<name>\S+(?:\s\S+){1,3})$")


def _names_a_person(name: str) -> bool:
    """"Trương Văn Lịch": a surname, then capitalised given names, not in capitals."""
    words = name.split()
    return (name.upper() != name and all(w[:1].isupper() and w.isalpha() for w in words)
            and fold(words[0]) in data.surnames())


def _bare_glued_date(text: str) -> re.Match | None:
    """A bare date after the headline's last word, which is not one that leads to a date ("đợt 02/9/2021")."""
    match = _BARE_DATE_AT_END.search(text)
    if match is None or text[: match.start()].split()[-1].lower() in _DATE_WORDS_BEFORE:
        return None
    return match


_YEAR = re.compile(r"[/.-](?P<year>\d{2,4})(?!.*[/.-]\d)")


def _web_era(date: str) -> bool:
    """A date a site glued after its headline is the day of posting, of this century; an older one is the headline's
    own historic day ("… Tuyên ngôn Độc lập 2/9/1945", "… ngày thành lập Đảng (3/2/1930)")."""
    year = _YEAR.search(date)
    return year is None or len(year["year"]) == 2 or int(year["year"]) >= 2000


@dataclass(frozen=True)
class Cleaned:
    title: str
    source_tag: str | None = None  # "(TTV) …" → TTV
    date_text: str | None = None  # "… (03/02/2019 21:20)" → the glued date
    signed: str | None = None  # "… - Trương Văn Lịch" → the writer's name after the headline
    removed: tuple[str, ...] = ()


def without_pictographs(text: str) -> str:
    """"🌼Phường Mỹ Phước - …🌼": the flowers a site strews around a headline are not its words."""
    def decoration(char: str) -> bool:
        return char.isspace() or char in "\ufe0f\u200d" or unicodedata.category(char) in ("So", "Sk")
    start, end = 0, len(text)
    while start < end and decoration(text[start]):
        start += 1
    while end > start and decoration(text[end - 1]):
        end -= 1
    return text[start:end] if end > start else text


@lru_cache(maxsize=4096)  # the head's readers ask about the same lines
def clean(line: str, signed: bool = True) -> Cleaned:
    """The headline without what a site glued to it: a template's "null", a bullet, a
    source tag, a date, widget words ("In trang"), a stray asterisk; with `signed`, a
    writer's name after a dash."""
    text = without_pictographs(line.strip())
    removed: list[str] = []
    source_tag = date_text = writer = None
    if text != line.strip():
        removed.append(line.strip().replace(text, " ").strip())  # listed in the report
    label = data.boilerplate()["title_label"].match(text)
    if label and len(text[label.end():].split()) >= 3:  # "Tiêu đề: Đảng ủy xã …", "Title: …": a scraper's field name
        removed.append(label.group(0).strip())
        text = text[label.end():]
    doubled = _DOUBLED.match(text)
    if doubled:  # "Đổi thay ở … Sài Sơn Đổi thay ở … Sài Sơn": a link's title and its text, both kept
        removed.append(doubled["once"])
        text = doubled["once"] + text[doubled.end():]
    leftover = _TEMPLATE_LEFTOVER.match(text)
    if leftover and len(text.split()) > 3:
        removed.append(leftover.group(0).strip())
        text = text[leftover.end():]
    bullet = _BULLET.match(text)
    if bullet and len(text) - bullet.end() > 10:
        text = text[bullet.end():]
    tag = _SOURCE_TAG.match(text)
    if tag and data.phrase_key(tag["tag"]) not in data.boilerplate()["title_format_tags"]:  # "[Video]" stays
        source_tag = tag["tag"]
        removed.append(tag.group(0).strip())
        text = text[tag.end():]
    for find in (_GLUED_DATE.search, _bare_glued_date):  # "… 2030 01/08/2025 (01/08/2025)": both
        glued = find(text)
        if glued and len(text[: glued.start()].split()) >= 3 and _web_era(glued["date"]):
            date_text = date_text or glued["date"]
            removed.append(glued.group(0).strip())
            text = text[: glued.start()]
    signature = _SIGNED.search(text) if signed else None
    if signature and len(text[: signature.start()].split()) >= 5 and _names_a_person(signature["name"]):
        removed.append(signature.group(0).strip())  # "… 70 năm xây dựng và trưởng thành - Trương Văn Lịch"
        writer = signature["name"]
        text = text[: signature.start()]
    for trailer in data.boilerplate()["title_trailers"]:
        match = trailer.search(text)
        if match and len(text[: match.start()].split()) >= 2:
            removed.append(match.group(0).strip())
            text = text[: match.start()]
    if "*" in text:  # "… (*)", "… ***": a footnote's star or a separator after the headline
        unstarred = _JUNK_END.sub("", text)
        text = unstarred if len(unstarred.split()) >= 2 else text
    return Cleaned(text.strip(), source_tag, date_text, writer, tuple(removed))
