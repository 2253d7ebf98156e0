"""make dev at scale: how long an edit takes to show in the preview (issue 13).

    python bench/preview.py [--size 5000] [--seed 0] [--repeat 3]

In a scratch project of N generated articles: the first (full) build, then one edited
seed, one added seed (of an older day: every later search id moves), one added seed of
the newest day (the usual addition) and a round with no change, each timed from the edit to the
rebuilt page on disk (what the open browser reloads; the listing pages the change only shifted,
the sitemap, the feeds and the downloads are written after it, timed apart); between rounds the preview collects
its garbage, as `make dev` does while the editor reads the page. Prints one line per round
and, for each kind of change, the median of its rounds (one round varies by ±0.5 s on this
machine: the goal is judged on the median).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402

GOAL_S = 3.0


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--size", type=int, default=5000)
    cli.add_argument("--seed", type=int, default=0)
    cli.add_argument("--repeat", type=int, default=3, help="rounds of each kind of change (a round varies ±0.5 s)")
    args = cli.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    from kholuutru.site.dev import Preview

    with tempfile.TemporaryDirectory(prefix="kl-preview-") as scratch:
        work = Path(scratch)
        for name in ("mkdocs.yml", "mkdocs.offline.yml"):
            shutil.copy(ROOT / name, work / name)
        shutil.copytree(ROOT / "overrides", work / "overrides")
        (work / "docs" / "articles").mkdir(parents=True)
        corpus.generate(args.size, work / "seeds", seed=args.seed)
        os.chdir(work)
        preview = Preview()
        seeds = sorted(Path("seeds").glob("*.txt"))

        print(f"make dev, {args.size} articles (goal: an edit shows in ≤ {GOAL_S:.0f} s; "
              f"each change {args.repeat} times, judged by the median)")
        timed(preview, "first build (full)", None)
        for name, change in [("one seed edited", _edit), ("one seed added", _add), ("newest seed added", _add_newest),
                             ("nothing changed", None)]:
            totals = [timed(preview, name, change and (lambda round_=round_, change=change: change(seeds, round_)))
                      for round_ in range(args.repeat)]
            if change and args.repeat > 1:
                middle = statistics.median(totals)
                mark = "✓" if middle <= GOAL_S else f"✗ (goal ≤ {GOAL_S:.0f} s)"
                print(f"  {name:<22} median {middle:.1f} s, {min(totals):.1f}–{max(totals):.1f} s  {mark}", flush=True)
    return 0


def _edit(seeds: list[Path], round_: int) -> None:
    seed = seeds[len(seeds) // 2 + round_]
    lines = seed.read_text(encoding="utf-8").split("\n")
    lines[0] += " (đã sửa)"
    seed.write_text("\n".join(lines), encoding="utf-8")


def _add(seeds: list[Path], round_: int) -> None:
    """A day among the others: every later search id moves."""
    lines = seeds[7 + round_].read_text(encoding="utf-8").split("\n")
    lines[0] = "Bài thêm khi xem trước: " + lines[0]
    Path(f"seeds/bai-them-{round_}.txt").write_text("\n".join(lines), encoding="utf-8")


def _add_newest(seeds: list[Path], round_: int) -> None:
    """The usual addition: today's news, the newest day of all."""
    lines = seeds[20 + round_].read_text(encoding="utf-8").split("\n")
    body = [line for line in lines[2:] if len(line) > 80]
    Path(f"seeds/bai-moi-nhat-{round_}.txt").write_text(
        "\n\n".join(["Bài mới nhất: " + lines[0], f"{1 + round_:02d}/12/2026", *body[:4]]) + "\n",
        encoding="utf-8")


def timed(preview, name: str, change) -> float:
    """One round: the change, then the rebuild, timed from the edit to the rebuilt page on disk."""
    preview.settle()  # what `make dev` does while the editor reads the reloaded page
    if change:
        change()
    started = time.perf_counter()
    done = preview.rebuild()
    total = time.perf_counter() - started
    preview.finish()  # the shifted listing pages, the feeds and downloads, written while the page reloads
    after = f"; then shifted listings, sitemap, feeds, downloads {preview.finish_s:.1f} s" if done["dirty"] and not done.get("skipped") else ""
    mark = "" if not done["dirty"] else ("  ✓" if total <= GOAL_S else f"  ✗ (goal ≤ {GOAL_S:.0f} s)")
    print(f"  {name:<22} {total:7.1f} s  (convert {done['convert_s']:.1f} s, site {done['build_s']:.1f} s,"
          f" {'nothing to build' if done.get('skipped') else 'only what changed' if done['dirty'] else 'everything'}"
          f"{after}){mark}", flush=True)
    return total


if __name__ == "__main__":
    sys.exit(main())
