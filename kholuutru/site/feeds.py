"""Atom feeds: the whole archive, each province (as published and since 2025), each
term, each topic. The newest FEED_SIZE dated articles, each with its summary and
its hosted address; built with ElementTree, so no text becomes markup.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .catalog import Entry
from .web import ARCHIVE, absolute

FEED_SIZE = 50
ATOM = "http://www.w3.org/2005/Atom"
FEED_NAME = "feed.xml"
EPOCH = "2000-01-01T00:00:00+07:00"  # a feed with no dated article still needs <updated>


def feed_kinds() -> tuple[str, ...]:
    """The listings that have a feed (their first page links it)."""
    return ("home", "province", "province_2025", "term", "topic")


def atom_time(date: str) -> str:
    """RFC 3339 for Atom: a day alone is that day at 00:00 in Vietnam (UTC+7)."""
    if len(date) == 10:
        return f"{date}T00:00:00+07:00"
    return date if ("+" in date[10:] or date.endswith("Z")) else date + "+07:00"


def atom(title: str, feed_path: str, page_path: str, entries: list[Entry], site_url: str | None) -> bytes:
    """The Atom document (UTF-8 bytes) for a listing: newest dated entries first."""
    dated = [entry for entry in entries if entry.date][:FEED_SIZE]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "vi"})
    _text(feed, "title", f"{title} — {ARCHIVE}")
    _text(feed, "id", absolute(site_url, feed_path))
    _text(feed, "updated", atom_time(max(entry.date for entry in dated)) if dated else EPOCH)
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "type": "application/atom+xml", "href": absolute(site_url, feed_path)})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": absolute(site_url, page_path)})
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", ARCHIVE)
    for entry in dated:
        item = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = absolute(site_url, entry.url)
        _text(item, "title", entry.title)
        _text(item, "id", url)
        ET.SubElement(item, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": url})
        _text(item, "updated", atom_time(entry.date))
        _text(item, "published", atom_time(entry.date))
        if entry.author:
            _text(ET.SubElement(item, f"{{{ATOM}}}author"), "name", entry.author)
        summary = " · ".join(filter(None, [entry.locality, entry.province, f"nhiệm kỳ {entry.tenure}" if entry.tenure else None]))
        _text(item, "summary", (entry.summary or "") + (f" ({summary})" if summary else ""))
        for tag in entry.tags:
            ET.SubElement(item, f"{{{ATOM}}}category", {"term": tag})
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False) + b"\n"


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = text
    return element
