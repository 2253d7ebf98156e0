"""Markdown extension: raw HTML in Markdown is text, never markup.

Removing the raw-HTML block preprocessor and inline pattern makes "<b>",
"<script>" or "<div onclick=…>" in a hand-written article come out as the
same characters (escaped by the serializer), also inside code spans.
"""

from markdown import Markdown
from markdown.extensions import Extension


class NoRawHtml(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API name
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


def makeExtension(**kwargs):  # noqa: N802 - Markdown's entry point name
    return NoRawHtml(**kwargs)
