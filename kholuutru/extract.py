"""Marked segments to article fields: title, date, byline, source, documents.

Reads values out of what segment.py marked. Places, terms and topics are
looked up later (enrich.py); nothing here knows the gazetteer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import data
from .article import Article, Block, Dropped
from .dates import infer_year, read_date_line, read_dateline
from .segment import Segment
from .text import WORD_RE, fold, squash_spaces

BODY_KINDS = ("lead", "paragraph", "heading", "caption")


def extract(article: Article, segments: list[Segment]) -> Article:
    """Fill the fields that are read straight from the text."""
    for segment in segments:
        if segment.kind in BODY_KINDS:
            article.blocks.append(Block(segment.kind, segment.text, segment.line, segment.credit))
        else:
            article.dropped.append(Dropped(segment.line, segment.text, segment.kind, segment.detail))
        if segment.credit:
            _add_credit(article, segment.credit)

    first = {s.kind: s for s in reversed(segments)}
    article.title = _clean_title(first["title"].text) if "title" in first else None
    article.category = first["category"].text if "category" in first else None
    if "page_title" in first:
        article.place_hints.append(("publisher", first["page_title"].detail))
    if "place_line" in first:
        article.place_hints.append(("place_line", first["place_line"].text))
    lead = next((b for b in article.blocks if b.kind == "lead"), None)
    article.summary = lead.text if lead else None

    _read_date(article, segments)
    _read_people(article, segments)
    _fold_parts(article)
    article.documents = find_documents(
        "\n".join([article.title or ""] + [b.text for b in article.blocks]), article.date, folded=article.folded["all"]
    )
    if article.blocks and article.blocks[-1].kind in ("lead", "paragraph"):
        last = article.blocks[-1].text
        if last[-1] not in ".!?…\"”')»:;" and len(last) > 80:
            article.notes.append(f"đoạn cuối (dòng {article.blocks[-1].line}) dừng giữa câu: bài có thể bị cắt")
    return article


def _fold_parts(article: Article) -> None:
    """Fold each part once: documents and topics both read the folded text."""
    blocks = [fold(block.text) for block in article.blocks]
    title = fold(article.title or "")
    lead = next((f for f, b in zip(blocks, article.blocks) if b.kind == "lead"), "")
    body = "\n".join(f for f, b in zip(blocks, article.blocks) if b.kind != "lead")
    article.folded.update(title=title, lead=lead, body=body, all="\n".join([title, *blocks]))


def _clean_title(title: str) -> str:
    return squash_spaces(title).strip()


def _add_credit(article: Article, credit: str) -> None:
    credit = credit.strip(" .,;()")
    if credit and credit not in article.photo_credits:
        article.photo_credits.append(credit)


# --- date ---------------------------------------------------------------


def _read_date(article: Article, segments: list[Segment]) -> None:
    lines = [s for s in segments if s.kind == "date_line"]
    if lines:
        found = read_date_line(lines[0].text)
        if found:
            article.date = found.iso()
            article.date_precision = "datetime" if found.has_time else found.precision
            if "cuối" in lines[0].detail:
                article.date_note = f"lấy từ dòng ngày ở cuối bài (dòng {lines[0].line})"
            return
    # A news dateline opening the first paragraphs: "TTXVN - Ngày 7/3, …"
    for block in [b for b in article.blocks if b.kind in ("lead", "paragraph")][:3]:
        found = read_dateline(block.text)
        if not found:
            continue
        opening = block.text[: found.end].strip(" ,")
        if found.year:
            article.date = found.iso()
            article.date_precision = "day"
            article.date_note = f"lấy từ đầu đoạn văn «{opening}» (không có dòng ngày đăng)"
            return
        evidence = infer_year(_full_text(article), found.month, block.text)
        if evidence.year:
            article.date = found.iso(evidence.year)
            article.date_precision = "day"
            article.date_note = f"ngày {found.day}/{found.month} lấy từ «{opening}»; {evidence.note}"
        else:
            article.date_note = f"chỉ có ngày {found.day}/{found.month} («{opening}»), không đủ căn cứ xác định năm"
        return


def _full_text(article: Article) -> str:
    return "\n".join([article.title or ""] + [b.text for b in article.blocks])


# --- people and publishers ----------------------------------------------------


_LEADIN = re.compile(r"^\s*\(?(?P<tag>[A-ZĐ][\w.]*(?:\s?[A-ZĐa-zđ.]+){0,2}?)\)?\s*[-–—]\s+\S")


def _read_people(article: Article, segments: list[Segment]) -> None:
    creds = data.credits()
    authors = [s for s in segments if s.kind in ("byline", "top_byline")]
    if authors:
        article.author = _strip_byline_label(authors[-1].text, creds, article)
    sources = [s for s in segments if s.kind == "source_line"]
    if sources:
        article.source = _strip_source_label(sources[-1].text, creds)
        return
    for block in [b for b in article.blocks if b.kind in ("lead", "paragraph")][:3]:
        match = _LEADIN.match(block.text)
        if match and len(match.group("tag")) <= 24:
            tag = match.group("tag").strip()
            known = creds["publisher_tags"]
            if tag in known:
                article.source = known[tag]  # "(QBĐT) -" → Báo Quảng Bình
                return
            letters = [c for c in tag if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6 and block.text.lstrip()[:1] in "(" + tag[:1]:
                article.source = tag
                return
    publisher = [s for s in segments if s.kind == "page_title"]
    if publisher:
        article.source = publisher[0].detail


def _strip_byline_label(line: str, creds, article: Article) -> str:
    text = line.strip()
    for label in sorted(creds["byline_labels"], key=len, reverse=True):
        match = re.match(rf"^{re.escape(label)}\s*[:：]\s*(?P<name>.+)$", text, re.IGNORECASE)
        if match:
            name = match.group("name").strip()
            if "ảnh" in label.lower():
                _add_credit(article, name)
            return name
    return text


def _strip_source_label(line: str, creds) -> str:
    text = line.strip("()[] ")
    for label in sorted(creds["source_labels"], key=len, reverse=True):
        match = re.match(rf"^{re.escape(label)}\s*[:：]?\s+(?P<source>.+)$", text, re.IGNORECASE)
        if match:
            return match.group("source").strip(" .")
    return text


# --- documents ---------------------------------------------------------------


def _document_patterns():
    # No look-behind at the front: a pattern that starts with \d lets the regex engine
    # jump from digit to digit; what stands before a number is checked in code.
    docs = data.documents()
    types = "|".join(sorted(map(re.escape, docs["party_types"]), key=len, reverse=True))
    issuers = "|".join(sorted(map(re.escape, docs["party_issuers"]), key=len, reverse=True))
    party = re.compile(rf"(?P<num>\d{{1,4}})\s*-\s*(?P<type>{types})\s*/\s*(?P<issuer>{issuers})(?![\w])")
    states = "|".join(sorted(map(re.escape, docs["state_issuers"]), key=len, reverse=True))
    state = re.compile(
        rf"(?P<num>\d{{1,5}})\s*/\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?(?P<issuer>{states}|(?:NQ|QĐ|CT|KH|TT|NĐ)-[A-ZĐ]{{2,12}}\d{{0,2}})(?![\w])"
    )
    return party, state


def _starts_a_number(text: str, start: int) -> bool:
    """The match begins a number: nothing of a word, date or code right before it."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "/-_")


_PATTERNS: list = []
_SPOKEN: dict = {}


def _spoken() -> tuple[re.Pattern[str], dict[str, list[tuple[int, dict]]]]:
    """One pattern for every way of naming a known document ("chỉ thị 05"), longest
    first, and phrase → the documents it may name (one pass over an article)."""
    if not _SPOKEN:
        names: dict[str, list[tuple[int, dict]]] = {}
        for rank, known in enumerate(data.documents()["known"]):
            for phrase in known["spoken"]:
                names.setdefault(data.phrase_key(phrase), []).append((rank, known))
        ordered = sorted(names, key=len, reverse=True)
        body = "|".join(r"\W+".join(map(re.escape, key.split())) for key in ordered)
        _SPOKEN["pattern"] = re.compile(rf"(?<!\w)(?:{body})(?!\w|\s*[-/]\s*\w)")
        _SPOKEN["names"] = names
    return _SPOKEN["pattern"], _SPOKEN["names"]


def find_documents(text: str, article_date: str | None = None, folded: str | None = None) -> list[str]:
    """Document numbers cited in text, normalised, in order of first citation."""
    if not _PATTERNS:
        _PATTERNS.extend(_document_patterns())
    party, state = _PATTERNS
    docs = data.documents()
    found: list[tuple[float, str]] = []
    for match in party.finditer(text):
        if not _starts_a_number(text, match.start()):
            continue
        issuer = docs["party_issuers"][match.group("issuer")]
        found.append((match.start(), f"{int(match.group('num')):02d}-{match.group('type')}/{issuer}"))
    for match in state.finditer(text):
        if not _starts_a_number(text, match.start()):
            continue
        year = f"/{match.group('year')}" if match.group("year") else ""
        found.append((match.start(), f"{match.group('num')}{year}/{match.group('issuer')}"))
    folded = fold(text) if folded is None else folded
    pattern, names = _spoken()
    for match in pattern.finditer(folded):
        for rank, known in names.get(phrase_of(match.group(0)), ()):
            if article_date and str(known["date"]) > article_date[:10]:
                continue
            context = [data.phrase_key(c) for c in known.get("context") or ()]
            if context and not any(c in words_around(folded, match.start(), match.end()) for c in context):
                continue
            found.append((match.start() + rank / 10000, known["number"]))
    ordered: list[str] = []
    for _, number in sorted(found):
        if number not in ordered:
            ordered.append(number)
    return ordered


@lru_cache(maxsize=4096)
def phrase_of(matched: str) -> str:
    """A matched phrase with its words joined by single spaces ("kiem tra, giam sat" → "kiem tra giam sat")."""
    return " ".join(WORD_RE.findall(matched))


def words_around(text: str, start: int, end: int, reach: int = 150) -> str:
    """The words within `reach` characters of a span, joined by single spaces."""
    return " ".join(WORD_RE.findall(text[max(0, start - reach) : end + reach]))
