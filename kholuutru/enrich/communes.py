"""The commune (xã, phường, thị trấn) an article is about: a unit named as the subject, its Party
committee, its school or relic, the site's own commune; a name shared by several units is settled by
context or not at all."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

from .. import data
from ..article import Article
from ..dates import read_dateline
from ..gazetteer import COMMUNE_TYPES, Commune, District, Gazetteer, Mention, Province, commune_words_pattern
from ..publisher import slug_commune
from ..text import CAPITAL, exact_key, sentences
from .zones import _UNNAMED_COMMUNE_BODY, _UNNAMED_DISTRICT_BODY, STRONG, ZONE_WEIGHT
from .mentions import (_LOCAL_SCHOOL_TYPES, _PUBLISHER_ZONES, _Seen, _counted_before, _district_scope, _district_word, _era,
                       _name_key, _whole_word, _whole_word_at)


# any district-level unit word, named or not ("huyện ủy", "của huyện", "UBND quận", "thị xã Bỉm Sơn")
_DISTRICT_LEVEL_WORD = re.compile(r"[HhQqTt](?:uyện|uận|hị\s+xã|hành\s+phố)\b")


# The commune an article is about is named with its Party organisation or people:
# "Đảng bộ xã X", "Đảng ủy phường Y", "Bí thư xã Z", or as the title's subject.
_COMMUNE_BODIES = r"Đảng\s+bộ|Đảng\s+[uủ][ỷy]|Bí\s+thư|UBND|HĐND|Chi\s+bộ|MTTQ(?:VN)?"
_COMMUNE_SUBJECT = re.compile(
    rf"(?:{_COMMUNE_BODIES}|nhân\s+dân|Mặt\s+trận\s+Tổ\s+quốc(?:\s+Việt\s+Nam)?)\s+$",
    re.IGNORECASE,
)
# A district-level committee or unit as the subject: "Huyện ủy Gio Linh tổ chức …", "Huyện Vĩnh Tường: …", and
# its Youth Union: "Huyện đoàn phối hợp trao nhà nhân ái …", "Thị đoàn Ayun Pa: …" (4 development pages of 4 sites).
_DISTRICT_SUBJECT = re.compile(
    r"^(?:[^,.;:]{0,30},\s*)?(?:(?:Thành|Thị|Huyện|Quận)\s+(?:[uủ][yỷ]|[đĐ]oàn)|Đảng\s+bộ\s+(?:huyện|thị\s+xã|quận)|UBND\s+(?:huyện|thị\s+xã|quận)|(?:Huyện|Thị\s+xã|Quận)\s+[^:,.]{2,25}:"
    rf"|(?:[Hh]uyện|[Tt]hị\s+xã)\s+{CAPITAL}\w*(?:\s+{CAPITAL}\w*){{0,3}}\s+(?!và\b|cùng\b)[a-zđ])",  # "huyện Bình Sơn tổ chức …"
)


# "Vị Thanh: Tổ chức kết nạp 46 đoàn viên mới", "Tân Yên: 91 đảng viên …": a bare unit name as the title's kicker
_TITLE_KICKER = re.compile(rf"(?P<name>{CAPITAL}[\w’']*(?:[ \t]+{CAPITAL}[\w’']*){{0,3}})[ \t]*:")


def _kicker_names_a_district(title: str | None, seen: list[_Seen]) -> bool:
    """The title opens with a district's bare name as its kicker ("Vị Thanh: …"), as papers file a
    district's news: the district is the subject, as with "Huyện X: …" (no province, no commune by the name)."""
    kicker = _TITLE_KICKER.match(title or "")
    return kicker is not None and any(
        item.zone == "title" and exact_key(item.mention.text) == exact_key(kicker["name"])
        and item.mention.districts and not item.mention.provinces and not item.mention.communes for item in seen)


def _choose_commune(article: Article, seen: list[_Seen], province: Province | None, gaz: Gazetteer,
                    when: date | None, province_scope: int, text: str) -> Commune | None:
    """A commune-level locality: named in the title, the place line or the publisher, or
    as the organisation the lead is about; identified by its province and the district
    named with it, never by its name alone."""
    era = _era(when)
    opening = _opening_sentences(article)
    # the page's own commune (its masthead) yields to a district committee the news is about
    title_district = bool(_DISTRICT_SUBJECT.search(article.title or "")) or _kicker_names_a_district(article.title, seen)
    district_subject = title_district or any(_DISTRICT_SUBJECT.search(text) for text in opening)
    district_named = {d.code for item in seen for d in item.mention.districts if d.code}
    # a district's own site: a commune of that district named as one in the title or lead is what its news is about
    host_district = set() if district_subject or _district_committee_leads(seen) or _commune_site(seen) else {
        d.code for item in seen if item.zone == "url" for d in item.mention.districts if d.code}
    host_only = _host_only_communes(seen)
    candidates = []
    for item in seen:
        for commune in item.mention.communes:
            if (era is not None and commune.era != era) or item.former:
                continue
            strong = item.weight >= STRONG and not (district_subject and item.weight >= ZONE_WEIGHT["publisher"])
            if item.zone == "publisher" and _name_key(commune.name) in host_only:
                strong = False
            subject = item.weight >= ZONE_WEIGHT["paragraph"] and any(_subject_in(o, item.mention) for o in opening)
            subject = subject or (item.zone in ("title", "lead") and item.mention.written_type in COMMUNE_TYPES
                                  and commune.district in host_district and not _a_venue_or_its_hosts(text, item.mention, seen))
            in_title = _commune_named(article.title or "", item.mention) is not None
            titled = _titled_by_bare_name(article.title, item.mention, gaz)
            # the title or lead opened by a district's body: a commune it acts on is not the subject
            # ("Huyện ủy Bình Lục làm việc với BTV Đảng ủy xã An Nội"), one the title itself leads with still is
            if ((strong or subject) and ((in_title and not title_district) or not district_subject)) \
                    or (titled and not title_district):
                candidates.append(commune)
    headings = [article.title or "", *(block.text for block in article.blocks if block.kind == "heading")]
    described = (_described_commune(text, headings, gaz, era) or _relics_commune(article.title, text, gaz, era)
                 or _memorials_commune(article.title, opening, seen, era))
    if not candidates:
        candidates = described
    living = [item for item in seen if not item.former]  # "xã Tráng Liệt (nay là thị trấn Kẻ Sặt)": the one it is now
    if not candidates and not district_subject and not province_scope:  # a province-wide article: no commune by its committee
        candidates = _up_front_under_a_province_body(
            _committee_commune(living, era) or _only_commune_again_and_again(living, era, text)
            or _bare_commune_subject(article.title, opening, living, era), article.title, opening, living)
    elif not candidates and not district_subject:
        candidates = _up_front_under_a_province_body(
            _district_unnamed(_only_commune_again_and_again(living, era, text), living), article.title, opening, living)
    if not candidates:
        candidates = _local_school_communes(text, gaz, era, district_named)
    candidates = _narrow_communes(candidates, province, era, district_named, gaz)
    return _the_one_commune(_the_slugs_among(_the_sites_own_among(candidates, seen), article, seen), described, seen, text, gaz)


def _the_one_commune(candidates: list[Commune], described: list[Commune], seen: list[_Seen], text: str,
                     gaz: Gazetteer) -> Commune | None:
    """The single commune left, unless another is named as often (not in a commune's own
    profile, whose neighbours are: "phía Tây giáp xã An Ấp") or it is only counted among others,
    or listed with others wherever the title and lead name it."""
    distinct = {_unit_key(c) for c in candidates}
    profile = bool(distinct) and distinct <= {_unit_key(c) for c in described}
    if len(distinct) != 1 or (not profile and _another_commune_as_often(seen, candidates[0])) \
            or _only_counted_among_others(seen, candidates[0], text) or _named_up_front_only_in_lists(seen, candidates[0], text, gaz):
        return None
    return candidates[0]


# "Tỉnh ủy Thanh Hóa sơ kết …", "Sáng 12/8, Ban Dân vận Tỉnh ủy tổ chức …", "Tỉnh đoàn trao nhà …", "UBND tỉnh
# làm việc …": a province's own body opens the title or the lead's first sentence, as the one acting
_PROVINCE_SUBJECT = re.compile(
    r"^(?:[^,.;:]{0,30},\s*)?(?:(?:Ban|Ủy\s+ban|Văn\s+phòng)\s+[^,.;:]{2,30}?\s+)?"
    r"(?:Tỉnh\s+(?:[uủ][yỷ]|[đĐ]oàn)|(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Đảng\s+bộ)\s+tỉnh)\b")


def _up_front_under_a_province_body(communes: list[Commune], title: str | None, opening: list[str],
                                    seen: list[_Seen]) -> list[Commune]:
    """The commune the text names most, kept in news a province's own body opens ("Tỉnh ủy …",
    "Ban Dân vận Tỉnh ủy tổ chức …", "Tỉnh đoàn trao nhà …") only when the title or lead names it
    (where the province's event was held: "tại Tượng đài … (phường Tam Sơn)"): named only further
    down ("mô hình của xã Quảng Nham", "Đại diện xã Quảng Nham trình bày tham luận") it is one of
    the province's examples, not the place the news is about."""
    if not communes or not any(_PROVINCE_SUBJECT.search(line) for line in [title or "", *opening]):
        return communes
    up_front = {c for item in seen if item.zone in ("title", "lead") for c in item.mention.communes}
    return communes if any(c in up_front for c in communes) else []


# "Trường Mầm non Xuân Hội", "Chi bộ trường THCS Tây Phú": a kindergarten,
# primary or lower-secondary school is named after the commune it serves
# (each opens on a letter, its word boundary looked behind: the engine then skips ahead fast)
_LOCAL_SCHOOL_NAME = re.compile(rf"[Tt](?<=\b[Tt])rường\s+(?:{_LOCAL_SCHOOL_TYPES}|TH)"
                                rf"[ \t]+(?P<name>{CAPITAL}[\w’']*(?:[ \t]+{CAPITAL}[\w’']*){{0,3}})")

# "Huyện Chiêm Hóa có 81 đơn vị trường học", "các trường", "ngành Giáo dục huyện": a round-up of many
# schools, one of them an example, is the district's news, not the school's commune's
_SCHOOLS_IN_THE_PLURAL = re.compile(r"[tcNn](?<=\b[tcNn])(?:(?<=t)rường\s+học|(?<=c)ác\s+trường|(?<=[Nn])gành\s+[Gg]iáo\s+dục)\b")


def _local_school_communes(text: str, gaz: Gazetteer, era: str | None, district_named: set[str]) -> list[Commune]:
    """The one commune a local school on the page is named after, found in a district the page names:
    a school's page is its commune's news, the district office's name on it notwithstanding."""
    names = {exact_key(match["name"]) for match in _LOCAL_SCHOOL_NAME.finditer(text)}
    if not names or _SCHOOLS_IN_THE_PLURAL.search(text):
        return []
    found = [c for name in names for c in gaz.communes(name)
             if c.district in district_named and (era is None or c.era == era)]
    return found if len({_unit_key(c) for c in found}) == 1 else []


def _narrow_communes(candidates: list[Commune], province: Province | None, era: str | None, district_named: set[str],
                     gaz: Gazetteer) -> list[Commune]:
    """The candidate communes the province, the districts named with them and the 2025 reform leave."""
    if province is not None:
        names = {province.name, province.successor}
        candidates = [c for c in candidates if c.province in names]
    elif len({c.province for c in candidates}) > 1 and era == "legacy":
        candidates = [c for c in candidates if c.district in district_named]
    distinct = {_unit_key(c) for c in candidates}
    if len(distinct) > 1 and era == "legacy":
        return [c for c in candidates if c.district in district_named]
    if len(distinct) == 2 and era is None:
        return _one_commune_through_the_reform(candidates, gaz)
    return candidates

# A paragraph that opens by telling where a commune lies or what it is ("Xã Mỹ Trung ở phía đông huyện Mỹ
# Lộc", "Xã Điện Quang thuộc thị xã Điện Bàn", "Tiên Lục là một xã miền núi …"): a commune's own profile
_COMMUNE_NAME = rf"{CAPITAL}[\w’']*(?:[ \t]+{CAPITAL}[\w’']*){{0,3}}"
_COMMUNE_DESCRIBED = re.compile(
    rf"^[ \t]*(?:[-+•][ \t]*)?(?:(?P<type>Xã|Phường|Thị[ \t]+trấn)[ \t]+(?P<typed>{_COMMUNE_NAME})[ \t]+"
    rf"(?:là|nằm|ở|thuộc|có[ \t]+(?:tổng[ \t]+)?diện[ \t]+tích)\b"
    rf"|(?P<bare>{_COMMUNE_NAME})[ \t]+là[ \t]+(?:một[ \t]+)?(?P<kind>xã|phường|thị[ \t]+trấn)\b)",
    re.MULTILINE,
)


def _described_commune(text: str, headings: list[str], gaz: Gazetteer, era: str | None) -> list[Commune]:
    """The one commune whose place or kind a paragraph opens by telling: the page is that commune's
    profile, however often it names the district around it or its neighbours (30 development pages
    of 30 sites describe one so, all labelled with it; 5 read as the district before, 5 as none);
    not on a page of several ("CÁC XÃ, THỊ TRẤN": a district's list of its communes)."""
    if any(_PLURAL_COMMUNES.search(heading) for heading in headings):
        return []
    described = {(exact_key(match["typed"] or match["bare"]), " ".join((match["type"] or match["kind"]).lower().split()))
                 for match in _COMMUNE_DESCRIBED.finditer(text)}
    if len(described) != 1:
        return []
    key, kind = described.pop()
    return [c for c in gaz.communes(key) if c.type == kind and (era is None or c.era == era)]


# A page whose title is a relic's name ("Khu lưu niệm Tổng Bí thư Lê Hồng Phong", "Di tích Nặm Lìn", "DI TÍCH
# NƠI THÀNH LẬP CHI BỘ ĐẦU TIÊN AN TRƯỜNG"), a short kicker allowed before it ("Bắc Kạn: Di tích …")
_RELIC_TITLE = re.compile(r"^(?:[^:]{2,20}:\s*)?(?:(?:khu|nhà|cụm)\s+)?(?:di\s+tích|lưu\s+niệm)\b", re.IGNORECASE)
# "Khu lưu niệm … ở xã Hưng Thông", "Di tích … nằm ở thôn Hào Lịch, xã Hoàng Tung", "di tích …, ở ấp 3A, xã An
# Trường": where the text places the relic, down to its commune (opens on its letters: tried only there)
_RELIC_PLACED = re.compile(
    r"[LlDd](?:ưu\s+niệm|i\s+tích|I\s+TÍCH)[^.;:\n]{0,80}?\s(?:ở|tại|thuộc|nằm\s+(?:ở|tại)|to[ạa]\s+lạc\s+tại)\s+"
    r"(?:(?:[Tt]hôn|[Ấấ]p|[Xx]óm|[Bb]ản|[Ll]àng|[Kk]hu\s+phố|[Tt]ổ\s+dân\s+phố)\s+[^,.;\n]{1,25},\s*)?"
    rf"(?P<type>xã|phường|thị\s+trấn)\s+(?P<name>{_COMMUNE_NAME})")


def _relics_commune(title: str | None, text: str, gaz: Gazetteer, era: str | None) -> list[Commune]:
    """The commune a relic's own page places it in, named there and again: the page is of that
    commune, not of the district whose name its address goes on with or of the places its hero
    passed through (6 development pages of 6 sites; 3 read as a district before). A commune
    named only once is a passing address ("Di tích … Cái Ngang ở Ấp 4, xã Phú Lộc, huyện Tam Bình")."""
    if not title or not _RELIC_TITLE.search(title):
        return []
    placed = {(match["name"], " ".join(match["type"].split())) for match in _RELIC_PLACED.finditer(text)}
    if len({(exact_key(name), kind) for name, kind in placed}) != 1:
        return []
    name, kind = placed.pop()
    if sum(1 for _ in _whole_word_at(name, text)) < 2:
        return []
    return [c for c in gaz.communes(exact_key(name)) if c.type == kind and (era is None or c.era == era)]


@lru_cache(maxsize=1)
def _memorial_words() -> re.Pattern[str]:
    """The words naming a person's memorial ("Khu lưu niệm", "Nhà lưu niệm"; abbreviations.yml memorial_words)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, data.memorial_words()))})(?!\w)", re.IGNORECASE)


def _memorials_commune(title: str | None, opening: list[str], seen: list[_Seen], era: str | None) -> list[Commune]:
    """The commune a person's memorial stands in, the person's home ("Khu lưu niệm Tổng Bí thư Lê Hồng Phong
    ở xã Hưng Thông, huyện Hưng Nguyên"): on a page titled by the memorial, the one commune the first
    sentence names with its type, naming the memorial too, before any district, is the page's, even named
    only there (5 development pages of 5 sites, all labelled with it; 2 change: one read as the district
    before, one as none)."""
    words = _memorial_words()
    first = opening[0] if opening else ""
    if not title or not words.search(title) or not words.search(first):
        return []
    named = [item.mention for item in seen if item.mention.written_type in COMMUNE_TYPES and _commune_named(first, item.mention)]
    if len({exact_key(mention.text) for mention in named}) != 1:
        return []
    # the type the first sentence writes ("phường Phù Khê"), not the one a later line does ("xã Phù Khê")
    mention = next((m for m in named if _commune_named(first, m)[0].lower().startswith(m.written_type)), named[0])
    district = _DISTRICT_LEVEL_WORD.search(first)
    if district is not None and district.start() < _commune_named(first, mention).start():
        return []  # "Từ trung tâm huyện Thạch Hà, đi … là đến di tích lưu niệm …, ở xã Ngọc Sơn": a way there
    return [c for c in mention.communes if (era is None or c.era == era) and c.type == mention.written_type and not c.former]


def _the_sites_own_among(candidates: list[Commune], seen: list[_Seen]) -> list[Commune]:
    """Of several communes the title and lead put forward, the one whose own site published the
    page, when the text names it too ("Đoàn công tác xã Định Mỹ … thăm, chúc Tết xã Thoại Sơn"
    on dinhmy.….gov.vn): a commune's site reports what its commune does."""
    if len({_unit_key(c) for c in candidates}) < 2:
        return candidates
    hosted = {_unit_key(c) for item in seen if item.zone == "publisher" for c in item.mention.communes}
    named = {_unit_key(c) for item in seen if item.zone not in _PUBLISHER_ZONES for c in item.mention.communes}
    own = [c for c in candidates if _unit_key(c) in hosted & named]
    return own if len({_unit_key(c) for c in own}) == 1 else candidates


def _the_slugs_among(candidates: list[Commune], article: Article, seen: list[_Seen]) -> list[Commune]:
    """Of several communes the lead puts forward on a page saved without its headline, the one of the
    district's site that the URL's slug names with its type ("…/xa-binh-phu-to-chuc-giao-luu-…" on the
    district committee's site): the slug spells the headline the page lost, and the headline names its subject."""
    if article.title or len({_unit_key(c) for c in candidates}) < 2:
        return candidates
    named = slug_commune(article.source_url)
    hosts = {d.code for item in seen if item.zone == "url" for d in item.mention.districts if d.code}
    own = [c for c in candidates if named and exact_key(f"{c.type} {c.name}") == exact_key(named) and c.district in hosts]
    return own if len({_unit_key(c) for c in own}) == 1 else candidates


def _commune_site(seen: list[_Seen]) -> bool:
    """The host is a commune's own site ("vinhlam.vinhlinh.quangtri.gov.vn"), not its district's:
    the other communes its lead names are its neighbours ("phía Bắc giáp xã Vĩnh Hòa"), not its news."""
    return any(item.zone == "publisher" and item.mention.communes for item in seen)


# "… tổ chức tại Trung tâm văn hóa xã Hạ Long", "khai mạc ở thôn Đại Tiền xã Hoằng Đại", "(40 tuổi, thôn
# Tường An, xã Mỹ Quang)": where the district's news took place, or a person's address
_VENUE_BEFORE = re.compile(r"(?:\b(?:tại|ở)\s+(?!cơ\s+sở)|(?<!nông )\b(?:thôn|ấp|xóm|tổ dân phố|khu phố)\s+[^,.;()]{1,30},\s*)"
                           r"[^.;:]{0,60}$")  # not "dân chủ ở cơ sở", "nông thôn mới"


def _venue_or_address(text: str, mention: Mention) -> bool:
    """The commune is named as a venue or in an address ("tại …, xã Cẩm Ninh"), not as the one acting."""
    return bool(text) and _VENUE_BEFORE.search(text, max(0, mention.start - 90), mention.start) is not None


# "… cùng đại diện các phòng, ban của huyện và lãnh đạo xã Yên Lộc": the commune's leaders closing a list of those attending
_AMONG_THOSE_ATTENDING = re.compile(r"(?:\bvà|\bcùng(?:\s+với)?|,)\s+(?:đại\s+diện\s+)?(?:lãnh\s+đạo|đại\s+diện)\s+(?:xã|phường|thị\s+trấn)\s+$")


def _a_venue_or_its_hosts(text: str, mention: Mention, seen: list[_Seen]) -> bool:
    """The commune is named as a venue or in an address; or the title or lead first names it, with its type, as
    where the district's event took place ("… dâng hương tại Đình làng Tuy Lộc, xã Yên Lộc") and here its leaders
    among those attending ("… và lãnh đạo xã Yên Lộc"): they host the district's event, still the district's news."""
    if _venue_or_address(text, mention):
        return True
    if not text or _AMONG_THOSE_ATTENDING.search(text, max(0, mention.start - 40), mention.start) is None:
        return False
    first = next((item for item in seen if item.zone in ("title", "lead") and item.mention.written_type in COMMUNE_TYPES
                  and set(item.mention.communes) & set(mention.communes)), None)
    return first is not None and _venue_or_address(text, first.mention)


def _host_only_communes(seen: list[_Seen]) -> set[str]:
    """The site's communes (name keys) that the text never names, when its title or lead names a
    district: the host alone does not make the news the commune's (10 of 14 development pages)."""
    up_front = any(item.weight >= ZONE_WEIGHT["lead"] and item.zone not in _PUBLISHER_ZONES and item.mention.districts
                   and not item.mention.communes for item in seen)
    if not up_front:
        return set()
    named = {_name_key(c.name) for item in seen if item.zone not in _PUBLISHER_ZONES for c in item.mention.communes}
    return {_name_key(c.name) for item in seen if item.zone == "publisher" for c in item.mention.communes} - named


def _unit_key(commune: Commune) -> tuple[str, str, str]:
    """One commune however the lists capitalise it ("AL Bá" before 2025, "Al Bá" after)."""
    return commune.type, exact_key(commune.name), commune.province


def _titled_by_bare_name(title: str | None, mention: Mention, gaz: Gazetteer) -> bool:
    """The title names, without its type, a commune the text names with it ("… buôn làng ở
    Dur Kmăl" and "xã Dur Kmăl" further on): the news is of that commune, unless a district
    or a province has the name too."""
    return bool(title) and mention.written_type in COMMUNE_TYPES and _whole_word(mention.text, title) \
        and not gaz.names_a_unit(exact_key(mention.text))


def _another_commune_as_often(seen: list[_Seen], chosen: Commune) -> bool:
    """Another commune named with its type as often as the chosen one ("xã Pà Cò" in the lead,
    "xã Hang Kia" through the text): the news is of both, not of one (unless the page is the
    chosen commune's own site)."""
    if any(item.zone in _PUBLISHER_ZONES and chosen in item.mention.communes for item in seen):
        return False
    typed = Counter(_name_key(item.mention.text) for item in seen if item.mention.communes and not item.former
                    and item.mention.written_type in COMMUNE_TYPES and item.zone not in _PUBLISHER_ZONES)
    own = typed.get(_name_key(chosen.name), 0)
    return any(count >= own for name, count in typed.items() if name != _name_key(chosen.name))


def _only_counted_among_others(seen: list[_Seen], chosen: Commune, text: str) -> bool:
    """Wherever the article names the chosen commune, it opens a counted list of several: the news
    is of them all or of their district, not of the first one listed (3 development pages, 3 sites)."""
    own = [item for item in seen if chosen in item.mention.communes]
    return bool(own) and all(item.zone not in _PUBLISHER_ZONES
                             and _counted_before().search(text, max(0, item.mention.start - 25), item.mention.start) for item in own)


# "xã An Nội và Bối Cầu", "hai xã Minh Đức, Thanh Bình", "xã A (huyện X) và xã B": the next name of a list the
# commune opens, past the bracketed address of the first one
_NEXT_IN_A_LIST = re.compile(rf"(?:[ \t]*\([^()\n]{{1,40}}\))?(?:[ \t]*,)?[ \t]*(?P<joint>và[ \t]+)?"
                             rf"(?P<type>(?:xã|phường|thị[ \t]+trấn)[ \t]+)?(?P<name>{_COMMUNE_NAME})")


def _listed_with_a_neighbour(text: str, mention: Mention, chosen: Commune, gaz: Gazetteer) -> bool:
    """The commune named here as the first of a list of communes of its own district: the next one joined
    by "và" ("xã An Nội và Bối Cầu"), or by a comma after a count ("hai xã An Nội, Bối Cầu") or before its
    type ("xã A, xã B"); not the district of its address ("xã Vĩnh Phong, Vĩnh Thuận")."""
    after = _NEXT_IN_A_LIST.match(text, mention.start + len(mention.text))
    if after is None or not (after["joint"] or after["type"]
                             or _counted_before().search(text, max(0, mention.start - 40), mention.start)):
        return False
    words = after["name"].split()
    return any(c.district == chosen.district and exact_key(c.name) != exact_key(chosen.name)
               for size in range(len(words), 0, -1) for c in gaz.communes(exact_key(" ".join(words[:size]))))


def _named_up_front_only_in_lists(seen: list[_Seen], chosen: Commune, text: str, gaz: Gazetteer) -> bool:
    """Wherever the title and the lead name the chosen commune, it opens a list of communes of its district
    ("Huyện ủy làm việc với BTV Đảng ủy xã An Nội và Bối Cầu", "cử tri xã Minh Đức và Thanh Bình"): the news
    is of them all, the district's, not of the first one listed (2 development pages of 2 sites, both
    labelled with the district)."""
    up_front = [item for item in seen if item.zone in ("title", "lead") and chosen in item.mention.communes]
    return bool(up_front) and all(_listed_with_a_neighbour(text, item.mention, chosen, gaz) for item in up_front)


def _one_commune_through_the_reform(candidates: list[Commune], gaz: Gazetteer) -> list[Commune]:
    """An undated article's commune that kept its name in 2025 ("phường Mũi Né" of Bình Thuận,
    then of Lâm Đồng) is one commune, not two: as it was before, like the province."""
    legacy = [c for c in candidates if c.era == "legacy"]
    twins = {(c.type, exact_key(c.name), getattr(gaz.province_by_name.get(c.province), "successor", None)) for c in legacy}
    later = {_unit_key(c) for c in candidates if c.era == "2025"}
    return legacy if len(twins) == 1 and later == twins else candidates


def _district_committee_leads(seen: list[_Seen]) -> bool:
    """A district committee named in the title or lead ("Ban Thường vụ Huyện ủy Năm Căn họp …"):
    news of the district, where a commune is one of its places."""
    return any(item.committee == "district" and item.weight >= ZONE_WEIGHT["lead"] and not item.issuer for item in seen)


def _committee_commune(seen: list[_Seen], era: str | None) -> list[Commune]:
    """The only commune an article names, named with its Party committee ("Tới dự có đại
    diện Đảng ủy phường Mễ Trì"): the one a school's or a hamlet's cell belongs to."""
    named = {exact_key(item.mention.text) for item in seen if any(era is None or c.era == era for c in item.mention.communes)}
    if len(named) != 1 or _district_committee_leads(seen):
        return []
    return [c for item in seen if item.committee for c in item.mention.communes if era is None or c.era == era]


# The lead's subject a commune's own bodies, the commune unnamed: "Đảng ủy, HĐND, UBND xã đã tổ chức …"
_BARE_COMMUNE_BODY = re.compile(
    rf"(?:{_COMMUNE_BODIES}|Ủy\s+ban\s+nhân\s+dân|Chủ\s+tịch)"
    rf"[^.;]{{0,40}}?\b(?:(?<!thị )xã|phường|thị\s+trấn)\b(?!\s+(?:{CAPITAL}|\d))")  # not "thị xã"


_PLURAL_COMMUNES = re.compile(r"\b(?:các|những|\d+)\s+(?:xã|phường|thị\s+trấn)\b", re.IGNORECASE)


def _bare_commune_subject(title: str | None, opening: list[str], seen: list[_Seen], era: str | None) -> list[Commune]:
    """The lead tells of a commune's own bodies without its name ("UBND xã đã tổ chức …", a
    commune's site) and the text names one commune with its type: that commune."""
    if not any(_BARE_COMMUNE_BODY.search(sentence) for sentence in opening) or any(
            _PLURAL_COMMUNES.search(text) for text in [title or "", *opening]):
        return []  # "HĐND các xã huyện Chợ Đồn …": news of all of them
    typed = [item for item in seen if item.mention.written_type in COMMUNE_TYPES
             and any(era is None or c.era == era for c in item.mention.communes)]
    if len({exact_key(item.mention.text) for item in typed}) != 1:
        return []
    return [c for c in typed[0].mention.communes if era is None or c.era == era]


def _only_commune_again_and_again(seen: list[_Seen], era: str | None, text: str) -> list[Commune]:
    """The only commune an article names, named with its type twice or more ("xã Ô Diên"
    in the lead and again further on): the place the news is about. Once is a passing mention, unless
    the article speaks of a commune's bodies unnamed ("Đảng ủy xã", "UBND xã") more than of a district's.
    A district the title or lead names rules it out, unless it is the commune's own, written as
    its address ("xã Song Liễu (thị xã Thuận Thành)"); a name written as the province ("tỉnh Phú
    Thọ") is not its namesake town."""
    typed = [item for item in seen if item.mention.written_type in COMMUNE_TYPES
             and any(era is None or c.era == era for c in item.mention.communes)]
    named = {exact_key(item.mention.text) for item in seen if item.mention.communes}
    once_enough = len(typed) == 1 and (_speaks_of_unnamed_commune_bodies(text, typed[0].mention.written_type)
                                       or _the_only_place_up_front(seen, typed[0]))
    if len(named) != 1 or not typed or (len(typed) < 2 and not once_enough):
        return []
    communes = [c for c in typed[0].mention.communes if era is None or c.era == era]
    if any(item.mention.districts and item.mention.written_type != "tỉnh" and not _commune_address(item.mention, typed, communes, text)
           for item in seen if item.weight >= ZONE_WEIGHT["lead"]):
        return []
    return communes


def _the_only_place_up_front(seen: list[_Seen], typed: _Seen) -> bool:
    """The commune written with its type once, in the title or lead, and no other place named anywhere in the
    text (the page's masthead and address aside), nor the name with another unit's type ("huyện Vũ Thư"), only
    provinces written as such ("tỉnh Lạng Sơn": the commune's own, else it is no candidate; 22 development pages
    of 22 sites name one commune so and only provinces besides, all labelled with it): the only place the news
    has, not a passing mention among others (233 development pages of 232 sites name one place only, a commune
    written so up front, 62 of them once: all labelled with it)."""
    if typed.zone not in ("title", "lead"):
        return False
    key, kind = exact_key(typed.mention.text), typed.mention.written_type
    return all(item.zone in _PUBLISHER_ZONES or item.mention.written_type == "tỉnh"
               or (exact_key(item.mention.text) == key and item.mention.written_type in (None, kind)) for item in seen)


def _speaks_of_unnamed_commune_bodies(text: str, kind: str) -> bool:
    """Whether the article speaks of the bodies of a commune of the given type without naming them, more than
    of a district's: they are the bodies of the only commune it names, however thinly ("Hội trường phường
    Xuân Đài" once, "Đảng ủy phường", "UBND phường" throughout; not only in the lead, where
    _BARE_COMMUNE_BODY reads them)."""
    commune = sum(1 for match in _UNNAMED_COMMUNE_BODY.finditer(text) if match["unit"] == kind)
    return commune > len(_UNNAMED_DISTRICT_BODY.findall(text))


def _district_unnamed(communes: list[Commune], seen: list[_Seen]) -> list[Commune]:
    """The only commune of an article worded for the province ("toàn tỉnh", "tỉnh Bắc Ninh"),
    when the text never names the district it lies in: a commune's news told in the province's
    words ("phường Tam Sơn" … "tỉnh"), not the province's news passing through one of its districts."""
    own = {c.district for c in communes}
    named = any(item.zone not in _PUBLISHER_ZONES and not item.mention.communes and any(d.code in own for d in item.mention.districts)
                for item in seen)
    return [] if named else communes


# "xã Hưng Thông, huyện Hưng Nguyên", "phường Tân Lộc, quận Thốt Nốt", "xã Song Liễu (thị xã Thuận Thành)":
# the joint between a commune and the district it lies in, written as its address
@lru_cache(maxsize=1)
def _address_joint() -> re.Pattern[str]:
    return re.compile(rf"\s*[,(–-]\s*(?:{_district_word()}\s*)?", re.IGNORECASE)


def _commune_address(district: Mention, typed: list[_Seen], communes: list[Commune], text: str) -> bool:
    """The district named is the commune's own, right after the commune as its address: where
    the commune is, not a second place the news is of (3 development pages, 3 sites)."""
    own = {c.district for c in communes if c.district}
    if not own or any(d.code not in own for d in district.districts):
        return False
    return any(_address_joint().fullmatch(text, item.mention.start + len(item.mention.text), district.start) is not None
               for item in typed if item.mention.start < district.start)


def _opening_sentences(article: Article) -> list[str]:
    """The lead's first sentence; and the next paragraph's, when the lead only sets the
    scene ("Thực hiện Kế hoạch …") and the news opens there ("Ngày 21/12/2023 Ban …")."""
    paragraphs = [b.text for b in article.blocks if b.kind in ("lead", "paragraph")][:2]
    opening = [next(iter(sentences(text)), "") for text in paragraphs[:1]]
    if len(paragraphs) == 2 and read_dateline(paragraphs[0]) is None and read_dateline(paragraphs[1]) is not None:
        opening.append(next(iter(sentences(paragraphs[1])), ""))
    return opening


def _commune_named(text: str, mention: Mention) -> re.Match | None:
    """Where the text names the mention as a commune ("xã Tân Việt", "TT. Long Hải")."""
    return _as_commune(mention.text).search(text)


@lru_cache(maxsize=4096)  # asked for every commune mention against the title and opening: compile once
def _as_commune(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!thị )(?:{commune_words_pattern()})\s*{re.escape(name)}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _commune_word_at_end() -> re.Pattern[str]:
    """A commune's unit word ending a text ("… UBND xã ", "… Đảng ủy P."): place_types of abbreviations.yml."""
    return re.compile(rf"(?:{commune_words_pattern()})\s*$", re.IGNORECASE)


def _subject_in(sentence: str, mention: Mention) -> bool:
    """The lead's first sentence names this commune (as a commune) as the one acting or meeting."""
    at = sentence.find(mention.text)
    typed = _commune_named(sentence, mention)
    if at < 0 or (mention.written_type in COMMUNE_TYPES and typed is None):
        return False
    at = typed.start() if typed else at
    before = _commune_word_at_end().sub("", sentence[:at])
    if _district_scope().search(before):
        return False  # "Huyện ủy X tổ chức … tại xã Y": the district is the subject
    return bool(_COMMUNE_SUBJECT.search(before)) or (at < 60 and _COMMUNE_NAMED_BEFORE.search(before) is None)


# "Xã Xuân Trường nằm ở phía đông thị trấn Bảo Lạc": the first commune the lead names is its subject, not the next
_COMMUNE_NAMED_BEFORE = re.compile(rf"(?<![Tt]hị )\b(?:[Xx]ã|[Pp]hường|[Tt]hị\s+trấn)\s+(?:{CAPITAL}|\d)")


def _type_on(district: District, written_types: dict, when: date | None) -> str | None:
    """The unit's type on the article's date: history, then the article's own words; None for
    an undated article that does not write the type of a unit whose type changed
    (huyện Thủy Nguyên until 2025, thành phố since)."""
    known = district.type_on(when)
    if known:
        return known
    written = written_types.get(district)
    if written:
        return written.most_common(1)[0][0]
    if when is None and len({period[0] for period in district.history}) > 1:
        return None
    return district.type
