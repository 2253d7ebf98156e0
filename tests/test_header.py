"""The fields a scraper writes above the page it saved (kholuutru/header.py): read as the page's
title, date and address, never as its text; a page's own labelled lines are not such a block."""

from __future__ import annotations

from kholuutru.header import scraper_header
from kholuutru.pipeline import convert_bytes, convert_text

LEAD = ("Sáng 24/10, Ban Thường vụ Huyện ủy Phú Tân tổ chức Đại hội điểm Chi bộ ấp Phú Thượng, xã Phú Thành, "
        "nhiệm kỳ 2025 - 2030, với sự tham dự của 45 đảng viên trong chi bộ.")
PARAGRAPH = ("Các chi bộ duy trì nền nếp sinh hoạt định kỳ, nội dung sinh hoạt bám sát nhiệm vụ chính trị của địa phương "
             "và đơn vị, góp phần nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng.")
TITLE = "Đại hội điểm Chi bộ ấp Phú Thượng: làm điểm cho cả huyện"
URL = "https://phutan.angiang.gov.vn/tin-tuc/dai-hoi-diem-chi-bo-ap-phu-thuong"


def body(article) -> str:
    return "\n".join(block.text for block in article.blocks)


def test_trafilaturas_front_matter_gives_title_date_and_address():
    text = (f'---\ntitle: "{TITLE}"\nauthor: Ngọc Hân\nurl: {URL}\nhostname: phutan.angiang.gov.vn\n'
            f"description: Tin hoạt động\nsitename: Cổng thông tin huyện Phú Tân\ndate: 2024-10-24\n"
            f"categories: ['Xây dựng Đảng']\ntags: []\nfingerprint: 8f3a9c0e1d2b4a67\n---\n{LEAD}\n\n{PARAGRAPH}\n")
    article = convert_text(text, "seeds/x.txt")
    assert (article.title, str(article.date), article.source_url) == (TITLE, "2024-10-24", URL)
    assert article.province == "An Giang"
    assert body(article).split("\n")[0] == LEAD
    assert not any(word in body(article) for word in ("fingerprint", "sitename", "Tin hoạt động", "---"))
    assert any("front matter" in note for note in article.notes)


def test_jina_readers_fields_give_title_date_and_address_and_the_markdown_is_read():
    text = (f"Title: {TITLE}\n\nURL Source: {URL}\n\nPublished Time: 2024-10-24T09:15:00+07:00\n\n"
            f"Markdown Content:\n# {TITLE}\n\n**Ngọc Hân**\n\n{LEAD}\n\n{PARAGRAPH}\n")
    article = convert_bytes(text.encode("utf-8"), "seeds/x.txt")
    assert (article.title, article.source_url) == (TITLE, URL)
    assert str(article.date).startswith("2024-10-24")
    assert "URL Source" not in body(article) and "Markdown Content" not in body(article)
    assert TITLE not in body(article)  # printed by the page under the fields: once, as the title


def test_a_url_in_the_yml_wins_over_the_headers():
    text = f"---\ntitle: {TITLE}\nurl: https://example.org/khac\n---\n{LEAD}\n\n{PARAGRAPH}\n"
    article = convert_text(text, "seeds/x.txt", overrides={"source_url": URL})
    assert article.source_url == URL


def test_a_pages_own_labelled_lines_are_no_scrapers_header():
    """A notice opens with its time, place and content; a page may open with a rule line: their
    words are the article's (only English field names, closed by "---" or "Markdown Content:", count)."""
    notice = "Thời gian: 8 giờ 00, ngày 25/3/2016\nĐịa điểm: Hội trường Huyện ủy\nNội dung:\n" + LEAD
    assert scraper_header(notice) is None
    ruled = f"---\n{TITLE}\n---\n{LEAD}"
    assert scraper_header(ruled) is None
    unclosed = f"---\ntitle: {TITLE}\nurl: {URL}\n{LEAD}"
    assert scraper_header(unclosed) is None
    no_known_field = "---\nhostname: phutan.angiang.gov.vn\nfingerprint: 8f3a\n---\n" + LEAD
    assert scraper_header(no_known_field) is None


def test_the_pages_own_date_line_wins_over_the_headers_date():
    """The header's date is the metadata's (sometimes the day of an edit): the page's date line
    comes first; the header's is taken only when the page prints none."""
    page = f"{TITLE}\nThứ sáu, 25/10/2024 08:00\n\n{LEAD}\n\n{PARAGRAPH}\n"
    article = convert_text(f"---\ntitle: {TITLE}\ndate: 2024-10-27\n---\n{page}", "seeds/x.txt")
    assert article.date == "2024-10-25T08:00:00+07:00" and article.title == TITLE
    assert article.blocks[0].text == LEAD
