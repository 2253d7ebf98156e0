"""Where on the page a place is named (title, place line, lead, caption, tags, the URL, the publisher),
and how much each part says about the article's subject."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .. import data
from ..article import Article
from ..dates import find_dates
from ..gazetteer import COMMUNE_TYPES, DISTRICT_TYPES, REFORM_DAY, gazetteer
from ..publisher import publisher_of, slug_commune
from ..text import CAPITAL, canonical_tones, exact_key, fold


# How much a place named in each part of the article says about its subject.
ZONE_WEIGHT = {"place_line": 6, "publisher": 6, "title": 5, "url": 4, "url_undated": 1, "tag": 3, "lead": 2, "heading": 2,
               "university": 2, "caption": 1, "paragraph": 1}
STRONG = 5


def _as_date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _written_after_the_reform(article: Article) -> date | None:
    """For an undated article, the latest day it names after 1 July 2025 ("Quy định số 19-QĐ/TU, ngày
    25/12/2025", "Kế hoạch số 02/KH-HĐND ngày 22 tháng 9 năm 2025"): the text was written after the
    reform, so its places are read as the units of then (Kon Đào a commune of Quảng Ngãi, the old
    province's committee a former one). Not the reform's own day, which plans written before it name."""
    written = "\n".join([article.title or "", *(block.text for block in article.blocks)])
    return max((day for day in _days_named(written) if day > REFORM_DAY), default=None)


def _days_named(written: str) -> list[date]:
    """Every whole day the text names with its year (find_dates gives valid days only)."""
    return [date(found.year, found.month, found.day) for found in find_dates(written) if found.year]


def _zones(article: Article) -> list[tuple[str, str]]:
    written = "\n".join([article.title or "", *(block.text for block in article.blocks)])
    zones = list(article.place_hints) + _url_zones(article.source_url, _as_date(article.date), written)
    if article.title:
        zones.append(("title", article.title))
    elif commune := _untitled_pages_slug_commune(article, written):
        zones.append(("title", commune))
    zones.extend((_as_caption(block.kind, block.text), block.text) for block in article.blocks)
    return zones + _university_seats_named(zones)


def _university_seats_named(zones: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The province each public university the text names by a name with no place in it ("Trường Đại học Tây
    Bắc", "ĐH Hồng Đức"; publishers.yml `hosts`, kind organisation) is seated in, as a lead's mention: the
    university is a place of its province as "Trường Đại học Vinh" is of Vinh. Not a longer name that only
    begins so ("Trường Đại học Hùng Vương Thành phố Hồ Chí Minh")."""
    found = []
    for kind, text in zones:
        if kind in ("url", "url_undated", "publisher"):
            continue
        for match in _university_names().finditer(text):
            if _goes_on_as_a_longer_name(text, match):
                continue
            found.append(("university", _as_province_name(_university_seat(match.group(0)))))
    return found


def _goes_on_as_a_longer_name(text: str, match: re.Match[str]) -> bool:
    """The next word opens with a capital (in a line not in capitals): the name is a longer one's start."""
    after = re.match(r"[^\S\n]+(\w+)", text[match.end():])
    return bool(after and after.group(1)[0].isupper() and not match.group(0).isupper())


def _as_province_name(province: str) -> str:
    unit = gazetteer().province_by_name.get(province)
    return f"{'thành phố' if unit and unit.type == 'thành phố' else 'tỉnh'} {province}"


@lru_cache(maxsize=1)
def _university_table() -> dict[str, str]:
    """Distinctive name ("Tây Bắc") → province, for the organisations of publishers.yml `hosts` named without
    a place and without a parent ("Trường Đại học Khoa học - Đại học Huế" is named by its parent), not seated
    in a city whose universities the whole country's news names (`national_university_seats`)."""
    table = {}
    national = set(data.publishers().get("national_university_seats") or ())
    for entry in (data.publishers().get("hosts") or {}).values():
        name = entry.get("name") or ""
        if entry.get("kind") != "organisation" or " - " in name or not name.startswith("Trường Đại học ") or entry.get("province") in national:
            continue
        if not gazetteer().mentions(name):
            table[name.removeprefix("Trường Đại học ")] = entry["province"]
    return table


@lru_cache(maxsize=1)
def _university_names() -> re.Pattern[str]:
    names = [r"[^\S\n]+".join(re.escape(word) for word in name.split()) for name in _university_table()]
    if not names:
        return re.compile(r"(?!)")  # no such university listed: nothing to find
    # "Đại học", "ĐẠI HỌC", "ĐH" in any case, spelt out so that the scan can leap to each "Đ" (a pattern
    # opening with a look-behind, or ignoring case throughout, is tried at every character: 4× slower)
    return re.compile(rf"[Đđ](?<!\w[Đđ])(?:[ạẠ][iI]\s+[Hh][ọỌ][cC]|[Hh])\s+(?i:{'|'.join(names)})(?!\w)")


def _university_seat(written: str) -> str:
    """The province of the university a match of _university_names spells, in any case."""
    name = " ".join(fold(written).split()[2 if fold(written).startswith("dai hoc") else 1:])
    return next(province for listed, province in _university_table().items() if fold(listed) == name)


def _untitled_pages_slug_commune(article: Article, written: str) -> str | None:
    """A page saved without its headline, from a district's site whose slug names one of its communes
    with its type ("…/xa-binh-phu-to-chuc-…"): that commune stands for the headline's, when the text
    names it too (the slug spells the headline the page lost)."""
    commune = slug_commune(article.source_url)
    return commune if commune and exact_key(commune) in exact_key(written) else None


# "Cán bộ Văn phòng HĐND và UBND quận Bình Thủy tiếp công dân (Nguồn: baocantho.com.vn)", "… giữ lấy nước”. (Ảnh:
# Đinh Đăng Định/TTXVN)": a photo's credit closing the line, which is the photo's caption
_PHOTO_CREDIT_CLOSING = re.compile(r"\((?:[Nn]guồn|[Ảả]nh|ẢNH)\s*:[^()]{1,60}\)\s*\.?\s*$")


def _as_caption(kind: str, text: str) -> str:
    """A heading or lead that ends on a photo's credit is a caption read as the lead or a heading:
    it illustrates, and weighs as a caption (a district named only there is no subject)."""
    closes_on_a_bracket = text.rstrip().rstrip(".").endswith(")")  # most lines do not: no search then
    if kind in ("heading", "lead") and closes_on_a_bracket and _PHOTO_CREDIT_CLOSING.search(text, max(0, len(text) - 80)):
        return "caption"
    return kind


def _url_zones(url: str | None, when: date | None, written: str = "") -> list[tuple[str, str]]:
    """The province and district the page's host names, written out as the text would."""
    site = publisher_of(url)
    if site is None or site.province is None or not _of_its_own_organisation(site, written, when):
        return []
    zone, named, district = "url", site.province, site.district
    if site.former_province:  # a merged province's district under the new domain: which, depends on the date
        if when is None:  # the new domain's own province, as weak as a passing mention: the page may be older
            zone, district = "url_undated", None
        elif when >= REFORM_DAY:
            district = None
        else:
            named = site.former_province
    gaz = gazetteer()
    province = gaz.province_by_name.get(named)
    if when is None and _archive_of_a_province_merged_in(named, written):
        return [("url_undated", f"{'thành phố' if province and province.type == 'thành phố' else 'tỉnh'} {named}")]
    zones = [(zone, f"{'thành phố' if province and province.type == 'thành phố' else 'tỉnh'} {named}")]
    after_reform = (when >= REFORM_DAY if when is not None
                   else _written_as_new_commune(site.commune_2025, site.former_province or named, written))
    if site.commune_2025 and after_reform:
        if _COMMUNE_LEVEL_WORD.search(written) is None and _NATIONAL_WORDS.search(written) is not None:
            return zones  # the commune's portal reprinting the country's news (songcau.daklak.gov.vn): no commune
        return [*zones, ("publisher", site.commune_2025)]  # the district's site became the new commune's
    if district:
        kinds = {d.type_on(when) or d.type for d in gaz.districts if d.name == district and d.province == site.district_province}
        zones.append(("url", f"{kinds.pop() if len(kinds) == 1 else 'huyện'} {district}"))
    if site.commune:
        zones.append(("publisher", site.commune))  # the commune's own site, as its masthead would say
    return zones


# A university's own page names it ("Trường Đại học Tây Bắc tổ chức …" on fss.utb.edu.vn); one that never does
# reprints the country's news, a Party guideline or an essay ("Tổng Bí thư Nguyễn Phú Trọng - Nhà lãnh đạo …"
# on tse.daihoctantrao.edu.vn, "Hướng dẫn thực hiện Quy định số 213-QĐ/TW" on danguy.huaf.edu.vn): no news of its province
def _of_its_own_organisation(site, written: str, when: date | None = None) -> bool:
    """Whether the host's province may count for the page: any host's but a named organisation's
    (publishers.yml `hosts`, kind organisation), whose only when the text names the organisation,
    or calls it as its own page does ("Nhà trường", "Đảng bộ Trường": publishers.yml `own_shorthands`);
    not so an undated page of a province merged into another on 1/7/2025, which may be of either."""
    if site.kind != "organisation" or not site.name:
        return True
    spelled = fold(written)
    if any(name in spelled for name in _organisation_spellings(site.name)):
        return True
    province = gazetteer().province_by_name.get(site.province)
    merged_away = province is not None and province.successor != province.name
    return data.own_shorthand().search(written) is not None and (when is not None or not merged_away)


@lru_cache(maxsize=256)
def _organisation_spellings(name: str) -> tuple[str, ...]:
    """"Trường Đại học Y Dược - Đại học Thái Nguyên" → "dai hoc y duoc", "dh y duoc", "dai hoc thai nguyen",
    "dh thai nguyen": each part of the name, folded, without "Trường", and with "ĐH" for "Đại học"."""
    parts = [re.sub(r"^truong ", "", fold(part).strip()) for part in name.split(" - ")]
    parts = [part for part in parts if len(part.split()) >= 3]  # "đại học x", never a lone word
    return tuple(dict.fromkeys([*parts, *(re.sub(r"^dai hoc ", "dh ", part) for part in parts)]))


def _archive_of_a_province_merged_in(host_province: str, written: str) -> bool:
    """An undated page on the site of a province that took others in on 1 July 2025 that names one
    of those ("Giám đốc Công an tỉnh Quảng Nam", "ở Quảng Nam" on thangtruong.danang.gov.vn,
    mattran.danang.gov.vn), never the host's own, and no day after the merger: as likely the merged
    province's archive carried over, so the host's province and commune weigh as a passing mention.
    A day after the merger ("ngày 25/12/2025") makes the named province a former one, the host's right."""
    merged_in = [p.name for p in gazetteer().provinces if p.successor == host_province and p.name != host_province]
    if not merged_in:
        return False
    spelled = canonical_tones(written).lower()
    if exact_key(host_province) in spelled or not any(exact_key(name) in spelled for name in merged_in):
        return False
    return not any(day >= REFORM_DAY for day in _days_named(written))


# A district's own bodies written without its name ("Huyện ủy đã chỉ đạo", "toàn huyện có", "UBND huyện tổ
# chức"; not "UBND huyện Hoằng Hóa", the mention itself), and a commune's ("HĐND xã", "Đảng ủy phường")
_UNNAMED_DISTRICT_BODY = re.compile(
    rf"(?:(?P<committee>Huyện|Quận|Thị|Thành) [uủ][yỷ]|(?:toàn|UBND|HĐND|Đảng bộ) (?P<unit>huyện|quận|thị xã|thành phố))"
    rf"(?![ \t]*{CAPITAL})")
_UNNAMED_COMMUNE_BODY = re.compile(rf"(?:UBND|HĐND|Đảng [uủ][yỷ]|Đảng bộ) (?P<unit>xã|phường|thị trấn)(?![ \t]*{CAPITAL})")


def _written_as_new_commune(commune: str | None, province: str, written: str) -> bool:
    """An undated page on a former district's site that names the place as the commune of 2025
    only ("UBND xã Quốc Oai", "Đảng ủy xã Mường Ảng" on quocoai.hanoi.gov.vn, muongang.dienbien.gov.vn),
    never as the district, was written after 1 July 2025, when the site became the commune's:
    not when the province had a commune of that type and name before (the text may be older), one merged or
    retyped by 2024 aside (xã Tiên Điền, then a township until the reform: not the site's past unit)."""
    if not commune:
        return False
    kind = next(kind for kind in COMMUNE_TYPES if commune.startswith(kind + " "))
    name = commune[len(kind) + 1 :]
    if any(c.era == "legacy" and not c.former and c.type == kind and c.province == province
           for c in gazetteer().communes(exact_key(name))):
        return False
    spelled = canonical_tones(written).lower()
    key = exact_key(name)
    if re.search(rf"(?:{'|'.join(DISTRICT_TYPES)}) {re.escape(key)}(?!\w)", spelled) is not None:
        return False
    return re.search(rf"{kind} {re.escape(key)}(?!\w)", spelled) is not None or _of_its_commune_unnamed(written, kind)


# "xã Mường Ảng", "phường Tân Phong": a commune written with its type and name (any commune's)
_NAMED_COMMUNE = re.compile(rf"(?:[Xx]ã|[Pp]hường|[Tt]hị\s+trấn)\s+(?:{CAPITAL}|\d)")


def _of_its_commune_unnamed(written: str, kind: str) -> bool:
    """The text speaks of a commune's bodies of the 2025 commune's type, unnamed ("Đảng ủy xã công bố …",
    "Chủ tịch UBND xã"), more than of a district's, and names no commune at all: the news of the commune
    the site now belongs to, its name left to the masthead (16 development pages of 16 communes' sites, former
    districts' among them, have such a text, all labelled with the site's commune; a district's site before the
    reform would name the commune it tells of)."""
    if _NAMED_COMMUNE.search(written):
        return False
    bodies = sum(1 for match in _UNNAMED_COMMUNE_BODY.finditer(written) if match["unit"] == kind)
    return bodies > len(_UNNAMED_DISTRICT_BODY.findall(written))
# any commune-level unit word, named or not ("xã", "Đảng ủy phường", "đặc khu"), not "xã hội" (society)
_COMMUNE_LEVEL_WORD = re.compile(r"(?:[Xx]ã(?!\s+hội)|[Pp]hường|[Đđ]ặc\s+khu)(?!\w)")
# the country's bodies and events: "Trung ương Đoàn", "Bộ Chính trị", "Quốc hội", "đại hội toàn quốc", "cả nước", the
# National Congress by its number ("Đại hội XIII"), a day of the whole people ("Ngày Biên phòng toàn dân"; not "toàn dân
# tộc", the great unity festival every hamlet holds), the Party's congresses "at all levels" ("đại hội đảng các cấp") and
# the Party's ideology ("bảo vệ nền tảng tư tưởng của Đảng", "mặt trận tư tưởng, văn hóa của Đảng")
_NATIONAL_WORDS = re.compile(r"Trung\s+ương|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Chính\s+phủ|Quốc\s+hội|toàn\s+quốc|cả\s+nước"
                             r"|Đại\s+hội\s+(?:X|XI|XII|XIII|XIV)\b|toàn\s+dân(?!\s+tộc)|các\s+cấp\b"
                             r"|tư\s+tưởng(?:,?\s+văn\s+h(?:óa|oá))?\s+của\s+Đảng\b")
