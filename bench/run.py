#!/usr/bin/env python3
"""Benchmarks for Kho lưu trữ Xây dựng Đảng: `make bench`.

Prints tables of figures and writes them to bench/out/results.json. Nothing
here asserts a timing: goals are printed next to the figures, a missed goal
is reported, never a failure (the exit status is 0 unless the benchmark
itself breaks).

    .venv/bin/python bench/run.py                      # every section
    .venv/bin/python bench/run.py --only converter --sizes 1000
    .venv/bin/python bench/run.py --list

Sections are functions registered with @section("name"); each gets a Bench
(options, temporary folders, a measuring helper, table printing) and returns
a JSON-able dict stored under results["sections"][name]: accuracy (bench/accuracy.py
on the labelled real pages), converter, site
(build time, memory, size next to plain Material) and search (bench/search_bench.py:
bytes, latency and recall in Chromium, next to Pagefind out of the box). To add a
benchmark, write another @section function below.

How a command is measured (Bench.measure): it runs as a fresh child process
in its own working directory; wall time is taken around it; CPU time and the
largest single-process peak RSS come from os.wait4() on that child (Linux
folds reaped grandchildren, e.g. the converter's worker processes, into it);
the peak of the whole process tree at one moment (sum over the process and
its live descendants, RSS and PSS from /proc/<pid>/smaps_rollup) is sampled
every 50 ms by a thread. PSS splits pages shared between forked workers
fairly, so the tree PSS is the memory goal's yardstick; the tree RSS counts
shared pages once per process and is an upper bound.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
RESULTS = OUT / "results.json"
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402  (bench/corpus.py)
import search_bench  # noqa: E402  (bench/search_bench.py)

MB = 1024 * 1024

# --- sections ---------------------------------------------------------------------

SECTIONS: dict[str, tuple[str, Callable[["Bench"], dict]]] = {}


def section(name: str, description: str = "") -> Callable:
    """Register a benchmark section: a function (Bench) -> JSON-able dict."""

    def register(function: Callable[["Bench"], dict]) -> Callable[["Bench"], dict]:
        SECTIONS[name] = (description or (function.__doc__ or "").strip().split("\n")[0], function)
        return function

    return register


# --- measuring one command -----------------------------------------------------------


@dataclass
class Measured:
    command: list[str]
    wall_s: float
    cpu_user_s: float
    cpu_sys_s: float
    exit_code: int | None  # None: killed after the timeout
    maxrss_process_mb: float  # largest single process (wait4 ru_maxrss)
    tree_rss_peak_mb: float | None  # sampled sum over the live process tree
    tree_pss_peak_mb: float | None
    processes_peak: int
    others_cpu_pct: float | None = None  # CPU used by other processes meanwhile, % of all CPUs
    stdout: str = ""
    stderr: str = ""

    @property
    def memory_mb(self) -> float:
        """The figure compared with a memory goal: tree PSS, else tree RSS, else max process."""
        for value in (self.tree_pss_peak_mb, self.tree_rss_peak_mb):
            if value is not None:
                return max(value, self.maxrss_process_mb)
        return self.maxrss_process_mb


def _children(pid: int) -> list[int]:
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def _children_by_scan(root: int) -> list[int]:
    """Fallback when /proc/<pid>/task/<tid>/children is missing: scan every process."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    stat = handle.read()
                parents[int(entry)] = int(stat[stat.rindex(")") + 2 :].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, frontier = [], [root]
    while frontier:
        pid = frontier.pop()
        kids = [child for child, parent in parents.items() if parent == pid]
        tree.extend(kids)
        frontier.extend(kids)
    return tree


def _memory_kb(pid: int) -> tuple[int, int | None] | None:
    """(RSS, PSS) of one process in kB, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            rss = pss = None
            for line in handle:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
            if rss is not None:
                return rss, pss
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024, None
    except (OSError, ValueError, IndexError):
        return None


class TreeSampler(threading.Thread):
    """Peak of the summed RSS/PSS of a process and its descendants, sampled."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.done = threading.Event()
        self.rss_kb = 0
        self.pss_kb = 0
        self.processes = 0
        self.by_scan = not os.path.exists(f"/proc/{os.getpid()}/task/{threading.get_native_id()}/children")

    def tree(self) -> list[int]:
        if self.by_scan:
            return [self.pid, *_children_by_scan(self.pid)]
        pids, frontier = [self.pid], [self.pid]
        while frontier:
            kids = _children(frontier.pop())
            pids.extend(kids)
            frontier.extend(kids)
        return pids

    def sample(self) -> None:
        rss = pss = count = 0
        pss_known = True
        for pid in self.tree():
            memory = _memory_kb(pid)
            if memory is None:
                continue
            count += 1
            rss += memory[0]
            if memory[1] is None:
                pss_known = False
            else:
                pss += memory[1]
        self.rss_kb = max(self.rss_kb, rss)
        if pss_known:  # a sample where some process showed no PSS (exiting, no smaps_rollup) is skipped
            self.pss_kb = max(self.pss_kb or 0, pss)
        self.processes = max(self.processes, count)

    def run(self) -> None:
        # Reading smaps_rollup of a large process costs CPU the build then lacks:
        # sample densely at first (short commands), then back off to 4 per second.
        started = time.monotonic()
        while not self.done.is_set():
            self.sample()
            elapsed = time.monotonic() - started
            self.done.wait(self.interval if elapsed < 5 else max(self.interval, 0.25))


def _busy_cpu_seconds() -> float | None:
    """CPU seconds all processes have used since boot (the 'cpu' line of /proc/stat)."""
    try:
        with open("/proc/stat") as handle:
            fields = handle.readline().split()
        ticks = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return None
    # user nice system idle iowait irq softirq steal ...: busy = all but idle and iowait
    values = [int(v) for v in fields[1:9]]
    return (sum(values) - values[3] - values[4]) / ticks


def others_busy_pct(seconds: float = 1.0) -> float | None:
    """CPU used by the whole machine over `seconds`, % of all CPUs (we sleep meanwhile)."""
    before = _busy_cpu_seconds()
    time.sleep(seconds)
    after = _busy_cpu_seconds()
    if before is None or after is None:
        return None
    return (after - before) / (seconds * (os.cpu_count() or 1)) * 100


def wait_for_quiet(below_pct: float, max_wait_s: float) -> tuple[float, float | None]:
    """Wait (up to max_wait_s) until other processes use less than below_pct of the CPUs.

    Returns (seconds waited, last busy %). A shared machine makes wall times meaningless.
    """
    start = time.perf_counter()
    busy = None
    while True:
        busy = others_busy_pct()
        if busy is None or busy < below_pct or time.perf_counter() - start >= max_wait_s:
            return time.perf_counter() - start, busy


def measure(command: list[str], cwd: Path, env: dict | None = None, timeout: float = 3600) -> Measured:
    """Run command in cwd as a fresh process tree and measure it (see the module doc)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        busy_before = _busy_cpu_seconds()
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        sampler = TreeSampler(process.pid)
        sampler.start()
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        busy_after = _busy_cpu_seconds()
        sampler.done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)  # already reaped by wait4
        killed = process.returncode == -9 and wall >= timeout
        out.seek(0)
        err.seek(0)
        others = None
        if busy_before is not None and busy_after is not None and wall > 0:
            own = usage.ru_utime + usage.ru_stime
            others = max(0.0, (busy_after - busy_before - own) / (wall * (os.cpu_count() or 1)) * 100)
        return Measured(
            command=[str(part) for part in command],
            wall_s=wall,
            cpu_user_s=usage.ru_utime,
            cpu_sys_s=usage.ru_stime,
            exit_code=None if killed else process.returncode,
            maxrss_process_mb=usage.ru_maxrss / 1024,  # kB on Linux
            tree_rss_peak_mb=sampler.rss_kb / 1024 if sampler.rss_kb else None,
            tree_pss_peak_mb=sampler.pss_kb / 1024 if sampler.pss_kb else None,
            processes_peak=sampler.processes,
            others_cpu_pct=others,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


# --- the harness -------------------------------------------------------------------------


@dataclass
class Column:
    title: str
    width: int
    align: str = ">"


def table(columns: list[Column], rows: list[list]) -> str:
    def cell(value, column: Column) -> str:
        text = "–" if value is None else str(value)
        return f"{text:{column.align}{column.width}}"

    lines = ["  ".join(cell(c.title, c) for c in columns).rstrip()]
    lines.append("  ".join("-" * c.width for c in columns))
    lines += ["  ".join(cell(value, c) for value, c in zip(row, columns)).rstrip() for row in rows]
    return "\n".join(lines)


def fmt(value: float | None, digits: int = 1) -> str | None:
    return None if value is None else f"{value:,.{digits}f}"


@dataclass
class Bench:
    args: argparse.Namespace
    python: str = sys.executable
    env: dict = field(default_factory=dict)
    tmp_roots: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Mirror the Makefile: no .pyc files written into the project tree.
        self.env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "NO_MKDOCS_2_WARNING": "1"}

    def workdir(self, label: str) -> Path:
        base = Path(self.args.tmp) if self.args.tmp else None
        if base:
            base.mkdir(parents=True, exist_ok=True)
        path = Path(tempfile.mkdtemp(prefix=f"kholuutru-bench-{label}-", dir=base))
        self.tmp_roots.append(path)
        return path

    def measure(self, command: list[str], cwd: Path) -> Measured:
        if self.args.quiet_wait > 0:
            waited, busy = wait_for_quiet(self.args.quiet_below, self.args.quiet_wait)
            if busy is not None and busy >= self.args.quiet_below:
                print(f"  (machine still busy after {waited:.0f} s: {busy:.0f} % CPU used by others; measuring anyway)")
        return measure(command, cwd, self.env, timeout=self.args.timeout)

    def cleanup(self) -> None:
        if self.args.keep:
            for path in self.tmp_roots:
                print(f"(kept {path})")
            return
        for path in self.tmp_roots:
            shutil.rmtree(path, ignore_errors=True)


def goal_mark(value: float | None, limit: float) -> str:
    if value is None:
        return "?"
    return "ok" if value <= limit else f"MISS ×{value / limit:.1f}"


# --- section: converter ---------------------------------------------------------------

CONVERTER_GOALS = {"scratch_s_5000": 15.0, "rerun_s": 2.0, "memory_mb": 300.0}
_SUMMARY = re.compile(r"(\d+) trang ghi mới, (\d+) không đổi, (\d+) xóa, (\d+) lỗi")


def _folder_bytes(folder: Path, pattern: str = "*") -> tuple[int, int]:
    count = size = 0
    if folder.is_dir():
        for path in folder.glob(pattern):
            if path.is_file():
                count += 1
                size += path.stat().st_size
    return count, size


def code_state() -> dict[str, tuple[int, int]]:
    """(mtime, size) of the converter's code and data: the project may be edited while we measure.

    The same files kholuutru.data.fingerprint() hashes for the converter cache (kholuutru/**
    .py/.yml/.tsv/.txt/.json outside site/), plus scripts/convert.py.
    """
    files = [ROOT / "scripts" / "convert.py", *sorted((ROOT / "kholuutru").rglob("*"))]
    state = {}
    for path in files:
        try:
            parts = path.relative_to(ROOT).parts
            if (
                path.is_file()
                and "__pycache__" not in parts
                and "site" not in parts[1:]
                and (path.suffix in {".py", ".yml", ".tsv", ".txt", ".json"})
            ):
                stat = path.stat()
                state[str(path.relative_to(ROOT))] = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            continue
    return state


def changed_files(before: dict, after: dict) -> list[str]:
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def _converter_run(bench: Bench, work: Path, kind: str, n: int, jobs: int, since: dict | None = None) -> dict:
    """One converter run; `since` is the code state to compare with (default: this run's start)."""
    command = [bench.python, str(ROOT / "scripts" / "convert.py"), "--source", "corpus", "--out", "docs/articles"]
    if jobs:
        command += ["--jobs", str(jobs)]
    before = code_state()
    measured = bench.measure(command, work)
    edited = changed_files(since if since is not None else before, code_state())
    summary = _SUMMARY.search(measured.stdout)
    pages, out_bytes = _folder_bytes(work / "docs" / "articles", "*.md")
    error_lines = [line for line in measured.stderr.splitlines() if line.strip() and not line.startswith("cảnh báo:")]
    warnings = [line for line in measured.stderr.splitlines() if line.startswith("cảnh báo:")]
    row = {
        "n": n,
        "run": kind,
        "jobs": jobs or (os.cpu_count() or 1),
        "jobs_flag": jobs or "default",
        "wall_s": measured.wall_s,
        "articles_per_s": n / measured.wall_s if measured.wall_s else None,
        "cpu_s": measured.cpu_user_s + measured.cpu_sys_s,
        "exit_code": measured.exit_code,
        "written": int(summary.group(1)) if summary else None,
        "unchanged": int(summary.group(2)) if summary else None,
        "removed": int(summary.group(3)) if summary else None,
        "errors": int(summary.group(4)) if summary else len(error_lines),
        "warnings": len(warnings),
        "pages": pages,
        "out_mb": out_bytes / MB,
        "cache_mb": _folder_bytes(work / ".cache")[1] / MB,
        "maxrss_process_mb": measured.maxrss_process_mb,
        "tree_rss_peak_mb": measured.tree_rss_peak_mb,
        "tree_pss_peak_mb": measured.tree_pss_peak_mb,
        "memory_mb": measured.memory_mb,
        "processes_peak": measured.processes_peak,
        "others_cpu_pct": measured.others_cpu_pct,
        "load_avg_1min_after": os.getloadavg()[0],
        "code_changed": edited,  # converter files edited during (or, for a re-run, since the scratch run)
        "command": measured.command,
        "stderr_head": measured.stderr.splitlines()[:20],
        "stdout_tail": measured.stdout.splitlines()[-5:],
    }
    return row


@section("accuracy", "right / unknown / wrong per field on seeds, fixtures and real pages (bench/accuracy.py)")
def bench_accuracy(bench: Bench) -> dict:
    """The development part always; the sealed part only with --sealed (scored at the end of a piece of work)."""
    import accuracy  # bench/accuracy.py

    parts = ["seeds", "fixtures", "dev"] + (["sealed"] if bench.args.sealed else [])
    results = {}
    for with_url in (False, True):
        scored = accuracy.run(parts, with_url)
        print(f"\n{'with the pages’ URLs' if with_url else 'text only'}:")
        print(accuracy.table(scored))
        results["with_url" if with_url else "text_only"] = accuracy.as_json(scored)
    return results


@section("converter", "scripts/convert.py on synthetic corpora: from scratch, unchanged re-run, --jobs 1 vs default")
def bench_converter(bench: Bench) -> dict:
    results: dict = {"goals": CONVERTER_GOALS, "cpu_count": os.cpu_count(), "sizes": {}}
    # Fixed cost of one converter process: imports, data fingerprint, no articles.
    empty = bench.workdir("empty")
    (empty / "corpus").mkdir()
    startup = _converter_run(bench, empty, "startup (0 articles)", 0, 0)
    results["startup"] = startup
    rows = [startup]
    for n in bench.args.sizes:
        results["sizes"][str(n)] = _converter_size(bench, n, rows)
    _print_converter_table(rows)
    results["goal_status"] = _converter_goals(rows)
    return results


def _converter_size(bench: Bench, n: int, rows: list[dict]) -> dict:
    """Scratch and unchanged re-run of an n-article corpus, for each --jobs value; rows grow."""
    args = bench.args
    work = bench.workdir(str(n))
    start = time.perf_counter()
    paths = corpus.generate(n, work / "corpus", seed=args.seed)
    generated_s = time.perf_counter() - start
    corpus_bytes = sum(path.stat().st_size for path in paths)
    print(f"corpus {n}: {n} articles, {corpus_bytes / MB:.1f} MB (seed {args.seed}), generated in {generated_s:.2f} s")
    entry = {"corpus": {"articles": n, "mb": corpus_bytes / MB, "generate_s": generated_s, "seed": args.seed}, "runs": []}
    for jobs in args.jobs:
        shutil.rmtree(work / "docs", ignore_errors=True)
        shutil.rmtree(work / ".cache", ignore_errors=True)
        scratch_state = code_state()
        for kind in ("scratch", "rerun"):
            # a re-run is only "unchanged" if no converter file changed since its scratch run
            row = _converter_run(bench, work, kind, n, jobs, since=scratch_state if kind == "rerun" else None)
            entry["runs"].append(row)
            rows.append(row)
            print(
                f"  {kind:7} jobs={row['jobs_flag']!s:7} {row['wall_s']:8.2f} s  exit {row['exit_code']}  "
                f"written {row['written']}  errors {row['errors']}"
                + (f"  !! converter files changed meanwhile: {', '.join(row['code_changed'][:4])}" if row["code_changed"] else ""),
                flush=True,
            )
    return entry


def _print_converter_table(rows: list[dict]) -> None:
    print()
    columns = [
        Column("N", 6),
        Column("run", 20, "<"),
        Column("jobs", 4),
        Column("wall s", 8),
        Column("art/s", 7),
        Column("cpu s", 7),
        Column("exit", 4),
        Column("written", 7),
        Column("unchgd", 6),
        Column("errors", 6),
        Column("pages", 6),
        Column("maxRSS/proc", 11),
        Column("RSS tree", 8),
        Column("PSS tree", 8),
        Column("out MB", 6),
        Column("busy%", 5),
        Column("goal", 22, "<"),
    ]
    printed = [_converter_cells(row) for row in rows]
    print(table(columns, printed))
    if any(row["code_changed"] for row in rows):
        print("  (*) kholuutru/ or scripts/convert.py changed while measuring: the converter's cache fingerprint\n"
              "      changed, so that run re-converted everything; its figure is not what it says. Re-run the bench.")
    print(
        "  memory in MB: maxRSS/proc = largest single process (wait4); RSS/PSS tree = sampled peak of the\n"
        "  summed process tree (parent + workers); the memory goal is judged on PSS tree.\n"
        "  cpu s = user+sys of the whole tree; busy% = CPU other processes used meanwhile (% of all CPUs):\n"
        "  above ~10 % the wall times are inflated by other work on the machine."
    )
    busy = [row for row in rows if (row["others_cpu_pct"] or 0) > 10]
    if busy:
        print(f"  !! {len(busy)} run(s) shared the machine with other work (busy% > 10): compare cpu s, or re-run.")


def _converter_goal(row: dict) -> str:
    """The goal a converter run is judged on, or why its figure does not count."""
    goal = ""
    if row["run"] == "scratch" and row["n"] == 5000:
        goal = f"≤15 s: {goal_mark(row['wall_s'], CONVERTER_GOALS['scratch_s_5000'])}"
    elif row["run"] == "rerun":
        goal = f"≤2 s: {goal_mark(row['wall_s'], CONVERTER_GOALS['rerun_s'])}"
    if row["code_changed"]:
        goal = "INVALID: code edited (*)"
    if row["memory_mb"] > CONVERTER_GOALS["memory_mb"]:
        goal += f"{'; ' if goal else ''}mem {goal_mark(row['memory_mb'], CONVERTER_GOALS['memory_mb'])}"
    return goal


def _converter_cells(row: dict) -> list:
    return [
        row["n"],
        row["run"],
        row["jobs"],
        fmt(row["wall_s"], 2),
        fmt(row["articles_per_s"], 0) if row["n"] else None,
        fmt(row["cpu_s"], 1),
        row["exit_code"],
        row["written"],
        row["unchanged"],
        row["errors"],
        row["pages"],
        fmt(row["maxrss_process_mb"], 0),
        fmt(row["tree_rss_peak_mb"], 0),
        fmt(row["tree_pss_peak_mb"], 0),
        fmt(row["out_mb"], 1),
        fmt(row["others_cpu_pct"], 0),
        _converter_goal(row),
    ]


def _converter_goals(rows: list[dict]) -> dict:
    """Print the goals (the 5,000 goal judged only on 5,000) and the runs with errors; return the goals' figures."""
    print("\ngoals:")
    scratch_5000 = [r for r in rows if r["n"] == 5000 and r["run"] == "scratch"]
    reruns = [r for r in rows if r["run"] == "rerun"]
    invalid = " (INVALID: code edited meanwhile)"
    for row in scratch_5000:
        print(f"  5,000 from scratch ≤ 15 s     jobs={row['jobs']}: {row['wall_s']:8.2f} s   {goal_mark(row['wall_s'], 15)}"
              + (invalid if row["code_changed"] else ""))
    if not scratch_5000:
        print("  5,000 from scratch ≤ 15 s     (not measured: add 5000 to --sizes)")
    for row in reruns:
        print(f"  unchanged re-run ≤ 2 s  N={row['n']:<6} jobs={row['jobs']}: {row['wall_s']:8.2f} s   {goal_mark(row['wall_s'], 2)}"
              + (invalid if row["code_changed"] else ""))
    worst = max(rows, key=lambda r: r["memory_mb"])
    print(
        f"  peak memory ≤ 300 MB          worst: {worst['memory_mb']:6.0f} MB (N={worst['n']}, {worst['run']}, "
        f"jobs={worst['jobs']})   {goal_mark(worst['memory_mb'], 300)}"
    )
    # the startup run refuses its empty corpus by design (exit 2): only article runs count
    problems = [row for row in rows if row["n"] and (row["exit_code"] != 0 or (row["errors"] or 0) > 0)]
    if problems:
        print("\nconverter runs with errors or a non-zero exit code:")
        for row in problems:
            print(f"  N={row['n']} {row['run']} jobs={row['jobs']}: exit {row['exit_code']}, {row['errors']} errors")
            for line in row["stderr_head"][:5]:
                print(f"    {line}")
    return {
        "scratch_5000_s": [r["wall_s"] for r in scratch_5000],
        "rerun_s": [r["wall_s"] for r in reruns],
        "memory_mb_worst": worst["memory_mb"],
    }


# --- section: site build ------------------------------------------------------------

# Issue 13's goals: make build at 5,000 and 20,000 (and at 20,000 a peak of 1 GB); at
# 100,000 a peak of 4 GB, and a first query that loads at most 1 MB and lists hits within 300 ms.
SITE_GOALS = {"build_s_5000": 40.0, "site_mb_5000": 250.0, "build_s_20000": 180.0, "memory_mb_20000": 1024.0,
              "memory_mb_100000": 4096.0, "first_query_bytes": 1_000_000, "first_query_ms": 300.0}
PARTS_UP_TO = 20_000  # above it, only the whole build and the first query (each part re-run takes ~30 min)

_MATERIAL_SEARCH_YML = search_bench.MATERIAL_YML  # the same anchor as the search benchmark's
_MATERIAL_DEFAULT_NAV_YML = """site_name: Anchor — Material default navigation
docs_dir: docs
site_dir: site
theme: {name: material, language: vi, font: false}
plugins: []
"""


_NO_EXTRAS_YML = """INHERIT: mkdocs.yml
plugins:
  - kholuutru:
      extras: false
nav:
  - Trang chủ: index.md
  - Theo tỉnh: tinh/index.md
  - Tỉnh từ 1/7/2025: tinh-2025/index.md
  - Theo nhiệm kỳ: nhiem-ky/index.md
  - Theo năm: nam/index.md
  - Theo chủ đề: chu-de/index.md
  - Tìm kiếm: tim-kiem.md
"""


def _site_project(bench: Bench, label: str, n: int) -> Path:
    """A project folder with this repository's config and n generated raw articles."""
    work = bench.workdir(label)
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, work / name)
    shutil.copytree(ROOT / "overrides", work / "overrides")
    (work / "docs" / "articles").mkdir(parents=True)
    corpus.generate(n, work / "seeds", seed=bench.args.seed)
    return work


def _site_row(label: str, n: int, measured: Measured, site: Path, extra: dict | None = None) -> dict:
    pages, size = _folder_bytes(site, "**/*") if site.exists() else (0, 0)
    return {
        "what": label, "n": n, "wall_s": measured.wall_s, "exit_code": measured.exit_code,
        "memory_mb": measured.memory_mb, "maxrss_process_mb": measured.maxrss_process_mb,
        "tree_rss_peak_mb": measured.tree_rss_peak_mb, "site_mb": size / MB, "files": pages,
        "others_cpu_pct": measured.others_cpu_pct, "stderr_tail": measured.stderr.splitlines()[-8:], **(extra or {}),
    }


def _first_query(site: Path) -> dict:
    """A reader's first search on the built site, in Chromium: bytes it loads, time to the hits."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = search_bench.launch(playwright)
        try:
            with search_bench.serve(site) as base:
                session = search_bench.search_session(browser, base, site, "tim-kiem/", search_bench.FIRST_QUERY, [], [])
        finally:
            browser.close()
    first = session["first"]
    return {"first_query_bytes": first["bytes"], "first_query_ms": first["to_hits_ms"], "first_query_by_kind": first.get("by_kind")}


def _growth_table(builds: list[dict]) -> str:
    """The growth curve: each size's build time, peak memory, site size and first query."""
    columns = [Column("N", 7), Column("build s", 8), Column("peak MB", 8), Column("site MB", 8),
               Column("1st query KB", 12), Column("1st query ms", 12), Column("goals", 40, "<")]
    printed = []
    for row in sorted(builds, key=lambda row: row["n"]):
        n, goals, loaded = row["n"], [], row.get("first_query_bytes")
        if n >= 100_000:
            goals.append(f"≤4 GB: {goal_mark(row['memory_mb'], SITE_GOALS['memory_mb_100000'])}")
        elif n >= 20_000:
            goals.append(f"≤1 GB: {goal_mark(row['memory_mb'], SITE_GOALS['memory_mb_20000'])}")
        if n >= 100_000 and loaded is not None:
            goals.append(f"≤1 MB: {goal_mark(loaded, SITE_GOALS['first_query_bytes'])}")
            goals.append(f"≤300 ms: {goal_mark(row['first_query_ms'], SITE_GOALS['first_query_ms'])}")
        printed.append([n, fmt(row["wall_s"]), fmt(row["memory_mb"], 0), fmt(row["site_mb"]),
                        fmt(loaded / 1000 if loaded is not None else None, 0), fmt(row.get("first_query_ms"), 0),
                        "; ".join(goals)])
    title = f"growth (make build, then the first query «{search_bench.FIRST_QUERY}» in Chromium):"
    return title + "\n" + table(columns, printed)


@section("site", "make build (convert + mkdocs --strict + search index) at 5,000 and 20,000, next to plain Material")
def bench_site(bench: Bench) -> dict:
    sizes = bench.args.site_sizes
    rows, results = [], {"goals": SITE_GOALS, "runs": []}
    for n in sizes:
        work = _site_project(bench, f"site-{n}", n)
        rows += _site_size(bench, work, n, results)
        if n <= PARTS_UP_TO and n == (5000 if 5000 in sizes else min(sizes)):  # issue 13 compares at 5,000
            rows.append(_anchor_material_search(bench, n, work / "docs"))
            results["paired"] = _paired_rounds(bench, work, n, rows)
    rows.append(_anchor_default_nav(bench))
    _print_site(rows, results)
    results["runs"] = rows
    return results


def _site_size(bench: Bench, work: Path, n: int, results: dict) -> list[dict]:
    """make build at n articles; up to PARTS_UP_TO also its parts, measured again on the same folder."""
    total = bench.measure(_make_build(bench), work)
    row = _site_row("make build (ours)", n, total, work / "site")
    index = work / "site" / "search"
    row["search_index_mb"] = _folder_bytes(index, "**/*")[1] / MB if index.exists() else None
    if not total.exit_code:
        row.update(_first_query(work / "site"))
    if n > PARTS_UP_TO:
        return [row]
    mkdocs_only = bench.measure([bench.python, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml"], work)
    with_extras = _site_row("  of which mkdocs build (+ index)", n, mkdocs_only, work / "site")
    search_only = bench.measure([bench.python, "-c", "import sys; from kholuutru.search import build_index; sys.exit(build_index('site'))"], work)
    index_row = _site_row("  index alone, afresh from pages", n, search_only, work / "site")
    # the same mkdocs build without issue 12's extras (feeds, JSON-LD, downloads, slices,
    # document pages, charts, map): what they cost, measured next to it
    (work / "mkdocs.noextras.yml").write_text(_NO_EXTRAS_YML, encoding="utf-8")
    plain = bench.measure([bench.python, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.noextras.yml", "-d", "site-plain"], work)
    without = _site_row("  mkdocs build without the extras", n, plain, work / "site-plain")
    results.setdefault("extras", []).append({
        "n": n, "time_share": with_extras["wall_s"] / without["wall_s"] - 1 if without["wall_s"] else None,
        "size_share": with_extras["site_mb"] / without["site_mb"] - 1 if without["site_mb"] else None})
    return [row, with_extras, index_row, without]


def _make_build(bench: Bench) -> list[str]:
    return ["make", "-s", "-f", str(ROOT / "bench" / "build.mk"), f"PYTHON={bench.python}", f"ROOT={ROOT}"]


def _paired_rounds(bench: Bench, work: Path, n: int, rows: list[dict]) -> list[dict]:
    """make build from scratch and plain Material, back to back, --site-rounds times (the first
    pair is the run above): this machine's speed swings ±20 % between minutes, so the ratio
    of a pair measured together, and the median over pairs, is the figure to trust."""
    ours = next(row for row in rows if row["what"] == "make build (ours)" and row["n"] == n)
    theirs = next(row for row in rows if row["what"] == "anchor: Material + its search" and row["n"] == n)
    if ours["exit_code"] or theirs["exit_code"]:
        return []
    pairs = [(ours["wall_s"], theirs["wall_s"])]
    for _ in range(bench.args.site_rounds - 1):
        for leftover in ("site", "site-plain", ".cache", "docs"):
            shutil.rmtree(work / leftover, ignore_errors=True)
        (work / "docs" / "articles").mkdir(parents=True)
        built = bench.measure(_make_build(bench), work)
        if built.exit_code:
            break
        pairs.append((built.wall_s, _anchor_material_search(bench, n, work / "docs")["wall_s"]))
    return [{"n": n, "ours_s": a, "material_s": b, "ratio": a / b if b else None} for a, b in pairs]


def _anchor_material_search(bench: Bench, n: int, docs: Path) -> dict:
    """Plain Material with its own search, navigation limited to index pages, on our converted docs."""
    anchor = bench.workdir(f"material-search-{n}")
    shutil.copytree(docs, anchor / "docs")
    (anchor / "docs" / "index.md").write_text("# Anchor\n", encoding="utf-8")
    (anchor / "mkdocs.yml").write_text(_MATERIAL_SEARCH_YML, encoding="utf-8")
    measured = bench.measure([bench.python, "-m", "mkdocs", "build", "-f", "mkdocs.yml"], anchor)
    index = anchor / "site" / "search" / "search_index.json"
    return _site_row("anchor: Material + its search", n, measured, anchor / "site",
                     {"search_index_mb": index.stat().st_size / MB if index.exists() else None})


def _anchor_default_nav(bench: Bench) -> dict:
    """Material's default navigation (every page in the nav) on 1,000, to show the O(N²) it avoids."""
    n = 1000
    anchor = bench.workdir("material-default-nav")
    corpus_work = _site_project(bench, "site-1000-source", n)
    bench.measure([bench.python, str(ROOT / "scripts" / "convert.py"), "--source", "seeds", "--out", "docs/articles"], corpus_work)
    shutil.copytree(corpus_work / "docs", anchor / "docs")
    (anchor / "docs" / "index.md").write_text("# Anchor\n", encoding="utf-8")
    (anchor / "mkdocs.yml").write_text(_MATERIAL_DEFAULT_NAV_YML, encoding="utf-8")
    measured = bench.measure([bench.python, "-m", "mkdocs", "build", "-f", "mkdocs.yml"], anchor)
    return _site_row("anchor: Material default nav", n, measured, anchor / "site")


def _print_site(rows: list[dict], results: dict) -> None:
    columns = [Column("what", 36, "<"), Column("N", 6), Column("build s", 8), Column("exit", 4), Column("peak MB", 8),
               Column("site MB", 8), Column("index MB", 8), Column("busy%", 5), Column("goal", 14, "<")]
    printed = []
    for row in rows:
        goal = ""
        if row["what"].startswith("make build") and row["n"] <= PARTS_UP_TO:
            limit = SITE_GOALS["build_s_5000"] if row["n"] <= 5000 else SITE_GOALS["build_s_20000"]
            goal = f"≤{limit:.0f} s: {goal_mark(row['wall_s'], limit)}"
            if row["n"] <= 5000:
                goal += f"; ≤250 MB: {goal_mark(row['site_mb'], SITE_GOALS['site_mb_5000'])}"
        printed.append([row["what"], row["n"], fmt(row["wall_s"]), row["exit_code"], fmt(row["memory_mb"], 0),
                        fmt(row["site_mb"]), fmt(row.get("search_index_mb")), fmt(row["others_cpu_pct"], 0), goal])
    print(table(columns, printed))
    print(_growth_table([row for row in rows if row["what"].startswith("make build")]))
    for anchor in (row for row in rows if row["what"] == "anchor: Material + its search" and row["wall_s"]):
        ours = next(row for row in rows if row["what"].startswith("make build") and row["n"] == anchor["n"])
        if ours["exit_code"]:
            print(f"  make build at N={anchor['n']} failed: no ratio to plain Material")
            continue
        ratio = ours["wall_s"] / anchor["wall_s"]
        print(f"  make build at N={anchor['n']}: {ratio:.2f}× plain Material with its own search (goal ≤ 1.5×: {goal_mark(ratio, 1.5)})")
    paired = [pair for pair in results.get("paired", []) if pair["ratio"]]
    if len(paired) > 1:
        middle = statistics.median(pair["ratio"] for pair in paired)
        each = ", ".join(f"{p['ours_s']:.1f}/{p['material_s']:.1f} s ({p['ratio']:.2f}×)" for p in paired)
        print(f"  make build then plain Material, back to back, {len(paired)} rounds at N={paired[0]['n']}: {each}; "
              f"median {middle:.2f}× (goal ≤ 1.5×: {goal_mark(middle, 1.5)})")
    for share in results.get("extras", []):
        time_share, size_share = share["time_share"], share["size_share"]
        if time_share is None or size_share is None:
            print(f"  issue-12 extras at N={share['n']}: not measured (a build failed)")
            continue
        print(f"  issue-12 extras at N={share['n']}: +{time_share:.1%} build time (goal ≤ 10 %: {goal_mark(time_share, 0.10)}), "
              f"+{size_share:.1%} site size (goal ≤ 15 %: {goal_mark(size_share, 0.15)})")
    for row in rows:
        if row["exit_code"]:
            print(f"  {row['what']} N={row['n']} failed (exit {row['exit_code']}):")
            for line in row["stderr_tail"]:
                print(f"    {line}")


@section("search", "search in Chromium: bytes, latency, recall; hosted 10,000 and offline 5,000 (bench/search_bench.py)")
def bench_search(bench: Bench) -> dict:
    work = bench.workdir("search")
    site, offline, timings = search_bench.build_sites(work, bench.args.search_hosted, bench.args.search_offline, seed=bench.args.seed)
    result = search_bench.measure(site, offline, search_bench.QUERIES, work_dir=work)
    result["build_timings_s"] = timings
    print(search_bench.report(result))
    return result


@section("preview", "make dev: from an edited or added seed to the rebuilt page, at 5,000 (bench/preview.py)")
def bench_preview(bench: Bench) -> dict:
    n = max(bench.args.site_sizes)
    measured = bench.measure([bench.python, str(ROOT / "bench" / "preview.py"), "--size", str(min(n, 5000)),
                              "--seed", str(bench.args.seed)], ROOT)
    print(measured.stdout, end="")
    return {"stdout": measured.stdout, "exit_code": measured.exit_code, "memory_mb": measured.memory_mb}


# --- main ----------------------------------------------------------------------------


def _git_state() -> dict:
    def git(*args: str) -> str | None:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return None

    status = git("status", "--porcelain")
    return {"commit": git("rev-parse", "--short", "HEAD"), "dirty": bool(status) if status is not None else None}


def _int_list(values: list[str]) -> list[int]:
    return [int(part) for value in values for part in value.split(",") if part.strip()]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    cli = argparse.ArgumentParser(description="Print benchmark figures (never asserts timings).")
    cli.add_argument("--only", action="append", help="run only these sections (repeat or comma-separate)")
    cli.add_argument("--list", action="store_true", help="list the sections and exit")
    cli.add_argument("--sizes", nargs="+", default=["1000,5000"], help="corpus sizes (default: 1000 5000)")
    cli.add_argument("--jobs", nargs="+", default=["0,1"], help="converter --jobs values; 0 = its default (default: 0 1)")
    cli.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    cli.add_argument("--site-sizes", nargs="+", default=["5000,20000"], help="site build sizes (default: 5000 20000)")
    cli.add_argument("--site-rounds", type=int, default=1, metavar="N",
                     help="site section: make build and plain Material back to back N times at 5,000; prints the median ratio")
    cli.add_argument("--search-hosted", type=int, default=10_000, help="search section: hosted articles (default 10000)")
    cli.add_argument("--search-offline", type=int, default=5_000, help="search section: offline articles (default 5000)")
    cli.add_argument("--sealed", action="store_true", help="accuracy section: also score the sealed real pages")
    cli.add_argument("--timeout", type=float, default=3600, help="seconds before one measured command is killed")
    cli.add_argument("--quiet-wait", type=float, default=30, metavar="S",
                     help="before each measured command, wait up to S seconds for the machine to be idle (default 30; 0 = don't)")
    cli.add_argument("--quiet-below", type=float, default=15, metavar="PCT",
                     help="idle means other processes use < PCT %% of all CPUs (default 15)")
    cli.add_argument("--tmp", help="parent folder for the temporary working folders (default: system temp)")
    cli.add_argument("--keep", action="store_true", help="keep the temporary folders")
    cli.add_argument("--results", type=Path, default=RESULTS, help=f"JSON output (default: {RESULTS.relative_to(ROOT)})")
    args = cli.parse_args(argv)
    args.sizes = _int_list(args.sizes)
    args.jobs = _int_list(args.jobs)
    args.site_sizes = _int_list(args.site_sizes)
    args.only = [name for value in args.only or [] for name in value.split(",") if name]
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list:
        for name, (description, _) in SECTIONS.items():
            print(f"{name:12} {description}")
        return 0
    unknown = [name for name in args.only if name not in SECTIONS]
    if unknown:
        print(f"unknown section(s): {', '.join(unknown)}; known: {', '.join(SECTIONS)}", file=sys.stderr)
        return 2
    chosen = args.only or list(SECTIONS)
    meta = {
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "executable": sys.executable,
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "load_average_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "git": _git_state(),
        "argv": sys.argv[1:],
    }
    print(
        f"kholuutru bench — {meta['started']} — Python {meta['python']}, {meta['cpu_count']} CPUs, "
        f"load {', '.join(f'{x:.2f}' for x in meta['load_average_at_start'] or ())}, git {meta['git']['commit']}"
        f"{' (dirty)' if meta['git']['dirty'] else ''}"
    )
    bench = Bench(args)
    sections: dict = {}
    try:
        for name in chosen:
            description, function = SECTIONS[name]
            print(f"\n=== {name}: {description}")
            start = time.perf_counter()
            sections[name] = function(bench)
            sections[name]["section_s"] = time.perf_counter() - start
    finally:
        bench.cleanup()
    # Keep other sections' earlier results when only some ran.
    previous = {}
    if args.only and args.results.exists():
        try:
            previous = json.loads(args.results.read_text(encoding="utf-8")).get("sections", {})
        except (OSError, ValueError):
            previous = {}
    payload = {"meta": meta, "sections": {**previous, **sections}}
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nresults: {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
