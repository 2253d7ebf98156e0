"""Shared helpers: run the real converter CLI on real files in a temporary project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import frontmatter
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
TREE_PARTS = ("kholuutru", "seeds", "docs", "scripts")
SITE_FILES = ("mkdocs.yml", "mkdocs.offline.yml", "overrides")


def _ignore(directory: str, names: list[str]) -> list[str]:
    return [n for n in names if n in ("__pycache__", ".cache") or n.endswith((".pyc", ".egg-info"))]


def make_tree(target: Path, *, site: bool = False) -> Path:
    """A copy of the parts of the repository an editor touches (and, with site, what builds it):
    run with cwd = the tree and PYTHONPATH = the tree, its own code and data files count."""
    target.mkdir(parents=True, exist_ok=True)
    for name in TREE_PARTS + (SITE_FILES if site else ()):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=_ignore)
        else:
            shutil.copy(source, target / name)
    return target


def tree_env(tree: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1", "NO_MKDOCS_2_WARNING": "1"}


def run_in(tree: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=tree, env=tree_env(tree), capture_output=True,
                          text=True, timeout=timeout)


def run_convert(cwd: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run scripts/convert.py as a user would, in cwd. Under mutation testing (mutmut sets
    MUTANT_UNDER_TEST) the same command runs inside the test process, so the mutated code
    is what runs and what mutmut measures."""
    if "MUTANT_UNDER_TEST" in os.environ:
        return _convert_in_process(cwd, args)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "convert.py"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def _convert_in_process(cwd: Path, args: tuple[str, ...]) -> subprocess.CompletedProcess:
    import contextlib
    import io

    from kholuutru import cli

    out, err = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as exit_:  # argparse's usage errors
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        os.chdir(previous)
    return subprocess.CompletedProcess(["convert.py", *args], code, out.getvalue(), err.getvalue())


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty project folder with seeds/ and docs/articles/."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "docs" / "articles").mkdir(parents=True)
    return tmp_path


@pytest.fixture
def seeded(project: Path) -> Path:
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, project / "seeds" / seed.name)
    return project


def pages(project: Path) -> dict[str, frontmatter.Post]:
    """source file name → parsed page."""
    found = {}
    for page in sorted((project / "docs" / "articles").glob("*.md")):
        post = frontmatter.load(page)
        found[Path(post["source_file"]).name if post.get("source_file") else page.name] = post
    return found


# --- the built seed site, served, and one Chromium (browser tests) --------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seeds converted and built, hosted and offline (a module may define its own)."""
    from browser import built_site, require_build

    built = built_site(tmp_path_factory)
    require_build(built)
    require_build(built, offline=True)
    return built


@pytest.fixture(scope="module")
def hosted(built):
    from browser import http_server

    with http_server(built.site) as base:
        yield base


@pytest.fixture(scope="module")
def offline(built) -> str:
    return built.bundle.as_uri() + "/"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    from browser import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def base(request, hosted, offline):
    """The site root URL for the test's `where` parameter."""
    return hosted if request.param == "hosted" else offline
