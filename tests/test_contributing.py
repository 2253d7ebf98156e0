"""CONTRIBUTING.md does what it says: every command it shows runs, in order, in a copy of the project.

How the document is read:
  - every line of a ```bash / ```sh block is a command (blank lines and `# …` lines aside;
    a trailing `# …` is a comment). A comment «báo lỗi (mã N): TEXT» says the command fails on
    purpose: it must exit N and print TEXT (through make, which exits 2 when a step fails: make
    must report «Error N»); every other command must exit 0;
  - a fenced block right after `<!-- tệp: PATH -->` is a file the reader creates: it is written
    to PATH before the commands that follow it;
  - `make serve` serves forever: `make build` runs in its place and site/ must exist;
    `git …` commands are not run.
`make` runs with `-o .venv/.installed-requirements` (the Makefile's STAMP): the copy shares the repository's .venv (a symlink), which
must never be reinstalled from a temporary folder. Then the examples are checked: the raw article
and its correction reach their page, the hand-written example passes `make check` and appears on
its site pages, and the document lists exactly the fields the code accepts.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from browser import entry_links, parse

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "CONTRIBUTING.md"
COPIED = ("Makefile", "requirements.txt", "pyproject.toml", "mkdocs.yml", "mkdocs.offline.yml",
          "kholuutru", "seeds", "docs", "scripts", "overrides", "CONTRIBUTING.md")
FENCE = re.compile(r"^```(\w*)\s*$")
MARKER = re.compile(r"^<!--\s*tệp:\s*(\S+)\s*-->\s*$")
FAILS = re.compile(r"báo lỗi \(mã (\d+)\):\s*(.+?)\s*$")
PROBLEM = re.compile(r"^[^\s:][^:]*:\d+: .+? — \S.*$")


@dataclass
class Block:
    lang: str
    text: str
    line: int  # line of the opening fence in CONTRIBUTING.md
    path: str | None = None  # from a <!-- tệp: … --> marker


@dataclass
class Step:
    kind: str  # "write" or "run"
    line: int
    path: str = ""
    content: str = ""
    command: str = ""
    expect_code: int = 0
    expect_text: str = ""


def blocks(text: str) -> list[Block]:
    found, lines, index = [], text.split("\n"), 0
    while index < len(lines):
        fence = FENCE.match(lines[index])
        if not fence:
            index += 1
            continue
        marker = MARKER.match(lines[index - 1]) if index else None
        end = next(i for i in range(index + 1, len(lines)) if lines[i].startswith("```"))
        found.append(Block(fence.group(1), "\n".join(lines[index + 1 : end]) + "\n", index + 1,
                           marker.group(1) if marker else None))
        index = end + 1
    return found


def commands(block: Block) -> list[tuple[int, str, int, str]]:
    """(line, command, expected exit code, expected text) of a shell block."""
    out, pending, start = [], "", 0
    for offset, raw in enumerate(block.text.split("\n")):
        line = raw.rstrip()
        if not pending:
            start = block.line + 1 + offset
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full, pending = pending + line, ""
        parts = re.split(r"\s#\s", full, maxsplit=1)
        command, comment = parts[0], parts[1] if len(parts) > 1 else ""
        fails = FAILS.search(comment)
        out.append((start, command.strip(), int(fails.group(1)) if fails else 0, fails.group(2) if fails else ""))
    return out


def steps(text: str) -> list[Step]:
    out = []
    for block in blocks(text):
        if block.path:
            out.append(Step("write", block.line, path=block.path, content=block.text))
        elif block.lang in ("bash", "sh", "shell", "console"):
            for line, command, code, expected in commands(block):
                out.append(Step("run", line, command=command, expect_code=code, expect_text=expected))
    return out


# --- running the document -----------------------------------------------------------


@dataclass
class Outcome:
    step: Step
    ran: str  # the command actually run ("" when skipped)
    result: subprocess.CompletedProcess | None = None
    note: str = ""

    def problem(self) -> str | None:
        if self.result is None:
            return None
        where = f"CONTRIBUTING.md:{self.step.line}: `{self.step.command}`"
        output = self.result.stdout + self.result.stderr
        code = self.result.returncode
        if self.step.expect_code and self.ran.startswith("make") and code == 2 and f"Error {self.step.expect_code}" in output:
            code = self.step.expect_code  # make stops with 2 and names the step's own exit status
        if code != self.step.expect_code:
            return (f"{where} exited {self.result.returncode}, the document expects {self.step.expect_code}"
                    f" (ran `{self.ran}`)\n{output[-3000:]}")
        if self.step.expect_text and self.step.expect_text not in output:
            return f"{where} did not print «{self.step.expect_text}»\n{output[-3000:]}"
        return None


@dataclass
class Replay:
    project: Path
    package_before: str = ""
    outcomes: list[Outcome] = field(default_factory=list)


def _ignore(directory: str, names: list[str]) -> list[str]:
    return [n for n in names if n in ("__pycache__", ".cache") or n.endswith((".pyc", ".egg-info"))]


# The Makefile's stamp of an installed .venv: make must take it as up to date in the copy (were
# requirements.txt newer, make would run `pip install -e .` from the copy and point the shared
# .venv's kholuutru at a temporary folder)
STAMP = ".venv/.installed-requirements"


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=_ignore)
        else:
            shutil.copy2(source, target / name)
    (target / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    return target


def _installed_package() -> str:
    """Where the shared .venv's python imports kholuutru from, run outside any project."""
    found = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", "import kholuutru; print(kholuutru.__file__)"],
                           cwd="/", capture_output=True, text=True, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    return found.stdout.strip() or found.stderr.strip()[-200:]


def actual_command(command: str) -> tuple[str, str]:
    """What runs for a documented command, and a note when it differs."""
    if re.fullmatch(r"make\s+serve(\s.*)?", command):
        return f"make -o {STAMP} build", "make serve serves forever: make build instead"
    if command.startswith("make"):
        return f"make -o {STAMP}" + command[len("make"):], ""
    return command, ""


@pytest.fixture(scope="module")
def replay(tmp_path_factory) -> Replay:
    project = copy_project(tmp_path_factory.mktemp("contributing") / "project")
    env = {**os.environ, "PYTHONPATH": str(project), "PYTHONDONTWRITEBYTECODE": "1", "NO_MKDOCS_2_WARNING": "1"}
    env.pop("MAKEFLAGS", None)
    done = Replay(project, package_before=_installed_package())
    for step in steps(DOC.read_text(encoding="utf-8")):
        if step.kind == "write":
            target = project / step.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(step.content, encoding="utf-8")
            done.outcomes.append(Outcome(step, ""))
            continue
        if re.match(r"git(\s|$)", step.command):
            done.outcomes.append(Outcome(step, "", note="git: not run"))
            continue
        ran, note = actual_command(step.command)
        result = subprocess.run(["bash", "-c", ran], cwd=project, env=env, capture_output=True, text=True, timeout=600)
        done.outcomes.append(Outcome(step, ran, result, note))
    return done


def test_the_document_shows_commands_and_example_files():
    found = steps(DOC.read_text(encoding="utf-8"))
    runs = [s.command for s in found if s.kind == "run"]
    writes = [s.path for s in found if s.kind == "write"]
    for expected in ("make convert", "make check", "make serve"):
        assert expected in runs, f"CONTRIBUTING.md shows no `{expected}`: {runs}"
    assert any(p.startswith("seeds/") and p.endswith(".txt") for p in writes), writes
    assert any(p.startswith("seeds/") and p.endswith(".yml") for p in writes), writes
    assert any(p.startswith("docs/articles/") for p in writes), writes
    assert any(s.expect_code == 1 for s in found if s.kind == "run"), "no command that shows an error"


def test_every_command_of_the_document_runs(replay):
    problems = [p for p in (o.problem() for o in replay.outcomes) if p]
    assert problems == [], "\n\n".join(problems)
    ran = [o for o in replay.outcomes if o.result is not None]
    assert len(ran) >= 8, [o.ran for o in ran]


def test_the_replay_leaves_the_shared_venv_as_it_was(replay):
    """The copy's make never reinstalls the shared .venv: the package it imports from any
    folder is still the one it imported before the document's commands ran."""
    assert _installed_package() == replay.package_before


def test_make_serve_stand_in_built_the_site(replay):
    served = [o for o in replay.outcomes if "make serve" in o.step.command]
    assert served and served[0].result is not None and served[0].result.returncode == 0
    assert (replay.project / "site" / "index.html").is_file(), "make build (for make serve) wrote no site/"


def _matter(page: Path) -> dict:
    import yaml

    text = page.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("\n---", 1)[0].lstrip("-\n"))


def _written(replay: Replay, prefix: str, suffix: str) -> Step:
    return next(o.step for o in replay.outcomes if o.step.kind == "write" and o.step.path.startswith(prefix)
                and o.step.path.endswith(suffix) and "thu-loi" not in o.step.path)


def test_raw_example_and_its_correction_reach_the_page(replay):
    raw = _written(replay, "seeds/", ".txt")
    override = _written(replay, "seeds/", ".yml")
    import yaml

    corrections = yaml.safe_load(override.content)
    pages = [p for p in (replay.project / "docs" / "articles").glob("*.md")
             if f"source_file: {raw.path}" in p.read_text(encoding="utf-8")]
    assert len(pages) == 1, f"no page for {raw.path}"
    matter = _matter(pages[0])
    for key, value in corrections.items():
        assert matter[key] == value, f"{key}: the page has {matter[key]!r}, {override.path} says {value!r}"
    assert matter["province"] == "Bắc Ninh" and matter["tenure"] == "2015-2020", matter


def test_hand_written_example_passes_check_and_appears_on_the_site(replay):
    example = _written(replay, "docs/articles/", ".md")
    slug = Path(example.path).stem
    matter = _matter(replay.project / example.path)
    # the check right after the example exited 0 (test_every_command_of_the_document_runs), and:
    site = replay.project / "site"
    assert (site / "articles" / slug / "index.html").is_file(), f"articles/{slug}/ not built"
    from kholuutru.text import slugify

    listings = [f"tinh/{slugify(matter['province'])}/", f"tinh-2025/{slugify(matter['province_2025'])}/",
                f"nhiem-ky/{matter['tenure']}/", f"nam/{matter['date'][:4]}/"]
    listings += [f"chu-de/{slugify(tag)}/" for tag in matter["tags"]]
    for listing in listings:
        page = site / listing / "index.html"
        assert page.is_file(), f"{listing} not built"
        titles = [e.text for e in entry_links(parse(page))]
        assert matter["title"] in titles, f"{listing} does not list the example: {titles}"


def test_example_uses_every_field_and_the_document_names_every_correctable_one():
    from kholuutru.article import FIELDS
    from kholuutru.corrections import OVERRIDABLE

    text = DOC.read_text(encoding="utf-8")
    example = next(b for b in blocks(text) if b.path and b.path.startswith("docs/articles/") and "thu-loi" not in b.path)
    keys = [line.split(":", 1)[0] for line in example.text.split("\n---", 1)[0].splitlines()[1:] if ":" in line]
    assert keys == [f for f in FIELDS if f not in ("source_file", "source_sha256")], keys
    section = text[text.index("## 3."):text.index("## 4.")]
    named = set(re.findall(r"`([a-z_0-9]+)`", section))
    assert set(OVERRIDABLE) <= named, f"section 3 does not name {sorted(set(OVERRIDABLE) - named)}"


def test_three_real_examples_of_check_messages():
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## 5."):text.index("## 6.")]
    examples = next(b for b in blocks(section) if b.lang == "text").text.strip().splitlines()
    assert len(examples) >= 3 and all(PROBLEM.match(line) for line in examples), examples


def test_the_document_is_a_readable_length():
    lines = DOC.read_text(encoding="utf-8").count("\n")
    assert 200 <= lines <= 420, lines
    assert "## English summary" in DOC.read_text(encoding="utf-8")
