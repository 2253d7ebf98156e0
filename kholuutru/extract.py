"""Marked segments to article fields: title, date, byline, source, documents.

Reads values out of what segment/ marked. Places, terms and topics are
looked up later (enrich/); the gazetteer is asked only whether a name is a place's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import data, headline, published
from .article import Article, Block, Dropped, Evidence
from .dates import is_signing_line
from .decode import is_syllable
from .publisher import names_a_host, outlet_host_names, publisher_of
from .url_path import headline_from_slug
from .segment import (BY_LABEL, POSTED_AT, Segment, clean_byline, label_pattern, name_and_office, stamp_source, upper_ratio, writer_then_outlet,
                      writers_post)
from .text import CAPITAL, WORD_RE, exact_key, fold, squash_spaces, unaccented

BODY_KINDS = ("lead", "paragraph", "heading", "caption")


def extract(article: Article, segments: list[Segment]) -> Article:
    """Fill the fields that are read straight from the text."""
    for segment in segments:
        if segment.kind in BODY_KINDS or _closes_a_document(segment):
            kind = "paragraph" if segment.kind == "date_line" else segment.kind
            article.blocks.append(Block(kind, segment.text, segment.line, segment.credit, segment.plain))
        else:
            article.dropped.append(Dropped(segment.line, segment.text, segment.kind, segment.detail))
        if segment.credit:
            _add_credit(article, segment.credit)

    first = {s.kind: s for s in reversed(segments)}
    cleaned = headline.clean(first["title"].text) if "title" in first else None
    if cleaned and cleaned.signed and _named_in_body(cleaned.signed, article.blocks):
        cleaned = headline.clean(first["title"].text, signed=False)  # "Tượng đài Nguyễn Sinh Sắc - Nguyễn Tất Thành"
    if cleaned:
        score, rival = first["title"].score or 0.0, first["title"].rival
        article.decide("title", squash_spaces(cleaned.title), f"điểm {score:.1f}: {first['title'].detail}",
                       weak=headline.close_call(score, rival) or headline.unfinished(cleaned.title)
                       or first["title"].sentence or first["title"].banner)
    else:
        article.evidence["title"] = Evidence(["không dòng nào ở đầu trang đủ căn cứ là tiêu đề", *_slug_suggestion(article)],
                                             weak=True)
    article.category = first["category"].text if "category" in first else None
    if "page_title" in first:
        article.place_hints.append(("publisher", first["page_title"].detail))
    if "place_line" in first:
        article.place_hints.append(("place_line", first["place_line"].text))

    published.decide(article, segments, _glued_date(segments, cleaned))
    _read_people(article, segments, cleaned.source_tag if cleaned else None)
    article.summary = _without_the_outlets_tag(_summary(article.blocks), article.evidence.get("source"))
    if article.author is None and cleaned and cleaned.signed:
        article.decide("author", cleaned.signed, f"tên người viết sau tiêu đề «… - {cleaned.signed}»")
    doubt = _doubt_about_the_writer(article.author) if article.author else None
    if doubt:
        article.evidence["author"] = Evidence([*article.evidence["author"].reasons, doubt], weak=True)
    _fold_parts(article)
    article.documents = find_documents(
        "\n".join([article.title or ""] + [b.text for b in article.blocks]), article.date, folded=article.folded["all"]
    )
    if article.blocks and article.blocks[-1].kind in ("lead", "paragraph"):
        last = article.blocks[-1].text
        if last[-1] not in ".!?…\"”')»:;" and len(last) > 80:
            article.notes.append(f"đoạn cuối (dòng {article.blocks[-1].line}) dừng giữa câu: bài có thể bị cắt")
    return article


def _fold_parts(article: Article) -> None:
    """Fold each part once: documents and topics both read the folded text."""
    blocks = [fold(block.text) for block in article.blocks]
    title = fold(article.title or "")
    lead = next((f for f, b in zip(blocks, article.blocks) if b.kind == "lead"), "")
    body = "\n".join(f for f, b in zip(blocks, article.blocks) if b.kind != "lead")
    article.folded.update(title=title, lead=lead, body=body, all="\n".join([title, *blocks]))


def _slug_suggestion(article: Article) -> list[str]:
    """For the editor of a page with no headline: the one its URL spells, which the site lists
    it by (url_path.headline_from_slug), to copy into seeds/<name>.yml when it is right."""
    spelled = headline_from_slug(article.source_url, "\n".join(block.text for block in article.blocks))
    return [f"địa chỉ bài viết tiêu đề «{spelled}» (đúng thì ghi vào title: trong tệp .yml)"] if spelled else []


def _add_credit(article: Article, credit: str) -> None:
    credit = credit.strip(" .,;()")
    if credit and credit not in article.photo_credits and data.phrase_key(credit) not in data.photo_kinds():
        article.photo_credits.append(credit)  # "Ảnh: minh họa" says what the photo is, not who took it


# --- people and publishers ----------------------------------------------------


_TAG_REASON = "ký hiệu đầu bài"  # the source read from the tag opening the lead
_LEADIN = re.compile(r"^\s*\(?(?P<tag>[A-ZĐ][\w.]*(?:\s?[A-ZĐa-zđ.]+){0,2}?)\)?\s*[-–—]\s+\S")


def _read_people(article: Article, segments: list[Segment], title_tag: str | None = None) -> None:
    """Author and source: the byline (its organisation goes to source), a source line,
    a tag before the headline or the lead, the site's name, the URL's publisher."""
    creds = data.credits()
    bylines = [s for s in segments if s.kind in ("byline", "top_byline")]
    bylines = [s for s in bylines if not _handled_by(s.text)] or bylines  # the writer's, not the editor's or the poster's
    on_date_line = [s.author for s in segments if s.kind == "date_line" and s.author]
    credited = None
    if bylines or on_date_line:
        printed = _strip_byline_label(bylines[-1].text if bylines else on_date_line[0], article)
        author, credited = split_credit(printed)
        author = without_role(author, creds["author_roles"])
        where = f"dòng tác giả «{bylines[-1].text}»" if bylines else "tên in trên dòng ngày"
        if not author and credited and len(bylines) > 1:  # "Thúy Hường" / "(--- Báo Vĩnh Phúc ---)": the writer, then the paper
            above, also_credited = split_credit(_strip_byline_label(bylines[-2].text, article))
            if above and not also_credited:
                author, where = without_role(above, creds["author_roles"]), f"dòng tác giả «{bylines[-2].text}»"
        vetoed = _why_not_a_writer(author, bylines[-1] if bylines else None, segments, creds) if author else None
        if vetoed:
            article.evidence["author"] = Evidence([vetoed], weak=True)
            author = None
        if author:
            article.decide("author", author, where)
        if credited:
            article.evidence.setdefault("author", Evidence([f"«{printed}» là tên cơ quan → source"]))
        unit = credited or (printed[len(author):].strip(" -–—/,()[]") if author and printed.startswith(author) else "")
        if unit:  # "Thụy Vi – Thị Đoàn Phú Mỹ", "… – Viện kiểm sát nhân dân huyện Long Điền": the writer's unit and place
            article.place_hints.append(("paragraph", unit))
    sources = [s for s in segments if s.kind == "source_line"]
    signed = next((s for s in sources if _a_writers_name(_strip_source_label(s.text))), None)
    if signed and article.author is None:  # "Theo Đức Hùng" / "Nguồn: Vnexpress": the writer, then the outlet
        article.decide("author", _strip_source_label(signed.text), f"tên người viết ở dòng nguồn «{signed.text}»")
        sources = [s for s in sources if s is not signed]
    if sources:
        source = _strip_source_label(sources[-1].text)
        author, outlet = split_credit(source)
        if author and outlet and article.author is None:  # "Theo: Lê Anh – cand.com.vn": the writer, then the outlet
            article.decide("author", without_role(author, creds["author_roles"]), f"dòng nguồn «{sources[-1].text}»")
            source = outlet
        article.decide("source", source, "dòng nguồn")
    elif credited:
        article.decide("source", _strip_source_label(credited), "cơ quan ghi ở dòng tác giả")
    elif title_tag:
        article.decide("source", creds["publisher_tags"].get(title_tag, title_tag), f"ký hiệu trước tiêu đề «({title_tag})»")
    else:
        _source_from_page(article, segments, creds)



def _why_not_a_writer(author: str, byline: Segment | None, segments: list[Segment], creds: dict) -> str | None:
    """Why the name a byline gives is nobody's who wrote the page, or None: a label alone
    ("TỔNG HỢP" over a compiled document), a place the page names, the signer of a document
    it reprints, words in capitals that are no name."""
    if _label_alone(author, creds["byline_labels"]):
        return f"«{author}» chỉ là nhãn, không có tên"
    if author.casefold() in _PLACEHOLDER_ACCOUNTS:
        return f"«{author}» là tài khoản mặc định của phần mềm trang, không phải tên người viết"
    if byline and _place_the_page_names(author, byline.text, segments):
        return f"«{author}» là tên địa phương mà bài nhắc, không phải tên người"
    if byline and _signs_a_document(byline, segments):
        return f"«{author}» ký dưới chức vụ của một văn bản, không phải người viết bài"
    if _shouted_words(author):
        return f"«{author}» viết hoa không phải tên người"
    return None

# The account names the web software ships with, printed after its byline label: Blogger's "Posted by Unknown" (a
# profile with no name), Joomla's "Viết bởi Super User" (the installer's account; "Administrator" in Joomla 1.5).
# "Quản trị viên" is the Vietnamese name of that role (NukeViet, WordPress vi), shown when the account has no other name.
_PLACEHOLDER_ACCOUNTS = frozenset({"unknown", "anonymous", "super user", "administrator", "admin", "webmaster", "quản trị viên"})

# A sign, digit or bracket in a signed name, or a dash before it ("Đức Thiện: Văn hóa", "Quang Khải-Q6", "- Tây Y").
_NOT_IN_A_NAME = re.compile(r"[:\d&@#/|()\[\]]|^[-–—.,]")
_BETWEEN_WRITERS = re.compile(r"\s*(?:[-–—,;]|\bvà\b)\s*")  # "Ngọc Hà - Đặng Dũng", "Mỹ Hồng và Thanh Thanh"


def _doubt_about_the_writer(author: str) -> str | None:
    """Why the writer's name as read may be no one's, for an editor to look at (nothing is
    dropped: pen names and initials are names too): a sign, digit or bracket in it, a word in
    small letters ("Truyền thông Đoàn khoa …"), more than five words for one person."""
    if _NOT_IN_A_NAME.search(author):
        return f"«{author}» có ký hiệu, chữ số hay ngoặc mà tên người không có"
    people = [person.split() for person in _BETWEEN_WRITERS.split(author) if person]
    if any(word[:1].islower() for words in people for word in words):
        return f"«{author}» có chữ viết thường mà tên người không có"
    if any(len(words) > 5 for words in people):
        return f"«{author}» dài hơn năm chữ cho một người"
    return None


def _a_writers_name(text: str) -> bool:
    """A source line that credits a person ("Nguồn: Hoàng Long", "Theo: Thúy Hường", "Theo Đức Hùng"):
    two or three capitalised Vietnamese syllables, no outlet ("Tiền Phong": tienphong.vn), no
    organisation ("Văn phòng"), no place ("Cao Bằng"), no word a name never holds ("Người Lao Động")."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() and is_syllable(w.lower()) for w in words):
        return False
    if any(w.lower() in data.credits()["not_in_names"] for w in words) or _is_organisation(text):
        return False
    from .gazetteer import gazetteer

    return unaccented(text).replace(" ", "") not in outlet_host_names() and not gazetteer().names_a_unit(exact_key(text))


@lru_cache(maxsize=2)
def _unit_words(with_province: bool = False) -> str:
    """A unit's type before a name, for a pattern read in any case: the words of place_types in
    abbreviations.yml for the units before 2025 (a district's, a commune's, with_province a province's;
    not "huyện đảo") and of the abbreviations only "TP"."""
    from .gazetteer import DISTRICT_TYPES, OLD_COMMUNE_TYPES, unit_words_pattern

    units = ("tỉnh",) * with_province + DISTRICT_TYPES + OLD_COMMUNE_TYPES
    return unit_words_pattern(units, abbreviations=("TP", "TP."), without=("huyện đảo",), space=" ")


def _place_the_page_names(author: str, line: str, segments: list[Segment]) -> bool:
    """A bare line that the page elsewhere writes as a commune or district ("Hưng Nghĩa" on a
    page about "xã Hưng Nghĩa", a tag "Nhân Trạch"): a place, not a writer. A name opening
    with a family name ("Vũ Hà") stays a writer's."""
    if clean_byline(line).strip(" .") != author or exact_key(author.split()[0]) in data.exact_surnames():
        return False
    name = author.lower()  # a pattern per name costs a compile: made only where a unit's word and a space stand before it
    written = [segment.text for segment in segments if _unit_word_before(segment.text.lower(), name)]
    if not written:
        return False
    unit_and_name = re.compile(rf"(?:{_unit_words()})\s+{re.escape(author)}\b", re.IGNORECASE)
    return any(unit_and_name.search(text) for text in written)


@lru_cache(maxsize=1)
def _unit_word_ending() -> re.Pattern[str]:
    return re.compile(rf"(?:{_unit_words()})\Z", re.IGNORECASE)


def _unit_word_before(text: str, name: str) -> bool:
    """Somewhere in text, name follows a unit's word and white space (both in lower case)."""
    at = text.find(name)
    while at != -1:
        before = text[:at]
        stripped = before.rstrip()
        if len(stripped) < len(before) and _unit_word_ending().search(stripped[-12:]):
            return True
        at = text.find(name, at + 1)
    return False


# What stands over a document's signature: "T/M BAN THƯỜNG VỤ", "TM. ĐẢNG ỦY", "KT. CHỦ TỊCH", "TL. BAN TỔ CHỨC", "(Đã ký)"
_SIGNING_MARK = re.compile(r"(?:T/M|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s+[A-ZĐ]\S*.{0,60}|\(?\s*(?:Đã ký|đã ký)\s*\)?")


def _signs_a_document(byline: Segment, segments: list[Segment]) -> bool:
    """A name under a post in capitals ("BÍ THƯ", "PHÓ CHỦ TỊCH"), under "(Đã ký)", or a
    few lines under "T/M BAN THƯỜNG VỤ": the signer of a notice or plan the page reprints,
    who did not write the page (a writer signs with the name, the post after it)."""
    at = next((i for i, s in enumerate(segments) if s is byline), None)
    if byline.kind != "byline" or not at:
        return False
    above = [s.text.strip() for s in segments[max(0, at - 3):at]]
    post = above[-1]
    offices = data.credits()["author_offices"]
    a_post = (upper_ratio(post) >= 0.8 and len(post.split()) <= 6
              and any(re.match(rf"{re.escape(office)}(?:\s|$)", post, re.IGNORECASE) for office in offices))
    return a_post or any(_SIGNING_MARK.fullmatch(line) for line in above)


def _label_alone(author: str, labels: list[str]) -> bool:
    """A byline's label with no name after it ("Tổng hợp", "THỰC HIỆN"); an abbreviation
    such as "PV" or "BT" is the writer's signature and stays."""
    words = author.strip(" .:").lower()
    return any(words == label.lower() for label in labels if not label.isupper() and "/" not in label)


def _shouted_words(name: str) -> bool:
    """"CÔNG TÁC NỘI CHÍNH", "CHI BỘ HIỆN NAY": three words or more in capitals that do not
    open with a surname are a section's or a heading's words, not a full name (a pen name in
    capitals has two words: "NGỌC MAI")."""
    if re.search(r"[.,&/–-]|\bvà\b", name):
        return False  # initials, several writers, a title: "Đ.ĐẠO - H.QUÂN", "ThS TRẦN NGỌC NHIỀU"
    words = WORD_RE.findall(name)
    return upper_ratio(name) >= 0.8 and len(words) >= 3 and fold(words[0]) not in data.surnames() | data.title_words()


SUMMARY_MIN_WORDS = 8  # fewer words make no summary: "Chiều", "-", "(kiemsat.vn)"
HEADING_MAX_WORDS = 12  # a shorter line ending on a colon heads a part ("Lịch sử:"); a longer one is a sentence


def _summary(blocks: list[Block]) -> str | None:
    """The lead (sa-pô); where the lead is no sentence (a part's heading "Lịch sử:", a day "THỨ NĂM, NGÀY 05/3:", a
    stray "-", a title in capitals), the first of the two paragraphs after it that is one: what a listing shows under
    the headline. No lead, no summary."""
    prose = [b for b in blocks if b.kind in ("lead", "paragraph")]
    lead = next((at for at, block in enumerate(prose) if block.kind == "lead"), None)
    if lead is None:
        return None
    return next((b.text for b in prose[lead : lead + 3] if _reads_as_a_sentence(b.text.strip())), None)


def _without_the_outlets_tag(summary: str | None, source: Evidence | None) -> str | None:
    """The summary without the outlet's tag that opens the lead ("(Baohatinh.vn) - Hưởng ứng …",
    "(TUAG)- Chiều 12/9, …") once the tag is the source: a listing shows the news, the panel the outlet."""
    match = _LEADIN.match(summary) if summary and source else None
    if match and source.reasons[0] == f"{_TAG_REASON} «{match.group('tag').strip()}»":
        return summary[match.end() - 1:]
    return summary


def _reads_as_a_sentence(text: str) -> bool:
    """Not a line in capitals ("KỶ NIỆM 191 NĂM NGÀY THÀNH LẬP TỈNH LẠNG SƠN"), nor a short one heading a part, nor one
    stopped where its phrase goes on. Its
    opening tells (a lead runs to hundreds of words: reading them all for this cost a fortieth of a conversion)."""
    opening = text[:200]
    words = len(WORD_RE.findall(opening))
    return (words >= SUMMARY_MIN_WORDS and upper_ratio(opening) < 0.8 and " | " not in opening  # cells: a table's row, a meta line
            and not (text.endswith((":", "：")) and words < HEADING_MAX_WORDS)
            and not headline.DANGLING_END.search(text[-40:]))  # a phrase cut short: "… được sự nhất trí của"


_ROMAN_NUMERAL = re.compile(r"[IVXL]{1,5}")


def _names_no_outlet(tag: str) -> bool:
    """"I- TỰ HÀO TRUYỀN THỐNG …": a part's number; "KIÊN GIANG - Sáng 12/3, …": where the
    piece was written (a dateline), not who published it."""
    from .gazetteer import gazetteer

    return bool(_ROMAN_NUMERAL.fullmatch(tag)) or gazetteer().names_a_unit(exact_key(tag))


def _source_from_page(article: Article, segments: list[Segment], creds) -> None:
    stamped = next((stamp_source(s.text) for s in segments if s.kind == "date_line" and stamp_source(s.text)), None)
    if stamped:
        article.decide("source", stamped, "nguồn ghi cùng ngày trước đoạn mở đầu")  # "Hà Nội (TTXVN 11/3/2022)"
        return
    for block in [b for b in article.blocks if b.kind in ("lead", "paragraph")][:3]:
        match = _LEADIN.match(block.text)
        tag = match.group("tag").strip() if match else ""
        if match and len(match.group("tag")) <= 24 and not _names_no_outlet(tag):
            known = creds["publisher_tags"]
            if tag in known:
                article.decide("source", known[tag], f"{_TAG_REASON} «{tag}»")  # "(QBĐT) -" → Báo Quảng Bình
                article.place_hints.append(("tag", known[tag]))
                return
            if names_a_host(tag):  # "(Baohatinh.vn) -": the outlet by its address, read as a URL's host is
                site = publisher_of(f"http://{tag.lower()}")
                article.decide("source", site.name if site and site.name else tag, f"{_TAG_REASON} «{tag}»")
                if site and site.province and site.name:
                    article.place_hints.append(("tag", site.name))  # "Báo Hà Tĩnh": the name spells its province
                return
            letters = [c for c in tag if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6 and block.text.lstrip()[:1] in "(" + tag[:1]:
                article.decide("source", tag, f"{_TAG_REASON} «{tag}»")
                return
    publisher = [s for s in segments if s.kind == "page_title"]
    if publisher:
        article.decide("source", publisher[0].detail, "tiêu đề trang web")
        return
    site = publisher_of(article.source_url)
    if site and site.name and site.kind in ("provincial paper", "tv", "party committee"):
        article.decide("source", site.name, f"trang đăng bài ({site.host})")


# "(Báo Bạc Liêu)"; "Trúc Mai (Đài Truyền": the scraper cut the bracket short
_CREDIT_IN_BRACKETS = re.compile(r"\s*[(\[](?P<org>[^()\[\]]{3,80})(?:[)\]]\s*|$)")
# "Đoàn Xuân Định- Ban Tuyên giáo", "Cảnh Miên-CĐCS Đảng ủy Khối …" (glued to an office's initials),
# "Đức Nguyên-Hiệp Thương, TTVHTTTTDL" (an office's initials after a comma) too
# "Tác giả: Minh Hà | Nguồn tin: Báo Y": NukeViet's author and source ("Tác giả", "Nguồn tin": modules/news/language/vi.php)
# on one row, as some themes print them
_CREDIT_AFTER_DASH = re.compile(r"(?:\s*[-–—]\s+|\s*/\s*|\s*\|\s*(?=(?i:nguồn|theo)\b)|[-–](?=[A-ZĐ]{2,}\b)|,\s*(?=[A-ZĐ]{3,}$))(?P<org>\S.{1,60})$")
_ACRONYM = re.compile(r"^[A-ZĐ]{3,}(?:&[A-ZĐ]{2,})*(?:\s|$)")  # "VPHU", "TTTT&CĐS"
_NEWS_DESK = re.compile(r"(?:Tin\s+|Bài\s+)?(?P<office>[A-ZĐ]{4,8})")
_TAG_AFTER_NAME = re.compile(rf"(?P<name>{CAPITAL}\w*(?:\s+{CAPITAL}\w*){{1,4}})\s+(?P<tag>[A-ZĐ]{{2,6}})")
_AFFILIATION = re.compile(r"(?:Khoa|Trường|Học viện|Viện|Bộ môn|Phòng|Trung tâm)\s+\S")


@lru_cache(maxsize=1)
def _unit_named() -> re.Pattern[str]:
    """A unit's type and its name, in brackets after a byline ("(xã Tân Hội)", "(TP. Huế)")."""
    return re.compile(rf"(?:{_unit_words(with_province=True)})\s+(?:{CAPITAL}|\d)", re.IGNORECASE)


def split_credit(text: str) -> tuple[str | None, str | None]:
    """(author, organisation) of a printed byline: "PV (Báo Bạc Liêu)" → (PV, Báo Bạc Liêu);
    "Đài PT-TH Hải Dương" → (None, Đài PT-TH Hải Dương); "Hoàng Linh - Quốc Hưng" stays whole;
    "Tuệ Lâm -" (the dash led to the date line) → Tuệ Lâm."""
    text = text.strip(" .,;").rstrip(" -–")
    if text.isascii() and text.islower():
        return None, None  # a site's account ("quantri", "admin"): names are written with capitals
    if _is_organisation(text.strip("()[]")):
        return None, text.strip("()[]")
    if signed := writer_then_outlet(text):
        return signed  # "Văn Trăm - Vnexpress", "Ngọc Diệp - Đăng Tuyển / VOV Bangkok": the writers, then their outlet
    office = _NEWS_DESK.fullmatch(text)
    if office and not is_syllable(office["office"].lower()):
        return None, office["office"]  # "Tin HCMUS", "TTXVN": an office's initials; "THANH" is a name
    tagged = _TAG_AFTER_NAME.fullmatch(text)
    if (tagged and not is_syllable(tagged["tag"].lower()) and tagged["tag"] not in data.credits()["author_roles"]
            and all(is_syllable(word.lower()) for word in tagged["name"].split())):
        # "An Trịnh LDO": the writer, then the paper's tag ("Hồng Hà PV": a role, kept)
        return tagged["name"], data.credits()["publisher_tags"].get(tagged["tag"], tagged["tag"])
    if named := name_and_office(text, in_capitals=False):
        return named[0], None  # the office stays in the report, not in the author
    for pattern in (_CREDIT_IN_BRACKETS, _CREDIT_AFTER_DASH):
        match = pattern.search(text)
        if not match:
            continue
        org = re.sub(r"^(?:nguồn(?:\s+tin)?|theo)\s*:?\s*", "", match["org"].strip(), flags=re.IGNORECASE)  # NukeViet's "Nguồn tin:"
        named = match["org"].strip().lower().startswith(("nguồn", "theo"))
        author = text[: match.start()].strip(" -–—/,") or None
        if pattern is _CREDIT_AFTER_DASH and (_AFFILIATION.match(org) or writers_post(org)) and author and not named:
            return author, None  # "ThS. Lê Thị Thanh Hoa - Khoa Lý luận CT - Trường CĐSP Nghệ An": where the author works
        if named or _is_organisation(org, strict=True) or (
                pattern is _CREDIT_AFTER_DASH and (_acronym(org) or _is_organisation(org) or names_a_host(org))):
            return author, org
        if (pattern is _CREDIT_IN_BRACKETS and (_is_organisation(org) or _unit_named().match(org) or writers_post(org))
                and author and " - " not in author):
            # "(Ban Tổ chức Tỉnh ủy Nghệ An)", "( Huyện Văn Lãng)", "(Phó Bí thư Đảng ủy xã)": the author's office, place or post
            return author, None
    return text, None


def without_role(author: str | None, roles: list[str]) -> str | None:
    """"CTV Kim Anh" → "Kim Anh", "Công chức VHXH Thanh Tâm" → "Thanh Tâm": the person, not the
    role (nor the office's initials after it); "PV" alone stays."""
    if not author:
        return author
    for role in sorted(roles, key=len, reverse=True):
        match = re.match(rf"{re.escape(role)}\s+(?:[A-ZĐ&]{{2,8}}\s+)?(?=[A-ZĐ][a-zà-ỹđ])", author)
        name = author[match.end():] if match else ""
        words = [w for w in name.split() if w not in "-–—"]
        if len(words) >= 2 and all(w[0].isupper() for w in words):  # a name, not "Văn hóa xã"
            return name
    return author


def _glued_date(segments: list, cleaned) -> str | None:
    """The date glued to the headline, or to the headline printed again near it
    ("… năm 2022" on one line, "… năm 2022" (22/08/2022)" on the next)."""
    if cleaned is None or cleaned.date_text:
        return cleaned.date_text if cleaned else None
    title = squash_spaces(cleaned.title)
    for segment in segments[:8]:
        if segment.kind == "title" or not squash_spaces(segment.text).startswith(title[:24]):
            continue
        again = headline.clean(segment.text)
        if again and again.date_text and squash_spaces(again.title) == title:
            return again.date_text
    return None


def _acronym(text: str) -> bool:
    """"VPHU Quảng Điền" begins with an office's acronym; "MINH ANH" is a name in capitals."""
    match = _ACRONYM.match(text)
    return bool(match) and not is_syllable(match.group(0).strip().lower())


def _is_organisation(text: str, strict: bool = False) -> bool:
    """A publisher's or office's name: "Báo Hải Dương", "BBT", "Ban Biên tập"; in either tone
    placement, since both are in print: "ĐẢNG UỶ TRƯỜNG" signs as "Đảng ủy" does."""
    names, prefixes = _organisation_words(strict)
    lowered = exact_key(text)
    spelled = {lowered, *lowered.split("/")}  # "Vnews/Vietnam+": agencies credited together
    if " " not in text:
        spelled.add(lowered.replace(".", ""))  # "B.B.T": BBT spelled with stops
    return any(lowered in names or lowered.startswith(prefixes) for lowered in spelled)


@lru_cache(maxsize=2)
def _organisation_words(strict: bool) -> tuple[frozenset[str], tuple[str, ...]]:
    """credits.yml's organisation words as exact keys (lower case, one tone placement), and each
    with the space a longer name goes on with."""
    words = data.credits().get("organisations") or []
    if strict:  # in brackets after a name, only a publisher: "(Ban Thời sự)" is the author's desk
        words = [w for w in words if w in ("Báo", "Đài", "Tạp chí", "TTXVN", "VOV", "VTV", "Cổng thông tin", "Nguồn", "Theo")]
    lowered = [exact_key(w) for w in words]
    return frozenset(lowered), tuple(w + " " for w in lowered)


def _closes_a_document(segment: Segment) -> bool:
    """A place-and-day line inside the body ("Hoằng Thắng, ngày 27 tháng 3 năm 2024") closes
    the plan or report the page prints: it gives a date and stays part of the text."""
    return segment.kind == "date_line" and published.inside_body(segment) and is_signing_line(segment.text)


def _named_in_body(name: str, blocks: list[Block]) -> bool:
    """The body names the person a headline ends with after a dash: the headline's subject,
    not its writer (who signs, and is not written about)."""
    key = fold(name)
    return any(key in fold(block.text) for block in blocks)


@lru_cache(maxsize=1)
def _label_then_name() -> tuple[list[tuple[re.Pattern[str], bool]], list[re.Pattern[str]]]:
    """credits.yml's byline labels as patterns: each label, longest first, then the name
    (with whether the label credits photos), and the photo labels with their colon left out."""
    labels = data.credits()["byline_labels"]
    labelled = [(re.compile(rf"^{label_pattern(label)}(?:\s*[:：]|{BY_LABEL})\s*(?P<name>.+)$", re.IGNORECASE), "ảnh" in label.lower())
                for label in sorted(labels, key=len, reverse=True)]
    no_colon = [re.compile(rf"^(?i:{re.escape(label)})\s*[:：]?\s+(?P<name>{CAPITAL}.*)$") for label in labels if "ảnh" in label.lower()]
    return labelled, no_colon


def _strip_byline_label(line: str, article: Article) -> str:
    text = clean_byline(line)
    labelled, no_colon = _label_then_name()
    for pattern, photos in labelled:
        match = pattern.match(text)
        if match:
            name = match.group("name").strip()
            if photos:
                _add_credit(article, name)
            text = name
            break
    for pattern in no_colon:
        # a second label, its colon left out: "Tác giả bài viết: Tin, ảnh Phú Bình"
        match = pattern.match(text)
        if match:
            text = match.group("name").strip()
            _add_credit(article, text)
            break
    text = POSTED_AT.sub("", text) or text  # "Được đăng bởi X vào lúc 08:30" (Blogger): the name, not the time
    editor = _EDITOR_AFTER_NAME.search(text)
    if editor and editor.start() > 0:
        text = text[: editor.start()]
    photos = _PHOTOS_AFTER_NAME.search(text)
    if photos:  # "Tuyết Mai – Ảnh: Xuân Vũ": the photographer is a photo credit
        _add_credit(article, photos["photographer"])
        text = text[: photos.start()]
    return text


# Who edited or posted the page, not who wrote it: "Biên tập: Minh Anh", "BTV: …", "Bt: …", "Đăng bởi: Quản trị viên".
# Under the writer's byline it is passed over; alone, it is the page's only signature and stays.
# NukeViet prints the posting account as "Người đăng bài viết:" (modules/news/language/vi.php, post_name).
_HANDLER_LABEL = re.compile(r"(?:biên tập(?:\s+viên)?|btv|bt|đăng bởi|người đăng(?:\s+bài\s+viết|\s+tin)?)\s*[:：]", re.IGNORECASE)
# Blogger's post footer under the body names the account that posted and when ("Đăng bởi X lúc 08:30", "… vào lúc
# 8:30 SA": the post template's byline region, author then timestamp): like "Đăng bởi:", the poster, not the writer
_POSTER_AND_TIME = re.compile(r"đăng bởi\s+\S.{0,60}?\s(?:vào\s+)?lúc\s+\d{1,2}[:h]\d{2}", re.IGNORECASE)


def _handled_by(line: str) -> bool:
    """A line naming who edited or posted the page: passed over under the writer's own byline."""
    return _HANDLER_LABEL.match(clean_byline(line)) is not None or _POSTER_AND_TIME.match(line.strip()) is not None


# "Tin: Thu Hà - Biên tập: Minh Anh": the editor after the writer, on one line
_EDITOR_AFTER_NAME = re.compile(r"\s*[-–—/|,;]\s*(?:biên tập(?:\s+viên)?|btv)\s*[:：]\s*\S.*$", re.IGNORECASE)
_PHOTOS_AFTER_NAME = re.compile(r"\s*[-–—/|,;]\s*(?:ảnh|hình ảnh|hình)\s*[:：]\s*(?P<photographer>\S.*)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _label_then_source() -> list[re.Pattern[str]]:
    """credits.yml's source labels as patterns, longest first, each then the source (compiled once, as the byline's)."""
    labels = sorted(data.credits()["source_labels"], key=len, reverse=True)
    return [re.compile(rf"^{re.escape(label)}\s*[:：]?\s+(?P<source>.+)$", re.IGNORECASE) for label in labels]


_LINKED_ADDRESS = re.compile(r"\s*\(?https?://\S+\)?")


def _strip_source_label(line: str) -> str:
    text = _LINKED_ADDRESS.sub("", line).strip("()[] :")
    for pattern in _label_then_source():
        match = pattern.match(text)
        if match:
            return _strip_source_label(match.group("source"))  # "Nguồn: Theo baoangiang.com.vn": both labels
    return text.rstrip("/ .")  # "hanoimoi.com.vn/": the address as a link ends it


# --- documents ---------------------------------------------------------------


@lru_cache(maxsize=1)
def _document_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # No look-behind at the front: a pattern that starts with \d (not \d{1,4}: a repeat
    # hides it) lets the regex engine jump from digit to digit; what stands before a number
    # is checked in code.
    docs = data.documents()
    types = "|".join(sorted(map(re.escape, docs["party_types"]), key=len, reverse=True))
    issuers = "|".join(sorted(map(re.escape, docs["party_issuers"]), key=len, reverse=True))
    party = re.compile(rf"(?P<num>\d\d{{0,3}})\s*-\s*(?P<type>{types})\s*/\s*(?P<issuer>{issuers})(?![\w])")
    states = "|".join(sorted(map(re.escape, docs["state_issuers"]), key=len, reverse=True))
    state = re.compile(
        rf"(?P<num>\d\d{{0,4}})\s*/\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?(?P<issuer>{states}|(?:NQ|QĐ|CT|KH|TT|NĐ)-[A-ZĐ]{{2,12}}\d{{0,2}})(?![\w])"
    )
    return party, state


def _starts_a_number(text: str, start: int) -> bool:
    """The match begins a number: nothing of a word, date or code right before it."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "/-_")


@lru_cache(maxsize=1)
def _spoken() -> tuple[re.Pattern[str], tuple[str, ...], dict[str, list[tuple[int, dict]]]]:
    """One pattern for every way of naming a known document ("chỉ thị 05"), longest
    first; the words such a name opens with; phrase → the documents it may name."""
    names: dict[str, list[tuple[int, dict]]] = {}
    for rank, known in enumerate(data.documents()["known"]):
        for phrase in known["spoken"]:
            names.setdefault(data.phrase_key(phrase), []).append((rank, known))
    ordered = sorted(names, key=len, reverse=True)
    body = "|".join(r"\W+".join(map(re.escape, key.split())) for key in ordered)
    openers = tuple(sorted({key.split()[0] for key in ordered}))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w|\s*[-/]\s*\w)"), openers, names


def _spoken_names(folded: str) -> Iterator[re.Match[str]]:
    """The known documents' names in folded text, as the pattern's finditer finds them, tried
    only where a name's first word stands: str.find runs through the text in C, where the
    regex engine would try the pattern at every letter (a tenth of find_documents' time)."""
    pattern, openers, _ = _spoken()
    starts = sorted({at for word in openers for at in _occurrences(folded, word)})
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(folded, start)):
            end = match.end()
            yield match


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def find_documents(text: str, article_date: str | None = None, folded: str | None = None) -> list[str]:
    """Document numbers cited in text, normalised, in order of first citation."""
    party, state = _document_patterns()
    docs = data.documents()
    found: list[tuple[float, str]] = []
    for match in party.finditer(text):
        if not _starts_a_number(text, match.start()):
            continue
        issuer = docs["party_issuers"][match.group("issuer")]
        found.append((match.start(), f"{int(match.group('num')):02d}-{match.group('type')}/{issuer}"))
    for match in state.finditer(text):
        if not _starts_a_number(text, match.start()):
            continue
        year = f"/{match.group('year')}" if match.group("year") else ""
        found.append((match.start(), f"{match.group('num')}{year}/{match.group('issuer')}"))
    folded = fold(text) if folded is None else folded
    names = _spoken()[2]
    for match in _spoken_names(folded):
        for rank, known in names.get(phrase_of(match.group(0)), ()):
            if article_date and str(known["date"]) > article_date[:10]:
                continue
            context = [data.phrase_key(c) for c in known.get("context") or ()]
            if context and not any(c in words_around(folded, match.start(), match.end()) for c in context):
                continue
            found.append((match.start() + rank / 10000, known["number"]))
    ordered: list[str] = []
    for _, number in sorted(found):
        if number not in ordered:
            ordered.append(number)
    return ordered


@lru_cache(maxsize=4096)
def phrase_of(matched: str) -> str:
    """A matched phrase with its words joined by single spaces ("kiem tra, giam sat" → "kiem tra giam sat")."""
    return " ".join(WORD_RE.findall(matched))


def words_around(text: str, start: int, end: int, reach: int = 150) -> str:
    """The words within `reach` characters of a span, joined by single spaces."""
    return " ".join(WORD_RE.findall(text[max(0, start - reach) : end + reach]))
