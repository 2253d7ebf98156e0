"""Bytes to clean NFC text, or a named reason why the bytes are not an article.

Scrapers save text in whatever the site served: UTF-8 with or without BOM,
UTF-16, Windows-1258 with combining tone marks, UTF-8 that went through
cp1252 once (mojibake), even TCVN3/VNI legacy-font text. This module knows
nothing of articles; it only answers "what text is this?".
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

from .text import CONTROL, INVISIBLE, nfc, unify_line_breaks

# UTF-8 Vietnamese read as cp1252/latin-1 once: ạ…ỹ become "áº…"/"á»…", ư ơ "Æ°" "Æ¡", đ "Ä‘",
# curly quotes "â€…". "Ã" + one letter alone is no sign: "XÃ" + a no-break space is how
# "XÃ&nbsp;" (an uppercase xã) reaches a scraper, and ftfy would read it as "à".
_MOJIBAKE = re.compile("Ä[‘'’\u0090\u0091ƒ]|áº|á»|Æ°|Æ¡|â€")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Letters that only legacy 8-bit Vietnamese fonts (TCVN3, VNI) leave behind in
# otherwise ASCII-looking text: "Céng hoµ x· héi", "Ñaûng boä".
_LEGACY_HINT = re.compile("[µ·¸¹®©ª«¬¦§¨°±²³´¶»¼½¾ÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖ×ØÙÚÛÜÝÞßæçèéêëìíîïñòóôõö÷øùúûüýþÿ¢£¤¥]")
# Letters of the Latin Extended Additional block (ạ ả ấ … ỹ): only Unicode Vietnamese has
# them, and a legacy font's text decoded as 8-bit never does.
# Either kind of character decode_bytes removes; one scan finds there are none (the usual case).
_STRAY = re.compile(f"{CONTROL.pattern[:-1]}{INVISIBLE.pattern[1:]}")
_UNICODE_VIETNAMESE = re.compile("[\u1ea0-\u1ef9]")

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """The bytes are not usable article text; str(error) says why, in Vietnamese."""


@dataclass
class Decoded:
    text: str
    encoding: str
    repairs: list[str] = field(default_factory=list)


_TONES = "\u0300\u0301\u0303\u0309\u0323"
_SYLLABLE_SHAPE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:uyê|uyu|oai|oay|oeo|uây|uôi|ươi|ươu|yêu|iêu|oa|oă|oe|uâ|uê|uy|uơ|ươ|uô|iê|yê|ia|ua|ưa|ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu|[aăâeêioôơuưy])"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word)
    tones = sum(c in _TONES for c in decomposed)
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return tones <= 1 and bool(_SYLLABLE_SHAPE.fullmatch(bare))


def syllable_ratio(text: str) -> float:
    """Share of words that are well-formed Vietnamese syllables (at most one tone mark)."""
    words = _WORDS.findall(unicodedata.normalize("NFC", text.lower())[:20000])
    if not words:
        return 0.0
    return sum(map(is_syllable, words)) / len(words)


_BINARY_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])  # controls no text holds (not tab, line or page breaks, escape)


def _looks_binary(data: bytes) -> bool:
    """More than 2 % of the first 4 KB are control bytes no text holds (counted as what
    deleting them takes away: a C loop, four times faster than a regex's findall)."""
    sample = data[:4096]
    return b"\x00" in sample or len(sample) - len(sample.translate(None, _BINARY_BYTES)) > len(sample) * 0.02


def _by_bom(data: bytes) -> tuple[str, str] | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise DecodeError(f"có BOM {encoding} nhưng không giải mã được ({error.reason})") from None
    return None


def _guess_legacy(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: cp1258 against charset-normalizer's best guesses."""
    from charset_normalizer import from_bytes

    candidates: dict[str, str] = {}
    try:
        candidates["cp1258"] = data.decode("cp1258")
    except UnicodeDecodeError:
        pass
    for match in from_bytes(data, cp_isolation=None).__iter__():
        try:
            candidates.setdefault(match.encoding, str(match))
        except Exception:  # a detector guess that cannot decode is just skipped
            continue
    if not candidates:
        raise DecodeError("không giải mã được bằng bảng mã nào (không phải UTF-8, UTF-16, Windows-1258)")

    def score(item: tuple[str, str]) -> tuple[float, bool]:
        encoding, text = item
        text = nfc(text)
        bad = len(_CONTROL.findall(text)) + text.count("\ufffd")
        return (syllable_ratio(text) - bad / max(len(text), 1) * 10, encoding == "cp1258")

    encoding, text = max(candidates.items(), key=score)
    if _CONTROL.search(text) or syllable_ratio(nfc(text)) < 0.6:
        raise DecodeError("không giải mã được: không phải UTF-8 và không bảng mã nào cho ra tiếng Việt")
    return text, encoding


def _repair_mojibake(text: str) -> tuple[str, bool]:
    if not _MOJIBAKE.search(text):
        return text, False
    import ftfy

    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text


def _repair_legacy_font(text: str) -> tuple[str, str | None]:
    """TCVN3/VNI text (legacy fonts) converted to Unicode when clearly detected."""
    sample = text[:1500]
    if len(_UNICODE_VIETNAMESE.findall(sample)) >= 20:
        return text, None  # plainly Unicode Vietnamese: no need to weigh its syllables
    if len(_LEGACY_HINT.findall(sample)) < 5 or syllable_ratio(sample) > 0.7:
        return text, None  # already Unicode Vietnamese (the common case, decided on a sample)
    from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS
    from viparse.normalize.tables import convert

    encoding = _legacy_encoding(text, AUTO_DETECT_CHARMAPS)
    if encoding is None:
        return text, None
    return convert(text, AUTO_DETECT_CHARMAPS[encoding]), encoding


def _legacy_encoding(text: str, charmaps) -> str | None:
    """The legacy font the text is written in, as viparse judges the whole text, else the
    table that alone turns the words carrying a legacy font's letters into Vietnamese
    syllables: a page's English furniture ("Sign In", "Font size", a template's variable
    names, even "CT/TW") makes viparse find the whole text "not Vietnamese" though the article
    is plainly VNI or TCVN3. (Plain-ASCII lines read the same in every table, so converting
    the whole text is safe.)"""
    from viparse.normalize.detector import detect_encoding_by_content
    from viparse.normalize.tables import convert

    verdict = detect_encoding_by_content(text, charmaps)
    if verdict.encoding:
        converted = convert(text, charmaps[verdict.encoding])
        return verdict.encoding if syllable_ratio(converted) >= max(0.8, syllable_ratio(text)) else None
    words = " ".join(word for word in text.split() if _LEGACY_HINT.search(word))
    ranked = sorted((syllable_ratio(convert(words, charmap)), name) for name, charmap in charmaps.items())
    (runner_up, _), (best, name) = ranked[-2:]
    return name if best >= 0.8 and best - runner_up >= 0.1 else None


def decode_bytes(data: bytes) -> Decoded:
    """Decode raw article bytes to NFC text with LF line ends.

    Raises DecodeError for empty, whitespace-only, binary or undecodable input.
    """
    if not data:
        raise DecodeError("tệp rỗng (0 byte)")
    repairs: list[str] = []
    text, encoding = _text_of(data, repairs)
    text = _repair_double_encoding(text, repairs)  # first: reading markup splits its no-break spaces ("Ã\xa0" is "à")
    text = _repair_characters(_unescape_references(_strip_markup(text, repairs), repairs), repairs)
    if not text.strip():
        raise DecodeError("tệp chỉ có khoảng trắng")
    return Decoded(text=text, encoding=encoding, repairs=repairs)


def _text_of(data: bytes, repairs: list[str]) -> tuple[str, str]:
    """The bytes as text, by their BOM, as UTF-8, or in the likeliest legacy code page."""
    bom = _by_bom(data)
    if bom:
        text, encoding = bom
    else:
        if _looks_binary(data):
            raise DecodeError("tệp nhị phân, không phải văn bản")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _guess_legacy(data)
            repairs.append(f"giải mã bằng {encoding}")
    if "\x00" in text or _looks_binary(text[:4096].encode("utf-8", "replace")):
        raise DecodeError("tệp nhị phân, không phải văn bản")
    return text, encoding


def _repair_double_encoding(text: str, repairs: list[str]) -> str:
    text, fixed = _repair_mojibake(text)
    if fixed:
        repairs.append("sửa lỗi mã hóa kép (mojibake)")
    return text


def _repair_characters(text: str, repairs: list[str]) -> str:
    """Legacy fonts, Ð for Đ, NFC, line breaks, control and invisible characters."""
    text, legacy = _repair_legacy_font(text)
    if legacy:
        repairs.append(f"chuyển từ bảng mã {legacy}")
    if "\u00d0" in text or "\u00f0" in text:
        repairs.append("thay Ð (U+00D0) bằng Đ")
    if not unicodedata.is_normalized("NFC", text):
        repairs.append("chuẩn hóa NFC")
    text = unify_line_breaks(nfc(text))
    stray = _STRAY.search(text) is not None
    controls = CONTROL.findall(text.replace("\f", "")) if stray else []
    if controls:
        text = CONTROL.sub("", text)
        repairs.append(f"bỏ {len(controls)} ký tự điều khiển")
    invisible = INVISIBLE.findall(text) if stray else []
    if invisible:
        text = INVISIBLE.sub("", text)
        repairs.append(f"bỏ {len(invisible)} ký tự vô hình")
    return text


def _strip_markup(text: str, repairs: list[str]) -> str:
    """A saved HTML page, or raw HTML lines in the text, become their text."""
    if _HTML_DOCUMENT.match(text):
        repairs.append("trang HTML thô: bỏ thẻ, giữ chữ")
        return html_text(text)
    if _MARKUP_LINE.search(text):
        text, count = _markup_lines_as_text(text)
        if count:
            repairs.append(f"{count} dòng HTML thô: bỏ thẻ, giữ chữ")
    if "<" in text or "[/" in text:
        text, count = _tags_in_lines_as_text(text)
        if count:
            repairs.append(f"{count} thẻ định dạng (HTML, BBCode) trong dòng: bỏ thẻ, giữ chữ")
    if any(sign in text for sign in _MARKDOWN_SIGNS) and _MARKDOWN.search(text):  # the signs: one page in twenty
        text, count = _markdown_as_text(text)
        if count:
            repairs.append(f"{count} dấu Markdown (#, **, *…*, [ ](…), \\): bỏ dấu, giữ chữ")
    return text


# "&quot;", "&amp;", "&#8220;", "&#x1EA1;": a reference, with its semicolon, to one character
_CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _unescape_references(text: str, repairs: list[str]) -> str:
    """A scraper that saved the text with the page's character references left in ("&quot;gốc
    rễ&quot;", "TTTT&amp;CĐS", "&gt; Tin tức"): the characters they stand for. Before the
    character repairs, so that a reference to an invisible or control character goes too."""
    if "&" not in text:
        return text
    count = 0

    def character(reference: re.Match) -> str:
        nonlocal count
        unescaped = html.unescape(reference[0])
        count += unescaped != reference[0]
        return unescaped

    text = _CHARACTER_REFERENCE.sub(character, text)
    if count:
        repairs.append(f"{count} tham chiếu ký tự HTML (&quot;, &amp;, &#…;) thành chữ")
    return text


# A scraper that saved the page's HTML, not its text
_HTML_DOCUMENT = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav "
    "ol p pre section table tbody td th thead title tr ul".split()
)
_HIDDEN_TAGS = frozenset("script style noscript template svg iframe object canvas select".split())


class _TextOfHtml(HTMLParser):
    """The text a browser shows, one line per block; of the head only the <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.in_head = self.in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        self.in_head = self.in_head or tag == "head"
        self.in_head = self.in_head and tag != "body"
        self.in_title = self.in_title or tag == "title"
        self.hidden += tag in _HIDDEN_TAGS
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.in_head = self.in_head and tag != "head"
        self.in_title = self.in_title and tag != "title"
        self.hidden -= tag in _HIDDEN_TAGS and self.hidden > 0
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden and (self.in_title or not self.in_head):
            self.parts.append(data)


# A line of the page's HTML among its text ("<div> <p>Trong c&aacute;c ng&agrave;y …</p>"):
# it opens with a block tag and closes one. Tags inside other lines ("<b>Bài</b> …") are
# _tags_in_lines_as_text's; a line that quotes code (_quotes_code: a script, a style, a frame,
# "onerror=", "javascript:") stays as printed: read as HTML it would drop the words inside
# those tags, or hide the attack the article warns of.
_TEXT_BLOCK = r"(?:p|div|span|h[1-6]|blockquote|section|article|figure|figcaption|ul|ol|li|table|tr|td)"
_MARKUP_LINE = re.compile(rf"^[ \t]*<{_TEXT_BLOCK}\b[^<>\n]*>(?=.*</{_TEXT_BLOCK}>)", re.IGNORECASE | re.MULTILINE)
_HIDDEN_TAG = re.compile(r"<(?:" + "|".join(sorted(_HIDDEN_TAGS)) + r")\b", re.IGNORECASE)


def _markup_lines_as_text(text: str) -> tuple[str, int]:
    """Each line of HTML as the paragraphs a browser shows; (text, lines changed)."""
    lines = text.split("\n")
    count = 0
    for index, line in enumerate(lines):
        if _MARKUP_LINE.match(line) and not _quotes_code(line):
            lines[index] = html_text(line).strip("\n")
            count += 1
    return "\n".join(lines), count


# A tag a scraper kept inside a line of text ("Theo đó, tại <strong style='…'><em>Quyết định</em>
# </strong>", "… trao quà.<br />", "<a href='…'>Xem</a>"), its attributes on one line or several;
# and a forum's [b]…[/b]. Of block tags only the line break they make is kept.
_ATTRIBUTE = r"""\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?"""
_TAG = re.compile(rf"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:{_ATTRIBUTE})*\s*/?)>|\[(/?)([biusBIUS])\]")
_INLINE_TAGS = frozenset("a abbr b big cite code del em font i ins mark q s small span strike strong sub sup u".split())
_VOID_TAGS = frozenset("br hr img wbr".split())
_RUNS_CODE = re.compile(r"<[^<>]*\son[a-z]+\s*=|javascript:", re.IGNORECASE)


def _quotes_code(paragraph: str) -> bool:
    """A script, a style, a frame or what would run code ("<img src=x onerror=…>",
    "javascript:"): what an article warning of a scam quotes, its marks and all."""
    return bool(_HIDDEN_TAG.search(paragraph) or _RUNS_CODE.search(paragraph))


_PARAGRAPHS = re.compile(r"((?:\r\n?|\n)[ \t]*(?:\r\n?|\n))")  # line ends are not yet unified


def _tags_in_lines_as_text(text: str) -> tuple[str, int]:
    """The words of lines that carry formatting tags, the tags gone; (text, tags removed)."""
    parts = _PARAGRAPHS.split(text)
    count = 0
    for index in range(0, len(parts), 2):  # the paragraphs, between their gaps
        parts[index], removed = _paragraph_without_tags(parts[index])
        count += removed
    return "".join(parts), count


def _paragraph_without_tags(paragraph: str) -> tuple[str, int]:
    """A tag is markup when it is void (<br>, <img …>), carries attributes, or is opened and
    closed in the same paragraph: "thẻ <b> in đậm", quoted alone, stays as printed, and so does
    a paragraph that quotes code (_quotes_code, and _MARKUP_LINE).
    A block tag inside a line breaks it."""
    tags = list(_TAG.finditer(paragraph))
    if not tags or _quotes_code(paragraph):
        return paragraph, 0
    first_opened, last_closed = {}, {}
    for tag in tags:
        if _closes(tag):
            last_closed[_tag_name(tag)] = tag.start()
        else:
            first_opened.setdefault(_tag_name(tag), tag.start())
    pieces, start, count = [], 0, 0
    for tag in tags:
        if _is_markup(tag, first_opened, last_closed):
            breaks = _tag_name(tag) in _BLOCK_TAGS and not tag[5] and not _at_line_end(paragraph, tag)
            pieces += [paragraph[start : tag.start()], "\n" if breaks else ""]
            start, count = tag.end(), count + 1
    return "".join(pieces) + paragraph[start:], count


def _tag_name(tag: re.Match) -> str:
    return (tag[2] or tag[5]).lower()


def _closes(tag: re.Match) -> bool:
    return bool(tag[1] or tag[4])


def _is_markup(tag: re.Match, first_opened: dict[str, int], last_closed: dict[str, int]) -> bool:
    """Void, with attributes, or paired: a tag opened before its closing tag, a closing tag after it."""
    name = _tag_name(tag)
    if not tag[5] and name not in _INLINE_TAGS and name not in _VOID_TAGS and name not in _BLOCK_TAGS:
        return False
    if name in _VOID_TAGS or "=" in (tag[3] or ""):
        return True
    if _closes(tag):
        return bool(tag[4]) or first_opened.get(name, tag.start()) < tag.start()  # a forum's [/b] is never prose
    return last_closed.get(name, -1) > tag.start()


# A page a scraper saved as Markdown (markdownify, html2text, trafilatura): its marks are not the
# page's words. Only what plain text never has: a heading's hashes at a line's start, paired "**"
# or "__", "*" or "_" around words, a link's or an image's brackets, a backslash before punctuation.
_MD_HEADING = r"^[ \t]{0,3}#{1,6}[ \t]+(?P<heading>\S.*?)(?:[ \t]+#+)?[ \t]*$"
_MD_STRONG = r"(?P<strong_mark>\*\*|__)(?P<strong>(?=\S)[^\n]+?(?<=\S))(?P=strong_mark)"
_MD_EMPHASIS = (r"(?<![\w*\\])(?P<emphasis_mark>[*_])(?P<emphasis>(?=[^\W_]|[“\"‘'(])[^*_\n]*?(?<=[^\W_]|[.”\"’'!?…)]))"
                r"(?P=emphasis_mark)(?![\w*])")
_MD_TARGET = r"\(\s*<?[^)\s>]*>?(?:\s+[\"'(][^\n)]*[\"')])?\s*\)"
_MD_IMAGE = rf"(?P<image>!\[[^\]\n]*\]{_MD_TARGET}(?:[ \t]*\|(?=[ \t]*$))?)"  # with the table cell's bar ("![]() |")
_MD_LINK = rf"\[(?P<link>[^\]\n]*)\]{_MD_TARGET}"
_MD_ESCAPE = r"\\(?P<escaped>[\\`*_{}\[\]()#+\-.!>|~<])"
_MARKDOWN_SIGNS = ("*", "_", "](", "\\", "#")  # a character of every mark below
_MARKDOWN = re.compile("|".join((_MD_HEADING, _MD_STRONG, _MD_EMPHASIS, _MD_IMAGE, _MD_LINK, _MD_ESCAPE)), re.MULTILINE)


def _markdown_as_text(text: str) -> tuple[str, int]:
    """The words of Markdown marks: a heading's text, the bold and italic words, a link's text; an
    image is gone, as <img> is; (text, marks read). A paragraph that quotes code is left whole."""
    parts = _PARAGRAPHS.split(text)
    count = 0
    for index in range(0, len(parts), 2):  # the paragraphs, between their gaps
        if not _quotes_code(parts[index]):
            parts[index], read = _marks_as_words(parts[index])
            count += read
    return "".join(parts), count


def _marks_as_words(text: str) -> tuple[str, int]:
    count = 0

    def words(mark: re.Match) -> str:
        nonlocal count
        count += 1
        if mark["image"]:
            return ""
        inside = next(group for group in ("heading", "strong", "emphasis", "link", "escaped") if mark[group] is not None)
        if inside == "escaped":
            return mark[inside]
        words_inside, marks_inside = _marks_as_words(mark[inside])  # "# **Tiêu đề**", "**[Tin](…)**"
        count += marks_inside
        return words_inside

    return _MARKDOWN.sub(words, text), count


def _at_line_end(text: str, match: re.Match) -> bool:
    """A tag the line ends with breaks no line of its own ("… trao quà.<br>")."""
    return not re.split(r"[\r\n]", text[match.end() :], maxsplit=1)[0].strip()


def html_text(html: str) -> str:
    """The text of an HTML page: blocks become paragraphs, markup and scripts go."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line) + "\n"
