"""The converter weighs evidence: each page shape issue 10 names, as a small real text.

Every case runs the real pipeline (convert_text) or the real reader it tests; the
texts are written for the shape, not copied from a page.
"""

from __future__ import annotations

import json

from pathlib import Path

import pytest
import yaml
from conftest import pages, run_convert

from kholuutru import headline
from kholuutru.dates import read_date_line, read_dateline
from kholuutru.extract import split_credit
from kholuutru.pipeline import convert_text
from kholuutru.publisher import publisher_of
from kholuutru.url_path import headline_from_slug, slug_words, url_date, url_words
from kholuutru.segment import byline_kind, is_boilerplate
from kholuutru.years import infer_year

LEAD = ("Sáng 12/3, Huyện ủy Thanh Hà tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2016, "
        "triển khai nhiệm vụ trọng tâm thời gian tới với sự tham dự của các đồng chí trong Ban Thường vụ.")
BODY = ("Năm 2015, Đảng bộ huyện kết nạp 286 đảng viên, đạt 110% kế hoạch; 98% tổ chức cơ sở đảng hoàn thành "
        "tốt nhiệm vụ trở lên. Hội nghị thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi bộ.")


def convert(*lines: str, url: str | None = None):
    return convert_text("\n\n".join(lines) + "\n", "seeds/x.txt", overrides={"source_url": url} if url else None)


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,expected",
    [
        ("date 2025-08-20", (2025, 8, 20, "day")),
        ("date 2020-05", (2020, 5, 1, "month")),
        ("Thu Mar 07 10:20:00 ICT 2019", (2019, 3, 7, "day")),
        ("Mon, 12 Aug 2019 09:15:00 +0700", (2019, 8, 12, "day")),
        ("Đã đăng vào 9 Th12, 2020 lúc 10:36 Lượt xem: 7", (2020, 12, 9, "day")),
        ("28/06/2018 | 14:32 PM", (2018, 6, 28, "day")),
        ("12/03/2019 | Gửi bài | In bài", (2019, 3, 12, "day")),
        ("05:20 | 24/12/2020 Print   E-mail    ", (2020, 12, 24, "day")),  # Joomla 1.5's Print and E-mail icons
        ("Người đăng: ADMIN .Ngày đăng: 12/10/2017 .Lượt xem: 2405 lượt.", (2017, 10, 12, "day")),
        ("Đăng ngày 17 - 05 - 2024", (2024, 5, 17, "day")),
    ],
)
def test_date_lines_of_every_shape(line, expected):
    found = read_date_line(line)
    assert found is not None, line
    assert (found.year, found.month, found.day, found.precision) == expected


@pytest.mark.parametrize("line", ["Trong 6 tháng,", "Giai đoạn 2015-2020", "Sáng 30/6/2020, tỉnh Yên Bái long trọng tổ chức lễ"])
def test_not_date_lines(line):
    assert read_date_line(line, strict=True) is None


@pytest.mark.parametrize(
    "paragraph,day,month",
    [
        ("Sáng 2.10, Tỉnh ủy Nghệ An họp báo.", 2, 10),
        ("Trong 2 ngày (3 và 4/8), Đảng bộ đặc khu Vân Đồn tổ chức Đại hội.", 4, 8),
        ("Ngày mai 12.10, Đại hội đại biểu Đảng bộ tỉnh khai mạc.", 11, 10),  # published the day before
        ("Sáng nay, ngày 23-9-2010, Đại hội đại biểu Đảng bộ tỉnh Nam Định khai mạc.", 23, 9),
        ("Sau 3 ngày làm việc, chiều 28-10-2010, Đại hội bế mạc.", 28, 10),
    ],
)
def test_the_event_day_of_a_lead(paragraph, day, month):
    found = read_dateline(paragraph)
    assert (found.day, found.month) == (day, month)


def test_a_cited_document_date_is_not_the_event():
    assert read_dateline("Triển khai Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, các cấp ủy chuẩn bị đại hội.") is None


@pytest.mark.parametrize(
    "opening,text,year",
    [
        ("Sáng 2/3, kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam, huyện tổ chức lễ.", "", 2020),
        ("Sáng 22/1, Đại hội Đại biểu Đảng bộ TT.Long Hải lần thứ XIV, nhiệm kỳ 2025-2030 đã khai mạc.", "", 2025),
        ("Sáng 27/8, hội nghị diễn ra.", "Ngày 25/8/2019, Ban Thường vụ đã họp chuẩn bị.", 2019),
        # between Chỉ thị 45 of 14/4/2025 and the end of the district level (30/6/2025): only 2025
        ("Ngày 4/5, Huyện ủy Điện Biên quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 về đại hội.", "", 2025),
    ],
)
def test_the_year_the_text_makes_certain(opening, text, year):
    found = read_dateline(opening)
    assert infer_year(opening + "\n" + text, found.month, opening, found.day).year == year


def test_no_year_without_evidence():
    opening = "Chiều 9/3, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối."
    assert infer_year(opening, 3, opening, 9).year is None


def test_a_header_printing_the_crawl_day_is_not_the_date():
    article = convert("Thứ Năm, 23/09/2021", "Cổng thông tin điện tử huyện Thanh Hà",
                      "Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", LEAD.replace("năm 2016", "năm 2016"), BODY)
    assert article.date == "2016-03-12"
    assert "bỏ qua «Thứ Năm, 23/09/2021»" in article.date_note


def test_a_lead_telling_history_does_not_unseat_the_date_line_above_the_headline():
    """"Ngày 6/4/1955, …" opens a history of a Party organisation: a day long before any
    page was online says nothing against the stamp the site printed over the article."""
    history = ("Ngày 6/4/1955, Ban Bí thư Trung ương Đảng ban hành quyết định thành lập Đảng bộ Đường sắt, "
               "đánh dấu bước trưởng thành của công tác Đảng trong ngành.")
    article = convert("Cập nhật lúc : 8:36 AM, 10/08/2015", "Đảng bộ Đường sắt từ đại hội đến đại hội", history, BODY)
    assert article.date == "2015-08-10T08:36:00+07:00"


def test_a_date_line_with_the_headline_is_trusted():
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", "15/03/2016 08:30", LEAD, BODY)
    assert article.date == "2016-03-15T08:30:00+07:00"


LEAD_UNDATED = LEAD.replace("Sáng 12/3, ", "")


def test_a_line_printing_the_last_edit_before_the_post_is_dated_by_the_post():
    """"Cập nhật lần cuối: 20/05/2016 | Đăng ngày: 14/03/2016": many CMSs print the last edit
    first; an edit comes after the post, so the earlier day is the article's."""
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I",
                      "Cập nhật lần cuối: 20/05/2016 | Đăng ngày: 14/03/2016", LEAD_UNDATED, BODY)
    assert article.date == "2016-03-14"


def test_an_edit_stamp_above_the_post_stamp_does_not_date_the_article():
    """"Cập nhật: 20/05/2016 10:00" over "14/03/2016 08:30" beside the headline: the page says when
    it was last edited and when it went up; the earlier is the post's. Alone, "Cập nhật:" is the post."""
    headline = "Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I"
    article = convert(headline, "Cập nhật: 20/05/2016 10:00", "14/03/2016 08:30", LEAD_UNDATED, BODY)
    assert article.date == "2016-03-14T08:30:00+07:00"
    assert convert(headline, "Cập nhật: 20/05/2016 10:00", LEAD_UNDATED, BODY).date == "2016-05-20T10:00:00+07:00"
    assert convert(headline, "Ngày sửa: 20/05/2016", "Ngày đăng: 14/03/2016", LEAD_UNDATED, BODY).date == "2016-03-14"


@pytest.mark.parametrize("schedule", [["Thời gian: 8h00, ngày 25/03/2016"], ["Thời gian: 25/03/2016", "Địa điểm: Hội trường Huyện ủy"]])
def test_a_notices_event_time_is_not_its_date_line(schedule):
    """"Thời gian: 8h00, ngày 25/03/2016" / "Địa điểm: …" in a notice or invitation says when the
    event will take place, after the page went up; a CMS's "Thời gian: 08:58 - 03/02/2015" is a stamp."""
    headline = "Thông báo tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I"
    assert convert(headline, *schedule, LEAD_UNDATED, BODY).date is None
    assert convert(headline, "Thời gian: 08:58 - 03/02/2016", LEAD_UNDATED, BODY).date == "2016-02-03T08:58:00+07:00"


@pytest.mark.parametrize("label", ["Hạn nộp", "Hạn chót", "Ngày hết hạn", "Ngày diễn ra", "Ngày bắt đầu", "Ngày kết thúc", "Ngày hiệu lực"])
def test_a_line_labelled_with_another_day_is_not_the_date_line(label):
    """A notice's deadline, an event's day, a document page's day it takes effect: a day the
    page names, not when it went up; "Ngày ban hành" beside it still dates a document page."""
    headline = "Thông báo tuyển dụng viên chức năm 2016 của Huyện ủy Thanh Hà"
    assert convert(headline, f"{label}: 30/04/2016", LEAD_UNDATED, BODY).date is None
    assert convert(headline, f"{label}: 30/04/2016", "Ngày ban hành: 10/03/2016", LEAD_UNDATED, BODY).date == "2016-03-10"


@pytest.mark.parametrize("span", ["Từ ngày 14/03/2016 đến 18/03/2016", "Thời gian: Từ ngày 18/04/2016"])
def test_a_line_opening_an_events_span_is_not_the_date_line(span):
    """"Từ ngày 14/03/2016 đến 18/03/2016" under the headline: the days an exhibition, a campaign,
    a course runs, not the day the page went up."""
    assert convert("Triển lãm ảnh về lịch sử Đảng bộ huyện Thanh Hà", span, LEAD_UNDATED, BODY).date is None


def test_a_date_line_followed_by_the_account_that_posted_it():
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I",
                      "Đăng lúc: Thứ tư - 16/03/2016 08:44 - Người đăng bài viết: Tạp Chí", LEAD, BODY)
    assert article.date == "2016-03-16T08:44:00+07:00"
    assert article.author is None  # the site's posting account is no writer


@pytest.mark.parametrize(
    "info",
    [
        "Chuyên mục: Tin hoạt động Được đăng: Thứ hai, 14 Tháng 3 2016 08:44",
        "Chi tiết Chuyên mục: Tin tức Được đăng: Thứ hai, 14 Tháng 3 2016 08:44 Lượt xem: 120",
        "Viết bởi Quản trị viên Được viết ngày Thứ hai, 14 Tháng 3 2016 08:44",
        "Được đăng: Thứ hai, 14 Tháng 3 2016 08:44 Viết bởi Quản trị viên",
    ],
)
def test_joomlas_article_info_line_dates_the_article(info):
    """Joomla's Vietnamese pack prints its article-info fields on one line: "Chi tiết", "Chuyên mục: %s",
    "Được đăng: %s" (2011 pack: "Được viết ngày %s"), "Viết bởi %s", "Lượt xem: %s", the date in
    DATE_FORMAT_LC2 "l, d F Y H:i" with months "Tháng 3" (language/vi-VN/vi-VN.com_content.ini, vi-VN.ini)."""
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", info, LEAD_UNDATED, BODY)
    assert article.date == "2016-03-14T08:44:00+07:00"
    assert all(info not in block.text for block in article.blocks)


@pytest.mark.parametrize(
    "stamp,date",
    [
        ("Tháng Ba 14, 2016 lúc 8:44 sáng", "2016-03-14T08:44:00+07:00"),
        ("Thứ Hai, Tháng Ba 14, 2016 lúc 14:30", "2016-03-14T14:30:00+07:00"),
        ("Tháng 3 14, 2016 2:30 chiều", "2016-03-14T14:30:00+07:00"),
    ],
)
def test_wordpress_default_date_format_with_its_time(stamp, date):
    """WordPress's default date format "F j, Y" (month first, the day's comma) in Vietnamese month
    names, with the time after it: the date line, time and all (wp-admin/includes/schema.php)."""
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", stamp, LEAD_UNDATED, BODY)
    assert article.date == date
    assert all(stamp not in block.text for block in article.blocks)


@pytest.mark.parametrize("stamp", ["T2, 03/14/2016 - 08:44", "03/14/2016 - 08:44", "Gửi bởi admin vào T2, 03/14/2016 - 08:44"])
def test_drupals_default_month_first_stamp_when_only_that_reading_exists(stamp):
    """Drupal's default medium and short formats "D, m/d/Y - H:i", "m/d/Y - H:i" (core
    system.date_format config): a day past 12 in the middle leaves only the month-first reading."""
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", stamp, LEAD_UNDATED, BODY)
    assert article.date == "2016-03-14T08:44:00+07:00"
    assert all(stamp not in block.text for block in article.blocks)


def test_a_reprinted_documents_signing_day_dates_a_page_with_no_date_of_its_own():
    """A legal database prints a document's header as a table: its signing day is the only date."""
    header = "BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |\n\nSố: 154-HD/BTGTW | Hà Nội, ngày 09 tháng 10 năm 2020 |"
    body = ("Căn cứ Quy định số 208-QĐ/TW của Ban Bí thư, Ban Tuyên giáo Trung ương hướng dẫn việc cấp và quản lý "
            "giấy chứng nhận hoàn thành chương trình bồi dưỡng lý luận chính trị.")
    article = convert(header, body, BODY)
    assert article.date == "2020-10-09" and "ngày ký của văn bản" in article.date_note
    assert article.evidence["date"].weak  # listed for an editor to confirm


def test_a_central_documents_header_in_capitals_dates_it_from_the_capital_not_the_articles_province():
    """A central body's document reprinted with its header in capitals on one line and its number
    under the date line: "Hà Nội, ngày …" is where that body sits, not the article's province."""
    header = (" BAN CHẤP HÀNH TRUNG ƯƠNG                    ĐẢNG CỘNG SẢN VIỆT NAM\n"
              "      BAN TỔ CHỨC                    Hà Nội, ngày 29 tháng 12 năm 2006\n          *\nSố 33-HD/BTCTW")
    body = ("Để thực hiện Điều lệ Đảng, Ban Tổ chức Trung ương hướng dẫn một số vấn đề cụ thể về kết nạp đảng viên "
            "và công nhận đảng viên chính thức trong toàn Đảng.")
    assert convert("Hướng dẫn thi hành Điều lệ Đảng", header, body, BODY).province is None
    own = header.replace("TRUNG ƯƠNG", "THÀNH ỦY HÀ NỘI").replace("BTCTW", "TU")  # the capital's own committee
    assert convert("Hướng dẫn thi hành Điều lệ Đảng", own, body, BODY).province == "Hà Nội"


def test_the_capital_as_the_venue_of_a_central_bodys_meeting_is_no_province():
    """A central body's meeting held in the capital ("tại Hà Nội, TƯ Hội …", "Ban Tuyên giáo Trung
    ương"): where national bodies sit, not the news's province; a city body's meeting there is Hà Nội's."""
    lead = ("Sáng 16/7, tại Hà Nội, Ban Thường vụ TƯ Hội Cựu chiến binh tổ chức hội nghị sơ kết công tác "
            "6 tháng đầu năm, triển khai nhiệm vụ trọng tâm những tháng cuối năm 2020.")
    body = ("Hội nghị thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi hội, "
            "phát huy vai trò của hội viên trong xây dựng Đảng, chính quyền vững mạnh.")
    assert convert("Sơ kết công tác Hội 6 tháng đầu năm", lead, body).province is None
    city = lead.replace("Ban Thường vụ TƯ Hội Cựu chiến binh", "Ban Thường vụ Hội Cựu chiến binh quận")
    assert convert("Sơ kết công tác Hội 6 tháng đầu năm", city, body).province == "Hà Nội"


@pytest.mark.parametrize("lead", [
    "Sáng 12/10/2018, Bộ Quốc phòng trọng thể tổ chức tại Hà Nội lễ kỷ niệm 60 năm Ngày truyền thống bộ đội công binh.",
    "Chiều 5/6/2022, tại Hà Nội, Hội đồng chấm giải Cuộc thi viết về bảo vệ nền tảng tư tưởng của Đảng năm 2022 họp phiên đầu tiên."])
def test_the_capital_as_the_venue_of_a_ministrys_or_the_countrys_event_is_no_province(lead):
    """The capital as the venue of a sentence naming a ministry ("Bộ Quốc phòng … tại Hà Nội") or the
    country's affairs ("bảo vệ nền tảng tư tưởng của Đảng"): where the country's bodies sit, not the
    news's province; people who live there ("đang sinh sống tại Thủ đô Hà Nội") are the capital's."""
    body = ("Các đại biểu ôn lại truyền thống vẻ vang, ghi nhận những đóng góp của các thế hệ cán bộ, "
            "chiến sĩ và đề ra phương hướng thi đua trong thời gian tới.")
    assert convert("Kỷ niệm ngày truyền thống", lead, body).province is None
    living = ("Sáng 19/1/2019, Đảng ủy Binh chủng gặp mặt các cán bộ đã nghỉ hưu cùng cả nước đón Tết, "
              "hiện đang sinh sống tại Thủ đô Hà Nội.")
    assert convert("Gặp mặt cán bộ nghỉ hưu", living, body).province == "Hà Nội"


@pytest.mark.parametrize("venue", ["Nhà hát Đại Nam, Hà Nội", "Bệnh viện Trung ương Quân đội, Hà Nội",
                                   "Quảng trường Ba Đình (Hà Nội)", "Cung Văn hóa Lao động, thành phố Hà Nội"])
def test_the_capital_closing_a_halls_address_is_no_province(venue):
    """A company's troupe performing at a named hall in the capital: the capital is where the hall is,
    not the news's province; a body named after the capital ("Bảo tàng Hà Nội") is the capital's."""
    lead = (f"Từ ngày 20 đến 22/7/2016, đội văn nghệ của Đảng bộ Tổng công ty tham gia hội diễn tại {venue}, "
            "giành 2 huy chương vàng và 1 huy chương bạc.")
    body = ("Đảng ủy Tổng công ty ghi nhận sự cố gắng của các diễn viên không chuyên, đề nghị các chi bộ "
            "tiếp tục quan tâm phong trào văn hóa, văn nghệ trong đảng viên và người lao động.")
    assert convert("Đội văn nghệ Tổng công ty đạt giải cao tại hội diễn", lead, body).province is None
    own = lead.replace("Đảng bộ Tổng công ty", "Chi bộ Bảo tàng Hà Nội")
    assert convert("Đội văn nghệ Tổng công ty đạt giải cao tại hội diễn", own, body).province == "Hà Nội"


@pytest.mark.parametrize("route", ["đoàn tàu khách Lào Cai - Hà Nội", "tuyến đường sắt Lào Cai - Hà Nội",
                                   "quốc lộ 70 Lào Cai – Hà Nội", "cao tốc Lào Cai- Hà Nội"])
def test_the_ends_of_a_route_are_not_the_news_province(route):
    """A railway's, a road's or a train's ends joined by a dash ("đoàn tàu khách Lào Cai - Hà Nội")
    are where the route runs between, not places of the news: the province the text names stays."""
    lead = (f"Ngày 24/9/1958, {route} đưa đoàn đại biểu về thăm tỉnh Yên Bái, "
            "nói chuyện với cán bộ, nhân dân các dân tộc trong tỉnh tại sân vận động.")
    body = ("Di tích Sân vận động Yên Bái nay là nơi giáo dục truyền thống cho thế hệ trẻ, "
            "được nhân dân trong tỉnh gìn giữ và phát huy giá trị.")
    assert convert("Nơi Bác Hồ về thăm", lead, body).province == "Yên Bái"
    listed = lead.replace(route, "đoàn đại biểu từ Lào Cai, Hà Nội")  # places named as places still count
    assert convert("Nơi Bác Hồ về thăm", listed, body).province is None


@pytest.mark.parametrize("verb", ["về", "lên", "ra", "sang"])
def test_where_a_journey_sets_out_from_is_not_the_news_province(verb):
    """A journey's starting point ("đi từ Đại Từ - Thái Nguyên về Đền Hùng", "trên đường từ thị xã Bắc Kạn
    lên Cao Bằng") is where the travellers came from, not where the news happens: the province the
    page names where it happens wins; the same places named as the travellers' own still count."""
    lead = (f"Sáng 15/9, đoàn cựu chiến binh đi từ Đại Từ - Thái Nguyên {verb} Khu di tích lịch sử Đền Hùng, "
            "dâng hương tưởng niệm các Vua Hùng và ôn lại lời Bác dặn các chiến sĩ Đại đoàn quân Tiên phong.")
    body = ("Ban Quản lý Khu di tích đã giới thiệu với đoàn những đổi thay của tỉnh Phú Thọ sau 70 năm "
            "thực hiện lời dạy của Bác, đón tiếp chu đáo các thế hệ cựu chiến binh về thăm.")
    assert convert("Về nguồn nhớ lời Bác dặn", lead, body).province == "Phú Thọ"
    own = lead.replace("đi từ Đại Từ - Thái Nguyên", "của Đại Từ - Thái Nguyên đi")
    assert convert("Về nguồn nhớ lời Bác dặn", own, body).province == "Thái Nguyên"


def test_provinces_listed_three_in_a_row_leave_the_province_named_as_such_in_the_lead():
    """The guests of a congress listed by province ("đại diện lãnh đạo các tỉnh: Hưng Yên, Hà Nam,
    Hòa Bình và Ninh Thuận") are a list, not the news's provinces: the province the lead names as a
    province decides. A page that names none so, only a list and a passing name, keeps no province."""
    lead = ("Sáng 23/9/2010, Đại hội đại biểu Đảng bộ tỉnh Nam Định lần thứ XVIII khai mạc trọng thể. Đến dự có "
            "đại diện lãnh đạo các tỉnh: Hưng Yên, Hà Nam, Hòa Bình và Ninh Thuận; đại diện các Bà mẹ Việt Nam anh hùng.")
    body = ("Đại hội thảo luận, thông qua báo cáo chính trị, bầu Ban Chấp hành Đảng bộ khóa mới "
            "và đoàn đại biểu đi dự Đại hội đại biểu toàn quốc của Đảng.")
    assert convert("Khai mạc Đại hội Đảng bộ tỉnh", lead, body).province == "Nam Định"
    passing = ("Năm 2020, các tỉnh Hưng Yên, Hà Nam, Hòa Bình và Ninh Thuận có nữ Bí thư Tỉnh ủy; "
               "một cán bộ người dân tộc thiểu số (Gia Lai) được bầu làm Bí thư Tỉnh ủy.")
    assert convert("Chân dung các nữ Bí thư Tỉnh ủy", passing, body).province is None


def test_a_body_sentence_opening_on_a_day_of_history_tells_where_history_happened():
    """A company's or a unit's page recalling, deep in its text, a founding of long ago ("Ngày 22/12/1944,
    trong khu rừng thuộc huyện Nguyên Bình (Cao Bằng), …") names where history happened, not its own
    province; the same sentence as the lead (a page about that history), or of a recent day, still counts."""
    lead = ("Sáng 20/12/2022, Đảng ủy Công ty tổ chức lễ kỷ niệm 78 năm Ngày thành lập Quân đội nhân dân "
            "Việt Nam, ôn lại truyền thống vẻ vang của Quân đội ta.")
    history = ("Ngày 22/12/1944, trong khu rừng thuộc huyện Nguyên Bình (Cao Bằng), Đội Việt Nam Tuyên truyền "
               "Giải phóng quân được thành lập theo chỉ thị của lãnh tụ Nguyễn Ái Quốc.")
    body = ("Buổi lễ là dịp để cán bộ, đảng viên, người lao động Công ty thêm tự hào, "
            "ra sức thi đua hoàn thành thắng lợi nhiệm vụ sản xuất kinh doanh.")
    assert convert("Kỷ niệm 78 năm Ngày thành lập Quân đội nhân dân Việt Nam", lead, history, body).province is None
    assert convert("Nơi Quân đội ta ra đời", history, lead, body).province == "Cao Bằng"
    recent = history.replace("22/12/1944", "22/12/2019")
    assert convert("Kỷ niệm 78 năm Ngày thành lập Quân đội nhân dân Việt Nam", lead, recent, body).province == "Cao Bằng"


@pytest.mark.parametrize("university,province", [("ĐHQGHN", "Hà Nội"), ("ĐHQG-HCM", "Hồ Chí Minh")])
def test_a_national_universitys_abbreviation_names_its_city(university, province):
    """A unit of a national university signs its news with the university's abbreviation ("Trường Đại
    học Kinh tế - ĐHQGHN", "Trường ĐH Công nghệ Thông tin ĐHQG-HCM"), which names its city as the
    written-out name does ("Đại học Quốc gia Hà Nội")."""
    lead = (f"Sáng 27/5/2020, Đảng bộ Trường Đại học Kinh tế - {university} tổ chức Đại hội đại biểu lần thứ V, "
            "nhiệm kỳ 2020 - 2025, với sự tham dự của 120 đại biểu đại diện cho các chi bộ trực thuộc.")
    body = ("Đại hội thảo luận, thông qua báo cáo chính trị, bầu Ban Chấp hành Đảng bộ khóa mới "
            "và đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ cấp trên.")
    assert convert("Đại hội Đảng bộ Trường Đại học Kinh tế", lead, body).province == province


def test_a_date_line_between_a_view_count_and_a_feed_link():
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", "Xem: 292 | Cập nhật: 14/03/2016 10:48:17 | RSS",
                      LEAD, BODY)
    assert article.date == "2016-03-14T10:48:17+07:00"
    assert all("RSS" not in block.text for block in article.blocks)


def test_a_month_line_and_the_lead_give_the_day():
    article = convert("date 2016-03", "Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", LEAD, BODY)
    assert (article.date, article.date_precision) == ("2016-03-12", "day")


def test_the_url_dates_a_page_without_a_date_line():
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", LEAD.replace("Sáng 12/3, ", ""), BODY,
                      url="https://baohaiduong.vn/chinh-tri/2016/03/14/huyen-uy-thanh-ha-so-ket")
    assert article.date == "2016-03-14" and "địa chỉ trang" in article.date_note


def test_a_month_folder_alone_gives_no_year_to_the_leads_day():
    """The URL's month folder is the month the page was filed in, not a year the text makes certain: the lead's
    yearless day stays undated (the term still reads the folder); with a year the text tells, the day is taken."""
    url = "https://baohaiduong.vn/chinh-tri/201603/huyen-uy-thanh-ha-so-ket-215"
    lead = ("Sáng 12/3, Huyện ủy Thanh Hà tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I, triển khai nhiệm vụ "
            "trọng tâm thời gian tới với sự tham dự của các đồng chí trong Ban Thường vụ.")
    body = ("Trong quý, Đảng bộ huyện kết nạp 86 đảng viên, đạt 110% kế hoạch; các tổ chức cơ sở đảng hoàn thành "
            "tốt nhiệm vụ. Hội nghị thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi bộ.")
    undated = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", lead, body, url=url)
    assert undated.date is None and "12/3" in undated.date_note
    assert undated.tenure == "2015-2020"
    dated = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", LEAD, BODY, url=url)
    assert (dated.date, dated.date_precision) == ("2016-03-12", "day")


CELL_HEAD = "Chi bộ Trường Tiểu học Hòa Bình kết nạp đảng viên mới"
CELL_LEAD = ("Thực hiện Nghị quyết số 12-NQ/ĐU của Đảng ủy xã về công tác phát triển đảng viên, chi bộ đã "
             "bồi dưỡng, giới thiệu quần chúng ưu tú là giáo viên trẻ của trường.")
CELL_STORY = ("Quần chúng được chọn là giáo viên dạy giỏi cấp huyện nhiều năm liền, gương mẫu trong công tác. "
              "Chi bộ đã phân công hai đảng viên chính thức giúp đỡ quần chúng phấn đấu.")


@pytest.mark.parametrize(
    "paragraph, iso",
    [
        ("Được Đảng ủy xã đồng ý, vào lúc 13h30 ngày 3/8/2022, Chi bộ trường đã tiến hành lễ kết nạp.", "2022-08-03"),
        ("Hôm nay, ngày 08/05/2019, trong không khí trang nghiêm, Chi bộ Liên khoa tổ chức lễ kết nạp.", "2019-05-08"),
        ("Với sự nhất trí của Đảng ủy Cục, ngày 04/4/2015 Chi bộ Cảng vụ đã tổ chức Đại hội lần thứ VI.", "2015-04-04"),
        ("Vào lúc 15h ngày 01 tháng 4 năm 2015, Chi bộ 20 đã làm lễ kết nạp đảng viên mới.", "2015-04-01"),
        ("Suốt 3 ngày (từ 29 - 31/12/2022), Hội Cựu chiến binh tỉnh đã tổ chức Đại hội khóa VII.", "2022-12-31"),
        ("Đồng chí Lê Thị Cẩm được kết nạp vào Đảng chiều 06/12/2019 vừa qua.", "2019-12-06"),
        # what was done first, the day last (three development pages of three sites)
        ("Chi bộ Khoa Sinh học đã long trọng tổ chức Đại hội nhiệm kỳ 2020 – 2025 vào ngày 23/3/2020.", "2020-03-23"),
        ("Liên chi đoàn khoa đã tổ chức buổi sinh hoạt chuyên đề theo hình thức trực tuyến vào ngày 29 tháng 06 năm 2024.",
         "2024-06-29"),
        ("Chi bộ đã tiến hành họp xét kết nạp quần chúng ưu tú vào sáng ngày 28 tháng 11 năm 2021.", "2021-11-28"),
        # a long subject between the day and the deed (three development pages of three sites)
        ("Theo chỉ đạo của Đảng ủy xã, sáng ngày 12/05/2022, trên tinh thần dân chủ, trách nhiệm, trí tuệ, kỷ cương và "
         "đoàn kết, đại hội chi bộ Trường Mầm non Hòa Bình nhiệm kỳ 2022-2025 đã khai mạc.", "2022-05-12"),
        ("Ngày 19/5/2022, nhân dịp kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022), cũng là dịp "
         "hưởng ứng Tháng Công nhân năm 2022, Chi bộ Tài chính kế toán đã kết nạp hai đảng viên.", "2022-05-19"),
    ],
)
def test_the_day_the_body_reports_dates_a_page_without_one(paragraph, iso):
    article = convert(CELL_HEAD, CELL_LEAD, BODY, CELL_STORY, paragraph)  # the day after the opening paragraphs
    assert article.date == iso
    assert article.evidence["date"].weak and "ngày sự kiện bài kể" in article.date_note


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ngày 24/12/2010, Chủ tịch nước đã ký quyết định tặng thưởng Huân chương Lao động hạng Ba.",  # a document's day
        "Theo kế hoạch, ngày 15/4/2022 chi bộ sẽ tổ chức sinh hoạt chuyên đề quý II.",  # still to come
        "Ngày 20/5/2022, chi bộ dự kiến tổ chức lễ kết nạp hai quần chúng ưu tú.",  # still to come
        "Từ ngày 23-27/3/2020, các chi bộ trực thuộc đã tiến hành đại hội nhiệm kỳ 2020-2022.",  # a campaign of days
        "Chi bộ được thành lập ngày 8/10/2007, đã tổ chức nhiều hoạt động.",  # its founding day
        "Ngày 3/2/1999, Đảng bộ huyện đã tổ chức lễ kỷ niệm.",  # before the archive's time
        "Ngày 5/3/2020, Chi bộ 5 đã tiến hành Đại hội. Ngày 20/4/2020, Chi bộ 6 đã tiến hành Đại hội.",  # two events
        "Đảng ủy đã ban hành kế hoạch tổ chức Đại hội các chi bộ vào ngày 5/6/2020.",  # a plan's day
        "Chi bộ đã thống nhất sẽ tổ chức đại hội vào ngày 5/6/2020.",  # a day still ahead
        "Đại hội đã được tổ chức trong hai ngày 3 và 4/8/2020 tại Hà Nội.",  # a span closing the clause
        # still ahead, however long the subject before the deed
        "Theo chỉ đạo của Đảng ủy xã, sáng ngày 12/05/2022, trên tinh thần dân chủ, trách nhiệm, trí tuệ, kỷ cương và "
        "đoàn kết, đại hội chi bộ Trường Mầm non Hòa Bình nhiệm kỳ 2022-2025 sẽ được tổ chức.",
    ],
)
def test_no_day_from_the_body_without_an_event_on_it(paragraph):
    assert convert(CELL_HEAD, CELL_LEAD, BODY, CELL_STORY, paragraph).date is None


def test_a_lead_that_rounds_up_a_years_events_gives_no_day():
    article = convert(CELL_HEAD, "Trong năm 2016, chi bộ đạt kế hoạch phát triển 2 đảng viên. Ngày 03/2/2016 chi bộ kết nạp "
                      "anh Dương Kim Chung, và ngày 30/12/2016 kết nạp thêm chị Nguyễn Thị Ngọc Tuyết.", BODY)
    assert article.date is None and "nhiều sự kiện cách nhau" in article.date_note


@pytest.mark.parametrize("days,listing", [
    (("30/10", "28/10", "24/10"), True),  # a commune portal's news list, newest first
    (("16/11", "6/11/2018", "31/10/2018"), True),  # the first teaser's year left out
    (("5/1/2019", "28/12/2018", "20/12/2018"), True),  # across New Year
    (("24/10", "28/10", "30/10"), False),  # one article telling its days in order
    (("30/10", "28/10"), False),  # two days: "Trước đó, ngày …" under a lead
])
def test_a_list_of_news_each_opening_with_its_day_gives_no_day(days, listing):
    """A category or paged list of news (three development pages of three sites): each teaser
    opens with its own event's day, the newest first; the first teaser's day is not the page's."""
    teasers = [f"Chiều ngày {day}, Đảng ủy xã Mường Ảng tổ chức hội nghị sơ kết công tác xây dựng Đảng năm 2018, "
               f"triển khai nhiệm vụ trọng tâm đợt {n + 1}." for n, day in enumerate(days)]
    article = convert(*teasers)
    assert (article.date is None) == listing
    assert ("trang danh sách" in (article.date_note or "")) == listing


@pytest.mark.parametrize("url,date", [
    ("https://baoxyz.vn/tag/dai-hoi-chi-bo", None),  # a tag's list
    ("https://baoxyz.vn/category/tin-dia-phuong?page=12", None),  # a category's, paged
    ("https://baoxyz.vn/c/thoi-su", None),
    ("https://baoxyz.vn/tags/nguyen-van-an-21840.tag", None),  # the tag's name ending ".tag"
    ("https://baoxyz.vn/nguyen-van-an-tag16745/", None),
    ("https://baoxyz.vn/tin-tuc/dai-hoi-chi-bo-khu-pho-3-nhiem-ky-2025-2027.html", "2024-11-12"),  # an article
    ("https://baoxyz.vn/Category/Content/2339", "2024-11-12"),  # an article's id under a folder, not a list's name
    (None, "2024-11-12"),
])
def test_a_tag_or_category_list_by_its_address_gives_no_day(url, date):
    """A tag's or a category's list of articles, which its address tells (7 development pages of 7 sites with a
    wrong day, 3 and 4 on the two halves split by host): the lead is the first teaser's, whose day is not the page's."""
    lead = ("Ngày 12/11/2024, Chi bộ khu phố 3 tổ chức đại hội nhiệm kỳ 2025 - 2027, bầu Ban Chấp hành gồm 3 đồng chí, "
            "đồng chí Nguyễn Văn An được bầu làm Bí thư Chi bộ.")
    article = convert(lead, BODY, url=url)
    assert article.date == date
    assert ("danh sách bài của một thẻ hay chuyên mục" in (article.date_note or "")) == (date is None)


@pytest.mark.parametrize("stamps,date", [
    (("(05/12/2017 20:27)", "(04/12/2017 16:36)", "(02/12/2017 10:05)"), None),  # a section's items, each under its date
    (("(05/12/2017 20:27)", "(05/12/2017 20:27)", "(05/12/2017 20:27)"), "2017-12-05T20:27:00+07:00"),  # one day: one article
])
def test_a_list_of_items_each_under_its_own_date_line_gives_no_day(stamps, date):
    """A portal's section or a blog's archive (four development pages of four sites): under the
    header's today, item after item, a headline, its date line, its teaser; three different days on
    the page's date lines make a list, not an article."""
    items = ["Chủ nhật, Ngày 23 Tháng 2 Năm 2020"]
    for n, stamp in enumerate(stamps):
        items += [f"Mèo Vạc hoàn thành công trình thứ {n + 1} chào mừng kỷ niệm thành lập huyện", stamp,
                  f"Huyện ủy Mèo Vạc tổ chức hội nghị chuyên đề số {n + 1}, đánh giá kết quả lãnh đạo thực hiện nhiệm vụ "
                  "chính trị năm 2017 và bàn giải pháp nâng cao chất lượng sinh hoạt chi bộ ở cơ sở."]
    article = convert(*items[:-1])  # the last item cut after its date line, as pages are stored
    assert article.date == date
    assert ("trang danh sách" in (article.date_note or "")) == (date is None)


@pytest.mark.parametrize("day,expected", [("19/5/2022", "2023-05-19"), ("19/5/2023", "2023-05-19"), ("17/5/2022", "2022-05-17")])
def test_a_leads_year_against_the_anniversary_it_marks_that_day(day, expected):
    """"Nhân kỷ niệm 133 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023), sáng ngày 19/5/2022":
    the count and the span agree on 2023, the lead's own day is the anniversary's, so 2022 is a slip
    (taken, and listed to review); on another day the lead's year stands."""
    lead = (f"Nhân kỷ niệm 133 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023), sáng ngày {day}, Đảng ủy "
            "phường Tam Phú tổ chức hành trình về nguồn tại Bảo tàng Hồ Chí Minh.")
    article = convert("Đảng ủy phường Tam Phú tổ chức hành trình về nguồn", lead, BODY)
    assert article.date == expected
    assert ("không phải năm 2022" in article.date_note) == (day == "19/5/2022")
    assert article.evidence["date"].weak


@pytest.mark.parametrize("year,expected", [("2017", None), ("2018", "2018-01-06")])
def test_a_leads_year_the_article_places_in_another_gives_no_day(year, expected):
    """"Thực hiện Kế hoạch … ngày 02/01/2018 …, sáng ngày 06/01/2017, … tổng kết … năm 2017 và triển
    khai phương hướng, nhiệm vụ năm 2018": a plan of 2 January 2018 carried out, a year's review with
    the next one's plan: the meeting sits in January 2018, so the lead's 2017 is a January slip, or
    the day is another event's (three development pages of three sites: a January slip, an
    anniversary span, days around a quote all of another year); the page cannot tell which: no
    date, said in date_note. A lead whose year agrees keeps its day."""
    lead = (f"Thực hiện Kế hoạch số 05-KH/ĐU ngày 02/01/2018 của Ban Thường vụ Đảng ủy xã, sáng ngày 06/01/{year}, Đảng ủy "
            "xã Nam Hương tổ chức hội nghị tổng kết việc thực hiện nhiệm vụ chính trị, công tác xây dựng Đảng năm 2017 và "
            "triển khai phương hướng, nhiệm vụ năm 2018.")
    article = convert("Hội nghị tổng kết công tác xây dựng Đảng năm 2017, triển khai nhiệm vụ năm 2018", lead,
                      "Năm 2017 là năm thứ ba thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2015 - 2020; Đảng bộ kết nạp "
                      "12 đảng viên, 100% chi bộ hoàn thành tốt nhiệm vụ.")
    assert article.date == expected
    assert ("không rõ năm nào đúng" in (article.date_note or "")) == (expected is None)


def test_a_lead_naming_the_year_it_works_towards_keeps_its_year():
    """"Ngày 04/9/2021, … sinh hoạt chuyên đề “Công tác phát triển đảng viên tại Chi bộ năm 2022 …”":
    the one year the opening names is what it talks about, not when it happened."""
    lead = ("Ngày 04/9/2021, Chi bộ thôn Tân Minh, xã Vân An đã tiến hành sinh hoạt chi bộ thường kỳ tháng 9 kết hợp sinh "
            "hoạt chuyên đề “Công tác phát triển đảng viên tại Chi bộ năm 2022 và những năm tiếp theo”.")
    plan = "Chi bộ thống nhất giới thiệu 3 quần chúng ưu tú để tạo nguồn phát triển đảng viên trong năm 2022."
    assert convert("Chi bộ thôn Tân Minh sinh hoạt chuyên đề", lead, plan, BODY).date == "2021-09-04"


def test_a_leads_day_printed_with_two_years_beside_an_anniversary_gives_no_day():
    """"chiều ngày 24/3/2022, … kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 -
    26/3/2023)" and further on "Vào ngày 24/3/2023, …": the anniversary places the day in 2023,
    the lead prints 2022; no date rather than a guess."""
    lead = ("Được Đảng ủy phường đồng ý, chiều ngày 24/3/2022, Ban Chấp hành Đoàn phường 7 tổ chức họp mặt kỷ niệm 92 năm "
            "Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2023) và kết nạp đoàn viên mới.")
    article = convert("Đoàn phường 7 họp mặt kỷ niệm ngày thành lập Đoàn", lead,
                      "Vào ngày 24/3/2023, tới dự chương trình có đồng chí Bí thư Đảng ủy phường và đại diện các ban ngành, "
                      "đoàn thể của phường cùng đông đảo đoàn viên thanh niên.", BODY)
    assert article.date is None and "không rõ năm nào đúng" in article.date_note


@pytest.mark.parametrize("opening,buried", [
    ("Đó là nội dung được đồng chí Trưởng ban thông tin tại Hội nghị giao ban báo chí tháng 9 do Ban Tuyên giáo "
     "Tỉnh ủy chủ trì, phối hợp tổ chức chiều ngày 06/9", True),
    ("Chiều ngày 06/9", False),
])
def test_a_day_deep_in_a_long_sentence_with_a_year_from_elsewhere_is_to_review(opening, buried):
    """"Đó là nội dung … phối hợp tổ chức chiều ngày 06/9, …": a day without its year read deep in a
    long sentence, the year only from a clue that does not pin it (the year the sentence speaks of),
    may be another day than the news's: the day is taken, and listed to review; a lead that opens on
    its day ("Chiều ngày 06/9, …") is not."""
    lead = (f"{opening}, Ban Tuyên giáo Tỉnh ủy đánh giá kết quả công tác tuyên truyền và triển khai nhiệm vụ "
            "những tháng cuối năm 2024.")
    article = convert("Giao ban báo chí tháng 9", lead, BODY)
    assert article.date == "2024-09-06"
    assert ("date" in article.to_review()) == buried


@pytest.mark.parametrize("opening,date", [
    ("Đó là nội dung được đồng chí Trưởng ban thông tin tại Hội nghị giao ban báo chí tháng 9 do Ban Tuyên giáo "
     "Tỉnh ủy chủ trì, phối hợp tổ chức chiều ngày 06/9", None),
    ("Chiều ngày 06/9", "2024-09-06"),  # the lead opens on its day: the dates near it do date it
])
def test_a_day_deep_in_a_long_sentence_dated_only_by_dates_near_it_gives_no_date(opening, date):
    """A day without its year deep in a long sentence whose year comes only from whole dates written
    near it (a plan of 20/8/2024): those are the plans and meetings the sentence cites, and the day
    may be one of theirs; no date rather than a guess."""
    lead = f"{opening}, Ban Tuyên giáo Tỉnh ủy đánh giá kết quả công tác tuyên truyền tháng 8 và triển khai nhiệm vụ tháng 9."
    body = "Thực hiện Kế hoạch số 120-KH/BTGTU ngày 20/8/2024, các cơ quan báo chí đã đăng tải nhiều tin, bài về đại hội chi bộ."
    article = convert("Giao ban báo chí tháng 9", lead, body)
    assert article.date == date
    assert date or "năm chỉ suy ra từ các ngày ghi đủ năm gần đó" in article.date_note


@pytest.mark.parametrize("title,tenure", [
    ("Kỷ niệm 73 năm ngày giải phóng quê hương Yên Khê (11/11/1950 - 11/11/2023 Tự hào lịch sử vững bước tương lai",
     "2020-2025"),
    ("Kỷ niệm 73 năm ngày giải phóng quê hương Yên Khê (11/11/1950 - 11/11/2023)", "2020-2025"),
    # the count and the span disagree: no year
    ("Kỷ niệm 70 năm ngày giải phóng quê hương Yên Khê (11/11/1950 - 11/11/2023 Tự hào lịch sử vững bước tương lai",
     None),
])
def test_an_anniversary_span_that_lost_its_closing_parenthesis(title, tenure):
    """An undated page whose anniversary span lost its closing parenthesis (a title glued to its slogan,
    "(03/02/1930-03/02/2020. Sáng …", "(… – 03-02-2026; đồng thời …") still gives its year when the
    count of years agrees with the span (4 development pages of 4 sites)."""
    lead = ("Mỗi khi tháng mười một trở về, người dân Yên Khê lại nhớ về ngày giải phóng quê hương, "
            "khi lực lượng vũ trang cùng nhân dân các dân tộc đánh đuổi quân địch khỏi vùng biên giới.")
    article = convert(title, lead, "Trải qua bao thăng trầm, Đảng bộ và nhân dân các dân tộc luôn đoàn kết một lòng.")
    assert article.date is None and article.tenure == tenure


@pytest.mark.parametrize("years,tenure", [
    (("2018", "2019"), "2015-2020"),
    (("2021", "2023"), "2020-2025"),
    (("2019", "2021"), "2020-2025"),  # two terms: not one term's years, but written in 2021 or later and naming no later year
    (("2019", "2020"), None),  # a congress year: either term
])
def test_an_undated_opening_reporting_years_of_one_term(years, tenure):
    """An undated opening that reports on two years of one term and no congress year ("Năm 2018, … trong
    năm 2019 …") was written in that term, though its year is not told (6 development pages of 6 sites)."""
    first, second = years
    lead = (f"Năm {first}, Ban Thường vụ Đảng ủy xã Yên Khê đã lãnh đạo các chi bộ nâng cao chất lượng sinh hoạt; "
            f"trong năm {second}, toàn Đảng bộ kết nạp thêm 112 đảng viên mới, đạt 105% chỉ tiêu.")
    article = convert("Đảng ủy xã Yên Khê nâng cao chất lượng sinh hoạt chi bộ", lead,
                      "Các chi bộ duy trì nền nếp sinh hoạt định kỳ và sinh hoạt chuyên đề theo hướng dẫn của cấp trên.")
    assert article.date is None and article.tenure == tenure


@pytest.mark.parametrize("history,tenure", [
    ("Đồng chí sinh ngày 07 tháng 8 năm 1912, tham gia cách mạng từ năm 1930, từ trần năm 2011.", None),
    ("Cuốn sách ghi lại truyền thống cách mạng của Đảng bộ xã (1945-2015), xuất bản năm 2018.", None),
    # an anniversary span ending in the year reported is no history
    ("Hội nghị kỷ niệm ngày truyền thống Đảng bộ xã (1948 - 2018), tổng kết công tác năm 2018.", "2015-2020"),
    ("Hội nghị tổng kết công tác xây dựng Đảng năm 2018.", "2015-2020"),
])
def test_an_undated_history_ends_in_its_latest_year(history, tenure):
    """An undated opening that also tells years before 1950 is a history or a life story ("sinh ngày 07
    tháng 8 năm 1912 … từ trần … năm 2011", "(1945-2015) … Xuất bản năm 2018"): its one recent year is
    where the story ends, not when the page was written (3 development pages of 3 sites)."""
    lead = f"{history} Đảng bộ và nhân dân xã Yên Khê luôn đoàn kết một lòng, xây dựng quê hương giàu đẹp."
    article = convert("Đảng bộ xã Yên Khê: truyền thống và phát triển", lead,
                      "Các chi bộ duy trì nền nếp sinh hoạt định kỳ và sinh hoạt chuyên đề theo hướng dẫn của cấp trên.")
    assert article.date is None and article.tenure == tenure


@pytest.mark.parametrize("body,tenure", [
    ("Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII", "2020-2025"),
    ("Kết luận của Bộ Chính trị (khóa XIII)", "2020-2025"),
    ("Nghị quyết Trung ương 4 khóa XII", None),  # from January 2016 to mid-2025: two terms
    ("Luật của Quốc hội khóa XIII", None),  # the National Assembly's term
    ("công tác chuẩn bị nhân sự Ban Chấp hành Trung ương Đảng khóa XIII", None),  # still to be elected
    ("hướng dẫn giới thiệu nhân sự Ban Chấp hành Trung ương khóa XIII", None),
])
def test_an_undated_article_citing_the_central_committee_of_a_term(body, tenure):
    """An undated article that names the Central Committee, Politburo or Secretariat of a term ("Nghị quyết
    Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII") was written after that national congress;
    with the district committee still at work (before July 2025), khóa XIII gives 2020-2025."""
    lead = (f"Huyện ủy Yên Khê tổ chức hội nghị quán triệt, triển khai {body} tới cán bộ chủ chốt "
            "của các chi bộ, đảng bộ cơ sở trực thuộc.")
    article = convert("Huyện ủy Yên Khê quán triệt nghị quyết", lead,
                      "Các chi bộ duy trì nền nếp sinh hoạt định kỳ và sinh hoạt chuyên đề theo hướng dẫn của cấp trên.")
    assert article.date is None and article.tenure == tenure


@pytest.mark.parametrize("council,tenure", [
    ("HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026", "2020-2025"),
    ("Hội đồng nhân dân huyện nhiệm kỳ 2016-2021", None),  # from 2016 to mid-2025: two terms
    ("Hội đồng nhân dân huyện", None),
])
def test_an_undated_article_naming_a_peoples_council_term(council, tenure):
    """An undated article that names a People's Council with its term ("HĐND huyện khóa XX, nhiệm kỳ 2021 -
    2026") was written in the term's first year or later; with the district committee still at work (before
    July 2025) that is the Party term 2020-2025. The council's term is no Party term itself."""
    lead = (f"Thường trực {council} tổ chức tiếp xúc cử tri tại các xã trước kỳ họp thường lệ, "
            "với sự tham dự của đại diện Huyện ủy Yên Khê và Ủy ban Mặt trận Tổ quốc huyện.")
    article = convert("Đại biểu Hội đồng nhân dân tiếp xúc cử tri", lead,
                      "Cử tri kiến nghị về giao thông nông thôn, nước sạch và chính sách cho người có công.")
    assert article.date is None and article.tenure == tenure


@pytest.mark.parametrize("body,tenure", [("Đảng ủy Khối các cơ quan tỉnh", "2020-2025"), ("Đảng ủy phường Yên Khê", None)])
def test_an_undated_article_of_a_bloc_party_committee_at_work(body, tenure):
    """A bloc Party committee at work ("Đảng ủy Khối các cơ quan tỉnh triển khai Hướng dẫn … ngày 28/9/2021")
    writes before the 2025 reorganisation dissolved the blocs: with the document's date that is 2020-2025."""
    # (a document of late 2020: one of 2021-2024 alone would date the text, latest_evidence_years)
    lead = (f"Thực hiện Hướng dẫn số 36-HD/BTCTW ngày 25/11/2020 của Ban Tổ chức Trung ương, {body} đã chỉ đạo các tổ chức "
            "cơ sở đảng trực thuộc rà soát, bổ sung quy chế làm việc và nâng cao chất lượng sinh hoạt chi bộ.")
    article = convert("Nâng cao chất lượng sinh hoạt chi bộ", lead,
                      "Các chi bộ duy trì nền nếp sinh hoạt định kỳ và sinh hoạt chuyên đề theo hướng dẫn của cấp trên.")
    assert article.date is None and article.tenure == tenure


@pytest.mark.parametrize("approver,tenure", [
    ("Ban Thường vụ Huyện ủy Nghi Xuân", "2020-2025"),
    ("Ban Thường vụ Huyện ủy Nghi Xuân cũ", None),  # a former district's body: perhaps written after the reform
    ("Đảng ủy xã Xuân Giang", "2020-2025"),  # the document's year alone (latest_evidence_years: 2021-2024)
])
def test_an_undated_article_citing_a_document_of_the_2020s_with_a_district_body_further_down(approver, tenure):
    """A lower bound of the 2020s ("Quyết định … ngày 06/01/2022") and a district committee at work anywhere in
    the text, named as no former one ("… được Ban Thường vụ Huyện ủy … chuẩn y"): written before the districts
    ended on 1/7/2025, so in 2020-2025."""
    lead = ("Thực hiện Quyết định số 125-QĐ/ĐU ngày 06/01/2022 về việc kết nạp đảng viên, Chi bộ trường "
            "tổ chức lễ kết nạp đảng viên mới cho quần chúng ưu tú Nguyễn Thị Hoa.")
    body = ("Buổi lễ diễn ra trang trọng theo đúng quy định của Điều lệ Đảng với sự tham dự của toàn thể đảng viên "
            "trong chi bộ và đại diện Ban giám hiệu nhà trường.")
    closing = f"Quần chúng Nguyễn Thị Hoa được {approver} xét duyệt, đồng ý kết nạp vào Đảng từ tháng 12 năm trước."
    article = convert("Lễ kết nạp đảng viên mới", lead, body, closing)
    assert article.date is None and article.tenure == tenure


@pytest.mark.parametrize("closing,tenure", [
    ("Kết quả được báo cáo Đảng ủy Khối các cơ quan tỉnh theo quy định.", "2020-2025"),
    ("Kết quả được báo cáo Đảng ủy Khối các cơ quan tỉnh (nay đã giải thể) theo quy định.", None),
    ("Kết quả được báo cáo Đảng ủy cấp trên theo quy định.", "2020-2025"),  # the document's year alone (latest_evidence_years)
])
def test_an_undated_article_citing_a_document_of_the_2020s_with_a_bloc_committee_further_down(closing, tenure):
    """A lower bound of the 2020s ("Quy định … ngày 08/02/2022") and a bloc Party committee at work anywhere
    in the text, never beside its end ("giải thể") or as a former one: written before the 2025 reorganisation
    dissolved the blocs, so in 2020-2025."""
    lead = ("Thực hiện Quy định số 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị, Chi bộ trường tổ chức hội nghị "
            "rà soát công tác bảo vệ chính trị nội bộ với sự tham dự của toàn thể đảng viên.")
    body = ("Hội nghị thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi bộ và quản lý đảng viên "
            "trong thời gian tới.")
    article = convert("Hội nghị rà soát công tác bảo vệ chính trị nội bộ", lead, body, closing)
    assert article.date is None and article.tenure == tenure


@pytest.mark.parametrize("reform,date", [
    ("cho ý kiến vào Đề án kết thúc hoạt động cấp huyện, sắp xếp đơn vị hành chính cấp xã", "2025-04-18"),
    ("cho ý kiến về đề án sắp xếp đơn vị hành chính cấp tỉnh và cấp xã", "2025-04-18"),
    ("thảo luận về mô hình chính quyền địa phương hai cấp", "2025-04-18"),
    ("thảo luận về sắp xếp đơn vị hành chính cấp xã", None),  # communes were merged in 2019-2021 and 2023-2025 too
])
def test_a_lead_day_between_the_reform_set_out_and_the_district_still_at_work(reform, date):
    """The 2025 reorganisation told ("Đề án kết thúc hoạt động cấp huyện", "chính quyền địa phương hai cấp",
    "sắp xếp đơn vị hành chính cấp tỉnh") was set out in February 2025; with the district committee still
    at work (before July 2025) the lead's "Chiều 18/4" falls in 2025 only."""
    lead = f"Chiều 18/4, Huyện ủy Yên Khê tổ chức hội nghị Ban Chấp hành Đảng bộ huyện để {reform}."
    article = convert("Huyện ủy Yên Khê họp hội nghị Ban Chấp hành", lead,
                      "Các đại biểu thống nhất cao với dự thảo và đề nghị hoàn thiện hồ sơ theo đúng tiến độ của tỉnh.")
    assert article.date == date


@pytest.mark.parametrize("day,election,date", [
    ("Chiều 10/2", "triển khai công tác bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp nhiệm kỳ 2011-2016", "2011-02-10"),
    ("Chiều ngày 6/1", "giới thiệu người ra ứng cử đại biểu HĐND tỉnh khóa XVIII, nhiệm kỳ 2026 - 2031", "2026-01-06"),
    ("Chiều 10/2", "triển khai công tác bầu cử bổ sung đại biểu HĐND tỉnh nhiệm kỳ 2011-2016", None),  # any year of the term
    ("Chiều 10/10", "triển khai công tác bầu cử đại biểu HĐND các cấp nhiệm kỳ 2011-2016", None),  # a review, or the run-up
])
def test_a_lead_day_in_the_season_of_a_councils_election(day, election, date):
    """The People's Councils and the National Assembly of a term are elected in March to May of its first
    year: a lead's day from January to June about electing the councils "nhiệm kỳ 2011-2016" is in 2011."""
    lead = f"{day}, Ban Thường vụ Tỉnh ủy Yên Khê tổ chức hội nghị {election}."
    article = convert("Hội nghị về công tác bầu cử", lead,
                      "Các đại biểu thống nhất cao với kế hoạch và đề nghị các cấp ủy triển khai theo đúng tiến độ.")
    assert article.date == date


@pytest.mark.parametrize("lead,date", [
    ("Tối 26/10, Ban Chấp hành Đảng bộ tỉnh Yên Khê nhiệm kỳ 2020 - 2025 khép lại phiên họp lần thứ nhất, "
     "bầu Ban Thường vụ, Bí thư và các Phó Bí thư Tỉnh ủy.", "2020-10-26"),
    ("Sáng 18/10, Hội nghị lần thứ nhất của Ban Chấp hành Đảng bộ huyện Yên Khê nhiệm kỳ 2015-2020 đã bầu "
     "Ban Thường vụ Huyện ủy.", "2015-10-18"),
    # the first meeting's resolution carried out, later in the term
    ("Sáng 18/10, Huyện ủy Yên Khê triển khai Nghị quyết Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện "
     "nhiệm kỳ 2015-2020 tới các chi bộ.", None),
])
def test_a_lead_day_of_a_party_committees_first_meeting(lead, date):
    """A Party committee of a term meets for the first time at the congress that elected it: a lead's
    day at that first meeting ("Ban Chấp hành … nhiệm kỳ 2020 - 2025 khép lại phiên họp lần thứ nhất") is in
    the term's first year."""
    article = convert("Ban Chấp hành Đảng bộ khóa mới họp phiên thứ nhất", lead,
                      "Các đồng chí được bầu cảm ơn sự tín nhiệm và hứa cùng tập thể lãnh đạo thực hiện thắng lợi nghị quyết.")
    assert article.date == date


@pytest.mark.parametrize("stamp,date,doubted", [("24/10/2019 2241 Lượt xem 2.00", "2019-10-24", False),
                                                ("24/10/2019", "2019-10-24", True),
                                                ("Thứ năm, 24/10/2019", None, True)])
def test_a_history_page_keeps_the_date_its_site_stamped_with_a_view_count(stamp, date, doubted):
    """A state farm's history told up to 1961 (a real page) under "24/10/2019 2241 Lượt xem": the
    view count says the site stamped this article, not a header's today; a bare day in figures is
    the site's stamp too (a clock prints its weekday), taken but listed for review, that much later
    than every year the text names; with its weekday it may be the header's today: doubted, dropped."""
    page = Path(__file__).parent / "realworld" / "dev" / "caosuqtri.com.vn--1eec6c75.txt"
    text = page.read_text(encoding="utf-8").replace("24/10/2019 2241 Lượt xem 2.00", stamp, 1)
    article = convert_text(text, "seeds/x.txt")
    assert (article.date[:10] if article.date else None) == date
    assert not (doubted and date) or "date" in article.to_review()


def test_a_dated_lead_outranks_the_body():
    article = convert(CELL_HEAD, "Sáng 12/3/2016, Chi bộ trường tổ chức lễ kết nạp đảng viên.",
                      "Trước đó, ngày 5/3/2016, chi bộ đã tổ chức họp xét hồ sơ.", BODY)
    assert article.date == "2016-03-12"


# --- the headline -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        ["Tiếng Việt | English", "Cổng thông tin điện tử huyện Thanh Hà"],
        ["Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII!"],
        ["Thành ủy Hải Dương:"],
        ["Skip Ribbon Commands", "Đường dây nóng: 0220 3852 456 Đặt báo Liên hệ"],
        ["Tiêu điểm : Hải Dương kết nạp 1.200 đảng viên mới"],
        ["."],
    ],
)
def test_the_headline_below_furniture_kickers_and_banners(head):
    article = convert(*head, "Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", "15/03/2016 08:30", LEAD, BODY)
    assert article.title == "Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I"


def test_a_view_counter_glued_to_the_headline_is_taken_off():
    article = convert("Bí thư tỉnh ủy Sóc Trăng chúc Tết Đài PTTH tỉnh Sóc Trăng (Lượt xem: 138492)", "18/05/2016", LEAD, BODY)
    assert article.title == "Bí thư tỉnh ủy Sóc Trăng chúc Tết Đài PTTH tỉnh Sóc Trăng"


def test_a_time_and_a_source_tag_glued_to_the_headline_are_taken_off():
    article = convert("(TTV) Đảng bộ tỉnh Vĩnh Phúc - Dấu ấn nửa nhiệm kỳ (03/02/2019 21:20)", LEAD, BODY)
    assert article.title == "Đảng bộ tỉnh Vĩnh Phúc - Dấu ấn nửa nhiệm kỳ"
    assert article.source == "TTV"
    assert article.date == "2019-02-03T21:20:00+07:00"


@pytest.mark.parametrize("tag", ["[Video]", "[Infographic]", "[Podcast]"])
def test_a_tag_that_says_what_the_piece_is_stays_in_the_title_and_is_no_source(tag):
    """"[Video] …" is the piece's form (boilerplate.yml title_format_tags), not who made it: "(TTV)" is."""
    article = convert(f"{tag} Đảng bộ tỉnh Vĩnh Phúc - Dấu ấn nửa nhiệm kỳ", "03/02/2019", LEAD, BODY)
    assert article.title == f"{tag} Đảng bộ tỉnh Vĩnh Phúc - Dấu ấn nửa nhiệm kỳ"
    assert article.source is None


def test_the_date_line_under_the_headline_outranks_a_date_glued_into_it():
    """"Đại hội … (22/5/2015)" may date the event; the page's own date line is its posting."""
    lead = ("Theo Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị, Chi bộ Viện Kinh tế và Chính trị Thế giới "
            "đã tiến hành Đại hội nhiệm kỳ 2015 – 2020.")
    article = convert("Đại hội Chi bộ Viện Kinh tế và Chính trị Thế giới nhiệm kỳ 2015 – 2020 (22/5/2015)", "28/05/2015",
                      lead, BODY)
    assert article.title == "Đại hội Chi bộ Viện Kinh tế và Chính trị Thế giới nhiệm kỳ 2015 – 2020"
    assert article.date == "2015-05-28"



@pytest.mark.parametrize("heading", ["Ý nghĩa lịch sử của Tuyên ngôn Độc lập 2/9/1945",
                                     "Ý nghĩa lịch sử của ngày thành lập Đảng (3/2/1930)",
                                     "Kỷ niệm Ngày Giải phóng miền Nam 30/4/1975"])
def test_a_historic_day_ending_the_headline_stays_in_it(heading):
    """A site glues its posting date after a headline ("… 2025 – 2030 01/08/2025"); a day of the last century
    ending a headline is the day the headline is about."""
    lead = ("Sáng 12/3, Huyện ủy Thanh Hà tổ chức hội nghị kỷ niệm 86 năm ngày thành lập Đảng, ôn lại ý nghĩa lịch sử "
            "của Tuyên ngôn Độc lập và Ngày Giải phóng miền Nam.")
    article = convert(heading, "Thứ Bảy, 12/03/2016 10:20", lead, BODY)
    assert article.title == heading and article.date == "2016-03-12T10:20:00+07:00"


@pytest.mark.parametrize("heading", ["Côn Đảo - Địa chỉ đỏ", "Kim Liên - Quê hương Bác", "Pác Bó - Nơi Bác về"])
def test_a_place_and_what_it_is_is_a_headline_not_a_section(heading):
    """"Kinh tế – Xã hội", "Chính sách - Hạ tầng" are a site's sections; a place's name, then what it is in small
    letters, is a short headline of a visit or a memoir."""
    lead = ("Sáng 12/3, đoàn cán bộ, đảng viên Đảng bộ huyện Thanh Hà về nguồn tại Côn Đảo, địa chỉ đỏ thiêng liêng, "
            "thăm Pác Bó và Kim Liên, quê hương Bác Hồ.")
    article = convert("Báo Điện tử Đảng bộ huyện Thanh Hà", heading, "Thứ Bảy, 12/03/2016 10:20", lead, BODY)
    assert article.title == heading and article.category is None
    assert headline.is_section_name("Kinh tế – Xã hội") and headline.is_section_name("Chính sách - Hạ tầng")

def test_a_caption_under_the_first_paragraph_is_not_the_headline():
    """The stored text starts mid-article: a photo's caption below a paragraph is no headline."""
    first = ("Theo Kế hoạch số 43-KH/ĐU của Đảng ủy xã Lao Chải, hội nghị được tổ chức để quán triệt các văn bản "
             "của Trung ương, của Tỉnh ủy và của Đảng ủy xã tới toàn thể cán bộ, đảng viên.")
    article = convert(first, "Toàn cảnh các đại biểu về dự Hội nghị", BODY)
    assert article.title is None
    assert any("Toàn cảnh các đại biểu" in block.text for block in article.blocks)


def test_a_caption_broken_over_a_blank_line_is_not_the_headline():
    article = convert("Đồng chí Lại Thế Nguyên, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy",
                      "trao tặng bức trướng của Ban Chấp hành Đảng bộ tỉnh cho Đảng bộ thị xã Bỉm Sơn.", LEAD, BODY)
    assert article.title is None
    assert "Đồng chí Lại Thế Nguyên" in "\n".join(block.text for block in article.blocks)
    # an ordinary headline above its date line stays the headline
    headed = convert("Đảng bộ thị xã Bỉm Sơn kỷ niệm 40 năm thành lập", "12/03/2021", LEAD, BODY)
    assert headed.title == "Đảng bộ thị xã Bỉm Sơn kỷ niệm 40 năm thành lập"


def test_a_line_without_marks_amid_a_marked_article_is_an_images_text():
    body = [LEAD, "Mot goc trung bay dai hoi DB dang bo khoi CQ 2020", BODY, BODY.replace("Năm 2015", "Năm 2016")]
    article = convert("Đảng bộ Khối các cơ quan tỉnh trưng bày ảnh đại hội", "12/03/2016", *body)
    assert all("Mot goc trung bay" not in block.text for block in article.blocks)
    # an article typed without its marks keeps such a line: there it is the article's own
    plain = ("Sang 12/3, Huyen uy Thanh Ha to chuc hoi nghi so ket cong tac xay dung Dang quy I nam 2016, trien khai "
             "nhiem vu trong tam thoi gian toi voi su tham du cua cac dong chi trong Ban Thuong vu.")
    unmarked = convert("Huyen uy Thanh Ha so ket quy I", "12/03/2016", plain, "Ket qua noi bat", plain, plain)
    assert any(block.text == "Ket qua noi bat" for block in unmarked.blocks)


def test_a_documents_signing_line_yields_to_the_pages_own_date_line():
    """"Phú Yên, ngày 25 tháng 10 năm 2021" dates the outline the page reprints, not the page."""
    head = ["Thứ năm - 28/10/2021 13:52", "HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN", "Phú Yên, ngày 25 tháng 10 năm 2021"]
    title = "Đề cương tuyên truyền kết quả Đại hội đại biểu Phụ nữ tỉnh lần thứ XVII"
    lead = ("Đại hội đại biểu Phụ nữ tỉnh Phú Yên lần thứ XVII, nhiệm kỳ 2021 - 2026 đã thành công tốt đẹp. Ban Thường vụ "
            "Hội ban hành đề cương tuyên truyền kết quả Đại hội tới cán bộ, hội viên, phụ nữ trong tỉnh.")
    body = ("Đại hội đã bầu Ban Chấp hành khóa mới gồm 29 đồng chí, thông qua Nghị quyết với 8 chỉ tiêu chủ yếu và "
            "3 khâu đột phá, tiếp tục đổi mới nội dung, phương thức hoạt động của Hội.")
    assert convert(*head, title, lead, body).date.startswith("2021-10-28")
    assert convert(head[2], title, lead, body).date == "2021-10-25"  # the only date there is


def test_a_page_without_a_headline_gets_none():
    article = convert("date 2016-03-12", LEAD, BODY)
    assert article.title is None and "title" in article.to_review()
    assert LEAD in [b.text for b in article.blocks]


def test_a_subheading_is_not_the_headline():
    article = convert("Đảng bộ huyện Thanh Hà chăm lo xây dựng tổ chức cơ sở đảng", "Ảnh minh họa cho bài viết.",
                      "Nâng cao chất lượng sinh hoạt chi bộ", LEAD, "Đổi mới công tác kiểm tra giám sát", BODY)
    assert article.title == "Đảng bộ huyện Thanh Hà chăm lo xây dựng tổ chức cơ sở đảng"


def test_the_headline_the_page_prints_twice_wins_over_a_line_above_the_lead():
    title = "THÀNH LẬP CHI BỘ QUÂN SỰ TRỰC THUỘC ĐẢNG BỘ XÃ ĐỒNG LÂM"
    sapo = "Đảng ủy xã Đồng Lâm tổ chức lễ công bố quyết định thành lập Chi bộ quân sự xã Đồng Lâm"
    lead = ("Chiều ngày 23/10/2023, Đảng ủy xã Đồng Lâm long trọng công bố Quyết định thành lập Chi bộ quân sự xã "
            "Đồng Lâm trực thuộc Đảng bộ xã, với 5 đảng viên.")
    assert convert(title, title, sapo, lead, BODY).title == title
    crumbs = f"Trang chủ / Tin tức / {title}"  # a breadcrumb ending with the headline says the same
    assert convert(crumbs, title, sapo, lead, BODY).title == title
    assert convert("Bảo tàng Bình Thuận xây dựng Đảng", "Hoạt động mừng Đảng tại Bảo tàng Bình Thuận xây dựng Đảng", lead,
                   BODY).title != "Bảo tàng Bình Thuận xây dựng Đảng"  # the end of a longer line is no copy of it


def test_a_headline_scoring_just_the_least_evidence_is_taken(monkeypatch):
    lines = ("Tăng giảm Cỡ chữ: cho phần tin văn bản",
             "Đề cương tuyên truyền kỷ niệm 87 năm Ngày thành lập Đảng Cộng sản Việt Nam", "28/12/2016",
             "Đảng Cộng sản Việt Nam ra đời năm 1930 mở ra bước ngoặt lịch sử của cách mạng nước ta.", BODY)
    scores, weigh = {}, headline.score
    monkeypatch.setattr(headline, "score", lambda line, context: scores.setdefault(line, weigh(line, context)))
    convert(*lines)
    score = scores[lines[1]][0]
    monkeypatch.setattr(headline, "min_score", lambda: score)  # as tools/fit_headline_weights.py counts: at least the threshold
    assert convert(*lines).title == lines[1]
    monkeypatch.setattr(headline, "min_score", lambda: score + 0.01)
    assert convert(*lines).title is None


def test_a_bulleted_breadcrumb_in_lower_case_is_no_headline():
    step = "công tác chuẩn bị bầu cử đại biểu hội đồng nhân dân các cấp ở huyện mai sơn"
    article = convert("  • Trang chủ", f"  • {step}", step, "Mai Sơn chuẩn bị tốt cho công tác bầu cử đại biểu HĐND các cấp",
                      "Huyện Mai Sơn coi cuộc bầu cử đại biểu HĐND các cấp là nhiệm vụ chính trị trọng tâm của năm 2021.",
                      BODY)
    assert article.title == "Mai Sơn chuẩn bị tốt cho công tác bầu cử đại biểu HĐND các cấp"


def test_the_url_slug_picks_the_headline():
    head = ["Đảng bộ huyện Thanh Hà", "Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I"]
    article = convert(*head, LEAD, BODY, url="https://baohaiduong.vn/huyen-uy-thanh-ha-so-ket-cong-tac-xay-dung-dang-quy-i-129125")
    assert article.title == head[1]


def test_a_line_the_slug_does_not_spell_is_no_headline():
    links = ("Góp phần đặt nền tảng cho sự phát triển phường Sơn Tây trong giai đoạn mới Phường Sơn Tây sẵn sàng cho Đại hội "
             "Đảng bộ lần thứ I Sơn Tây: Gắn biển công trình “Hàng cây Nông dân” |")
    lead = ("Bí thư Đảng ủy phường Sơn Tây Ngô Đình Ngũ cho biết, Đại hội tổng kết việc thực hiện Nghị quyết nhiệm kỳ "
            "2020 – 2025 của phường, với nhiều kết quả nổi bật mà các chi, đảng bộ đã đạt được trước khi sáp nhập.")
    lines = [links, "Nhiều kết quả nổi bật", lead, BODY]
    assert convert(*lines).title is None  # a short line below running text, on little evidence
    url = "https://www.quanghungmedia.com/thoi-su/tao-nen-tang-dua-son-tay-vung-buoc-vao-ky-nguyen-moi"
    assert convert(*lines, url=url).title is None  # the slug spells another headline, cut from the page
    assert slug_words(url) >= {"tao", "nen", "tang", "son", "tay"} and slug_words("https://x.vn/hoat-dong/338/") == frozenset()
    portal = "http://saidong.longbien.hanoi.gov.vn/cong-tac-dang1?p_p_id=101&_101_urlTitle=dang-uy-phuong-sai-dong-to-chuc-hoc-tap"
    assert slug_words(portal) == {"dang", "uy", "phuong", "sai", "dong", "to", "chuc", "hoc", "tap"}  # a portal's slug in the query
    # of two steps as long, the later: the section's folder, then the article's slug
    assert slug_words("https://x.vn/di-tich-lich-su-van-hoa/khu-du-lich-atk-dinh-hoa.html") == {"khu", "du", "lich", "atk", "dinh", "hoa"}


def test_a_liferay_portals_url_title_is_the_slug_even_when_the_page_path_is_longer():
    page = "https://phuong.vn/hoat-dong-cac-doan-the-va-to-chuc-xa-hoi-tren-dia-ban"
    portal = f"{page}?p_p_id=101&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_urlTitle=le-trao-huy-hieu-dang-dot-2-nam-2024"
    assert slug_words(portal) == {"le", "trao", "huy", "hieu", "dang", "dot", "nam"}  # the article's, not the portal page's
    assert slug_words(f"{page}?p_p_id=101&sort=ngay-dang-moi-nhat") >= {"hoat", "dong", "doan", "the"}  # no urlTitle: the path


# --- bylines and sources ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed,author,source",
    [
        ("PV (Báo Bạc Liêu)", "PV", "Báo Bạc Liêu"),
        ("BT (nguồn: Báo Thanh Hóa)", "BT", "Báo Thanh Hóa"),
        ("Đài PT-TH Hải Dương", None, "Đài PT-TH Hải Dương"),
        ("Bội Phương - VPHU Quảng Điền", "Bội Phương", "VPHU Quảng Điền"),
        ("Hoài Nam – TTTT&CĐS", "Hoài Nam", "TTTT&CĐS"),  # an office whose acronym joins two with "&"
        ("Lê Thanh Chương (Ban Tổ chức Tỉnh ủy Nghệ An)", "Lê Thanh Chương", None),
        ("HOÀI THU - MINH ANH", "HOÀI THU - MINH ANH", None),
        ("Quang Anh - Văn Khương (Ban Thời sự)", "Quang Anh - Văn Khương (Ban Thời sự)", None),
        ("Thu Thảo/THĐT", "Thu Thảo", "THĐT"),
        ("Hoàng Linh/Quốc Hưng", "Hoàng Linh/Quốc Hưng", None),
        ("LÊ QUANG TÙNG, UVTƯ Đảng, Bí thư Tỉnh ủy", "LÊ QUANG TÙNG", None),
        ("Đoàn Xuân Định- Ban Tuyên giáo", "Đoàn Xuân Định", "Ban Tuyên giáo"),  # the dash glued to the name
        ("Cảnh Miên-CĐCS Đảng ủy Khối các cơ quan tỉnh", "Cảnh Miên", "CĐCS Đảng ủy Khối các cơ quan tỉnh"),  # … to both
        ("Nguyễn Thị Mai-Anh", "Nguyễn Thị Mai-Anh", None),  # a hyphenated given name
        ("Thu Hà - Minh Châu", "Thu Hà - Minh Châu", None),
        ("Nguyễn Hằng ( Huyện Văn Lãng)", "Nguyễn Hằng", None),  # the author's place, in brackets
        ("quantritrangbang quantritrangbang", None, None),  # the site's account
        ("ThS. Lê Thị Thanh Hoa - Khoa Lý luận CT - Trường CĐSP Nghệ An", "ThS. Lê Thị Thanh Hoa", None),  # where she works
        ("Tin HCMUS", None, "HCMUS"),  # a news office's initials
        ("THANH", "THANH", None),  # a name in capitals, one syllable
        ("Lê Anh – cand.com.vn", "Lê Anh", "cand.com.vn"),  # the outlet by its web address
        ("An Trịnh LDO", "An Trịnh", "Báo Lao Động"),  # the paper's tag after the name
        ("Minh Anh VNX", "Minh Anh", "VNX"),  # a tag not in credits.yml stays as printed
        ("Hồng Hà PV", "Hồng Hà PV", None),  # a role's initials, not a paper
        ("Lò Văn Nguyên, Công chức Văn hoá xã", "Lò Văn Nguyên", None),  # an office after a comma
        ("Minh Anh, Thu Hà", "Minh Anh, Thu Hà", None),  # two writers
        ("Trúc Mai (Đài Truyền", "Trúc Mai", "Đài Truyền"),  # the scraper cut the bracket short
        ("Đức Nguyên-Hiệp Thương, TTVHTTTTDL", "Đức Nguyên-Hiệp Thương", "TTVHTTTTDL"),  # an office's initials after a comma
        ("Minh Anh, TTXVN", "Minh Anh", "TTXVN"),
        ("VOH", None, "VOH"),  # Ho Chi Minh City's radio and television, signing as VOV and VTV do
        ("HTV", None, "HTV"),
        ("Minh Anh (ảnh", "Minh Anh (ảnh", None),  # no organisation opens the bracket
    ],
)
def test_credits_split_into_author_and_source(printed, author, source):
    assert split_credit(printed) == (author, source)


@pytest.mark.parametrize("line", ["V.D", "PV", "D.Q", "X.Phú", "Đ.ĐẠO - H.QUÂN |", "T.H(bt)", "Nguyễn Khắc Trung - Đảng ủy Khối",
                                  "V. HÙNG", "Thực hiện: Nguyễn Hằng ( Huyện Văn Lãng)", "Tuệ Lâm -"])
def test_bylines_of_every_shape(line):
    assert byline_kind(line) == "byline"


@pytest.mark.parametrize("line", ["NDO -", "ĐNA -", "Tin tức -", "Hội nghị diễn ra sáng nay.", "Theo dõi Báo Nghệ An trên Google News",
                                  "BẢN ĐỒ TỈNH HÀ TĨNH", "Đài Truyền thanh huyện Chợ Mới", "I. MỤ", "II. NỘI DUNG", "THÔNG BÁO"])
def test_not_bylines(line):
    assert byline_kind(line) != "byline"


def test_a_writer_with_a_dash_over_the_date_line_is_the_byline_not_the_headline():
    article = convert("Tiền Giang: Lãnh đạo Tỉnh ủy chúc tết Ban Trị sự Phật giáo tỉnh", "Thích Trung Thượng -", "22/01/2025",
                      LEAD, BODY)
    assert (article.title, article.author) == ("Tiền Giang: Lãnh đạo Tỉnh ủy chúc tết Ban Trị sự Phật giáo tỉnh", "Thích Trung Thượng")


def test_a_right_aligned_byline_after_the_last_paragraph():
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", LEAD, BODY + "                    MINH NGUYỆT")
    assert article.author == "MINH NGUYỆT"


def test_a_byline_followed_by_furniture():
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", LEAD, BODY, "MINH NGUYỆT",
                      "Theo dõi Báo Hải Dương trên Google News", "TAGS", "Chia sẻ Zalo")
    assert article.author == "MINH NGUYỆT"


def test_a_signed_article_with_the_author_and_office_above_it_has_no_headline():
    article = convert("LÊ QUANG TÙNG, UVTƯ Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Quảng Trị", LEAD, BODY)
    assert article.title is None and article.author == "LÊ QUANG TÙNG"


def test_links_printed_after_the_byline_are_not_the_article():
    links = ["- Người tốt việc tốt: Ấm áp tấm lòng thiện nguyện", "- Chủ động tích trữ, điều tiết nguồn nước trong mùa khô",
             "Đài Phát thanh - Truyền hình Quảng Trị"]
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", LEAD, BODY, "THẾ AN - HỒNG QUÂN", *links)
    body = "\n".join(block.text for block in article.blocks)
    assert article.author == "THẾ AN - HỒNG QUÂN"
    assert not any(link in body for link in links) and BODY in body


def test_a_list_that_ends_the_article_is_kept():
    items = ["- Kết nạp 286 đảng viên", "- Kiện toàn 12 chi bộ"]
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", LEAD, BODY, *items)
    body = "\n".join(block.text for block in article.blocks)
    assert all(item[2:] in body for item in items)


def test_an_image_file_name_before_a_caption_is_dropped():
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", LEAD,
                      "Chú thích ảnh: IMG_0304.jpg: Bà Nguyễn Thị Kiều phát biểu tại hội nghị.", BODY)
    body = "\n".join(block.text for block in article.blocks)
    assert "IMG_0304" not in body and "Bà Nguyễn Thị Kiều phát biểu tại hội nghị." in body


def test_a_byline_printed_on_the_date_line():
    article = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I",
                      "Đăng ngày: 20/01/2016 - 8:28:04 AM | Lượt xem: 1231 | Trần Thị Thanh Thủy", LEAD, BODY)
    assert article.author == "Trần Thị Thanh Thủy" and article.date.startswith("2016-01-20")


@pytest.mark.parametrize("byline,doubtful", [
    ("- Tây Y", True),  # a dash before it: a section's label
    ("Chùa Thành Lạng Sơn Diên Khánh Tự", True),  # seven words: a place's name, no one's
    ("Thu Hà", False),
    ("Ngọc Hà - Đặng Dũng", False),  # two writers
    ("Mỹ Hồng và Thanh Thanh", False),
    ("NGỌC THẢO", False),
    ("V.D", False),  # initials are a name
])
def test_a_writers_name_no_one_signs_so_is_to_review(byline, doubtful):
    """A byline read as the writer but holding a sign before it, a digit, a bracket, small letters or
    more than five words for one person is kept and listed to review: pen names and initials are
    names too, so the doubt goes to an editor, not to a rule."""
    article = convert("Đảng ủy xã Tân Phú tổ chức hội nghị sơ kết",
                      "Ngày 12/3/2024, Đảng ủy xã Tân Phú tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I.", BODY, byline)
    assert article.author == byline
    assert ("author" in article.to_review()) == doubtful


# --- furniture --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [",", ".", ";", "|", "• :", "1527", "100%", "5bua1257-450_1", "anh tin bai", "IMG_2041.JPG", "intNumViewTotal=447",
     "{title}", "![]() |", "Quảng cáo", "Thông tin hữu ích", "Nghe bài viết", "00:00 / 03:12",
     "A- A A+ | Chia sẻ bài viết lên facebook Chia sẻ bài viết lên twitter", "Triển lãm “Hà Giang” - ảnh 1",
     "2 tháng 2 tuần trước", "3 giờ trướcBài gốc", "Ý kiến bạn đọc (0)", "Xem với cở chữ : T T T",
     "Skip Ribbon Commands Skip to main content", "Huyện uỷ Thọ Xuân triển khai Chỉ thị số 35- Ảnh 1.",
     "Đảng bộ thị trấn trao tặng huy hiệu Đảng cho các đảng viên 65 năm tuổi Đảng .jpg", "Audio", "Trang sau >>",
     "<< Trang trước", "In bài này", "Loading...", "Xem cỡ chữ", "Enter Title", "×", "Đánh giá bài viết",
     "vtttdh.jpg (225 KB)", "{{ getLanguage('VanBan_Reduce', 'Giảm', 'reduce') }} (A-)", "(Giảm tương phản-)",
     "Viết bình luận mới", "Mặc định Cỡ chữ", "Đánh giá:", "lượt đánh giá: , trung bình:Bản đồ hành chính", "QR Code", "Người đăng:", "Thống kê: 292.080",
     "Album ảnh:", "Chuyên mục: Tin tức, sự kiện |", "Page Content", ".png)",
     "Chủ đề : Phó Chủ tịch Quốc hội Tòng Thị Phóng, Đại hội Đảng bộ tỉnh Thái Bình",
     "Thống kê truy cập Tổng truy cập 7.036.269 Truy cập hiện tại 1.020 khách", "GÓP Ý KIẾN", "LIÊN KẾT", "Phuninh.gov.vn", "Hình 1", "Ảnh 2:", "Đang truy cập: 25 | Hôm nay: 1,234 | Tổng lượt truy cập: 1.234.567", "Toàn Đảng, toàn dân, toàn quân đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
     "- 222 lượt xem", "[ Điểm đánh giá5/5 ]1 người đã bình chọn", "z3792973522200_d2a0b88edc7e87024dc3623459cd1929 z3793224580036_eff06b27b8a75ff558dee234774cf990",
     "Từ khóa phổ biến: Chủ tịch Hồ Chí Minh", "Chế độ ban đêm OFF", "Lưu thông tin và không hỏi lại lần sau",
     "Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.",
     "[caption id=\"attachment_12\" align=\"aligncenter\"]", "[/caption]", "[Sửa]", "[sửa | sửa mã nguồn]",
     "Kết nạp Đảng cho 3 sinh viên ưu tú ảnh 1", "• Trong tuần: 12 901", "• Tổng lượt truy cập: 1", "Tổng lượt truy cập : 16,011",
     "Xem tiếp...", "Bình luận bài đăng", "Truy cập nội dung luôn", "Đóng truy cập", "Thuyết minh tự động",
     "[Quay lại]", "[ In bài ]", "[Đóng]", "[VIDEO]"],  # a widget in brackets, a shortcode in capitals
)
def test_furniture_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["PV", "---", "Hội nghị diễn ra sáng nay.", "Nâng cao chất lượng sinh hoạt chi bộ",
                                  "3 tháng trước, thôn còn nhiều khó khăn.", "Hôm nay 25 đảng viên, tuần này 30 đảng viên", "Hình ảnh hoạt động của chi bộ", "5 năm trước Đại hội, xã mới có 3 chi bộ.",
                                  "Nhiệt liệt chào mừng các đại biểu về dự, đồng chí Bí thư Huyện ủy phát biểu khai mạc.",
                                  "Chủ đề: “Đoàn kết, dân chủ, kỷ cương, đổi mới”, đại hội bầu 15 đồng chí vào Ban Chấp hành.",
                                  "- Hôm nay chi bộ họp xét kết nạp 2 quần chúng", "- 5 đảng viên được tặng huy hiệu",
                                  "Chế độ ban đêm, các tổ tự quản thay nhau tuần tra.",
                                  "Lưu thông tin của đảng viên chuyển sinh hoạt để lần sau tra cứu nhanh hơn, chi bộ lập sổ riêng cho từng người.",
                                  "[Ngày đăng 23/01/2010]",  # a date line in brackets, not a shortcode
                                  "Đoàn đã chụp ảnh 2", "Tổng số 5 - 6 của chi bộ"])
def test_text_is_not_furniture(line):
    assert not is_boilerplate(line)



def test_a_sentence_giving_a_hotline_stays_in_the_body():
    """A masthead prints its hotline ("Đường dây nóng: 0237 3721150"); an article announcing one writes a
    sentence that ends with a stop: its text, never dropped."""
    sentence = "Mọi phản ánh của người dân xin gọi đường dây nóng 0220 3852 123 của Ủy ban Kiểm tra Huyện ủy."
    article = convert("Thanh Hà sơ kết công tác xây dựng Đảng quý I", "12/03/2016 10:20", LEAD, sentence, BODY)
    assert sentence in [block.text for block in article.blocks]
    assert is_boilerplate("Đường dây nóng: 0237 3721150") and is_boilerplate("Hotline: (0258) 3813 758")


def test_a_figure_in_degrees_of_a_report_stays_in_the_body():
    """A header's weather widget prints towns and their temperature ("Hà Nội 28°C", "TP Hồ Chí Minh Hà Nội 32°C");
    a weather or farming report prints its figure on a line of its own ("Nhiệt độ cao nhất 37°C"): its text."""
    figure = "Nhiệt độ cao nhất 37°C"
    article = convert("Thanh Hà sơ kết công tác xây dựng Đảng quý I", "12/03/2016 10:20", LEAD, BODY, figure, LEAD[:-1] + " mới.")
    assert figure in [block.text for block in article.blocks]
    assert all(is_boilerplate(line) for line in ("Hà Nội 28°C", "TP Hồ Chí Minh Hà Nội 32°C", "Lào Cai 26° - 29°", "33° C"))


def test_a_subheading_on_a_growth_rate_stays_in_the_body():
    """An audio player prints its speed ("Tốc độ đọc", "Tốc độ: 1x"); an economic report's subheading opens with the
    same words ("Tốc độ tăng trưởng kinh tế"): its text."""
    heading = "Tốc độ tăng trưởng kinh tế"
    article = convert("Thanh Hà sơ kết công tác xây dựng Đảng quý I", "12/03/2016 10:20", LEAD, BODY, heading, LEAD[:-1] + " mới.")
    assert heading in [block.text for block in article.blocks]
    assert all(is_boilerplate(line) for line in ("Tốc độ", "Tốc độ đọc", "Tốc độ: 1x", "Tốc độ đọc: 1.25x"))


def test_a_congress_theme_without_quotes_stays_in_the_body():
    """A topics row lists capitalised names ("Chủ đề : Phó Chủ tịch Quốc hội …, Đại hội Đảng bộ tỉnh Thái Bình");
    a congress's theme printed without quotes runs on in small letters after its commas: its text."""
    theme = "Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết, đổi mới, phát triển"
    article = convert("Thanh Hà sơ kết công tác xây dựng Đảng quý I", "12/03/2016 10:20", LEAD, BODY, theme, LEAD[:-1] + " mới.")
    assert theme in [block.text for block in article.blocks]
    assert is_boilerplate("Chủ đề : Phó Chủ tịch Quốc hội Tòng Thị Phóng, Đại hội Đảng bộ tỉnh Thái Bình")


def test_an_articles_note_about_opinions_stays_in_the_body():
    """A comment form notes that readers' opinions are edited ("LƯU Ý: … biên tập ý kiến của bạn đọc …"); an article
    collecting opinions on a draft writes its own note with "ý kiến": its text."""
    note = "Lưu ý: Các ý kiến góp ý dự thảo văn kiện Đại hội gửi về Ban Tuyên giáo Huyện ủy trước ngày 15/8/2020."
    article = convert("Thanh Hà lấy ý kiến góp ý dự thảo văn kiện Đại hội", "12/03/2016 10:20", LEAD, BODY, note)
    assert note in [block.text for block in article.blocks]
    assert is_boilerplate("Lưu ý: Ý kiến của bạn sẽ được biên tập trước khi đăng.")


def test_a_congress_theme_in_quotes_stays_in_the_body():
    """A topics row lists tags after "Chủ đề :" ("Chủ đề : Phó Chủ tịch Quốc hội …, Đại hội Đảng bộ tỉnh Thái Bình");
    a congress report prints the congress's theme, in quotes, on its own line: its text."""
    theme = "Chủ đề: “Đoàn kết, dân chủ, kỷ cương, đổi mới, phát triển”"
    article = convert("Đại hội Đảng bộ huyện Thanh Hà lần thứ XXV, nhiệm kỳ 2020 - 2025", "12/03/2016 10:20", LEAD, theme, BODY)
    assert theme in [block.text for block in article.blocks]
    assert is_boilerplate("Chủ đề : Phó Chủ tịch Quốc hội Tòng Thị Phóng, Đại hội Đảng bộ tỉnh Thái Bình")


@pytest.mark.parametrize("sentence", [
    "Bài trước, chúng tôi đã phản ánh những khó khăn trong công tác phát triển đảng viên ở vùng đồng bào dân tộc thiểu số.",
    "Bài trước đã chỉ ra những hạn chế trong sinh hoạt chi bộ ở nông thôn."])
def test_a_series_sentence_about_its_last_part_stays_in_the_body(sentence):
    """A link to the neighbouring post ("Bài trướcBa Bể phát triển …", "Bài sau: …") is furniture; a part of a
    series telling what the part before said is its text."""
    article = convert("Kỳ 2: Giải pháp nào cho phát triển đảng viên ở vùng khó?", "12/03/2016 10:20", LEAD, sentence, BODY)
    assert sentence in [block.text for block in article.blocks]
    assert is_boilerplate("Bài trướcMở đường lâm nghiệp giúp tăng hiệu quả kinh tế") and is_boilerplate("Bài sau: Những người giữ lửa")


@pytest.mark.parametrize("pointer", [
    "Xem toàn văn kế hoạch tại đây.", "Chi tiết xem tại đường link dưới đây:", "Mời bạn đọc xem các bản tin đã phát sóng tại đây./.",
    "Xem chi tiết danh sách các chi bộ tại đây: DANH SÁCH CHI BỘ"])
def test_a_pointer_to_a_lost_link_is_no_body_line(pointer):
    """A line sending the reader to a link ("Xem … tại đây.", "… tại link dưới đây:") points at nothing once the
    page is text; a sentence about the place where something happened ("… tại đây.") is the article's."""
    place = "Sau buổi lễ, đoàn đại biểu đã dâng hương và tham quan nhà trưng bày tại đây."
    article = convert(TITLE_2016, "12/03/2016 08:30", LEAD, BODY, pointer, place)
    assert [block.text for block in article.blocks] == [LEAD, BODY, place]

# --- places -------------------------------------------------------------------------------------


def test_a_person_named_like_a_district_is_not_a_place():
    article = convert("Bến Tre: Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khóa XI", "04/04/2022 08:59",
                      "Bí thư Tỉnh ủy Lê Đức Thọ phát biểu khai mạc hội nghị, nhấn mạnh yêu cầu xây dựng Đảng trong sạch, vững mạnh.",
                      BODY.replace("huyện", "tỉnh"))
    assert article.province == "Bến Tre" and article.locality is None


@pytest.mark.parametrize("heading,province,locality", [
    ("ĐẢNG BỘ HUYỆN NINH GIANG", "Hải Dương", "huyện Ninh Giang"),
    ("Đảng Bộ Tỉnh Thái Nguyên", "Thái Nguyên", None),
    ("TRƯỜNG CHÍNH TRỊ TỈNH NINH BÌNH", "Ninh Bình", None),
])
def test_a_unit_word_inside_a_run_in_capitals_names_a_place_not_a_person(heading, province, locality):
    # "Đảng" reads as the surname Đặng, "Trường" is one: a run opening on it looked like a person's name,
    # but no person's name holds a unit's word before the place
    article = convert("Hội nghị sơ kết công tác xây dựng Đảng quý I", "12/03/2016", heading,
                      LEAD.replace("Huyện ủy Thanh Hà", "Ban Thường vụ"), BODY)
    assert (article.province, article.locality) == (province, locality)


@pytest.mark.parametrize("title,lead,province", [
    ("Hà Nội rực rỡ cờ hoa mừng Quốc khánh", "Những ngày này, phố phường Hà Nội rợp sắc cờ đỏ sao vàng, băng rôn, khẩu hiệu.",
     "Hà Nội"),
    ("Bỉm Sơn kỷ niệm 45 năm thành lập Đảng bộ", "Ngay sau khi thị trấn Bỉm Sơn ra đời, Đảng bộ tập trung lãnh đạo xây dựng "
     "bộ máy chính quyền.", "Thanh Hóa"),
])
def test_a_communes_word_before_a_name_no_commune_bears_leaves_the_bare_name_its_place(title, lead, province):
    # "phố phường Hà Nội" (the city's streets), "thị trấn Bỉm Sơn" (a town long since a thị xã): no
    # commune of that type has the name, so the title's bare "Hà Nội", "Bỉm Sơn" still name the province
    # and the district, not a commune that does not exist
    article = convert(title, "15/08/2020", lead, BODY.replace("Đảng bộ huyện", "Đảng bộ"))
    assert article.province == province


@pytest.mark.parametrize("office", ["Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường", "Trung tâm Quan trắc môi trường"])
def test_the_province_after_an_environment_office_is_a_place(office):
    # "trường" before a name makes it a school's, but "Môi trường" is the office's field
    article = convert("Sơ kết công tác xây dựng Đảng 6 tháng đầu năm", "15/08/2025",
                      f"Chiều ngày 15/8/2025, Đảng ủy {office} Hà Tĩnh tổ chức hội nghị sơ kết công tác xây dựng Đảng.", BODY)
    assert article.province == "Hà Tĩnh"


def test_an_uprising_named_like_a_district_is_not_a_place():
    article = convert("Lãnh đạo tỉnh chúc mừng Hội Liên hiệp Phụ nữ tỉnh dịp 08/3", "05/03/2020",
                      "Nhân kỷ niệm 110 năm Ngày Quốc tế Phụ nữ và 1980 năm Khởi nghĩa Hai Bà Trưng, sáng 05/3, "
                      "Hội Liên hiệp Phụ nữ tỉnh tổ chức họp mặt.",
                      "Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của chị em phụ nữ tỉnh Đồng Tháp trên mọi lĩnh vực.")
    assert article.province == "Đồng Tháp" and article.locality is None


def test_a_2025_ward_is_told_apart_by_the_units_named_with_it():
    article = convert("Phường Hương Trà tuyên dương điển hình tiên tiến giai đoạn 2020 - 2025", "20/08/2025 10:00",
                      "Chiều 20/8, UBND phường Hương Trà tuyên dương các điển hình tiên tiến.",
                      "Phường Hương Trà được thành lập trên cơ sở phường Hòa Hương, phường An Sơn và xã Tam Ngọc thuộc thành phố Tam Kỳ cũ.")
    assert (article.province, article.locality) == ("Đà Nẵng", "phường Hương Trà")


@pytest.mark.parametrize("commune,locality,province", [
    ("X. Quảng Nham", "xã Quảng Nham", "Thanh Hóa"),
    ("X. Đông Sơn", None, None),  # a commune of eight provinces, not huyện Đông Sơn of Thanh Hóa
])
def test_a_commune_written_x_dot_in_the_lead_is_a_commune(commune, locality, province):
    # "X." is xã written short, as "P." is phường and "TT." thị trấn (place_types of abbreviations.yml)
    article = convert("Hội nghị sơ kết công tác xây dựng Đảng quý I", "12/03/2016",
                      LEAD.replace("Huyện ủy Thanh Hà", f"UBND {commune}"), BODY.replace("huyện", "xã"))
    assert (article.locality, article.province) == (locality, province)


def test_the_commune_the_lead_is_about():
    article = convert("Đại hội điểm cấp cơ sở nhiệm kỳ 2025-2030", "22/01/2025",
                      "Sáng 22/1, Đại hội Đại biểu Đảng bộ TT.Long Hải (huyện Long Đất) lần thứ XIV, nhiệm kỳ 2025-2030 khai mạc.",
                      BODY)
    assert (article.province, article.locality) == ("Bà Rịa - Vũng Tàu", "thị trấn Long Hải")
    assert article.tenure == "2025-2030"


def test_an_all_capitals_title_names_its_place():
    article = convert("ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TRÊN ĐỊA BÀN THÀNH PHỐ PHAN RANG - THÁP CHÀM",
                      "17/05/2024", LEAD.replace("Huyện ủy Thanh Hà", "Thành ủy"), BODY)
    assert article.locality == "thành phố Phan Rang - Tháp Chàm" and article.province == "Ninh Thuận"


def test_common_words_in_an_all_capitals_title_are_no_district():
    # "THỐNG NHẤT ĐẤT NƯỚC" title-cased reads as huyện Thống Nhất (Đồng Nai); the article never writes it as a name
    title = "KỶ NIỆM 50 NĂM NGÀY GIẢI PHÓNG MIỀN NAM, THỐNG NHẤT ĐẤT NƯỚC"
    lead = ("Sáng 28/4/2025, Quận ủy Quận 5 tổ chức lễ kỷ niệm 50 năm Ngày giải phóng miền Nam, "
            "thống nhất đất nước với sự tham dự của đông đảo cán bộ, đảng viên.")
    article = convert(title, "28/04/2025", lead, BODY)
    assert (article.province, article.locality) == ("Hồ Chí Minh", "quận 5")
    named = convert(title, "28/04/2025", lead.replace("Quận 5", "Quận 5 và Huyện ủy Thống Nhất"), BODY)
    assert named.province == "Đồng Nai"  # written as a name in the text: the capitals count too


@pytest.mark.parametrize("title", ["Hội Nghị Sơ Kết Công Tác Xây Dựng Đảng Và Hệ Thống Chính Trị Thống Nhất",
                                   "Xây Dựng Tổ Chức Đảng Vững Mạnh Vì Một Bình Minh Mới"])
def test_common_words_in_a_title_case_title_are_no_district(title):
    """A title with every word capitalised, as some portals and school sites print them: like a title in
    capitals, its common words ("Thống Nhất", "Bình Minh") are no huyện Thống Nhất, thị xã Bình Minh;
    the district's name written in the text still counts."""
    lead = "Sáng 12/7, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2018."
    assert convert(title, "12/07/2018", lead, BODY).locality is None
    named = convert(title, "12/07/2018", lead.replace("Đảng ủy Khối các cơ quan tỉnh", "Huyện ủy Thống Nhất"), BODY)
    assert named.locality == "huyện Thống Nhất"


@pytest.mark.parametrize("lead", [
    "Sáng 12/8, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết mô hình dân vận khéo giai đoạn 2016 - 2019.",
    "Sáng 12/8, Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết mô hình dân vận khéo giai đoạn 2016 - 2019."])
def test_a_commune_only_praised_in_a_province_bodys_news_is_not_its_locality(lead):
    """A province body's conference citing one commune's model further down ("mô hình của xã …", "Đại
    diện xã … trình bày tham luận"): an example of the province's news, not the place it is about; the
    commune the title or lead names (where the event was held) still is."""
    lines = ["Sơ kết mô hình dân vận khéo giai đoạn 2016 - 2019", "12/08/2019", lead,
             "Nhiều mô hình hay như mô hình của xã Quảng Nham về vệ sinh môi trường. "
             "Đại diện xã Quảng Nham trình bày tham luận tại hội nghị.", BODY]
    article = convert(*lines)
    assert (article.province, article.locality) == ("Thanh Hóa", None)
    held_there = convert(*[line.replace("tổ chức hội nghị", "tổ chức tại xã Quảng Nham hội nghị") for line in lines])
    assert held_there.locality == "xã Quảng Nham"


def test_a_district_portal_reprinting_the_countrys_news_gives_no_locality():
    """A district's site reprinting national news (a national congress, the Politburo; the text has not
    one "huyện", "quận", "thị xã"): the host's district is where it was posted, not what it is about.
    A district's own news leaving the name to the masthead ("Ban Tổ chức huyện ủy …") keeps it."""
    url = "https://namdan.nghean.gov.vn/tin-tuc/hoi-nghi-123.html"
    national = convert("Bộ Chính trị chủ trì hội nghị toàn quốc quán triệt nghị quyết", "12/07/2018",
                       "Sáng 12/7, tại Hà Nội, Bộ Chính trị tổ chức hội nghị toàn quốc quán triệt nghị quyết.",
                       "Hội nghị được kết nối trực tuyến tới các điểm cầu trong cả nước, có điểm cầu Tỉnh ủy.", url=url)
    assert (national.province, national.locality) == ("Nghệ An", None)
    own = convert("Khai giảng lớp bồi dưỡng nhận thức về Đảng", "12/07/2018",
                  "Sáng 12/7, Trung tâm Chính trị huyện cùng Ban Tổ chức huyện ủy khai giảng lớp bồi dưỡng nhận thức về Đảng.",
                  BODY, url=url)
    assert own.locality == "huyện Nam Đàn"


def test_a_provincial_site_reprinting_the_countrys_news_gives_no_province():
    """A provincial site whose page speaks of the country's bodies in its title or lead ("Quốc hội",
    "toàn quốc") and has not one unit word ("tỉnh", "huyện", "xã") nor a body of its own ("Chi bộ",
    "Đảng bộ"): the host's province is where it was posted, not what it is about. Its own news
    (a Party cell studying the same election) keeps the host's province, as does a national word
    only deep in the body."""
    url = "https://sotuphap.daklak.gov.vn/tin-tuc/bau-cu-123.html"
    national = convert("Ý nghĩa của cuộc bầu cử đại biểu Quốc hội khóa XVI", "09/12/2025",
                       "Cuộc bầu cử đại biểu Quốc hội khóa XVI là sự kiện chính trị lớn, ngày hội của toàn dân.",
                       "Mỗi cử tri cần tìm hiểu kỹ lý lịch, chương trình hành động của người ứng cử.", url=url)
    assert national.province is None
    assert "cả nước" in national.evidence["province"].reasons[0]
    own = convert("Ý nghĩa của cuộc bầu cử đại biểu Quốc hội khóa XVI", "09/12/2025",
                  "Chi bộ Văn phòng sinh hoạt chuyên đề về cuộc bầu cử đại biểu Quốc hội khóa XVI.",
                  "Mỗi cử tri cần tìm hiểu kỹ lý lịch, chương trình hành động của người ứng cử.", url=url)
    assert own.province == "Đắk Lắk"
    deep = convert("Ý nghĩa của ngày hội non sông", "09/12/2025",
                   "Mỗi cử tri cần tìm hiểu kỹ lý lịch, chương trình hành động của người ứng cử.",
                   "Cuộc bầu cử đại biểu Quốc hội khóa XVI là sự kiện chính trị lớn.", url=url)
    assert deep.province == "Đắk Lắk"


@pytest.mark.parametrize("lead", [
    "Thực hiện Chỉ thị của Bộ Chính trị, Đảng ủy Khối Doanh nghiệp Trung ương hướng dẫn đại hội đảng bộ các cấp.",
    "Đại hội thi đua toàn quốc của Hội Nông dân Việt Nam có đại biểu đến từ 63 tỉnh, thành trong cả nước.",
    "Ban Chấp hành Trung ương giao Đảng bộ Tổng công ty Hàng hải Việt Nam (VIMC) tổng kết; Đảng bộ VIMC đã báo cáo.",
])
def test_a_generic_or_national_body_is_no_unit_word_of_the_site(lead):
    """A unit or body word that is no one place's own ("đảng bộ các cấp", "63 tỉnh, thành", "Đảng ủy Khối
    Doanh nghiệp Trung ương", "Đảng bộ … Việt Nam (VIMC)" and then "Đảng bộ VIMC") does not make a
    provincial site's reprint of the country's news its own: no province. Control: the site's own
    Party committee ("Đảng ủy Sở") keeps the host's province."""
    url = "https://sotuphap.daklak.gov.vn/tin-tuc/tin-123.html"
    body = "Mỗi cán bộ, đảng viên cần nắm vững quan điểm, chủ trương đã đề ra."
    assert convert("Hướng dẫn của Trung ương về công tác thi đua", "09/12/2022", lead, body, url=url).province is None
    own = convert("Hướng dẫn của Trung ương về công tác thi đua", "09/12/2022", lead,
                  "Đảng ủy Sở đã quán triệt tới các chi bộ trực thuộc.", url=url)
    assert own.province == "Đắk Lắk"


@pytest.mark.parametrize("title", [
    "Phát triển khoa học lý luận chính trị theo yêu cầu của Đại hội XIII",  # the National Congress by its number
    "20 năm Ngày Biên phòng toàn dân (3/1989 - 3/2009)",  # a day of the whole people
])
def test_the_countrys_congress_or_a_day_of_the_whole_people_is_national_news(title):
    """"… theo yêu cầu của Đại hội XIII", "Ngày Biên phòng toàn dân": a numbered Party Congress is the
    National Congress, a day "of the whole people" the country's; on a provincial site, with no unit word
    nor a body of its own, the page reprints the country's news. Not "toàn dân tộc" (the great unity
    festival every hamlet holds), and the site's own news keeps the host's province."""
    url = "https://btg.daklak.gov.vn/tin-tuc/123.html"
    lead = "Bài viết nêu những định hướng lớn trong công tác tuyên truyền thời gian tới."
    body = "Mỗi cán bộ, đảng viên cần nắm vững quan điểm, chủ trương đã đề ra."
    assert convert(title, "09/12/2022", lead, body, url=url).province is None
    own = convert("Ngày hội Đại đoàn kết toàn dân tộc năm 2022", "09/12/2022", lead, body, url=url)
    assert own.province == "Đắk Lắk"


@pytest.mark.parametrize("title", [
    "Những yêu cầu khi xây dựng báo cáo chính trị trình đại hội đảng các cấp",  # every level's congresses
    "Cán bộ, đảng viên nêu gương để bảo vệ nền tảng tư tưởng của Đảng",  # the Party's ideology
    "Xứng đáng vai trò tiên phong trên mặt trận tư tưởng, văn hóa của Đảng",
])
def test_the_partys_ideology_or_its_congresses_at_all_levels_are_national_news(title):
    """"… đại hội đảng các cấp", "… nền tảng tư tưởng của Đảng": guidance for the whole Party; on a provincial
    site, with no unit word nor a body of its own, the page reprints the country's news. Control: the same
    title over a text naming the site's own body keeps the host's province."""
    url = "https://btg.daklak.gov.vn/tin-tuc/123.html"
    lead = "Bài viết nêu những định hướng lớn trong công tác tuyên truyền thời gian tới."
    body = "Mỗi cán bộ, đảng viên cần nắm vững quan điểm, chủ trương đã đề ra."
    assert convert(title, "09/12/2022", lead, body, url=url).province is None
    own = convert(title, "09/12/2022", "Đảng bộ cơ quan tổ chức hội nghị quán triệt chuyên đề.", body, url=url)
    assert own.province == "Đắk Lắk"


def test_the_url_names_the_province_when_the_text_does_not():
    lines = ["Hội nghị lần thứ 25 Ban Thường vụ Tỉnh ủy khóa IX", "24/10/2012 14:41", LEAD.replace("Huyện ủy Thanh Hà", "Tỉnh ủy"), BODY]
    assert convert(*lines).province is None
    assert convert(*lines, url="https://www.baodongthap.vn/chinh-tri/hoi-nghi-lan-thu-25-105590.aspx").province == "Đồng Tháp"


def test_a_locality_is_written_in_its_own_case_not_a_capital_lines():
    """A district portal's page (a real one) names its district twice in a headline in
    capitals and once in the site's name: the locality reads "huyện Thọ Xuân"."""
    page = Path(__file__).parent / "realworld" / "dev" / "thoxuan.thanhhoa.gov.vn--e3e4340d.txt"
    assert convert_text(page.read_text(encoding="utf-8"), "seeds/x.txt").locality == "huyện Thọ Xuân"


def test_a_communes_site_tells_its_own_commune_from_the_one_it_visits():
    """Two communes in the title and lead: the one whose site published the page is its locality;
    with no URL, neither."""
    lines = ["ĐOÀN CÔNG TÁC XÃ ĐỊNH MỸ THĂM, CHÚC TẾT XÃ THOẠI SƠN", "06/02/2026",
             "Sáng ngày 06/2/2026, Đoàn công tác xã Định Mỹ do đồng chí Trần Thanh Hải, Bí thư Đảng ủy xã dẫn đầu đã tới "
             "thăm hỏi, chúc Tết cán bộ, công chức xã Thoại Sơn, tỉnh An Giang.", BODY]
    assert convert(*lines).locality is None
    assert convert(*lines, url="https://dinhmy.angiang.gov.vn/doan-cong-tac-xa-dinh-my-tham-chuc-tet").locality == "xã Định Mỹ"
    assert convert(*lines, url="https://thoaison.angiang.gov.vn/doan-cong-tac-xa-dinh-my-tham-chuc-tet").locality == "xã Thoại Sơn"


def test_the_publishers_province_in_the_url_does_not_make_an_article_province_wide():
    lines = ["Chi bộ Trường THPT Di Linh tổ chức kết nạp đảng viên cho học sinh",
             "Chiều ngày 9/8/2024, Chi bộ Trường THPT Di Linh đã làm lễ kết nạp vào Đảng cho những quần chúng ưu tú.",
             "Ông Trần Xuân Kếp – Phó trưởng Ban Tổ chức Huyện ủy Di Linh gửi lời chúc mừng hai đảng viên mới.", BODY]
    url = "http://thptdilinh.lamdong.edu.vn/home/Tin-tuc/chi-bo-truong-thpt-di-linh-to-chuc-ket-nap-dang-vien-163.html"
    assert convert(*lines).locality == "huyện Di Linh"
    assert convert(*lines, url=url).locality == "huyện Di Linh"


@pytest.mark.parametrize("school", ["trường trung cấp Thể dục Thể thao Vinh", "Trường cao đẳng Kỹ thuật Vinh"])
def test_a_city_ending_a_colleges_name_in_lower_case_is_not_the_articles_locality(school):
    """The college's type written in lower case ("trường trung cấp Thể dục Thể thao Huế", "Trường cao
    đẳng Sơn La": three development pages, none about the city) still makes the name the school's."""
    article = convert(f"Chi bộ {school} kết nạp đảng viên mới", "14/05/2015",
                      f"Chiều ngày 13/05/2015, Chi bộ {school}, thuộc Đảng bộ Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An, "
                      "tổ chức lễ kết nạp đảng viên mới.", f"Thay mặt chi bộ {school}, đồng chí Bí thư trao quyết định.", BODY)
    assert (article.province, article.locality) == ("Nghệ An", None)


@pytest.mark.parametrize("address", ["số 27, Trần Xuân Soạn, Hai Bà Trưng", "số 27, phố Trần Xuân Soạn, quận Hai Bà Trưng",
                                     "văn phòng 27 Trần Xuân Soạn, Quận Hai Bà Trưng"])
def test_a_district_in_a_street_address_is_not_the_articles_locality(address):
    """Where a national body sits or meets ("số 1, Liễu Giai, Ba Đình, Hà Nội"): on ten development pages,
    none of them about that district."""
    lines = ["Đại hội Chi bộ Viện Nghiên cứu Văn hóa nhiệm kỳ 2020 - 2025", "12/06/2020",
             f"Sáng 12/6/2020, Chi bộ Viện Nghiên cứu Văn hóa tổ chức Đại hội nhiệm kỳ 2020 - 2025 tại trụ sở Viện, {address}, Hà Nội.",
             BODY]
    article = convert(*lines)
    assert (article.province, article.locality) == ("Hà Nội", None)
    quarter = convert(*[line.replace(f"tại trụ sở Viện, {address}", "tại quận Hai Bà Trưng") for line in lines])
    assert quarter.locality == "quận Hai Bà Trưng"  # named as the place itself, it still counts


@pytest.mark.parametrize("venue", ["tại Khu di tích Đền Thượng (Ba Vì, Hà Nội)", "tại Khu di tích Đền Thượng – huyện Ba Vì",
                                   "tại Khu di tích Đền Thượng (thôn Đồng Chằm, huyện Ba Vì)"])
def test_the_only_district_named_in_a_venues_address_is_not_the_articles_locality(venue):
    """A body from elsewhere holding a ceremony at a site ("tại Khu K9 (Đá Chông, Ba Vì, Hà Nội)", "tại
    Nghĩa trang Liệt sĩ Rừng Sác – Huyện Cần Giờ"): 9 development pages of 9 sites, 8 with no locality."""
    lines = ["Chi bộ Viện Nghiên cứu Văn hóa về nguồn nhân kỷ niệm ngày thành lập Đảng", "04/02/2021",
             f"Sáng 3/2/2021, {venue}, Chi bộ Viện Nghiên cứu Văn hóa tổ chức dâng hương, ôn lại truyền thống của Đảng.",
             BODY]
    assert convert(*lines).locality is None
    held_there = convert(*[line.replace(venue, "tại huyện Ba Vì") for line in lines])
    assert held_there.locality == "huyện Ba Vì"  # named as the place itself, it still counts


@pytest.mark.parametrize("landmark", ["Nhà tù Thanh Ba", "Thành cổ Thanh Ba", "nhà khách Thanh Ba"])
def test_a_district_ending_a_landmarks_name_is_not_the_articles_locality(landmark):
    """"Hội chiến sĩ Thành cổ Quảng Trị", "Nhà lao Tân Hiệp", "Nhà khách Tây Hồ": the landmark's name, as
    a company's ("Công ty CP Supe PP&HC Lâm Thao") is, not the district of the news."""
    lines = ["Chi bộ Ban Tuyên giáo sinh hoạt chuyên đề về truyền thống cách mạng", "04/02/2021",
             f"Sáng 3/2/2021, Chi bộ Ban Tuyên giáo Tỉnh ủy Phú Thọ sinh hoạt chuyên đề về {landmark}, "
             "ôn lại truyền thống cách mạng của Đảng.", BODY]
    assert convert(*lines).locality is None
    named = convert(*[line.replace(landmark, "huyện Thanh Ba") for line in lines])
    assert named.locality == "huyện Thanh Ba"  # named as the district itself, it still counts


def test_a_companys_place_name_standing_bare_is_still_the_company():
    """"Công ty Cổ phần Quốc tế Sơn Hà" … "Đoàn thanh niên Sơn Hà": once a page names a company by a
    district's name, the bare name is the company's short name (5 development pages of 5 sites)."""
    lines = ["Đoàn thanh niên Thanh Ba học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "09/06/2019",
             "Chiều ngày 8/6/2019, Đoàn Thanh niên Công ty Cổ phần Quốc tế Thanh Ba tổ chức buổi sinh hoạt chuyên đề.",
             "Tuổi trẻ Thanh Ba tham quan Bảo tàng Hồ Chí Minh và nghe thuyết trình.", BODY]
    assert convert(*lines).locality is None
    named = convert(*[line.replace("Tuổi trẻ Thanh Ba", "Tuổi trẻ huyện Thanh Ba") for line in lines])
    assert named.locality == "huyện Thanh Ba"  # written as the district too, the name counts again


def test_a_district_a_company_is_named_after_gives_no_province():
    """A brand named after a district ("Công ty Cổ phần Quốc tế Thanh Ba", "Tuổi trẻ Thanh Ba") is no sign of
    the district's province; the page that names the district as such, or its province, has one."""
    lines = ["Đoàn thanh niên Thanh Ba học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "09/06/2019",
             "Chiều ngày 8/6/2019, Đoàn Thanh niên Công ty Cổ phần Quốc tế Thanh Ba tổ chức buổi sinh hoạt chuyên đề.",
             "Tuổi trẻ Thanh Ba tham quan Bảo tàng Hồ Chí Minh và nghe thuyết trình.", BODY]
    assert convert(*lines).province is None
    named = convert(*[line.replace("Tuổi trẻ Thanh Ba", "Tuổi trẻ huyện Thanh Ba") for line in lines])
    assert named.province == "Phú Thọ"
    # places in three provinces, the company's name one of them, are a round-up either way
    trip = ["Đoàn thanh niên học tập và làm theo tấm gương đạo đức Hồ Chí Minh", *lines[1:4],
            "Đoàn viên thăm di tích Bạch Đằng Giang (Thủy Nguyên - Hải Phòng) và viếng Lăng Bác ở Hà Nội.", BODY]
    assert convert(*trip).province is None


@pytest.mark.parametrize("hometown", ["đồng chí Nguyễn Văn Bình (quê Hà Tĩnh)", "đồng chí Nguyễn Văn Bình (quê ở tỉnh Hà Tĩnh)",
                                      "Hội đồng hương Hà Tĩnh"])
def test_a_hometown_in_brackets_or_of_a_society_of_people_from_it_is_no_province(hometown):
    """"… trao Huy hiệu cho đồng chí Nguyễn Văn Bình (quê Hà Tĩnh)", "Hội đồng hương Hà Tĩnh tổ chức họp mặt":
    where a person or a society's members come from, not where the news is (the society meets where they
    live: "Hội đồng hương Thanh Hóa tại Thành phố Hồ Chí Minh"). Up to the bracket's end only."""
    lines = ["Trao Huy hiệu 50 năm tuổi Đảng", "12/10/2019",
             f"Sáng 10/10, Chi bộ khu dân cư số 5 trao Huy hiệu 50 năm tuổi Đảng cho {hometown}.", BODY]
    assert convert(*lines).province is None
    abroad = convert(*[line.replace(f"{hometown}.", f"{hometown} tại Hà Nội.") for line in lines])
    assert abroad.province == "Hà Nội"  # past the bracket, the venue is a place again
    after = convert(*[line.replace(f"{hometown}.", f"{hometown}, tại hội trường UBND tỉnh Bắc Giang.") for line in lines])
    assert after.province == "Bắc Giang"


@pytest.mark.parametrize("told", ["Khu di tích Kim Liên (quê hương Chủ tịch Hồ Chí Minh, huyện Nam Đàn, tỉnh Nghệ An)"])
def test_the_homeland_of_a_leader_a_trip_visits_is_still_the_news_place(told):
    """"về thăm Khu di tích Kim Liên (quê hương Chủ tịch Hồ Chí Minh, huyện Nam Đàn, …)": "quê hương" tells
    whose homeland the place is, not a person's home apart from the news: the place still votes."""
    lines = ["Chi đoàn về nguồn", "12/10/2019", f"Sáng 10/10, Chi đoàn cơ quan về thăm {told}.", BODY]
    assert convert(*lines).province == "Nghệ An"


def test_a_province_name_right_after_a_theatres_word_is_the_theatres_name():
    """"Nhà hát Hòa Bình": a theatre of Hồ Chí Minh City named after peace, not tỉnh Hòa Bình; a
    theatre whose name goes on before the place ("Nhà hát Lớn Hà Nội") still names its city."""
    lines = ["Liên hoan văn nghệ chào mừng ngày thành lập Đoàn", "26/03/2019",
             "Tối 25/3, tại Nhà hát Hòa Bình, Đoàn Thanh niên Khối Doanh nghiệp tổ chức liên hoan văn nghệ.", BODY]
    assert convert(*lines).province is None
    assert convert(*[line.replace("Nhà hát Hòa Bình", "Nhà hát Lớn Hà Nội") for line in lines]).province == "Hà Nội"


@pytest.mark.parametrize("venue", ["Sân vận động Thống Nhất", "Nhà thi đấu Thống Nhất", "Công viên Thống Nhất"])
def test_a_district_ending_a_venues_name_gives_no_province_nor_locality(venue):
    """"Sân vận động Thống Nhất", "Công viên Thống Nhất": venues of Hồ Chí Minh City and Hà Nội named after a
    word that is also huyện Thống Nhất of Đồng Nai; a venue's name, like a company's, is no sign of the
    district or its province. Written with its unit's word, the district counts again."""
    lines = ["Hội thao chào mừng ngày thành lập Đảng", "04/02/2021",
             f"Sáng 3/2/2021, tại {venue}, Đảng ủy Khối Doanh nghiệp tổ chức Hội thao chào mừng 91 năm Ngày thành lập Đảng.",
             BODY]
    found = convert(*lines)
    assert (found.province, found.locality) == (None, None)
    named = convert(*[line.replace(venue, "huyện Thống Nhất") for line in lines])
    assert (named.province, named.locality) == ("Đồng Nai", "huyện Thống Nhất")


def test_a_local_school_named_after_a_commune_of_the_named_district_gives_the_commune():
    """"Trường Mầm non Xuân Hội", "Chi bộ trường THCS Tây Phú" on a page that names only their district
    ("Huyện ủy Tây Sơn"): the school's commune is the locality (4 development pages of 4 sites, all read
    as the district before); a round-up of the district's schools ("các trường") stays the district's."""
    lines = ["Lễ kết nạp đảng viên mới", "22/08/2024",
             "Thực hiện Quyết định số 1777-QĐ/HU ngày 05/8/2024 của Huyện ủy Nghi Xuân về việc kết nạp đảng viên, "
             "Chi bộ trường THCS Xuân Hội đã long trọng tổ chức Lễ kết nạp đảng viên mới.", BODY]
    assert convert(*lines).locality == "xã Xuân Hội"
    round_up = convert(*lines[:-1], "Đến nay các trường trong huyện đều có chi bộ độc lập.", BODY)
    assert round_up.locality == "huyện Nghi Xuân"


@pytest.mark.parametrize("description", ["Xã Ngọc Sơn nằm ở phía tây huyện Thạch Hà, cách trung tâm huyện 12 km.",
                                         "- Xã Ngọc Sơn ở phía tây huyện Thạch Hà, cách trung tâm huyện 12 km.",
                                         "Ngọc Sơn là một xã miền núi ở phía tây huyện Thạch Hà, cách trung tâm huyện 12 km."])
def test_the_commune_a_profile_page_describes_is_the_locality(description):
    """"Xã Mỹ Trung ở phía đông huyện Mỹ Lộc", "Tiên Lục là một xã miền núi …": a commune's own profile,
    its district and neighbours named again and again (30 development pages of 30 sites, all labelled
    with the commune); not a district's list of its communes."""
    lines = ["Vài nét về vùng đất và con người", description,
             "Phía Bắc giáp xã Thạch Ngọc huyện Thạch Hà; phía Nam giáp xã Thạch Xuân huyện Thạch Hà.",
             "Ngọc Sơn là vùng đất cổ của huyện Thạch Hà, có truyền thống cách mạng từ những năm 1930; "
             "nhân dân huyện Thạch Hà nói chung và Ngọc Sơn nói riêng cần cù, hiếu học."]
    assert (convert(*lines).locality, convert(*lines).province) == ("xã Ngọc Sơn", "Hà Tĩnh")
    listed = convert("CÁC XÃ, THỊ TRẤN", *lines[1:])
    assert listed.locality != "xã Ngọc Sơn"


@pytest.mark.parametrize("title", ["Khu lưu niệm đồng chí Lê Văn Kiên", "DI TÍCH NHÀ LƯU NIỆM ĐỒNG CHÍ LÊ VĂN KIÊN",
                                   "Hà Tĩnh: Di tích lưu niệm đồng chí Lê Văn Kiên"])
def test_the_commune_a_relics_own_page_places_it_in_is_the_locality(title):
    """"Khu lưu niệm Tổng Bí thư Lê Hồng Phong ở xã Hưng Thông, huyện Hưng Nguyên", "Di tích Nặm Lìn nằm ở
    thôn Hào Lịch, xã Hoàng Tung": a relic's own page is of the commune it stands in, named there and again,
    however often its district is (6 development pages of 6 sites, all labelled with the commune); a
    commune named once is a passing address."""
    lines = [title, "Từ trung tâm huyện Thạch Hà, đi theo tỉnh lộ chừng 12 km là đến di tích lưu niệm đồng chí Lê Văn Kiên, "
             "ở thôn Trung Tiến, xã Ngọc Sơn, huyện Thạch Hà.",
             "Đồng chí Lê Văn Kiên sinh ra và lớn lên ở Ngọc Sơn, là một trong những đảng viên đầu tiên của huyện Thạch Hà.",
             "Hằng năm, khu lưu niệm đón hàng nghìn lượt khách về dâng hương, tìm hiểu truyền thống cách mạng của huyện Thạch Hà."]
    assert convert(*lines).locality == "xã Ngọc Sơn"
    once = convert(*[line.replace("ở Ngọc Sơn", "ở quê nhà") for line in lines])
    assert once.locality == "huyện Thạch Hà"


@pytest.mark.parametrize("address", ["xã Ngọc Sơn (Thạch Hà)", "xã Ngọc Sơn (huyện Thạch Hà, tỉnh Hà Tĩnh)"])
def test_a_commune_with_its_district_in_brackets_after_it_is_the_locality(address):
    """"xã Đắk P'lao (Đắk Glong)", "xã Nhơn Hòa Lập (huyện Tân Thạnh, tỉnh Long An)": the district named thinly,
    in brackets after the commune the lead names, is the commune's address (4 development pages of 4 sites, all
    labelled with the commune); written after a comma, it may be the district's news, and stays unsettled."""
    lines = ["Về thăm khu căn cứ năm xưa", "12/05/2021",
             f"Khu căn cứ của Tỉnh ủy trong những năm kháng chiến chống Mỹ ở {address} là địa chỉ đỏ giáo dục "
             "truyền thống cách mạng cho thế hệ trẻ.",
             "Những năm gần đây, khu căn cứ đón hàng nghìn lượt đoàn viên, thanh niên về dâng hương.", BODY]
    article = convert(*lines)
    assert (article.province, article.locality) == ("Hà Tĩnh", "xã Ngọc Sơn")
    assert article.evidence["locality"].weak  # the district was named thinly: to review
    with_a_comma = convert(*[line.replace(address, "xã Ngọc Sơn, huyện Thạch Hà") for line in lines])
    assert with_a_comma.locality is None


def test_a_district_written_out_again_and_again_is_the_locality_among_the_provinces_names():
    """"huyện Giao Thủy" six times, "thị xã Bỉm Sơn" four, far ahead of any other district, with "tỉnh Nam
    Định", "của tỉnh" around it: the district is the subject (4 development pages of 4 sites, all labelled
    with it); named bare, or a city sharing its province's name ("thành phố Hải Dương"), it stays unknown."""
    lines = ["Xây dựng nông thôn mới kiểu mẫu", "28/09/2024",
             "Những năm qua, huyện Thạch Hà xác định xây dựng nông thôn mới là nhiệm vụ trọng tâm, góp phần cùng tỉnh Hà Tĩnh về đích sớm.",
             "Theo chỉ đạo của Tỉnh ủy Hà Tĩnh, huyện Thạch Hà huy động mọi nguồn lực, phát huy vai trò chủ thể của nhân dân toàn tỉnh.",
             "Đến nay, huyện Thạch Hà có 20 xã đạt chuẩn nông thôn mới nâng cao, dẫn đầu các địa phương của tỉnh.",
             "Nhiều mô hình sản xuất của huyện Thạch Hà được tỉnh Hà Tĩnh nhân rộng, nhất là trồng rau an toàn.",
             "Năm 2025, huyện Thạch Hà phấn đấu về đích huyện nông thôn mới nâng cao theo kế hoạch của tỉnh Hà Tĩnh.",
             "Ủy ban nhân dân tỉnh Hà Tĩnh đánh giá cao kết quả này và đề nghị các địa phương học tập."]
    article = convert(*lines)
    assert (article.province, article.locality) == ("Hà Tĩnh", "huyện Thạch Hà")
    assert article.evidence["locality"].weak  # the province named as often: to review
    assert convert(*[line.replace("huyện Thạch Hà", "Thạch Hà") for line in lines]).locality is None
    assert convert(*[line.replace("huyện Thạch Hà", "thành phố Hà Tĩnh") for line in lines]).locality is None


@pytest.mark.parametrize("veterans", ["các chiến sĩ Điện Biên Phủ năm xưa", "các chiến sỹ Điện Biên Phủ, những người con của chiến trường Điện Biên Phủ",
                                      "các cựu chiến binh được tặng Huy hiệu Chiến sỹ Điện Biên Phủ"])
def test_a_place_after_soldier_or_battlefield_is_not_the_articles_locality(veterans):
    """"Huy hiệu 'Chiến sỹ Điện Biên Phủ'", "chiến trường Mỹ Tho", "Hội chiến sĩ Thành cổ Quảng Trị": a
    title or a battlefield, like "chiến dịch Điện Biên Phủ" (8 development pages of 8 sites, none about the place)."""
    lines = ["Gặp mặt cựu chiến binh nhân kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam", "22/12/2019",
             f"Sáng 21/12/2019, Hội Cựu chiến binh Sở Văn hóa, Thể thao và Du lịch tổ chức gặp mặt {veterans}.",
             f"Buổi gặp mặt ôn lại truyền thống vẻ vang của {veterans}.", BODY]
    assert convert(*lines).locality is None
    city = convert(*[line.replace(veterans, "cựu chiến binh thành phố Điện Biên Phủ") for line in lines])
    assert city.locality == "thành phố Điện Biên Phủ"  # the city named as such still counts


@pytest.mark.parametrize("lead", [
    "UBND tỉnh Lạng Sơn vừa ra quyết định công nhận hai xã Bính Xá, huyện Đình Lập và Hữu Kiên, huyện Chi Lăng đạt chuẩn nông thôn mới năm 2018.",
    "Ngày 20/12/2018, UBND tỉnh Lạng Sơn công nhận hai xã Bính Xá, huyện Đình Lập và Hữu Kiên, huyện Chi Lăng đạt chuẩn nông thôn mới."])
def test_a_commune_named_only_first_in_a_counted_list_is_not_the_articles_locality(lead):
    """"hai xã Bính Xá, …", "gồm 9 xã Hoằng Lộc, Hoằng Thành, …": news of them all (40 development pages
    name a commune only so; one label is that name, as a district's)."""
    lines = ["Công nhận xã đạt chuẩn nông thôn mới", "21/12/2018", lead, "UBND hai xã Bính Xá, Hữu Kiên tiếp tục duy trì các tiêu chí.", BODY]
    article = convert(*lines)
    assert (article.province, article.locality) == ("Lạng Sơn", None)
    one = convert(*[line.replace("hai xã Bính Xá", "xã Bính Xá") for line in lines])
    assert one.locality == "xã Bính Xá"  # named alone, it is the commune of the news


@pytest.mark.parametrize("place", ["xã Hưng Thông, huyện Hưng Nguyên", "xã Hưng Thông (huyện Hưng Nguyên)",
                                   "xã Hưng Thông, Huyện Hưng Nguyên"])
def test_the_only_commune_with_its_own_district_as_its_address_in_the_lead_is_the_locality(place):
    """"khu vực Tân Mỹ 1, phường Tân Lộc, quận Thốt Nốt", "xã Song Liễu (thị xã Thuận Thành)" (3 development
    pages, 3 sites): the district the lead names is where the commune lies, not a second place of the news."""
    lines = ["Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư", "18/11/2019",
             f"Ngày 18/11, trong không khí phấn khởi chào mừng ngày truyền thống, Ban công tác Mặt trận xóm Hồng Phong, "
             f"{place} đã tổ chức Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư năm 2019.",
             "Bà con xóm Hồng Phong cùng nhìn lại chặng đường xây dựng nông thôn mới của xã Hưng Thông.", BODY]
    assert (convert(*lines).province, convert(*lines).locality) == ("Nghệ An", "xã Hưng Thông")
    apart = convert(*[line.replace(place, "xã Hưng Thông của huyện Hưng Nguyên") for line in lines])
    assert apart.locality == "xã Hưng Thông"  # named on its own, the district is still the commune's address: the
    # commune written out twice, more often than the district, is the news (see test_places)
    assert apart.evidence["locality"].weak
    once = convert(*[line.replace(place, "xã Hưng Thông của huyện Hưng Nguyên").replace("của xã Hưng Thông", "của xã")
                     for line in lines])
    assert once.locality is None  # once each: the news may be the district's


def test_the_only_commune_of_an_article_worded_for_its_province_is_the_locality_when_its_district_goes_unnamed():
    """"UBND tỉnh Phú Thọ", "toàn tỉnh" around the only commune the article names, twice ("phường Tam Sơn",
    "xã Vĩnh Hưng": 5 development pages, 5 sites): the commune's news told in the province's words. With its
    district named too, it may be the province's news passing through the district: no commune then."""
    lines = ["Tổng kết phong trào toàn dân đoàn kết xây dựng đời sống văn hóa năm 2023", "05/01/2024",
             "Thực hiện kế hoạch của UBND tỉnh Phú Thọ, ngày 5/1/2024, Ban chỉ đạo phong trào toàn dân đoàn kết xây dựng "
             "đời sống văn hóa phường Vân Phú tổ chức hội nghị tổng kết năm 2023.",
             "Năm 2023, phường Vân Phú có 95% hộ gia đình đạt danh hiệu gia đình văn hóa, góp phần vào kết quả chung của toàn tỉnh.",
             "Chi bộ các khu dân cư duy trì nền nếp sinh hoạt định kỳ, nội dung sinh hoạt bám sát nhiệm vụ chính trị của địa phương."]
    article = convert(*lines)
    assert (article.province, article.locality) == ("Phú Thọ", "phường Vân Phú")
    district = convert(*[line.replace("phường Vân Phú có", "phường Vân Phú, thành phố Việt Trì có") for line in lines])
    assert district.locality is None


@pytest.mark.parametrize("title", ["HOẠT ĐỘNG CHÀO MỪNG KỶ NIỆM 48 NĂM NGÀY GIẢI PHÓNG MIỀN NAM THỐNG NHẤT ĐẤT NƯỚC",
                                   "KỶ NIỆM 48 NĂM NGÀY GIẢI PHÓNG MIỀN NAM, THỐNG NHẤT ĐẤT NƯỚC (30/4/1975 - 30/4/2023)"])
def test_the_reunification_is_not_huyen_thong_nhat(title):
    """"Giải phóng miền Nam, Thống nhất đất nước" (four development pages): the reunification of
    30/4/1975, not huyện Thống Nhất of Đồng Nai."""
    article = convert(title, "28/04/2023",
                      "Sáng 27/4/2023, Chi đoàn Thanh niên Công ty Dịch vụ công ích quận 5 tổ chức tham quan Bảo tàng.", BODY)
    assert article.province != "Đồng Nai" and article.locality != "huyện Thống Nhất"


@pytest.mark.parametrize("title", ["Khảo sát phong trào thi đua Dân vận khéo tại huyện Mai Sơn và Sông Mã",
                                   "Khảo sát phong trào thi đua Dân vận khéo tại huyện Mai Sơn, huyện Sông Mã"])
def test_two_districts_the_title_names_together_give_no_locality(title):
    """"huyện Khoái Châu và thành phố Hưng Yên" (four development pages, none about one of the two):
    the news is of both, not of the one the body names more often."""
    lines = [title, "12/08/2023",
             "Trong 2 ngày 10 và 11/8, đoàn công tác của Ban Dân vận Tỉnh ủy Sơn La khảo sát tại các xã Bó Sinh, "
             "Mường Lầm (huyện Sông Mã) và xã Chiềng Kheo (huyện Mai Sơn).",
             "Thời gian qua, Huyện ủy Sông Mã đã lãnh đạo các cấp ủy làm tốt công tác dân vận.", BODY]
    assert convert(*lines).locality is None
    one = convert(title.replace("huyện Mai Sơn và ", "huyện ").replace("huyện Mai Sơn, ", ""), *lines[1:])
    assert one.locality == "huyện Sông Mã"


def test_a_city_ending_a_universitys_name_is_not_the_articles_locality():
    lines = ["Đảng bộ Trường Đại học Vinh tổ chức Hội nghị học tập Nghị quyết", "20/10/2021",
             "Sáng 20/10, Đảng ủy Trường Đại học Vinh tổ chức Hội nghị học tập Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An.",
             "Các chi bộ trực thuộc Đảng bộ trường ĐH Vinh và CĐCN Vinh cùng dự.", BODY]
    article = convert(*lines)
    assert (article.province, article.locality) == ("Nghệ An", None)
    city = convert(*[line.replace("Trường Đại học Vinh", "Thành ủy Vinh") for line in lines])
    assert city.locality == "thành phố Vinh"  # the same name as the unit's own is a locality


def test_a_district_name_two_provinces_share_is_told_apart_by_its_communes():
    lead = ("Sáng 24/10/2024, Ban Thường vụ Huyện ủy Phú Tân chọn Chi bộ ấp Phú Thượng làm điểm Đại hội để các chi bộ "
            "thuộc cụm 01 gồm: Phú Thành, Phú Long, Phú Hiệp, Hòa Lạc, Hiệp Xương, Phú Xuân và Phú Lâm học tập kinh nghiệm.")
    assert convert("Đại hội điểm Chi bộ ấp Phú Thượng", lead, BODY).province == "An Giang"  # huyện Phú Tân of An Giang
    alone = lead.replace(" gồm: Phú Thành, Phú Long, Phú Hiệp, Hòa Lạc, Hiệp Xương, Phú Xuân và Phú Lâm", "")
    assert convert("Đại hội điểm Chi bộ ấp Phú Thượng", alone, BODY).province is None  # An Giang or Cà Mau


def test_communes_many_provinces_share_are_told_apart_by_the_one_district_holding_them_all():
    # xã Minh Đức and xã Thanh Bình are each names of several provinces; only huyện Hớn Quản
    # (Bình Phước) has both: communes named together are neighbours
    lead = ("Sáng 12/3/2023, lãnh đạo hai xã Minh Đức và Thanh Bình tổ chức hội nghị giao ban cụm thi đua, "
            "đánh giá kết quả xây dựng tổ chức cơ sở đảng trong quý I.")
    assert convert("Giao ban cụm thi đua hai xã", lead, BODY).province == "Bình Phước"
    alone = lead.replace("hai xã Minh Đức và Thanh Bình", "xã Minh Đức")
    assert convert("Giao ban cụm thi đua", alone, BODY).province is None
    # a commune the text settles in another province: the pair proves nothing
    elsewhere = lead.replace("trong quý I.", "trong quý I, cùng đoàn công tác xã Đông Hòa, tỉnh Thái Bình.")
    assert convert("Giao ban cụm thi đua hai xã", elsewhere, BODY).province != "Bình Phước"


def test_bare_names_that_go_on_a_counted_list_of_communes_are_its_neighbours():
    """"các xã Phúc Khánh, Minh Tân, Kim Trung": one unit word for the list; the bare names after it
    are communes too, and only huyện Hưng Hà (Thái Bình) holds all three (each is a name of several
    provinces). An undated page's list may be the communes before a merger: it tells nothing."""
    lead = ("Sáng 22/4/2018, Chủ tịch UBND huyện đi kiểm tra công tác bầu cử trưởng thôn ở các xã Phúc Khánh, "
            "Minh Tân, Kim Trung và một số địa phương khác trong huyện.")
    assert convert("Kiểm tra công tác bầu cử trưởng thôn", lead, BODY).province == "Thái Bình"
    alone = lead.replace("các xã Phúc Khánh, Minh Tân, Kim Trung", "xã Phúc Khánh")
    assert convert("Kiểm tra công tác bầu cử trưởng thôn", alone, BODY).province is None
    # an address, not a list: "xã Phúc Khánh, Minh Tân" names no second commune
    address = lead.replace("các xã Phúc Khánh, Minh Tân, Kim Trung", "thôn Quang Trung, xã Phúc Khánh, Minh Tân")
    assert convert("Kiểm tra công tác bầu cử trưởng thôn", address, BODY).province is None
    undated = lead.replace("Sáng 22/4/2018, ", "")
    assert convert("Kiểm tra công tác bầu cử trưởng thôn", undated, BODY).province is None


# --- terms ------------------------------------------------------------------------------------------


def test_a_congress_still_ahead_keeps_the_old_term():
    article = convert("Niềm tin trước thềm Đại hội", "11/10/2020",
                      "Ngày mai 12.10, trước thềm Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII, nhiệm kỳ 2020-2025, cán bộ và nhân dân đặt nhiều kỳ vọng.",
                      BODY)
    assert article.tenure == "2015-2020"


def test_the_own_congress_held_opens_the_new_term():
    article = convert("Đại hội Đảng bộ xã Hậu Nghĩa lần thứ I", "12/08/2025",
                      "Trong 2 ngày 11 và 12/8, Đảng bộ xã Hậu Nghĩa, tỉnh Tây Ninh đã tiến hành Đại hội Đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
                      BODY)
    assert article.tenure == "2025-2030" and article.tenure_basis == "text"


@pytest.mark.parametrize("lead, iso", [
    ("Ngày 5/10, Hội Hữu nghị Việt Nam - Lào tỉnh Cao Bằng tiến hành Đại hội lần thứ II, nhiệm kỳ 2021 - 2026.", "2021-10-05"),
    ("Ngày 13/3, Đoàn TNCS Hồ Chí Minh phường Tuần Châu đã trọng thể tổ chức Đại hội Đại biểu lần thứ XII, "
     "nhiệm kỳ 2022 – 2027.", "2022-03-13"),
])
def test_a_mass_organisations_own_congress_dates_its_lead_in_the_terms_first_year(lead, iso):
    """A Youth Union's, Women's Union's or friendship society's five-year term runs off the
    Party's calendar (2021-2026, 2022-2027); its congress opens it all the same."""
    article = convert("Đại hội đại biểu lần thứ XII", lead, BODY)
    assert article.date == iso


def test_a_councils_first_session_dates_its_lead_in_the_terms_first_year():
    """A People's Council meets for the first time weeks after its election, in the term's first year."""
    lead = "Ngày 28/6, HĐND tỉnh Thừa Thiên – Huế khóa VII họp kỳ thứ nhất, nhiệm kỳ 2021 – 2026, để kiện toàn các chức danh."
    assert convert("Kiện toàn các chức danh của HĐND tỉnh", lead, BODY).date == "2021-06-28"
    later = lead.replace("họp kỳ thứ nhất", "họp kỳ thứ 12")  # a later session: any year of the term
    assert convert("Kiện toàn các chức danh của HĐND tỉnh", later, BODY).date is None


def test_the_congress_the_title_numbers_outranks_one_a_cited_plan_looks_ahead_to():
    plan = ("Căn cứ Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị; Kế hoạch số 78-KH/ĐUK, ngày 8/11/2019 của Đảng ủy "
            "Khối các cơ quan tỉnh về tổ chức đại hội đảng bộ cơ sở tiến tới Đại hội đại biểu Đảng bộ Khối các cơ quan "
            "tỉnh lần thứ VI, nhiệm kỳ 2020- 2025.")
    held = ("Ngày 8/5/2020, Đảng bộ Trường Cao đẳng Văn hóa Nghệ thuật Thái Bình long trọng tiến hành Đại hội lần thứ IV, "
            "nhiệm kỳ 2020- 2025.")
    article = convert("ĐẠI HỘI ĐẢNG BỘ LẦN THỨ IV", "11/05/2020", plan, held, BODY)
    assert article.tenure == "2020-2025" and article.tenure_basis == "text"
    ahead = convert("CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ LẦN THỨ IV", "11/05/2020", plan, held.replace("Ngày 8/5/2020", "Ngày 18/5/2020")
                    .replace("long trọng tiến hành", "sẽ tiến hành"), BODY)
    assert ahead.tenure == "2015-2020"  # the title greets a congress still ahead


def test_propaganda_for_a_congress_keeps_the_old_term():
    # a veterans' association or a department spreading the word about the province's coming congress
    article = convert("HỘI NÔNG DÂN XÃ PHÚ LỘC: TUYÊN TRUYỀN ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XX, NHIỆM KỲ 2020 - 2025",
                      "12/10/2020",
                      "Sáng ngày 12/10/2020, Hội Nông dân xã Phú Lộc tổ chức tuyên truyền Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa "
                      "lần thứ XIX, nhiệm kỳ 2020 – 2025 tại nhà văn hóa thôn 3.", BODY)
    assert article.tenure == "2015-2020"
    # its results, once it has met, are another matter
    results = convert("Tuyên truyền kết quả Đại hội", "12/11/2020",
                      "Sáng ngày 12/11/2020, Hội Nông dân xã Phú Lộc tổ chức tuyên truyền kết quả Đại hội đại biểu Đảng bộ tỉnh "
                      "Thanh Hóa lần thứ XIX, nhiệm kỳ 2020 – 2025 tại nhà văn hóa thôn 3.", BODY)
    assert results.tenure == "2020-2025"


def test_a_headline_preparing_the_congress_keeps_the_old_term_without_a_date():
    article = convert("ĐẢNG BỘ CÔNG TY ĐIỆN LỰC NAM ĐỊNH TRIỂN KHAI CÔNG TÁC CHUẨN BỊ ĐẠI HỘI ĐIỂM, NHIỆM KỲ 2020 – 2025",
                      "Trong Quý I, nhiệm vụ chính trị quan trọng của Công ty là tổ chức thành công Đại hội Đảng bộ lần thứ XV, "
                      "nhiệm kỳ 2020 – 2025, Đại hội điểm đầu tiên của Đảng bộ khối Doanh nghiệp tỉnh Nam Định.", BODY)
    assert article.date is None and article.tenure == "2015-2020"


# --- the URL ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url,kind,province,district",
    [
        ("https://baobacgiang.vn/x", "provincial paper", "Bắc Giang", None),
        ("https://lucngan.bacgiang.gov.vn/node/1", "district portal", "Bắc Giang", "Lục Ngạn"),
        ("http://tuyphong.binhthuan.dcs.vn/a", "party committee", "Bình Thuận", "Tuy Phong"),
        ("https://haiduongtv.com/x", "tv", "Hải Dương", None),
        ("https://sggp.org.vn/x", "provincial paper", "Hồ Chí Minh", None),
        # provincial broadcasters whose host does not name the province (publishers.yml hosts)
        ("https://thtg.vn/x", "tv", "Tiền Giang", None),
        ("https://www.thst.vn/x", "tv", "Sóc Trăng", None),
        ("https://radio.voh.com.vn/x", "tv", "Hồ Chí Minh", None),
        ("https://www.thbt.vn/thoi-su-toi-1262025", "tv", "Bến Tre", None),
        ("https://nhandan.vn/x", "national", None, None),
        ("https://huyenuybugiamap.vn/x", "district portal", "Bình Phước", "Bù Gia Mập"),  # a district Party committee's site
        # a school's site under a district's education office: the province only, the school's commune unknown
        ("https://mnhoahuongduong.longbien.edu.vn/x", "portal", "Hà Nội", None),
        ("https://mnkimdong.pgdhadong.edu.vn/x", "portal", "Hà Nội", None),
        # a province's police, hospital or customs office: the province's name glued into the site's label
        ("https://conganbacninh.vn/x", "organisation", "Bắc Ninh", None),
        ("https://benhviendklaichau.vn/x", "organisation", "Lai Châu", None),
        ("https://quangninhcustoms.gov.vn/x", "organisation", "Quảng Ninh", None),
        # a state body's abbreviation, then the province's short host name or initials
        ("https://vkshue.gov.vn/x", "organisation", "Thừa Thiên Huế", None),
        ("https://vkskh.gov.vn/x", "organisation", "Khánh Hòa", None),
        ("https://vienkiemsatbrvt.gov.vn/x", "organisation", "Bà Rịa - Vũng Tàu", None),
        # a body's own word, then a province's initials of three letters or more (no syllable ends so)
        ("https://vienvacxinhcm.gov.vn/x", "organisation", "Hồ Chí Minh", None),
        ("https://baotangbrvt.org.vn/x", "organisation", "Bà Rịa - Vũng Tàu", None),
        # a body's own word, then a district's unit word and its short name (only Quận 1-12 are numbered)
        ("https://trungtamthethaoquan3.vn/x", "organisation", "Hồ Chí Minh", None),
        # a district's youth union, health centre or education office: the district's name ends the label
        ("https://tuoitrethangbinh.vn/x", "organisation", "Quảng Nam", None),
        ("https://ttytdakrong.vn/x", "organisation", "Quảng Trị", None),
        ("https://congananphu.vn/x", "organisation", "An Giang", None),  # a name opening on a vowel after a syllable's end
        ("https://thcstanhoi.pgdtxhongngu.edu.vn/x", "organisation", "Đồng Tháp", None),
        # a district's name, then "city": that city's own site
        ("https://halongcity.gov.vn/x", "district portal", "Quảng Ninh", "Hạ Long"),
        ("https://kontumcity.kontum.gov.vn/x", "district portal", "Kon Tum", "Kon Tum"),
        # only a city's or a town's word before the province's: the city or town named as the province
        ("https://thanhpho.laichau.gov.vn/x", "district portal", "Lai Châu", "Lai Châu"),
        ("https://thixa.quangtri.gov.vn/x", "district portal", "Quảng Trị", "Quảng Trị"),
        ("https://thanhpho.hcm.gov.vn/x", "portal", "Hồ Chí Minh", None),  # no district of that name
        ("https://thanhuy.hungyen.dcs.vn/x", "party committee", "Hưng Yên", "Hưng Yên"),  # Thành ủy of the city
        ("https://thanhuy.danang.dcs.vn/x", "party committee", "Đà Nẵng", None),  # the city is the province
        # a district Party committee's word alone, then the district's name
        ("https://huyenuy.namtramy.gov.vn/x", "district portal", "Quảng Nam", "Nam Trà My"),
    ],
)
def test_publishers_from_hosts(url, kind, province, district):
    site = publisher_of(url)
    assert (site.kind, site.province, site.district) == (kind, province, district)


@pytest.mark.parametrize(
    "url",
    [
        "https://vksnd.gov.vn/x",  # "VKSND", the procuracy, not "vks" before Nam Định's initials
        "https://thcskiengiang.edu.vn/x",  # a school named after a commune as often as after the province
        "https://thphutho.tptdm.edu.vn/x",  # a sub-domain: a school named after a ward of Thủ Dầu Một
        "https://khuevien.vn/x",  # a short host name ("hue") is not read inside a word
        "https://phuninh.gov.vn/x",  # Phú Ninh (Quảng Nam) or Phù Ninh (Phú Thọ): the host cannot tell
        "https://thptyenthanh.edu.vn/x",  # a school named after a district's name, or a commune's elsewhere
        "https://thcstranphu.edu.vn/x",  # Trần Phú, not "tr" + An Phú (An Giang): a name inside a syllable
        "https://dangbotranphu.vn/x",
        "https://congtydt.vn/x",  # two initials ("dt": Đồng Tháp) are read only after a body's known abbreviation
        "https://ttth.edu.vn/x",  # initials before initials: "trung tâm tin học", not "t" before Thừa Thiên Huế's
        "https://thptchuyenquan1.edu.vn/x",  # a school's prefixes alone before the district's word
    ],
)
def test_no_province_from_a_name_inside_a_host_that_may_not_be_it(url):
    assert getattr(publisher_of(url), "province", None) is None


def test_a_schools_host_named_after_a_hero_gives_no_province_from_a_name_inside_a_syllable():
    """"thcstranphu.edu.vn": a school named after Trần Phú, as hundreds are; "anphu" ends the label
    but opens inside the syllable "tran", so it is not An Phú of An Giang. After a whole syllable
    ("tuoitreanphu.vn") the district's name still gives its province."""
    lines = ["Chi bộ kết nạp đảng viên mới", "12/10/2019",
             "Sáng 10/10, Chi bộ tổ chức lễ kết nạp đảng viên mới cho 2 quần chúng ưu tú.", BODY]
    assert convert(*lines, url="https://thcstranphu.edu.vn/tin/1").province is None
    assert convert(*lines, url="https://tuoitreanphu.vn/tin/1").province == "An Giang"


@pytest.mark.parametrize("url", ["https://truongthptngoquyen.edu.vn/tin/1", "https://thptchuyenngoquyen.edu.vn/tin/1",
                                 "https://ptdtntbacha.edu.vn/tin/1"])
def test_a_schools_host_after_run_together_prefixes_names_no_province(url):
    """"THPT Ngô Quyền", "THPT chuyên Ngô Quyền" are schools of many provinces named after the king, not
    after Hải Phòng's district; "PT DTNT Bắc Hà" may be a district's boarding school anywhere: the
    school's prefixes run together ("truong" + "thpt", "thpt" + "chuyen") are a school's, as "thpt" is."""
    lines = ["Chi bộ sinh hoạt chuyên đề", "12/03/2024", "Sáng 12/3/2024, chi bộ giáo viên tổ chức sinh hoạt chuyên đề quý I.", BODY]
    assert convert(*lines, url=url).province is None


@pytest.mark.parametrize("url", ["https://phuongtanphuoc.gov.vn/tin/1", "https://xabinhduong.gov.vn/tin/1"])
def test_a_communes_host_with_its_type_before_a_shared_name_names_no_province(url):
    """phường Tân Phước is a ward of Bà Rịa - Vũng Tàu and of Thành phố Hồ Chí Minh, not Tiền Giang's
    district of that name; xã Bình Dương is a commune of Quảng Ngãi or Quảng Nam, not the province:
    a commune's type before the name makes the site a commune's, not an organisation's of the district or province."""
    lines = ["Chi bộ sinh hoạt chuyên đề", "12/03/2024", "Sáng 12/3/2024, chi bộ khu phố 2 tổ chức sinh hoạt chuyên đề quý I.", BODY]
    assert convert(*lines, url=url).province is None


@pytest.mark.parametrize("url", ["https://thpttranphu.edu.vn/tin/1", "https://banduong.vn/tin/1",
                                 "https://thcsnguyenbinh.edu.vn/tin/1", "https://thpttanphu.edu.vn/tin/1"])
def test_a_name_cut_out_of_a_longer_syllable_in_a_host_names_no_province(url):
    """A label has no spaces: "thpttranphu" (THPT Trần Phú, in every province) ends on the letters of
    An Phú, "banduong" (a magazine, Bạn Đường) on An Dương's, "thcsnguyenbinh" (Nguyễn Bính) on Yên
    Bình's, "thpttanphu" (Tân Phú) on An Phú's; a name opening on a vowel after a letter no syllable
    ends on, on "y" after "u", or inside a longer name ending the label is not read."""
    lines = ["Chi bộ sinh hoạt chuyên đề", "12/03/2024", "Sáng 12/3/2024, chi bộ tổ chức sinh hoạt chuyên đề quý I.", BODY]
    assert convert(*lines, url=url).province is None


@pytest.mark.parametrize("url", ["https://thcstranhungdao.pgdhoankiem.edu.vn/tin/1", "https://thtranphu.pgdhagiang.edu.vn/tin/1"])
def test_a_school_named_after_a_hero_who_names_a_ward_gives_no_commune(url):
    """Hoàn Kiếm has a phường Trần Hưng Đạo and Hà Giang a phường Trần Phú, but schools of those names are
    named after the heroes, as in every district: a commune named after a person is not the school's commune."""
    lines = ["Chi bộ nhà trường sinh hoạt chuyên đề", "12/03/2024",
             "Sáng 12/3/2024, chi bộ nhà trường tổ chức sinh hoạt chuyên đề quý I với sự tham dự của toàn thể đảng viên.", BODY]
    assert convert(*lines, url=url).locality is None


@pytest.mark.parametrize(
    "url,province",
    [
        ("https://c1nghiathanh.chauduc-brvt.edu.vn/tin", "Bà Rịa - Vũng Tàu"),  # Châu Đức, then the province's host name
        ("https://ththanhmy.pgdthapmuoidt.edu.vn/tin", "Đồng Tháp"),  # the office of Tháp Mười, then Đồng Tháp's initials
        ("https://quanuy1hcm.org.vn/tin", "Hồ Chí Minh"),  # Quận ủy Quận 1, then the city's
    ],
)
def test_a_district_host_closing_on_its_provinces_abbreviation_names_the_province(url, province):
    lines = ["Chi bộ sinh hoạt chuyên đề", "12/03/2024", "Sáng 12/3/2024, chi bộ tổ chức sinh hoạt chuyên đề quý I.", BODY]
    assert convert(*lines, url=url).province == province


@pytest.mark.parametrize("url", ["https://c1nghiathanh.chauduc-dt.edu.vn/tin", "https://ththanhmy.pgdthapmuoitb.edu.vn/tin"])
def test_a_district_host_closing_on_another_provinces_abbreviation_names_no_province(url):
    # Châu Đức is no district of Đồng Tháp, Tháp Mười none of Thái Bình: neither name vouches for the other
    lines = ["Chi bộ sinh hoạt chuyên đề", "12/03/2024", "Sáng 12/3/2024, chi bộ tổ chức sinh hoạt chuyên đề quý I.", BODY]
    assert convert(*lines, url=url).province is None


def test_a_bare_gov_host_naming_one_unit_of_the_country_names_its_province():
    lines = ["Chi bộ sinh hoạt chuyên đề", "12/03/2024", "Sáng 12/3/2024, chi bộ khu phố 5 tổ chức sinh hoạt chuyên đề quý I.", BODY]
    ward = convert(*lines, url="https://binhhunghoaa.gov.vn/tin/1")  # phường Bình Hưng Hòa A's own site
    assert (ward.province, ward.locality) == ("Hồ Chí Minh", "phường Bình Hưng Hòa A")
    typed = convert(*lines, url="https://phuongcaukho.gov.vn/tin/1")  # the ward's type before its name
    assert (typed.province, typed.locality) == ("Hồ Chí Minh", "phường Cầu Kho")
    assert convert(*lines, url="https://thuongxuan.gov.vn/tin/1").province == "Thanh Hóa"  # a district's: the province only
    # a district of a province merged in 2025, whose name a commune of the new province took (huyện Ba Bể of Bắc Kạn,
    # xã Ba Bể of Thái Nguyên): the same place, its province by the date
    assert convert(*lines, url="https://babe.gov.vn/tin/1").province == "Bắc Kạn"
    after = ["Chi bộ sinh hoạt chuyên đề", "12/09/2025", "Sáng 12/9/2025, chi bộ thôn Nà Làng tổ chức sinh hoạt chuyên đề.", BODY]
    assert convert(*after, url="https://babe.gov.vn/tin/1").province == "Thái Nguyên"
    # An Lão of Hải Phòng and of Bình Định, Phú Ninh of Quảng Nam and Phù Ninh of Phú Thọ: the host cannot tell
    assert convert(*lines, url="https://anlao.gov.vn/tin/1").province is None
    assert convert(*lines, url="https://phuninh.gov.vn/tin/1").province is None


@pytest.mark.parametrize("url", ["https://phongchau.gov.vn/tin/1", "https://phongquang.gov.vn/tin/1", "https://phuongson.gov.vn/tin/1"])
def test_a_bare_gov_host_opening_on_ph_is_not_a_wards_type_before_its_name(url):
    """"phongchau" is Phong Châu (Phú Thọ) or Phong Quang, Phương Sơn: names of communes of several provinces, not
    "p" (phường) before Hồng Châu of Hưng Yên, Hồng Quang of Ninh Bình, Hương Sơn of Thái Nguyên."""
    lines = ["Chi bộ sinh hoạt chuyên đề", "12/03/2024", "Sáng 12/3/2024, chi bộ khu phố 5 tổ chức sinh hoạt chuyên đề quý I.", BODY]
    article = convert(*lines, url=url)
    assert (article.province, article.locality) == (None, None)


@pytest.mark.parametrize("url", ["https://tanminh.gov.vn/tin/1", "https://thuongson.gov.vn/tin/1", "https://xuangiang.gov.vn/tin/1"])
def test_a_bare_host_spelling_a_shared_commune_name_is_not_a_word_before_a_district(url):
    """xã Tân Minh, Thượng Sơn, Xuân Giang are communes of several provinces: their own sites name no province,
    and their labels are not "t" before An Minh (Kiên Giang), Hương Sơn (Hà Tĩnh) or "xu" before An Giang."""
    lines = ["Chi bộ sinh hoạt chuyên đề", "12/03/2024", "Sáng 12/3/2024, chi bộ thôn 5 tổ chức sinh hoạt chuyên đề quý I.", BODY]
    assert convert(*lines, url=url).province is None


@pytest.mark.parametrize("url", ["https://xatanminh.gov.vn/tin/1", "https://xanhanam.gov.vn/tin/1"])
def test_a_bare_host_spelling_a_communes_type_and_shared_name_names_no_province(url):
    """xã Tân Minh, xã Nhã Nam (Bắc Ninh; and Hà Nam's name inside "xanhanam") with the type before the name:
    still the commune's own site, not "xat" before An Minh (Kiên Giang) nor "xan" before Hà Nam."""
    lines = ["Chi bộ sinh hoạt chuyên đề", "12/03/2024", "Sáng 12/3/2024, chi bộ thôn 5 tổ chức sinh hoạt chuyên đề quý I.", BODY]
    assert convert(*lines, url=url).province is None


@pytest.mark.parametrize("url", ["https://phuonghuongtra.gov.vn/tin/1", "https://xaphuvang.gov.vn/tin/1"])
def test_a_bare_host_naming_a_commune_huế_shares_since_2025_names_no_province(url):
    """Huế's 2025 list has a phường Hương Trà and a xã Phú Vang, as Đà Nẵng (Tam Kỳ) and Bến Tre have: the
    name is not one unit's of the whole country, though Huế's wards have no district in the lists."""
    lines = ["Chi bộ sinh hoạt chuyên đề", "12/03/2024", "Sáng 12/3/2024, chi bộ tổ dân phố 5 tổ chức sinh hoạt chuyên đề quý I.", BODY]
    assert convert(*lines, url=url).province is None


def test_a_universitys_host_names_its_province_on_a_page_that_names_the_university():
    # a university seated in one province (publishers.yml): its own news names it, the province for review
    own = ["Chi bộ Khoa Sư phạm kết nạp đảng viên mới", "12/03/2024",
           "Sáng 12/3/2024, Chi bộ Khoa Sư phạm, Trường Đại học Tây Bắc tổ chức lễ kết nạp đảng viên mới.", BODY]
    article = convert(*own, url="https://fss.utb.edu.vn/tin/ket-nap")
    assert article.province == "Sơn La" and article.evidence["province"].weak
    assert convert(*[line.replace("Trường Đại học Tây Bắc", "Trường ĐH Hồng Đức") for line in own],
                   url="https://khxh.hdu.edu.vn/tin").province == "Thanh Hóa"
    # a page that never names it reprints the country's news: the host is only its publisher
    national = ["Tổng Bí thư - Nhà lãnh đạo được nhân dân yêu mến", "18/07/2024",
                "Chiều 18/7/2024, Bộ Chính trị thông báo về tình hình sức khỏe của Tổng Bí thư.", BODY]
    assert convert(*national, url="https://fss.utb.edu.vn/tin/tong-bi-thu").province is None


def test_a_capital_universitys_host_names_its_city_on_its_own_page_and_its_name_alone_is_no_place():
    # a university of Hà Nội or Thành phố Hồ Chí Minh (publishers.yml hosts): its own page names it, the city for review
    own = ["Chi bộ Khoa Kế toán kết nạp đảng viên mới", "12/03/2024",
           "Sáng 12/3/2024, Chi bộ Khoa Kế toán, Trường Đại học Kinh tế Quốc dân tổ chức lễ kết nạp đảng viên mới.", BODY]
    article = convert(*own, url="https://sat.neu.edu.vn/tin/ket-nap")
    assert article.province == "Hà Nội" and article.evidence["province"].weak
    assert convert(*[line.replace("Kinh tế Quốc dân", "Luật Thành phố Hồ Chí Minh") for line in own],
                   url="https://hcmulaw.edu.vn/tin").province == "Hồ Chí Minh"
    # its students come from every province: the country's news naming it places nothing in the city
    national = ["Sinh viên có nên vào Đảng?", "18/07/2024",
                "Theo Lan, sinh viên Trường ĐH Thương mại, trở thành đảng viên khi đang học là một thử thách.",
                "Nhiều sinh viên ở các trường đại học cho rằng vào Đảng là một vinh dự và trách nhiệm lớn."]
    assert convert(*national).province is None


def test_a_province_only_an_organisations_host_names_is_listed_for_review():
    lines = ["15 năm thành lập Đảng bộ Tập đoàn Điện lực Việt Nam", "08/10/2022",
             "Ngày 8/10/2022, Đảng bộ Tập đoàn Điện lực Việt Nam tổ chức lễ kỷ niệm 15 năm ngày thành lập.", BODY]
    article = convert(*lines, url="https://tpcduyenhai.com.vn/vi-VN/tin")
    assert article.province == "Trà Vinh" and article.evidence["province"].weak
    named = convert("Huyện đoàn Duyên Hải ra quân tình nguyện hè", "08/06/2022",
                    "Sáng 8/6/2022, Huyện đoàn Duyên Hải, tỉnh Trà Vinh tổ chức lễ ra quân chiến dịch thanh niên tình nguyện hè.",
                    BODY, url="https://tpcduyenhai.com.vn/vi-VN/tin")
    assert named.province == "Trà Vinh" and not named.evidence["province"].weak


def test_an_organisations_host_does_not_outvote_another_province_the_text_names():
    # a Đà Nẵng site reprinting a page about Đồng Tháp: the host's province against the text's is no
    # evidence either way, so the province stays unknown (for an editor) instead of being the host's
    lines = ["Tuổi trẻ ra quân tình nguyện hè", "08/06/2022",
             "Sáng 8/6/2022, đoàn thanh niên ra quân chiến dịch thanh niên tình nguyện hè.", BODY,
             "Chiến dịch năm nay học cách làm của tuổi trẻ Đồng Tháp."]
    article = convert(*lines, url="https://tuoitrehoavang.vn/tin")
    assert article.province is None and article.evidence["province"].weak
    assert "Đồng Tháp" in article.evidence["province"].reasons[0]
    # with no other province in the text, the host's still decides (for review)
    alone = convert("Tuổi trẻ ra quân tình nguyện hè", "08/06/2022",
                    "Sáng 8/6/2022, đoàn thanh niên ra quân chiến dịch thanh niên tình nguyện hè.", BODY,
                    url="https://tuoitrehoavang.vn/tin")
    assert alone.province == "Đà Nẵng" and alone.evidence["province"].weak


@pytest.mark.parametrize("url", ["https://tuyengiao.laocai.dcs.vn/tin", "https://langson.gov.vn/tin"])
def test_a_portals_page_naming_only_another_province_once_has_no_province(url):
    # a portal's page that never names its own province and names another once in the body reprints
    # that province's news: unknown, for an editor, rather than the host's province
    lines = ["Nâng cao chất lượng sinh hoạt chi bộ", "08/06/2022",
             "Thời gian qua, các cấp ủy tập trung đổi mới nội dung, phương thức sinh hoạt chi bộ.", BODY,
             "Ban Thường vụ Tỉnh ủy Ninh Bình đã ban hành kế hoạch riêng về nội dung này."]
    article = convert(*lines, url=url)
    assert article.province is None and article.evidence["province"].weak
    assert "Ninh Bình" in article.evidence["province"].reasons[0]
    # the host's province named in the text too: the host decides as before
    own = convert(*lines, "Các chi bộ của tỉnh Cao Bằng học tập cách làm này.", url=url.replace("laocai", "caobang").replace("langson", "caobang"))
    assert own.province == "Cao Bằng"


def test_a_communes_own_site_names_its_commune():
    assert publisher_of("https://phucdong.longbien.hanoi.gov.vn/hoat-dong").commune == "phường Phúc Đồng"
    # under a district's domain that does not name its province
    assert publisher_of("https://xathachkenh.thachha.gov.vn/tin").commune == "xã Thạch Kênh"
    assert publisher_of("https://thcs.thachha.gov.vn/tin").commune is None
    # under a province's domain: a commune of that province, before the reform or after
    assert publisher_of("https://longha.dongnai.gov.vn/tin").commune == "xã Long Hà"
    assert publisher_of("https://ttgiolinh.quangtri.gov.vn/tin").commune == "thị trấn Gio Linh"
    # one commune whose name the lists capitalise two ways ("AL Bá" before 2025, "Al Bá" after)
    assert publisher_of("https://alba.gialai.gov.vn/tin").commune == "xã Al Bá"
    # the commune and its district in one label
    assert publisher_of("https://hailong-haihau.namdinh.gov.vn/tin").commune == "xã Hải Long"
    # a district's site, whose address a commune of the 2025 list took
    assert publisher_of("https://bathuoc.thanhhoa.gov.vn/tin").commune_2025 == "xã Bá Thước"
    assert publisher_of("https://sotuphap.dongnai.gov.vn/tin").commune is None
    assert publisher_of("http://lucngan.bacgiang.gov.vn/tin").commune is None  # the district's own site
    # a commune the lists of 2019 and now spell two ways ("Ealy", "Ea Ly"; "Đắk Tơ Lung", "Đăk Tơ Lung"): one
    # commune, by its code, in today's spelling; not one whose type changed (xã, then thị trấn Tiên Điền)
    assert publisher_of("https://ealy.songhinh.phuyen.gov.vn/tin").commune == "xã Ea Ly"
    assert publisher_of("https://daktolung.konray.kontum.gov.vn/tin").commune == "xã Đăk Tơ Lung"
    assert publisher_of("https://tiendien.hatinh.gov.vn/tin").commune is None
    assert publisher_of("https://hatrung.halongcity.gov.vn/tin").commune == "phường Hà Trung"  # under a city's "…city" site
    # only the type before the district's label: the commune named as its district
    assert publisher_of("https://thitran.muongte.laichau.gov.vn/tin").commune == "thị trấn Mường Tè"
    # a huyện and a thị xã, or a thành phố, of one name in one province: the communes of both
    assert publisher_of("https://kychau.kyanh.hatinh.gov.vn/tin").commune == "xã Kỳ Châu"  # of huyện Kỳ Anh
    assert publisher_of("https://phuong4.tpcaolanh.dongthap.gov.vn/tin").commune == "phường 4"  # of thành phố Cao Lãnh
    # two communes of a district spelt alike without marks: the Telex letter of the tone tells them apart
    assert publisher_of("https://hoangquys.hoanghoa.thanhhoa.gov.vn/tin").commune == "xã Hoằng Quý"
    assert publisher_of("https://hoangquyf.hoanghoa.thanhhoa.gov.vn/tin").commune == "xã Hoằng Quỳ"
    assert publisher_of("https://hoangquy.hoanghoa.thanhhoa.gov.vn/tin").commune is None  # either of the two
    # a ward's site under its city's, the city named as the province
    city_ward = publisher_of("https://phuongtanphong.thanhpho.laichau.gov.vn/tin")
    assert (city_ward.district, city_ward.commune) == ("Lai Châu", "phường Tân Phong")
    lead = ("Tối 03/4/2021, Chi bộ Tổ dân phố số 1 tổ chức sinh hoạt chi bộ định kỳ tháng 4 với sự tham dự của "
            "đồng chí Phó Bí thư Đảng ủy phường.")
    lines = ["Sinh hoạt chi bộ Tổ dân phố số 1 tháng 4 năm 2021", "05/04/2021", lead, BODY]
    assert convert(*lines, url="https://longbien.hanoi.gov.vn/tin-tuc/sinh-hoat-chi-bo").locality == "quận Long Biên"
    hosted = convert(*lines, url="https://phucdong.longbien.hanoi.gov.vn/tin-tuc/sinh-hoat-chi-bo")
    assert hosted.locality == "phường Phúc Đồng"
    assert "locality" in hosted.to_review()  # only the host names it (5 of 23 such development pages were of another place)


def test_a_communes_site_named_with_its_unit_type_or_number():
    assert publisher_of("https://xanghiatrung.tunghia.quangngai.gov.vn/page/Article").commune == "xã Nghĩa Trung"
    assert publisher_of("http://phuong1.quan10.gov.vn/Tin-tuc").commune == "phường 1"  # under a district's own domain
    assert publisher_of("http://quan10.gov.vn/Tin-tuc").commune is None


def test_a_districts_label_with_its_unit_word_under_the_provinces_domain():
    site = publisher_of("https://huyendakglei.kontum.gov.vn/tin-tuc")
    assert (site.kind, site.district) == ("district portal", "Đắk Glei")
    assert publisher_of("https://tptuyhoa.phuyen.gov.vn/tin").district == "Tuy Hòa"
    assert publisher_of("https://quanhoa.thanhhoa.gov.vn/tin").district == "Quan Hóa"  # a name that begins like a unit word
    # a commune's site under a district merged away before the gazetteer's snapshot (thành phố Ninh Bình, 2025)
    assert publisher_of("https://ninhkhanh.tpninhbinh.ninhbinh.gov.vn/tin").commune == "phường Ninh Khánh"


def test_on_a_districts_site_the_commune_the_lead_names_is_the_place():
    lead = ("Sáng ngày 17/7/2023, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận xã Hưng Thuận "
            "ra quân làm đường giao thông nông thôn tại ấp Lộc Thọ.")
    url = "https://trangbang.tayninh.gov.vn/vi/news/tin-tuc/ra-quan-dan-van-123.html"
    assert convert("Ra quân làm công tác dân vận", lead, BODY, url=url).locality == "xã Hưng Thuận"
    # the district's committee leads the news: the commune is one of its places
    district_news = lead.replace("Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận xã Hưng Thuận",
                                 "Ban Thường vụ Thị ủy Trảng Bàng cùng Đảng ủy xã Hưng Thuận")
    assert convert("Ra quân làm công tác dân vận", district_news, BODY, url=url).locality == "thị xã Trảng Bàng"


def test_on_a_districts_site_a_commune_named_as_the_venue_or_an_address_is_not_the_place():
    """"… tổ chức tại Trung tâm văn hóa xã Hạ Long", "(40 tuổi, thôn Tường An, xã Mỹ Quang)": where
    the district's news happened, or who it was for; the commune is not the one acting."""
    url = "https://tamduong.vinhphuc.gov.vn/tin-tuc/ra-quan-thang-thanh-nien-1.html"
    venue = ("Sáng 15/3/2024, Ban Thường vụ Huyện đoàn Tam Dương tổ chức lễ ra quân Tháng Thanh niên năm 2024 "
             "tại Nhà văn hóa thôn Đồng Bông, xã Kim Long.")
    assert convert("Huyện đoàn ra quân Tháng Thanh niên năm 2024", "15/03/2024", venue, BODY, url=url).locality == "huyện Tam Dương"
    address = ("Sáng 15/3/2024, Huyện đoàn Tam Dương trao nhà nhân ái cho gia đình anh Nguyễn Văn Hòa "
               "(40 tuổi, thôn Đồng Bông, xã Kim Long), một hộ nghèo.")
    assert convert("Huyện đoàn trao nhà nhân ái", "15/03/2024", address, BODY, url=url).locality != "xã Kim Long"
    # the commune's own bodies acting: its news
    own = "Sáng 15/3/2024, Đoàn xã Kim Long tổ chức lễ ra quân Tháng Thanh niên năm 2024 với 200 đoàn viên tham gia."
    assert convert("Ra quân Tháng Thanh niên năm 2024", "15/03/2024", own, BODY, url=url).locality == "xã Kim Long"


def test_on_a_districts_site_a_venue_commune_whose_leaders_attend_is_still_not_the_place():
    """The lead first names the commune as where the district's ceremony was held ("… tại Nhà bia tưởng niệm
    thôn Đông, xã Kim Long"), then its leaders among those attending ("… và lãnh đạo xã Kim Long"): they host
    the district's event, whose news is still the district's."""
    url = "https://tamduong.vinhphuc.gov.vn/tin-tuc/dang-huong-nha-bia-1.html"
    hosted = ("Sáng 5/6/2024, đoàn đại biểu Huyện ủy, HĐND, UBND huyện Tam Dương dâng hương tưởng niệm tại Nhà bia "
              "tưởng niệm thôn Đông, xã Kim Long, nơi thành lập chi bộ đầu tiên của huyện. Cùng dự có đại diện "
              "các phòng, ban, ngành của huyện và lãnh đạo xã Kim Long.")
    assert convert("Dâng hương kỷ niệm ngày thành lập Đảng bộ huyện", "05/06/2024", hosted, BODY,
                   url=url).locality != "xã Kim Long"
    # control: the commune's leaders acting, first named as such, make it the news
    acting = ("Sáng 5/6/2024, lãnh đạo xã Kim Long tổ chức dâng hương tưởng niệm tại Nhà bia tưởng niệm thôn Đông, "
              "nơi thành lập chi bộ đầu tiên của huyện.")
    assert convert("Dâng hương kỷ niệm ngày thành lập chi bộ đầu tiên", "05/06/2024", acting, BODY,
                   url=url).locality == "xã Kim Long"


def test_a_district_at_the_head_of_the_title_is_the_place_on_a_communes_site():
    lead = "Sáng 27/01, huyện Bình Sơn tổ chức buổi gặp mặt kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam."
    url = "https://xabinhchuong.binhson.quangngai.gov.vn/page/Article/News/detail/1"
    district = convert("Huyện Bình Sơn gặp mặt kỷ niệm 94 năm Ngày thành lập Đảng", "27/01/2024", lead, BODY, url=url)
    assert district.locality == "huyện Bình Sơn"
    # … listed for an editor: on a commune's own site the news is as often the commune's (8 of 13 development pages)
    assert "locality" in district.to_review() and "xã Bình Chương" in district.evidence["locality"].reasons[0]
    assert "locality" not in convert("Huyện Bình Sơn gặp mặt kỷ niệm 94 năm Ngày thành lập Đảng", "27/01/2024", lead, BODY,
                                     url="https://binhson.quangngai.gov.vn/tin/1").to_review()
    assert convert("Gặp mặt kỷ niệm 94 năm Ngày thành lập Đảng", "27/01/2024", lead.replace("huyện Bình Sơn", "Đảng ủy xã"),
                   BODY, url=url).locality == "xã Bình Chương"


def test_the_neighbours_a_communes_own_site_names_in_its_lead_are_not_its_news():
    """A commune's site introducing itself ("phía Bắc giáp xã Vĩnh Hòa"): the communes its lead
    names are its borders; the district's-site rule (the commune the lead names is the place) is not for it."""
    lead = ("Hưng Thuận là xã nằm ở phía Bắc của thị xã Trảng Bàng, phía Đông giáp xã Đôn Thuận, "
            "phía Tây giáp xã Phước Chỉ, có diện tích tự nhiên 5.000 ha.")
    url = "https://hungthuan.trangbang.tayninh.gov.vn/gioi-thieu/tong-quan"
    article = convert("Giới thiệu về xã Hưng Thuận", lead, BODY, url=url)
    assert article.locality == "xã Hưng Thuận" and "locality" not in article.to_review()


def test_a_district_name_ending_a_companys_name_is_the_company_not_the_place():
    """"Công ty CP Supe PP&HC Lâm Thao", "Công ty Cổ phần Quốc tế Sơn Hà": a company named after a
    district reports on itself; its name is no vote for the district (as "Trường Đại học Vinh")."""
    lead = ("Ngày 10/1/2023, Đảng ủy Công ty Cổ phần Chè Sông Lô tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2022, "
            "triển khai nhiệm vụ năm 2023 theo chỉ đạo của Đảng ủy Khối Doanh nghiệp tỉnh Vĩnh Phúc.")
    article = convert("Đảng bộ Công ty Cổ phần Chè Sông Lô tổng kết công tác năm 2022", "10/01/2023", lead, BODY)
    assert (article.province, article.locality) == ("Vĩnh Phúc", None)
    district = convert("Huyện ủy Sông Lô tổng kết công tác năm 2022", "10/01/2023",
                       lead.replace("Đảng ủy Công ty Cổ phần Chè Sông Lô", "Huyện ủy Sông Lô"), BODY)
    assert district.locality == "huyện Sông Lô"


def test_the_first_commune_a_lead_names_is_its_subject_not_the_next_one():
    """"Xã Xuân Trường nằm ở phía đông thị trấn Bảo Lạc …": the commune the lead opens with is the
    one it is about; a second commune early in the sentence is a landmark, not a rival."""
    lead = ("Xã Hưng Thuận nằm ở phía Bắc thị trấn Trảng Bàng, cách khoảng 10 km, thuộc huyện Trảng Bàng, tỉnh Tây Ninh; "
            "phía Đông giáp xã Đôn Thuận.")
    article = convert("Giới thiệu chung", lead, "Năm 2010, Đảng bộ xã Hưng Thuận có 12 chi bộ trực thuộc với 250 đảng viên.", BODY)
    assert (article.province, article.locality) == ("Tây Ninh", "xã Hưng Thuận")
def test_a_school_under_its_districts_education_office_is_of_the_commune_it_is_named_after():
    """mnxuanhong.nghixuan.edu.vn: the nursery school of xã Xuân Hồng; when the text settles no
    place below the province, the school's commune, for an editor to check."""
    lead = ("Chiều 12/5/2023, Chi bộ Trường Mầm non Xuân Hồng tổ chức sinh hoạt chuyên đề về học tập và làm theo "
            "tư tưởng, đạo đức Hồ Chí Minh.")
    for url in ("https://mnxuanhong.nghixuan.edu.vn/tin-tuc/sinh-hoat-chuyen-de", "https://mnxuanhong.pgdnghixuan.edu.vn/tin/1"):
        article = convert("Chi bộ sinh hoạt chuyên đề", "12/05/2023", lead, BODY, url=url)
        assert (article.province, article.locality) == ("Hà Tĩnh", "xã Xuân Hồng") and "locality" in article.to_review()
    # the text's own place comes first: a school's news is as often its district's
    district = lead.replace("Chi bộ Trường Mầm non Xuân Hồng", "Ban Thường vụ Huyện ủy Nghi Xuân")
    article = convert("Huyện ủy Nghi Xuân sinh hoạt chuyên đề", "12/05/2023", district, BODY,
                      url="https://mnxuanhong.nghixuan.edu.vn/tin-tuc/sinh-hoat-chuyen-de")
    assert article.locality == "huyện Nghi Xuân"


def test_a_commune_is_named_as_the_article_spells_it():
    lead = "Sáng 20/10, Đảng ủy xã Ea M'droh tổ chức hội nghị học tập Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII."
    assert convert("Đảng ủy xã Ea M'droh học tập Nghị quyết", "20/10/2020", lead, BODY,
                   url="https://cumgar.daklak.gov.vn/tin-tuc/1").locality == "xã Ea M'droh"


def test_a_name_typed_with_a_typographic_apostrophe_is_found_and_kept_as_typed():
    lead = "Sáng 20/10, Huyện ủy Cư M’gar tổ chức hội nghị học tập Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII."
    article = convert("Huyện ủy Cư M’gar học tập Nghị quyết", "20/10/2020", lead, BODY)
    assert (article.province, article.locality) == ("Đắk Lắk", "huyện Cư M’gar")


def test_the_hosts_district_neither_types_nor_spells_the_place():
    lead = "Sáng 3/5/2012, Ban Thường vụ Huyện ủy Hoà Thành tổ chức hội nghị triển khai Quy định số 45-QĐ/TW."
    article = convert("Triển khai Quy định số 45-QĐ/TW", lead, BODY, url="https://hoathanh.tayninh.gov.vn/tin-tuc/1")
    assert article.locality == "huyện Hoà Thành"  # as the article writes it in 2012, not as the host's district is now


def test_a_merged_provinces_district_under_the_new_domain_holds_before_2025_only():
    site = publisher_of("https://yenminh.tuyenquang.gov.vn/vi/tin-bai/trao-huy-hieu-dang?id=1")
    assert (site.province, site.former_province, site.district) == ("Tuyên Quang", "Hà Giang", "Yên Minh")
    url = "https://yenminh.tuyenquang.gov.vn/vi/tin-bai/trao-huy-hieu-dang?id=1"
    lead = "Sáng 12/3, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng và trao Huy hiệu Đảng."
    before = convert("Trao Huy hiệu Đảng", "12/03/2024", lead, BODY, url=url)
    assert (before.province, before.locality) == ("Hà Giang", "huyện Yên Minh")
    after = convert("Trao Huy hiệu Đảng", "12/03/2026", lead, BODY, url=url)
    assert (after.province, after.locality) == ("Tuyên Quang", "xã Yên Minh")  # from 1 July 2025 the new commune's site
    # undated: the new domain counts like a passing mention, so the text's own province wins
    undated = convert("Trao Huy hiệu Đảng", lead.replace("Sáng 12/3, ", "") + " Đồng chí Trưởng Ban Nội chính Tỉnh ủy Hà Giang "
                      "dự và trao Huy hiệu cho đảng viên tỉnh Hà Giang.", BODY, url=url)
    assert undated.province == "Hà Giang"
    assert convert("Trao Huy hiệu Đảng", lead.replace("Sáng 12/3, ", ""), BODY, url=url).province == "Tuyên Quang"


def test_a_new_communes_site_under_the_new_provinces_domain_for_a_commune_of_the_merged_province():
    # botrach.quangtri.gov.vn, lethuy.quangtri.gov.vn: xã Bố Trạch, xã Lệ Thủy of the former Quảng Bình; thanhha.haiphong.gov.vn
    site = publisher_of("https://botrach.quangtri.gov.vn/tin-tuc/so-ket")
    assert (site.former_province, site.commune_2025) == ("Quảng Bình", "xã Bố Trạch")
    lead = ("Sáng 12/9/2025, Đảng ủy xã tổ chức hội nghị sơ kết công tác xây dựng Đảng 9 tháng đầu năm 2025. "
            "Đồng chí Bí thư Đảng ủy xã chủ trì hội nghị.")
    for url, place, province in (("https://botrach.quangtri.gov.vn/tin-tuc/so-ket", "xã Bố Trạch", "Quảng Trị"),
                                 ("https://thanhha.haiphong.gov.vn/tin-tuc/so-ket", "xã Thanh Hà", "Hải Phòng")):
        article = convert("Sơ kết công tác xây dựng Đảng 9 tháng", "12/09/2025 08:30", lead, BODY, url=url)
        assert (article.locality, article.province, article.province_2025) == (place, province, province)
    # before 1 July 2025 the same host is the former district's, in its former province
    older = convert("Sơ kết công tác xây dựng Đảng", "12/03/2024 08:30",
                    "Sáng 12/3/2024, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I.", BODY,
                    url="https://botrach.quangtri.gov.vn/tin-tuc/x")
    assert (older.locality, older.province) == ("huyện Bố Trạch", "Quảng Bình")


def test_unknown_hosts_say_nothing():
    assert publisher_of("https://example.com/a") is None


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://vtv.vn/a-20190421194045736.htm", (2019, 4, 21, "day")),
        ("https://baoquangbinh.vn/chinh-tri/201504/tap-2124091/", (2015, 4, 1, "month")),
        ("http://example.blogspot.com/2008/10", (2008, 10, 1, "month")),  # a blog's month archive
        ("https://www.quanlynhanuoc.vn/2021/05/13/dong-nai", (2021, 5, 13, "day")),
        ("https://nhuxuan.thanhhoa.gov.vn/portal/Pages/2025-4-2/Khai-giang-lop.aspx", (2025, 4, 2, "day")),
        ("http://cuuchienbinh.vn/vu-viec-tai-tien-lang-ky-luat-22-02-2012/", (2012, 2, 22, "day")),
        # an id: a category number, then the time of posting (yymmddHHMM), then more digits
        ("https://soha.vn/da-nang-nguyen-chu-tich-xa-bi-khai-tru-dang-198250907140619384.htm", (2025, 9, 7, "day")),
        ("https://phucloc.hanoi.gov.vn/cong-tac-dang/hoi-nghi-toan-quoc-2728250916211606284", (2025, 9, 16, "day")),
        # Joomla's time alias of an article whose title gave no Latin alias: the time it was saved, in UTC
        ("https://www.vnaic.vn/index.php?option=com_content&view=article&id=535%3A2015-05-04-06-55-26&catid=62", (2015, 5, 4, "day")),
        ("http://example.vn/index.php?option=com_content&view=article&id=12:2012-10-15-18-30-00", (2012, 10, 16, "day")),  # 01:30 in Vietnam
        ("http://example.vn/index.php/chinh-quyen/1720-2019-04-04-18-27-07", (2019, 4, 5, "day")),  # the same, search-engine friendly
    ],
)
def test_dates_in_urls(url, expected):
    found = url_date(url)
    assert (found.year, found.month, found.day, found.precision) == expected


@pytest.mark.parametrize("url", [
    "https://ceco.com.vn/en/ky-niem-71-nam-ngay-thanh-lap-quan-doi-nhan-dan-viet-nam-22-12-1944-22-12-2015",
    "https://example.vn/tin-tuc/toa-dam-ky-niem-93-nam-ngay-thanh-lap-dang-3-2-1930-3-2-2023.html",
    "https://example.vn/ky-niem-78-nam-cach-mang-thang-8-19-8-1945-19-8-2023-va-quoc-khanh",
])
def test_an_anniversary_span_in_the_slug_is_no_day_of_posting(url):
    """"…-22-12-1944-22-12-2015": the day remembered, which the posting precedes or follows by weeks."""
    assert url_date(url) is None


@pytest.mark.parametrize("url,year", [
    ("https://camxuyen.hatinh.gov.vn/portal/pages/2017/tu-mua-xuan-ay-2480.aspx", 2017),  # the portal's year folder
    ("https://langxuancau.blogspot.com/2021/", 2021),  # a blog's year archive
    ("http://caophongtv.vn/article/details/1995", None),  # an id
    ("https://example.vn/danh-muc/2073/cong-tac", None),  # an id, not a year yet
    ("https://example.vn/2019/08/27/bai-viet", None),  # a day: url_date's
])
def test_a_year_folder_of_the_url(url, year):
    from kholuutru.url_path import url_year

    assert url_year(url) == year


@pytest.mark.parametrize("url,year", [
    ("https://example.vn/tin-tuc/le-ket-nap-dang-vien-moi-cua-chi-bo-nam-2022/", 2022),  # the headline's year in the slug
    ("https://example.vn/hoat-dong-ve-nguon-nam-2017/ct/2865/19382", 2017),
    ("https://example.vn/thong-tin-thoi-su-tuan-2-thang-3-nam-2024-612481", 2024),  # a month of that year
    ("https://example.vn/hoan-thanh-sap-xep-truoc-nam-2025", None),  # a deadline
    ("https://example.vn/tong-ket-dau-nam-2019", None),  # a part of the year
    ("https://example.vn/dai-hoi-chi-doan-nam-2018-2019-16", None),  # a span
    ("https://example.vn/gop-y-hien-phap-nam-1992-22", None),  # before sites went online
    ("https://example.vn/ket-qua-nam-2020-va-nhiem-vu-nam-2021", None),  # two years
])
def test_the_year_a_slug_names(url, year):
    from kholuutru.url_path import url_slug_year

    assert url_slug_year(url) == year


@pytest.mark.parametrize("lines,url", [
    # no date anywhere but the site's year folder
    (["Cuộc họp lịch sử ở bến đò Thượng Trụ",
      "Cuộc họp đã quyết định thành lập Đảng bộ tỉnh, mở ra trang mới cho phong trào cách mạng ở địa phương."],
     "https://camxuyen.hatinh.gov.vn/portal/pages/{year}/tu-mua-xuan-ay-2480.aspx"),
    # a headline cut from the text, but the slug's "nam-2023"
    (["Buổi lễ được tổ chức trang trọng tại hội trường nhà trường.",
      "Chi bộ đã kết nạp hai quần chúng ưu tú vào Đảng, các đồng chí đảng viên mới tuyên thệ trước cờ Đảng."],
     "https://example.vn/tin-tuc/le-ket-nap-dang-vien-moi-nam-{year}/"),
])
def test_an_undated_articles_term_from_the_year_its_url_gives(lines, url):
    """An undated article whose URL alone gives a year (a year folder, a slug's "nam-2023"): that year's
    term, unless it is a congress year; without the URL no term."""
    lines = [*lines, BODY.replace("Năm 2015, ", "")]
    assert convert(*lines, url=url.format(year=2017)).tenure == "2015-2020"
    assert convert(*lines, url=url.format(year=2023)).tenure == "2020-2025"
    assert convert(*lines, url=url.format(year=2020)).tenure is None
    assert convert(*lines).tenure is None


def test_a_long_id_that_reads_no_time_of_day_gives_no_date():
    assert url_date("https://example.vn/tin-tuc/bai-viet-123456789012345678.htm") is None
    assert url_date("https://example.vn/tin-tuc/201912") is None  # six digits ending the path: an id, not a month


def test_url_words_spell_the_slug():
    assert {"huyen", "uy", "thanh", "ha"} <= url_words("https://baohaiduong.vn/chinh-tri/huyen-uy-thanh-ha-129125.html")


SLUG_PAGE = (
    "Sáng 12/3/2024, Đảng ủy xã Tân Lập sơ kết công tác xây dựng Đảng quý I năm 2024.\n"
    "Tham dự có đồng chí Lê Văn Hòa, Phó Bí thư Huyện ủy; Đại hội Chi bộ thôn Đông, nhiệm kỳ 2022 - 2025 "
    "đã bầu đồng chí Trần Thị Lan làm Bí thư. Hội nghị họp ngày 06/10/2022.\n"
)


@pytest.mark.parametrize("url, headline", [
    # the page's own spelling gives the slug its diacritics back; the CMS's id goes
    ("https://tanlap.gov.vn/tin-tuc/dang-uy-xa-tan-lap-so-ket-cong-tac-xay-dung-dang-quy-i-nam-2024-2411.html",
     "Đảng ủy xã Tân Lập sơ kết công tác xây dựng Đảng quý I năm 2024"),
    # a run of words is copied as printed, punctuation and all; a day after the headline goes
    ("https://tanlap.gov.vn/dai-hoi-chi-bo-thon-dong-nhiem-ky-2022-2025-06-10-2022",
     "Đại hội Chi bộ thôn Đông, nhiệm kỳ 2022 - 2025"),
    ("https://tanlap.gov.vn/index.php?title=dai-hoi-chi-bo-thon-dong-nhiem-ky-2022-2025&id=7",
     "Đại hội Chi bộ thôn Đông, nhiệm kỳ 2022 - 2025"),
    # the site's word before the slug, and an AMP page's ending, are not the headline's
    ("https://tanlap.gov.vn/news-dang-uy-xa-tan-lap-so-ket-cong-tac-xay-dung-dang-quy-i-nam-2024.amp",
     "Đảng ủy xã Tân Lập sơ kết công tác xây dựng Đảng quý I năm 2024"),
    # the headline goes on in words the page does not print: its first words, marked as cut;
    # a lone word before the gap ("hoa", found only in "Lê Văn Hòa") is left out
    ("https://tanlap.gov.vn/dang-uy-xa-tan-lap-so-ket-cong-tac-xay-dung-dang-hoa-khen-thuong-nam-2024.html",
     "Đảng ủy xã Tân Lập sơ kết công tác xây dựng Đảng …"),
])
def test_the_slug_spells_the_headline_with_the_pages_own_words(url, headline):
    assert headline_from_slug(url, SLUG_PAGE) == headline


@pytest.mark.parametrize("url, text", [
    ("https://tanlap.gov.vn/tag/dang-uy-xa-tan-lap-so-ket-cong-tac", SLUG_PAGE),  # a tag's list, not an article
    ("https://tanlap.gov.vn/dang-uy-xa-tan-lap-khen-thuong-cong-tac-xay-dung-dang", SLUG_PAGE),  # "khen thưởng" is not in the page
    ("https://tanlap.gov.vn/dang-uy-tan-lap-12.html", SLUG_PAGE),  # four words: a section's name as often as a headline
    ("https://tanlap.gov.vn/ky-luat-chu-tich-ubnd-xa-tan-lap-21.html",
     "Ky luat Chu tich UBND xa Tan Lap\nSáng 5/1, Huyện ủy họp."),  # the page prints its slug unaccented
    ("https://tanlap.gov.vn/dang-uy-hoa-lan-binh-tran-thi.html", SLUG_PAGE),  # words found one by one: guesses
])
def test_no_headline_from_a_slug_the_page_does_not_spell(url, text):
    assert headline_from_slug(url, text) is None


def test_the_report_offers_the_slugs_headline_for_a_page_without_one(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "tan-lap.txt").write_text(SLUG_PAGE, encoding="utf-8")
    (tmp_path / "seeds" / "tan-lap.yml").write_text(
        "url: https://tanlap.gov.vn/tin-tuc/dang-uy-xa-tan-lap-so-ket-cong-tac-xay-dung-dang-quy-i-nam-2024-2411.html\n",
        encoding="utf-8")
    result = run_convert(tmp_path, "--report", "report.json")
    assert result.returncode == 0, result.stderr
    assert pages(tmp_path)["tan-lap.txt"]["title"] is None  # the page prints no headline: unknown, to review
    evidence = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["files"]["seeds/tan-lap.txt"]["evidence"]
    assert evidence["title"]["weak"]
    assert any("«Đảng ủy xã Tân Lập sơ kết công tác xây dựng Đảng quý I năm 2024»" in reason
               for reason in evidence["title"]["reasons"])


def test_url_in_the_seed_file_becomes_source_url_and_evidence(seeded):
    seed = sorted((seeded / "seeds").glob("*.txt"))[0]
    seed.with_suffix(".yml").write_text("url: https://baohaiduong.vn/chinh-tri/chi-linh-129125\n", encoding="utf-8")
    result = run_convert(seeded, "--report", "report.json")
    assert result.returncode == 0, result.stderr
    page = pages(seeded)[seed.name]
    assert page["source_url"] == "https://baohaiduong.vn/chinh-tri/chi-linh-129125"
    report = json.loads((seeded / "report.json").read_text(encoding="utf-8"))
    evidence = report["files"][f"seeds/{seed.name}"]["evidence"]
    assert evidence["date"]["reasons"] and "weak" in evidence["province"]


@pytest.mark.parametrize("value", ["javascript:alert(1)", "baohaiduong.vn/x", "ftp://host/x"])
def test_a_url_that_is_not_a_web_address_is_an_error(seeded, value):
    seed = sorted((seeded / "seeds").glob("*.txt"))[0]
    seed.with_suffix(".yml").write_text(yaml.safe_dump({"url": value}), encoding="utf-8")
    result = run_convert(seeded)
    assert result.returncode == 1
    assert f"seeds/{seed.name}" in result.stderr and "http" in result.stderr


def test_weak_decisions_are_listed_for_review(seeded):
    (seeded / "seeds" / "khong-tieu-de.txt").write_text("date 2016-03-12\n\n" + LEAD + "\n\n" + BODY + "\n", encoding="utf-8")
    result = run_convert(seeded, "--report", "report.md")
    assert result.returncode == 0, result.stderr
    report = (seeded / "report.md").read_text(encoding="utf-8")
    review = report.split("## Cần xem lại", 1)[1].split("\n## ", 1)[0]
    # each field with what it holds now, so an editor can check it against the page from the list
    assert any(line.startswith("- seeds/khong-tieu-de.txt: title chưa xác định") for line in review.splitlines())


def test_every_provincial_paper_and_party_committee_site_names_its_province():
    """publishers.yml reads the hosts of the 63 provinces' papers and Party committee sites:
    bao<name>.vn, tinhuy<name>.vn / thanhuy<name>.vn, <name>.dcs.vn, and the papers whose
    host does not carry the name (Ấp Bắc, Đồng Khởi, Sài Gòn Giải Phóng, Hànộimới …)."""
    from kholuutru.gazetteer import gazetteer

    for province in gazetteer().provinces:
        if province.since:  # Huế from 2025 shares Thừa Thiên Huế's sites
            continue
        plain = province.slug.replace("-", "")
        committee = "thanhuy" if province.type == "thành phố" else "tinhuy"
        for host, kind in ((f"bao{plain}.vn", "provincial paper"), (f"{committee}{plain}.vn", "party committee"),
                           (f"{plain}.dcs.vn", "party committee")):
            site = publisher_of(f"https://{host}/tin-tuc/1")
            assert site is not None and site.kind == kind and site.province == province.name, (host, site)
    for host, province in (("baoapbac.vn", "Tiền Giang"), ("baodongkhoi.vn", "Bến Tre"), ("sggp.org.vn", "Hồ Chí Minh"),
                           ("hanoimoi.vn", "Hà Nội"), ("baodienbienphu.com.vn", "Điện Biên"), ("huengaynay.vn", "Thừa Thiên Huế")):
        assert publisher_of(f"https://{host}/a").province == province


@pytest.mark.parametrize("printed,author", [("Kim Thủy (CTV)", "Kim Thủy"), ("MINH ANH (Thực hiện)", "MINH ANH"),
                                            ("Hoàng Yên (T/h)", "Hoàng Yên"),
                                            ("T.H(bt)", "T.H"), ("Nguyễn Văn A (TTXVN)", "Nguyễn Văn A (TTXVN)")])
def test_editing_marks_after_a_byline_are_not_the_name(printed, author):
    from kholuutru.segment import clean_byline

    assert clean_byline(printed) == author


@pytest.mark.parametrize("printed,author", [
    ("CTV Kim Anh", "Kim Anh"),
    ("Công chức VHXH Thanh Tâm", "Thanh Tâm"),
    ("CTV Minh Phượng – Trọng Nghĩa", "Minh Phượng – Trọng Nghĩa"),
    ("PV", "PV"),
    ("Cán bộ Văn hóa xã", "Cán bộ Văn hóa xã"),
])
def test_a_contributors_role_before_the_name(printed, author):
    article = convert_text(f"Đảng ủy xã tổ chức hội nghị\n\nNgày 15/7/2016, Đảng ủy xã tổ chức hội nghị học tập nghị quyết. "
                           f"Các chi bộ duy trì nền nếp sinh hoạt định kỳ.\n\nTác giả: {printed}\n", "seeds/x.txt")
    assert article.author == author


def test_a_headline_with_a_close_runner_up_is_to_review():
    """Two head lines each could be the headline: the one chosen is listed "cần xem lại", with
    the other line named, so an editor looks; a headline alone over the lead is not."""
    lead = ("Chiều ngày 12/6/2023, Đảng ủy xã Tân Hồng tổ chức hội nghị Ban Chấp hành Đảng bộ mở rộng để đánh giá "
            "kết quả tháng 5 và triển khai nhiệm vụ tháng 6 năm 2023.\n\n"
            "Đồng chí Vũ Huy Cường, Bí thư Đảng ủy, quán triệt các văn bản chỉ đạo của cấp trên.\n")
    headline = "Hội nghị Ban Chấp hành Đảng bộ xã Tân Hồng mở rộng tháng 6"
    rival = "Đảng ủy xã Tân Hồng đánh giá kết quả tháng 5 và nhiệm vụ tháng 6"
    close = convert_text(f"{headline}\n\n{rival}\n\n{lead}", "seeds/x.txt")
    assert close.title == headline
    assert "title" in close.to_review() and rival in close.evidence["title"].reasons[0]
    clear = convert_text(f"{headline}\n\n12/06/2023\n\n{lead}", "seeds/x.txt")
    assert clear.title == headline and "title" not in clear.to_review()


@pytest.mark.parametrize("printed,author", [("Tin, ảnh Phú Bình", "Phú Bình"), ("Bài và ảnh: Minh Châu", "Minh Châu")])
def test_a_second_label_after_the_authors_label(printed, author):
    """"Tác giả bài viết: Tin, ảnh Phú Bình": the second label, printed without its colon, is
    not the name; the name is also the photographs' credit."""
    article = convert_text(f"Đảng ủy xã tổ chức hội nghị\n\nNgày 15/7/2016, Đảng ủy xã tổ chức hội nghị học tập nghị quyết. "
                           f"Các chi bộ duy trì nền nếp sinh hoạt định kỳ.\n\nTác giả bài viết: {printed}\n", "seeds/x.txt")
    assert article.author == author and author in article.photo_credits


@pytest.mark.parametrize("caption,credits", [
    ("Hội nghị tổng kết công tác năm 2023 (Ảnh: minh họa)", []),  # what the photo is
    ("Các đại biểu dự hội nghị. Ảnh: Internet", []),
    ("Các đại biểu dự hội nghị. Ảnh: sưu tầm", []),
    ("Các đại biểu dự hội nghị. Ảnh: Thu Hà", ["Thu Hà"]),  # who took it
])
def test_a_photo_credit_saying_what_the_photo_is_names_no_photographer(caption, credits):
    paragraph = "Các chi bộ duy trì nền nếp sinh hoạt định kỳ, nội dung sinh hoạt bám sát nhiệm vụ chính trị."
    article = convert_text(f"Chi bộ thôn kết nạp đảng viên mới\n\nSáng 12/3/2024, Chi bộ thôn Mỹ Hà kết nạp đảng viên. "
                           f"{paragraph}\n\n{caption}\n\n{paragraph}\n", "seeds/x.txt")
    assert article.photo_credits == credits


def test_a_source_line_naming_the_writer_and_the_outlet():
    article = convert_text("Đảng ủy xã tổ chức hội nghị\n\nNgày 15/7/2016, Đảng ủy xã tổ chức hội nghị học tập nghị quyết. "
                           "Các chi bộ duy trì nền nếp sinh hoạt định kỳ.\n\nTheo: Lê Anh – cand.com.vn\n", "seeds/x.txt")
    assert (article.author, article.source) == ("Lê Anh", "cand.com.vn")


@pytest.mark.parametrize("opening,source", [
    ("I- Tán thành các nội dung đánh giá kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2015 - 2020.", None),  # a part's number
    ("KIÊN GIANG - Sáng 12/3, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng.", None),  # a dateline's place
    ("TPO - Sáng 12/3, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng.", "TPO"),  # an outlet's tag
])
def test_a_parts_number_or_a_datelines_place_opening_the_lead_is_no_source(opening, source):
    article = convert_text(f"Hội nghị sơ kết công tác xây dựng Đảng\n\n{opening} Các chi bộ duy trì nền nếp sinh hoạt "
                           "định kỳ.\n\nHội nghị thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi bộ.\n", "seeds/x.txt")
    assert article.source == source


@pytest.mark.parametrize(
    "tag,source,province",
    [
        ("(Baohatinh.vn) -", "Báo Hà Tĩnh", "Hà Tĩnh"),  # a provincial paper's own address (publishers.yml)
        ("(Thanhuytphcm.vn) -", "Thành ủy Hồ Chí Minh", "Hồ Chí Minh"),
        ("(Cadn.com.vn) -", "Cadn.com.vn", None),  # an outlet no rule reads: the source as printed, no province
    ],
)
def test_a_lead_opening_on_the_outlets_address_names_the_source_and_its_province(tag, source, province):
    article = convert_text("Cán bộ, đảng viên tích cực hưởng ứng cuộc thi tìm hiểu về bầu cử\n\n"
                           f"{tag} Hưởng ứng cuộc thi trực tuyến tìm hiểu về bầu cử, Đảng ủy cơ quan đã có công văn "
                           "hướng dẫn các chi bộ trực thuộc tham gia dự thi.\n\nCuộc thi diễn ra trong hai tuần "
                           "theo hình thức trắc nghiệm trên trang báo cáo viên.\n", "seeds/x.txt")
    assert (article.source, article.province) == (source, province)


@pytest.mark.parametrize(
    "tail,author,source",
    [
        ("Nguồn: Minh Khang", "Minh Khang", None),
        ("Theo: Thu Hằng", "Thu Hằng", None),
        ("Theo Bảo Ngọc\n\nNguồn: Vnexpress", "Bảo Ngọc", "Vnexpress"),
        ("Nguồn: Tiền Phong", None, "Tiền Phong"),  # an outlet its host spells (tienphong.vn)
        ("Theo Lao Động", None, "Lao Động"),
        ("Nguồn: Cao Bằng", None, "Cao Bằng"),  # a province
        ("Theo Người Lao Động", None, "Người Lao Động"),  # 'người' is in no name
        ("Tác giả : - Nguồn: Theo baoangiang.com.vn", None, "baoangiang.com.vn"),  # two labels, both go
        ("Theo HIỀN PHƯƠNG/hanoimoi.com.vn/", "HIỀN PHƯƠNG", "hanoimoi.com.vn"),  # the link's closing slash goes
    ],
)
def test_a_source_line_crediting_only_a_writer(tail, author, source):
    """A pen name after 'Nguồn:' or 'Theo' is who wrote the piece; an outlet or a place stays the source."""
    article = convert_text("Đảng ủy xã tổ chức hội nghị\n\nNgày 15/7/2016, Đảng ủy xã tổ chức hội nghị học tập nghị quyết. "
                           f"Các chi bộ duy trì nền nếp sinh hoạt định kỳ.\n\n{tail}\n", "seeds/x.txt")
    assert (article.author, article.source) == (author, source)


def test_an_editors_label_is_not_the_name():
    article = convert_text("Đảng ủy xã tổ chức hội nghị\n\nNgày 15/7/2016, Đảng ủy xã tổ chức hội nghị học tập nghị quyết. "
                           "Các chi bộ duy trì nền nếp sinh hoạt định kỳ.\n\nBt: Như Ý\n", "seeds/x.txt")
    assert article.author == "Như Ý"


def test_an_authors_label_on_the_date_line_is_not_the_name():
    article = convert_text("Khai mạc kỳ họp thứ 14 Hội đồng nhân dân huyện\n\nNgày đăng bài: 16/12/2019 | Tác giả: Long Hà\n\n"
                           "Sáng ngày 12 tháng 12 năm 2019, Hội đồng nhân dân huyện Ba Tri khai mạc kỳ họp thứ 14. "
                           "Các đại biểu thảo luận các tờ trình.\n", "seeds/x.txt")
    assert article.author == "Long Hà" and article.date == "2019-12-16"


def test_a_party_organisations_name_alone_whatever_its_first_letter():
    from kholuutru.headline import features, Context

    for label in ("Đảng bộ xã Ái Quốc", "Đảng bộ phường Bến Thủy"):
        assert features(label, Context())["unit_label"], label


def test_an_organisations_name_alone_counts_against_it_as_the_headline():
    from kholuutru.headline import features, Context

    for label in ("TRƯỜNG CHÍNH TRỊ TỈNH KON TUM", "Hội Nông dân tỉnh Hà Tĩnh", "Bệnh Viện Đa Khoa Huyện Cẩm Xuyên",
                  "TRƯỜNG ĐẠI HỌC HÀNG HẢI VIỆT NAM", "Trung tâm VHTT&TT Hữu Lũng"):
        assert features(label, Context())["unit_label"], label
    for line in ("Trường Chính trị tỉnh Kon Tum khai giảng lớp trung cấp lý luận chính trị",  # goes on past the name
                 "Hội nghị Ban Chấp hành Đảng bộ huyện Ba Bể",  # a meeting, not an association
                 "Bệnh viện Đa khoa huyện Cẩm Xuyên đón nhận Huân chương Lao động."):
        assert not features(line, Context())["unit_label"], line


def test_a_page_whose_first_line_is_its_schools_name_takes_the_headline_below():
    article = convert_text("TRƯỜNG CHÍNH TRỊ TỈNH KON TUM\n\nTrường Chính trị tỉnh khai giảng lớp bồi dưỡng kết nạp Đảng\n\n"
                           "Ngày 12/3/2019, Trường Chính trị tỉnh Kon Tum khai giảng lớp bồi dưỡng nhận thức về Đảng cho "
                           "48 học viên. Lớp học kéo dài 5 ngày.\n", "seeds/x.txt")
    assert article.title == "Trường Chính trị tỉnh khai giảng lớp bồi dưỡng kết nạp Đảng"


def test_a_numbered_ward_is_the_locality_its_district_tells():
    lead = ("Ngày 11/7/2022, Ủy ban Mặt trận Tổ quốc Việt Nam Phường 10, Quận 5 tổ chức hội nghị triển khai Đề án số "
            "06-ĐA/TU của Thành ủy.")
    article = convert("Phường 10 tổ chức hội nghị triển khai Đề án số 06-ĐA/TU", "12/07/2022", lead, BODY)
    assert (article.locality, article.province) == ("phường 10", "Hồ Chí Minh")
    # a ward's number alone, its district not named: wards 10 are in many cities
    alone = convert("Phường 10 tổ chức hội nghị triển khai nghị quyết", "12/07/2022",
                    "Ngày 11/7/2022, Đảng ủy Phường 10 tổ chức hội nghị triển khai nghị quyết.", BODY)
    assert alone.locality is None


def test_a_commune_the_title_names_without_its_type_is_the_locality():
    lead = ("Ngày 20/11/2025, Ban Công tác Mặt trận buôn Kmăn tổ chức ngày hội đại đoàn kết. Ông Y Khôk H’mok, "
            "người có uy tín ở buôn Kmăn, xã Dur Kmăl, tỉnh Đắk Lắk, được biểu dương.")
    article = convert("Những tấm gương mẫu mực vun đắp bình yên buôn làng ở Dur Kmăl", "28/11/2025", lead, BODY)
    assert (article.locality, article.province) == ("xã Dur Kmăl", "Đắk Lắk")
    # a name a district has too stays unsettled by a title alone
    shared = convert("Những tấm gương mẫu mực ở Thạch Hà", "28/11/2025",
                     "Ngày 20/11/2025, Ủy ban Mặt trận Tổ quốc tỉnh Hà Tĩnh tổ chức hội nghị biểu dương người có uy tín; "
                     "trong số đó có ông Nguyễn Văn An ở xã Thạch Hà.", BODY)
    assert shared.province == "Hà Tĩnh" and shared.locality != "xã Thạch Hà"


def test_a_commune_merged_away_before_2025_is_still_a_place():
    lead = "Tối ngày 14/4/2024, Chi bộ 1, Đảng bộ phường Sài Đồng, quận Long Biên tổ chức sinh hoạt chuyên đề."
    article = convert("Chi bộ 1 phường Sài Đồng sinh hoạt chuyên đề", "15/04/2024", lead, BODY)
    assert (article.locality, article.province) == ("phường Sài Đồng", "Hà Nội")


def test_a_merged_communes_name_does_not_unsettle_a_living_one():
    # xã Vân An of Lạng Sơn lives on; a xã Vân An of Cao Bằng was merged away before 2025
    lead = "Ngày 12/5/2023, Đảng ủy xã Vân An tổ chức hội nghị sơ kết công tác xây dựng Đảng."
    article = convert("Đảng ủy xã Vân An sơ kết công tác xây dựng Đảng", "13/05/2023", lead, BODY)
    assert article.province == "Lạng Sơn"


def test_a_teaser_above_the_headline_printed_again_as_the_lead():
    """The page's summary, the headline, then the summary again as the first paragraph: the
    summary above does not mean the article has begun."""
    teaser = ("Trong những năm kháng chiến, hàng nghìn chiến sĩ cộng sản của huyện Mỹ Đức bị địch bắt giam. "
              "Nay các cựu tù chính trị vẫn giữ nếp sinh hoạt chi hội mỗi tháng một lần.")
    text = (f"{teaser}\n\nKý ức khó quên của cựu tù chính trị\n\n{teaser}\n\n"
            "Ông Nguyễn Văn Hòa, 86 tuổi, kể lại những ngày ở nhà tù Hỏa Lò năm 1952.\n")
    assert convert_text(text, "seeds/x.txt").title == "Ký ức khó quên của cựu tù chính trị"
    once = f"{teaser}\n\nKý ức khó quên của cựu tù chính trị\n\nÔng Nguyễn Văn Hòa, 86 tuổi, kể lại những ngày ở nhà tù.\n"
    assert convert_text(once, "seeds/x.txt").title is None  # printed once, the paragraph has begun the article


def test_an_address_is_never_the_headline():
    article = convert_text("Xã Minh Quang, huyện Ba Vì, thành phố Hà Nội\n\n"
                           "Khu di tích nằm dưới chân núi Ba Vì, cách trung tâm Hà Nội khoảng 60 km. Nơi đây từng là "
                           "căn cứ của Chi bộ Đảng đầu tiên trong vùng, thành lập năm 1947.\n", "seeds/x.txt")
    assert article.title is None
    assert any(block.text == "Xã Minh Quang, huyện Ba Vì, thành phố Hà Nội" for block in article.blocks)  # kept as text


def test_a_title_that_stops_where_a_phrase_goes_on_is_listed_for_review():
    """A title ending on "và", "của" … was cut short, and one ending on a colon is a label for
    what follows: taken, since the page gives no better line, but listed for an editor to look at."""
    title = "Hội nghị sơ kết công tác xây dựng Đảng của Huyện ủy Thanh Hà và"
    article = convert(title, "12/3/2016", LEAD, BODY)
    assert article.title == title and "title" in article.to_review()
    finished = convert(title.removesuffix(" và"), "12/3/2016", LEAD, BODY)
    assert finished.title and "title" not in finished.to_review()
    assert headline.unfinished("Hoạt động của các tổ chức chính trị:") and headline.unfinished("Qúa trình thành lập :")
    assert headline.unfinished("ĐẨY MẠNH THI ĐUA CỦA")  # capitals: the same words
    assert not headline.unfinished("Hội thảo về công tác Tư tưởng và Tổ chức")  # ends on a noun


def test_a_province_with_twice_the_runner_ups_weight_only_is_listed_for_review():
    """Two mentions against one, or four against two, is no clear lead: a page on a school
    in one province that names another once is as often about the other (dev pages: 7 of 13
    wrong at exactly twice). The value stays; an editor is asked to look."""
    from collections import Counter

    from kholuutru.enrich.places import _weak_vote
    from kholuutru.gazetteer import gazetteer

    hcm, hanoi = (gazetteer().province_by_name[name] for name in ("Hồ Chí Minh", "Hà Nội"))
    assert _weak_vote(Counter({hcm: 2, hanoi: 1}), hcm)
    assert _weak_vote(Counter({hcm: 4, hanoi: 2}), hcm)
    assert not _weak_vote(Counter({hcm: 5, hanoi: 2}), hcm)
    assert not _weak_vote(Counter({hcm: 4}), hcm)


def test_a_district_named_in_the_lead_and_once_more_but_not_in_the_title_is_to_review():
    body = BODY + " Ban Thường vụ Huyện ủy Thanh Hà giao các chi bộ hoàn thành kế hoạch trước tháng 6."
    lead_only = convert("Sơ kết công tác xây dựng Đảng quý I", "14/03/2016", LEAD, body)
    assert lead_only.locality == "huyện Thanh Hà" and "locality" in lead_only.to_review()
    # (on development pages, such a district was the wrong place one time in four: a commune of it, or none)
    titled = convert("Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I", "14/03/2016", LEAD, body)
    assert titled.locality == "huyện Thanh Hà" and "locality" not in titled.to_review()


def test_a_communes_site_whose_text_never_names_it_but_names_its_district_up_front():
    url = "https://phucdong.longbien.hanoi.gov.vn/tin-tuc/so-ket"
    lead = ("Sáng 12/4/2021, tại hội trường quận Long Biên, các chi bộ tổ chức hội nghị sơ kết công tác kiểm tra, "
            "giám sát quý I năm 2021.")
    article = convert("Sơ kết công tác kiểm tra, giám sát quý I", "13/04/2021", lead, BODY, url=url)
    # the district the lead names, for review; not the site's ward (10 of 14 such development pages were not of it)
    assert article.locality == "quận Long Biên" and "locality" in article.to_review()
    named = convert("Sơ kết công tác kiểm tra, giám sát quý I", "13/04/2021",
                    lead.replace("các chi bộ", "các chi bộ phường Phúc Đồng"), BODY, url=url)
    assert named.locality == "phường Phúc Đồng"


@pytest.mark.parametrize("opening,date", [("Chiều 15/10", "2012-10-15"), ("Chiều ngày 10-1", "2013-01-10")])
def test_a_review_of_one_year_with_the_next_years_tasks_gives_a_year_less_lead_its_year(opening, date):
    """A year-less lead of a meeting the text says reviews one year and sets the next one's tasks
    sits at the turn of the year (3 development pages left null, of 50 with the shape; the 47
    others already right)."""
    lead = (f"{opening}, Đảng ủy xã Tân Phú tổ chức hội nghị Ban Chấp hành mở rộng với sự tham dự của "
            "các đồng chí bí thư chi bộ và trưởng các đoàn thể.")
    body = ("Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ chính trị năm 2012 và phương hướng, nhiệm vụ năm 2013, "
            "thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi bộ.")
    article = convert("Đảng ủy xã Tân Phú họp bàn nhiệm vụ trọng tâm", lead, body)
    assert str(article.date) == date
    assert "tổng kết năm 2012 và bàn nhiệm vụ năm 2013" in article.date_note


def test_votes_scattered_over_three_provinces_leave_the_province_unknown():
    # a working trip through three provinces: the first named most, the others close behind
    lines = ["Đoàn công tác khảo sát mô hình dân vận khéo", "15/06/2023",
             "Từ ngày 10 đến 14/6/2023, đoàn công tác của Ban Dân vận Trung ương khảo sát mô hình dân vận khéo "
             "tại các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình.",
             "Tại Nghệ An, đoàn làm việc với Ban Dân vận Tỉnh ủy Nghệ An và thăm mô hình ở các xã vùng biển. "
             "Tại Hà Tĩnh, đoàn nghe báo cáo của Ban Dân vận Tỉnh ủy Hà Tĩnh về phong trào xây dựng nông thôn mới.",
             "Đoàn đánh giá cao cách làm của tỉnh Nghệ An trong công tác vận động đồng bào."]
    article = convert(*lines)
    assert article.province is None and article.evidence["province"].weak
    one = convert(*[line.replace("Hà Tĩnh", "Nghệ An").replace("Quảng Bình", "Nghệ An") for line in lines])
    assert one.province == "Nghệ An"  # one province throughout: decided


def test_an_undated_pages_heading_marking_an_anniversary_gives_its_term():
    # a commune's history page: no date line; the heading under the title marks the 70th
    # anniversary with its span, so the page is of 2024, inside the 2020-2025 term
    lines = ["TÓM TẮT TRUYỀN THỐNG LỊCH SỬ ĐẢNG BỘ XÃ QUẢNG BÌNH",
             "ĐẢNG BỘ XÃ QUẢNG BÌNH - 70 NĂM XÂY DỰNG VÀ TRƯỞNG THÀNH (11/3/1954 – 11/3/2024)",
             "Xã Quảng Bình nằm ở phía đông huyện Quảng Xương, có truyền thống yêu nước và cách mạng lâu đời. "
             "Ngày 11/3/1954, Chi bộ Đảng đầu tiên của xã được thành lập với 5 đảng viên.",
             "Trải qua các thời kỳ, Đảng bộ xã đã lãnh đạo nhân dân vượt qua khó khăn, xây dựng quê hương ngày càng giàu đẹp."]
    article = convert(*lines)
    assert article.date is None and article.tenure == "2020-2025" and article.evidence["tenure"].weak
    ninety = convert(*[line.replace("70 NĂM", "69 NĂM") for line in lines])
    assert ninety.tenure is None  # the count and the printed years disagree: no year


def test_a_district_spelled_with_y_where_the_list_has_i_is_the_same_unit():
    """"huyện Phú Quý" in the news, "Phú Quí" in the GSO list (provinces.yml name_word_spellings;
    4 development pages of 4 sites write it so): one district, shown as the article spells it."""
    lines = ["Huyện ủy Phú Quý tổng kết công tác dân vận năm 2019", "20/12/2019",
             "Sáng 20/12/2019, Ban Thường vụ Huyện ủy Phú Quý tổ chức hội nghị tổng kết công tác dân vận năm 2019.", BODY]
    article = convert(*lines)
    assert (article.province, article.locality) == ("Bình Thuận", "huyện Phú Quý")


@pytest.mark.parametrize("island", ["đảo Cô Tô", "huyện đảo Cô Tô"])
def test_an_island_district_named_as_its_island_is_the_district(island):
    """"Ngày giải phóng đảo Phú Quý", "Chi bộ đầu tiên ở đảo Lý Sơn": the island is the whole district
    (abbreviations.yml island_districts; 5 development pages of 5 sites), where "đảo" before another
    name makes it no unit."""
    lines = [f"Kỷ niệm 60 năm Ngày Bác Hồ về thăm {island}", "02/5/2021",
             f"Sáng 2/5/2021, Đảng bộ, chính quyền và nhân dân {island} long trọng tổ chức lễ kỷ niệm 60 năm Ngày Bác Hồ về thăm {island}.",
             BODY.replace("Đảng bộ huyện", "Đảng bộ")]
    assert convert(*lines).locality == "huyện Cô Tô"
    other = convert(*[line.replace(island, "đảo Cát Bà") for line in lines])
    assert other.locality is None  # an island that is no district's whole


@pytest.mark.parametrize("commune,district,province", [("xã Mỹ Thành", "huyện Mỹ Lộc", "Nam Định"),
                                                        ("xã Sơn Viên", "huyện Nông Sơn", "Quảng Nam")])
def test_a_commune_of_a_district_merged_away_before_2025_is_known(commune, district, province):
    """huyện Mỹ Lộc (merged into thành phố Nam Định in 2024), huyện Nông Sơn (into Quế Sơn): the
    2025 list has neither, and their communes merged since were left out of communes_2019.tsv
    (unit_history.yml code_2019 keeps them; 4 development pages of 4 sites name one as their locality)."""
    lines = [f"Đảng bộ {commune} tổng kết công tác xây dựng Đảng năm 2019", "20/12/2019",
             f"Sáng 20/12/2019, Đảng ủy {commune}, {district} tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2019.",
             f"Năm 2019, Đảng bộ {commune} kết nạp 12 đảng viên mới, đạt 120% kế hoạch.", BODY.replace("Đảng bộ huyện", "Đảng bộ")]
    article = convert(*lines)
    assert (article.province, article.locality) == (province, commune)


def test_the_province_in_brackets_after_a_district_is_its_address_not_province_wide_news():
    """"huyện Giao Thủy (Nam Định)", "UBND huyện Triệu Phong (Quảng Trị)": the province written as the
    district's address (some 30 development pages of 30 sites write one so) is where the district lies,
    not a sign that the news is the province's."""
    lines = ["Tôn vinh người có uy tín tiêu biểu tỉnh Gia Lai", "12/01/2023",
             "Ngày 12/1, Ủy ban MTTQ Việt Nam huyện Ia Grai (Gia Lai) tổ chức gặp mặt 45 người có uy tín trong đồng bào dân tộc thiểu số.",
             "Những năm qua, người có uy tín ở huyện Ia Grai luôn gương mẫu, vận động bà con phát triển kinh tế.",
             "Dịp này, Ủy ban MTTQ Việt Nam huyện Ia Grai tặng quà cho 20 người có uy tín tiêu biểu.",
             "Lãnh đạo huyện Ia Grai đề nghị người có uy tín tiếp tục là cầu nối giữa Đảng, chính quyền với nhân dân.", BODY.replace("Đảng bộ huyện", "Đảng bộ")]
    assert convert(*lines).locality == "huyện Ia Grai"
    written_apart = convert(*[line.replace("huyện Ia Grai (Gia Lai)", "huyện Ia Grai, nay tỉnh Gia Lai") for line in lines])
    assert written_apart.locality is None  # the province named on its own still weighs against the district


def test_a_numbered_party_documents_year_in_an_undated_opening_is_not_the_time_of_writing():
    # a Q&A page on Party rules: no date line; "năm 2022" names the rule it explains,
    # issued years before the page may have been written, so it gives no term
    lines = ["Đảng viên sinh con thứ ba có bị xử lý kỷ luật không?",
             "Theo Quy định 69-QĐ/TW năm 2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm, "
             "đảng viên vi phạm chính sách dân số được xem xét theo mức độ và hậu quả của vi phạm.",
             "Đảng viên cần nắm rõ các hình thức kỷ luật để chấp hành nghiêm túc."]
    article = convert(*lines)
    assert article.date is None and article.tenure is None
    # a year the opening reports on, with no document's number before it, still gives the term
    reported = convert(*[line.replace("Theo Quy định 69-QĐ/TW năm 2022", "Trong năm 2022, theo quy định") for line in lines])
    assert reported.tenure == "2020-2025"


def test_a_congress_whose_sub_committee_meets_is_still_ahead():
    # a ministry's paper: the documents sub-committee of the coming congress holds its first
    # meeting in May 2025; the congress's term is not yet the page's
    lines = ["Xây dựng văn kiện Đại hội Đảng bộ Sở sát thực tiễn", "07/05/2025",
             "Sáng 7/5, tại phiên họp đầu tiên của Tiểu ban Văn kiện Đại hội đại biểu Đảng bộ Sở Y tế lần thứ nhất, "
             "nhiệm kỳ 2025-2030, đồng chí Bí thư Đảng ủy Sở đề nghị các thành viên tập trung xây dựng dự thảo báo cáo chính trị.",
             "Các ý kiến thống nhất phân công nhiệm vụ cho từng thành viên của Tiểu ban."]
    article = convert(*lines)
    assert str(article.date) == "2025-05-07" and article.tenure == "2020-2025"


def test_a_founding_day_written_out_in_an_undated_opening_is_not_the_time_of_writing():
    # a school's page on its Party cell: no date line; the cell was founded "ngày 15 tháng 10
    # năm 2008", and the page may be from any later year, so it gives no term
    lines = ["Giới thiệu Chi bộ nhà trường",
             "Chi bộ Trường Mầm non Hoa Sen trực thuộc Đảng ủy xã, có 12 đảng viên và được thành lập từ ngày "
             "15 tháng 10 năm 2008.",
             "Chi bộ luôn chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước."]
    article = convert(*lines)
    assert article.date is None and article.tenure is None
    # the year a page reports on is still its time of writing
    reported = convert(*[line.replace("được thành lập từ ngày 15 tháng 10 năm 2008", "trong tháng 10 năm 2008 kết nạp 2 đảng viên")
                         for line in lines])
    assert reported.tenure == "2005-2010"


def test_the_partys_age_told_in_an_undated_text_gives_its_term():
    # a district bulletin's talk to members: no date line; "Đảng ta suốt 93 năm qua" counts from
    # the Party's founding in 1930, so the text is of 2023, inside the 2020-2025 term
    lines = ["Sinh hoạt chuyên đề tháng Hai ở Chi bộ khu phố 3",
             "Buổi sinh hoạt có 25 đảng viên tham dự, do đồng chí Bí thư Chi bộ chủ trì.",
             "Đồng chí Bí thư nhắc lại chặng đường đấu tranh anh dũng của Đảng ta suốt 93 năm qua, với những hy sinh "
             "to lớn và thắng lợi vẻ vang của dân tộc.",
             "Chi bộ đề ra nhiệm vụ trọng tâm trong thời gian tới."]
    article = convert(*lines)
    assert article.date is None and article.tenure == "2020-2025" and article.evidence["tenure"].weak
    # a local organisation's age is not the Party's
    local = convert(*[line.replace("của Đảng ta suốt 93 năm qua", "của Đảng bộ phường suốt 93 năm qua") for line in lines])
    assert local.tenure is None


def test_an_organisations_age_counted_from_the_founding_just_told_gives_its_term():
    # an undated history of a district Party organisation: founded "ngày 28/3/1950", then
    # "Qua 66 năm xây dựng và trưởng thành" counts from it: written in 2016, term 2015-2020
    lines = ["Lịch sử Đảng bộ huyện Quan Sơn",
             "Ngày 28/3/1950, Ban cán sự miền núi ra quyết định thành lập Đảng bộ huyện Quan Sơn, cử Ban Chấp hành "
             "lâm thời gồm 5 đồng chí. Qua 66 năm xây dựng và trưởng thành, Đảng bộ huyện đã lãnh đạo nhân dân vượt "
             "qua mọi khó khăn.",
             "Đảng bộ tiếp tục phát huy truyền thống vẻ vang của quê hương."]
    article = convert(*lines)
    assert article.date is None and article.tenure == "2015-2020" and article.tenure_basis == "inferred"
    # a count not tied to a founding the text tells gives none
    assert convert(*[line.replace("ra quyết định thành lập", "về thăm") for line in lines]).tenure is None
    # nor a rough count ("Qua hơn 66 năm")
    assert convert(*[line.replace("Qua 66 năm", "Qua hơn 66 năm") for line in lines]).tenure is None


def test_a_headline_announcing_the_congress_keeps_its_term_ahead():
    # an undated notice: the headline says the congress "sẽ diễn ra"; the lead names it with
    # its term and days but no cue, and the running term is still the one before
    lines = ["Đại hội đại biểu Đảng bộ tỉnh Long An lần thứ X sẽ diễn ra từ ngày 14/10/2015",
             "Theo thông tin từ Tỉnh ủy Long An, Đại hội đại biểu Đảng bộ tỉnh Long An lần thứ X, nhiệm kỳ 2015 – 2020 "
             "được tổ chức trong các ngày 14 – 16/10/2015, với 350 đại biểu tham dự.",
             "Đại hội thảo luận văn kiện và bầu Ban Chấp hành Đảng bộ tỉnh khóa mới."]
    article = convert(*lines)
    assert article.date is None and article.tenure == "2010-2015"
    held = convert(*[lines[0].replace("sẽ diễn ra từ ngày 14/10/2015", "thành công tốt đẹp")] + lines[1:])
    assert held.tenure == "2015-2020"


def test_the_lunar_new_year_an_undated_text_greets_gives_its_term():
    # a commune's spring piece: no date line; "Xuân Quý Mão" is the spring of 2023
    lines = ["Mừng Đảng, mừng Xuân",
             "Đảng bộ và nhân dân xã Hải Long phấn khởi bước vào Xuân Quý Mão với nhiều thành tựu mới trong xây dựng "
             "nông thôn mới kiểu mẫu.",
             "Các chi bộ thôn tổ chức trồng cây, thăm hỏi gia đình chính sách trước Tết."]
    article = convert(*lines)
    assert article.date is None and article.tenure == "2020-2025" and article.evidence["tenure"].weak
    # Tết of a congress year comes before the congresses: the outgoing term
    assert convert(*[line.replace("Quý Mão", "Canh Tý") for line in lines]).tenure == "2015-2020"
    # a spring of history, its name back in a later cycle or its year printed, gives none
    assert convert(*[line.replace("Quý Mão", "Mậu Thân") for line in lines]).tenure is None
    assert convert(*[line.replace("Xuân Quý Mão", "Xuân Ất Dậu 1945") for line in lines]).tenure is None


def test_a_mass_organisations_congress_off_the_partys_calendar_gives_an_undated_texts_term():
    # a ward portal's report: no date line; the veterans' congress "nhiệm kỳ 2022-2027" meets in
    # 2022, inside the Party's 2020-2025 term (so would a run-up piece, in 2022 or 2021)
    lines = ["Đại hội đại biểu Hội Cựu chiến binh phường Mỹ Phước lần thứ VIII, nhiệm kỳ 2022-2027",
             "Đại hội đại biểu Hội Cựu chiến binh phường Mỹ Phước lần thứ VIII, nhiệm kỳ 2022-2027 đã diễn ra "
             "với sự tham dự của 120 đại biểu.",
             "Đại hội bầu Ban Chấp hành Hội khóa mới gồm 9 đồng chí."]
    article = convert(*lines)
    assert article.date is None and article.tenure == "2020-2025" and article.evidence["tenure"].weak
    ahead = convert(*[line.replace("Đại hội đại biểu Hội", "Hướng tới Đại hội đại biểu Hội") for line in lines])
    assert ahead.tenure == "2020-2025"
    # a resolution carried out or a term reviewed may be cited at any time in it or after
    cited = convert(*[line.replace("Đại hội đại biểu Hội", "Thực hiện Nghị quyết Đại hội đại biểu Hội") for line in lines])
    assert cited.tenure is None
    # a term starting the year after a Party congress year: its run-up may come before the Party's congresses
    assert convert(*[line.replace("Đại hội đại biểu Hội", "Hướng tới Đại hội đại biểu Hội").replace("2022-2027", "2021-2026")
                     for line in lines]).tenure is None
    assert convert(*[line.replace("2022-2027", "2021-2026") for line in lines]).tenure == "2020-2025"


@pytest.mark.parametrize("greeting", ["đầu Xuân mới Quý Mão", "dịp Tết cổ truyền Quý Mão"])
def test_the_lunar_new_year_named_as_a_new_spring_or_the_traditional_tet_gives_an_undated_texts_term(greeting):
    # an interview with a village cell's secretary: "những ngày đầu Xuân mới Ất Tỵ", "Tết cổ truyền Giáp Ngọ"
    lines = ["Bí thư chi bộ thôn gương mẫu",
             f"Chia sẻ với phóng viên trong những ngày {greeting}, Bí thư Chi bộ thôn Tát Dài cho biết chi bộ "
             "đã hoàn thành các chỉ tiêu đề ra.",
             "Chi bộ tiếp tục vận động bà con phát triển kinh tế, giữ gìn an ninh trật tự."]
    article = convert(*lines)
    assert article.date is None and article.tenure == "2020-2025" and article.evidence["tenure"].weak


def test_a_party_cells_congress_for_its_shorter_term_gives_an_undated_texts_term():
    # a department's page: no date line; a cell elects its committee twice a Party term, and its
    # congress "nhiệm kỳ 2022-2025" meets in 2022, inside the 2020-2025 term
    lines = ["Đại hội Chi bộ Môi trường nhiệm kỳ 2022-2025",
             "Đại hội Chi bộ Môi trường nhiệm kỳ 2022-2025 diễn ra với sự tham dự của 12 đảng viên trong chi bộ.",
             "Đại hội bầu Chi ủy khóa mới gồm 3 đồng chí."]
    article = convert(*lines)
    assert article.date is None and article.tenure == "2020-2025" and article.evidence["tenure"].weak
    # a cell's term starting in a Party congress year: cells meet first in each round, before the
    # province's congress (every dated development page with such a congress, 2010, 2015 and 2020, says so)
    assert convert(*[line.replace("2022-2025", "2020-2022") for line in lines]).tenure == "2015-2020"
    # the term a congress looks back on is not the one it opens
    looked_back = ["Đại hội Chi bộ Môi trường", "Tại Đại hội, chi bộ đã nhìn lại việc lãnh đạo, chỉ đạo của chi bộ nhiệm kỳ "
                   "2017-2020 và xác định phương hướng cho nhiệm kỳ mới.", lines[2]]
    assert convert(*looked_back).tenure is None


def test_the_term_a_congress_report_looks_back_on_is_the_one_ending():
    # an undated congress report: its only Party term is the outgoing one, looked back on; the
    # congress it reports opens the next term
    guests = "Tham dự và chỉ đạo Đại hội có các đồng chí trong Ban Thường vụ Tỉnh ủy cùng 236 đại biểu chính thức."
    met = ("Đến nay, huyện đã đạt và vượt 17/19 mục tiêu chủ yếu mà Nghị quyết Đại hội Đảng bộ huyện "
           "lần thứ XXIV nhiệm kỳ 2015-2020 đề ra.")
    article = convert(guests, met, BODY)
    assert article.date is None and article.tenure == "2020-2025" and article.tenure_basis == "text"
    # targets still aimed at are the running term's
    aimed = met.replace("Đến nay, huyện đã đạt và vượt", "Toàn huyện ra sức thi đua hoàn thành")
    assert convert(guests, aimed, BODY).tenure == "2015-2020"
    # what was done "trong nhiệm kỳ …": the term behind the congress
    during = ("Báo cáo chính trị trình Đại hội cho biết, trong nhiệm kỳ VI (2010 – 2015), Đảng ủy Khối Cơ quan "
              "đã lãnh đạo hoàn thành tốt mọi mặt công tác.")
    assert convert(guests, during, BODY).tenure == "2015-2020"
    # carrying out the resolution "trong nhiệm kỳ …" looks ahead
    ahead = "Đại hội bầu Ban Chấp hành đủ năng lực để triển khai thực hiện Nghị quyết Đại hội trong nhiệm kỳ 2010 – 2015."
    assert convert(guests, ahead, BODY).tenure == "2010-2015"


def test_a_congress_reviewing_its_resolution_with_a_qualifier_opens_the_next_term():
    # "tổng kết, đánh giá đầy đủ việc thực hiện Nghị quyết Đại hội … nhiệm kỳ 2020 – 2025": the words
    # between the review and the resolution ("đầy đủ", "toàn diện", "việc") do not make it the running term
    guests = "Tham dự và chỉ đạo Đại hội có các đồng chí trong Ban Thường vụ Thành ủy cùng 150 đại biểu chính thức."
    reviewed = ("Bí thư Đảng ủy phường cho biết, nhiệm vụ của Đại hội là tổng kết, đánh giá đầy đủ việc thực hiện "
                "Nghị quyết Đại hội Đảng nhiệm kỳ 2020 – 2025 của phường.")
    article = convert(guests, reviewed, BODY)
    assert article.date is None and article.tenure == "2025-2030" and article.tenure_basis == "text"
    carried_out = reviewed.replace("tổng kết, đánh giá đầy đủ việc thực hiện", "tiếp tục lãnh đạo thực hiện thắng lợi")
    assert convert(guests, carried_out, BODY).tenure == "2020-2025"


def test_an_undated_school_year_running_into_a_congress_year_gives_no_term():
    # "năm học 2009 – 2010": written in the autumn of 2009 or by the summer of 2010, a congress year;
    # a school year inside one term still gives it
    lines = ["Đại hội Chi đoàn giáo viên",
             "Tại đại hội, đại biểu nhất trí thông qua báo cáo tổng kết công tác đoàn năm học 2009 – 2010 và "
             "phương hướng công tác đoàn năm học 2010 – 2011.",
             "Đại hội bầu Ban Chấp hành Chi đoàn gồm 3 đồng chí, dưới sự chỉ đạo của chi bộ nhà trường."]
    article = convert(*lines)
    assert article.date is None and article.tenure is None
    inside = [line.replace("2009 – 2010", "2012 – 2013").replace("2010 – 2011", "2013 – 2014") for line in lines]
    assert convert(*inside).tenure == "2010-2015"


def test_the_anniversary_a_pages_address_remembers_gives_its_term():
    # an undated page on an anniversary whose text names no year: the slug's span (the same day
    # and month at both ends, or its digits run together) is the year it was posted around
    lines = ["Tuyên truyền kỷ niệm ngày thành lập Đảng bộ tỉnh",
             "Các chi bộ tổ chức sinh hoạt chuyên đề, ôn lại truyền thống vẻ vang của Đảng bộ và nhân dân trong tỉnh.",
             "Đoàn viên thanh niên dọn dẹp, chăm sóc các di tích lịch sử cách mạng trên địa bàn."]
    article = convert(*lines, url="https://sct.gov.vn/huong-toi-ky-niem-77-nam-ngay-thanh-lap-dang-bo-tinh-3061945-3062022-dang-bo")
    assert article.date is None and article.tenure == "2020-2025" and article.tenure_basis == "inferred"
    assert convert(*lines, url="https://a.vn/ky-niem-60-nam-0441955-0442015-394.html").tenure == "2010-2015"
    # its day known and far from the congresses: the term of a congress year too
    assert convert(*lines, url="https://a.vn/ky-niem-95-nam-01-4-1930-01-4-2025-252.html").tenure == "2020-2025"
    # a term's span is no anniversary
    assert convert(*lines, url="https://a.vn/dai-hoi-dang-bo-nhiem-ky-2020-2025-12.html").tenure is None


def test_an_undated_opening_preparing_the_congresses_of_all_levels_is_in_the_term_before():
    # no date, no congress of its own: the whole round of congresses for 2025-2030 is still ahead
    lines = ["Hoàn thành sắp xếp đơn vị hành chính trước tháng 10",
             "Việc sắp xếp đơn vị hành chính cấp huyện, cấp xã phải xong trước tháng 10 để các địa phương kịp chuẩn bị "
             "Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, tiến tới Đại hội Đảng toàn quốc lần thứ XIV.",
             "Các bộ, ngành được giao hướng dẫn địa phương bố trí cán bộ, công chức dôi dư sau sắp xếp."]
    article = convert(*lines)
    assert article.date is None and article.tenure == "2020-2025" and article.tenure_basis == "inferred"
    # a report on the congress year with the next year's tasks was written after the congresses
    report = ["KẾT QUẢ CÔNG TÁC NĂM 2020 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021 CỦA TRƯỜNG CHÍNH TRỊ TỈNH",
              "Nhà trường thực hiện nhiệm vụ năm 2020 trong không khí thi đua lập thành tích chào mừng đại hội Đảng bộ "
              "các cấp nhiệm kỳ 2020-2025, tiến tới Đại hội Đảng toàn quốc lần thứ XIII.", lines[2]]
    assert convert(*report).tenure != "2015-2020"


def test_an_undated_page_on_a_former_districts_site_that_names_only_the_new_commune():
    # quocoai.hanoi.gov.vn, muongang.dienbien.gov.vn: undated, "UBND xã Quốc Oai", never "huyện Quốc Oai"
    url = "https://bathuoc.thanhhoa.gov.vn/tin-tuc/hoi-nghi-ban-chap-hanh"
    lead = ("Sáng 24/10, Ban Chấp hành Đảng bộ tổ chức Hội nghị lần thứ 4 để đánh giá kết quả "
            "thực hiện nhiệm vụ chính trị và triển khai nhiệm vụ trọng tâm thời gian tới.")
    body = ("Hội nghị thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi bộ, phát triển đảng viên mới "
            "và chăm lo đời sống Nhân dân trên địa bàn xã Bá Thước.")
    title = "Hội nghị Ban Chấp hành Đảng bộ lần thứ 4"
    assert convert(title, lead, body, BODY, url=url).locality == "xã Bá Thước"
    # the district named as such: the site may still be the district's
    older = body.replace("xã Bá Thước", "xã Bá Thước, huyện Bá Thước")
    assert convert(title, lead, older, BODY, url=url).locality == "huyện Bá Thước"


def test_an_undated_page_on_a_former_districts_site_of_the_communes_bodies_unnamed():
    # bacquang.tuyenquang.gov.vn, tiendien.hatinh.gov.vn: undated, "Đảng ủy xã", "UBND xã", no commune named
    url = "https://quocoai.hanoi.gov.vn/tin-tuc/so-ket-quy-1"
    title = "Sơ kết công tác quý I"
    lead = ("Chiều 14/3, Đảng ủy xã tổ chức hội nghị sơ kết công tác quý I. Đồng chí Bí thư Đảng ủy xã chủ trì "
            "hội nghị.")
    body = ("Hội nghị đã nghe UBND xã báo cáo kết quả thu ngân sách, xây dựng nông thôn mới và giao nhiệm vụ quý II "
            "cho các chi bộ thôn.")
    assert convert(title, lead, body, url=url).locality == "xã Quốc Oai"
    # a text of the district's bodies (the site's years as the district's) stays the district's
    district = "Ban Thường vụ Huyện ủy giao Thường trực Huyện ủy theo dõi; Huyện ủy đã chỉ đạo toàn huyện thực hiện."
    assert convert(title, lead, body, district, url=url).locality == "huyện Quốc Oai"


def test_a_new_communes_site_reprinting_the_countrys_news_names_no_commune():
    # songma.sonla.gov.vn, songcau.daklak.gov.vn after 1 July 2025: election news of the whole country,
    # no "xã", "phường" anywhere: the commune's portal reprints it, the news is no commune's
    url = "https://bathuoc.thanhhoa.gov.vn/tin-tuc/y-nghia-cuoc-bau-cu"
    title = "Ý nghĩa và tầm quan trọng của cuộc bầu cử đại biểu Quốc hội khóa XVI"
    lead = ("Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp, nhiệm kỳ 2026 - 2031 là sự kiện "
            "chính trị lớn của đất nước, ngày hội của toàn dân xây dựng Nhà nước pháp quyền xã hội chủ nghĩa.")
    assert convert(title, "09/12/2025", lead, url=url).locality is None
    # the commune's own news on the same site still names the commune
    own = "Sáng 9/12, Đảng ủy xã tổ chức hội nghị quán triệt công tác bầu cử đại biểu Quốc hội khóa XVI."
    assert convert(title, "09/12/2025", own, url=url).locality == "xã Bá Thước"


def test_a_communes_site_does_not_settle_its_district_against_a_commune_the_lead_names():
    # binhthanh.chauthanh.angiang.gov.vn, mayto.ngoquyen.gov.vn: "UBND huyện Châu Thành … công nhận xã Bình Thạnh"
    lead = ("Sáng ngày 12/4/2024, UBND huyện Thạch Hà tổ chức Lễ công bố Quyết định của Chủ tịch UBND tỉnh công nhận "
            "xã Thạch Long đạt chuẩn nông thôn mới nâng cao năm 2023 với sự tham dự của đông đảo cán bộ và Nhân dân.")
    body = ("Năm 2023, Đảng bộ xã lãnh đạo hoàn thành 19 tiêu chí, thu nhập bình quân đầu người đạt 62 triệu đồng; "
            "hệ thống chính trị được củng cố, quốc phòng, an ninh được giữ vững.")
    lines = ("Lễ công bố đạt chuẩn nông thôn mới nâng cao", "12/04/2024", lead, body)
    # the commune's own site: its district in the host is its address, the page stays unsettled as without it
    hosted = convert(*lines, url="https://xathachlong.thachha.gov.vn/tin-tuc/le-cong-bo")
    assert hosted.locality is None and "locality" in hosted.to_review()
    # the district's own site settles it
    assert convert(*lines, url="https://thachha.hatinh.gov.vn/tin-tuc/le-cong-bo").locality == "huyện Thạch Hà"


def test_an_undated_page_on_a_merged_provinces_site_naming_only_the_province_merged_in():
    # mattran.danang.gov.vn, thangtruong.danang.gov.vn: Quảng Nam's archive under Đà Nẵng's domain since 2025
    url = "https://mattran.danang.gov.vn/chi-tiet-tin/group/70/nid/5254/hoi-nghi-tap-huan"
    title = "Hội nghị tập huấn công tác Mặt trận ở khu dân cư"
    lead = ("Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị tập huấn, trao đổi kinh nghiệm xây dựng khu dân cư "
            "văn hóa cho cán bộ Mặt trận cơ sở trên địa bàn.")
    body = ("Hội nghị thống nhất các giải pháp nâng cao chất lượng cuộc vận động toàn dân đoàn kết xây dựng đời sống văn hóa "
            "ở khu dân cư, phát huy vai trò của Ban công tác Mặt trận.")
    assert convert(title, lead, body, url=url).province == "Quảng Nam"
    # a day after the merger: Quảng Nam is a former province of the host's
    assert convert(title, lead, body + " Kế hoạch được ban hành ngày 25/12/2025.", url=url).province == "Đà Nẵng"


def test_a_youth_union_body_writes_its_units_type():
    """"Tỉnh đoàn Sóc Trăng" is the province's Youth Union, as "Tỉnh ủy Sóc Trăng" is its Party committee:
    not the city of the same name, which a caption names once as a pagoda's address (29 development
    pages of 29 sites name a unit after its Youth Union body)."""
    provincial = convert("Nhân dịp Tết Chôl Chnăm Thmây năm 2025, Tỉnh đoàn Sóc Trăng đã lập đoàn công tác đến thăm, "
                         "chúc Tết các chùa và tặng quà cho gia đình chính sách trên địa bàn.",
                         "Đoàn công tác thăm, chúc Tết Đại đức Thạch Huôn - Trụ trì chùa Peam Buôl, Phường 4, thành phố Sóc Trăng",
                         "Ở mỗi nơi đến, Đoàn gửi lời chúc năm mới tới ban quản trị chùa, các vị hòa thượng, đại đức và bà con.", BODY)
    assert provincial.locality is None and provincial.province == "Sóc Trăng"
    # a district and a town of one name in two provinces: "Huyện đoàn" says which unit
    district = convert("Tuổi trẻ Hồng Ngự ra quân mùa hè tình nguyện",
                       "Sáng 5/6/2022, Huyện đoàn Hồng Ngự tổ chức lễ ra quân chiến dịch thanh niên tình nguyện hè năm 2022 "
                       "với sự tham gia của đông đảo đoàn viên, thanh niên.", BODY)
    assert district.locality == "huyện Hồng Ngự"


def test_a_commune_written_out_more_often_than_its_district_is_the_locality():
    """"xã Thiệu Công" five times against "Huyện ủy Thiệu Hóa" four: the district's committee disciplines,
    the news is the commune's (75 development pages of 75 sites write one commune so, 71 labelled with it);
    named no more often than the district, the commune is one of the district's places."""
    lines = ["Thanh Hóa: Khai trừ đảng, cảnh cáo nhiều cán bộ xã bán đất trái thẩm quyền",
             "Chiều ngày 20/2/2020, Ủy ban kiểm tra Huyện ủy Thiệu Hóa, tỉnh Thanh Hóa cho biết đã thi hành kỷ luật nhiều cán bộ "
             "từng là lãnh đạo xã Thiệu Công (Thiệu Hóa) trong các nhiệm kỳ trước.",
             "Cụ thể, Ủy ban kiểm tra Huyện ủy Thiệu Hóa khai trừ khỏi Đảng nguyên Bí thư Đảng ủy xã Thiệu Công và nguyên Chủ tịch UBND xã Thiệu Công.",
             "Cùng đợt, Ủy ban kiểm tra Huyện ủy Thiệu Hóa cảnh cáo nguyên địa chính xã Thiệu Công vì đã bán đất trái thẩm quyền, "
             "gây thất thoát ngân sách.",
             "Đảng ủy xã Thiệu Công đã kiểm điểm nghiêm túc, rút kinh nghiệm sâu sắc trong công tác quản lý đất đai ở cơ sở."]
    article = convert(*lines)
    assert article.locality == "xã Thiệu Công" and "locality" in article.to_review()
    assert convert(*lines[:-1]).locality == "huyện Thiệu Hóa"  # four times, as often as the district: its news


def test_a_commune_written_out_over_and_over_among_its_neighbours_is_the_locality():
    """"xã Quỳnh Đôi" four times, its neighbour "xã Quỳnh Hậu" once and "huyện Quỳnh Lưu" once, no district
    chosen: the page is the commune's (5 development pages of 5 sites, unknown before); three times is not enough."""
    lines = ["Lịch sử hình thành và phát triển",
             "Vùng đất ven sông Mai Giang thuộc huyện Quỳnh Lưu, tỉnh Nghệ An từ lâu đã nổi tiếng hiếu học; năm 1947 hai làng "
             "Phú Đôi và Thanh Đôi được hợp nhất thành xã Quỳnh Đôi.",
             "Trải qua các cuộc kháng chiến, Đảng bộ xã Quỳnh Đôi luôn lãnh đạo nhân dân vượt qua khó khăn, giữ vững an ninh trật tự.",
             "Hiện nay xã Quỳnh Đôi tiếp giáp xã Quỳnh Hậu ở phía nam; toàn xã có 12 chi bộ trực thuộc với 650 đảng viên.",
             "Nhiều năm liền, Đảng bộ xã Quỳnh Đôi được công nhận trong sạch, vững mạnh tiêu biểu."]
    article = convert(*lines)
    assert article.locality == "xã Quỳnh Đôi" and "locality" in article.to_review()
    assert convert(*lines[:-1]).locality is None


def test_a_commune_named_over_and_over_on_a_visit_to_several_is_not_the_locality():
    """"… tặng quà đồng bào ở 2 xã Hang Kia và Pà Cò (huyện Mai Châu)": the lead tells of two communes, so the one
    named most is not the news's place on its own."""
    article = convert("Sáng 10/1/2016, thừa ủy quyền của Tỉnh ủy, HĐND, UBND tỉnh Hòa Bình, đoàn công tác của Ban Dân tộc tỉnh "
                      "đã tới thăm, tặng quà đồng bào dân tộc Mông ở 2 xã Hang Kia và Pà Cò (huyện Mai Châu).",
                      "Tại xã Hang Kia, đoàn hỏi thăm, động viên, chúc Tết các hộ gia đình chính sách và già làng, trưởng bản.",
                      "Nhân dịp này, Tỉnh ủy, HĐND, UBND tỉnh trao tặng mỗi xã một phần quà; Ban Dân tộc tỉnh tặng quà "
                      "6 xóm của xã Hang Kia và 7 xóm của xã Pà Cò.",
                      "Cùng ngày, trường PT DTNT THCS huyện tổ chức tại xã Hang Kia buổi giao lưu Tết cổ truyền; "
                      "người dân xã Hang Kia tham gia đông đủ.")
    assert article.locality is None and article.province == "Hòa Bình"


def test_two_communes_visited_one_named_twice_as_often_leave_the_locality_unknown():
    """A district's delegation visiting two communes of another province, one named four times, the other twice:
    the news is the visitors', not the first commune's."""
    article = convert("Sáng 29/1, Đoàn Quận ủy do đồng chí Trưởng Ban Dân vận dẫn đầu đã về thăm cơ sở cách mạng ở xã Nhựt Ninh, "
                      "huyện Tân Trụ và xã Thuận Mỹ, huyện Châu Thành, tỉnh Long An.",
                      "Đoàn cùng lãnh đạo địa phương và gia đình chính sách của hai xã Nhựt Ninh và Thuận Mỹ ôn lại kỷ niệm một thời.",
                      "Đồng chí Trưởng Ban Dân vận tặng quà các gia đình cơ sở cách mạng xã Nhựt Ninh.",
                      "Dịp này, Đoàn trao quà cho 68 gia đình cơ sở cách mạng ở xã Nhựt Ninh, huyện Tân Trụ và xã Thuận Mỹ, "
                      "huyện Châu Thành, tỉnh Long An.")
    assert article.locality is None


def test_a_district_youth_union_opening_the_title_makes_the_news_the_districts():
    """"Huyện đoàn phối hợp trao nhà nhân ái …": the district's Youth Union is the subject, as "Huyện ủy" would
    be; the commune named twice is the family's address and its Youth Union's gift, not the news's place."""
    article = convert("Huyện đoàn phối hợp trao nhà nhân ái cho hộ gia đình nghèo", "05/10/2020",
                      "Sáng 01/10, Huyện đoàn đã phối hợp với Tỉnh đoàn Bình Định trao nhà nhân ái cho gia đình anh Nguyễn Văn A "
                      "(40 tuổi, thôn Tường An, xã Mỹ Quang).",
                      "Ngôi nhà được khởi công từ tháng 8, với tổng kinh phí 90 triệu đồng, trong đó Huyện đoàn vận động hỗ trợ 50 triệu đồng.",
                      "Dịp này, Đoàn xã Mỹ Quang cũng tặng quà và động viên gia đình sớm ổn định cuộc sống.")
    assert article.locality is None and article.province == "Bình Định"


def test_a_day_of_history_told_inside_a_body_sentence_tells_where_history_happened():
    """A day before 1976 set off by a comma inside a body sentence ("Sau 30 năm bôn ba …, ngày 28/01/1941,
    lãnh tụ Nguyễn Ái Quốc về Pác Bó, xã Trường Hà, huyện Hà Quảng (Cao Bằng), …") dates the places after
    it as an opening day does: where history happened, not the page's province; a recent day still counts.
    On an organisation's host (a Bảo Lộc youth union's site) those places are still places the text names:
    the host's province does not win over them."""
    lead = ("Sáng 15/5/2021, Đoàn Thanh niên tổ chức sinh hoạt chuyên đề học tập và làm theo tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh cho đoàn viên, thanh niên.")
    history = ("Sau 30 năm bôn ba khắp năm châu tìm đường cứu nước, ngày 28/01/1941, lãnh tụ Nguyễn Ái Quốc về "
               "Pác Bó, xã Trường Hà, huyện Hà Quảng (Cao Bằng), trực tiếp lãnh đạo phong trào cách mạng.")
    body = ("Buổi sinh hoạt là dịp để đoàn viên, thanh niên thêm tự hào về truyền thống vẻ vang của dân tộc, "
            "ra sức học tập, rèn luyện, cống hiến.")
    title = "Tuổi trẻ học tập và làm theo Bác"
    assert convert(title, lead, history, body).province is None
    assert convert(title, lead, history, body, url="https://tuoitrebaoloc.vn/tin-tuc/hoc-tap-lam-theo-bac").province is None
    recent = history.replace("ngày 28/01/1941", "ngày 28/01/2021")
    assert convert(title, lead, recent, body).province == "Cao Bằng"


@pytest.mark.parametrize("address,province", [("xã Hy Cương, huyện Lâm Thao, tỉnh Phú Thọ", "Phú Thọ"),
                                              ("xã Phước Hội, huyện Đất Đỏ", "Bà Rịa - Vũng Tàu")])
def test_a_thin_district_the_lead_writes_as_a_communes_address_is_no_locality_when_the_lists_place_the_commune_elsewhere(
        address, province):
    """"xã Hy Cương, huyện Lâm Thao" (a commune of Việt Trì since 2006), "xã Phước Hội, huyện Đất Đỏ" (Long Đất's
    in the lists of January 2025): the text's own address ties the commune to the district the lists no longer
    give it, so the news may be either's, as with any commune the lead names beside a thin district (the shape
    is in the title or lead of 13 development pages of 13 sites; 2 read as that district before, both wrong)."""
    lines = ["Hành trình về nguồn của đoàn viên thanh niên", "12/04/2019",
             f"Sáng 11/4/2019, Chi đoàn Sở Tư pháp tổ chức cho đoàn viên về dâng hương và tặng quà tại {address}.",
             "Các đoàn viên đã thăm nhà truyền thống và nghe kể chuyện về những tấm gương cách mạng.", BODY]
    article = convert(*lines)
    assert (article.province, article.locality) == (province, None)
    assert "chưa rõ bài nói về huyện hay xã" in article.evidence["locality"].reasons[0]


def test_a_commune_the_lead_names_only_as_the_venue_of_a_thin_districts_event_leaves_the_district():
    """"tại Khu Di tích lịch sử cách mạng xã Sơn Dương, Thành ủy Hạ Long đã tổ chức …", "tổ chức tại Trung tâm văn hóa
    thể thao xã Hạ Long": a commune where a named place after "tại" lies, in the same clause, is where the district's
    event was held, not a second subject beside a thinly named district (3 development pages of 3 sites, all labelled
    with the district; 2 left unknown before). After a comma ("tại Khu di tích, xã Tân Lập") it is an address that
    may be the news's own, and stays unsettled."""
    lines = ["Kết nạp đảng viên mới nhân kỷ niệm Ngày thành lập Đảng", "03/02/2022",
             "Sáng 2/2, nhân kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam, tại Khu di tích lịch sử cách mạng "
             "xã Tân Lập, Huyện ủy Đan Phượng tổ chức lễ kết nạp đảng viên cho 20 quần chúng ưu tú.",
             "Các đảng viên mới đã hứa phấn đấu, rèn luyện để xứng đáng với niềm tin của tổ chức đảng.", BODY]
    article = convert(*lines)
    assert (article.province, article.locality) == ("Hà Nội", "huyện Đan Phượng")
    addressed = convert(*[line.replace("cách mạng xã", "cách mạng, xã") for line in lines])
    assert (addressed.province, addressed.locality) == ("Hà Nội", None)
    assert "chưa rõ bài nói về huyện hay xã" in addressed.evidence["locality"].reasons[0]


def test_a_communes_portal_relaying_the_provinces_news_without_a_word_of_a_commune_names_no_commune():
    """A commune's own portal (vinhthai.thuathienhue.gov.vn) relaying the province chairman's New Year letter: the text
    names the province's bodies ("Chủ tịch UBND tỉnh", "trong tỉnh") and not one word of a district or commune, so the
    host's commune is not the news's place (3 development pages of 3 sites, all labelled with no locality; 2 read as
    the host's commune before). A text that says "xã" once is the commune's own news again."""
    url = "https://vinhthai.thuathienhue.gov.vn/?cn=28&gd=4&tc=10001"
    lines = ["Thư chúc mừng năm mới của Chủ tịch UBND tỉnh",
             "Nhân dịp đón Xuân Giáp Thìn 2024, Chủ tịch UBND tỉnh Thừa Thiên Huế đã gửi thư chúc mừng năm mới tới cán bộ, "
             "đảng viên, chiến sĩ và Nhân dân trong tỉnh.",
             "Thư nêu rõ, năm qua chính quyền và Nhân dân tỉnh nhà đã vượt qua nhiều khó khăn, thách thức, đạt được những "
             "kết quả quan trọng trên các lĩnh vực."]
    article = convert(*lines, url=url)
    assert (article.province, article.locality) == ("Thừa Thiên Huế", None)
    assert "bài nói về tỉnh" in article.evidence["locality"].reasons[0]
    relayed = convert(*[line.replace("Nhân dân trong tỉnh.", "Nhân dân trong tỉnh; UBND xã đã chuyển thư tới từng thôn.")
                        for line in lines], url=url)
    assert relayed.locality == "xã Vinh Thái"


def test_a_commune_the_text_says_is_now_another_is_not_the_articles_locality():
    """"xã Tráng Liệt (nay là thị trấn Kẻ Sặt, huyện Bình Giang)", "xã Xuân Long (nay là khu phố Long Bình, thị trấn
    La Hai)": a commune merged or renamed away, named in the title as the page's subject and again, is no place of
    the news (9 development pages of 9 sites write a commune so, none labelled with it; one read as it before).
    Written without what it is now, it is the commune of the news; one that kept its name stays a place."""
    lines = ["Kỷ luật 6 cán bộ xã Vĩnh Tuy vì sai phạm trong quản lý đất đai", "15/03/2022",
             "Ban Thường vụ Huyện ủy Bình Giang vừa thi hành kỷ luật 6 đảng viên nguyên là lãnh đạo, công chức xã Vĩnh Tuy.",
             "Các sai phạm xảy ra ở xã Vĩnh Tuy (nay là xã Vĩnh Hưng, huyện Bình Giang, tỉnh Hải Dương) trong những năm 2016-2019.",
             "Đảng ủy xã Vĩnh Tuy nhiệm kỳ 2015-2020 cũng bị kỷ luật khiển trách.", BODY]
    article = convert(*lines)
    assert (article.province, article.locality) == ("Hải Dương", None)
    address = "xã Vĩnh Tuy, huyện Bình Giang, tỉnh Hải Dương"
    assert convert(*[line.replace("xã Vĩnh Tuy (nay là xã Vĩnh Hưng, huyện Bình Giang, tỉnh Hải Dương)", address)
                     for line in lines]).locality == "xã Vĩnh Tuy"
    kept = convert(*[line.replace("nay là xã Vĩnh Hưng", "nay là thôn Vĩnh Tuy, xã Vĩnh Tuy") for line in lines])
    assert kept.locality == "xã Vĩnh Tuy"


def test_a_district_named_only_in_a_line_closing_on_a_photos_credit_is_not_the_articles_locality():
    """"Cán bộ Văn phòng HĐND và UBND quận Bình Thủy tiếp công dân (Nguồn: baocantho.com.vn)", "… giữ lấy nước”.
    (Ảnh: Đinh Đăng Định/TTXVN)": a line closing on a photo's credit is its caption, read as a heading or the lead
    (4 development pages of 4 sites; one read the district so, labelled with none). Without the credit, a short
    line naming the district as a part's topic still counts as a heading (not one opening on who the photo
    shows, "Cán bộ …": a caption however printed)."""
    lines = ["Phát huy vai trò giám sát của nhân dân đối với cán bộ, đảng viên", "12/06/2021",
             "Sự giám sát của nhân dân vừa cổ vũ những nhân tố mới, tích cực, vừa chỉ ra những sai phạm để cán bộ, "
             "đảng viên sửa chữa; song hoạt động này vẫn còn không ít hạn chế.",
             "Cán bộ UBND huyện Thạch Hà tiếp công dân (Nguồn: baohatinh.vn)",
             "Bài viết làm rõ một số vấn đề lý luận và thực tiễn về giám sát của nhân dân, nêu những hạn chế và đề xuất "
             "giải pháp khắc phục trong thời gian tới.",
             "Thứ nhất, cần nâng cao nhận thức của cấp ủy, chính quyền các cấp về vai trò giám sát của nhân dân."]
    assert convert(*lines).locality is None
    uncredited = convert(*[line.replace("Cán bộ UBND huyện Thạch Hà tiếp công dân (Nguồn: baohatinh.vn)",
                                        "Công tác tiếp công dân ở huyện Thạch Hà") for line in lines])
    assert uncredited.locality == "huyện Thạch Hà"


def test_the_only_district_named_in_an_article_on_a_districts_unnamed_bodies_is_its_locality():
    """"Huyện ủy", "toàn huyện", "UBND huyện" without a name, and "huyện Thường Xuân" once in the body: the bodies
    are that district's, its news (8 development pages of 8 sites left unknown before). Not when a commune's bodies
    are spoken of as much ("Đảng ủy xã"), nor a centrally run city's "Thành ủy" (the province's own committee)."""
    lines = ["Sơ kết công tác xây dựng Đảng 6 tháng đầu năm", "12/07/2023",
             "Sáng 12/7, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, "
             "triển khai nhiệm vụ 6 tháng cuối năm.",
             "Hội nghị đánh giá, 6 tháng qua các cấp ủy, tổ chức đảng của huyện Thường Xuân đã bám sát nghị quyết, "
             "hoàn thành tốt các chỉ tiêu đề ra; toàn huyện kết nạp 86 đảng viên mới.",
             "Phát biểu kết luận, đồng chí Bí thư Huyện ủy yêu cầu các chi bộ nâng cao chất lượng sinh hoạt."]
    assert (convert(*lines).province, convert(*lines).locality) == ("Thanh Hóa", "huyện Thường Xuân")
    communes = [line.replace("toàn huyện kết nạp", "Đảng ủy xã kết nạp").replace("đồng chí Bí thư Huyện ủy",
                                                                                 "Đảng ủy xã, HĐND xã") for line in lines]
    assert convert(*communes).locality is None
    city = [line.replace("Huyện ủy", "Thành ủy").replace("huyện Thường Xuân", "quận Hải Châu")
            .replace("toàn huyện", "toàn thành phố") for line in lines]
    assert convert(*city).locality is None


def test_the_only_commune_named_once_in_an_article_on_a_communes_unnamed_bodies_is_its_locality():
    """"Đảng ủy xã", "UBND xã" without a name, and "xã Thiệu Công" once: the bodies are that commune's, its news
    (3 development pages of 3 sites left unknown before). Named once where a district's bodies are spoken of as
    much ("Huyện ủy"), the commune is a passing mention."""
    lines = ["Tổng kết công tác xây dựng Đảng năm 2023", "15/01/2024",
             "Sáng 15/1, hội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024 đã diễn ra.",
             "Năm 2023, các chi bộ của xã Thiệu Công, tỉnh Thanh Hóa kết nạp 12 đảng viên mới; 100% chi bộ hoàn thành "
             "tốt nhiệm vụ. Đảng ủy xã đã lãnh đạo hoàn thành 15/15 chỉ tiêu.",
             "Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã yêu cầu UBND xã tập trung phát triển kinh tế."]
    assert convert(*lines).locality == "xã Thiệu Công"
    district = [line.replace("Đảng ủy xã đã", "Huyện ủy đã").replace("Bí thư Đảng ủy xã", "Bí thư Huyện ủy")
                for line in lines]
    assert convert(*district).locality is None


def test_a_district_leading_the_title_or_lead_keeps_a_commune_it_acts_on_from_being_the_locality():
    """The lead opened by a district's committee ("Huyện ủy Thăng Bình đã chỉ đạo … UBND xã Bình Đào …"), or the
    title by the district's bare name as its kicker ("Tân Yên: …"), makes the news the district's: a commune
    the next sentence names as where things happened ("tại xã Bình Đào", "tại Hội trường UBND xã Ngọc Thiện")
    is not its subject (3 development pages of 3 sites)."""
    led = convert("Huyện ủy Thăng Bình đã chỉ đạo UBND huyện yêu cầu UBND xã Bình Đào (huyện Thăng Bình) tạm đình chỉ "
                  "công tác đối với một cán bộ địa chính xã Bình Đào.",
                  "Trước đó, chiều ngày 12/9, trong lúc làm việc tại xã Bình Đào, cán bộ này đã có hành vi thiếu chuẩn mực "
                  "khiến người dân bức xúc.",
                  "Được biết, huyện Thăng Bình sẽ họp để xem xét hình thức kỷ luật đối với cán bộ nói trên.")
    assert led.locality == "huyện Thăng Bình"
    kicked = convert("Tân Yên: Tổ chức kết nạp 40 đoàn viên mới",
                     "Nhằm bổ sung lực lượng cho tổ chức Đoàn, góp phần giáo dục lý tưởng cách mạng cho thanh niên.",
                     "Ngày 20/3/2018, tại Hội trường UBND xã Ngọc Thiện, huyện Tân Yên, Huyện đoàn Tân Yên đã tổ chức "
                     "Lễ kết nạp đoàn viên mới cho 40 thanh niên ưu tú.",
                     "Dịp này, Ban Thường vụ Huyện đoàn Tân Yên trao tặng quà cho các đoàn viên mới của huyện Tân Yên.")
    assert kicked.locality == "huyện Tân Yên"


@pytest.mark.parametrize("cue,date", [
    ("thi đua lập thành tích chào mừng thành công Đại hội toàn quốc lần thứ XIII của Đảng", "2021-03-05"),
    ("xây dựng Chương trình hành động thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "2021-03-05"),
    ("thi đua lập thành tích chào mừng Đại hội toàn quốc lần thứ XIII của Đảng", None),  # still ahead: not 2021 after it
])
def test_a_national_congress_the_words_right_before_it_call_held(cue, date):
    """"chào mừng thành công Đại hội … XIII" celebrates a congress that has closed, and "thực hiện Nghị quyết
    Đại hội … XIII" carries out its resolution ("trình" of "Chương trình" is no submission to it): the lead's
    "Ngày 05/3" of a text on the tasks of 2021 is after the congress (February 2021), in 2021."""
    lead = f"Ngày 05/3, {cue}, Hội Liên hiệp Phụ nữ tỉnh Yên Khê đã tổ chức Hội nghị ký kết thi đua năm 2021."
    article = convert("Hội Liên hiệp Phụ nữ tỉnh Yên Khê ký kết thi đua năm 2021", lead,
                      "Các cấp Hội thống nhất lấy chủ đề năm 2021 là xây dựng tổ chức Hội vững mạnh, tham gia xây dựng Đảng.")
    assert article.date == date


@pytest.mark.parametrize("plan,date", [
    ("hướng dẫn thực hiện các nhiệm vụ từ nay đến cuối năm 2020", "2020-05-13"),
    ("bàn phương hướng, nhiệm vụ các tháng còn lại của năm 2020", "2020-05-13"),
    ("bàn phương hướng, nhiệm vụ của những năm tới", None),
])
def test_a_lead_day_planning_the_rest_of_its_year(plan, date):
    """"từ nay đến cuối năm 2020", "các tháng còn lại của năm 2020": the rest of the year the text is
    written in, so the lead's "Sáng 13/5" is in 2020."""
    article = convert("Ban Thường vụ Tỉnh ủy Yên Khê họp phiên thường kỳ",
                      "Sáng 13/5, Ban Thường vụ Tỉnh ủy Yên Khê họp phiên thường kỳ dưới sự chủ trì của đồng chí Bí thư Tỉnh ủy.",
                      f"Hội nghị đã {plan}; các đại biểu thống nhất cao và đề nghị các cấp ủy triển khai theo đúng tiến độ.")
    assert article.date == date


@pytest.mark.parametrize("done,date", [
    ("Chi bộ Trung tâm Dữ liệu đã tiến hành Đại hội Chi bộ nhiệm kỳ 2020 – 2022", "2020-03-11"),
    ("Chi bộ Trung tâm Dữ liệu họp chuẩn bị Đại hội Chi bộ nhiệm kỳ 2020 – 2022", None),  # still a plan
])
def test_a_cells_congress_named_after_the_plan_it_carries_out(done, date):
    """A sentence that opens on the plan ("… về tổ chức Đại hội các chi bộ tiến tới Đại hội Đảng bộ cơ quan
    (nhiệm kỳ 2020 – 2025)") and then reports the cell's own congress of its term: held in the term's first
    year, read by the words since the plan; listed for review (the day is deep in a long sentence)."""
    lead = ("Theo Kế hoạch số 48-KH/ĐU của Đảng ủy Sở Thông tin và Truyền thông về tổ chức Đại hội các chi bộ tiến tới "
            f"Đại hội Đảng bộ cơ quan Sở (nhiệm kỳ 2020 – 2025), chiều 11/03, {done}.")
    article = convert("Chi bộ Trung tâm Dữ liệu tổ chức Đại hội", lead,
                      "Đại hội đã bầu Ban Chi ủy, Bí thư, Phó Bí thư và thông qua nghị quyết với sự nhất trí cao.")
    assert article.date == date
    assert article.evidence["date"].weak


@pytest.mark.parametrize("named,locality", [
    ("Bệnh viện Phục hồi chức năng Nghệ An", "thành phố Vinh"),
    ("Cảng vụ Hàng hải Nghệ An", "thành phố Vinh"),
    ("các cơ quan của tỉnh Nghệ An", None),  # the province named in its own right: province-wide news may be
])
def test_a_province_ending_a_hospitals_name_under_a_district_committee(named, locality):
    """A hospital or a port authority named after its province ("Bệnh viện Phổi tỉnh Phú Thọ", "Cảng vụ
    hàng hải Hải Phòng") whose Party unit answers to the district committee the page names ("Thị ủy Phú
    Thọ", "Bí thư Quận ủy Hồng Bàng"): the province there is the body's own name, so the district is
    the locality, as with a company's name (3 development pages of 3 sites)."""
    article = convert(f"Đại hội Đảng bộ {named} nhiệm kỳ 2020 – 2025",
                      f"Ngày 12/6/2020, Đảng bộ {named} tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2020 – 2025.",
                      "Dự và chỉ đạo Đại hội có đồng chí Trần Văn Hùng, Phó Bí thư Thành ủy Vinh, cùng lãnh đạo các ban xây dựng Đảng.",
                      "Đại hội đã bầu Ban Chấp hành Đảng bộ khóa mới gồm 9 đồng chí và bầu đoàn đại biểu dự Đại hội cấp trên.")
    assert article.province == "Nghệ An"
    assert article.locality == locality


def test_a_headline_scored_as_a_sentence_is_to_review():
    """A head line ending with a full stop that the page's shape does not excuse (no date line
    right below it, no dated lead, no lead retelling it) reads as a sentence: a caption, a lead's
    first sentence, a history's opening. Kept as the headline when it scores well, it is listed
    "cần xem lại" (on the development pages 3 of the 6 such headlines were wrong: the page had
    none); the same headline without the stop is not."""
    lead = ("Chiều qua, các chi bộ trực thuộc Đảng bộ phường Bạch Đằng đã ký kết giao ước thi đua năm 2020, thống nhất "
            "nội dung và chỉ tiêu phấn đấu cho từng tổ dân phố.\n\n"
            "Các chi bộ cam kết hoàn thành tốt nhiệm vụ chính trị, xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.\n")
    for stop in (".", ""):
        article = convert_text(f"12/03/2020\n\nKý kết giao ước thi đua năm 2020 giữa các chi bộ{stop}\n\n{lead}", "seeds/x.txt")
        assert article.title == f"Ký kết giao ước thi đua năm 2020 giữa các chi bộ{stop}"
        assert ("title" in article.to_review()) == bool(stop)


def test_a_headline_in_capitals_the_lead_barely_retells_is_to_review():
    """A head line in capitals whose words the lead retells under a third of may be a banner
    or a section's label ("CHÀO MỪNG KỶ NIỆM …") standing over an article with its own headline
    or none: kept, it is listed "cần xem lại" (3 of 12 such headlines on the development pages
    were wrong, 4 of 15 with the URL); the same line the lead retells is not."""
    other = ("Sáng 12/3, Đảng ủy phường Bạch Đằng tổ chức hội nghị sơ kết công tác quý I, triển khai nhiệm vụ trọng tâm "
             "quý II năm 2020 với sự tham dự của các đồng chí trong Ban Thường vụ.\n\n"
             "Các chi bộ cam kết hoàn thành tốt nhiệm vụ chính trị, xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.\n")
    retold = ("Sáng 12/3, Đảng ủy phường Bạch Đằng tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2020, "
              "triển khai nhiệm vụ quý II với sự tham dự của các đồng chí trong Ban Thường vụ.\n\n"
              "Các chi bộ cam kết hoàn thành tốt nhiệm vụ chính trị, xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.\n")
    banner = convert_text(f"12/03/2020\n\nCHÀO MỪNG KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM\n\n{other}", "seeds/x.txt")
    assert banner.title.startswith("CHÀO MỪNG") and "title" in banner.to_review()
    news = convert_text(f"12/03/2020\n\nPHƯỜNG BẠCH ĐẰNG SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG QUÝ I\n\n{retold}", "seeds/x.txt")
    assert news.title.startswith("PHƯỜNG BẠCH ĐẰNG") and "title" not in news.to_review()


def test_a_district_never_written_with_its_type_on_few_points_is_to_review():
    """A district chosen on 6 or 7 points (just over the line below which a district is listed
    anyway) whose name the text never writes with its type ("Nhà Bè: …", "Ban Thường vụ Nhà
    Bè"): a bare name a commune, a company or a person may bear. It stays, "cần xem lại" (3 of 9
    such development pages were wrong, 3 of 10 with the URL); "huyện Nhà Bè" once makes it sure."""
    def page(typed: str) -> str:
        return (f"Nhà Bè: Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm\n\n12/07/2019\n\n"
                f"Sáng 12/7, Ban Thường vụ {typed}Nhà Bè tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2019, "
                "triển khai nhiệm vụ trọng tâm 6 tháng cuối năm.\n\n"
                "Các chi bộ cam kết hoàn thành tốt nhiệm vụ chính trị, xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.\n")
    bare = convert_text(page(""), "seeds/x.txt")
    assert bare.locality == "huyện Nhà Bè" and "locality" in bare.to_review()
    typed = convert_text(page("huyện "), "seeds/x.txt")
    assert typed.locality == "huyện Nhà Bè" and "locality" not in typed.to_review()


def test_a_province_winning_on_few_points_over_another_without_a_place_of_it_is_to_review():
    """A province that wins on 5 points or fewer over another province the text names, with no
    district or commune of it chosen, stays but is listed "cần xem lại" (5 of 20 such development
    pages were wrong, 3 of 12 with the URL: the other votes a visitor's, a founder's, a venue's);
    named in the title as well, it is not."""
    def page(head: str) -> str:
        return (f"{head}Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm\n\n12/07/2019\n\n"
                "Sáng 12/7, Đảng bộ Khối doanh nghiệp tỉnh Bến Tre tổ chức hội nghị sơ kết công tác xây dựng Đảng "
                "6 tháng đầu năm 2019, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm.\n\n"
                "Các chi bộ cam kết hoàn thành tốt nhiệm vụ chính trị; nhiều đảng viên đã học tập kinh nghiệm của Đảng bộ "
                "Bến Tre và của các doanh nghiệp tỉnh Long An.\n")
    thin = convert_text(page(""), "seeds/x.txt")
    assert (thin.province, thin.locality) == ("Bến Tre", None) and "province" in thin.to_review()
    titled = convert_text(page("Bến Tre: "), "seeds/x.txt")
    assert titled.province == "Bến Tre" and "province" not in titled.to_review()


@pytest.mark.parametrize("planned,tenure", [
    ("phê duyệt quy hoạch Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025", None),  # planned 2017-2019, or reviewed in it
    ("tổ chức thành công Đại hội Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020 - 2025", "2020-2025"),
])
def test_cadres_planned_for_a_term_name_no_congress(planned, tenure):
    """Cadres planned for a term ("quy hoạch Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025") are planned in
    the term before and reviewed again during it: an undated page of the planning tells neither term."""
    article = convert("Huyện ủy Thanh Hà làm tốt công tác cán bộ",
                      f"Ban Thường vụ Huyện ủy Thanh Hà đã {planned} với 45 đồng chí.",
                      "Công tác cán bộ được thực hiện dân chủ, công khai, đúng quy trình và quy định của Trung ương.")
    assert article.date is None and article.tenure == tenure


@pytest.mark.parametrize("marked,expected", [
    ("chúc mừng 74 năm Quốc khánh nước Cộng hòa Nhân dân Trung Hoa", None),  # 1949, not 1945
    ("kỷ niệm 52 năm Chiến thắng Điện Biên Phủ trên không", None),  # 1972, not 1954
    ("kỷ niệm 78 năm Quốc khánh nước CHXHCN Việt Nam", "2023-09-01"),
    ("kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "2024-09-01"),
])
def test_an_anniversarys_name_followed_by_another_events_words(marked, expected):
    """An anniversary's listed name followed by words that make it another event ("Quốc khánh nước Cộng hòa
    Nhân dân Trung Hoa", greeted by border provinces; "Chiến thắng Điện Biên Phủ trên không") does not count
    from the listed event's year."""
    article = convert("Tỉnh ủy tổ chức kỷ niệm", f"Chiều 1/9, Tỉnh ủy Lạng Sơn tổ chức {marked}.",
                      "Các đại biểu ôn lại truyền thống, khẳng định tình đoàn kết và quyết tâm thực hiện thắng lợi nhiệm vụ.")
    assert article.date == expected


@pytest.mark.parametrize("lead,expected", [
    ("Ngày 15/1 âm lịch năm 2024, Huyện ủy Thanh Hà tổ chức Ngày thơ Việt Nam.", None),  # Rằm tháng Giêng: 24/2/2024
    ("Sáng 10/3 (âm lịch) năm Quý Mão 2023, Huyện ủy Thanh Hà dâng hương tưởng niệm các Vua Hùng.", None),
    ("Sáng 29/4 (tức ngày 10/3 âm lịch), Huyện ủy Thanh Hà dâng hương tưởng niệm các Vua Hùng năm 2023.", "2023-04-29"),
])
def test_a_lunar_day_opening_the_lead_is_no_day_of_the_news_calendar(lead, expected):
    """A lead's day of the lunar calendar ("Ngày 15/1 âm lịch", "10/3 (âm lịch)": festivals, the Hùng Kings'
    day) is weeks from the solar day of the same numbers; the solar day written beside it still counts."""
    article = convert("Huyện ủy Thanh Hà tổ chức lễ", lead, "Đông đảo cán bộ, đảng viên và nhân dân trong huyện đã về dự lễ.")
    assert article.date == expected


@pytest.mark.parametrize("reviewed,expected", [
    ("tổng kết 5 năm thực hiện Nghị quyết Đại hội nhiệm kỳ 2017 - 2022", "2022-10-12"),  # the term's end, not its opening
    ("tổng kết công tác tổ chức đại hội nhiệm kỳ 2017 - 2022", "2017-10-12"),  # the congress that opened it
])
def test_a_review_of_a_congress_resolution_is_held_at_the_terms_end(reviewed, expected):
    """Reviewing the resolution a congress set for the term ("tổng kết 5 năm thực hiện Nghị quyết Đại hội
    nhiệm kỳ 2017 - 2022") is done as the term ends; reviewing the congress itself, as it opens."""
    article = convert("Tin hoạt động cơ sở", f"Sáng 12/10, Hội Cựu chiến binh xã Thanh An {reviewed}.",
                      "Đông đảo hội viên và đại diện Đảng ủy, Ủy ban nhân dân xã đã về dự.")
    assert article.date == expected


@pytest.mark.parametrize("reviewed,tenure", [
    ("đánh giá giữa nhiệm kỳ thực hiện Nghị quyết", "2020-2025"),  # halfway: still the term
    ("đánh giá 3 năm thực hiện Nghị quyết", "2020-2025"),
    ("tổng kết 5 năm thực hiện Nghị quyết", "2025-2030"),  # the whole term: the congress opening the next
])
def test_a_review_halfway_through_a_term_stays_in_it(reviewed, tenure):
    """Reviewing a term's congress resolution halfway ("đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội …
    nhiệm kỳ 2020 - 2025", "3 năm thực hiện") is done in that term; only the whole term's review opens the next."""
    article = convert("Hội nghị Huyện ủy",
                      f"Chiều 12/10, Huyện ủy Thanh Hà tổ chức hội nghị {reviewed} Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025.",
                      "Đông đảo cán bộ, đảng viên trong huyện đã về dự hội nghị.")
    assert article.date is None and article.tenure == tenure


@pytest.mark.parametrize("lead,expected", [
    # the congress reviews the resolution of the term ending: its own term is not printed
    ("Chiều 12/10, Đại hội Đảng bộ huyện Thanh Hà đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện "
     "nhiệm kỳ 2015 - 2020.", None),
    ("Chiều 12/10, Đại hội Đảng bộ huyện Thanh Hà lần thứ XXV, nhiệm kỳ 2020 - 2025 khai mạc.", "2020-10-12"),
])
def test_a_congress_reviewing_the_resolution_of_the_term_before_is_not_in_its_first_year(lead, expected):
    """"Đại hội Đảng bộ huyện … đánh giá kết quả thực hiện Nghị quyết Đại hội … nhiệm kỳ 2015 - 2020": the term
    printed is the resolution's, which the congress closes, not the one it opens in its first year."""
    article = convert("Đại hội Đảng bộ huyện Thanh Hà", lead, "Đông đảo đại biểu đại diện cho đảng viên trong huyện đã về dự.")
    assert article.date == expected


@pytest.mark.parametrize("stamp,expected", [
    ("Ngày in: 05/12/2026", None),  # the day the page was printed or saved
    ("Ngày đăng: 12/03/2019", "2019-03-12"),
])
def test_a_print_views_day_of_printing_is_no_day_of_posting(stamp, expected):
    """A print view's "Ngày in: 05/12/2026" under the article is the day the page was printed (or saved),
    not the day it was posted: page furniture, like a scraper's "Ngày lấy tin"."""
    article = convert("Huyện ủy Thanh Hà sơ kết công tác",
                      "Huyện ủy Thanh Hà tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2019.",
                      "Hội nghị thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi bộ trong thời gian tới.", stamp)
    assert (article.date and article.date[:10]) == expected


@pytest.mark.parametrize("signature,author", [
    (("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"), None),
    (("TM. ĐẢNG ỦY", "PHÓ BÍ THƯ", "(Đã ký)", "Trần Văn Bình"), None),
    (("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"), None),
    (("Nguyễn Văn An",), "Nguyễn Văn An"),
])
def test_the_signer_of_a_reprinted_document_is_no_writer(signature, author):
    """A notice or plan that a Party committee's site reprints ends with its signature block: a post
    in capitals ("BÍ THƯ"), "T/M BAN THƯỜNG VỤ", "(Đã ký)" over a name. The signer issued the
    document and wrote no article: unknown, not the signer."""
    article = convert(TITLE_2016, "12/03/2016 08:30", LEAD, BODY, *signature)
    assert article.author == author


TITLE_2016 = "Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng quý I năm 2016"


@pytest.mark.parametrize("printed,author", [
    ("Nguyễn Văn An (Phó Bí thư Đảng ủy xã)", "Nguyễn Văn An"),
    ("Thu Hà (Chuyên viên Ban Tổ chức)", "Thu Hà"),
    ("Hồng Nhung (Nguyên Bí thư Đảng ủy xã)", "Hồng Nhung"),
    ("Minh Anh (Ba Đô)", "Minh Anh (Ba Đô)"),  # a second name in brackets, not a post: kept as printed
])
def test_a_writers_post_in_brackets_is_not_the_name(printed, author):
    """"Nguyễn Văn An (Phó Bí thư Đảng ủy xã)": a contributor signs with the post held, in brackets
    as after a dash; the post is not part of the name."""
    article = convert(TITLE_2016, "12/03/2016 08:30", LEAD, BODY, printed)
    assert article.author == author


@pytest.mark.parametrize("foot,author", [
    ("Q. Hải Châu, TP. Đà Nẵng", None),
    ("Huyện Thanh Hà, Hải Dương", None),
    ("Thanh Hà, Hải Dương", None),
    ("TX. Kinh Môn, Hải Dương", None),
    ("TP. Đà Nẵng", None),
    ("P. Tân Phú, Q.7, TP.HCM", None),
    ("P.12, Q.3, Tp.Hồ Chí Minh", None),
    ("X. Đông Sơn, H. Đô Lương, Nghệ An", None),
    ("Minh Anh, Thu Hà", "Minh Anh, Thu Hà"),  # writers listed with a comma end with a person
])
def test_an_address_at_the_foot_of_the_page_is_no_byline(foot, author):
    """The publisher's address or a place line printed last ("Q. Hải Châu, TP. Đà Nẵng", "Thanh Hà,
    Hải Dương"): a unit by its type, written short or not, ending with a province or a unit, is a
    place, not a writer's name; it is the page's furniture, not a paragraph."""
    article = convert(TITLE_2016, "12/03/2016 08:30", LEAD, BODY, foot)
    assert article.author == author
    if author is None:
        assert all(block.text != foot for block in article.blocks)


def test_an_address_reads_the_unit_abbreviations_of_place_types(monkeypatch):
    """One table of how a unit's type is written short (place_types of abbreviations.yml): the address
    reader knows an abbreviation an editor adds there, and no list of its own."""
    from kholuutru import data
    from kholuutru.segment import lines

    table = {**data.abbreviations(), "place_types": {**data.abbreviations()["place_types"], "huyện": ["huyện", "H.", "Hu."]}}
    cached = lines._short_unit  # the pattern built from the table, once
    monkeypatch.setattr(data, "abbreviations", lambda: table)
    data.place_forms.cache_clear()  # the table's forms, read once for every reader
    cached.cache_clear()
    try:
        assert lines._an_address("Hu. Thanh Hà, Hải Dương")
        assert lines._an_address("H. Thanh Hà, Hải Dương")
    finally:
        data.place_forms.cache_clear()
        cached.cache_clear()


@pytest.mark.parametrize("credits,author", [
    (("Phóng viên: Thu Hà", "Biên tập: Minh Anh"), "Thu Hà"),
    (("Thu Hà", "BTV: Minh Anh"), "Thu Hà"),
    (("Tin: Thu Hà - Biên tập: Minh Anh",), "Thu Hà"),
    (("Thu Hà", "Đăng bởi: Quản trị viên"), "Thu Hà"),
    (("Biên tập: Minh Anh",), "Minh Anh"),  # the page's only signature stays
])
def test_the_editor_under_the_writer_is_not_the_author(credits, author):
    """A station's or portal's page credits the writer, then the editor or the account that posted
    it ("Phóng viên: Thu Hà" / "Biên tập: Minh Anh", "Đăng bởi: Quản trị viên"): the writer is the
    author; the editor's line signs the page only when it is the one credit."""
    article = convert(TITLE_2016, "12/03/2016 08:30", LEAD, BODY, *credits)
    assert article.author == author


@pytest.mark.parametrize("head,foot,author", [
    # Joomla prints "Viết bởi %s" under the headline (vi-VN.com_content.ini, COM_CONTENT_WRITTEN_BY)
    (("Viết bởi Nguyễn Văn An", "Được đăng ngày Thứ bảy, 12 Tháng 3 2016 08:30"), (), "Nguyễn Văn An"),
    (("Chi tiết", "Viết bởi V.D", "Chuyên mục: Tin tức", "Được đăng ngày Thứ bảy, 12 Tháng 3 2016 08:30", "Lượt xem: 125"),
     (), "V.D"),
    (("Viết bởi Minh Hà | Được đăng: 12/03/2016 08:30",), (), "Minh Hà"),
    (("Được viết ngày 12/03/2016 | Viết bởi Thu Hà - Minh Anh",), (), "Thu Hà - Minh Anh"),
    # Blogger's post footer: "Được đăng bởi X vào lúc 08:30"; a CMS's "Đăng bởi X vào 12/03/2016 - 08:30"
    (("12/03/2016 08:30",), ("Được đăng bởi Nguyễn Văn An vào lúc 08:30",), "Nguyễn Văn An"),
    (("12/03/2016 08:30",), ("Đăng bởi Minh Hà lúc 8:30 SA",), "Minh Hà"),
    (("Đăng bởi Minh Hà vào 12/03/2016 - 08:30",), (), "Minh Hà"),
    # NukeViet's posting account (modules/news/language/vi.php, post_name): alone it is the page's only signature
    (("12/03/2016 08:30",), ("Người đăng: Minh Hà",), "Minh Hà"),
    # a name that ends on a syllable the posting time opens with stays whole
    (("12/03/2016 08:30",), ("Tác giả: Minh Ngày",), "Minh Ngày"),
])
def test_the_platforms_own_byline_labels(head, foot, author):
    """What the web software prints around the writer's name, from its Vietnamese translation:
    the label and the time it was posted are no part of the name, and the line stays out of the body."""
    article = convert(TITLE_2016, *head, LEAD, BODY, *foot)
    assert article.author == author and article.date.startswith("2016-03-12")
    assert not any("bởi" in block.text for block in article.blocks)


@pytest.mark.parametrize("head,author", [
    # WordPress themes' entry meta under the headline: the day, then "bởi" and the writer
    (("12/03/2016 bởi Minh Hà",), "Minh Hà"),
    (("Đăng ngày 12/03/2016 bởi Nguyễn Văn An",), "Nguyễn Văn An"),
    (("12/03/2016 bởi Hồng Nhung - Báo Hải Dương",), "Hồng Nhung"),
    # Joomla's "Viết bởi %s" under the headline, with two writers or the writer's paper: a byline, not the headline
    (("Viết bởi Thu Hà - Minh Anh", "12/03/2016"), "Thu Hà - Minh Anh"),
    (("Chi tiết", "Viết bởi Hồng Nhung - Báo Hải Dương", "Được đăng ngày Thứ bảy, 12 Tháng 3 2016 08:30"), "Hồng Nhung"),
])
def test_the_writer_on_the_platforms_meta_line_under_the_headline(head, author):
    article = convert(TITLE_2016, *head, LEAD, BODY)
    assert (article.title, article.author) == (TITLE_2016, author) and article.date.startswith("2016-03-12")
    assert not any("bởi" in block.text for block in article.blocks)


@pytest.mark.parametrize("head,foot,author", [
    # a WordPress or Blogger theme left in English: "Posted by %s", the day after "on"
    (("12/03/2016",), ("Posted by Minh Hà on Thứ Bảy, 12 tháng 3, 2016 | 08:30",), "Minh Hà"),
    (("12/03/2016",), ("Posted by Nguyễn Văn An on March 12, 2016",), "Nguyễn Văn An"),
    # the accounts the software ships with: Joomla's "Super User" ("Administrator" in 1.5), Blogger's "Unknown"
    (("Viết bởi Super User", "12/03/2016"), (), None),
    (("Viết bởi Administrator", "Thứ bảy, 12 Tháng 3 2016 08:30"), (), None),
    (("12/03/2016",), ("Posted by Unknown on Thứ Bảy, 12 tháng 3, 2016 | 08:30",), None),
    (("Viết bởi Super User", "12/03/2016"), ("Tác giả: V.D",), "V.D"),
])
def test_the_platforms_posted_by_and_its_default_accounts(head, foot, author):
    article = convert(TITLE_2016, *head, LEAD, BODY, *foot)
    assert article.author == author and article.date.startswith("2016-03-12")
    assert not any("Posted by" in block.text or "Viết bởi" in block.text for block in article.blocks)


@pytest.mark.parametrize("foot,author,source", [
    # NukeViet's "Tác giả" and "Nguồn tin" (modules/news/language/vi.php) on one row
    (("Tác giả: Minh Hà | Nguồn tin: Báo Hải Dương",), "Minh Hà", "Báo Hải Dương"),
    (("Tác giả: Minh Hà - Nguồn tin: Báo Hải Dương",), "Minh Hà", "Báo Hải Dương"),
    # a portal's editor alone signs the page; the role's name "Quản trị viên" is an account, not a writer
    (("Biên tập viên: Minh Hà",), "Minh Hà", None),
    (("Đăng bởi Quản trị viên",), None, None),
])
def test_the_platforms_author_and_source_on_one_row(foot, author, source):
    article = convert(TITLE_2016, "12/03/2016 08:30", LEAD, BODY, *foot)
    assert (article.author, article.source) == (author, source)


@pytest.mark.parametrize("label", ["Tác giả", "Tác giả bài viết:", "Người viết"])
def test_a_byline_label_over_the_name_is_no_body_line(label):
    """WordPress Twenty Sixteen's entry meta prints "Tác giả" on its own line, the writer's name under it."""
    article = convert(TITLE_2016, "12/03/2016 08:30", LEAD, BODY, label, "Minh Hà")
    assert article.author == "Minh Hà" and [block.text for block in article.blocks] == [LEAD, BODY]


@pytest.mark.parametrize("opening,day,two_days", [
    ("Ngày 25-4-2019", "2019-04-25", False),  # one day written with dashes: "5-4-2" is no "6 và 7-5"
    ("Sáng 27-10-2019", "2019-10-27", False),
    ("Trong hai ngày 24-25/4/2019", "2019-04-25", True),  # two days: the last, to review
    ("Trong hai ngày 26 và 27-10-2019", "2019-10-27", True),
])
def test_a_lead_day_written_with_dashes_is_one_day(opening, day, two_days):
    """A lead opening on one day written with dashes (13 development pages of 13 sites) is not an
    event over two days: its day is certain, not listed for review."""
    article = convert("Chi bộ Trường Tiểu học Kim Đồng kết nạp đảng viên mới",
                      f"{opening}, Chi bộ Trường Tiểu học Kim Đồng tổ chức lễ kết nạp hai đảng viên mới.", BODY)
    assert article.date == day
    assert ("kéo dài hai ngày" in article.evidence["date"].reasons[0]) is two_days
    assert article.evidence["date"].weak is two_days


HOLIDAY_BODY = ("Công đoàn công ty trao quà cho các gia đình chính sách, thăm hỏi thương binh và thân nhân liệt sĩ "
                "đang làm việc tại các đơn vị, thể hiện đạo lý uống nước nhớ nguồn.")


def test_a_holiday_the_lead_speaks_of_does_not_unseat_the_date_line():
    """A date line over a lead that speaks of the coming holiday ("cả nước hướng về ngày 27/7") is the
    page's: the holiday is no event whose day the date line must agree with."""
    article = convert("Hoạt động Văn hóa - Xã hội | 16/07/2024", "Công ty tri ân các anh hùng liệt sĩ nhân dịp 27/7",
                      "Tháng 7 nào cả nước cũng hướng về ngày 27/7 và về các nghĩa trang liệt sĩ, thành kính dâng hương "
                      "tri ân những người đã ngã xuống vì độc lập của Tổ quốc.", HOLIDAY_BODY)
    assert article.date == "2024-07-16"
    event = convert("Hoạt động Văn hóa - Xã hội | 16/07/2024", "Công ty tri ân các anh hùng liệt sĩ nhân dịp 27/7",
                    "Sáng 27/7, Công đoàn công ty tổ chức lễ dâng hương tại nghĩa trang liệt sĩ tỉnh.", HOLIDAY_BODY)
    assert event.date is None  # an event eleven days after the header's date: the header's clock, left out


@pytest.mark.parametrize("lead,review", [
    # the day closes a clause that told what was done: a pilot's, a plan's, a first event's day may be meant
    ("Chi bộ Bảo tàng tỉnh tổ chức đại hội điểm vào ngày 14/8/2022, sau đó các chi bộ còn lại lần lượt đại hội.", True),
    ("Thực hiện công văn của UBND xã về việc dọn vệ sinh phục vụ đoàn đánh giá cấp tỉnh vào ngày 09/4/2019, "
     "nhà trường ra quân lao động.", True),
    ("Ngày 14/8/2022, Chi bộ Bảo tàng tỉnh tổ chức đại hội nhiệm kỳ 2022 - 2025.", False),  # the day opens the lead
])
def test_a_lead_day_closing_a_long_clause_is_listed_for_review(lead, review):
    """A lead whose day, written with its year, closes a clause ("… tổ chức đại hội điểm vào ngày 14/8/2022";
    6 development pages of 6 sites, 3 of them wrong) is taken, but listed for review."""
    article = convert("Đảng bộ Sở Văn hóa hoàn thành đại hội các chi bộ", lead, HOLIDAY_BODY)
    assert article.date is not None
    assert article.evidence["date"].weak is review
