"""Folding and keys: one table of cases shared with the JavaScript fold."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kholuutru.text import _canonical_word, canonical_tones, exact_key, fold, nfc, slugify

CASES = json.loads((Path(__file__).parent / "fold_cases.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("text,folded,exact", CASES)
def test_fold_table(text, folded, exact):
    assert fold(text) == folded
    assert exact_key(text) == exact
    # NFD input gives the same keys
    decomposed = unicodedata.normalize("NFD", text)
    assert fold(decomposed) == folded
    assert exact_key(decomposed) == exact


def test_canonical_tones_keeps_display_case():
    assert canonical_tones("Hoà Bình, khoẻ, THUỶ") == "Hòa Bình, khỏe, THỦY"


# letters around the glides, with every tone and other marks, in both cases, and what splits words
_LETTERS = "qQhHkKtTnNgGoOuUaAeEyYiIôơưăâêÔƠƯĂÂÊđĐ" + "".join(
    unicodedata.normalize("NFC", vowel + tone) for vowel in "oOuUaAeEyYiIôơưăâêÔƠƯĂÂÊ" for tone in "\u0300\u0301\u0303\u0309\u0323")
_SPLITTERS = " -,.1_\u0301\u0300"


@given(st.text(alphabet=_LETTERS + _SPLITTERS, max_size=40))
def test_canonical_tones_moves_a_tone_only_where_a_syllable_would(text):
    # canonical_tones hands only the syllables ending in o/u + a/e/y to _canonical_word;
    # the result must be what handing it every syllable gives
    every_syllable = re.sub(r"[^\W\d_]+", lambda m: _canonical_word(m.group(0)), nfc(text))
    assert canonical_tones(text) == every_syllable


def test_nfc_maps_eth_to_d_with_stroke():
    assert nfc("Ðảng bộ") == "Đảng bộ"


@pytest.mark.parametrize(
    "title,slug",
    [
        ("Chí Linh xây dựng Đảng trong sạch, vững mạnh", "chi-linh-xay-dung-dang-trong-sach-vung-manh"),
        ("Đảng bộ TP. Đông Hà: 100% chi bộ “bốn tốt”!", "dang-bo-tp-dong-ha-100-chi-bo-bon-tot"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("", ""),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_slug_is_ascii_and_bounded():
    slug = slugify("Rất dài " * 100)
    assert slug.isascii() and len(slug) <= 80 and not slug.endswith("-")


def test_topic_phrases_are_counted_longest_first_without_overlap():
    """"đại hội Đảng bộ" is one phrase, not "đại hội" too; punctuation between words is ignored;
    a word that starts a phrase and is not followed by it counts nothing."""
    from kholuutru.data import count_phrases

    counts = count_phrases(fold("Đại hội Đảng bộ huyện; đại hội, chi bộ … đại hội. Đại hội đại biểu xong"))
    assert counts["dai hoi dang bo"] == 1
    assert counts["dai hoi chi bo"] == 1  # across a comma
    assert counts["dai hoi"] == 2  # the bare one, and the one "đại biểu" does not extend to a phrase
    assert counts["dai hoi dai bieu dang bo"] == 0


def test_slugs_and_host_names_keep_the_y_the_search_key_folds():
    """URLs printed before the search key folded i/y stay the same, and a host spells y."""
    assert slugify("Tri ân các anh hùng liệt sỹ, nhiệm kỳ 2020 - 2025") == "tri-an-cac-anh-hung-liet-sy-nhiem-ky-2020-2025"
    assert fold("liệt sỹ, nhiệm kỳ") == fold("liệt sĩ, nhiệm kì") == "liet si, nhiem ki"
