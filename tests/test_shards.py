"""A site built in shards (kholuutru/site/shards.py) is the site one build gives, byte for byte.

Real builds of the seeds plus generated articles: one MkDocs process; `--shards 3` on
this machine; and three `--shard k/3` runs in separate folders (as CI matrix jobs would)
merged with `--merge`. Hosted and offline.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from browser import ROOT, convert, describe, make_project, run

GENERATED = 60  # with the seeds: several pages per listing, articles in every shard


def tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def differences(ours: Path, theirs: Path) -> list[str]:
    a, b = tree(ours), tree(theirs)
    return ([f"only in {ours.name}: {name}" for name in sorted(a.keys() - b.keys())]
            + [f"only in {theirs.name}: {name}" for name in sorted(b.keys() - a.keys())]
            + [f"differs: {name}" for name in sorted(a.keys() & b.keys()) if a[name] != b[name]])


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus as generator

    folder = make_project(tmp_path_factory.mktemp("shards") / "project")
    generator.generate(GENERATED, folder / "seeds", seed=11)
    converted = convert(folder)
    assert converted.returncode == 0, describe(converted)
    return folder


def build(project: Path, *args: str):
    done = run(project, "-m", "kholuutru.site.build", *args)
    assert done.returncode == 0, describe(done)
    return done


@pytest.mark.parametrize("cores, articles, shards", [(2, 5, 2), (2, 10_000, 2), (2, 10_001, 3), (2, 100_000, 20), (8, 20_000, 8)])
def test_a_large_archive_gets_a_shard_per_5000_articles(cores, articles, shards):
    """No MkDocs process renders more than ARTICLES_PER_SHARD pages unless told to: at 100,000
    articles, 2 shards would need ~6 GB a process; 20 stay near 2 GB."""
    from kholuutru.site.build import ARTICLES_PER_SHARD, default_shards

    assert ARTICLES_PER_SHARD == 5_000
    assert default_shards(cores, articles) == shards


@pytest.fixture(scope="module")
def single(project: Path) -> Path:
    build(project, "--shards", "1")
    return Path(shutil.move(project / "site", project / "single"))


@pytest.mark.parametrize("shards", ["2", "3"])
def test_a_build_in_shards_equals_one_build(project, single, shards):
    build(project, "--shards", shards, "--jobs", "2")
    assert not differences(single, project / "site")
    assert not list(project.glob(".site.*")), "a shard's folder was left behind"
    assert not list((project / "site").glob(".search-partial-*")), "a shard's search partial reached the site"


def test_shards_built_apart_and_merged_equal_one_build(project, single):
    for number in (2, 0, 1):  # any order, as separate jobs finish
        build(project, "--shard", f"{number}/3", "-d", f"part-{number}")
    articles = [len(list((project / f"part-{n}" / "articles").glob("*/index.html"))) for n in range(3)]
    assert all(articles) and sum(articles) == len(list((single / "articles").glob("*/index.html"))), articles
    done = build(project, "--merge", "part-1", "part-2", "part-0", "-d", "merged")
    assert "Chỉ mục tìm kiếm" in done.stdout
    assert not differences(single, project / "merged")
    assert (project / "part-1" / "articles").is_dir(), "a merge given folders copies them, never moves them"


def test_offline_bundle_in_shards_equals_one_build(project):
    build(project, "--offline", "--shards", "1")
    one = Path(shutil.move(project / "dist", project / "dist-single"))
    build(project, "--offline", "--shards", "2")
    assert not differences(one / "offline", project / "dist" / "offline")
    assert (one / "offline.zip").read_bytes() == (project / "dist" / "offline.zip").read_bytes()


@pytest.mark.parametrize("parts, message", [
    (["part-0", "part-1"], "every shard of one build is needed"),
    (["part-0", "part-0", "part-1", "part-2"], "given twice"),
    (["docs"], "not the folder of one shard"),
])
def test_a_merge_of_the_wrong_folders_fails_clearly_and_writes_nothing(project, parts, message):
    for number in range(3):
        if not (project / f"part-{number}").exists():
            build(project, "--shard", f"{number}/3", "-d", f"part-{number}")
    done = run(project, "-m", "kholuutru.site.build", "--merge", *parts, "-d", "wrong")
    assert done.returncode == 1, describe(done)
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (project / "wrong").exists() and not list(project.glob(".wrong.*"))


def test_the_shards_take_the_front_matter_read_once_while_the_page_holds(tmp_path, monkeypatch):
    """`make build` reads every article's front matter once for all shards (each needs all of
    them); a shard takes that reading only while the page's time and size are those read, and
    reads a page edited since, or one that could not be read, itself."""
    from mkdocs.structure.files import File

    from kholuutru.site import shards
    from kholuutru.site.plugin import ArchivePlugin

    articles = tmp_path / "docs" / "articles"
    articles.mkdir(parents=True)
    kept, edited = articles / "giu.md", articles / "sua.md"
    kept.write_text("---\ntitle: Giữ nguyên\n---\n\nThân bài.\n", encoding="utf-8")
    edited.write_text("---\ntitle: Trước khi sửa\n---\n\nThân bài.\n", encoding="utf-8")
    (articles / "hong.md").write_text("không có front matter\n", encoding="utf-8")
    shared = tmp_path / "front-matter"
    shards.share_front_matter(articles, shared, jobs=2)
    monkeypatch.setenv(shards.FRONT_MATTER, str(shared))
    read = shards.shared_front_matter()
    assert set(read) == {str(kept), str(edited)}  # the broken page is left to the shard, which names the error

    read[str(kept)] = (*read[str(kept)][:2], {"title": "đọc một lần"})  # what the build read is what a shard takes
    edited.write_text("---\ntitle: Sau khi sửa, dài hơn\n---\n\nThân bài.\n", encoding="utf-8")
    plugin = ArchivePlugin()
    plugin.shared = read
    docs = str(tmp_path / "docs")
    assert plugin._front_matter(File("articles/giu.md", docs, str(tmp_path / "site"), True)) == {"title": "đọc một lần"}
    assert plugin._front_matter(File("articles/sua.md", docs, str(tmp_path / "site"), True)) == {"title": "Sau khi sửa, dài hơn"}
