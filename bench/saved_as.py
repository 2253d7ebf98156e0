#!/usr/bin/env python3
"""How many real pages change their fields when a scraper saves them another way.

    .venv/bin/python bench/saved_as.py                 # every development page
    .venv/bin/python bench/saved_as.py --sealed        # and the sealed ones (counts only)
    .venv/bin/python bench/saved_as.py --every 5       # every 5th page, quicker

A page's line ends, byte-order mark, code page, normal form, indentation, spaces, character
references, formatting tags, Markdown, double encoding, blank lines between paragraphs or a text
browser's wrapping are how a scraper saved it, not the page: the archive must say the same of it
(title, date, province, term, author, locality). Each page is converted as stored and once per
way of saving; the pages whose fields differ are counted; and once with the fields a scraper
writes above a page (trafilatura's front matter, jina reader's), which must give the fields of
the page with its URL. tests/test_realworld.py holds every way on every 20th development page.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import textwrap
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "realworld")]

import realpages  # noqa: E402  (tests/realworld/realpages.py)
from kholuutru.pipeline import ConversionError, convert_bytes  # noqa: E402

FIELDS = ("title", "date", "province", "tenure", "author", "locality")


def one_more_blank_line(text: str) -> str:
    """Each gap a blank line wider, on a page with three gaps or more: with fewer, two blank lines
    are where a photo stood as likely as a scraper's way of setting paragraphs apart."""
    gaps = r"\n(?:[ \t]*\n)+"
    return re.sub(gaps, lambda gap: gap[0] + "\n", text) if len(re.findall(gaps, text.strip())) >= 3 else text


def dumped(text: str, width: int = 78) -> str:
    """The page as lynx or w3m dump it: every line longer than the width wrapped at it."""
    return "\n".join(textwrap.fill(line, width) if len(line) > width else line for line in text.split("\n"))


def tagged(text: str) -> str:
    """The page as a scraper that kept each line's formatting tags saves it: the first line bold,
    every other line in a styled span, a line break tag at each line's end (its indentation kept)."""
    return "\n".join(
        _around_words(line, "<strong>", "</strong><br />" ) if index == 0 else
        _around_words(line, "<span style='font-family:Arial'>", "</span><br>") if index % 2 else _around_words(line, "", "<br>")
        for index, line in enumerate(html.escape(text, quote=False).split("\n"))
    )


def _around_words(line: str, before: str, after: str) -> str:
    """The line's words between before and after; its indentation, and a blank line, as they were."""
    words = line.strip()
    return line[: len(line) - len(line.lstrip())] + before + words + after if words else line


def as_markdown(text: str) -> str:
    """The page as markdownify or html2text save it: the first line a heading, short lines bold,
    the marks the text itself holds ("*", "_", a backslash) escaped."""
    lines = re.sub(r"([\\*_])", r"\\\1", text).split("\n")
    first = next((index for index, line in enumerate(lines) if line.strip()), 0)
    return "\n".join(
        _around_words(line, "# ", "") if index == first else
        _around_words(line, "**", "**") if len(line.split()) <= 12 and not line.rstrip().endswith(".") else line
        for index, line in enumerate(lines)
    )


def read_as(text: str, code_page: str) -> str:
    """UTF-8 bytes read as a one-byte code page and saved again as UTF-8 (mojibake): "Äáº£ng"."""
    return "".join(bytes([byte]).decode(code_page, errors="ignore") or chr(byte) for byte in text.encode("utf-8"))


def in_vni(text: str) -> str:
    """The page typed in the VNI legacy font (a web page's <font face="VNI-Times">), its
    characters saved as they are: "Ñaûng boä". VNI spells every Vietnamese letter, so the
    page comes back whole. (TCVN3 has no toned capitals, which a .VnTimeH page types as small
    letters: the page comes back with other capitals, so no way here can ask for its fields.)"""
    from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS

    legacy: dict[str, str] = {}
    for code, letter in AUTO_DETECT_CHARMAPS["vni"].pairs:
        legacy.setdefault(unicodedata.normalize("NFC", letter), code)
    return "".join(legacy.get(char, char) for char in unicodedata.normalize("NFC", text))


# The ways of saving whose result must convert exactly as the page does (fields and body).
SAVED_AS = {
    "CRLF": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "CR": lambda text: text.replace("\n", "\r").encode("utf-8"),
    "BOM": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "NFD": lambda text: unicodedata.normalize("NFD", text).encode("utf-8"),
    "UTF-16": lambda text: text.encode("utf-16"),
    "Windows-1258": lambda text: text.encode("cp1258"),
    "trailing spaces": lambda text: re.sub(r"(?m)(?<=\S)$", "  ", text).encode("utf-8"),
    "indented": lambda text: re.sub(r"(?m)^(?=\S)", "   ", text).encode("utf-8"),
    "tab-indented": lambda text: re.sub(r"(?m)^(?=\S)", "\t", text).encode("utf-8"),
    "no-break spaces": lambda text: re.sub(r"(?<=\S) (?=\S)", "\u00a0", text).encode("utf-8"),
    "character references": lambda text: html.escape(text).encode("utf-8"),
    "one more blank line between paragraphs": lambda text: one_more_blank_line(text).encode("utf-8"),
    "blank lines above the page": lambda text: ("\n\n\n" + text).encode("utf-8"),
    "formatting tags in every line": lambda text: tagged(text).encode("utf-8"),
    "Markdown": lambda text: as_markdown(text).encode("utf-8"),
    "UTF-8 read as Latin-1": lambda text: read_as(text, "latin-1").encode("utf-8"),
    "UTF-8 read as Windows-1252": lambda text: read_as(text, "cp1252").encode("utf-8"),
    "VNI legacy font": lambda text: in_vni(text).encode("utf-8"),
}
def without_blank_lines(text: str) -> str:
    """The page as BeautifulSoup's get_text("\\n", strip=True) saves it: every line, no blank one."""
    return "\n".join(line for line in text.split("\n") if line.strip())


# … and the ones that may lose where a paragraph ended, but should keep the fields
ALL_WAYS = {
    **SAVED_AS,
    "dumped at 78 columns": lambda text: dumped(text).encode("utf-8"),
    "no blank lines": lambda text: without_blank_lines(text).encode("utf-8"),
}


def front_matter(text: str, article, url: str | None) -> str:
    """The page as trafilatura saves it with its metadata: a front matter between two "---"
    lines (the page's title, author, address, date and the scraper's own fields), then the text."""
    fields = {"title": article.title, "author": article.author, "url": url, "hostname": url and urlsplit(url).hostname,
              "description": "Tin bài của trang", "sitename": url and urlsplit(url).hostname, "date": article.date,
              "categories": "['Tin tức']", "tags": "[]", "fingerprint": "8f3a9c0e1d2b4a67"}
    quoted = {key: json.dumps(value, ensure_ascii=False) if key == "title" and ": " in value else value
              for key, value in fields.items() if value}
    return "---\n" + "".join(f"{key}: {value}\n" for key, value in quoted.items()) + "---\n" + text


def jina_fields(text: str, article, url: str | None) -> str:
    """The page as jina reader saves it: its title, address and time as fields, then its
    Markdown under "Markdown Content:"."""
    published = f"Published Time: {article.date}\n\n" if article.date else ""
    return f"Title: {article.title or ''}\n\nURL Source: {url or ''}\n\n{published}Markdown Content:\n{as_markdown(text)}"


# The ways of saving that write what the scraper knew of the page above it (from the page's own
# conversion with its URL, as the scraper read them off the page): the same fields as that conversion.
WITH_HEADER = {"trafilatura's front matter": front_matter, "jina reader's fields": jina_fields}


def fields_of(raw: bytes, name: str):
    """The page's fields as converted, or the converter's reason for refusing it."""
    try:
        article = convert_bytes(raw, name)
    except ConversionError as error:
        return str(error)
    return tuple(getattr(article, field) for field in FIELDS)


def changed_pages(pages) -> dict[str, int]:
    """Per way of saving, how many of the pages convert to other fields."""
    counts = dict.fromkeys([*ALL_WAYS, *WITH_HEADER], 0)
    for page in pages:
        text = page.text_path.read_text(encoding="utf-8")
        stored = fields_of(text.encode("utf-8"), page.text_path.name)
        for way, save in ALL_WAYS.items():
            try:
                raw = save(text)
            except UnicodeEncodeError:
                continue  # a letter Windows-1258 cannot write: that page cannot be saved so
            counts[way] += fields_of(raw, page.text_path.name) != stored
        for way in _header_ways_changed(page, text):
            counts[way] += 1
    return counts


def _header_ways_changed(page, text: str) -> list[str]:
    """The header ways whose result differs from the page converted with its URL."""
    url = page.label.get("url")
    try:
        article = convert_bytes(text.encode("utf-8"), page.text_path.name, {"source_url": url} if url else None)
    except ConversionError:
        return []
    fields = tuple(getattr(article, field) for field in FIELDS)
    return [way for way, save in WITH_HEADER.items()
            if fields_of(save(text, article, url).encode("utf-8"), page.text_path.name) != fields]


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--sealed", action="store_true", help="also count the sealed pages (nothing of them is shown)")
    cli.add_argument("--every", type=int, default=1, metavar="K", help="every K-th page only (default: all)")
    args = cli.parse_args(argv)
    parts = ("dev", "sealed") if args.sealed else ("dev",)
    results = {part: (len(pages), changed_pages(pages)) for part in parts
               for pages in [realpages.load((part,))[:: args.every]]}
    print(f"{'way of saving':<42}" + "".join(f"{f'{part} ({n})':>18}" for part, (n, _) in results.items()))
    for way in [*ALL_WAYS, *WITH_HEADER]:
        cells = "".join(f"{counts[way]:>10} {100 * counts[way] / max(n, 1):5.1f} %" for n, counts in results.values())
        print(f"{way:<42}{cells}")
    print("pages whose title, date, province, term, author or locality change when saved that way")
    return 0


if __name__ == "__main__":
    sys.exit(main())
