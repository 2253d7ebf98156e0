"""`pip install .` in a fresh virtual environment gives a converter and a MkDocs plugin
that work: the package declares what it needs at run time (and no more)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv

from conftest import ROOT, SEEDS

PACKAGE_FILES = ("pyproject.toml", "kholuutru", "README.md")
SITE_FILES = ("mkdocs.yml", "overrides")


def test_pip_install_gives_a_working_convert_and_build(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for name in PACKAGE_FILES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
        else:
            shutil.copy(path, source / name)
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    installed = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(source)], capture_output=True,
                               text=True, env=env, timeout=900)
    assert installed.returncode == 0, installed.stderr[-3000:]
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True, env=env)
    names = {line.split("==")[0].lower() for line in listed.stdout.splitlines()}
    assert {"mkdocs", "mkdocs-material", "nh3", "pyyaml", "dateparser"} <= names
    assert not {"pytest", "playwright", "pagefind", "hypothesis"} & names  # test and bench tools stay extras

    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, project / "seeds" / seed.name)
    for name in SITE_FILES:
        path = ROOT / name
        (shutil.copytree if path.is_dir() else shutil.copy)(path, project / name)
    converted = subprocess.run([str(python), "-m", "kholuutru.cli"], cwd=project, capture_output=True, text=True, env=env)
    assert converted.returncode == 0, converted.stderr
    assert len(list((project / "docs" / "articles").glob("*.md"))) == 5
    built = subprocess.run([str(environment / "bin" / "mkdocs"), "build", "--strict"], cwd=project, capture_output=True,
                           text=True, env={**env, "NO_MKDOCS_2_WARNING": "1"}, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    assert (project / "site" / "index.html").is_file() and (project / "site" / "search" / "meta.js").is_file()
    assert sys.executable != str(python)
