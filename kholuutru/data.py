"""Domain knowledge, loaded once from the files in kholuutru/data/.

Editors change the files, never the code. A malformed file raises DataError
naming the file and the entry, so a pull request shows what to fix.
"""

from __future__ import annotations

import csv
import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .text import canonical_tones, fold, nfc

DATA_DIR = Path(__file__).parent / "data"


class DataError(ValueError):
    """A data file is malformed: str(error) names the file and the entry."""


def _path(name: str) -> Path:
    return DATA_DIR / name


def load_yaml(name: str) -> Any:
    path = _path(name)
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise DataError(f"{path}{where}: YAML không hợp lệ: {error}") from None


def load_tsv(name: str) -> list[dict[str, str]]:
    with _path(name).open(encoding="utf-8", newline="") as handle:
        return [{k: nfc(v) for k, v in row.items()} for row in csv.DictReader(handle, delimiter="\t")]


def load_lines(name: str) -> list[str]:
    lines = _path(name).read_text(encoding="utf-8").splitlines()
    return [nfc(line.strip()) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def phrase_key(text: str) -> str:
    """Key for matching editor-written phrases: folded, punctuation as spaces."""
    return " ".join(re.findall(r"\w+", fold(text)))


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One regex matching any phrase (folded form) on word boundaries, longest first."""
    keys = sorted({phrase_key(p) for p in phrases if phrase_key(p)}, key=len, reverse=True)
    if not keys:
        return re.compile(r"(?!)")  # matches nothing
    body = "|".join(r"\W+".join(map(re.escape, key.split())) for key in keys)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@lru_cache(maxsize=None)
def boilerplate() -> dict[str, Any]:
    data = load_yaml("boilerplate.yml")
    drop = []
    for pattern in data["drop_lines"]:
        try:
            drop.append(re.compile(rf"(?:{pattern})", re.IGNORECASE))
        except re.error:
            continue  # make check names the broken pattern and its line
    return {
        "cut": frozenset(phrase_key(p) for p in data["cut_markers"]),
        "footer": tuple(phrase_key(p) for p in data["footer_markers"] if phrase_key(p)) + ("©",),
        "drop": tuple(drop),
        "page_title_prefixes": tuple(phrase_key(p) for p in data["page_title_prefixes"]),
    }


@lru_cache(maxsize=None)
def credits() -> dict[str, Any]:
    return load_yaml("credits.yml")


@lru_cache(maxsize=None)
def sections() -> frozenset[str]:
    return frozenset(phrase_key(line) for line in load_lines("sections.txt"))


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
        entries.append(entry)
    return entries


@lru_cache(maxsize=None)
def topic_matcher() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every topic phrase (longest first), and phrase → its folded key.

    Counting all phrases in one pass keeps tagging cheap on long articles."""
    keys = {key for topic in topics() for key in [*topic["strong_keys"], *topic["keys"]]}
    ordered = sorted(keys, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(r"\W+".join(map(re.escape, k.split())) for k in ordered) + r")(?!\w)")
    return pattern, {k: k for k in ordered}


@lru_cache(maxsize=None)
def abbreviations() -> dict[str, Any]:
    return load_yaml("abbreviations.yml")


@lru_cache(maxsize=None)
def documents() -> dict[str, Any]:
    return load_yaml("documents.yml")


@lru_cache(maxsize=None)
def fingerprint() -> str:
    """Hash of the converter's code and data: a change means pages may change."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".yml", ".tsv", ".txt", ".json"} and "site" not in path.parts:
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def key_of(text: str) -> str:
    """Comparison key that keeps diacritics: tone placement and case folded."""
    return canonical_tones(text).lower()
