"""The province and district an article is about, and then its commune (communes.py). Each place
mention (mentions.py) votes by the part of the page it stands in (zones.py), by its unit type and the
Party committees named; a name shared by several units is settled by context or not at all."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from .. import data
from ..article import Article, Evidence
from ..gazetteer import (COMMUNE_TYPES, DISTRICT_TYPES, REFORM_DAY, Commune, District, Gazetteer, Mention, Province, gazetteer,
                         unit_words_pattern)
from ..publisher import publisher_of
from ..text import CAPITAL, exact_key, phrase_alternation
from .zones import STRONG, ZONE_WEIGHT, _COMMUNE_LEVEL_WORD, _NATIONAL_WORDS
from .mentions import (_BRAND_WORD_BEFORE, _CAPITAL_KEYS, _LOCAL_SCHOOL_BEFORE, _PUBLISHER_ZONES, _Seen, _classify,
                       _district_word, _era, _name_key, _observe, _whole_word)
from .communes import (_COMMUNE_SUBJECT, _DISTRICT_LEVEL_WORD, _PLURAL_COMMUNES, _UNNAMED_COMMUNE_BODY, _UNNAMED_DISTRICT_BODY,
                       _address_joint, _choose_commune, _commune_site, _commune_word_at_end, _named_up_front_only_in_lists,
                       _opening_sentences, _type_on, _unit_key)


def resolve_places(article: Article, gaz: Gazetteer, when: date | None) -> None:
    """Province (as on the article's date) and locality, each from weighed mentions;
    a name several units share is settled by the others named with it, or not at all."""
    seen, past, province_scope, district_scope, text = _observe(article, gaz)
    province, commune, votes = _province_and_commune(article, seen, gaz, when, province_scope, text)
    if not _decide_province(article, seen, past, gaz, when, text, province, commune, votes):
        return
    if commune is not None:
        _decide_commune(article, seen, commune)
    else:
        _decide_district(article, seen, gaz, when, province, province_scope, district_scope, text)
    if article.locality is None:
        _thin_win_without_a_place(article, votes, province)


def _thin_win_without_a_place(article: Article, votes: Counter, province: Province) -> None:
    """A province that wins on 5 points or fewer (a lead's mention and one more) over another
    province the text names, with no district or commune of it chosen, is to review: 5 of 20
    such development pages were wrong (3 of 12 with the URL), the rest of the votes a
    visitor's, a founder's or a venue's place."""
    evidence = article.evidence.get("province")
    if evidence is None or evidence.weak or not 0 < votes.get(province, 0) <= 5:
        return
    if any(score > 0 for other, score in votes.items() if other != province):
        evidence.weak = True
        evidence.reasons.append("thắng với ít điểm trước một tỉnh khác bài nêu, không có huyện, xã nào của tỉnh")


def _province_and_commune(article: Article, seen: list[_Seen], gaz: Gazetteer, when: date | None, province_scope: int,
                          text: str) -> tuple[Province | None, Commune | None, Counter]:
    """The province the votes choose (or the chosen commune's), the commune, and the votes."""
    votes = _province_votes(seen, gaz, when, text, with_company_names=False)
    with_lists = any(item.in_a_list for item in seen) and not _named_as_a_province_outside_lists(votes, seen, gaz, when)
    if with_lists:
        votes = _province_votes(seen, gaz, when, text, with_lists=True, with_company_names=False)
    scattered = _scattered_with_company_names(seen, gaz, when, text, with_lists)
    regional = _region_in_title().search(article.title or "") is not None
    province = None if scattered or regional else _choose_province(votes, seen, gaz, when)
    commune = _choose_commune(article, seen, province, gaz, when, province_scope, text)
    if province is None and commune is not None:
        province = gaz.province_by_name.get(commune.province)
    return province, commune, votes


@lru_cache(maxsize=1)
def _region_in_title() -> re.Pattern[str]:
    """Where a title places its news in a region of several provinces ("… ở Tây Nguyên", "tại các tỉnh
    miền Trung"; abbreviations.yml region_names): a region's news, with no province of its own."""
    regions = phrase_alternation(data.region_names())
    return re.compile(rf"(?<!\w)(?:ở|tại|trên\s+địa\s+bàn)\s+(?:(?:các\s+)?tỉnh\s+|vùng\s+)?(?:{regions})(?!\w)", re.IGNORECASE)


def _decide_province(article: Article, seen: list[_Seen], past: list[_Seen], gaz: Gazetteer, when: date | None, text: str,
                     province: Province | None, commune: Commune | None, votes: Counter) -> bool:
    """Decide the province, or say why not; whether a locality may be decided within it."""
    if province is None:
        article.evidence["province"] = Evidence([_vote_text(votes) or "bài không nêu địa danh nào đủ rõ"], weak=bool(votes))
        return False
    current = _under_its_former_name(gaz.province_on(province, when), seen, when)
    if _hosted_in_a_text_of_no_province(article, seen, past, gaz, when, text, province):
        article.evidence["province"] = Evidence(
            [f"chỉ tên miền của trang nêu {current.name}, trong bài về cơ quan, sự kiện cả nước không nêu đơn vị nào"], weak=True)
        return False
    host_only, rivals = _named_by_host_only(article, seen, past, gaz, when, text, province)
    if rivals:
        article.evidence["province"] = Evidence(
            [f"chỉ tên miền của trang nêu {current.name}, còn bài nêu {', '.join(p.name for p in rivals)}"], weak=True)
        return False
    why = _vote_text(votes) or f"theo {commune.type} {commune.name}"
    seat_only = not host_only and _named_by_a_universitys_seat_only(seen, gaz, when, text, province)
    article.decide("province", current.name, why + ("; chỉ tên miền của trang nêu tỉnh này" if host_only else "")
                   + ("; chỉ tên trường đại học đặt ở tỉnh này nêu tỉnh" if seat_only else ""),
                   weak=host_only or seat_only or _weak_vote(votes, province))
    successor = gaz.successor_2025(current)
    article.province_2025 = successor.name if successor else None
    return True


def _named_by_a_universitys_seat_only(seen: list[_Seen], gaz: Gazetteer, when: date | None, text: str,
                                      province: Province) -> bool:
    """The province wins on the seat of a university the text names ("Trường Đại học Tây Bắc": Sơn La;
    zones._university_seats_named) and on nothing else the text names: its own page, or a page that names
    it in passing; an editor should look, as on a page only a university's host places."""
    if not any(item.zone == "university" for item in seen):
        return False
    others = [item for item in seen if item.zone not in ("university", *_HOST_ZONES)]
    return not _province_votes(others, gaz, when, text, with_lists=True).get(province)


def _under_its_former_name(current: Province, seen: list[_Seen], when: date | None) -> Province:
    """An undated article that writes the name a province bore until it was renamed ("Tỉnh ủy Thừa Thiên
    Huế", the name until 31 December 2024, then Huế) was written while that name was in use: the province
    under that name, however often the text says the short one ("Đại học Huế")."""
    if when is not None or current.since is None:
        return current
    renamed = [p for item in seen if item.zone not in _PUBLISHER_ZONES for p in item.mention.provinces
               if p.code == current.code and p.until is not None and p.until + timedelta(days=1) == current.since]
    return renamed[0] if renamed else current


def _decide_commune(article: Article, seen: list[_Seen], commune: Commune) -> None:
    spelled = Counter(item.mention.text for item in seen if commune in item.mention.communes)
    hosted_only = all(item.zone in _PUBLISHER_ZONES for item in seen if commune in item.mention.communes)
    if hosted_only and _relays_the_provinces_news(article):
        article.evidence["locality"] = Evidence(
            [f"chỉ trang đăng bài nêu {commune.type} {commune.name}, bài nói về tỉnh, không có chữ xã, huyện nào"], weak=True)
        return
    article.decide("locality", f"{commune.type} {_as_written(commune.name, spelled)}",
                   "chỉ trang đăng bài (tên miền, dòng đầu trang) nêu xã, phường này" if hosted_only
                   else "xã, phường được nói tới ở tiêu đề hoặc đoạn mở đầu", weak=hosted_only)


# "tỉnh", "Tỉnh ủy", "UBND tỉnh": the province's own word; "thị trấn": a commune's word the commune pattern leaves out
_PROVINCE_WORD = re.compile(r"(?<!\w)[Tt]ỉnh(?!\w)")
_TOWNSHIP_WORD = re.compile(r"(?<!\w)[Tt]hị\s+trấn(?!\w)")
_RELAYED_PROVINCE_WORDS = 2


def _relays_the_provinces_news(article: Article) -> bool:
    """A text naming the province's bodies ("Chủ tịch UBND tỉnh … gửi lời chúc mừng năm mới", "HĐND tỉnh khóa
    X") twice or more and not one word of a district or commune ("huyện", "xã", "phường", "thị trấn"; not
    "xã hội"): on a commune's own portal it is the province's news relayed, not the commune's (3 development
    pages of 3 sites, all labelled with no locality; 2 read as the host's commune before)."""
    written = "\n".join([article.title or "", *(block.text for block in article.blocks)])
    if any(word.search(written) for word in (_COMMUNE_LEVEL_WORD, _DISTRICT_LEVEL_WORD, _TOWNSHIP_WORD)):
        return False
    return len(_PROVINCE_WORD.findall(written)) >= _RELAYED_PROVINCE_WORDS


def _decide_district(article: Article, seen: list[_Seen], gaz: Gazetteer, when: date | None, province: Province,
                     province_scope: int, district_scope: int, text: str) -> None:
    """The district the votes choose, or one of its communes the page shows to be the subject;
    with no district, the commune the text names over and over, or the one a school's site is named after."""
    districts = _district_votes(seen, province, when)
    district = _choose_district(districts, seen, province, when, province_scope, district_scope, text)
    if district is not None and _hosted_in_a_text_of_no_district(districts, district, article):
        district = None
    if district is None:
        _decide_without_district(article, seen, gaz, when, province)
        return
    if _news_of_an_unnamed_commune(seen, text):
        article.evidence["locality"] = Evidence(
            [f"{district.name}: bài nói về các cơ quan của một xã không nêu tên (“Đảng ủy xã”), không phải của huyện"], weak=True)
        return
    rival = _commune_beside(seen, district, when, text) if districts.weak else None
    if rival is not None:
        _settle_rival(article, seen, gaz, when, district, rival, text)
        return
    outnumbering = _commune_outnumbering_its_district(seen, district, when)
    if outnumbering is not None and not _named_up_front_only_in_lists(seen, outnumbering[0], text, gaz):
        commune, written, times = outnumbering
        article.decide("locality", f"{commune.type} {written}",
                       f"bài viết {commune.type} {written} kèm loại {times} lần, nhiều hơn {district.name}", weak=True)
        return
    if _named_once_bare(districts, district):
        article.evidence["locality"] = Evidence([f"{district.name}: bài chỉ nêu tên này một lần, không kèm loại đơn vị"], weak=True)
        return
    kind = _type_on(district, districts.written, when)
    if kind is None:
        article.evidence["locality"] = Evidence(
            [f"{district.name}: bài không ghi ngày, không viết loại đơn vị, mà đơn vị đã đổi loại"], weak=True)
        return
    name = _as_written(district.name, districts.spelling[district])
    why = f"{districts.scores[district]:g} điểm địa danh cấp huyện"
    own = _own_commune_in(seen, district)
    if own:  # a commune's own site: its news may be of the commune rather than the district
        why += f"; trang của {own}, đơn vị cấp xã thuộc nơi này"
    # never written with its type ("huyện Nhà Bè"), only as a bare name a commune, a company or a
    # person may bear, and on 6 or 7 points (under 6, listed anyway): to review (3 of 9 such
    # development pages were wrong)
    bare = not districts.written[district] and districts.scores[district] < 8
    article.decide("locality", f"{kind} {name}", why, weak=districts.weak or own is not None or bare)


def _news_of_an_unnamed_commune(seen: list[_Seen], text: str) -> bool:
    """The text speaks of one commune's own bodies without its name ("Bí thư Đảng ủy xã", "Đảng uỷ phường")
    more than of a district's, never of several communes ("các xã", "5 xã") and names no commune with its
    type: the news of a commune, its name left to the masthead (a commune's portal), not of the district
    named around it (19 development pages of 19 sites have such a text: each labelled with a commune or
    none, never a district)."""
    if any(item.mention.written_type in COMMUNE_TYPES for item in seen if item.zone not in _PUBLISHER_ZONES):
        return False
    communes = len(_UNNAMED_COMMUNE_BODY.findall(text))
    return bool(communes) and not _PLURAL_COMMUNES.search(text) and communes > len(_UNNAMED_DISTRICT_BODY.findall(text))


def _settle_rival(article: Article, seen: list[_Seen], gaz: Gazetteer, when: date | None, district: District, rival: str,
                  text: str) -> None:
    """A thinly chosen district and one of its communes, both named up front: the commune when the lead writes
    the district as its address, in brackets, or the text writes the commune out more often; else unsettled."""
    addressed = _commune_before_its_district_in_brackets(seen, district, when, text)
    if addressed is not None:
        article.decide("locality", f"{addressed[0].type} {addressed[1]}",
                       f"đoạn mở đầu nêu {rival} với {district.name} trong ngoặc sau nó, như địa chỉ của xã", weak=True)
        return
    outwritten = _rival_written_out_more(seen, district, when, rival)
    if outwritten is not None and not _named_up_front_only_in_lists(seen, outwritten[0], text, gaz):
        commune, written, times = outwritten
        article.decide("locality", f"{commune.type} {written}",
                       f"đoạn mở đầu nêu cả {district.name} lẫn {rival}, bài viết {commune.type} {written} kèm loại "
                       f"{times} lần, nhiều hơn mọi lần nêu {district.name}", weak=True)
        return
    article.evidence["locality"] = Evidence(
        [f"đoạn mở đầu nêu cả {district.name} lẫn {rival}: chưa rõ bài nói về huyện hay xã"], weak=True)


def _decide_without_district(article: Article, seen: list[_Seen], gaz: Gazetteer, when: date | None, province: Province) -> None:
    """No district chosen: the commune the text names over and over, or the one a school's site is named after."""
    province_then = gaz.province_on(province, when)
    over = _commune_named_over_and_over(seen, province_then, when)
    if over is not None and not _of_several_communes(article):
        commune, written, times = over
        article.decide("locality", f"{commune.type} {written}",
                       f"bài viết {commune.type} {written} kèm loại {times} lần, hơn gấp đôi mọi xã khác, nhiều hơn mọi huyện",
                       weak=True)
        return
    school = _schools_commune(article, gaz, province_then, when)
    if school is not None:
        article.decide("locality", f"{school.type} {school.name}", "chỉ tên miền của trường nêu xã, phường này (trường mang tên xã)",
                       weak=True)


def _hosted_in_a_text_of_no_district(votes: _DistrictVotes, district: District, article: Article) -> bool:
    """A district only the page's host names, in a text of the country's bodies ("Trung ương", "Bộ
    Chính trị", "toàn quốc") without one word of a district ("huyện", "quận", "thị xã", "thành phố"):
    a district portal reprinting the country's news (the Youth Union's national congress on
    taichinh.cujut.daknong.gov.vn), not news of the district. A district's own news says "huyện ủy",
    "trong huyện", or speaks of no national body, even when it leaves the name to the masthead."""
    if votes.hosted[district] < votes.scores[district]:
        return False
    written = "\n".join([article.title or "", *(block.text for block in article.blocks)])
    return _DISTRICT_LEVEL_WORD.search(written) is None and _NATIONAL_WORDS.search(written) is not None


@lru_cache(maxsize=1)
def _unit_word() -> re.Pattern[str]:
    """Any unit's word, named or not, in any case ("tỉnh", "Thành ủy", "của huyện", "phường"): the words of
    place_types and party_committees in abbreviations.yml; not "xã hội" (society)."""
    units = unit_words_pattern(("tỉnh", *DISTRICT_TYPES, *COMMUNE_TYPES), abbreviations=False)
    committees = phrase_alternation(data.abbreviations()["party_committees"])
    committees = committees.replace("ủy", "[uủ][yỷ]")  # both spellings, as the place reader reads them
    return re.compile(rf"(?<!\w)(?:{committees}|{units})(?!\w)(?!\s+hội\b)", re.IGNORECASE)


def _hosted_in_a_text_of_no_province(article: Article, seen: list[_Seen], past: list[_Seen], gaz: Gazetteer,
                                     when: date | None, text: str, province: Province) -> bool:
    """A province only the page's host names, in a text whose title or lead speaks of the country's
    bodies ("Trung ương", "Bộ Chính trị", "Quốc hội", "toàn quốc") and which has not one unit word
    ("tỉnh", "huyện", "xã", "Tỉnh ủy") nor a body of the site's own ("Chi bộ", "Đảng bộ", "nhà trường";
    publishers.yml own_bodies): a provincial site reprinting national news (the country's election, a
    national congress), not news of the province, as a district's portal reprinting it is not the
    district's (_hosted_in_a_text_of_no_district). 4 development pages of 4 sites, each labelled with no
    province; no page with a province of its own has this shape."""
    if not any(item.zone in _HOST_ZONES for item in seen):
        return False
    in_text = _province_votes([item for item in seen if item.zone not in _HOST_ZONES] + past, gaz, when, text, with_lists=True)
    if in_text.get(province):
        return False
    written = "\n".join([article.title or "", *(block.text for block in article.blocks)])
    lead = next((block.text for block in article.blocks if block.kind in ("lead", "paragraph")), "")
    national = _NATIONAL_WORDS.search(f"{article.title or ''}\n{lead}") is not None
    written = _without_generic_or_national_bodies(written)
    return national and _unit_word().search(written) is None and data.own_bodies().search(written) is None


@lru_cache(maxsize=1)
def _generic_or_national_body() -> re.Pattern[str]:
    """A unit or body word after "các", "cấp" or a number, or before "các", "cấp" ("63 tỉnh, thành", "các
    đảng bộ", "đảng bộ các cấp"), or opening a name (a capital, then up to eight words) that ends in
    "Trung ương", "Việt Nam": a national body's."""
    body = rf"(?:{_unit_word().pattern}|{data.own_bodies().pattern})"
    generic, ends = phrase_alternation(data.generic_body_words()), phrase_alternation(data.national_name_ends())
    space = r"[^\S\n]+"  # within a line
    return re.compile(rf"(?<!\w)(?:(?:{generic})|\d+){space}{body}|{body}{space}(?:{generic})(?!\w)"
                      rf"|{body}(?-i:{space}{CAPITAL}\w*(?:{space}\w+){{0,7}}?){space}(?:{ends})(?!\w)", re.IGNORECASE)


def _without_generic_or_national_bodies(written: str) -> str:
    """The text less the unit and body words that are no one place's own: generic ("cấp huyện", "các đảng bộ",
    "63 tỉnh, thành", "đảng bộ các cấp") or a national body's ("Đảng ủy Khối Doanh nghiệp Trung ương", "Đảng bộ
    Tập đoàn Điện lực Việt Nam", and "Đảng bộ EVN" where the text gives that name the acronym "(EVN)"):
    a provincial site reprinting the country's news speaks so of the country, not of its province
    (publishers.yml generic_body_words, national_name_ends)."""
    ends = phrase_alternation(data.national_name_ends())
    acronyms = set(re.findall(rf"(?:{ends})\s*\(([A-ZĐ][A-ZĐ0-9]+)\)", written))
    if acronyms:
        body = rf"(?:{data.own_bodies().pattern})"
        written = re.sub(rf"{body}[^\S\n]+(?:{'|'.join(map(re.escape, acronyms))})(?!\w)", " ", written, flags=re.IGNORECASE)
    return _generic_or_national_body().sub(" ", written)


def _schools_commune(article: Article, gaz: Gazetteer, province: Province, when: date | None) -> Commune | None:
    """The commune a school's host names (mnducchau.pgdductho.edu.vn: the nursery school of xã Đức
    Châu), when the text settles no place below the province: a school serves its commune. Not a
    commune merged away (the school keeps the old name: mnnamsai.pgdsapa.edu.vn, now xã Liên Minh)."""
    site = publisher_of(article.source_url)
    if site is None or site.school_commune is None:
        return None
    kind, name = site.school_commune.split(" ", 1) if not site.school_commune.startswith("thị trấn") else ("thị trấn", site.school_commune[9:])
    era = _era(when)
    found = [c for c in gaz.communes(exact_key(name)) if c.type == kind and not c.former and (era is None or c.era == era)
             and c.province in (province.name, province.successor)]
    return found[0] if len({_unit_key(c) for c in found}) == 1 else None


def _own_commune_in(seen: list[_Seen], district: District) -> str | None:
    """The commune whose own site the page is (its host names it), when it lies in the district."""
    for item in seen:
        for commune in item.mention.communes if item.zone == "publisher" else ():
            if commune.district == district.code:
                return f"{commune.type} {commune.name}"
    return None


_HOST_ZONES = ("url", "url_undated")


def _named_by_host_only(article: Article, seen: list[_Seen], past: list[_Seen], gaz: Gazetteer, when: date | None,
                        text: str, province: Province) -> tuple[bool, list[Province]]:
    """Whether an organisation's host names the province and nothing in the text does
    ("tpcduyenhai.com.vn", a power plant's site, reprinting national news): an editor should
    look; and the other provinces the text names then, which leave the province unknown (a
    Đà Nẵng site's page on Đồng Tháp). A provincial paper's or portal's host is trusted:
    their text says "tỉnh" without the name; unless all the text names is another province,
    once in passing (_named_once_in_passing). Where history happened (past) is a place the text
    names too: a Bảo Lộc youth union's page retelling Pác Bó, Cao Bằng, is not Lâm Đồng's news."""
    site = publisher_of(article.source_url)
    if site is None or not any(item.zone in _HOST_ZONES for item in seen):
        return False, []
    in_text = _province_votes([item for item in seen if item.zone not in _HOST_ZONES] + past, gaz, when, text, with_lists=True)
    if in_text.get(province):
        return False, []
    if site.kind != "organisation":
        return False, _named_once_in_passing(in_text)
    return True, [named for named, _ in in_text.most_common()]


# "Tỉnh ủy Ninh Bình đã ra kế hoạch …" on chuse.gialai.gov.vn, "lãnh đạo tỉnh Thái Nguyên quan tâm" on
# sotaydangvien.tuyenquang.dcs.vn: a portal's page that never names its own province, and names another
# once in the body, reprints that province's news; 5 development pages of 5 sites, each decided by the
# host and wrong (a named province of more weight, or the host's named too, decides as before)
def _named_once_in_passing(in_text: Counter) -> list[Province]:
    """The other provinces a portal's page names, when together they are one passing mention."""
    return list(in_text) if 0 < sum(in_text.values()) < 2 else []


def _commune_beside(seen: list[_Seen], district: District, when: date | None, text: str = "") -> str | None:
    """The one commune of a thinly chosen district that the title or lead also names as a
    commune ("xã Tấn Mỹ, huyện Chợ Mới"): the news may be the commune's or the district's.
    A commune the lists place elsewhere counts too when the text writes the district as its
    address ("xã Hy Cương, huyện Lâm Thao": a commune moved to Việt Trì in 2006; "xã Phước Hội,
    huyện Đất Đỏ": a district merged into Long Đất in 2025): the text's own address, not the lists', decides."""
    era = _era(when)
    district_at = {item.mention.start for item in seen if district in _classify(item.mention, when)[1]}
    named = {
        _name_key(item.mention.text): f"{item.mention.written_type} {item.mention.text}"
        for item in seen
        if item.zone in ("title", "lead") and item.mention.written_type in COMMUNE_TYPES
        and _name_key(item.mention.text) != _name_key(district.name) and not _held_at(text, item.mention)
        and (any(c.district == district.code and (era is None or c.era == era) for c in item.mention.communes)
             or _addressed_to(text, item.mention, district_at))
    }
    return next(iter(named.values())) if len(named) == 1 else None


# "tại Khu Di tích lịch sử cách mạng xã Sơn Dương", "tổ chức tại Trung tâm văn hóa thể thao xã Hạ Long": a named
# place in the commune after "tại", in the same clause (no comma), is where an event was held; not "làm việc tại xã
# Tấn Mỹ" (the commune visited) nor a commune body ("tại UBND xã …", "tại Đảng ủy xã …": its people met there)
_HELD_AT_BEFORE = re.compile(r"\btại\s+(?P<place>[^\s,.;:()][^,.;:()\n]{0,60})$")  # the unit word before the name taken off


def _held_at(text: str, commune: Mention) -> bool:
    """The lead names the commune only as where a named place that held an event lies ("tại Khu Di
    tích … xã Sơn Dương, Thành ủy Hạ Long tổ chức …"): the venue of the district's event, not a rival
    subject (the shape is in the lead of 3 development pages of 3 sites, all labelled with the district;
    2 were left unknown before); an address after a comma ("tại đồi Pụ Miếu, xóm Phụng Hiển, xã Điềm
    Mặc"), "ở xã …" or "tại UBND xã …" may still be the subject."""
    start = max(0, commune.start - 80)
    before = _commune_word_at_end().sub("", text[start:commune.start])
    held = _HELD_AT_BEFORE.search(before)
    # the named place is no other commune ("tại xã Tấn Mỹ và xã Mỹ Hiệp": the two communes visited)
    return held is not None and not _COMMUNE_LEVEL_WORD.search(held["place"]) and not _COMMUNE_SUBJECT.search(before)


def _addressed_to(text: str, commune: Mention, district_at: set[int]) -> bool:
    """The commune is written with one of the district's mentions right after it as its address."""
    joint = _address_joint().match(text, commune.start + len(commune.text))
    return joint is not None and joint.end() in district_at


# "xã Đắk P'lao (Đắk Glong)", "xã Phú Thượng (huyện Phú Vang)", "xã Nhơn Hòa Lập (huyện Tân Thạnh, tỉnh Long An)":
# the district in brackets right after a commune, as the commune's address
@lru_cache(maxsize=1)
def _district_in_brackets() -> re.Pattern[str]:
    return re.compile(rf"\s*\(\s*(?:{_district_word()}\s*)?", re.IGNORECASE)


def _commune_before_its_district_in_brackets(seen: list[_Seen], district: District, when: date | None,
                                             text: str) -> tuple[Commune, str] | None:
    """The commune of a thinly chosen district that the title or lead writes with that district in
    brackets after it, and its name as written there: the district is the commune's address, the news
    the commune's (4 development pages of 4 sites, all labelled with the commune; a comma instead, "xã
    Bình Yên, huyện Sơn Dương", is as often the district's news or neither's, and stays unsettled)."""
    era = _era(when)
    district_at = {item.mention.start for item in seen if district in _classify(item.mention, when)[1]}
    found = {}
    for item in seen:
        if item.zone not in ("title", "lead") or item.mention.written_type not in COMMUNE_TYPES:
            continue
        own = [c for c in item.mention.communes if c.district == district.code and (era is None or c.era == era)]
        joint = _district_in_brackets().match(text, item.mention.start + len(item.mention.text))
        if own and joint is not None and joint.end() in district_at:
            found[_unit_key(own[0])] = own[0], item.mention.text
    return next(iter(found.values())) if len(found) == 1 else None


# "xã Hồng Việt" five times against "huyện Hòa An" three, "xã Hoằng Xuân" eleven times: a commune written with its
# type four times or more is the page's subject; a passing name seldom comes so often
_WRITTEN_OUT_OFTEN = 4


def _commune_outnumbering_its_district(seen: list[_Seen], district: District, when: date | None) -> tuple[Commune, str, int] | None:
    """The one commune of the chosen district that the article writes with its type four times or more,
    more often than it names the district and twice as often as any other commune ("Huyện ủy Thiệu Hóa
    … khai trừ" once or twice, "xã Thiệu Công" seven times; "huyện Hòa An đã chọn … xã Hồng Việt tổ chức
    Đại hội điểm"): the news is the commune's, the district its setting. The shape is on 75 development
    pages of 75 sites, labelled with that commune on 71; the converter had taken the district on 2 of them."""
    typed, found, named = _district_and_its_communes_written(seen, district, when)
    if not typed:
        return None
    (key, times), *rest = typed.most_common()
    if times < _WRITTEN_OUT_OFTEN or times <= named or (rest and 2 * rest[0][1] > times):
        return None
    return found[key][0][0], found[key][1], times


# the rival commune written with its type this often, more than the district is named: "xã A của huyện B" in the
# lead, "xã A" again in the body
_RIVAL_WRITTEN_OUT = 2


def _rival_written_out_more(seen: list[_Seen], district: District, when: date | None, rival: str) -> tuple[Commune, str, int] | None:
    """The commune the title or lead names beside a thinly chosen district of its own, written with its type
    twice or more and more often than the text names the district (never by the page's host alone): the
    district is its address, the news the commune's."""
    typed, found, named = _district_and_its_communes_written(seen, district, when)
    if len(typed) != 1:
        return None
    (key, times), = typed.items()
    commune, written = found[key][0][0], found[key][1]
    if times < _RIVAL_WRITTEN_OUT or times <= named or not named or exact_key(f"{commune.type} {written}") != exact_key(rival):
        return None
    return commune, written, times


def _district_and_its_communes_written(seen: list[_Seen], district: District, when: date | None) -> tuple[Counter, dict, int]:
    """How often each commune of the district (of the article's era) is written with its type, its first
    spelling, and how often the text names the district itself (never by the page's host alone)."""
    era = _era(when)
    typed, found = _communes_written_out(seen, lambda c: c.district == district.code and (era is None or c.era == era),
                                         lambda mention, own: _unit_key(own[0]))
    named = sum(1 for item in seen if item.zone not in _PUBLISHER_ZONES and not item.mention.communes
                and district in _classify(item.mention, when)[1])
    return typed, found, named


def _communes_written_out(seen: list[_Seen], keep, key_of) -> tuple[Counter, dict]:
    """How often each commune that `keep` admits is written with its type outside the publisher's
    zones, counted under key_of(mention, communes); and, for each key, its first (communes, text)."""
    typed: Counter = Counter()
    found: dict = {}
    for item in seen:
        if item.zone in _PUBLISHER_ZONES or item.mention.written_type not in COMMUNE_TYPES:
            continue
        own = [c for c in item.mention.communes if keep(c)]
        if own:
            key = key_of(item.mention, own)
            typed[key] += 1
            found.setdefault(key, (own, item.mention.text))
    return typed, found


def _of_several_communes(article: Article) -> bool:
    """The title or the lead's opening tells of several communes ("đã tới thăm, tặng quà đồng bào ở 2 xã Hang Kia
    và Pà Cò (huyện Mai Châu)"): the news is of them all or of their district, however often one is named."""
    return any(_PLURAL_COMMUNES.search(text) for text in [article.title or "", *_opening_sentences(article)])


def _commune_named_over_and_over(seen: list[_Seen], province: Province, when: date | None) -> tuple[Commune, str, int] | None:
    """With no district chosen, the one commune of the province written with its type four times or more, over
    twice as often as any other commune and more often than any district is named ("Đảng bộ xã Hoằng Xuân mới" …
    "Xã tiếp giáp các xã Hoằng Kim, Hoằng Phú" … "huyện Hoằng Hoá" once): the page is that commune's, its
    neighbours and district its setting (5 development pages of 5 sites, unknown before). Twice as often is
    a pair visited ("xã Nhựt Ninh" four times, "xã Thuận Mỹ" twice: a district's delegation)."""
    era = _era(when)
    typed, found = _communes_written_out(
        seen, lambda c: (era is None or c.era == era) and c.province in (province.name, province.successor),
        lambda mention, own: (mention.written_type, exact_key(mention.text)))
    districts = Counter(exact_key(item.mention.text) for item in seen if item.zone not in _PUBLISHER_ZONES
                        and item.mention.written_type not in COMMUNE_TYPES and item.mention.districts and not item.mention.communes)
    if not typed:
        return None
    (key, times), *rest = typed.most_common()
    own, written = found[key]
    if times < _WRITTEN_OUT_OFTEN or (rest and 2 * rest[0][1] >= times) or times <= max(districts.values(), default=0) \
            or len({_unit_key(c) for c in own}) != 1:
        return None
    return own[0], written, times


def _as_written(name: str, spellings: Counter) -> str:
    """The unit's name as the article spells it most ("Ea M'droh" for the gazetteer's "Ea M'Droh"),
    but not as a line in capitals prints it ("HUYỆN THỌ XUÂN"): a name is written in its own case."""
    spelled = [(text, count) for text, count in spellings.most_common() if text != text.upper()][:1]
    same = spelled and (_name_key(spelled[0][0]) == _name_key(name) or gazetteer().spells_district(name, spelled[0][0]))
    return spelled[0][0] if same else name


def _province_votes(seen: list[_Seen], gaz: Gazetteer, when: date | None, text: str = "", with_lists: bool = False,
                    with_company_names: bool = True) -> Counter:
    """Weighed votes for the province on the article's date: provinces named, districts
    named without ambiguity or told apart by their communes named with them, and (after
    the 2025 reform) former units for their successor. with_company_names=False: not the
    districts a company is named after (_company_names)."""
    votes: Counter = Counter()
    after_reform = when is not None and when >= REFORM_DAY
    named_districts = {d.code for item in seen if item.mention.written_type in DISTRICT_TYPES for d in item.mention.districts}
    hosts = {p.name for item in seen if item.zone in _HOST_ZONES for p in item.mention.provinces}
    unsettled, settled = [], set()
    companies = set() if with_company_names else _company_names(seen, text)
    for item in seen:
        if item.in_a_list and not with_lists or item.above_it:
            continue
        if item.mention.communes:
            home = _commune_home(item.mention, gaz, when, named_districts, hosts)
            if home is not None:
                votes[home] += item.weight / 2
                settled.add(home)
            elif item.mention.written_type in COMMUNE_TYPES:
                unsettled.append(item)
            continue
        provinces, districts = _classify(item.mention, when)
        if item.diocese:
            provinces = []  # a diocese's see names no province: the diocese spans several
        if item.institution and _LOCAL_SCHOOL_BEFORE.search(text, max(0, item.mention.start - 60), item.mention.start):
            provinces = []  # a school named after its commune, which shares a province's name
        if after_reform and not provinces and not districts and item.mention.written_type not in COMMUNE_TYPES:
            districts = list(item.mention.districts)  # a former district, now part of a 2025 unit
        for province in provinces:
            votes[gaz.province_on(province, when)] += item.weight / len(provinces)
        if item.institution:  # "Đại học Quốc tế Hồng Bàng": a city's university is in it; a quận's name is a name
            districts = [d for d in districts if (d.type_on(when) or d.type) in ("thành phố", "thị xã")]
        if item.company and exact_key(item.mention.text) in companies:
            districts = []
        homes = {_home(d, when) for d in districts} - {None}
        if len(homes) > 1 and item.mention.written_type in DISTRICT_TYPES:
            homes = {_home(d, when) for d in _told_apart_by_communes(districts, text, gaz)} - {None}
        if len(homes) == 1:  # a district named without ambiguity votes for its province
            votes[homes.pop()] += item.weight * (0.5 if after_reform else 1)
    home = _neighbours_home(unsettled, gaz, when)
    if home is not None and settled <= {home}:
        for item in unsettled:
            votes[home] += item.weight / 2
    return votes


# "Công ty Cổ phần Quốc tế Sơn Hà" … "Đoàn thanh niên Sơn Hà", "Công ty TNHH MTV Thép Tấm Lá Phú Mỹ": a brand
# named after a district is no sign that the news is that district's province (a Hà Nội company named Sơn
# Hà is not in Quảng Ngãi). 13 development pages of 13 sites name a district so; on the two where it was
# the only place, both were wrong. A landmark's name ("Cố đô Hoa Lư") still votes: it stands where it is named.
def _company_names(seen: list[_Seen], text: str) -> set[str]:
    """The district names the page writes as the end of a company's or a venue's name (and so, bare,
    as its short name)."""
    return {exact_key(item.mention.text) for item in seen if item.company and _BRAND_WORD_BEFORE.search(
        text, max(0, item.mention.start - 60), item.mention.start)}


def _scattered_with_company_names(seen: list[_Seen], gaz: Gazetteer, when: date | None, text: str, with_lists: bool) -> bool:
    """The district a company is named after casts no vote, yet it is a place the page names: counted
    with it, places in three provinces or more are a round-up with no province of its own ("Công ty Cấp
    nước Phú Hòa Tân" on a trip to two other provinces' relics), as they would be without the rule."""
    if not _company_names(seen, text):
        return False
    votes = _province_votes(seen, gaz, when, text, with_lists=with_lists)
    if not votes:
        return False
    (_, top), *rest = votes.most_common()
    return _scattered(top, [score for _, score in rest])


def _neighbours_home(unsettled: list[_Seen], gaz: Gazetteer, when: date | None) -> Province | None:
    """The province of two or more communes, each a name several provinces have, that one
    district alone holds all of ("hai xã Minh Đức và Thanh Bình": only huyện Hớn Quản, Bình
    Phước, has both; after the reform, one province: "các xã Tân An, Phong Thạnh" of Vĩnh
    Long): communes named in one article are neighbours, not namesakes far apart."""
    era = _era(when)
    units: dict[str, set] = {}
    province_of = {}
    for item in unsettled:
        here = set()
        for commune in item.mention.communes:
            if (era is None or commune.era == era) and commune.province in gaz.province_by_name:
                unit = commune.district or commune.province  # no districts after the reform: the province itself
                here.add(unit)
                province_of[unit] = commune.province
        units.setdefault(_name_key(item.mention.text), set()).update(here)
    if len(units) < 2:
        return None
    shared = set.intersection(*units.values())
    if len(shared) != 1:
        return None
    return gaz.province_on(gaz.province_by_name[province_of[shared.pop()]], when)


def _told_apart_by_communes(districts: list[District], text: str, gaz: Gazetteer) -> list[District]:
    """Of districts sharing a name ("Huyện ủy Phú Tân"), the one whose communes the text
    names, at least two of them, where the others' none."""
    def named(district: District) -> int:
        names = gaz.commune_names(district.code or "") - {district.name}
        return sum(1 for name in names if len(name) > 3 and _whole_word(name, text))

    counts = [(named(d), d) for d in districts]
    found = [(n, d) for n, d in counts if n >= 2]
    return [found[0][1]] if len(found) == 1 and sum(n for n, _ in counts) == found[0][0] else []


def _commune_home(mention: Mention, gaz: Gazetteer, when: date | None, named_districts: frozenset[str] | set[str] = frozenset(),
                  hosts: frozenset[str] | set[str] = frozenset()) -> Province | None:
    """The province of a commune named with its type ("xã Phổ Khánh"), when only one
    province has a commune of that type and name in the article's era. The district the
    text names with its type settles a shared name ("xã Thái Học" … "huyện Bình Giang"),
    else the province of the page's host (nghiadong.namdinh.gov.vn: not Nghĩa Đồng of Nghệ
    An; a province the text names in passing settles nothing). A
    commune merged away before 2025 counts only when no commune of the 2025 list has the
    name: a historical name does not make a living one ambiguous, and stays evidence of its own."""
    era = _era(when)
    communes = [c for c in mention.communes if (era is None or c.era == era) and c.province in gaz.province_by_name]
    living = [c for c in communes if not c.former]
    beside = [c for c in communes if c.district in named_districts]
    hosted = [c for c in communes if c.province in hosts]
    homes = {gaz.province_on(gaz.province_by_name[c.province], when) for c in beside or hosted or living or communes}
    return homes.pop() if len(homes) == 1 else None


def _choose_province(votes: Counter, seen: list[_Seen], gaz: Gazetteer, when: date | None) -> Province | None:
    if not votes:
        return None
    (best, top), *rest = votes.most_common()
    if _scattered(top, [score for _, score in rest]):
        return None
    if rest and rest[0][1] == top:
        # a name a province shares with another's district ("Quảng Ninh: …" of huyện Quảng Ninh,
        # Quảng Bình): the district's province, when the tie is between those two
        named = [d for item in seen if item.mention.provinces for d in _classify(item.mention, when)[1]]
        tied = [p for p, score in votes.items() if score == top]
        holding = [p for p in tied if any(_home(d, when) == p for d in named)]
        return holding[0] if len(holding) == 1 else None
    return best


def _named_as_a_province_outside_lists(votes: Counter, seen: list[_Seen], gaz: Gazetteer, when: date | None) -> bool:
    """The province ahead once the lists are set aside is named as a province ("Đảng bộ tỉnh Nam Định",
    "tại tỉnh Gia Lai") in the title or the lead, outside any list: a page that lists provinces and
    names another only in passing or by a bare district ("Chân dung 4 nữ Bí thư Tỉnh ủy") has none of its own."""
    if not votes:
        return False
    best = votes.most_common(1)[0][0]
    return any(not item.in_a_list and item.zone in ("title", "lead") and item.mention.written_type in ("tỉnh", "thành phố")
               and any(gaz.province_on(p, when) == best for p in item.mention.provinces) for item in seen)


def _scattered(top: float, others: list[float]) -> bool:
    """Three provinces or more, the runner-up near the top and a third not far behind: a
    round-up, a trip or a history that moves between provinces, with no province of its own."""
    return len(others) >= 2 and others[0] >= 0.4 * top and others[1] >= 0.25 * top


def _home(district: District, when: date | None) -> Province | None:
    """The province a district was in on a date, under that date's name (Huế from 2025)."""
    gaz = gazetteer()
    province = gaz.province_by_name.get(district.province_on(when))
    return gaz.province_on(province, when) if province else None


def _vote_text(votes: Counter) -> str:
    return ", ".join(f"{p.name} {score:g}" for p, score in votes.most_common(3)) and (
        "điểm địa danh: " + ", ".join(f"{p.name} {score:g}" for p, score in votes.most_common(3)))


def _weak_vote(votes: Counter, province: Province) -> bool:
    """Decided by one passing mention, or by no more than twice the runner-up's weight (2
    against 1 was wrong on 7 of 13 development pages); or the capital named once, even in
    the lead: where national meetings sit and central bodies are, so as often a venue as the
    article's own place (a third of such pages)."""
    ranked = votes.most_common(2)
    if not ranked:
        return True
    top = votes.get(province, 0)
    second = ranked[1][1] if len(ranked) > 1 and ranked[0][0] == province else ranked[0][1] if ranked[0][0] != province else 0
    return top < 2 or top <= 2 * second or (exact_key(province.name) in _CAPITAL_KEYS and top <= 2)


def _named_once_bare(votes: "_DistrictVotes", district: District) -> bool:
    """A district the text names once, bare, never with its unit word, and the site's address does not
    name ("Vinh quang được trở thành người chiến sĩ", "… rồi đày ra Côn Đảo", "đảng ủy TT Gio Linh"): the name
    may be a word, a place in a life story, a commune, a company; too thin to file the article under it
    (8 development pages of 8 sites; 4 wrong, 4 right)."""
    return not votes.written[district] and sum(votes.spelling[district].values()) == 1 and not votes.hosted.get(district)


@dataclass
class _DistrictVotes:
    scores: Counter
    strong: set
    written: dict  # district -> Counter of unit types written before its name
    spelling: dict  # district -> Counter of spellings as printed
    weak: bool = False  # chosen on thin evidence (the only district named, once or twice)
    hosted: Counter = field(default_factory=Counter)  # district -> points from the page's host alone


def _district_votes(seen: list[_Seen], province: Province, when: date | None) -> _DistrictVotes:
    """Votes for the province's districts; a bare name that is also a province's name
    ("Quảng Ninh: …" in an article about huyện Quảng Ninh of Quảng Bình) counts for the district."""
    votes = _DistrictVotes(Counter(), set(), defaultdict(Counter), defaultdict(Counter))
    typed = {
        key
        for item in seen
        if item.mention.written_type
        for key in [exact_key(item.mention.text) + "|" + ("tỉnh" if item.mention.written_type == "tỉnh" else "district")]
    }
    for item in seen:
        mention = item.mention
        if mention.communes or item.institution or item.company or item.address:
            continue
        provinces, districts = _classify(mention, when)
        inside = [d for d in districts if _home(d, when) == province]
        if not inside and provinces and mention.written_type is None:
            # a bare name shared by a province and one of its districts (Kon Tum, Lạng Sơn):
            # the district when the article writes that district out, and never the province
            key = exact_key(mention.text)
            other_province = province not in {gazetteer().province_on(p, when) for p in provinces}
            district_written = f"{key}|district" in typed and f"{key}|tỉnh" not in typed
            if other_province or district_written:
                inside = [d for d in mention.districts if _home(d, when) == province]
        for district in inside:
            votes.scores[district] += item.weight / len(inside)
            if item.weight >= STRONG:
                votes.strong.add(district)
            if item.zone == "url":
                votes.hosted[district] += item.weight / len(inside)
                continue  # our own words for the host's district: neither its type then nor the article's spelling
            if mention.written_type in DISTRICT_TYPES:
                votes.written[district][mention.written_type] += 1
            votes.spelling[district][mention.text] += 1
    return votes


def _choose_district(
    votes: _DistrictVotes, seen: list[_Seen], province: Province, when: date | None, province_scope: int, district_scope: int,
    text: str,
) -> District | None:
    if when is not None and when >= REFORM_DAY:
        return None  # the district level no longer existed
    if not votes.scores or _districts_paired_in_title(seen, province, when, text):
        return None
    ranked = votes.scores.most_common()
    best, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if best in votes.strong and score > second:
        return best
    # the province itself named in the title or the body (not by the publisher: its line, tag or URL, nor
    # as the end of a company's or a landmark's name: "Thành cổ Quảng Trị" is no province-wide news)
    province_named = sum(
        item.weight
        for item in seen
        if item.zone not in _PUBLISHER_ZONES and not item.company and not _a_districts_address(text, item.mention)
        and province in {gazetteer().province_on(p, when) for p in _classify(item.mention, when)[0]}
    )
    if score >= 3 and score >= 2 * second and score + district_scope > province_named + province_scope:
        votes.weak = score - _address_points(votes, best, seen) < 6  # a few mentions (3-5 points), none in the title: to review (21 of 91 wrong)
        return best
    if _written_out_again_and_again(votes, best, province, score, second):
        votes.weak = True
        return best
    # the only district the article names, named where its subject stands (title or lead)
    lead_named = any(item.weight >= ZONE_WEIGHT["lead"] and best in _classify(item.mention, when)[1] for item in seen)
    # or the only district it names at all, named with its Party committee ("Quận ủy quận Gò Vấp")
    committee_named = any(item.committee and best in _classify(item.mention, when)[1] for item in seen)
    if committee_named:  # the body answers to the district's committee: a hospital named after the province is its own name
        province_named -= _named_in_a_services_name(seen, province, when, text)
    # or the only district it writes with its type, in an article on a district's bodies left unnamed
    # ("… của huyện Thường Xuân" once, "Huyện ủy", "toàn huyện" throughout)
    if len(ranked) == 1 and (lead_named or committee_named
                             or _speaks_of_unnamed_district_bodies(text, province, set(votes.written[best]))) \
            and score + district_scope >= province_named + province_scope:
        if _named_only_in_a_venues_address(seen, best, when, text):
            return None
        votes.weak = True
        return best
    return None


# "Đảng bộ Bệnh viện Phổi tỉnh Phú Thọ", "Bệnh Viện Sản-Nhi Vĩnh Phúc", "Đảng bộ Cảng vụ hàng hải Hải Phòng":
# a hospital or a port authority named after the province it serves (hyphens may join its words)
_SERVICE_BEFORE = re.compile(r"(?:[Bb]ệnh\s+[Vv]iện|[Cc]ảng\s+[Vv]ụ)"
                             r"(?:\s+(?!(?:tại|ở|của|và|với|thuộc|trên|cho|về|đến|từ)\b)[^\s,.;:()–-][^\s,.;:()–]*){0,4}\s+$")


def _named_in_a_services_name(seen: list[_Seen], province: Province, when: date | None, text: str) -> float:
    """The weight of the mentions of the province that end a hospital's or port authority's name."""
    return sum(item.weight for item in seen
               if item.zone not in _PUBLISHER_ZONES and not item.company and _ends_a_services_name(text, item.mention)
               and province in {gazetteer().province_on(p, when) for p in _classify(item.mention, when)[0]})


def _ends_a_services_name(text: str, mention: Mention) -> bool:
    """The province is the end of a hospital's or a port authority's name, as a company's is: the
    body's own name, not a sign of province-wide news; its Party unit answers to the district
    committee the page names ("Thị ủy Phú Thọ", "Bí thư Quận ủy Hồng Bàng"; 3 development pages of
    3 sites, all labelled with that district, unknown before)."""
    return mention.written_type in (None, "tỉnh") and _SERVICE_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None
_COMMITTEE_UNIT = {"Huyện": "huyện", "Quận": "quận", "Thị": "thị xã", "Thành": "thành phố"}


def _speaks_of_unnamed_district_bodies(text: str, province: Province, written_types: set[str]) -> bool:
    """Whether the article speaks of the bodies of a district of the type it writes its only district with,
    without naming them, more than of a commune's: they are that district's ("huyện Thường Xuân" once,
    "Huyện ủy" throughout). A centrally run city's "Thành ủy" is the province's own committee."""
    if province.type == "thành phố":
        written_types = written_types - {"thành phố"}
    if not written_types:
        return False
    district = sum(1 for match in _UNNAMED_DISTRICT_BODY.finditer(text)
                   if (match["unit"] or _COMMITTEE_UNIT[match["committee"]]) in written_types)
    return district > len(_UNNAMED_COMMUNE_BODY.findall(text))


def _address_points(votes: _DistrictVotes, district: District, seen: list[_Seen]) -> float:
    """The points a commune's own site gives its district by its host ("binhthanh.chauthanh.angiang.gov.vn",
    "mayto.ngoquyen.gov.vn"): the district there is the commune's address, not the article's subject, so
    it does not make a thinly named district firm against a commune the lead names with it."""
    return votes.hosted[district] if _commune_site(seen) else 0


_WRITTEN_OUT_AGAIN = 3  # "huyện Giao Thủy" three times or more: the article's own subject, not a passing place


def _written_out_again_and_again(votes: _DistrictVotes, best: District, province: Province, score: float, second: float) -> bool:
    """A district the article writes with its type again and again ("huyện Giao Thủy" six times, "thị xã
    Bỉm Sơn" four), far ahead of any other, is its subject however often the province is named around it
    ("tỉnh Nam Định", "của tỉnh": 4 development pages of 4 sites, all labelled with the district, left
    unknown before); not a city that shares its province's name ("thành phố Hải Dương"), where the
    province's own events are held."""
    return (score >= 6 and score >= 2 * second and sum(votes.written[best].values()) >= _WRITTEN_OUT_AGAIN
            and exact_key(best.name) != exact_key(province.name))


# "huyện Giao Thủy (Nam Định)", "UBND huyện Triệu Phong (Quảng Trị)", "huyện Ia Grai (tỉnh Gia Lai)": the province
# in brackets right after a district's name
_BRACKETED_AFTER_A_DISTRICT = re.compile(
    rf"(?:[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hành\s+phố|TP\.?)\s*{CAPITAL}[\w’']*(?:\s+{CAPITAL}[\w’']*){{0,3}}\s*\(\s*(?:tỉnh\s+)?$")


def _a_districts_address(text: str, mention: Mention) -> bool:
    """The province written in brackets after a district, as its address: where the district
    lies, not a sign of province-wide news (the district's own news names its province so)."""
    return _BRACKETED_AFTER_A_DISTRICT.search(text, max(0, mention.start - 60), mention.start) is not None


# "tại Khu K9 (Đá Chông, Ba Vì, Hà Nội)", "tại Nghĩa trang Liệt sĩ Rừng Sác – Huyện Cần Giờ", "tại Căn cứ
# Trung ương cục miền Nam … (huyện Vĩnh Cửu)": a venue's address in brackets or after a dash, where a body
# from elsewhere went for a ceremony or a trip
_VENUE_ADDRESS_BEFORE = re.compile(r"\btại\s+[^.;:()]{3,60}(?:\(|\s[–-]\s)[^.;:()]{0,30}$")


def _named_only_in_a_venues_address(seen: list[_Seen], district: District, when: date | None, text: str) -> bool:
    """The only district a page names stands only in the address of the place its event was held:
    the news is of the body that went there, not of the district (9 development pages of 9 sites
    show it, 8 with no locality)."""
    named = [item.mention for item in seen if district in _classify(item.mention, when)[1]]
    return all(_VENUE_ADDRESS_BEFORE.search(text, max(0, m.start - 70), m.start) for m in named)


# "huyện Mai Sơn và Sông Mã", "huyện Khoái Châu và thành phố Hưng Yên", "TP Tân Uyên và TP Bến Cát",
# "3 huyện Bình Chánh, Hóc Môn, Nhà Bè": the joint between two districts the title names together
@lru_cache(maxsize=1)
def _districts_joined() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:{_district_word()}\s*)?", re.IGNORECASE)


def _districts_paired_in_title(seen: list[_Seen], province: Province, when: date | None, text: str) -> bool:
    """The title names two of the province's districts side by side: the news is of both (four
    development pages, none about one of them), not of the one the body names more often."""
    titled = [(item.mention, district) for item in seen if item.zone == "title"
              for district in _classify(item.mention, when)[1] if _home(district, when) == province]
    return any(first is not second and _districts_joined().fullmatch(text, a.start + len(a.text), b.start) is not None
               for (a, first), (b, second) in zip(titled, titled[1:]))
