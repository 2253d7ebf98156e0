"""The one record that flows from raw text to Markdown: Article.

No parsing and no I/O here; every stage fills in its part.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class ConversionError(ValueError):
    """An input that cannot become an article; str(error) is the reason."""


# Front-matter keys, in the order the contract gives them.
FIELDS = (
    "title",
    "date",
    "date_precision",
    "date_note",
    "locality",
    "province",
    "province_2025",
    "tenure",
    "tenure_basis",
    "author",
    "photo_credits",
    "source",
    "source_url",
    "category",
    "tags",
    "documents",
    "summary",
    "source_file",
    "source_sha256",
)
LIST_FIELDS = frozenset({"photo_credits", "tags", "documents"})
DATE_PRECISIONS = ("datetime", "day", "month", "year")
TENURE_BASES = ("date", "text", "inferred")


@dataclass
class Block:
    """One unit of the article body, in reading order."""

    kind: str  # "lead" | "paragraph" | "heading" | "caption"
    text: str
    line: int  # 1-based line of the decoded source where it starts
    credit: str | None = None  # a caption's photo credit, as printed
    plain: bool = False  # a heading by its shape, weighed as none: shown as a paragraph, still a heading's evidence


@dataclass
class Dropped:
    """A source line that did not reach the body, and why (for the report)."""

    line: int
    text: str
    reason: str  # a short code: title, date, byline, caption-credit, boilerplate, ...
    detail: str = ""


@dataclass
class Evidence:
    """Why a field has its value (or none): shown in the conversion report.

    `weak` marks a decision an editor should look at ("cần xem lại"): a value
    read from thin evidence, or a null where the page seemed to offer one."""

    reasons: list[str] = field(default_factory=list)
    weak: bool = False


@dataclass
class Article:
    source_file: str
    source_sha256: str
    title: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_note: str | None = None
    locality: str | None = None
    province: str | None = None
    province_2025: str | None = None
    tenure: str | None = None
    tenure_basis: str | None = None
    author: str | None = None
    photo_credits: list[str] = field(default_factory=list)
    source: str | None = None
    source_url: str | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    summary: str | None = None
    blocks: list[Block] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    evidence: dict[str, "Evidence"] = field(default_factory=dict)  # field -> why it has its value
    slug: str | None = None
    # Facts later stages use but the page does not show.
    place_hints: list[tuple[str, str]] = field(default_factory=list)  # (where, text)
    stated_date: str | None = None  # the date a scraper wrote above the page (header.py), as written
    overrides: dict[str, Any] = field(default_factory=dict)
    content_key: str | None = None  # hash of the decoded text (duplicates in other encodings)
    folded: dict[str, str] = field(default_factory=dict)  # folded title/lead/body, made once

    def decide(self, key: str, value: Any, reason: str, weak: bool = False) -> None:
        """Set a field and record why (the report shows it; weak ones are to review)."""
        setattr(self, key, value)
        self.evidence[key] = Evidence([reason], weak)

    def to_review(self) -> list[str]:
        """The fields decided on weak evidence, in front-matter order."""
        return [key for key in FIELDS if key in self.evidence and self.evidence[key].weak]

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    def front_matter(self) -> dict[str, Any]:
        """The front matter as an ordered dict, overrides applied."""
        matter = {key: getattr(self, key) for key in FIELDS}
        for key in LIST_FIELDS:
            matter[key] = list(matter[key] or [])
        matter.update(self.overrides)
        return matter
