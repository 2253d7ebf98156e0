"""Decoding real bytes: every encoding a scraper leaves behind, and what is not text."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from kholuutru.decode import DecodeError, decode_bytes, syllable_ratio

TEXT = (
    "Đảng bộ thành phố Hoà Bình khoẻ mạnh, thuỷ lợi phát triển.\n"
    "Đồng chí Nguyễn Văn Đức, Bí thư Thành ủy, phát biểu tại hội nghị tổng kết công tác xây dựng Đảng năm 2023.\n"
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: base letters precomposed, tones combining."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return out


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-be") and codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        unicodedata.normalize("NFD", TEXT).encode("utf-8"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("utf-8"),
        cp1258(TEXT),
        TEXT.encode("utf-8").decode("latin-1").encode("utf-8"),  # mojibake
        TEXT.replace("Đ", "\u00d0").encode("utf-8"),
        ("\u200b" + TEXT.replace("Bình", "Bì\u200bnh")).encode("utf-8"),
    ],
    ids=["utf8", "bom", "utf16", "utf16be", "nfd", "crlf", "cr", "cp1258", "mojibake", "u00d0", "zero-width"],
)
def test_every_encoding_gives_the_same_nfc_text(raw):
    decoded = decode_bytes(raw)
    assert decoded.text == unicodedata.normalize("NFC", TEXT)


def test_repairs_are_reported():
    assert "giải mã bằng cp1258" in decode_bytes(cp1258(TEXT)).repairs
    assert any("mojibake" in r for r in decode_bytes(TEXT.encode("utf-8").decode("latin-1").encode("utf-8")).repairs)


def test_tcvn3_legacy_font_text_is_converted():
    from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS

    table = AUTO_DETECT_CHARMAPS["tcvn3"]
    # encode Unicode as TCVN3 with the same table the decoder reads
    reverse = {target: source for source, target in table.pairs}
    tcvn = "".join(reverse.get(char, char) for char in unicodedata.normalize("NFC", TEXT))
    assert tcvn != TEXT
    decoded = decode_bytes(tcvn.encode("utf-8"))
    assert syllable_ratio(decoded.text) > 0.9
    assert "Đảng bộ thành phố" in decoded.text


def _in_legacy_font(text: str, font: str) -> str:
    from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS

    reverse = {target: source for source, target in AUTO_DETECT_CHARMAPS[font].pairs}
    return "".join(reverse.get(char, char) for char in unicodedata.normalize("NFC", text))


# A page's English furniture around a legacy-font article: a login link, a font-size widget's
# template, an abbreviation with a W ("CT/TW"). viparse reads the whole page as "not Vietnamese".
FURNITURE = (
    "Sign In\nimage banner\n"
    "{{ getLanguage('VanBan_FontSize', 'Cỡ chữ', 'Font size') }}: {{ getLanguage('VanBan_Reduce', 'Giảm', 'reduce') }} (A-)\n"
    "{{ getLanguage('VanBan_Contrast', 'Tương phản', 'Contrast') }} Facebook Twitter Zalo\n"
)
BODY = "Thực hiện Chỉ thị số 05-CT/TW, ngày 12/3/2024 Đảng bộ thành phố tổ chức hội nghị sơ kết.\n"


@pytest.mark.parametrize("font", ["vni", "tcvn3"])
def test_legacy_font_article_under_english_furniture_is_converted(font):
    page = _in_legacy_font(FURNITURE + TEXT + BODY, font)
    decoded = decode_bytes(page.encode("utf-8"))
    assert "Đảng bộ thành phố tổ chức hội nghị sơ kết" in decoded.text
    assert "Facebook Twitter Zalo" in decoded.text and "Sign In" in decoded.text  # ASCII lines as they were


def test_latin_letters_of_another_language_are_no_legacy_font():
    french = "Sign In\n" + "Le député a présenté à l'Assemblée générale un rapport détaillé sur l'économie.\n" * 12
    assert decode_bytes(french.encode("utf-8")).text.strip() == french.strip()


@pytest.mark.parametrize(
    "raw,reason",
    [
        (b"", "rỗng"),
        (b"  \n\t \r\n", "khoảng trắng"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "nhị phân"),
        (bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 30, "không giải mã"),
    ],
)
def test_unusable_bytes_raise_a_named_reason(raw, reason):
    with pytest.raises(DecodeError) as error:
        decode_bytes(raw)
    assert reason in str(error.value)


def test_syllable_ratio_tells_vietnamese_from_garbage():
    assert syllable_ratio(TEXT) > 0.95
    assert syllable_ratio("Thuçèong vuèù Huyçèen u¹¹y toùê chuêçc") < 0.5


def test_an_uppercase_xa_before_a_no_break_space_is_no_mojibake():
    """ "XÃ&nbsp;VĨNH THẠNH" (an uppercase xã, then the page's no-break space) reads, byte for byte,
    like a double-encoded "à"; only a page double-encoded throughout (áº, á», Æ°) is repaired."""
    decoded = decode_bytes("HỘI CỰU CHIẾN BINH XÃ\u00a0VĨNH THẠNH TỔ CHỨC ĐẠI HỘI\n\nNội dung bài viết.".encode("utf-8"))
    assert "XÃ" in decoded.text and "Xà" not in decoded.text
    assert not any("mojibake" in repair for repair in decoded.repairs)


def test_character_references_a_scraper_left_in_become_characters():
    decoded = decode_bytes("Tổ chức cơ sở Đảng - &quot;gốc rễ&quot; của Đảng\n\nHoài Nam &#8211; TTTT&amp;CĐS &gt; Tin tức&#x202e;".encode("utf-8"))
    assert decoded.text.splitlines()[0] == 'Tổ chức cơ sở Đảng - "gốc rễ" của Đảng'
    assert decoded.text.splitlines()[2] == "Hoài Nam – TTTT&CĐS > Tin tức"  # the bidi override it named is dropped too
    assert any("tham chiếu ký tự" in repair for repair in decoded.repairs)
    assert decode_bytes("Cty A & B; R&D; &notareference".encode("utf-8")).text == "Cty A & B; R&D; &notareference"


# What a scraper left of the page's markup, and the words a reader gets, in the lines they were.
LEFT_MARKUP = {
    # Word-pasted tags whose attributes run onto the next line, a forum's [/B], a line break at a
    # line's end or inside it, a link
    "tags": ("Theo đó, tại <strong style='mso-bidi-font-weight:normal'><em style='mso-bidi-font-style:\n"
             "normal'>Quyết định số 3824/QĐ-BVHTTDL[/I][/B], di tích được xếp hạng.\n\n"
             "Chi bộ trao quà cho đảng viên.<br />\nBuổi lễ kết thúc lúc 11 giờ<br>cùng ngày.\n\n"
             "Xem <a href=\"https://dangbo.vn/a.html\">toàn văn nghị quyết</a> và <b>phụ lục</b>.",
             ["Theo đó, tại Quyết định số 3824/QĐ-BVHTTDL, di tích được xếp hạng.", "",
              "Chi bộ trao quà cho đảng viên.", "Buổi lễ kết thúc lúc 11 giờ", "cùng ngày.", "",
              "Xem toàn văn nghị quyết và phụ lục."], "thẻ định dạng"),
    # markdownify, html2text, trafilatura: a heading's hashes, bold and italic marks, a link's brackets,
    # an image (a table cell's bar with it) and the backslashes before escaped marks
    "Markdown": ("# Đại hội Chi bộ ấp Phú Thượng, nhiệm kỳ 2025 \\- 2030 #\n\n"
                 "**Hoài Nam** \\- [TTTT&CĐS](https://dangbo.vn/tin \"Trang tin\")\n\n"
                 "Sáng 24/10, Ban Thường vụ Huyện ủy lấy chi bộ làm điểm.![](https://dangbo.vn/a.jpg) |\n\n"
                 "*Quang cảnh đại hội.* _Ảnh: Tư liệu_\n\n## **Kết quả nổi bật**\n\n"
                 "Tệp z276\\_cbe.jpg, 5\\*3, mục (\\*), (*) ghi chú (*), ***, 5*3*2, tên_tệp_gốc.",
                 ["Đại hội Chi bộ ấp Phú Thượng, nhiệm kỳ 2025 - 2030", "", "Hoài Nam - TTTT&CĐS", "",
                  "Sáng 24/10, Ban Thường vụ Huyện ủy lấy chi bộ làm điểm.", "", "Quang cảnh đại hội. Ảnh: Tư liệu", "",
                  "Kết quả nổi bật", "", "Tệp z276_cbe.jpg, 5*3, mục (*), (*) ghi chú (*), ***, 5*3*2, tên_tệp_gốc."],
                 "Markdown"),
}


@pytest.mark.parametrize("kind", list(LEFT_MARKUP))
def test_markup_a_scraper_left_in_the_text_goes_and_its_words_stay(kind):
    raw, lines, repair = LEFT_MARKUP[kind]
    decoded = decode_bytes(raw.encode("utf-8"))
    assert decoded.text.split("\n") == lines
    assert any(repair in note for note in decoded.repairs)


@pytest.mark.parametrize("quoted", [
    "Thẻ <b> dùng để in đậm chữ trên trang web.",  # a bare tag, never closed: the article names it
    "Phụ lục [I] và mục [B] của báo cáo.",  # brackets that open no forum tag
    "Tin nhắn chèn <b>mã</b> <script>alert(1)</script> vào đường link.",  # a script: quoted, see _MARKUP_LINE
    "Công thức a<b và c>d trong đề thi.",
    # what would run code: an article warning of a scam quotes the attack (a page's formatting runs nothing)
    "Kẻ gian gửi <img src=x onerror=alert(1)> trong tin nhắn.",
    'Đường dẫn <a href="javascript:alert(1)">nhận quà</a> là giả mạo.',
])
def test_tags_an_article_quotes_stay_as_printed(quoted):
    decoded = decode_bytes(quoted.encode("utf-8"))
    assert decoded.text == quoted and not decoded.repairs


def test_stars_and_brackets_of_plain_text_are_no_markdown():
    plain = "Ghi chú (*): số liệu tạm tính. Phụ lục [1] (kèm theo) và mục #2; 3*4 = 12; C:\\Users\\nguye"
    assert decode_bytes(plain.encode("utf-8")).text == plain


def test_a_double_encoded_page_with_html_lines_is_repaired_whole():
    """UTF-8 read as Latin-1 turns "à" into "Ã" and a no-break space; reading an HTML line first
    would split that space off, and ftfy would leave "ká»·" and "á»§y" in the headline."""
    page = "Đề nghị xem xét kỷ luật Bí thư Tỉnh ủy\n\n<div> <p>Đoàn kiểm tra làm việc tại Hà Nội.</p></div>\n\nỦy ban Kiểm tra họp."
    double = "".join(chr(byte) for byte in page.encode("utf-8")).encode("utf-8")
    decoded = decode_bytes(double)
    assert decoded.text.split("\n") == ["Đề nghị xem xét kỷ luật Bí thư Tỉnh ủy", "", "Đoàn kiểm tra làm việc tại Hà Nội.", "",
                                        "Ủy ban Kiểm tra họp."]
