"""Article HTML with nothing live in it: an allowlist of text tags, no links.

Converted articles are already escaped text (render.py); hand-written ones
are Markdown an editor typed. Either way, what reaches a page is rebuilt by
nh3 (the ammonia sanitiser, which parses HTML as browsers do) from an
allowlist: text structure only, no scripts, styles, event handlers, images,
frames or links (a link's words stay, as text).
"""

from __future__ import annotations

import nh3

ALLOWED = {
    "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "b", "i", "u", "s", "del", "ins",
    "blockquote", "code", "pre", "br", "hr", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "sup", "sub", "dl", "dt", "dd", "mark", "abbr", "small", "figure", "figcaption", "span", "div",
}
# Dropped with everything inside them (their content is code or markup, not article text).
DROP_WITH_CONTENT = {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "title", "textarea"}
CLASSES = {"lead", "caption", "deck"}
HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes={heading: {"id"} for heading in HEADINGS},
        allowed_classes={tag: CLASSES for tag in ALLOWED},
        url_schemes=set(),
        link_rel=None,
        strip_comments=True,
    )
