"""How well a URL's slug gives back the headline of a page saved without one.

    python bench/slug_headlines.py [--sealed] [--show KIND ...]

The site lists an article with no headline by the headline its URL spells, with the
diacritics and punctuation the page's own words print it with (url_path.headline_from_slug).
Real pages with a labelled headline measure it: the headline's words are taken out of the page,
the slug spells them back, and the result is compared with the label, case and tone placement
aside. Pages labelled with no headline count how many get one. Raw page text stands in for the
converted body the site reads (the same words, with the site's furniture still in).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "realworld")]

import realpages  # noqa: E402  (tests/realworld/realpages.py)
from kholuutru.url_path import headline_from_slug  # noqa: E402
from kholuutru.text import canonical_tones, fold  # noqa: E402

KINDS = {
    "same": "the label's headline",
    "cut": "its first words (the slug was cut short, or a closing year left out)",
    "accents": "the same words, a diacritic chosen wrong",
    "other": "other words (the slug is not the headline's, or a word was left out)",
    "none": "no headline (slug too short, a word not in the page, too many guesses)",
}


def _words(text: str) -> str:
    return canonical_tones(" ".join(re.findall(r"[^\W_]+", text)).lower())


def compare(got: str | None, want: str) -> str:
    if got is None:
        return "none"
    got, want = _words(got.removesuffix("…")), _words(want)
    if got == want:
        return "same"
    if want.startswith(got):
        return "cut"
    return "accents" if fold(want).startswith(fold(got)) else "other"


def measure(pages: list) -> tuple[Counter, Counter, list[tuple[str, str, str]]]:
    titled, untitled, shown = Counter(), Counter(), []
    for page in pages:
        url, title = page.label.get("url"), page.label.get("title")
        if not url:
            continue
        text = page.text_path.read_text(encoding="utf-8")
        if not title:
            untitled["restored" if headline_from_slug(url, text) else "none"] += 1
            continue
        got = headline_from_slug(url, text.replace(title, " "))
        kind = compare(got, title)
        titled[kind] += 1
        shown.append((kind, got or "", title))
    return titled, untitled, shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sealed", action="store_true", help="also the sealed part (score it only at the end)")
    parser.add_argument("--show", nargs="*", default=[], choices=list(KINDS), help="list the pages of these kinds")
    args = parser.parse_args(argv)
    for part in ("dev", "sealed") if args.sealed else ("dev",):
        titled, untitled, shown = measure(realpages.load((part,)))
        given = sum(count for kind, count in titled.items() if kind != "none")
        print(f"\n{part}: {sum(titled.values())} pages with a headline and a URL")
        print("| slug spells | pages | of those given |\n|---|---|---|")
        for kind, meaning in KINDS.items():
            share = f"{100 * titled[kind] / given:.0f} %" if kind != "none" and given else ""
            print(f"| {meaning} | {titled[kind]} | {share} |")
        total = sum(untitled.values())
        print(f"{part}: pages with no headline and a URL: {total}; given one from the slug: {untitled['restored']}"
              + (f" ({100 * untitled['restored'] / total:.0f} %)" if total else ""))
        for kind, got, want in shown:
            if kind in args.show:
                print(f"  {kind}: «{got}» / «{want}»")
    return 0


if __name__ == "__main__":
    sys.exit(main())
