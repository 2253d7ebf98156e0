#!/usr/bin/env python3
"""Fit the heading weights (kholuutru/data/heading_weights.yml) on the labelled real pages.

    .venv/bin/python -m pip install scikit-learn==1.5.2      # once; only the fitting tools need it
    .venv/bin/python tools/fit_heading_weights.py             # cross-validate, print the trade-off, change nothing
    .venv/bin/python tools/fit_heading_weights.py --write     # and write the fitted weights

Every line of a development page of tests/realworld/ that the converter's rules shape as a
section heading, and that a reader labelled (`body_lines`: heading, caption or other), is a
row: its features (kholuutru.segment.body.heading_evidence) and whether it is a heading. Each
page is converted with its URL and without, as the headline tool does; a line weighed the
same both ways counts once. A logistic regression learns the weights; the score below which
the line is set as a plain paragraph is chosen to maximise false headings set as paragraphs
minus twice the real headings lost, since a lost heading costs a long text its outline and
a false one only a wrong entry in the contents. Pages are grouped by site, so the
cross-validated figures are those of sites the weights never saw. The sealed pages are
never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "realworld"), str(ROOT / "tools")]

import fitting  # noqa: E402  (tools/fitting.py)
import realpages  # noqa: E402

from kholuutru import data  # noqa: E402
from kholuutru.segment import body as segment  # noqa: E402  (where heading_evidence is defined and called)
from kholuutru.pipeline import ConversionError, convert_text  # noqa: E402
from kholuutru.text import nfc  # noqa: E402

WEIGHTS = ROOT / "kholuutru" / "data" / "heading_weights.yml"
FOLDS = 5
LOST_HEADING_COST = 2
SHIFTS = (-1.0, -0.5, 0.5, 1.0)  # min_score moved by hand, for the trade-off the tool prints


def _key(text: str) -> str:
    return " ".join(nfc(text).split())


def candidate_rows() -> list[tuple[str, str, dict[str, float], bool]]:
    """(page, site, features, is a heading) for every labelled line shaped as a heading."""
    rows, seen = [], set()
    original = segment.heading_evidence
    for page in realpages.load(("dev",)):
        labels = {_key(str(line)): kind for kind, lines in (page.label.get("body_lines") or {}).items() for line in lines or []}
        if not labels:
            continue
        for url in (None, page.label.get("url")):
            def recording(units, marks, index, start, next_line, page=page, labels=labels):
                values = original(units, marks, index, start, next_line)
                kind = labels.get(_key(units[index].text))
                key = (page.name, units[index].text, tuple(values.values()))
                if kind is not None and key not in seen:
                    seen.add(key)
                    rows.append((page.name, page.label["site"], values, kind == "heading"))
                return values

            segment.heading_evidence = recording
            try:
                convert_text(page.text_path.read_text(encoding="utf-8"), f"seeds/{page.text_path.name}",
                             overrides={"source_url": url} if url else None)
            except ConversionError:
                pass
            finally:
                segment.heading_evidence = original
    return rows


def fit(rows, c: float) -> dict[str, float]:
    x = [[row[2][name] for name in segment.HEADING_FEATURES] for row in rows]
    return fitting.logistic_weights(x, [row[3] for row in rows], segment.HEADING_FEATURES, c)


def score(values: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights[name] * value for name, value in values.items())


def tally(scored: list[tuple[float, bool]], threshold: float) -> tuple[int, int, int]:
    """(headings kept, headings lost, false headings kept)."""
    kept = [heading for value, heading in scored if value >= threshold]
    return sum(kept), sum(heading for _, heading in scored) - sum(kept), len(kept) - sum(kept)


def best_threshold(scored: list[tuple[float, bool]]) -> float:
    false_total = sum(not heading for _, heading in scored)

    def gain(threshold: float) -> int:
        _, lost, false_kept = tally(scored, threshold)
        return (false_total - false_kept) - LOST_HEADING_COST * lost

    return max(sorted({value for value, _ in scored}), key=gain)


def cross_validate(rows, c: float) -> tuple[list[tuple[float, bool]], list[float]]:
    """Each row scored by weights and a threshold fitted without its site: (score minus threshold, heading)."""
    sites = sorted({row[1] for row in rows})
    fold_of = {site: n % FOLDS for n, site in enumerate(sites)}
    held_out, thresholds = [], []
    for fold in range(FOLDS):
        train = [row for row in rows if fold_of[row[1]] != fold]
        weights = fit(train, c)
        threshold = best_threshold([(score(row[2], weights), row[3]) for row in train])
        thresholds.append(round(float(threshold), 2))
        held_out += [(score(row[2], weights) - threshold, row[3]) for row in rows if fold_of[row[1]] == fold]
    return held_out, thresholds


def write(weights: dict[str, float], threshold: float) -> None:
    text = WEIGHTS.read_text(encoding="utf-8")
    header = text[: text.index("min_score:")]
    lines = [f"min_score: {threshold:.2f}", "weights:", *fitting.weight_lines(text, weights, segment.HEADING_FEATURES, 32)]
    WEIGHTS.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = fitting.parse_args(__doc__.split("\n")[0], argv)
    rows = candidate_rows()
    current = data.heading_weights()
    show = lambda t: f"{t[0]} headings kept, {t[1]} lost, {t[2]} false ones kept"  # noqa: E731
    print(f"{len(rows)} labelled lines shaped as headings on {len({row[0] for row in rows})} development pages "
          f"({sum(row[3] for row in rows)} headings)")
    print(f"rules alone: {show(tally([(0.0, row[3]) for row in rows], 0.0))}")
    print(f"current weights, on the pages they were fitted on: "
          f"{show(tally([(score(row[2], current['weights']), row[3]) for row in rows], current['min_score']))}")
    held_out, thresholds = cross_validate(rows, args.c)
    print(f"fitted weights, {FOLDS}-fold by site (sites unseen): {show(tally(held_out, 0.0))}; thresholds {thresholds}")
    for shift in SHIFTS:  # what moving min_score by hand would trade, on sites unseen
        print(f"  min_score {shift:+.1f}: {show(tally(held_out, shift))}")
    if args.write:
        weights = fit(rows, args.c)
        threshold = best_threshold([(score(row[2], weights), row[3]) for row in rows])
        write(weights, threshold)
        print(f"wrote {WEIGHTS.relative_to(ROOT)} (min_score {threshold:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
