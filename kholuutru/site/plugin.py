"""MkDocs plugin: listing pages from the articles' front matter, article panels.

Glue only: catalog.py decides what the listings hold; templates in overrides/
decide how they look. Handlers are in the order MkDocs calls them.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from pathlib import Path

from markupsafe import Markup, escape
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from ..article import FIELDS
from .catalog import (
    _FENCE,
    UNDATED,
    UNKNOWN_TERM,
    Catalog,
    CatalogError,
    Entry,
    Listing,
    entry_from_matter,
    format_date,
    read_front_matter,
)
from .sanitize import sanitize

log = logging.getLogger("mkdocs.plugins.kholuutru")

TOP_LEVEL = {"index.md", "tinh/index.md", "tinh-2025/index.md", "nhiem-ky/index.md", "nam/index.md", "chu-de/index.md", "tim-kiem.md"}


class ArchiveConfig(Config):
    articles_dir = config_options.Type(str, default="articles")
    data_export = config_options.Type(bool, default=True)
    search_index = config_options.Type(bool, default=True)


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    def __init__(self) -> None:
        self.catalog: Catalog | None = None
        self.listings: dict[str, Listing] = {}
        self.entries: dict[str, Entry] = {}
        self.urls: dict[str, str] = {}
        self.neighbours: dict = {}
        self.indexer = None
        self.matters: dict[str, dict] = {}

    # --- handlers, in build order ------------------------------------------------

    def on_files(self, files: Files, *, config) -> Files:
        prefix = self.config.articles_dir.rstrip("/") + "/"
        problems, entries = [], []
        self.matters = {}
        for file in files.documentation_pages():
            if not file.src_uri.startswith(prefix):
                continue
            file.inclusion = InclusionLevel.NOT_IN_NAV
            try:
                matter = read_front_matter(file.content_string, f"docs/{file.src_uri}")
            except CatalogError as error:
                problems.append(str(error))
                continue
            entries.append(entry_from_matter(file.src_uri, matter))
            self.matters[file.src_uri] = matter
        if problems:
            raise PluginError("Không đọc được front matter:\n" + "\n".join(problems))
        self.catalog = Catalog(entries)
        self.entries = {entry.src_uri: entry for entry in entries}
        self.neighbours = self.catalog.neighbours()
        self.listings = {}
        for listing in self.catalog.listings() + [self._search_page()]:
            existing = files.get_file_from_path(listing.src_uri)
            if existing is not None:
                files.remove(existing)
            title = "Trang chủ" if listing.kind == "home" else listing.title
            content = "---\n" + json.dumps({"title": title}, ensure_ascii=False)[1:-1] + "\n---\n"
            generated = File.generated(config, listing.src_uri, content=content)
            if listing.src_uri not in TOP_LEVEL:
                generated.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(generated)
            self.listings[listing.src_uri] = listing
        self.urls = {file.src_uri: file.url for file in files.documentation_pages()}
        for entry in entries:
            entry.url = self.urls[entry.src_uri]
        if self.config.search_index:  # site_dir is clean by now: the index is written as pages are
            from ..search.index import PageIndexer

            self.indexer = PageIndexer(Path(config.site_dir), [entry.url for entry in entries])
        return files

    def on_build_error(self, *, error) -> None:
        if self.indexer is not None:
            self.indexer.close()

    def on_page_read_source(self, *, page, config) -> str | None:
        """Article pages: the front matter was read once in on_files; MkDocs gets the body."""
        src = page.file.src_uri
        if src not in self.matters:
            return None
        text = page.file.content_string
        match = _FENCE.match(text)
        return text[match.end() :] if match else text

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        src = page.file.src_uri
        if src in self.listings:
            page.meta["template"] = "listing.html"
        elif src in self.entries:
            # only the contract's fields reach the templates (Material prints some of them raw)
            page.meta = {key: value for key, value in self.matters[src].items() if key in FIELDS}
            page.meta["template"] = "article.html"
        # Material prints page.meta values unescaped (<title>, <meta name=author>):
        # front matter is untrusted text, so it reaches every template as escaped Markup.
        page.meta = {key: _escaped(value) for key, value in page.meta.items()}
        if isinstance(page.meta.get("title"), str):
            page.title = page.meta["title"]
        return markdown

    def on_page_content(self, html: str, *, page, config, files) -> str:
        if page.file.src_uri in self.entries:
            return sanitize(html)  # no scripts, styles, images or links in article text
        return html

    def on_page_context(self, context, *, page, config, nav):
        src = page.file.src_uri
        context["archive"] = self
        if src in self.listings:
            context["listing"] = self.listings[src]
        elif src in self.entries:
            entry = self.entries[src]
            older, newer = self.neighbours.get(src, (None, None))
            context["entry"] = entry
            context["older"] = older
            context["newer"] = newer
            context["search_record"] = search_record(entry, self.catalog)
        return context

    def on_post_page(self, output: str, *, page, config) -> str:
        """Article pages go to the search indexer as they are written (issue 5)."""
        if self.indexer is not None and page.file.src_uri in self.entries:
            self.indexer.add(output, page.file.url)
        return output

    def on_post_build(self, *, config) -> None:
        if self.indexer is not None:
            self._write_search(Path(config.site_dir))
        if not self.config.data_export or self.catalog is None:
            return
        out = Path(config.site_dir) / "du-lieu"
        out.mkdir(parents=True, exist_ok=True)
        rows = [self._export_row(entry) for entry in self.catalog.entries]
        (out / "metadata.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["slug"], lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
        (out / "metadata.csv").write_text(buffer.getvalue(), encoding="utf-8")

    # --- helpers used by templates ------------------------------------------------

    def href(self, src_uri: str) -> str:
        """Site-root-relative URL of a page, for the `url` filter."""
        return self.urls.get(src_uri, src_uri)

    def province_href(self, name: str | None) -> str:
        return self.href(self.catalog.province_uri(name))

    def province_2025_href(self, name: str | None) -> str:
        return self.href(self.catalog.province_2025_uri(name))

    def term_href(self, term: str | None) -> str:
        return self.href(self.catalog.term_uri(term))

    def year_href(self, year: int | None) -> str:
        return self.href(self.catalog.year_uri(year))

    def topic_href(self, tag: str) -> str:
        return self.href(self.catalog.topic_uri(tag))

    @staticmethod
    def date_text(entry: Entry) -> str:
        return format_date(entry.date, entry.date_precision)

    # --- private ----------------------------------------------------------------

    def _write_search(self, site_dir: Path) -> None:
        from ..search import describe, write_support

        indexer, self.indexer = self.indexer, None
        try:
            counts = indexer.finish()
        except ValueError as error:
            raise PluginError(f"Chỉ mục tìm kiếm: {error}") from None
        write_support(site_dir)
        log.info(describe(counts, site_dir))

    def _search_page(self) -> Listing:
        return Listing("tim-kiem.md", "Tìm kiếm", "search", crumbs=[("Trang chủ", "index.md")])

    @staticmethod
    def _export_row(entry: Entry) -> dict:
        row = {"slug": entry.slug, "url": entry.url}
        for key in FIELDS:
            if hasattr(entry, key):
                row[key] = getattr(entry, key)
        return row


def search_record(entry: Entry, catalog: Catalog) -> Markup:
    """The JSON the search step reads from an article page (never executed: type
    application/json; '<' is written \\u003c so no text can close the element)."""
    record = {
        "title": entry.title,
        "date": format_date(entry.date, entry.date_precision),
        "province": entry.province or "",
        "tenure": entry.tenure or "",
        "place": " ".join(filter(None, [entry.locality, entry.province])),
        "place2025": entry.province_2025 if entry.province_2025 and entry.province_2025 != entry.province else "",
        # what else a reader may type: the date as printed, the term, cited documents
        "extra": " ".join(filter(None, [format_date(entry.date, entry.date_precision) if entry.date else "",
                                        entry.tenure, " ".join(entry.documents)])),
        "sort": entry.date[:10].replace("-", "") if entry.date else "0",
        "filters": {
            "tinh": [catalog.province_slug(entry.province or "")],
            "tinh2025": [catalog.province_2025_slug(entry.province_2025 or "")],
            "nhiemky": [entry.tenure or UNKNOWN_TERM],
            "nam": [str(entry.year) if entry.year else UNDATED],
            "chude": [catalog.topic_slugs.get(tag, tag) for tag in entry.tags],
        },
    }
    text = json.dumps(record, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def _escaped(value):
    """Front-matter values as escaped Markup, whatever their YAML type."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, (list, tuple)):
        return [_escaped(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _escaped(item) for key, item in value.items()}
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return escape(str(value))
