"""Atom feeds: the whole archive, each province (as published and since 2025), each
term, each topic. The newest FEED_SIZE dated articles, each with its summary and
its hosted address. Every text is escaped (saxutils), so none becomes markup.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .catalog import Entry
from .web import ARCHIVE, absolute

FEED_SIZE = 50
FEED_NAME = "feed.xml"
EPOCH = "2000-01-01T00:00:00+07:00"  # a feed with no dated article still needs <updated>


# The listings that have a feed (their first page links it).
FEED_KINDS = ("home", "province", "province_2025", "term", "topic")


def atom_time(date: str) -> str:
    """RFC 3339 for Atom: a day alone is that day at 00:00 in Vietnam (UTC+7)."""
    if len(date) == 10:
        return f"{date}T00:00:00+07:00"
    return date if ("+" in date[10:] or date.endswith("Z")) else date + "+07:00"


def newest(entries: list[Entry]) -> list[Entry]:
    """The entries a feed holds: the newest dated ones (the catalog's order is newest first)."""
    return [entry for entry in entries if entry.date][:FEED_SIZE]


def atom(title: str, feed_path: str, page_path: str, entries: list[Entry], site_url: str | None,
         fragments: dict[str, str] | None = None) -> bytes:
    """The Atom document (UTF-8 bytes) for a listing: newest dated entries first.

    fragments caches each article's <entry> across feeds (an article is in several)."""
    dated = newest(entries)
    cache = fragments if fragments is not None else {}
    updated = atom_time(max(entry.date for entry in dated)) if dated else EPOCH
    head = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">'
        f"<title>{escape(title + ' — ' + ARCHIVE)}</title><id>{escape(absolute(site_url, feed_path))}</id><updated>{updated}</updated>"
        f'<link rel="self" type="application/atom+xml" href={quoteattr(absolute(site_url, feed_path))}/>'
        f'<link rel="alternate" type="text/html" href={quoteattr(absolute(site_url, page_path))}/>'
        f"<author><name>{escape(ARCHIVE)}</name></author>"
    )
    body = []
    for entry in dated:
        if entry.src_uri not in cache:
            cache[entry.src_uri] = _entry(entry, site_url)
        body.append(cache[entry.src_uri])
    return (head + "".join(body) + "</feed>\n").encode("utf-8")


def _entry(entry: Entry, site_url: str | None) -> str:
    url = absolute(site_url, entry.url)
    when = atom_time(entry.date)
    place = " · ".join(filter(None, [entry.locality, entry.province, f"nhiệm kỳ {entry.tenure}" if entry.tenure else None]))
    summary = (entry.summary or "") + (f" ({place})" if place else "")
    parts = [f"<entry><title>{escape(entry.title)}</title><id>{escape(url)}</id>",
             f'<link rel="alternate" type="text/html" href={quoteattr(url)}/>',
             f"<updated>{when}</updated><published>{when}</published>"]
    if entry.author:
        parts.append(f"<author><name>{escape(entry.author)}</name></author>")
    parts.append(f"<summary>{escape(summary)}</summary>")
    parts += [f"<category term={quoteattr(tag)}/>" for tag in entry.tags]
    parts.append("</entry>")
    return "".join(parts)
