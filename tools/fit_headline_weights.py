#!/usr/bin/env python3
"""Fit the headline weights (kholuutru/data/headline_weights.yml) on the labelled real pages.

    .venv/bin/python -m pip install scikit-learn==1.5.2      # once; only this tool needs it
    .venv/bin/python tools/fit_headline_weights.py            # cross-validate, print, change nothing
    .venv/bin/python tools/fit_headline_weights.py --write    # and write the fitted weights

Every head line the converter weighs as a headline on a development page of
tests/realworld/, converted with its URL and without (as scrapers that kept it or not
give it), is a row: its features (kholuutru.headline.features) and whether
it is the page's labelled headline. A logistic regression learns the weights; the
score threshold below which a page gets no headline is chosen to maximise right
minus twice wrong, since a wrong title costs more than a missing one. Pages are
grouped by site, so the cross-validated figures are those of sites the weights
never saw. The sealed pages are never read.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "realworld"), str(ROOT / "tools")]

import fitting  # noqa: E402  (tools/fitting.py)
import realpages  # noqa: E402

from kholuutru import data, headline  # noqa: E402
from kholuutru.pipeline import ConversionError, convert_text  # noqa: E402

WEIGHTS = ROOT / "kholuutru" / "data" / "headline_weights.yml"
FOLDS = 5


def _key(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip().rstrip(".").lower()


# Each page is converted twice, as a scraper that kept its URL gives it and as one that did
# not: the weights serve both. A row's page is named "<page>" or "<page>+url".
WAYS = ("", "+url")


def candidate_rows() -> list[tuple[str, str, dict[str, float], bool]]:
    """(page, site, features, is the headline) for every candidate line of every development page."""
    rows = []
    original = headline.score
    for page in realpages.load(("dev",)):
        for way in WAYS:
            seen: list[tuple[str, dict[str, float]]] = []

            def recording(line, context, seen=seen):
                seen.append((line, headline.features(line, context)))
                return original(line, context)

            url = page.label.get("url") if way else None
            headline.score = recording
            try:
                convert_text(page.text_path.read_text(encoding="utf-8"), f"seeds/{page.text_path.name}",
                             overrides={"source_url": url} if url else None)
            except ConversionError:
                pass  # a page the converter refuses (no body) still weighed its head lines
            finally:
                headline.score = original
            want = _key(page.label.get("title"))
            for line, values in seen:
                rows.append((page.name + way, page.label["site"], values, bool(want) and _key(headline.clean(line).title) == want))
    return rows


def _matrix(rows):
    names = list(headline.FEATURES)
    return [[headline.counted(row[2]).get(name, 0.0) for name in names] for row in rows], [row[3] for row in rows], names


def fit(rows, c: float):
    return fitting.logistic_weights(*_matrix(rows), c)


def page_choices(rows, weights: dict[str, float]) -> dict[str, tuple[float, bool]]:
    """Each page's best candidate: (its score, whether it is the labelled headline)."""
    best: dict[str, tuple[float, bool]] = {}
    for page, _, values, right in rows:
        value = headline.total(values, weights)
        if page not in best or value > best[page][0]:
            best[page] = (value, right)
    return best


def tally(choices, labelled: dict[str, bool], threshold: float) -> tuple[int, int, int]:
    """(right, unknown, wrong) over every page: labelled[page] says whether it has a headline."""
    right = unknown = wrong = 0
    for page, has_title in labelled.items():
        value, correct = choices.get(page, (float("-inf"), False))
        if value < threshold:
            right, unknown = right + (not has_title), unknown + has_title
        elif correct:
            right += 1
        else:
            wrong += 1
    return right, unknown, wrong


def best_threshold(choices, labelled) -> float:
    candidates = sorted({value for value, _ in choices.values()})
    def gain(threshold: float) -> int:
        right, _, wrong = tally(choices, labelled, threshold)
        return right - 2 * wrong

    return max(candidates, key=gain)


def cross_validate(rows, labelled, c: float) -> tuple[tuple[int, int, int], dict]:
    sites = sorted({row[1] for row in rows} | {p.label["site"] for p in realpages.load(("dev",))})
    fold_of = {site: n % FOLDS for n, site in enumerate(sites)}
    page_fold = {}
    for page in realpages.load(("dev",)):
        for way in WAYS:
            page_fold[page.name + way] = fold_of[page.label["site"]]
    held_out: dict[str, tuple[float, bool]] = {}
    thresholds = []
    for fold in range(FOLDS):
        train = [row for row in rows if page_fold[row[0]] != fold]
        weights = fit(train, c)
        train_labelled = {p: v for p, v in labelled.items() if page_fold[p] != fold}
        threshold = best_threshold(page_choices(train, weights), train_labelled)
        thresholds.append(round(float(threshold), 2))
        for page, choice in page_choices([r for r in rows if page_fold[r[0]] == fold], weights).items():
            held_out[page] = (choice[0] - threshold, choice[1])
    return tally(held_out, labelled, 0.0), {"thresholds": thresholds}


def write(weights: dict[str, float], threshold: float) -> None:
    text = WEIGHTS.read_text(encoding="utf-8")
    header = text[: text.index("min_score:")]
    margin = text[text.index("confident_margin:"): text.index("weights:")].rstrip()  # chosen by hand: kept
    lines = [f"min_score: {threshold:.2f}", f"confident_score: {threshold + 2.0:.2f}", margin, "weights:"]
    lines += fitting.weight_lines(text, weights, headline.FEATURES, 28)
    WEIGHTS.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = fitting.parse_args(__doc__.split("\n")[0], argv)
    rows = candidate_rows()
    labelled = {page.name + way: bool(_key(page.label.get("title"))) for page in realpages.load(("dev",)) for way in WAYS}
    current = data.headline_weights()
    hand = tally(page_choices(rows, current["weights"]), labelled, current["min_score"])
    learned, info = cross_validate(rows, labelled, args.c)
    pages = len(labelled)
    show = lambda t: " / ".join(f"{100 * n / pages:.0f}" for n in t) + f" ({' / '.join(map(str, t))} pages)"  # noqa: E731
    print(f"{len(rows)} candidate lines on {pages // len(WAYS)} development pages, each with and without its URL "
          f"({sum(1 for r in rows if r[3])} of them the labelled headline)")
    print(f"current weights, on the pages they were set on: {show(hand)} (right / unknown / wrong, %)")
    print(f"fitted weights, {FOLDS}-fold by site (sites unseen): {show(learned)}; thresholds {info['thresholds']}")
    if args.write:
        weights = fit(rows, args.c)
        threshold = best_threshold(page_choices(rows, weights), labelled)
        write(weights, threshold)
        print(f"wrote {WEIGHTS.relative_to(ROOT)} (min_score {threshold:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
