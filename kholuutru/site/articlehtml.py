"""Article bodies to HTML without Python-Markdown, the same HTML it would give.

The converter writes article bodies in a small, fixed subset of Markdown
(render.py): one-line paragraphs, `## ` subheadings, paragraphs followed by
`{: .lead }`, `{: .caption }` or `{: .deck }`, and every character that could start syntax
written as a character reference. For that subset the HTML is known: the
paragraphs as `<p>`, the subheadings as `<h2>` with the ids and table of
contents the `toc` extension gives. Building it directly takes a tenth of a
millisecond where Python-Markdown takes about two per article, a large share
of a build of thousands of pages. A body holding anything else (a page edited
by hand) goes through Markdown as every other page does.
"""

from __future__ import annotations

import html
import re

from markdown.extensions.toc import nest_toc_tokens, unique
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

_CLASSES = {"{: .lead }": "lead", "{: .caption }": "caption", "{: .deck }": "deck"}
# Text as render.escape_markdown leaves it: no character that starts syntax, no control
# character, no space at either end, and "&" and "#" only in the references it writes.
_SYNTAX_CHARACTERS = frozenset("<>*_`[]\\{}|~^$=" + "".join(map(chr, range(32))))
_LINE_START = re.compile(r"[+\-!:%.]|\d{1,9}[.)]")
_BARE_REFERENCE = re.compile(r"(?<!&)#|&(?!amp;|lt;|gt;|#\d{1,7};)")


# The configuration the direct HTML is Markdown's for (mkdocs.yml; MkDocs adds tables and
# fenced_code, which nothing in the subset triggers). Any other falls back to Markdown.
EXTENSIONS = {"kholuutru.site.nohtml", "attr_list", "toc", "tables", "fenced_code"}


def render_page(page: Page, config, files) -> None:
    """Page.render for an article page: the direct HTML when its body is in the subset."""
    toc = config["mdx_configs"].get("toc", {})
    same = set(config["markdown_extensions"]) <= EXTENSIONS and set(toc) <= {"permalink", "slugify"} and not toc.get("permalink")
    rendered = body_html(page.markdown or "", toc.get("slugify")) if same else None
    if rendered is None:
        Page.render(page, config, files)
        return
    page.content, tokens = rendered
    page.toc = get_toc(tokens)
    page._title_from_render = None  # no <h1> in an article body: the title is the front matter's
    page.present_anchor_ids = {token["id"] for token in tokens}
    page.links_to_anchors = {}


def body_html(markdown: str, slugify) -> tuple[str, list[dict]] | None:
    """(HTML, toc tokens) of a body in the converter's subset; None for anything else."""
    if slugify is None:
        return None
    parts, tokens, ids, counters = [], [], set(), {}
    for chunk in markdown.strip("\n").split("\n\n"):
        text, _, attribute = chunk.partition("\n")
        css = _CLASSES.get(attribute) if attribute else None
        if attribute and css is None:
            return None
        heading = css is None and text.startswith("## ")
        if heading:
            text = text[3:]
        if _outside_subset(text):
            return None
        if heading:
            anchor = unique(slugify(html.unescape(text), "-"), ids, counters)
            parts.append(f'<h2 id="{anchor}">{text}</h2>')
            tokens.append({"level": 2, "id": anchor, "name": text, "html": text, "data-toc-label": ""})
        else:
            parts.append(f'<p class="{css}">{text}</p>' if css else f"<p>{text}</p>")
    return "\n".join(parts), nest_toc_tokens(tokens)


def _outside_subset(text: str) -> bool:
    if not text or text[0].isspace() or text[-1].isspace() or _LINE_START.match(text):
        return True
    if not _SYNTAX_CHARACTERS.isdisjoint(text):
        return True
    return ("&" in text or "#" in text) and _BARE_REFERENCE.search(text) is not None
