"""The archive's listings, from the articles' front matter. No MkDocs here.

Groups articles by province (as published, and since 2025), Party term, year
and topic; sorts deterministically (newest first, then title); splits long
listings into pages. The site plugin turns these into generated pages.
"""

from __future__ import annotations

import html
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from .. import data
from ..documents import describe as describe_document
from ..gazetteer import gazetteer
from ..publisher import is_web_address
from ..url_path import headline_from_slug
from ..text import exact_key, slugify

DATA_PAGE = "du-lieu"
PAGE_SIZE = 200  # entries per listing page (the plugin's page_size); more are split into trang-2/, trang-3/ …
UNKNOWN_TERM = "chua-xac-dinh"
UNDATED = "khong-ro-ngay"
NO_PROVINCE = "chua-xac-dinh"


class CatalogError(ValueError):
    """A page's front matter cannot be read; str(error) names the file and line."""


@dataclass
class Entry:
    """One article as the listings see it."""

    src_uri: str  # "articles/<slug>.md"
    slug: str
    title: str
    date: str | None
    date_precision: str | None
    locality: str | None
    province: str | None
    province_2025: str | None
    tenure: str | None
    tags: list[str]
    summary: str | None
    author: str | None
    source: str | None
    documents: list[str]
    date_note: str | None = None
    source_file: str | None = None
    source_url: str | None = None  # the original page, http(s) only
    url: str = ""  # filled by the plugin (depends on use_directory_urls)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    @cached_property
    def sort_key(self) -> tuple:
        """Newest first; undated last; then title for a stable order. Computed once: every
        listing sorts the same entries again."""
        return (0 if self.date else 1, _negate(self.date or ""), exact_key(self.title))


def _negate(text: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


def format_date(value: str | None, precision: str | None) -> str:
    """dd/mm/yyyy (HH:MM when the time is known), as Vietnamese readers write it."""
    if not value:
        return "không rõ ngày"
    year, month, day = value[:4], value[5:7], value[8:10]
    if precision == "year":
        return f"năm {year}"
    if precision == "month":
        return f"tháng {month}/{year}"
    text = f"{day}/{month}/{year}"
    if precision == "datetime" and len(value) >= 16:
        text += f" {value[11:16]}"
    return text


# --- reading front matter -------------------------------------------------------

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 10× faster on 5,000 pages
_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)


def read_front_matter(text: str, name: str) -> dict:
    """The YAML front matter of a page; CatalogError with file:line when it is broken."""
    match = _FENCE.match(text)
    if not match:
        raise CatalogError(f"{name}:1: thiếu phần front matter (khối YAML giữa hai dòng ---)")
    try:
        matter = yaml.load(match.group(1), Loader=_LOADER) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise CatalogError(f"{name}:{line}: front matter không phải YAML hợp lệ ({getattr(error, 'problem', error)})") from None
    if not isinstance(matter, dict):
        raise CatalogError(f"{name}:2: front matter phải là các cặp «khóa: giá trị»")
    if matter.get("title") is None:
        body = text[match.end():]
        matter[URL_HEADLINE] = headline_from_slug(_text(matter.get("source_url")), html.unescape(body))
        if not matter.get("summary"):
            matter[OPENING] = body_opening(body)
    return matter


OPENING = "_opening"  # not a front-matter key: the first words of an article with no title and no summary
URL_HEADLINE = "_url_headline"  # nor this: the headline its URL spells, for an article with no title
DERIVED_KEYS = (OPENING, URL_HEADLINE)  # what reading adds to a page's front matter: not the page's own keys
_MARK = re.compile(r"^(?:#{1,6}\s+|[-+*>]\s+)")  # a heading's or a list item's mark


def body_opening(body: str, words: int = 12) -> str | None:
    """The first words of a page's body as a reader sees them ("## CÁC XÃ, THỊ TRẤN" / "1&#46; THỊ
    TRẤN PHÚ MỸ" → "CÁC XÃ, THỊ TRẤN 1. THỊ TRẤN PHÚ MỸ"): what a list shows for an article that
    has neither a headline nor a lead."""
    found: list[str] = []
    for line in body.splitlines():
        text = line.strip()
        if not text or text.startswith("{:"):
            continue  # blank, or an attribute list ("{: .lead }")
        found += html.unescape(_MARK.sub("", text)).split()  # render.escape_markdown writes entities
        if len(found) > words:
            break
    return " ".join(found[: words + 1]) or None


def _text(value) -> str | None:
    if value is None:
        return None
    return str(value)


def _list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(item) for item in value]
    return [str(value)]


def entry_from_matter(src_uri: str, matter: dict) -> Entry:
    slug = Path(src_uri).stem
    return Entry(
        src_uri=src_uri,
        slug=slug,
        title=_text(matter.get("title")) or _untitled(matter, slug),
        date=_text(matter.get("date")),
        date_precision=_text(matter.get("date_precision")),
        locality=_text(matter.get("locality")),
        province=_text(matter.get("province")),
        province_2025=_text(matter.get("province_2025")),
        tenure=_text(matter.get("tenure")),
        tags=_list(matter.get("tags")),
        summary=_text(matter.get("summary")),
        author=_text(matter.get("author")),
        source=_text(matter.get("source")),
        documents=_list(matter.get("documents")),
        date_note=_text(matter.get("date_note")),
        source_file=_text(matter.get("source_file")),
        source_url=_web_address(matter.get("source_url")),
    )


def _untitled(matter: dict, slug: str) -> str:
    """What a list shows for an article the converter found no headline for: the headline
    its URL spells, or else its first words; marked, so readers can tell it apart and
    editors find it."""
    if matter.get(URL_HEADLINE):
        return f"{matter[URL_HEADLINE]} (tiêu đề theo địa chỉ bài)"
    words = (_text(matter.get("summary")) or _text(matter.get(OPENING)) or "").split()
    opening = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    return f"(Chưa rõ tiêu đề) {opening}" if opening else f"(Chưa rõ tiêu đề) {slug}"


def _web_address(value) -> str | None:
    """An http(s) address, or None: a page never links to javascript: or data: URLs."""
    text = _text(value)
    return text if text and is_web_address(text) else None


# --- listings --------------------------------------------------------------------


# listings of one province, term, year, topic or document (not the indexes): each has
# its own CSV slice, and is rendered from its own entries alone
ITEM_KINDS = ("province", "province_2025", "term", "year", "topic", "document")


@dataclass
class Listing:
    """A generated page: what it lists and where it lives."""

    src_uri: str
    title: str
    kind: str  # home, provinces, province, provinces_2025, province_2025, terms, term, years, year, topics, topic, search
    key: str = ""
    entries: list[Entry] = field(default_factory=list)
    page: int = 1
    pages: int = 1
    crumbs: list[tuple[str, str]] = field(default_factory=list)  # (title, src_uri)
    extra: dict = field(default_factory=dict)


def _paged(base: str, title: str, kind: str, key: str, entries: list[Entry], crumbs, extra=None,
           size: int = PAGE_SIZE) -> list[Listing]:
    """One listing per `size` entries: base/index.md, base/trang-2/index.md, …"""
    pages = max(1, math.ceil(len(entries) / size))
    out = []
    for number in range(1, pages + 1):
        src = f"{base}/index.md" if number == 1 else f"{base}/trang-{number}/index.md"
        chunk = entries[(number - 1) * size : number * size]
        out.append(Listing(src, title, kind, key, chunk, number, pages, crumbs, dict(extra or {})))
    for listing in out:
        listing.extra["page_uris"] = [o.src_uri for o in out]
    return out


def _group(entries: list[Entry], keys) -> dict:
    """Entries under each of their keys (a topic article under every topic), order kept."""
    groups: dict = defaultdict(list)
    for entry in entries:
        for key in keys(entry):
            groups[key].append(entry)
    return dict(groups)


def term_sort_key(term: str) -> tuple:
    return (0, _negate(term)) if term else (1, "")


class Catalog:
    """All articles, and every listing page built from them."""

    def __init__(self, entries: list[Entry], page_size: int = PAGE_SIZE):
        self.entries = sorted(entries, key=lambda e: e.sort_key)
        self.page_size = page_size
        self.gaz = gazetteer()

    # --- groups ---------------------------------------------------------

    @cached_property
    def by_province(self) -> dict[str, list[Entry]]:
        return _group(self.entries, lambda e: [e.province or ""])

    @cached_property
    def by_province_2025(self) -> dict[str, list[Entry]]:
        return _group(self.entries, lambda e: [e.province_2025 or ""])

    @cached_property
    def by_term(self) -> dict[str, list[Entry]]:
        return _group(self.entries, lambda e: [e.tenure or ""])

    @cached_property
    def by_year(self) -> dict[int | None, list[Entry]]:
        return _group(self.entries, lambda e: [e.year])

    @cached_property
    def by_topic(self) -> dict[str, list[Entry]]:
        return _group(self.entries, lambda e: e.tags)

    @cached_property
    def by_document(self) -> dict[str, list[Entry]]:
        return _group(self.entries, lambda e: e.documents)

    # --- naming ---------------------------------------------------------

    def province_slug(self, name: str) -> str:
        if not name:
            return NO_PROVINCE
        province = self.gaz.province_by_name.get(name) or self.gaz.province(name)
        return province.slug if province else slugify(name)

    def province_2025_slug(self, name: str) -> str:
        if not name:
            return NO_PROVINCE
        unit = self.gaz.province_2025_by_name.get(name)
        return unit.slug if unit else slugify(name)

    def successor_of(self, name: str) -> str | None:
        province = self.gaz.province_by_name.get(name)
        return province.successor if province else None

    @cached_property
    def topic_slugs(self) -> dict[str, str]:
        slugs = {topic["name"]: topic["slug"] for topic in data.topics()}
        for tag in self.by_topic:
            slugs.setdefault(tag, slugify(tag))
        return slugs

    def province_uri(self, name: str | None) -> str:
        return f"tinh/{self.province_slug(name or '')}/index.md"

    def province_2025_uri(self, name: str | None) -> str:
        return f"tinh-2025/{self.province_2025_slug(name or '')}/index.md"

    def term_uri(self, term: str | None) -> str:
        return f"nhiem-ky/{term or UNKNOWN_TERM}/index.md"

    def year_uri(self, year: int | None) -> str:
        return f"nam/{year if year else UNDATED}/index.md"

    def topic_uri(self, tag: str) -> str:
        return f"chu-de/{self.topic_slugs.get(tag, slugify(tag))}/index.md"

    def document_uri(self, number: str) -> str:
        return f"van-ban/{describe_document(number).slug}/index.md"

    # --- pages ----------------------------------------------------------

    def listings(self) -> list[Listing]:
        """Every generated listing page: home, by province (as published and from 2025),
        by term, by year, by topic, the cited documents and the data page."""
        home = ("Trang chủ", "index.md")
        years = sorted((y for y in self.by_year if y), reverse=True)
        out = [Listing("index.md", "Kho lưu trữ Xây dựng Đảng", "home", entries=self.entries[:20],
                       extra={"stats": self.stats(), "years": years})]
        groups = self._province_groups()
        out += self._province_listings(home, groups)
        out += self._province_2025_listings(home, groups)
        out += self._term_listings(home)
        out += self._year_listings(home, years)
        out += self._topic_listings(home)
        out += self._document_listings(home)
        out.append(Listing(f"{DATA_PAGE}/index.md", "Dữ liệu mở", "data", crumbs=[home], extra={"stats": self.stats()}))
        for listing in out:
            listing.extra.setdefault("total", len(self.listed(listing)))
        return out

    def _province_groups(self) -> list[dict]:
        """Provinces as published, grouped under their 2025 unit."""
        groups = []
        for unit in self.gaz.provinces_2025:
            members = [(name, len(self.by_province.get(name, []))) for name in self._members_seen(unit.name)]
            if members:
                groups.append({"name": unit.name, "uri": self.province_2025_uri(unit.name),
                               "count": len(self.by_province_2025.get(unit.name, [])), "members": members})
        return groups

    def _in_pages(self, *listing) -> list[Listing]:
        """_paged, with this catalog's page size (the plugin's page_size)."""
        return _paged(*listing, size=self.page_size)

    def _province_listings(self, home, groups) -> list[Listing]:
        unknown = len(self.by_province.get("", []))
        out = [Listing("tinh/index.md", "Theo tỉnh, thành phố", "provinces", crumbs=[home],
                       extra={"groups": groups, "unknown": unknown})]
        crumbs = [home, ("Theo tỉnh", "tinh/index.md")]
        for name, entries in sorted(self.by_province.items(), key=lambda kv: exact_key(kv[0] or "~")):
            ordered = sorted(entries, key=lambda e: (term_sort_key(e.tenure or ""), e.sort_key))
            title = name or "Chưa xác định tỉnh"
            successor = self.successor_of(name) if name else None
            out += self._in_pages(self.province_uri(name)[: -len("/index.md")], title, "province", name, ordered, crumbs,
                                  {"successor": successor, "successor_uri": self.province_2025_uri(successor) if successor else None,
                                   "grouped_by": "tenure"})
        return out

    def _province_2025_listings(self, home, groups) -> list[Listing]:
        out = [Listing("tinh-2025/index.md", "Theo tỉnh, thành phố từ 1/7/2025", "provinces_2025", crumbs=[home],
                       extra={"groups": groups})]
        crumbs = [home, ("Tỉnh từ 1/7/2025", "tinh-2025/index.md")]
        for unit in self.gaz.provinces_2025:
            entries = self.by_province_2025.get(unit.name, [])
            ordered = sorted(entries, key=lambda e: (exact_key(e.province or "~"), e.sort_key))
            members = [(name, len(self.by_province.get(name, []))) for name in unit.members]
            out += self._in_pages(self.province_2025_uri(unit.name)[: -len("/index.md")], f"{unit.name} (từ 1/7/2025)",
                                  "province_2025", unit.name, ordered, crumbs, {"members": members, "grouped_by": "province"})
        return out

    def _term_listings(self, home) -> list[Listing]:
        terms = sorted(self.by_term, key=term_sort_key)
        out = [Listing("nhiem-ky/index.md", "Theo nhiệm kỳ", "terms", crumbs=[home],
                       extra={"terms": [(t, len(self.by_term[t])) for t in terms]})]
        crumbs = [home, ("Theo nhiệm kỳ", "nhiem-ky/index.md")]
        for term in terms:
            ordered = sorted(self.by_term[term], key=lambda e: (exact_key(e.province or "~"), e.sort_key))
            title = f"Nhiệm kỳ {term}" if term else "Chưa xác định nhiệm kỳ"
            out += self._in_pages(self.term_uri(term)[: -len("/index.md")], title, "term", term, ordered, crumbs,
                                  {"grouped_by": "province"})
        return out

    def _year_listings(self, home, years) -> list[Listing]:
        out = [Listing("nam/index.md", "Theo năm", "years", crumbs=[home],
                       extra={"years": [(y, len(self.by_year[y])) for y in years],
                              "undated": len(self.by_year.get(None, []))})]
        crumbs = [home, ("Theo năm", "nam/index.md")]
        for year in years + ([None] if None in self.by_year else []):
            title = f"Năm {year}" if year else "Không rõ ngày đăng"
            out += self._in_pages(self.year_uri(year)[: -len("/index.md")], title, "year", str(year or ""),
                                  self.by_year[year], crumbs, {"grouped_by": "month" if year else None})
        return out

    def _topic_listings(self, home) -> list[Listing]:
        vocabulary = [t["name"] for t in data.topics()]
        topics = [(t, len(self.by_topic[t])) for t in vocabulary if t in self.by_topic]
        topics += [(t, len(v)) for t, v in sorted(self.by_topic.items()) if t not in vocabulary]
        out = [Listing("chu-de/index.md", "Theo chủ đề", "topics", crumbs=[home], extra={"topics": topics})]
        crumbs = [home, ("Theo chủ đề", "chu-de/index.md")]
        for tag, _ in topics:
            out += self._in_pages(self.topic_uri(tag)[: -len("/index.md")], tag[:1].upper() + tag[1:], "topic", tag,
                                  self.by_topic[tag], crumbs)
        return out

    def _document_listings(self, home) -> list[Listing]:
        """van-ban/: every cited document, the most cited first; one page per document."""
        cited = sorted(self.by_document.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        documents = [(describe_document(number), len(entries)) for number, entries in cited]
        out = [Listing("van-ban/index.md", "Văn bản được nhắc đến", "documents", crumbs=[home],
                       extra={"documents": documents})]
        crumbs = [home, ("Văn bản", "van-ban/index.md")]
        for number, entries in cited:
            document = describe_document(number)
            out += self._in_pages(self.document_uri(number)[: -len("/index.md")], document.name, "document", number, entries,
                                  crumbs, {"document": document})
        return out

    def listed(self, listing: Listing) -> list[Entry]:
        """All the articles a listing stands for (every page of it)."""
        groups = {"province": self.by_province, "province_2025": self.by_province_2025, "term": self.by_term,
                  "topic": self.by_topic, "document": self.by_document}
        if listing.kind in groups:
            return groups[listing.kind].get(listing.key, [])
        if listing.kind == "year":
            return self.by_year.get(int(listing.key) if listing.key else None, [])
        if listing.kind == "home":
            return self.entries
        return listing.entries

    def years_by_region(self, region_of: dict[str, str]) -> dict[int, dict[str, int]]:
        """Year → region → articles, the region from the 2025 province (the charts)."""
        counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for entry in self.entries:
            if entry.year:
                counts[entry.year][region_of.get(entry.province_2025 or "", "Chưa xác định")] += 1
        return {year: dict(regions) for year, regions in counts.items()}

    def _members_seen(self, unit_name: str) -> list[str]:
        unit = self.gaz.province_2025_by_name[unit_name]
        return [name for name in unit.members if name in self.by_province]

    @cached_property
    def _stats(self) -> dict:
        return self._count()

    def stats(self) -> dict:
        return dict(self._stats)

    def _count(self) -> dict:
        years = [e.year for e in self.entries if e.year]
        return {
            "articles": len(self.entries),
            "provinces": len([p for p in self.by_province if p]),
            "provinces_2025": len([p for p in self.by_province_2025 if p]),
            "first_year": min(years) if years else None,
            "last_year": max(years) if years else None,
            "years": len(set(years)),
            "terms": len([t for t in self.by_term if t]),
            "topics": len(self.by_topic),
        }

    def neighbours(self) -> dict[str, tuple[Entry | None, Entry | None]]:
        """Previous (older) and next (newer) article within the same province."""
        out = {}
        for entries in self.by_province.values():
            ordered = sorted(entries, key=lambda e: e.sort_key)  # newest first
            for index, entry in enumerate(ordered):
                newer = ordered[index - 1] if index > 0 else None
                older = ordered[index + 1] if index + 1 < len(ordered) else None
                out[entry.src_uri] = (older, newer)
        return out
