"""Property tests: any article-like text converts safely and the same way twice."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import frontmatter
import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kholuutru.article import FIELDS
from kholuutru.pipeline import ConversionError, convert_text
from kholuutru.render import escape_markdown, render

WORDS = st.sampled_from(
    "Đảng bộ thành phố Chí Linh xây dựng trong sạch vững mạnh đảng viên chi bộ Tỉnh ủy Hà Nội Quảng Trị "
    "huyện thị xã năm 2020 2025 nhiệm kỳ Đại hội khóa XI Nghị quyết 12-NQ/TW Ảnh: TTXVN Theo Tin liên quan".split()
)
HOSTILE = st.sampled_from(
    ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "**đậm**", "_nghiêng_",
     "# tiêu đề", "> trích", "| a | b |", "---", "* mục", "1. một", "title: giả", "{: .x }", "&amp;", "`code`",
     "\\", "~~", "==", "![a](b)", "<!-- c -->", "&#60;", "<a href='x'>y</a>", "\u202e", "\u200b", "  ", "\t"]
)
TOKEN = st.one_of(WORDS, WORDS, WORDS, HOSTILE, st.text(min_size=1, max_size=6))
LINE = st.lists(TOKEN, min_size=1, max_size=40).map(" ".join)
ARTICLE = st.lists(LINE, min_size=1, max_size=14).map(lambda lines: "\n\n".join(lines))

ALLOWED_TAGS = {"p", "h2"}


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _converted(text: str):
    """The article, or None when the converter refuses the text (always with a message)."""
    try:
        return convert_text(text, "seeds/x.txt", "0" * 64)
    except ConversionError as error:
        assert str(error)
        return None


def _visible(rendered: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_any_text_converts_safely_and_identically(text):
    article = _converted(text)
    if article is None:
        return
    page = render(article)
    assert page == render(convert_text(text, "seeds/x.txt", "0" * 64))
    post = frontmatter.loads(page)
    assert tuple(post.metadata) == FIELDS
    assert post["title"] == article.title
    rendered = markdown.markdown(post.content, extensions=["attr_list", "toc"])
    parser = _Tags()
    parser.feed(rendered)
    for tag, attrs in parser.tags:
        assert tag in ALLOWED_TAGS, rendered
        assert set(attrs) <= {"class", "id"}
        assert attrs.get("class") in (None, "lead", "caption", "deck")
    visible = _visible(rendered)
    for block in article.blocks:
        assert block.text in visible


@settings(max_examples=300, deadline=None)
@given(LINE)
def test_escaped_line_renders_as_itself(line):
    line = re.sub(r"\s+", " ", re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "\ufffd", line)).strip()
    rendered = markdown.markdown(escape_markdown(line), extensions=["attr_list", "toc", "tables", "def_list", "abbr", "footnotes", "admonition"])
    if not line:
        return
    assert _visible(rendered).strip() == line
    assert re.fullmatch(r"<p>.*</p>", rendered, re.S)


# --- nothing is lost: every line is in the body or in the report --------------------------------

SENTENCE = st.lists(WORDS, min_size=6, max_size=30).map(lambda words: " ".join(words).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
SHORT = st.lists(WORDS, min_size=2, max_size=9).map(" ".join)
FURNITURE = st.sampled_from(["Tin liên quan", "Xem thêm", "Chia sẻ", "Lượt xem: 1527", "Trang chủ > Tin tức", "In bài viết",
                             "© Bản quyền thuộc Báo Hải Dương", "Các tin khác", "MINH NGUYỆT", "Ảnh: TTXVN", "|", "."])
PIECE = st.one_of(PARAGRAPH, PARAGRAPH, SHORT, FURNITURE)


@st.composite
def page_shaped(draw) -> str:
    """A scraped page: furniture, a headline, a date line, paragraphs with subheadings,
    related boxes and bylines in any order."""
    head = draw(st.lists(FURNITURE, max_size=3))
    title = draw(SHORT)
    date = draw(st.sampled_from(["", "Thứ Hai, 12/03/2016 08:30", "12/3/2016", "Cập nhật: 12-03-2016"]))
    body = draw(st.lists(PIECE, min_size=1, max_size=12))
    return "\n\n".join([*head, title, *([date] if date else []), *body]) + "\n"


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_shaped())
def test_every_line_reaches_the_body_or_the_report(text):
    article = _converted(text)
    if article is None:
        return
    page = frontmatter.loads(render(article)).content
    accounted = _words(_visible(markdown.markdown(page, extensions=["attr_list"])) + " " + " ".join(d.text for d in article.dropped))
    for line in text.splitlines():
        missing = _words(line) - accounted
        assert not missing, (line, missing)


VALUE = st.one_of(st.none(), st.text(max_size=30), TOKEN, st.lists(st.one_of(st.text(max_size=12), TOKEN), max_size=3))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), VALUE, min_size=1))
def test_front_matter_nodes_built_directly_dump_as_the_representer_does(matter):
    # render builds the YAML nodes of strings, nulls and string lists itself (the representer cost
    # more than the emitter); the text must be the representer's, byte for byte
    import yaml

    from kholuutru.render import _Dumper, front_matter_yaml

    expected = yaml.dump(matter, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10**9)
    assert front_matter_yaml(matter) == expected
