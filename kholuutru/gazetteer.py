"""Places: find the provinces, districts and communes a text names.

Pure lookups over the data files (provinces.yml, districts.tsv, communes*.tsv,
unit_history.yml). A name is matched only when written with capitals, and a
repeated name ("Châu Thành" ×10) is never resolved by the name alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from . import data
from .text import CAPITAL, UPPERCASE, exact_key, fold

REFORM_DAY = date(2025, 7, 1)  # districts abolished, 34 provinces


@dataclass(frozen=True)
class Province:
    name: str
    type: str
    code: str
    slug: str
    successor: str
    until: date | None = None
    since: date | None = None
    aliases: tuple[str, ...] = ()
    needs_type: bool = False  # the bare name means something else ("tư tưởng Hồ Chí Minh")

    def valid_on(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.until is None or when <= self.until) and (self.since is None or when >= self.since)


@dataclass(frozen=True)
class Province2025:
    name: str
    type: str
    code: str
    slug: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class District:
    code: str | None
    province: str  # name of its (historical) province
    type: str  # type in the 2025 snapshot, or the last known one
    name: str
    history: tuple[tuple[str, date | None, date | None, str | None], ...] = ()  # (type, since, until, province)

    def _period(self, when: date | None):
        if when is None or not self.history:
            return None
        for period in self.history:
            since, until = period[1], period[2]
            if (since is None or since <= when) and (until is None or when <= until):
                return period
        return None

    def type_on(self, when: date | None) -> str | None:
        """The unit's type on a date from its history, or None when unknown."""
        period = self._period(when)
        return period[0] if period else None

    def province_on(self, when: date | None) -> str:
        """The province the unit belonged to on a date (Hà Đông was in Hà Tây until 2008)."""
        period = self._period(when)
        return (period[3] if period and period[3] else None) or self.province

    def existed_on(self, when: date | None) -> bool:
        if when is None or not self.history:
            return when is None or when < REFORM_DAY
        first, last = self.history[0][1], self.history[-1][2]
        return (first is None or first <= when) and (last is None or when <= last) and when < REFORM_DAY


@dataclass(frozen=True)
class Commune:
    code: str
    type: str
    name: str
    province: str  # province name (historical for legacy communes, 2025 unit otherwise)
    district: str | None  # legacy district code
    era: str  # "legacy" (to 30 Jun 2025) or "2025"
    former: bool = False  # in the list of 2019, merged or renamed before 2025 (communes_2019.tsv)


@dataclass
class Mention:
    """A place named in a text: what it can be, and how it was written."""

    text: str
    start: int
    written_type: str | None  # "tỉnh", "thành phố", "huyện", ... when the text says so
    provinces: list[Province] = field(default_factory=list)
    districts: list[District] = field(default_factory=list)
    communes: list[Commune] = field(default_factory=list)
    listed: bool = False  # written bare, read as a commune by the list it goes on ("các xã A, B")


def _province(entry: dict) -> Province:
    """One province of provinces.yml."""
    return Province(
        name=entry["name"],
        type=entry["type"],
        code=str(entry["code"]),
        slug=entry["slug"],
        successor=entry["successor"],
        until=_date(entry.get("until")),
        since=_date(entry.get("since")),
        aliases=tuple(entry.get("aliases") or ()),
        needs_type=bool(entry.get("needs_type")),
    )


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _spelling_table(groups: list[list[str]]) -> dict[str, list[str]]:
    """Each spelling of a name word (exact_key) → every spelling of its group."""
    return {exact_key(word): [exact_key(w) for w in group] for group in groups for word in group}


def _spelled_keys(name: str, spellings: dict[str, list[str]]) -> list[str]:
    """exact_key of a name, then of its other spellings ("đắk glei" → "đăk glei", "đắc glei")."""
    key = exact_key(name)
    keys = [key]
    for position, word in enumerate(key.split(" ")):
        for other in spellings.get(word, ()):
            variant = key.split(" ")
            variant[position] = other
            spelled = " ".join(variant)
            if spelled not in keys:
                keys.append(spelled)
    return keys


def _unquoted(key: str) -> str:
    """A name without its apostrophes: "Đắk P'lao" and "Đắk Plao" are one commune."""
    return key.replace("'", "").replace("’", "")


def _not_unit_word(word: str, compounds: list[str]) -> str:
    """The pattern of a word that makes the name after it no unit, unless it ends a compound that
    names an office's field ("trường" of a school, not of "Sở Tài nguyên và Môi trường Quảng Ninh")."""
    heads = [compound[: -len(word)] for compound in compounds if compound.endswith(" " + word)]
    return "".join(f"(?<!{re.escape(head)})" for head in heads) + re.escape(word)


class Gazetteer:
    def __init__(self) -> None:
        places = data.load_yaml("provinces.yml")
        self.provinces = [_province(p) for p in places["provinces"]]
        self.provinces_2025 = [
            Province2025(p["name"], p["type"], str(p["code"]), p["slug"], tuple(p["members"]))
            for p in places["provinces_2025"]
        ]
        self.province_by_name = {p.name: p for p in self.provinces}
        self.province_2025_by_name = {p.name: p for p in self.provinces_2025}
        self._province_keys: dict[str, list[Province]] = defaultdict(list)
        for province in self.provinces:
            for name in (province.name, *province.aliases):
                self._province_keys[exact_key(name)].append(province)
        by_code: dict[str, Province] = {}
        for province in self.provinces:
            if province.since is None:
                by_code.setdefault(province.code, province)
        self.province_by_code = by_code
        self._spellings = _spelling_table(places.get("name_word_spellings") or [])
        self.districts = self._load_districts()
        self.codes_of_2019 = {d.code for d in self.districts if d.code and d.code not in self._snapshot_codes}
        self._district_keys: dict[str, list[District]] = defaultdict(list)
        for district in self.districts:
            for key in _spelled_keys(district.name, self._spellings):
                self._district_keys[key].append(district)
        self._district_spelling_pairs: set[tuple[str, str]] = set()
        self._add_district_spellings(places.get("district_spellings") or [])
        self._communes: dict[str, list[Commune]] | None = None
        self._commune_spellings: dict[str, str] = {}
        self._commune_names: dict[str, frozenset[str]] | None = None
        self._index_for_scanning()

    def _add_district_spellings(self, groups: list[list[str]]) -> None:
        """A district's name written in one piece or with another letter by its own province ("Đakrông" for
        the list's "Đa Krông", "Krông Ana" for "Krông A Na"): the districts of the list's name, under each."""
        for official, *others in groups:
            for other in others:
                self._district_spelling_pairs.add((_unquoted(exact_key(official)), _unquoted(exact_key(other))))
                for key in _spelled_keys(other, self._spellings):
                    self._district_keys[key].extend(d for d in self._district_keys[exact_key(official)]
                                                    if d not in self._district_keys[key])

    def spells_district(self, name: str, written: str) -> bool:
        """Whether `written` is one of the listed spellings of the district the list calls `name`."""
        return (_unquoted(exact_key(name)), _unquoted(exact_key(written))) in self._district_spelling_pairs

    def _index_for_scanning(self) -> None:
        """What the scan over an article's words needs: punctuated aliases, first words, longest name."""
        # Aliases with punctuation ("TP.HCM", "TT-Huế") are found by one regex.
        punctuated = {
            alias: province
            for province in self.provinces
            for alias in province.aliases
            if re.search(r"[^\w\s]", alias)
        }
        self._punctuated = punctuated
        self._punctuated_re = re.compile(
            r"(?:" + "|".join(re.escape(a) for a in sorted(punctuated, key=len, reverse=True)) + r")(?!\w)"
        ) if punctuated else None
        # folded first words of every name: most capitalised words are skipped with one set lookup
        self.first_words = {fold(key.split()[0]) for key in [*self._province_keys, *self._district_keys] if key}
        words = sorted(data.abbreviations().get("not_unit_words") or [], key=len, reverse=True)
        compounds = data.abbreviations().get("not_unit_compounds") or []
        self.not_unit = re.compile(r"(?<!\w)(?:" + "|".join(_not_unit_word(w, compounds) for w in words) + r")\s+$", re.IGNORECASE)
        self.island_districts = frozenset(exact_key(name) for name in data.abbreviations().get("island_districts") or [])
        self.max_words = max(len(key.split()) for key in [*self._province_keys, *self._district_keys])

    def _load_districts(self) -> list[District]:
        """Districts of the 2025 snapshot, with their history; plus units abolished earlier."""
        by_code, by_name = {}, {}
        for unit in data.load_yaml("unit_history.yml")["units"]:
            rows = tuple(
                (row["type"], _date(row.get("since")), _date(row.get("until")), row.get("province"))
                for row in unit.get("history") or ()
            )
            if unit.get("code"):
                by_code[str(unit["code"])] = rows
            else:
                by_name[(exact_key(unit["name"]), unit["province"])] = (unit, rows)
        districts, snapshot = [], data.load_tsv("districts.tsv")
        self._snapshot_codes = {row["code"] for row in snapshot}
        for row in snapshot:
            province = self.province_by_code[row["province_code"]].name
            districts.append(District(row["code"], province, row["type"], row["name"], by_code.get(row["code"], ())))
        for (_, province), (unit, rows) in by_name.items():
            if rows:  # merged away before the snapshot: its code of 2019 holds its communes of then (Mỹ Lộc: xã Mỹ Thành)
                code = str(unit["code_2019"]) if unit.get("code_2019") else None
                districts.append(District(code, province, rows[-1][0], unit["name"], rows))
        return districts

    # --- communes, loaded on first use ------------------------------------

    def communes(self, key: str) -> list[Commune]:
        if self._communes is None:
            index: dict[str, list[Commune]] = defaultdict(list)
            district_province = {d.code: d.province for d in self.districts if d.code}
            # the list of 2025, then the communes of 2019 merged or renamed since (news of those years names them)
            for name, former in (("communes.tsv", False), ("communes_2019.tsv", True)):
                for row in data.load_tsv(name):
                    province = district_province.get(row["district_code"], "")
                    commune = Commune(row["code"], row["type"], row["name"], province, row["district_code"], "legacy", former)
                    index[exact_key(row["name"])].append(commune)
            code_2025 = {p.code: p.name for p in self.provinces_2025}
            for row in data.load_tsv("communes_2025.tsv"):
                commune = Commune(row["code"], row["type"], row["name"], code_2025.get(row["province_code"], ""), None, "2025")
                index[exact_key(row["name"])].append(commune)
            self._communes = index
            self._commune_spellings = {_unquoted(other): key for key in index for other in _spelled_keys(key, self._spellings)
                                       if _unquoted(other) not in index}
        loose = _unquoted(key)
        return self._communes.get(key) or self._communes.get(loose) or self._communes.get(self._commune_spellings.get(loose, ""), [])

    def every_commune(self) -> list[Commune]:
        """Every commune, before the reform and after."""
        self.communes("")
        return [commune for entries in self._communes.values() for commune in entries]

    def commune_names(self, district_code: str) -> frozenset[str]:
        """The names of a district's communes before the reform: what tells two districts
        of one name apart (huyện Phú Tân of An Giang has Phú Thành, Phú Long …)."""
        if self._commune_names is None:
            self.communes("")
            by_district: dict[str, set[str]] = defaultdict(set)
            for entries in self._communes.values():
                for commune in entries:
                    if commune.district:
                        by_district[commune.district].add(commune.name)
            self._commune_names = {code: frozenset(names) for code, names in by_district.items()}
        return self._commune_names.get(district_code, frozenset())

    # --- lookups ----------------------------------------------------------

    def province(self, name: str) -> Province | None:
        found = self._province_keys.get(exact_key(name))
        return found[0] if found else None

    def province_on(self, province: Province, when: date | None) -> Province:
        """The province a place belonged to on a date (its successor after it ended)."""
        if when is not None and province.until is not None and when > province.until:
            return self.province_by_name.get(province.successor, province)
        return province

    def successor_2025(self, province: Province) -> Province2025 | None:
        return self.province_2025_by_name.get(province.successor)

    def names_a_unit(self, key: str) -> bool:
        """key (exact_key) is a province's or a district's name."""
        return bool(self._province_keys.get(key) or self._district_keys.get(key))

    def is_place_line(self, line: str) -> bool:
        """A line that only names a place (a dateline location such as "Bắc Giang")."""
        cleaned = _place_line_type().sub("", line.strip(" .-–—:"))
        return self.names_a_unit(exact_key(cleaned)) and cleaned[:1].isupper()

    def mentions(self, text: str) -> list[Mention]:
        """Every capitalised place name in text, with the unit type written before it;
        a typographic apostrophe ("Cư M’gar") read as the gazetteer's ("Cư M'gar")."""
        if "’" not in text:
            return _find_mentions(self, text)
        found = _find_mentions(self, text.replace("’", "'"))  # one character for one: offsets hold
        for mention in found:
            mention.text = text[mention.start : mention.start + len(mention.text)]
        return found


@lru_cache(maxsize=1)
def type_words() -> dict[str, str]:
    """Written prefix (lower-case) → unit type: place_types, party_committees and youth_unions of abbreviations.yml."""
    abbreviations = data.abbreviations()
    words = {}
    for form, unit in data.place_forms():
        words[form.lower()] = unit
    for committee, unit in abbreviations["party_committees"].items():
        for spelling in (committee, committee.replace("ủy", "uỷ"), committee.replace("uỷ", "ủy")):
            words[spelling.lower()] = unit
    for union, unit in (abbreviations.get("youth_unions") or {}).items():
        words[union.lower()] = unit
    return words


@lru_cache(maxsize=1)
def _place_line_type() -> re.Pattern[str]:
    """A province's or a district's type opening a dateline location ("TP. Đà Nẵng", "huyện Gia Lâm"): the
    words of place_types, and of the abbreviations only "TP" (not "TX.", "H.", "Q.", nor "huyện đảo")."""
    return re.compile(rf"^(?:{unit_words_pattern(('tỉnh',) + DISTRICT_TYPES, abbreviations=('TP', 'TP.'), without=('huyện đảo',), space=' ')})\s+",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _prefix() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|(?<=[\s(“\"'‘,;:–-]))(?P<prefix>"
        + "|".join(re.escape(p) for p in sorted(type_words(), key=len, reverse=True))
        + r")\s*$",
        re.IGNORECASE,
    )


# a capitalised word, and up to five more words joined to it by spaces or hyphens
_CAPITALISED_RUN = re.compile(rf"[{re.escape(UPPERCASE)}][\w'’]*(?:[ \t]*[-–]?[ \t]*[{re.escape(UPPERCASE)}][\w'’]*){{0,40}}")
_RUN_WORD = re.compile(r"[^\W\d_][\w']*")
_ADDRESSED = re.compile(r"(?<!\w)(?:đồng\s+chí|đ/c|ông|bà)\s+$", re.IGNORECASE)
_LOWER_LETTER = rf"[^\W\d_{re.escape(UPPERCASE)}]"  # a letter that is no capital: "đắc", "hoàng"
_NAME_BEFORE = re.compile(rf"(?<!\w)(?P<surname>[{re.escape(UPPERCASE)}]\w*) (?P<middle>{_LOWER_LETTER}\w*) $")


def _longest_name(gazetteer: Gazetteer, run: str, words: list[re.Match], index: int):
    """(size, phrase, provinces, districts) of the longest province or district name that
    starts at words[index], or None."""
    if _fold_word(words[index].group(0)) not in gazetteer.first_words:
        return None
    for size in range(min(gazetteer.max_words, len(words) - index), 0, -1):
        phrase = run[words[index].start() : words[index + size - 1].end()]
        key = exact_key(phrase)
        provinces = gazetteer._province_keys.get(key, [])
        districts = gazetteer._district_keys.get(key, [])
        if provinces or districts:
            return size, phrase, provinces, districts
    return None


def _ends_a_commune(gazetteer: Gazetteer, run: str, words: list[re.Match], index: int, phrase: str) -> bool:
    """The word before, joined by a space, makes a commune's name of the phrase: "Tân Khánh Hòa"."""
    if index == 0 or set(run[words[index - 1].end() : words[index].start()]) & set("-–"):
        return False
    return bool(gazetteer.communes(exact_key(f"{words[index - 1].group(0)} {phrase}")))


def _starts_a_commune(gazetteer: Gazetteer, run: str, words: list[re.Match], index: int, size: int) -> bool:
    """The words after, joined by spaces, make a commune's name of the phrase: "Trường Mẫu
    giáo Hoà Bình Thạnh" names xã Hòa Bình Thạnh, not the province Hòa Bình."""
    for last in range(index + size, min(index + size + 2, len(words))):
        if run[words[last - 1].end() : words[last].start()] != " ":
            return False
        if gazetteer.communes(exact_key(run[words[index].start() : words[last].end()])):
            return True
    return False


def _ends_a_name(words: list[re.Match], index: int, size: int) -> bool:
    """The place's word ends a run in which a surname and a middle name stand right before
    it: a person's given name ("TS Nguyễn Hữu Huế"), not a place."""
    if index + size != len(words):
        return False
    surname = words[index - 2] if index >= 2 else None  # a middle name between: "Nguyễn Hữu Huế", not "Thị Đoàn Phú Mỹ"
    return surname is not None and _fold_word(surname.group(0)) in data.surnames() and " " in (
        surname.string[surname.end() : words[index].start()])


def _find_mentions(gazetteer: Gazetteer, text: str) -> list[Mention]:
    """Place names: in runs of capitalised words, written with punctuation ("TP.HCM"), as a
    number ("Quận 8"), and communes after their unit's word; in the order the text names them."""
    mentions = _run_mentions(gazetteer, text)
    mentions += _punctuated_mentions(gazetteer, text, {m.start for m in mentions})
    mentions += _numbered_district_mentions(gazetteer, text)
    communes = _commune_mentions(gazetteer, text)
    if communes:  # "xã Vinh Quang": a commune, not thành phố Vinh written with the commune's word
        named = {m.start for m in communes}
        mentions = [m for m in mentions if m.start not in named or m.communes or m.written_type not in COMMUNE_TYPES]
        taken = {m.start for m in mentions} | named
        communes += [m for m in _listed_communes(gazetteer, text, communes) if m.start not in taken]
    mentions.extend(communes)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _run_mentions(gazetteer: Gazetteer, text: str) -> list[Mention]:
    """Provinces and districts in runs of capitalised words, longest name first."""
    mentions: list[Mention] = []
    for run in _CAPITALISED_RUN.finditer(text):
        if run.start() and (text[run.start() - 1].isalnum() or text[run.start() - 1] == "'"):
            continue  # not the start of a word
        matched_text = run.group(0)
        if " " not in matched_text and "-" not in matched_text and "–" not in matched_text:
            if _fold_word(matched_text) not in gazetteer.first_words:
                continue  # one capitalised word that begins no place name: the common case
        if _a_person_named(text, run.start()):
            continue
        words = list(_RUN_WORD.finditer(matched_text))
        titled = len(words) > 2 and _fold_word(words[0].group(0)) in data.title_words()  # "(PGS.)TS Vũ Thanh Sơn"
        first = _fold_word(words[titled].group(0))
        person = len(words) > 1 + titled and (first in data.surnames() or first in ("ong", "ba"))  # "Ông Thanh Hà …"
        index = 0
        while index < len(words):
            matched = _longest_name(gazetteer, matched_text, words, index)
            if not matched:
                index += 1
                continue
            size, phrase, provinces, districts = matched
            start = run.start() + words[index].start()
            prefix = _prefix().search(text[max(0, start - 12) : start])
            if person and index > 0 and not prefix or _ends_a_name(words, index, size):
                break  # "Lê Đức Thọ", "Nguyễn Thái Bình", "PGS.TS Nguyễn Hữu Huế": a person named like a place
            # (no person's name holds a unit's word: "ĐẢNG BỘ HUYỆN TRIỆU SƠN", "Trường Chính Trị Tỉnh Ninh Bình"
            # open on a surname's spelling, Đặng, Trường, yet name the district and the province)
            inside = _ends_a_commune(gazetteer, matched_text, words, index, phrase) or _starts_a_commune(
                gazetteer, matched_text, words, index, size)
            index += size
            before = text[max(0, start - 24) : start]
            if not prefix and ((gazetteer.not_unit.search(before) and not _an_island_district(gazetteer, phrase, before)) or inside):
                continue  # … or the end of a commune's name: "Trường MN Tân Khánh Hòa" names no province
            written = type_words()[prefix.group("prefix").lower()] if prefix else None
            provinces = [p for p in provinces if written or not p.needs_type or exact_key(phrase) != exact_key(p.name)]
            if provinces or districts:
                mentions.append(Mention(phrase, start, written, list(provinces), list(districts)))
    return mentions


# "đảo Phú Quý", "ở đảo Lý Sơn", "quần đảo Cô Tô": the island is the whole district
_ISLAND_BEFORE = re.compile(r"(?<!\w)đảo\s+$", re.IGNORECASE)


def _an_island_district(gazetteer: Gazetteer, phrase: str, before: str) -> bool:
    """An island district named as its island ("Ngày giải phóng đảo Phú Quý"): still the district,
    where "đảo" before any other name makes it no unit (5 development pages of 5 sites name one
    so, each about that district)."""
    return exact_key(phrase) in gazetteer.island_districts and _ISLAND_BEFORE.search(before) is not None


def _a_person_named(text: str, start: int) -> bool:
    """The run at start names a person: "đồng chí Y Thanh Hà Niê Kđăm" (the person addressed),
    "Anh Nguyễn đắc Vinh" (a given name after a surname and a middle name in lower case)."""
    if _ADDRESSED.search(text, max(0, start - 12), start):
        return True
    before = _NAME_BEFORE.search(text, max(0, start - 24), start)
    return bool(before and _fold_word(before["surname"]) in data.surnames() and exact_key(before["middle"]) in data.middle_names())


def _punctuated_mentions(gazetteer: Gazetteer, text: str, taken: set[int]) -> list[Mention]:
    """Provinces written with punctuation ("TP.HCM", "TP. Hồ Chí Minh") where no run found one."""
    if not gazetteer._punctuated_re:
        return []
    found = []
    for match in gazetteer._punctuated_re.finditer(text):
        if match.start() in taken or (match.start() and text[match.start() - 1].isalnum()):
            continue
        written = "thành phố" if match.group(0).upper().startswith("TP") else None
        found.append(Mention(match.group(0), match.start(), written, [gazetteer._punctuated[match.group(0)]]))
    return found


# "Quận 8", "quận 12", "Q.1", "UBND Q8": a district named by a number (not "Q1/2024", a quarter)
# (It opens with the letter, not a look-ahead, so the engine skips to each Q fast.)
_NUMBERED_DISTRICT = re.compile(r"[Qq](?<!\w[Qq])(?:uận\s*|(?<=Q)UẬN\s*|(?<=Q)\.\s?|(?<=Q)(?=\d))(?P<number>\d{1,2})(?![\d/]|[.,-]\d)")


def _numbered_district_mentions(gazetteer: Gazetteer, text: str) -> list[Mention]:
    """Districts whose name is a number: no capitalised word to find them by."""
    found = []
    for match in _NUMBERED_DISTRICT.finditer(text):
        districts = [d for d in gazetteer._district_keys.get(match["number"], []) if d.name.isdigit()]
        if districts:
            found.append(Mention(match["number"], match.start("number"), "quận", [], districts))
    return found


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


_LOWER_WORD = re.compile(rf" ({_LOWER_LETTER}\w*)")
COMMUNE_TYPES = ("xã", "phường", "thị trấn", "đặc khu")  # the units below a district, and since 2025 below a province
DISTRICT_TYPES = ("thành phố", "thị xã", "huyện", "quận")  # the units below a province (a city of a province too)
OLD_COMMUNE_TYPES = COMMUNE_TYPES[:3]  # the units below a district before 2025 (the đặc khu came with the reform)


@lru_cache(maxsize=1)
def _commune_written() -> dict[str, str]:
    """How a unit below a district is written before its name, lower-case → its type: the
    place_types of abbreviations.yml ("xã", "phường", "thị trấn", "đặc khu", "TT.", "P.", "X.")."""
    return {form.lower(): unit for form, unit in data.place_forms() if unit in COMMUNE_TYPES}


@lru_cache(maxsize=1)
def _commune_words() -> tuple[str, ...]:
    """The unit words as printed ("xã", "Xã", "XÃ", "TT.", "P."): a text with none has no commune."""
    forms = [form for form, unit in data.place_forms() if unit in COMMUNE_TYPES]
    return tuple(dict.fromkeys(spelling for form in forms for spelling in (
        (form, form.capitalize(), form.upper()) if form == form.lower() else (form,))))


@lru_cache(maxsize=1)
def _commune_pattern() -> re.Pattern[str]:
    """"xã X", "phường Y", "P. Z" … followed by a capitalised name: the words in any case, the
    abbreviations ("TT.", "P.", "X.") as printed (a cheap pattern: "thị xã" is told apart in code,
    which is much faster than a look-behind at every position)."""
    forms = sorted(_commune_words(), key=len, reverse=True)
    words = [form for form in forms if form == form.lower()]
    shorts = [form for form in forms if form != form.lower()
              and not any(form.lower() == word for word in words)]  # "Xã", "XÃ": the word in another case
    firsts = "".join(sorted({letter for form in forms for letter in (form[0].lower(), form[0].upper())}))
    return re.compile(
        rf"(?=[{firsts}])\b((?i:{'|'.join(re.escape(w) for w in words)})|{'|'.join(re.escape(s) for s in shorts)})"
        rf"\s*(?<=\s|\.)({CAPITAL}[^\s,.;:()]*(?:\s+{CAPITAL}[^\s,.;:()]*){{0,3}}"  # any capital: "xã Ái Quốc"
        r"|\d{1,2}(?![\d/.,-]\d|[\d/]))"  # a numbered ward: "Phường 10", "P.7" (a city's district tells which)
    )


@lru_cache(maxsize=None)
def unit_words_pattern(units: tuple[str, ...] = COMMUNE_TYPES, *, abbreviations: bool | tuple[str, ...] = True,
                       without: tuple[str, ...] = (), space: str = r"\s+") -> str:
    """How place_types of abbreviations.yml writes these unit types before a name, as one alternation
    for a pattern, longest first ("thị\\s+trấn|phường|…|TT\\.|P\\.|X\\."). abbreviations: all of them, none
    (only the words: "thị xã", not "TX."), or only these ("TP", "TP.": not "T.P", "H.", "Q.", which read as
    a person's initials in any case); without: forms left out ("huyện đảo", where the name read after the
    type may begin with "đảo"); space: what stands between a form's words. A form named here that
    place_types no longer has is an error."""
    written = {form: unit for form, unit in data.place_forms() if unit in units}
    named = (abbreviations if isinstance(abbreviations, tuple) else ()) + without
    if missing := [form for form in named if form not in written]:
        raise ValueError(f"not in place_types of abbreviations.yml for {units}: {missing}")
    forms = sorted((form for form in written if form not in without and (
        form == form.lower() or (abbreviations if isinstance(abbreviations, bool) else form in abbreviations))),
        key=lambda form: (-len(form), form))
    return "|".join(re.escape(form).replace(r"\ ", space) for form in forms)


def commune_words_pattern() -> str:
    """The same unit words as one alternation for a pattern, any case ("xã|phường|thị\\s+trấn|…|TT\\.|P\\.|X\\.")."""
    return unit_words_pattern(COMMUNE_TYPES)


def _commune_mentions(gazetteer: Gazetteer, text: str) -> list[Mention]:
    found = []
    if not any(word in text for word in _commune_words()):
        return found
    for match in _commune_pattern().finditer(text):
        if match.group(1).lower() == "xã" and text[max(0, match.start() - 4) : match.start()].lower() == "thị ":
            continue  # "thị xã X" is a district-level unit
        if match.group(1) != match.group(1).lower() and match.start() and text[match.start() - 1] == ".":
            continue  # "N.P. Hùng", "T.X. Lâm": a person's initials, not a ward or a commune
        written = _commune_written()[match.group(1).lower()]
        words = match.group(2).split()
        lower = _LOWER_WORD.match(text, match.end(2))
        if lower and any(c.type == written for c in gazetteer.communes(exact_key(f"{match.group(2)} {lower.group(1)}"))):
            words.append(lower.group(1))  # "xã Đông hoàng": xã Đông Hoàng, its last word printed in lower case
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            communes = [c for c in gazetteer.communes(exact_key(name)) if c.type == written]
            if communes:
                found.append(Mention(name, match.start(2), written, communes=communes))
                break
    return found


# "các xã Phúc Khánh, Minh Tân, Kim Trung", "hai phường Phú Diễn và Phúc Diễn": one unit word before a
# count opens a list; the names after it are communes of that type though written bare (not a hamlet's
# number: "tổ 14 phường Minh Xuân", "số 5 xã …")
@lru_cache(maxsize=1)
def _count_before() -> re.Pattern[str]:
    """A count, then a commune's unit word (place_types of abbreviations.yml, the words, not "TT.", "P."), ending a text."""
    return re.compile(r"(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|những|(?<!tổ )(?<!số )(?<!phố )(?<!ngã )\d{1,2})\s+"
                      rf"(?:{unit_words_pattern(COMMUNE_TYPES, abbreviations=False)})\s*$", re.IGNORECASE)


_NEXT_IN_LIST = re.compile(rf"\s*(?:,\s*|,?\s+và\s+)({CAPITAL}[^\s,.;:()]*(?:\s+{CAPITAL}[^\s,.;:()]*){{0,3}})")


def _listed_communes(gazetteer: Gazetteer, text: str, communes: list[Mention]) -> list[Mention]:
    """The bare names that go on a counted list of communes ("các xã A, B và C"), each read as a
    commune of the list's type while the gazetteer has one by that name: neighbours one district
    or province holds, so they tell a shared name's province as the typed first one cannot alone."""
    found = []
    for first in communes:
        head = text.rfind("\n", 0, first.start) + 1
        if not _count_before().search(text[max(head, first.start - 24) : first.start]):
            continue
        end = first.start + len(first.text)
        while (follows := _NEXT_IN_LIST.match(text, end)) is not None:
            listed = _longest_commune(gazetteer, follows.group(1).split(), first.written_type)
            if listed is None:
                break
            name, alike = listed
            found.append(Mention(name, follows.start(1), first.written_type, communes=alike, listed=True))
            end = follows.start(1) + len(name)
    return found


def _longest_commune(gazetteer: Gazetteer, words: list[str], written: str) -> tuple[str, list[Commune]] | None:
    """The longest opening of words that names a commune of the written type, and those communes."""
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        alike = [c for c in gazetteer.communes(exact_key(name)) if c.type == written]
        if alike:
            return name, alike
    return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
