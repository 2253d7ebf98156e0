"""Article to Markdown with YAML front matter: text stays text.

The front matter goes through yaml.safe_dump (never string joins), so no
title can become YAML structure. The body encodes every character Markdown,
HTML or an extension could read as syntax as a character reference, so a
line such as "# x", "<script>", "[x](javascript:…)" or "---" renders as
exactly that text. Nothing here writes files.
"""

from __future__ import annotations

import re

import yaml

from .article import Article, Block
from .segment import numbered_part
from .text import CONTROL

# Characters that start Markdown or HTML syntax anywhere in a line.
_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "*": "&#42;",
    "_": "&#95;",
    "`": "&#96;",
    "[": "&#91;",
    "]": "&#93;",
    "\\": "&#92;",
    "{": "&#123;",
    "}": "&#125;",
    "|": "&#124;",
    "~": "&#126;",
    "^": "&#94;",
    "$": "&#36;",
    "=": "&#61;",
    "#": "&#35;",
}
_INLINE_RE = re.compile("[" + re.escape("".join(_INLINE)) + "]")
# Characters that start block syntax at the beginning of a line.
_LINE_START = re.compile(r"^(?:(?P<char>[#+\-!:%.])|(?P<digits>\d{1,9})(?P<mark>[.)]))")
_ENTITY = {"#": "&#35;", "+": "&#43;", "-": "&#45;", "!": "&#33;", ":": "&#58;", "%": "&#37;", ".": "&#46;", ")": "&#41;"}


def escape_markdown(text: str) -> str:
    """Text that Python-Markdown renders back as the same visible characters."""
    if not text.isprintable():  # a printable text holds no control character: most blocks skip the scan
        text = CONTROL.sub("\ufffd", text)
    escaped = _INLINE_RE.sub(lambda m: _INLINE[m.group(0)], text)
    match = _LINE_START.match(escaped)
    if match:
        if match.group("char"):
            escaped = _ENTITY[match.group("char")] + escaped[1:]
        else:
            end = match.end("digits")
            escaped = escaped[:end] + _ENTITY[match.group("mark")] + escaped[end + 1 :]
    return escaped


def render_body(blocks: list[Block]) -> str:
    """The body's blocks in reading order. A heading that opens the body heads no part of it:
    nothing comes before it to set apart (the headline's rest "NHIỆM KỲ 2021-2026", the headline
    printed again, a deck). It is set as a deck, out of the page's table of contents, unless
    numbered as an outline's first part; under a photo's caption it is the first part's heading.
    A heading by its shape that the heading weights weigh as none is a paragraph."""
    shown = [render_block(block) for block in blocks]
    if blocks and blocks[0].kind == "heading" and not blocks[0].plain and not numbered_part(blocks[0].text):
        shown[0] = f"{escape_markdown(blocks[0].text)}\n{{: .deck }}"
    return "\n\n".join(shown)


def render_block(block: Block) -> str:
    text = escape_markdown(block.text)
    if block.kind == "heading" and not block.plain:
        return f"## {text}"
    if block.kind == "lead":
        return f"{text}\n{{: .lead }}"
    if block.kind == "caption":
        if block.credit:
            text = f"{text} — Ảnh: {escape_markdown(block.credit)}"
        return f"{text}\n{{: .caption }}"
    return text


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """Safe dumper (libyaml's when present: 30× faster) that never wraps lines."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def front_matter_yaml(matter: dict) -> str:
    pairs = [(key, _node(value)) for key, value in matter.items()]
    if any(node is None for _, node in pairs):  # a value of another type: the full representer
        return yaml.dump(matter, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10**9)
    mapping = yaml.MappingNode(_MAP, [(yaml.ScalarNode(_STR, key), node) for key, node in pairs], flow_style=False)
    return yaml.serialize(mapping, Dumper=_Dumper, allow_unicode=True, width=10**9)


_STR, _NULL, _SEQ, _MAP = (f"tag:yaml.org,2002:{kind}" for kind in ("str", "null", "seq", "map"))


def _node(value) -> yaml.Node | None:
    """The YAML node the safe representer makes of a front-matter value (a string, null, a
    list of strings), built directly: representing the matter cost more than emitting it."""
    if isinstance(value, str):
        return yaml.ScalarNode(_STR, value)
    if value is None:
        return yaml.ScalarNode(_NULL, "null")
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return yaml.SequenceNode(_SEQ, [yaml.ScalarNode(_STR, item) for item in value], flow_style=False)
    return None


def render(article: Article) -> str:
    """The page: front matter between '---' lines, then the body blocks."""
    head = front_matter_yaml(article.front_matter())
    body = render_body(article.blocks)
    return f"---\n{head}---\n\n{body}\n"
