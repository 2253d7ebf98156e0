"""The topics of the article, by the phrases of topics.yml it uses."""

from __future__ import annotations

from collections import Counter

from .. import data
from ..article import Article
from ..text import fold


MAX_TOPICS = 8


def _phrase_counts(text: str) -> Counter:
    return data.count_phrases(text)


def find_topics(article: Article) -> list[str]:
    """The vocabulary topics the text is most about (at most MAX_TOPICS), in vocabulary order.

    A topic scores 5 per phrase in the title, 3 in the lead, 2 per specific
    ("strong") phrase and 1 per general phrase in the body, 3 per cited document;
    it needs 2 points, and general phrases count only from `min_mentions` on.
    """
    folded = article.folded or {}

    def folded_part(name: str, text) -> str:  # extract() folded them already; text() only if not
        return folded[name] if name in folded else fold(text())

    title = _phrase_counts(folded_part("title", lambda: article.title or ""))
    lead = _phrase_counts(folded_part("lead", lambda: article.summary or ""))
    body = _phrase_counts(folded_part("body", lambda: "\n".join(b.text for b in article.blocks if b.kind != "lead")))
    scored = []
    for order, topic in enumerate(data.topics()):
        keys = topic["all_keys"]
        score = 5 * (not keys.isdisjoint(title)) + 3 * (not keys.isdisjoint(lead))  # a counter holds only what it found
        score += 2 * sum(body.get(k, 0) for k in topic["strong_keys"])
        mentions = sum(body.get(k, 0) for k in topic["keys"])
        if mentions >= topic.get("min_mentions", 2):
            score += mentions
        score += 3 * sum(doc in article.documents for doc in topic.get("documents") or ())
        if score >= 2:
            scored.append((score, order, topic["name"]))
    best = sorted(scored, key=lambda item: (-item[0], item[1]))[:MAX_TOPICS]
    return [name for _, _, name in sorted(best, key=lambda item: item[1])]
