"""The archive site as MkDocs builds it (no browser): generated listings, scale, offline bundle.

Every build here is real: the seeds converted by scripts/convert.py and built with
`python -m kholuutru.site.build` (mkdocs build --strict, not -q) in a temporary folder.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import yaml

from browser import (
    BAC_GIANG,
    CHI_LINH,
    DONG_HA,
    LANG_SON,
    PHUC_YEN,
    ROOT,
    build,
    built_site,
    describe,
    entry_links,
    is_external,
    make_project,
    parse,
    require_build,
    resolve,
)

SEED_SLUGS = {CHI_LINH, PHUC_YEN, LANG_SON, BAC_GIANG, DONG_HA}
INDEX_PAGES = ["", "tinh/", "tinh-2025/", "nhiem-ky/", "nam/", "chu-de/"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return built_site(tmp_path_factory)


@pytest.fixture(scope="module")
def site(built) -> Path:
    require_build(built)
    return built.site


@pytest.fixture(scope="module")
def bundle(built) -> Path:
    require_build(built, offline=True)
    return built.bundle


def topics() -> list[dict]:
    return yaml.safe_load((ROOT / "kholuutru" / "data" / "topics.yml").read_text(encoding="utf-8"))["topics"]


def html_pages(top: Path) -> list[Path]:
    return sorted(top.rglob("*.html"))


def linked_articles(page: Path, top: Path) -> set[str]:
    """Slugs of the articles a listing page lists (a.kl-entry__title), hosted layout."""
    slugs = set()
    for link in entry_links(parse(page)):
        target = resolve(page, link.attrs["href"], top)
        assert target is not None, f"{page}: entry link {link.attrs['href']!r} leaves the site"
        slugs.add(target.relative_to(top / "articles").as_posix().strip("/").removesuffix(".html"))
    return slugs


def hosted_file(site: Path, path: str) -> Path:
    return site / path / "index.html"


def article_md(slug: str, **matter) -> tuple[str, str]:
    body = (
        f"Bài kiểm thử {slug}: Đảng bộ tổ chức hội nghị sơ kết công tác xây dựng Đảng, "
        "đánh giá kết quả thực hiện nghị quyết và đề ra nhiệm vụ thời gian tới.\n"
    )
    return f"{slug}.md", "---\n" + yaml.safe_dump(matter, allow_unicode=True, sort_keys=False) + "---\n\n" + body


def project_with(tmp_path: Path, built, articles: dict[str, str], *, seeds: bool = True) -> Path:
    """A project holding the converted seed articles (when seeds) plus extra article files."""
    project = make_project(tmp_path / "project", seeds=False)
    target = project / "docs" / "articles"
    if seeds:
        assert built.convert.returncode == 0, describe(built.convert)
        for page in (built.project / "docs" / "articles").glob("*.md"):
            shutil.copy(page, target / page.name)
    for name, text in articles.items():
        (target / name).write_text(text, encoding="utf-8")
    return project


# --- the build --------------------------------------------------------------------


def test_strict_build_passes_for_hosted_and_offline(built):
    assert built.convert.returncode == 0, describe(built.convert)
    converted = {p.stem for p in (built.project / "docs" / "articles").glob("*.md")}
    assert converted == SEED_SLUGS
    for result in (built.hosted, built.offline):
        assert result.returncode == 0, describe(result)
        warnings = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("WARNING")]
        assert warnings == [], "\n".join(warnings)
    assert (built.site / "index.html").is_file()
    assert (built.bundle / "index.html").is_file()


def test_every_page_is_vietnamese(site):
    pages = html_pages(site)
    assert len(pages) > 20
    for page in pages:
        html = next(e for e in parse(page) if e.tag == "html")
        assert html.attrs.get("lang") == "vi", f"{page.relative_to(site)}: <html lang={html.attrs.get('lang')!r}>"


@pytest.mark.parametrize(
    "path, expected",
    [
        ("tinh/hai-duong/", {CHI_LINH}),
        ("tinh/vinh-phuc/", {PHUC_YEN}),
        ("tinh/quang-tri/", {DONG_HA}),
        ("tinh/bac-giang/", {BAC_GIANG}),
        ("tinh/lang-son/", {LANG_SON}),
        ("tinh-2025/hai-phong/", {CHI_LINH}),
        ("tinh-2025/phu-tho/", {PHUC_YEN}),
        ("nhiem-ky/2020-2025/", {CHI_LINH, DONG_HA, BAC_GIANG}),
        ("nhiem-ky/2015-2020/", {PHUC_YEN}),
        ("nhiem-ky/2010-2015/", {LANG_SON}),
        ("nam/2020/", {CHI_LINH}),
        ("nam/khong-ro-ngay/", {LANG_SON}),
        ("chu-de/kiem-tra-giam-sat/", {CHI_LINH, PHUC_YEN, DONG_HA}),
    ],
)
def test_generated_listing_pages(site, path, expected):
    page = hosted_file(site, path)
    assert page.is_file(), f"{path} was not generated"
    assert linked_articles(page, site) == expected


def test_topic_pages_use_the_vocabulary_slugs(site):
    for topic in topics():
        page = hosted_file(site, f"chu-de/{topic['slug']}/")
        listed = any(topic["name"] == e.text for e in parse(hosted_file(site, "chu-de/")) if e.tag == "a")
        assert page.is_file() == listed, f"chu-de/{topic['slug']}/: page {page.is_file()}, listed on chu-de/ {listed}"


def nav_links(page: Path, top: Path) -> list[Path]:
    """Where the links inside nav.md-nav of a page point (fragments left out)."""
    out = []
    for element in parse(page):
        if element.tag == "a" and any("md-nav" in nav for nav in element.navs):
            target = resolve(page, element.attrs.get("href", ""), top)
            if target is not None:
                out.append(target)
    return out


def test_navigation_holds_index_pages_not_articles(site):
    page = hosted_file(site, f"articles/{CHI_LINH}/")
    targets = nav_links(page, site)
    inside = {t.relative_to(site).as_posix().rstrip("/") for t in targets}
    articles = sorted(t for t in inside if t.startswith("articles"))
    assert articles == [], f"the navigation lists articles: {articles}"
    # and it does hold the index pages (so the check above looked at the real navigation)
    for index in ("tinh", "tinh-2025", "nhiem-ky", "nam", "chu-de"):
        assert index in inside, f"{index}/ missing from the navigation: {sorted(inside)}"


# --- adding and breaking articles ----------------------------------------------------


def test_a_new_article_file_appears_in_every_listing(tmp_path, built, site):
    used = {tag for page in (built.project / "docs/articles").glob("*.md")
            for tag in yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1]).get("tags") or []}
    topic = next((t for t in topics() if t["name"] not in used), topics()[0])
    name, text = article_md(
        "bai-moi-kiem-thu",
        title="Đảng bộ huyện Kinh Môn sơ kết công tác xây dựng Đảng",
        date="2021-06-15",
        date_precision="day",
        locality="thị xã Kinh Môn",
        province="Hải Dương",
        province_2025="Hải Phòng",
        tenure="2020-2025",
        tags=[topic["name"]],
    )
    project = project_with(tmp_path, built, {name: text})
    result = build(project)
    assert result.returncode == 0, describe(result)
    out = project / "site"
    assert (out / "articles/bai-moi-kiem-thu/index.html").is_file()
    for path in ("tinh/hai-duong/", "tinh-2025/hai-phong/", "nhiem-ky/2020-2025/", "nam/2021/", f"chu-de/{topic['slug']}/", ""):
        page = hosted_file(out, path)
        assert page.is_file(), f"{path} missing after adding an article"
        assert "bai-moi-kiem-thu" in linked_articles(page, out), f"{path} does not list the new article"
    assert linked_articles(hosted_file(out, "tinh/hai-duong/"), out) == {CHI_LINH, "bai-moi-kiem-thu"}
    row = next(r for r in json.loads((out / "du-lieu/metadata.json").read_text(encoding="utf-8"))
               if r["slug"] == "bai-moi-kiem-thu")
    assert row["province"] == "Hải Dương" and row["tenure"] == "2020-2025"


@pytest.mark.parametrize(
    "front_matter",
    [
        'title: "Tiêu đề chưa đóng ngoặc\ndate: 2021-01-01\nprovince: Hải Dương\n',
        "title: Bài hỏng\n  date: 2021-01-01: x\nprovince: Hải Dương\n",
    ],
    ids=["unterminated-quote", "bad-indentation"],
)
def test_broken_front_matter_fails_the_strict_build_naming_the_file(tmp_path, built, front_matter):
    broken = "---\n" + front_matter + "---\n\nNội dung.\n"
    project = project_with(tmp_path, built, {"bai-hong.md": broken})
    result = build(project)
    assert result.returncode != 0, "a broken front matter built:\n" + describe(result)
    assert "articles/bai-hong.md" in result.stdout + result.stderr, describe(result)


# --- nothing from outside ----------------------------------------------------------

RESOURCE_ATTRS = {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "src",
                  "video": "src", "audio": "src", "embed": "src", "object": "data"}


@pytest.mark.parametrize("which", ["hosted", "offline"])
def test_no_page_refers_to_outside_resources(built, which):
    require_build(built, offline=which == "offline")
    top = built.site if which == "hosted" else built.bundle
    problems = []
    for page in html_pages(top):
        text = page.read_text(encoding="utf-8")
        for needle in ("fonts.googleapis.com", "fonts.gstatic.com", "unpkg.com", "cdn."):
            if needle in text.lower():
                problems.append(f"{page.relative_to(top)}: mentions {needle}")
        for element in parse(page):
            attr = RESOURCE_ATTRS.get(element.tag)
            if element.tag == "link" and element.attrs.get("rel") == "canonical":
                attr = None  # names the hosted page (offline too); a browser never fetches it
            urls = [element.attrs.get(attr, "")] if attr else []
            urls += [part.split()[0] for part in element.attrs.get("srcset", "").split(",") if part.strip()]
            for url in urls:
                if url and is_external(url):
                    problems.append(f"{page.relative_to(top)}: <{element.tag} {attr}={url!r}>")
    assert problems == [], "\n".join(problems)


# --- offline bundle ----------------------------------------------------------------


def test_offline_bundle_links_name_files(bundle):
    assert (bundle / "index.html").is_file()
    problems, checked = [], 0
    for page in html_pages(bundle):
        if page.name == "404.html":
            continue  # served by a web server for missing URLs only; never opened from disk
        for element in parse(page):
            attr = "href" if element.tag in ("a", "link") else "src" if element.tag in ("script", "img") else None
            href = element.attrs.get(attr) if attr else None
            if not href or is_external(href) or href.startswith(("#", "mailto:", "data:", "javascript:")):
                continue
            checked += 1
            where = f"{page.relative_to(bundle)}: <{element.tag} {attr}={href!r}>"
            path = href.split("#")[0].split("?")[0]
            if path.startswith("/"):
                problems.append(where + " is root-absolute (breaks on file://)")
            elif path.endswith("/") or path.rsplit("/", 1)[-1] in (".", ".."):
                problems.append(where + " is a directory URL")
            elif not resolve(page, href, bundle).is_file():
                problems.append(where + " points to no file")
    assert checked > 100
    assert problems == [], "\n".join(problems[:50])
    index_links = {e.attrs["href"] for e in parse(bundle / "index.html") if e.tag == "a" and "href" in e.attrs}
    assert "tinh/index.html" in index_links
    assert f"articles/{CHI_LINH}.html" in index_links


def test_offline_zip_unpacks_to_the_bundle(built, bundle):
    assert built.zip.is_file(), "dist/offline.zip missing"
    with zipfile.ZipFile(built.zip) as archive:
        assert archive.testzip() is None
        names = [n for n in archive.namelist() if not n.endswith("/")]
        tops = {n.split("/", 1)[0] for n in names}
        prefix = tops.pop() + "/" if len(tops) == 1 and all("/" in n for n in names) else ""
        unpacked = {n[len(prefix):]: archive.read(n) for n in names}
    on_disk = {p.relative_to(bundle).as_posix(): p.read_bytes() for p in bundle.rglob("*") if p.is_file()}
    assert sorted(unpacked) == sorted(on_disk)
    differing = [name for name in on_disk if unpacked[name] != on_disk[name]]
    assert differing == []


# --- data export ------------------------------------------------------------------


def test_metadata_exports_one_row_per_article(site):
    rows = json.loads((site / "du-lieu" / "metadata.json").read_text(encoding="utf-8"))
    assert isinstance(rows, list) and len(rows) == 5
    assert {row["slug"] for row in rows} == SEED_SLUGS
    chi_linh = next(row for row in rows if row["slug"] == CHI_LINH)
    assert chi_linh["province"] == "Hải Dương" and chi_linh["tenure"] == "2020-2025"
    raw = (site / "du-lieu" / "metadata.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the CSV has no BOM: Excel would garble the diacritics"
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(table) == 5
    assert {row["slug"] for row in table} == SEED_SLUGS


# --- scale ------------------------------------------------------------------------


def test_long_listings_are_paginated(tmp_path, built):
    articles = {}
    for number in range(450):
        year = 2016 + number % 9
        name, text = article_md(
            f"bai-{number:03d}",
            title=f"Tin xây dựng Đảng số {number:03d}",
            date=f"{year}-{1 + number % 12:02d}-{1 + number % 28:02d}",
            date_precision="day",
            province="Hải Dương",
            province_2025="Hải Phòng",
            tenure="2015-2020" if year < 2020 else "2020-2025",
            tags=["công tác cán bộ"],
        )
        articles[name] = text
    project = project_with(tmp_path, built, articles, seeds=False)
    result = build(project)
    assert result.returncode == 0, describe(result)
    out = project / "site"

    first = hosted_file(out, "tinh/hai-duong/")
    pager = {resolve(first, e.attrs["href"], out) for e in parse(first) if e.tag == "a" and "href" in e.attrs}
    for number in (2, 3):
        assert out / f"tinh/hai-duong/trang-{number}" in pager, f"tinh/hai-duong/ has no link to trang-{number}/"
    assert not (out / "tinh/hai-duong/trang-4").exists()

    seen: list[str] = []
    for path in ("tinh/hai-duong/", "tinh/hai-duong/trang-2/", "tinh/hai-duong/trang-3/"):
        listed = [e.attrs["href"] for e in entry_links(parse(hosted_file(out, path)))]
        assert 0 < len(listed) <= 200, f"{path}: {len(listed)} entries"
        seen += listed
    slugs = [re.search(r"articles/(bai-\d+)/", href).group(1) for href in seen]
    assert len(slugs) == 450 and set(slugs) == {f"bai-{n:03d}" for n in range(450)}

    # no page anywhere lists more than 200 articles (terms, years, topics, 2025 provinces)
    for page in html_pages(out):
        assert len(entry_links(parse(page))) <= 200, f"{page.relative_to(out)} lists more than 200 articles"
    # and the navigation stays the index pages
    assert not [t for t in nav_links(out / "articles/bai-000/index.html", out) if "articles" in t.relative_to(out).parts]


# --- the repository holds what the site needs ---------------------------------------


def git(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=ROOT, input=stdin, capture_output=True, text=True)


def test_site_sources_are_not_git_ignored():
    """A fresh clone must hold the plugin, templates and config (`make serve` from a clone)."""
    assert git("rev-parse", "--is-inside-work-tree").stdout.strip() == "true", "not a git work tree"
    sources = [
        p.relative_to(ROOT).as_posix()
        for folder in ("kholuutru", "overrides", "scripts", "tests")
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc" and "_artifacts" not in p.parts
    ]
    sources += ["mkdocs.yml", "mkdocs.offline.yml", "Makefile", "requirements.txt", "pyproject.toml",
                "package.json", "package-lock.json"]
    assert "kholuutru/site/plugin.py" in sources
    ignored = git("check-ignore", "--no-index", "--stdin", "-v", stdin="\n".join(sources) + "\n").stdout
    if ignored:
        pytest.fail("git ignores site sources, so a clone lacks them (rule: file):\n" + ignored, pytrace=False)


def test_node_modules_stays_out_of_git():
    problems = []
    if git("check-ignore", "--no-index", "-q", "node_modules/axe-core/axe.min.js").returncode != 0:
        problems.append("node_modules/ is not in .gitignore")
    tracked = git("ls-files", "node_modules").stdout.split()
    if tracked:
        problems.append(f"{len(tracked)} files under node_modules/ are committed (`npm ci` installs them)")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def _tree_bytes(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_the_index_written_during_the_build_equals_one_made_afresh(tmp_path, site):
    """The plugin indexes pages in worker processes as MkDocs writes them; the result
    must not depend on their timing: the same bytes as reading the built site again."""
    during_build = _tree_bytes(site / "search")
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    shutil.rmtree(copy / "search")
    from kholuutru.search import build_index

    assert build_index(copy) == 0
    afresh = _tree_bytes(copy / "search")
    assert sorted(afresh) == sorted(during_build)
    assert afresh == during_build
    meta = (site / "search" / "meta.js").read_text(encoding="utf-8")
    assert re.search(r'"count":5\b', meta), meta[:200]
    assert len(list((site / "search" / "d").glob("*.js"))) == 5


def test_the_original_page_is_linked_and_an_untitled_article_is_marked(tmp_path, built):
    """source_url shows in the panel and the citation (http(s) only); an article the
    converter found no headline for is listed by the headline its URL spells, or else by its
    lead's first words, or its body's, marked."""
    linked = article_md("bai-co-dia-chi", title="Đảng bộ huyện Thanh Hà sơ kết công tác xây dựng Đảng", date="2016-03-12",
                        province="Hải Dương", source_url="https://baohaiduong.vn/chinh-tri/huyen-uy-thanh-ha-129125")
    hostile = article_md("bai-dia-chi-la", title="Bài có địa chỉ lạ", date="2016-03-12", province="Hải Dương",
                         source_url="javascript:alert(1)")
    untitled = article_md("bai-khong-tieu-de", title=None, date="2016-03-13", province="Hải Dương",
                          summary="Sáng 13/3, Huyện ủy Thanh Hà tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2016.")
    bare = article_md("bai-khong-sapo", title=None, date="2016-03-14", province="Hải Dương", summary=None)
    shouting = article_md("bai-sapo-la", title=None, date="2016-03-16", province="Hải Dương",
                          summary='</title><script>alert("x")</script> Chiều 16/3, Đảng ủy xã họp.')
    slugged = article_md("bai-co-slug", title=None, date="2016-03-15", province="Hải Dương", summary=None,
                         source_url="https://thanhha.example.vn/dang-bo-to-chuc-hoi-nghi-so-ket-cong-tac-xay-dung-dang-129126.html")
    project = project_with(tmp_path, built, dict([linked, hostile, untitled, bare, slugged, shouting]), seeds=False)
    result = build(project)
    assert result.returncode == 0, describe(result)
    page = hosted_file(project / "site", "articles/bai-co-dia-chi").read_text(encoding="utf-8")
    assert 'href="https://baohaiduong.vn/chinh-tri/huyen-uy-thanh-ha-129125"' in page
    assert 'rel="external nofollow noopener noreferrer"' in page
    cite = page.split('id="trich-dan"', 1)[1]
    assert "Bài gốc: <span" in cite and "baohaiduong.vn/chinh-tri/huyen-uy-thanh-ha-129125" in cite
    assert "javascript:" not in hosted_file(project / "site", "articles/bai-dia-chi-la").read_text(encoding="utf-8")
    listing = hosted_file(project / "site", "tinh/hai-duong").read_text(encoding="utf-8")
    assert "(Chưa rõ tiêu đề) Sáng 13/3, Huyện ủy Thanh Hà tổ chức" in listing
    # no headline and no lead either: the body's first words, not the file's name
    assert "(Chưa rõ tiêu đề) Bài kiểm thử bai-khong-sapo: Đảng bộ tổ chức" in listing
    assert "(Chưa rõ tiêu đề) bai-khong-sapo" not in listing
    # the headline its URL spells, in the page's own spelling, marked as such
    restored = "Đảng bộ tổ chức hội nghị sơ kết công tác xây dựng Đảng (tiêu đề theo địa chỉ bài)"
    assert restored in listing
    assert f"<h1>{restored}</h1>" in hosted_file(project / "site", "articles/bai-co-slug").read_text(encoding="utf-8")
    article = hosted_file(project / "site", "articles/bai-khong-sapo").read_text(encoding="utf-8")
    assert "(Chưa rõ tiêu đề) Bài kiểm thử bai-khong-sapo" in article
    # the browser's tab, bookmarks and link previews name the page by the same title, never by the site alone
    slug_page = hosted_file(project / "site", "articles/bai-co-slug").read_text(encoding="utf-8")
    assert f"<title>{restored} - Kho lưu trữ Xây dựng Đảng</title>" in slug_page
    assert f'<meta property="og:title" content="{restored}">' in slug_page
    assert "<title>(Chưa rõ tiêu đề) Bài kiểm thử bai-khong-sapo" in article
    # … as text: a lead's markup stays text there too
    shouted = hosted_file(project / "site", "articles/bai-sapo-la").read_text(encoding="utf-8")
    assert "<title>(Chưa rõ tiêu đề) &lt;/title&gt;&lt;script&gt;" in shouted
    assert "<script>alert" not in shouted
    # the open data keeps the page's own title (null: none was printed) and, beside it, the one it is listed by
    rows = {row["slug"]: row for row in json.loads((project / "site" / "du-lieu" / "metadata.json").read_text(encoding="utf-8"))}
    assert rows["bai-co-slug"]["title"] is None and rows["bai-co-slug"]["listed_title"] == restored
    assert rows["bai-khong-tieu-de"]["title"] is None
    assert rows["bai-khong-tieu-de"]["listed_title"].startswith("(Chưa rõ tiêu đề) Sáng 13/3, Huyện ủy Thanh Hà")
    assert rows["bai-co-dia-chi"]["title"] == rows["bai-co-dia-chi"]["listed_title"] == "Đảng bộ huyện Thanh Hà sơ kết công tác xây dựng Đảng"
    header = (project / "site" / "du-lieu" / "metadata.csv").read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.startswith("slug,url,title,listed_title,date,")


def test_encoded_rows_kept_by_a_preview_equal_rows_encoded_afresh():
    """make dev encodes again only the rows whose key moved; the files it writes are the same."""
    from kholuutru.site import exports

    table = [{"slug": f"bai-{n}", "url": f"articles/bai-{n}/", "title": f"Bài «{n}», có dấu phẩy", "tags": ["a", "b"]}
             for n in range(5)]
    cache: dict = {}
    keys = [(row["slug"], row["url"], "v1") for row in table]
    assert exports.encode_rows(table, keys, cache) == exports.encode_rows(table)
    table[2] = {**table[2], "title": "Bài đã sửa"}
    keys[2] = (table[2]["slug"], table[2]["url"], "v2")
    kept = exports.encode_rows(table, keys, cache)
    assert kept == exports.encode_rows(table) and "Bài đã sửa" in kept[2].json and len(cache) == 5
    assert json.loads(exports.json_bytes(kept)) == table
    assert [json.loads(line) for line in exports.jsonl_bytes(kept).decode().splitlines()] == table
    assert json.loads(exports.json_bytes([])) == []


def test_search_ids_follow_the_day_then_the_url(site):
    """Doc ids by day (undated first), then URL: today's article takes the next id, so adding
    it in the preview moves no other article's id."""
    from kholuutru.search.index import index_order, page_sort, page_url

    assert index_order([("b/", 0), ("a/", 20200101), ("c/", 20190101), ("d/", 20200101)]) == ["b/", "c/", "a/", "d/"]
    ids = {}
    for path in (site / "search" / "d").glob("*.js"):
        found = re.match(r'KLIndex\.doc\(\["([^"]+)"', path.read_text(encoding="utf-8"))
        ids[int(path.stem)] = found.group(1)
    pages = sorted((site / "articles").rglob("index.html"))
    assert [ids[n] for n in sorted(ids)] == index_order((page_url(p, site), page_sort(p)) for p in pages)


def test_every_page_frame_links_from_its_own_place(site):
    """The page frame (header, config script, style and script links) is rendered once per
    depth (plugin.once): on pages of every depth, the search page itself included, its links
    must be written from that page's own place, as a page rendered alone writes them."""
    depths = set()
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative == "404.html" or not relative.endswith("index.html"):
            continue
        url = "/" + relative[: -len("index.html")]
        depth = url.count("/") - 1  # folders below the root
        depths.add(depth)
        root = "/".join([".."] * depth) or "."
        prefix = "" if depth == 0 else root + "/"
        html = path.read_text(encoding="utf-8")
        logo = re.search(r'<a href="([^"]*)" title="[^"]*" class="md-header__button md-logo"', html).group(1)
        form = re.search(r'<form class="kl-header-search" role="search" action="([^"]*)"', html).group(1)
        config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))
        links = re.findall(r'<link rel="stylesheet" href="([^"]*)"', html) + re.findall(r'<script src="([^"]*)"', html)
        assert (logo, config["base"]) == (root, root), f"{url}: logo {logo}, base {config['base']}"
        assert form == ("./" if url == "/tim-kiem/" else prefix + "tim-kiem/"), f"{url}: search form → {form}"
        for link in links:
            assert link.startswith(prefix) and (site / link[len(prefix):]).is_file(), f"{url}: {link}"
    assert {0, 1, 2} <= depths  # the home page, top-level pages and pages below them
