"""What a cited document number says: its type, who issued it, and (for the
well-known ones in documents.yml) its name and date. Used by the document pages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import data
from .text import slugify

_PARTY = re.compile(r"^(?P<num>\d+)-(?P<type>[^/]+)/(?P<issuer>.+)$")
_STATE = re.compile(r"^(?P<num>\d+)(?:/(?P<year>\d{4}))?/(?P<code>.+)$")


@dataclass(frozen=True)
class Document:
    number: str
    kind: str  # "nghị quyết", "chỉ thị" … ("văn bản" when the type is unknown)
    issuer: str | None
    title: str | None  # known documents only
    date: str | None  # known documents only
    party: bool

    @property
    def slug(self) -> str:
        return slugify(self.number)

    @property
    def name(self) -> str:
        """"Nghị quyết 12-NQ/TW của Ban Chấp hành Trung ương"."""
        text = f"{self.kind[:1].upper()}{self.kind[1:]} {self.number}"
        return text + (f" của {self.issuer}" if self.issuer else "")


@lru_cache(maxsize=1)
def known() -> dict[str, dict]:
    """The well-known documents of documents.yml, by number."""
    return {entry["number"]: entry for entry in data.documents()["known"]}


def describe(number: str) -> Document:
    docs = data.documents()
    names = docs.get("issuer_names") or {}
    state_names = docs.get("state_issuer_names") or {}
    known_entry = known().get(number)
    title, date = (known_entry["title"], str(known_entry["date"])) if known_entry else (None, None)
    party = _PARTY.match(number)
    if party:
        kind = docs["party_types"].get(party["type"], "văn bản")
        return Document(number, kind, names.get(party["issuer"]), title, date, True)
    state = _STATE.match(number)
    if state:
        code = state["code"]
        year_law = re.fullmatch(r"(UBTVQH|QH)\d+", code)
        if year_law:  # "202/2025/QH15": a resolution or law of the National Assembly
            return Document(number, "nghị quyết", state_names.get(year_law.group(1)), title, date, False)
        kind_code, _, issuer = code.partition("-")
        kind = (docs.get("state_types") or {}).get(kind_code, "văn bản")
        issuer_name = state_names.get(re.sub(r"\d+$", "", issuer)) if issuer else None
        return Document(number, kind, issuer_name, title, date, False)
    return Document(number, "văn bản", None, title, date, False)
