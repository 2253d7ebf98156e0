"""The page's URL as evidence: who published it, and the date in its path.

A scraper often keeps the page's address (`url:` in seeds/<name>.yml, or a "URL: …"
line it wrote above the page: address_on_top). Its
host names the publisher (a provincial paper, a district portal) and so the
province or district the article is most likely about; its path often
carries the publication date. Both are evidence weighed with the text, never
verdicts: publishers.yml says how hosts are read.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

from . import data
from .dates import ONLINE_SINCE, FoundDate, in_vietnam_time, valid_date
from .text import exact_key, fold, unaccented


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


# --- the publisher ------------------------------------------------------------------------


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


def _province_abbreviations(gaz, provinces: dict[str, str]) -> dict[str, str]:
    """How a host may end on a province after a district's name: its host names ("brvt",
    "hcm", "thaibinh") and its initials ("dt": Đồng Tháp, "tb": Thái Bình), those one province has."""
    initials: dict[str, set[str]] = defaultdict(set)
    for province in gaz.provinces:
        initials["".join(word[0] for word in unaccented(province.name).replace("-", " ").split())].add(province.name)
    found = {key: names.pop() for key, names in initials.items() if len(names) == 1 and len(key) >= 2}
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


def _organisation_host(host: str, labels: list[str], tables: dict) -> Publisher | None:
    """"conganbacninh.vn", "benhviendklaichau.vn", "quangninhcustoms.gov.vn": a province's
    police, hospital or office, its name glued to the province's in the site's own label; after
    a body's known abbreviation, the province's short host name or initials too ("vkshue.gov.vn",
    "vkskh.gov.vn": the procuracies of Huế and Khánh Hòa; publishers.yml organisation_prefixes) (not
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
    if not found:
        found = {province for key in _glued(plain, tables["everywhere"]) for province, _ in tables["everywhere"][key]}
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


# --- the date in the path ----------------------------------------------------------------


_PATH_DATES = (
    # /2019/08/27/, /2019-08-27/ or /2025-4-2/ : the day
    (re.compile(r"(?<!\d)(?P<y>20\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?!\d)"), "day"),
    # -20190421194045736.htm (a timestamp of 14 to 17 digits) or -20190421.htm
    (re.compile(r"(?<!\d)(?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\d{6,9})?(?=\D|$)"), "day"),
    # a slug ending with the day: "…-sai-pham-22-02-2012/", "…-dot-19-5-2020.html"
    (re.compile(r"-(?P<d>[0-3]?\d)-(?P<m>[01]?\d)-(?P<y>20\d\d)(?=\.html?$|\.aspx$|/?$)"), "day"),
    # /201504/ or /2019/08/ : the month
    (re.compile(r"/(?P<y>20\d\d)/?(?P<m>[01]\d)/"), "month"),
    # … or /2020/12 ending the path: a blog's month archive ("…blogspot.com/2020/12"; not an id "/201912")
    (re.compile(r"/(?P<y>20\d\d)/(?P<m>[01]\d)$"), "month"),
)

# A slug's anniversary span, "ky-niem-71-nam-ngay-thanh-lap-…-22-12-1944-22-12-2015": its second date
# is the day remembered (weeks from the posting, either side), not the day of posting
_SPAN_OPENS = re.compile(r"(?<!\d)[0-3]?\d-[01]?\d-(?:1[89]|20)\d\d-?$")


def url_date(url: str | None) -> FoundDate | None:
    """The publication date a URL's path carries (day, or month with day 1), if any."""
    if not url:
        return None
    try:
        path, query = urlsplit(url)[2:4]
    except ValueError:
        return None
    if found := _joomla_time_alias(path, query):
        return found
    for pattern, precision in _PATH_DATES:
        for match in pattern.finditer(path):
            if _SPAN_OPENS.search(path, 0, match.start()):
                continue  # "…-thanh-lap-dang-3-2-1930-3-2-2020": the anniversary, not the day of posting
            year, month = int(match["y"]), int(match["m"])
            day = int(match.groupdict().get("d") or 1)
            if valid_date(day, month, year) and year <= date.today().year:
                return FoundDate(day, month, year, precision=precision)
    return _stamped_id(path)


# Joomla gives an article whose title leaves no Latin letters for an alias the time it was saved,
# in UTC, as its alias (JTable check(): getDate()->format("Y-m-d-H-i-s")): "index.php?option=com_content
# &view=article&id=535:2015-05-04-06-55-26&catid=…", the colon often written %3A, or with search-engine
# friendly URLs the id and alias as the path's last part ("…/chinh-quyn/1720-2019-04-04-04-27-07")
_TIME_ALIAS = r"(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)-(?P<h>\d\d)-(?P<min>\d\d)-\d\d"
_JOOMLA_QUERY_ALIAS = re.compile(rf"(?:^|&)id=\d+(?::|%3A){_TIME_ALIAS}(?=&|$)", re.I)
_JOOMLA_PATH_ALIAS = re.compile(rf"/\d+-{_TIME_ALIAS}(?:\.html?)?/?$")


def _joomla_time_alias(path: str, query: str) -> FoundDate | None:
    """The day, in Vietnam, of a Joomla article's time alias."""
    match = _JOOMLA_PATH_ALIAS.search(path) or _JOOMLA_QUERY_ALIAS.search(query)
    if match is None or not valid_date(int(match["d"]), int(match["m"]), int(match["y"])) or int(match["h"]) > 23:
        return None
    saved = in_vietnam_time(FoundDate(int(match["d"]), int(match["m"]), int(match["y"]), int(match["h"]), int(match["min"])), "Z")
    return FoundDate(saved.day, saved.month, saved.year, precision="day") if saved.year <= date.today().year else None


# A slug's anniversary span, the day and month the same at both ends: "…-3-2-1930-3-2-2024",
# "…-0441955-0442015" (digits run together), "…-22121944-22122022"
_ANNIVERSARY_SPAN = re.compile(r"(?:^|\D)(?P<since>\d{1,2}-\d{1,2}-|\d{3,4})(?P<founded>1[89]\d\d|20\d\d)-(?P<again>\d{1,2}-\d{1,2}-|\d{3,4})(?P<year>20\d\d)(?!\d)")


def _unquoted_path(url: str | None) -> str | None:
    """The URL's path with its percent-escapes decoded (a slug's Vietnamese letters), if it parses."""
    if not url:
        return None
    try:
        return unquote(urlsplit(url).path)
    except ValueError:
        return None


def url_anniversary(url: str | None) -> tuple[int, date | None] | None:
    """The year (and day, when the digits read one way only) of the anniversary a slug's span
    remembers: a page about an anniversary is posted around it, so its year is the page's
    (the day itself is not the day of posting: see url_date)."""
    path = _unquoted_path(url)
    if path is None:
        return None
    for match in _ANNIVERSARY_SPAN.finditer(path):
        if match["since"] != match["again"] or int(match["year"]) <= int(match["founded"]):
            continue
        year = int(match["year"])
        days = {date(year, month, day) for day, month in _day_month_readings(match["since"]) if valid_date(day, month, year)}
        if days:
            return year, days.pop() if len(days) == 1 else None
    return None


def url_year(url: str | None) -> int | None:
    """A year standing alone as a folder of the path, with no month beside it ("…/portal/pages/2017/
    tu-mua-xuan-ay-2480.aspx", a blog's year archive "…blogspot.com/2021/"): the year the site filed
    the page under. Not a number that is no year since sites went online (ids: "…/details/1995")."""
    path = _unquoted_path(url)
    if path is None or url_date(url) is not None:
        return None
    years = [int(part) for part in path.split("/") if re.fullmatch(r"20\d\d", part)]
    return years[-1] if years and ONLINE_SINCE <= years[-1] <= date.today().year else None


def _day_month_readings(digits: str) -> list[tuple[int, int]]:
    """"3-2-" → (3, 2); "044" → (4, 4); "306" → (3, 6) or (30, 6)."""
    if "-" in digits:
        day, month = digits.strip("-").split("-")
        return [(int(day), int(month))]
    return [(int(digits[:cut]), int(digits[cut:])) for cut in (1, 2) if 1 <= len(digits) - cut <= 2]


# "…-198250907140619384.htm", "…-2784260301143608843": a CMS's id made of a category number
# (3 or 4 digits), then the time of posting (yymmddHHMM), then more digits
_LONG_ID = re.compile(r"(?<!\d)\d{15,20}(?=\D*$)")


def _stamped_id(path: str) -> FoundDate | None:
    """The day a long numeric id at the end of the path stamps, when one reading only is a
    time of day in a year of web news."""
    match = _LONG_ID.search(path.rsplit("/", 1)[-1])
    if match is None:
        return None
    readings = []
    for offset in (3, 4):
        yy, month, day, hour, minute = (int(match.group(0)[offset + i : offset + i + 2]) for i in range(0, 10, 2))
        year = 2000 + yy
        if 8 <= yy and year <= date.today().year and hour < 24 and minute < 60 and valid_date(day, month, year):
            readings.append(FoundDate(day, month, year, precision="day"))
    return readings[0] if len(readings) == 1 else None


_PATH_WORD = re.compile(r"[a-z]+")
_PATH_NOISE = frozenset({"html", "htm", "aspx", "php", "vgp", "epi", "tpo", "amp", "news", "tin", "tuc", "chi", "tiet", "bai", "viet", "post", "detail", "view", "www"})


def _path_parts(url: str | None) -> list[str]:
    """The URL's path segments, and the query's values that read as slugs (a portal's
    "…&_101_urlTitle=dang-uy-phuong-sai-dong-to-chuc-hoc-tap")."""
    if not url:
        return []
    try:
        parts = urlsplit(url)
        slugs = [value for _, value in parse_qsl(parts.query) if value.count("-") >= 3]
        return unquote(parts.path).split("/") + slugs
    except ValueError:
        return []


_ARTICLE_SLUG_KEY = re.compile(r"^_\w+_urlTitle$")  # Liferay's asset publisher: "…/cong-tac-dang?…&_101_urlTitle=<slug>"


def _slug_parts(url: str | None) -> list[str]:
    """The URL's parts a slug is read from: the query's "_<portlet>_urlTitle" value alone when the URL carries one
    (a Liferay portal's article, whose path names the portal page it is shown on), else the path's parts and the
    query's slug-like values (_path_parts)."""
    try:
        query = parse_qsl(urlsplit(url).query) if url else []
    except ValueError:
        return []
    titled = [value for key, value in query if _ARTICLE_SLUG_KEY.match(key) and value.strip("-")]
    return titled[-1:] if titled else _path_parts(url)


def url_words(url: str | None) -> frozenset[str]:
    """The words of a URL's path (its slug spells the headline without diacritics)."""
    return frozenset(w for part in _path_parts(url) for w in _PATH_WORD.findall(fold(part)) if len(w) > 1 and w not in _PATH_NOISE)


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL's slug, the part of its path that spells a headline
    ("…/chi-bo-truong-thpt-di-linh-to-chuc-ket-nap-dang-vien-163.html"); empty when
    no part of the path has four words or more. Of two parts as long, the later one: a path goes from the
    section to the article ("…/di-tich-lich-su-van-hoa/khu-du-lich-atk-dinh-hoa.html"), and the slug is its last step."""
    words: list[str] = []
    for part in _slug_parts(url):
        spelled = [w for w in _PATH_WORD.findall(fold(part)) if w not in _PATH_NOISE]
        if len(spelled) >= len(words):
            words = spelled
    return frozenset(words) if len(words) >= 4 else frozenset()


# --- the headline a slug spells --------------------------------------------------
# A slug is the headline without diacritics ("dang-uy-xa-al-ba-tham-hoi-…"). On a page the
# scraper saved without its headline, the page's own words give the slug its diacritics back:
# each run of slug words is copied, as printed, from the longest run of the text's words that
# folds to it ("nhiem-ky-2020-2025" → "nhiệm kỳ 2020 - 2025").

_SLUG_SPLIT = re.compile(r"[-_+.]+")
_SLUG_END = re.compile(r"\.(?:s?html?|aspx?|php|jsp|vgp|chn|cms|amp)$", re.IGNORECASE)
_SLUG_ID = re.compile(r"^[a-z]*\d[a-z\d]*$")  # a CMS's article id: digits, maybe with letters ("c184", "pmtd22s")
_URL_IN_TEXT = re.compile(r"\S*(?:https?://|www\.|\.html?\b|\.aspx\b|\.php\b)\S*|\S*[a-z\d]+(?:[-_][a-z\d]+){3,}\S*",
                          re.IGNORECASE)  # an address or a slug printed in the page: its words are not the headline's
_LISTING_PARTS = frozenset({"tag", "tags", "category", "categories", "chu-de", "chuyen-muc", "danh-muc", "tu-khoa",
                            "topic", "topics", "search", "tim-kiem", "label"})  # "/tag/<name>": a list of articles
_TEXT_WORD = re.compile(r"[^\W_]+|\n")
_LETTER = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(?:19|20)\d\d")
SLUG_MIN_WORDS = 5  # "chi-tiet-bai-viet", "tin-tuc-su-kien": a section's slug, not a headline
SLUG_MAX_LONE_WORDS = 1  # words matched alone, with no neighbour to tell "tham" from "thăm"
SLUG_MIN_MARKED = 0.35  # a Vietnamese headline marks most of its words; fewer: the page printed the slug unaccented


def _slug_tokens(url: str | None) -> list[str]:
    """The folded words of the longest part of the URL's path (the later of two as long, as slug_words), the
    headline's slug; none when that part names a tag's or a category's list ("/tag/pho-thu-tuong-…")."""
    parts = [fold(_SLUG_END.sub("", part)) for part in _slug_parts(url)]
    tokens, after = [], ""
    for before, part in zip(["", *parts], parts):
        words = [token for token in _SLUG_SPLIT.split(part) if token]
        if len(words) >= len(tokens) and words:
            tokens, after = words, before
    return tokens if len(tokens) >= SLUG_MIN_WORDS and after not in _LISTING_PARTS else []


def without_addresses(text: str) -> str:
    """The text without the addresses and slugs it prints: their words are no headline's the page prints."""
    return _URL_IN_TEXT.sub(" ", text)


def _longest_runs(tokens: list[str], start: int, keys: list[str], where: dict) -> tuple[list[int], int]:
    """Where the longest runs of the text's words folding to tokens[start:] begin, and their length."""
    firsts, longest = [], 0
    for first in where.get(tokens[start], ()):
        length = 1
        while (start + length < len(tokens) and first + length < len(keys)
               and keys[first + length] == tokens[start + length]):
            length += 1
        if length > longest:
            firsts, longest = [], length
        if length == longest:
            firsts.append(first)
    return firsts, longest


def _likeliest(printed: list[str]) -> str:
    """Of the runs that spell one stretch of the slug, the spelling the page uses most
    ("năm" over the "Nam" of "Việt Nam"); a lone word in small letters when the page ever
    writes it so (a word capitalised after a full stop is still a common word)."""
    counts = Counter(exact_key(run) for run in printed)
    best = max(counts, key=lambda key: (counts[key], key))
    runs = [run for run in printed if exact_key(run) == best]
    if " " not in best and best in runs:
        return best
    return Counter(runs).most_common(1)[0][0]


def _pieces(tokens: list[str], text: str) -> tuple[list[tuple[str, int]], bool] | None:
    """The slug as runs of printed text, (run, words), and whether it stops short at a word the
    text lacks after a headline's worth of words; None when it lacks one sooner."""
    text = without_addresses(text)
    matches = list(_TEXT_WORD.finditer(text))
    keys = [fold(match.group()) for match in matches]  # "\n" stays itself: no run crosses a line
    where: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        where[key].append(index)
    pieces, start, cut = [], 0, False
    while start < len(tokens) and tokens[start] in _PATH_NOISE and tokens[start] not in where:
        start += 1  # "news-hanh-trinh-ve-nguon-…": the site's word before the slug
    while start < len(tokens):
        firsts, length = _longest_runs(tokens, start, keys, where)
        if not firsts:
            if all(_SLUG_ID.match(token) for token in tokens[start:]):
                break  # the id the CMS put after the headline
            while pieces and pieces[-1][1] == 1:
                pieces.pop()  # a lone word before the gap is a guess with nothing after it to confirm it
            kept = sum(n for piece, n in pieces if _LETTER.search(piece))
            if kept < max(SLUG_MIN_WORDS, len(tokens) / 2):
                return None
            cut = True  # the headline goes on in words the page does not print: its first words, and "…"
            break
        printed = [" ".join(text[matches[first].start():matches[first + length - 1].end()].split()) for first in firsts]
        pieces.append((_likeliest(printed), length))
        start += length
    while pieces and not _LETTER.search(pieces[-1][0]) and (pieces[-1][1] >= 3 or not _YEAR.fullmatch(pieces[-1][0])):
        pieces.pop()  # numbers on their own after the headline, not a year: the CMS's day or id ("…-06-10-2022", "…-12")
    return pieces, cut


def _balanced(headline: str) -> str:
    """Without an opening quote or bracket whose closing one the slug's runs left out
    ("… hàng loạt “quan …")."""
    for opening, closing in (("“", "”"), ("(", ")"), ("«", "»")):
        while headline.count(opening) > headline.count(closing):
            at = headline.rindex(opening)
            headline = (headline[:at] + headline[at + 1:]).replace("  ", " ").strip()
    return headline


def headline_from_slug(url: str | None, text: str) -> str | None:
    """The headline the URL's slug spells, with the diacritics and punctuation the page's own
    text prints it with; None when the slug is short or a word of it is not in the text, or
    when too many of its words had to be guessed one by one."""
    tokens = _slug_tokens(url)
    pieces, cut = (_pieces(tokens, text) if tokens else None) or ([], False)
    if sum(length for _, length in pieces) < SLUG_MIN_WORDS:
        return None
    if sum(1 for piece, length in pieces if length == 1 and _LETTER.search(piece)) > SLUG_MAX_LONE_WORDS:
        return None
    headline = _balanced(" ".join(piece for piece, _ in pieces))
    words = [word for word in headline.split() if _LETTER.search(word)]
    if sum(1 for word in words if not word.isascii()) < SLUG_MIN_MARKED * len(words):
        return None
    if data.phrase_key(headline) in data.sections():
        return None  # a section's name ("Di tích lịch sử, văn hóa"): the slug is the section's
    return headline[0].upper() + headline[1:] + (" …" if cut else "")
