"""Article HTML with nothing live in it: an allowlist of text tags, no links.

Converted articles are already escaped text (render.py); hand-written ones
are Markdown an editor typed. Either way, what reaches a page is rebuilt from
an allowlist: text structure only, no scripts, styles, event handlers, images,
frames or links (a link's words stay, as text).
"""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

ALLOWED = {
    "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "b", "i", "u", "s", "del", "ins",
    "blockquote", "code", "pre", "br", "hr", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "sup", "sub", "dl", "dt", "dd", "mark", "abbr", "small", "figure", "figcaption", "span", "div",
}
VOID = {"br", "hr"}
DROP_WITH_CONTENT = {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math"}
CLASSES = {"lead", "caption"}


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROP_WITH_CONTENT:
            self.skipping += 1
            return
        if self.skipping or tag not in ALLOWED:
            return
        kept = []
        for name, value in attrs:
            if name == "id" and tag in ("h2", "h3", "h4", "h5", "h6") and value:
                kept.append(f' id="{escape(value)}"')
            elif name == "class" and value in CLASSES:
                kept.append(f' class="{value}"')
        self.out.append(f"<{tag}{''.join(kept)}>")
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.open and tag not in VOID and self.open[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in DROP_WITH_CONTENT:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping or tag not in self.open:
            return
        while self.open:
            last = self.open.pop()
            self.out.append(f"</{last}>")
            if last == tag:
                break

    def handle_data(self, data):
        if not self.skipping:
            self.out.append(escape(data, quote=False))

    def close(self):
        super().close()
        while self.open:
            self.out.append(f"</{self.open.pop()}>")


def sanitize(html: str) -> str:
    parser = _Sanitizer()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)
