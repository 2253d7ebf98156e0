"""What the weight-fitting tools share (fit_headline_weights.py, fit_heading_weights.py): their
command line, the logistic regression, and how a weights file keeps its editors' comments."""

from __future__ import annotations

import argparse
import re


def parse_args(description: str, argv: list[str] | None) -> argparse.Namespace:
    cli = argparse.ArgumentParser(description=description)
    cli.add_argument("--write", action="store_true", help="write the weights fitted on every development page")
    cli.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength (default 1.0)")
    return cli.parse_args(argv)


def logistic_weights(rows: list[list[float]], answers: list[bool], names, c: float) -> dict[str, float]:
    """One weight a feature (the constant feature `bias` carries the intercept, so it is weighed
    and regularised like the others)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, fit_intercept=False, max_iter=5000, solver="lbfgs")
    model.fit(rows, answers)
    return dict(zip(names, model.coef_[0]))


def weight_lines(text: str, weights: dict[str, float], names, width: int) -> list[str]:
    """`  name: weight` lines in the order of names, each with the comment the file gave it (what
    the weight means, for editors)."""
    comments = dict(re.findall(r"(?m)^  (\w+):[^#\n]*(#.*)$", text))
    return [(f"  {name}: {weights[name]:.2f}".ljust(width) + " " + comments[name]) if name in comments
            else f"  {name}: {weights[name]:.2f}" for name in names]
