"""Domain knowledge, loaded once from the files in kholuutru/data/.

Editors change the files, never the code. A malformed file raises DataError
naming the file and the entry, so a pull request shows what to fix.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from collections import Counter
from datetime import date
from functools import lru_cache
from itertools import compress, count
from pathlib import Path
from typing import Any

import yaml

from .text import CAPITAL, exact_key, fold, nfc, phrase_alternation, word_tokens

# KHOLUUTRU_DATA: another copy of the data files (an editor trying a change, a test)
DATA_DIR = Path(os.environ.get("KHOLUUTRU_DATA") or Path(__file__).parent / "data")


class DataError(ValueError):
    """A data file is malformed: str(error) is `path:line: what — how to fix`."""

    def __init__(self, path: Path | str, line: int, message: str, fix: str):
        self.path, self.line, self.message, self.fix = str(path), line, message, fix
        super().__init__(f"{path}:{line}: {message} — {fix}")


def _path(name: str) -> Path:
    return DATA_DIR / name


# --- the one reader of every data file --------------------------------------------------------


def read_text(path: Path) -> str:
    """A data file's text: readable, UTF-8 and not empty, else DataError with the line."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DataError(path, 1, f"không đọc được tệp ({error.strerror})", "khôi phục tệp: git checkout -- " + path.name) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DataError(path, line, f"không phải UTF-8 (byte 0x{raw[error.start]:02x})",
                        "lưu lại tệp ở dạng UTF-8 (trình soạn thảo: Save with encoding → UTF-8)") from None
    if not text.strip():
        raise DataError(path, 1, "tệp rỗng", "khôi phục tệp: git checkout -- " + path.name)
    return text.removeprefix("\ufeff")


def parse_yaml(path: Path) -> Any:
    try:
        return yaml.load(read_text(path), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise DataError(path, mark.line + 1 if mark else 1, f"YAML không hợp lệ: {problem}",
                        "sửa cú pháp ở dòng này (thụt lề bằng dấu cách, chuỗi có «:» đặt trong ngoặc kép)") from None


def parse_tsv(path: Path) -> list[dict[str, str]]:
    rows = list(csv.reader(read_text(path).splitlines(), delimiter="\t"))
    header = rows[0]
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise DataError(path, number, f"dòng có {len(row)} cột, tiêu đề có {len(header)}", "mỗi dòng: " + ", ".join(header))
    return [{key: nfc(value) for key, value in zip(header, row)} for row in rows[1:]]


def parse_lines(path: Path) -> list[str]:
    lines = read_text(path).splitlines()
    return [nfc(line.strip()) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def load_yaml(name: str) -> Any:
    return parse_yaml(_path(name))


def load_tsv(name: str) -> list[dict[str, str]]:
    return parse_tsv(_path(name))


def load_lines(name: str) -> list[str]:
    return parse_lines(_path(name))


@lru_cache(maxsize=65536)
def phrase_key(text: str) -> str:
    """Key for matching editor-written phrases: folded, punctuation as spaces."""
    return " ".join(word_tokens(fold(text)))


@lru_cache(maxsize=None)
def boilerplate() -> dict[str, Any]:
    data = load_yaml("boilerplate.yml")
    return {
        "cut": frozenset(phrase_key(p) for p in data["cut_markers"]),
        "cut_lines": _whole_line_patterns(data.get("cut_lines") or ()),
        "footer": tuple(phrase_key(p) for p in data["footer_markers"] if phrase_key(p)) + ("©",),
        "footer_first_words": frozenset(phrase_key(p).split(" ", 1)[0] for p in data["footer_markers"] if phrase_key(p)),
        "drop": _whole_line_patterns(data["drop_lines"]),
        "site_banner": _whole_line_patterns([*(data.get("site_banner_lines") or ()), *(data.get("weather_lines") or ())]),
        "weather": _whole_line_patterns(data.get("weather_lines") or ()),
        "page_title_prefixes": tuple(phrase_key(p) for p in data["page_title_prefixes"]),
        "title_trailers": tuple(re.compile(t, re.IGNORECASE) for t in data.get("title_trailers") or ()),
        "title_format_tags": frozenset(phrase_key(p) for p in data.get("title_format_tags") or ()),
        "title_label": _label_pattern(data.get("title_labels") or ()),
        "address_label": _label_pattern(data.get("address_labels") or ()),
        "header_date_label": _label_pattern(data.get("header_date_labels") or ()),
        "header_content_labels": frozenset(phrase_key(p) for p in data.get("header_content_labels") or () if phrase_key(p)),
        "mastheads": tuple(phrase_key(p) for p in data.get("mastheads") or () if phrase_key(p)),
        "section_prefixes": tuple(phrase_key(p) for p in data.get("section_prefixes") or () if phrase_key(p)),
        "lead_openers": tuple(phrase_key(p) for p in data.get("lead_openers") or () if phrase_key(p)),
        "document_title_kinds": tuple(phrase_key(p) for p in data.get("document_title_kinds") or () if phrase_key(p)),
        "organisation_types": tuple(phrase_key(p) for p in data.get("organisation_types") or () if phrase_key(p)),
        "letterhead_units": tuple(phrase_key(p) for p in data.get("letterhead_units") or () if phrase_key(p)),
        "tab_labels": frozenset(phrase_key(p) for p in data.get("tab_labels") or () if phrase_key(p)),
        "reader_notes": _whole_line_patterns(data.get("reader_notes") or ()),
        "bare_unit_titles": frozenset(phrase_key(p) for p in data.get("bare_unit_titles") or () if phrase_key(p)),
        "bare_history_titles": frozenset(phrase_key(p) for p in data.get("bare_history_titles") or () if phrase_key(p)),
        "read_more_links": tuple(phrase_key(p) for p in data.get("read_more_links") or () if phrase_key(p)),
    }


def _whole_line_patterns(patterns) -> re.Pattern:
    """An editor's list of regular expressions as one pattern (callers fullmatch it); a broken
    one is skipped here, as make check names it and its line."""
    valid = []
    for pattern in patterns:
        try:
            valid.append(re.compile(rf"(?:{pattern})", re.IGNORECASE))
        except re.error:
            continue
    return re.compile("|".join(f"(?:{p.pattern})" for p in valid) or "(?!)", re.IGNORECASE)


def _label_pattern(labels) -> re.Pattern:
    """An editor's list of labels as one pattern matching a label, its colon and the spaces after."""
    spelled = sorted((re.escape(label.strip()) for label in labels if label.strip()), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(spelled)})\s*[:：]\s*" if spelled else "(?!)", re.IGNORECASE)


def opens_with_phrase(text: str, list_name: str) -> bool:
    """The text is one of boilerplate.yml's list_name phrases, or opens with one (whole words,
    compared as phrase keys)."""
    return (phrase_key(text) + " ").startswith(_phrase_prefixes(list_name))


def ends_with_phrase(text: str, list_name: str) -> bool:
    """The text is one of boilerplate.yml's list_name phrases, or ends with one (whole words,
    compared as phrase keys)."""
    return (" " + phrase_key(text)).endswith(_phrase_suffixes(list_name))


@lru_cache(maxsize=None)
def _phrase_suffixes(list_name: str) -> tuple[str, ...]:
    return tuple(" " + phrase for phrase in boilerplate()[list_name])


@lru_cache(maxsize=None)
def _phrase_prefixes(list_name: str) -> tuple[str, ...]:
    return tuple(phrase + " " for phrase in boilerplate()[list_name])


@lru_cache(maxsize=None)
def credits() -> dict[str, Any]:
    return load_yaml("credits.yml")


@lru_cache(maxsize=None)
def photo_kinds() -> frozenset[str]:
    """What a photo credit may say of the photo instead of a name (credits.yml photo_kinds), as phrase_key spells it."""
    return frozenset(phrase_key(kind) for kind in credits().get("photo_kinds") or ())


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """One-word titles printed before a person's name, folded (credits.yml author_titles): "ts", "ths"."""
    return frozenset(fold(title) for title in credits()["author_titles"] if " " not in title and "." not in title)


@lru_cache(maxsize=None)
def sections() -> frozenset[str]:
    return frozenset(phrase_key(line) for line in load_lines("sections.txt"))


@lru_cache(maxsize=None)
def document_parts() -> tuple[str, ...]:
    """The names of a long text's parts (document_parts.txt) as phrase keys, each ending in a space."""
    return tuple(phrase_key(line) + " " for line in load_lines("document_parts.txt") if phrase_key(line))


@lru_cache(maxsize=None)
def capitalised_by_rule() -> tuple[str, ...]:
    """Names written with capitals by rule (capitalised_by_rule.txt): the Party's bodies, founding texts."""
    return tuple(load_lines("capitalised_by_rule.txt"))


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    """Family names (folded), from surnames.txt."""
    return frozenset(fold(name) for name in _surname_lines())


@lru_cache(maxsize=None)
def exact_surnames() -> frozenset[str]:
    """Family names with their tones ("lê", not "lễ"), from surnames.txt."""
    return frozenset(exact_key(name) for name in _surname_lines())


def _surname_lines() -> list[str]:
    return [name for name in load_lines("surnames.txt") if " " not in name]


@lru_cache(maxsize=None)
def middle_names() -> frozenset[str]:
    """Middle names pages print in lower case (marks kept: "thanh", not "thành"), from middle_names.txt."""
    return frozenset(exact_key(name) for name in load_lines("middle_names.txt"))


@lru_cache(maxsize=None)
def topics() -> list[dict[str, Any]]:
    """The topic vocabulary; entries without name or slug are skipped (make check names them)."""
    entries = []
    for entry in load_yaml("topics.yml")["topics"]:
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("slug"):
            continue
        entry["name"] = nfc(str(entry["name"]))
        entry["strong_keys"] = sorted({phrase_key(str(p)) for p in entry.get("strong") or [] if phrase_key(str(p))})
        entry["keys"] = sorted({phrase_key(str(p)) for p in entry.get("phrases") or [] if phrase_key(str(p))})
        entry["all_keys"] = frozenset(entry["strong_keys"]) | frozenset(entry["keys"])
        entries.append(entry)
    return entries


_PHRASE_END = ""  # a trie key no folded word can be: the phrase that ends at this node


@lru_cache(maxsize=None)
def topic_phrases() -> dict[str, dict]:
    """Every topic phrase as a path of words in a trie: word → {next word → …, "" → phrase key}."""
    trie: dict[str, dict] = {}
    for topic in topics():
        for key in [*topic["strong_keys"], *topic["keys"]]:
            node = trie
            for word in key.split():
                node = node.setdefault(word, {})
            node[_PHRASE_END] = key
    return trie


def count_phrases(folded: str) -> Counter:
    """How often each topic phrase occurs in folded text (whole words, longest first,
    not overlapping; punctuation between words is ignored)."""
    words = word_tokens(folded)
    trie = topic_phrases()
    counts: Counter = Counter()
    size, free_from = len(words), 0  # a phrase's words count once
    for position in compress(count(), map(trie.__contains__, words)):  # most words open no phrase
        if position < free_from:
            continue
        node = trie[words[position]]
        found, end, reach = node.get(_PHRASE_END), position + 1, position + 1
        while reach < size and words[reach] in node:
            node = node[words[reach]]
            reach += 1
            if _PHRASE_END in node:
                found, end = node[_PHRASE_END], reach
        if found is not None:
            counts[found] += 1
            free_from = end
    return counts


@lru_cache(maxsize=None)
def headline_weights() -> dict[str, Any]:
    """headline_weights.yml: min_score, confident_score and the weight of each feature (as floats)."""
    loaded = load_yaml("headline_weights.yml")
    return {**loaded, "weights": {str(k): float(v) for k, v in (loaded.get("weights") or {}).items()}}


@lru_cache(maxsize=None)
def heading_weights() -> dict[str, Any]:
    """heading_weights.yml: min_score and the weight of each feature of a line shaped like a heading."""
    loaded = load_yaml("heading_weights.yml")
    return {"min_score": float(loaded["min_score"]), "weights": {str(k): float(v) for k, v in loaded["weights"].items()}}


@lru_cache(maxsize=None)
def abbreviations() -> dict[str, Any]:
    return load_yaml("abbreviations.yml")


@lru_cache(maxsize=None)
def place_forms() -> tuple[tuple[str, str], ...]:
    """How each unit type is written before a name (place_types of abbreviations.yml), in the
    file's order: (the form as printed, "xã", "P.", "thành phố", "TP.", …; its unit type)."""
    return tuple((str(form), unit) for unit, forms in abbreviations()["place_types"].items() for form in forms)


@lru_cache(maxsize=None)
def state_funeral() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that name a state funeral and the funeral's rites (abbreviations.yml state_funeral_words,
    funeral_rites), as printed."""
    loaded = abbreviations()
    return tuple(map(str, loaded["state_funeral_words"])), tuple(map(str, loaded["funeral_rites"]))


@lru_cache(maxsize=None)
def diocese_words() -> tuple[str, ...]:
    """The words before a Catholic diocese's name (abbreviations.yml diocese_words): "giáo phận"."""
    return tuple(map(str, abbreviations()["diocese_words"]))


@lru_cache(maxsize=None)
def memorial_words() -> tuple[str, ...]:
    """The words naming a person's memorial (abbreviations.yml memorial_words): "lưu niệm"."""
    return tuple(map(str, abbreviations()["memorial_words"]))


def region_names() -> tuple[str, ...]:
    """Regions of several provinces (abbreviations.yml region_names): "Tây Nguyên", "miền Trung"."""
    return tuple(map(str, abbreviations()["region_names"]))


def ministries() -> tuple[str, ...]:
    """The ministries' names after "Bộ" (abbreviations.yml ministries): "Công an", "Quốc phòng"."""
    return tuple(map(str, abbreviations()["ministries"]))


@lru_cache(maxsize=None)
def abbreviation_set() -> frozenset[str]:
    """Every abbreviation written out in abbreviations.yml ("UBND", "CTCP"), as printed."""
    return frozenset(short for shorts, _ in abbreviations()["expansions"] for short in shorts)


@lru_cache(maxsize=None)
def documents() -> dict[str, Any]:
    return load_yaml("documents.yml")


@lru_cache(maxsize=None)
def congresses() -> dict[str, Any]:
    """congresses.yml: provincial closing days by (province, year), the fallback
    cut-off (month, day), the national congresses' closing days by number, the month
    from which a cell's congress may open the round of the next congress year, and the
    National Assembly's election days by number (khóa; the People's Councils are elected the
    same day), the words that open a term off the Party's calendar or cite one already running, and the
    years whose latest evidence alone dates an undated text's term."""
    calendar = load_yaml("congresses.yml") or {}
    closings: dict[tuple[str, int], date] = {}
    for province, years in (calendar.get("congresses") or {}).items():
        for year, closed in (years or {}).items():
            closings[(province, int(year))] = _as_date(closed)
    cutoff = calendar.get("fallback_cutoff") or {"month": 11, "day": 1}
    national = {str(number): _as_date(closed) for number, closed in (calendar.get("national") or {}).items()}
    cells = calendar.get("cell_round_opens") or {"month": 10}
    assemblies = {str(number): _as_date(elected) for number, elected in (calendar.get("national_assembly") or {}).items()}
    off_calendar = calendar.get("off_calendar_terms") or {}
    latest = calendar.get("latest_evidence_years") or {"first": 2021, "last": 2024}
    return {"closings": closings, "cutoff": (int(cutoff["month"]), int(cutoff["day"])), "national": national,
            "cell_round_opens": int(cells["month"]), "national_assembly": assemblies,
            "off_calendar_terms": {key: tuple(str(word) for word in off_calendar.get(key) or ()) for key in ("opened_by", "cited_by")},
            "latest_evidence_years": (int(latest["first"]), int(latest["last"]))}


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@lru_cache(maxsize=None)
def _anniversaries_file() -> dict[str, Any]:
    """anniversaries.yml as loaded, read once for its two readers below."""
    return load_yaml("anniversaries.yml") or {}


@lru_cache(maxsize=None)
def anniversaries() -> list[tuple[str, str, int, tuple[int, int] | None, tuple[str, ...]]]:
    """(phrase key, phrase, year of the event, its (month, day) or None, the keys of the words
    that after it make it another event) for each anniversary in anniversaries.yml."""
    entries = _anniversaries_file().get("anniversaries") or []
    return [(phrase_key(str(e["phrase"])), str(e["phrase"]), int(e["year"]), (e["day"].month, e["day"].day) if e.get("day") else None,
             tuple(phrase_key(str(word)) + " " for word in e.get("not_followed_by") or ()))
            for e in entries if isinstance(e, dict) and e.get("phrase")]


@lru_cache(maxsize=None)
def unnamed_province_anniversaries() -> tuple[str, ...]:
    """anniversaries.yml's names of a province's anniversary that may leave the province out ("25 năm
    tái lập tỉnh"), as phrase keys: the province the sentence names is meant."""
    return tuple(phrase_key(str(w)) for w in _anniversaries_file().get("unnamed_province") or () if str(w).strip())


@lru_cache(maxsize=None)
def recurring_day() -> tuple[re.Pattern, re.Pattern]:
    """anniversaries.yml's words that, right after a day or right before it (and its "ngày"), make it
    a day coming back every year ("Ngày 20/11 từ lâu đã …", "hướng về ngày 27/7"): (after, before)."""
    loaded = _anniversaries_file()

    def alternation(key: str) -> str:
        words = sorted((str(w).strip() for w in loaded.get(key) or () if str(w).strip()), key=len, reverse=True)
        return phrase_alternation(words)

    after = re.compile(rf"\s*,?\s*(?:{alternation('recurring_day_after')})\b", re.IGNORECASE)
    before = re.compile(rf"\b(?:{alternation('recurring_day_before')})\s*,?\s+(?:ngày\s+)?$", re.IGNORECASE)
    return after, before


@lru_cache(maxsize=None)
def publishers() -> dict[str, Any]:
    return load_yaml("publishers.yml") or {}


@lru_cache(maxsize=None)
def own_shorthand() -> re.Pattern[str]:
    """How an organisation's own page calls it without its name ("Nhà trường", "Đảng bộ Trường";
    publishers.yml `own_shorthands`), as written: capitalised, not followed by another name."""
    words = sorted(publishers().get("own_shorthands") or (), key=len, reverse=True)
    alternation = phrase_alternation(words)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)(?!\s+{CAPITAL})")


@lru_cache(maxsize=None)
def own_bodies() -> re.Pattern[str]:
    """The bodies a site's own news speaks of ("Chi bộ", "Đảng bộ", "nhà trường"; publishers.yml `own_bodies`), any case."""
    words = sorted(publishers().get("own_bodies") or (), key=len, reverse=True)
    alternation = phrase_alternation(words)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)



@lru_cache(maxsize=None)
def generic_body_words() -> tuple[str, ...]:
    """Words that make a unit or body word no place's own ("các", "cấp"; publishers.yml `generic_body_words`)."""
    return tuple(str(word) for word in publishers().get("generic_body_words") or ())


@lru_cache(maxsize=None)
def national_name_ends() -> tuple[str, ...]:
    """How a national body's name ends ("Trung ương", "Việt Nam"; publishers.yml `national_name_ends`)."""
    return tuple(str(word) for word in publishers().get("national_name_ends") or ())


@lru_cache(maxsize=None)
def listing_folders() -> frozenset[str]:
    """Path folders that hold a list of articles ("tag", "chuyen-muc"; publishers.yml `listing_folders`), lower case."""
    return frozenset(str(word).lower() for word in publishers().get("listing_folders") or ())

CONVERSION_MODULES = (
    "article", "text", "decode", "segment", "headline", "dates", "years", "published", "extract", "gazetteer", "publisher",
    "enrich", "render", "pipeline", "data",
)


@lru_cache(maxsize=None)
def fingerprint() -> str:
    """Hash of the code and data that make a page: a change means pages may change.

    Only the conversion modules and the data files count, so editing the site,
    search or check code does not force a full reconversion."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    named = [(path.relative_to(package).as_posix(), path) for path in conversion_code()]
    named += [(path.name, path) for path in sorted(DATA_DIR.glob("*"))]  # the data folder may be elsewhere (a preview's copy)
    for name, path in named:
        if path.is_file():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def conversion_code() -> list[Path]:
    """The files of the conversion modules: a module, or every module of a package (segment/)."""
    package = Path(__file__).parent
    files = []
    for name in CONVERSION_MODULES:
        folder = package / name
        files += sorted(folder.glob("*.py")) if folder.is_dir() else [package / f"{name}.py"]
    return files

