"""What search engines, feed readers and citation tools read from a page.

Pure functions from the catalog's entries and listings to addresses, page
descriptions and schema.org JSON-LD. The templates put them in the page head;
nothing here touches MkDocs' build (links follow its get_relative_url).
"""

from __future__ import annotations

import functools
import json
import posixpath
import re

from markupsafe import Markup
from mkdocs.utils import get_relative_url

from .catalog import Entry, Listing

ARCHIVE = "Kho lưu trữ Xây dựng Đảng"


def hosted_path(page_url: str) -> str:
    """A page's path on the hosted site, from either build: "articles/x.html" (offline)
    and "articles/x/" (hosted) both give "articles/x/"."""
    page_url = "" if page_url in (".", "./") else page_url.removeprefix("./")
    if page_url.endswith("index.html"):
        return page_url[: -len("index.html")]
    if page_url.endswith(".html") and not page_url.endswith("404.html"):
        return page_url[: -len(".html")] + "/"
    return page_url


def absolute(site_url: str | None, page_url: str) -> str:
    """The hosted address of a page (site_url + its path); the path alone without a site_url."""
    path = hosted_path(page_url).lstrip("/")
    return (site_url.rstrip("/") + "/" + path) if site_url else path


_HREF = re.compile(r'href="([^"]*)"')


def rebased(html: str, written_at: str, shown_at: str) -> Markup:
    """HTML rendered for the page at written_at, with its relative links as MkDocs' url
    filter writes them on the page at shown_at (an article's row, rendered once and shown
    in all its listings)."""
    if written_at == shown_at:
        return Markup(html)
    return Markup(_HREF.sub(lambda match: f'href="{_rebased_link(match.group(1), written_at, shown_at)}"', html))


def _rebased_link(link: str, written_at: str, shown_at: str) -> str:
    if not link or link.startswith(("/", "#")) or ":" in link.split("/", 1)[0]:
        return link  # absolute, or an anchor: the same on every page
    folder, parts = _folder(written_at), link.split("/")
    ups = next((n for n, part in enumerate(parts) if part != ".."), len(parts))
    rest, shown = parts[ups:], _folder(shown_at)
    if ups > len(folder) or not rest or rest[0] == "" or any(part in (".", "..") for part in rest):
        return _rebased_slowly(link, written_at, shown_at)
    target = folder[: len(folder) - ups] + tuple(rest)
    if shown and target[0] == shown[0]:  # a link within the shown page's own section
        return get_relative_url("/".join(target), shown_at)
    return "../" * len(shown) + "/".join(target)  # what get_relative_url gives when no folder is shared


@functools.lru_cache(maxsize=4096)
def _folder(page_url: str) -> tuple[str, ...]:
    """The folders of a page's URL, as MkDocs' get_relative_url reads it."""
    head, tail = posixpath.split(page_url)
    folder = head if page_url != "." and "." in tail else page_url
    return tuple(part for part in folder.split("/") if part and part != ".")


def _rebased_slowly(link: str, written_at: str, shown_at: str) -> str:
    target = posixpath.normpath(posixpath.join("/".join(_folder(written_at)), link)) + ("/" if link.endswith("/") else "")
    return get_relative_url(target, shown_at)


def json_ld(value: dict) -> Markup:
    """JSON for a <script type="application/ld+json"> data block."""
    return script_data(json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")))


def script_data(text: str) -> Markup:
    """JSON text for a <script> data block (never executed): no text can close the
    element ("<" and ">" and "&" are written as \\u escapes)."""
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _website(site_url: str | None) -> dict:
    return {"@type": "WebSite", "name": ARCHIVE, **({"url": site_url} if site_url else {})}


def news_article(entry: Entry, site_url: str | None, documents: dict[str, dict]) -> dict:
    """schema.org NewsArticle: what the article is, where and when, who wrote it, what it cites."""
    url = absolute(site_url, entry.url)
    article: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": entry.title,
        "inLanguage": "vi",
        "url": url,
        "mainEntityOfPage": url,
        "isPartOf": _website(site_url),
    }
    if entry.date:
        article["datePublished"] = entry.date
    if entry.author:
        article["author"] = {"@type": "Person", "name": entry.author}
    if entry.source:
        article["publisher"] = {"@type": "Organization", "name": entry.source}
    if entry.source_url:
        article["isBasedOn"] = entry.source_url
    places = []
    if entry.province:
        places.append({"@type": "AdministrativeArea", "name": entry.province, "description": "tỉnh, thành phố lúc đăng bài"})
    if entry.province_2025 and entry.province_2025 != entry.province:
        places.append({"@type": "AdministrativeArea", "name": entry.province_2025, "description": "tỉnh, thành phố từ 1/7/2025"})
    if entry.locality:
        places.insert(0, {"@type": "Place", "name": entry.locality,
                          **({"containedInPlace": {"@type": "AdministrativeArea", "name": entry.province}} if entry.province else {})})
    if places:
        article["contentLocation"] = places
    if entry.tags:
        article["about"] = [{"@type": "Thing", "name": tag} for tag in entry.tags]
    if entry.documents:
        article["citation"] = [_document(number, documents.get(number)) for number in entry.documents]
    return article


def _document(number: str, known: dict | None) -> dict:
    cited = {"@type": "Legislation", "legislationIdentifier": number, "name": number}
    if known:
        cited["name"] = f"{number}: {known['title']}"
        if known.get("date"):
            cited["legislationDate"] = str(known["date"])
    return cited


def breadcrumbs(crumbs: list[tuple[str, str]], current: str, site_url: str | None) -> dict:
    """schema.org BreadcrumbList; crumbs are (title, page URL), the current page last, unlinked."""
    items = [{"@type": "ListItem", "position": n, "name": title, "item": absolute(site_url, url)}
             for n, (title, url) in enumerate(crumbs, start=1)]
    items.append({"@type": "ListItem", "position": len(items) + 1, "name": current})
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}


def dataset(site_url: str | None, data_url: str, files: list[tuple[str, str, str]], stats: dict, fields: list[str]) -> dict:
    """schema.org Dataset for the data page; files are (name, media type, description)."""
    base = absolute(site_url, data_url)
    described = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": f"{ARCHIVE}: siêu dữ liệu các bài viết",
        "description": (f"Siêu dữ liệu của {stats['articles']} bài viết về công tác xây dựng Đảng ở địa phương: tiêu đề, ngày, "
                        "địa phương, tỉnh (lúc đăng và từ 1/7/2025), nhiệm kỳ, tác giả, nguồn, chủ đề, văn bản được nhắc đến."),
        "url": base,
        "inLanguage": "vi",
        "isAccessibleForFree": True,
        "creator": {"@type": "Organization", "name": ARCHIVE},
        "spatialCoverage": {"@type": "Country", "name": "Việt Nam"},
        "variableMeasured": fields,
        "distribution": [{"@type": "DataDownload", "name": name, "encodingFormat": media, "description": about,
                          "contentUrl": base + name} for name, media, about in files],
    }
    if stats.get("first_year"):
        described["temporalCoverage"] = f"{stats['first_year']}/{stats['last_year']}"
    return described


def listing_description(listing: Listing, stats: dict) -> str:
    """One sentence for <meta name=description> and Open Graph on a listing page."""
    if listing.kind == "home":
        return (f"Tin bài địa phương về công tác xây dựng Đảng: {stats['articles']} bài của {stats['provinces']} tỉnh, thành phố, "
                "theo tỉnh, nhiệm kỳ, năm và chủ đề; tìm được cả khi gõ không dấu.")
    count = listing.extra.get("total", len(listing.entries))
    return f"{listing.title}: {count} bài viết về công tác xây dựng Đảng trong {ARCHIVE}."
