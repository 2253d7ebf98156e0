"""Vietnamese text keys: NFC, canonical tone placement, folding, slugs.

Every comparison in the archive goes through these functions, so that
"hoà" and "hòa", "sĩ" and "sỹ", "Ðảng" and "Đảng", NFD and NFC input, or a reader typing
"dong ha" all meet the same key. Display text is never replaced by a key.

The JavaScript twin lives in overrides/assets/javascripts/fold.js; both are
checked against tests/fold_cases.json.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining marks that carry the five Vietnamese tones.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_TONE_SET = frozenset(TONE_MARKS)

# Characters typed or served in place of Đ/đ (Icelandic eth, African D).
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"})

# Invisible formatting characters a scraper picks up: zero-width spaces/joiners,
# a stray BOM, and bidirectional overrides that could reorder what a reader sees.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")


# Every capital letter up to the Vietnamese block, for regex classes ("Ánh", "Ước", not only A-Z).
UPPERCASE = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha())
LOWERCASE = "".join(chr(c) for c in range(0x61, 0x1F00) if chr(c).islower() and chr(c).isalpha())  # the small ones ("ạ", "đ", "ữ")
CAPITAL = f"[{re.escape(UPPERCASE)}]"  # a regex class: any capital letter ("Ủy ban", "Ấp", "Ái Quốc")
# An open syllable whose nucleus is oa, oe or uy (not after q): the tone mark
# belongs on the first vowel in the canonical (traditional) placement.
_OPEN_GLIDE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])$")


def nfc(text: str) -> str:
    """NFC, with Đ look-alikes mapped to Đ."""
    if "\u00d0" in text or "\u00f0" in text or "\u0189" in text:  # a str scan, far faster than a regex
        text = text.translate(_LOOKALIKES)
    return unicodedata.normalize("NFC", text)


def _canonical_syllable(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in _TONE_SET]
    if len(tones) != 1:
        return syllable
    bare = "".join(c for c in decomposed if c not in _TONE_SET)
    letters = unicodedata.normalize("NFC", bare)
    match = _OPEN_GLIDE.search(letters)
    if not match:
        return syllable
    # Rebuild with the tone after the first vowel of the glide.
    head = letters[: match.start(1) + 1]
    rebuilt = head + tones[0] + letters[match.start(1) + 1 :]
    return unicodedata.normalize("NFC", rebuilt)


@lru_cache(maxsize=65536)
def _canonical_word(word: str) -> str:
    return _canonical_syllable(word)


# The only syllables whose tone can move: those ending in o or u, then a, e or y, either
# bare or with a tone mark ("hoà", "khoẻ", "thuỷ", also "của"); every other syllable is
# left as it is, so it is not handed to Python at all.
_GLIDE_ENDED = re.compile(r"(?<![^\W\d_])[^\W\d_]*[oòóỏõọuùúủũụ][aàáảãạeèéẻẽẹyỳýỷỹỵ](?![^\W\d_])", re.IGNORECASE)


def canonical_tones(text: str) -> str:
    """NFC text with tone marks placed one way: hoà→hòa, khoẻ→khỏe, thuỷ→thủy, uý→úy."""
    return _GLIDE_ENDED.sub(lambda m: _canonical_word(m.group(0)), nfc(text))


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f").replace("đ", "d")


# One table folds every Latin letter Vietnamese uses (and the rest of Latin-1/Extended),
# so fold() is a single str.translate; anything else takes the slow path below.
_FOLD_TABLE: dict[int, str | None] = {}
for _cp in [*range(0x80, 0x250), *range(0x1E00, 0x1F00)]:
    _folded = _strip_marks(chr(_cp).lower())
    if _folded != chr(_cp):
        _FOLD_TABLE[_cp] = _folded
for _cp in range(0x300, 0x370):
    _FOLD_TABLE[_cp] = None
# The same table as a list (identity where nothing changes): str.translate looks a list up
# twice as fast as a dict that misses on every ASCII letter; past its end, a character stays.
_FOLD_LIST = [_FOLD_TABLE.get(_cp, chr(_cp)) for _cp in range(0x1F00)]
_OUTSIDE_TABLE = re.compile("[^\x00-\u036f\u1e00-\u1eff]")


def unaccented(text: str) -> str:
    """Lower case without diacritics, đ→d: how a slug or a web address spells a name
    ("Kỳ Anh" → "ky anh", as in kyanh.hatinh.gov.vn)."""
    folded = nfc(text).lower().translate(_FOLD_LIST)
    if _OUTSIDE_TABLE.search(folded):
        folded = _OUTSIDE_TABLE.sub(lambda m: _strip_marks(m.group(0)), folded)
    return folded


# After an initial consonant, i and y spell the same vowel, and both spellings are in print
# ("liệt sĩ" / "liệt sỹ", "nhiệm kì" / "nhiệm kỳ", "lí luận" / "lý luận", "qui định" / "quy
# định"): a syllable that is an initial and y folds to the initial and i. Only a whole
# syllable: "tay", "thuy", "quyết" keep their y. The pattern opens with its literal y so
# the regex engine skips ahead to each y (fold runs over whole articles).
_INITIALS = ("b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
             "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x")
_I_SPELLED_Y = re.compile("y(?:" + "|".join(
    f"(?<=(?<![a-z0-9])(?:{'|'.join(initial for initial in _INITIALS if len(initial) == size)})y)"
    for size in (1, 2, 3)) + ")(?![a-z0-9])")


@lru_cache(maxsize=2048)  # the stages fold the same paragraphs again: half the text, per article
def fold(text: str) -> str:
    """Lower-case, strip every diacritic including đ→d, and spell with i the vowel that i or y
    writes after an initial consonant: the key readers can type ("liet sy" = "liệt sĩ").

    Same as fold.js: NFC, lower case, decompose, drop U+0300–U+036F, đ→d, y→i."""
    folded = unaccented(text)
    return _I_SPELLED_Y.sub("i", folded) if "y" in folded else folded


@lru_cache(maxsize=65536)
def exact_key(text: str) -> str:
    """Lower-case with diacritics kept and tone placement made canonical."""
    return canonical_tones(text).lower()


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def same_words(text: str) -> str:
    """Text as a repeat of it is compared: a page may print a paragraph twice, once with curly
    quotes and once with straight ones, or with the other tone placement ("hoà"/"hòa"). Same length."""
    return canonical_tones(text).translate(_QUOTES)


def words(text: str) -> list[str]:
    """The word tokens of text (letters and digits), in order."""
    return WORD_RE.findall(text)


# Folded text is mostly ASCII but for a few marks of punctuation; with those and every ASCII
# character that is no word character read as a space, str.split finds the words \w+ would,
# about three times faster than the regex (the stages split whole articles into words).
_PUNCTUATION_OUTSIDE_ASCII = "“”…–•’‘—"  # none is a word character
_ASCII_NOT_WORD = [chr(c) if re.fullmatch(r"\w", chr(c)) else " " for c in range(128)]


def word_tokens(text: str) -> list[str]:
    """The same list as WORD_RE.findall(text) (words of letters, digits and "_"), found faster
    in text that the marks of _PUNCTUATION_OUTSIDE_ASCII alone keep from being ASCII."""
    spaced = text
    if not spaced.isascii():
        for mark in _PUNCTUATION_OUTSIDE_ASCII:
            if mark in spaced:
                spaced = spaced.replace(mark, " ")
        if not spaced.isascii():
            return WORD_RE.findall(text)
    return spaced.translate(_ASCII_NOT_WORD).split()


def slugify(text: str, max_length: int = 80) -> str:
    """ASCII slug: unaccented, words joined by '-', cut at a word boundary ("liet-sy" stays)."""
    folded = unaccented(text)
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    parts = re.findall(r"[a-z0-9]+", ascii_only)
    slug = ""
    for part in parts:
        candidate = f"{slug}-{part}" if slug else part
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (parts[0][:max_length] if parts else "")


LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")


def unify_line_breaks(text: str) -> str:
    """CRLF, CR, NEL and Unicode line/paragraph separators all become LF."""
    if "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text:
        return LINE_BREAKS.sub("\n", text)
    return text


WORD_RE = re.compile(r"\w+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@lru_cache(maxsize=512)  # the stages squash the same lines again: three calls in four, per article
def squash_spaces(text: str) -> str:
    """Collapse runs of whitespace (incl. NBSP and the other Unicode spaces) to one space,
    trim ends; drop control characters (Markdown uses \x02/\x03 as its own placeholders)."""
    if text.isprintable():  # no control character, and no whitespace but the plain space
        return text.strip(" ") if "  " not in text else " ".join(text.split())
    return " ".join(CONTROL.sub("", text).split())


def phrase_alternation(phrases) -> str:
    """A regex alternation of the phrases, in their order, any run of spaces between their words
    ("Tây Nguyên" also as "Tây  Nguyên" or broken across a line); one that never matches for none."""
    return "|".join(r"\s+".join(map(re.escape, str(phrase).split())) for phrase in phrases) or "(?!)"


def anchor(value: str, separator: str = "-") -> str:
    """Heading anchors for Markdown's toc extension: "Nhanh chóng đưa" → "nhanh-chong-dua"."""
    return slugify(value, max_length=60).replace("-", separator)


# A sentence ends at a stop and a space, or a line break; "TP. Cần Thơ", "TS. Lê Văn A" and
# initials ("Nguyễn V. A") do not end one. One class of stops and the line break opens the pattern,
# so the engine skips to them fast and the look-behinds run only at stops.
SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)|(?<!\bTP.)(?<!\bTX.)(?<!\bTT.)(?<!\bTS.)(?<!\bThS.)(?<!\b[A-ZĐ].)\s+)")


def sentences(text: str) -> list[str]:
    """The text's sentences, stops kept."""
    return [part for part in SENTENCE_BREAK.split(text) if part]
