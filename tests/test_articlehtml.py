"""The direct HTML of article bodies (kholuutru/site/articlehtml.py) is Markdown's, exactly.

Every body the converter writes (the seeds, a generated corpus, the real pages of
tests/realworld/dev) is rendered both ways through MkDocs' own Page, with this
repository's mkdocs.yml: same HTML, same table of contents, same anchors. Bodies
edited by hand fall back to Markdown."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from kholuutru.pipeline import ConversionError, convert_text
from kholuutru.render import render
from kholuutru.site import articlehtml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests" / "realworld")]

import corpus  # noqa: E402
import realpages  # noqa: E402


@pytest.fixture(scope="module")
def config():
    return load_config(str(ROOT / "mkdocs.yml"))


def _body(markdown_page: str) -> str:
    return markdown_page.split("\n---\n", 1)[1]


def _converted_bodies(tmp: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    corpus.generate(300, tmp, seed=7)
    texts += [p.read_text(encoding="utf-8") for p in sorted(tmp.glob("*.txt"))]
    texts += [page.text_path.read_text(encoding="utf-8") for page in realpages.load(("dev",))]
    bodies = []
    for number, text in enumerate(texts):
        try:
            bodies.append(_body(render(convert_text(text, f"seeds/{number}.txt"))))
        except ConversionError:
            continue
    return bodies


def _both_ways(body: str, config) -> tuple[tuple, tuple]:
    results = []
    for render_with in (Page.render, articlehtml.render_page):
        file = File("articles/x.md", str(ROOT / "docs"), "/tmp/site", use_directory_urls=True)
        page = Page(None, file, config)
        page.markdown = body
        render_with(page, config, Files([file]))
        toc = [(item.title, item.url, item.level, len(item.children)) for item in page.toc]
        results.append((page.content, toc, page.present_anchor_ids, page._title_from_render))
    return results[0], results[1]


def test_every_converted_body_renders_directly_as_markdown_would(config, tmp_path):
    bodies = _converted_bodies(tmp_path)
    assert len(bodies) > 800
    slugify = config["mdx_configs"]["toc"]["slugify"]
    direct = [body for body in bodies if articlehtml.body_html(body, slugify) is not None]
    assert len(direct) == len(bodies)  # the converter never writes outside the subset
    headed = sum("\n## " in "\n" + body for body in bodies)
    assert headed > 20  # subheadings, with their ids and table of contents, are compared too
    for body in bodies:
        markdown, fast = _both_ways(body, config)
        assert fast == markdown, body[:200]


@pytest.mark.parametrize(
    "body",
    [
        "# Tiêu đề tự gõ\n\nĐoạn văn.",
        "Đoạn có **chữ đậm** và [liên kết](http://x.vn).",
        "Đoạn có <b>thẻ</b> & dấu và.",
        "1. mục một\n2. mục hai",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "    mã lệnh thụt lề",
        "Đoạn văn\n{: .lead .khac }",
        "## Cùng tên\n\n## Cùng tên\n\nĐoạn &#42; văn &amp; chữ.",
        "Dòng một\ndòng hai cùng đoạn",
        "Đoạn có # giữa dòng và &#dấu.",
        "1) mục một",
        " Đoạn thụt một dấu cách.",
        "",
    ],
)
def test_a_body_edited_by_hand_renders_as_markdown_would(body, config):
    markdown, fast = _both_ways(body, config)
    assert fast == markdown
