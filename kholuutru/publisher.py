"""The page's URL as evidence: who published it.

A scraper often keeps the page's address (`url:` in seeds/<name>.yml, or a "URL: …"
line it wrote above the page: address_on_top). Its
host names the publisher (a provincial paper, a district portal) and so the
province or district the article is most likely about; its path often
carries the publication date (url_path.py). Both are evidence weighed with the text, never
verdicts: publishers.yml says how hosts are read.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

from . import data
from .text import exact_key, fold, unaccented
from .url_path import _slug_tokens


@dataclass(frozen=True)
class Publisher:
    host: str
    kind: str  # provincial paper | party committee | tv | portal | district portal | national | organisation | ...
    name: str | None = None
    province: str | None = None  # provinces.yml name
    district: str | None = None  # a district's short name, when the host is a district's or commune's site
    district_province: str | None = None
    commune: str | None = None  # "phường Phúc Đồng" of phucdong.longbien.hanoi.gov.vn: the commune's own site
    # yenminh.tuyenquang.gov.vn: a label naming a district of a province merged into the host's in
    # 2025 (Yên Minh, Hà Giang). Before 1 July 2025 that district's site; after, maybe the new
    # commune named after it: the former province and district hold only for articles before.
    former_province: str | None = None
    # bathuoc.thanhhoa.gov.vn, dongdang.langson.gov.vn: the commune of the 2025 list the first label
    # spells, whose site it is from 1 July 2025 (the district is gone, or the name had other types before)
    commune_2025: str | None = None
    # mnphuctrach.huongkhe.edu.vn: a school under its district's education office, named after its
    # commune (xã Phúc Trạch); a school's news is as often its district's, so only a last resort
    school_commune: str | None = None


def host_of(url: str) -> str:
    """The URL's host, lower-case, without "www." or "m."."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
    return re.sub(r"^(?:www\d?\.|m\.)", "", host)


def is_web_address(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


_ADDRESS = re.compile(r"https?://\S+")
_TOP_LINES = 3


def address_on_top(text: str) -> tuple[str, int] | None:
    """The page's URL as the scraper wrote it on one of the file's first lines (and that line), alone
    or after a label (`address_labels` in boilerplate.yml), or None. Only there: an address further
    down is a link of the page's or the source it was copied from."""
    seen = 0
    for number, line in enumerate(text.split("\n", 20)[:20], start=1):
        if not line.strip():
            continue
        line = line.strip()
        label = data.boilerplate()["address_label"].match(line)  # "URL: https://…", "Link gốc: …", or none
        address = line[label.end():] if label else line
        if _ADDRESS.fullmatch(address) and is_web_address(address):
            return address, number
        seen += 1
        if seen == _TOP_LINES:
            return None
    return None


def names_a_host(text: str) -> bool:
    """"cand.com.vn", "www.baoquangninh.vn/tin": a site named by its address, without the scheme."""
    host = text.strip().split("/", 1)[0].lower()
    return bool(re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", host)) and host.endswith(tuple("." + s for s in _SUFFIXES))


@lru_cache(maxsize=1)
def outlet_host_names() -> frozenset[str]:
    """The names known outlets' hosts spell ("tienphong", "tuoitre", "hanoimoi"; "baotintuc" also as "tintuc")."""
    rules = data.publishers()
    labels = {host.split(".")[0] for host in [*(rules.get("national") or []), *(rules.get("hosts") or {})]}
    return frozenset(labels | {label.removeprefix("bao") for label in labels})


_SUFFIXES = ("com.vn", "org.vn", "net.vn", "gov.vn", "edu.vn", "info.vn", "dcs.vn", "vn", "com", "net", "org", "info")


class Spelling(NamedTuple):
    """A commune as one list spells it: the code is the commune's, whatever the spelling."""

    type: str
    name: str
    code: str
    former: bool  # the spelling of the 2019 list, for a commune merged or renamed since


def _spelling(commune) -> Spelling:
    return Spelling(commune.type, commune.name, commune.code, commune.former)


def _host_key(text: str) -> str:
    """A place's name as a host label spells it: "Phúc Đồng" → "phucdong", "Kỳ Anh" → "kyanh"."""
    return re.sub(r"[^a-z0-9]", "", unaccented(text))


@lru_cache(maxsize=1)
def _tables() -> dict:
    """Host-name readings of provinces, districts and communes, from the gazetteer's data."""
    from .gazetteer import gazetteer

    gaz = gazetteer()
    rules = data.publishers()
    provinces: dict[str, str] = {}
    for name, hosts in (rules.get("host_names") or {}).items():
        for host in hosts:
            provinces[host.replace("-", "")] = name
    for province in gaz.provinces:
        provinces.setdefault(province.slug.replace("-", ""), province.name)
    merged_into: dict[str, list[str]] = {}  # a province of 2025 → itself, then the provinces merged into it
    for province in gaz.provinces:
        merged_into.setdefault(province.successor, [province.successor])
        if province.name != province.successor:
            merged_into[province.successor].append(province.name)
    districts, everywhere, codes = _district_tables(gaz)
    return {"provinces": provinces, "districts": districts, "everywhere": everywhere, "codes": codes, "rules": rules,
            "abbreviations": _province_abbreviations(gaz, provinces), "merged_into": merged_into,
            "long_initials": {key: name for key, name in _province_initials(gaz).items() if len(key) >= LONG_INITIALS},
            "successors": {province.name: province.successor for province in gaz.provinces},  # "Bắc Kạn" → "Thái Nguyên"
            **_commune_tables(gaz, {province for province, _ in districts}, set(everywhere))}


def _district_tables(gaz) -> tuple[dict, dict, dict]:
    """(province, host key) → district name; host key → every (province, district) so spelt;
    (province, district) → the codes of the districts of that name (not one merged away before
    the 2019 snapshot)."""
    districts: dict[tuple[str, str], str] = {}
    everywhere: dict[str, set[tuple[str, str]]] = {}
    codes: dict[tuple[str, str], list[str]] = {}
    for district in gaz.districts:
        key = _host_key(district.name)
        districts[(district.province, key)] = district.name
        everywhere.setdefault(key, set()).add((district.province, district.name))
        if district.code and district.code not in gaz.codes_of_2019:
            codes.setdefault((district.province, district.name), []).append(district.code)  # Kỳ Anh: a huyện and a thị xã
    return districts, everywhere, codes


def _commune_tables(gaz, with_districts: set[str], unit_names: set[str]) -> dict:
    """The communes' host readings: by province, of the 2025 list, everywhere, and in the
    provinces the lists give no districts; unit_names gains every commune's host key."""
    province_communes: dict[tuple[str, str], set[Spelling]] = defaultdict(set)  # (province, host key) → communes
    communes_2025: dict[tuple[str, str], set[Spelling]] = defaultdict(set)  # the same, of the 2025 list only
    # host key → (province, spelling) of every commune so spelt, in the provinces that have districts
    communes_everywhere: dict[str, set[tuple[str, Spelling]]] = defaultdict(set)
    # host key → (province before 2025, type) of each commune of a province the lists give no districts
    # (Huế, renamed in 2025): a name it shares makes another province's reading of a bare host doubtful
    predecessors = defaultdict(set)
    for province in gaz.provinces:
        if province.name != province.successor:
            predecessors[province.successor].add(province.name)
    communes_without_districts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for commune in gaz.every_commune():
        key = _host_key(commune.name)
        unit_names.add(key)  # host key of every district's and commune's name, of any era
        spelling = _spelling(commune)
        province_communes[(commune.province, key)].add(spelling)
        if commune.era == "2025":
            communes_2025[(commune.province, key)].add(spelling)
        if commune.province in with_districts:
            communes_everywhere[key].add((commune.province, spelling))
        elif len(predecessors[commune.province]) == 1:
            communes_without_districts[key].add((next(iter(predecessors[commune.province])), commune.type))
    return {"province_communes": province_communes, "communes_2025": communes_2025, "communes_everywhere": communes_everywhere,
            "unit_names": frozenset(unit_names), "communes_without_districts": communes_without_districts}


def _province_initials(gaz) -> dict[str, str]:
    """A province's initials ("dt": Đồng Tháp, "hcm": Hồ Chí Minh, "brvt"), those one province has."""
    initials: dict[str, set[str]] = defaultdict(set)
    for province in gaz.provinces:
        initials["".join(word[0] for word in unaccented(province.name).replace("-", " ").split())].add(province.name)
    return {key: names.pop() for key, names in initials.items() if len(names) == 1 and len(key) >= 2}


def _province_abbreviations(gaz, provinces: dict[str, str]) -> dict[str, str]:
    """How a host may end on a province after a district's name: its host names ("brvt",
    "hcm", "thaibinh") and its initials ("dt": Đồng Tháp, "tb": Thái Bình), those one province has."""
    found = _province_initials(gaz)
    found.update(provinces)
    return found


def _district_before_its_province(name: str, tables: dict) -> set[tuple[str, str]]:
    """(province, district) a label names as a district's name, then its province's host name or
    initials ("chauduc-brvt": Châu Đức, Bà Rịa - Vũng Tàu; "thapmuoidt": Tháp Mười, Đồng Tháp;
    "1hcm": Quận 1): only a district that province has, so the two names vouch for each other."""
    return {(province, tables["districts"][(province, name[: -len(key)])])
            for key, province in tables["abbreviations"].items()
            if name.endswith(key) and len(name) > len(key) and (province, name[: -len(key)]) in tables["districts"]}


def _district_places(name: str, tables: dict) -> set[tuple[str, str]]:
    """The districts a host label's name may be: its own reading, else a district before its province."""
    return tables["everywhere"].get(name) or _district_before_its_province(name, tables)


def _commune_in_labels(labels: list[str], province: str, district: str, tables: dict) -> str | None:
    """The commune a district's sub-domain names ("phucdong" of phucdong.longbien.hanoi.gov.vn,
    a trailing number dropped), as "phường Phúc Đồng"; only a name one commune of that
    district has (of the province, for a district merged away), and not the district's own."""
    from .gazetteer import gazetteer

    codes = tables["codes"].get((province, district))
    if not labels:
        return None
    if not codes:  # a district merged away before the snapshot (thành phố Ninh Bình, 2025): one commune of its province
        return _province_commune(labels[0], province, tables)
    gaz = gazetteer()
    label = labels[0].replace("-", "")
    readings = [(re.sub(r"\d+$", "", label), None)]  # a trailing number is the site's, not the name's
    readings += _typed_readings(label, tables)  # "phuong1": phường 1
    type_only = (tables["rules"].get("commune_prefixes") or {}).get(label)
    if type_only:  # "thitran.muongte.laichau.gov.vn": only the type, of the commune named as its district
        readings.append((_host_key(district), type_only))
    for wanted, unit in readings:
        if not wanted or (wanted == _host_key(district) and unit is None):  # the district's own name: its own site
            continue
        found = _district_communes(codes, wanted, gaz, unit)
        if found:
            return _one_commune(found)
    return _commune_by_telex_tone(label, codes, gaz)


# Telex, the Vietnamese keyboard scheme: the letter typed after a word for its tone mark
_TELEX_TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}


def _commune_by_telex_tone(label: str, codes: list[str], gaz) -> str | None:
    """Two communes of a district spelt alike without marks get sites told apart by the Telex
    letter of the last word's tone: "hoangquys" is xã Hoằng Quý (sắc), not xã Hoằng Quỳ (huyền);
    "ngathanhf" xã Nga Thành, not Nga Thạnh. Read only when the label names no commune as it is."""
    tone = _TELEX_TONES.get(label[-1:])
    if tone is None or len(label) < 4:
        return None
    found = _district_communes(codes, label[:-1], gaz, tone=tone)
    return _one_commune(found) if found else None


def _district_communes(codes: list[str], key: str, gaz, unit: str | None = None, tone: str | None = None) -> set[Spelling]:
    """The communes of these districts whose name a host label spells as key (of that type, with
    that tone mark on the last word, when asked)."""
    return {_spelling(c) for code in codes for name in gaz.commune_names(code) if _host_key(name) == key
            and (tone is None or tone in unicodedata.normalize("NFD", name.split()[-1]))
            for c in gaz.communes(exact_key(name)) if c.district == code and unit in (None, c.type)}


def slug_commune(url: str | None) -> str | None:
    """The commune of a district's site that the URL's slug names with its type spelt out
    ("…/xa-binh-phu-to-chuc-giao-luu-….html" on huyenuygocongtay.vn: "xã Bình Phú"): a district's
    site files its communes' news under the commune's name, as the headline the slug spells does."""
    site = publisher_of(url)
    if site is None or not site.district or site.commune:
        return None
    tables = _tables()
    codes = tables["codes"].get((site.district_province or site.province, site.district))
    tokens = _slug_tokens(url)
    if not codes or not tokens:
        return None
    from .gazetteer import gazetteer

    for start, unit in _spelt_commune_types(tokens, tables):
        for size in (4, 3, 2, 1):
            name = "".join(tokens[start:start + size])
            found = _district_communes(codes, name, gazetteer(), unit) if name else set()
            if found and (commune := _one_commune(found)):
                return commune
    return None


def _spelt_commune_types(tokens: list[str], tables: dict) -> list[tuple[int, str]]:
    """(where the name starts, the type) for each commune type a slug spells out in full ("xa",
    "phuong", "thi-tran": publishers.yml commune_prefixes whose key is the type's own letters), not
    the "xa" of "thi-xa" (a district's type)."""
    from .gazetteer import DISTRICT_TYPES

    full = {key: unit for key, unit in (tables["rules"].get("commune_prefixes") or {}).items() if _host_key(unit) == key}
    district_types = {_host_key(unit) for unit in DISTRICT_TYPES}
    found = []
    for index in range(len(tokens)):
        for size in (1, 2):
            spelt = "".join(tokens[index:index + size])
            after_district_type = index > 0 and tokens[index - 1] + spelt in district_types
            if spelt in full and index + size < len(tokens) and not after_district_type:
                found.append((index + size, full[spelt]))
    return found


def _province_commune(label: str, province: str, tables: dict, communes: str = "province_communes") -> str | None:
    """The commune a province's sub-domain names ("longha" of longha.dongnai.gov.vn, "ttgiolinh"
    of ttgiolinh.quangtri.gov.vn), as "xã Long Hà": a name one commune of that province has
    (before the reform or after: one that kept its name is one), not a district's; with
    communes="communes_2025", one of the 2025 list only."""
    plain = label.replace("-", "")
    readings = [(plain, None)] + _typed_readings(plain, tables)
    for wanted, unit in readings:
        found = {spelling for spelling in tables[communes].get((province, wanted), ()) if unit in (None, spelling.type)}
        if found and (commune := _one_commune(found)):
            return commune
    return None


def _typed_readings(plain: str, tables: dict) -> list[tuple[str, str]]:
    """(name, unit type) a label spells after a commune's type ("phuong1": phường 1, "xavinhtrung");
    not a one-letter type that makes an onset with the next letter: "phongchau" opens on the "ph"
    of Phong Châu, not on "p" (phường) before Hồng Châu."""
    return [(plain[len(prefix):], unit) for prefix, unit in (tables["rules"].get("commune_prefixes") or {}).items()
            if plain.startswith(prefix) and len(plain) > len(prefix) and not (len(prefix) == 1 and plain[:2] in _TWO_LETTER_ONSETS)]


def _one_commune(found: set[Spelling]) -> str | None:
    """"xã Ea Ly" when the communes found are one: one code and type however the lists spell
    the name ("Ealy" in 2019, "Ea Ly" now: the current spelling), or one name however they
    capitalise it ("AL Bá" before 2025, "Al Bá" after: the spelling with the fewest capitals).
    Not one commune whose type changed (xã Tiên Điền, since thị trấn): that depends on the date."""
    by_code: dict[tuple[str, str], Spelling] = {}
    for spelling in sorted(found, key=lambda s: (s.former, _capitals(s.name), s)):
        by_code.setdefault((spelling.code, spelling.type), spelling)
    named = {(spelling.type, spelling.name) for spelling in by_code.values()}
    if len({(kind, exact_key(name)) for kind, name in named}) != 1:
        return None
    return " ".join(min(named, key=lambda pair: (_capitals(pair[1]), pair)))


def _capitals(name: str) -> int:
    return sum(ch.isupper() for ch in name)


def _split_host(host: str) -> tuple[list[str], str]:
    """Host labels without the public suffix, and the suffix ("lucngan.bacgiang", "gov.vn")."""
    for suffix in _SUFFIXES:
        if host.endswith("." + suffix):
            return host[: -len(suffix) - 1].split("."), suffix
    return host.split("."), ""


def _province_in_label(label: str, tables: dict) -> tuple[str, dict | None] | None:
    """(province, what the words around its name say) for a host label such as "baobacgiang"."""
    plain = label.replace("-", "")
    provinces, rules = tables["provinces"], tables["rules"]
    if plain in provinces:
        return provinces[plain], None
    for prefix, meaning in (rules.get("label_prefixes") or {}).items():
        if plain.startswith(prefix) and plain[len(prefix):] in provinces:
            return provinces[plain[len(prefix):]], meaning
    for suffix, meaning in (rules.get("label_suffixes") or {}).items():
        if plain.endswith(suffix) and plain[: -len(suffix)] in provinces:
            return provinces[plain[: -len(suffix)]], meaning
    return None


def _district_in_labels(labels: list[str], province: str, tables: dict) -> tuple[str, str] | None:
    """(district, its province) a sub-domain names ("lucngan" of lucngan.bacgiang.gov.vn, "haihau"
    of hailong-haihau.namdinh.gov.vn, "huyendakglei" of huyendakglei.kontum.gov.vn); since 2025
    a merged province's district sits under the new province's domain (yenminh.tuyenquang.gov.vn:
    Yên Minh of Hà Giang)."""
    prefixes = tables["rules"].get("district_prefixes") or ()
    endings = tables["rules"].get("district_suffixes") or ()
    for label in reversed(labels):
        for part in reversed(label.split("-")):
            readings = [part] + [part[len(prefix):] for prefix in prefixes if part.startswith(prefix)]  # "huyendakglei"
            readings += [part[: -len(ending)] for ending in endings if part.endswith(ending)]  # "kontumcity"
            for home in tables["merged_into"].get(province, (province,)):
                name = next((tables["districts"][(home, key)] for key in readings if (home, key) in tables["districts"]), None)
                if name:
                    return name, home
    return None


def _city_named_as_province(labels: list[str], position: int, province: str, tables: dict) -> tuple[str, str] | None:
    """(district, province) when the label before the province's is only a city's or a town's word
    (publishers.yml `city_labels`): "thanhpho.laichau.gov.vn" is the site of thành phố Lai Châu."""
    if position == 0 or labels[position - 1] not in (tables["rules"].get("city_labels") or ()):
        return None
    name = tables["districts"].get((province, labels[position].replace("-", "")))
    return (name, province) if name else None


@lru_cache(maxsize=4096)
def publisher_of(url: str | None) -> Publisher | None:
    """Who published the page at url, as far as its host tells; None when it does not."""
    if not url:
        return None
    host = host_of(url)
    if not host:
        return None
    tables = _tables()
    rules = tables["rules"]
    known = _known_host(host, rules)
    if known is not None:
        return known
    labels, suffix = _split_host(host)
    for position in range(len(labels) - 1, -1, -1):
        found = _province_in_label(labels[position], tables)
        if not found:
            continue
        province, meaning = found
        district, home = (_district_in_labels(labels[:position], province, tables)
                          or _city_named_as_province(labels, position, province, tables) or (None, province))
        if home != province:  # botrach.quangtri.gov.vn: from 1 July 2025 the site of xã Bố Trạch (Quảng Trị)
            commune_2025 = (_province_commune(labels[0], province, tables, "communes_2025")
                            if position == 1 and suffix == "gov.vn" else None)
            return Publisher(host, "portal", None, province, district, home, former_province=home, commune_2025=commune_2025)
        commune = _commune_in_labels(labels[: position - 1], province, district, tables) if district and position >= 2 else None
        if district and position == 1 and "-" in labels[0]:  # "hailong-haihau": xã Hải Long of huyện Hải Hậu
            commune = _commune_in_labels([labels[0].rsplit("-", 1)[0]], province, district, tables)
        if district is None and position == 1 and suffix == "gov.vn":
            commune = _province_commune(labels[0], province, tables)  # "longha.dongnai.gov.vn": a commune's own site
        commune_2025 = (_province_commune(labels[0], province, tables, "communes_2025")
                        if position == 1 and suffix == "gov.vn" and not commune else None)
        if meaning is None:
            meaning = (rules.get("domains") or {}).get(suffix) or {"kind": "portal", "name": None}
        kind = meaning["kind"]
        if district and kind == "portal":
            kind = "district portal"
        if meaning.get("city"):
            district = tables["districts"].get((province, labels[position].replace("-", "")[: -len("city")]))
        name = meaning.get("name")
        return Publisher(host, kind, name.format(province=province) if name and not district and not commune else None,
                         province, district, province if district else None, commune, commune_2025=commune_2025)
    return (_district_host(host, labels, suffix, rules, tables) or _bare_unit_host(host, labels, suffix, tables)
            or _bare_commune_with_its_type(host, labels, suffix, tables) or _organisation_host(host, labels, tables))


# The fewest letters a province's host name must have to be read inside a longer label
# ("conganbacninh": yes; "hue" inside "khuevien": no).
GLUED_NAME_LETTERS = 5
# The fewest letters a province's initials must have to be read ending a longer label ("hcm", not "dt")
LONG_INITIALS = 3


def _organisation_host(host: str, labels: list[str], tables: dict) -> Publisher | None:
    """"conganbacninh.vn", "benhviendklaichau.vn", "quangninhcustoms.gov.vn": a province's
    police, hospital or office, its name glued to the province's in the site's own label; after
    a body's known abbreviation, the province's short host name or initials too ("vkshue.gov.vn",
    "vkskh.gov.vn": the procuracies of Huế and Khánh Hòa; publishers.yml organisation_prefixes), after any
    word, its initials of three letters or more ("pasteurhcm") or a district's word and name ("…quan7") (not
    a sub-domain's: "thphutho.tptdm.edu.vn" is a school named after a ward). Else
    "tuoitrethangbinh.vn", "ttytdakrong.vn", "pgdtxhongngu.edu.vn": a district's youth union,
    health centre or office, the district's name ending the label: its province (not its
    district: such a site reports on the district's communes as much). Read only when one
    province fits ("phuninh": Phú Ninh and Phù Ninh, none)."""
    plain = labels[-1].replace("-", "")
    if any(name in tables["unit_names"] for name in [plain, *(name for name, _ in _typed_readings(plain, tables))]):
        return None  # "tanminh", "xathuongson": a commune's own name, not "t" before An Minh, "xat" before Hương Sơn
    prefix = next((p for p in sorted(tables["rules"].get("organisation_prefixes") or (), key=len, reverse=True)
                   if plain.startswith(p)), None)  # the longest: "vksnd" is the procuracy, not "vks" before Nam Định
    if prefix and plain[len(prefix):] in tables["abbreviations"]:  # "vkskh": the procuracy of Khánh Hòa
        return Publisher(host, "organisation", None, tables["abbreviations"][plain[len(prefix):]])
    found = {tables["provinces"][key] for key in _glued(plain, tables["provinces"], at_start=True)}
    found = found or {tables["long_initials"][key] for key in _glued_initials(plain, tables["long_initials"])}
    if not found:
        found = {province for key in _glued(plain, tables["everywhere"]) for province, _ in tables["everywhere"][key]}
    if not found:
        found = {province for key in _glued_after_a_district_word(plain, tables) for province, _ in tables["everywhere"][key]}
    return Publisher(host, "organisation", None, found.pop()) if len(found) == 1 else None


def _glued(plain: str, names, at_start: bool = False) -> list[str]:
    """The host names of `names` glued to another word in a site's label: ending it (after
    another word, the name opening its own syllable, and not the tail of a longer name that
    ends it: "thpttanphu" is Tân Phú, not An Phú), or, with at_start, opening it."""
    ending = [key for key in names if len(key) >= GLUED_NAME_LETTERS and plain != key and plain.endswith(key)]
    return [key for key in names if len(key) >= GLUED_NAME_LETTERS and plain != key
            and ((at_start and plain.startswith(key))
                 or (key in ending and not any(len(other) > len(key) and other.endswith(key) for other in ending)
                     and _another_word_before(plain[: -len(key)]) and _opens_a_syllable(plain[: -len(key)], key)))]


def _glued_initials(plain: str, initials: dict[str, str]) -> list[str]:
    """The initials of a province of three words or more ("hcm": Hồ Chí Minh, "tth": Thừa Thiên Huế,
    "brvt") ending a label after an organisation's word ("pasteurhcm", "thuvienbrvt"): too short to be
    read as glued names are, but no syllable ends on three consonants. What comes before holds a vowel:
    a word, not more initials ("ttth": trung tâm tin học)."""
    return [key for key in initials if plain != key and plain.endswith(key) and _another_word_before(plain[: -len(key)])
            and re.search("[aeiouy]", plain[: -len(key)])]


def _glued_after_a_district_word(plain: str, tables: dict) -> list[str]:
    """A district's name too short to be read glued ("7", "vinh") ending a label after its unit's word,
    itself after an organisation's word ("nhathieunhiquan7": Quận 7; publishers.yml district_prefixes),
    the word opening a syllable of its own (not "c" + "huyen" of "chuyen")."""
    found = []
    for word in tables["rules"].get("district_prefixes") or ():
        for key in (key for key in tables["everywhere"] if len(key) < GLUED_NAME_LETTERS and plain.endswith(word + key)):
            rest = plain[: -len(word + key)]
            if rest and _another_word_before(rest) and rest[-1] + word[0] not in _TWO_LETTER_ONSETS:
                found.append(key)
    return found


# Letters no Vietnamese syllable ends on: a vowel after one of them belongs to its syllable
_NOT_FINAL = frozenset("bdgkhlqrsvx")
# The two-letter onsets of a Vietnamese syllable: a letter before a second one of these is not a word of its own
_TWO_LETTER_ONSETS = frozenset(("ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"))


def _opens_a_syllable(rest: str, key: str) -> bool:
    """Whether a name glued after `rest` may open its own syllable: not a name opening on a
    vowel after a letter no syllable ends on, nor on "y" after "u" ("b|anduong" is Bạn Đường,
    not An Dương; "thpttr|anphu" Trần Phú; "thcsnguy|enbinh" Nguyễn Bính); "congan|anphu" may."""
    if key[0] == "y":
        return rest[-1] != "u"
    if key[0] in "aeiou":
        return rest[-1] not in _NOT_FINAL or rest[-2:] in ("ch", "nh", "ng")
    return True


def _another_word_before(rest: str) -> bool:
    """Whether the letters before a name ending a label are an organisation's word ("congan",
    "ttyt", "tuoitre"), not a school's prefixes alone ("thcs", "truongthpt", "thptchuyen": a
    school is named after a commune or a person as often, "truongthptngoquyen": Ngô Quyền) nor a
    commune's type ("phuongtanphuoc": a ward's own site, its name one of communes in many provinces)."""
    return _school_prefixes().fullmatch(rest) is None and rest not in (data.publishers().get("commune_prefixes") or {})


@lru_cache(maxsize=1)
def _school_prefixes() -> re.Pattern:
    """One school prefix or more run together ("truong" + "thpt", "thpt" + "chuyen")."""
    rules = data.publishers()
    words = sorted({*(rules.get("school_prefixes") or ()), *(rules.get("school_name_words") or ())}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")+")


def _known_host(host: str, rules: dict) -> Publisher | None:
    for listed, entry in (rules.get("hosts") or {}).items():
        if host == listed or host.endswith("." + listed):
            return Publisher(host, entry["kind"], entry.get("name"), entry.get("province"))
    for listed in rules.get("national") or ():
        if host == listed or host.endswith("." + listed):
            return Publisher(host, "national")
    return None


def _district_host(host: str, labels: list[str], suffix: str, rules: dict, tables: dict) -> Publisher | None:
    """"huyendienbien.gov.vn", "halongcity.gov.vn": a district's own site; "mnhoahuongduong.longbien.edu.vn":
    a school under a district's education office. Read only when the district's name is unique."""
    for position, label in enumerate(labels):
        names = [label[len(prefix):] for prefix in rules.get("district_prefixes") or () if label.startswith(prefix)]
        if "" in names and position + 1 < len(labels):  # "huyenuy.namtramy.gov.vn": the word alone, then the name
            names.append(labels[position + 1])
        names += [label[: -len(ending)] for ending in rules.get("district_suffixes") or () if label.endswith(ending)]
        for name in names:
            places = _district_places(name, tables)
            if len(places) == 1:
                province, district = next(iter(places))
                commune = _commune_in_labels(labels[position - 1: position], province, district, tables) if position else None
                return Publisher(host, "district portal", None, province, district, province, commune)
    offices = rules.get("district_office_prefixes") or ()
    for position, label in enumerate(labels[1:], start=1) if suffix in ("edu.vn", "gov.vn") else ():
        plain = label.replace("-", "")
        name = next((plain[len(prefix):] for prefix in offices if plain.startswith(prefix)), plain)
        places = _district_places(name, tables)
        if len(places) == 1:  # the district office a school or commune site sits under: the province, not the article's place
            province, district = next(iter(places))
            commune = _commune_in_labels(labels[position - 1: position], province, district, tables) if suffix == "gov.vn" else None
            if commune:  # … unless it is a commune's own site: "xatuongson.thachha.gov.vn"
                return Publisher(host, "district portal", None, province, district, province, commune)
            school = _school_commune(labels[position - 1], province, district, tables) if suffix == "edu.vn" else None
            return Publisher(host, "portal", None, province, school_commune=school)
    return None


def _bare_unit_host(host: str, labels: list[str], suffix: str, tables: dict) -> Publisher | None:
    """"thuongxuan.gov.vn", "binhhunghoaa.gov.vn": a district's or a commune's own government site,
    its name alone before "gov.vn"; read only when one unit of the whole country has that name
    (no district or commune of another province shares it: "anlao", "phuninh" are several).
    A commune's site names the commune; a district's, its province only."""
    if suffix != "gov.vn" or len(labels) != 1:
        return None
    plain = labels[0].replace("-", "")
    districts = tables["everywhere"].get(plain, set())
    communes = tables["communes_everywhere"].get(plain, set())
    if len(districts) == 1:
        communes = {(p, s) for p, s in communes if not _heir_of(p, s, next(iter(districts)), plain, tables)}
    provinces = {province for province, _ in districts} | {province for province, _ in communes}
    provinces |= {province for province, _ in tables["communes_without_districts"].get(plain, ())}
    if len(provinces) != 1:
        return None
    province = provinces.pop()
    if len(districts) == 1:  # the province only: a district's news is as often one of its communes' ("nongcong.gov.vn")
        successor = tables["successors"].get(province, province)
        if successor != province:  # babe.gov.vn: Bắc Kạn's district, from 1 July 2025 Thái Nguyên's xã Ba Bể
            return Publisher(host, "portal", None, successor, former_province=province)
        return Publisher(host, "portal", None, province)
    commune = _one_commune({spelling for _, spelling in communes}) if not districts else None
    return Publisher(host, "portal", None, province, commune=commune) if commune else None


def _heir_of(province: str, spelling: Spelling, district: tuple[str, str], plain: str, tables: dict) -> bool:
    """The commune of the 2025 list that took the name of a district of a province merged into its
    own (xã Ba Bể of Thái Nguyên, after huyện Ba Bể of Bắc Kạn): the same place, not another one."""
    home, _ = district
    return province != home and province == tables["successors"].get(home) and spelling in tables["communes_2025"].get((province, plain), ())


def _bare_commune_with_its_type(host: str, labels: list[str], suffix: str, tables: dict) -> Publisher | None:
    """"phuongbenthanh.gov.vn", "xavinhtrung.gov.vn": a commune's own site, its type before its name;
    read only when one commune of that type in the whole country has the name."""
    if suffix != "gov.vn" or len(labels) != 1:
        return None
    plain = labels[0].replace("-", "")
    for name_key, unit in _typed_readings(plain, tables):
        found = {(province, spelling) for province, spelling in tables["communes_everywhere"].get(name_key, ())
                 if spelling.type == unit}
        provinces = {p for p, _ in found} | {p for p, kind in tables["communes_without_districts"].get(name_key, ()) if kind == unit}
        commune = _one_commune({spelling for _, spelling in found}) if len(provinces) == 1 else None
        if commune:
            return Publisher(host, "portal", None, next(iter(found))[0], commune=commune)
    return None


def _school_commune(label: str, province: str, district: str, tables: dict) -> str | None:
    """The commune a school's label names after its prefix ("mnphuctrach" of
    mnphuctrach.huongkhe.edu.vn: the nursery school of xã Phúc Trạch), under its district's
    education office: schools of a commune are named after it. Not a commune named after a
    person ("thcstranhungdao.pgdhoankiem.edu.vn"): schools everywhere are named after the same heroes."""
    plain = label.replace("-", "")
    for prefix in sorted(tables["rules"].get("school_prefixes") or (), key=len, reverse=True):
        if plain.startswith(prefix) and len(plain) > len(prefix) + 3:
            commune = _commune_in_labels([plain[len(prefix):]], province, district, tables)
            return None if commune and _a_persons_name(commune.split(" ", 1)[1].removeprefix("trấn ")) else commune
    return None


# The family names a two-syllable commune name opening with is a person's (phường Trần Phú, Nguyễn Du)
_PERSONS_FAMILY_NAMES = ("Nguyễn", "Trần")


def _a_persons_name(name: str) -> bool:
    """"Trần Hưng Đạo", "Lê Minh Xuân", "Trần Phú": three syllables or more after a family name,
    or two after the commonest ones; "Lê Ninh", "Vũ Bản" are places."""
    words = name.split()
    return fold(words[0]) in data.surnames() and (len(words) >= 3 or words[0] in _PERSONS_FAMILY_NAMES)
