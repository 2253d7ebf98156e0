#!/usr/bin/env python3
"""CPU per article of the converter at a git revision next to the working tree's, in one process.

    .venv/bin/python bench/converter_ab.py             # HEAD against the working tree
    .venv/bin/python bench/converter_ab.py 9abe7aa     # any revision
    .venv/bin/python bench/converter_ab.py 4eda5cc^ 4eda5cc   # two revisions: what one commit cost
    .venv/bin/python bench/converter_ab.py --synthetic 300 --real 100 --rounds 3

Why one process: this machine's speed drifts by up to 40 % over a day, so two timed
runs minutes apart do not compare. The revision's package is imported under another
name next to the current one, and batches of ten articles alternate between them, so
both meet the same machine. Both first convert a warm-up set once, untimed, and each
takes the first turn on every other batch: until 5 December 2026 the working tree came
out 2–5 % faster than HEAD with identical code (its caches, warmed by generating the
corpus, and the second turn on each batch). `converter_ab.py HEAD` on an unchanged tree
is the check: it should print about ±1.5 %. Articles: synthetic ones from
bench/corpus.py and the real pages of tests/realworld/dev/. Prints the figures;
asserts nothing.

Each round converts articles neither package has met (the warm-up has its own): until the
afternoon of 7 December 2026 every round converted the same articles again, so a change that
caches the answers for a line (functools.lru_cache) was timed answering from the articles'
earlier conversions: −12.8 % printed for caches that saved 2.5 % on articles converted once.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the working tree is this checkout's kholuutru: without ROOT first, a clone sharing another
# checkout's virtualenv imported that checkout's package (its editable install) as "working tree"
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import corpus  # noqa: E402  (bench/corpus.py)


def package_at(revision: str, into: Path, name: str = "kholuutru_at_revision"):
    """The converter pipeline of `revision`, importable as `name` (the package imports itself
    relatively only, so two revisions load side by side)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "kholuutru"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    (into / "kholuutru").rename(into / name)
    sys.path.insert(0, str(into))
    return importlib.import_module(f"{name}.pipeline")


def convert_all(pipeline, batch: list[tuple[str, bytes]]) -> float:
    """CPU seconds to convert and render a batch (errors count: an unusable page costs too)."""
    start = time.process_time()
    for name, raw in batch:
        try:
            pipeline.render(pipeline.convert_bytes(raw, name))
        except pipeline.ConversionError:
            pass
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("revision", nargs="?", default="HEAD")
    cli.add_argument("against", nargs="?", help="a second revision to compare with instead of the working tree")
    cli.add_argument("--synthetic", type=int, default=300, help="generated articles (default 300)")
    cli.add_argument("--real", type=int, default=100, help="real development pages (default 100)")
    cli.add_argument("--rounds", type=int, default=3)
    args = cli.parse_args(argv)
    material = corpus.material()
    real = sorted((ROOT / "tests" / "realworld" / "dev").glob("*.txt"))

    def articles_of(turn: int) -> list[tuple[str, bytes]]:  # turn 0 warms up; each round has articles of its own
        synthetic = [corpus.article(index, mat=material) for index in range(turn * args.synthetic, (turn + 1) * args.synthetic)]
        return synthetic + [(str(p), p.read_bytes()) for p in real[turn * args.real : (turn + 1) * args.real]]

    warm_up = articles_of(0)
    rounds = [articles_of(turn) for turn in range(1, args.rounds + 1)]
    with tempfile.TemporaryDirectory(prefix="kl-ab-") as folder:
        before = package_at(args.revision, Path(folder))
        if args.against:
            (Path(folder) / "against").mkdir()
            after = package_at(args.against, Path(folder) / "against", "kholuutru_at_against")
        else:
            after = importlib.import_module("kholuutru.pipeline")
        for pipeline in (before, after):  # load the data files and warm up before timing: generating the
            convert_all(pipeline, warm_up)  # corpus warmed the working tree's caches only (~2 % faster with identical code)
        spent = {"before": 0.0, "after": 0.0}
        for articles in rounds:
            for number, start in enumerate(range(0, len(articles), 10)):
                batch = articles[start : start + 10]
                # each takes the first turn on every other batch: the second run of a batch is faster
                # (its bytes and the regular expressions' shared cache are warm), ~4.5 % with identical code
                for key, pipeline in ([("before", before), ("after", after)] if number % 2 == 0 else [("after", after), ("before", before)]):
                    spent[key] += convert_all(pipeline, batch)
    count = sum(len(articles) for articles in rounds)
    old, new = (spent[key] / count * 1000 for key in ("before", "after"))
    print(f"{count} articles in {args.rounds} rounds, each converted once, CPU per article: {args.revision} {old:.2f} ms, "
          f"{args.against or 'working tree'} {new:.2f} ms ({(new - old) / old * 100:+.1f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
