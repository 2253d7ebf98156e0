"""An article's term weights, as the index computes them (kholuutru/search/index.py _weights)
and as their definition says: each body term's count capped at BODY_CAP, one per adjacent pair
of terms (spelt as a pair token), and the bonuses of the title and the places. The index counts
pairs in C and merges them in one step; a word spelt like a pair token must still add up."""

from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kholuutru.search.index import BODY_CAP, WEIGHTS, _plain, _weights
from kholuutru.search.terms import adjacent_pairs, index_spans, index_terms, pair_token


def reference_weights(searchable: str, title: str, place: str, place_2025: str) -> dict[str, int]:
    words, tokens = index_terms(searchable)
    counts = Counter(words) + Counter(token for token, _, _ in tokens)
    weights = {term: min(count, BODY_CAP) for term, count in counts.items()}
    for first, second in adjacent_pairs(words, tokens):
        weights[pair_token(first, second)] = weights.get(pair_token(first, second), 0) + 1
    for field, bonus in ((title, WEIGHTS["title"]), (place, WEIGHTS["place"]), (place_2025, WEIGHTS["place_2025"])):
        terms = [term for term, _, _ in index_spans(field)]
        for term in set(terms):
            weights[term] = weights.get(term, 0) + bonus
        for first, second in zip(terms, terms[1:]):
            weights[pair_token(first, second)] = max(weights.get(pair_token(first, second), 0), 1)
    return weights


WORDS = st.sampled_from(["Đảng", "bộ", "huyện", "Nghị", "quyết", "12-NQ/TW", "TU", "zpdangzzbo", "dang", "bo",
                         "xây", "dựng", "zpa", "zz", "a", "HĐND", "tỉnh", "Quảng", "Trị", "2025"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40), st.lists(WORDS, max_size=6), st.lists(WORDS, max_size=3))
@example(["Đảng", "bộ", "zpdangzzbo", "Đảng", "bộ"], ["Đảng", "bộ"], [])
def test_weights_are_the_defined_counts(body, title, place):
    searchable, title_text, place_text = " ".join(body), " ".join(title), " ".join(place)
    assert _weights(searchable, title_text, place_text, "") == reference_weights(searchable, title_text, place_text, "")


def test_plain_text_of_a_body_has_single_spaces_and_no_tags():
    assert _plain("<p>Ngày  1/7,\n\t<strong>Huyện&nbsp;ủy</strong> &amp; </p>\u2003<h2>A</h2>") == "Ngày 1/7, Huyện ủy & A"
