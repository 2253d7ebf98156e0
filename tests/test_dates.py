"""Date lines in the shapes Vietnamese sites print (domain notes §4)."""

from __future__ import annotations

import re

import pytest

from kholuutru.dates import is_document_date, read_date_line, read_dateline
from kholuutru.anniversaries import anniversary
from kholuutru.bounds import date_bounds
from kholuutru.years import infer_year, year_reported

DATE_LINES = [
    ("THỨ TƯ, 28/10/2020 19:32:34", "2020-10-28T19:32:34+07:00"),
    ("Thứ Tư, 08/04/2015, 08:11 [GMT+7]", "2015-04-08T08:11:00+07:00"),
    ("Chủ nhật, ngày 21/04/2019 20:02 GMT+7", "2019-04-21T20:02:00+07:00"),
    ("Thứ tư, 08/05/2019, 14:11 GMT+7", "2019-05-08T14:11:00+07:00"),
    ("Thứ 4, 07/02/2018 | 13:19:10", "2018-02-07T13:19:10+07:00"),
    ("Thứ 4, 07/02/2018 | 13:19:10 696 lượt xem", "2018-02-07T13:19:10+07:00"),
    ("08:01 | 31/01/2018", "2018-01-31T08:01:00+07:00"),
    ("Cập nhật lúc: 18:00 |22/05/2022", "2022-05-22T18:00:00+07:00"),
    ("10:46, 24/04/2025", "2025-04-24T10:46:00+07:00"),
    ("15/10/2020, 18:04", "2020-10-15T18:04:00+07:00"),
    ("13:17 16/06/2025", "2025-06-16T13:17:00+07:00"),
    ("11/03/2026 14:54", "2026-03-11T14:54:00+07:00"),
    ("Ngày 19/05/2025 00:00:00", "2025-05-19T00:00:00+07:00"),
    ("27/09/18, 09:13 Việt Nam", "2018-09-27T09:13:00+07:00"),
    ("10:25, Thứ Tư, 22-5-2024", "2024-05-22T10:25:00+07:00"),
    ("ngày 14 tháng 4 năm 2025", "2025-04-14"),
    ("Hà Nội, ngày 07 tháng 02 năm 2018", "2018-02-07"),
    ("22.05.2024", "2024-05-22"),
    ("T5, 12/03/2020 10:00", "2020-03-12T10:00:00+07:00"),
    ("(GMT+07:00) 15/03/2016 04:35", "2016-03-15T04:35:00+07:00"),
    ("Ngày đăng: 05/06/2016", "2016-06-05"),
    ("Đăng lúc 08:01 | 31/01/2018", "2018-01-31T08:01:00+07:00"),
    ("Thứ năm, 14 tháng 4, 2025", "2025-04-14"),
    ("10:25 CH, 22/5/2024", "2024-05-22T22:25:00+07:00"),
    ("Thứ Hai, 14 tháng Tư năm 2025", "2025-04-14"),
    ("14 Tháng Mười Hai, 2019", "2019-12-14"),
    ("Chủ nhật, 26 Tháng 11 2023 15:06", "2023-11-26T15:06:00+07:00"),
    ("14 T11 2019", "2019-11-14"),  # a theme's short month ("T11"), with the year after it
    ("Phòng chức năng Ngày đăng: 21/01/2020", "2020-01-21"),  # a section's name before the label
    ("27/09/2019 03:04:23 Xem cỡ chữ Google", "2019-09-27T03:04:23+07:00"),  # the page's text-size and share widgets
    ("Thứ ba, 29. Tháng 4 2025 - 15:09", "2025-04-29T15:09:00+07:00"),  # Joomla's "%d. %B %Y"
    ("Cập nhật lần cuối vào 05/06/2024", "2024-06-05"),
    ("28/11/2023 | Ban Nội chính", "2023-11-28"),  # the office that posted it, after a bar
    ("Hoạt động Văn hoá & Xã hội | 16/07/2024", "2024-07-16"),  # … or the section, before it
    ("Thứ hai - 16/12/2013 13:46 10.957 0", "2013-12-16T13:46:00+07:00"),  # views and comments, unlabelled
    ("13/01/2022 04:24:8PM", "2022-01-13T16:24:08+07:00"),  # a template that leaves the seconds unpadded
    ("Cập nhật:28/08/2017 8:24:15 CH", "2017-08-28T20:24:15+07:00"),  # the label glued to the date; "CH": p.m.
    ("(Cập nhật: 1/9/2020 9:08:24 AM)", "2020-01-09T09:08:24+07:00"),  # ASP.NET's US default: month first
    ("2/4/26 8:30 AM", "2026-02-04T08:30:00+07:00"),  # … and its short form "M/d/yy h:mm tt"
    ("02/04/26 08:30 AM", "2026-04-02T08:30:00+07:00"),  # padded: a Vietnamese stamp, day first
    ("05/06/2024 03:26:23 PM", "2024-06-05T15:26:23+07:00"),  # padded: the Vietnamese order, an English clock
    ("1/9/2020 09:08", "2020-09-01T09:08:00+07:00"),
    ("0211 - 2023", "2023-11-02"),  # a calendar badge whose boxes ran together: day and month, then the year
]


def test_month_only_date_line():
    found = read_date_line("Tháng 3/2020")
    assert found.iso() == "2020-03-01" and found.precision == "month"


@pytest.mark.parametrize("line,iso", DATE_LINES)
def test_date_lines(line, iso):
    found = read_date_line(line)
    assert found is not None and found.iso() == iso


@pytest.mark.parametrize(
    "line",
    [
        "Đồng chí Bí thư làm việc ngày 12/3/2020 với lãnh đạo các xã",
        "Giai đoạn 2020 - 2025",
        "Chí Linh xây dựng Đảng trong sạch, vững mạnh",
        "31/02/2020",  # no such day
        "Đăng ngày: 20/01/2020 - 8:28:04 AM | Lượt xem: 1231 | Trần Thị Thanh Thủy",  # a byline after it: a meta line
        "Một hai ba bốn năm sáu Ngày đăng: 21/01/2020",
        "12/13/2020",  # month 13
        "Ngày 5/10/1964, b",  # a paragraph of history cut short: no web page was published then
        "năm 2019. Tháng 4 2025",  # "19" of a year is no day
        "28/11/2023 | Huyện ủy tổ chức hội nghị tổng kết",  # a list's item: date and headline
        "Huyện ủy Cẩm Giàng tổ chức hội nghị tổng kết công tác | 16/07/2024",  # … headline and date
        "Khai mạc lúc 10:28/08",  # the minutes of a time, not a day
        "16/12/2013 10.957 0",  # bare numbers after a date with no time: nothing says they are counters
        "Lớp 5 T2 năm học mới",  # "T2" with no year after it is no month
        "2010 - 2015",  # a span of years alone on a line ("… giai đoạn" / "2010 - 2015"), not a badge's 20/10/2015
        "2005-2015",
    ],
)
def test_not_date_lines(line):
    assert read_date_line(line) is None


@pytest.mark.parametrize(
    "paragraph,day,month,year",
    [
        ("TTXVN - Ngày 7/3, Tỉnh ủy Bắc Giang tổ chức", 7, 3, None),
        ("(QBĐT) - Sáng 12/6, tại huyện", 12, 6, None),
        ("Chiều 15-3, Đảng ủy khối", 15, 3, None),
        ("Sáng qua (20-12), Thành ủy Vinh tổ chức", 20, 12, None),  # yesterday morning
        ("VOV.VN - Sáng nay (20/4), Ban Tổ chức", 20, 4, None),
        ("Ngày 7/3/2024, Tỉnh ủy", 7, 3, 2024),
        ("Trong các ngày 18,19 và 20/5/2020, các đại biểu của Chi bộ", 20, 5, 2020),  # a span: its last day
        ("Trong 2 ngày 11 và 12/8, Đảng bộ xã", 12, 8, None),
        ("Trong 02 ngày 24-25/6, Đảng bộ xã", 25, 6, None),  # the count written with a zero, the days with a dash
        ("Ngày 1-3-2020, Huyện ủy", 1, 3, 2020),
        ("Ngày 27 – 10 – 2020, Hội nghị lần thứ nhất", 27, 10, 2020),  # the hyphen as a word processor's en dash
        ("Sáng chủ nhật 23/7/2023, Hội cựu TNXP quận 6 họp", 23, 7, 2023),  # the weekday before the day
        ("Chiều thứ Hai (6/5), Đảng ủy phường", 6, 5, None),
        # a preamble, then the day after an hour or a span's "Trong 2"
        ("Thực hiện Kế hoạch số 37-KH/ĐU ngày 23/5/2017 của Đảng ủy. Vào lúc 13 giờ 30 phút, ngày 18/8/2017, Chi bộ 28 "
         "tổ chức Đại hội", 18, 8, 2017),
        ("Thực hiện Quyết định số 1777-QĐ/HU ngày 05/8/2024 của Huyện ủy. Vào 14 giờ ngày 21/8/2024 Chi bộ", 21, 8, 2024),
        ("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị. Trong 2 ngày 09 và 10 tháng 6 năm 2020, Đảng bộ", 10, 6, 2020),
    ],
)
def test_datelines(paragraph, day, month, year):
    found = read_dateline(paragraph)
    assert (found.day, found.month, found.year) == (day, month, year)


def test_no_dateline_in_an_ordinary_paragraph():
    assert read_dateline("Năm 2023 là năm giữa nhiệm kỳ") is None


def test_year_from_a_term_review():
    text = "TTXVN - Ngày 7/3, Tỉnh ủy tổ chức hội nghị Tổng kết công tác xây dựng Đảng, nhiệm kỳ 2020 - 2025. Trong 4 năm (2020 - 2023), toàn tỉnh kết nạp…"
    assert infer_year(text, 3).year == 2025


def test_a_review_of_the_election_that_opened_a_term_is_in_its_first_year():
    text = ("Kết quả bầu cử đại biểu HĐND tỉnh Sơn La khóa XV, nhiệm kỳ 2021-2026 đã được công bố vào ngày 25/5. "
            "Hội nghị đã thông qua biên bản tổng kết cuộc bầu cử đại biểu HĐND tỉnh khóa XV, nhiệm kỳ 2021-2026.")
    assert infer_year(text, 5, day=25).year == 2021


def test_year_from_the_opening_paragraph():
    opening = "Ngày 12/6, Ban Thường vụ sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023."
    assert infer_year(opening, 6, opening).year == 2023


@pytest.mark.parametrize("opening,year", [
    ("Chiều 30/8, Hội Sinh viên tỉnh tổ chức hội nghị tổng kết công tác năm học 2018 – 2019.", 2019),  # it has just ended
    ("Sáng 28/8, nhà trường tổ chức hội nghị triển khai nhiệm vụ năm học 2018 – 2019.", 2018),  # it is about to begin
    ("Sáng 15/9, nhà trường khai giảng năm học 2018 – 2019.", 2018),
    ("Sáng 25/5, nhà trường tổng kết năm học 2018 – 2019.", 2019),
])
def test_year_from_the_school_year_an_opening_names(opening, year):
    month = int(opening.split(",")[0].split("/")[1].rstrip("."))
    assert infer_year(opening, month, opening).year == year


def test_year_from_the_part_of_a_year_reviewed_before_the_day():
    text = ("Sáng 12-9, Thị ủy Bình Long tổ chức hội nghị thông tin thời sự. Báo cáo viên thông tin các điểm nhấn "
            "kinh tế – xã hội của Việt Nam 6 tháng đầu năm 2017 và nửa đầu năm 2017 của khu vực.")
    assert infer_year(text, 9, day=12).year == 2017
    assert infer_year(text.replace("Sáng 12-9", "Sáng 12-3"), 3, day=12).year is None  # it may review last year's half


def test_year_from_the_part_of_a_year_planned_or_just_ended():
    """A meeting of late June reviews the half-year then ending and plans the next one."""
    plan = ("Sáng 28-6, Đảng ủy Quân sự tỉnh họp hội nghị ra nghị quyết lãnh đạo nhiệm vụ 6 tháng cuối năm 2023, đồng "
            "thời tổng kết 15 năm thực hiện Chỉ thị 154-CT/ĐUQSTW ngày 9/4/2008.")
    found = infer_year(plan, 6, "", 28)
    assert found.year == 2023 and "một phần của năm" in found.note
    review = "Chiều 30/6, Huyện ủy sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2019."
    assert infer_year(review, 6, review, 30).year == 2019


def test_a_year_counted_from_is_not_the_year_reported():
    assert year_reported("Chi bộ nhà trường được thành lập từ năm 2009, hiện có 24 đảng viên sinh hoạt.") is None
    assert year_reported("Năm 2009, chi bộ nhà trường kết nạp 3 đảng viên mới.")[0] == 2009


def test_figures_up_to_the_eve_of_a_congress_year_are_not_the_year_reported():
    # figures up to the close of 2019 come out in 2020 or later, on either side of the 2020 congresses
    assert year_reported("Huyện miền núi Tà Lâm còn nhiều khó khăn (đến hết năm 2019, tỷ lệ hộ nghèo vẫn ở mức 40,2%).") is None
    assert year_reported("Xã Bình Sơn rộng 31,2 km², năm 2019 dân số có 4.120 người.") is None
    # the close of 2017: 2018 is in the same term; and a year also told as a year of work is reported
    assert year_reported("Hết năm 2017, toàn huyện có 12 chi bộ đạt trong sạch vững mạnh.")[0] == 2017
    assert year_reported("Năm 2019, chi bộ kết nạp 3 đảng viên; đến hết năm 2019 có 42 đảng viên.")[0] == 2019


def test_a_birthday_near_the_day_is_not_the_year():
    text = ("Ngày 11/11, Bộ Chính trị phê chuẩn đồng chí Đỗ Trọng Hưng làm Bí thư Tỉnh ủy. Đồng chí Đỗ Trọng Hưng "
            "sinh ngày 05/12/1971, quê ở xã Quảng Trung, huyện Quảng Xương.")
    assert infer_year(text, 11, day=11).year is None
    assert infer_year(text.replace("sinh ngày", "từ ngày"), 11, day=11).year is None  # 1971: before any web news


def test_no_evidence_no_year():
    text = "TTXVN - Ngày 20/4, Ban Thường vụ Tỉnh ủy họp bàn công tác cán bộ. Hội nghị thống nhất cao."
    assert infer_year(text, 4, text).year is None


def test_the_plan_for_next_year_is_not_the_year_reviewed():
    """"triển khai phương hướng, nhiệm vụ năm 2026" in a January review: 2026 is the plan, not the year reviewed."""
    opening = ("Chiều ngày 10-1, Chi bộ Khu phố Sơn Long tổ chức Hội nghị tổng kết việc thực hiện Nghị quyết Chi bộ "
               "năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026.")
    assert infer_year(opening, 1, opening, 10).year != 2027


def test_a_january_review_of_last_year_is_the_next_year():
    """A year is reviewed once it is over: on 12 January the review of 2022 is held in 2023."""
    opening = "Ngày 12/1, Huyện ủy tổng kết công tác xây dựng Đảng năm 2022."
    found = infer_year(opening, 1, opening)
    assert found.year == 2023 and "2022" in found.note


def test_plans_are_not_evidence():
    opening = "Ngày 5/5, tỉnh đề ra mục tiêu đến năm 2030 có 100% chi bộ trong sạch."
    assert infer_year(opening, 5, opening).year is None


@pytest.mark.parametrize(
    "paragraph,day,month,year",
    [
        # the lead sets the scene, the news opens in the second sentence
        ("Căn cứ Điều lệ Đảng và để tăng cường vai trò lãnh đạo của Đảng ở mỗi cơ quan. Ngày 18/3/2020, Ban Thường vụ "
         "Huyện ủy công bố quyết định thành lập chi bộ.", 18, 3, 2020),
        ("Trong không khí phấn khởi hướng tới Đại hội Đảng bộ thành phố lần thứ I. Chiều ngày 24/9/2025, Đảng bộ xã "
         "trao Huy hiệu Đảng cho 35 đảng viên.", 24, 9, 2025),
        ("Sáng nay (30/6), Ban Thường vụ Tỉnh ủy công bố quyết định.", 30, 6, None),
        ("Ngay 4-6, Ban Chi dao Thanh uy to chuc hoi nghi.", 4, 6, None),  # a text stripped of its accents
    ],
)
def test_datelines_beyond_the_first_words(paragraph, day, month, year):
    found = read_dateline(paragraph)
    assert (found.day, found.month, found.year) == (day, month, year)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ IV sẽ được tổ chức trong 1,5 ngày, bắt đầu từ sáng ngày "
        "26/9/2024 và kết thúc vào trưa ngày 27/9/2024.",
        "Theo kế hoạch, ngày hội ở khu dân cư năm nay của xã được tổ chức đồng loạt vào ngày 16/11/2018.",
    ],
)
def test_a_day_announced_ahead_is_not_the_news_day(paragraph):
    assert read_dateline(paragraph) is None


@pytest.mark.parametrize("paragraph", [
    "Đảng bộ Tập đoàn Điện lực Việt Nam (EVN) ra đời ngày 8/10/2007 trên cơ sở Đảng bộ Tổng công ty Điện lực.",
    "Chi bộ Trường Tiểu học Hòa Bình được thành lập vào ngày 12/9/2005 với 5 đảng viên.",
])
def test_the_day_a_body_was_founded_is_its_history_not_the_news_day(paragraph):
    assert read_dateline(paragraph) is None


def test_a_cited_documents_date_after_its_number_and_ngay():
    text = "nhất là những điểm mới của Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị"
    assert is_document_date(text, text.index("14/6"))


def test_a_day_with_its_time_of_day_after_a_documents_number_is_the_events():
    """A document is dated by its day ("Kế hoạch số 40-HD/BTGTU ngày 25/5/2022"), never by a time of
    day: "… kế hoạch số 40-HD/BTGTU chiều ngày 25/5/2022 chi bộ … đã tiến hành …" is the day the
    cell met, and the article's date when the page prints none."""
    from kholuutru.dates import reported_days

    event = "Thực hiện kế hoạch số 40-HD/BTGTU chiều ngày 25/5/2022 chi bộ trường Mầm non Xuân Hồng đã tiến hành buổi sinh hoạt."
    assert not is_document_date(event, event.index("25/5"))
    assert [(d.day, d.month, d.year) for d in reported_days(event)] == [(25, 5, 2022)]
    document = "Thực hiện kế hoạch số 40-HD/BTGTU ngày 25/5/2022, chi bộ trường Mầm non Xuân Hồng đã tiến hành buổi sinh hoạt."
    assert is_document_date(document, document.index("25/5")) and reported_days(document) == []


def test_a_titles_document_number_does_not_date_the_lead():
    text = "Huyện ủy triển khai Chỉ thị 35-CT/TW\nNgày 4/10, Huyện ủy mở hội nghị"
    assert not is_document_date(text, text.index("4/10"))


def test_year_from_a_new_school_year_in_autumn():
    text = "(TUAG)- Chiều 12/9, Thường trực Tỉnh ủy họp giao ban. Nổi bật: dự lễ khai giảng năm học mới 2022 - 2023."
    assert infer_year(text, 9, "Chiều 12/9, Thường trực Tỉnh ủy họp giao ban.", 12).year == 2022
    assert infer_year(text, 3, "Chiều 12/3, Thường trực Tỉnh ủy họp giao ban.", 12).year is None


def test_year_from_a_congress_just_held():
    text = ("Ngày 6-11, Ban Thường vụ Tỉnh ủy phân công ông A làm Bí thư Huyện ủy. Tại Đại hội đại biểu Đảng bộ tỉnh "
            "lần thứ 11 (nhiệm kỳ 2020-2025) vừa qua, ông A tái đắc cử.")
    assert infer_year(text, 11, "Ngày 6-11, Ban Thường vụ Tỉnh ủy phân công ông A.", 6).year == 2020


def test_the_date_an_act_was_adopted_is_not_the_news_day():
    text = "Căn cứ Điều lệ Đảng Cộng sản Việt Nam do Đại hội XI của Đảng thông qua ngày 19/01/2011, chi bộ kết nạp đảng viên"
    assert is_document_date(text, text.index("19/01"))


@pytest.mark.parametrize("text,month,day,year", [
    # an anniversary's span with dashes: "(27-2-1955 – 27-2-2024)"
    ("Nhân kỷ niệm 69 năm Ngày Thầy thuốc Việt Nam (27-2-1955 – 27-2-2024), sáng 27-2 đồng chí Trưởng Ban Tuyên giáo "
     "Tỉnh ủy tới thăm bệnh viện.", 2, 27, 2024),
    # a document issued days before the meeting that carries it out
    ("Ngày 1/11, Đảng ủy Công ty tổ chức Hội nghị triển khai Kế hoạch số 33-KH/ĐU ngày 26/10/2021 của Đảng ủy Tập đoàn.",
     11, 1, 2021),
    # a cell's own congress for its shorter term
    ("Trong sáng ngày 11/6, Chi bộ phòng Kỹ thuật tiến hành đại hội lần thứ III, nhiệm kỳ 2022-2025.", 6, 11, 2022),
    # the lunar new year the text greets, weeks away (11 development pages of 11 sites name one by a winter day)
    ("Ngày 10/1, đoàn công tác của Tỉnh ủy thăm, tặng quà đồng bào hai xã vùng cao nhân dịp đón xuân Bính Thân.", 1, 10, 2016),
    ("Ngày 25/12, Huyện ủy họp bàn việc chăm lo cho gia đình chính sách trước Tết Giáp Thìn.", 12, 25, 2023),
])
def test_year_of_a_lead_without_one(text, month, day, year):
    assert infer_year(text, month, text, day).year == year


@pytest.mark.parametrize("text,month,day", [
    # a document issued after the day is no evidence of its year
    ("Ngày 1/11, Đảng ủy Công ty tổ chức hội nghị; Kế hoạch số 40-KH/ĐU ngày 26/11/2021 sẽ được triển khai sau.", 11, 1),
    # "nhiệm kỳ 2011-2015" is a misprint (four years), not a term whose first year is 2011
    ("Sáng 8/10, Đại hội đại biểu Đảng bộ Thành phố khóa IX (nhiệm kỳ 2011-2015) khai mạc.", 10, 8),
])
def test_no_year_from_a_later_document_or_a_misprinted_term(text, month, day):
    assert infer_year(text, month, text, day).year is None


@pytest.mark.parametrize("text,month,day,year", [
    # a cell's short term opening in a congress year, met in the autumn: the round of cell congresses
    # opens the year before (7 development pages of 7 sites, October to December), so no year
    ("Sáng 12/11, Chi bộ thôn Đông tổ chức Đại hội điểm chi bộ nhiệm kỳ 2025 – 2027.", 11, 12, None),
    ("Chiều 3/10, Chi bộ Khoa Ngữ văn tiến hành Đại hội chi bộ nhiệm kỳ 2020-2022.", 10, 3, None),
    # controls: the same congress in spring, a mid-cycle term in autumn, a Party committee's five years
    ("Sáng 12/3, Chi bộ thôn Đông tổ chức Đại hội chi bộ nhiệm kỳ 2025 – 2027.", 3, 12, 2025),
    ("Sáng 12/11, Chi bộ thôn Đông tổ chức Đại hội chi bộ nhiệm kỳ 2022 – 2025.", 11, 12, 2022),
    ("Sáng 12/10, Đảng bộ xã Đông Hải tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030.", 10, 12, 2025),
])
def test_a_cells_autumn_congress_for_a_term_opening_next_year(text, month, day, year):
    assert infer_year(text, month, text, day).year == year


def test_no_year_after_the_reform_for_a_district_committee_at_work():
    opening = ("Sáng 24/10, Ban Thường vụ Huyện ủy Phú Tân lấy Chi bộ ấp Phú Thượng làm nơi tổ chức điểm Đại hội "
               "đảng viên nhiệm kỳ 2025-2027.")
    assert infer_year(opening, 10, opening, 24).year is None  # districts were abolished on 1 July 2025
    commune = opening.replace("Ban Thường vụ Huyện ủy Phú Tân", "Đảng ủy xã Phú Thành")
    assert infer_year(commune, 10, commune, 24).year is None  # October: the cells' round may have opened in 2024
    spring = commune.replace("24/10", "24/3")
    assert infer_year(spring, 3, spring, 24).year == 2025


def test_a_national_congress_celebrated_as_held_is_behind_the_article():
    text = ("Sáng 3-2, Đảng ủy xã Diên Khánh kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam, đồng thời chào mừng "
            "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng thành công và đón xuân Bính Ngọ 2026.")
    assert infer_year(text, 2, text, 3).year == 2026
    low, high, _ = date_bounds(text, text)
    assert high is None and low is not None and low.year == 2026


def test_a_day_announced_ahead_is_not_the_day_of_the_news():
    held = "Vào ngày 29/5, Đảng bộ Trường Đại học Bình Dương tổ chức Đại hội lần VI, nhiệm kỳ 2020 – 2025."
    assert (read_dateline(held).day, read_dateline(held).month) == (29, 5)
    assert read_dateline(held.replace("ngày 29/5,", "ngày 29/5 tới đây,")) is None
    assert read_dateline(held.replace("ngày 29/5,", "ngày 29/5 tới,")) is None
    scheduled = "Theo chương trình, sáng ngày 14 tháng 5 năm 2020, phiên chính thức Đại hội Đảng bộ xã Trần Hợi sẽ khai mạc."
    assert read_dateline(scheduled) is None
    assert read_dateline(scheduled.replace("Theo chương trình, s", "S")) is not None


def test_a_29_february_in_a_lead_with_a_district_at_work_is_no_crash():
    opening = "Sáng 29/2, Huyện ủy Phú Tân tổ chức Đại hội điểm nhiệm kỳ 2019-2022."
    assert infer_year(opening, 2, opening, 29).year == 2019  # weighed against 30/6/2025 without building 29/2/2019


def test_an_anniversary_headline_does_not_hide_the_leads_span():
    title = "Kỷ niệm 70 năm ngày thành lập Đảng bộ huyện Cẩm Giàng"
    lead = ("Sáng 20-7, huyện Cẩm Giàng long trọng tổ chức lễ kỷ niệm 70 năm ngày thành lập Đảng bộ huyện "
            "(20-7-1946 - 20-7-2016). Tới dự có các đồng chí lãnh đạo tỉnh.")
    assert infer_year(lead, 7, title + "\n" + lead, 20).year == 2016


def test_the_leads_month_written_with_its_year():
    lead = ("Chiều ngày 22/9, Ban Tuyên giáo Huyện uỷ cùng Trung tâm Chính trị huyện tổ chức Hội nghị Báo cáo viên "
            "thường kỳ tháng 9/2023.")
    assert infer_year(lead, 9, lead, 22).year == 2023
    assert infer_year(lead.replace("tháng 9/2023", "tháng 8/2023"), 9, lead.replace("tháng 9/2023", "tháng 8/2023"), 22).year is None


@pytest.mark.parametrize("text,month,day,year", [
    # a province's own founding, marked in an admission class's name
    ("Sáng 21/10, Đảng ủy Công ty kết nạp “Lớp đảng viên 60 năm thành lập tỉnh Quảng Ninh” và dâng hương.", 10, 21, 2023),
    # a ceremony on the evening before a 1 January anniversary belongs to the year before
    ("Tối 30/12, tỉnh tổ chức Lễ kỷ niệm 25 năm tái lập tỉnh Bắc Kạn và đón nhận Huân chương Lao động.", 12, 30, 2021),
    ("Sáng 1/1, tỉnh tổ chức Lễ kỷ niệm 25 năm tái lập tỉnh Bắc Kạn.", 1, 1, 2022),
    # the printed span's day too: greeting the Party's 90th anniversary in late December
    ("Tối 28/12, huyện tổ chức chương trình nghệ thuật chào mừng 90 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2020).", 12, 28, 2019),
])
def test_year_from_an_anniversary_and_its_day(text, month, day, year):
    assert infer_year(text, month, text, day).year == year


def test_a_documents_own_year_is_not_the_year_reported():
    assert year_reported("Khoản 2 Điều 21 Điều lệ Đảng Cộng sản Việt Nam 2011 quy định số đảng viên để lập chi bộ.") is None


def test_today_after_a_schedule_is_the_day_of_the_news():
    """"Theo lịch định kỳ" (by the regular schedule) is no announcement when "hôm nay" follows."""
    found = read_dateline("Theo lịch định kỳ, hôm nay ngày 04 tháng 05 năm 2022, Chi bộ nhà trường họp sinh hoạt.")
    assert (found.day, found.month, found.year) == (4, 5, 2022)
    assert read_dateline("Theo lịch, ngày 04 tháng 05 năm 2022 Chi bộ nhà trường sẽ họp sinh hoạt.") is None


def test_a_plan_carried_out_on_the_day():
    """"Theo Kế hoạch …, ngày 27/4/2022, chi bộ … đã tổ chức": the plan's day has come; "sẽ" keeps it ahead."""
    found = read_dateline("Theo Kế hoạch của Đảng uỷ xã về đại hội các chi bộ, ngày 27/4/2022, chi bộ nhà trường đã tổ chức đại hội.")
    assert (found.day, found.month, found.year) == (27, 4, 2022)
    assert read_dateline("Theo kế hoạch, ngày 27/4/2022, chi bộ nhà trường sẽ tổ chức đại hội, đã chuẩn bị xong.") is None


@pytest.mark.parametrize("line", ["2025-07-27T10:32:07+07:00", "2025-07-27T03:32:07Z", "2025-07-27T10:32"])
def test_an_iso_timestamp_is_a_date_line(line):
    found = read_date_line(line, strict=True)
    assert (found.day, found.month, found.year, found.hour, found.minute) == (27, 7, 2025, 10, 32)


@pytest.mark.parametrize("line,day", [
    ("Đăng ngày: 20-09-2019 | 1431 lần đọc", (20, 9, 2019)),
    ("[ Cập nhật vào ngày (06/11/2019) ] - [ Số lần xem: 713 ]", (6, 11, 2019)),
])
def test_a_date_line_with_a_count_of_reads(line, day):
    found = read_date_line(line)
    assert (found.day, found.month, found.year) == day


@pytest.mark.parametrize("lead,day", [
    ("Ngày 05/1, 06/1,09/1, 10/1 và 11/1  năm 2023, các chi bộ tổ chức đại hội.", (11, 1, 2023)),
    ("Ngày 30/8 và 31/8, Đảng ủy Khu kinh tế tổ chức lễ kết nạp đảng viên.", (31, 8, None)),
    ("Ngày 30/12/2019 và 2/1/2020, Đảng ủy tổ chức hội nghị.", (30, 12, 2019)),  # across a year: the first day, not a guess
])
def test_a_run_of_days_is_dated_by_its_last(lead, day):
    found = read_dateline(lead)
    assert (found.day, found.month, found.year) == day


def test_the_day_the_lead_calls_today_outranks_an_earlier_day():
    lead = ("Tiếp sau Chi bộ Khối Nông sinh, đơn vị đã đại hội thành công ngày 26/02/2020, hôm nay 05/3/2020 Chi bộ Khối "
            "thuốc mới thuộc Đảng bộ Viện Dược liệu đã tổ chức Đại hội.")
    found = read_dateline(lead)
    assert (found.day, found.month, found.year) == (5, 3, 2020)


@pytest.mark.parametrize("opening,month,day,year", [
    ("Ngày 19/1, ngày làm việc đầu tiên của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, đoàn đại biểu tỉnh dự họp.", 1, 19, 2026),
    ("Sáng 27/1, tại Đại hội XIII của Đảng, đoàn đại biểu Đảng bộ tỉnh thảo luận văn kiện.", 1, 27, 2021),
    ("Sáng 27/3, các chi bộ học tập Nghị quyết Đại hội XIII của Đảng.", 3, 27, None),  # not a day the congress sat
])
def test_a_day_the_national_congress_sat_is_in_its_year(opening, month, day, year):
    assert infer_year(opening, month, opening, day).year == year


def test_an_anniversary_further_on_whose_day_is_near_the_leads():
    """The lead gives "Ngày 18/5"; the next paragraph, the 128th anniversary of Hồ Chí Minh's
    birth (19/5/1890): 2018. An anniversary months away from the lead's day says nothing."""
    text = ("Ngày 18/5, Đảng bộ xã Đức Hóa tổ chức lễ công bố cuốn Lịch sử Đảng bộ xã.\n"
            "Việc phát hành được chọn đúng vào dịp kỷ niệm 128 năm ngày sinh Chủ tịch Hồ Chí Minh.")
    assert infer_year(text, 5, "Ngày 18/5, Đảng bộ xã Đức Hóa tổ chức lễ công bố cuốn Lịch sử Đảng bộ xã.", 18).year == 2018
    assert infer_year(text, 9, "Ngày 18/9, Đảng bộ xã Đức Hóa tổ chức lễ công bố cuốn Lịch sử Đảng bộ xã.", 18).year is None


def test_a_course_numbered_within_its_year_gives_the_year():
    """"lớp bồi dưỡng nhận thức về Đảng khóa I năm 2024" is this year's first course, not a term ahead."""
    opening = "Ngày 10/1, Trung tâm Chính trị huyện khai giảng lớp bồi dưỡng nhận thức về Đảng khóa I năm 2024."
    assert infer_year(opening, 1, opening, 10).year == 2024
    ahead = "Ngày 10/1, Ban Chấp hành Đảng bộ tỉnh khóa XVII họp, bàn phương hướng đến năm 2030."
    assert infer_year(ahead, 1, ahead, 10).year is None


@pytest.mark.parametrize("line, day, month, hour", [
    ("8/31/2011 4:25:00 PM", 31, 8, 16),
    ("8/31/2011 4:25:00 PMBản tin COMECO", 31, 8, 16),  # a section's name glued after it
    ("12/13/2019 11:05 AM", 13, 12, 11),
    # .NET's en-US default pads nothing and prints seconds and an English clock; vi-VN pads the
    # day and the month ("dd/MM/yyyy") and says SA/CH: unpadded with AM/PM is month first
    ("8/5/2011 4:25:00 PM", 5, 8, 16),
    ("08/05/2011 04:25:00 PM", 8, 5, 16),  # padded: day first, as Vietnamese sites print
    ("8/5/2011 16:25", 8, 5, 16),  # no English clock: day first
    ("31/8/2011 4:25:00 PM", 31, 8, 16),
    ("Cập nhật ngày: 11/24/2023 3:18:29 PM", 24, 11, 15),  # after a date line's label
    ("Ngày đăng: 8/31/2011 4:25:00 PM", 31, 8, 16),
    ("[1/19/2018 7:55:46 PM, lượt xem: 418 ]", 19, 1, 19),  # its view counter after it, as after a day-first date
])
def test_a_us_culture_stamp_is_month_first_when_the_day_is_past_12_or_nothing_is_padded(line, day, month, hour):
    found = read_date_line(line)
    assert (found.day, found.month, found.hour) == (day, month, hour)


def test_a_us_stamp_before_a_sentence_is_not_a_date_line():
    assert read_date_line("8/31/2011 4:25:00 PM Hội nghị tổng kết công tác năm 2011 của Đảng ủy") is None
    assert read_date_line("Hội nghị 11/24/2023 3:18:29 PM") is None  # words before it that are no label
    assert read_date_line("1/19/2018 7:55:46 PM Hội nghị ngày 12 tháng 3 lượt xem") is None  # a counter's words, not a counter


def test_a_sentence_with_by_is_no_date_line():
    assert read_date_line("Hội nghị được tổ chức bởi Huyện ủy vào ngày 12/3/2020") is None


@pytest.mark.parametrize("line, stamp", [
    ("25/02/2025 12:00 SA", "2025-02-25T00:00:00+07:00"),  # a CMS's midnight for a post given only a day
    ("04/03/2016 | 12:00 AM", "2016-03-04T00:00:00+07:00"),
    ("8/31/2011 12:05:00 AM", "2011-08-31T00:05:00+07:00"),
    ("25/02/2025 12:30 CH", "2025-02-25T12:30:00+07:00"),  # noon stays noon
])
def test_twelve_in_the_morning_is_midnight(line, stamp):
    assert read_date_line(line).iso() == stamp


@pytest.mark.parametrize("line, stamp", [
    ("2025-02-25T04:27:51-05:00", "2025-02-25T16:27:51+07:00"),  # a server set to US Eastern time
    ("2025-07-27T20:10:00Z", "2025-07-28T03:10:00+07:00"),  # past 17:00 UTC is the next day in Vietnam
    ("2025-07-27T20:10:00.000Z", "2025-07-28T03:10:00+07:00"),  # JavaScript's toISOString: milliseconds before the zone
    ("2025-07-27T20:10:00.123+00:00", "2025-07-28T03:10:00+07:00"),
    ("12/3/2020 10:20 (GMT+0)", "2020-03-12T17:20:00+07:00"),
    ("2025-07-27T10:32:00+07:00", "2025-07-27T10:32:00+07:00"),
    ("Thứ năm, 12/3/2020 10:20 GMT+7", "2020-03-12T10:20:00+07:00"),
    ("Thứ năm, 12/3/2020 10:20", "2020-03-12T10:20:00+07:00"),  # no zone: Vietnam's
    ("Thu, 24 Oct 2024 20:15:00 GMT", "2024-10-25T03:15:00+07:00"),  # HTTP's date, jina reader's "Published Time"
    ("Thu, 24 Oct 2024 02:15:00 UTC", "2024-10-24T09:15:00+07:00"),
])
def test_a_stamp_in_another_zone_is_the_same_instant_in_vietnam_time(line, stamp):
    assert read_date_line(line).iso() == stamp


def test_a_document_reviewed_after_years_does_not_give_the_year():
    """"Nhìn lại 5 năm thực hiện Chỉ thị 03-CT/TW ngày 14/5/2011" on 19/5: the directive is
    five years older than the meeting, not of its year."""
    text = ("Ngày 19/5, Trường Đại học GTVT tổ chức Hội nghị nhìn lại 5 năm triển khai thực hiện "
            "Chỉ thị 03-CT/TW ngày 14/5/2011 của Bộ Chính trị.")
    assert infer_year(text, 5, day=19).year != 2011
    assert infer_year(text.replace("5 năm triển khai thực hiện ", "việc triển khai "), 5, day=19).year == 2011


@pytest.mark.parametrize("text,year", [
    ("đại biểu ôn lại chặng đường vẻ vang 94 năm ngày truyền thống các ban Đảng: Tổ chức (14/10), Dân vận (15/10)", 2024),
    ("Dịp này, Đảng ủy khối tổ chức gặp mặt nhân 76 năm Ngày truyền thống Ngành Kiểm tra Đảng (16/10).", 2024),
    ("Trải qua hơn 90 năm ngày thành lập Đảng, Đảng bộ huyện luôn đoàn kết.", None),  # a round figure
    ("Đảng viên được trao Huy hiệu 30 năm tuổi Đảng.", None),
])
def test_an_anniversary_counted_without_a_cue_word_before_it(text, year):
    found = anniversary(text)
    assert (found.year if found else None) == year


def test_an_anniversary_whose_count_and_printed_years_disagree_gives_no_year():
    """"90 năm … (22/12/1944-22/12/2024)": one of the two is a misprint; the converter cannot
    tell which, so neither 2034 nor a guess (the printed years alone, when they agree, give 2024)."""
    misprinted = "Nhân kỷ niệm 90 năm ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944-22/12/2024), sáng ngày 20/12"
    assert anniversary(misprinted) is None
    assert anniversary(misprinted.replace("90 năm", "80 năm")).year == 2024


@pytest.mark.parametrize("opening,year", [
    ("Sáng nay 17-3, Huyện uỷ Bù Đăng tổng kết 15 năm thực hiện Nghị quyết 23-NQ/TW ngày 16/6/2008 của Bộ Chính trị.", 2023),
    ("Ngày 19-5, Huyện ủy Nga Sơn nhìn lại 5 năm triển khai Chỉ thị số 03 của Bộ Chính trị về học tập và làm theo "
     "tấm gương đạo đức Hồ Chí Minh.", 2016),  # the directive by its common name, told apart by its subject
    ("Chiều 9/3, Tỉnh ủy sơ kết 3 năm thực hiện Kết luận 21-KL/TW của Trung ương.", 2024),  # its date in documents.yml
    ("Ngày 19-5, Huyện ủy nhìn lại 5 năm thực hiện Chỉ thị 03 của UBND tỉnh về an toàn giao thông.", None),  # another 03
])
def test_a_review_of_n_years_of_a_document_falls_in_its_year_plus_n(opening, year):
    day, month = (int(part) for part in re.search(r"(\d{1,2})[-/](\d{1,2})", opening).groups())
    assert infer_year(opening, month, opening, day).year == year


@pytest.mark.parametrize("month,year", [(1, 2018), (3, 2018), (5, 2017)])
def test_a_review_of_a_whole_year_in_the_first_quarter_is_of_the_year_before(month, year):
    """A year-end review is held up to March of the next year; in May the year named is the current one."""
    opening = (f"Chiều ngày 30/{month}, tại xã Thạch Kênh, Ban chỉ đạo mô hình “Cụm liên kết đảm bảo an ninh trật tự” "
               "họp tổng kết năm 2017 của mô hình.")
    assert infer_year(opening, month, opening, 30).year == year


@pytest.mark.parametrize("spelled", ["Liệt sĩ", "Liệt sỹ"])
def test_an_anniversary_is_named_with_i_or_y_after_a_consonant(spelled):
    """anniversaries.yml writes "ngày Thương binh Liệt sĩ"; pages print "sĩ" and "sỹ" alike
    (136 and 75 times among the real pages), and "kì"/"kỳ", "lí"/"lý", "qui"/"quy" too."""
    found = anniversary(f"Cùng cả nước hướng về kỷ niệm 71 năm ngày Thương binh {spelled}, UBND xã đã tổ chức thăm hỏi")
    assert found is not None and found.year == 2018


@pytest.mark.parametrize("lead,day", [
    ("Ngày 20/11 từ lâu đã là ngày hội của ngành giáo dục, dịp học trò tri ân thầy cô.", None),
    ("Tháng 7 nào cả nước cũng hướng về ngày 27/7, về các nghĩa trang liệt sĩ.", None),
    ("Từ đó, ngày 2/9 hằng năm trở thành ngày truyền thống của nhà trường.", None),
    ("Mỗi năm, ngày 27/7 lại trở thành dịp tri ân các anh hùng liệt sĩ.", None),
    ("Ngày 27/7, Đảng ủy xã Tân Lập tổ chức lễ dâng hương tại nghĩa trang liệt sĩ.", (27, 7)),  # an event on the holiday
    ("Sáng 20/11, Chi bộ trường tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam.", (20, 11)),
])
def test_a_day_that_comes_back_every_year_is_no_event(lead, day):
    """A lead speaking of a holiday as a day of every year ("Ngày 20/11 từ lâu đã …", "hướng về ngày 27/7",
    "ngày 2/9 hằng năm trở thành …"; 6 development pages of 6 sites) reports no event on it."""
    found = read_dateline(lead)
    assert (found.day, found.month) == day if day else found is None


def test_a_lunar_new_year_looked_back_on_months_later_gives_no_year():
    """The Tết a text names gives the year of a winter day only; in June it is one looked back on."""
    text = "Sáng 12/6, Huyện ủy họp giao ban, trong đó có việc nhìn lại công tác chăm lo Tết Bính Thân cho gia đình chính sách."
    assert infer_year(text, 6, text, 12).year is None
    assert infer_year(text.replace("12/6", "12/1"), 1, text, 12).year == 2016


@pytest.mark.parametrize("text,year", [
    # the province named before the anniversary, which leaves it out
    ("Sáng 1-1, Tỉnh ủy, UBND tỉnh Bắc Giang tổ chức lễ kỷ niệm 25 năm tái lập tỉnh và đón nhận Huân chương.", 2022),
    # the province named after it, in another anniversary of the same sentence
    ("Nhân dịp kỷ niệm 30 năm Ngày tái lập tỉnh, 70 năm Ngày Quảng Bình quật khởi, chiều 2-7, đoàn công tác dâng hương.", 2019),
    # no province of the list in the sentence, or two of them: no year
    ("Sáng 1-1, tỉnh tổ chức lễ kỷ niệm 25 năm tái lập tỉnh và đón nhận Huân chương.", None),
    ("Sáng 1-1, Bắc Giang và Thái Nguyên cùng kỷ niệm 25 năm tái lập tỉnh.", None),
])
def test_a_provinces_anniversary_that_leaves_the_province_unnamed(text, year):
    """"tỉnh Cà Mau … kỷ niệm 15 năm tái lập tỉnh": the re-establishment of the one province the sentence names."""
    found = anniversary(text)
    assert (found.year if found else None) == year
