"""Search terms: the same words for the index (Python) and the query (JavaScript).

Every word is folded (case, diacritics, đ→d, tone placement). Abbreviations
and their expansions meet on one made-up token ("tổ chức cơ sở đảng" and
"TCCSĐ" both carry `zqtccsd`), and so do document numbers and the way people
say them ("12-NQ/TW" and "Nghị quyết 12" both carry `zqnq12`). The index text
keeps every folded word and adds the tokens right after the words they stand
for, so quoted phrases still match; a query has its abbreviations, expansions
and document numbers replaced by the tokens. assets/javascripts/fold.js does
the same for queries, from the vocabulary this module exports (vocabulary()).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import data
from ..decode import syllable_ratio
from ..text import fold, nfc

TOKEN_PREFIX = "zq"
WORD = re.compile(r"[^\W_]+")

# How documents are named in words, and the type part of their numbers.
DOC_WORDS = {
    "nghi quyet": "nq",
    "chi thi": "ct",
    "ket luan": "kl",
    "qui dinh": "qd",  # folded: "quy định" and "qui định" alike
    "quyet dinh": "qd",
    "huong dan": "hd",
    "ke hoach": "kh",
    "thong bao": "tb",
}
DOC_TYPES = {"nq": "nq", "ct": "ct", "kl": "kl", "qd": "qd", "qdi": "qd", "hd": "hd", "kh": "kh", "tb": "tb"}
ISSUERS = frozenset({"tw", "tu", "hu", "du", "qu", "bct", "bbt", "btctw", "btgtw", "vptw", "ubkttw", "duk", "btvtu", "btvhu"})


@dataclass(frozen=True)
class Vocabulary:
    """Folded word sequences → token, for expansions and for abbreviations."""

    phrases: dict[tuple[str, ...], str]  # folded expansion words → token (any case)
    loose: dict[tuple[str, ...], str]  # abbreviations that are no Vietnamese word: any case
    strict: dict[tuple[str, ...], str]  # abbreviations that are also syllables ("TU"): capitals only
    longest: int
    # first word → the lengths of the entries it begins, longest first: a word
    # that begins nothing costs one dictionary lookup
    sizes_folded: dict[str, tuple[int, ...]] = field(default_factory=dict)  # phrases, loose, document words
    sizes_strict: dict[str, tuple[int, ...]] = field(default_factory=dict)  # strict, by the word as printed


def _token(abbreviation: str) -> str:
    return TOKEN_PREFIX + "".join(WORD.findall(fold(abbreviation)))


def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(fold(text)))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    phrases: dict[tuple[str, ...], str] = {}
    loose: dict[tuple[str, ...], str] = {}
    strict: dict[tuple[str, ...], str] = {}
    for abbreviations, expansions in data.abbreviations()["expansions"]:
        token = _token(abbreviations[0])
        # expansions an earlier entry already has ("quy định" of QĐ) keep its token, so
        # this abbreviation ("QĐi") meets them too: abbreviations expand both ways
        taken = {phrases[_words(e)] for e in expansions if _words(e) in phrases}
        if len(taken) == 1 and all(_words(e) in phrases for e in expansions):
            token = taken.pop()
        for expansion in expansions:
            phrases.setdefault(_words(expansion), token)
        for abbreviation in abbreviations:
            words = _words(abbreviation)
            if not words:
                continue
            # "TU" (tỉnh ủy) is also the syllable "tu": only its capitals mean the abbreviation
            syllable_like = all(syllable_ratio(word) == 1.0 for word in words)
            target = strict if syllable_like else loose
            target.setdefault(tuple(WORD.findall(nfc(abbreviation))) if syllable_like else words, token)
    longest = max(len(k) for k in [*phrases, *loose, *strict])
    return Vocabulary(
        phrases, loose, strict, longest,
        _sizes_by_first_word([*phrases, *loose, *(tuple(w.split()) for w in DOC_WORDS)]),
        _sizes_by_first_word(list(strict)),
    )


def _sizes_by_first_word(keys: list[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    sizes: dict[str, set[int]] = {}
    for key in keys:
        sizes.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(lengths, reverse=True)) for word, lengths in sizes.items()}


def _ascii_number(word: str) -> bool:
    """Digits 0-9 only (as JavaScript's \\d): other scripts' digits are ordinary words."""
    return word.isascii() and word.isdigit()


def _document_token(kind: str, number: str) -> str:
    return f"{TOKEN_PREFIX}{kind}{int(number)}"


def _matches(originals: list[str], folded: list[str], start: int, vocab: Vocabulary) -> list[tuple[int, str]]:
    """(length, token) of every vocabulary entry starting at word `start`."""
    word = folded[start]
    folded_sizes = vocab.sizes_folded.get(word, ())
    strict_sizes = vocab.sizes_strict.get(originals[start], ())
    number = word[:1].isdigit() and _ascii_number(word)
    if not (folded_sizes or strict_sizes or number):
        return []  # most words begin no abbreviation, expansion or document name
    found = []
    remaining = len(folded) - start
    for size in folded_sizes:
        if size <= remaining:
            key = tuple(folded[start : start + size])
            for table in (vocab.phrases, vocab.loose):
                if key in table:
                    found.append((size, table[key]))
    for size in strict_sizes:
        if size <= remaining:
            original = tuple(originals[start : start + size])
            if original in vocab.strict:
                found.append((size, vocab.strict[original]))
    # documents: "12-NQ/TW" → 12 nq tw
    if number and start + 1 < len(folded) and folded[start + 1] in DOC_TYPES:
        # the issuer after the slash belongs to the number: 12-NQ/TW is one document
        size = 3 if start + 2 < len(folded) and folded[start + 2] in ISSUERS else 2
        found.append((size, _document_token(DOC_TYPES[folded[start + 1]], word)))
    # "Nghị quyết (số) 12"
    if 2 in folded_sizes and remaining > 2:
        name = f"{word} {folded[start + 1]}"
        if name in DOC_WORDS:
            after = start + 2
            if folded[after] == "so":
                after += 1
            if after < len(folded) and _ascii_number(folded[after]) and len(folded[after]) <= 4:
                found.append((after + 1 - start, _document_token(DOC_WORDS[name], folded[after])))
    return found


class _FoldedWords(dict):
    """word → fold(word), remembered: an index folds the same few thousand words millions
    of times, and a dict lookup by map() is cheaper than a call per word."""

    LIMIT = 131_072  # words kept before the memory is emptied (a large archive's rare words)

    def __missing__(self, word: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        folded = self[word] = fold(word)
        return folded


_FOLDED = _FoldedWords()


def _split(text: str) -> tuple[list[str], list[str]]:
    originals = WORD.findall(nfc(text))
    return originals, list(map(_FOLDED.__getitem__, originals))


PAIR_PREFIX = "zp"
PAIR_JOIN = "zz"
def pair_token(first: str, second: str) -> str:
    """One token for two adjacent words: how quoted phrases are found (zp + a + zz + b)."""
    return f"{PAIR_PREFIX}{first}{PAIR_JOIN}{second}"


def index_text(text: str) -> str:
    """The folded words of text with the tokens of what they stand for, then a token
    for every two adjacent terms (words or tokens), so phrases match without positions."""
    words, tokens = index_terms(text)
    terms = [term for term, _, _ in _spans(words, tokens)]
    pairs = sorted({pair_token(first, second) for first, second in adjacent_pairs(words, tokens)})
    return " ".join([*terms, *pairs])


def adjacent_pairs(words: list[str], tokens: list[tuple[str, int, int]]) -> set[tuple[str, str]]:
    """Every two terms whose words follow each other (a word or token, then the next)."""
    pairs = set(zip(words, words[1:]))
    if not tokens:
        return pairs
    starting: dict[int, list[str]] = {}
    for token, first, _ in tokens:
        starting.setdefault(first, []).append(token)
    last_word = len(words) - 1
    for token, first, last in tokens:
        if first > 0:
            pairs.add((words[first - 1], token))
        if last < last_word:
            pairs.add((token, words[last + 1]))
        for following in starting.get(last + 1, ()):  # a token, then a token
            pairs.add((token, following))
    return pairs


def index_terms(text: str) -> tuple[list[str], list[tuple[str, int, int]]]:
    """The folded words of text, and the tokens found in it as (token, first word, last word)."""
    originals, folded = _split(text)
    vocab = vocabulary()
    tokens: dict[tuple[str, int, int], None] = {}  # ordered and unique
    sizes_folded, sizes_strict = vocab.sizes_folded, vocab.sizes_strict
    for start, word in enumerate(folded):
        if word not in sizes_folded and originals[start] not in sizes_strict and not word[:1].isdigit():
            continue
        for size, token in _matches(originals, folded, start, vocab):
            end = start + size - 1
            if token != folded[end]:
                tokens[(token, start, end)] = None
    return folded, list(tokens)


def index_spans(text: str) -> list[tuple[str, int, int]]:
    """(term, first word, last word): each folded word, then the tokens that end there."""
    return _spans(*index_terms(text))


def _spans(folded: list[str], tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    if not tokens:
        return [(word, position, position) for position, word in enumerate(folded)]
    ending: dict[int, list[tuple[str, int, int]]] = {}
    for token in tokens:
        ending.setdefault(token[2], []).append(token)
    spans = []
    for position, word in enumerate(folded):
        spans.append((word, position, position))
        spans.extend(ending.get(position, ()))
    return spans


def query_words(text: str) -> list[str]:
    """A query's words: folded, with abbreviations, expansions and document names
    replaced by their tokens (longest first)."""
    originals, folded = _split(text)
    vocab = vocabulary()
    out, position = [], 0
    while position < len(folded):
        found = _matches(originals, folded, position, vocab)
        if found:
            size, token = max(found, key=lambda item: item[0])
            out.append(token)
            position += size
        else:
            out.append(folded[position])
            position += 1
    return out


def vocabulary_json() -> dict:
    """The vocabulary for fold.js: the same tables, as lists."""
    vocab = vocabulary()
    return {
        "prefix": TOKEN_PREFIX,
        "pairPrefix": PAIR_PREFIX,
        "pairJoin": PAIR_JOIN,
        "phrases": [[" ".join(k), v] for k, v in sorted(vocab.phrases.items())],
        "loose": [[" ".join(k), v] for k, v in sorted(vocab.loose.items())],
        "strict": [[" ".join(k), v] for k, v in sorted(vocab.strict.items())],
        "longest": vocab.longest,
        "docWords": DOC_WORDS,
        "docTypes": DOC_TYPES,
        "issuers": sorted(ISSUERS),
    }


_QUOTED = re.compile(r"[\"“”]([^\"“”]*)[\"“”]")


def parse_query(query: str) -> dict:
    """A reader's query as search terms: {words, phrases, text}, as fold.js parses it."""
    text = nfc(query or "")[:300]
    phrases: list[list[str]] = []

    def take(match: re.Match) -> str:
        terms = query_words(match.group(1))
        if len(terms) > 1:
            phrases.append(terms)
            return " "
        return f" {match.group(1)} " if terms else " "

    rest = _QUOTED.sub(take, text)
    return {"words": query_words(re.sub(r"[\"“”]", " ", rest)), "phrases": phrases, "text": text.strip()}
