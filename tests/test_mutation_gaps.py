"""Behaviour that mutation testing (mutmut, issue 11) showed no in-process test pinned down:
the report's exact shape, each check of a correction's values, what decoding says it
repaired, and the list of sentences dropped after the body began."""

from __future__ import annotations

import codecs
import json
import unicodedata

import pytest

from conftest import SEEDS, run_convert
from kholuutru.decode import DecodeError, decode_bytes
from kholuutru.corrections import check_value

CHI_LINH = "000_ef24f7e9ade06dd5.txt"


# --- the conversion report --------------------------------------------------------------------


def test_the_json_report_has_every_file_with_its_page_fields_evidence_review_and_dropped_lines(seeded):
    result = run_convert(seeded, "--report", "report.json")
    assert result.returncode == 0, result.stderr
    report = json.loads((seeded / "report.json").read_text(encoding="utf-8"))
    assert set(report) == {"errors", "warnings", "files"} and report["errors"] == [] and report["warnings"] == []
    assert sorted(report["files"]) == sorted(f"seeds/{p.name}" for p in SEEDS.glob("*.txt"))
    for source, entry in report["files"].items():
        assert set(entry) == {"page", "front_matter", "notes", "evidence", "review", "dropped"}
        page = seeded / "docs" / "articles" / entry["page"]
        assert page.is_file() and entry["front_matter"]["source_file"] == source
        for key, evidence in entry["evidence"].items():
            assert set(evidence) == {"reasons", "weak"} and evidence["reasons"] and isinstance(evidence["weak"], bool)
        assert set(entry["review"]) <= set(entry["evidence"])
        text = (seeded / source).read_text(encoding="utf-8").splitlines()
        for dropped in entry["dropped"]:
            assert set(dropped) == {"line", "reason", "detail", "text"}
            assert dropped["text"] in " ".join(text[dropped["line"] - 1 : dropped["line"] + 3]) or dropped["reason"] == "title"
    chi_linh = report["files"][f"seeds/{CHI_LINH}"]
    assert chi_linh["front_matter"]["author"] == "THÀNH THỦY"
    assert any(d["reason"] == "byline" and d["text"] == "THÀNH THỦY" for d in chi_linh["dropped"])
    assert any(d["reason"] == "date_line" for d in chi_linh["dropped"])


def test_the_markdown_report_names_each_file_its_page_fields_and_dropped_lines(seeded):
    (seeded / "seeds" / "empty.txt").write_bytes(b"")
    result = run_convert(seeded, "--report", "report.md")
    assert result.returncode == 1
    report = (seeded / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# Báo cáo chuyển đổi\n")
    assert "- LỖI seeds/empty.txt: tệp rỗng (0 byte)" in report
    assert f"## seeds/{CHI_LINH} → docs/articles/chi-linh-xay-dung-dang-trong-sach-vung-manh.md" in report
    section = report.split(f"## seeds/{CHI_LINH}", 1)[1].split("\n## ", 1)[0]
    assert "- **title**: Chí Linh xây dựng Đảng trong sạch, vững mạnh — " in section
    assert "- **province**: Hải Dương — " in section and "- **author**: THÀNH THỦY — " in section
    assert "| dòng | không vào thân bài vì | nội dung |" in section
    assert "| tác giả → author | THÀNH THỦY |" in section


def test_sentences_dropped_after_the_body_began_are_listed_whole_with_line_and_reason(project):
    long = ("Hội nghị đã thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi bộ trong thời gian tới, "
            "gắn với kiểm tra, giám sát thường xuyên việc thực hiện nghị quyết ở từng chi bộ của huyện.")
    lines = ["Huyện ủy Thanh Hà sơ kết công tác xây dựng Đảng",
             "Sáng 12/3, Huyện ủy Thanh Hà tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2016 với sự tham dự "
             "của các đồng chí trong Ban Thường vụ Huyện ủy.",
             "Tin liên quan", "Một câu ngắn.", long]
    (project / "seeds" / "cat.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    assert run_convert(project, "--report", "report.md").returncode == 0
    report = (project / "report.md").read_text(encoding="utf-8")
    section = report.split("## Câu bị bỏ sau khi thân bài đã bắt đầu\n", 1)[1].split("\n## ", 1)[0]
    listed = [line for line in section.splitlines() if line.startswith("- ")]
    assert listed == [f"- seeds/cat.txt dòng 9 (giao diện trang web (sau mục «Tin liên quan»)): {long}"]


# --- corrections: every value check -------------------------------------------------------------


@pytest.mark.parametrize(
    "key,value,problem",
    [
        ("tags", "một chuỗi", "danh sách"), ("tags", ["a", 1], "danh sách"), ("title", None, "không được để trống"),
        ("date", "20/03/2016", "YYYY-MM-DD"), ("date", 2016, "YYYY-MM-DD"), ("author", 12, "phải là chuỗi"),
        ("date_precision", "week", "một trong"), ("tenure_basis", "đoán", "một trong"), ("tenure", "2020", "YYYY-YYYY"),
        ("source_url", "javascript:alert(1)", "http"), ("slug", "Chữ Hoa", "chữ thường"),
    ],
)
def test_each_bad_correction_value_is_named(key, value, problem):
    assert problem in check_value(key, value)


@pytest.mark.parametrize(
    "key,value",
    [("tags", ["a", "b"]), ("title", "x"), ("date", "2016-03-20"), ("date", "2016-03-20T08:30:00+07:00"), ("author", None),
     ("date_precision", "month"), ("tenure_basis", "date"), ("tenure", "2020-2025"), ("source_url", "https://baohaiduong.vn/a"),
     ("slug", "bai-viet-2")],
)
def test_good_correction_values_pass(key, value):
    assert check_value(key, value) is None


# --- decoding: what it repaired, and why it refused --------------------------------------------


def test_decoding_reports_each_repair():
    text = "Đảng bộ xã Tân Việt tổ chức hội nghị sơ kết công tác xây dựng Đảng năm 2016.\n"
    assert decode_bytes(text.encode("utf-8")).repairs == []
    mojibake = decode_bytes(text.encode("utf-8").decode("latin-1").encode("utf-8"))
    assert mojibake.text == text and mojibake.repairs == ["sửa lỗi mã hóa kép (mojibake)"]
    nfd = unicodedata.normalize("NFD", text).encode("utf-8")
    assert "chuẩn hóa NFC" in decode_bytes(nfd).repairs
    bom = decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert bom.text == text and bom.repairs == []


@pytest.mark.parametrize("data,reason", [(b"", "tệp rỗng (0 byte)"), (b" \n\t\r\n", "chỉ có khoảng trắng"),
                                         (b"ab\x00cd" * 50, "nhị phân")])
def test_decoding_refuses_with_a_reason(data, reason):
    with pytest.raises(DecodeError) as error:
        decode_bytes(data)
    assert reason in str(error.value)


def test_the_eth_of_a_legacy_font_becomes_d():
    """Ð (U+00D0) and ð typed for Đ/đ by old fonts are read as the Vietnamese letters."""
    decoded = decode_bytes("\u00d0ảng bộ xã \u00f0ã tổ chức hội nghị sơ kết công tác xây dựng \u00d0ảng năm 2016.\n".encode("utf-8"))
    assert "Đảng" in decoded.text and "đã" in decoded.text
