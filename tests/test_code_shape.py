"""The code stays readable: no function longer than a screen (DEVELOPERS' guide, "Housekeeping").

A function that grows past 50 lines is split where its steps are (a helper with a name that
says what the step does), as `_above_headless_text` and `_the_one_commune` were."""

from __future__ import annotations

import ast

import pytest

from conftest import ROOT

LONGEST = 50  # lines from `def` to the last line of the body, docstring included
PARTS = ("kholuutru", "scripts", "tools", "bench", "tests/realworld")


def functions(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.name, node.lineno, node.end_lineno - node.lineno + 1


@pytest.mark.parametrize("part", PARTS)
def test_no_function_is_longer_than_a_screen(part):
    long = [f"{path.relative_to(ROOT)}:{line} {name} ({size} lines)"
            for path in sorted((ROOT / part).rglob("*.py")) if "__pycache__" not in path.parts
            for name, line, size in functions(path) if size > LONGEST]
    assert long == [], "split these where their steps are:\n" + "\n".join(long)


def test_the_measure_sees_a_long_function(tmp_path):
    source = tmp_path / "long.py"
    source.write_text("def long():\n" + "    x = 1\n" * LONGEST, encoding="utf-8")
    assert [size for _, _, size in functions(source)] == [LONGEST + 1]
