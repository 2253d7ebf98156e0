"""The converter on real pages (tests/realworld/): the corpus is sound, and the
development part keeps the accuracy it has reached.

The sealed part is never scored here: `bench/accuracy.py --sealed` scores it once,
at the end of a piece of work (tests/realworld/README.md).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from conftest import ROOT

from kholuutru.pipeline import ConversionError, convert_bytes

sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests" / "realworld")]

import accuracy  # noqa: E402  (bench/accuracy.py)
import realpages  # noqa: E402  (tests/realworld/realpages.py)
import saved_as  # noqa: E402  (bench/saved_as.py)


def test_every_page_and_label_is_sound():
    """Labels name real lines of their page, valid provinces and terms, and each page sits
    in the part (dev or sealed) its host's hash puts it in."""
    run = subprocess.run([sys.executable, str(ROOT / "tests/realworld/realpages.py"), "check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_split_is_by_host_hash():
    assert realpages.part_of("https://www.baohaiduong.vn/x") == realpages.part_of("http://m.baohaiduong.vn/y") == "sealed"
    assert realpages.part_of("https://myduc.hanoi.gov.vn/a") == "dev"
    pages = realpages.load(("dev", "sealed"))
    sealed_sites = {p.label["site"] for p in pages if p.part == "sealed"}
    all_sites = {p.label["site"] for p in pages}
    assert 0.2 <= len(sealed_sites) / len(all_sites) <= 0.45  # about a third of the sites


def test_coverage():
    """At least 150 pages from 80 sites, every year 2008-2026, 50 of the 63 provinces,
    10 pages after the 2025 reform (issue 10)."""
    pages = realpages.load(("dev", "sealed"))
    labels = [p.label for p in pages]
    assert len(pages) >= 150
    assert len({label["site"] for label in labels}) >= 80
    years = {label["date"].year for label in labels if label.get("date")}
    assert set(range(2008, 2027)) <= years, sorted(set(range(2008, 2027)) - years)
    old, _ = realpages._provinces()
    assert len({label["province"] for label in labels} & old) >= 50
    assert sum(1 for label in labels if label.get("date") and label["date"] >= date(2025, 7, 1)) >= 10


@pytest.fixture(scope="module")
def development():
    return accuracy.run(["dev"])["dev"]


# Floors just under what the converter reaches on the development part: a change
# that loses ground on real pages fails here (the figures are in the README). Locality
# went from .71 to .70 when round 9 added school pages naming their ward only by the
# school's name ("trường MN Đô thị Sài Đồng"): the pages, not the code, moved it; and to
# .68 when round 10 added more school and ward pages labelled with their ward (69 % then);
# round 11 (school, hospital and college pages that name no place; 32 new development pages,
# never converted before being added) moved province to .89 and locality to .66.
# Round 12 (24 pages) left province at .88. Locality may be wrong a little more often
# than the rest: 9 of its 14 wrong values are the district of the labelled ward (a school
# page naming its ward only through the school, its district through the district's Party
# committee), coarser rather than misfiled. Rounds 13 and 14 (59 development pages, mostly
# hospital, school, college and company sites whose text never names its province: only the
# host does) moved province to .87 when the converter is not given the URL. Round 15 (21 pages,
# six from Hue University's sites, naming only the university) moved locality's wrong values to
# 22 of 299: 13 are the district holding the labelled ward or commune, 4 are "thành phố Huế"
# read from "Đại học Huế" where the label leaves the locality empty. Round 16 (36 pages, a third
# of them university sites named after their city) moved it to 30 of 317: six of the eight new
# ones are the city in a university's name ("Trường Đại học Vinh" → thành phố Vinh) where the
# label leaves the locality empty (the same name gives the province the labels want), one is
# the district of the labelled ward. Rounds 17-21 (158 pages, many of them commune portals and
# agencies' sites whose text names no province: only the host does) moved province to .847
# without the URL (.92 with it). Round 22 (20 pages, four of them without a headline the
# converter can find: a hospital's history under a section name, a 52-word headline) left
# title at .929. Rounds 29-34 (124 pages, the last the search could give: commune and ward
# portals, departments' and schools' sites whose text names no province, only the host) moved
# province to .836 without the URL (.92 with it). Rounds 35-38 (100 development pages from
# research institutes, courts, schools and companies, most naming no province but in the host)
# moved it to .827 without the URL (.93 with it); rounds 39-40 (25 pages) left it at .82. Rounds
# 43-47 (commune, ward and council pages, many naming no province: only the host does) moved it
# to .817 without the URL (.92 with it). Round 65 (97 pages: schools, enterprises, agencies and
# mass organisations, 26 of them naming no province but in the host) moved it to .807 (.92 with it).
# Round 66 (71 pages, many relic, memorial and travel pages without a headline line) moved title
# to .9195 (8 of its 71 titles wrong when first scored). Round 68 (60 pages: relic databases,
# blogs' archive pages, commune portals' listings, most of them without a headline line) had 10
# titles wrong when first scored and moved title's wrong values to 5.1 % (110 of 2,166 pages),
# and locality to .649 (13 of its localities unknown when first scored: communes and wards that
# only the site's host, a school's or a relic's name tells). Round 78 (44 pages, most of them relic,
# travel and clan pages without a headline line or a date) had 4 of its 34 development titles wrong
# and 4 unknown when first scored, and moved title to .9135 (2,208 of 2,417); its relic and travel
# pages name their commune once, in an address or a relic's description, and 10 of its 24 localities
# stay unknown: locality .644 (780 of 1,211). Rounds 79-80 (commune portals, university faculties,
# institutes) had 9 of their 21 development localities unknown and 6 wrong when first scored: .639.
FLOORS = {"title": 0.91, "date": 0.89, "province": 0.80, "term": 0.80, "author": 0.96, "locality": 0.635}
WRONG_AT_MOST = {"locality": 0.10, "title": 0.055}
WRONG_DEFAULT = 0.05


@pytest.mark.parametrize("field", list(FLOORS))
def test_development_pages_keep_their_accuracy(development, field):
    tally = development[field]
    assert tally.right / tally.total >= FLOORS[field], "\n".join(tally.errors)
    assert tally.wrong / tally.total <= WRONG_AT_MOST.get(field, WRONG_DEFAULT), "\n".join(tally.errors)


def test_development_pages_lose_no_text_and_drop_the_furniture(development):
    furniture, body = development["furniture"], development["body"]
    # .91 since rounds 63-64 (was .93): museums', tourism and law Q&A pages print widgets no rule
    # covers yet; 92 % of 1,846 lines at the end of that session. .895 since round 66 (89.9 % of
    # 2,057 lines): its travel and relic sites keep 51 of 125 lines, 36 of them one site's menu
    # printed as a bulleted list above the headline. .89 since round 67 (89.3 % of 2,144 lines): its
    # clan, blog, law-database and copy sites keep 19 of their 87 lines (share bars, page counters,
    # a copy site's template sentence). .885 since round 68 (88.6 % of 2,211 lines): its travel,
    # broadcaster and machine-translated directory pages keep 22 of their 67 lines (a travel app's
    # buttons, a review list's headings, a library catalogue's classification). .88 since round 75
    # (88.4 % of 2,425 lines): its blog, encyclopedia-mirror and radio pages keep 17 of their 33
    # lines (readers' comments under a post, a footer in Khmer script, an infobox's table rule).
    # .875 since round 76 (88.0 % of 2,480 lines): a law forum's poster box (joined, posts, points,
    # thanks: 11 lines) and a forms site's list of other forms keep 17 of its 55 lines. .87 since
    # round 78 (87.4 % of 2,545 lines): a clan blog's list of its older posts, a relic page's rating
    # and QR widgets and a travel site's labels keep 22 of its 59 lines
    assert furniture.right / furniture.total >= 0.87, "\n".join(furniture.errors)
    # .975 since rounds 35-40, .97 since rounds 63-64: on pages cut above their headline, a caption
    # or a unit's name taken for the headline counts as lost from the body (it is printed as the
    # title, wrongly, not dropped); so do a document's letterhead lines above its title (97.1 % of
    # 1,882 pages at the end of that session); .965 since round 65 (96.97 % of 1,979 pages: its
    # library and youth-union pages print a section's heading in capitals above a headline-less body)
    assert body.right / body.total >= 0.965, "\n".join(body.errors)
    # paragraphs whole: no sentence cut in two across paragraphs (a scraper that printed each wrapped line
    # as a paragraph, a paragraph's first word alone on its line), no caption printed twice in a row (the
    # image's alt text, then its caption): 96.9 % of 2,551 pages before the rules of 6 December 2026, 99.1 % after
    paragraphs = development["paragraphs"]
    assert paragraphs.right / paragraphs.total >= 0.985, "\n".join(paragraphs.errors)
    # section headings: of the body lines shown as a part's heading that a reader labelled (1,300 short
    # body lines of the development pages, labelled heading, caption or neither on 6 December 2026), the
    # share that are one: 23 % before that day's rules (a photo's caption, a table's row, a label and its
    # value were headings), 33 % after, 38 % once a heading that opens the body is set as a deck
    # (11 of the 82 so set are the writer's first heading: still shown, in bold, but out of the contents),
    # 63 % once the learned heading weights set the lines they weigh as none as paragraphs (the writer's
    # headings not shown as `##`: 17 before, 35 after, decks included)
    headings = development["headings"]
    assert headings.right / (headings.right + headings.wrong) >= 0.60, "\n".join(headings.errors)
    assert headings.unknown <= 38, "\n".join(headings.errors)


def test_the_review_list_holds_many_wrong_headlines_and_few_right_ones(development):
    """"Cần xem lại" is worth an editor's time when it is short and holds the mistakes: a
    headline with another head line scored nearly as high is listed (13 of 31 wrong ones
    on the development pages, listing one title in twenty)."""
    title = development["title"]
    given = title.right + title.wrong
    assert title.flagged <= 0.10 * given
    assert title.wrong_flagged >= 0.30 * title.wrong


def test_the_province_within_reach_bounds_the_converter(development):
    """No reading of a page gets more provinces right than the pages name: on the development
    part the text names the labelled province, or a unit of it, on 96 % of the pages (the
    rest take it from what the labeller knew of a school or a hospital), so the converter's
    share right without the URL stays under that, and the URL adds pages."""
    pages, by_text, by_text_or_url = development["_reach"]
    assert pages == development["province"].total
    assert development["province"].right <= by_text < by_text_or_url <= pages
    assert by_text / pages < 0.97  # the province goal (≥ 0.97 from the text alone) is out of reach


def _case(tmp_path, text: str, province, url=None) -> "accuracy.Case":
    path = tmp_path / f"p{len(list(tmp_path.iterdir()))}.txt"
    path.write_text(text, encoding="utf-8")
    return accuracy.Case(path.name, path, {"province": province}, url=url)


def test_a_page_reaches_its_province_through_any_unit_it_names_or_its_url(tmp_path):
    cases = [
        _case(tmp_path, "Sáng 3/2, Đảng ủy xã Thạch Kênh tổ chức hội nghị.", "Hà Tĩnh"),  # a commune of Hà Tĩnh
        _case(tmp_path, "Chi bộ Trường tổ chức lễ kết nạp đảng viên mới.", "Hồ Chí Minh"),  # names no place
        _case(tmp_path, "Chi bộ Khoa họp thường kỳ tháng 5.", "Hà Tĩnh", url="https://thachha.hatinh.gov.vn/a.html"),
        _case(tmp_path, "Bài không thuộc tỉnh nào.", None),  # null is right when the converter says null
    ]
    assert accuracy.province_reach(cases) == (4, 2, 3)


# How a scraper saves a page (its line ends, byte-order mark, code page, normal form, indent,
# trailing or no-break spaces, character references, how many blank lines set paragraphs apart) is not the page:
# each way of saving (bench/saved_as.py, which counts them on every page) converts to the same fields and body.
SAVED_FIELDS = ("title", "date", "province", "tenure", "author", "locality", "source")


def _as_converted(raw: bytes, name: str):
    try:
        article = convert_bytes(raw, name)
    except ConversionError as error:
        return str(error)
    return [getattr(article, field) for field in SAVED_FIELDS], [(block.kind, block.text) for block in article.blocks]


@pytest.fixture(scope="module")
def saved_as_utf8():
    """Every 20th development page: (name, text, what it converts to as saved in UTF-8, its URL)."""
    pages = realpages.load(("dev",))[::20]
    return [(page.text_path.name, page.text_path.read_text(encoding="utf-8"),
             _as_converted(page.text_path.read_bytes(), page.text_path.name), page.label.get("url")) for page in pages]


@pytest.mark.parametrize("way", list(saved_as.SAVED_AS))
def test_how_a_scraper_saved_a_page_changes_nothing(saved_as_utf8, way):
    changed = []
    for name, text, converted, _ in saved_as_utf8:
        try:
            raw = saved_as.SAVED_AS[way](text)
        except UnicodeEncodeError:
            continue  # a letter Windows-1258 cannot write
        if _as_converted(raw, name) != converted:
            changed.append(name)
    assert not changed, changed


def test_a_page_a_text_browser_dumped_keeps_its_fields(saved_as_utf8):
    """lynx and w3m dump a page wrapped at ~78 columns, headline included: the dump's width tells its
    wraps. Not every page comes back whole (a page with no blank lines loses where a paragraph ended
    on a full line), but its fields do: before the width was read, 16 % of the titles changed."""
    changed = []
    for name, text, converted, _ in saved_as_utf8:
        fields = _as_converted(saved_as.dumped(text).encode("utf-8"), name)
        if isinstance(fields, str) or isinstance(converted, str) or fields[0][:4] != converted[0][:4]:
            changed.append(name)
    assert len(changed) <= 0.03 * len(saved_as_utf8), changed


@pytest.mark.parametrize("on_top", ["URL: {url}\n", "{url}\n\n", "Link gốc: {url}\n\n"])
def test_a_scrapers_url_line_above_the_page_is_its_url(saved_as_utf8, on_top):
    """Scrapers that keep the address often write it first ("URL: https://…"), with or without a
    blank line under it: the same evidence as url: in seeds/<name>.yml, so the same fields."""
    changed = []
    for name, text, _, url in (page for page in saved_as_utf8 if page[3]):
        try:
            article = convert_bytes((on_top.format(url=url) + text).encode("utf-8"), name)
            with_yml = convert_bytes(text.encode("utf-8"), name, {"source_url": url})
        except ConversionError:
            continue  # a page with no article either way (checked by the tests above)
        if article.source_url != url or [getattr(article, f) for f in SAVED_FIELDS] != [getattr(with_yml, f) for f in SAVED_FIELDS]:
            changed.append(name)
    assert not changed, changed


@pytest.mark.parametrize("way", list(saved_as.WITH_HEADER))
def test_the_fields_a_scraper_wrote_above_a_page_are_its_evidence_not_its_text(saved_as_utf8, way):
    """trafilatura's front matter and jina reader's fields hold the page's title, date and address
    (here: as the page itself gives them, with its URL): they give the same fields, the address
    becomes source_url, and no field of theirs reaches the body. Before they were read, 40 % and
    53 % of these pages changed their fields (the title became "URL Source: https://…")."""
    changed = []
    for name, text, _, url in saved_as_utf8:
        try:
            page = convert_bytes(text.encode("utf-8"), name, {"source_url": url} if url else None)
        except ConversionError:
            continue
        article = convert_bytes(saved_as.WITH_HEADER[way](text, page, url).encode("utf-8"), name)
        same = [getattr(article, f) for f in SAVED_FIELDS] == [getattr(page, f) for f in SAVED_FIELDS]
        leaked = any(word in block.text for block in article.blocks for word in ("fingerprint", "URL Source", "sitename"))
        if not same or article.source_url != url or leaked:
            changed.append(name)
    assert len(changed) <= 0.02 * len(saved_as_utf8), changed
