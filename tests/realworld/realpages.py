"""The real-page corpus: where a page goes, loading it, checking its labels.

    python tests/realworld/realpages.py path URL   # where a page of that URL goes
    python tests/realworld/realpages.py check      # validate every page and label
    python tests/realworld/realpages.py stats      # coverage: sites, years, provinces

The development/sealed split is fixed by the host (README.md), never by hand.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # kholuutru, when run as a script
PARTS = ("dev", "sealed")
KINDS = ("provincial paper", "party committee", "district portal", "commune portal", "tv", "national", "other")
DATE_BASES = ("date_line", "lead", "text", "url")
KEYS = (
    "url", "site", "kind", "title", "kicker", "date", "date_text", "date_basis", "date_month", "locality", "province",
    "term", "author", "source", "furniture", "notes", "batch", "body_lines",
)
# How a short line inside the body reads, for the lines a converter may take for a section's heading
# (bench/accuracy.py scores the headings it shows): the writer's heading, a photo's caption, or neither.
BODY_LINE_KINDS = ("heading", "caption", "other")
REQUIRED = ("url", "site", "kind", "title", "date", "province", "term", "author", "furniture")


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return re.sub(r"^(?:www\.|m\.)", "", host)


def is_sealed(host: str) -> bool:
    return int(hashlib.sha256(host.encode("utf-8")).hexdigest(), 16) % 3 == 0


def part_of(url: str) -> str:
    return "sealed" if is_sealed(host_of(url)) else "dev"


def stem_of(url: str) -> str:
    return f"{host_of(url)}--{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"


def path_of(url: str) -> Path:
    return HERE / part_of(url) / stem_of(url)


@dataclass
class Page:
    text_path: Path
    label: dict

    @property
    def name(self) -> str:
        return self.text_path.stem

    @property
    def part(self) -> str:
        return self.text_path.parent.name


# The last gathering round whose sealed pages have been scored (bench/accuracy.py --sealed).
# Raise it after each scoring: the sealed pages of later rounds are the ones no one has scored.
SCORED_THROUGH = 88


def unscored(pages: list[Page]) -> list[Page]:
    """The pages of the rounds gathered after the last scoring (`batch` > SCORED_THROUGH)."""
    return [page for page in pages if (page.label.get("batch") or 1) > SCORED_THROUGH]


def load(parts: tuple[str, ...] = ("dev",)) -> list[Page]:
    pages = []
    for part in parts:
        for label_path in sorted((HERE / part).glob("*.yml")):
            label = yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}
            pages.append(Page(label_path.with_suffix(".txt"), label))
    return pages


def _provinces() -> tuple[set[str], set[str]]:
    """The province names before and after 1 July 2025, as the converter's gazetteer reads them."""
    from kholuutru.gazetteer import gazetteer

    places = gazetteer()
    return {p.name for p in places.provinces}, {p.name for p in places.provinces_2025}


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def problems(page: Page, old: set[str], new: set[str]) -> list[str]:
    """What is wrong with one page's files or label."""
    if not page.text_path.exists():
        return [f"{page.text_path.name} missing"]
    raw = page.text_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ["not UTF-8"]
    found = ["text not NFC"] if unicodedata.normalize("NFC", text) != text else []
    found += _label_problems(page, old, new)
    found += _unprinted(page.label, text)
    return found + _body_line_problems(page.label.get("body_lines"), re.sub(r"\s+", " ", text))


def _label_problems(page: Page, old: set[str], new: set[str]) -> list[str]:
    """The label's keys and values: known keys, the URL's host and part, a date, a term, a
    province that existed on that date."""
    label, found = page.label, []
    found += [f"missing key {key}" for key in REQUIRED if key not in label]
    found += [f"unknown key {key}" for key in label if key not in KEYS]
    url = label.get("url") or ""
    if label.get("site") != host_of(url):
        found.append(f"site {label.get('site')!r} is not the URL's host {host_of(url)!r}")
    if page.part != part_of(url) or page.name != stem_of(url):
        found.append(f"belongs at {part_of(url)}/{stem_of(url)}")
    if label.get("kind") not in KINDS:
        found.append(f"kind {label.get('kind')!r}")
    when = label.get("date")
    if when is not None and not isinstance(when, date):
        found.append(f"date {when!r} is not YYYY-MM-DD")
    if when is not None and label.get("date_basis") not in DATE_BASES:
        found.append(f"date_basis {label.get('date_basis')!r}")
    month = label.get("date_month")
    if month is not None and (when is not None or not re.fullmatch(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])", str(month))):
        found.append(f"date_month {month!r}: YYYY-MM, only when date is null")
    batch = label.get("batch")
    if batch is not None and (not isinstance(batch, int) or isinstance(batch, bool) or batch < 1):
        found.append(f"batch {batch!r} is not a round number")
    term = label.get("term")
    if term is not None and not re.fullmatch(r"20[0-3][05]-20[0-3][05]", str(term)):
        found.append(f"term {term!r}")
    province = label.get("province")
    if province is not None and province not in (new if isinstance(when, date) and when >= date(2025, 7, 1) else old):
        found.append(f"province {province!r} is not a unit on {when}")
    return found


def _unprinted(label: dict, text: str) -> list[str]:
    """Labelled lines the page does not print: the title, kicker, date and writer as written
    (spaces aside), each furniture line whole."""
    lines, flat, found = _lines(text), re.sub(r"\s+", " ", text), []
    for key in ("title", "kicker", "date_text", "author"):
        value = label.get(key)
        if value and re.sub(r"\s+", " ", str(value)) not in flat:
            found.append(f"{key} not in the text: {value!r}")
    found += [f"furniture line not in the text: {line!r}" for line in label.get("furniture") or [] if str(line).strip() not in lines]
    return found


def _body_line_problems(body_lines, flat: str) -> list[str]:
    """`body_lines` maps a kind of BODY_LINE_KINDS to lines of the text (spaces aside)."""
    if body_lines is None:
        return []
    if not isinstance(body_lines, dict):
        return ["body_lines is not a mapping"]
    found = [f"body_lines kind {kind!r}" for kind in body_lines if kind not in BODY_LINE_KINDS]
    for kind, lines in body_lines.items():
        found += [f"body_lines {kind} line not in the text: {line!r}" for line in lines or []
                  if re.sub(r"\s+", " ", str(line)).strip() not in flat]
    return found


def check(parts: tuple[str, ...] = PARTS) -> int:
    old, new = _provinces()
    pages = load(parts)
    urls: dict[str, str] = {}
    bad = 0
    for page in pages:
        issues = problems(page, old, new)
        url = page.label.get("url")
        if url in urls:
            issues.append(f"same URL as {urls[url]}")
        urls[url] = page.name
        for issue in issues:
            print(f"{page.part}/{page.name}: {issue}")
        bad += bool(issues)
    orphans = [p for part in parts for p in (HERE / part).glob("*.txt") if not p.with_suffix(".yml").exists()]
    for orphan in orphans:
        print(f"{orphan.parent.name}/{orphan.name}: no label")
    print(f"{len(pages)} pages, {bad} with problems, {len(orphans)} without label")
    return 1 if bad or orphans else 0


def stats(parts: tuple[str, ...] = PARTS) -> None:
    pages = load(parts)
    for part in (*parts, "all"):
        chosen = [p for p in pages if part == "all" or p.part == part]
        sites = {p.label["site"] for p in chosen}
        years = sorted({p.label["date"].year for p in chosen if p.label.get("date")})
        provinces = {p.label["province"] for p in chosen if p.label.get("province")}
        after = sum(1 for p in chosen if p.label.get("date") and p.label["date"] >= date(2025, 7, 1))
        kinds = {k: sum(p.label.get("kind") == k for p in chosen) for k in KINDS}
        print(f"{part}: {len(chosen)} pages, {len(sites)} sites, {len(provinces)} provinces, "
              f"{after} after 1 Jul 2025, years {years}")
        print("   kinds:", ", ".join(f"{k} {n}" for k, n in kinds.items() if n))
    old, _ = _provinces()
    seen = {p.label.get("province") for p in pages}
    print("provinces (pre-2025) not yet covered:", ", ".join(sorted(old - seen)))
    missing = [y for y in range(2008, 2027) if y not in {p.label["date"].year for p in pages if p.label.get("date")}]
    print("years not yet covered:", missing)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "path":
        target = path_of(sys.argv[2])
        print(target.relative_to(HERE.parent.parent))
    elif command == "stats":
        stats()
    else:
        sys.exit(check())
