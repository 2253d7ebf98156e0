"""The converter on a corpus of varied raw articles (tests/fixtures/articles).

Each NN_name.txt has NN_name.expected.yml with the values the converter must
produce; tests/fixtures/articles/README.md explains the keys.
"""

from __future__ import annotations

import html
import re
import shutil

import markdown
import pytest
import yaml

from conftest import FIXTURES, pages, run_convert

CORPUS = FIXTURES / "articles"
CASES = sorted(p.name[: -len(".expected.yml")] for p in CORPUS.glob("*.expected.yml"))
EXACT = ("title", "date", "date_precision", "locality", "province", "province_2025", "tenure", "tenure_basis",
         "author", "source", "category")


def expected(name: str) -> dict:
    return yaml.safe_load((CORPUS / f"{name}.expected.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    project = tmp_path_factory.mktemp("corpus")
    (project / "seeds").mkdir()
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, project / "seeds" / path.name)
    result = run_convert(project, "--report", "report.json")
    return project, result, pages(project)


def visible(body: str) -> str:
    rendered = markdown.markdown(body, extensions=["attr_list", "toc"])
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


@pytest.mark.parametrize("name", CASES)
def test_fixture(run, name):
    project, result, converted = run
    want = expected(name)
    source = f"seeds/{name}.txt"
    if "error" in want:
        assert re.search(rf"^{re.escape(source)}: \S", result.stderr, re.M), result.stderr
        assert f"{name}.txt" not in converted
        return
    if "duplicate_of" in want:
        assert re.search(rf"^(?:cảnh báo: )?{re.escape(source)}: .*{re.escape(want['duplicate_of'])}", result.stderr, re.M)
        assert f"{name}.txt" not in converted and want["duplicate_of"] in converted
        return
    post = converted[f"{name}.txt"]
    problems = []
    for key in EXACT:
        if key in want and post.get(key) != want[key]:
            problems.append(f"{key}: got {post.get(key)!r}, want {want[key]!r}")
    if "date_prefix" in want and not str(post["date"] or "").startswith(want["date_prefix"]):
        problems.append(f"date: {post['date']!r} does not start with {want['date_prefix']!r}")
    if "author_contains" in want and want["author_contains"] not in (post["author"] or ""):
        problems.append(f"author: {post['author']!r} lacks {want['author_contains']!r}")
    for credit in want.get("photo_credits_include", []):
        if not any(credit in c for c in post["photo_credits"]):
            problems.append(f"photo_credits {post['photo_credits']!r} lack {credit!r}")
    for tag in want.get("tags_include", []):
        if tag not in post["tags"]:
            problems.append(f"tags {post['tags']!r} lack {tag!r}")
    for doc in want.get("documents_include", []):
        if doc not in post["documents"]:
            problems.append(f"documents {post['documents']!r} lack {doc!r}")
    text = visible(post.content)
    flat = re.sub(r"\s+", " ", text)
    for keep in want.get("must_keep", []):
        if keep not in flat:
            problems.append(f"body lost: {keep[:70]!r}")
    for once in want.get("must_occur_once", []):
        if flat.count(once) != 1:
            problems.append(f"body has {flat.count(once)}× {once[:60]!r}")
    for literal in want.get("rendered_text_include", []):
        if literal not in text:
            problems.append(f"not visible as text: {literal!r}")
    for drop in want.get("must_drop", []):
        if drop in flat:
            problems.append(f"body kept chrome: {drop[:60]!r}")
    assert not problems, "\n".join(problems)


def test_corpus_run_exits_1_because_of_the_bad_inputs(run):
    _, result, _ = run
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
