"""Article fields that need domain knowledge: place, Party term, topics.

Pure lookups on loaded data (gazetteer, congress calendar, vocabulary). What
the evidence does not settle stays None: a wrong province or term misfiles
an article, a missing one only leaves it in the "unknown" listing.
"""

from __future__ import annotations

from ..article import Article
from ..gazetteer import gazetteer
from .places import resolve_places
from .tenure import TermEvidence, congress_evidence, resolve_tenure, term_by_date, term_from_review, term_of
from .topics import find_topics
from .zones import _as_date, _written_after_the_reform

# what the rest of the converter reads from here
__all__ = ["TermEvidence", "congress_evidence", "enrich", "find_topics", "resolve_places", "resolve_tenure", "term_by_date",
           "term_from_review", "term_of"]


def enrich(article: Article) -> Article:
    when = _as_date(article.date)
    resolve_places(article, gazetteer(), when or _written_after_the_reform(article))
    resolve_tenure(article, when)
    article.tags = find_topics(article)
    return article
