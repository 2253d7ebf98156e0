"""Found, cited and reused (issue 12): sitemap, canonical links, 404 under a sub-path,
page descriptions, Open Graph, robots.txt, JSON-LD, Atom feeds, downloads, the Data
Package, document pages, charts and the map. Each is read by a parser (ElementTree,
pyld, feedparser, frictionless, csv, json), on the seeds built for a project site at
https://example.org/kho/ (and offline), and on a generated corpus of 1,000 articles.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import feedparser
import frontmatter
import pytest
from pyld import jsonld

from browser import _env, convert, describe, make_project, parse, run
from conftest import ROOT

SITE_URL = "https://example.org/kho/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _build(project: Path, offline: bool = False) -> subprocess.CompletedProcess:
    env = {**_env(), "SITE_URL": SITE_URL}
    return subprocess.run([sys.executable, "-m", "kholuutru.site.build", *(["--offline"] if offline else [])], cwd=project,
                          capture_output=True, text=True, env=env, timeout=900)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("web") / "project")
    converted = convert(project)
    assert converted.returncode == 0, describe(converted)
    for offline in (False, True):
        built = _build(project, offline)
        assert built.returncode == 0, describe(built)
    return project


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """1,000 generated articles (bench/corpus.py), converted and built hosted."""
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus as generator

    project = make_project(tmp_path_factory.mktemp("web-1000") / "project", seeds=False)
    generator.generate(1000, project / "seeds", seed=3)
    converted = run(project, str(ROOT / "scripts" / "convert.py"), timeout=900)
    assert converted.returncode == 0, describe(converted)
    built = _build(project)
    assert built.returncode == 0, describe(built)
    return project


def articles(project: Path) -> dict[str, frontmatter.Post]:
    return {page.stem: frontmatter.load(page) for page in sorted((project / "docs" / "articles").glob("*.md"))}


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("index.html"))


# --- web presence -------------------------------------------------------------------------


def check_sitemap(site: Path, posts: dict[str, frontmatter.Post]) -> None:
    root = ET.parse(site / "sitemap.xml").getroot()
    urls = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in root.iter(f"{SITEMAP}url")}
    pages = html_pages(site)
    assert len(urls) == len(pages)  # every page, once
    for page in pages:
        path = page.parent.relative_to(site).as_posix()
        assert SITE_URL + ("" if path == "." else path + "/") in urls, path
    for slug, post in posts.items():
        assert urls[f"{SITE_URL}articles/{slug}/"] == (str(post["date"])[:10] if post["date"] else None)
    assert urls[SITE_URL] == max(str(p["date"])[:10] for p in posts.values() if p["date"])


def test_sitemap_lists_every_page_with_its_date(project):
    check_sitemap(project / "site", articles(project))


def test_canonical_description_open_graph_and_robots(project):
    site = project / "site"
    for slug, post in articles(project).items():
        page = (site / "articles" / slug / "index.html").read_text(encoding="utf-8")
        canonical = f"{SITE_URL}articles/{slug}/"
        assert f'<link rel="canonical" href="{canonical}">' in page
        assert f'<meta property="og:url" content="{canonical}">' in page
        assert '<meta property="og:type" content="article">' in page
        if post["summary"]:
            description = re.search(r'<meta name="description" content="([^"]*)"', page).group(1)
            assert html.unescape(description) == post["summary"]
        if post["date"]:
            assert f'<meta property="article:published_time" content="{post["date"]}">' in page
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert "User-agent: *" in robots and f"Sitemap: {SITE_URL}sitemap.xml" in robots


def test_the_404_page_works_under_a_sub_path_and_offline(project):
    hosted = parse(project / "site" / "404.html")
    links = [e.attrs["href"] for e in hosted if e.tag == "a" and e.attrs.get("href", "").startswith("/")]
    assert links and all(link.startswith("/kho/") for link in links)
    offline = (project / "dist" / "offline" / "404.html").read_text(encoding="utf-8")
    assert 'href="/kho/' not in offline and 'src="/kho/' not in offline
    for element in parse(project / "dist" / "offline" / "404.html"):
        href = element.attrs.get("href") or element.attrs.get("src") or ""
        if element.tag in ("a", "link", "script") and href and not href.startswith(("http", "#", "data:")):
            assert (project / "dist" / "offline" / href.split("#")[0]).exists(), href


def test_the_offline_citation_gives_the_hosted_address(project):
    for slug in articles(project):
        page = (project / "dist" / "offline" / "articles" / f"{slug}.html").read_text(encoding="utf-8")
        assert f"<span data-kl-url>{SITE_URL}articles/{slug}/</span>" in page
        assert f'<link rel="canonical" href="{SITE_URL}articles/{slug}/">' in page


# --- structured data ----------------------------------------------------------------------


def _loader(url, options=None):
    """schema.org's context, without the network: every term in the schema.org vocabulary."""
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": {"@context": {"@vocab": "https://schema.org/"}}}


def json_ld_blocks(page: Path) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text(encoding="utf-8"), re.S)
    return [json.loads(block) for block in blocks]


def expanded(block: dict) -> dict:
    result = jsonld.expand(block, {"documentLoader": _loader})
    assert len(result) == 1
    return result[0]


def _values(node: dict, term: str) -> list:
    return node.get(f"https://schema.org/{term}", [])


def check_news_articles(site: Path, posts: dict[str, frontmatter.Post]) -> None:
    for slug, post in posts.items():
        blocks = json_ld_blocks(site / "articles" / slug / "index.html")
        article = expanded(next(b for b in blocks if b["@type"] == "NewsArticle"))
        assert article["@type"] == ["https://schema.org/NewsArticle"]
        assert _values(article, "headline")[0]["@value"] == (post["title"] or article["https://schema.org/headline"][0]["@value"])
        if post["date"]:
            assert _values(article, "datePublished")[0]["@value"] == post["date"]
        if post["author"]:
            assert _values(_values(article, "author")[0], "name")[0]["@value"] == post["author"]
        places = [_values(p, "name")[0]["@value"] for p in _values(article, "contentLocation")]
        for place in (post["locality"], post["province"]):
            if place:
                assert place in places
        if post["province_2025"] and post["province_2025"] != post["province"]:
            assert post["province_2025"] in places
        assert [_values(t, "name")[0]["@value"] for t in _values(article, "about")] == list(post["tags"])
        assert [_values(d, "legislationIdentifier")[0]["@value"] for d in _values(article, "citation")] == list(post["documents"])
        assert _values(_values(article, "isPartOf")[0], "name")[0]["@value"] == "Kho lưu trữ Xây dựng Đảng"
        crumbs = expanded(next(b for b in blocks if b["@type"] == "BreadcrumbList"))
        items = _values(crumbs, "itemListElement")
        assert [_values(i, "position")[0]["@value"] for i in items] == list(range(1, len(items) + 1))


def test_json_ld_news_articles_and_breadcrumbs(project):
    check_news_articles(project / "site", articles(project))


def test_json_ld_dataset_on_the_data_page(project):
    blocks = json_ld_blocks(project / "site" / "du-lieu" / "index.html")
    dataset = expanded(next(b for b in blocks if b["@type"] == "Dataset"))
    downloads = {_values(d, "name")[0]["@value"]: _values(d, "contentUrl")[0] for d in _values(dataset, "distribution")}
    assert set(downloads) == {"metadata.csv", "metadata.json", "metadata.jsonl", "datapackage.json", "kho-luu-tru-markdown.zip"}
    for name in downloads:
        assert (project / "site" / "du-lieu" / name).is_file()


# --- feeds --------------------------------------------------------------------------------


def check_feed(site: Path, feed_path: str, expected: list[frontmatter.Post], posts_by_url: dict[str, frontmatter.Post]) -> None:
    parsed = feedparser.parse((site / feed_path).read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.feed.id == SITE_URL + feed_path
    dated = sorted((p for p in expected if p["date"]), key=lambda p: str(p["date"]), reverse=True)
    assert len(parsed.entries) == min(50, len(dated))
    ids = [entry.id for entry in parsed.entries]
    assert len(set(ids)) == len(ids)
    for entry in parsed.entries:
        assert entry.link == entry.id and entry.link.startswith(SITE_URL + "articles/")
        post = posts_by_url[entry.link]
        assert entry.updated.startswith(str(post["date"])[:10])
    days = [entry.updated for entry in parsed.entries]
    assert days == sorted(days, reverse=True)


def _by_url(posts: dict[str, frontmatter.Post]) -> dict[str, frontmatter.Post]:
    return {f"{SITE_URL}articles/{slug}/": post for slug, post in posts.items()}


def test_feeds_for_the_archive_provinces_terms_and_topics(project):
    site, posts = project / "site", articles(project)
    by_url = _by_url(posts)
    check_feed(site, "feed.xml", list(posts.values()), by_url)
    check_feed(site, "tinh/hai-duong/feed.xml", [p for p in posts.values() if p["province"] == "Hải Dương"], by_url)
    check_feed(site, "tinh-2025/hai-phong/feed.xml", [p for p in posts.values() if p["province_2025"] == "Hải Phòng"], by_url)
    check_feed(site, "nhiem-ky/2020-2025/feed.xml", [p for p in posts.values() if p["tenure"] == "2020-2025"], by_url)
    tag = "tổ chức cơ sở đảng"
    from kholuutru import data

    slug = next(topic["slug"] for topic in data.topics() if topic["name"] == tag)
    check_feed(site, f"chu-de/{slug}/feed.xml", [p for p in posts.values() if tag in p["tags"]], by_url)
    page = (site / "tinh" / "hai-duong" / "index.html").read_text(encoding="utf-8")
    feeds = re.findall(r'<link rel="([^"]*)" type="application/atom\+xml"[^>]* href="([^"]*)"', page)
    assert [href for rel, href in feeds if "alternate" in rel.split()] == ["feed.xml"], feeds
    assert 'rel="alternate"' not in page, "Material would fetch a sitemap.xml next to the feed"
    assert "Theo dõi bài mới (Atom)" in page


# --- downloads ----------------------------------------------------------------------------


def check_downloads(site: Path, posts: dict[str, frontmatter.Post]) -> None:
    data = site / "du-lieu"
    raw = (data / "metadata.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert {row["slug"] for row in rows} == set(posts)
    for row in rows:
        post = posts[row["slug"]]
        assert row["province"] == (post["province"] or "") and row["tags"] == "; ".join(post["tags"])
    assert len(json.loads((data / "metadata.json").read_text(encoding="utf-8"))) == len(posts)
    lines = (data / "metadata.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["slug"] for line in lines) == sorted(posts)
    with zipfile.ZipFile(data / "kho-luu-tru-markdown.zip") as archive:
        assert sorted(Path(name).stem for name in archive.namelist()) == sorted(posts)


def test_downloads_csv_json_jsonl_and_the_markdown_zip(project):
    check_downloads(project / "site", articles(project))


def test_the_data_package_is_valid(project):
    from frictionless import Package

    report = Package(str(project / "site" / "du-lieu" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])[:10]


def test_each_listing_links_its_own_slice_as_csv(project):
    site, posts = project / "site", articles(project)
    slice_ = site / "tinh" / "hai-duong" / "bai-viet.csv"
    rows = list(csv.DictReader(io.StringIO(slice_.read_bytes().decode("utf-8-sig"), newline="")))
    assert {r["slug"] for r in rows} == {slug for slug, p in posts.items() if p["province"] == "Hải Dương"}
    assert 'href="bai-viet.csv"' in (site / "tinh" / "hai-duong" / "index.html").read_text(encoding="utf-8")


# --- documents, charts, the map ---------------------------------------------------------------


def test_document_pages_list_the_articles_citing_each_document(project):
    site, posts = project / "site", articles(project)
    index = (site / "van-ban" / "index.html").read_text(encoding="utf-8")
    cited = {number for post in posts.values() for number in post["documents"]}
    for number in cited:
        assert number in index
        slug = re.sub(r"[^a-z0-9]+", "-", number.lower().replace("đ", "d")).strip("-")
        page = (site / "van-ban" / slug / "index.html").read_text(encoding="utf-8")
        for post_slug, post in posts.items():
            assert (f"articles/{post_slug}/" in page) == (number in post["documents"]), (number, post_slug)
    assert "Một số vấn đề cấp bách về xây dựng Đảng hiện nay" in (site / "van-ban" / "12-nq-tw" / "index.html").read_text(encoding="utf-8")
    article = next(slug for slug, p in posts.items() if "12-NQ/TW" in p["documents"])
    assert 'href="../../van-ban/12-nq-tw/"' in (site / "articles" / article / "index.html").read_text(encoding="utf-8")


def test_charts_and_map_are_linked_svg_with_their_numbers(project):
    site, posts = project / "site", articles(project)
    home = (site / "index.html").read_text(encoding="utf-8")
    tiles = re.findall(r'<a href="([^"]+)" aria-label="([^"]+?) (\d+) bài">', home)
    assert len(tiles) == 34
    counts = {name: int(n) for _, name, n in tiles}
    for unit, count in counts.items():
        assert count == sum(1 for p in posts.values() if p["province_2025"] == unit)
    for href, _, _ in tiles:
        assert (site / href / "index.html").is_file()
    years = (site / "nam" / "index.html").read_text(encoding="utf-8")
    assert '<svg class="kl-chart"' in years and "<table" in years
    for year in {str(p["date"])[:4] for p in posts.values() if p["date"]}:
        assert f'aria-label="{year} ' in years
    for path in ("nhiem-ky", "chu-de"):
        assert '<svg class="kl-chart"' in (site / path / "index.html").read_text(encoding="utf-8")


# --- the same on 1,000 generated articles -----------------------------------------------------


def test_a_thousand_articles_sitemap_feeds_json_ld_and_data(corpus):
    site, posts = corpus / "site", articles(corpus)
    assert len(posts) == 1000
    check_sitemap(site, posts)
    by_url = _by_url(posts)
    check_feed(site, "feed.xml", list(posts.values()), by_url)
    for feed in sorted(site.glob("tinh/*/feed.xml"))[:5]:
        province = feedparser.parse(feed.read_bytes())
        assert not province.bozo and province.entries
    check_news_articles(site, dict(list(posts.items())[:60]))
    check_downloads(site, posts)
    from frictionless import Package

    assert Package(str(site / "du-lieu" / "datapackage.json")).validate().valid


def test_a_row_rendered_for_one_page_links_as_mkdocs_would_on_any_other():
    """An article's row is rendered once and shown in a dozen listings (web.rebased): its
    links must be what MkDocs' url filter writes on each page, hosted and offline, within
    the shown page's own section too (a province's row on that province's pages)."""
    from mkdocs.utils import get_relative_url

    from kholuutru.site.web import rebased

    for offline in (False, True):
        def url(path: str) -> str:
            return (path + "index.html") if offline else path

        pages = [url(p) for p in ("", "tinh/", "tinh/ha-noi/", "tinh/ha-noi/trang-2/", "chu-de/can-bo/trang-3/",
                                  "nam/2020/", "nhiem-ky/2020-2025/", "van-ban/12-nq-tw/")]
        targets = [url(p) for p in ("articles/bai-a/", "tinh/ha-noi/", "tinh/quang-tri/", "nhiem-ky/2020-2025/",
                                    "nam/2020/trang-2/")]
        for written_at in pages:
            row = "".join(f'<a href="{get_relative_url(target, written_at)}">{n}</a>' for n, target in enumerate(targets))
            row += '<a href="#moi-nhat">x</a><a href="https://example.org/a/">y</a>'
            for shown_at in pages:
                expected = "".join(f'<a href="{get_relative_url(target, shown_at)}">{n}</a>' for n, target in enumerate(targets))
                expected += '<a href="#moi-nhat">x</a><a href="https://example.org/a/">y</a>'
                assert rebased(row, written_at, shown_at) == expected, (written_at, shown_at)
