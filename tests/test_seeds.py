"""Acceptance: the five seed articles convert to the contract's values."""

from __future__ import annotations

import html
import re

import markdown
import pytest

from conftest import SEEDS, pages, run_convert

EXPECTED = {
    "000_ef24f7e9ade06dd5.txt": dict(
        title_starts="Chí Linh xây dựng Đảng trong sạch, vững mạnh",
        date="2020-10-28T19:32:34+07:00", date_precision="datetime",
        locality="thành phố Chí Linh", province="Hải Dương", province_2025="Hải Phòng",
        tenure="2020-2025", author="THÀNH THỦY",
    ),
    "001_28ec6ceaf6750274.txt": dict(
        title_starts="Đảng bộ thành phố Lạng Sơn quan tâm công tác xây dựng đảng",
        date=None, date_precision=None,
        locality="thành phố Lạng Sơn", province="Lạng Sơn", province_2025="Lạng Sơn",
        tenure="2010-2015", author=None,
    ),
    "002_da0f730bf7a55379.txt": dict(
        title_starts="Chuyển biến trong công tác xây dựng đảng ở Phúc Yên",
        date="2018-01-31T08:01:00+07:00", date_precision="datetime",
        locality="thị xã Phúc Yên", province="Vĩnh Phúc", province_2025="Phú Thọ",
        tenure="2015-2020", author="Nguyễn Khánh",
    ),
    "003_6cbf019819a9d311.txt": dict(
        title_starts="Phát huy truyền thống đoàn kết, thống nhất; tích cực",
        date="2024-05-22T10:25:00+07:00", date_precision="datetime",
        locality="thành phố Đông Hà", province="Quảng Trị", province_2025="Quảng Trị",
        tenure="2020-2025", author=None,
    ),
    "004_6a45d8c008ef75fb.txt": dict(
        title_starts="Hai nhiệm vụ trọng tâm, ba giải pháp đột phá trong xây dựng Đảng",
        date="2025-03-07", date_precision="day",
        locality=None, province="Bắc Giang", province_2025="Bắc Ninh",
        tenure="2020-2025", author="Đồng Thúy",
    ),
}

# Source lines that are not article body (site chrome, header, byline).
NOT_BODY = {
    "000_ef24f7e9ade06dd5.txt": ["THỨ TƯ, 28/10/2020 19:32:34", "THÀNH THỦY"],
    "001_28ec6ceaf6750274.txt": ["Phản hồi", "Các tin khác", "Mới nhất", "Xem nhiều nhất"],
    "002_da0f730bf7a55379.txt": ["08:01 | 31/01/2018", "|", "Nguyễn Khánh"],
    "003_6cbf019819a9d311.txt": ["Chi tiết tin - Thành ủy Đông Hà", "10:25, Thứ Tư, 22-5-2024", "Các tin khác",
                                "VĂN BẢN MỚI", "THĂM DÒ Ý KIẾN", "0 người đã tham gia bình chọn"],
    "004_6a45d8c008ef75fb.txt": ["Chỉ đạo, Điều hành", "Bắc Giang", "Đồng Thúy",
                                "Tin liên quan", "Xem thêm"],
}


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    project = tmp_path_factory.mktemp("seeds")
    (project / "seeds").mkdir()
    for seed in SEEDS.glob("*.txt"):
        (project / "seeds" / seed.name).write_bytes(seed.read_bytes())
    result = run_convert(project)
    assert result.returncode == 0, result.stderr
    return pages(project)


def body_text(post) -> str:
    rendered = markdown.markdown(post.content, extensions=["attr_list", "toc"])
    return html.unescape(re.sub(r"<[^>]+>", " ", rendered))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_metadata(converted, seed):
    post = converted[seed]
    expected = EXPECTED[seed]
    assert post["title"].startswith(expected["title_starts"])
    for key in ("date", "date_precision", "locality", "province", "province_2025", "tenure", "author"):
        assert post[key] == expected[key], key
    assert post["source_file"] == f"seeds/{seed}"
    assert re.fullmatch(r"[0-9a-f]{64}", post["source_sha256"])


def test_undated_seed_term_comes_from_text(converted):
    assert converted["001_28ec6ceaf6750274.txt"]["tenure_basis"] in ("text", "inferred")


def test_yearless_dateline_says_how_the_year_was_found(converted):
    post = converted["004_6a45d8c008ef75fb.txt"]
    assert "năm" in post["date_note"] and "2020 - 2025" in post["date_note"]
    assert post["source"] == "TTXVN"
    assert post["category"] == "Chỉ đạo, Điều hành"
    assert post["photo_credits"] == ["Đồng Thúy/TXVN"]


def test_publisher_of_page_title_is_the_source(converted):
    assert converted["003_6cbf019819a9d311.txt"]["source"] == "Thành ủy Đông Hà"


def test_documents_are_normalised(converted):
    assert converted["000_ef24f7e9ade06dd5.txt"]["documents"] == ["12-NQ/TW", "04-NQ/TW", "05-CT/TW"]
    assert "21-KL/TW" in converted["003_6cbf019819a9d311.txt"]["documents"]
    assert {"03-CT/TW", "101-QĐ/TW", "12-NQ/TW"} <= set(converted["001_28ec6ceaf6750274.txt"]["documents"])


def test_tags_come_from_the_vocabulary(converted):
    import yaml

    from conftest import ROOT

    vocabulary = {t["name"] for t in yaml.safe_load((ROOT / "kholuutru/data/topics.yml").read_text())["topics"]}
    for post in converted.values():
        assert set(post["tags"]) <= vocabulary
    assert "nghị quyết Trung ương 4" in converted["000_ef24f7e9ade06dd5.txt"]["tags"]
    assert "kết nạp đảng viên" in converted["003_6cbf019819a9d311.txt"]["tags"]


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_every_body_line_is_kept_and_chrome_is_gone(converted, seed):
    post = converted[seed]
    body = squash(body_text(post))
    source = (SEEDS / seed).read_text(encoding="utf-8")
    lines = [squash(line) for line in source.splitlines() if line.strip()]
    title = lines[1] if seed.startswith(("003", "004")) else lines[0]
    dropped = set(NOT_BODY[seed]) | {title}
    for line in lines:
        if line in dropped:
            continue
        # a truncated copy of the lead is kept once, in full; a credit moves after its caption
        kept = re.sub(r"\s*\(?Ảnh:?\s[^()]*\)?$", "", line).rstrip(",")
        assert kept in body, line[:80]
    for chrome in NOT_BODY[seed]:
        if len(chrome) < 20:
            assert not re.search(rf"(?<!\w){re.escape(chrome)}(?!\w)", body) or chrome in ("Bắc Giang", "Đồng Thúy"), chrome


def test_keys_are_in_contract_order(converted):
    from kholuutru.article import FIELDS

    for post in converted.values():
        assert tuple(post.metadata) == FIELDS


def test_caption_keeps_its_credit_where_it_stood(converted):
    post = converted["004_6a45d8c008ef75fb.txt"]
    rendered = markdown.markdown(post.content, extensions=["attr_list"])
    captions = re.findall(r'<p class="caption">(.*?)</p>', rendered, re.S)
    assert len(captions) == 1
    assert captions[0].startswith("Trong ảnh: Bí thư Tỉnh ủy Bắc Giang") and captions[0].endswith("Ảnh: Đồng Thúy/TXVN")
    # it stands between the lead and the first paragraph, as in the source
    assert rendered.index('class="lead"') < rendered.index('class="caption"') < rendered.index("TTXVN - Ngày 7/3")
