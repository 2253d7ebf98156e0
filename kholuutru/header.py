"""The fields a scraper wrote above the page it saved: evidence about the page, not its text.

trafilatura (with its metadata) writes a front matter between two "---" lines: title, author,
url, hostname, description, sitename, date, categories, tags, fingerprint…; jina reader writes
"Title: …", "URL Source: …", "Published Time: …" and then "Markdown Content:". The page's
title stays as a line right above the page, so that the headline is weighed as on any page; its
date is the page's when the page prints none (published.py); its address is the page's URL; the
other fields are the scraper's, not the article's. Only a block of English field names counts:
"Thời gian: …", "Địa điểm: …", "Nội dung:" at the top of a notice are the notice's own lines.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from . import data
from .text import fold, same_words

# "Published Time: 2025-06-05T08:00:00+07:00", "title: \"Kỳ 2: Quá trình …\"", "tags: []"
_FIELD = re.compile(r"(?P<key>[A-Za-z][A-Za-z _-]{0,30}?)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")
_FRONT_MATTER_ENDS = ("---", "...")
_MOST_LINES = 40  # a header is short; a page's first lines are not searched further


@dataclass(frozen=True)
class Header:
    kind: str  # "front matter" | "fields"
    first: int  # index of its first line in the text
    end: int  # index after its last line
    title: str | None = None
    date: str | None = None
    url: str | None = None
    url_line: int = 0  # 1-based


def scraper_header(text: str) -> Header | None:
    """The block of fields a scraper wrote on the text's first lines, or None."""
    lines = text.split("\n", _MOST_LINES + 1)[:_MOST_LINES]
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    if lines[first].strip() == "---":
        return _front_matter(lines, first)
    return _field_block(lines, first)


def without_header(text: str, header: Header) -> str:
    """The text with the header's lines blank but for the page's title, right above the page
    where the page does not print it itself. Line numbers do not move. (The date is no line:
    under a date line a headline reads as a lead; published.py weighs it as the page's.)"""
    lines = text.split("\n")
    lines[header.first : header.end] = [""] * (header.end - header.first)
    if header.title and _printed_title(lines, header) is None:
        lines[header.end - 1] = header.title
    return "\n".join(lines)


def _printed_title(lines: list[str], header: Header) -> int | None:
    """Where the page prints the header's title on one of its first lines, or over two: as it is,
    in capitals, or with what a site glues to it (a date, a writer's name)."""
    title = fold(same_words(header.title or ""))
    head = [fold(same_words(line.strip())) for line in lines[header.end : header.end + _MOST_LINES]]
    return next((header.end + index for index, line in enumerate(head)
                 if title in line or title in f"{line} {head[index + 1] if index + 1 < len(head) else ''}"), None)


def _front_matter(lines: list[str], first: int) -> Header | None:
    fields = []
    for index in range(first + 1, len(lines)):
        line = lines[index].strip()
        if line in _FRONT_MATTER_ENDS:
            return _header("front matter", first, index + 1, fields) if len(fields) >= 2 else None
        if not line or line.startswith("- "):  # a list's item ("tags:" then "- x")
            continue
        field = _FIELD.fullmatch(line)
        if field is None:
            return None
        fields.append((field["key"], field["value"], index))
    return None


def _field_block(lines: list[str], first: int) -> Header | None:
    fields = []
    for index in range(first, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        field = _FIELD.fullmatch(line)
        if field is None:
            return None
        if field["value"] is None and data.phrase_key(field["key"]) in data.boilerplate()["header_content_labels"]:
            return _header("fields", first, index + 1, fields)
        fields.append((field["key"], field["value"], index))
    return None


def _header(kind: str, first: int, end: int, fields: list[tuple[str, str | None, int]]) -> Header | None:
    """The title, date and address among the fields; None when it names none of them."""
    found: dict[str, tuple[str, int]] = {}
    for key, value, index in fields:
        role = _role(key)
        text = _unquoted(value)
        if role and text and role not in found:
            found[role] = (text, index + 1)
    if not found:
        return None
    url, url_line = found.get("url", (None, 0))
    return Header(kind, first, end, found.get("title", (None,))[0], found.get("date", (None,))[0], url, url_line)


def _role(key: str) -> str | None:
    rules = data.boilerplate()
    spelled = key.strip() + ": "
    for role, pattern in (("title", rules["title_label"]), ("url", rules["address_label"]), ("date", rules["header_date_label"])):
        label = pattern.match(spelled)
        if label and label.end() == len(spelled):
            return role
    return None


def _unquoted(value: str | None) -> str | None:
    """A YAML scalar as text: a double-quoted one is JSON's ("Kỳ 2: …"), a single-quoted one
    doubles its quotes; empty, null and lists are no value."""
    text = (value or "").strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        try:
            text = json.loads(text)
        except ValueError:
            text = text[1:-1]
    elif len(text) >= 2 and text[0] == text[-1] == "'":
        text = text[1:-1].replace("''", "'")
    elif text.lower() in ("null", "none", "~") or text.startswith(("[", "{")):
        return None
    return text.strip() or None
