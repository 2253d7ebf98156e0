#!/usr/bin/env python3
"""How often the converter gets each field right, on labelled articles.

    .venv/bin/python bench/accuracy.py                 # seeds, fixtures, real pages (development part)
    .venv/bin/python bench/accuracy.py --sealed        # and the sealed part (score it only at the end);
                                                       # "sealed-unscored": the rounds never scored before
    .venv/bin/python bench/accuracy.py --with-url      # real pages converted with their URL (seeds/<name>.yml)
    .venv/bin/python bench/accuracy.py --wrong dev     # list every wrong value of a part

For each field: right / unknown (the converter said null) / wrong, and each wrong
value. A label of null is right only when the converter also says null. The
real pages are tests/realworld/ (labels written by reading the page before the
converter ran on it; see tests/realworld/README.md). The converter runs as a
user runs it (scripts/convert.py on a folder), so the figures are the CLI's.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import frontmatter
import markdown
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "realworld")]

import realpages  # noqa: E402  (tests/realworld/realpages.py)
from kholuutru.decode import DecodeError, decode_bytes  # noqa: E402
from kholuutru.gazetteer import gazetteer  # noqa: E402
from kholuutru.segment import LIST_ITEM  # noqa: E402
from kholuutru.text import exact_key, fold, nfc, same_words  # noqa: E402

FIELDS = ("title", "date", "province", "term", "author", "locality")
FRONT_MATTER_KEY = {"term": "tenure"}
MEASURES = (*FIELDS, "furniture", "body", "paragraphs", "headings")
MIN_BODY_WORDS = 6  # a source line this long that is not furniture or metadata must reach the body


@dataclass
class Case:
    """One labelled article: its text and what a reader takes from it."""

    name: str
    text_path: Path
    want: dict  # field -> value; a field left out is not scored
    title_is_prefix: bool = False  # the seeds' expectations give the title's start
    url: str | None = None
    month: str | None = None  # "YYYY-MM": the page gives the month only (its URL)
    furniture: list[str] = field(default_factory=list)
    metadata_lines: list[str] = field(default_factory=list)  # title, date line, byline, kicker: not body
    body_lines: dict[str, str] = field(default_factory=dict)  # a short body line, as a reader sees it -> its kind
    check_body: bool = False


# --- the labelled sets -------------------------------------------------------------------


def seed_cases() -> list[Case]:
    from test_seeds import EXPECTED, NOT_BODY

    cases = []
    for name, want in EXPECTED.items():
        labels = {"title": want["title_starts"], "date": want["date"], "province": want["province"], "term": want["tenure"],
                  "author": want["author"], "locality": want["locality"]}
        cases.append(Case(name, ROOT / "seeds" / name, labels, title_is_prefix=True, furniture=NOT_BODY.get(name, [])))
    return cases


def fixture_cases() -> list[Case]:
    cases = []
    folder = ROOT / "tests" / "fixtures" / "articles"
    for path in sorted(folder.glob("*.expected.yml")):
        want = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if "error" in want or "duplicate_of" in want:
            continue
        labels = {key: want[source] for key, source in
                  (("title", "title"), ("date", "date"), ("province", "province"), ("term", "tenure"),
                   ("author", "author"), ("locality", "locality")) if source in want}
        cases.append(Case(path.name[: -len(".expected.yml")] + ".txt", folder / path.name.replace(".expected.yml", ".txt"),
                          labels, furniture=want.get("must_drop") or []))
    return cases


def realworld_cases(part: str, unscored: bool = False) -> list[Case]:
    """The labelled pages of a part (with `unscored`, only the rounds gathered since the last scoring)."""
    cases = []
    pages = realpages.load((part,))
    for page in realpages.unscored(pages) if unscored else pages:
        label = page.label
        want = {key: label.get(key) for key in FIELDS}
        meta = [label.get(key) for key in ("title", "kicker", "date_text", "author", "source") if label.get(key)]
        cases.append(Case(page.text_path.name, page.text_path, want, url=label.get("url"), month=label.get("date_month"),
                          furniture=[str(line).strip() for line in label.get("furniture") or []],
                          metadata_lines=[str(m) for m in meta], check_body=True,
                          body_lines={_squash(nfc(str(line))): kind for kind, lines in (label.get("body_lines") or {}).items()
                                      for line in lines or []}))
    return cases


# --- running the converter -----------------------------------------------------------------


def convert(cases: list[Case], with_url: bool) -> tuple[dict[str, frontmatter.Post], dict, str]:
    """Convert the cases as one seeds/ folder; pages by source name, the JSON report, stderr."""
    with tempfile.TemporaryDirectory(prefix="kl-accuracy-") as work:
        project = Path(work)
        seeds = project / "seeds"
        seeds.mkdir()
        for case in cases:
            shutil.copyfile(case.text_path, seeds / case.name)
            if with_url and case.url:
                (seeds / case.name).with_suffix(".yml").write_text(
                    yaml.safe_dump({"url": case.url}, allow_unicode=True), encoding="utf-8")
        run = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "convert.py"), "--source", "seeds", "--out", "docs/articles",
             "--report", "report.json"],
            cwd=project, capture_output=True, text=True,
        )
        pages = {}
        for page in sorted((project / "docs" / "articles").glob("*.md")):
            post = frontmatter.load(page)
            pages[Path(post["source_file"]).name] = post
        report = json.loads((project / "report.json").read_text(encoding="utf-8")) if (project / "report.json").exists() else {}
        return pages, report, run.stderr


# --- scoring ---------------------------------------------------------------------------------


def normal(value) -> str | None:
    if value is None:
        return None
    text = str(value).replace("’", "'")  # one name, whichever apostrophe: "Ea H’Leo", "Ea H'Leo"
    return exact_key(re.sub(r"\s+", " ", text)).strip(" .,;:-–—()") or None


def comparable(key: str, value) -> str | None:
    if value is None:
        return None
    if key == "date":
        return str(value)[:10]
    return normal(value)


def visible(body: str) -> str:
    rendered = markdown.markdown(body, extensions=["attr_list", "toc"])
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", rendered)))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Tally:
    right: int = 0
    unknown: int = 0
    wrong: int = 0
    errors: list[str] = field(default_factory=list)
    flagged: int = 0  # values given and listed "cần xem lại" in the report
    wrong_flagged: int = 0  # … of which wrong: what the review list catches

    @property
    def total(self) -> int:
        return self.right + self.unknown + self.wrong

    def share(self, count: int) -> str:
        return f"{count / self.total:.0%}" if self.total else "–"


def score(cases: list[Case], pages: dict, stderr: str, report: dict | None = None) -> dict:
    tallies = {name: Tally() for name in MEASURES}
    files = (report or {}).get("files", {})
    for case in cases:
        post = pages.get(case.name)
        if post is None:
            _score_missing_page(case, stderr, tallies)
            continue
        review = files.get(f"seeds/{case.name}", {}).get("review", [])
        for key, want in case.want.items():
            _score_field(case, key, want, post, review, tallies[key])
        body = visible(post.content)
        _score_furniture(case, post.content, body, tallies["furniture"])
        broken = broken_paragraphs(post.content)
        tallies["paragraphs"].right += not broken
        tallies["paragraphs"].wrong += bool(broken)
        tallies["paragraphs"].errors.extend(f"{case.name}: {problem}" for problem in broken)
        score_headings(case, post.content, body, tallies["headings"])
        if case.check_body:
            _score_body(case, body, tallies["body"])
    return tallies


def _score_missing_page(case: Case, stderr: str, tallies: dict) -> None:
    """A page the converter refused: every field unknown, its body lost, with the converter's reason."""
    failure = next((line for line in stderr.splitlines() if case.name in line), "no page")
    for key in case.want:
        tallies[key].unknown += 1
    tallies["body"].wrong += 1
    tallies["body"].errors.append(f"{case.name}: {failure}")


def _score_field(case: Case, key: str, want, post, review: list, tally: Tally) -> None:
    got = post.get(FRONT_MATTER_KEY.get(key, key))
    a, b = comparable(key, got), comparable(key, want)
    if key == "date" and case.month and post.get("date_precision") == "month":
        a, b = str(got)[:7], case.month
    if key == "title" and case.title_is_prefix and a and b and a.startswith(b):
        a = b
    if key == "locality" and a is None and b is None:
        return  # locality is scored where the page has one or the converter gave one
    flagged = a is not None and FRONT_MATTER_KEY.get(key, key) in review
    tally.flagged += flagged
    tally.wrong_flagged += flagged and a != b
    if a == b:
        tally.right += 1
    elif a is None:
        tally.unknown += 1
        tally.errors.append(f"{case.name}: unknown, want {want!r}")
    else:
        tally.wrong += 1
        tally.errors.append(f"{case.name}: got {got!r}, want {want!r}" + (" (cần xem lại)" if flagged else ""))


def _score_furniture(case: Case, content: str, body: str, tally: Tally) -> None:
    """A furniture line is gone when no visible text holds it (a short one: no whole line is it)."""
    body_lines = {_squash(line) for line in content.splitlines()}
    for line in case.furniture:
        text = _squash(nfc(_as_text(line)))  # "![]() | Tin cũ |" is gone when its words are
        gone = text not in body if len(text) >= 20 else not any(text == _squash(visible(b)) for b in body_lines if b)
        if gone:
            tally.right += 1
        else:
            tally.wrong += 1
            tally.errors.append(f"{case.name}: kept {line!r}")


def _score_body(case: Case, body: str, tally: Tally) -> None:
    lost = lost_lines(case, body)
    if lost:
        tally.wrong += 1
        tally.errors.extend(f"{case.name}: lost {line[:90]!r}" for line in lost)
    else:
        tally.right += 1


def broken_paragraphs(content: str) -> list[str]:
    """Neighbouring blocks of the body (paragraphs, captions) that a reader sees broken: one sentence
    cut in two, the first stopping on a small word or being one word and the next opening in small
    letters ("… 4 năm triển khai" / "cuộc vận động …", "Thực" / "hiện Chỉ thị số 45-CT/TW …"); or
    the same block printed twice in a row (an image's alt text, then its caption). Needs no label:
    the page's structure alone tells."""
    blocks = [block.split("\n{:", 1)[0].strip() for block in content.split("\n\n")]
    blocks = [block for block in blocks if block and not block.startswith("{:")]
    broken = []
    for first, then in zip(blocks, blocks[1:]):
        last = first.rsplit(None, 1)[-1]
        if (not first.startswith(("#", "|", ">", "-", "*")) and last.isalpha() and (last.islower() or last == first)
                and then[:1].islower() and not LIST_ITEM.match(then) and not then.split(None, 1)[0].endswith(":")):
            broken.append(f"cut {first[-40:]!r} / {then[:40]!r}")
        elif first == then and len(first) >= 20:
            broken.append(f"twice {first[:60]!r}")
    return broken


def score_headings(case: Case, content: str, body: str, tally: Tally) -> None:
    """The body's section headings against the page's labelled body lines: a heading shown that
    the writer wrote is right, one that is a photo's caption or a broken piece is wrong, a
    writer's heading shown as anything else is missed (counted unknown). Unlabelled lines are
    not scored."""
    if not case.body_lines:
        return
    shown = {_squash(visible(block)) for block in content.split("\n\n") if re.match(r"#{1,6} ", block.strip())}
    for text in sorted(shown):
        kind = case.body_lines.get(text)
        if kind == "heading":
            tally.right += 1
        elif kind is not None:
            tally.wrong += 1
            tally.errors.append(f"{case.name}: shown as a heading, labelled {kind}: {text[:90]!r}")
    for text, kind in sorted(case.body_lines.items()):
        if kind == "heading" and text not in shown and text in body:
            tally.unknown += 1
            tally.errors.append(f"{case.name}: heading not shown as one: {text[:90]!r}")


# A caption's printed credit ("… Ảnh: T.H") is kept apart from its caption.
_CREDIT = re.compile(r"[\s.,;(\[–—-]*(?:Ảnh|Ảnh tư liệu|Ảnh minh họa|Nguồn|Video)\s*:?\s*.{1,60}?[)\]]?\.?$", re.IGNORECASE)


# A scraper's machine date glued before the lead (" date 2021-05 Trong đợt …"): the date is read, the lead kept.
_MACHINE_DATE = re.compile(r"^date\s+\d{4}-\d{2}(?:-\d{2})?\s+(?:[–-]\s+)?")


def _without_pictographs(line: str) -> str:
    """"… NĂM 2026 🇻🇳🇻🇳": the words, without the symbols a site strews around a headline."""
    return _squash("".join(c for c in line if unicodedata.category(c) not in ("So", "Sk")))


_MARKUP = re.compile(r"<[^<>]*>|\[/[biusBIUS]\]|!\[[^\]\n]*\]\([^)\n]*\)(?:[ \t]*\|(?=[ \t]*$))?", re.MULTILINE)


def _as_text(text: str) -> str:
    """The HTML the scraper kept ("<p style=…><span>Suốt 71 năm …</span></p>", a tag whose
    attributes run onto the next line, a forum's "[/B]", a Markdown image "![]() |") as the text
    a reader sees: the body keeps the words, not the tags."""
    if "<" not in text and "[" not in text:
        return text
    stripped = _MARKUP.sub(lambda tag: " " if tag[0].startswith("<") else "", text)
    return html.unescape(stripped) if stripped != text else text


def lost_lines(case: Case, body: str) -> list[str]:
    """Lines of the source that are article text and are not in the body. A line the page printed
    twice, once with other quotes or tone placement, is in the body if the copy kept is."""
    body = same_words(body)
    skip = {_squash(nfc(_as_text(line))) for line in case.furniture}  # as the lines below: nfc() also maps "Ð" to "Đ"
    meta = [_squash(nfc(m)) for m in case.metadata_lines]
    title = _squash(nfc(case.want.get("title") or ""))
    lost = []
    for raw in _as_text(case.text_path.read_text(encoding="utf-8")).splitlines():
        line = _squash(nfc(raw))
        if len(line.split()) < MIN_BODY_WORDS or line in skip or any(m and m in line for m in meta):
            continue
        if len(line.split()) >= 4 and _without_pictographs(line) in title:
            continue  # a headline printed over two lines: each is the title's (its flags and stars aside), not the body's
        same = same_words(line)
        if same not in body and _CREDIT.sub("", same) not in body and _MACHINE_DATE.sub("", same) not in body:
            lost.append(line)
    return lost


# --- how far the pages let a converter go --------------------------------------------------


def province_reach(cases: list[Case]) -> tuple[int, int, int]:
    """(pages, pages whose text names their labelled province, … whose text or URL does).

    Generous on purpose, so that it bounds any converter reading the page: a page "names" its
    province when its text holds, as whole words, any name the province, its 2025 unit or one
    of that unit's former provinces, districts or communes ever had (names shared with other
    provinces count), or its URL spells one of six letters or more; a label of null counts as
    reachable. A page beyond it takes its province from what the labeller knew (where a
    university or hospital stands), which no reading of the page can give."""
    family = _family_of()
    names = _names_by_family(family)
    reached = with_url = 0
    scored = [case for case in cases if "province" in case.want]
    for case in scored:
        province = case.want["province"]
        if province is None:
            reached += 1
            with_url += 1
            continue
        spelled = names.get(family.get(province, province), set())
        in_text = bool(spelled & _word_runs(_page_text(case)))
        url = re.sub(r"[^a-z0-9]", "", fold(case.url or ""))
        reached += in_text
        with_url += in_text or any(len(name) >= 6 and name in url for name in (n.replace(" ", "") for n in spelled))
    return len(scored), reached, with_url


def _page_text(case: Case) -> str:
    try:
        return decode_bytes(case.text_path.read_bytes()).text
    except DecodeError:
        return ""  # a fixture of unusable bytes names nothing


def _family_of() -> dict[str, str]:
    """Each province's 2025 unit (the unit itself for a 2025 name)."""
    places = gazetteer()
    family = {province.name: province.name for province in places.provinces}
    for unit in places.provinces_2025:
        family[unit.name] = unit.name
        family.update({member: unit.name for member in unit.members})
    return family


def _names_by_family(family: dict[str, str]) -> dict[str, set[str]]:
    """Every name of a province's family (its 2025 unit and that unit's members), folded: the
    province's names and aliases, its districts' and its communes'."""
    places = gazetteer()
    names: dict[str, set[str]] = {}

    def add(province: str, name: str) -> None:
        key = " ".join(fold(name).split())
        if len(key) >= 3:
            names.setdefault(family.get(province, province), set()).add(key)

    for province in places.provinces:
        for name in (province.name, *province.aliases):
            add(province.name, name)
    for unit in places.provinces_2025:
        add(unit.name, unit.name)
    for district in places.districts:
        add(district.province, district.name)
    for commune in places.every_commune():
        add(commune.province, commune.name)
    return names


def _word_runs(text: str, longest: int = 5) -> set[str]:
    """Every run of one to `longest` words of the folded text."""
    words = [word for word in re.split(r"[^\w]+", fold(text)) if word]
    return {" ".join(words[i : i + n]) for n in range(1, longest + 1) for i in range(len(words) - n + 1)}


# --- output ----------------------------------------------------------------------------------


def table(results: dict[str, dict]) -> str:
    parts = list(results)
    head = "| field | " + " | ".join(f"{p} (n={results[p]['_n']})" for p in parts) + " |"
    rows = [head, "|---|" + "---|" * len(parts)]
    for name in MEASURES:
        cells = []
        for part in parts:
            tally = results[part][name]
            if not tally.total:
                cells.append("–")
            elif name == "headings":
                shown = tally.right + tally.wrong
                cells.append(f"{tally.right / shown:.0%} of headings shown are headings ({tally.right}/{shown}) · "
                             f"{tally.unknown} not shown as one" if shown else "–")
            elif name == "paragraphs":
                cells.append(f"{tally.share(tally.right)} pages ({tally.right}/{tally.total})")
            elif name == "furniture":
                cells.append(f"{tally.share(tally.right)} dropped ({tally.right}/{tally.total})")
            elif name == "body":
                cells.append(f"{tally.share(tally.right)} pages whole ({tally.right}/{tally.total})")
            else:
                cells.append(f"{tally.share(tally.right)} right · {tally.share(tally.unknown)} unknown · "
                             f"{tally.share(tally.wrong)} wrong")
        label = {"term": "term (nhiệm kỳ)", "body": "body sentences kept",
                 "paragraphs": "paragraphs whole (none cut, none twice)",
                 "headings": "section headings (labelled lines)"}.get(name, name)
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def review_table(results: dict[str, dict]) -> str:
    """How well the report's "cần xem lại" list serves an editor: the share of given values
    it lists, and how many of the wrong ones are among them."""
    parts = list(results)
    rows = ["| to review | " + " | ".join(parts) + " |", "|---|" + "---|" * len(parts)]
    for name in FIELDS:
        cells = []
        for part in parts:
            tally = results[part][name]
            given = tally.right + tally.wrong
            cells.append(f"{tally.flagged / given:.0%} of values listed · {tally.wrong_flagged}/{tally.wrong} wrong ones"
                         if given else "–")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def reach_table(results: dict[str, dict]) -> str:
    """The most any converter can get right of the province, reading only what the page holds."""
    parts = list(results)
    rows = ["| province within reach | " + " | ".join(parts) + " |", "|---|" + "---|" * len(parts)]
    for label, column in (("the text names it", 1), ("the text or the URL names it", 2)):
        cells = []
        for part in parts:
            pages, reached = results[part]["_reach"][0], results[part]["_reach"][column]
            cells.append(f"{reached / pages:.0%} ({reached}/{pages})" if pages else "–")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def run(parts: list[str], with_url: bool = False) -> dict[str, dict]:
    makers = {"seeds": seed_cases, "fixtures": fixture_cases,
              "dev": lambda: realworld_cases("dev"), "sealed": lambda: realworld_cases("sealed"),
              "sealed-unscored": lambda: realworld_cases("sealed", unscored=True),
              "dev-new": lambda: realworld_cases("dev", unscored=True)}
    results = {}
    for part in parts:
        cases = makers[part]()
        if not cases:
            continue
        pages, report, stderr = convert(cases, with_url and part.startswith(("dev", "sealed")))
        results[part] = {**score(cases, pages, stderr, report), "_n": len(cases), "_reach": province_reach(cases)}
    return results


def as_json(results: dict[str, dict]) -> dict:
    return {part: {name: (vars(t) if isinstance(t, Tally) else t) for name, t in tallies.items()}
            for part, tallies in results.items()}


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    cli.add_argument("--sealed", action="store_true",
                     help="also score the sealed real pages, and apart those of rounds never scored before")
    cli.add_argument("--with-url", action="store_true", help="give the converter each real page's URL")
    cli.add_argument("--wrong", action="append", default=[], metavar="PART",
                     help="list every wrong and unknown value of PART (seeds, fixtures, dev, sealed; "
                          "dev-new: the development pages of the rounds not scored yet)")
    cli.add_argument("--json", type=Path, help="write the tallies as JSON")
    args = cli.parse_args(argv)
    parts = ["seeds", "fixtures", "dev"] + (["sealed", "sealed-unscored"] if args.sealed else [])
    parts += ["dev-new"] if "dev-new" in args.wrong else []
    results = run(parts, args.with_url)
    print(table(results))
    print()
    print(review_table(results))
    print()
    print(reach_table(results))
    for part in args.wrong:
        if part not in results:
            continue
        print(f"\n## {part}")
        for name in MEASURES:
            for error in results[part][name].errors:
                print(f"{name:9} {error}")
    if args.json:
        args.json.write_text(json.dumps(as_json(results), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
