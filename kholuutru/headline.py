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
from dataclasses import dataclass, field
from functools import lru_cache

from . import data
from .dates import read_dateline
from .text import fold

MIN_SCORE = 2.0  # less evidence than this: no headline
CONFIDENT_SCORE = 4.0  # less than this: the report asks an editor to look

# A headline's words the lead and the slug are compared on: not the common ones.
_COMMON = frozenset(
    "va cua cac nhung cho voi la trong tai tren theo ve de mot co duoc da se tu den nam ngay thang "
    "nay do khi nhu hon cung tinh huyen xa thanh pho thi dang bo".split()
)
_WORD = re.compile(r"\w+")
_OPENS_WITH_TAG = re.compile(r"^\(?(?P<tag>[^\W\d_][\w.]{0,11}(?:\s[^\W\d_][\w.]{0,11}){0,2})\)?\s*[-–—]\s+\S")
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’')»]*\s+[A-ZĐ]")


@lru_cache(maxsize=2048)
def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(fold(text)) if len(w) > 1 and w not in _COMMON and not w.isdigit())


@dataclass
class Context:
    """What the head around a candidate line says."""

    lead_words: set[str] = field(default_factory=set)  # content words of the first body paragraphs
    url_words: set[str] = field(default_factory=set)  # words of the URL's path
    first: bool = False  # the first line of a headline's length on the page
    subheading: bool = False  # below another headline-like line, heading a paragraph as others do
    date_next_to: bool = False  # a date line right above or below
    lead_follows: bool = False  # the next free line is body prose
    after_prose: bool = False  # a body-like paragraph stands above it
    lines_to_body: int = 0  # lines between it and the first body paragraph


# What the head around a line says of it, and how much that counts.
CONTEXT_WEIGHTS = (
    ("first", 1.0, "dòng dài như tiêu đề đầu tiên của trang"),
    ("subheading", -1.5, "giống tiêu đề phụ của bài"),
    ("date_next_to", 2.0, "sát dòng ngày"),
    ("lead_follows", 1.0, "ngay trên đoạn mở đầu"),
    ("after_prose", -1.5, "đứng sau một đoạn văn"),
)


def _overlap(words: set[str], other: set[str]) -> float:
    return len(words & other) / len(words) if words else 0.0


def is_sentence(line: str) -> bool:
    """Running text, never a headline: a long line ending with a full stop, several
    sentences, a table cell ("… |"), or a paragraph opening like a lead."""
    text = line.strip()
    words = len(text.split())
    if text.startswith("|") or text.endswith("|"):
        return True
    if words >= 8 and text.endswith("!"):
        return True  # a slogan or banner
    if text[-1] in ";,":
        return True  # a clause of a paragraph
    if words >= 15 and text[-1] in ".…" and not text.endswith(("...", "…")):
        return True
    return words >= 12 and opens_like_lead(text)


def _opens_with(text: str, openers: str) -> bool:
    key = data.phrase_key(text)
    return any(key == o or key.startswith(o + " ") for o in data.boilerplate()[openers])


def is_section_name(line: str) -> bool:
    """"Tin hoạt động phong trào": a site's section, by its first word and its length."""
    return len(line.split()) <= 5 and _opens_with(line, "section_prefixes")


def opens_like_lead(line: str) -> bool:
    """"Sáng 27/8, …", "(TTXVN) - …", "KIÊN GIANG – …": how a lead opens, not a headline."""
    if read_dateline(line):
        return True
    match = _OPENS_WITH_TAG.match(line)
    if not match:
        return False
    letters = [c for c in match["tag"] if c.isalpha()]
    return bool(letters) and (sum(c.isupper() for c in letters) / len(letters) >= 0.6 or "." in match["tag"])


def _shape(line: str) -> tuple[float, str]:
    """How much a line looks like a headline by itself."""
    words = len(line.split())
    if words >= 6 and words <= 35:
        score, why = 2.0, "dài như tiêu đề"
    elif words in (4, 5):
        score, why = 1.0, "ngắn"
    elif words == 3:
        score, why = 0.0, "rất ngắn"
    elif words <= 2:
        score, why = -2.5, "một hai chữ"
    elif words <= 45:
        score, why = 0.0, "dài"
    else:
        score, why = -4.0, "một đoạn văn"
    last = line.rstrip()[-1]
    if last in ".…":
        score -= 1.5
        why += ", kết thúc bằng dấu chấm"
    elif last in ":;,":
        score -= 3.0
        why += ", kết thúc bằng dấu hai chấm/phẩy"
    elif last == "!":
        score -= 2.0
        why += ", kết thúc bằng dấu chấm than (khẩu hiệu)"
    if _SENTENCE_INSIDE.search(line):
        score -= 1.5
        why += ", có nhiều câu"
    if "|" in line or line.startswith(("»", ">>")):
        score -= 2.0
        why += ", có dấu |"
    if _is_unit_label(line):
        score -= 1.5
        why += ", chỉ là tên một tổ chức đảng"
    return score, why


_UNIT_LABEL = re.compile(
    r"^(?:Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Thị ủy|Thị uỷ|Quận ủy|Quận uỷ)"
    r"(?:\s+(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|thị trấn|khối))?(?:\s+[A-ZĐÂĂÊÔƠƯ][^\s]*){1,4}$"
)


def _is_unit_label(line: str) -> bool:
    """"Đảng bộ TP Hà Giang": a Party organisation's name on its own, a site label."""
    return bool(_UNIT_LABEL.match(line.strip()))


def score(line: str, context: Context) -> tuple[float, list[str]]:
    """A candidate's score and the reasons, for the conversion report."""
    total, why = _shape(clean(line).title or line)
    if opens_like_lead(line):
        total -= 4.0
        why += ", mở đầu như đoạn mở đầu («Sáng 27/8, …», «TTXVN - …»)"
    reasons = [why]
    for name, weight, reason in CONTEXT_WEIGHTS:
        if getattr(context, name):
            total += weight
            reasons.append(reason)
    total -= min(1.5, 0.15 * context.lines_to_body)
    words = content_words(clean(line).title or line)
    if len(words) >= 2:
        shared = _overlap(words, context.lead_words)
        if shared >= 0.15:
            gain = 2.5 if shared >= 0.5 else 1.5 if shared >= 0.3 else 0.5
            total += gain
            reasons.append(f"đoạn mở đầu nhắc lại {shared:.0%} từ")
        elif shared == 0 and len(words) >= 3 and len(context.lead_words) >= 15:
            total -= 2.5
            reasons.append("bài không nhắc lại từ nào của dòng này")
        if context.url_words:
            spelled = _overlap(words, context.url_words)
            if spelled >= 0.4:
                total += 4.0 if spelled >= 0.6 else 2.0
                reasons.append(f"địa chỉ trang có {spelled:.0%} từ")
    return total, reasons


# --- cleaning the chosen line -----------------------------------------------------


_GLUED_DATE = re.compile(
    r"\s*[(\[]\s*(?P<date>(?:\d{1,2}:\d{2}\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*[)\]]\s*$"
)
_SOURCE_TAG = re.compile(r"^\s*[(\[](?P<tag>[A-ZĐ][A-Za-zĐđ0-9.]{1,12})[)\]]\s*[-–—:]?\s*(?=\S)")
_BULLET = re.compile(r"^\s*(?:[•·▪►▶»>*-]+|\d{1,2}[.)])\s+")
_JUNK_END = re.compile(r"\s*[\"“]?\(?\*+\)?[\"”]?\s*$")


@dataclass
class Cleaned:
    title: str
    source_tag: str | None = None  # "(TTV) …" → TTV
    date_text: str | None = None  # "… (03/02/2019 21:20)" → the glued date
    removed: list[str] = field(default_factory=list)


def clean(line: str) -> Cleaned:
    """The headline without what a site glued to it: a bullet, a source tag, a date,
    widget words ("In trang"), a stray asterisk."""
    text = line.strip()
    cleaned = Cleaned(text)
    bullet = _BULLET.match(text)
    if bullet and len(text) - bullet.end() > 10:
        text = text[bullet.end():]
    tag = _SOURCE_TAG.match(text)
    if tag:
        cleaned.source_tag = tag["tag"]
        cleaned.removed.append(tag.group(0).strip())
        text = text[tag.end():]
    glued = _GLUED_DATE.search(text)
    if glued and len(text[: glued.start()].split()) >= 3:
        cleaned.date_text = glued["date"]
        cleaned.removed.append(glued.group(0).strip())
        text = text[: glued.start()]
    for trailer in data.boilerplate()["title_trailers"]:
        match = trailer.search(text)
        if match and len(text[: match.start()].split()) >= 2:
            cleaned.removed.append(match.group(0).strip())
            text = text[: match.start()]
    text = _JUNK_END.sub("", text) if len(_JUNK_END.sub("", text).split()) >= 2 else text
    cleaned.title = text.strip()
    return cleaned
