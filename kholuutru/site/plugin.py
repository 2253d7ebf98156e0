"""MkDocs plugin: listing pages from the articles' front matter, article panels.

Glue only: catalog.py decides what the listings hold; templates in overrides/
decide how they look. Handlers are in the order MkDocs calls them.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup, escape
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import normalize_url

from ..article import FIELDS
from ..documents import known as known_documents
from . import articlehtml, charts, exports, feeds, incremental, shards, web
from .catalog import (
    _FENCE,
    DATA_PAGE,
    ITEM_KINDS,
    PAGE_SIZE,
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

TOP_LEVEL = {"index.md", "tinh/index.md", "tinh-2025/index.md", "nhiem-ky/index.md", "nam/index.md", "chu-de/index.md",
             "van-ban/index.md", "du-lieu/index.md", "tim-kiem.md"}


# How listing pages group their rows: key and heading of an entry (see entry_list).
_GROUP_OF = {
    "tenure": lambda e: (e.tenure or "", f"Nhiệm kỳ {e.tenure}" if e.tenure else "Chưa xác định nhiệm kỳ"),
    "province": lambda e: (e.province or "", e.province or "Chưa xác định tỉnh"),
    "month": lambda e: ((e.date or "")[:7], f"Tháng {e.date[5:7]}/{e.date[:4]}" if e.date else ""),
}


class ArchiveConfig(Config):
    articles_dir = config_options.Type(str, default="articles")
    data_export = config_options.Type(bool, default=True)
    search_index = config_options.Type(bool, default=True)
    # feeds, JSON-LD, Open Graph, downloads beyond metadata.csv/json, CSV slices, document
    # pages, charts and the map (issue 12); off only to measure what they cost (bench/run.py)
    extras = config_options.Type(bool, default=True)
    page_size = config_options.Type(int, default=PAGE_SIZE)  # entries per listing page


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    def __init__(self) -> None:
        self.catalog: Catalog | None = None
        self.listings: dict[str, Listing] = {}
        self.entries: dict[str, Entry] = {}
        self.urls: dict[str, str] = {}
        self.neighbours: dict = {}
        self.indexer = None
        self.matters: dict[str, dict] = {}
        self.serving = False  # mkdocs serve or make dev: keep what each build rendered, for the next
        self.dirty = False  # render again only what changed (incremental.py)
        self.state: incremental.PreviewState | None = None
        self.fingerprints: dict[str, str | None] = {}
        self.page_outputs: set[str] = set()
        self.site_dir = ""
        self.frames: dict[tuple, Markup] = {}  # parts of the page frame, by what they depend on (once)
        self.rows: dict[tuple, tuple] = {}  # (article, columns) → (its entry, its row's HTML, the page it was rendered for)
        self.newest: dict[tuple, str | None] = {}  # a listing's newest article's day (the sitemap)
        self.shard: shards.Shard | None = None  # a shard of a build renders only its own pages (shards.py)
        self.shared: dict[str, tuple[int, int, dict]] = {}  # path → (time, size, front matter) read for all shards
        # a preview edit's pages written after the reload: listing pages it only shifted, the sitemap
        self.later: list[File] = []
        self.sitemap_later = False
        self.nav = None  # the build's navigation, to write the later pages with
        self.built: tuple = ()  # (files, nav, env) of a preview build, to write the later pages with

    # --- handlers, in build order ------------------------------------------------

    def on_startup(self, *, command, dirty) -> None:
        self.serving, self.dirty = command == "serve", dirty

    def on_config(self, config):
        self.shard = shards.Shard.from_environment()
        self.shared = shards.shared_front_matter()  # read once for every shard of a build, if so
        if self.serving:
            theme, get_env = config.theme, config.theme.get_env
            theme.get_env = lambda: incremental.keep_theme_listing(get_env(), theme.dirs, self.dirty)
        if self.shard is not None:
            shards.quiet_dirty_notice()
        return config

    def on_files(self, files: Files, *, config) -> Files:
        prefix = self.config.articles_dir.rstrip("/") + "/"
        problems, entries = [], []
        self.matters, self.moved = {}, set()
        self.newest, self.frames, self.rows = {}, {}, {}
        self.site_dir = config.site_dir
        self.state = incremental.state_for(config.site_dir) if self.serving else None
        if self.state is not None and not self.dirty:
            self.state.entries.clear()  # a full build follows a data file's change: the search filters may differ
            self.state.listing_rows.clear()  # and the slugs its rows link to
        for file in files.documentation_pages():
            if not file.src_uri.startswith(prefix):
                continue
            file.inclusion = InclusionLevel.NOT_IN_NAV
            try:
                matter = self._front_matter(file)
            except CatalogError as error:
                problems.append(str(error))
                continue
            entries.append(self._entry(file.src_uri, matter))
            self.matters[file.src_uri] = matter
        if problems:
            raise PluginError("Không đọc được front matter:\n" + "\n".join(problems))
        self.catalog = Catalog(entries, self.config.page_size)
        self.entries = {entry.src_uri: entry for entry in entries}
        self.neighbours = self.catalog.neighbours()
        self._add_listing_pages(files, config)
        pages = files.documentation_pages()
        self.urls = {file.src_uri: file.url for file in pages}
        for entry in entries:
            entry.url = self.urls[entry.src_uri]
        self.page_outputs = {file.dest_uri for file in pages if file.src_uri in self.entries or file.src_uri in self.listings}
        if self.state is not None:
            self._plan_rebuild(pages)
        doc_order = self._index_order()
        if self.shard is not None:
            self._skip_other_shards(files, doc_order)
        if self.config.search_index:  # site_dir is clean by now: the index is written as pages are
            from ..search.index import PageIndexer

            self.indexer = PageIndexer(Path(config.site_dir), doc_order, jobs=None if self.shard else 0,
                                       cache=self.state.index if self.state is not None else None,
                                       partial=self.shard.partial(config.site_dir) if self.shard else None)
            files = self._articles_in_index_order(files, doc_order)
        return files

    def _add_listing_pages(self, files: Files, config) -> None:
        """The generated pages (listings, documents, data, search), each replacing a file of its name."""
        self.listings = {}
        listings = [item for item in self.catalog.listings() if self.config.extras or item.kind not in ("documents", "document", "data")]
        for listing in listings + [self._search_page()]:
            existing = files.get_file_from_path(listing.src_uri)
            if existing is not None:
                files.remove(existing)
            content = "---\n" + json.dumps({"title": _page_title(listing)}, ensure_ascii=False)[1:-1] + "\n---\n"
            generated = incremental.ListingFile.generated(config, listing.src_uri, content=content)
            if listing.src_uri not in TOP_LEVEL:
                generated.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(generated)
            self.listings[listing.src_uri] = listing

    def _articles_in_index_order(self, files: Files, doc_order: list[str]) -> Files:
        """The same files, the articles rendered in search id order (in the slots articles
        held): their postings arrive in id order and need no sorting when written."""
        listed = list(files)
        slots = [n for n, file in enumerate(listed) if file.src_uri in self.entries]
        position = {url: n for n, url in enumerate(doc_order)}
        ordered = sorted((listed[n] for n in slots), key=lambda file: position[self.urls[file.src_uri]])
        for n, file in zip(slots, ordered):
            listed[n] = file
        return Files(listed)

    def on_nav(self, nav, *, config, files):
        self.nav = nav
        return nav

    def on_build_error(self, *, error) -> None:
        if self.indexer is not None:
            self.indexer.close()
        if self.state is not None:
            incremental.forget(self.site_dir)

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
            if page.meta.get("title") is None:  # the title it is listed by names the tab, bookmarks and link previews too
                page.meta["title"] = self.entries[src].title
            page.meta["template"] = "article.html"
            page.render = functools.partial(articlehtml.render_page, page)  # the converter's Markdown, directly
        # Material prints page.meta values unescaped (<title>, <meta name=author>):
        # front matter is untrusted text, so it reaches every template as escaped Markup.
        if src in self.entries and self.entries[src].summary:
            page.meta["description"] = self.entries[src].summary
        elif src in self.listings:
            page.meta["description"] = web.listing_description(self.listings[src], self.catalog.stats())
        page.meta = {key: _escaped(value) for key, value in page.meta.items()}
        if isinstance(page.meta.get("title"), str):
            page.title = page.meta["title"]
        return markdown

    def on_page_content(self, html: str, *, page, config, files) -> str:
        if page.file.src_uri in self.entries:
            return sanitize(html)  # no scripts, styles, images or links in article text
        return html

    def on_env(self, env, *, config, files):
        """Every page's canonical address (the hosted one, offline too), before the sitemap
        is written; in a shard, also the pages other shards render, and their titles (the
        navigation shows them)."""
        if self.serving:
            env.bytecode_cache = incremental.COMPILED_TEMPLATES
        else:  # no template changes during a build: Jinja need not stat each one again for every page
            env.auto_reload = False
        pages = [file for file in files.documentation_pages() if file.page is not None]
        for file in pages:
            file.page.canonical_url = web.absolute(config.site_url, file.page.url) if config.site_url else None
            if file.page.markdown is None and file.src_uri in self.listings:
                file.page.title = _page_title(self.listings[file.src_uri])
        if self.state is not None:
            self.built = (files, self.nav, env)
            self._sitemap_after_reload(pages, config)
        return env

    def _sitemap_after_reload(self, pages: list[File], config) -> None:
        """A preview edit writes sitemap.xml (no page shows it) after the reload, and only
        when an address or a date moved: a headline or a sentence leaves it as it is
        (MkDocs would render its 5,000 entries again)."""
        sitemap = incremental.fingerprint(*(f"{file.page.canonical_url}\x01{self.lastmod(file.src_uri)}" for file in pages))
        if self.dirty:
            config.theme.static_templates.discard("sitemap.xml")
            self.sitemap_later = sitemap != self.state.sitemap or not os.path.exists(os.path.join(config.site_dir, "sitemap.xml"))
        self.state.sitemap = sitemap

    def on_page_context(self, context, *, page, config, nav):
        src = page.file.src_uri
        context["archive"] = self
        context["web"] = self._web_context(page, config)
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

    def nav_place(self, page) -> tuple[str, int] | None:
        """Pages outside the navigation at the same place (first folder, depth) get the
        same primary navigation: main.html renders it once per place, not once per page."""
        if page is None or page.file.inclusion.is_in_nav():
            return None
        return page.url.split("/", 1)[0], page.url.count("/")

    def on_post_page(self, output: str, *, page, config) -> str:
        """Article pages go to the search indexer as they are written (issue 5); their text is
        then let go (MkDocs would keep every page's Markdown and HTML to the end of the build:
        ~40 KB an article, nothing reads it again; the catalog keeps what listings need)."""
        if page.file.src_uri in self.entries:
            if self.indexer is not None:  # its body and record as the page shows them (search/index.py reads no page)
                self.indexer.add(page.file.url, record_data(self.entries[page.file.src_uri], self.catalog), page.content)
            page.markdown = page.content = None
        return output

    def on_template_context(self, context, *, template_name, config):
        """The sitemap reads dates from the archive; the 404 page has no article context."""
        context["archive"] = self
        if template_name == "404.html":
            context["web"] = {"site_url": config.site_url, "offline": not config.use_directory_urls, "json_ld": []}
        return context

    def on_post_template(self, output: str, *, template_name, config) -> str:
        if template_name == "404.html" and not config.use_directory_urls:
            base = re.escape(urlsplit(config.site_url or "/").path)
            output = re.sub(rf'((?:href|src)="){base}(?!/)', r"\1./", output)
        return output

    def on_post_build(self, *, config) -> None:
        site = Path(config.site_dir)
        if self.indexer is not None:
            self._write_search(site)
        if self.catalog is None or (self.shard is not None and self.shard.number != 0):
            return
        if self.state is not None:
            outputs = self.page_outputs | {href for listing in self.listings.values()
                                           for href in (self.feed_href(listing), self.slice_href(listing)) if href}
            incremental.remove_stale(site, self.state.outputs, outputs)
            self.state.outputs, self.state.fingerprints = outputs, dict(self.fingerprints)
        articles = Path(config.docs_dir) / self.config.articles_dir
        extras = functools.partial(self._write_extras, site, config.site_url, articles) if self.config.extras else None
        if not self.config.extras and self.config.data_export:
            exports.write_basic(site / DATA_PAGE, self._encoded_rows())
        if self.state is not None and self.dirty:
            finish = functools.partial(self._after_reload, config, extras)
            if self.state.finisher:  # make dev: after the page reloads (dev.Preview.finish)
                self.state.deferred = finish
            else:  # mkdocs serve --dirty: nobody would write them later
                finish()
        elif extras is not None:
            extras()

    def _after_reload(self, config, extras) -> bool:
        """What a preview edit writes once the page that shows the change has reloaded:
        the listing pages it only shifted, the sitemap, then the feeds and downloads. True
        when pages were written (the open ones reload again)."""
        files, nav, env = self.built
        doc_files = files.documentation_pages()
        for file in self.later:  # MkDocs' own steps, as its build loop takes them
            file.rebuild = True
            mkdocs_build._populate_page(file.page, config, files, dirty=True)
            mkdocs_build._build_page(file.page, config, doc_files, nav, env, dirty=True)
        if self.sitemap_later:
            mkdocs_build._build_theme_template("sitemap.xml", env, files, config, nav)
        if extras is not None:
            extras()
        return bool(self.later)

    def _write_extras(self, site: Path, site_url: str | None, articles: Path) -> None:
        """Feeds, robots.txt, the downloads and each listing's CSV slice: files no page
        shows, so a preview edit writes them once the edited page has reloaded."""
        self._write_feeds(site, site_url)
        (site / "robots.txt").write_text(
            "User-agent: *\nAllow: /\n" + (f"Sitemap: {web.absolute(site_url, 'sitemap.xml')}\n" if site_url else ""),
            encoding="utf-8")
        if self.config.data_export:
            encoded = self._encoded_rows()
            exports.write_all(site / DATA_PAGE, encoded, self.catalog.stats(), articles,
                              self.state.zip_members if self.state is not None else None)
            self._write_slices(site, encoded)

    def _encoded_rows(self) -> list:
        """Each article's row of the downloads; a preview encodes again only the rows whose front matter changed."""
        if self.state is None:
            return exports.encode_rows(exports.rows(self.catalog.entries, self.matters))
        keys = [(entry.src_uri, entry.url, self.state.matters[entry.src_uri][3]) if entry.src_uri in self.state.matters
                else None for entry in self.catalog.entries]
        return exports.encode_rows(exports.rows(self.catalog.entries, self.matters), keys, self.state.rows)

    # --- helpers used by templates ------------------------------------------------

    def once(self, key: tuple, render) -> Markup:
        """A part of the page frame rendered once per build for each key: the key holds all
        it depends on besides the config (the page's depth, base_url; an address it links to;
        nav_place). Material's config script, style and script links and the header around
        the title were a tenth of every page's rendering; the primary navigation, more."""
        html = self.frames.get(key)
        if html is None:
            html = self.frames[key] = Markup(render())
        return html

    def row(self, macro, item: Entry, page, *columns) -> Markup:
        """An article's row in a listing page (partials/entry-row.html), rendered once per
        build for each set of columns and shown on each of its listing pages with its links
        rebased (an article stands in a dozen listings; its row was a sixth of a build). The
        preview keeps the rows between builds: an added article shifts every page of its
        listings, and each page is then rendered again around rows it already had."""
        rows = self.state.listing_rows if self.state is not None else self.rows
        key = (item.src_uri, columns)
        kept = rows.get(key)
        if kept is None or kept[0] is not item:
            kept = rows[key] = (item, macro(item, *columns), page.url)
        return web.rebased(kept[1], kept[2], page.url)

    def entry_list(self, macro, listing, page, *columns) -> Markup:
        """A listing page's rows under their group headings (by term, province or month), as
        the Jinja loop that stood in listing.html printed them, whitespace included: one call
        a page instead of a template loop a row, the larger part of rendering a listing page
        again in the preview."""
        grouped = (listing.extra or {}).get("grouped_by")
        chain = "\n    " if grouped in _GROUP_OF else ""  # the text the template's if-chain left
        parts, group, last = [], None, len(listing.entries) - 1
        for position, item in enumerate(listing.entries):
            key, label = _GROUP_OF[grouped](item) if grouped in _GROUP_OF else ("", "")
            parts.append("\n    " + chain + "\n    ")
            if position == 0 or key != group:
                heading = f"<h2>{escape(label)}</h2>" if label else ""
                parts.append(f"\n      {'</ul>' if position else ''}\n      {heading}\n      <ul class=\"kl-entries\">\n    ")
                group = key
            parts.append(f"\n    {self.row(macro, item, page, *columns)}\n    {'</ul>' if position == last else ''}\n  ")
        return Markup("".join(parts))

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

    @staticmethod
    def day_text(day: str | None) -> str:
        return format_date(day, "day") if day else ""

    def lastmod(self, src_uri: str) -> str | None:
        """The sitemap's date of a page: its article's day, or its listing's newest article's."""
        if src_uri in self.entries:
            return (self.entries[src_uri].date or "")[:10] or None
        listing = self.listings.get(src_uri)
        if listing is None:
            return None
        key = (listing.kind, listing.key)  # every page of a listing lists the same articles: look once
        if key not in self.newest:
            dates = [e.date[:10] for e in self.catalog.listed(listing) if e.date]
            self.newest[key] = max(dates) if dates else None
        return self.newest[key]

    def feed_href(self, listing: Listing) -> str | None:
        """The listing's Atom feed, relative to the site root (first pages of feed kinds only)."""
        if not self.config.extras or listing.kind not in feeds.FEED_KINDS or listing.page != 1:
            return None
        return _folder(self.href(listing.src_uri)) + feeds.FEED_NAME

    def slice_href(self, listing: Listing) -> str | None:
        """The listing's articles as CSV (first pages of article listings)."""
        if not self.config.extras or listing.kind not in ITEM_KINDS or listing.page != 1:
            return None
        return _folder(self.href(listing.src_uri)) + exports.SLICE_NAME

    def document_href(self, number: str) -> str:
        return self.href(self.catalog.document_uri(number))

    def charts(self, kind: str, page) -> Markup:
        """The SVG chart for an index page: years (by region), terms, topics; links relative to page."""
        c = self.catalog

        def rel(url: str) -> str:
            return normalize_url(url, page)

        if kind == "years":
            years = sorted(y for y in c.by_year if y)
            return charts.stacked_years(years, c.years_by_region(charts.region_of()), {y: rel(self.year_href(y)) for y in years},
                                        "Số bài theo năm, chia theo miền (theo tỉnh, thành phố từ 1/7/2025)")
        if kind == "terms":
            terms = sorted((t for t in c.by_term if t), key=lambda t: t)
            return charts.bar_chart([(f"Nhiệm kỳ {t}", len(c.by_term[t]), rel(self.term_href(t))) for t in terms],
                                    "Số bài theo nhiệm kỳ", "kl-terms")
        topics = sorted(c.by_topic.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        return charts.bar_chart([(tag, len(entries), rel(self.topic_href(tag))) for tag, entries in topics],
                                "Số bài theo chủ đề", "kl-topics")

    downloads = exports.DOWNLOADS
    columns = list(exports.COLUMNS.items())

    def year_table(self) -> dict:
        """Articles per year and region: the numbers of the years chart."""
        by_region = self.catalog.years_by_region(charts.region_of())
        regions = [r for r in charts.REGION_COLOURS if any(r in counts for counts in by_region.values())]
        rows = [(year, [by_region[year].get(r, 0) for r in regions], sum(by_region[year].values()))
                for year in sorted(by_region, reverse=True)]
        return {"regions": regions, "rows": rows}

    def province_map(self, page) -> Markup:
        c = self.catalog
        counts = {unit.name: len(c.by_province_2025.get(unit.name, [])) for unit in c.gaz.provinces_2025}
        hrefs = {name: normalize_url(self.province_2025_href(name), page) for name in counts}
        return charts.tile_map(counts, hrefs, "Bản đồ số bài theo 34 tỉnh, thành phố từ 1/7/2025")

    def map_rows(self) -> list[tuple[str, int, str, str]]:
        """(province, articles, href, region) for the table next to the map."""
        c = self.catalog
        regions = charts.region_of()
        return [(u.name, len(c.by_province_2025.get(u.name, [])), self.province_2025_href(u.name), regions.get(u.name, ""))
                for u in c.gaz.provinces_2025]

    # --- private ----------------------------------------------------------------

    def _front_matter(self, file: File) -> dict:
        """Read once per build; a preview process reads again only files whose size or time moved,
        and a shard takes what the build read for every shard while the file's time and size hold."""
        if self.state is None or not file.abs_src_path:
            shared = self.shared.get(file.abs_src_path) if file.abs_src_path else None
            if shared is not None:
                stat = os.stat(file.abs_src_path)
                if shared[:2] == (stat.st_mtime_ns, stat.st_size):
                    return shared[2]
            return read_front_matter(file.content_string, f"docs/{file.src_uri}")
        stat = os.stat(file.abs_src_path)
        known = self.state.matters.get(file.src_uri)
        if known is not None and known[:2] == (stat.st_mtime_ns, stat.st_size):
            return known[2]
        matter = read_front_matter(file.content_string, f"docs/{file.src_uri}")
        self.state.matters[file.src_uri] = (stat.st_mtime_ns, stat.st_size, matter, incremental.matter_fingerprint(matter))
        self.moved.add(file.src_uri)
        return matter

    def _entry(self, src: str, matter: dict) -> Entry:
        """An article's listing entry; a preview process makes it again only when its front matter was read again."""
        if self.state is None:
            return entry_from_matter(src, matter)
        known = self.state.entries.get(src)
        if known is not None and known[0] is matter:
            return known[1]
        entry = entry_from_matter(src, matter)
        self.state.entries[src] = [matter, entry, None]  # its search filters: _plan_rebuild, once the catalog exists
        return entry

    def _index_order(self) -> list[str]:
        """The articles' URLs in search doc id order (a shard owns a run of them)."""
        from ..search.index import index_order

        return index_order((entry.url, day_sort(entry)) for entry in self.entries.values())

    def _skip_other_shards(self, files: Files, doc_order: list[str]) -> None:
        """A shard renders its run of articles, its share of the item listings and (shard 0)
        every other page (shards.py)."""
        position = {url: n for n, url in enumerate(doc_order)}
        for file in files.documentation_pages():
            src = file.src_uri
            if src in self.entries:
                mine = self.shard.owns_article(position[self.urls[src]], len(position))
            elif src in self.listings and src not in TOP_LEVEL and self.listings[src].kind in ITEM_KINDS:
                mine = self.shard.owns_listing(src)
            else:
                mine = self.shard.number == 0
            if not mine:
                shards.skip(file)

    def _plan_rebuild(self, pages: Sequence[File]) -> None:
        """Fingerprint every page; in a dirty build, mark what must be rendered again."""
        matter_prints = {src: known[3] for src, known in self.state.matters.items()}
        prints: dict[str, str | None] = {}
        for src, entry in self.entries.items():
            older, newer = self.neighbours.get(src, (None, None))
            kept = self.state.entries[src]
            if kept[2] is None:  # with the front matter, all its search record shows (data files fixed while kept)
                kept[2] = repr(record_filters(entry, self.catalog))
            prints[src] = incremental.article_fingerprint(matter_prints[src], older, newer, kept[2])
        for src, listing in self.listings.items():
            prints[src] = incremental.listing_fingerprint(listing, len(self.catalog.listed(listing)), matter_prints)
        self.fingerprints = prints
        self.state.matters = {src: known for src, known in self.state.matters.items() if src in self.entries}
        if self.state.entries.keys() - self.entries.keys():  # an article deleted or renamed: its rows go too
            self.state.listing_rows = {key: kept for key, kept in self.state.listing_rows.items() if key[0] in self.entries}
        self.state.entries = {src: kept for src, kept in self.state.entries.items() if src in self.entries}
        if not self.dirty:
            return
        todo = incremental.changed(self.state, prints)
        later = incremental.shifted_only(self.listings, todo, self.moved)
        self.later = [file for file in pages if file.src_uri in later]
        for file in pages:
            if isinstance(file, incremental.ListingFile):
                file.rebuild = file.src_uri in todo and file.src_uri not in later
            elif file.src_uri in todo:
                if os.path.exists(file.abs_dest_path):
                    os.unlink(file.abs_dest_path)  # stale: MkDocs renders a page whose output is missing
            elif file.src_uri in self.entries and file.src_uri not in self.moved:
                shards.skip(file)  # neither it nor what it shows moved: MkDocs need not compare its times

    def _web_context(self, page, config) -> dict:
        """Canonical address, Open Graph values and JSON-LD for the page head."""
        src = page.file.src_uri
        site_url = config.site_url
        context = {"site_url": site_url, "canonical": web.absolute(site_url, page.url), "json_ld": [],
                   "offline": not config.use_directory_urls, "extras": self.config.extras}
        if not self.config.extras:
            return context
        documents = known_documents()
        if src in self.entries:
            entry = self.entries[src]
            crumbs = [("Trang chủ", "index.md"), ("Theo tỉnh", "tinh/index.md")]
            if entry.province:
                crumbs.append((entry.province, self.catalog.province_uri(entry.province)))
            context["og_type"] = "article"
            context["entry"] = entry
            context["json_ld"] = [web.json_ld(web.news_article(entry, site_url, documents)),
                                  web.json_ld(web.breadcrumbs([(t, self.href(u)) for t, u in crumbs], entry.title, site_url))]
        elif src in self.listings:
            listing = self.listings[src]
            context["og_type"] = "website"
            if listing.crumbs:
                context["json_ld"].append(web.json_ld(web.breadcrumbs([(t, self.href(u)) for t, u in listing.crumbs],
                                                                      listing.title, site_url)))
            if listing.kind == "data":
                fields = ["slug", "url", *FIELDS]
                context["json_ld"].append(web.json_ld(web.dataset(site_url, page.url, exports.DOWNLOADS, self.catalog.stats(), fields)))
            feed = self.feed_href(listing)
            if feed:
                context["feed"] = {"href": feed, "title": f"{listing.title} — {web.ARCHIVE}"}
        return context

    def _write_feeds(self, site: Path, site_url: str | None) -> None:
        fragments: dict[str, str] = {}
        for listing in self.listings.values():
            href = self.feed_href(listing)
            if href is None:
                continue
            title = "Bài mới" if listing.kind == "home" else listing.title
            listed = self.catalog.listed(listing)
            if self._unchanged(site, href, lambda: [title, self.href(listing.src_uri), site_url or "",
                                                    *self._entry_prints(feeds.newest(listed))]):
                continue
            body = feeds.atom(title, href, self.href(listing.src_uri), listed, site_url, fragments)
            target = site / href
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)

    def _write_slices(self, site: Path, encoded: list) -> None:
        lines = {entry.slug: row.slice for entry, row in zip(self.catalog.entries, encoded)}
        for listing in self.listings.values():
            href = self.slice_href(listing)
            if href is None:
                continue
            rows = [lines[e.slug] for e in self.catalog.listed(listing)]
            if self._unchanged(site, href, lambda: rows):
                continue
            target = site / href
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(exports.csv_document(exports.SLICE_COLUMNS, rows))

    def _unchanged(self, site: Path, href: str, inputs) -> bool:
        """In a preview: whether the file at href was written from these same inputs in an
        earlier round and is still there (then writing it again is skipped: a feed or a CSV
        slice per listing, a few hundred files, most of them untouched by one edit)."""
        if self.state is None:
            return False
        value = incremental.fingerprint(*inputs())
        unchanged = self.state.written.get(href) == value and (site / href).is_file()
        self.state.written[href] = value
        return unchanged

    def _entry_prints(self, entries: list[Entry]) -> list[str]:
        """What a feed shows of each entry: its address and front matter."""
        return [f"{e.url}\x01{self.state.matters[e.src_uri][3]}" for e in entries]

    def _write_search(self, site_dir: Path) -> None:
        from ..search import describe, write_support

        indexer, self.indexer = self.indexer, None
        try:
            counts = indexer.finish()
        except ValueError as error:
            raise PluginError(f"Chỉ mục tìm kiếm: {error}") from None
        if self.shard is None or self.shard.number == 0:
            write_support(site_dir)
        if self.shard is None:
            log.info(describe(counts, site_dir))

    def _search_page(self) -> Listing:
        return Listing("tim-kiem.md", "Tìm kiếm", "search", crumbs=[("Trang chủ", "index.md")])


def _page_title(listing: Listing) -> str:
    return "Trang chủ" if listing.kind == "home" else listing.title


def _folder(url: str) -> str:
    """The folder part of a page URL: "tinh/ha-noi/" and "tinh/ha-noi/index.html" → "tinh/ha-noi/"."""
    return url[: url.rfind("/") + 1]


def day_sort(entry: Entry) -> int:
    """The article's day as YYYYMMDD (a month alone: day 00; undated: 0), what search sorts by."""
    return int(entry.date[:10].replace("-", "").ljust(8, "0")) if entry.date else 0


def search_record(entry: Entry, catalog: Catalog) -> Markup:
    """The JSON the search step reads from an article page (a data block: web.script_data)."""
    return web.script_data(json.dumps(record_data(entry, catalog), ensure_ascii=False, sort_keys=True))


def record_data(entry: Entry, catalog: Catalog) -> dict:
    """An article's search record. It reads the catalog only through record_filters: the rest is the entry's own."""
    return {
        "title": entry.title,
        "date": format_date(entry.date, entry.date_precision),
        "province": entry.province or "",
        "tenure": entry.tenure or "",
        "place": " ".join(filter(None, [entry.locality, entry.province])),
        "place2025": entry.province_2025 if entry.province_2025 and entry.province_2025 != entry.province else "",
        # what else a reader may type: the date as printed, the term, cited documents
        "extra": " ".join(filter(None, [format_date(entry.date, entry.date_precision) if entry.date else "",
                                        entry.tenure, " ".join(entry.documents)])),
        "sort": str(day_sort(entry)),
        "filters": record_filters(entry, catalog),
    }


def record_filters(entry: Entry, catalog: Catalog) -> dict[str, list[str]]:
    return {
        "tinh": [catalog.province_slug(entry.province or "")],
        "tinh2025": [catalog.province_2025_slug(entry.province_2025 or "")],
        "nhiemky": [entry.tenure or UNKNOWN_TERM],
        "nam": [str(entry.year) if entry.year else UNDATED],
        "chude": [catalog.topic_slugs.get(tag, tag) for tag in entry.tags],
    }


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
