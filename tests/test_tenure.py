"""Party terms (domain notes §3.3): congress calendar first, the article's own congress overrides."""

from __future__ import annotations

from datetime import date

import pytest

from kholuutru.enrich import TermEvidence, congress_evidence, term_by_date, term_from_review
from kholuutru.enrich.tenure import _congress_mentions


@pytest.mark.parametrize(
    "when,province,term",
    [
        (date(2018, 1, 31), "Vĩnh Phúc", "2015-2020"),
        (date(2020, 10, 28), "Bắc Giang", "2020-2025"),  # congress closed 15 Oct 2020
        (date(2020, 10, 14), "Bắc Giang", "2015-2020"),
        (date(2020, 10, 28), "Lai Châu", "2015-2020"),  # unknown closing: 1 Nov fallback
        (date(2020, 11, 2), "Lai Châu", "2020-2025"),
        (date(2020, 10, 28), "Nghệ An", "2020-2025"),  # closed 18 Oct 2020 (as scheduled)
        (date(2015, 10, 20), "Quảng Ninh", "2015-2020"),  # closed 14 Oct 2015
        (date(2010, 10, 1), "Bình Phước", "2010-2015"),  # closed 28 Sep 2010
        (date(2010, 10, 29), "Hà Nội", "2010-2015"),  # closed 28 Oct 2010
        (date(2010, 10, 27), "Hà Nội", "2005-2010"),
        # the closing day itself: the congress elected the new committee before closing (13 development
        # pages of 12 sites dated on their province's closing day are all in the new term)
        (date(2010, 10, 28), "Hà Nội", "2010-2015"),
        (date(2015, 10, 14), "Quảng Ninh", "2015-2020"),
        (date(2020, 11, 1), "Lai Châu", "2020-2025"),  # the 1 November fallback: from that day
        (date(2025, 10, 17), None, "2025-2030"),  # the last provincial congress of 2025 closed 17 Oct
        (date(2010, 9, 20), "Tây Ninh", "2010-2015"),  # held 8–11 Sep 2010
        (date(2010, 10, 20), "Bắc Giang", "2010-2015"),  # opened 16 Oct 2010 for three days
        (date(2025, 3, 7), "Bắc Giang", "2020-2025"),
        (date(2025, 8, 12), "Bắc Ninh", "2020-2025"),
        (date(2026, 3, 11), "Hải Phòng", "2025-2030"),
        (date(2011, 5, 1), None, "2010-2015"),
        # no one province: the last provincial congress closed 17 Oct 2025 (every one of 2025 is listed) …
        (date(2025, 10, 31), None, "2025-2030"),
        (date(2025, 10, 10), None, "2020-2025"),
        (date(2020, 10, 31), None, "2015-2020"),  # … not every one of 2020: the 1 November fallback
    ],
)
def test_term_by_date(when, province, term):
    assert term_by_date(when, province) == term


OWN = {"chí linh", "hải dương"}


@pytest.mark.parametrize(
    "text,term",
    [
        ("thực hiện Nghị quyết Đại hội Đảng bộ thành phố lần thứ XXIII nhiệm kỳ 2020-2025", "2020-2025"),
        ("Đại hội đại biểu Đảng bộ thành phố Chí Linh lần thứ XXIII, nhiệm kỳ 2020 - 2025 thành công", "2020-2025"),
        ("Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020-2025", "2020-2025"),
        ("tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030", "2020-2025"),
        # its resolution: a congress held, even after a "sẽ" earlier in the sentence
        ("cán bộ, đảng viên sẽ tiếp nối truyền thống, quyết tâm thực hiện thắng lợi Nghị quyết của Đại hội "
         "Đảng bộ lần thứ VI nhiệm kỳ 2020 – 2025", "2020-2025"),
    ],
)
def test_own_congress_is_evidence(text, term):
    assert congress_evidence(text, OWN).term == term


def test_a_plan_cited_before_the_news_does_not_hold_the_congress():
    """The plan "của BCH đảng bộ huyện … về chuẩn bị, tổ chức đại hội đảng bộ các cấp" is a
    document about every unit's congress; the school's congress the news reports was held."""
    text = ("Căn cứ Kế hoạch số 136-KH/HU ngày 20/9/2019 của BCH đảng bộ Huyện Lệ Thủy về chuẩn bị, tổ chức "
            "đại hội đảng bộ các cấp nhiệm kỳ 2020-2025;\nNgày 08/6/2020, Đảng bộ trường THPT Trần Hưng Đạo "
            "đã trang trọng tiến hành Đại hội Đảng bộ nhiệm kỳ 2020-2025.")
    assert congress_evidence(text, None) == TermEvidence("2020-2025", "Đại hội Đảng bộ nhiệm kỳ 2020-2025", upcoming=False)


def test_the_congress_an_all_capitals_headline_reports():
    assert congress_evidence("ĐẠI HỘI ĐẢNG BỘ BỆNH VIỆN LẦN THỨ VI NHIỆM KỲ 2020 – 2025", None).term == "2020-2025"


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp HĐND tỉnh khóa X, nhiệm kỳ 2021-2026",
        "Đại hội Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023-2028",
        "Đại hội thi đua yêu nước lần thứ V (2020-2025), nhiệm kỳ 2020-2025 của Đảng bộ",
        "Đại hội đại biểu Đảng bộ huyện Lục Ngạn lần thứ XXV, nhiệm kỳ 2020-2025",  # another unit
        "quy hoạch cán bộ lãnh đạo quản lý các cấp nhiệm kỳ 2015-2020",
    ],
)
def test_other_bodies_and_units_are_not_evidence(text):
    assert congress_evidence(text, OWN) is None


def test_a_review_of_a_whole_term():
    assert term_from_review("trong 5 năm 2010-2015 kết nạp được 750 đảng viên") == "2010-2015"
    assert term_from_review("Tổng kết công tác xây dựng Đảng nhiệm kỳ 2020 - 2025") == "2020-2025"
    assert term_from_review("đến năm 2030 tầm nhìn 2045") is None


def _tenure(text: str) -> str | None:
    from kholuutru.pipeline import convert_text

    return convert_text(text, "seeds/x.txt").front_matter()["tenure"]


FILLER = "Các chi bộ duy trì nền nếp sinh hoạt định kỳ, nội dung sinh hoạt bám sát nhiệm vụ chính trị của địa phương."


@pytest.mark.parametrize(
    "text,term",
    [
        # kỷ niệm 93 năm Ngày thành lập Đảng → 2023 → 2020-2025, though no day is printed
        (f"Trao tặng huy hiệu Đảng cho 61 đảng viên ở Lộc Hà\n\n(Baohatinh.vn) - Nhân dịp kỷ niệm 93 năm Ngày thành lập "
         f"Đảng Cộng sản Việt Nam, huyện Lộc Hà (Hà Tĩnh) tổ chức trao huy hiệu Đảng. {FILLER}\n\n{FILLER}\n", "2020-2025"),
        # a congress celebrated as a success has been held
        (f"Quảng Ninh: Mừng thành công Đại hội Đảng bộ tỉnh lần thứ XIV\n\nTối 14/10, TP Hạ Long tổ chức mít tinh chào "
         f"mừng Đại hội Đảng bộ tỉnh lần thứ 14, nhiệm kỳ 2015 - 2020 thành công. Đại hội bầu Đoàn đại biểu dự Đại hội "
         f"đại biểu toàn quốc lần thứ XII của Đảng. {FILLER}\n\n{FILLER}\n", "2015-2020"),
        # delegates summoned to a congress: it is still to come
        (f"Chiều ngày 18/8/2025, Đảng ủy Phường Bến Thành tổ chức Hội nghị sinh hoạt đại biểu dự Đại hội đại biểu Đảng bộ "
         f"Phường Bến Thành lần thứ I, nhiệm kỳ 2025-2030. {FILLER}\n\n{FILLER}\n", "2020-2025"),
    ],
)
def test_term_from_what_the_article_tells(text, term):
    assert _tenure(text) == term


def test_a_congress_before_the_archives_first_term_is_history():
    text = (f"ĐẢNG BỘ HUYỆN KBANG QUA 8 KỲ ĐẠI HỘI\n\nĐại hội đại biểu Đảng bộ huyện lần thứ V, nhiệm kỳ 2000-2005 "
            f"diễn ra trong 3 ngày. {FILLER}\n\n{FILLER}\n")
    assert _tenure(text) != "2000-2005"


def test_a_congress_the_organisations_history_tells_opens_no_term_in_a_congress_year():
    """Dated January 2010 (before that year's congresses), a page retells how its Party
    committee began after its first congress in 1997: that is history, so the page stays in
    the term of its date, not in the one the 2010 congresses open."""
    history = ("Đảng bộ Đại học Quốc gia TPHCM được tách khỏi Đảng bộ Khối các trường đại học từ tháng 10/1996; Đảng ủy "
               "lâm thời hoạt động đến tháng 04/1997 và Đảng bộ đi vào hoạt động chính thức sau Đại hội Đại biểu Đảng bộ "
               "ĐHQG lần thứ I.")
    text = f"Lời giới thiệu\n\n[Ngày đăng 23/01/2010]\n\n{history} {FILLER}\n\n{FILLER}\n"
    assert _tenure(text) == "2005-2010"
    held_now = "Sáng 20/1, Đại hội Đại biểu Đảng bộ ĐHQG lần thứ IV khai mạc tại Thành phố Hồ Chí Minh."
    assert _tenure(text.replace(history, held_now)) == "2010-2015"  # a congress of this year: its term


@pytest.mark.parametrize(
    "text,term",
    [
        # the article reports one named cell's or grassroots committee's congress, held in the
        # term's first year before the province's closed: that term, like any own congress
        ("Đại hội Chi bộ Trường THPT Giai Xuân nhiệm kỳ 2020 – 2025 thành công tốt đẹp", "2020-2025"),
        ("Đảng bộ Trường Cao đẳng X tham dự Đại hội đại biểu Đảng bộ Khối cơ sở Bộ Giao thông vận tải lần thứ IX, "
         "nhiệm kỳ 2020-2025", "2020-2025"),
        # the preparing is over: "sau một thời gian chuẩn bị", the congress has opened
        ("Sau một thời gian chuẩn bị tích cực, Đại hội Đảng bộ Công ty Than Hà Lầm nhiệm kỳ 2020 – 2025 đã khai mạc",
         "2020-2025"),
        # the cell named right before the congress it holds
        ("Chiều 16/1, Chi bộ cơ quan Ủy ban MTTQ tỉnh tiến hành Đại hội lần thứ XIX, nhiệm kỳ 2020-2025.", "2020-2025"),
        # … with a long name that ends in a lower-case word, then "tổ chức thành công"
        ("Chi bộ Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang tổ chức thành công Đại hội nhiệm kỳ 2020-2025", "2020-2025"),
        ("Sáng ngày 15 tháng 5 năm 2020, Chi bộ Trung tâm Lâm nghiệp Nhiệt đới đã tổ chức Đại hội chi bộ nhiệm kỳ 2020- 2025",
         "2020-2025"),
        # "chi bộ" in lower case, followed by the cell's proper name
        ("Chi bộ đã tổ chức thành công Đại hội chi bộ Viện Sinh thái học Miền Nam Nhiệm kỳ II, 2020-2025", "2020-2025"),
    ],
)
def test_the_named_grassroots_congress_the_article_reports(text, term):
    assert congress_evidence(text, None).term == term


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ đạo tổ chức đại hội chi bộ nhiệm kỳ 2020-2025 ở các thôn",  # cells in general
        "Huyện ủy chọn xã Tân Lợi tổ chức đại hội điểm cấp cơ sở nhiệm kỳ 2020-2025",
        "Huyện ủy chỉ đạo các chi bộ tổ chức thành công đại hội chi bộ nhiệm kỳ 2020-2025",  # no name after "chi bộ"
        # the parent of the cells that held theirs
        "Đến ngày 6-6, cả 47 đảng bộ, chi bộ trực thuộc Đảng bộ huyện Quảng Trạch đã hoàn thành đại hội nhiệm kỳ 2015-2020",
    ],
)
def test_grassroots_congresses_in_general_are_not_evidence(text):
    assert congress_evidence(text, None) is None


@pytest.mark.parametrize(
    "text,term,upcoming",
    [
        # the cell's delegates attended the district's congress: held
        ("Trong hai ngày 18 và 19/5/2020, các đại biểu của Chi bộ Tòa án huyện Tân Yên đã phấn khởi dự Đại hội "
         "đại biểu huyện Tân Yên lần thứ XXIV, nhiệm kỳ 2020 – 2025.", "2020-2025", False),
        # the cells held theirs towards the unit's congress: still ahead
        ("Thực hiện Kế hoạch của Đảng ủy, các Chi bộ trực thuộc đã tổ chức đại hội nhiệm kỳ 2025-2027, hướng tới "
         "đại hội đại biểu Đảng bộ bộ phận bệnh viện lần thứ III, nhiệm kỳ 2025-2030.", "2020-2025", True),
        # delegates elected to go to it: still ahead
        ("Đại hội chi bộ thôn Bình An đã bầu 2 đại biểu đi dự Đại hội Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025-2030.",
         "2020-2025", True),
    ],
)
def test_the_higher_congress_cells_attend_or_work_towards(text, term, upcoming):
    evidence = congress_evidence(text, None)
    assert evidence is not None and (evidence.term, evidence.upcoming) == (term, upcoming)


def test_cells_that_held_their_own_congresses_still_give_no_evidence():
    assert congress_evidence("Toàn bộ 27 chi bộ cơ sở thuộc huyện Đắk Mil đã hoàn thành tốt đẹp đại hội chi, "
                             "đảng bộ nhiệm kỳ 2020-2025.", None) is None


def test_arranging_is_not_about_to():
    """"sắp xếp" (arranging, the 2025 reform's word) is not "sắp" (about to)."""
    text = ("Đảng ủy xã đã chỉ đạo việc tổ chức, sắp xếp bộ máy sau sáp nhập; tổ chức thành công Đại hội đại biểu "
            "Đảng bộ xã Tịnh Khê lần thứ I, nhiệm kỳ 2025 - 2030")
    evidence = congress_evidence(text, {"tịnh khê"})
    assert evidence.term == "2025-2030" and not evidence.upcoming


@pytest.mark.parametrize("text,term", [
    # serving the people after the merger is no "phục vụ Đại hội"; "tổ chức thành công Đại hội": held
    ("song song với việc kiện toàn bộ máy và phục vụ người dân sau sáp nhập, Đảng bộ xã Sơn Tây đã lãnh đạo tổ chức "
     "thành công Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030", "2025-2030"),
    # … but "để tổ chức thành công Đại hội" is an aim: still ahead
    ("Chuẩn bị tốt nhất về mọi mặt để tổ chức thành công Đại hội Đảng bộ xã Sơn Tây lần thứ I, nhiệm kỳ 2025 - 2030",
     "2020-2025"),
    ("Đoàn viên thanh niên tích cực phục vụ Đại hội Đảng bộ xã Sơn Tây lần thứ I, nhiệm kỳ 2025 - 2030", "2020-2025"),
    # the draft documents of a congress are discussed before it meets
    ("Hội nghị lấy ý kiến vào dự thảo văn kiện Đại hội Đảng bộ xã Sơn Tây lần thứ I, nhiệm kỳ 2025 - 2030", "2020-2025"),
    ("Cán bộ, đảng viên góp ý các văn kiện trình Đại hội Đảng bộ xã Sơn Tây lần thứ I, nhiệm kỳ 2025 - 2030", "2020-2025"),
    # the preparatory session was held, the official one is ahead: the congress is sitting
    ("Sáng mai, phiên chính thức Đại hội Đảng bộ xã Sơn Tây lần thứ I, nhiệm kỳ 2025 - 2030 sẽ khai mạc", "2025-2030"),
    ("Phiên chính thức của Đại hội Đảng bộ xã Sơn Tây lần thứ I, nhiệm kỳ 2025 - 2030 sẽ diễn ra trong hai ngày",
     "2025-2030"),
    # … but a congress still ahead as a whole stays ahead
    ("Sáng mai, Đại hội Đảng bộ xã Sơn Tây lần thứ I, nhiệm kỳ 2025 - 2030 sẽ khai mạc", "2020-2025"),
])
def test_held_or_still_ahead_by_the_words_right_before_the_congress(text, term):
    assert congress_evidence(text, {"sơn tây"}).term == term


def test_the_committee_a_congress_elected_outranks_the_review_of_the_term_before():
    text = (f"Đảng bộ khoa tổ chức đại hội\n\nĐại hội nghe Báo cáo kết quả thực hiện Nghị quyết đại hội Đảng bộ nhiệm kỳ "
            f"2010-2015. {FILLER}\n\n{FILLER}\n\nĐại hội đã tiến hành bầu BCH Đảng bộ nhiệm kì 2015-2020 gồm 5 đồng chí.\n")
    assert _tenure(text) == "2015-2020"


def test_a_cells_short_term_congress_opens_no_party_term():
    text = (f"Ngày 3/3, Chi bộ phòng chống HIV/AIDS - Đa khoa tiến hành Đại hội lần thứ I, nhiệm kỳ 2020 - 2022. Dự đại "
            f"hội có Ban chấp hành đảng bộ bộ phận Trung tâm. {FILLER}\n\n{FILLER}\n")
    assert _tenure(text) == "2015-2020"  # 3 March 2020, before the province's congress


def test_a_sources_year_before_news_went_online_gives_no_term():
    text = (f"Chi bộ trường tổ chức đại hội\n\nChủ tịch Hồ Chí Minh khẳng định chi bộ là nền móng của Đảng (HCM toàn tập, "
            f"NXBCTQG, H2002, tập 12, tr 120). {FILLER}\n\n{FILLER}\n")
    assert _tenure(text) is None


@pytest.mark.parametrize("text,term", [
    ("Đại hội Đảng bộ Công ty đã thông qua Báo cáo chính trị và kiểm điểm hoạt động nhiệm kỳ 2015 - 2020.", "2020-2025"),
    ("Tiến tới Đại hội Đảng bộ Công ty, Ban Chấp hành kiểm điểm hoạt động nhiệm kỳ 2015 - 2020.", "2015-2020"),
])
def test_the_congress_that_reviews_a_term_opens_the_next(text, term):
    assert congress_evidence(text, None).term == term


@pytest.mark.parametrize("text", [
    "Qua một thời gian chuẩn bị khẩn trương, Đảng bộ Đài đã tiến hành Đại hội đảng viên lần thứ VI (nhiệm kỳ 2020-2025).",
    "Chỉ thị về đại hội tiến tới Đại hội XIII được quán triệt; Đảng bộ Đài đã tiến hành Đại hội lần thứ VI, nhiệm kỳ 2020-2025.",
    "Đảng bộ Viện tổ chức thành công Đại hội Đảng bộ Viện Nhiệm kỳ II, 2020-2025 vào ngày 12 tháng 05 năm 2020.",
])
def test_a_congress_done_after_its_preparing_is_held(text):
    """"Qua một thời gian chuẩn bị", "đã tiến hành Đại hội": the congress was held; "Nhiệm kỳ II, 2020-2025" names its term."""
    evidence = congress_evidence(text, None)
    assert (evidence.term, evidence.upcoming) == ("2020-2025", False)


def test_the_secretary_the_new_committee_elected_dates_the_term():
    text = ("(Chinhphu.vn) - Đồng chí Hồ Quốc Dũng, Phó Bí thư Tỉnh ủy Bình Định khóa XIX, đã được bầu giữ chức Bí thư "
            "Tỉnh ủy Bình Định khóa XX, nhiệm kỳ 2020-2025.")
    evidence = congress_evidence(text, None)
    assert (evidence.term, evidence.upcoming) == ("2020-2025", False)


@pytest.mark.parametrize("text,term", [
    ("Đại hội thông qua báo cáo chính trị, đánh giá kết quả thực hiện Nghị quyết Đại hội chi bộ lần thứ VII, nhiệm kỳ 2015 – 2020.",
     "2020-2025"),
    ("Chi bộ tổ chức học tập, quán triệt Nghị quyết Đại hội chi bộ lần thứ VII, nhiệm kỳ 2015 – 2020.", "2015-2020"),
])
def test_reviewing_a_terms_resolution_opens_the_next(text, term):
    assert congress_evidence(text, None).term == term


def test_a_cells_congress_held_in_a_congress_year_opens_no_party_term():
    """Before the province's congress of 2020, a cell that "đã đại hội thành công" is in the running term."""
    text = ("Chi bộ Khối thuốc mới tổ chức Đại hội nhiệm kỳ 2020-2022.\n\nTiếp sau Chi bộ Khối Nông sinh, đơn vị được chọn làm "
            "đại hội điểm và đã đại hội thành công ngày 26/02/2020, hôm nay 05/3/2020 Chi bộ Khối thuốc mới thuộc Đảng bộ Viện "
            f"Dược liệu đã tổ chức thành công Đại hội nhiệm kỳ 2020-2022. {FILLER}\n\n{FILLER}\n")
    assert _tenure(text) == "2015-2020"


@pytest.mark.parametrize(
    "lead,term",
    [
        # a commune's congress "được tổ chức" in June 2020, before the province's: the new term
        ("Đại hội Đảng bộ xã Tân Lợi được tổ chức trong ngày 29 tháng 6 năm 2020 tại hội trường xã, với 161 đại biểu.",
         "2020-2025"),
        # met in the hall of the commune's People's Committee: the venue, not a congress of UBND
        ("Đại hội đảng bộ xã Tân Lợi được tổ chức trong ngày 29 tháng 6 năm 2020 tại Hội trường tầng 3 UBND xã Tân Lợi.",
         "2020-2025"),
        # … but the Farmers' Association's congress, wherever it meets, is no Party congress
        ("Ngày 29/6/2020, Đại hội đại biểu Hội Nông dân xã Tân Lợi lần thứ XI được tổ chức tại hội trường xã.",
         "2015-2020"),
        # "sẽ" inside what reads as the congress's name: still ahead
        ("Ngày 29/6/2020, Ban Thường vụ Huyện ủy họp. Đại hội Đảng bộ huyện sẽ diễn ra vào tháng 7.",
         "2015-2020"),
        # delegates counted at the congress: it met; delegates elected to attend one: it is ahead
        ("Ngày 29/6/2020, có 160 đại biểu dự Đại hội đại biểu Đảng bộ Quân sự huyện nhiệm kỳ 2020-2025.", "2020-2025"),
        ("Ngày 29/6/2020, Đảng bộ xã bầu 12 đại biểu chính thức. Các đại biểu dự Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025 "
         "đã được chuẩn bị chu đáo.", "2015-2020"),
    ],
)
def test_a_congress_held_or_ahead_in_a_congress_year(lead, term):
    assert _tenure(f"Tin tức địa phương\n\n{lead}\n\n{FILLER}\n\n{FILLER}\n") == term


def test_an_undated_review_of_the_first_half_of_a_year_is_in_that_years_term():
    from kholuutru.pipeline import convert_text

    text = ("Hội nghị Ban Chấp hành Đảng bộ thị xã lần thứ 6\n\n"
            "Trong 6 tháng đầu năm 2021, Đảng bộ và nhân dân thị xã An Nhơn nỗ lực thực hiện nhiệm vụ; tăng trưởng "
            "theo giá so sánh 2010 đạt 6,5%.\n\nHội nghị thống nhất các giải pháp cho 6 tháng còn lại.\n")
    assert convert_text(text, "seeds/x.txt").tenure == "2020-2025"
    # the last quarter of a year is reviewed in the next: no term from it
    late = text.replace("Trong 6 tháng đầu năm 2021", "Trong quý IV/2021")
    assert convert_text(late, "seeds/x.txt").tenure is None


def test_an_undated_text_whose_figures_run_to_the_eve_of_a_congress_year_has_no_term():
    from kholuutru.pipeline import convert_text

    text = ("Tà Lâm chăm lo phát triển đảng viên ở vùng đồng bào dân tộc\n\n"
            "Tà Lâm là huyện vùng cao biên giới (hết năm 2019, tỷ lệ hộ nghèo vẫn ở mức 40,2%). Đảng bộ huyện chú "
            "trọng bồi dưỡng quần chúng ưu tú là người dân tộc thiểu số.\n\nCác chi bộ bản duy trì nền nếp sinh hoạt.\n")
    assert convert_text(text, "seeds/x.txt").tenure is None
    # figures up to the close of 2017: written in 2018 or so, the same term
    assert convert_text(text.replace("2019", "2017"), "seeds/x.txt").tenure == "2015-2020"


def test_an_undated_text_carrying_out_a_congress_resolution_is_in_its_term():
    from kholuutru.pipeline import convert_text

    def tenure(term: str) -> str | None:
        text = ("Chi bộ kết nạp đảng viên mới\n\n"
                f"Triển khai Nghị quyết Đại hội Chi bộ Trường Mầm non Hoa Lan nhiệm kỳ {term} về công tác phát triển "
                "đảng viên, chi bộ đã bồi dưỡng quần chúng ưu tú.\n\nBuổi lễ diễn ra trang trọng.\n")
        return convert_text(text, "seeds/x.txt").tenure

    assert tenure("2017 - 2020") == "2015-2020"  # a cell's half-term, within the local term
    assert tenure("2020 - 2025") == "2020-2025"
    assert tenure("2020 - 2022") is None  # carried out on both sides of the province's congress of 2020
    since = convert_text("Những công trình dân vận khéo\n\nTừ đầu nhiệm kỳ 2020-2025 tới nay, các tổ chức đảng "
                         "trực thuộc đã thực hiện hơn 20 công trình an sinh xã hội.\n\nNhân dân đồng tình ủng hộ.\n",
                         "seeds/x.txt")
    assert since.tenure == "2020-2025"


def test_an_undated_cells_congress_for_its_short_term_is_in_the_term_it_was_held_in():
    """Cells meet first in each round: a congress for 2022-2025 is held in 2022, one for
    2020-2022 early in 2020, before the province's; the term it reviews ends the year it meets."""
    from kholuutru.pipeline import convert_text

    def tenure(lead: str) -> str | None:
        return convert_text(f"Tin hoạt động\n\n{lead}\n\n{FILLER}\n\n{FILLER}\n", "seeds/x.txt").tenure

    assert tenure("Đại hội Chi bộ Môi trường nhiệm kỳ 2022-2025 đã bầu chi ủy gồm 3 đồng chí.") == "2020-2025"
    assert tenure("Chi bộ Phòng Giáo dục đã tổ chức đại hội lần thứ IV, nhiệm kỳ 2020 - 2022.") == "2015-2020"
    assert tenure("Chi bộ Văn phòng đã tổ chức đại hội lần thứ IV. Đại hội thông qua báo cáo tổng kết "
                  "thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2013 - 2015.") == "2010-2015"
    assert tenure("Đại hội Chi bộ tổ dân phố Thuần Nghệ nhiệm kỳ 2025 - 2027 diễn ra sáng nay.") is None  # 2025: either side


def test_a_congress_held_under_the_plan_it_carries_out_opens_its_term():
    """"Thực hiện Kế hoạch … về việc tổ chức Đại hội …": the plan is carried out, the congress
    held now; a cell's congress for 2025-2030 in July 2025, before the province's."""
    lead = ("Thực hiện Kế hoạch số 01-KH/ĐU ngày 11/7/2025 của Đảng uỷ MTTQ Việt Nam tỉnh về việc tổ chức Đại hội "
            "lần thứ I, nhiệm kỳ 2025- 2030. Ngày 22/7/2025, chi bộ Ban công tác Cựu chiến binh đã tiến hành Đại hội "
            "lần thứ I, nhiệm kỳ 2025- 2030.")
    assert _tenure(f"Tin tức địa phương\n\n{lead}\n\n{FILLER}\n\n{FILLER}\n") == "2025-2030"
    assert not congress_evidence(lead.split(". Ngày")[0] + ".", None).upcoming


def test_a_congress_the_plans_congresses_lead_towards_is_still_ahead():
    """"Thực hiện Kế hoạch … về tổ chức Đại hội chi bộ …, tiến tới Đại hội Đảng bộ Sở …": the
    cells hold theirs under the plan; the department's congress they lead towards is to come."""
    lead = ("Thực hiện Kế hoạch số 04-KH/ĐU ngày 07/02/2020 của BCH Đảng bộ Sở Xây dựng về chuẩn bị và tổ chức Đại hội "
            "chi bộ nhiệm kỳ 2020 – 2022, tiến tới Đại hội Đảng bộ Sở Xây dựng nhiệm kỳ 2020 – 2025.")
    assert congress_evidence(lead, None).upcoming


def test_the_term_a_congress_reviews_then_the_next_named_in_one_sentence():
    text = ("Đại hội có nhiệm vụ tổng kết việc thực hiện Nghị quyết Đại hội chi bộ nhiệm kỳ 2020- 2025; đề ra phương "
            "hướng, mục tiêu, nhiệm vụ, giải pháp cho nhiệm kỳ 2025- 2030.")
    assert {evidence.term for evidence in _congress_mentions(text, None)} == {"2025-2030"}


@pytest.mark.parametrize("text,term", [
    # the committee voted for a man with his titles between the vote and the post
    ("Chiều 12/5, Hội nghị Ban Chấp hành Đảng bộ tỉnh đã bỏ phiếu bầu ông Lê Văn An, Phó Chủ tịch UBND tỉnh, Trưởng ban "
     "Dân tộc, giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2015 - 2020.", "2015-2020"),
    # the Politburo approved the man the committee chose; "Kế hoạch và Đầu tư" names a ministry, not a plan
    ("Ông Trần Văn Bình, Thứ trưởng Bộ Kế hoạch và Đầu tư, vừa được chỉ định giữ chức Bí thư Tỉnh ủy, nhiệm kỳ 2020-2025.",
     "2020-2025"),
])
def test_the_secretary_voted_or_appointed_for_a_term_dates_it(text, term):
    evidence = congress_evidence(text, None)
    assert (evidence.term, evidence.upcoming) == (term, False)


def test_a_secretary_post_held_once_or_left_dates_no_term():
    assert congress_evidence("Ông Nguyễn Văn Tư từng giữ chức Bí thư Huyện ủy nhiệm kỳ 2010 - 2015.", None) is None
    assert congress_evidence("Ông Lê Văn Năm thôi giữ chức Bí thư Tỉnh ủy (nhiệm kỳ 2015-2020).", None) is None


def test_an_undated_secretary_elected_for_a_term_is_in_it():
    lead = ("Ngày 27/4, Hội nghị Ban Chấp hành Đảng bộ tỉnh đã bầu ông Phạm Văn Sáu, Chủ tịch UBND tỉnh, Trưởng đoàn "
            "Đại biểu Quốc hội tỉnh, giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2015 - 2020.")
    assert _tenure(f"Tỉnh có Bí thư Tỉnh ủy mới\n\n{lead}\n\n{FILLER}\n\n{FILLER}\n") == "2015-2020"


@pytest.mark.parametrize("text,year", [
    ("Các đại biểu ôn lại truyền thống 85 năm xây dựng, trưởng thành của Đoàn TNCS Hồ Chí Minh.", 2016),
    ("CÔNG ĐOÀN TỈNH PHÁT HUY TRUYỀN THỐNG 94 NĂM XÂY DỰNG VÀ PHÁT TRIỂN CỦA CÔNG ĐOÀN VIỆT NAM\nBài viết của đồng chí …", 2023),
    ("Buổi gặp mặt ôn lại chặng đường 92 năm của Đảng Cộng sản Việt Nam.", 2022),
    # controls: a body whose founding the data does not know, a local Party committee
    ("Buổi lễ ôn lại chặng đường 55 năm xây dựng và phát triển của nhà trường.", None),
    ("TRUYỀN THỐNG 95 NĂM XÂY DỰNG VÀ TRƯỞNG THÀNH CỦA ĐẢNG BỘ HUYỆN", None),
])
def test_the_age_of_a_body_whose_founding_is_known_gives_the_year(text, year):
    from kholuutru.anniversaries import anniversary

    found = anniversary(text)
    assert (found.year if found else None) == year


def test_an_undated_page_on_a_bodys_tradition_is_in_that_years_term():
    lead = "Sáng nay, Công an tỉnh tổ chức tọa đàm ôn lại chặng đường 90 năm xây dựng, phát triển của Đảng Cộng sản Việt Nam."
    assert _tenure(f"Tọa đàm tại Công an tỉnh\n\n{lead}\n\n{FILLER}\n\n{FILLER}\n") == "2015-2020"


def test_an_encyclopedia_infobox_gives_the_sitting_committees_term():
    page = ("Tỉnh ủy Hà Giang\n\nTỉnh ủy Hà Giang là cơ quan lãnh đạo của Đảng bộ tỉnh giữa hai kỳ đại hội.\n\n"
            "Khóa thứ XVII\n(2020 - 2025)\nBí thư Nguyễn Văn A\nPhó Bí thư (2) Trần Văn B\n\n"
            f"{FILLER}\n\n{FILLER}\n")
    assert _tenure(page) == "2020-2025"


def test_a_committee_numbered_in_running_text_is_no_infobox():
    page = ("Lịch sử Tỉnh ủy\n\nTỉnh ủy đã trải qua nhiều khóa. Khóa thứ XV (2010 - 2015) và khóa thứ XVI (2015 - 2020) "
            "đều hoàn thành nhiệm vụ.\n\nKhóa thứ XV\n(2010 - 2015)\nKhóa thứ XVI\n(2015 - 2020)\n\n"
            f"{FILLER}\n\n{FILLER}\n")
    assert _tenure(page) is None


def test_an_undated_greeting_of_the_national_congress_is_in_the_term_after_the_provincial_congresses():
    # the national congress meets in January after the provincial congresses of the year before; greeting it
    # directly (not the round of congresses "tiến tới" it) dates the page after them
    lead = "Khắp các tuyến phố của thị trấn rợp cờ hoa, băng rôn chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."
    assert _tenure(f"Thị trấn rực rỡ cờ hoa\n\n{lead}\n\n{FILLER}\n\n{FILLER}\n") == "2025-2030"
    # the term printed beside the national congress is no local term of the page's own congress
    local = ("Xã phát động vệ sinh đường làng để chào mừng Đại hội Đảng toàn quốc lần thứ XIII, nhiệm kỳ 2020 - 2025, "
             "và đón Tết.")
    assert _tenure(f"Xã ra quân làm đẹp đường làng\n\n{local}\n\n{FILLER}\n\n{FILLER}\n") == "2020-2025"
    # control: the round of congresses on the way to it is still the term before
    round_ahead = ("Các chi bộ thi đua lập thành tích chào mừng Đại hội Đảng các cấp, tiến tới Đại hội đại biểu toàn quốc "
                   "lần thứ XIV của Đảng.")
    assert _tenure(f"Phong trào thi đua ở cơ sở\n\n{round_ahead}\n\n{FILLER}\n\n{FILLER}\n") != "2025-2030"
    # control: a provincial congress greeted with it is still ahead
    with_province = ("Thành phố trang trí cờ hoa chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XX và Đại hội đại biểu "
                     "toàn quốc lần thứ XIV của Đảng.")
    assert _tenure(f"Thành phố rực rỡ cờ hoa\n\n{with_province}\n\n{FILLER}\n\n{FILLER}\n") != "2025-2030"


@pytest.mark.parametrize(
    "text,term",
    [
        # a unit holds its own cell's congress for the Party's five-year term: held, the new term
        ("Viện Địa chất tổ chức Đại hội Chi bộ nhiệm kỳ 2020-2025\n\n"
         "Ngày 14/5/2020, đảng viên Viện Địa chất họp đại hội, bầu Chi ủy gồm 3 đồng chí.\n", "2020-2025"),
        # a cell's short term in the sentence that calls the congress held: not a Party-term congress
        ("ĐẠI HỘI ĐẢNG VIÊN NHIỆM KỲ 2020-2022\n\n"
         "Ngày 10/02/2020 Chi bộ trường Mầm non Hòa Bình đã tiến hành Đại hội đảng viên, nhiệm kỳ 2020 – 2022, "
         "và đại hội đã thành công tốt đẹp.\n", "2015-2020"),
    ],
)
def test_a_cells_congress_is_judged_by_the_term_it_prints(text, term):
    from kholuutru.pipeline import convert_text

    assert convert_text(text, "seeds/x.txt").tenure == term


def test_a_district_leading_its_cells_congresses_holds_no_congress_of_its_own():
    assert congress_evidence("Huyện ủy chỉ đạo các chi bộ tổ chức thành công đại hội chi bộ nhiệm kỳ 2020-2025", None) is None


@pytest.mark.parametrize(
    "sentence,term",
    [
        # a council elected in May 2016 holds its sixth sitting by early 2019: 2015-2020
        ("Sáng 12/4, tại kỳ họp thứ sáu (kỳ họp bất thường), HĐND tỉnh khóa IX, nhiệm kỳ 2016 - 2021 đã bầu bổ sung "
         "một Phó Chủ tịch UBND tỉnh.", "2015-2020"),
        # the Assembly elected in 2021 (khóa XV) meets for the fourth time by the end of 2022: 2020-2025
        ("Chiều 3/10, đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri trước Kỳ họp thứ 4, Quốc hội khóa XV tại thị trấn.",
         "2020-2025"),
        # a law passed at a sitting is cited years later: no window
        ("Luật Thực hiện dân chủ ở cơ sở được Quốc hội khóa XV thông qua tại kỳ họp thứ 4 đang được triển khai.", None),
        # a late sitting may fall after the next congresses: no term
        ("Chiều 5/12, kỳ họp thứ 11 của HĐND huyện khóa XX, nhiệm kỳ 2016 - 2021 bế mạc.", None),
    ],
)
def test_an_undated_numbered_sitting_of_an_elected_body_bounds_the_term(sentence, term):
    assert _undated_tenure("Đại biểu dân cử với công tác xây dựng Đảng", f"{sentence} {FILLER}", FILLER) == term


@pytest.mark.parametrize(
    "sentence,term",
    [
        # the year a plan is drawn up for: written about that year
        ("Ủy ban MTTQ xã triển khai kế hoạch giám sát, phản biện xã hội năm 2023 tới các thôn.", "2020-2025"),
        ("Theo kế hoạch, năm 2018 Đảng bộ huyện phấn đấu kết nạp 150 đảng viên mới.", "2015-2020"),
        # its horizon, a congress year, the year before one in a text about congresses: no term
        ("Huyện xây dựng kế hoạch phát triển đảng viên đến năm 2023 ở các thôn chưa có chi bộ.", None),
        ("Ủy ban MTTQ xã triển khai kế hoạch giám sát, phản biện xã hội năm 2020 tới các thôn.", None),
        ("Các chi bộ rà soát việc thực hiện kế hoạch phát triển đảng viên năm 2024 trước đại hội chi bộ.", None),
    ],
)
def test_an_undated_plan_for_a_year_is_in_that_years_term(sentence, term):
    assert _undated_tenure("Phát huy vai trò giám sát ở cơ sở", f"{sentence} {FILLER}", FILLER) == term


@pytest.mark.parametrize(
    "sentence,term",
    [
        # the one whole year the text looks at: written in it or soon after
        ("Chỉ riêng năm 2022, Ủy ban Kiểm tra Đảng ủy đã kiểm tra 14 tổ chức đảng.", "2020-2025"),
        ("Trong năm 2014, chi bộ kết nạp được 3 đảng viên mới.", "2010-2015"),
        # a congress year, or the year before one in a text about congresses: no term
        ("Trong năm 2020, chi bộ kết nạp được 3 đảng viên mới.", None),
        ("Trong năm 2019, chi bộ kết nạp được 3 đảng viên mới và chuẩn bị đại hội chi bộ.", None),
        # two different years: no term by the whole year (by the latest year reported, 2023, naming none later: 2020-2025)
        ("Trong năm 2022, chi bộ kết nạp 3 đảng viên; trong năm 2023 kết nạp thêm 2 đảng viên.", "2020-2025"),
        ("Trong năm 2017, chi bộ kết nạp 3 đảng viên; trong năm 2018 kết nạp thêm 2 đảng viên.", None),
    ],
)
def test_an_undated_text_about_one_whole_year_is_in_that_years_term(sentence, term):
    assert _undated_tenure("Phát huy vai trò giám sát ở cơ sở", f"Các chi bộ duy trì sinh hoạt. {FILLER}", FILLER, FILLER,
                           sentence) == term


def _undated_tenure(title: str, *paragraphs: str) -> str | None:
    """The term the converter gives an undated page of this title and these paragraphs."""
    from kholuutru.pipeline import convert_text

    return convert_text("\n\n".join((title, *paragraphs)) + "\n", "seeds/x.txt").tenure


@pytest.mark.parametrize(
    "title,term",
    [
        # a monthly item dated by its headline: written in that month or just before it
        ("Tài liệu sinh hoạt chi bộ tháng 4/2023", "2020-2025"),
        ("TÀI LIỆU SINH HOẠT CHI ĐOÀN THÁNG 03/2017", "2015-2020"),
        # a congress year: a month before July is before the merger and the congress season
        ("Bản tin sinh hoạt chi bộ tháng 3 năm 2025", "2020-2025"),
        ("Bản tin sinh hoạt chi bộ tháng 10 năm 2025", None),
        # a deadline or a month ahead, not the item's month
        ("Hoàn thành rà soát hồ sơ đảng viên trước tháng 4/2023", None),
        ("Hội nghị điển hình tiên tiến dự kiến tổ chức vào tháng 4/2023", None),
    ],
)
def test_an_undated_monthly_item_is_in_the_term_of_its_headlines_month(title, term):
    assert _undated_tenure(title, f"Các chi bộ duy trì sinh hoạt định kỳ. {FILLER}", FILLER) == term


def test_a_photos_month_in_brackets_under_the_headline_dates_no_item():
    assert _undated_tenure("Một vùng quê đổi thay", f"Nông thôn mới đang về đích. {FILLER}",
                           "Trung tâm hành chính xã (tháng 11/2017)", FILLER) is None


@pytest.mark.parametrize(
    "sentence,term",
    [
        # a term off the Party's calendar opened: written in its first year or the year before
        ("Ngày 9/4, cả 6 thôn của xã Phú Lộc đồng loạt bầu cử Trưởng thôn, nhiệm kỳ 2022-2025.", "2020-2025"),
        ("Chi đoàn giáo viên tổ chức Đại hội chi đoàn nhiệm kỳ 2018 – 2019, bầu Ban Chấp hành mới.", "2015-2020"),
        # a term opened the year after a congress year: its run-up may fall in the congress year
        ("Cử tri phường Hòa Bình sẵn sàng cho cuộc bầu cử đại biểu HĐND nhiệm kỳ 2026 - 2031.", None),
        # a term cited, not opened: a by-election, a resolution carried out
        ("Hội nghị hiệp thương bầu bổ sung Ủy viên Ủy ban MTTQ xã, nhiệm kỳ 2024 - 2029.", None),
        # a history that goes on past the term
        ("Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2012 - 2014, bầu 7 đồng chí; năm 2019, Đảng bộ đổi tên.", None),
    ],
)
def test_an_undated_term_off_the_party_calendar_opened_is_in_the_term_of_its_first_year(sentence, term):
    assert _undated_tenure("Cử tri tin tưởng, đồng lòng", f"Công tác chuẩn bị được triển khai chu đáo. {FILLER}", FILLER,
                           sentence) == term


@pytest.mark.parametrize(
    "sentence,term",
    [
        # a local committee's plan carried out: reported on within the year it was issued
        ("Thực hiện Kế hoạch số 41-KH/HU, ngày 12/3/2018 của Ban Thường vụ Huyện ủy, chi bộ đã rà soát hồ sơ đảng viên.",
         "2015-2020"),
        ("Trên cơ sở Hướng dẫn 05-HD/ĐUK, ngày 20/4/2022, các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề.", "2020-2025"),
        # a congress year, or a later year named: no term
        ("Thực hiện Kế hoạch số 41-KH/HU, ngày 12/3/2020 của Ban Thường vụ Huyện ủy, chi bộ đã rà soát hồ sơ đảng viên.", None),
        ("Thực hiện Kế hoạch số 41-KH/HU, ngày 12/3/2018 của Huyện ủy, đến năm 2023 chi bộ đã kết nạp 9 đảng viên.", None),
        # a resolution is carried out for years
        ("Triển khai Nghị quyết số 09-NQ/TU, ngày 12/3/2018 của Tỉnh ủy, chi bộ đã rà soát hồ sơ đảng viên.", None),
    ],
)
def test_an_undated_text_carrying_out_a_local_committees_plan_is_in_the_term_of_its_year(sentence, term):
    assert _undated_tenure("Nâng cao chất lượng sinh hoạt chi bộ", f"{sentence} {FILLER}", FILLER) == term


@pytest.mark.parametrize(
    "sentence,term",
    [
        # the latest evidence of time a document of 2021-2024, no later year: the term 2020-2025
        ("Quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Trung ương, chi bộ đã rà soát hồ sơ đảng viên.", "2020-2025"),
        ("Căn cứ Quyết định số 58-QĐ/TW, ngày 08/02/2023 của Bộ Chính trị, chi bộ xem xét hồ sơ quần chúng.", "2020-2025"),
        # a later year named, or a document of an older term: no term
        ("Quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Trung ương, đến năm 2026 chi bộ kết nạp 9 đảng viên.", None),
        ("Căn cứ Quy định số 29-QĐ/TW, ngày 25/7/2016 của Trung ương, chi bộ xem xét hồ sơ quần chúng.", None),
    ],
)
def test_an_undated_text_whose_latest_evidence_is_of_2021_to_2024_is_in_the_term_2020_2025(sentence, term):
    assert _undated_tenure("Nâng cao chất lượng sinh hoạt chi bộ", f"{sentence} {FILLER}", FILLER) == term


def test_an_undated_text_naming_a_former_district_body_is_not_dated_by_its_latest_document_alone():
    """A district body named as a former one further down: the text may be of after the 2025 reform."""
    sentence = "Quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Trung ương, chi bộ đã rà soát hồ sơ đảng viên."
    closing = "Hồ sơ được gửi Ban Tổ chức Huyện ủy Yên Khê cũ để lưu theo quy định."
    assert _undated_tenure("Nâng cao chất lượng sinh hoạt chi bộ", f"{sentence} {FILLER}", FILLER, closing) is None
